import 'reflect-metadata';
import { createApp, openDatabase, type App } from './app/create-app.js';
import { loadConfig } from './config/config.js';
import type { EmbeddedDatabase } from './core/database/embedded-postgres.js';
import { createLogger } from './core/logging.js';
import { demoSignIns } from '../../seeds/demo-company.js';
import { seedAll } from '../../seeds/seed.js';

/** Entry point: config → database (embedded unless DATABASE_URL) → migrations → seeds → server; clean shutdown. */
async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  let embedded: EmbeddedDatabase | null = null;
  let app: App | null = null;
  let stopping = false;

  // Installed first, so Ctrl-C during start-up (initdb, migrations, seeding) also stops PostgreSQL.
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await app?.stop().catch((error) => logger.error({ err: error }, 'error while stopping'));
    await embedded?.stop().catch((error) => logger.error({ err: error }, 'error while stopping PostgreSQL'));
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    const database = await openDatabase(config, logger);
    embedded = database.embedded;
    app = await createApp(config, database.url, {
      logger,
      migrate: true,
      beforeServe: async (services) => {
        if (config.role !== 'api') await seedAll(services, { demo: config.seedDemo, progress: (line) => console.log(line) });
      },
    });
  } catch (error) {
    if (stopping) return;
    await embedded?.stop().catch(() => undefined);
    throw error;
  }
  if (app.server) {
    const { url } = app.server;
    console.log(`\n  Harbour is ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    console.log(`  Console:  ${url}/console/`);
    console.log(`  GraphQL:  ${url}/graphql  (WebSocket: ${url.replace('http', 'ws')}/graphql)`);
    console.log(`  Health:   ${url}/healthz  ${url}/readyz`);
    console.log(`  Database: ${embedded ? `embedded PostgreSQL in ${config.dataDir}` : 'DATABASE_URL'}\n`);
    if (config.seedDemo) for (const line of demoSignIns()) console.log(`  ${line}`);
    console.log('\n  Ctrl-C to stop.\n');
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
