import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { RequestContext } from '../core/context/request-context.js';
import { negotiateLocale, translate } from '../core/i18n/i18n.js';

/** What the GraphQL endpoint needs from the server around it. */
export interface GraphQLHttpOptions {
  apollo: ApolloServer<RequestContext>;
  /** The largest body accepted, in bytes and as BODY_LIMIT spells it ("1mb", for messages). */
  bodyLimitBytes: number;
  bodyLimit: string;
  /** Errors that refuse a JSON body before it is parsed (its shape); empty to go on. */
  checkBody: (text: string, request: IncomingMessage) => GraphQLFormattedError[];
  /** Errors that refuse the request before Apollo sees it (document limits, shape); empty to go on. */
  preflight: (params: Record<string, unknown>, request: IncomingMessage) => GraphQLFormattedError[];
  context: (request: IncomingMessage) => Promise<RequestContext>;
}

class BodyError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    readonly code: 'BAD_REQUEST' | 'PAYLOAD_TOO_LARGE',
  ) {
    super(code);
  }
}

/** The request body as text, refused past `limit` bytes; only identity encoding (no gzip bombs to inflate). */
async function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const encoding = (request.headers['content-encoding'] ?? 'identity').toLowerCase();
  if (encoding !== 'identity') throw new BodyError(415, 'BAD_REQUEST');
  const declared = Number(request.headers['content-length']);
  if (declared > limit) throw new BodyError(413, 'PAYLOAD_TOO_LARGE');
  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    received += chunk.length;
    if (received > limit) throw new BodyError(413, 'PAYLOAD_TOO_LARGE');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, received).toString('utf8');
}

function isJson(request: IncomingMessage): boolean {
  const type = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  return type === 'application/json' || type.endsWith('+json');
}

/** A JSON body as an object or array. */
function parseBody(text: string): unknown {
  if (!text) return {};
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new BodyError(400, 'BAD_REQUEST');
  }
  if (typeof body !== 'object' || body === null) throw new BodyError(400, 'BAD_REQUEST');
  return body;
}

function sendJson(response: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(value);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  response.end(text);
}

/**
 * Serves /graphql straight on Node's HTTP server: reads and parses the body, runs the preflight, and hands the request
 * to Apollo. Apollo's Express integration did the same behind Express's router and body-parser, whose per-request cost
 * was about a fifth of a `{ __typename }` request's CPU; Express still serves everything else (console, health checks).
 */
export function graphqlHttpHandler(options: GraphQLHttpOptions): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  const limit = options.bodyLimitBytes;
  return async (request, response) => {
    const method = (request.method ?? 'GET').toUpperCase();
    const questionMark = request.url?.indexOf('?') ?? -1;
    const search = questionMark >= 0 ? request.url!.slice(questionMark) : '';
    let body: unknown;
    try {
      // A body that is not JSON is left for Apollo to refuse (CSRF prevention, missing body).
      const text = method === 'POST' ? await readBody(request, limit) : '';
      if (method === 'POST' && isJson(request)) {
        const refused = options.checkBody(text, request);
        if (refused.length) {
          sendJson(response, 400, { errors: refused });
          return;
        }
        body = parseBody(text);
      }
    } catch (error) {
      if (!(error instanceof BodyError)) throw error;
      const message = translate(error.code, negotiateLocale(request.headers['accept-language']), { limit: options.bodyLimit });
      // The rest of an oversized body is not read: the connection closes once the answer is sent.
      sendJson(response, error.status, { errors: [{ message, extensions: { code: error.code } }] }, error.status === 413 ? { connection: 'close' } : {});
      return;
    }

    const params = method === 'GET' ? Object.fromEntries(new URLSearchParams(search)) : body;
    if (params && typeof params === 'object' && !Array.isArray(params)) {
      const errors = options.preflight(params as Record<string, unknown>, request);
      if (errors.length) {
        sendJson(response, 400, { errors });
        return;
      }
    }

    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const answer = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method, headers, search, body },
      context: () => options.context(request),
    });
    for (const [key, value] of answer.headers) response.setHeader(key, value);
    response.statusCode = answer.status ?? 200;
    if (answer.body.kind === 'complete') {
      response.setHeader('content-length', Buffer.byteLength(answer.body.string));
      response.end(answer.body.string);
      return;
    }
    for await (const chunk of answer.body.asyncIterator) response.write(chunk);
    response.end();
  };
}
