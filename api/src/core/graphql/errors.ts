import { randomUUID } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { RequestContext } from '../context/request-context.js';
import { AppError, type FieldProblem } from '../errors/app-error.js';
import { fromDatabaseError, UNAVAILABLE_RETRY_AFTER_SECONDS } from '../errors/database-errors.js';
import { negotiateLocale, translate, type Locale } from '../i18n/i18n.js';
import type { Logger } from '../logging.js';

/**
 * Apollo's formatError: turns every error into `{ message, extensions: { code, … } }`. Expected errors keep their code
 * and parameters (the message is localized later, when the caller's locale is known); anything unexpected is logged
 * with a reference and masked, so internals never reach the client.
 */
export function formatError(logger: Logger, production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = fromDatabaseError(thrown(error));
    if (original instanceof AppError) {
      return {
        message: original.code,
        path: formatted.path,
        extensions: { code: original.code, messageParams: original.params, fields: original.fields },
      };
    }
    const code = formatted.extensions?.code as string | undefined;
    if (code && code !== 'INTERNAL_SERVER_ERROR') {
      // GraphQL's own errors (parse, validation, variable coercion). Keep them, minus schema hints in production.
      const message = production ? formatted.message.replace(/ Did you mean .*$/, '') : formatted.message;
      // `http` (status, Retry-After) is for the HTTP response; over WebSocket it would be sent as data.
      const { http: _http, ...extensions } = formatted.extensions ?? {};
      return { message, locations: formatted.locations, path: formatted.path, extensions: { ...extensions, code } };
    }
    const reference = randomUUID();
    logger.error({ err: original, reference, path: formatted.path }, 'unexpected error');
    return { message: 'INTERNAL_SERVER_ERROR', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR', messageParams: { reference } } };
  };
}

/**
 * What a resolver threw, under the GraphQL error(s) wrapped around it: graphql-js wraps it once, Apollo may wrap that
 * again (an executor other than graphql-js may wrap it in an error of its own class, which Apollo then wraps).
 */
function thrown(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 5; depth += 1) {
    const inner = current instanceof Error || (typeof current === 'object' && current !== null) ? (current as { originalError?: unknown }).originalError : undefined;
    if (!inner) return current;
    current = inner;
  }
  return current;
}

/** Replaces codes with messages in the caller's locale, and localizes each field problem. */
export function localizeErrors(errors: readonly GraphQLFormattedError[], locale: Locale): GraphQLFormattedError[] {
  return errors.map((error) => {
    const extensions = { ...(error.extensions ?? {}) } as Record<string, unknown>;
    const code = typeof extensions.code === 'string' ? extensions.code : '';
    const params = (extensions.messageParams as Record<string, unknown> | undefined) ?? {};
    delete extensions.messageParams;
    const known = error.message === code;
    const message = known ? translate(code, locale, { ...params, subject: translateSubject(params.subject, locale) }) : error.message;
    if (Array.isArray(extensions.fields)) {
      extensions.fields = (extensions.fields as FieldProblem[]).map((problem) => ({
        field: problem.field,
        code: problem.code,
        message: translate(problem.code, locale, problem.params ?? {}),
      }));
    }
    return { ...error, message, extensions };
  });
}

function translateSubject(subject: unknown, locale: Locale): string {
  if (typeof subject !== 'string') return '';
  const key = `SUBJECT_${subject}`;
  const text = translate(key, locale);
  return text === key ? subject : text;
}

/** Apollo plugin that localizes errors once the request context (and so the locale) is known. */
export function localizeErrorsPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse(request: GraphQLRequestContext<RequestContext>) {
          const body = request.response.body;
          if (!body || body.kind !== 'single' || !body.singleResult.errors) return;
          const locale = request.contextValue?.locale ?? negotiateLocale(request.request.http?.headers.get('accept-language'));
          body.singleResult.errors = localizeErrors(body.singleResult.errors, locale);
        },
      };
    },
  };
}

/** The HTTP answer to a request the database could not serve: 503, and when to try again. */
export const serviceUnavailable = { status: 503, headers: new HeaderMap([['retry-after', String(UNAVAILABLE_RETRY_AFTER_SECONDS)]]) };

/**
 * Answers 503 with Retry-After when an operation failed because the database could not be reached (SERVICE_UNAVAILABLE),
 * so clients and load balancers retry instead of reporting a server fault.
 */
export function serviceUnavailablePlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors?.some((error) => error.extensions?.code === 'SERVICE_UNAVAILABLE')) return;
          response.http.status = serviceUnavailable.status;
          for (const [name, value] of serviceUnavailable.headers) response.http.headers.set(name, value);
        },
      };
    },
  };
}
