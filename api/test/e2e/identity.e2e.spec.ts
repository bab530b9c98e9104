import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganization, createPerson, PASSWORD, type TestOrg } from '../support/factories.js';
import { SIGN_IN, startTestApp, type TestApp } from '../support/test-app.js';

const REFRESH = 'mutation($token: String!) { refreshSession(refreshToken: $token) { accessToken refreshToken } }';

describe('identity: sign-in, sessions, passwords', () => {
  let t: TestApp;
  let org: TestOrg;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganization(t);
  });
  afterAll(() => t.stop());

  it('signs in and answers `me` with the token', async () => {
    const client = await t.signIn(org.adminEmail, PASSWORD);
    const data = await client.ok<{ me: { id: string; displayName: string } }>('{ me { id displayName } }');
    expect(data.me).toEqual({ id: org.adminPersonId, displayName: 'Admin Person' });
  });

  it('refuses a wrong password with a localized, coded error', async () => {
    const client = t.anonymous();
    client.locale = 'zh-HK';
    const result = await client.request(SIGN_IN, { input: { email: org.adminEmail, password: 'wrong-password-1' } });
    expect(result.errors?.[0].extensions.code).toBe('INVALID_CREDENTIALS');
    expect(result.errors?.[0].message).toBe('電郵或密碼不正確（多次登入失敗後，須稍候數分鐘才可再登入）。');
  });

  it('applies input length limits (class-validator) with field details', async () => {
    const result = await t.anonymous().request(SIGN_IN, { input: { email: `${'x'.repeat(300)}@example.com`, password: 'x' } });
    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions.fields?.[0]).toMatchObject({ field: 'email', code: 'TOO_LONG', message: 'Must be at most 254 characters.' });
  });

  it('refuses unknown emails the same way', async () => {
    expect(await t.anonymous().errorCode(SIGN_IN, { input: { email: 'nobody@nowhere.example.com', password: PASSWORD } })).toBe('INVALID_CREDENTIALS');
  });

  it('rejects malformed input as BAD_USER_INPUT with field details', async () => {
    const result = await t.anonymous().request(SIGN_IN, { input: { email: 'not-an-email', password: '' } });
    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions.fields?.map((f) => f.field).sort()).toEqual(['email', 'password']);
  });

  it('rotates refresh tokens and revokes the family when an old one is reused', async () => {
    const client = await t.signIn(org.adminEmail, PASSWORD);
    const first = client.refreshToken!;
    const rotated = await t.anonymous().ok<{ refreshSession: { refreshToken: string } }>(REFRESH, { token: first });
    const second = rotated.refreshSession.refreshToken;
    expect(second).not.toBe(first);
    // Replaying the first token is theft or a bug: the whole family ends, including the newest token.
    expect(await t.anonymous().errorCode(REFRESH, { token: first })).toBe('REFRESH_TOKEN_REUSED');
    expect(await t.anonymous().errorCode(REFRESH, { token: second })).toBe('REFRESH_TOKEN_INVALID');
  });

  it('signs out: the refresh token stops working', async () => {
    const client = await t.signIn(org.adminEmail, PASSWORD);
    // The refresh token is the credential: no access token is needed (it may already have expired).
    const out = await t.anonymous().ok<{ signOut: boolean }>('mutation($t: String!) { signOut(refreshToken: $t) }', { t: client.refreshToken });
    expect(out.signOut).toBe(true);
    const again = await t.anonymous().ok<{ signOut: boolean }>('mutation($t: String!) { signOut(refreshToken: $t) }', { t: client.refreshToken });
    expect(again.signOut).toBe(false);
    expect(await t.anonymous().errorCode(REFRESH, { token: client.refreshToken })).toBe('REFRESH_TOKEN_INVALID');
  });

  it('rejects an invalid bearer token as UNAUTHENTICATED (not as anonymous)', async () => {
    const client = t.anonymous();
    client.accessToken = 'not-a-token';
    const result = await client.request('{ me { id } }');
    expect(result.status).toBe(401);
    expect(result.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('requires sign-in for `me`', async () => {
    expect(await t.anonymous().errorCode('{ me { id } }')).toBe('UNAUTHENTICATED');
  });

  it('locks an account after repeated failures, even for the right password (answered like a wrong password)', async () => {
    const employee = await createPerson(t, org);
    for (let i = 0; i < 5; i += 1) {
      expect(await t.anonymous().errorCode(SIGN_IN, { input: { email: employee.email, password: 'Wrong-password-9' } })).toBe('INVALID_CREDENTIALS');
    }
    expect(await t.anonymous().errorCode(SIGN_IN, { input: { email: employee.email, password: PASSWORD } })).toBe('INVALID_CREDENTIALS');
    // The control: once the lock has passed, the right password signs in again.
    await t.sql("update account set locked_until = now() - interval '1 second' where email = $1", [employee.email]);
    expect((await t.anonymous().request(SIGN_IN, { input: { email: employee.email, password: PASSWORD } })).errors).toBeUndefined();
  });

  it('changes the password: the old one stops working, other sessions end', async () => {
    const person = await createPerson(t, org);
    const other = await t.signIn(person.email, PASSWORD);
    const change = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }';
    expect(await person.client!.errorCode(change, { input: { currentPassword: 'Wrong-password-1', newPassword: 'New-password-22' } })).toBe('BAD_USER_INPUT');
    expect(await person.client!.errorCode(change, { input: { currentPassword: PASSWORD, newPassword: 'short' } })).toBe('BAD_USER_INPUT');
    await person.client!.ok(change, { input: { currentPassword: PASSWORD, newPassword: 'New-password-22' } });
    expect(await t.anonymous().errorCode(SIGN_IN, { input: { email: person.email, password: PASSWORD } })).toBe('INVALID_CREDENTIALS');
    expect(await t.anonymous().errorCode(REFRESH, { token: other.refreshToken })).toBe('REFRESH_TOKEN_INVALID');
    await t.signIn(person.email, 'New-password-22');
  });

  it('accepts sign-in only with an email in a domain verified for the account’s organisation, checked at every sign-in', async () => {
    const person = await createPerson(t, org);
    // Only SQL can take a domain from under active sign-ins (removeEmailDomain refuses to).
    const setStatus = (status: string) => t.sql('update email_domain set status = $1 where tenant_id = $2 and domain = $3', [status, org.organizationId, org.domain]);
    await setStatus('PENDING');
    expect(await t.anonymous().errorCode(SIGN_IN, { input: { email: person.email, password: PASSWORD } })).toBe('EMAIL_DOMAIN_NOT_ALLOWED');
    await setStatus('VERIFIED');
    await t.signIn(person.email, PASSWORD);
  });

  it('changes organisation settings for admins only, refusing bad input', async () => {
    const person = await createPerson(t, org);
    const settings = 'mutation($input: UpdateOrganizationSettingsInput!) { updateOrganizationSettings(input: $input) { name defaultLocale } }';
    expect(await person.client!.errorCode(settings, { input: { name: 'Taken over' } })).toBe('FORBIDDEN');
    const bad = await org.admin.request(settings, { input: { name: ' ', defaultLocale: 'fr' } });
    expect(bad.errors?.[0].extensions.fields?.map((f) => [f.field, f.code])).toEqual([
      ['name', 'REQUIRED'],
      ['defaultLocale', 'INVALID_VALUE'],
    ]);
    const current = await org.admin.ok<{ organization: { name: string; defaultLocale: string } }>('{ organization { name defaultLocale } }');
    expect(current.organization).toEqual({ name: `Test Org ${org.slug}`, defaultLocale: 'en' });
  });

  it('answers in the person’s saved language, then Accept-Language', async () => {
    const person = await createPerson(t, org);
    const forbidden = 'mutation { createDepartment(input: { name: "x" }) { id } }';
    expect((await person.client!.request(forbidden)).errors?.[0].message).toBe('You do not have permission to do this.');
    await person.client!.ok('mutation($id: ID!) { updatePerson(id: $id, input: { locale: "zh-CN" }) { id } }', { id: person.personId });
    // The preference travels in the next token.
    const refreshed = await t.anonymous().ok<{ refreshSession: { accessToken: string } }>(REFRESH, { token: person.client!.refreshToken });
    person.client!.accessToken = refreshed.refreshSession.accessToken;
    expect((await person.client!.request(forbidden)).errors?.[0].message).toBe('你没有权限执行此操作。');
    // An explicit X-Harbour-Locale still wins.
    expect((await person.client!.request(forbidden, {}, { 'x-harbour-locale': 'zh-HK' })).errors?.[0].message).toBe('你沒有權限執行此操作。');
  });

  it('moves the sign-in with the work email, and does not reveal leavers to a wrong password', async () => {
    const person = await createPerson(t, org);
    const newEmail = `moved-${person.personId.slice(0, 8)}@${org.domain}`;
    await org.admin.ok('mutation($id: ID!, $e: String!) { updatePerson(id: $id, input: { workEmail: $e }) { id } }', { id: person.personId, e: newEmail });
    expect(await t.anonymous().errorCode(SIGN_IN, { input: { email: person.email, password: PASSWORD } })).toBe('INVALID_CREDENTIALS');
    await t.signIn(newEmail, PASSWORD);
    const taken = await org.admin.request('mutation($id: ID!, $e: String!) { updatePerson(id: $id, input: { workEmail: $e }) { id } }', { id: person.personId, e: org.adminEmail });
    expect(taken.errors?.[0].extensions.fields?.[0]).toMatchObject({ field: 'workEmail', code: 'EMAIL_TAKEN' });
    await org.admin.ok('mutation($id: ID!) { archivePerson(id: $id) { id } }', { id: person.personId });
    expect(await t.anonymous().errorCode(SIGN_IN, { input: { email: newEmail, password: 'Wrong-password-1' } })).toBe('INVALID_CREDENTIALS');
    expect(await t.anonymous().errorCode(SIGN_IN, { input: { email: newEmail, password: PASSWORD } })).toBe('ACCOUNT_DISABLED');
  });

  it('lets only platform admins create organisations', async () => {
    const create = 'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id slug } }';
    const input = { name: 'New Co', slug: 'new-co-x', emailDomains: ['new-co.example.com'], admin: { displayName: 'Boss', email: 'boss@new-co.example.com', password: PASSWORD } };
    expect(await org.admin.errorCode(create, { input })).toBe('FORBIDDEN');
    expect(await t.anonymous().errorCode(create, { input })).toBe('UNAUTHENTICATED');
  });
});
