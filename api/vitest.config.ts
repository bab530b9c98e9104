import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * Unit specs (`*.spec.ts`) and e2e specs (`*.e2e.spec.ts`) on real PostgreSQL: the global setup starts an embedded
 * server (or uses DATABASE_URL) and migrates a template database; every e2e file clones its own database from it.
 */
export default defineConfig({
  // graphql 16 has no "exports": Node (and so Apollo, type-graphql) loads its CommonJS build while Vite would pick the
  // ESM one for our sources — two copies of graphql cannot share a schema. Point Vite at the one Node uses.
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { NODE_ENV: 'test', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
  },
});
