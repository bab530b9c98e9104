import 'reflect-metadata';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { projectRoot } from '../../src/config/config.js';
import { ormConfig } from '../../src/config/orm.config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/core/database/embedded-postgres.js';
import { installJobQueue } from '../../src/core/jobs/jobs.js';
import { createLogger } from '../../src/core/logging.js';

/**
 * Names of this run's databases: `harbour_test_<pid>_…`. Several runs may share one server (DATABASE_URL): each
 * clears only what runs that ended left behind, never a running one's databases.
 */
const RUN_PREFIX = `harbour_test_${process.pid}_`;

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string;
    /** The migrated database each spec file's database is cloned from. */
    templateDatabase: string;
    /** The prefix of this run's database names. */
    databasePrefix: string;
  }
}

/** Whether a database was left by a run that no longer runs (on this machine; unnamed ones come from older versions). */
function leftBehind(name: string): boolean {
  const pid = /^harbour_test_(\d+)_/.exec(name)?.[1];
  if (!pid) return true;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'EPERM';
  }
}

function withDatabase(url: string, database: string): string {
  const target = new URL(url);
  target.pathname = `/${database}`;
  return target.toString();
}

/** Starts PostgreSQL for the run (embedded unless DATABASE_URL is set) and migrates the template database. */
export default async function setup(project: TestProject) {
  const logger = createLogger('warn');
  let embedded: EmbeddedDatabase | null = null;
  let dataDir: string | null = null;
  let serverUrl: string;
  if (process.env.DATABASE_URL) {
    serverUrl = withDatabase(process.env.DATABASE_URL, 'postgres');
  } else {
    dataDir = join(projectRoot, '.data', `test-${process.pid}`);
    embedded = await startEmbeddedPostgres(dataDir, logger, { durable: false });
    serverUrl = embedded.url('postgres');
  }
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  // Databases left behind by earlier, interrupted runs against the same server.
  const stale = await admin.query("select datname from pg_database where datname like 'harbour\\_test\\_%'");
  for (const row of stale.rows.filter((r) => leftBehind(r.datname))) await admin.query(`drop database if exists "${row.datname}" with (force)`);
  const template = `${RUN_PREFIX}template`;
  await admin.query(`create database ${template}`);
  const orm = await MikroORM.init(ormConfig(withDatabase(serverUrl, template)));
  await orm.migrator.up();
  await orm.close(true);
  await installJobQueue(withDatabase(serverUrl, template), logger);
  project.provide('serverUrl', serverUrl);
  project.provide('templateDatabase', template);
  project.provide('databasePrefix', RUN_PREFIX);
  return async () => {
    const leftovers = await admin.query('select datname from pg_database where starts_with(datname, $1)', [RUN_PREFIX]);
    for (const row of leftovers.rows) await admin.query(`drop database if exists "${row.datname}" with (force)`);
    await admin.end();
    await embedded?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}
