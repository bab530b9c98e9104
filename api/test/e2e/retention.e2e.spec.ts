import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSystemContext } from '../../src/core/context/system-context.js';
import type { JobDefinition } from '../../src/core/jobs/jobs.js';
import { pruneEvents, pruneIdempotencyRecords } from '../../src/core/retention/retention.jobs.js';
import { chainRowContent, entryHash, type ChainRow } from '../../src/modules/audit/audit-chain.js';
import { pruneAuditLog } from '../../src/modules/audit/audit.jobs.js';
import { createDepartment, createOrganization, type TestOrg } from '../support/factories.js';
import { startTestApp, until, type GqlClient, type TestApp } from '../support/test-app.js';

/**
 * Retention: the jobs that delete what only grows — delivered events, stored idempotency answers, verified audit
 * entries — each past its configured age, from the oldest on, and nothing that something still needs.
 */

const CREATE = 'mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }';
const VERIFY = 'query($full: Boolean) { verifyAuditChain(full: $full) { valid complete verifiedThroughSequence prunedThroughSequence reasonCode } }';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.stop());

/** Runs one organisation's share of a recurring job, as the worker does once its schedule fired. */
const runFor = (job: JobDefinition, org: TestOrg) => job.handle(createSystemContext(t.app.services, org.organizationId), {});

/** The first error of a subscription to `events(after:)`, or null once an event arrived. */
function firstAnswer(client: GqlClient, after: number): Promise<{ code?: string; message?: string; sequence?: number }> {
  const ws = client.ws();
  return new Promise((resolve) => {
    const done = (answer: { code?: string; message?: string; sequence?: number }) => {
      void ws.dispose();
      resolve(answer);
    };
    ws.subscribe<{ events: { sequence: number } }>(
      { query: 'subscription($after: Int) { events(after: $after) { sequence } }', variables: { after } },
      {
        next: (message) => done(message.errors ? { code: message.errors[0].extensions?.code as string, message: message.errors[0].message } : { sequence: message.data!.events.sequence }),
        error: (error) => {
          const first = (Array.isArray(error) ? error[0] : error) as { extensions?: { code?: string }; message?: string };
          done({ code: first.extensions?.code, message: first.message });
        },
        complete: () => undefined,
      },
    );
  });
}

describe('retention: idempotency answers', () => {
  it('deletes the answers older than RETENTION_IDEMPOTENCY_HOURS (24), and only those; a retry after that runs again', async () => {
    const org = await createOrganization(t);
    await org.admin.request(CREATE, { input: { name: 'Old keyed' } }, { 'idempotency-key': 'retention-old' });
    await org.admin.request(CREATE, { input: { name: 'New keyed' } }, { 'idempotency-key': 'retention-new' });
    await t.sql("update idempotency_record set created_at = now() - interval '25 hours' where key = 'retention-old'");

    await runFor(pruneIdempotencyRecords, org);

    const kept = await t.sql<{ key: string }>("select key from idempotency_record where key like 'retention-%' order by key");
    expect(kept.map((row) => row.key)).toEqual(['retention-new']);
    expect((await org.admin.request(CREATE, { input: { name: 'New keyed' } }, { 'idempotency-key': 'retention-new' })).headers.get('idempotent-replayed')).toBe('true');
    expect((await org.admin.request(CREATE, { input: { name: 'Old keyed' } }, { 'idempotency-key': 'retention-old' })).headers.get('idempotent-replayed')).toBeNull();
  });
});

describe('retention: events', () => {
  let org: TestOrg;
  let last: number;
  const sequences = async () => (await t.sql<{ sequence: string }>('select sequence from outbox_event where tenant_id = $1 order by sequence', [org.organizationId])).map((r) => Number(r.sequence));
  const age = (through: number, days: number) =>
    t.sql(`update outbox_event set created_at = now() - make_interval(days => $3) where tenant_id = $1 and sequence <= $2`, [org.organizationId, through, days]);

  beforeAll(async () => {
    org = await createOrganization(t);
    for (const name of ['One', 'Two', 'Three', 'Four']) await createDepartment(org, name);
    const consumerCount = t.app.services.modules.flatMap((module) => module.consumers ?? []).length;
    // Numbered, published and handled by every consumer before anything may go.
    await until(
      async () =>
        (await t.sql('select 1 from outbox_event where tenant_id = $1 and (sequence is null or dispatched_at is null)', [org.organizationId])).length === 0 &&
        // Every consumer's cursor exists and is at the end: a cursor is written when its consumer first reaches the
        // organisation, and one written after this check with an older position would hold the pruning back.
        (await t.sql('select 1 from event_consumer_cursor c where tenant_id = $1 and position >= (select max(sequence) from outbox_event where tenant_id = $1)', [org.organizationId])).length ===
          consumerCount,
      'the events to be delivered and consumed',
    );
    last = Math.max(...(await sequences()));
    expect(last).toBeGreaterThanOrEqual(4);
  });

  it('deletes delivered events older than RETENTION_EVENTS_DAYS (30) from the oldest on: never past a younger one, nor past a consumer still behind', async () => {
    // All but the newest are old; the third is young, so only the two before it may go — history stays one run.
    await age(last - 1, 31);
    await t.sql('update outbox_event set created_at = now() where tenant_id = $1 and sequence = 3', [org.organizationId]);
    await runFor(pruneEvents, org);
    expect((await sequences())[0]).toBe(3);

    // A consumer that has handled events up to 3 only holds the rest back.
    await age(last - 1, 31);
    await t.sql("insert into event_consumer_cursor (consumer, tenant_id, position, attempts, updated_at) values ('test.behind', $1, 3, 0, now())", [org.organizationId]);
    await runFor(pruneEvents, org);
    expect((await sequences())[0]).toBe(4);
    await t.sql("delete from event_consumer_cursor where consumer = 'test.behind'");

    await runFor(pruneEvents, org);
    expect(await sequences()).toEqual([last]);
  });

  it('tells a subscriber resuming before the kept history (EVENTS_EXPIRED, localized) and replays from where it is kept', async () => {
    org.admin.locale = 'zh-HK';
    const expired = await firstAnswer(org.admin, 0);
    org.admin.locale = 'en';
    expect(expired.code).toBe('EVENTS_EXPIRED');
    expect(expired.message).toContain(`序號 ${last - 1} 及之前的事件已按保留政策刪除`);
    expect(await firstAnswer(org.admin, last - 1)).toEqual({ sequence: last });
  });
});

describe('retention: audit entries', () => {
  /**
   * Makes an organisation's first `through` entries `days` old, re-chaining the whole log as it would stand had they
   * been written then (the time is part of each entry's hash).
   */
  async function writtenDaysAgo(org: TestOrg, through: number, days: number): Promise<void> {
    await t.sql('update audit_entry set occurred_at = occurred_at - make_interval(days => $3) where tenant_id = $1 and sequence <= $2', [org.organizationId, through, days]);
    const rows = await t.sql<ChainRow & { id: string }>('select * from audit_entry where tenant_id = $1 order by sequence', [org.organizationId]);
    let previousHash: string | null = null;
    for (const row of rows) {
      const hash = entryHash(chainRowContent({ ...row, previous_hash: previousHash }));
      await t.sql('update audit_entry set previous_hash = $2, hash = $3 where id = $1', [row.id, previousHash, hash]);
      previousHash = hash;
    }
    await t.sql('update audit_chain_head set hash = $2 where tenant_id = $1', [org.organizationId, previousHash]);
  }

  const sequences = async (org: TestOrg) =>
    (await t.sql<{ sequence: string }>('select sequence from audit_entry where tenant_id = $1 order by sequence', [org.organizationId])).map((r) => Number(r.sequence));

  it('deletes verified entries older than RETENTION_AUDIT_DAYS (2557) from the oldest on; what is kept still verifies, from the anchor', async () => {
    const org = await createOrganization(t);
    for (const name of ['A', 'B', 'C']) await createDepartment(org, name);
    const before = await sequences(org);
    const old = before.at(-2)!;
    await writtenDaysAgo(org, old, 2600);
    expect((await org.admin.ok<{ verifyAuditChain: { valid: boolean } }>(VERIFY, { full: true })).verifyAuditChain.valid).toBe(true);

    await runFor(pruneAuditLog, org);

    expect(await sequences(org)).toEqual([before.at(-1)]);
    const after = await org.admin.ok<{ verifyAuditChain: Record<string, unknown> }>(VERIFY, { full: true });
    expect(after.verifyAuditChain).toEqual({ valid: true, complete: true, verifiedThroughSequence: before.at(-1), prunedThroughSequence: old, reasonCode: null });
    // The kept entries still link to what was deleted: an edit of the oldest kept one is found.
    await t.sql("update audit_entry set target_label = 'Forged' where tenant_id = $1 and sequence = $2", [org.organizationId, before.at(-1)]);
    expect((await org.admin.ok<{ verifyAuditChain: { reasonCode: string } }>(VERIFY, { full: true })).verifyAuditChain.reasonCode).toBe('CONTENT_ALTERED');
  });

  it('deletes nothing from a chain that does not verify: the entries are the evidence', async () => {
    const org = await createOrganization(t);
    for (const name of ['A', 'B']) await createDepartment(org, name);
    const before = await sequences(org);
    await writtenDaysAgo(org, before.at(-1)!, 2600);
    await t.sql("update audit_entry set target_label = 'Forged' where tenant_id = $1 and sequence = $2", [org.organizationId, before.at(-1)]);
    await runFor(pruneAuditLog, org);
    expect(await sequences(org)).toEqual(before);
  });
});

describe('retention: run on a schedule', () => {
  it('fans a recurring job out to every organisation when its schedule fires', async () => {
    const [first, second] = [await createOrganization(t), await createOrganization(t)];
    for (const org of [first, second]) await org.admin.request(CREATE, { input: { name: 'Keyed' } }, { 'idempotency-key': `fan-out-${org.organizationId}` });
    await t.sql("update idempotency_record set created_at = now() - interval '2 days' where key like 'fan-out-%'");
    // What graphile-worker's cron does at the job's minute: the task that schedules it for every organisation.
    await t.sql("select graphile_worker.add_job('core.for-every-organisation', json_build_object('job', 'core.prune-idempotency-records'))");
    await until(async () => (await t.sql("select 1 from idempotency_record where key like 'fan-out-%'")).length === 0, 'both organisations’ old answers to be deleted', 15_000);
  });
});
