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

export const TEMPLATE_DATABASE = 'harbour_test_template';

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string;
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
  // Databases left behind by an earlier, interrupted run against the same server.
  const stale = await admin.query("select datname from pg_database where datname like 'harbour_test_%'");
  for (const row of stale.rows) await admin.query(`drop database if exists "${row.datname}" with (force)`);
  await admin.query(`create database ${TEMPLATE_DATABASE}`);
  const orm = await MikroORM.init(ormConfig(withDatabase(serverUrl, TEMPLATE_DATABASE)));
  await orm.migrator.up();
  await orm.close(true);
  await installJobQueue(withDatabase(serverUrl, TEMPLATE_DATABASE), logger);
  project.provide('serverUrl', serverUrl);
  return async () => {
    const leftovers = await admin.query("select datname from pg_database where datname like 'harbour_test_%'");
    for (const row of leftovers.rows) await admin.query(`drop database if exists "${row.datname}" with (force)`);
    await admin.end();
    await embedded?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}
