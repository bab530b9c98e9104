import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../../config/config.js';
import type { SessionRevocations } from '../auth/session-revocations.js';
import type { Clock } from '../clock/clock.js';
import type { AbilityCache } from '../authz/ability-cache.js';
import type { DnsResolver } from '../dns/dns-resolver.js';
import type { Outbox } from '../events/outbox.js';
import type { PubSub } from '../events/pubsub.js';
import type { Logger } from '../logging.js';
import type { CredentialKind, RateLimits } from '../security/rate-limits.js';
import type { SmsProvider } from '../sms/sms-provider.js';
import type { BlobStore } from '../storage/blob-store.js';
import type { FileLinkSigner } from '../storage/file-links.js';
import type { HarbourModule, TransactionHook } from './module.js';

/** Process-wide singletons a request context reaches through `ctx.services`. Built once in app/create-app.ts. */
export interface AppServices {
  config: Config;
  orm: MikroORM;
  logger: Logger;
  pubsub: PubSub;
  outbox: Outbox;
  abilities: AbilityCache;
  sessions: SessionRevocations;
  transactionHooks: TransactionHook[];
  rateLimits: RateLimits;
  /** Every module's credential mutations (root field → kind). */
  credentialMutations: ReadonlyMap<string, CredentialKind>;
  /** The time domain rules go by (deadlines, windows); tests install an adjustable one (core/clock). */
  clock: Clock;
  /** DNS lookups (email domain verification); tests install a fake one. */
  dns: DnsResolver;
  /** Where texts go (SMS_PROVIDER); only the SMS job calls it — modules queue texts with `queueSms`. */
  sms: SmsProvider;
  /** Where stored files' bytes live (local folder or S3); only core/storage uses it. */
  blobs: BlobStore;
  /** Signs and checks the short-lived links to upload and download files. */
  fileLinks: FileLinkSigner;
  /** The app's modules, for plug-in points that act across them (default grants, tenant set-up). */
  modules: readonly HarbourModule[];
}
