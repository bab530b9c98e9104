/**
 * The one PostgreSQL every target of the bench reads: Harbour's servers, PostGraphile and the SQL floor (pgbench).
 * Embedded by default (a fresh cluster in .data/bench, like `npm start`'s own), or a fresh database on the server of
 * DATABASE_URL. pg_stat_statements counts the statements each request issues, whoever sends them.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { projectRoot } from '../api/src/config/config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../api/src/core/database/embedded-postgres.js';
import { createLogger } from '../api/src/core/logging.js';

/** The bench's database: where it is, how long it took to make, and the statement counter (if the server has one). */
export interface BenchDatabase {
  url: string;
  description: string;
  initSeconds: number;
  statements: StatementCounter | null;
  /** The server's main process, to measure its CPU (null for a server at DATABASE_URL, which may serve others too). */
  postmasterPid: number | null;
  stop: () => Promise<void>;
}

const BENCH_DATABASE = 'harbour_bench';

/** `url` with its database replaced by `database`. */
export function withDatabase(url: string, database: string): string {
  const target = new URL(url);
  target.pathname = `/${database}`;
  return target.toString();
}

/** One statement on a connection of its own. */
export async function sql(url: string, text: string): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

/**
 * Counts the statements the server executed in one database between `reset()` and `read()`: pg_stat_statements lives
 * in the `postgres` database, so neither Harbour's migrations nor PostGraphile's introspection ever see it. The outbox
 * worker's poll (once a second per Harbour process, touching outbox_event) is not a request's work and is left out;
 * reads never touch the outbox.
 */
export class StatementCounter {
  private constructor(
    private readonly client: pg.Client,
    private readonly databaseOid: number,
  ) {}

  /** A counter for the database of `url`, or null when the server does not load pg_stat_statements. */
  static async open(url: string): Promise<StatementCounter | null> {
    const database = decodeURIComponent(new URL(url).pathname.slice(1));
    const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
    await client.connect();
    try {
      const preload = (await client.query(`select current_setting('shared_preload_libraries') as libs`)).rows[0].libs as string;
      if (
        !preload
          .split(',')
          .map((lib) => lib.trim())
          .includes('pg_stat_statements')
      )
        throw new Error('pg_stat_statements is not preloaded');
      await client.query('create extension if not exists pg_stat_statements');
      const oid = (await client.query('select oid from pg_database where datname = $1', [database])).rows[0].oid as number;
      return new StatementCounter(client, oid);
    } catch {
      await client.end();
      return null;
    }
  }

  async reset(): Promise<void> {
    await this.client.query('select pg_stat_statements_reset(0, $1)', [this.databaseOid]);
  }

  /** Statements executed since the last reset: queries, and transaction control (BEGIN, COMMIT, SAVEPOINT …) apart. */
  async read(): Promise<{ queries: number; transactionControl: number }> {
    const { rows } = await this.client.query(
      `select coalesce(sum(calls) filter (where not control), 0)::int as queries, coalesce(sum(calls) filter (where control), 0)::int as control
       from (select calls, query ~* '^\\s*(begin|start transaction|commit|rollback|savepoint|release)' as control
             from pg_stat_statements where dbid = $1 and toplevel and query not ilike '%outbox_event%') s`,
      [this.databaseOid],
    );
    return { queries: rows[0].queries, transactionControl: rows[0].control };
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}

/**
 * Starts the bench's PostgreSQL. Embedded: a new cluster in `.data/bench` (initdb, then a restart to load
 * pg_stat_statements). DATABASE_URL: the database `harbour_bench` on that server, dropped and created again, so
 * every run starts from the same seeded data; statement counts need pg_stat_statements preloaded there.
 */
export async function startBenchDatabase(): Promise<BenchDatabase> {
  const started = Date.now();
  const external = process.env.DATABASE_URL;
  if (external) {
    const admin = withDatabase(external, 'postgres');
    await sql(admin, `drop database if exists ${BENCH_DATABASE} with (force)`);
    await sql(admin, `create database ${BENCH_DATABASE}`);
    const url = withDatabase(external, BENCH_DATABASE);
    const version = (await sql(admin, 'show server_version')).rows[0].server_version as string;
    return {
      url,
      description: `PostgreSQL ${version} at DATABASE_URL (database ${BENCH_DATABASE})`,
      initSeconds: (Date.now() - started) / 1000,
      statements: await StatementCounter.open(url),
      postmasterPid: null,
      stop: async () => undefined,
    };
  }
  const dataDir = join(projectRoot, '.data/bench');
  rmSync(dataDir, { recursive: true, force: true });
  const logger = createLogger('warn');
  let embedded: EmbeddedDatabase = await startEmbeddedPostgres(dataDir, logger);
  await sql(embedded.url('postgres'), `alter system set shared_preload_libraries = 'pg_stat_statements'`);
  await embedded.stop();
  embedded = await startEmbeddedPostgres(dataDir, logger);
  const url = embedded.url('harbour');
  await sql(embedded.url('postgres'), 'create database harbour');
  const version = (await sql(url, 'show server_version')).rows[0].server_version as string;
  return {
    url,
    description: `embedded PostgreSQL ${version} (durable, as \`npm start\` runs it) in .data/bench`,
    initSeconds: (Date.now() - started) / 1000,
    statements: await StatementCounter.open(url),
    postmasterPid: Number(readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]),
    stop: () => embedded.stop(),
  };
}
