import type { ApolloServerPlugin } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
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

  constructor(config: RateLimitConfig, redisUrl: string | undefined, logger: Logger) {
    this.redis = redisUrl ? new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 }) : null;
    this.redis?.on('error', (error) => logger.warn({ err: error }, 'rate limit redis error'));
    for (const [bucket, window] of Object.entries(windows) as [Bucket, (typeof windows)[Bucket]][]) {
      const points = config[window.config];
      if (points <= 0) continue;
      const options = { keyPrefix: `harbour:rl:${bucket}`, points, duration: window.seconds };
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
 * Applies the rate limits once the operation is known: anonymous callers per IP, credential mutations per IP (sign-in,
 * refresh) or per account (password), and every signed-in mutation per account. Over the limit: `RATE_LIMITED`,
 * HTTP 429 and `Retry-After`.
 */
export function rateLimitPlugin(limits: RateLimits, credentialMutations: ReadonlyMap<string, CredentialKind>): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, contextValue: ctx }) {
          if (!operation) return;
          const ip = ctx.origin.ip ?? 'unknown';
          const account = ctx.actor?.accountId;
          const buckets: [Bucket, string][] = [];
          if (!account) buckets.push(['anonymous', ip]);
          if (operation.operation === 'mutation') {
            for (const field of rootFields(document, operation)) {
              const kind = credentialMutations.get(field.name.value);
              if (kind) buckets.push([kind, kind === 'password' && account ? account : ip]);
            }
            if (account) buckets.push(['mutations', account]);
          }
          for (const [bucket, key] of buckets) {
            const retryAfter = await limits.consume(bucket, key);
            if (retryAfter !== null) {
              throw new GraphQLError('RATE_LIMITED', {
                extensions: {
                  code: 'RATE_LIMITED',
                  messageParams: { seconds: retryAfter },
                  http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfter)]]) },
                },
              });
            }
          }
        },
      };
    },
  };
}
