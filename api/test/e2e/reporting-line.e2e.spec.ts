import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDepartment, createOrganization, createPerson, jobRankId, setDepartmentLeaders, type TestOrg } from '../support/factories.js';
import { startTestApp, type GqlClient, type TestApp, fieldsOf } from '../support/test-app.js';

const CHAIN = 'query($personId: ID!, $departmentId: ID) { managerChain(personId: $personId, departmentId: $departmentId) { id displayName } }';
const NTH = 'query($personId: ID!, $level: Int!, $departmentId: ID) { nthManager(personId: $personId, level: $level, departmentId: $departmentId) { id } }';
const AT_RANK = 'query($personId: ID!, $rankCode: String!) { firstManagerAtOrAboveRank(personId: $personId, rankCode: $rankCode) { id } }';
const HEADS = 'query($departmentId: ID!, $levelFromTop: Int!) { departmentHeads(departmentId: $departmentId, levelFromTop: $levelFromTop) { id } }';
const CREATE_RANK = 'mutation($input: CreateJobRankInput!) { createJobRank(input: $input) { id code name level } }';
const RANKS = '{ jobRanks { code name level } }';

async function chain(client: GqlClient, personId: string, departmentId: string | null = null): Promise<string[]> {
  return (await client.ok<{ managerChain: { id: string }[] }>(CHAIN, { personId, departmentId })).managerChain.map((p) => p.id);
}

async function nth(client: GqlClient, personId: string, level: number): Promise<string | null> {
  return (await client.ok<{ nthManager: { id: string } | null }>(NTH, { personId, level })).nthManager?.id ?? null;
}

async function atRank(client: GqlClient, personId: string, rankCode: string): Promise<string | null> {
  return (await client.ok<{ firstManagerAtOrAboveRank: { id: string } | null }>(AT_RANK, { personId, rankCode })).firstManagerAtOrAboveRank?.id ?? null;
}

async function heads(client: GqlClient, departmentId: string, levelFromTop: number): Promise<string[]> {
  return (await client.ok<{ departmentHeads: { id: string }[] }>(HEADS, { departmentId, levelFromTop })).departmentHeads.map((p) => p.id);
}

/**
 * root (led by the org admin) → Division (led by the division head, M3) → Team (led by the team lead, P6) → Squad (no
 * leader), with a staff member (P2) in the squad. Each leader is also a member of the department they lead.
 */
async function buildTree(t: TestApp, org: TestOrg) {
  const division = await createDepartment(org, 'Division');
  const team = await createDepartment(org, 'Team', division);
  const squad = await createDepartment(org, 'Squad', team);
  const divisionHead = await createPerson(t, org, { name: 'Division Head', departmentId: division, rankId: await jobRankId(org, 'M3'), signIn: false });
  const teamLead = await createPerson(t, org, { name: 'Team Lead', departmentId: team, rankId: await jobRankId(org, 'P6'), signIn: false });
  const staff = await createPerson(t, org, { name: 'Staff', departmentId: squad, rankId: await jobRankId(org, 'P2'), signIn: false });
  await setDepartmentLeaders(org, division, [divisionHead.personId]);
  await setDepartmentLeaders(org, team, [teamLead.personId]);
  return { division, team, squad, divisionHead: divisionHead.personId, teamLead: teamLead.personId, staff: staff.personId };
}

describe('reporting lines', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  describe('managerChain', () => {
    it('falls back to department leaders, walking up to the ancestors’ leaders; a leader reports to the parent’s leader', async () => {
      const org = await createOrganization(t);
      const tree = await buildTree(t, org);
      expect(await chain(org.admin, tree.staff)).toEqual([tree.teamLead, tree.divisionHead, org.adminPersonId]);
      expect(await chain(org.admin, tree.teamLead)).toEqual([tree.divisionHead, org.adminPersonId]);
      expect(await chain(org.admin, tree.divisionHead)).toEqual([org.adminPersonId]);
      expect(await chain(org.admin, org.adminPersonId)).toEqual([]);
      // Anyone who may read people may ask.
      const employee = await createPerson(t, org, { departmentId: tree.division });
      expect(await chain(employee.client!, tree.staff)).toEqual([tree.teamLead, tree.divisionHead, org.adminPersonId]);
    });

    it('follows explicit managers first, then each manager’s own line', async () => {
      const org = await createOrganization(t);
      const tree = await buildTree(t, org);
      const mentor = await createPerson(t, org, { name: 'Mentor', departmentId: tree.division, signIn: false });
      const managed = await createPerson(t, org, { name: 'Managed', departmentId: tree.squad, managerId: mentor.personId, signIn: false });
      expect(await chain(org.admin, managed.personId)).toEqual([mentor.personId, tree.divisionHead, org.adminPersonId]);
      // A manager who left no longer counts: the department leaders take over.
      await org.admin.ok('mutation($id: ID!) { archivePerson(id: $id) { id } }', { id: mentor.personId });
      expect(await chain(org.admin, managed.personId)).toEqual([tree.teamLead, tree.divisionHead, org.adminPersonId]);
      // So does a leader who left: the next leader up takes over.
      await org.admin.ok('mutation($id: ID!) { archivePerson(id: $id) { id } }', { id: tree.teamLead });
      expect(await chain(org.admin, managed.personId)).toEqual([tree.divisionHead, org.adminPersonId]);
    });

    it('picks the first leader by name when a department has several, and answers per department', async () => {
      const org = await createOrganization(t);
      const shop = await createDepartment(org, 'Shop');
      const office = await createDepartment(org, 'Office');
      const zed = await createPerson(t, org, { name: 'Zed Leader', signIn: false });
      const amy = await createPerson(t, org, { name: 'Amy Leader', signIn: false });
      const officeBoss = await createPerson(t, org, { name: 'Office Boss', signIn: false });
      await setDepartmentLeaders(org, shop, [zed.personId, amy.personId]);
      const worker = await createPerson(t, org, { name: 'Worker', departmentId: shop, signIn: false });
      await org.admin.ok('mutation($p: ID!, $i: MembershipInput!) { addPersonToDepartment(personId: $p, input: $i) { id } }', {
        p: worker.personId,
        i: { departmentId: office, managerId: officeBoss.personId },
      });
      expect(await chain(org.admin, worker.personId)).toEqual([amy.personId, org.adminPersonId]);
      expect(await chain(org.admin, worker.personId, shop)).toEqual([amy.personId, org.adminPersonId]);
      expect(await chain(org.admin, worker.personId, office)).toEqual([officeBoss.personId, org.adminPersonId]);
      const notMember = await org.admin.request(CHAIN, { personId: worker.personId, departmentId: org.rootDepartmentId });
      expect(notMember.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(fieldsOf(notMember)).toEqual([['departmentId', 'UNKNOWN_REFERENCE']]);
      expect(await org.admin.errorCode(CHAIN, { personId: randomUUID() })).toBe('NOT_FOUND');
    });
  });

  describe('nthManager', () => {
    it('answers the n-th manager up, null beyond the chain, and refuses levels below 1', async () => {
      const org = await createOrganization(t);
      const tree = await buildTree(t, org);
      expect(await nth(org.admin, tree.staff, 1)).toBe(tree.teamLead);
      expect(await nth(org.admin, tree.staff, 2)).toBe(tree.divisionHead);
      expect(await nth(org.admin, tree.staff, 3)).toBe(org.adminPersonId);
      expect(await nth(org.admin, tree.staff, 4)).toBeNull();
      expect(await nth(org.admin, org.adminPersonId, 1)).toBeNull();
      for (const level of [0, -1, 31]) {
        const result = await org.admin.request(NTH, { personId: tree.staff, level });
        expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
        expect(fieldsOf(result)).toEqual([['level', 'INVALID_VALUE']]);
      }
    });
  });

  describe('firstManagerAtOrAboveRank', () => {
    it('finds the nearest manager at or above a rank across tracks (P1–P8 = 10–80, M1–M5 = 50–90)', async () => {
      const org = await createOrganization(t);
      const tree = await buildTree(t, org);
      // staff → team lead (P6 = 60) → division head (M3 = 70) → admin (no rank)
      expect(await atRank(org.admin, tree.staff, 'P1')).toBe(tree.teamLead);
      expect(await atRank(org.admin, tree.staff, 'P6')).toBe(tree.teamLead);
      expect(await atRank(org.admin, tree.staff, 'M2')).toBe(tree.teamLead);
      expect(await atRank(org.admin, tree.staff, 'P7')).toBe(tree.divisionHead);
      expect(await atRank(org.admin, tree.staff, 'M3')).toBe(tree.divisionHead);
      expect(await atRank(org.admin, tree.staff, 'M4')).toBeNull();
      expect(await atRank(org.admin, tree.staff, 'P8')).toBeNull();
      expect(await atRank(org.admin, tree.teamLead, 'P6')).toBe(tree.divisionHead);
      const unknown = await org.admin.request(AT_RANK, { personId: tree.staff, rankCode: 'X9' });
      expect(unknown.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(fieldsOf(unknown)).toEqual([['rankCode', 'UNKNOWN_REFERENCE']]);
    });
  });

  describe('departmentHeads', () => {
    it('answers the leaders of the ancestor at a level counted from the top', async () => {
      const org = await createOrganization(t);
      const tree = await buildTree(t, org);
      const deputy = await createPerson(t, org, { name: 'Deputy Head', departmentId: tree.division, signIn: false });
      await setDepartmentLeaders(org, tree.division, [tree.divisionHead, deputy.personId]);
      expect(await heads(org.admin, tree.squad, 1)).toEqual([org.adminPersonId]);
      // Sorted by name: Deputy Head before Division Head.
      expect(await heads(org.admin, tree.squad, 2)).toEqual([deputy.personId, tree.divisionHead]);
      expect(await heads(org.admin, tree.squad, 3)).toEqual([tree.teamLead]);
      expect(await heads(org.admin, tree.squad, 4)).toEqual([]);
      expect(await heads(org.admin, tree.squad, 5)).toEqual([]);
      expect(await heads(org.admin, tree.team, 2)).toEqual([deputy.personId, tree.divisionHead]);
      const zero = await org.admin.request(HEADS, { departmentId: tree.squad, levelFromTop: 0 });
      expect(zero.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(fieldsOf(zero)).toEqual([['levelFromTop', 'INVALID_VALUE']]);
      expect(await org.admin.errorCode(HEADS, { departmentId: randomUUID(), levelFromTop: 1 })).toBe('NOT_FOUND');
    });
  });

  describe('createJobRank', () => {
    it('adds a rank that orders with the seeded ones and counts in rank questions', async () => {
      const org = await createOrganization(t);
      const before = (await org.admin.ok<{ jobRanks: { code: string; level: number }[] }>(RANKS)).jobRanks;
      expect(before.map((r) => `${r.code}:${r.level}`)).toEqual(['P1:10', 'P2:20', 'P3:30', 'P4:40', 'M1:50', 'P5:50', 'M2:60', 'P6:60', 'M3:70', 'P7:70', 'M4:80', 'P8:80', 'M5:90']);
      const created = await org.admin.ok<{ createJobRank: { code: string; name: string; level: number } }>(CREATE_RANK, { input: { code: ' T1 ', name: '技術主任', level: 65 } });
      expect(created.createJobRank).toMatchObject({ code: 'T1', name: '技術主任', level: 65 });
      const after = (await org.admin.ok<{ jobRanks: { code: string }[] }>(RANKS)).jobRanks.map((r) => r.code);
      expect(after.slice(6, 9)).toEqual(['M2', 'P6', 'T1']);
      const tree = await buildTree(t, org);
      // The team lead is P6 (60) < T1 (65) ≤ M3 (70): the division head answers.
      expect(await atRank(org.admin, tree.staff, 'T1')).toBe(tree.divisionHead);
    });

    it('is forbidden to employees, department managers and anonymous callers', async () => {
      const org = await createOrganization(t);
      const d = await createDepartment(org, 'D');
      const employee = await createPerson(t, org, { departmentId: d });
      const manager = await createPerson(t, org, { departmentId: d, roles: ['employee', 'department-manager'] });
      await setDepartmentLeaders(org, d, [manager.personId]);
      const input = { code: 'X1', name: 'Self-promoted', level: 999 };
      expect(await employee.client!.errorCode(CREATE_RANK, { input })).toBe('FORBIDDEN');
      expect(await manager.client!.errorCode(CREATE_RANK, { input })).toBe('FORBIDDEN');
      expect(await t.anonymous().errorCode(CREATE_RANK, { input })).toBe('UNAUTHENTICATED');
      expect((await org.admin.ok<{ jobRanks: { code: string }[] }>(RANKS)).jobRanks.map((r) => r.code)).not.toContain('X1');
    });

    it('refuses blank, duplicate, too long or out-of-range values with the field named, and adds nothing', async () => {
      const org = await createOrganization(t);
      const cases: [Record<string, unknown>, [string, string][]][] = [
        [
          { code: ' ', name: ' ', level: 10 },
          [
            ['code', 'REQUIRED'],
            ['name', 'REQUIRED'],
          ],
        ],
        [{ code: 'N1', name: 'Negative', level: -1 }, [['level', 'INVALID_VALUE']]],
        [{ code: 'N2', name: 'Huge', level: 1001 }, [['level', 'INVALID_VALUE']]],
        [{ code: 'P1', name: 'Again', level: 15 }, [['code', 'DUPLICATE_VALUE']]],
        [{ code: 'C'.repeat(21), name: 'Long code', level: 15 }, [['code', 'TOO_LONG']]],
      ];
      for (const [input, expected] of cases) {
        const result = await org.admin.request(CREATE_RANK, { input });
        expect(result.errors?.[0].extensions.code, JSON.stringify(input)).toBe('BAD_USER_INPUT');
        expect(fieldsOf(result), JSON.stringify(input)).toEqual(expected);
      }
      const ranks = (await org.admin.ok<{ jobRanks: { code: string; name: string }[] }>(RANKS)).jobRanks;
      expect(ranks).toHaveLength(13);
      expect(ranks.find((r) => r.code === 'P1')?.name).toBe('Professional 1');
    });
  });
});
