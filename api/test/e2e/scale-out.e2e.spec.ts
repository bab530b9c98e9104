import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/core/database/embedded-postgres.js';
import { createDepartment, createOrganization, type TestOrg } from '../support/factories.js';
import { GqlClient, SIGN_IN, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Two API replicas on one database with Redis pub/sub between them (REDIS_URL, default the local Redis that the
 * machines and CI run): a change made through replica A reaches a subscriber connected to replica B.
 */
const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('scale-out: two replicas, Redis pub/sub, one outbox', () => {
  let a: TestApp;
  let b: TestApp;
  let org: TestOrg;

  beforeAll(async () => {
    a = await startTestApp({ env: { REDIS_URL: redisUrl } });
    // B runs no outbox worker (role api): only A's worker can deliver, so the event must cross Redis to reach B.
    b = await startTestApp({ env: { REDIS_URL: redisUrl, HARBOUR_ROLE: 'api' }, databaseUrl: a.databaseUrl });
    org = await createOrganization(a);
  });
  afterAll(async () => {
    await b?.stop();
    await a?.stop();
  });

  it('delivers an event committed on replica A to a subscriber on replica B, exactly once', async () => {
    expect(b.app.services.pubsub.distributed).toBe(true);
    const onB = new GqlClient(b.url, org.admin.accessToken);
    const ws = onB.ws();
    const received: string[] = [];
    const started = b.subscribed(`events:${org.organizationId}`);
    const done = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out with ${received.length} events`)), 10_000);
      ws.subscribe<{ events: { subjectId: string } }>(
        { query: 'subscription { events { subjectId type } }' },
        {
          next: (message) => {
            received.push(message.data!.events.subjectId);
            if (received.length === 2) {
              clearTimeout(timer);
              // wait a little longer: a duplicate (both replicas' workers sending it) would arrive now
              setTimeout(resolve, 700);
            }
          },
          error: reject,
          complete: () => undefined,
        },
      );
    });
    await started;
    const first = await createDepartment(org, 'Made on A');
    const second = await createDepartment(org, 'Also made on A');
    await done;
    await ws.dispose();
    expect(received).toEqual([first, second]);
  });
});

describe('scale-out: rate limits counted once across replicas in Redis', () => {
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    // A prefix of its own, so no other run's counters (same Redis, same address) are shared.
    const env = { REDIS_URL: redisUrl, REDIS_KEY_PREFIX: `harbour-test-${randomBytes(6).toString('hex')}`, RATE_LIMIT_SIGN_IN_PER_MINUTE: '4' };
    a = await startTestApp({ env });
    b = await startTestApp({ env: { ...env, HARBOUR_ROLE: 'api' }, databaseUrl: a.databaseUrl });
  });
  afterAll(async () => {
    await b?.stop();
    await a?.stop();
  });

  it('refuses the fifth sign-in attempt from one address, whichever replica each attempt reaches', async () => {
    const attempt = (app: TestApp) => app.anonymous().request(SIGN_IN, { input: { email: 'nobody@example.com', password: 'wrong-password-1' } });
    const codes = [];
    for (const app of [a, b, a, b, a]) codes.push((await attempt(app)).errors?.[0].extensions.code);
    expect(codes).toEqual(['INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'RATE_LIMITED']);
  });
});

/** A throwaway Redis of the test's own, to stop and start again. */
async function startRedis(port: number): Promise<ChildProcess> {
  const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    redis.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('Ready to accept connections')) resolve();
    });
    redis.once('exit', (code) => reject(new Error(`redis-server exited with ${code}: ${output}`)));
  });
  return redis;
}

async function until(condition: () => Promise<boolean> | boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('scale-out: Redis goes away and comes back', () => {
  let port: number;
  let redis: ChildProcess;
  let a: TestApp;
  let b: TestApp;
  let org: TestOrg;

  beforeAll(async () => {
    port = await freePort();
    redis = await startRedis(port);
    const url = `redis://127.0.0.1:${port}`;
    a = await startTestApp({ env: { REDIS_URL: url } });
    b = await startTestApp({ env: { REDIS_URL: url, HARBOUR_ROLE: 'api' }, databaseUrl: a.databaseUrl });
    org = await createOrganization(a);
  });
  afterAll(async () => {
    await b?.stop();
    await a?.stop();
    redis?.kill('SIGKILL');
  });

  it('publishes an event committed while Redis was down once it is back, without waiting for another change', async () => {
    const onB = new GqlClient(b.url, org.admin.accessToken);
    const ws = onB.ws();
    const received: string[] = [];
    const started = b.subscribed(`events:${org.organizationId}`);
    ws.subscribe<{ events: { subjectId: string } }>(
      { query: 'subscription { events { subjectId type } }' },
      { next: (message) => void received.push(message.data!.events.subjectId), error: () => undefined, complete: () => undefined },
    );
    await started;
    const before = await createDepartment(org, 'Before the outage');
    await until(() => received.includes(before), 'the first event to reach replica B');

    redis.kill('SIGKILL');
    await new Promise<void>((resolve) => redis.once('exit', () => resolve()));
    const during = await createDepartment(org, 'Made while Redis is down');
    const state = async () => (await a.sql<{ sequence: string | null; dispatched_at: Date | null }>('select sequence, dispatched_at from outbox_event where subject_id = $1', [during]))[0];
    await until(async () => (await state())?.sequence !== null, 'the event to be numbered');
    // Numbered, but not published: it must not be marked dispatched.
    await new Promise((r) => setTimeout(r, 1_500));
    expect((await state()).dispatched_at).toBeNull();
    expect(received).not.toContain(during);

    // A subscriber resuming during the outage gets its history from PostgreSQL at once, without waiting for Redis —
    // on replica A, where nobody listens to the organisation's events yet, so its subscription must reach Redis.
    const [{ sequence: beforeSequence }] = await a.sql<{ sequence: string }>('select sequence from outbox_event where subject_id = $1', [before]);
    const resuming = new GqlClient(a.url, org.admin.accessToken).ws();
    const resumed: string[] = [];
    resuming.subscribe<{ events: { subjectId: string } }>(
      { query: 'subscription($after: Int) { events(after: $after) { subjectId } }', variables: { after: Number(beforeSequence) - 1 } },
      { next: (message) => void resumed.push(message.data!.events.subjectId), error: () => undefined, complete: () => undefined },
    );
    await until(() => resumed.includes(during), 'the resumed subscriber to get the outage’s event from PostgreSQL', 10_000);
    expect(resumed).toEqual([before, during]);

    redis = await startRedis(port);
    await until(() => received.includes(during), 'the event made during the outage to reach replica B');
    expect((await state()).dispatched_at).not.toBeNull();
    expect(received.filter((id) => id === during)).toHaveLength(1);
    // Both streams go on live once Redis is back, each event once.
    const after = await createDepartment(org, 'After the outage');
    await until(() => received.includes(after) && resumed.includes(after), 'a change after the outage to reach both subscribers');
    expect(resumed).toEqual([before, during, after]);
    await resuming.dispose();
    await ws.dispose();
  }, 60_000);
});
