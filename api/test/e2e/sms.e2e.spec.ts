import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSystemContext } from '../../src/core/context/system-context.js';
import { HttpSmsProvider, queueSms, SMS_MAX_ATTEMPTS, SmsProviderError, type SmsRequest } from '../../src/core/sms/index.js';
import { createOrganization, createPerson, type TestOrg, type TestPerson } from '../support/factories.js';
import { fieldsOf, startTestApp, until, type TestApp } from '../support/test-app.js';

/**
 * SMS sending end to end, with a real HTTP server on loopback as the provider: texts queued in the caller's
 * transaction (a rollback sends nothing; one key, one text — also at once), retried with backoff after retryable
 * answers under one idempotency id, dead letters on a refusal or after the last attempt and an admin's retry, the
 * per-recipient hourly limit holding texts back (never dropping them) until the window opens — also when several
 * workers race for its last place — and the admin API with every forbidden path and bad input.
 */
const HOUR = 3_600_000;
const LIMIT = 3;
const TOKEN = 'provider-test-token';

/** What the provider does with its next request for a number: answer with a status (and body; after a delay), or never answer. */
type Reply = { status: number; body?: string; delayMs?: number } | 'hang';

interface ProviderRequest {
  authorization: string | undefined;
  idempotencyKey: string | undefined;
  contentType: string | undefined;
  body: { id: string; to: string; text: string };
}

/** The fake provider: records every request, answers by each number's script, then 200 with its own id. */
class Provider {
  readonly requests: ProviderRequest[] = [];
  private readonly scripts = new Map<string, Reply[]>();
  private server: Server | null = null;
  private accepted = 0;

  async start(): Promise<string> {
    this.server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/messages`;
  }

  /** The answers to the next requests for `to` (E.164). */
  script(to: string, ...replies: Reply[]): void {
    this.scripts.set(to, replies);
  }

  to(phone: string): ProviderRequest[] {
    return this.requests.filter((request) => request.body.to === phone);
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ProviderRequest['body'];
    this.requests.push({ authorization: request.headers.authorization, idempotencyKey: request.headers['idempotency-key'] as string | undefined, contentType: request.headers['content-type'], body });
    const reply = this.scripts.get(body.to)?.shift() ?? { status: 200, body: JSON.stringify({ id: `prov-${(this.accepted += 1)}` }) };
    if (reply === 'hang') return;
    if (reply.delayMs) await pause(reply.delayMs);
    response.writeHead(reply.status, { 'content-type': 'application/json' }).end(reply.body ?? '');
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

let t: TestApp;
let providerUrl: string;
let org: TestOrg;
let staff: TestPerson;
let hr: TestPerson;
const provider = new Provider();
let phones = 0;

/** A Hong Kong mobile number no other test uses (so the hourly limits of tests never meet). */
const newPhone = () => `+8529${String(1_000_000 + (phones += 1)).padStart(7, '0')}`;

const FIELDS = 'id personId phone text purpose key status attempts lastError providerMessageId sentAt failedAt createdAt version';
const LIST = `query($f: SmsMessageFilter, $take: Int) { smsMessages(filter: $f, take: $take) { totalCount items { ${FIELDS} } } }`;
const RETRY = `mutation($id: ID!) { retrySmsMessage(id: $id) { ${FIELDS} } }`;
const SEND_TEST = `mutation($to: String!) { sendTestSms(to: $to) { ${FIELDS} } }`;

interface SmsRow {
  id: string;
  personId: string | null;
  phone: string;
  text: string;
  purpose: string;
  key: string;
  status: 'QUEUED' | 'SENT' | 'FAILED';
  attempts: number;
  lastError: string | null;
  providerMessageId: string | null;
  sentAt: string | null;
  failedAt: string | null;
}

/** Queues a text as a module would, in a transaction of `tenantId` that fails after it when `fail` is set. */
async function queue(request: Partial<SmsRequest> & { to: string }, options: { fail?: boolean; tenantId?: string } = {}) {
  const ctx = createSystemContext(t.app.services, options.tenantId ?? org.organizationId);
  return ctx.transaction(async (em) => {
    const message = await queueSms(ctx, em, { text: 'Fire drill at 3 pm.', purpose: 'messaging.ding', key: `key-${Math.random()}`, ...request });
    if (options.fail) throw new Error('the change failed');
    return message;
  });
}

/** The admin's view of every text of the organisation, by id. */
async function texts(client = org.admin): Promise<Map<string, SmsRow>> {
  const data = await client.ok<{ smsMessages: { items: SmsRow[] } }>(LIST, { take: 100 });
  return new Map(data.smsMessages.items.map((row) => [row.id, row]));
}

async function text(id: string, client = org.admin): Promise<SmsRow> {
  const row = (await texts(client)).get(id);
  if (!row) throw new Error(`text ${id} is not listed`);
  return row;
}

/** Waits until the text `id` satisfies `done`, and returns it. */
async function textWhen(id: string, done: (row: SmsRow) => boolean, what: string, client = org.admin): Promise<SmsRow> {
  let row: SmsRow | undefined;
  await until(async () => done((row = await text(id, client))), `text ${id}: ${what}`, 15_000);
  return row!;
}

/** The text's waiting job in graphile-worker (keyed by the text's id), if any. */
async function jobOf(id: string): Promise<{ attempts: number; locked: boolean; run_at: Date; last_error: string | null } | undefined> {
  const [job] = await t.sql<{ attempts: number; locked: boolean; run_at: Date; last_error: string | null }>(
    "select attempts, locked_at is not null as locked, run_at, last_error from graphile_worker.jobs where key like '%:' || $1",
    [id],
  );
  return job;
}

/** Waits until the text's job has failed its `attempt`-th attempt and waits for its backoff. */
async function failedAttempt(id: string, attempt: number): Promise<void> {
  await until(async () => {
    const job = await jobOf(id);
    return job?.attempts === attempt && !job.locked && job.last_error !== null;
  }, `the job of ${id} to wait after attempt ${attempt}`);
}

/** Moves the clock past the backoff after the `attempt`-th attempt (graphile-worker waits e^attempt seconds). */
const skipBackoff = (attempt: number) => t.advanceClock(Math.ceil(Math.exp(attempt)) * 1000 + 1000);

const eventsOf = (type: string, subjectId: string) =>
  t.sql<{ actor_id: string | null; payload: Record<string, unknown> }>('select actor_id, payload from outbox_event where type = $1 and subject_id = $2', [type, subjectId]);
const codeOf = (result: { errors?: { extensions: { code: string } }[] }) => result.errors?.map((e) => e.extensions.code);
const testTexts = async () => (await t.sql<{ n: number }>("select count(*)::int as n from sms_message where purpose = 'sms.test'"))[0].n;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  providerUrl = await provider.start();
  t = await startTestApp({
    env: { SMS_PROVIDER: 'http', SMS_HTTP_URL: providerUrl, SMS_HTTP_TOKEN: TOKEN, SMS_HTTP_TIMEOUT_MS: '300', SMS_MAX_PER_RECIPIENT_PER_HOUR: String(LIMIT) },
  });
  org = await createOrganization(t);
  staff = await createPerson(t, org, { name: 'Staff Member' });
  hr = await createPerson(t, org, { name: 'HR Officer', roles: ['hr'] });
});
afterAll(async () => {
  await t?.stop();
  await provider.stop();
});

describe('sms: delivery through the provider', () => {
  it('retries 503s with backoff: one SENT text after 3 attempts, the provider seeing one id, our token and the text as JSON', async () => {
    const phone = newPhone();
    provider.script(phone, { status: 503, body: 'busy' }, { status: 503, body: 'still busy' });
    const queued = await queue({ to: phone, personId: staff.personId, text: '颱風：今天在家工作。' });
    expect(queued).toMatchObject({ status: 'QUEUED', attempts: 0, phone });

    await failedAttempt(queued.id, 1);
    expect(await text(queued.id)).toMatchObject({ status: 'QUEUED', attempts: 1, lastError: 'HTTP 503: busy' });
    await skipBackoff(1);
    await failedAttempt(queued.id, 2);
    expect(await text(queued.id)).toMatchObject({ status: 'QUEUED', attempts: 2, lastError: 'HTTP 503: still busy' });
    await skipBackoff(2);
    const sent = await textWhen(queued.id, (row) => row.status === 'SENT', 'sent');

    expect(sent).toMatchObject({ attempts: 3, lastError: 'HTTP 503: still busy', personId: staff.personId, purpose: 'messaging.ding', failedAt: null });
    expect(sent.providerMessageId).toMatch(/^prov-\d+$/);
    expect(sent.sentAt).not.toBeNull();
    const seen = provider.to(phone);
    expect(seen).toHaveLength(3);
    for (const request of seen) {
      expect(request).toEqual({ authorization: `Bearer ${TOKEN}`, idempotencyKey: queued.id, contentType: 'application/json', body: { id: queued.id, to: phone, text: '颱風：今天在家工作。' } });
    }
    expect(await jobOf(queued.id)).toBeUndefined();
    const payload = { smsMessageId: queued.id, personId: staff.personId, purpose: 'messaging.ding' };
    expect(await eventsOf('sms.message.attempt_failed', queued.id)).toEqual([
      { actor_id: null, payload },
      { actor_id: null, payload },
    ]);
    expect(await eventsOf('sms.message.sent', queued.id)).toEqual([{ actor_id: null, payload }]);
  });

  it('a refusal (400) is a dead letter at once; retrySmsMessage queues it again and it is sent', async () => {
    const phone = newPhone();
    provider.script(phone, { status: 400, body: '{"error":"unknown number"}' });
    const queued = await queue({ to: phone });
    const failed = await textWhen(queued.id, (row) => row.status === 'FAILED', 'failed');
    expect(failed).toMatchObject({ attempts: 1, lastError: 'HTTP 400: {"error":"unknown number"}', sentAt: null });
    expect(failed.failedAt).not.toBeNull();
    expect(await jobOf(queued.id)).toBeUndefined();
    expect(await eventsOf('sms.message.failed', queued.id)).toHaveLength(1);
    expect((await org.admin.ok<{ smsMessages: { items: { id: string }[] } }>(LIST, { f: { status: 'FAILED' } })).smsMessages.items.map((row) => row.id)).toContain(queued.id);

    // Two admins retry at once: one queues it again, the other is told it no longer can; it is sent once.
    const [one, two] = await Promise.all([org.admin.request<{ retrySmsMessage: SmsRow }>(RETRY, { id: queued.id }), org.admin.request<{ retrySmsMessage: SmsRow }>(RETRY, { id: queued.id })]);
    const [won, lost] = one.errors ? [two, one] : [one, two];
    expect(won.data?.retrySmsMessage).toMatchObject({ status: 'QUEUED', failedAt: null, attempts: 1 });
    expect(['VERSION_CONFLICT', 'SMS_INVALID_TRANSITION']).toContain(codeOf(lost)?.[0]);
    const sent = await textWhen(queued.id, (row) => row.status === 'SENT', 'sent after the retry');
    expect(sent.attempts).toBe(2);
    expect(provider.to(phone).map((request) => request.idempotencyKey)).toEqual([queued.id, queued.id]);
    expect(await eventsOf('sms.message.retried', queued.id)).toEqual([{ actor_id: org.adminPersonId, payload: { smsMessageId: queued.id } }]);
    expect(await t.sql('select action, actor_id from audit_entry where target_id = $1', [queued.id])).toEqual([{ action: 'sms.message.retried', actor_id: org.adminPersonId }]);

    // Only a dead letter can be retried: a sent text is not sent twice by a second click.
    const again = await org.admin.request(RETRY, { id: queued.id });
    expect(codeOf(again)).toEqual(['SMS_INVALID_TRANSITION']);
    expect(again.errors![0].message).toBe('The text is SENT: “retry” is not possible now.');
  });

  it('after its last attempt a text that keeps failing (timeouts, 5xx, 429, 408) is a dead letter', async () => {
    const phone = newPhone();
    const replies: { status: number; body?: string }[] = [{ status: 500 }, { status: 429 }, { status: 408 }, { status: 502 }, { status: 504 }, { status: 503 }];
    provider.script(phone, 'hang', ...replies, { status: 503, body: 'gone for good' });
    const queued = await queue({ to: phone });
    await failedAttempt(queued.id, 1);
    expect(await text(queued.id)).toMatchObject({ status: 'QUEUED', attempts: 1, lastError: 'no answer within 300 ms' });
    await skipBackoff(1);
    for (let attempt = 2; attempt < SMS_MAX_ATTEMPTS; attempt += 1) {
      await failedAttempt(queued.id, attempt);
      await skipBackoff(attempt);
    }
    const failed = await textWhen(queued.id, (row) => row.status === 'FAILED', 'failed after the last attempt');
    expect(failed).toMatchObject({ attempts: SMS_MAX_ATTEMPTS, lastError: 'HTTP 503: gone for good' });
    expect(provider.to(phone)).toHaveLength(SMS_MAX_ATTEMPTS);
    expect(await jobOf(queued.id)).toBeUndefined();
  });

  it('a 2xx answer without a JSON id is sent all the same, with no provider id', async () => {
    const phone = newPhone();
    provider.script(phone, { status: 202, body: '<html>accepted</html>' });
    const queued = await queue({ to: phone });
    expect(await textWhen(queued.id, (row) => row.status === 'SENT', 'sent')).toMatchObject({ attempts: 1, providerMessageId: null, lastError: null });
  });
});

describe('sms: the HTTP provider’s answers', () => {
  const send = (url: string, to: string) => new HttpSmsProvider({ url, token: TOKEN, timeoutMs: 300 }).send({ id: '11111111-1111-4111-8111-111111111111', to, text: 'Hello' });

  it('a redirect or another 4xx is permanent; no server on the port is retryable', async () => {
    const redirected = newPhone();
    provider.script(redirected, { status: 302, body: '' });
    await expect(send(providerUrl, redirected)).rejects.toEqual(new SmsProviderError('HTTP 302', false));
    const unauthorized = newPhone();
    provider.script(unauthorized, { status: 401, body: 'bad token' });
    await expect(send(providerUrl, unauthorized)).rejects.toEqual(new SmsProviderError('HTTP 401: bad token', false));
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const refused = await send(`http://127.0.0.1:${port}/messages`, newPhone()).catch((error: unknown) => error);
    expect(refused).toMatchObject({ name: 'SmsProviderError', retryable: true, message: `provider unreachable: connect ECONNREFUSED 127.0.0.1:${port}` });
  });
});

describe('sms: queued in the caller’s transaction, once per key', () => {
  it('a rolled-back transaction queues nothing and sends nothing', async () => {
    const phone = newPhone();
    const jobs = async () => (await t.sql<{ n: number }>("select count(*)::int as n from graphile_worker.jobs where task_identifier = 'core.sms.deliver'"))[0].n;
    const jobsBefore = await jobs();
    await expect(queue({ to: phone, key: 'rolled-back' }, { fail: true })).rejects.toThrow('the change failed');
    expect(await t.sql("select id from sms_message where key = 'rolled-back'")).toEqual([]);
    expect(await jobs()).toBe(jobsBefore);
    // The same key is free afterwards: the failed change left nothing behind.
    const queued = await queue({ to: phone, key: 'rolled-back' });
    await textWhen(queued.id, (row) => row.status === 'SENT', 'sent');
    expect(provider.to(phone)).toHaveLength(1);
  });

  it('queueing twice with one key queues one text — also when ten transactions do it at the same moment', async () => {
    const phone = newPhone();
    const first = await queue({ to: phone, key: 'ding:1:person', text: 'First' });
    const second = await queue({ to: newPhone(), key: 'ding:1:person', text: 'Second' });
    expect(second).toMatchObject({ id: first.id, phone, text: 'First' });

    const racePhone = newPhone();
    const raced = await Promise.all(Array.from({ length: 10 }, () => queue({ to: racePhone, key: 'ding:2:person' })));
    expect(new Set(raced.map((message) => message.id)).size).toBe(1);
    await textWhen(first.id, (row) => row.status === 'SENT', 'sent');
    await textWhen(raced[0].id, (row) => row.status === 'SENT', 'sent');
    await pause(500);
    expect(provider.to(phone)).toHaveLength(1);
    expect(provider.to(racePhone)).toHaveLength(1);
    expect(await t.sql("select count(*)::int as n from sms_message where key in ('ding:1:person', 'ding:2:person')")).toEqual([{ n: 2 }]);
  });

  it('the same key in another organisation is another text', async () => {
    const other = await createOrganization(t);
    const phone = newPhone();
    const ours = await queue({ to: phone, key: 'shared-key' });
    const theirs = await queue({ to: phone, key: 'shared-key' }, { tenantId: other.organizationId });
    expect(theirs.id).not.toBe(ours.id);
    await textWhen(theirs.id, (row) => row.status === 'SENT', 'sent', other.admin);
    expect((await texts(other.admin)).has(ours.id)).toBe(false);
  });

  it('refuses what cannot be sent: a bad number (SMS_INVALID_PHONE), an empty or overlong text, a bad purpose or person id', async () => {
    await expect(queue({ to: '12345' })).rejects.toMatchObject({ code: 'SMS_INVALID_PHONE' });
    await expect(queue({ to: newPhone(), text: '  ' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'text', code: 'REQUIRED' }] });
    await expect(queue({ to: newPhone(), text: 'x'.repeat(1001) })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'text', code: 'TOO_LONG', params: { max: 1000 } }] });
    await expect(queue({ to: newPhone(), purpose: 'DING' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'purpose', code: 'INVALID_VALUE' }] });
    await expect(queue({ to: newPhone(), personId: 'me' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'personId', code: 'INVALID_VALUE' }] });
    await expect(queue({ to: newPhone(), key: '' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'key', code: 'INVALID_VALUE' }] });
  });
});

describe('sms: hourly limit per recipient', () => {
  it(`holds the text past ${LIMIT} an hour (QUEUED, not dropped) until the window opens — even when workers race for its last place`, async () => {
    const phone = newPhone();
    const otherPhone = newPhone();
    // Five at once: the job runner works on two at a time, and the provider takes its time to answer, so two workers
    // are always deciding about the window's places at the same moment.
    provider.script(phone, ...Array.from({ length: LIMIT + 2 }, (_, n) => ({ status: 200, body: JSON.stringify({ id: `slow-${n}` }), delayMs: 150 })));
    const queued = await Promise.all(Array.from({ length: LIMIT + 2 }, (_, n) => queue({ to: phone, text: `Reminder ${n}` })));
    await until(async () => [...(await texts()).values()].filter((row) => row.phone === phone && row.status === 'SENT').length === LIMIT, `${LIMIT} texts sent`);
    const others = await queue({ to: otherPhone });
    await textWhen(others.id, (row) => row.status === 'SENT', 'a text to another number, not held back');
    await pause(1_000);
    const rows = [...(await texts()).values()].filter((row) => row.phone === phone);
    const held = rows.filter((row) => row.status === 'QUEUED');
    expect(held).toHaveLength(2);
    expect(held.every((row) => row.attempts === 0 && row.lastError === null)).toBe(true);
    expect(provider.to(phone)).toHaveLength(LIMIT);
    const firstSentAt = Math.min(...rows.filter((row) => row.sentAt).map((row) => Date.parse(row.sentAt!)));
    for (const row of held) expect((await jobOf(row.id))?.run_at.getTime()).toBeGreaterThan(Date.now() + HOUR - 60_000);

    // Just before the hour is up nothing moves; once it is, both go (the three were sent within a second or so).
    await t.advanceClock(firstSentAt + HOUR - 30_000 - t.app.services.clock.now().getTime());
    await pause(1_000);
    expect(provider.to(phone)).toHaveLength(LIMIT);
    await t.advanceClock(60_000);
    for (const row of held) await textWhen(row.id, (current) => current.status === 'SENT', 'sent once the window opened');
    expect(provider.to(phone)).toHaveLength(LIMIT + 2);
    expect(new Set(provider.to(phone).map((request) => request.idempotencyKey))).toEqual(new Set(queued.map((message) => message.id)));
  });

  it('counts per organisation: another organisation texting the same number is not held back', async () => {
    const other = await createOrganization(t);
    const phone = newPhone();
    for (let n = 0; n < LIMIT; n += 1) await queue({ to: phone });
    await until(async () => provider.to(phone).length === LIMIT, `${LIMIT} texts sent`);
    const theirs = await queue({ to: phone }, { tenantId: other.organizationId });
    await textWhen(theirs.id, (row) => row.status === 'SENT', 'sent', other.admin);
  });
});

describe('sms: the admin API', () => {
  it('sendTestSms queues a test text in the admin’s language to a Hong Kong number given in 8 digits, audited', async () => {
    const local = `9${String(2_000_000 + (phones += 1)).padStart(7, '0')}`;
    const before = org.admin.locale;
    org.admin.locale = 'zh-HK';
    try {
      const queued = (await org.admin.ok<{ sendTestSms: SmsRow }>(SEND_TEST, { to: `${local.slice(0, 4)} ${local.slice(4)}` })).sendTestSms;
      expect(queued).toMatchObject({ phone: `+852${local}`, purpose: 'sms.test', status: 'QUEUED', personId: null, text: 'Harbour 測試短訊：貴機構的短訊設定運作正常。' });
      await textWhen(queued.id, (row) => row.status === 'SENT', 'sent');
      expect(provider.to(`+852${local}`).map((request) => request.body.text)).toEqual([queued.text]);
      expect(await eventsOf('sms.message.test_queued', queued.id)).toEqual([{ actor_id: org.adminPersonId, payload: { smsMessageId: queued.id } }]);
      expect(await t.sql('select action, actor_id from audit_entry where target_id = $1', [queued.id])).toEqual([{ action: 'sms.message.test_queued', actor_id: org.adminPersonId }]);
    } finally {
      org.admin.locale = before;
    }
  });

  it('lists texts newest first, filtered by status and purpose', async () => {
    const phone = newPhone();
    const older = await queue({ to: phone, purpose: 'messaging.digest' });
    const newer = await queue({ to: phone, purpose: 'messaging.digest' });
    const data = await org.admin.ok<{ smsMessages: { totalCount: number; items: SmsRow[] } }>(LIST, { f: { purpose: 'messaging.digest' } });
    expect(data.smsMessages.totalCount).toBe(2);
    expect(data.smsMessages.items.map((row) => row.id)).toEqual([newer.id, older.id]);
    await textWhen(older.id, (row) => row.status === 'SENT', 'sent');
    await textWhen(newer.id, (row) => row.status === 'SENT', 'sent');
    expect((await org.admin.ok<{ smsMessages: { totalCount: number } }>(LIST, { f: { purpose: 'messaging.digest', status: 'QUEUED' } })).smsMessages.totalCount).toBe(0);
  });

  it('refuses bad input: a number that is not one (localized), an overlong or control-character number, a page too large, an unknown id', async () => {
    const tests = await testTexts();
    const bad = await org.admin.request(SEND_TEST, { to: '12345' });
    expect(codeOf(bad)).toEqual(['SMS_INVALID_PHONE']);
    expect(bad.errors![0].message).toContain('“12345” is not a phone number a text can be sent to');
    org.admin.locale = 'zh-CN';
    try {
      expect((await org.admin.request(SEND_TEST, { to: '+852 123' })).errors![0].message).toContain('不是可接收短信的电话号码');
    } finally {
      org.admin.locale = 'en';
    }
    expect(fieldsOf(await org.admin.request(SEND_TEST, { to: '9'.repeat(33) }))).toEqual([['to', 'TOO_LONG']]);
    expect(codeOf(await org.admin.request(SEND_TEST, { to: '9123\u00004567' }))).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(await org.admin.request(LIST, { take: 1000 }))).toEqual([['take', 'PAGE_SIZE_TOO_LARGE']]);
    expect(fieldsOf(await org.admin.request(RETRY, { id: 'not-a-uuid' }))).toEqual([['id', 'INVALID_ID']]);
    expect(codeOf(await org.admin.request(RETRY, { id: '00000000-0000-4000-8000-000000000000' }))).toEqual(['NOT_FOUND']);
    expect(await testTexts()).toBe(tests);
  });

  it('forbids staff and HR (org-admin only) to list, retry or send a test, and anyone signed out', async () => {
    const tests = await testTexts();
    const phone = newPhone();
    provider.script(phone, { status: 400 });
    const failed = await queue({ to: phone });
    await textWhen(failed.id, (row) => row.status === 'FAILED', 'failed');
    for (const client of [staff.client!, hr.client!]) {
      expect(codeOf(await client.request(LIST))).toEqual(['FORBIDDEN']);
      expect(codeOf(await client.request(RETRY, { id: failed.id }))).toEqual(['FORBIDDEN']);
      expect(codeOf(await client.request(SEND_TEST, { to: newPhone() }))).toEqual(['FORBIDDEN']);
    }
    const anonymous = t.anonymous();
    expect(codeOf(await anonymous.request(LIST))).toEqual(['UNAUTHENTICATED']);
    expect(codeOf(await anonymous.request(SEND_TEST, { to: newPhone() }))).toEqual(['UNAUTHENTICATED']);
    expect(await text(failed.id)).toMatchObject({ status: 'FAILED', attempts: 1 });
    expect(provider.to(phone)).toHaveLength(1);
    expect(await testTexts()).toBe(tests);
  });
});
