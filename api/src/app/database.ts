import pg from 'pg';
import type { Config } from '../config/config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../core/database/embedded-postgres.js';
import type { Logger } from '../core/logging.js';
import { databaseFailure } from './startup-failure.js';

// Kept apart from create-app.ts and its heavy imports (ORM, GraphQL, modules): the start can bring the database up, or
// explain why it cannot, while those still load.

/** How long to wait for the database to answer a connection before saying it cannot be reached. */
const CONNECT_TIMEOUT_MS = 10_000;

/**
 * Connects to the database, creating it first when the server does not have it yet (a new server may only have
 * `postgres`); a failure is explained in terms of DATABASE_URL (see databaseFailure).
 */
export async function ensureDatabase(url: string, embeddedDir: string | null = null): Promise<void> {
  const connect = async (connectionString: string) => {
    const client = new pg.Client({ connectionString, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    // Without a listener, an error on an idle connection (the server going away) would end the process.
    client.on('error', () => undefined);
    await client.connect();
    return client;
  };
  try {
    try {
      await (await connect(url)).end();
    } catch (error) {
      if ((error as { code?: string }).code !== '3D000') throw error;
      const target = new URL(url);
      const name = decodeURIComponent(target.pathname.slice(1));
      target.pathname = '/postgres';
      const admin = await connect(target.toString());
      try {
        await admin.query(`create database "${name.replace(/"/g, '""')}"`);
      } finally {
        await admin.end();
      }
    }
  } catch (error) {
    throw databaseFailure(error, { url, embeddedDir }) ?? error;
  }
}

/** The running database: an external server (DATABASE_URL) or the embedded one. */
export async function openDatabase(config: Config, logger: Logger, durable = true): Promise<{ url: string; embedded: EmbeddedDatabase | null }> {
  if (config.databaseUrl) {
    await ensureDatabase(config.databaseUrl);
    return { url: config.databaseUrl, embedded: null };
  }
  const embedded = await startEmbeddedPostgres(config.dataDir, logger, { durable });
  const url = embedded.url('harbour');
  try {
    await ensureDatabase(url, config.dataDir);
  } catch (error) {
    await embedded.stop().catch(() => undefined);
    throw error;
  }
  return { url, embedded };
}
