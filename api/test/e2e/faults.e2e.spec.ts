import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createOrganization, createPerson, PASSWORD } from '../support/factories.js';
import { ready, startHarbour, stop, type Harbour } from '../support/harbour-process.js';
import { GqlClient, SIGN_IN, startTestApp, until } from '../support/test-app.js';

/**
 * Faults injected into a running Harbour — a separate OS process on a database the test created, so the database
 * outlives the process: kill -9 in the middle of a write load, and PostgreSQL terminating every connection and refusing
 * new ones under load. What must hold: every acknowledged write is kept, no change is half-written (its
 * record, its outbox event and its audit entry, all or none), the audit chain verifies, a resuming subscriber gets every
 * event exactly once and in order, and the server serves again on its own, answering meanwhile with coded errors.
 */

/** No rate limit may refuse the load: the faults are what is tested. */
const UNLIMITED = {
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: '0',
  RATE_LIMIT_SIGN_IN_PER_MINUTE: '0',
  RATE_LIMIT_REFRESH_PER_MINUTE: '0',
  RATE_LIMIT_MUTATIONS_PER_MINUTE: '0',
};

/** A request still unanswered after this long counts as hung. */
const HANG_MS = 10_000;

const UPDATE_JOB_TITLE = 'mutation($id: ID!, $input: PersonDetailsInput!) { updatePerson(id: $id, input: $input) { id jobTitle } }';
const CREATE_DEPARTMENT = 'mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }';
const READ_DEPARTMENTS = '{ departments(take: 20) { totalCount items { id name } } }';
const READ_PERSON = 'query($id: ID!) { person(id: $id) { id displayName jobTitle } }';
const EVENTS = 'subscription($after: Int) { events(after: $after) { id sequence type subjectId } }';
const VERIFY_AUDIT_CHAIN = '{ verifyAuditChain { valid checkedEntries reasonCode } }';

/** An organisation on a database of its own (cloned from the migrated template), with people whose titles change. */
interface Company {
  databaseUrl: string;
  database: string;
  organizationId: string;
  rootDepartmentId: string;
  adminEmail: string;
  personIds: string[];
}

/** Builds the company through the services of an in-process app, which is stopped before any fault: only the spawned server runs on the database. */
async function preparedCompany(people: number): Promise<Company> {
  const t = await startTestApp();
  try {
    const org = await createOrganization(t);
    const personIds: string[] = [];
    for (let i = 0; i < people; i++) personIds.push((await createPerson(t, org, { name: `Worker ${i}`, roles: [], signIn: false })).personId);
    return {
      databaseUrl: t.databaseUrl,
      database: new URL(t.databaseUrl).pathname.slice(1),
      organizationId: org.organizationId,
      rootDepartmentId: org.rootDepartmentId,
      adminEmail: org.adminEmail,
      personIds,
    };
  } finally {
    await t.stop();
  }
}

/** Runs `work` on a new connection to `url`, closed afterwards. */
async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  // A connection the test holds may be terminated with the others: that must not end the test process.
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** One GraphQL request, with a deadline: a timed-out request rejects with a TimeoutError. */
async function post(url: string, token: string | null, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(HANG_MS),
  });
  const text = await response.text();
  let body: { data?: Record<string, any> | null; errors?: { message: string; extensions?: { code?: string } }[] } | null = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  return { status: response.status, body, text, retryAfter: response.headers.get('retry-after') };
}

async function signIn(url: string, email: string): Promise<string> {
  const { body } = await post(url, null, SIGN_IN, { input: { email, password: PASSWORD } });
  if (!body?.data?.signIn) throw new Error(`sign-in failed: ${JSON.stringify(body)}`);
  return body.data.signIn.accessToken as string;
}

/** A write the load sent: a new job title for a person, or a new department. */
interface Write {
  kind: 'jobTitle' | 'department';
  value: string;
  personId?: string;
  /** The created department's id, once acknowledged. */
  id?: string;
}

/** A request that did not succeed: its HTTP status and error codes, or what went wrong without an answer. */
interface Failure {
  what: string;
  sentAt: number;
  status?: number;
  retryAfter?: string | null;
  codes?: (string | undefined)[];
  error?: string;
}

/** Concurrent clients writing (and reading) through GraphQL until stopped; bounded by `maxRequests` per client. */
interface Load {
  /** Starts every value this load writes (`<tag> <client>-<n>`), so that loads on one database are told apart. */
  tag: string;
  attempted: Write[];
  /** Writes answered with HTTP 200 and no errors, in the order their answers came. */
  acked: Write[];
  /** When each successful write and read was sent. */
  ackedWritesSentAt: number[];
  readsSentAt: number[];
  failures: Failure[];
  stop: () => Promise<void>;
}

/**
 * Starts `writers` clients — the first `personIds.length` each changing one person's job title again and again, the
 * others creating departments under the root — and `readers` clients reading departments and people, all as one admin.
 */
function startLoad(url: string, token: string, company: Company, options: { tag: string; writers: number; readers: number; maxRequests?: number }): Load {
  const { personIds } = company;
  const load: Load = { tag: options.tag, attempted: [], acked: [], ackedWritesSentAt: [], readsSentAt: [], failures: [], stop: async () => undefined };
  let running = true;
  const maxRequests = options.maxRequests ?? 5_000;

  const send = async (what: string, query: string, variables: Record<string, unknown>) => {
    const sentAt = Date.now();
    try {
      const { status, body, text, retryAfter } = await post(url, token, query, variables);
      if (status === 200 && body?.data && !body.errors?.length) return { sentAt, data: body.data };
      load.failures.push({ what, sentAt, status, retryAfter, codes: body?.errors?.map((e) => e.extensions?.code) ?? [], ...(body ? {} : { error: `not JSON: ${text.slice(0, 200)}` }) });
    } catch (error) {
      load.failures.push({ what, sentAt, error: `${(error as Error).name}: ${(error as Error).message} ${(error as { cause?: Error }).cause?.message ?? ''}` });
    }
    return null;
  };

  const writer = async (client: number) => {
    const personId = personIds[client];
    for (let n = 0; running && n < maxRequests; n++) {
      const value = `${options.tag} ${client}-${n}`;
      const write: Write = personId ? { kind: 'jobTitle', personId, value } : { kind: 'department', value };
      load.attempted.push(write);
      const answer = personId
        ? await send('updatePerson', UPDATE_JOB_TITLE, { id: personId, input: { jobTitle: write.value } })
        : await send('createDepartment', CREATE_DEPARTMENT, { input: { name: write.value, parentId: company.rootDepartmentId } });
      if (!answer) continue;
      if (write.kind === 'department') write.id = answer.data.createDepartment.id;
      load.acked.push(write);
      load.ackedWritesSentAt.push(answer.sentAt);
    }
  };

  const reader = async (client: number) => {
    for (let n = 0; running && n < maxRequests; n++) {
      const answer = n % 2 === 0 ? await send('departments', READ_DEPARTMENTS, {}) : await send('person', READ_PERSON, { id: personIds[(client + n) % personIds.length] });
      if (answer) load.readsSentAt.push(answer.sentAt);
    }
  };

  const clients = [...Array.from({ length: options.writers }, (_, i) => writer(i)), ...Array.from({ length: options.readers }, (_, i) => reader(i))];
  load.stop = async () => {
    running = false;
    await Promise.all(clients);
  };
  return load;
}

interface StreamedEvent {
  id: string;
  sequence: number;
  type: string;
  subjectId: string;
}

/** A graphql-ws subscription to the organisation's events, collecting them; `ended` settles when the server ends it. */
function subscribe(url: string, token: string, after: number) {
  const ws = new GqlClient(url, token).ws();
  const events: StreamedEvent[] = [];
  let end: (reason: unknown) => void = () => undefined;
  const ended = new Promise<unknown>((resolve) => (end = resolve));
  const unsubscribe = ws.subscribe<{ events: StreamedEvent }>(
    { query: EVENTS, variables: { after } },
    {
      next: (message) => (message.errors ? end(message.errors) : events.push(message.data!.events)),
      error: (error) => end(error),
      complete: () => end('complete'),
    },
  );
  return {
    events,
    ended,
    close: async () => {
      unsubscribe();
      await ws.dispose();
    },
  };
}

/** Consecutive whole numbers from `first` to `last`. */
const range = (first: number, last: number) => Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);

/** Whether `items` appear in `list` in the same order (not necessarily next to each other). */
function isSubsequence<T>(items: T[], list: T[]): boolean {
  let at = 0;
  for (const item of list) if (at < items.length && item === items[at]) at += 1;
  return at === items.length;
}

/** Waits until the dispatcher has numbered every committed event of the organisation; returns the last sequence. */
async function allNumbered(db: pg.Client, tenantId: string, timeoutMs = 10_000): Promise<number> {
  await until(
    async () => (await db.query('select 1 from outbox_event where tenant_id = $1 and sequence is null limit 1', [tenantId])).rowCount === 0,
    'every committed event to be numbered',
    timeoutMs,
  );
  const { rows } = await db.query<{ count: string; max: string | null; distinct: string }>(
    'select count(*), max(sequence), count(distinct sequence) as distinct from outbox_event where tenant_id = $1',
    [tenantId],
  );
  // Numbered 1..max without a gap and without a number given twice.
  expect(Number(rows[0].max)).toBe(Number(rows[0].count));
  expect(Number(rows[0].distinct)).toBe(Number(rows[0].count));
  return Number(rows[0].max);
}

/**
 * What the database must show after the load and the faults: every acknowledged write is there; every change that is
 * there has exactly one outbox event and one audit entry, and nothing that was not sent is there.
 */
async function expectWritesKept(db: pg.Client, tenantId: string, load: Load): Promise<void> {
  // Departments: the acknowledged ones exist; the created ones (acknowledged or not) each have one event and one entry.
  const departments = new Map(
    (await db.query<{ id: string; name: string }>('select id, name from department where tenant_id = $1 and starts_with(name, $2)', [tenantId, `${load.tag} `])).rows.map((r) => [r.id, r.name]),
  );
  const ackedDepartments = load.acked.filter((w) => w.kind === 'department');
  expect(ackedDepartments.length).toBeGreaterThan(0);
  for (const write of ackedDepartments) expect(departments.get(write.id!), `acknowledged department ${write.value}`).toBe(write.value);
  const sentNames = new Set(load.attempted.filter((w) => w.kind === 'department').map((w) => w.value));
  expect([...departments.values()].filter((name) => !sentNames.has(name))).toEqual([]);
  expect(new Set(departments.values()).size).toBe(departments.size); // no write applied twice

  const perSubject = async (table: 'outbox_event' | 'audit_entry', type: string) => {
    const [subject, kind] = table === 'outbox_event' ? ['subject_id', 'type'] : ['target_id', 'action'];
    const { rows } = await db.query<{ subject: string; count: string }>(`select ${subject} as subject, count(*) from ${table} where tenant_id = $1 and ${kind} = $2 group by ${subject}`, [
      tenantId,
      type,
    ]);
    return new Map(rows.map((r) => [r.subject, Number(r.count)]));
  };
  const createdEvents = await perSubject('outbox_event', 'org.department.created');
  const createdEntries = await perSubject('audit_entry', 'org.department.created');
  for (const id of departments.keys()) {
    expect(createdEvents.get(id), `outbox events of department ${departments.get(id)}`).toBe(1);
    expect(createdEntries.get(id), `audit entries of department ${departments.get(id)}`).toBe(1);
  }
  // No event or entry of a department that is not there (the root department was created before the load).
  const { rows: strays } = await db.query(
    `select subject_id from outbox_event o where tenant_id = $1 and type = 'org.department.created' and not exists (select 1 from department d where d.id = o.subject_id)
     union all select target_id from audit_entry a where tenant_id = $1 and action = 'org.department.created' and not exists (select 1 from department d where d.id = a.target_id)`,
    [tenantId],
  );
  expect(strays).toEqual([]);

  // Job titles: each person's audited changes, in chain order, hold every acknowledged title of this load in the order
  // sent, and only titles that were sent; one outbox event per audited change; the person's title is the last one.
  const updatedEvents = await perSubject('outbox_event', 'org.person.updated');
  const personIds = [...new Set(load.attempted.filter((w) => w.kind === 'jobTitle').map((w) => w.personId!))];
  expect(personIds.length).toBeGreaterThan(0);
  for (const personId of personIds) {
    const { rows: entries } = await db.query<{ title: string }>(
      `select after->>'jobTitle' as title from audit_entry where tenant_id = $1 and action = 'org.person.updated' and target_id = $2 order by sequence`,
      [tenantId, personId],
    );
    const everyChange = entries.map((e) => e.title);
    const chained = everyChange.filter((title) => title.startsWith(`${load.tag} `));
    const acked = load.acked.filter((w) => w.personId === personId).map((w) => w.value);
    const sent = new Set(load.attempted.filter((w) => w.personId === personId).map((w) => w.value));
    expect(acked.length).toBeGreaterThan(0);
    expect(isSubsequence(acked, chained), `acknowledged titles ${JSON.stringify(acked)} within the audited ${JSON.stringify(chained)}`).toBe(true);
    expect(chained.filter((title) => !sent.has(title))).toEqual([]);
    expect(new Set(chained).size).toBe(chained.length);
    expect(updatedEvents.get(personId) ?? 0, 'one outbox event per audited change').toBe(everyChange.length);
    const { rows: person } = await db.query<{ job_title: string | null }>('select job_title from person where id = $1', [personId]);
    expect(person[0].job_title).toBe(everyChange.at(-1));
  }
}

async function expectAuditChainValid(url: string, token: string): Promise<void> {
  const { body } = await post(url, token, VERIFY_AUDIT_CHAIN);
  expect(body?.errors).toBeUndefined();
  expect(body?.data?.verifyAuditChain).toMatchObject({ valid: true, reasonCode: null });
  expect(body?.data?.verifyAuditChain.checkedEntries).toBeGreaterThan(0);
}

/** /readyz's status, or 0 when no answer came within 2 s. */
const readyz = (harbour: Harbour) =>
  fetch(`${harbour.url}/readyz`, { signal: AbortSignal.timeout(2_000) })
    .then((response) => response.status)
    .catch(() => 0);

const dataDir = mkdtempSync(join(tmpdir(), 'harbour-faults-'));
const started: Harbour[] = [];

/** Starts a Harbour process on the company's database and waits until it is ready. */
async function harbourOn(company: Company, env: Record<string, string> = {}): Promise<Harbour> {
  const harbour = await startHarbour(dataDir, { DATABASE_URL: company.databaseUrl, ...UNLIMITED, ...env });
  started.push(harbour);
  await ready(harbour, 60_000);
  return harbour;
}

/** Stops a server as Ctrl-C would; one that has not exited after `ms` is killed, and that fails the test. */
async function stopWithin(harbour: Harbour, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const stopped = await Promise.race([stop(harbour).then(() => true), new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)))]);
  clearTimeout(timer);
  if (stopped) return;
  harbour.child.kill('SIGKILL');
  await harbour.exited;
  throw new Error(`the server did not stop within ${ms} ms of SIGTERM (killed):\n${harbour.output().slice(-2000)}`);
}

afterAll(async () => {
  for (const harbour of started) if (harbour.child.exitCode === null && harbour.child.signalCode === null) harbour.child.kill('SIGKILL');
  await Promise.all(started.map((harbour) => harbour.exited));
  rmSync(dataDir, { recursive: true, force: true });
});

describe('faults: kill -9 of the server during a write load', () => {
  it('keeps every acknowledged write with its event and audit entry, and the next process numbers what was committed unnumbered; a subscriber resumes with every event once, in order', async () => {
    const company = await preparedCompany(5);
    const first = await harbourOn(company);
    const token = await signIn(first.url, company.adminEmail);

    // A subscriber reads from the start, and keeps up while 10 clients write (5 change job titles, 5 create departments).
    const before = subscribe(first.url, token, 0);
    const load = startLoad(first.url, token, company, { tag: 'Crash', writers: 10, readers: 0 });
    const locker = new pg.Client({ connectionString: company.databaseUrl });
    let lastSeen: number;
    try {
      const streamed = (write: Write) => write.id !== undefined && before.events.some((e) => e.subjectId === write.id);
      await until(() => load.acked.length >= 40 && load.acked.some(streamed), 'acknowledged writes, and one of them streamed', 20_000);

      // The dispatcher falls behind: its counter row is held, so what commits from now on stays unnumbered. Writers
      // never take that row, so they go on committing; the crash comes while their events wait to be numbered.
      await locker.connect();
      await locker.query('begin');
      await locker.query('select event_sequence from tenant_counter where tenant_id = $1 for update', [company.organizationId]);
      const ackedBeforeLock = load.acked.length;
      await until(() => load.acked.length >= ackedBeforeLock + 20, 'writes acknowledged while numbering waits', 20_000);

      // Killed with the clients' requests in flight; they send no new ones after it.
      const loadStopped = load.stop();
      first.child.kill('SIGKILL');
      await first.exited;
      await loadStopped;
      lastSeen = before.events.at(-1)!.sequence;
      await before.ended; // the socket died with the process
    } finally {
      await load.stop();
      await before.close();
      await locker.end().catch(() => undefined); // its transaction ends with it, and the counter row is free
    }

    // Numbered events streamed before the crash came once each, in order.
    expect(before.events.map((e) => e.sequence)).toEqual(range(1, lastSeen));

    const admin = inject('serverUrl');
    // The killed process's backends end once they find their client gone (one blocked on the lock only now).
    await withClient(admin, (db) =>
      until(
        async () => (await db.query("select 1 from pg_stat_activity where datname = $1 and backend_type = 'client backend'", [company.database])).rowCount === 0,
        'the killed server’s connections to end',
      ),
    );
    const unnumbered = await withClient(company.databaseUrl, async (db) =>
      (await db.query<{ id: string }>('select id from outbox_event where tenant_id = $1 and sequence is null order by position', [company.organizationId])).rows.map((r) => r.id),
    );
    // At least one event per write acknowledged while numbering waited was committed and left unnumbered.
    expect(unnumbered.length).toBeGreaterThanOrEqual(20);

    const second = await harbourOn(company);
    const db = new pg.Client({ connectionString: company.databaseUrl });
    await db.connect();
    try {
      const last = await allNumbered(db, company.organizationId);
      expect(last).toBeGreaterThan(lastSeen);
      const { rows: later } = await db.query<{ id: string; sequence: string }>('select id, sequence from outbox_event where tenant_id = $1 and sequence > $2 order by sequence', [
        company.organizationId,
        lastSeen,
      ]);

      // The subscriber resumes on the new process after the last event it read.
      const after = subscribe(second.url, token, lastSeen);
      try {
        await until(() => (after.events.at(-1)?.sequence ?? 0) >= last, `events up to ${last} after ${lastSeen}`, 15_000);
        expect(after.events.map((e) => e.sequence)).toEqual(range(lastSeen + 1, last));
        expect(after.events.map((e) => e.id)).toEqual(later.map((r) => r.id));
        const resumed = new Set(after.events.map((e) => e.id));
        expect(unnumbered.filter((id) => !resumed.has(id))).toEqual([]);

        // Exactly once: a new change streams right after them (a duplicate would have come before it).
        const { body } = await post(second.url, token, CREATE_DEPARTMENT, { input: { name: 'After the crash', parentId: company.rootDepartmentId } });
        const id = body?.data?.createDepartment.id;
        expect(id).toBeTruthy();
        await until(() => after.events.some((e) => e.subjectId === id), 'the new change streamed');
        expect(after.events.map((e) => e.sequence)).toEqual(range(lastSeen + 1, last + 1));
        expect(after.events.at(-1)!.subjectId).toBe(id);
      } finally {
        await after.close();
      }

      await expectWritesKept(db, company.organizationId, load);
      await expectAuditChainValid(second.url, token);
    } finally {
      await db.end();
      await stopWithin(second, 15_000);
    }
  }, 90_000);
});

describe('faults: kill -9 during mutations sent with an Idempotency-Key', () => {
  /** A department created under a key of its own; `answeredId` once its answer arrived. */
  interface Attempt {
    key: string;
    name: string;
    answeredId?: string;
  }

  const createKeyed = (url: string, token: string, attempt: Attempt) =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': attempt.key },
      body: JSON.stringify({ query: 'mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id name } }', variables: { input: { name: attempt.name } } }),
      signal: AbortSignal.timeout(HANG_MS),
    });

  it('lets every unanswered attempt be retried on the next process at once: a committed one replays its answer, the others run once — no duplicate, no key left in use', async () => {
    const company = await preparedCompany(0);
    const first = await harbourOn(company);
    const token = await signIn(first.url, company.adminEmail);

    // Eight clients create departments, each under a key of its own, until the process dies under them.
    const attempts: Attempt[] = [];
    let running = true;
    const writer = async (client: number) => {
      for (let n = 0; running; n++) {
        const attempt: Attempt = { key: `crash-${client}-${n}`, name: `Keyed ${client}-${n}` };
        attempts.push(attempt);
        try {
          const response = await createKeyed(first.url, token, attempt);
          const body = (await response.json()) as { data?: { createDepartment: { id: string } } };
          if (response.status === 200 && body.data) attempt.answeredId = body.data.createDepartment.id;
        } catch {
          return; // the process died with this request in flight
        }
      }
    };
    const writers = Array.from({ length: 8 }, (_, i) => writer(i));
    await until(() => attempts.filter((a) => a.answeredId).length >= 40, 'keyed writes answered', 20_000);
    first.child.kill('SIGKILL');
    running = false;
    await first.exited;
    await Promise.all(writers);

    const db = new pg.Client({ connectionString: company.databaseUrl });
    await db.connect();
    const second = await harbourOn(company);
    try {
      const departmentIds = async () => new Map((await db.query<{ name: string; id: string }>("select name, id from department where name like 'Keyed %'")).rows.map((r) => [r.name, r.id]));
      const committed = await departmentIds();
      const unanswered = attempts.filter((a) => !a.answeredId);
      expect(unanswered.length).toBeGreaterThan(0);
      for (const attempt of attempts.filter((a) => a.answeredId)) expect(committed.get(attempt.name)).toBe(attempt.answeredId);

      // Retried at once on the new process, as a client would: no key is held by the dead one, nothing runs twice.
      let replayed = 0;
      for (const attempt of unanswered) {
        const response = await createKeyed(second.url, token, attempt);
        const body = (await response.json()) as { data?: { createDepartment: { id: string } }; errors?: unknown[] };
        expect({ status: response.status, errors: body.errors }, `retry of ${attempt.key}`).toEqual({ status: 200, errors: undefined });
        const before = committed.get(attempt.name);
        expect(response.headers.get('idempotent-replayed'), `${attempt.key} ${before ? 'committed: replayed' : 'not committed: runs'}`).toBe(before ? 'true' : null);
        if (before) {
          expect(body.data!.createDepartment.id).toBe(before);
          replayed += 1;
        }
      }
      // An answered attempt retried (its answer lost on the way back) replays too.
      const answered = attempts.find((a) => a.answeredId)!;
      const again = await createKeyed(second.url, token, answered);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      expect(((await again.json()) as { data: { createDepartment: { id: string } } }).data.createDepartment.id).toBe(answered.answeredId);

      // Every attempt now took effect exactly once, with one event, and has exactly one stored answer.
      const after = await departmentIds();
      expect(after.size).toBe(attempts.length);
      const { rows } = await db.query<{ events: string; records: string }>(
        `select (select count(*) from outbox_event where type = 'org.department.created' and subject_id in (select id from department where name like 'Keyed %')) as events,
                (select count(*) from idempotency_record where key like 'crash-%') as records`,
      );
      expect(rows[0]).toEqual({ events: String(attempts.length), records: String(attempts.length) });
      console.log(`keyed crash: ${attempts.length} attempts, ${unanswered.length} unanswered at kill -9 (${replayed} had committed and were replayed, ${unanswered.length - replayed} ran on retry)`);
    } finally {
      await db.end();
      await stopWithin(second, 15_000);
    }
  }, 90_000);
});

describe('faults: PostgreSQL terminating or refusing connections under load, or out of disk', () => {
  let company: Company;
  let harbour: Harbour;
  let token: string;
  const admin = () => inject('serverUrl');

  beforeAll(async () => {
    company = await preparedCompany(3);
    // Short, so the full-disk spec sees readiness come back within seconds.
    harbour = await harbourOn(company, { DISK_FULL_UNREADY_SECONDS: '2' });
    token = await signIn(harbour.url, company.adminEmail);
  }, 60_000);
  afterAll(async () => {
    if (harbour) await stopWithin(harbour, 15_000);
  });

  /**
   * Every failed request was answered — none hung, none lost its connection — as one the database could not serve:
   * 503 SERVICE_UNAVAILABLE with Retry-After, never a masked 500.
   */
  const expectUnavailableAnswers = (load: Load) => {
    const other = load.failures.filter((f) => f.error !== undefined || f.status !== 503 || f.retryAfter !== '5' || f.codes?.join() !== 'SERVICE_UNAVAILABLE');
    expect(other).toEqual([]);
  };

  /**
   * After the fault: the process never died, every failure was a coded 503, and the database holds every acknowledged
   * write with its event and audit entry, numbered without a gap, in a chain that verifies.
   */
  const expectSurvived = async (load: Load) => {
    expect(harbour.child.exitCode).toBeNull();
    expect(harbour.child.signalCode).toBeNull();
    expectUnavailableAnswers(load);
    await withClient(company.databaseUrl, async (db) => {
      await allNumbered(db, company.organizationId);
      await expectWritesKept(db, company.organizationId, load);
    });
    await expectAuditChainValid(harbour.url, token);
  };

  /** Waits until a write and a read sent after `since` succeeded. */
  const servingAgain = (load: Load, since: number, what: string) => until(() => load.ackedWritesSentAt.some((at) => at > since) && load.readsSentAt.some((at) => at > since), what, 5_000);

  it('keeps serving when PostgreSQL terminates all its connections: 503 SERVICE_UNAVAILABLE with Retry-After meanwhile, ready again within seconds, no acknowledged write lost', async () => {
    const load = startLoad(harbour.url, token, company, { tag: 'Terminated', writers: 6, readers: 4 });
    try {
      await until(() => load.acked.length >= 20 && load.readsSentAt.length >= 20, 'the load to run', 20_000);
      // A database restart or fail-over does this; over a server's life it happens again and again.
      for (let round = 1; round <= 8; round++) {
        const terminatedAt = Date.now();
        const { rows } = await withClient(admin(), (db) =>
          db.query<{ terminated: boolean }>('select pg_terminate_backend(pid) as terminated from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [company.database]),
        );
        expect(rows.filter((r) => r.terminated).length).toBeGreaterThan(0);
        await servingAgain(load, terminatedAt, `requests to succeed again after termination ${round}`);
        await until(async () => (await readyz(harbour)) === 200, `/readyz to answer 200 again after termination ${round}`, 5_000);
        const acked = load.acked.length;
        await until(() => load.acked.length >= acked + 10, `the load to go on after termination ${round}`, 10_000);
      }
    } finally {
      await load.stop();
    }
    await expectSurvived(load);
  }, 60_000);

  it('answers /readyz with 503 while the database refuses connections and 200 once it accepts them again, and requests meanwhile with 503 SERVICE_UNAVAILABLE and Retry-After', async () => {
    const load = startLoad(harbour.url, token, company, { tag: 'Refused', writers: 6, readers: 4 });
    try {
      await until(() => load.acked.length >= 20 && load.readsSentAt.length >= 20, 'the load to run', 20_000);
      await withClient(admin(), async (db) => {
        await db.query(`alter database "${company.database}" allow_connections false`);
        try {
          // The open connections go too, so the pool must open new ones — which the database now refuses.
          await db.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [company.database]);
          await until(async () => (await readyz(harbour)) === 503, '/readyz to answer 503', 5_000);
          // The process itself is alive and answers.
          expect((await fetch(`${harbour.url}/healthz`, { signal: AbortSignal.timeout(2_000) })).status).toBe(200);
          const failed = load.failures.length;
          await until(() => load.failures.length > failed, 'a request refused while the database is closed', 5_000);
        } finally {
          await db.query(`alter database "${company.database}" allow_connections true`);
        }
      });
      const reopenedAt = Date.now();
      await until(async () => (await readyz(harbour)) === 200, '/readyz to answer 200 again', 5_000);
      await servingAgain(load, reopenedAt, 'requests to succeed again once the database accepts connections');
    } finally {
      await load.stop();
    }
    expect(load.failures.length).toBeGreaterThan(0);
    await expectSurvived(load);
  }, 60_000);

  it('answers changes 503 SERVICE_UNAVAILABLE while the disk is full, /readyz 503 until writes stop failing, and reads meanwhile; nothing half-written', async () => {
    // PostgreSQL reports a full disk as SQLSTATE 53100 (disk_full: "could not extend file … No space left on device").
    // A trigger raises exactly that for every new department, as the full disk would for every insert.
    await withClient(company.databaseUrl, (db) =>
      db.query(`create function fault_disk_full() returns trigger language plpgsql as $$
                  begin raise exception 'could not extend file: No space left on device' using errcode = 'disk_full'; end $$;
                create trigger fault_disk_full before insert on department for each statement execute function fault_disk_full()`),
    );
    try {
      const write = await post(harbour.url, token, CREATE_DEPARTMENT, { input: { name: 'Disk full', parentId: company.rootDepartmentId } });
      expect({ status: write.status, retryAfter: write.retryAfter, codes: write.body?.errors?.map((e) => e.extensions?.code) }).toEqual({
        status: 503,
        retryAfter: '5',
        codes: ['SERVICE_UNAVAILABLE'],
      });
      expect(await readyz(harbour)).toBe(503);
      const read = await post(harbour.url, token, READ_DEPARTMENTS);
      expect({ status: read.status, errors: read.body?.errors }).toEqual({ status: 200, errors: undefined });
    } finally {
      await withClient(company.databaseUrl, (db) => db.query('drop trigger fault_disk_full on department; drop function fault_disk_full()'));
    }
    await until(async () => (await readyz(harbour)) === 200, '/readyz to answer 200 once writes stopped failing', 5_000);
    const again = await post(harbour.url, token, CREATE_DEPARTMENT, { input: { name: 'After the disk was freed', parentId: company.rootDepartmentId } });
    expect(again.body?.errors).toBeUndefined();
    await withClient(company.databaseUrl, async (db) => {
      const { rows } = await db.query("select count(*)::int as n from department where name = 'Disk full'");
      expect(rows[0].n).toBe(0);
    });
  }, 60_000);
});
