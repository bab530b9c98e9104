import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSystemContext } from '../../src/core/context/system-context.js';
import { ConsumerRunner, consumerBackoffSeconds, type EventConsumer } from '../../src/core/events/consumers.js';
import type { DeliveredEvent } from '../../src/core/events/event.js';
import { createLogger } from '../../src/core/logging.js';
import { createDepartment, createOrganization, createPerson, type TestOrg } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Event consumers with durable cursors on real PostgreSQL, fed by real mutations: in order per organisation, each
 * organisation in its own context, resumed from the saved cursor after a restart, one worker per cursor when two run,
 * and a failing consumer retried with backoff without holding up the others.
 */
let t: TestApp;
let a: TestOrg;
let b: TestOrg;
const seen = new Map<string, { tenantId: string; contextTenant: string; sequence: number; subjectId: string }[]>();
let failNext = 0;

function collector(name: string, onEvent?: () => void): Extract<EventConsumer, { handle: unknown }> {
  return {
    name,
    eventTypes: ['org.department.created'],
    handle: async (ctx, event: DeliveredEvent) => {
      onEvent?.();
      const list = seen.get(name) ?? [];
      list.push({ tenantId: event.tenantId, contextTenant: ctx.tenantId, sequence: event.sequence, subjectId: event.subjectId });
      seen.set(name, list);
    },
  };
}

const runners: ConsumerRunner[] = [];
async function start(consumers: EventConsumer[]): Promise<ConsumerRunner> {
  const runner = new ConsumerRunner({
    em: t.app.services.orm.em.fork(),
    consumers,
    contextFor: (tenantId) => createSystemContext(t.app.services, tenantId),
    logger: createLogger('fatal'),
    databaseUrl: t.databaseUrl,
    pollMs: 200,
  });
  runners.push(runner);
  await runner.start();
  return runner;
}

async function until(check: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const cursor = async (consumer: string, tenantId: string) =>
  (
    await t.sql<{ position: string; attempts: number; retry_at: Date | null; last_error: string | null }>(
      'select position, attempts, retry_at, last_error from event_consumer_cursor where consumer = $1 and tenant_id = $2',
      [consumer, tenantId],
    )
  )[0];

beforeAll(async () => {
  t = await startTestApp();
  a = await createOrganization(t);
  b = await createOrganization(t);
});
afterEach(async () => {
  for (const runner of runners.splice(0)) await runner.stop();
  seen.clear();
});
afterAll(() => t.stop());

describe('event consumers', () => {
  it('see every event of their types once, in sequence order per organisation, in that organisation’s context', async () => {
    const created = [await createDepartment(a, 'A1'), await createDepartment(b, 'B1'), await createDepartment(a, 'A2')];
    const runner = await start([collector('test.order')]);
    await until(() => (seen.get('test.order')?.length ?? 0) >= 3);
    await runner.idle();
    const events = seen.get('test.order')!;
    expect(events.map((e) => e.subjectId).sort()).toEqual([...created].sort());
    expect(events.every((e) => e.contextTenant === e.tenantId)).toBe(true);
    const ofA = events.filter((e) => e.tenantId === a.organizationId);
    expect(ofA.map((e) => e.sequence)).toEqual([...ofA.map((e) => e.sequence)].sort((x, y) => x - y));
    // The cursor moves past everything, events of other types included (those alone at the polling pace: a commit of
    // other types wakes no claim of this consumer).
    const [{ last }] = await t.sql<{ last: string }>('select max(sequence) as last from outbox_event where tenant_id = $1', [a.organizationId]);
    await until(async () => Number((await cursor('test.order', a.organizationId)).position) >= Number(last));
    await createPerson(t, a, { name: 'Not a department', signIn: false });
    const [{ later }] = await t.sql<{ later: string }>('select max(sequence) as later from outbox_event where tenant_id = $1', [a.organizationId]);
    // (At or past: other modules' consumers may record more events in reply.)
    await until(async () => Number((await cursor('test.order', a.organizationId)).position) >= Number(later));
    expect(seen.get('test.order')).toHaveLength(3);
  });

  it('resume from the saved cursor after a restart: nothing twice, nothing lost', async () => {
    const first = await start([collector('test.resume')]);
    const before = await createDepartment(a, 'Before restart');
    await until(() => (seen.get('test.resume') ?? []).some((e) => e.subjectId === before));
    await first.stop();
    const seenBefore = seen.get('test.resume')!.length;
    const during = await createDepartment(a, 'While stopped');
    await start([collector('test.resume')]);
    await until(() => (seen.get('test.resume') ?? []).some((e) => e.subjectId === during));
    const after = seen.get('test.resume')!.slice(seenBefore);
    expect(after.map((e) => e.subjectId)).toEqual([during]);
  });

  it('two workers never handle the same cursor at once: with both running, each event is handled once', async () => {
    const active = new Map<string, number>();
    let overlapped = false;
    const consumer = (): EventConsumer => ({
      ...collector('test.single'),
      handle: async (ctx, event) => {
        active.set(event.tenantId, (active.get(event.tenantId) ?? 0) + 1);
        if (active.get(event.tenantId)! > 1) overlapped = true;
        await new Promise((resolve) => setTimeout(resolve, 20));
        await collector('test.single').handle(ctx, event);
        active.set(event.tenantId, active.get(event.tenantId)! - 1);
      },
    });
    const ids: string[] = [];
    for (let i = 0; i < 8; i += 1) ids.push(await createDepartment(a, `Parallel ${i}`));
    await Promise.all([start([consumer()]), start([consumer()])]);
    await until(() => ids.every((id) => (seen.get('test.single') ?? []).some((e) => e.subjectId === id)));
    await Promise.all(runners.map((runner) => runner.idle()));
    const handled = seen
      .get('test.single')!
      .filter((e) => ids.includes(e.subjectId))
      .map((e) => e.subjectId);
    expect(handled.sort()).toEqual([...ids].sort());
    expect(overlapped).toBe(false);
  });

  it('a failing consumer retries with backoff and keeps its place, while another consumer goes on', async () => {
    failNext = 1;
    const id = await createDepartment(b, 'Needs retry');
    const flaky: EventConsumer = {
      name: 'test.flaky',
      eventTypes: ['org.department.created'],
      handle: async (ctx, event) => {
        if (event.subjectId === id && failNext > 0) {
          failNext -= 1;
          throw new Error('downstream unavailable');
        }
        await collector('test.flaky').handle(ctx, event);
      },
    };
    await start([flaky, collector('test.healthy')]);
    await until(async () => (await cursor('test.flaky', b.organizationId))?.attempts === 1);
    const failed = await cursor('test.flaky', b.organizationId);
    expect(failed.last_error).toBe('downstream unavailable');
    expect(new Date(failed.retry_at!).getTime()).toBeGreaterThan(Date.now() + 500);
    await until(() => (seen.get('test.healthy') ?? []).some((e) => e.subjectId === id));
    // Everything before the failed event was handled and saved; the failed one waits for its retry.
    expect((seen.get('test.flaky') ?? []).map((e) => e.subjectId)).not.toContain(id);
    const [{ sequence }] = await t.sql<{ sequence: string }>("select sequence from outbox_event where subject_id = $1 and type = 'org.department.created'", [id]);
    expect(Number(failed.position)).toBe(Number(sequence) - 1);
    await t.sql("update event_consumer_cursor set retry_at = now() where consumer = 'test.flaky'");
    await until(() => (seen.get('test.flaky') ?? []).some((e) => e.subjectId === id));
    // The handler has run; the cursor moves past the event when its transaction commits, a moment later.
    await until(async () => (await cursor('test.flaky', b.organizationId)).attempts === 0);
  });

  it('a batch consumer gets the events together, in order; a failed batch is retried whole, the cursor before its first event', async () => {
    const batches: string[][] = [];
    let failing = true;
    const batch: EventConsumer = {
      name: 'test.batch',
      eventTypes: ['org.department.created'],
      handleBatch: async (ctx, events) => {
        if (failing && ctx.tenantId === a.organizationId) {
          failing = false;
          throw new Error('batch refused once');
        }
        batches.push(events.map((e) => e.subjectId));
      },
    };
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) ids.push(await createDepartment(a, `Batch ${i}`));
    await start([batch]);
    await until(async () => (await cursor('test.batch', a.organizationId))?.attempts === 1);
    const [{ sequence }] = await t.sql<{ sequence: string }>("select min(sequence) as sequence from outbox_event where tenant_id = $1 and type = 'org.department.created'", [a.organizationId]);
    expect(Number((await cursor('test.batch', a.organizationId)).position)).toBe(Number(sequence) - 1);
    await t.sql("update event_consumer_cursor set retry_at = now() where consumer = 'test.batch'");
    await until(() => batches.flat().includes(ids.at(-1)!));
    const handled = batches.flat().filter((id) => ids.includes(id));
    expect(handled).toEqual(ids);
    expect(batches.some((one) => ids.every((id) => one.includes(id)))).toBe(true);
  });

  it('backs off 2, 4, 8 … seconds, at most an hour', () => {
    expect([1, 2, 3, 10, 20].map(consumerBackoffSeconds)).toEqual([2, 4, 8, 1024, 3600]);
  });
});
