import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLRequestContext, GraphQLResponse } from '@apollo/server';
import { GraphQLError, OperationTypeNode } from 'graphql';
import type { RequestContext } from '../context/request-context.js';
import { rootFields } from '../graphql/operation-shape.js';
import type { CredentialKind } from '../security/rate-limits.js';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
// A reservation whose first run never finished (crash between commit and storing the result) can be taken over.
const STALE_RESERVATION_SECONDS = 300;

function errorResponse(code: string): GraphQLResponse {
  return {
    http: { status: 409, headers: new Map() as never },
    body: { kind: 'single', singleResult: { errors: [new GraphQLError(code, { extensions: { code } }) as never] } },
  } as unknown as GraphQLResponse;
}

/**
 * Makes mutations safe to retry: a signed-in client sends `Idempotency-Key: <uuid>`; the first successful result is
 * stored and replayed for the same key, a different request under the same key is refused, and a failed first run
 * frees the key so the retry runs for real. Credential mutations (sign-in, refresh, password) ignore the key: tokens and
 * passwords are never stored, and a retried sign-in simply signs in again.
 */
export function idempotencyPlugin(credentialMutations: ReadonlyMap<string, CredentialKind>): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart(start) {
      const key = start.request.http?.headers.get(IDEMPOTENCY_HEADER)?.trim();
      if (!key) return {};
      let reservedId: string | null = null;
      return {
        async responseForOperation(request: GraphQLRequestContext<RequestContext>) {
          const ctx = request.contextValue;
          const operation = request.operation;
          if (operation?.operation !== OperationTypeNode.MUTATION || !ctx.actor) return null;
          if (request.document && rootFields(request.document, operation).some((field) => credentialMutations.has(field.name.value))) return null;
          if (key.length > 200) return errorResponse('BAD_USER_INPUT');
          // The whole request: the same key with another operation of the same document is a different request.
          const requestHash = createHash('sha256')
            .update(JSON.stringify([request.request.query ?? '', request.request.operationName ?? null, request.request.variables ?? {}]))
            .digest('hex');
          const em = ctx.services.orm.em.fork();
          const inserted = await em.execute<{ id: string }[]>(
            `insert into idempotency_record (id, tenant_id, account_id, key, request_hash, created_at, updated_at)
             values (gen_random_uuid(), ?, ?, ?, ?, now(), now())
             on conflict (account_id, key) do update set request_hash = excluded.request_hash, updated_at = now()
               where idempotency_record.response is null
                 and idempotency_record.updated_at < now() - interval '${STALE_RESERVATION_SECONDS} seconds'
             returning id`,
            [ctx.actor.tenantId, ctx.actor.accountId, key, requestHash],
          );
          if (inserted.length > 0) {
            reservedId = inserted[0].id;
            return null;
          }
          const [existing] = await em.execute<{ request_hash: string; response: Record<string, unknown> | null }[]>(
            'select request_hash, response from idempotency_record where account_id = ? and key = ?',
            [ctx.actor.accountId, key],
          );
          if (!existing) return null;
          if (existing.request_hash !== requestHash) return errorResponse('IDEMPOTENCY_KEY_REUSED');
          if (!existing.response) return errorResponse('IDEMPOTENCY_KEY_IN_USE');
          request.response.http.headers.set('idempotent-replayed', 'true');
          return { http: request.response.http, body: { kind: 'single', singleResult: existing.response } };
        },
        async willSendResponse(request) {
          if (!reservedId) return;
          const em = request.contextValue.services.orm.em.fork();
          const body = request.response.body;
          if (body.kind === 'single' && !body.singleResult.errors?.length) {
            await em.execute('update idempotency_record set response = ?, updated_at = now() where id = ?', [JSON.stringify({ data: body.singleResult.data }), reservedId]);
          } else {
            await em.execute('delete from idempotency_record where id = ?', [reservedId]);
          }
        },
      };
    },
  };
}
