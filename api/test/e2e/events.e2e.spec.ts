import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDepartment, createOrganization, createPerson, type TestOrg } from '../support/factories.js';
import { startTestApp, until, type GqlClient, type TestApp } from '../support/test-app.js';

interface StreamedEvent {
  sequence: number;
  type: string;
  subjectId: string;
}

const EVENTS = 'subscription($after: Int) { events(after: $after) { sequence type subjectId payload } }';

/** Subscribes and collects events (into `events`, if given) until `count` arrived (or the timeout passes). */
function collect(client: GqlClient, after: number | null, count: number, timeoutMs = 10_000, events: StreamedEvent[] = []): Promise<{ events: StreamedEvent[]; error: unknown }> {
  const ws = client.ws();
  return new Promise((resolve) => {
    const finish = (error: unknown = null) => {
      clearTimeout(timer);
      unsubscribe();
      void ws.dispose();
      resolve({ events, error });
    };
    const timer = setTimeout(() => finish(new Error(`timed out with ${events.length}/${count} events`)), timeoutMs);
    const unsubscribe = ws.subscribe<{ events: StreamedEvent }>(
      { query: EVENTS, variables: { after } },
      {
        next: (message) => {
          if (message.errors) return finish(message.errors);
          events.push(message.data!.events);
          if (events.length >= count) finish();
        },
        error: (error) => finish(error),
        complete: () => finish(),
      },
    );
  });
}

describe('events: outbox → subscription, resumable', () => {
  let t: TestApp;
  let org: TestOrg;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganization(t);
  });
  afterAll(() => t.stop());

  /** Resolves once a new subscription to the organisation's events has started on the server. */
  const streaming = () => t.subscribed(`events:${org.organizationId}`);

  it('delivers committed changes live over graphql-ws, in sequence order', async () => {
    const started = streaming();
    const live = collect(org.admin, null, 2);
    await started;
    const first = await createDepartment(org, 'Live One');
    const second = await createDepartment(org, 'Live Two');
    const { events, error } = await live;
    expect(error).toBeNull();
    expect(events.map((e) => [e.type, e.subjectId])).toEqual([
      ['org.department.created', first],
      ['org.department.created', second],
    ]);
    expect(events[1].sequence).toBe(events[0].sequence + 1);
  });

  it('replays everything after a cursor, so a reconnecting client loses nothing', async () => {
    const started = streaming();
    const live = collect(org.admin, null, 1);
    await started;
    const seen = await createDepartment(org, 'Seen before disconnecting');
    const {
      events: [last],
    } = await live;
    expect(last.subjectId).toBe(seen);
    // Disconnected now (collect closed the socket). Changes happen meanwhile:
    const missedA = await createDepartment(org, 'While away A');
    const missedB = await createDepartment(org, 'While away B');
    const resumed = await collect(org.admin, last.sequence, 2);
    expect(resumed.error).toBeNull();
    expect(resumed.events.map((e) => e.subjectId)).toEqual([missedA, missedB]);
    expect(resumed.events.map((e) => e.sequence)).toEqual([last.sequence + 1, last.sequence + 2]);
  });

  it('refuses the stream to people without permission and never mixes organisations', async () => {
    const employee = await createPerson(t, org);
    const denied = await collect(employee.client!, 0, 1, 3000);
    // coded and in words, as over HTTP
    expect(denied.error).toMatchObject([{ extensions: { code: 'FORBIDDEN' } }]);
    expect((denied.error as { message: string }[])[0].message).not.toBe('FORBIDDEN');
    const other = await createOrganization(t);
    const started = streaming();
    const mine = collect(org.admin, null, 1);
    await started;
    await createDepartment(other, 'Other tenant');
    const ownId = await createDepartment(org, 'Own tenant');
    const { events } = await mine;
    expect(events.map((e) => e.subjectId)).toEqual([ownId]);
  });

  it('stops streaming to a subscriber whose permission is revoked mid-stream', async () => {
    const person = await createPerson(t, org, { roles: ['employee', 'auditor'] });
    const assignments = await org.admin.ok<{ roleAssignments: { id: string; role: { key: string } }[] }>('query($p: ID!) { roleAssignments(personId: $p) { id role { key } } }', {
      p: person.personId,
    });
    const auditorAssignment = assignments.roleAssignments.find((a) => a.role.key === 'auditor')!.id;
    const started = streaming();
    const received: StreamedEvent[] = [];
    const stream = collect(person.client!, null, 2, 2500, received);
    await started;
    const seen = await createDepartment(org, 'Seen while auditor');
    await until(() => received.length === 1, 'the event seen while an auditor');
    await org.admin.ok('mutation($id: ID!) { unassignRole(assignmentId: $id) }', { id: auditorAssignment });
    await createDepartment(org, 'Not seen after revocation');
    const { events } = await stream;
    expect(events.map((e) => e.subjectId)).toEqual([seen]);
  });

  it('rejects a connection with an invalid token', async () => {
    const client = org.admin;
    const bad = new (client.constructor as typeof GqlClient)(client.baseUrl, 'not-a-token');
    const { error } = await collect(bad, 0, 1, 3000);
    // Closed by the server (4403 Forbidden from onConnect), not merely silent until the timeout.
    expect((error as { code?: number }).code).toBe(4403);
  });
});
