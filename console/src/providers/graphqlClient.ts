import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { createClient } from 'graphql-ws';
import { HttpError } from 'react-admin';
import { storedLocale } from './locale';
import type { RefreshSessionMutation, RefreshSessionMutationVariables } from '../gql/graphql';
import { REFRESH_SESSION } from './operations';
import { expiresSoon, loadSession, rememberSessionEnd, saveSession, type Session } from './session';

/** One problem with one input field, as the API reports it (message already in the caller's language). */
export interface FieldProblem {
  field: string;
  code: string;
  message: string;
}

/** What the console keeps of an API error in `HttpError.body`. */
export interface ApiErrorBody {
  code: string;
  fields: FieldProblem[];
  /** Field messages shaped like the form values, plus `root.serverError`, so react-admin forms show them in place. */
  errors: Record<string, unknown>;
}

/** A generated document (see codegen.ts): the text sent to the API, typed with its result and variables. */
export type Operation<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & { toString(): string };

/** The variables argument: required when the document declares required variables, optional otherwise. */
type VariablesArgument<TVariables> = Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; fields?: FieldProblem[] } }[];
}

// The API serves the console at /console/ and GraphQL at /graphql on the same origin (Vite proxies it in development).
const ENDPOINT = '/graphql';

/** Turns "memberships.0.departmentId" problems into { memberships: { 0: { departmentId: message } } }. */
function formErrors(fields: FieldProblem[], message: string): Record<string, unknown> {
  const errors: Record<string, unknown> = { root: { serverError: message } };
  for (const problem of fields) {
    // A problem inside a JSON-valued input (a rule's conditions) belongs to that input.
    const path = problem.field
      .replace(/^input\./, '')
      .replace(/(\.conditions)\..*$/, '$1')
      .split('.');
    let node = errors;
    path.slice(0, -1).forEach((part) => {
      if (typeof node[part] !== 'object' || node[part] === null) node[part] = {};
      node = node[part] as Record<string, unknown>;
    });
    node[path[path.length - 1]] ??= problem.message;
  }
  return errors;
}

/** An HttpError carrying the API's localized message, its code and field problems. */
export function apiError(message: string, code: string, fields: FieldProblem[] = [], status = 400): HttpError {
  const body: ApiErrorBody = { code, fields, errors: formErrors(fields, message) };
  return new HttpError(message, code === 'UNAUTHENTICATED' ? 401 : code === 'FORBIDDEN' ? 403 : status, body);
}

/**
 * What to tell the person about a failed call, each sentence once: the API's message, then the field problems that are
 * not shown beside their inputs (`shownInPlace`). The generic "some input is invalid" gives way to the problems
 * themselves; when all of them are shown in place there is nothing more to say ('').
 */
export function errorSentence(error: unknown, shownInPlace: (field: string) => boolean = () => false): string {
  const message = (error as Error).message;
  const all = (error as { body?: Partial<ApiErrorBody> } | null)?.body?.fields ?? [];
  const elsewhere = all.filter((problem) => !shownInPlace(problem.field));
  const details = [...new Set(elsewhere.map((problem) => problem.message))].filter((sentence) => sentence !== message);
  if (errorCode(error) === 'BAD_USER_INPUT' && all.length > 0) return details.join(' ');
  return [message, ...details].join(' ');
}

/** The code of an error thrown by `graphqlRequest` (or undefined for other errors). */
export function errorCode(error: unknown): string | undefined {
  return (error as { body?: Partial<ApiErrorBody> } | null)?.body?.code;
}

async function post<T>(query: string, variables: unknown, accessToken: string | null): Promise<GraphQLResponse<T>> {
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        // The language picked in the console is an explicit choice: it wins over the person's saved preference.
        'accept-language': storedLocale(),
        'x-harbour-locale': storedLocale(),
        ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw apiError('ra.notification.http_error', 'NETWORK_ERROR', [], 0);
  }
  try {
    return (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw apiError('ra.notification.http_error', 'NETWORK_ERROR', [], response.status);
  }
}

function raise(errors: NonNullable<GraphQLResponse<unknown>['errors']>): never {
  const [first] = errors;
  throw apiError(first.message, first.extensions?.code ?? 'INTERNAL_SERVER_ERROR', first.extensions?.fields ?? []);
}

let refreshing: Promise<Session> | null = null;

async function exchange(stale: Session): Promise<Session> {
  // Another tab may have rotated the refresh token already: reuse its result instead of replaying an old token.
  const current = loadSession();
  if (!current) throw apiError('ra.notification.logged_out', 'UNAUTHENTICATED');
  if (current.accessToken !== stale.accessToken && !expiresSoon(current)) return current;
  const result = await post<RefreshSessionMutation>(String(REFRESH_SESSION), { refreshToken: current.refreshToken } satisfies RefreshSessionMutationVariables, null);
  if (!result.data?.refreshSession) {
    // The session is over (expired, or ended because an old refresh token was replayed). The API's message says which;
    // react-admin shows it and signs out, which clears the stored session.
    const message = result.errors?.[0]?.message ?? 'ra.notification.logged_out';
    rememberSessionEnd(message);
    throw apiError(message, 'UNAUTHENTICATED');
  }
  saveSession(result.data.refreshSession);
  return result.data.refreshSession;
}

/** Exchanges the refresh token once, even when several requests (or tabs) need a new access token at the same time. */
function refreshSession(stale: Session): Promise<Session> {
  refreshing ??= (navigator.locks ? navigator.locks.request('harbour-session-refresh', () => exchange(stale)) : exchange(stale)).finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/** The current session, refreshed first when its access token is about to expire. */
async function activeSession(): Promise<Session | null> {
  const session = loadSession();
  if (!session) return null;
  return expiresSoon(session) ? refreshSession(session) : session;
}

/**
 * Sends one operation to the API as the signed-in person (when there is one) in the console's language.
 * On UNAUTHENTICATED it refreshes the session once and retries; errors are thrown as HttpErrors with the API's message.
 */
export async function graphqlRequest<TResult, TVariables>(document: Operation<TResult, TVariables>, ...[variables]: VariablesArgument<TVariables>): Promise<TResult> {
  const query = String(document);
  const session = await activeSession();
  let result = await post<TResult>(query, variables, session?.accessToken ?? null);
  if (session && result.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED') {
    const renewed = await refreshSession(session);
    result = await post<TResult>(query, variables, renewed.accessToken);
  }
  if (result.errors?.length) raise(result.errors);
  if (!result.data) throw apiError('ra.notification.http_error', 'NETWORK_ERROR');
  return result.data;
}

/**
 * Follows a subscription as the signed-in person over graphql-ws (same origin, /graphql), calling `onData` for every
 * result until the server completes it. Resolves once the server has taken the subscription, with a function that
 * stops following. Best effort: a failure to connect only means no updates.
 */
export async function graphqlSubscribe<TResult, TVariables extends Record<string, unknown>>(
  document: Operation<TResult, TVariables>,
  variables: TVariables,
  onData: (data: TResult) => void,
): Promise<() => void> {
  const session = await activeSession();
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${ENDPOINT}`;
  const client = createClient({
    url,
    lazy: true,
    retryAttempts: 0,
    connectionParams: { authorization: session ? `Bearer ${session.accessToken}` : undefined, acceptLanguage: storedLocale() },
  });
  let resolveStarted!: () => void;
  const started = new Promise<void>((resolve) => (resolveStarted = resolve));
  // Wait for the socket (and a moment for the server to take the subscription) so the first updates are not missed;
  // never more than 2 s, and not at all when the socket fails.
  const stopConnectedListener = client.on('connected', () => setTimeout(resolveStarted, 100));
  const stop = client.subscribe<TResult>(
    { query: String(document), variables },
    {
      next: (result) => {
        if (result.data) onData(result.data);
      },
      error: () => resolveStarted(),
      complete: () => resolveStarted(),
    },
  );
  await Promise.race([started, new Promise((resolve) => setTimeout(resolve, 2000))]);
  stopConnectedListener();
  return () => {
    stop();
    void client.dispose();
  };
}
