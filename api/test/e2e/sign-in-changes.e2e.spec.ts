import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignRole, assignRoleById, createCustomRole, createDepartment, createOrganization, createPerson, PASSWORD, type TestOrg, type TestPerson } from '../support/factories.js';
import { fieldsOf, SIGN_IN, startTestApp, type GqlClient, type TestApp } from '../support/test-app.js';

const UPDATE_EMAIL = 'mutation($id: ID!, $e: String!) { updatePerson(id: $id, input: { workEmail: $e }) { id workEmail } }';
const WORK_EMAIL = 'query($id: ID!) { person(id: $id) { workEmail } }';
const IMPORT = `mutation($kind: ImportKind!, $csv: String!, $dryRun: Boolean!) {
  importOrganizationCsv(kind: $kind, csv: $csv, dryRun: $dryRun) { applied created updated unchanged problems { row field code } }
}`;
const AUDIT = 'query($filter: AuditFilter) { auditEntries(filter: $filter, take: 50) { items { action targetId } } }';

/**
 * Moving someone's sign-in to an address you read lets you act as them. These specs pin down who may: yourself, or
 * someone who holds every right you hold (see the updatePerson description for the comparison).
 */
describe('changing someone else’s sign-in email', () => {
  let t: TestApp;
  let org: TestOrg;
  let hr: TestPerson;

  const fresh = (o: TestOrg = org) => `moved-${randomBytes(4).toString('hex')}@${o.domain}`;
  const moveAs = (client: GqlClient, personId: string, email: string) => client.request(UPDATE_EMAIL, { id: personId, e: email });
  async function expectRefused(client: GqlClient, target: { personId: string; email: string }) {
    const result = await moveAs(client, target.personId, fresh());
    expect(result.errors?.[0].extensions.code).toBe('TARGET_HOLDS_MORE_RIGHTS');
    expect(fieldsOf(result)).toEqual([['workEmail', 'TARGET_HOLDS_MORE_RIGHTS']]);
    // Nothing moved: the target still signs in as before.
    expect((await org.admin.ok<{ person: { workEmail: string } }>(WORK_EMAIL, { id: target.personId })).person.workEmail).toBe(target.email);
    await t.signIn(target.email, PASSWORD);
  }
  async function expectMoved(client: GqlClient, target: { personId: string; email: string }) {
    const email = fresh();
    const result = await moveAs(client, target.personId, email);
    expect(result.errors).toBeUndefined();
    expect(await t.anonymous().errorCode(SIGN_IN, { input: { email: target.email, password: PASSWORD } })).toBe('INVALID_CREDENTIALS');
    await t.signIn(email, PASSWORD);
    target.email = email;
  }

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganization(t);
    // HR alone: no Employee role, its own rules cover an employee's.
    hr = await createPerson(t, org, { roles: ['hr'] });
  });
  afterAll(() => t.stop());

  it('refuses HR changing the Organisation Admin’s sign-in email (a takeover), in the caller’s language', async () => {
    await expectRefused(hr.client!, { personId: org.adminPersonId, email: org.adminEmail });
    hr.client!.locale = 'zh-HK';
    const result = await moveAs(hr.client!, org.adminPersonId, fresh());
    hr.client!.locale = 'en';
    expect(result.errors?.[0].message).toBe('你不可更改擁有你所沒有權限的人員的登入資料。');
  });

  it('lets HR change the sign-in email of an employee, a department manager and another HR person', async () => {
    for (const roles of [['employee'], ['employee', 'department-manager'], ['hr']]) {
      const target = await createPerson(t, org, { roles });
      await expectMoved(hr.client!, target);
    }
  });

  it('refuses HR changing the email of someone who reads more than HR does (an auditor)', async () => {
    await expectRefused(hr.client!, await createPerson(t, org, { roles: ['employee', 'auditor'] }));
  });

  it('lets everyone change their own sign-in email, and the admin change anyone’s in the organisation', async () => {
    await expectMoved(hr.client!, hr);
    hr.client = await t.signIn(hr.email, PASSWORD);
    const otherAdmin = await createPerson(t, org, { roles: ['employee', 'org-admin'] });
    await expectMoved(org.admin, otherAdmin);
    // Moving their sign-in ended their sessions, access tokens included.
    expect(await otherAdmin.client!.errorCode('{ me { id } }')).toBe('UNAUTHENTICATED');
    otherAdmin.client = await t.signIn(otherAdmin.email, PASSWORD);
    const admin = { personId: org.adminPersonId, email: org.adminEmail };
    await expectMoved(otherAdmin.client, admin);
    org.admin = await t.signIn(admin.email, PASSWORD);
  });

  it('compares department scopes: a branch HR covers what its scope covers, nothing above it', async () => {
    const branch = await createDepartment(org, 'Branch');
    const team = await createDepartment(org, 'Branch team', branch);
    const branchHr = await createPerson(t, org, { departmentId: branch });
    await assignRole(org, branchHr.personId, 'hr', branch);
    // An employee of the branch: covered by the branch HR's own Employee role.
    await expectMoved(branchHr.client!, await createPerson(t, org, { departmentId: team }));
    // HR for the team only: inside the branch HR's scope.
    const teamHr = await createPerson(t, org, { departmentId: team });
    await assignRole(org, teamHr.personId, 'hr', team);
    await expectMoved(branchHr.client!, teamHr);
    // A department manager everywhere: more than the branch HR holds.
    await expectRefused(branchHr.client!, await createPerson(t, org, { departmentId: team, roles: ['employee', 'department-manager'] }));
    // HR for the whole organisation: refused even inside the branch.
    await expectRefused(branchHr.client!, await createPerson(t, org, { departmentId: team, roles: ['employee', 'hr'] }));
  });

  it('counts a denial the actor is under against them when the target is free of it', async () => {
    const desk = await createCustomRole(org, 'Email desk', [
      { action: 'manage', subject: 'Person' },
      { action: 'read', subject: 'Organization' },
      { action: 'read', subject: 'Department' },
      { action: 'read', subject: 'JobRank' },
      { action: 'read', subject: 'Person', fields: ['homeAddress'], inverted: true },
    ]);
    const clerk = await createPerson(t, org, { roles: [] });
    await assignRoleById(org, clerk.personId, desk);
    // An employee reads their own home address; the clerk may not read anyone's.
    await expectRefused(clerk.client!, await createPerson(t, org));
    const restricted = await createPerson(t, org, { roles: [] });
    await assignRoleById(org, restricted.personId, desk);
    await expectMoved(clerk.client!, restricted);
  });

  it('lets only a platform operator move a platform operator’s sign-in', async () => {
    const platform = await createOrganization(t, { platformOperator: true });
    const colleague = await createPerson(t, platform, { roles: ['employee', 'org-admin'] });
    const operatorAccount = { personId: platform.adminPersonId, email: platform.adminEmail };
    const result = await moveAs(colleague.client!, operatorAccount.personId, fresh(platform));
    expect(result.errors?.[0].extensions.code).toBe('TARGET_HOLDS_MORE_RIGHTS');
    // The operator may move their own.
    const email = fresh(platform);
    await platform.admin.ok(UPDATE_EMAIL, { id: operatorAccount.personId, e: email });
    await t.signIn(email, PASSWORD);
  });

  it('records the move and ends the moved person’s sessions', async () => {
    const target = await createPerson(t, org);
    await expectMoved(hr.client!, target);
    expect(await t.anonymous().errorCode('mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }', { t: target.client!.refreshToken })).toBe('REFRESH_TOKEN_INVALID');
    // Their access token stops at once, too.
    expect(await target.client!.errorCode('{ me { id } }')).toBe('UNAUTHENTICATED');
    const audit = await org.admin.ok<{ auditEntries: { items: { action: string }[] } }>(AUDIT, { filter: { actionPrefix: 'identity.account.email' } });
    expect(audit.auditEntries.items.length).toBeGreaterThan(0);
    expect(new Set(audit.auditEntries.items.map((e) => e.action))).toEqual(new Set(['identity.account.email_changed']));
  });
});

describe('CSV imports move sign-ins under the same rules', () => {
  let t: TestApp;
  let org: TestOrg;
  let other: TestOrg;

  const importPeople = async (client: GqlClient, csv: string, dryRun = false) =>
    (await client.ok<{ importOrganizationCsv: { applied: boolean; updated: number; problems: { row: number; field: string; code: string }[] } }>(IMPORT, { kind: 'PEOPLE', csv, dryRun }))
      .importOrganizationCsv;
  const withExternalId = (personId: string, externalId: string) =>
    org.admin.ok('mutation($id: ID!, $x: String!) { updatePerson(id: $id, input: { externalId: $x }) { id } }', { id: personId, x: externalId });

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganization(t);
    other = await createOrganization(t);
    await org.admin.ok(IMPORT, { kind: 'DEPARTMENTS', csv: 'external_id,name\nhq,HQ', dryRun: false });
  });
  afterAll(() => t.stop());

  it('reports rows that would move a sign-in out of the domains, onto a taken address or away from someone above the importer, and writes nothing', async () => {
    const hr = await createPerson(t, org, { roles: ['employee', 'hr'] });
    const employee = await createPerson(t, org);
    const colleague = await createPerson(t, org);
    await withExternalId(org.adminPersonId, 'adm');
    await withExternalId(employee.personId, 'emp');
    await withExternalId(colleague.personId, 'col');
    const csv = [
      'external_id,display_name,work_email,department_external_ids',
      `adm,Admin Person,taken-over@${org.domain},hq`,
      `emp,Employee,someone@${other.domain},hq`,
      `col,Colleague,${employee.email},hq`,
    ].join('\n');
    for (const dryRun of [true, false]) {
      const report = await importPeople(hr.client!, csv, dryRun);
      expect(report.applied).toBe(false);
      expect(report.problems).toEqual([
        { row: 2, field: 'work_email', code: 'TARGET_HOLDS_MORE_RIGHTS' },
        { row: 3, field: 'work_email', code: 'EMAIL_DOMAIN_NOT_CLAIMED' },
        { row: 4, field: 'work_email', code: 'EMAIL_TAKEN' },
      ]);
    }
    await t.signIn(org.adminEmail, PASSWORD);
    await t.signIn(employee.email, PASSWORD);
  });

  it('moves the sign-in with the imported work email, so the two never part', async () => {
    const employee = await createPerson(t, org);
    await withExternalId(employee.personId, 'mover');
    const email = `imported-${randomBytes(3).toString('hex')}@${org.domain}`;
    const report = await importPeople(org.admin, `external_id,display_name,work_email,department_external_ids\nmover,Mover,${email},hq`);
    expect(report).toMatchObject({ applied: true, updated: 1, problems: [] });
    expect(await t.anonymous().errorCode(SIGN_IN, { input: { email: employee.email, password: PASSWORD } })).toBe('INVALID_CREDENTIALS');
    await t.signIn(email, PASSWORD);
    const audit = await org.admin.ok<{ auditEntries: { items: { action: string }[] } }>(AUDIT, { filter: { actionPrefix: 'identity.account.email' } });
    expect(audit.auditEntries.items.map((e) => e.action)).toEqual(['identity.account.email_changed']);
  });
});
