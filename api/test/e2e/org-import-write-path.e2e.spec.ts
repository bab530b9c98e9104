import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignRoleById, createCustomRole, createOrganization, createPerson, PASSWORD, type TestOrg } from '../support/factories.js';
import { SIGN_IN, startTestApp, type GqlClient, type GqlResult, type TestApp } from '../support/test-app.js';

/**
 * A CSV import saves each row through the same service functions as the mutations: the same rules, the same refusals
 * (with the same codes), the same sign-in moves and session ends, and one event per changed record.
 */
const IMPORT = `mutation($kind: ImportKind!, $csv: String!, $dryRun: Boolean!) {
  importOrganizationCsv(kind: $kind, csv: $csv, dryRun: $dryRun) { applied created updated unchanged problems { row field code message } }
}`;
const UPDATE_PERSON = 'mutation($id: ID!, $input: PersonDetailsInput!) { updatePerson(id: $id, input: $input) { id } }';

interface Report {
  applied: boolean;
  created: number;
  updated: number;
  unchanged: number;
  problems: { row: number; field: string; code: string; message: string }[];
}

async function importCsv(client: GqlClient, kind: 'DEPARTMENTS' | 'PEOPLE', csv: string, dryRun = false): Promise<Report> {
  return (await client.ok<{ importOrganizationCsv: Report }>(IMPORT, { kind, csv, dryRun })).importOrganizationCsv;
}

/** The code a mutation was refused with: the field problem's code for bad input, else the error's. */
const refusal = (result: GqlResult) => result.errors?.[0].extensions.fields?.[0]?.code ?? result.errors?.[0].extensions.code;

describe('CSV import: one write path', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  /**
   * The organisation's last recorded event (events after it are what the next step records). By `position`, the order of
   * recording: the sequence number is given only when the dispatcher delivers an event, which may not have happened yet.
   */
  async function lastSequence(org: TestOrg): Promise<number> {
    const [row] = await t.sql<{ last: string | null }>('select max(position) as last from outbox_event where tenant_id = $1', [org.organizationId]);
    return Number(row.last ?? 0);
  }

  /** Events recorded after `since`, as `type subjectId`, in order. */
  async function eventsSince(org: TestOrg, since: number): Promise<{ type: string; subjectId: string }[]> {
    return (await t.sql<{ type: string; subject_id: string }>('select type, subject_id from outbox_event where tenant_id = $1 and position > $2 order by position', [org.organizationId, since])).map(
      (row) => ({ type: row.type, subjectId: row.subject_id }),
    );
  }

  /** Ids of the people who came from a file (active and archived), by external id. */
  async function idsByExternalId(org: TestOrg): Promise<Record<string, string>> {
    type Page = { items: { id: string; externalId: string | null }[] };
    const data = await org.admin.ok<{ active: Page; archived: Page }>(
      '{ active: people(take: 100) { items { id externalId } } archived: people(filter: { status: ARCHIVED }, take: 100) { items { id externalId } } }',
    );
    return Object.fromEntries([...data.active.items, ...data.archived.items].filter((p) => p.externalId).map((p) => [p.externalId, p.id]));
  }

  async function departmentId(org: TestOrg, externalId: string): Promise<string> {
    const data = await org.admin.ok<{ departments: { items: { id: string; externalId: string | null }[] } }>(
      '{ departments(filter: { includeArchived: true }, take: 100) { items { id externalId } } }',
    );
    return data.departments.items.find((d) => d.externalId === externalId)!.id;
  }

  const setExternalId = (org: TestOrg, personId: string, externalId: string) => org.admin.ok(UPDATE_PERSON, { id: personId, input: { externalId } });

  const PEOPLE_CSV = [
    'external_id,display_name,job_title,department_external_ids,manager_external_id',
    'w1,Worker One,Foreman,site,m1',
    'm1,Manager One,Site Manager,site,boss',
    'boss,The Boss,Director,hq,',
  ].join('\n');

  it('records one event per person created or changed (and one for the run), each in the audit log; nothing for unchanged rows', async () => {
    const org = await createOrganization(t);
    let since = await lastSequence(org);
    await importCsv(org.admin, 'DEPARTMENTS', 'external_id,name,parent_external_id\nsite,Site,hq\nhq,HQ,');
    const departments = await eventsSince(org, since);
    expect(departments.map((e) => e.type)).toEqual(['org.department.created', 'org.department.created', 'org.departments.imported']);
    // Parents are saved before their children, whatever the file's order.
    expect(departments[0].subjectId).toBe(await departmentId(org, 'hq'));

    since = await lastSequence(org);
    expect(await importCsv(org.admin, 'PEOPLE', PEOPLE_CSV)).toMatchObject({ applied: true, created: 3 });
    const ids = await idsByExternalId(org);
    const created = await eventsSince(org, since);
    expect(created.map((e) => e.type)).toEqual(['org.person.created', 'org.person.created', 'org.person.created', 'org.people.imported']);
    // Managers are created before their reports, so each person is created with their manager: no second event.
    expect(created.slice(0, 3).map((e) => e.subjectId)).toEqual([ids.boss, ids.m1, ids.w1]);

    since = await lastSequence(org);
    const changed = PEOPLE_CSV.replace('Worker One,Foreman', 'Worker One,Senior Foreman').replace('The Boss,Director', 'The Boss,Managing Director');
    expect(await importCsv(org.admin, 'PEOPLE', changed)).toMatchObject({ applied: true, created: 0, updated: 2, unchanged: 1 });
    expect((await eventsSince(org, since)).map((e) => `${e.type} ${e.subjectId}`)).toEqual([
      `org.person.updated ${ids.boss}`,
      `org.person.updated ${ids.w1}`,
      `org.people.imported ${org.organizationId}`,
    ]);

    // A new manager is a change of the membership (its own record), not of the person's details.
    since = await lastSequence(org);
    expect(await importCsv(org.admin, 'PEOPLE', changed.replace('site,m1', 'site,boss'))).toMatchObject({ updated: 1, unchanged: 2 });
    expect((await eventsSince(org, since)).map((e) => `${e.type} ${e.subjectId}`)).toEqual([`org.membership.updated ${ids.w1}`, `org.people.imported ${org.organizationId}`]);

    // The same file again changes nothing and records only the run.
    since = await lastSequence(org);
    expect(await importCsv(org.admin, 'PEOPLE', changed.replace('site,m1', 'site,boss'))).toMatchObject({ updated: 0, unchanged: 3 });
    expect((await eventsSince(org, since)).map((e) => e.type)).toEqual(['org.people.imported']);

    // Each person's changes are in the audit log under their own id, with what changed.
    const audit = await org.admin.ok<{ auditEntries: { items: { action: string; targetId: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null }[] } }>(
      'query($filter: AuditFilter) { auditEntries(filter: $filter, take: 50) { items { action targetId before after } } }',
      { filter: { actionPrefix: 'org.person.updated' } },
    );
    const boss = audit.auditEntries.items.find((e) => e.targetId === ids.boss);
    expect(boss).toMatchObject({ before: { jobTitle: 'Director' }, after: { jobTitle: 'Managing Director' } });
  });

  it('moves the sign-in with a re-imported work email and ends the person’s sessions, recording what updatePerson records', async () => {
    const org = await createOrganization(t);
    await importCsv(org.admin, 'DEPARTMENTS', 'external_id,name\nhq,HQ');
    const hq = await departmentId(org, 'hq');
    const mover = await createPerson(t, org, { name: 'Mover', departmentId: hq });
    const compared = await createPerson(t, org, { name: 'Compared', departmentId: hq });
    await setExternalId(org, mover.personId, 'mover');
    const moverAgain = await t.signIn(mover.email, PASSWORD); // a second device

    // What the mutation does to `compared`, the import must do to `mover`.
    let since = await lastSequence(org);
    await org.admin.ok(UPDATE_PERSON, { id: compared.personId, input: { workEmail: `compared-${randomBytes(3).toString('hex')}@${org.domain}` } });
    const byMutation = (await eventsSince(org, since)).map((e) => e.type);

    since = await lastSequence(org);
    const email = `Moved-${randomBytes(3).toString('hex')}@${org.domain}`;
    expect(await importCsv(org.admin, 'PEOPLE', `external_id,display_name,work_email,department_external_ids\nmover,Mover,${email},hq`)).toMatchObject({
      applied: true,
      updated: 1,
      problems: [],
    });
    const byImport = (await eventsSince(org, since)).map((e) => e.type);
    expect(byImport.filter((type) => type !== 'org.people.imported')).toEqual(byMutation);
    expect(byMutation).toEqual(['identity.account.email_changed', 'org.person.updated']);

    // Sign-in moved with the email: the old address no longer signs in, the new one (lower-cased) does.
    expect(await t.anonymous().errorCode(SIGN_IN, { input: { email: mover.email, password: PASSWORD } })).toBe('INVALID_CREDENTIALS');
    await t.signIn(email.toLowerCase(), PASSWORD);
    // Every session of theirs ended, on every device: refresh tokens are refused, access tokens stop at once.
    for (const client of [mover.client!, moverAgain]) {
      expect(await t.anonymous().errorCode('mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }', { t: client.refreshToken })).toBe('REFRESH_TOKEN_INVALID');
      expect(await client.errorCode('{ me { id } }')).toBe('UNAUTHENTICATED');
    }
  });

  describe('a row a mutation would refuse is refused with the same code, and nothing is written', () => {
    let org: TestOrg;
    let ids: Record<string, string>;

    beforeAll(async () => {
      org = await createOrganization(t);
      await importCsv(org.admin, 'DEPARTMENTS', 'external_id,name\nhq,HQ\nclosed,Closed\nother,Other');
      await org.admin.ok('mutation($id: ID!) { archiveDepartment(id: $id) { id } }', { id: await departmentId(org, 'closed') });
      await importCsv(org.admin, 'PEOPLE', 'external_id,display_name,mobile_phone,department_external_ids\nstays,Stays,+852 9000 0000,hq\nleaver,Leaver,,hq');
      ids = await idsByExternalId(org);
      await org.admin.ok('mutation($id: ID!) { archivePerson(id: $id) { id } }', { id: ids.leaver });
    });

    /** Imports as `client` (a dry run first: it reports the same) and returns the only problem. */
    async function refusedImport(client: GqlClient, kind: 'DEPARTMENTS' | 'PEOPLE', csv: string) {
      const dryRun = await importCsv(client, kind, csv, true);
      const report = await importCsv(client, kind, csv);
      expect(report).toMatchObject({ applied: false, created: 0, updated: 0, unchanged: 0 });
      expect(dryRun.problems).toEqual(report.problems);
      expect(report.problems).toHaveLength(1);
      return report.problems[0];
    }

    it('an archived department (DEPARTMENT_ARCHIVED); the rows saved before it are rolled back', async () => {
      const mutation = await org.admin.request('mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }', {
        input: { displayName: 'Newcomer', memberships: [{ departmentId: await departmentId(org, 'closed'), isPrimary: true }] },
      });
      expect(refusal(mutation)).toBe('DEPARTMENT_ARCHIVED');
      const problem = await refusedImport(org.admin, 'PEOPLE', 'external_id,display_name,department_external_ids\nfine,Fine Person,hq\nnewcomer,Newcomer,closed');
      expect(problem).toMatchObject({ row: 3, field: 'department_external_ids', code: 'DEPARTMENT_ARCHIVED', message: 'This department is archived.' });
      expect(Object.keys(await idsByExternalId(org)).sort()).toEqual(['leaver', 'stays']);
    });

    it('a manager who has left (UNKNOWN_REFERENCE)', async () => {
      const [membership] = (await org.admin.ok<{ person: { memberships: { id: string }[] } }>('query($id: ID!) { person(id: $id) { memberships { id } } }', { id: ids.stays })).person.memberships;
      const mutation = await org.admin.request('mutation($id: ID!, $input: UpdateMembershipInput!) { updateMembership(id: $id, input: $input) { id } }', {
        id: membership.id,
        input: { managerId: ids.leaver },
      });
      expect(refusal(mutation)).toBe('UNKNOWN_REFERENCE');
      const problem = await refusedImport(org.admin, 'PEOPLE', 'external_id,display_name,department_external_ids,manager_external_id\nstays,Stays,hq,leaver');
      expect(problem).toMatchObject({ row: 2, field: 'manager_external_id', code: 'UNKNOWN_REFERENCE' });
    });

    it('another department for someone who has left (PERSON_ARCHIVED)', async () => {
      const mutation = await org.admin.request('mutation($id: ID!, $input: MembershipInput!) { addPersonToDepartment(personId: $id, input: $input) { id } }', {
        id: ids.leaver,
        input: { departmentId: await departmentId(org, 'other') },
      });
      expect(refusal(mutation)).toBe('PERSON_ARCHIVED');
      const problem = await refusedImport(org.admin, 'PEOPLE', 'external_id,display_name,department_external_ids\nleaver,Leaver,hq;other');
      expect(problem).toMatchObject({ row: 2, field: 'external_id', code: 'PERSON_ARCHIVED' });
    });

    it('a protected field the importer may not change (FORBIDDEN), though they may import people', async () => {
      const role = await createCustomRole(org, `Importer ${randomBytes(3).toString('hex')}`, [
        { action: 'import', subject: 'Person' },
        { action: 'read', subject: 'Person' },
        { action: 'read', subject: 'Department' },
        { action: 'read', subject: 'JobRank' },
        { action: 'update', subject: 'Person', fields: ['displayName', 'jobTitle', 'memberships'] },
      ]);
      const importer = await createPerson(t, org, { roles: [] });
      await assignRoleById(org, importer.personId, role);
      const mutation = await importer.client!.request(UPDATE_PERSON, { id: ids.stays, input: { mobilePhone: '+852 9999 9999' } });
      expect(refusal(mutation)).toBe('FORBIDDEN');
      const problem = await refusedImport(importer.client!, 'PEOPLE', 'external_id,display_name,mobile_phone,department_external_ids\nstays,Stays,+852 9999 9999,hq');
      expect(problem).toMatchObject({ row: 2, field: 'mobile_phone', code: 'FORBIDDEN' });
      // The fields they may change, they can import.
      expect(await importCsv(importer.client!, 'PEOPLE', 'external_id,display_name,job_title,department_external_ids\nstays,Stays,Clerk,hq')).toMatchObject({
        applied: true,
        updated: 1,
      });
    });

    it('a department under an archived one (DEPARTMENT_ARCHIVED)', async () => {
      const mutation = await org.admin.request('mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }', {
        input: { name: 'Annex', parentId: await departmentId(org, 'closed') },
      });
      expect(refusal(mutation)).toBe('DEPARTMENT_ARCHIVED');
      const problem = await refusedImport(org.admin, 'DEPARTMENTS', 'external_id,name,parent_external_id\nannex,Annex,closed');
      expect(problem).toMatchObject({ row: 2, field: 'parent_external_id', code: 'DEPARTMENT_ARCHIVED' });
    });

    it('a department code longer than the column (TOO_LONG), on a rename as on a creation', async () => {
      const code = 'X'.repeat(51);
      const mutation = await org.admin.request('mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }', { input: { name: 'Long', code } });
      expect(refusal(mutation)).toBe('TOO_LONG');
      for (const csv of [`external_id,name,code\nlong,Long,${code}`, `external_id,name,code\nhq,HQ,${code}`]) {
        expect(await refusedImport(org.admin, 'DEPARTMENTS', csv)).toMatchObject({ row: 2, field: 'code', code: 'TOO_LONG' });
      }
    });
  });

  it('saves in an order that never meets a passing loop: a file that swaps two people’s reporting line, and two departments', async () => {
    const org = await createOrganization(t);
    await importCsv(org.admin, 'DEPARTMENTS', 'external_id,name,parent_external_id\nupper,Upper,\nlower,Lower,upper');
    await importCsv(org.admin, 'PEOPLE', 'external_id,display_name,department_external_ids,manager_external_id\nchief,Chief,upper,\ndeputy,Deputy,upper,chief');
    // Applied row by row in file order, the first row would be refused (the other still hangs below it).
    expect(await importCsv(org.admin, 'DEPARTMENTS', 'external_id,name,parent_external_id\nupper,Upper,lower\nlower,Lower,')).toMatchObject({ applied: true, updated: 2 });
    expect(await importCsv(org.admin, 'PEOPLE', 'external_id,display_name,department_external_ids,manager_external_id\nchief,Chief,upper,deputy\ndeputy,Deputy,upper,')).toMatchObject({
      applied: true,
      updated: 2,
    });
    const ids = await idsByExternalId(org);
    const chain = await org.admin.ok<{ managerChain: { id: string }[] }>('query($id: ID!) { managerChain(personId: $id) { id } }', { id: ids.chief });
    // Upper sits under the company root, so the chain goes on to the root's leader (the admin).
    expect(chain.managerChain.map((p) => p.id)).toEqual([ids.deputy, org.adminPersonId]);
  });

  it('refuses a file whose managers loop through someone outside it, naming the row on the loop', async () => {
    const org = await createOrganization(t);
    await importCsv(org.admin, 'DEPARTMENTS', 'external_id,name\nhq,HQ');
    await importCsv(org.admin, 'PEOPLE', 'external_id,display_name,department_external_ids,manager_external_id\nlead,Lead,hq,\nmember,Member,hq,lead');
    const before = await eventsSince(org, 0);
    // `member` (not in the file) reports to `lead`; the file makes `lead` report to `member`.
    const result = await org.admin.request(IMPORT, { kind: 'PEOPLE', csv: 'external_id,display_name,department_external_ids,manager_external_id\nnew,New,hq,\nlead,Lead,hq,member', dryRun: false });
    expect(result.errors?.[0].extensions.code).toBe('MANAGER_CYCLE');
    expect(result.errors?.[0].extensions.fields?.map((f) => [f.field, f.code])).toEqual([['rows.3.manager_external_id', 'MANAGER_CYCLE']]);
    expect(await eventsSince(org, 0)).toEqual(before);
  });
});
