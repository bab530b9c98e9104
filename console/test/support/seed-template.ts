import { rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { databaseNamed, startHarbour, stopHarbour } from './harbour-process';
import { repoRoot } from './paths';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The seeded demo each spec file copies: a stopped API's data directory, or a database on DATABASE_URL's server. */
    harbourTemplate: { dataDir: string } | { database: string };
  }
}

/** How long the demo's first start may take: migrations and seeding, three months of attendance included. */
const SEEDING_TIMEOUT_MS = 15 * 60_000;

/**
 * Global set-up of the browser specs: the demo is seeded once per run, by starting the API on an empty template (its
 * own data directory with the embedded PostgreSQL, or its own database on DATABASE_URL's server), waiting for /readyz
 * and stopping it cleanly. Each spec file then starts its API on a copy (see useHarbour), which finds the organisations
 * there and seeds nothing.
 */
export default async function seedTemplate(project: TestProject): Promise<() => Promise<void>> {
  const started = Date.now();
  if (process.env.DATABASE_URL) {
    const database = `harbour_console_e2e_template_${process.pid}`;
    const admin = new pg.Client({ connectionString: databaseNamed('postgres') });
    await admin.connect();
    await admin.query(`drop database if exists ${database} with (force)`);
    await admin.query(`create database ${database}`);
    await seed({ DATABASE_URL: databaseNamed(database) });
    project.provide('harbourTemplate', { database });
    console.log(`Seeded the console specs' template database in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return async () => {
      await admin.query(`drop database if exists ${database} with (force)`);
      await admin.end();
    };
  }
  const dataDir = join(repoRoot, '.data', `console-e2e-template-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  await seed({ HARBOUR_DATA_DIR: dataDir });
  project.provide('harbourTemplate', { dataDir });
  console.log(`Seeded the console specs' template data directory in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return async () => rmSync(dataDir, { recursive: true, force: true });
}

async function seed(env: Record<string, string>): Promise<void> {
  const api = await startHarbour(env, SEEDING_TIMEOUT_MS);
  await stopHarbour(api.child);
  if (api.child.exitCode !== 0) throw new Error(`The template's API did not stop cleanly (exit ${api.child.exitCode}):\n${api.log()}`);
}
