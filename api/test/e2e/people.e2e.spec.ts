import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignRoleById, createCustomRole, createDepartment, createOrganization, createPerson, jobRankId, membershipsOf, PASSWORD, setDepartmentLeaders } from '../support/factories.js';
import { SIGN_IN, startTestApp, type GqlClient, type TestApp, fieldsOf } from '../support/test-app.js';

const CREATE = 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id displayName workEmail status memberships { departmentId isPrimary manager { id } } } }';
const UPDATE = 'mutation($id: ID!, $input: PersonDetailsInput!) { updatePerson(id: $id, input: $input) { id } }';
const ARCHIVE = 'mutation($id: ID!, $lastDay: String) { archivePerson(id: $id, lastDay: $lastDay) { id status employmentEndDate } }';
const ADD = 'mutation($personId: ID!, $input: MembershipInput!) { addPersonToDepartment(personId: $personId, input: $input) { id personId departmentId isPrimary manager { id } } }';
const UPDATE_MEMBERSHIP = 'mutation($id: ID!, $input: UpdateMembershipInput!) { updateMembership(id: $id, input: $input) { id departmentId isPrimary manager { id } } }';
const REMOVE = 'mutation($id: ID!) { removePersonFromDepartment(membershipId: $id) }';
const PERSON = `query($id: ID!) { person(id: $id) {
  id displayName englishName workEmail employeeNo jobTitle employmentStartDate employmentEndDate status locale externalId
  mobilePhone personalEmail homeAddress rank { code }
} }`;
const PEOPLE = 'query($filter: PersonFilter) { people(filter: $filter, take: 100) { totalCount items { id displayName status } } }';
const CONTACT = 'query($id: ID!) { person(id: $id) { id displayName workEmail mobilePhone personalEmail homeAddress } }';

type Person = Record<string, unknown> & { id: string; status: string };

async function person(client: GqlClient, id: string): Promise<Person> {
  return (await client.ok<{ person: Person }>(PERSON, { id })).person;
}

async function people(client: GqlClient, filter: Record<string, unknown>) {
  return (await client.ok<{ people: { totalCount: number; items: { id: string; displayName: string; status: string }[] } }>(PEOPLE, { filter })).people;
}

describe('people', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  describe('createPerson', () => {
    it('creates a person in several departments with one primary position, who signs in with the initial password only', async () => {
      const org = await createOrganization(t);
      const d1 = await createDepartment(org, 'D1');
      const d2 = await createDepartment(org, 'D2');
      const d3 = await createDepartment(org, 'D3');
      const manager = await createPerson(t, org, { departmentId: d2, signIn: false });
      const email = `Chan.TaiMan@${org.domain}`;
      const created = await org.admin.ok<{ createPerson: { id: string; displayName: string; workEmail: string; status: string; memberships: unknown[] } }>(CREATE, {
        input: {
          displayName: '陳大文',
          workEmail: email,
          initialPassword: 'Initial-pass-1',
          memberships: [{ departmentId: d1 }, { departmentId: d2, managerId: manager.personId, isPrimary: true }, { departmentId: d3, isPrimary: false }],
        },
      });
      expect(created.createPerson).toMatchObject({ displayName: '陳大文', workEmail: email.toLowerCase(), status: 'ACTIVE' });
      expect(created.createPerson.memberships).toEqual([
        { departmentId: d2, isPrimary: true, manager: { id: manager.personId } },
        { departmentId: d1, isPrimary: false, manager: null },
        { departmentId: d3, isPrimary: false, manager: null },
      ]);

      const client = await t.signIn(email, 'Initial-pass-1');
      expect((await client.ok<{ me: { id: string } }>('{ me { id } }')).me.id).toBe(created.createPerson.id);
      expect(await t.anonymous().errorCode(SIGN_IN, { input: { email, password: PASSWORD } })).toBe('INVALID_CREDENTIALS');
    });

    it('makes the first department primary when none is chosen, and gives no sign-in without an initial password', async () => {
      const org = await createOrganization(t);
      const d1 = await createDepartment(org, 'D1');
      const d2 = await createDepartment(org, 'D2');
      const email = `no-login@${org.domain}`;
      const created = await org.admin.ok<{ createPerson: { id: string; memberships: { departmentId: string; isPrimary: boolean }[] } }>(CREATE, {
        input: { displayName: 'No Login', workEmail: email, memberships: [{ departmentId: d1 }, { departmentId: d2 }] },
      });
      expect(created.createPerson.memberships.map((m) => [m.departmentId, m.isPrimary])).toEqual([
        [d1, true],
        [d2, false],
      ]);
      expect(await t.anonymous().errorCode(SIGN_IN, { input: { email, password: PASSWORD } })).toBe('INVALID_CREDENTIALS');
    });

    it('is forbidden to employees, department managers and anonymous callers', async () => {
      const org = await createOrganization(t);
      const d = await createDepartment(org, 'D');
      const employee = await createPerson(t, org, { departmentId: d });
      const manager = await createPerson(t, org, { departmentId: d, roles: ['employee', 'department-manager'] });
      await setDepartmentLeaders(org, d, [manager.personId]);
      const input = { displayName: 'Unwanted Hire', memberships: [{ departmentId: d }] };
      expect(await employee.client!.errorCode(CREATE, { input })).toBe('FORBIDDEN');
      expect(await manager.client!.errorCode(CREATE, { input })).toBe('FORBIDDEN');
      expect(await t.anonymous().errorCode(CREATE, { input })).toBe('UNAUTHENTICATED');
      expect((await people(org.admin, { search: 'Unwanted Hire' })).totalCount).toBe(0);
    });

    it('refuses bad input with every field named, and writes nothing', async () => {
      const org = await createOrganization(t);
      const d = await createDepartment(org, 'D');
      const existing = await createPerson(t, org, { departmentId: d, signIn: false });
      await org.admin.ok(UPDATE, { id: existing.personId, input: { employeeNo: 'E-001' } });

      const shape = await org.admin.request(CREATE, {
        input: { displayName: ' ', workEmail: 'not-an-email', employmentStartDate: '2024-02-31', employmentEndDate: '31/12/2024', memberships: [] },
      });
      expect(shape.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(fieldsOf(shape)).toEqual([
        ['displayName', 'REQUIRED'],
        ['workEmail', 'INVALID_EMAIL'],
        ['employmentStartDate', 'INVALID_DATE'],
        ['employmentEndDate', 'INVALID_DATE'],
        ['memberships', 'REQUIRED'],
      ]);

      const name = 'Should Not Exist';
      const cases: [Record<string, unknown>, [string, string][]][] = [
        [{ memberships: [{ departmentId: randomUUID() }] }, [['memberships.0.departmentId', 'UNKNOWN_REFERENCE']]],
        [{ memberships: [{ departmentId: d }, { departmentId: d }] }, [['memberships.1.departmentId', 'ALREADY_MEMBER']]],
        [{ memberships: [{ departmentId: d }, { departmentId: org.rootDepartmentId, managerId: randomUUID() }] }, [['memberships.1.managerId', 'UNKNOWN_REFERENCE']]],
        [{ employeeNo: 'E-001', memberships: [{ departmentId: d }] }, [['employeeNo', 'DUPLICATE_VALUE']]],
        [{ initialPassword: 'Long-enough-1', memberships: [{ departmentId: d }] }, [['workEmail', 'REQUIRED']]],
        [{ workEmail: `weak@${org.domain}`, initialPassword: 'short', memberships: [{ departmentId: d }] }, [['initialPassword', 'WEAK_PASSWORD']]],
        [{ employmentStartDate: '2024-06-01', employmentEndDate: '2024-05-31', memberships: [{ departmentId: d }] }, [['employmentEndDate', 'INVALID_DATE_RANGE']]],
      ];
      for (const [input, expected] of cases) {
        const result = await org.admin.request(CREATE, { input: { displayName: name, ...input } });
        expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
        expect(fieldsOf(result)).toEqual(expected);
      }
      // Someone else already signs in with this email: refused, and no half-created person is left behind.
      const taken = await org.admin.request(CREATE, { input: { displayName: name, workEmail: org.adminEmail, initialPassword: 'Long-enough-1', memberships: [{ departmentId: d }] } });
      expect(taken.errors?.[0].extensions.code).toBe('EMAIL_TAKEN');
      expect(fieldsOf(taken)).toEqual([['workEmail', 'EMAIL_TAKEN']]);

      expect((await people(org.admin, { search: name })).totalCount).toBe(0);
      expect((await people(org.admin, { search: name, status: 'ARCHIVED' })).totalCount).toBe(0);
      expect(await t.anonymous().errorCode(SIGN_IN, { input: { email: `weak@${org.domain}`, password: 'short' } })).toBe('INVALID_CREDENTIALS');
    });
  });

  describe('updatePerson', () => {
    it('lets HR change details', async () => {
      const org = await createOrganization(t);
      const hr = await createPerson(t, org, { roles: ['employee', 'hr'] });
      const target = await createPerson(t, org, { signIn: false });
      const rank = await jobRankId(org, 'P5');
      await hr.client!.ok(UPDATE, {
        id: target.personId,
        input: {
          displayName: '李小華',
          englishName: 'Lee Siu Wah',
          employeeNo: ' E-042 ',
          jobTitle: '地盤總管',
          rankId: rank,
          employmentStartDate: '2020-03-01',
          employmentEndDate: '2030-02-28',
          locale: 'zh-HK',
          mobilePhone: '+852 6000 0000',
          personalEmail: 'lee@example.net',
          homeAddress: 'Flat A, 1/F, Mong Kok',
          externalId: 'HR-42',
        },
      });
      expect(await person(org.admin, target.personId)).toEqual({
        id: target.personId,
        displayName: '李小華',
        englishName: 'Lee Siu Wah',
        workEmail: target.email,
        employeeNo: 'E-042',
        jobTitle: '地盤總管',
        employmentStartDate: '2020-03-01',
        employmentEndDate: '2030-02-28',
        status: 'ACTIVE',
        locale: 'zh-HK',
        externalId: 'HR-42',
        mobilePhone: '+852 6000 0000',
        personalEmail: 'lee@example.net',
        homeAddress: 'Flat A, 1/F, Mong Kok',
        rank: { code: 'P5' },
      });
      // Omitted fields are left alone; null clears.
      await hr.client!.ok(UPDATE, { id: target.personId, input: { jobTitle: null } });
      expect(await person(org.admin, target.personId)).toMatchObject({ jobTitle: null, englishName: 'Lee Siu Wah', employeeNo: 'E-042' });
    });

    it('refuses duplicate staff numbers, bad dates and bad emails with the fields named, and changes nothing', async () => {
      const org = await createOrganization(t);
      const other = await createPerson(t, org, { signIn: false });
      const target = await createPerson(t, org, { signIn: false });
      await org.admin.ok(UPDATE, { id: other.personId, input: { employeeNo: 'E-001' } });
      await org.admin.ok(UPDATE, { id: target.personId, input: { employeeNo: 'E-002', employmentStartDate: '2022-01-10', jobTitle: 'Clerk' } });
      const before = await person(org.admin, target.personId);

      const cases: [Record<string, unknown>, [string, string][]][] = [
        [{ employeeNo: 'E-001', jobTitle: 'Changed' }, [['employeeNo', 'DUPLICATE_VALUE']]],
        [{ employmentStartDate: '2024-13-01' }, [['employmentStartDate', 'INVALID_DATE']]],
        [{ employmentStartDate: '2023-02-29' }, [['employmentStartDate', 'INVALID_DATE']]],
        [{ employmentEndDate: 'next week' }, [['employmentEndDate', 'INVALID_DATE']]],
        [{ employmentStartDate: '2024-05-01', employmentEndDate: '2024-04-30' }, [['employmentEndDate', 'INVALID_DATE_RANGE']]],
        // Only the end date given, before the start date already on record.
        [{ employmentEndDate: '2021-12-31' }, [['employmentEndDate', 'INVALID_DATE_RANGE']]],
        [
          { workEmail: 'nobody-at-example.com', personalEmail: 'x@y' },
          [
            ['workEmail', 'INVALID_EMAIL'],
            ['personalEmail', 'INVALID_EMAIL'],
          ],
        ],
        [{ rankId: randomUUID() }, [['rankId', 'UNKNOWN_REFERENCE']]],
        [{ locale: 'fr' }, [['locale', 'INVALID_VALUE']]],
        [{ displayName: '' }, [['displayName', 'REQUIRED']]],
        [{ jobTitle: 'x'.repeat(201) }, [['jobTitle', 'TOO_LONG']]],
      ];
      for (const [input, expected] of cases) {
        const result = await org.admin.request(UPDATE, { id: target.personId, input });
        expect(result.errors?.[0].extensions.code, JSON.stringify(input)).toBe('BAD_USER_INPUT');
        expect(fieldsOf(result), JSON.stringify(input)).toEqual(expected);
      }
      expect(await person(org.admin, target.personId)).toEqual(before);
    });

    it('lets employees change their own contact details only', async () => {
      const org = await createOrganization(t);
      const me = await createPerson(t, org, { mobilePhone: '+852 9000 0001' });
      const colleague = await createPerson(t, org, { mobilePhone: '+852 9000 0002', signIn: false });

      await me.client!.ok(UPDATE, { id: me.personId, input: { mobilePhone: '+852 9999 8888', englishName: 'Me' } });
      expect(await person(org.admin, me.personId)).toMatchObject({ mobilePhone: '+852 9999 8888', englishName: 'Me' });

      expect(await me.client!.errorCode(UPDATE, { id: colleague.personId, input: { mobilePhone: '+852 1111 1111' } })).toBe('FORBIDDEN');
      expect(await me.client!.errorCode(UPDATE, { id: me.personId, input: { jobTitle: 'CEO' } })).toBe('FORBIDDEN');
      expect(await me.client!.errorCode(UPDATE, { id: me.personId, input: { mobilePhone: '+852 2222 2222', employeeNo: 'BOSS' } })).toBe('FORBIDDEN');
      expect(await t.anonymous().errorCode(UPDATE, { id: me.personId, input: { mobilePhone: '+852 3333 3333' } })).toBe('UNAUTHENTICATED');
      expect(await person(org.admin, me.personId)).toMatchObject({ mobilePhone: '+852 9999 8888', jobTitle: null, employeeNo: null });
      expect((await person(org.admin, colleague.personId)).mobilePhone).toBe('+852 9000 0002');
    });

    it('hides protected contact fields from other employees, shows them to HR and to the person’s department manager', async () => {
      const org = await createOrganization(t);
      const team = await createDepartment(org, 'Team');
      const otherTeam = await createDepartment(org, 'Other team');
      const subject = await createPerson(t, org, { departmentId: team, mobilePhone: '+852 9876 5432' });
      await org.admin.ok(UPDATE, { id: subject.personId, input: { personalEmail: 'home@example.net', homeAddress: '1 Nathan Road' } });
      const colleague = await createPerson(t, org, { departmentId: team });
      const hr = await createPerson(t, org, { departmentId: otherTeam, roles: ['employee', 'hr'] });
      const manager = await createPerson(t, org, { departmentId: team, roles: ['employee', 'department-manager'] });
      const otherManager = await createPerson(t, org, { departmentId: otherTeam, roles: ['employee', 'department-manager'] });
      await setDepartmentLeaders(org, team, [manager.personId]);
      await setDepartmentLeaders(org, otherTeam, [otherManager.personId]);

      const full = { id: subject.personId, workEmail: subject.email, mobilePhone: '+852 9876 5432', personalEmail: 'home@example.net', homeAddress: '1 Nathan Road' };
      const hidden = { ...full, mobilePhone: null, personalEmail: null, homeAddress: null };
      const read = async (client: GqlClient) => {
        const { person: p } = await client.ok<{ person: Record<string, unknown> }>(CONTACT, { id: subject.personId });
        delete p.displayName;
        return p;
      };
      expect(await read(colleague.client!)).toEqual(hidden);
      expect(await read(otherManager.client!)).toEqual(hidden);
      expect(await read(hr.client!)).toEqual(full);
      expect(await read(manager.client!)).toEqual(full);
      expect(await read(subject.client!)).toEqual(full);
      // The same protection applies in lists.
      const listed = await colleague.client!.ok<{ people: { items: { id: string; mobilePhone: string | null }[] } }>(
        'query($filter: PersonFilter) { people(filter: $filter) { items { id mobilePhone } } }',
        { filter: { departmentId: team } },
      );
      expect(listed.people.items.find((p) => p.id === subject.personId)).toEqual({ id: subject.personId, mobilePhone: null });
    });
  });

  describe('archivePerson', () => {
    it('marks the person as left: no sign-in, not a leader, listed only among archived people', async () => {
      const org = await createOrganization(t);
      const d = await createDepartment(org, 'D');
      const leaver = await createPerson(t, org, { name: 'Leaving Person', departmentId: d });
      await setDepartmentLeaders(org, d, [leaver.personId]);

      const archived = await org.admin.ok<{ archivePerson: Person }>(ARCHIVE, { id: leaver.personId, lastDay: '2025-06-30' });
      expect(archived.archivePerson).toEqual({ id: leaver.personId, status: 'ARCHIVED', employmentEndDate: '2025-06-30' });

      expect(await t.anonymous().errorCode(SIGN_IN, { input: { email: leaver.email, password: PASSWORD } })).toBe('ACCOUNT_DISABLED');
      expect(await t.anonymous().errorCode('mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }', { t: leaver.client!.refreshToken })).toBe('REFRESH_TOKEN_INVALID');
      expect((await people(org.admin, { search: 'Leaving Person' })).totalCount).toBe(0);
      expect((await people(org.admin, { search: 'Leaving Person', status: 'ARCHIVED' })).items).toEqual([{ id: leaver.personId, displayName: 'Leaving Person', status: 'ARCHIVED' }]);
      const leaders = await org.admin.ok<{ department: { leaders: unknown[] } }>('query($id: ID!) { department(id: $id) { leaders { id } } }', { id: d });
      expect(leaders.department.leaders).toEqual([]);
      // Archiving twice changes nothing.
      expect((await org.admin.ok<{ archivePerson: Person }>(ARCHIVE, { id: leaver.personId })).archivePerson.employmentEndDate).toBe('2025-06-30');
    });

    it('ends what a leaver may do at once, even with an access token issued before they left', async () => {
      const org = await createOrganization(t);
      const leaver = await createPerson(t, org, { roles: ['employee', 'hr'] });
      await org.admin.ok(ARCHIVE, { id: leaver.personId });
      const result = await leaver.client!.request('mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }', { input: { name: 'Made after leaving' } });
      expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(result.errors?.[0].extensions.code);
      const found = await org.admin.ok<{ departments: { totalCount: number } }>('{ departments(filter: { search: "Made after leaving" }) { totalCount } }');
      expect(found.departments.totalCount).toBe(0);
    });

    it('is forbidden to employees, to anonymous callers, and to oneself', async () => {
      const org = await createOrganization(t);
      const employee = await createPerson(t, org);
      const target = await createPerson(t, org);
      const hr = await createPerson(t, org, { roles: ['employee', 'hr'] });
      expect(await employee.client!.errorCode(ARCHIVE, { id: target.personId })).toBe('FORBIDDEN');
      expect(await t.anonymous().errorCode(ARCHIVE, { id: target.personId })).toBe('UNAUTHENTICATED');
      expect(await hr.client!.errorCode(ARCHIVE, { id: hr.personId })).toBe('FORBIDDEN');
      expect(await org.admin.errorCode(ARCHIVE, { id: org.adminPersonId })).toBe('FORBIDDEN');
      expect((await person(org.admin, target.personId)).status).toBe('ACTIVE');
      expect((await person(org.admin, hr.personId)).status).toBe('ACTIVE');
      await t.signIn(target.email, PASSWORD);
    });

    it('refuses a malformed last day with the field named, and archives nothing', async () => {
      const org = await createOrganization(t);
      const target = await createPerson(t, org);
      await org.admin.ok(UPDATE, { id: target.personId, input: { employmentStartDate: '2024-09-01' } });
      for (const lastDay of ['soon', '2025-02-30', '2025-6-1']) {
        const result = await org.admin.request(ARCHIVE, { id: target.personId, lastDay });
        expect(result.errors?.[0].extensions.code, lastDay).toBe('BAD_USER_INPUT');
        expect(fieldsOf(result), lastDay).toEqual([['lastDay', 'INVALID_DATE']]);
      }
      expect(fieldsOf(await org.admin.request(ARCHIVE, { id: target.personId, lastDay: '2024-08-31' }))).toEqual([['lastDay', 'INVALID_DATE_RANGE']]);
      expect(await person(org.admin, target.personId)).toMatchObject({ status: 'ACTIVE', employmentEndDate: null });
      await t.signIn(target.email, PASSWORD);
    });
  });

  describe('memberships', () => {
    it('adds a person to another department with its own manager, and can make it primary', async () => {
      const org = await createOrganization(t);
      const home = await createDepartment(org, 'Home');
      const second = await createDepartment(org, 'Second');
      const third = await createDepartment(org, 'Third');
      const boss = await createPerson(t, org, { departmentId: second, signIn: false });
      const p = await createPerson(t, org, { departmentId: home, signIn: false });

      const added = await org.admin.ok<{ addPersonToDepartment: Record<string, unknown> }>(ADD, { personId: p.personId, input: { departmentId: second, managerId: boss.personId } });
      expect(added.addPersonToDepartment).toMatchObject({ personId: p.personId, departmentId: second, isPrimary: false, manager: { id: boss.personId } });
      const primary = await org.admin.ok<{ addPersonToDepartment: { id: string; isPrimary: boolean } }>(ADD, { personId: p.personId, input: { departmentId: third, isPrimary: true } });
      expect(primary.addPersonToDepartment.isPrimary).toBe(true);
      expect((await membershipsOf(org, p.personId)).map((m) => [m.departmentId, m.isPrimary, m.managerId])).toEqual([
        [third, true, null],
        [home, false, null],
        [second, false, boss.personId],
      ]);
    });

    it('refuses bad memberships with the field named, and adds nothing', async () => {
      const org = await createOrganization(t);
      const home = await createDepartment(org, 'Home');
      const archived = await createDepartment(org, 'Archived');
      await org.admin.ok('mutation($id: ID!) { archiveDepartment(id: $id) { id } }', { id: archived });
      const p = await createPerson(t, org, { departmentId: home, signIn: false });
      const leaver = await createPerson(t, org, { departmentId: home, signIn: false });
      await org.admin.ok(ARCHIVE, { id: leaver.personId });
      const before = await membershipsOf(org, p.personId);

      const cases: [Record<string, unknown>, [string, string][]][] = [
        [{ departmentId: randomUUID() }, [['input.departmentId', 'UNKNOWN_REFERENCE']]],
        [{ departmentId: home }, [['input.departmentId', 'ALREADY_MEMBER']]],
        [{ departmentId: archived }, [['input.departmentId', 'DEPARTMENT_ARCHIVED']]],
        [{ departmentId: org.rootDepartmentId, managerId: p.personId }, [['input.managerId', 'SELF_MANAGER']]],
        [{ departmentId: org.rootDepartmentId, managerId: leaver.personId }, [['input.managerId', 'UNKNOWN_REFERENCE']]],
      ];
      for (const [input, expected] of cases) {
        const result = await org.admin.request(ADD, { personId: p.personId, input });
        expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
        expect(fieldsOf(result)).toEqual(expected);
      }
      expect(await org.admin.errorCode(ADD, { personId: leaver.personId, input: { departmentId: org.rootDepartmentId } })).toBe('PERSON_ARCHIVED');
      expect(await membershipsOf(org, p.personId)).toEqual(before);
      expect(await membershipsOf(org, leaver.personId)).toHaveLength(1);
    });

    it('is forbidden to employees (for themselves too) and to anonymous callers', async () => {
      const org = await createOrganization(t);
      const home = await createDepartment(org, 'Home');
      const secret = await createDepartment(org, 'Secret project');
      const employee = await createPerson(t, org, { departmentId: home });
      const colleague = await createPerson(t, org, { departmentId: home, signIn: false });
      expect(await employee.client!.errorCode(ADD, { personId: colleague.personId, input: { departmentId: secret } })).toBe('FORBIDDEN');
      // Joining a department would widen what they may see: their own record does not let them do it.
      expect(await employee.client!.errorCode(ADD, { personId: employee.personId, input: { departmentId: secret, isPrimary: true } })).toBe('FORBIDDEN');
      expect(await t.anonymous().errorCode(ADD, { personId: employee.personId, input: { departmentId: secret } })).toBe('UNAUTHENTICATED');
      expect((await membershipsOf(org, employee.personId)).map((m) => m.departmentId)).toEqual([home]);
      expect((await membershipsOf(org, colleague.personId)).map((m) => m.departmentId)).toEqual([home]);
    });

    it('changes and clears the manager of a membership, and switches the primary one', async () => {
      const org = await createOrganization(t);
      const d1 = await createDepartment(org, 'D1');
      const d2 = await createDepartment(org, 'D2');
      const m1 = await createPerson(t, org, { departmentId: d1, signIn: false });
      const m2 = await createPerson(t, org, { departmentId: d1, signIn: false });
      const p = await createPerson(t, org, { departmentId: d1, managerId: m1.personId, signIn: false });
      await org.admin.ok(ADD, { personId: p.personId, input: { departmentId: d2 } });
      const [first, second] = await membershipsOf(org, p.personId);
      expect([first.departmentId, first.isPrimary, second.departmentId, second.isPrimary]).toEqual([d1, true, d2, false]);

      const changed = await org.admin.ok<{ updateMembership: Record<string, unknown> }>(UPDATE_MEMBERSHIP, { id: first.id, input: { managerId: m2.personId } });
      expect(changed.updateMembership).toEqual({ id: first.id, departmentId: d1, isPrimary: true, manager: { id: m2.personId } });
      const switched = await org.admin.ok<{ updateMembership: Record<string, unknown> }>(UPDATE_MEMBERSHIP, { id: second.id, input: { isPrimary: true } });
      expect(switched.updateMembership).toMatchObject({ id: second.id, isPrimary: true });
      await org.admin.ok(UPDATE_MEMBERSHIP, { id: first.id, input: { managerId: null } });
      expect((await membershipsOf(org, p.personId)).map((m) => [m.departmentId, m.isPrimary, m.managerId])).toEqual([
        [d2, true, null],
        [d1, false, null],
      ]);
    });

    it('refuses a manager who reports to the person, the person themselves, or an unknown manager, and changes nothing', async () => {
      const org = await createOrganization(t);
      const d = await createDepartment(org, 'D');
      const top = await createPerson(t, org, { departmentId: d, signIn: false });
      const middle = await createPerson(t, org, { departmentId: d, managerId: top.personId, signIn: false });
      const bottom = await createPerson(t, org, { departmentId: d, managerId: middle.personId, signIn: false });
      const [topMembership] = await membershipsOf(org, top.personId);

      const cycle = await org.admin.request(UPDATE_MEMBERSHIP, { id: topMembership.id, input: { managerId: bottom.personId } });
      expect(cycle.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(cycle.errors?.[0].extensions.fields).toEqual([{ field: 'managerId', code: 'MANAGER_CYCLE', message: 'This manager reports (directly or indirectly) to this person.' }]);
      expect(fieldsOf(await org.admin.request(UPDATE_MEMBERSHIP, { id: topMembership.id, input: { managerId: middle.personId } }))).toEqual([['managerId', 'MANAGER_CYCLE']]);
      expect(fieldsOf(await org.admin.request(UPDATE_MEMBERSHIP, { id: topMembership.id, input: { managerId: top.personId } }))).toEqual([['managerId', 'SELF_MANAGER']]);
      expect(fieldsOf(await org.admin.request(UPDATE_MEMBERSHIP, { id: topMembership.id, input: { managerId: randomUUID() } }))).toEqual([['managerId', 'UNKNOWN_REFERENCE']]);
      expect(await org.admin.errorCode(UPDATE_MEMBERSHIP, { id: randomUUID(), input: { managerId: null } })).toBe('NOT_FOUND');
      expect((await membershipsOf(org, top.personId))[0].managerId).toBeNull();

      org.admin.locale = 'zh-HK';
      const hk = await org.admin.request(UPDATE_MEMBERSHIP, { id: topMembership.id, input: { managerId: bottom.personId } });
      expect(hk.errors?.[0].message).toBe('部分輸入資料無效，請檢查後再試。');
      expect(hk.errors?.[0].extensions.fields?.[0].message).toBe('這位上司（直接或間接）向此人員匯報，會形成循環。');
      org.admin.locale = 'zh-CN';
      const cn = await org.admin.request(UPDATE_MEMBERSHIP, { id: topMembership.id, input: { managerId: top.personId } });
      expect(cn.errors?.[0].extensions.fields?.[0].message).toBe('人员不能成为自己的上级。');
    });

    it('does not let employees change memberships (their own included) or anonymous callers', async () => {
      const org = await createOrganization(t);
      const d = await createDepartment(org, 'D');
      const boss = await createPerson(t, org, { departmentId: d, signIn: false });
      const employee = await createPerson(t, org, { departmentId: d, managerId: boss.personId });
      const colleague = await createPerson(t, org, { departmentId: d, signIn: false });
      const [own] = await membershipsOf(org, employee.personId);
      const [theirs] = await membershipsOf(org, colleague.personId);
      expect(await employee.client!.errorCode(UPDATE_MEMBERSHIP, { id: theirs.id, input: { managerId: employee.personId } })).toBe('FORBIDDEN');
      expect(await employee.client!.errorCode(UPDATE_MEMBERSHIP, { id: own.id, input: { managerId: colleague.personId } })).toBe('FORBIDDEN');
      expect(await t.anonymous().errorCode(UPDATE_MEMBERSHIP, { id: own.id, input: { managerId: null } })).toBe('UNAUTHENTICATED');
      expect((await membershipsOf(org, employee.personId))[0].managerId).toBe(boss.personId);
      expect((await membershipsOf(org, colleague.personId))[0].managerId).toBeNull();
    });

    it('removes a person from a department, keeps one primary, and refuses to remove the last one', async () => {
      const org = await createOrganization(t);
      const d1 = await createDepartment(org, 'D1');
      const d2 = await createDepartment(org, 'D2');
      const p = await createPerson(t, org, { departmentId: d1, signIn: false });
      await org.admin.ok(ADD, { personId: p.personId, input: { departmentId: d2 } });
      const [primary, secondary] = await membershipsOf(org, p.personId);
      expect(primary.departmentId).toBe(d1);

      expect(await org.admin.ok(REMOVE, { id: primary.id })).toEqual({ removePersonFromDepartment: true });
      expect(await membershipsOf(org, p.personId)).toEqual([{ id: secondary.id, departmentId: d2, isPrimary: true, managerId: null }]);

      const last = await org.admin.request(REMOVE, { id: secondary.id });
      expect(last.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(last.errors?.[0].extensions.fields).toEqual([{ field: 'membershipId', code: 'LAST_MEMBERSHIP', message: 'A person must belong to at least one department.' }]);
      expect(await org.admin.errorCode(REMOVE, { id: randomUUID() })).toBe('NOT_FOUND');
      expect(await membershipsOf(org, p.personId)).toHaveLength(1);
    });

    it('does not let employees leave departments (their own included) or anonymous callers remove anyone', async () => {
      const org = await createOrganization(t);
      const d1 = await createDepartment(org, 'D1');
      const d2 = await createDepartment(org, 'D2');
      const employee = await createPerson(t, org, { departmentId: d1 });
      const colleague = await createPerson(t, org, { departmentId: d1, signIn: false });
      await org.admin.ok(ADD, { personId: employee.personId, input: { departmentId: d2 } });
      await org.admin.ok(ADD, { personId: colleague.personId, input: { departmentId: d2 } });
      const own = await membershipsOf(org, employee.personId);
      const theirs = await membershipsOf(org, colleague.personId);
      expect(await employee.client!.errorCode(REMOVE, { id: theirs[1].id })).toBe('FORBIDDEN');
      expect(await employee.client!.errorCode(REMOVE, { id: own[1].id })).toBe('FORBIDDEN');
      expect(await t.anonymous().errorCode(REMOVE, { id: own[1].id })).toBe('UNAUTHENTICATED');
      expect(await membershipsOf(org, employee.personId)).toEqual(own);
      expect(await membershipsOf(org, colleague.personId)).toEqual(theirs);
    });
  });
  it('marks the memberships in which a person leads the department', async () => {
    const org = await createOrganization(t);
    const led = await createDepartment(org, 'Led');
    const other = await createDepartment(org, 'Other');
    const head = await createPerson(t, org, { departmentId: led, signIn: false });
    await org.admin.ok(ADD, { personId: head.personId, input: { departmentId: other } });
    await setDepartmentLeaders(org, led, [head.personId]);
    const read = await org.admin.ok<{ person: { memberships: { departmentId: string; isPrimary: boolean; isLeader: boolean }[] } }>(
      'query($id: ID!) { person(id: $id) { memberships { departmentId isPrimary isLeader } } }',
      { id: head.personId },
    );
    expect(read.person.memberships).toEqual([
      { departmentId: led, isPrimary: true, isLeader: true },
      { departmentId: other, isPrimary: false, isLeader: false },
    ]);
  });

  describe('workforceByMonth', () => {
    const WORKFORCE = 'query($months: Int) { workforceByMonth(months: $months) { month joiners leavers headcount } }';
    /** The first day of this month and of the month before, in Hong Kong. */
    function months() {
      const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Hong_Kong', year: 'numeric', month: '2-digit' }).format(new Date()).split('-').map(Number);
      const previous = month === 1 ? [year - 1, 12] : [year, month - 1];
      const iso = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`;
      return { current: iso(year, month), previous: iso(previous[0], previous[1]) };
    }

    it('counts joiners, leavers and the headcount at each month end from employment dates, only of people the caller may read', async () => {
      const org = await createOrganization(t);
      const mine = await createDepartment(org, 'Mine');
      const other = await createDepartment(org, 'Other');
      const { current, previous } = months();
      const joiner = await createPerson(t, org, { departmentId: mine, signIn: false });
      await org.admin.ok(UPDATE, { id: joiner.personId, input: { employmentStartDate: `${current}-01` } });
      const leaver = await createPerson(t, org, { departmentId: other, signIn: false });
      await org.admin.ok(UPDATE, { id: leaver.personId, input: { employmentStartDate: `${previous}-01`, employmentEndDate: `${current}-01` } });
      const role = await createCustomRole(org, 'Own team only', [{ action: 'read', subject: 'Person', conditions: { departmentIds: { $in: '$myDepartments' } } }]);
      const viewer = await createPerson(t, org, { departmentId: mine, roles: [] });
      await assignRoleById(org, viewer.personId, role);

      const figures = await org.admin.ok<{ workforceByMonth: { month: string; joiners: number; leavers: number; headcount: number }[] }>(WORKFORCE, {});
      expect(figures.workforceByMonth).toHaveLength(12);
      // The admin and the viewer have no start date on record: they count as employed all along.
      expect(figures.workforceByMonth.slice(-2)).toEqual([
        { month: previous, joiners: 1, leavers: 0, headcount: 3 },
        { month: current, joiners: 1, leavers: 1, headcount: 3 },
      ]);
      const seen = await viewer.client!.ok<{ workforceByMonth: { month: string; joiners: number; leavers: number; headcount: number }[] }>(WORKFORCE, { months: 2 });
      expect(seen.workforceByMonth).toEqual([
        { month: previous, joiners: 0, leavers: 0, headcount: 1 },
        { month: current, joiners: 1, leavers: 0, headcount: 2 },
      ]);
    });

    it('refuses a number of months outside 1 to 60, and anonymous callers', async () => {
      const org = await createOrganization(t);
      for (const months of [0, 61, -1]) expect(fieldsOf(await org.admin.request(WORKFORCE, { months }))).toEqual([['months', 'INVALID_VALUE']]);
      expect(await t.anonymous().errorCode(WORKFORCE, {})).toBe('UNAUTHENTICATED');
    });
  });
});
