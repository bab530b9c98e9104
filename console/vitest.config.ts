import { defineConfig } from 'vitest/config';

/**
 * Two projects: contract specs (operations vs the committed schema, catalogs), and the browser specs (real API +
 * Chromium, `*.e2e.spec.ts`), for which the console is built and the demo seeded once before any of them runs.
 */
export default defineConfig({
  test: {
    environment: 'node',
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // The browser specs poll the page for results of real API calls.
    expect: { poll: { timeout: 15_000, interval: 100 } },
    projects: [
      { extends: true, test: { name: 'contracts', include: ['test/**/*.spec.ts'], exclude: ['test/**/*.e2e.spec.ts'] } },
      {
        extends: true,
        test: { name: 'browser', include: ['test/**/*.e2e.spec.ts'], globalSetup: ['test/support/build-console.ts', 'test/support/seed-template.ts'] },
      },
    ],
  },
});
