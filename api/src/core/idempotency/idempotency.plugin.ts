import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLRequestContext, GraphQLResponse } from '@apollo/server';
import { OperationTypeNode, type FormattedExecutionResult, type GraphQLFormattedError } from 'graphql';
import type { RequestContext } from '../context/request-context.js';
import { rootFields } from '../graphql/operation-shape.js';
import type { CredentialKind } from '../security/rate-limits.js';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const MAX_KEY_LENGTH = 200;

/** Apollo's formatError as the server configures it: coded errors keep their code, anything else is logged and masked. */
type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/** A refusal with its code as message, localized by the errors plugin like every other error. */
function refusal(code: string, status = 409): GraphQLResponse {
  return {
    http: { status, headers: new Map() as never },
    body: { kind: 'single', singleResult: { errors: [{ message: code, extensions: { code } }] } },
  } as unknown as GraphQLResponse;
}

/**
 * Whether the mutation took effect: its root field has a value, or failed without an error of its own (a nullable
 * field that returned null). An error below the root (a link the caller may not read) leaves the change in place.
 */
function mutationApplied(result: FormattedExecutionResult, responseKeys: string[]): boolean {
  const data = result.data;
  if (!data) return false;
  return responseKeys.every((key) => data[key] !== null || !result.errors?.some((error) => error.path?.[0] === key));
}

/**
 * Makes mutations safe to retry: a signed-in client sends `Idempotency-Key: <key>`; the answer of the attempt that took
 * effect is replayed for the same key, and a different request under the same key is refused.
 *
 * The key is held and the answer stored **inside the mutation's own transaction**: the operation runs in one
 * transaction that first takes a transaction-scoped advisory lock on (account, key), then looks for a stored answer,
 * runs the mutation and the reads after it, and stores their answer just before it commits. So a committed change
 * always has its stored answer, a change that failed or never committed leaves nothing behind (the retry runs for
 * real), and a key whose first attempt died with its process is free the moment PostgreSQL ends that session — no
 * timer. A retry while the first attempt still runs is refused with IDEMPOTENCY_KEY_IN_USE rather than queued, so
 * retries cannot pile up on the pool.
 *
 * Credential mutations (sign-in, refresh, password) ignore the key: tokens and passwords are never stored, and a
 * retried sign-in simply signs in again.
 */
export function idempotencyPlugin(credentialMutations: ReadonlyMap<string, CredentialKind>, formatError: FormatError): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart(start) {
      const key = start.request.http?.headers.get(IDEMPOTENCY_HEADER)?.trim();
      if (!key) return {};
      /** A database that failed the bookkeeping: coded as any resolver's failure (SERVICE_UNAVAILABLE when unreachable). */
      const failure = (error: unknown): GraphQLResponse =>
        ({
          http: { status: undefined, headers: new Map() },
          body: { kind: 'single', singleResult: { errors: [formatError({ message: 'INTERNAL_SERVER_ERROR' }, error)] } },
        }) as unknown as GraphQLResponse;
      let keyed: { ctx: RequestContext; requestHash: string; responseKeys: string[] } | null = null;

      /** Stores the answer and commits when the mutation took effect; otherwise rolls everything back. */
      async function finish(request: GraphQLRequestContext<RequestContext>, executionError?: Error): Promise<void> {
        if (!keyed) return;
        const { ctx, requestHash, responseKeys } = keyed;
        keyed = null;
        const body = request.response.body;
        const result = body?.kind === 'single' ? body.singleResult : null;
        if (executionError || !result || !mutationApplied(result, responseKeys)) {
          await ctx.endOperationTransaction('rollback').catch(() => undefined);
          return;
        }
        try {
          // Errors are stored as formatted (code, parameters): a replay localizes them for its own caller.
          await ctx.em.execute(
            `insert into idempotency_record (id, tenant_id, account_id, key, request_hash, response, created_at, updated_at)
             values (gen_random_uuid(), ?, ?, ?, ?, ?, now(), now())`,
            [ctx.tenantId, ctx.actor!.accountId, key, requestHash, JSON.stringify(result)],
          );
          await ctx.endOperationTransaction('commit');
        } catch (error) {
          // Not committed — or, if the connection broke during COMMIT, perhaps committed: either way the stored answer
          // went with the change, so a retry under the same key learns which.
          await ctx.endOperationTransaction('rollback').catch(() => undefined);
          request.response.body = failure(error).body;
        }
      }

      return {
        async responseForOperation(request: GraphQLRequestContext<RequestContext>) {
          const ctx = request.contextValue;
          const operation = request.operation;
          if (operation?.operation !== OperationTypeNode.MUTATION || !ctx.actor || !request.document) return null;
          const fields = rootFields(request.document, operation);
          if (fields.some((field) => credentialMutations.has(field.name.value))) return null;
          if (key.length > MAX_KEY_LENGTH) return refusal('BAD_USER_INPUT', 400);
          // The whole request: the same key with another operation of the same document is a different request.
          const requestHash = createHash('sha256')
            .update(JSON.stringify([request.request.query ?? '', request.request.operationName ?? null, request.request.variables ?? {}]))
            .digest('hex');
          await ctx.beginOperationTransaction();
          try {
            const [{ held }] = await ctx.em.execute<{ held: boolean }[]>('select pg_try_advisory_xact_lock(hashtextextended(?, 0)) as held', [`idempotency:${ctx.actor.accountId}:${key}`]);
            const [stored] = held
              ? await ctx.em.execute<{ request_hash: string; response: FormattedExecutionResult }[]>('select request_hash, response from idempotency_record where account_id = ? and key = ?', [
                  ctx.actor.accountId,
                  key,
                ])
              : [];
            if (held && !stored) {
              keyed = { ctx, requestHash, responseKeys: fields.map((field) => field.alias?.value ?? field.name.value) };
              return null;
            }
            await ctx.endOperationTransaction('rollback');
            if (!held) return refusal('IDEMPOTENCY_KEY_IN_USE');
            if (stored.request_hash !== requestHash) return refusal('IDEMPOTENCY_KEY_REUSED');
            request.response.http.headers.set('idempotent-replayed', 'true');
            return { http: request.response.http, body: { kind: 'single', singleResult: stored.response } };
          } catch (error) {
            await ctx.endOperationTransaction('rollback').catch(() => undefined);
            return failure(error);
          }
        },
        async executionDidStart(request) {
          if (!keyed) return;
          return { executionDidEnd: (error) => finish(request, error) };
        },
        // Whatever ended the request before execution finished, the transaction does not outlive it.
        async willSendResponse() {
          if (keyed) await keyed.ctx.endOperationTransaction('rollback').catch(() => undefined);
        },
      };
    },
  };
}
