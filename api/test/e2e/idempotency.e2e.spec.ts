import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganization, type TestOrg } from '../support/factories.js';
import { startTestApp, until, type TestApp } from '../support/test-app.js';

const CREATE = 'mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id name } }';

describe('idempotency keys', () => {
  let t: TestApp;
  let org: TestOrg;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganization(t);
  });
  afterAll(() => t.stop());

  const count = async (name: string) => (await t.sql<{ n: string }>('select count(*) as n from department where name = $1', [name]))[0].n;

  it('replays the first result for the same key instead of running the mutation again', async () => {
    const headers = { 'idempotency-key': 'key-replay-1' };
    const first = await org.admin.request(CREATE, { input: { name: 'Once only' } }, headers);
    const second = await org.admin.request(CREATE, { input: { name: 'Once only' } }, headers);
    expect(first.errors).toBeUndefined();
    expect(second.data).toEqual(first.data);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(await count('Once only')).toBe('1');
  });

  it('refuses the same key for a different request', async () => {
    const headers = { 'idempotency-key': 'key-reused-1' };
    await org.admin.request(CREATE, { input: { name: 'First use' } }, headers);
    const other = await org.admin.request(CREATE, { input: { name: 'Different' } }, headers);
    expect(other.errors?.[0].extensions.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await count('Different')).toBe('0');
  });

  it('frees the key when the first attempt failed, so the retry runs for real', async () => {
    const headers = { 'idempotency-key': 'key-failed-1' };
    const failed = await org.admin.request(CREATE, { input: { name: '' } }, headers);
    expect(failed.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const again = await org.admin.request(CREATE, { input: { name: '' } }, headers);
    expect(again.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(again.headers.get('idempotent-replayed')).toBeNull();
  });

  it('refuses a key longer than 200 characters (400 BAD_USER_INPUT, localized) and runs nothing', async () => {
    const refused = await org.admin.request(CREATE, { input: { name: 'Long key' } }, { 'idempotency-key': 'k'.repeat(201), 'accept-language': 'zh-CN' });
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].message).not.toBe('BAD_USER_INPUT');
    expect(await count('Long key')).toBe('0');
  });

  it('keeps keys per account: another person’s identical key runs independently', async () => {
    const other = await createOrganization(t);
    const headers = { 'idempotency-key': 'shared-key' };
    await org.admin.request(CREATE, { input: { name: 'Per account' } }, headers);
    const theirs = await other.admin.request(CREATE, { input: { name: 'Per account' } }, headers);
    expect(theirs.errors).toBeUndefined();
    expect(theirs.headers.get('idempotent-replayed')).toBeNull();
    expect(await count('Per account')).toBe('2');
  });

  /**
   * The first attempt is held inside its transaction: the test locks the department table against inserts, so the
   * mutation waits on it, as a slow or stuck first attempt would.
   */
  async function withDepartmentsLocked<T>(work: (waiting: () => Promise<number>) => Promise<T>): Promise<T> {
    const locker = new pg.Client({ connectionString: t.databaseUrl });
    await locker.connect();
    try {
      await locker.query('begin');
      await locker.query('lock table department in share mode');
      const waiting = async () => Number((await t.sql<{ n: string }>("select count(*) as n from pg_locks where relation = 'department'::regclass and not granted"))[0].n);
      return await work(waiting);
    } finally {
      await locker.query('rollback').catch(() => undefined);
      await locker.end();
    }
  }

  const send = (key: string, name: string, signal?: AbortSignal) =>
    fetch(`${org.admin.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${org.admin.accessToken}`, 'idempotency-key': key },
      body: JSON.stringify({ query: CREATE, variables: { input: { name } } }),
      signal,
    });

  it('refuses a retry while the first attempt is still running (409 IDEMPOTENCY_KEY_IN_USE, localized), then replays its answer', async () => {
    const headers = { 'idempotency-key': 'key-in-use-1' };
    // Handed out wrapped: returning the promise itself would make the locked section wait for the attempt it holds up.
    const { pending } = await withDepartmentsLocked(async (waiting) => {
      const pending = org.admin.request(CREATE, { input: { name: 'Held first' } }, headers);
      await until(async () => (await waiting()) === 1, 'the first attempt to wait inside its transaction');
      const retry = await org.admin.request(CREATE, { input: { name: 'Held first' } }, { ...headers, 'accept-language': 'zh-HK' });
      expect(retry.status).toBe(409);
      expect(retry.errors?.[0].extensions.code).toBe('IDEMPOTENCY_KEY_IN_USE');
      expect(retry.errors?.[0].message).toBe('使用此冪等鍵的請求仍在處理中。');
      return { pending };
    });
    const first = await pending;
    expect(first.errors).toBeUndefined();
    const replay = await org.admin.request(CREATE, { input: { name: 'Held first' } }, headers);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.data).toEqual(first.data);
    expect(await count('Held first')).toBe('1');
  });

  it('replays a change whose answer never reached the client (it gave up waiting), with the id it was created with', async () => {
    const abandoned = new AbortController();
    await withDepartmentsLocked(async (waiting) => {
      const pending = send('key-lost-answer-1', 'Answer lost', abandoned.signal).catch((error: Error) => error);
      await until(async () => (await waiting()) === 1, 'the first attempt to wait inside its transaction');
      abandoned.abort();
      expect(await pending).toBeInstanceOf(Error);
    });
    // The server carried on without the client and committed the change with its answer.
    await until(async () => (await count('Answer lost')) === '1', 'the abandoned attempt to commit');
    const [{ id }] = await t.sql<{ id: string }>('select id from department where name = $1', ['Answer lost']);
    const retry = await send('key-lost-answer-1', 'Answer lost');
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await retry.json()).toEqual({ data: { createDepartment: { id, name: 'Answer lost' } } });
    expect(await count('Answer lost')).toBe('1');
  });

  it('stores the answer in the change’s own transaction: a rolled-back change leaves no record, a committed one exactly one', async () => {
    const stored = async (key: string) => (await t.sql<{ n: string }>('select count(*) as n from idempotency_record where key = $1', [key]))[0].n;
    await org.admin.request(CREATE, { input: { name: '' } }, { 'idempotency-key': 'key-rolled-back-1' });
    expect(await stored('key-rolled-back-1')).toBe('0');
    await org.admin.request(CREATE, { input: { name: 'Committed with its answer' } }, { 'idempotency-key': 'key-committed-1' });
    expect(await stored('key-committed-1')).toBe('1');
  });
});
