import { defineConfig } from 'vitest/config';

/** Contract specs (operations vs the committed schema, catalogs) and the browser e2e spec (real API + Chromium). */
export default defineConfig({
  test: {
    include: ['test/**/*.spec.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // The browser spec polls the page for results of real API calls.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
