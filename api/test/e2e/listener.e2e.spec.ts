import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTIFY_CHANNEL } from '../../src/core/events/outbox.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The outbox's and the event consumers' LISTEN connections come back after PostgreSQL ends them. */
describe('LISTEN connections', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  const listeners = async () =>
    (await t.sql<{ pid: number }>(`select pid from pg_stat_activity where datname = current_database() and query = 'LISTEN ${NOTIFY_CHANNEL}' and pid <> pg_backend_pid()`)).map((row) => row.pid);

  it('are opened again when PostgreSQL terminates them, twice in a row', async () => {
    const before = await listeners();
    expect(before.length).toBeGreaterThan(0);
    let current = before;
    for (let round = 1; round <= 2; round += 1) {
      await t.sql('select pg_terminate_backend(pid) from pg_stat_activity where pid = any($1::int[])', [current]);
      const ended = current;
      const deadline = Date.now() + 10_000;
      let now = await listeners();
      while (!(now.length === before.length && now.every((pid) => !ended.includes(pid)))) {
        if (Date.now() > deadline) throw new Error(`round ${round}: ${now.length} of ${before.length} listeners back after 10 s`);
        await new Promise((r) => setTimeout(r, 50));
        now = await listeners();
      }
      current = now;
    }
  });
});
