import type { ApolloServerPlugin, GraphQLRequestContext, GraphQLResponse } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import type { RequestContext } from '../context/request-context.js';

/** Response header saying whether a query was answered from the response cache (`hit`) or executed (`miss`). */
export const RESPONSE_CACHE_HEADER = 'harbour-cache';

const MAX_WAIT_MS = 10_000;

interface CachedResponse {
  result: FormattedExecutionResult;
  /** The tenant's data version read before the query ran: the result reflects at least this version. */
  dataVersion: number;
  storedAt: number;
  bytes: number;
}

/**
 * Results of read-only queries, per person, kept while their tenant's data version is unchanged. Every change made
 * through the API records an event, and the data version counts the tenant's committed events (see readVersions), so
 * it moves the moment the change commits; every request reads the current version from the database, so a hit is
 * exactly what executing the query would return — on any replica. Bounded by size (least recently used goes first)
 * and by age (for changes made behind the API's back).
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private readonly executions = new Map<string, { dataVersion: number; result: Promise<FormattedExecutionResult | null> }>();
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

  /**
   * The result of the same query already executing for `key` at `dataVersion` or newer, once it finishes (null when it
   * fails); null when none is running. After a change, the concurrent requests of the moment wait for one execution
   * instead of all executing at once.
   */
  running(key: string, dataVersion: number): Promise<FormattedExecutionResult | null> | null {
    const execution = this.executions.get(key);
    if (!execution || execution.dataVersion < dataVersion) return null;
    // Never wait on an execution for ever (its request could die without finishing): past the limit, run your own.
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<null>((resolve) => (timer = setTimeout(resolve, MAX_WAIT_MS, null)));
    return Promise.race([execution.result, limit]).finally(() => clearTimeout(timer));
  }

  /** Announces an execution for `key`; call the returned function with its result (null when it failed), always. */
  begin(key: string, dataVersion: number): (result: FormattedExecutionResult | null) => void {
    let finish!: (result: FormattedExecutionResult | null) => void;
    const execution = { dataVersion, result: new Promise<FormattedExecutionResult | null>((resolve) => (finish = resolve)) };
    this.executions.set(key, execution);
    const forget = () => {
      if (this.executions.get(key) === execution) this.executions.delete(key);
    };
    // Forgotten after the wait limit even if never finished, so an abandoned execution cannot linger.
    const abandon = setTimeout(forget, MAX_WAIT_MS);
    abandon.unref();
    return (result) => {
      clearTimeout(abandon);
      forget();
      if (result) this.set(key, dataVersion, result);
      finish(result);
    };
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
      let finish: ((result: FormattedExecutionResult | null) => void) | null = null;
      return {
        async responseForOperation(request: GraphQLRequestContext<RequestContext>): Promise<GraphQLResponse | null> {
          const ctx = request.contextValue;
          const operation = request.operation;
          if (operation?.operation !== 'query' || !ctx.actor || ctx.actor.isPlatformAdmin || ctx.dataVersion === null) return null;
          const rootFields = operation.selectionSet.selections.map((selection) => (selection.kind === 'Field' ? selection.name.value : ''));
          if (rootFields.some((field) => field === '' || cache.uncachedFields.has(field))) return null;
          const { actor, dataVersion } = ctx;
          const key = [actor.tenantId, actor.personId, actor.accountId, ctx.locale, request.queryHash, request.operationName ?? '', JSON.stringify(request.request.variables ?? {})].join('\u0000');
          let result = cache.get(key, dataVersion);
          // No await unless something is running: between the checks and begin() no other request may slip in.
          const running = result ? null : cache.running(key, dataVersion);
          if (running) result = await running;
          if (result) {
            request.response.http.headers.set(RESPONSE_CACHE_HEADER, 'hit');
            return { http: request.response.http, body: { kind: 'single', singleResult: result } };
          }
          request.response.http.headers.set(RESPONSE_CACHE_HEADER, 'miss');
          finish = cache.begin(key, dataVersion);
          return null;
        },
        async willSendResponse(request: GraphQLRequestContext<RequestContext>) {
          if (!finish) return;
          const body = request.response.body;
          const succeeded = body?.kind === 'single' && !body.singleResult.errors?.length && body.singleResult.data;
          finish(succeeded ? body.singleResult : null);
        },
      };
    },
  };
}
