import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import express from 'express';
import proxyAddr from 'proxy-addr';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { RequestContext } from '../core/context/request-context.js';
import type { AppServices } from '../core/context/services.js';
import { AppError } from '../core/errors/app-error.js';
import { StartupError, systemCode } from '../core/errors/startup-error.js';
import { fromDatabaseError } from '../core/errors/database-errors.js';
import { formatError, localizeErrors, localizeErrorsPlugin, serviceUnavailable, serviceUnavailablePlugin } from '../core/graphql/errors.js';
import { codedError } from '../core/graphql/limits.js';
import { bodyWithinLimits, preflight } from '../core/graphql/preflight.js';
import { negotiateLocale, translate } from '../core/i18n/i18n.js';
import { openFileLimit, socketCap } from '../core/security/open-files.js';
import { consoleFiles } from './console-files.js';
import { allFilePurposes, fileRoutes, largestFor } from '../core/storage/index.js';
import { idempotencyPlugin } from '../core/idempotency/idempotency.plugin.js';
import { limitOperation, rateLimitPlugin } from '../core/security/rate-limits.js';
import { createRequestContext, httpContextInput } from './context.js';
import { DirectDelivery, subscribeDirect } from './live-delivery.js';
import { graphqlHttpHandler } from './graphql-http.js';

/** A listening Harbour HTTP + WebSocket server. */
export interface RunningServer {
  server: Server;
  url: string;
  close: () => Promise<void>;
}

function contextError(error: unknown, acceptLanguage: string | undefined): never {
  const coded = fromDatabaseError(error);
  if (coded instanceof AppError) {
    const locale = negotiateLocale(acceptLanguage);
    throw new GraphQLError(translate(coded.code, locale, coded.params), {
      extensions: { code: coded.code, http: coded.code === 'SERVICE_UNAVAILABLE' ? serviceUnavailable : { status: coded.code === 'UNAUTHENTICATED' ? 401 : 400 } },
    });
  }
  throw error;
}

// Proxies trusted to report the caller's address (X-Forwarded-For): the same for Express and for WebSocket upgrades, so
// rate limits count one caller the same over both.
const TRUSTED_PROXIES = 'loopback';
const trustProxy = proxyAddr.compile(TRUSTED_PROXIES);

/** Context inputs of a graphql-ws connection: the token comes in connectionParams. */
function wsContextInput(wsContext: { connectionParams?: Readonly<Record<string, unknown>>; extra: { request: import('node:http').IncomingMessage } }) {
  const params = wsContext.connectionParams ?? {};
  const request = wsContext.extra.request;
  return {
    authorization: params.authorization ?? params.Authorization,
    acceptLanguage: (params.acceptLanguage as string | undefined) ?? request.headers['accept-language'],
    locale: null,
    ip: proxyAddr(request, trustProxy) ?? null,
    userAgent: request.headers['user-agent'] ?? null,
  };
}

/** Variables as a GET request carries them (JSON text) or a POST body does (an object). */
function parseVariables(variables: unknown): unknown {
  if (typeof variables !== 'string') return variables;
  try {
    return JSON.parse(variables);
  } catch {
    return undefined;
  }
}

/** Why the HTTP server could not listen, told in terms of PORT and HOST. */
function listenFailure(error: unknown, host: string, port: number): unknown {
  switch (systemCode(error)) {
    case 'EADDRINUSE':
      return new StartupError(
        `port ${port} (PORT) is already in use on ${host}: another program, or another Harbour, listens there.`,
        'stop that program, or start Harbour on a free port with PORT=<number>.',
      );
    case 'EACCES':
      return new StartupError(
        `this user may not listen on port ${port} (PORT): ports below 1024 need privileges.`,
        'start Harbour on a port from 1024 up (PORT=4000) behind a reverse proxy, or grant the privilege.',
      );
    case 'EADDRNOTAVAIL':
      return new StartupError(`${host} (HOST) is not an address of this machine.`, 'set HOST to one of its addresses, or to 0.0.0.0 for all of them.');
    default:
      return error;
  }
}

/** Serves GraphQL (HTTP + graphql-ws on the same path), health checks and the built console. */
export async function startServer(services: AppServices, schema: GraphQLSchema, readiness: () => Promise<boolean>): Promise<RunningServer> {
  const { config, logger } = services;
  const production = config.env === 'production';
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', TRUSTED_PROXIES);
  let graphqlHandler: ((request: IncomingMessage, response: ServerResponse) => Promise<void>) | null = null;
  // Unready from the moment a stop begins, so a load balancer sends nothing new while requests in flight finish.
  let stopping = false;
  const httpServer = createServer((request, response) => {
    // While a stop waits for load balancers to notice (SHUTDOWN_DELAY_SECONDS), answers close their connection, so
    // none is left idle to be cut when the listener closes.
    if (stopping) response.setHeader('connection', 'close');
    const path = request.url?.split('?', 1)[0];
    if (path !== '/graphql' || !graphqlHandler) return app(request, response);
    graphqlHandler(request, response).catch((error: unknown) => {
      logger.error({ err: error }, 'GraphQL request failed outside Apollo');
      if (response.headersSent) return response.destroy();
      const message = translate('INTERNAL_SERVER_ERROR', negotiateLocale(request.headers['accept-language']));
      response.writeHead(500, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify({ errors: [{ message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
    });
  });

  // Every request passes the same checks first, over HTTP and WebSocket: document limits, shape, arguments.
  const check = preflight(schema, config.queryLimits);

  const formatter = formatError(logger, production);
  const formatWsErrors = (extra: { harbour?: RequestContext }, errors: readonly GraphQLError[]) =>
    localizeErrors(
      errors.map((e) => formatter(e.toJSON(), e)),
      extra.harbour?.locale ?? 'en',
    );
  // Upgrades are handed over by hand rather than by `server: httpServer`, which would also pass the HTTP server's errors
  // on to graphql-ws — and it prints them with their stack (a busy PORT is explained by listenFailure instead).
  const wsServer = new WebSocketServer({ noServer: true, path: '/graphql', maxPayload: 1024 * 1024 });
  // Sockets are counted per address and in all, and refused past either limit before the handshake (503, Retry-After):
  // thousands of idle sockets from one place once used up the process's file descriptors, and real users' sign-ins failed.
  const socketsByAddress = new Map<string, number>();
  let sockets = 0;
  const fileLimit = openFileLimit();
  const maxSockets = socketCap(config.maxSockets, fileLimit);
  if (maxSockets < config.maxSockets) logger.warn({ configured: config.maxSockets, openFileLimit: fileLimit, maxSockets }, 'MAX_SOCKETS lowered to leave room under the open-file limit (ulimit -n)');
  httpServer.on('upgrade', (request, socket, head) => {
    const address = proxyAddr(request, trustProxy) ?? 'unknown';
    const fromAddress = socketsByAddress.get(address) ?? 0;
    if (sockets >= maxSockets || fromAddress >= config.maxSocketsPerAddress) {
      socket.end('HTTP/1.1 503 Service Unavailable\r\nRetry-After: 5\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    sockets += 1;
    socketsByAddress.set(address, fromAddress + 1);
    let counted = true;
    const release = () => {
      if (!counted) return;
      counted = false;
      sockets -= 1;
      const left = (socketsByAddress.get(address) ?? 1) - 1;
      if (left > 0) socketsByAddress.set(address, left);
      else socketsByAddress.delete(address);
    };
    socket.once('close', release);
    wsServer.handleUpgrade(request, socket, head, (ws) => wsServer.emit('connection', ws, request));
  });
  const wsCleanup = useServer<Record<string, unknown>, { harbour?: RequestContext }>(
    {
      schema,
      // Credentials are required when the socket connects: none closes it with 4401, a bad token with 4403. Every
      // operation then gets its own RequestContext (fresh EntityManager fork, loaders, ability), as an HTTP request would.
      onConnect: async (wsContext) => {
        const input = wsContextInput(wsContext);
        if (!input.authorization) {
          wsContext.extra.socket.close(4401, 'Unauthorized');
          return false;
        }
        try {
          // Kept for the connection's own errors (their language, the caller's limits); operations get their own.
          wsContext.extra.harbour = await createRequestContext(services, input);
          return true;
        } catch {
          return false;
        }
      },
      onSubscribe: async (wsContext, _id, payload) => {
        if (Object.keys(wsContext.subscriptions).length > config.maxSubscriptionsPerConnection) {
          return [codedError('TOO_MANY_SUBSCRIPTIONS', { max: config.maxSubscriptionsPerConnection })];
        }
        const { errors, checked } = check(payload, 'websocket');
        if (errors.length) return errors;
        // Queries and mutations may come over the socket too: the same rate limits apply as over HTTP.
        const connection = wsContext.extra.harbour;
        if (checked?.operation && connection) {
          const caller = { accountId: connection.actor?.accountId ?? null, ip: connection.origin.ip };
          const limited = await limitOperation(services.rateLimits, services.credentialMutations, caller, checked.document, checked.operation);
          if (limited) return [limited];
        }
        return undefined;
      },
      context: async (wsContext) => {
        const ctx = await createRequestContext(services, wsContextInput(wsContext));
        (wsContext.extra as { harbour?: RequestContext }).harbour = ctx;
        return ctx;
      },
      // Subscriptions whose root field opts in (messagingChanged) are executed once per event for every subscriber whose
      // document selects only reader-independent fields, and sent straight to the socket with a bound on what may wait
      // there (app/live-delivery.ts); LIVE_DELIVERY=graphql-ws keeps graphql-ws's own per-subscriber execution (benches).
      ...(config.liveDelivery === 'direct'
        ? {
            subscribe: subscribeDirect,
            onOperation: (wsContext: { extra: { socket: import('ws').WebSocket; harbour?: RequestContext } }, id: string, _payload: unknown, _args: unknown, result: unknown) => {
              if (result instanceof DirectDelivery) result.attach(wsContext.extra.socket, id, (errors) => formatWsErrors(wsContext.extra, errors));
              return undefined;
            },
          }
        : {}),
      // Errors are coded, masked and localized as over HTTP: those that stop an operation (onError) and those inside a
      // result, e.g. a subscription refused by its gate (onNext).
      onError: (wsContext, _id, _payload, errors) => formatWsErrors(wsContext.extra, errors),
      onNext: (wsContext, _id, _payload, _args, result) => (result.errors ? { ...result, errors: formatWsErrors(wsContext.extra, result.errors) } : undefined),
    },
    wsServer,
  );

  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: !production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: false,
    logger,
    parseOptions: { maxTokens: config.queryLimits.maxTokens },
    // A hash-only request (automatic persisted queries) carries no document for the preflight to check.
    persistedQueries: false,
    formatError: formatter,
    // main.ts owns the signals: Apollo's own SIGTERM handler (on outside NODE_ENV=test) would close the listener at
    // once, before the stop's delay for load balancers.
    stopOnTerminationSignals: false,
    plugins: [
      // A stop closes the listener, lets requests in flight finish (up to SHUTDOWN_TIMEOUT_SECONDS), then ends the rest.
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownTimeoutSeconds * 1000 }),
      // Cache hints are unused here, and the plugin wraps every field resolver of every response.
      ApolloServerPluginCacheControlDisabled(),
      localizeErrorsPlugin(),
      serviceUnavailablePlugin(),
      rateLimitPlugin(services.rateLimits, services.credentialMutations),
      idempotencyPlugin(services.credentialMutations, formatter),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ready = !stopping && (await readiness().catch(() => false));
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready' });
  });
  // Errors that refuse a request before Apollo sees it: coded, masked and localized as Apollo's own.
  const refusal = (errors: GraphQLError[], request: IncomingMessage) =>
    localizeErrors(
      errors.map((e) => formatter(e.toJSON(), e)),
      negotiateLocale(request.headers['accept-language'], request.headers['x-harbour-locale'] as string | undefined),
    );
  graphqlHandler = graphqlHttpHandler({
    apollo,
    bodyLimit: config.bodyLimit,
    bodyLimitBytes: config.bodyLimitBytes,
    checkBody: (text, request) => refusal(bodyWithinLimits(text), request),
    preflight: (params, request) => refusal(check({ query: params.query, operationName: params.operationName, variables: parseVariables(params.variables) }, 'http').errors, request),
    context: (request) => createRequestContext(services, httpContextInput(request.headers, proxyAddr(request, trustProxy))).catch((error) => contextError(error, request.headers['accept-language'])),
    uploadLimitBytes: () => Math.max(0, ...allFilePurposes().map(largestFor)),
  });
  app.use(fileRoutes(services));
  if (existsSync(config.consoleDir)) {
    app.use('/console', consoleFiles(config.consoleDir));
  }
  app.get('/', (_req, res) => res.redirect('/console/'));

  try {
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.port, config.host, () => {
        httpServer.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await apollo.stop().catch(() => undefined);
    wsServer.close();
    throw listenFailure(error, config.host, config.port);
  }
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
  logger.info({ url }, 'listening');
  return {
    server: httpServer,
    url,
    close: async () => {
      stopping = true;
      // Still serving, unready: a load balancer checking /readyz stops sending here before the listener closes. Closing
      // at once reset the requests it sent meanwhile (7 of 4,710 in a rolling restart, bench/RESULTS.md).
      if (config.shutdownDelaySeconds > 0) await new Promise((resolve) => setTimeout(resolve, config.shutdownDelaySeconds * 1000));
      await apollo.stop();
      wsServer.close();
    },
  };
}
