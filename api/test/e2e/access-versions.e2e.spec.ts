import { randomUUID } from 'node:crypto';
import type { Client as WsClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/core/context/request-context.js';
import { registerEvents } from '../../src/core/events/catalog.js';
import { assignRole, createDepartment, createOrganization, createPerson, PASSWORD, type TestOrg, type TestPerson } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Access versions: abilities and lists of ended sessions are cached per (person, access version), which only facts that
 * change who may do what move; event streams judge each event by the ability of its access version without rebuilding
 * it; and facts that are only streamed commit side by side, numbered afterwards in an order every subscriber shares.
 */

// A high-volume fact as a domain module would declare it (punches, read marks): streamed, not audited.
const PUNCH = 'test.punch.recorded';
registerEvents([{ type: PUNCH, description: 'Test only: a person punched in.', touchesAccess: false, audit: false, payload: { personId: { type: 'uuid', description: 'The person.' } } }]);

const EVENTS = 'subscription($after: Int) { events(after: $after) { sequence type subjectId } }';
const RENAME = 'mutation($id: ID!, $name: String!) { renameDepartment(id: $id, name: $name) { id } }';

// The statements that rebuild an ability (its role assignments) and re-read a list of ended sessions.
const RULES_LOAD = /from "role_assignment"/;
const SESSIONS_LOAD = /from refresh_token where tenant_id = \? and account_id = \? and revoked_at/;

interface Streamed {
  sequence: number;
  type: string;
  subjectId: string;
}

async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Opens `count` subscriptions on one socket, each collecting what it is sent. */
function subscribe(ws: WsClient, after: number, count: number): { events: Streamed[]; errors: unknown[] }[] {
  return Array.from({ length: count }, () => {
    const collected = { events: [] as Streamed[], errors: [] as unknown[] };
    ws.subscribe<{ events: Streamed }>(
      { query: EVENTS, variables: { after } },
      {
        next: (message) => (message.errors ? collected.errors.push(message.errors) : collected.events.push(message.data!.events)),
        error: (error) => collected.errors.push(error),
        complete: () => undefined,
      },
    );
    return collected;
  });
}

const actorOf = (org: TestOrg): Actor => ({
  accountId: randomUUID(),
  personId: org.adminPersonId,
  tenantId: org.organizationId,
  displayName: 'Admin Person',
  locale: null,
  isPlatformAdmin: false,
});

/** Records a streamed fact through the same path a mutation takes (ctx.transaction). */
async function punch(t: TestApp, org: TestOrg): Promise<string> {
  const ctx = await t.context(actorOf(org));
  const id = randomUUID();
  await ctx.transaction(async () => {
    ctx.record({ type: PUNCH, subjectType: 'Punch', subjectId: id, payload: { personId: org.adminPersonId } });
  });
  return id;
}

const lastSequence = async (t: TestApp, org: TestOrg) =>
  Number((await t.sql<{ last: string | null }>('select max(sequence) as last from outbox_event where tenant_id = $1', [org.organizationId]))[0].last ?? 0);
const unnumbered = async (t: TestApp, org: TestOrg) =>
  Number((await t.sql<{ n: string }>('select count(*) as n from outbox_event where tenant_id = $1 and sequence is null', [org.organizationId]))[0].n);
const accessVersion = async (t: TestApp, org: TestOrg) =>
  Number((await t.sql<{ version: string }>('select coalesce(max(version), 0) as version from tenant_access_version where tenant_id = $1', [org.organizationId]))[0].version);

describe('access versions: abilities survive everything but access changes', () => {
  let t: TestApp;
  let org: TestOrg;
  let counting = false;
  let statements: string[] = [];

  beforeAll(async () => {
    t = await startTestApp({
      onQuery: (message) => {
        if (counting && message.includes('[query]')) statements.push(message);
      },
    });
    org = await createOrganization(t);
  });
  afterAll(() => t.stop());

  const count = (pattern: RegExp) => statements.filter((statement) => pattern.test(statement)).length;

  it('moves the access version for role changes only, not for sign-ins or renames', async () => {
    const departmentId = await createDepartment(org, 'Versions');
    const person = await createPerson(t, org, { departmentId });
    const before = await accessVersion(t, org);
    await org.admin.ok(RENAME, { id: departmentId, name: 'Versions renamed' });
    await t.signIn(person.email, PASSWORD);
    expect(await accessVersion(t, org)).toBe(before);
    await assignRole(org, person.personId, 'auditor');
    expect(await accessVersion(t, org)).toBe(before + 1);
  });

  it('100 subscribers × 100 non-access events: no ability is rebuilt, each subscriber gets every event once, in order', async () => {
    const departmentId = await createDepartment(org, 'Stream target');
    const people: TestPerson[] = [];
    for (let batch = 0; batch < 5; batch += 1) people.push(...(await Promise.all(Array.from({ length: 5 }, () => createPerson(t, org, { departmentId, roles: ['auditor'] })))));
    await until(async () => (await unnumbered(t, org)) === 0, 'the outbox to settle');
    const after = await lastSequence(t, org);
    const sockets = people.map((person) => person.client!.ws());
    const subscribers = sockets.flatMap((ws) => subscribe(ws, after, 4));
    expect(subscribers).toHaveLength(100);
    try {
      // One event first: once every subscriber has it, all of them are live and their abilities are built.
      await org.admin.ok(RENAME, { id: departmentId, name: 'Warm-up' });
      await until(() => subscribers.every((s) => s.events.length === 1), 'every subscriber to be live');

      statements = [];
      counting = true;
      for (let i = 0; i < 90; i += 1) await org.admin.ok(RENAME, { id: departmentId, name: `Stream target ${i}` });
      for (let i = 0; i < 10; i += 1) await t.signIn(people[i].email, PASSWORD); // sign-ins are facts too
      await until(() => subscribers.every((s) => s.events.length === 101), 'every subscriber to get 100 more events');
      counting = false;

      expect(count(RULES_LOAD)).toBe(0);
      expect(count(SESSIONS_LOAD)).toBe(0);
      // The writes and their numbering cost what they cost; 100 subscribers add nothing per event.
      // Each event costs its own write and numbering (~15 statements) plus every event consumer's cursor pass (a few
      // statements per consumer, as events here come one at a time); a rebuild per subscriber would add 100 more each.
      expect(statements.length).toBeLessThan(100 * 40);
      const expected = Array.from({ length: 101 }, (_, i) => after + 1 + i);
      for (const subscriber of subscribers) {
        expect(subscriber.errors).toEqual([]);
        expect(subscriber.events.map((e) => e.sequence)).toEqual(expected);
      }
      expect(subscribers[0].events.filter((e) => e.type === 'identity.account.signed_in')).toHaveLength(10);

      // The counter does see rebuilds: an access change makes each person rebuild once, not each subscription.
      statements = [];
      counting = true;
      await assignRole(org, people[0].personId, 'employee');
      await org.admin.ok(RENAME, { id: departmentId, name: 'After an access change' });
      await until(() => subscribers.every((s) => s.events.length === 103), 'the access change and the next event');
      counting = false;
      expect(count(RULES_LOAD)).toBeGreaterThanOrEqual(25);
      expect(count(RULES_LOAD)).toBeLessThanOrEqual(25 + 2); // the 25 subscribers, the admin's next requests
    } finally {
      await Promise.all(sockets.map((ws) => ws.dispose()));
    }
  }, 180_000);

  it('stops a stream at the first event after its role is taken away', async () => {
    const person = await createPerson(t, org, { roles: ['employee'] });
    const auditorAssignment = await assignRole(org, person.personId, 'auditor');
    const after = await lastSequence(t, org);
    const ws = person.client!.ws();
    const adminWs = org.admin.ws();
    const [subscriber] = subscribe(ws, after, 1);
    try {
      const seen = await createDepartment(org, 'Seen while auditor');
      await until(() => subscriber.events.some((e) => e.subjectId === seen), 'the first event');
      await org.admin.ok('mutation($id: ID!) { unassignRole(assignmentId: $id) }', { id: auditorAssignment });
      const unseen = await createDepartment(org, 'Not seen after revocation');
      const marker = await punch(t, org);
      // The admin still sees everything, so once the admin's own stream has the punch, delivery is done.
      const [watcher] = subscribe(adminWs, after, 1);
      await until(() => watcher.events.some((e) => e.subjectId === marker), 'delivery of the last event');
      expect(subscriber.events.map((e) => e.subjectId)).not.toContain(unseen);
      expect(subscriber.events.map((e) => e.subjectId)).not.toContain(marker);
    } finally {
      await Promise.all([ws.dispose(), adminWs.dispose()]);
    }
  });
});

describe('streamed facts: no company-wide lock, numbered after commit, each delivered once and in order', () => {
  let t: TestApp;
  let org: TestOrg;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganization(t);
  });
  afterAll(() => t.stop());

  it('lets a streamed fact commit while an audited change waits for the chain, and numbers both in commit order', async () => {
    const departmentId = await createDepartment(org, 'Slow');
    await until(async () => (await unnumbered(t, org)) === 0, 'the outbox to settle');
    const after = await lastSequence(t, org);
    const ws = org.admin.ws();
    const [live] = subscribe(ws, after, 1);
    try {
      // Hold the organisation's audit chain head: an audited change writes its event, then waits here before commit.
      await t.sql('begin');
      await t.sql('select 1 from audit_chain_head where tenant_id = $1 for update', [org.organizationId]);
      const rename = org.admin.ok(RENAME, { id: departmentId, name: 'Slow renamed' });
      await until(
        async () => Number((await t.sql<{ n: string }>("select count(*) as n from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()"))[0].n) === 1,
        'the rename to wait for the chain head',
      );
      // Meanwhile a streamed fact commits (it never touches the chain head) and is delivered.
      const punched = await punch(t, org);
      await until(() => live.events.length === 1, 'the punch to be delivered');
      expect(live.events[0]).toMatchObject({ type: PUNCH, subjectId: punched, sequence: after + 1 });
      await t.sql('commit');
      await rename;
      await until(() => live.events.length === 2, 'the rename to be delivered');
      expect(live.events[1]).toMatchObject({ type: 'org.department.renamed', subjectId: departmentId, sequence: after + 2 });

      // The rename's event was written first (lower position) but committed last: its number follows commit order.
      const rows = await t.sql<{ type: string; position: string; sequence: string }>('select type, position, sequence from outbox_event where tenant_id = $1 and sequence > $2 order by sequence', [
        org.organizationId,
        after,
      ]);
      expect(rows.map((r) => r.type)).toEqual([PUNCH, 'org.department.renamed']);
      expect(Number(rows[1].position)).toBeLessThan(Number(rows[0].position));

      // A subscriber resuming from the same cursor gets exactly the same, and only streamed facts stay out of the log.
      const [resumed] = subscribe(ws, after, 1);
      await until(() => resumed.events.length === 2, 'the resumed stream');
      expect(resumed.events).toEqual(live.events);
      const actions = async (targetId: string) =>
        (await t.sql<{ action: string }>('select action from audit_entry where tenant_id = $1 and target_id = $2', [org.organizationId, targetId])).map((e) => e.action);
      expect(await actions(punched)).toEqual([]);
      expect(await actions(departmentId)).toContain('org.department.renamed');
      expect((await org.admin.ok('{ verifyAuditChain { valid } }')).verifyAuditChain.valid).toBe(true);
    } finally {
      await t.sql('rollback').catch(() => undefined);
      await ws.dispose();
    }
  });

  it('numbers 50 concurrent streamed facts and 10 audited changes 1..n with no gap or repeat; the chain verifies', async () => {
    const departments = await Promise.all(Array.from({ length: 10 }, (_, i) => createDepartment(org, `Busy ${i}`)));
    await until(async () => (await unnumbered(t, org)) === 0, 'the outbox to settle');
    const after = await lastSequence(t, org);
    const entriesBefore = Number((await t.sql<{ n: string }>('select count(*) as n from audit_entry where tenant_id = $1', [org.organizationId]))[0].n);
    const ws = org.admin.ws();
    const [live] = subscribe(ws, after, 1);
    try {
      await new Promise((resolve) => setTimeout(resolve, 300)); // let the subscription start
      const punched = await Promise.all([...Array.from({ length: 50 }, () => punch(t, org)), ...departments.map((id, i) => org.admin.ok(RENAME, { id, name: `Busy renamed ${i}` }).then(() => id))]);
      await until(() => live.events.length === 60, 'all 60 events live');
      const expected = Array.from({ length: 60 }, (_, i) => after + 1 + i);
      expect(live.events.map((e) => e.sequence)).toEqual(expected);
      expect(new Set(live.events.map((e) => e.subjectId))).toEqual(new Set(punched));
      const [resumed] = subscribe(ws, after, 1);
      await until(() => resumed.events.length === 60, 'the resumed stream');
      expect(resumed.events).toEqual(live.events);
      const entriesAfter = Number((await t.sql<{ n: string }>('select count(*) as n from audit_entry where tenant_id = $1', [org.organizationId]))[0].n);
      expect(entriesAfter - entriesBefore).toBe(10);
      expect((await org.admin.ok('{ verifyAuditChain { valid } }')).verifyAuditChain.valid).toBe(true);
    } finally {
      await ws.dispose();
    }
  });
});

describe('versions without a dispatcher (an api-only replica whose workers are down)', () => {
  let t: TestApp;
  let org: TestOrg;

  beforeAll(async () => {
    t = await startTestApp({ env: { HARBOUR_ROLE: 'api' } });
    org = await createOrganization(t);
  });
  afterAll(() => t.stop());

  it('applies an access change to the very next request while its event still awaits its number', async () => {
    const departmentId = await createDepartment(org, 'Unnumbered');
    const person = await createPerson(t, org, { departmentId });
    const client = person.client!;
    await punch(t, org);
    expect(await unnumbered(t, org)).toBeGreaterThan(0);
    expect(await lastSequence(t, org)).toBe(0);

    const audit = '{ auditEntries(take: 1) { totalCount } }';
    expect(await client.errorCode(audit)).toBe('FORBIDDEN');
    await assignRole(org, person.personId, 'auditor');
    expect((await client.ok(audit)).auditEntries.totalCount).toBeGreaterThan(0);
  });
});
