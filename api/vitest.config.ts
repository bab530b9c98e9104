import { createRequire } from 'node:module';
import { configDefaults, defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * Unit specs (`*.spec.ts`) and e2e specs (`*.e2e.spec.ts`) on real PostgreSQL: the global setup starts an embedded
 * server (or uses DATABASE_URL) and migrates a template database; every e2e file clones its own database from it.
 */
const SPECS = ['src/**/*.spec.ts', 'test/**/*.spec.ts'];
/**
 * Specs that time the server (/healthz must answer within 100 ms under hostile documents) or load it hard (fault
 * injection with 10 concurrent writers): they run after the others, one at a time, so no neighbouring spec's load
 * decides whether they pass.
 */
const ALONE = ['test/e2e/fuzz.e2e.spec.ts', 'test/e2e/security.e2e.spec.ts', 'test/e2e/faults.e2e.spec.ts', 'test/e2e/shutdown.e2e.spec.ts'];

export default defineConfig({
  // graphql 16 has no "exports": Node (and so Apollo, type-graphql) loads its CommonJS build while Vite would pick the
  // ESM one for our sources — two copies of graphql cannot share a schema. Point Vite at the one Node uses.
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    globalSetup: ['test/support/global-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { NODE_ENV: 'test', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
    projects: [
      { extends: true, test: { name: 'shared', include: SPECS, exclude: [...configDefaults.exclude, ...ALONE], maxWorkers: 2, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'alone', include: ALONE, maxWorkers: 1, sequence: { groupOrder: 1 } } },
    ],
  },
});
