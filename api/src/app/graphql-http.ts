import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { RequestContext } from '../core/context/request-context.js';
import { negotiateLocale, translate } from '../core/i18n/i18n.js';
import { isMultipart, MultipartError, readMultipart } from './graphql-multipart.js';

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
  /** The largest file a multipart request may carry (the largest limit of any file purpose). */
  uploadLimitBytes: () => number;
}

/** How far past the largest file limit a multipart part may run before the parser itself cuts it. */
const MULTIPART_MARGIN = 1024 * 1024;

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
    let multipart = false;
    try {
      if (method === 'POST' && isMultipart(request)) {
        // A form post is what a browser sends across sites without asking: like Apollo's CSRF prevention, uploads need a
        // header no simple request carries — checked before a byte of the body is read.
        if (!request.headers['apollo-require-preflight'] && !request.headers['x-apollo-operation-name']) throw new BodyError(400, 'BAD_REQUEST');
        // Files are measured against their purpose's limit as they are read (a FILE_TOO_LARGE error); this larger cap only
        // stops a part no purpose could take, should it outrun that count.
        const read = await readMultipart(request, limit, options.uploadLimitBytes() + MULTIPART_MARGIN).catch((error: unknown) => {
          throw error instanceof MultipartError ? new BodyError(error.status, error.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST') : error;
        });
        const refused = options.checkBody(read.operationsText, request);
        if (refused.length) {
          sendJson(response, 400, { errors: refused }, { connection: 'close' });
          return;
        }
        // The preflight checks the operations with the files in place (each an Upload, which the Upload scalar accepts).
        const errors = options.preflight(read.body, request);
        if (errors.length) {
          sendJson(response, 400, { errors }, { connection: 'close' });
          return;
        }
        body = read.body;
        multipart = true;
      }
      // A body that is not JSON is left for Apollo to refuse (CSRF prevention, missing body).
      const text = method === 'POST' && !multipart ? await readBody(request, limit) : '';
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
      sendJson(response, error.status, { errors: [{ message, extensions: { code: error.code } }] }, error.status === 413 || multipart || isMultipart(request) ? { connection: 'close' } : {});
      return;
    }

    const params = method === 'GET' ? Object.fromEntries(new URLSearchParams(search)) : body;
    if (!multipart && params && typeof params === 'object' && !Array.isArray(params)) {
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
    // The body is parsed already (and CSRF checked above): Apollo sees the operations as it would a JSON body.
    if (multipart) headers.set('content-type', 'application/json');
    const answer = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method, headers, search, body },
      context: () => options.context(request),
    });
    for (const [key, value] of answer.headers) response.setHeader(key, value);
    // A file the operation did not read to its end (refused, or never asked for) is not read either: the connection
    // closes once the answer is sent.
    if (multipart && !request.readableEnded) response.setHeader('connection', 'close');
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
