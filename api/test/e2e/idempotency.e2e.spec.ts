import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganization, type TestOrg } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

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

  it('keeps keys per account: another person’s identical key runs independently', async () => {
    const other = await createOrganization(t);
    const headers = { 'idempotency-key': 'shared-key' };
    await org.admin.request(CREATE, { input: { name: 'Per account' } }, headers);
    const theirs = await other.admin.request(CREATE, { input: { name: 'Per account' } }, headers);
    expect(theirs.errors).toBeUndefined();
    expect(theirs.headers.get('idempotent-replayed')).toBeNull();
    expect(await count('Per account')).toBe('2');
  });
});
