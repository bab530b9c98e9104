import type { EntityManager } from '@mikro-orm/postgresql';
import type { MessageCatalog } from '../i18n/i18n.js';
import type { SubjectDefinition } from '../authz/vocabulary.js';
import type { CredentialKind } from '../security/rate-limits.js';
import type { EventDefinition } from '../events/catalog.js';
import type { RecordedEvent } from '../events/event.js';
import type { RequestContext } from './request-context.js';
import type { AppServices } from './services.js';

/**
 * Runs inside a mutation's transaction just before commit, after the outbox rows are written. The audit module uses it
 * to chain an audit entry for every recorded fact, so no mutation can change data without leaving a trace.
 */
export type TransactionHook = (ctx: RequestContext, em: EntityManager, events: RecordedEvent[]) => Promise<void>;

/** What a domain module contributes to the app; each module's index.ts exports one. */
export interface HarbourModule {
  name: string;
  entities: Function[];
  resolvers: Function[];
  messages?: MessageCatalog;
  subjects?: SubjectDefinition[];
  /** The event types the module records (published as schema/events/*.json). */
  events?: EventDefinition[];
  transactionHooks?: TransactionHook[];
  /**
   * Root query fields whose answers must never come from the response cache: they look at data behind the API's back
   * (e.g. verifying the audit chain against tampering done in SQL), which does not bump the tenant's data version.
   */
  uncachedQueries?: string[];
  /**
   * Mutations that take or hand out credentials (root field → kind): they get their own rate limits, and their answers
   * are never stored or replayed under an Idempotency-Key.
   */
  credentialMutations?: Record<string, CredentialKind>;
  /** Called once the process services exist (e.g. the access module installs the abilities' rules loader). */
  onStart?: (services: AppServices) => void;
}
