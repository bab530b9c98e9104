import type { ApolloServerPlugin } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { GraphQLError, OperationTypeNode, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RequestContext } from '../context/request-context.js';
import { rootFields } from '../graphql/operation-shape.js';
import type { Logger } from '../logging.js';

/** Operations allowed per window; 0 turns that limit off. */
export interface RateLimitConfig {
  /** Every operation of a caller without a token, per IP address. */
  anonymousPerMinute: number;
  /** Sign-in attempts per IP address (the per-account lockout is separate). */
  signInPerMinute: number;
  /** Session refreshes and sign-outs per IP address. */
  refreshPerMinute: number;
  /** Password operations per account. */
  passwordPerHour: number;
  /** Mutations per signed-in account. */
  mutationsPerMinute: number;
}

/** What a credential mutation is, as a module declares it: it picks the rate limit, and such mutations are never replayed. */
export type CredentialKind = 'signIn' | 'refresh' | 'password';

type Bucket = 'anonymous' | CredentialKind | 'mutations';

const windows: Record<Bucket, { config: keyof RateLimitConfig; seconds: number }> = {
  anonymous: { config: 'anonymousPerMinute', seconds: 60 },
  signIn: { config: 'signInPerMinute', seconds: 60 },
  refresh: { config: 'refreshPerMinute', seconds: 60 },
  password: { config: 'passwordPerHour', seconds: 3600 },
  mutations: { config: 'mutationsPerMinute', seconds: 60 },
};

/**
 * Counters of operations per caller and window: in this process by default, in Redis when REDIS_URL is set, so that
 * every replica counts against the same limit. If Redis does not answer, the process counts alone rather than failing
 * requests.
 */
export class RateLimits {
  private readonly limiters = new Map<Bucket, RateLimiterAbstract>();
  private readonly redis: Redis | null;

  constructor(config: RateLimitConfig, redis: { url: string | undefined; keyPrefix: string }, logger: Logger) {
    this.redis = redis.url ? new Redis(redis.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 }) : null;
    this.redis?.on('error', (error) => logger.warn({ err: error }, 'rate limit redis error'));
    for (const [bucket, window] of Object.entries(windows) as [Bucket, (typeof windows)[Bucket]][]) {
      const points = config[window.config];
      if (points <= 0) continue;
      const options = { keyPrefix: `${redis.keyPrefix}:rl:${bucket}`, points, duration: window.seconds };
      const memory = new RateLimiterMemory(options);
      this.limiters.set(bucket, this.redis ? new RateLimiterRedis({ ...options, storeClient: this.redis, insuranceLimiter: memory, rejectIfRedisNotReady: true }) : memory);
    }
  }

  /** Counts one operation; returns the seconds to wait when the caller is over the limit, else null. */
  async consume(bucket: Bucket, key: string): Promise<number | null> {
    const limiter = this.limiters.get(bucket);
    if (!limiter) return null;
    try {
      await limiter.consume(key);
      return null;
    } catch (result) {
      if (result instanceof RateLimiterRes) return Math.max(1, Math.ceil(result.msBeforeNext / 1000));
      throw result;
    }
  }

  async close(): Promise<void> {
    this.redis?.disconnect();
  }
}

/**
 * Counts an operation against the caller's limits once it is known: callers without a token per IP, credential
 * mutations per IP (sign-in, refresh) or per account (password), and every signed-in mutation per account. Returns
 * `RATE_LIMITED` (HTTP 429, `Retry-After`) when one is exceeded. Used by HTTP (the plugin below) and WebSocket alike.
 */
export async function limitOperation(
  limits: RateLimits,
  credentialMutations: ReadonlyMap<string, CredentialKind>,
  caller: { accountId: string | null; ip: string | null },
  document: DocumentNode,
  operation: OperationDefinitionNode,
): Promise<GraphQLError | null> {
  const ip = caller.ip ?? 'unknown';
  const buckets: [Bucket, string][] = [];
  if (!caller.accountId) buckets.push(['anonymous', ip]);
  if (operation.operation === OperationTypeNode.MUTATION) {
    for (const field of rootFields(document, operation)) {
      const kind = credentialMutations.get(field.name.value);
      if (kind) buckets.push([kind, kind === 'password' && caller.accountId ? caller.accountId : ip]);
    }
    if (caller.accountId) buckets.push(['mutations', caller.accountId]);
  }
  for (const [bucket, key] of buckets) {
    const retryAfter = await limits.consume(bucket, key);
    if (retryAfter !== null) {
      return new GraphQLError('RATE_LIMITED', {
        extensions: {
          code: 'RATE_LIMITED',
          messageParams: { seconds: retryAfter },
          http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfter)]]) },
        },
      });
    }
  }
  return null;
}

/** Applies `limitOperation` to every HTTP operation. */
export function rateLimitPlugin(limits: RateLimits, credentialMutations: ReadonlyMap<string, CredentialKind>): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, contextValue: ctx }) {
          if (!operation) return;
          const limited = await limitOperation(limits, credentialMutations, { accountId: ctx.actor?.accountId ?? null, ip: ctx.origin.ip }, document, operation);
          if (limited) throw limited;
        },
      };
    },
  };
}
