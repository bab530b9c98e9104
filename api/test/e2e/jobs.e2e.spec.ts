import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSystemContext } from '../../src/core/context/system-context.js';
import { JobRunner, registerJobs, scheduleJob, cancelJob, type JobDefinition } from '../../src/core/jobs/jobs.js';
import { createLogger } from '../../src/core/logging.js';
import { createOrganization, type TestOrg } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The core job API on graphile-worker and real PostgreSQL: enqueueing inside a transaction (a rollback schedules
 * nothing), run at a time, once across two runners, retried with backoff, surviving a restart, and run in a context
 * bound to the organisation that scheduled it.
 */
let t: TestApp;
let org: TestOrg;
const runs: { runner: string; tenantId: string; n: number }[] = [];
let failuresLeft = 0;

const countJob: JobDefinition<{ n: number }> = {
  name: 'test.count',
  handle: async (ctx, { n }) => {
    runs.push({ runner: 'any', tenantId: ctx.tenantId, n });
  },
};
const flakyJob: JobDefinition<{ n: number }> = {
  name: 'test.flaky',
  maxAttempts: 3,
  handle: async (ctx, { n }) => {
    if (failuresLeft > 0) {
      failuresLeft -= 1;
      throw new Error('temporary failure');
    }
    runs.push({ runner: 'flaky', tenantId: ctx.tenantId, n });
  },
};
registerJobs([countJob, flakyJob]);

const runners: JobRunner[] = [];
function runner(name: string): JobRunner {
  const created = new JobRunner({
    databaseUrl: t.databaseUrl,
    jobs: [{ ...countJob, handle: async (ctx, payload) => void runs.push({ runner: name, tenantId: ctx.tenantId, n: payload.n }) }, flakyJob],
    contextFor: (tenantId) => createSystemContext(t.app.services, tenantId),
    logger: createLogger('fatal'),
    pollIntervalMs: 200,
  });
  runners.push(created);
  return created;
}

async function schedule(job: JobDefinition<{ n: number }>, n: number, options: { runAt?: Date; key?: string; fail?: boolean } = {}): Promise<void> {
  const ctx = createSystemContext(t.app.services, org.organizationId);
  await ctx.transaction(async (em) => {
    await scheduleJob(ctx, em, job, { n }, options);
    if (options.fail) throw new Error('the change failed');
  });
}

const waiting = async (task: string) => (await t.sql<{ n: number }>('select count(*)::int as n from graphile_worker.jobs where task_identifier = $1', [task]))[0].n;

async function until(check: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  t = await startTestApp();
  org = await createOrganization(t);
});
afterEach(async () => {
  for (const r of runners.splice(0)) await r.stop();
  runs.length = 0;
});
afterAll(() => t.stop());

describe('jobs', () => {
  it('a job scheduled in a transaction that rolls back does not exist; a committed one runs in its organisation’s context', async () => {
    await expect(schedule(countJob, 1, { fail: true })).rejects.toThrow('the change failed');
    expect(await waiting('test.count')).toBe(0);
    await schedule(countJob, 2);
    expect(await waiting('test.count')).toBe(1);
    await runner('a').start();
    await until(() => runs.length === 1);
    expect(runs).toEqual([{ runner: 'a', tenantId: org.organizationId, n: 2 }]);
    await until(async () => (await waiting('test.count')) === 0);
  });

  it('runs at its time, not before', async () => {
    await runner('a').start();
    const at = Date.now() + 800;
    await schedule(countJob, 3, { runAt: new Date(at) });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(runs).toEqual([]);
    await until(() => runs.length === 1);
    expect(Date.now()).toBeGreaterThanOrEqual(at);
  });

  it('two runners on one database run each of 30 jobs exactly once', async () => {
    for (let n = 0; n < 30; n += 1) await schedule(countJob, n);
    await Promise.all([runner('a').start(), runner('b').start()]);
    await until(() => runs.length >= 30);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(runs.map((run) => run.n).sort((x, y) => x - y)).toEqual([...Array(30).keys()]);
  });

  it('a failing job is retried with backoff and then succeeds', async () => {
    failuresLeft = 1;
    await runner('a').start();
    await schedule(flakyJob, 7);
    // graphile-worker counts the attempt when it takes the job, and records the failure a moment later.
    await until(async () => {
      const [attempt] = await t.sql<{ attempts: number; last_error: string | null }>("select attempts, last_error from graphile_worker.jobs where task_identifier = 'test.flaky'");
      return attempt?.attempts === 1 && attempt.last_error !== null;
    });
    const [job] = await t.sql<{ last_error: string; delay: number }>(
      "select last_error, extract(epoch from run_at - now())::float as delay from graphile_worker.jobs where task_identifier = 'test.flaky'",
    );
    expect(job.last_error).toContain('temporary failure');
    expect(job.delay).toBeGreaterThan(1);
    expect(runs).toEqual([]);
    // Skip the wait: the backoff was seen, the retry is what is tested now.
    await t.sql("update graphile_worker._private_jobs set run_at = now() where task_id = (select id from graphile_worker._private_tasks where identifier = 'test.flaky')");
    await until(() => runs.length === 1);
    expect(runs).toEqual([{ runner: 'flaky', tenantId: org.organizationId, n: 7 }]);
    await until(async () => (await waiting('test.flaky')) === 0);
  });

  it('a waiting job survives a restart; a cancelled one never runs', async () => {
    const first = runner('a');
    await first.start();
    await schedule(countJob, 8, { runAt: new Date(Date.now() + 600) });
    await schedule(countJob, 9, { runAt: new Date(Date.now() + 600), key: 'cancel-me' });
    const ctx = createSystemContext(t.app.services, org.organizationId);
    await ctx.transaction((em) => cancelJob(ctx, em, countJob, 'cancel-me'));
    await first.stop();
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(runs).toEqual([]);
    await runner('b').start();
    await until(() => runs.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(runs).toEqual([{ runner: 'b', tenantId: org.organizationId, n: 8 }]);
  });

  it('refuses to schedule a kind no module declared', async () => {
    const ctx = createSystemContext(t.app.services, org.organizationId);
    const stray: JobDefinition = { name: 'test.stray', handle: async () => undefined };
    await expect(ctx.transaction((em) => scheduleJob(ctx, em, stray, {}))).rejects.toThrow('not declared');
  });
});
