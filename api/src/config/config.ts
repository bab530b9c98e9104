import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_PASSWORD_HASH_COST, type PasswordHashCost } from '../core/auth/passwords.js';
import { fileSystemFailure, StartupError } from '../core/errors/startup-error.js';
import type { DocumentLimits } from '../core/graphql/limits.js';
import type { RateLimitConfig } from '../core/security/rate-limits.js';
import type { SmsConfig } from '../core/sms/sms-provider.js';

/** The repository root (api/src/config → ../../..). Paths in the config are resolved from here. */
export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export type ProcessRole = 'all' | 'api' | 'worker';

/** Everything the process reads from its environment, parsed once. */
export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  role: ProcessRole;
  /** Unset → an embedded PostgreSQL is started in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  redisUrl: string | undefined;
  /** Prefix of Harbour's own keys in Redis (rate-limit counters), so that installations can share one Redis. */
  redisKeyPrefix: string;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  /** The argon2id cost of new password hashes: cheap only where passwords protect nothing (the test suite). */
  passwordHashCost: PasswordHashCost;
  seedDemo: boolean;
  logLevel: string;
  consoleDir: string;
  maxPageSize: number;
  /** What a GraphQL document may ask for; checked before anything else is spent on it. */
  queryLimits: DocumentLimits;
  /** Subscriptions one WebSocket connection may hold at once. */
  maxSubscriptionsPerConnection: number;
  /** Open WebSockets allowed from one address, and in all (each holds a file descriptor and memory). */
  maxSocketsPerAddress: number;
  maxSockets: number;
  /**
   * How live subscriptions that allow it (messagingChanged) reach their sockets: `direct` executes and serialises each
   * event once for all subscribers of the same document and sends the bytes with a bound per socket; `graphql-ws` is
   * graphql-ws's own execution per subscriber (kept to measure against).
   */
  liveDelivery: 'direct' | 'graphql-ws';
  /** Operations allowed per window (0 turns a limit off); see core/security/rate-limits.ts. */
  rateLimits: RateLimitConfig;
  /** The largest request body accepted: as BODY_LIMIT spells it (for messages), and in bytes. */
  bodyLimit: string;
  bodyLimitBytes: number;
  /** The longest a cached ability or list of ended sessions is trusted (bounds how long an access change made in SQL, not through the API, goes unseen). */
  cacheMaxAgeSeconds: number;
  /** How long a stop waits for requests in flight to finish before it ends them (SIGTERM, Ctrl-C). */
  shutdownTimeoutSeconds: number;
  /** How long a stop keeps serving, unready, before it closes the listener: time for load balancers to notice. */
  shutdownDelaySeconds: number;
  /** How long /readyz answers 503 after a write failed because the database's disk is full. */
  diskFullUnreadySeconds: number;
  /** How long rows that only grow are kept; pruned by recurring jobs. 0: kept for ever. */
  retention: {
    /** Delivered events (the history `events(after:)` can replay). */
    eventsDays: number;
    /** Stored answers of mutations sent with an Idempotency-Key (how long a retry is recognised). */
    idempotencyHours: number;
    /** Audit entries, once verified; seven years by default (Hong Kong's record-keeping period for business records). */
    auditDays: number;
  };
  /** Audit entries one `verifyAuditChain` call re-hashes at most; a longer log is verified over several calls. */
  auditVerifyEntriesPerCall: number;
  /** Where texts go and how many one number may get per hour. */
  sms: SmsConfig;
  /** Where stored files' bytes live: a folder (default, under the data directory) or an S3-compatible bucket. */
  files: FilesConfig;
}

/** An S3-compatible bucket (AWS S3, MinIO, Cloudflare R2, Wasabi …). */
export interface S3Config {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `https://endpoint/bucket/key` instead of `https://bucket.endpoint/key` (MinIO and most self-hosted stores). */
  forcePathStyle: boolean;
}

/** Where stored files go: `dir` always holds uploads while they are checked; `s3` (when set) keeps the files. */
export interface FilesConfig {
  dir: string;
  s3: S3Config | null;
}

/** The whole number an environment variable holds, or its default when unset. */
function int(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  if (!/^\s*-?\d+\s*$/.test(value)) throw new StartupError(`${name} must be a whole number, but it is "${value}".`, `set ${name} to a whole number, or unset it (default ${fallback}).`);
  return Number.parseInt(value, 10);
}

const SIZE_UNITS: Record<string, number> = { b: 1, kb: 2 ** 10, mb: 2 ** 20, gb: 2 ** 30 };

/** A size such as "1mb", "512kb" or "1048576" (bytes) from the environment, in bytes. */
function size(env: NodeJS.ProcessEnv, name: string, fallback: string): { text: string; bytes: number } {
  const text = env[name] || fallback;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?\s*$/i.exec(text);
  if (!match) throw new StartupError(`${name} must be a size such as 1mb or 512kb, but it is "${text}".`, `set ${name} to a size, or unset it (default ${fallback}).`);
  return { text: text.trim(), bytes: Math.floor(Number(match[1]) * SIZE_UNITS[(match[2] ?? 'b').toLowerCase()]) };
}

/** A secret that survives restarts of a demo install without anyone having to set one. */
function persistentSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  try {
    if (existsSync(file)) return readFileSync(file, 'utf8').trim();
    mkdirSync(dataDir, { recursive: true });
    const secret = randomBytes(48).toString('base64url');
    writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  } catch (error) {
    throw fileSystemFailure(error, dataDir) ?? error;
  }
}

// OWASP's weakest recommended argon2id pair (7 MiB × 5 passes): production refuses a cheaper hash.
const MIN_PRODUCTION_HASH_WORK = 7_168 * 5;

/** The password hash cost from the environment: argon2 needs 8 KiB and one pass at least. */
function passwordHashCost(env: NodeJS.ProcessEnv, production: boolean): PasswordHashCost {
  const memoryKib = int(env, 'PASSWORD_HASH_MEMORY_KIB', DEFAULT_PASSWORD_HASH_COST.memoryKib);
  const timeCost = int(env, 'PASSWORD_HASH_TIME_COST', DEFAULT_PASSWORD_HASH_COST.timeCost);
  if (memoryKib < 8 || timeCost < 1) {
    throw new StartupError(
      `PASSWORD_HASH_MEMORY_KIB (${memoryKib}) or PASSWORD_HASH_TIME_COST (${timeCost}) is below argon2’s minimum (8 KiB, 1 pass).`,
      'unset both to use the defaults (19456 KiB, 2 passes).',
    );
  }
  if (production && memoryKib * timeCost < MIN_PRODUCTION_HASH_WORK) {
    throw new StartupError(
      `PASSWORD_HASH_MEMORY_KIB × PASSWORD_HASH_TIME_COST (${memoryKib} × ${timeCost}) is below OWASP’s argon2id minimum, and NODE_ENV is production.`,
      'unset both to use the defaults (19456 KiB, 2 passes); cheap hashes are for test suites only.',
    );
  }
  return { memoryKib, timeCost };
}

/**
 * The SMS provider from the environment: `log` (the default) needs nothing; `http` needs the provider's URL (https in
 * production: the token travels with every text) and its token.
 */
function smsConfig(env: NodeJS.ProcessEnv, production: boolean): SmsConfig {
  const provider = env.SMS_PROVIDER || 'log';
  const maxPerRecipientPerHour = int(env, 'SMS_MAX_PER_RECIPIENT_PER_HOUR', 6);
  if (maxPerRecipientPerHour < 0) throw new StartupError(`SMS_MAX_PER_RECIPIENT_PER_HOUR is ${maxPerRecipientPerHour}.`, 'set it to 0 (no limit) or more, or unset it (default 6).');
  if (provider === 'log') return { provider, http: null, maxPerRecipientPerHour };
  if (provider !== 'http') throw new StartupError(`SMS_PROVIDER is "${provider}".`, 'set SMS_PROVIDER to log (texts are written to the log) or http, or unset it (log).');
  let url: URL | null = null;
  try {
    url = new URL(env.SMS_HTTP_URL ?? '');
  } catch {
    url = null;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol) || (production && url.protocol !== 'https:')) {
    throw new StartupError(
      `SMS_PROVIDER is http, and SMS_HTTP_URL ("${env.SMS_HTTP_URL ?? ''}") is not ${production ? 'an https' : 'an http or https'} URL.`,
      `set SMS_HTTP_URL to the provider’s endpoint, e.g. https://sms.example.com/messages${production ? ' (NODE_ENV is production: https only)' : ''}.`,
    );
  }
  const token = env.SMS_HTTP_TOKEN?.trim();
  if (!token || /[\r\n]/.test(token))
    throw new StartupError('SMS_PROVIDER is http, and SMS_HTTP_TOKEN is not set (or holds a line break).', 'set SMS_HTTP_TOKEN to the provider’s API token (sent as a bearer token).');
  const timeoutMs = int(env, 'SMS_HTTP_TIMEOUT_MS', 10_000);
  if (timeoutMs < 100) throw new StartupError(`SMS_HTTP_TIMEOUT_MS is ${timeoutMs}.`, 'set it to 100 or more, or unset it (default 10000).');
  return { provider, http: { url: url.toString(), token, timeoutMs }, maxPerRecipientPerHour };
}

function liveDelivery(value: string | undefined): Config['liveDelivery'] {
  if (value === undefined || value === '' || value === 'direct') return 'direct';
  if (value === 'graphql-ws') return value;
  throw new StartupError(`LIVE_DELIVERY is "${value}".`, 'set LIVE_DELIVERY to direct or graphql-ws (or unset it: direct).');
}

const S3_VARIABLES = ['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const;

/**
 * The file store from the environment: a folder under the data directory unless S3 is configured. S3 needs its
 * endpoint, bucket and key pair together: a half-set S3 configuration would otherwise quietly keep files on local disk.
 */
function filesConfig(env: NodeJS.ProcessEnv, dataDir: string): FilesConfig {
  const dir = resolve(projectRoot, env.HARBOUR_FILES_DIR || join(dataDir, 'files'));
  const set = S3_VARIABLES.filter((name) => env[name]?.trim());
  if (set.length === 0 && !env.S3_REGION && !env.S3_FORCE_PATH_STYLE) return { dir, s3: null };
  const missing = S3_VARIABLES.filter((name) => !env[name]?.trim());
  if (missing.length) {
    throw new StartupError(
      `S3 storage is half configured: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set.`,
      `set ${S3_VARIABLES.join(', ')} (and S3_REGION, S3_FORCE_PATH_STYLE if your store needs them) to keep files in S3, or unset all of them to keep files in ${dir}.`,
    );
  }
  let endpoint: URL | null = null;
  try {
    endpoint = new URL(env.S3_ENDPOINT!.trim());
  } catch {
    endpoint = null;
  }
  if (!endpoint || !['http:', 'https:'].includes(endpoint.protocol)) {
    throw new StartupError(`S3_ENDPOINT ("${env.S3_ENDPOINT}") is not an http or https URL.`, 'set S3_ENDPOINT to the store’s address, e.g. https://s3.ap-east-1.amazonaws.com or http://minio:9000.');
  }
  const pathStyle = (env.S3_FORCE_PATH_STYLE ?? 'false').trim().toLowerCase();
  if (!['true', 'false'].includes(pathStyle))
    throw new StartupError(`S3_FORCE_PATH_STYLE is "${env.S3_FORCE_PATH_STYLE}".`, 'set it to true (MinIO and most self-hosted stores) or false, or unset it (false).');
  return {
    dir,
    s3: {
      endpoint: endpoint.toString().replace(/\/$/, ''),
      bucket: env.S3_BUCKET!.trim(),
      region: env.S3_REGION?.trim() || 'us-east-1',
      accessKeyId: env.S3_ACCESS_KEY_ID!.trim(),
      secretAccessKey: env.S3_SECRET_ACCESS_KEY!.trim(),
      forcePathStyle: pathStyle === 'true',
    },
  };
}

/** Reads the environment into one typed object. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const dataDir = resolve(projectRoot, env.HARBOUR_DATA_DIR ?? '.data');
  const role = (env.HARBOUR_ROLE ?? 'all') as ProcessRole;
  if (!['all', 'api', 'worker'].includes(role)) throw new StartupError(`HARBOUR_ROLE is "${role}".`, 'set HARBOUR_ROLE to all, api or worker (or unset it: all).');
  if (nodeEnv === 'production' && !env.JWT_SECRET) {
    throw new StartupError('JWT_SECRET is not set, and NODE_ENV is production.', 'set JWT_SECRET to a long random secret (e.g. `openssl rand -base64 48`), the same on every replica.');
  }
  return {
    env: nodeEnv,
    host: env.HOST ?? '0.0.0.0',
    port: int(env, 'PORT', 4000),
    role,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir,
    redisUrl: env.REDIS_URL || undefined,
    redisKeyPrefix: env.REDIS_KEY_PREFIX || 'harbour',
    jwtSecret: env.JWT_SECRET ?? persistentSecret(dataDir),
    accessTokenTtlSeconds: int(env, 'ACCESS_TOKEN_TTL_SECONDS', 15 * 60),
    refreshTokenTtlSeconds: int(env, 'REFRESH_TOKEN_TTL_SECONDS', 30 * 24 * 3600),
    passwordHashCost: passwordHashCost(env, nodeEnv === 'production'),
    seedDemo: (env.HARBOUR_SEED_DEMO ?? 'true') !== 'false',
    logLevel: env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'warn' : 'info'),
    consoleDir: resolve(projectRoot, 'console/dist'),
    maxPageSize: int(env, 'MAX_PAGE_SIZE', 100),
    queryLimits: {
      maxLength: int(env, 'MAX_QUERY_LENGTH', 20_000),
      maxTokens: int(env, 'MAX_QUERY_TOKENS', 2_000),
      maxDepth: int(env, 'MAX_QUERY_DEPTH', 12),
      maxAliases: int(env, 'MAX_ALIASES', 30),
      maxDirectives: int(env, 'MAX_DIRECTIVES', 20),
      maxCost: int(env, 'MAX_QUERY_COST', 20_000),
      maxPageSize: int(env, 'MAX_PAGE_SIZE', 100),
    },
    maxSubscriptionsPerConnection: int(env, 'MAX_SUBSCRIPTIONS_PER_CONNECTION', 20),
    maxSocketsPerAddress: int(env, 'MAX_SOCKETS_PER_ADDRESS', 1_000),
    maxSockets: int(env, 'MAX_SOCKETS', 10_000),
    liveDelivery: liveDelivery(env.LIVE_DELIVERY),
    rateLimits: {
      anonymousPerMinute: int(env, 'RATE_LIMIT_ANONYMOUS_PER_MINUTE', 120),
      signInPerMinute: int(env, 'RATE_LIMIT_SIGN_IN_PER_MINUTE', 60),
      refreshPerMinute: int(env, 'RATE_LIMIT_REFRESH_PER_MINUTE', 120),
      passwordPerHour: int(env, 'RATE_LIMIT_PASSWORD_PER_HOUR', 10),
      mutationsPerMinute: int(env, 'RATE_LIMIT_MUTATIONS_PER_MINUTE', 300),
    },
    bodyLimit: size(env, 'BODY_LIMIT', '1mb').text,
    bodyLimitBytes: size(env, 'BODY_LIMIT', '1mb').bytes,
    cacheMaxAgeSeconds: int(env, 'CACHE_MAX_AGE_SECONDS', 60),
    shutdownTimeoutSeconds: int(env, 'SHUTDOWN_TIMEOUT_SECONDS', 10),
    // Behind a load balancer (production) a few of its health-check intervals; alone on a laptop, no wait.
    shutdownDelaySeconds: int(env, 'SHUTDOWN_DELAY_SECONDS', nodeEnv === 'production' ? 5 : 0),
    diskFullUnreadySeconds: int(env, 'DISK_FULL_UNREADY_SECONDS', 30),
    retention: {
      eventsDays: int(env, 'RETENTION_EVENTS_DAYS', 30),
      idempotencyHours: int(env, 'RETENTION_IDEMPOTENCY_HOURS', 24),
      auditDays: int(env, 'RETENTION_AUDIT_DAYS', 2557),
    },
    auditVerifyEntriesPerCall: Math.max(1, int(env, 'AUDIT_VERIFY_ENTRIES_PER_CALL', 20_000)),
    sms: smsConfig(env, nodeEnv === 'production'),
    files: filesConfig(env, dataDir),
  };
}
