import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignRoleById, createCustomRole, createDepartment, createOrganization, createPerson, setDepartmentLeaders, type TestOrg } from '../support/factories.js';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app.js';

const CREATE = 'mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id name code sortOrder externalId parentId archivedAt } }';
const RENAME = 'mutation($id: ID!, $name: String!, $code: String) { renameDepartment(id: $id, name: $name, code: $code) { id name code } }';
const RENAME_NAME_ONLY = 'mutation($id: ID!, $name: String!) { renameDepartment(id: $id, name: $name) { id name code } }';
const MOVE = 'mutation($id: ID!, $newParentId: ID, $sortOrder: Int) { moveDepartment(id: $id, newParentId: $newParentId, sortOrder: $sortOrder) { id parentId sortOrder } }';
const ARCHIVE = 'mutation($id: ID!) { archiveDepartment(id: $id) { id archivedAt } }';
const SET_LEADERS = 'mutation($id: ID!, $personIds: [ID!]!) { setDepartmentLeaders(id: $id, personIds: $personIds) { id leaders { id } } }';
const DEPARTMENT = 'query($id: ID!) { department(id: $id) { id name code parentId sortOrder archivedAt parent { id } children { id } leaders { id } } }';
const LIST = `query($filter: DepartmentFilter, $take: Int, $skip: Int) {
  departments(filter: $filter, take: $take, skip: $skip) { totalCount items { id name } }
}`;
const SUBTREE = 'query($id: ID!) { departmentSubtree(id: $id) { id name parentId } }';
const REORDER = 'mutation($parentId: ID, $departmentIds: [ID!]!) { reorderDepartments(parentId: $parentId, departmentIds: $departmentIds) { id sortOrder } }';
const HEADCOUNTS = 'query($filter: DepartmentFilter) { departments(filter: $filter, take: 100) { items { id name headcount } } }';
const AUDIT = 'query($filter: AuditFilter) { auditEntries(filter: $filter, take: 50) { items { action targetId before after } } }';

interface Dept {
  id: string;
  name: string;
  code: string | null;
  parentId: string | null;
  sortOrder: number;
  archivedAt: string | null;
  parent: { id: string } | null;
  children: { id: string }[];
  leaders: { id: string }[];
}

async function department(client: GqlClient, id: string): Promise<Dept> {
  return (await client.ok<{ department: Dept }>(DEPARTMENT, { id })).department;
}

async function list(client: GqlClient, filter: Record<string, unknown> | null, page: { take?: number; skip?: number } = {}) {
  return (await client.ok<{ departments: { totalCount: number; items: { id: string; name: string }[] } }>(LIST, { filter, ...page })).departments;
}

async function subtree(client: GqlClient, id: string) {
  return (await client.ok<{ departmentSubtree: { id: string; name: string; parentId: string | null }[] }>(SUBTREE, { id })).departmentSubtree;
}

/** Every department of the organisation (archived too), for "nothing was written" checks. */
async function allDepartments(org: TestOrg) {
  const page = await list(org.admin, { includeArchived: true }, { take: 100 });
  return page.items.map((d) => d.name).sort();
}

describe('departments', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  describe('createDepartment', () => {
    it('creates top-level and nested departments', async () => {
      const org = await createOrganization(t);
      const top = (await org.admin.ok<{ createDepartment: Dept }>(CREATE, { input: { name: '  工程部  ', code: 'ENG', sortOrder: 3, externalId: 'hr-eng' } })).createDepartment;
      expect(top).toMatchObject({ name: '工程部', code: 'ENG', sortOrder: 3, externalId: 'hr-eng', parentId: null, archivedAt: null });
      const nested = (await org.admin.ok<{ createDepartment: Dept }>(CREATE, { input: { name: '地盤一組', parentId: top.id } })).createDepartment;
      expect(nested).toMatchObject({ name: '地盤一組', code: null, sortOrder: 0, parentId: top.id });

      const reread = await department(org.admin, nested.id);
      expect(reread.parent).toEqual({ id: top.id });
      expect((await department(org.admin, top.id)).children).toEqual([{ id: nested.id }]);
      const roots = await list(org.admin, { rootsOnly: true });
      expect(roots.items.map((d) => d.id).sort()).toEqual([org.rootDepartmentId, top.id].sort());
    });

    it('is forbidden to employees and to anonymous callers; a department manager creates only under their own department', async () => {
      const org = await createOrganization(t);
      const led = await createDepartment(org, 'Led');
      const other = await createDepartment(org, 'Other');
      const employee = await createPerson(t, org);
      const manager = await createPerson(t, org, { departmentId: led, roles: ['employee', 'department-manager'] });
      await setDepartmentLeaders(org, led, [manager.personId]);
      const before = await allDepartments(org);

      expect(await employee.client!.errorCode(CREATE, { input: { name: 'By employee', parentId: led } })).toBe('FORBIDDEN');
      expect(await t.anonymous().errorCode(CREATE, { input: { name: 'By anonymous' } })).toBe('UNAUTHENTICATED');
      expect(await manager.client!.errorCode(CREATE, { input: { name: 'Elsewhere', parentId: other } })).toBe('FORBIDDEN');
      expect(await manager.client!.errorCode(CREATE, { input: { name: 'At the top' } })).toBe('FORBIDDEN');
      expect(await allDepartments(org)).toEqual(before);

      const created = await manager.client!.ok<{ createDepartment: Dept }>(CREATE, { input: { name: 'Sub-team', parentId: led } });
      expect(created.createDepartment.parentId).toBe(led);
    });

    it('refuses bad input with the fields named, and writes nothing', async () => {
      const org = await createOrganization(t);
      const archived = await createDepartment(org, 'Archived');
      await org.admin.ok(ARCHIVE, { id: archived });
      await org.admin.ok(CREATE, { input: { name: 'External', externalId: 'ext-1' } });
      const before = await allDepartments(org);

      const blank = await org.admin.request(CREATE, { input: { name: '   ' } });
      expect(blank.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(blank.errors?.[0].extensions.fields?.map((f) => [f.field, f.code])).toEqual([['name', 'REQUIRED']]);
      const long = await org.admin.request(CREATE, { input: { name: 'Fine', code: 'x'.repeat(51) } });
      expect(long.errors?.[0].extensions.fields?.map((f) => [f.field, f.code])).toEqual([['code', 'TOO_LONG']]);
      expect(long.errors?.[0].extensions.fields?.[0].message).toBe('Must be at most 50 characters.');

      const unknownParent = await org.admin.request(CREATE, { input: { name: 'Orphan', parentId: randomUUID() } });
      expect(unknownParent.errors?.[0].extensions.fields).toEqual([{ field: 'parentId', code: 'UNKNOWN_REFERENCE', message: 'Refers to something that does not exist.' }]);

      const archivedParent = await org.admin.request(CREATE, { input: { name: 'Under archived', parentId: archived } });
      expect(archivedParent.errors?.[0].extensions.fields?.map((f) => [f.field, f.code])).toEqual([['parentId', 'DEPARTMENT_ARCHIVED']]);

      const duplicate = await org.admin.request(CREATE, { input: { name: 'Duplicate', externalId: 'ext-1' } });
      expect(duplicate.errors?.[0].extensions.fields?.map((f) => [f.field, f.code])).toEqual([['externalId', 'DUPLICATE_VALUE']]);

      const tooLong = await org.admin.request(CREATE, { input: { name: 'Long external id', externalId: 'e'.repeat(101) } });
      expect(tooLong.errors?.[0].extensions.fields?.map((f) => [f.field, f.code])).toEqual([['externalId', 'TOO_LONG']]);

      expect(await allDepartments(org)).toEqual(before);
    });
  });

  describe('renameDepartment', () => {
    it('renames, changes the code, and keeps the code when it is not given', async () => {
      const org = await createOrganization(t);
      const id = await createDepartment(org, 'Sales');
      expect((await org.admin.ok<{ renameDepartment: Dept }>(RENAME, { id, name: ' 銷售部 ', code: 'SAL' })).renameDepartment).toEqual({ id, name: '銷售部', code: 'SAL' });
      expect((await org.admin.ok<{ renameDepartment: Dept }>(RENAME_NAME_ONLY, { id, name: 'Sales & Marketing' })).renameDepartment).toEqual({ id, name: 'Sales & Marketing', code: 'SAL' });
      expect((await org.admin.ok<{ renameDepartment: Dept }>(RENAME, { id, name: 'Sales', code: null })).renameDepartment).toEqual({ id, name: 'Sales', code: null });
      expect((await department(org.admin, id)).name).toBe('Sales');
    });

    it('lets a department manager rename the department they lead but not another one', async () => {
      const org = await createOrganization(t);
      const led = await createDepartment(org, 'Site A');
      const other = await createDepartment(org, 'Site B');
      const manager = await createPerson(t, org, { departmentId: led, roles: ['employee', 'department-manager'] });
      await setDepartmentLeaders(org, led, [manager.personId]);

      expect((await manager.client!.ok<{ renameDepartment: Dept }>(RENAME, { id: led, name: 'Site A (Kowloon)', code: 'SA' })).renameDepartment.name).toBe('Site A (Kowloon)');
      expect(await manager.client!.errorCode(RENAME, { id: other, name: 'Taken over' })).toBe('FORBIDDEN');
      expect((await department(org.admin, other)).name).toBe('Site B');
      // The role alone gives nothing: without leading a department there is nothing to rename.
      const notLeading = await createPerson(t, org, { departmentId: led, roles: ['employee', 'department-manager'] });
      expect(await notLeading.client!.errorCode(RENAME, { id: led, name: 'Not mine' })).toBe('FORBIDDEN');
      expect((await department(org.admin, led)).name).toBe('Site A (Kowloon)');
    });

    it('is forbidden to employees (even in their own department) and to anonymous callers', async () => {
      const org = await createOrganization(t);
      const id = await createDepartment(org, 'Finance');
      const employee = await createPerson(t, org, { departmentId: id });
      expect(await employee.client!.errorCode(RENAME, { id, name: 'Mine now' })).toBe('FORBIDDEN');
      expect(await t.anonymous().errorCode(RENAME, { id, name: 'Anyone' })).toBe('UNAUTHENTICATED');
      expect(await department(org.admin, id)).toMatchObject({ name: 'Finance', code: null });
    });

    it('refuses a blank or too long name, and changes nothing', async () => {
      const org = await createOrganization(t);
      const id = await createDepartment(org, 'Legal');
      const blank = await org.admin.request(RENAME, { id, name: ' ', code: 'NEW' });
      expect(blank.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(blank.errors?.[0].extensions.fields?.map((f) => [f.field, f.code])).toEqual([['name', 'REQUIRED']]);
      const long = await org.admin.request(RENAME, { id, name: 'x'.repeat(201) });
      expect(long.errors?.[0].extensions.fields).toEqual([{ field: 'name', code: 'TOO_LONG', message: 'Must be at most 200 characters.' }]);
      expect(await department(org.admin, id)).toMatchObject({ name: 'Legal', code: null });
      expect(await org.admin.errorCode(RENAME, { id: randomUUID(), name: 'Ghost' })).toBe('NOT_FOUND');
    });
  });

  describe('moveDepartment', () => {
    it('moves a department under another parent and back to the top level', async () => {
      const org = await createOrganization(t);
      const a = await createDepartment(org, 'A');
      const c = await createDepartment(org, 'C');
      const b = await createDepartment(org, 'B', a);
      const b1 = await createDepartment(org, 'B1', b);

      expect((await org.admin.ok<{ moveDepartment: Dept }>(MOVE, { id: b, newParentId: c, sortOrder: 5 })).moveDepartment).toEqual({ id: b, parentId: c, sortOrder: 5 });
      expect((await department(org.admin, a)).children).toEqual([]);
      expect((await department(org.admin, c)).children).toEqual([{ id: b }]);
      // The subtree moves with it.
      expect((await subtree(org.admin, c)).map((d) => d.id)).toEqual([c, b, b1]);

      expect((await org.admin.ok<{ moveDepartment: Dept }>(MOVE, { id: b, newParentId: null })).moveDepartment).toEqual({ id: b, parentId: null, sortOrder: 5 });
      expect((await list(org.admin, { rootsOnly: true })).items.map((d) => d.id)).toContain(b);
      expect((await department(org.admin, c)).children).toEqual([]);
    });

    it('refuses to move a department under itself or under its own descendants, leaving the tree unchanged', async () => {
      const org = await createOrganization(t);
      const a = await createDepartment(org, 'A');
      const child = await createDepartment(org, 'A-child', a);
      const grandchild = await createDepartment(org, 'A-grandchild', child);
      const before = await subtree(org.admin, org.rootDepartmentId);

      for (const target of [a, child, grandchild]) {
        const result = await org.admin.request(MOVE, { id: a, newParentId: target });
        expect(result.errors?.[0].extensions.code).toBe('DEPARTMENT_CYCLE');
        expect(result.errors?.[0].message).toBe('A department cannot be moved under itself or one of its own sub-departments.');
        expect(result.errors?.[0].extensions.fields?.map((f) => [f.field, f.code])).toEqual([['newParentId', 'DEPARTMENT_CYCLE']]);
      }
      expect(await org.admin.errorCode(MOVE, { id: child, newParentId: grandchild })).toBe('DEPARTMENT_CYCLE');
      expect(await subtree(org.admin, org.rootDepartmentId)).toEqual(before);
      expect((await department(org.admin, a)).parentId).toBe(org.rootDepartmentId);
      expect((await department(org.admin, child)).parentId).toBe(a);
    });

    it('explains the cycle in Hong Kong and Simplified Chinese', async () => {
      const org = await createOrganization(t);
      const a = await createDepartment(org, 'A');
      const child = await createDepartment(org, 'A-child', a);
      org.admin.locale = 'zh-HK';
      const hk = await org.admin.request(MOVE, { id: a, newParentId: child });
      expect(hk.errors?.[0].message).toBe('部門不可移到自己或其下屬部門之下。');
      expect(hk.errors?.[0].extensions.fields?.[0].message).toBe('部門不可移到自己或其下屬部門之下。');
      org.admin.locale = 'zh-CN';
      const cn = await org.admin.request(MOVE, { id: a, newParentId: child });
      expect(cn.errors?.[0].message).toBe('部门不能移动到自身或其下级部门之下。');
      const blank = await org.admin.request(RENAME, { id: a, name: '' });
      expect(blank.errors?.[0].message).toBe('部分输入信息无效，请检查后重试。');
      expect(blank.errors?.[0].extensions.fields?.[0].message).toBe('此项为必填。');
    });

    it('is forbidden to employees, department managers (no move right) and anonymous callers', async () => {
      const org = await createOrganization(t);
      const a = await createDepartment(org, 'A');
      const b = await createDepartment(org, 'B');
      const employee = await createPerson(t, org, { departmentId: a });
      const manager = await createPerson(t, org, { departmentId: a, roles: ['employee', 'department-manager'] });
      await setDepartmentLeaders(org, a, [manager.personId]);
      expect(await employee.client!.errorCode(MOVE, { id: a, newParentId: b })).toBe('FORBIDDEN');
      expect(await manager.client!.errorCode(MOVE, { id: a, newParentId: b })).toBe('FORBIDDEN');
      expect(await t.anonymous().errorCode(MOVE, { id: a, newParentId: b })).toBe('UNAUTHENTICATED');
      expect((await department(org.admin, a)).parentId).toBe(org.rootDepartmentId);
    });

    it('refuses an unknown or archived new parent with the field named, and moves nothing', async () => {
      const org = await createOrganization(t);
      const a = await createDepartment(org, 'A');
      const archived = await createDepartment(org, 'Archived');
      await org.admin.ok(ARCHIVE, { id: archived });
      const unknown = await org.admin.request(MOVE, { id: a, newParentId: randomUUID(), sortOrder: 9 });
      expect(unknown.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(unknown.errors?.[0].extensions.fields?.map((f) => [f.field, f.code])).toEqual([['newParentId', 'UNKNOWN_REFERENCE']]);
      const intoArchived = await org.admin.request(MOVE, { id: a, newParentId: archived, sortOrder: 9 });
      expect(intoArchived.errors?.[0].extensions.fields?.map((f) => [f.field, f.code])).toEqual([['newParentId', 'DEPARTMENT_ARCHIVED']]);
      expect(await department(org.admin, a)).toMatchObject({ parentId: org.rootDepartmentId, sortOrder: 0 });
    });
  });

  describe('archiveDepartment', () => {
    it('refuses while the department has members or sub-departments, then archives it once empty', async () => {
      const org = await createOrganization(t);
      const parent = await createDepartment(org, 'Parent');
      const child = await createDepartment(org, 'Child', parent);
      const member = await createPerson(t, org, { departmentId: parent, signIn: false });

      const notEmpty = await org.admin.request(ARCHIVE, { id: parent });
      expect(notEmpty.errors?.[0].extensions.code).toBe('DEPARTMENT_NOT_EMPTY');
      expect(notEmpty.errors?.[0].message).toBe('Move or archive its 1 sub-departments and 1 members first.');
      expect((await department(org.admin, parent)).archivedAt).toBeNull();

      // Archiving the child leaves the member: still refused.
      expect((await org.admin.ok<{ archiveDepartment: Dept }>(ARCHIVE, { id: child })).archiveDepartment.archivedAt).not.toBeNull();
      expect((await org.admin.request(ARCHIVE, { id: parent })).errors?.[0].message).toBe('Move or archive its 0 sub-departments and 1 members first.');

      // A person who left does not count as a member.
      await org.admin.ok('mutation($id: ID!) { archivePerson(id: $id) { id } }', { id: member.personId });
      const archived = (await org.admin.ok<{ archiveDepartment: Dept }>(ARCHIVE, { id: parent })).archiveDepartment;
      expect(Date.parse(archived.archivedAt!)).toBeGreaterThan(Date.now() - 60_000);
    });

    it('hides archived departments from lists, children and subtrees unless asked for', async () => {
      const org = await createOrganization(t);
      const parent = await createDepartment(org, 'Parent');
      const gone = await createDepartment(org, 'Gone', parent);
      const kept = await createDepartment(org, 'Kept', parent);
      await org.admin.ok(ARCHIVE, { id: gone });

      expect((await list(org.admin, { parentId: parent })).items.map((d) => d.id)).toEqual([kept]);
      expect((await list(org.admin, { parentId: parent, includeArchived: true })).items.map((d) => d.id)).toEqual([gone, kept]);
      expect((await list(org.admin, { search: 'Gone' })).totalCount).toBe(0);
      expect((await list(org.admin, { search: 'Gone', includeArchived: true })).totalCount).toBe(1);
      expect((await department(org.admin, parent)).children).toEqual([{ id: kept }]);
      expect((await subtree(org.admin, parent)).map((d) => d.id)).toEqual([parent, kept]);
      // An archived department takes no new members.
      const join = await org.admin.request('mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }', {
        input: { displayName: 'Late joiner', memberships: [{ departmentId: gone }] },
      });
      expect(join.errors?.[0].extensions.fields?.map((f) => [f.field, f.code])).toEqual([['memberships.0.departmentId', 'DEPARTMENT_ARCHIVED']]);
    });

    it('is forbidden to employees, department managers and anonymous callers', async () => {
      const org = await createOrganization(t);
      const empty = await createDepartment(org, 'Empty');
      const led = await createDepartment(org, 'Led');
      const employee = await createPerson(t, org, { departmentId: led });
      const manager = await createPerson(t, org, { departmentId: led, roles: ['employee', 'department-manager'] });
      await setDepartmentLeaders(org, empty, [manager.personId]);
      expect(await employee.client!.errorCode(ARCHIVE, { id: empty })).toBe('FORBIDDEN');
      expect(await manager.client!.errorCode(ARCHIVE, { id: empty })).toBe('FORBIDDEN');
      expect(await t.anonymous().errorCode(ARCHIVE, { id: empty })).toBe('UNAUTHENTICATED');
      expect((await department(org.admin, empty)).archivedAt).toBeNull();
    });

    it('answers NOT_FOUND for an unknown id or another organisation’s department, BAD_USER_INPUT for a malformed id', async () => {
      const org = await createOrganization(t);
      const otherOrg = await createOrganization(t);
      const foreign = await createDepartment(otherOrg, 'Foreign');
      expect(await org.admin.errorCode(ARCHIVE, { id: randomUUID() })).toBe('NOT_FOUND');
      expect(await org.admin.errorCode(ARCHIVE, { id: foreign })).toBe('NOT_FOUND');
      expect((await department(otherOrg.admin, foreign)).archivedAt).toBeNull();
      // A malformed id is the caller's mistake, not an internal error.
      expect(await org.admin.errorCode(ARCHIVE, { id: 'not-a-uuid' })).toBe('BAD_USER_INPUT');
    });
  });

  describe('setDepartmentLeaders', () => {
    it('sets several leaders (members or not), replaces and clears them', async () => {
      const org = await createOrganization(t);
      const d = await createDepartment(org, 'Ops');
      const elsewhere = await createDepartment(org, 'Elsewhere');
      const p1 = await createPerson(t, org, { departmentId: d, signIn: false });
      const p2 = await createPerson(t, org, { departmentId: d, signIn: false });
      const outsider = await createPerson(t, org, { departmentId: elsewhere, signIn: false });
      const ids = [p1.personId, p2.personId, outsider.personId];

      const set = await org.admin.ok<{ setDepartmentLeaders: { leaders: { id: string }[] } }>(SET_LEADERS, { id: d, personIds: [...ids, p1.personId] });
      expect(set.setDepartmentLeaders.leaders.map((p) => p.id).sort()).toEqual([...ids].sort());
      expect((await department(org.admin, d)).leaders.map((p) => p.id).sort()).toEqual([...ids].sort());

      await org.admin.ok(SET_LEADERS, { id: d, personIds: [p2.personId] });
      expect((await department(org.admin, d)).leaders).toEqual([{ id: p2.personId }]);
      await org.admin.ok(SET_LEADERS, { id: d, personIds: [] });
      expect((await department(org.admin, d)).leaders).toEqual([]);
    });

    it('is forbidden to employees, to a manager for a department they do not lead, and to anonymous callers', async () => {
      const org = await createOrganization(t);
      const led = await createDepartment(org, 'Led');
      const other = await createDepartment(org, 'Other');
      const employee = await createPerson(t, org, { departmentId: other });
      const manager = await createPerson(t, org, { departmentId: led, roles: ['employee', 'department-manager'] });
      await setDepartmentLeaders(org, led, [manager.personId]);
      expect(await employee.client!.errorCode(SET_LEADERS, { id: other, personIds: [employee.personId] })).toBe('FORBIDDEN');
      expect(await manager.client!.errorCode(SET_LEADERS, { id: other, personIds: [manager.personId] })).toBe('FORBIDDEN');
      expect(await t.anonymous().errorCode(SET_LEADERS, { id: other, personIds: [] })).toBe('UNAUTHENTICATED');
      expect((await department(org.admin, other)).leaders).toEqual([]);
    });

    it('refuses unknown, archived or too many people, naming the position of each bad id, and changes nothing', async () => {
      const org = await createOrganization(t);
      const d = await createDepartment(org, 'Ops');
      const leader = await createPerson(t, org, { departmentId: d, signIn: false });
      const leaver = await createPerson(t, org, { departmentId: d, signIn: false });
      await org.admin.ok('mutation($id: ID!) { archivePerson(id: $id) { id } }', { id: leaver.personId });
      await setDepartmentLeaders(org, d, [leader.personId]);

      const bad = await org.admin.request(SET_LEADERS, { id: d, personIds: [leader.personId, randomUUID(), leaver.personId] });
      expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(bad.errors?.[0].extensions.fields?.map((f) => [f.field, f.code])).toEqual([
        ['personIds.1', 'UNKNOWN_REFERENCE'],
        ['personIds.2', 'UNKNOWN_REFERENCE'],
      ]);
      // Positions refer to the list as sent, even when it repeats an id.
      const repeated = await org.admin.request(SET_LEADERS, { id: d, personIds: [leader.personId, leader.personId, randomUUID()] });
      expect(repeated.errors?.[0].extensions.fields?.map((f) => f.field)).toEqual(['personIds.2']);

      const tooMany = await org.admin.request(SET_LEADERS, { id: d, personIds: Array.from({ length: 21 }, () => randomUUID()) });
      expect(tooMany.errors?.[0].extensions.fields?.map((f) => [f.field, f.code])).toEqual([['personIds', 'INVALID_VALUE']]);
      expect((await department(org.admin, d)).leaders).toEqual([{ id: leader.personId }]);
    });
  });

  describe('reading the tree', () => {
    it('returns a subtree depth-first, siblings by position then name, without archived departments', async () => {
      const org = await createOrganization(t);
      const top = await createDepartment(org, 'Top');
      const create = async (name: string, parentId: string, sortOrder: number) =>
        (await org.admin.ok<{ createDepartment: Dept }>(CREATE, { input: { name, parentId, sortOrder } })).createDepartment.id;
      const x = await create('X', top, 2);
      const y = await create('Y', top, 1);
      const x1 = await create('X1', x, 0);
      const yb = await create('Y-b', y, 0);
      const ya = await create('Y-a', y, 0);
      const yaDeep = await create('Y-a-deep', ya, 0);
      const archived = await create('A-archived', top, 0);
      await org.admin.ok(ARCHIVE, { id: archived });

      const rows = await subtree(org.admin, top);
      expect(rows.map((d) => d.name)).toEqual(['Top', 'Y', 'Y-a', 'Y-a-deep', 'Y-b', 'X', 'X1']);
      expect(rows.map((d) => [d.id, d.parentId])).toEqual([
        [top, org.rootDepartmentId],
        [y, top],
        [ya, y],
        [yaDeep, ya],
        [yb, y],
        [x, top],
        [x1, x],
      ]);
      expect(await org.admin.errorCode(SUBTREE, { id: randomUUID() })).toBe('NOT_FOUND');
    });

    it('filters departments by parent, top level and search, with paging', async () => {
      const org = await createOrganization(t);
      const hq = await createDepartment(org, 'Headquarters', null);
      const create = async (name: string, code: string | null, parentId: string, sortOrder = 0) =>
        (await org.admin.ok<{ createDepartment: Dept }>(CREATE, { input: { name, code, parentId, sortOrder } })).createDepartment.id;
      const site2 = await create('Site Two', 'S2', hq, 2);
      const site1 = await create('Site One', 'S1', hq, 1);
      const accounts = await create('Accounts', 'FIN-1', hq, 1);
      await create('Site Three', 'S3', site1);

      const children = await list(org.admin, { parentId: hq });
      expect(children.totalCount).toBe(3);
      expect(children.items.map((d) => d.id)).toEqual([accounts, site1, site2]);
      const page = await list(org.admin, { parentId: hq }, { take: 1, skip: 1 });
      expect(page).toEqual({ totalCount: 3, items: [{ id: site1, name: 'Site One' }] });

      const roots = await list(org.admin, { rootsOnly: true });
      expect(roots.items.map((d) => d.id).sort()).toEqual([org.rootDepartmentId, hq].sort());

      expect((await list(org.admin, { search: 'site' })).items.map((d) => d.name)).toEqual(['Site Three', 'Site One', 'Site Two']);
      expect((await list(org.admin, { search: 'fin-' })).items.map((d) => d.id)).toEqual([accounts]);
      expect((await list(org.admin, { search: 'site', parentId: site1 })).items.map((d) => d.name)).toEqual(['Site Three']);
      expect((await list(org.admin, { search: 'nothing like this' })).totalCount).toBe(0);
      const tooMany = await org.admin.request(LIST, { filter: null, take: 1000 });
      expect(tooMany.errors?.[0].extensions.fields?.map((f) => [f.field, f.code])).toEqual([['take', 'PAGE_SIZE_TOO_LARGE']]);
    });

    it('lists direct active members, and people of a whole subtree', async () => {
      const org = await createOrganization(t);
      const d = await createDepartment(org, 'Branch');
      const sub = await createDepartment(org, 'Branch team', d);
      const sibling = await createDepartment(org, 'Sibling');
      const direct = await createPerson(t, org, { name: 'Direct Member', departmentId: d, signIn: false });
      const nested = await createPerson(t, org, { name: 'Nested Member', departmentId: sub, signIn: false });
      await createPerson(t, org, { name: 'Sibling Member', departmentId: sibling, signIn: false });
      const leaver = await createPerson(t, org, { name: 'Leaver', departmentId: d, signIn: false });
      await org.admin.ok('mutation($id: ID!) { archivePerson(id: $id) { id } }', { id: leaver.personId });

      const members = await org.admin.ok<{ department: { members: { totalCount: number; items: { id: string }[] } } }>(
        'query($id: ID!) { department(id: $id) { members { totalCount items { id } } } }',
        { id: d },
      );
      expect(members.department.members).toEqual({ totalCount: 1, items: [{ id: direct.personId }] });

      const people = async (filter: Record<string, unknown>) =>
        (
          await org.admin.ok<{ people: { totalCount: number; items: { id: string; displayName: string }[] } }>(
            'query($filter: PersonFilter) { people(filter: $filter) { totalCount items { id displayName } } }',
            { filter },
          )
        ).people;
      expect((await people({ departmentId: d })).items.map((p) => p.id)).toEqual([direct.personId]);
      const whole = await people({ departmentId: d, includeSubtree: true });
      expect(whole.totalCount).toBe(2);
      expect(whole.items.map((p) => p.displayName)).toEqual(['Direct Member', 'Nested Member']);
      expect((await people({ departmentId: sub, includeSubtree: true })).items.map((p) => p.id)).toEqual([nested.personId]);
    });
  });
  describe("ordering by the organisation's language", () => {
    const names = ['地盤三組', '地盤一組', '地盤二組'];
    const people = ['陳大文', '王小明', '李浩然'];

    async function createAll(org: TestOrg) {
      const parent = await createDepartment(org, '工程部');
      for (const name of names) await createDepartment(org, name, parent);
      for (const name of people) await createPerson(t, org, { name, departmentId: parent, signIn: false });
      return parent;
    }
    const personNames = async (org: TestOrg, departmentId: string) =>
      (
        await org.admin.ok<{ people: { items: { displayName: string }[] } }>('query($filter: PersonFilter) { people(filter: $filter) { items { displayName } } }', {
          filter: { departmentId },
        })
      ).people.items.map((p) => p.displayName);

    it('sorts Chinese names by stroke count for a Hong Kong (and an English) organisation', async () => {
      for (const locale of ['zh-HK', 'en'] as const) {
        const org = await createOrganization(t, { locale });
        const parent = await createAll(org);
        expect((await list(org.admin, { parentId: parent })).items.map((d) => d.name)).toEqual(['地盤一組', '地盤二組', '地盤三組']);
        expect((await subtree(org.admin, parent)).map((d) => d.name)).toEqual(['工程部', '地盤一組', '地盤二組', '地盤三組']);
        expect((await department(org.admin, parent)).children.length).toBe(3);
        // 王 has 4 strokes, 李 7, 陳 16.
        expect(await personNames(org, parent)).toEqual(['王小明', '李浩然', '陳大文']);
        const members = await org.admin.ok<{ department: { members: { items: { displayName: string }[] } } }>('query($id: ID!) { department(id: $id) { members { items { displayName } } } }', {
          id: parent,
        });
        expect(members.department.members.items.map((p) => p.displayName)).toEqual(['王小明', '李浩然', '陳大文']);
      }
    });

    it('sorts by Hanyu Pinyin for a zh-CN organisation', async () => {
      const org = await createOrganization(t, { locale: 'zh-CN' });
      const parent = await createAll(org);
      // èr, sān, yī; chén, lǐ, wáng.
      expect((await list(org.admin, { parentId: parent })).items.map((d) => d.name)).toEqual(['地盤二組', '地盤三組', '地盤一組']);
      expect(await personNames(org, parent)).toEqual(['陳大文', '李浩然', '王小明']);
    });
  });

  describe('reorderDepartments', () => {
    it('puts siblings in the order given (before the name order), and audits each department that moved', async () => {
      const org = await createOrganization(t, { locale: 'zh-HK' });
      const parent = await createDepartment(org, '工程部');
      const one = await createDepartment(org, '地盤一組', parent);
      const two = await createDepartment(org, '地盤二組', parent);
      const three = await createDepartment(org, '地盤三組', parent);

      const result = await org.admin.ok<{ reorderDepartments: { id: string; sortOrder: number }[] }>(REORDER, { parentId: parent, departmentIds: [three, one, two] });
      expect(result.reorderDepartments).toEqual([
        { id: three, sortOrder: 1 },
        { id: one, sortOrder: 2 },
        { id: two, sortOrder: 3 },
      ]);
      expect((await list(org.admin, { parentId: parent })).items.map((d) => d.id)).toEqual([three, one, two]);
      expect((await subtree(org.admin, parent)).map((d) => d.id)).toEqual([parent, three, one, two]);
      await expect
        .poll(async () => (await org.admin.ok<{ auditEntries: { items: { action: string; targetId: string; after: unknown }[] } }>(AUDIT, { filter: { targetId: three } })).auditEntries.items)
        .toContainEqual(expect.objectContaining({ action: 'org.department.reordered', targetId: three, after: { sortOrder: 1 } }));

      // The top level too.
      const roots = (await list(org.admin, { rootsOnly: true })).items.map((d) => d.id);
      await org.admin.ok(REORDER, { parentId: null, departmentIds: [...roots].reverse() });
      expect((await list(org.admin, { rootsOnly: true })).items.map((d) => d.id)).toEqual([...roots].reverse());
    });

    it('refuses a list that misses, repeats or adds a department, naming the field, and changes nothing', async () => {
      const org = await createOrganization(t);
      const parent = await createDepartment(org, 'Parent');
      const a = await createDepartment(org, 'A', parent);
      const b = await createDepartment(org, 'B', parent);
      const elsewhere = await createDepartment(org, 'Elsewhere');
      const before = await list(org.admin, { parentId: parent });

      org.admin.locale = 'zh-HK';
      const missing = await org.admin.request(REORDER, { parentId: parent, departmentIds: [b] });
      expect(missing.errors?.[0].extensions.code).toBe('DEPARTMENT_SIBLINGS_MISSING');
      expect(missing.errors?.[0].message).toBe('請按新次序列出全部 2 個下屬部門。');
      expect(missing.errors?.[0].extensions.fields?.map((f) => [f.field, f.code])).toEqual([['departmentIds', 'DEPARTMENT_SIBLINGS_MISSING']]);
      org.admin.locale = 'en';
      const repeated = await org.admin.request(REORDER, { parentId: parent, departmentIds: [a, b, a] });
      expect(repeated.errors?.[0].extensions.fields?.map((f) => [f.field, f.code])).toEqual([['departmentIds', 'DUPLICATE_VALUE']]);
      const foreign = await org.admin.request(REORDER, { parentId: parent, departmentIds: [a, elsewhere, b] });
      expect(foreign.errors?.[0].extensions.fields?.map((f) => [f.field, f.code])).toEqual([['departmentIds.1', 'UNKNOWN_REFERENCE']]);
      const unknownParent = await org.admin.request(REORDER, { parentId: randomUUID(), departmentIds: [a, b] });
      expect(unknownParent.errors?.[0].extensions.fields?.map((f) => [f.field, f.code])).toEqual([['parentId', 'UNKNOWN_REFERENCE']]);
      expect(await list(org.admin, { parentId: parent })).toEqual(before);
    });

    it('is forbidden to employees, department managers (no move right) and anonymous callers', async () => {
      const org = await createOrganization(t);
      const parent = await createDepartment(org, 'Parent');
      const a = await createDepartment(org, 'A', parent);
      const b = await createDepartment(org, 'B', parent);
      const employee = await createPerson(t, org, { departmentId: parent });
      const manager = await createPerson(t, org, { departmentId: parent, roles: ['employee', 'department-manager'] });
      await setDepartmentLeaders(org, parent, [manager.personId]);
      for (const client of [employee.client!, manager.client!]) expect(await client.errorCode(REORDER, { parentId: parent, departmentIds: [b, a] })).toBe('FORBIDDEN');
      expect(await t.anonymous().errorCode(REORDER, { parentId: parent, departmentIds: [b, a] })).toBe('UNAUTHENTICATED');
      expect((await list(org.admin, { parentId: parent })).items.map((d) => d.id)).toEqual([a, b]);
    });
  });

  describe('headcount', () => {
    it('counts the active people of a department and every department below it, each person once', async () => {
      const org = await createOrganization(t);
      const top = await createDepartment(org, 'Top');
      const team = await createDepartment(org, 'Team', top);
      await createDepartment(org, 'Empty', top);
      const both = await createPerson(t, org, { departmentId: top, signIn: false });
      await org.admin.ok('mutation($personId: ID!, $input: MembershipInput!) { addPersonToDepartment(personId: $personId, input: $input) { id } }', {
        personId: both.personId,
        input: { departmentId: team },
      });
      await createPerson(t, org, { departmentId: team, signIn: false });
      const leaver = await createPerson(t, org, { departmentId: team, signIn: false });
      await org.admin.ok('mutation($id: ID!) { archivePerson(id: $id) { id } }', { id: leaver.personId });

      const counts = async (filter: Record<string, unknown>) =>
        Object.fromEntries((await org.admin.ok<{ departments: { items: { name: string; headcount: number }[] } }>(HEADCOUNTS, { filter })).departments.items.map((d) => [d.name, d.headcount]));
      expect(await counts({ parentId: top })).toEqual({ Team: 2, Empty: 0 });
      const one = await org.admin.ok<{ department: { headcount: number } }>('query($id: ID!) { department(id: $id) { headcount } }', { id: top });
      expect(one.department.headcount).toBe(2);
    });

    it('counts only the people the caller may read', async () => {
      const org = await createOrganization(t);
      const mine = await createDepartment(org, 'Mine');
      const other = await createDepartment(org, 'Other');
      await createPerson(t, org, { departmentId: other, signIn: false });
      await createPerson(t, org, { departmentId: other, signIn: false });
      const role = await createCustomRole(org, 'Own team only', [
        { action: 'read', subject: 'Department' },
        { action: 'read', subject: 'Person', conditions: { departmentIds: { $in: '$myDepartments' } } },
      ]);
      const viewer = await createPerson(t, org, { departmentId: mine, roles: [] });
      await assignRoleById(org, viewer.personId, role);
      const seen = await viewer.client!.ok<{ departments: { items: { id: string; headcount: number }[] } }>(HEADCOUNTS, { filter: { parentId: org.rootDepartmentId } });
      expect(seen.departments.items.find((d) => d.id === mine)?.headcount).toBe(1);
      expect(seen.departments.items.find((d) => d.id === other)?.headcount).toBe(0);
      const admin = await org.admin.ok<{ departments: { items: { id: string; headcount: number }[] } }>(HEADCOUNTS, { filter: { parentId: org.rootDepartmentId } });
      expect(admin.departments.items.find((d) => d.id === other)?.headcount).toBe(2);
    });
  });
});
