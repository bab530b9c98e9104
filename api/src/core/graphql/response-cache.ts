import type { ApolloServerPlugin, GraphQLRequestContext, GraphQLResponse } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import type { RequestContext } from '../context/request-context.js';

/** Response header saying whether a query was answered from the response cache (`hit`) or executed (`miss`). */
export const RESPONSE_CACHE_HEADER = 'harbour-cache';

interface CachedResponse {
  result: FormattedExecutionResult;
  /** The tenant's data version read before the query ran: the result reflects at least this version. */
  dataVersion: number;
  storedAt: number;
  bytes: number;
}

/**
 * Results of read-only queries, per person, kept while their tenant's data version is unchanged. Every change made
 * through the API records an event and so bumps the version (in the same transaction), and every request reads the
 * current version from the database, so a hit is exactly what executing the query would return — on any replica.
 * Bounded by size (least recently used goes first) and by age (for changes made behind the API's back).
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private bytes = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly maxAgeMs: number,
    /** Root query fields never answered from the cache (see HarbourModule.uncachedQueries). */
    readonly uncachedFields: ReadonlySet<string>,
  ) {}

  get enabled(): boolean {
    return this.maxBytes > 0;
  }

  /** The cached result for `key` if it is as new as `dataVersion`. */
  get(key: string, dataVersion: number): FormattedExecutionResult | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    this.entries.delete(key);
    if (entry.dataVersion < dataVersion || Date.now() - entry.storedAt >= this.maxAgeMs) {
      this.bytes -= entry.bytes;
      return null;
    }
    this.entries.set(key, entry); // most recently used now
    return entry.result;
  }

  set(key: string, dataVersion: number, result: FormattedExecutionResult): void {
    const bytes = 2 * (key.length + JSON.stringify(result).length); // ~UTF-16 in memory
    if (bytes > this.maxBytes / 10) return; // one answer may not crowd out the rest
    const previous = this.entries.get(key);
    if (previous) {
      this.entries.delete(key);
      this.bytes -= previous.bytes;
    }
    this.entries.set(key, { result, dataVersion, storedAt: Date.now(), bytes });
    this.bytes += bytes;
    for (const [oldestKey, oldest] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldestKey);
      this.bytes -= oldest.bytes;
    }
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }
}

/**
 * Answers repeated queries from the ResponseCache. Only signed-in queries are cached, per person and locale, and only
 * results without errors. Platform operators' queries are not (they read across tenants), nor queries of the cache's
 * uncached root fields.
 */
export function responseCachePlugin(cache: ResponseCache): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      if (!cache.enabled) return {};
      let key: string | null = null;
      let dataVersion = 0;
      return {
        async responseForOperation(request: GraphQLRequestContext<RequestContext>): Promise<GraphQLResponse | null> {
          const ctx = request.contextValue;
          const operation = request.operation;
          if (operation?.operation !== 'query' || !ctx.actor || ctx.actor.isPlatformAdmin || ctx.dataVersion === null) return null;
          const rootFields = operation.selectionSet.selections.map((selection) => (selection.kind === 'Field' ? selection.name.value : ''));
          if (rootFields.some((field) => field === '' || cache.uncachedFields.has(field))) return null;
          const { actor } = ctx;
          key = [actor.tenantId, actor.personId, actor.accountId, ctx.locale, request.queryHash, request.operationName ?? '', JSON.stringify(request.request.variables ?? {})].join('\u0000');
          dataVersion = ctx.dataVersion;
          const result = cache.get(key, dataVersion);
          request.response.http.headers.set(RESPONSE_CACHE_HEADER, result ? 'hit' : 'miss');
          return result ? { http: request.response.http, body: { kind: 'single', singleResult: result } } : null;
        },
        async willSendResponse(request: GraphQLRequestContext<RequestContext>) {
          const body = request.response.body;
          if (!key || request.response.http.headers.get(RESPONSE_CACHE_HEADER) !== 'miss') return;
          if (body?.kind !== 'single' || body.singleResult.errors?.length || !body.singleResult.data) return;
          cache.set(key, dataVersion, body.singleResult);
        },
      };
    },
  };
}
