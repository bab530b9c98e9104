import 'reflect-metadata';
import { join } from 'node:path';
import type { App } from './app/create-app.js';
import { openDatabase } from './app/database.js';
import { explainStartupFailure, type DatabaseWhere } from './app/startup-failure.js';
import { loadConfig, projectRoot } from './config/config.js';
import type { EmbeddedDatabase } from './core/database/embedded-postgres.js';
import { createLogger, type Logger } from './core/logging.js';

/** What a failed start knows about itself, for explaining it: where the database and the data directory were. */
const startup: { logger: Logger | null; database: DatabaseWhere | null; dataDir: string } = { logger: null, database: null, dataDir: join(projectRoot, '.data') };

/** Entry point: config → database (embedded unless DATABASE_URL) → migrations → seeds → server; clean shutdown. */
async function main(): Promise<void> {
  const startedAt = Date.now();
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  Object.assign(startup, { logger, dataDir: config.dataDir, database: config.databaseUrl ? { url: config.databaseUrl, embeddedDir: null } : null });
  let embedded: EmbeddedDatabase | null = null;
  let app: App | null = null;
  let stopping = false;

  // Installed first, so Ctrl-C during start-up (initdb, migrations, seeding) also stops PostgreSQL. A stop is
  // graceful: /readyz answers 503 while the server goes on serving for SHUTDOWN_DELAY_SECONDS (load balancers notice),
  // then the listener closes and requests in flight finish (up to SHUTDOWN_TIMEOUT_SECONDS),
  // WebSockets close with 1001, the workers and the ORM stop, then PostgreSQL. A stop that overruns its deadline by 5 s
  // stops PostgreSQL at once and exits 1. A repeated signal changes nothing: under `npm start`, Ctrl-C reaches the
  // server twice (from the terminal, and forwarded by npm).
  const forceStop = async (reason: string) => {
    logger.error({ reason }, 'stopping at once');
    await embedded?.stop().catch(() => undefined);
    process.exit(1);
  };
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, timeoutSeconds: config.shutdownTimeoutSeconds }, 'shutting down');
    setTimeout(() => void forceStop('the stop overran SHUTDOWN_TIMEOUT_SECONDS'), (config.shutdownDelaySeconds + config.shutdownTimeoutSeconds + 5) * 1000).unref();
    await app?.stop().catch((error) => logger.error({ err: error }, 'error while stopping'));
    await embedded?.stop().catch((error) => logger.error({ err: error }, 'error while stopping PostgreSQL'));
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  // The application (ORM, GraphQL, modules) loads while PostgreSQL starts; a database that cannot be used is explained
  // without waiting for it.
  const loading = Promise.all([import('./app/create-app.js'), import('../../seeds/seed.js'), import('../../seeds/demo-company.js')]);
  loading.catch(() => undefined);
  try {
    const database = await openDatabase(config, logger);
    embedded = database.embedded;
    startup.database = { url: database.url, embeddedDir: embedded ? config.dataDir : null };
    const [{ createApp }, { seedAll }] = await loading;
    app = await createApp(config, database.url, {
      logger,
      migrate: true,
      beforeServe: async (services) => {
        if (config.role !== 'api') await seedAll(services, { demo: config.seedDemo, progress: (line) => console.log(line) });
      },
    });
  } catch (error) {
    if (stopping) return;
    // Stopped here, so no PostgreSQL outlives a failed start.
    await embedded?.stop().catch((stopError) => logger.error({ err: stopError }, 'error while stopping PostgreSQL'));
    throw error;
  }
  if (app.server) {
    const { url } = app.server;
    console.log(`\n  Harbour is ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
    console.log(`  Console:  ${url}/console/`);
    console.log(`  GraphQL:  ${url}/graphql  (WebSocket: ${url.replace('http', 'ws')}/graphql)`);
    console.log(`  Health:   ${url}/healthz  ${url}/readyz`);
    console.log(`  Database: ${embedded ? `embedded PostgreSQL in ${config.dataDir}` : 'DATABASE_URL'}\n`);
    if (config.seedDemo) for (const line of (await loading)[2].demoSignIns()) console.log(`  ${line}`);
    console.log('\n  Ctrl-C to stop.\n');
  }
}

main().catch((error) => {
  const explanation = explainStartupFailure(error, startup.database, startup.dataDir);
  startup.logger?.fatal({ failure: explanation.split('\n')[0] }, 'start-up failed');
  console.error(`\n${explanation}\n`);
  process.exit(1);
});
