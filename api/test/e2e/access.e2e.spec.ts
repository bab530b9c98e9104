import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assignRole,
  assignRoleById,
  createCustomRole,
  createDepartment,
  createOrganization,
  createPerson,
  roleId,
  setDepartmentLeaders,
  type TestOrg,
  type TestPerson,
  type TestRule,
} from '../support/factories.js';
import { modules } from '../../src/app/modules.js';
import { builtInRoleRules } from '../../src/modules/access/index.js';
import { startTestApp, type GqlClient, type GqlResult, type TestApp } from '../support/test-app.js';

const RULE = 'action subject conditions fields inverted description';
const ROLES = `{ roles { id key name description builtIn rules { ${RULE} } } }`;
const ROLE = `query($id: ID!) { role(id: $id) { id key name description builtIn rules { ${RULE} } } }`;
const CREATE_ROLE = `mutation($input: CreateRoleInput!) { createRole(input: $input) { id key name description builtIn rules { ${RULE} } } }`;
const UPDATE_ROLE = `mutation($id: ID!, $input: UpdateRoleInput!) { updateRole(id: $id, input: $input) { id key name description builtIn rules { ${RULE} } } }`;
const DELETE_ROLE = 'mutation($id: ID!) { deleteRole(id: $id) }';
const ASSIGN = 'mutation($input: AssignRoleInput!) { assignRole(input: $input) { id scopeDepartmentId role { id key } person { id } } }';
const UNASSIGN = 'mutation($id: ID!) { unassignRole(assignmentId: $id) }';
const ASSIGNMENTS = 'query($personId: ID, $roleId: ID) { roleAssignments(personId: $personId, roleId: $roleId) { id scopeDepartmentId role { id key name } person { id } } }';
const EXPLAIN = `query($input: ExplainPermissionInput!) { explainPermission(input: $input) { allowed conditional condition explanation roleId roleName ruleNumber rule { ${RULE} } } }`;
const PREVIEW = 'query($rules: [PermissionRuleInput!]!) { previewRolePermissions(rules: $rules) { subject action access conditions fields } }';
const MY_PERMISSIONS = '{ myPermissions { subject action allowed } }';
const VOCABULARY = '{ permissionVocabulary { actions placeholders subjects { name description conditionFields protectedFields } } }';
const AUDIT = 'query($filter: AuditFilter) { auditEntries(filter: $filter, take: 100) { totalCount items { action targetType targetId actorId before after } } }';
const PEOPLE = 'query($take: Int!) { people(take: $take) { totalCount items { id } } }';
const PERSON = 'query($id: ID!) { person(id: $id) { id jobTitle mobilePhone memberships { departmentId } } }';
const UPDATE_PERSON = 'mutation($id: ID!, $input: PersonDetailsInput!) { updatePerson(id: $id, input: $input) { id jobTitle } }';
const ARCHIVE_PERSON = 'mutation($id: ID!) { archivePerson(id: $id) { id status } }';
const CREATE_PERSON = 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }';
const ADD_MEMBERSHIP = 'mutation($personId: ID!, $input: MembershipInput!) { addPersonToDepartment(personId: $personId, input: $input) { id } }';
const CREATE_DEPARTMENT = 'mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id parentId } }';
const RENAME_DEPARTMENT = 'mutation($id: ID!, $name: String!) { renameDepartment(id: $id, name: $name) { id name } }';
const MOVE_DEPARTMENT = 'mutation($id: ID!, $parent: ID) { moveDepartment(id: $id, newParentId: $parent) { id parentId } }';
const DEPARTMENT = 'query($id: ID!) { department(id: $id) { id name parentId } }';

/** The core modules' subjects and the core verbs; modules plugged in add their own (checked by their own specs). */
const SUBJECTS = ['AuditEntry', 'Department', 'EmailDomain', 'Event', 'JobRank', 'Organization', 'Person', 'Role'];
const ACTIONS = ['read', 'create', 'update', 'delete', 'archive', 'move', 'assign', 'import', 'verify'];
const core = <T extends { subject: string }>(items: T[]) => items.filter((item) => SUBJECTS.includes(item.subject) || item.subject === 'all');
const EMPLOYEE_EDITABLE = ['englishName', 'mobilePhone', 'personalEmail', 'homeAddress', 'locale'];

interface RoleView {
  id: string;
  key: string | null;
  name: string;
  description: string;
  builtIn: boolean;
  rules: { action: string; subject: string; conditions: Record<string, unknown> | null; fields: string[] | null; inverted: boolean; description: string | null }[];
}

/** A rule as the API returns it, with every optional part spelled out. */
const view = (rule: TestRule) => ({
  action: rule.action,
  subject: rule.subject,
  conditions: rule.conditions ?? null,
  fields: rule.fields ?? null,
  inverted: rule.inverted ?? false,
  description: rule.description ?? null,
});

/** Asserts that an operation failed with exactly one error of `code` (and these field problems), returning no data. */
async function expectFailure(client: GqlClient, query: string, variables: Record<string, unknown>, code: string, fields?: [string, string][]): Promise<GqlResult> {
  const result = await client.request(query, variables);
  expect(
    result.errors?.map((e) => e.extensions.code),
    JSON.stringify(result.errors),
  ).toEqual([code]);
  expect(result.data ?? null).toBeNull();
  if (fields) expect(result.errors![0].extensions.fields?.map((f) => [f.field, f.code])).toEqual(fields);
  return result;
}

const roles = async (client: GqlClient) => (await client.ok<{ roles: RoleView[] }>(ROLES)).roles;
const role = async (client: GqlClient, id: string) => (await client.ok<{ role: RoleView }>(ROLE, { id })).role;
const assignmentsOf = async (org: TestOrg, personId: string) =>
  (await org.admin.ok<{ roleAssignments: { id: string; scopeDepartmentId: string | null; role: { key: string | null; name: string } }[] }>(ASSIGNMENTS, { personId })).roleAssignments;
const listedIds = async (client: GqlClient) => {
  const data = await client.ok<{ people: { totalCount: number; items: { id: string }[] } }>(PEOPLE, { take: 100 });
  expect(data.people.totalCount).toBe(data.people.items.length);
  return data.people.items.map((p) => p.id).sort();
};
const canRead = async (client: GqlClient, id: string) => {
  const result = await client.request(PERSON, { id });
  if (result.errors?.length) {
    expect(result.errors.map((e) => e.extensions.code)).toEqual(['NOT_FOUND']);
    return false;
  }
  return true;
};
const sorted = (ids: string[]) => [...ids].sort();

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.stop());

describe('access: roles', () => {
  let org: TestOrg;
  let employee: TestPerson;
  let hr: TestPerson;

  beforeAll(async () => {
    org = await createOrganization(t);
    employee = await createPerson(t, org);
    hr = await createPerson(t, org, { roles: ['hr'] });
  });

  it('shows built-in roles in the reader’s language until the organisation renames them', async () => {
    const hk = await createOrganization(t, { locale: 'zh-HK' });
    const namesIn = async (locale: string) =>
      Object.fromEntries(
        (await hk.admin.request<{ roles: { key: string; name: string; description: string }[] }>('{ roles { key name description } }', {}, { 'x-harbour-locale': locale })).data!.roles.map((r) => [
          r.key,
          r.name,
        ]),
      );
    expect((await namesIn('zh-HK'))['org-admin']).toBe('機構管理員');
    expect((await namesIn('en'))['org-admin']).toBe('Organisation Admin');
    expect((await namesIn('zh-CN'))['org-admin']).toBe('机构管理员');
    // Explanations name the role in the reader's language too.
    const explained = await hk.admin.request<{ explainPermission: { roleName: string } }>(
      EXPLAIN,
      { input: { personId: hk.adminPersonId, action: 'update', subject: 'Department' } },
      { 'x-harbour-locale': 'en' },
    );
    expect(explained.data!.explainPermission.roleName).toBe('Organisation Admin');
    // A built-in role's name in any language is taken: English readers would otherwise see two Organisation Admins.
    await expectFailure(hk.admin, CREATE_ROLE, { input: { name: 'Organisation Admin', rules: [] } }, 'BAD_USER_INPUT', [['name', 'DUPLICATE_VALUE']]);
    const hrRole = await roleId(hk, 'hr');
    await expectFailure(hk.admin, UPDATE_ROLE, { id: hrRole, input: { name: 'Finance' } }, 'BAD_USER_INPUT', [['name', 'DUPLICATE_VALUE']]);
    await hk.admin.ok(UPDATE_ROLE, { id: hrRole, input: { name: '人力資源組' } });
    expect((await namesIn('en')).hr).toBe('人力資源組');
    expect((await namesIn('zh-HK')).hr).toBe('人力資源組');
    await hk.admin.ok(UPDATE_ROLE, { id: hrRole, input: { name: 'HR Administrator' } }); // its own name in another language is fine
    expect((await namesIn('zh-HK')).hr).toBe('人事管理員');
  });

  it('a new organisation has exactly the six built-in roles, in order, with their rules', async () => {
    const fresh = await createOrganization(t);
    const list = await roles(fresh.admin);
    expect(list.map((r) => [r.key, r.name, r.builtIn])).toEqual([
      ['auditor', 'Auditor', true],
      ['department-manager', 'Department Manager', true],
      ['employee', 'Employee', true],
      ['finance', 'Finance Administrator', true],
      ['hr', 'HR Administrator', true],
      ['org-admin', 'Organisation Admin', true],
    ]);
    const byKey: Record<string, RoleView> = Object.fromEntries(list.map((r) => [r.key, r]));
    expect(byKey['org-admin'].rules).toEqual([view({ action: 'manage', subject: 'all' })]);
    expect(byKey['org-admin'].description).toBe('Full control of the organisation.');
    expect(core(byKey.hr.rules).map((r) => `${r.action} ${r.subject}`)).toEqual(['read Organization', 'manage Department', 'manage Person', 'manage JobRank', 'read Role']);
    expect(core(byKey.employee.rules)).toHaveLength(6);
    expect(core(byKey.employee.rules)[5]).toEqual(view({ action: 'update', subject: 'Person', conditions: { id: '$me' }, fields: EMPLOYEE_EDITABLE }));
    // Then the default grants of the modules plugged in, in module order.
    for (const r of list) expect(r.rules.map((rule) => `${rule.action} ${rule.subject}`)).toEqual(builtInRoleRules(r.key!, modules).map((rule) => `${rule.action} ${rule.subject}`));
    expect(core(byKey['department-manager'].rules)[5]).toEqual(view({ action: 'read', subject: 'Person', conditions: { departmentIds: { $in: '$managedDepartments' } } }));
    expect(await role(fresh.admin, byKey.auditor.id)).toEqual(byKey.auditor);
  });

  it('role queries: employees get FORBIDDEN, anonymous callers UNAUTHENTICATED; HR may read roles', async () => {
    const hrRole = await roleId(org, 'hr');
    const queries: [string, Record<string, unknown>][] = [
      [ROLES, {}],
      [ROLE, { id: hrRole }],
      [ASSIGNMENTS, { personId: employee.personId }],
      [VOCABULARY, {}],
      [EXPLAIN, { input: { personId: employee.personId, action: 'read', subject: 'Person' } }],
      [PREVIEW, { rules: [{ action: 'read', subject: 'Person' }] }],
    ];
    for (const [query, variables] of queries) {
      await expectFailure(employee.client!, query, variables, 'FORBIDDEN');
      await expectFailure(t.anonymous(), query, variables, 'UNAUTHENTICATED');
      await hr.client!.ok(query, variables);
    }
    await expectFailure(t.anonymous(), MY_PERMISSIONS, {}, 'UNAUTHENTICATED');
  });

  it('creates a custom role: trimmed, empty parts dropped, listed, readable and audited', async () => {
    const data = await org.admin.ok<{ createRole: RoleView }>(CREATE_ROLE, {
      input: {
        name: '  Site Supervisors  ',
        description: ' Reads the staff of their own sites. ',
        rules: [
          { action: 'read', subject: 'Person', conditions: { departmentIds: { $in: '$myDepartments' } }, description: '  Own sites  ' },
          { action: 'update', subject: 'Department', conditions: {}, fields: null, inverted: false, description: '   ' },
          { action: 'read', subject: 'Person', fields: ['mobilePhone'], inverted: true },
        ],
      },
    });
    const created = data.createRole;
    expect(created).toEqual({
      id: created.id,
      key: null,
      name: 'Site Supervisors',
      description: 'Reads the staff of their own sites.',
      builtIn: false,
      rules: [
        view({ action: 'read', subject: 'Person', conditions: { departmentIds: { $in: '$myDepartments' } }, description: 'Own sites' }),
        view({ action: 'update', subject: 'Department' }),
        view({ action: 'read', subject: 'Person', fields: ['mobilePhone'], inverted: true }),
      ],
    });
    expect(await role(org.admin, created.id)).toEqual(created);
    expect((await roles(org.admin)).filter((r) => !r.builtIn).map((r) => r.id)).toContain(created.id);
    const audit = await org.admin.ok<{ auditEntries: { totalCount: number; items: { action: string; targetType: string; targetId: string; actorId: string; after: Record<string, unknown> }[] } }>(
      AUDIT,
      {
        filter: { targetId: created.id },
      },
    );
    expect(audit.auditEntries.totalCount).toBe(1);
    expect(audit.auditEntries.items[0]).toMatchObject({ action: 'access.role.created', targetType: 'Role', targetId: created.id, actorId: org.adminPersonId });
    expect(audit.auditEntries.items[0].after).toEqual({
      name: 'Site Supervisors',
      rules: [
        { action: 'read', subject: 'Person', conditions: { departmentIds: { $in: '$myDepartments' } }, description: 'Own sites' },
        { action: 'update', subject: 'Department' },
        { action: 'read', subject: 'Person', fields: ['mobilePhone'], inverted: true },
      ],
    });
  });

  it('refuses a duplicate name (of a custom or a built-in role) and writes nothing', async () => {
    await createCustomRole(org, 'Duplicated', [{ action: 'read', subject: 'Organization' }]);
    const before = await roles(org.admin);
    await expectFailure(org.admin, CREATE_ROLE, { input: { name: 'Duplicated', rules: [] } }, 'BAD_USER_INPUT', [['name', 'DUPLICATE_VALUE']]);
    await expectFailure(org.admin, CREATE_ROLE, { input: { name: ' HR ', rules: [] } }, 'BAD_USER_INPUT', [['name', 'DUPLICATE_VALUE']]);
    expect(await roles(org.admin)).toEqual(before);
  });

  it('refuses invalid rules with one field path per problem, and writes nothing', async () => {
    const before = await roles(org.admin);
    const result = await expectFailure(
      org.admin,
      CREATE_ROLE,
      {
        input: {
          name: '',
          rules: [
            { action: 'fly', subject: 'Person' },
            { action: 'read', subject: 'Spaceship' },
            { action: 'read', subject: 'Person', conditions: { xyz: 1 } },
            { action: 'read', subject: 'Person', conditions: { departmentIds: { $in: '$everyone' } } },
            { action: 'read', subject: 'Person', conditions: { id: { $regex: '^a' } } },
            { action: 'read', subject: 'all', conditions: { id: '$me' } },
            { action: 'read', subject: 'Person', fields: [] },
            { action: 'read', subject: 'Person', fields: ['mobile phone'] },
            { action: 'read', subject: 'Person', conditions: { $or: [{ status: 'ACTIVE' }, { nope: 1 }] } },
          ],
        },
      },
      'BAD_USER_INPUT',
    );
    expect(result.errors![0].extensions.fields?.map((f) => [f.field, f.code])).toEqual([
      ['name', 'REQUIRED'],
      ['rules.0.action', 'INVALID_VALUE'],
      ['rules.1.subject', 'INVALID_VALUE'],
      ['rules.2.conditions.xyz', 'INVALID_VALUE'],
      ['rules.3.conditions.departmentIds', 'INVALID_VALUE'],
      ['rules.4.conditions.id', 'INVALID_VALUE'],
      ['rules.5.conditions', 'INVALID_VALUE'],
      ['rules.6.fields', 'INVALID_VALUE'],
      ['rules.7.fields', 'INVALID_VALUE'],
      ['rules.8.conditions.$or.1.nope', 'INVALID_VALUE'],
    ]);
    // Lengths and characters are checked before the service runs, for every field at once.
    await expectFailure(
      org.admin,
      CREATE_ROLE,
      { input: { name: 'Long', description: 'x'.repeat(501), rules: [{ action: 'read', subject: 'Person', description: 'y'.repeat(201) }] } },
      'BAD_USER_INPUT',
      [
        ['description', 'TOO_LONG'],
        ['rules.0.description', 'TOO_LONG'],
      ],
    );
    const tooMany = Array.from({ length: 101 }, () => ({ action: 'read', subject: 'Organization' }));
    await expectFailure(org.admin, CREATE_ROLE, { input: { name: 'Too many rules', rules: tooMany } }, 'BAD_USER_INPUT', [['rules', 'TOO_LONG']]);
    expect(await roles(org.admin)).toEqual(before);
  });

  it('refuses conditions that a list (SQL) and a record check (CASL) would read differently, instead of failing later', async () => {
    const before = await roles(org.admin);
    await expectFailure(
      org.admin,
      CREATE_ROLE,
      {
        input: {
          name: 'Ambiguous',
          rules: [
            { action: 'read', subject: 'Person', conditions: { $or: [null] } },
            { action: 'read', subject: 'Person', conditions: { $and: [] } },
            { action: 'read', subject: 'Person', conditions: { id: {} } },
            { action: 'read', subject: 'Person', conditions: { id: { $gt: '$myDepartments' } } },
            { action: 'read', subject: 'Person', conditions: { departmentIds: { $eq: '$managedDepartments' } } },
            { action: 'read', subject: 'Person', conditions: { id: { $in: [{ nested: true }] } } },
            { action: 'read', subject: 'Person', conditions: { id: { $ne: ['a', 'b'] } } },
          ],
        },
      },
      'BAD_USER_INPUT',
      [
        ['rules.0.conditions.$or.0', 'INVALID_VALUE'],
        ['rules.1.conditions.$and', 'INVALID_VALUE'],
        ['rules.2.conditions.id', 'INVALID_VALUE'],
        ['rules.3.conditions.id', 'INVALID_VALUE'],
        ['rules.4.conditions.departmentIds', 'INVALID_VALUE'],
        ['rules.5.conditions.id', 'INVALID_VALUE'],
        ['rules.6.conditions.id', 'INVALID_VALUE'],
      ],
    );
    expect(await roles(org.admin)).toEqual(before);
  });

  it('updates a role’s name, description and rules (omitted parts stay), with an audit entry of before and after', async () => {
    const id = await createCustomRole(org, 'Editable', [{ action: 'read', subject: 'Organization' }], 'First');
    const updated = await org.admin.ok<{ updateRole: RoleView }>(UPDATE_ROLE, {
      id,
      input: {
        name: 'Edited',
        rules: [
          { action: 'read', subject: 'Department' },
          { action: 'read', subject: 'JobRank' },
        ],
      },
    });
    expect(updated.updateRole).toEqual({
      id,
      key: null,
      name: 'Edited',
      description: 'First',
      builtIn: false,
      rules: [view({ action: 'read', subject: 'Department' }), view({ action: 'read', subject: 'JobRank' })],
    });
    const described = await org.admin.ok<{ updateRole: RoleView }>(UPDATE_ROLE, { id, input: { description: 'Second' } });
    expect(described.updateRole).toEqual({ ...updated.updateRole, description: 'Second' });
    const audit = await org.admin.ok<{ auditEntries: { items: { action: string; before: unknown; after: unknown }[] } }>(AUDIT, { filter: { targetId: id, actionPrefix: 'access.role.updated' } });
    expect(audit.auditEntries.items.map((e) => e.action)).toEqual(['access.role.updated', 'access.role.updated']);
    expect(audit.auditEntries.items[1].before).toEqual({ name: 'Editable', description: 'First', rules: [{ action: 'read', subject: 'Organization' }] });
    expect(audit.auditEntries.items[1].after).toEqual({
      name: 'Edited',
      description: 'First',
      rules: [
        { action: 'read', subject: 'Department' },
        { action: 'read', subject: 'JobRank' },
      ],
    });
  });

  it('updateRole refuses a duplicate or empty name and invalid rules, changing nothing; an unknown id is NOT_FOUND', async () => {
    await createCustomRole(org, 'Taken name', [{ action: 'read', subject: 'Organization' }]);
    const id = await createCustomRole(org, 'Stays the same', [{ action: 'read', subject: 'JobRank' }], 'Unchanged');
    const before = await role(org.admin, id);
    await expectFailure(org.admin, UPDATE_ROLE, { id, input: { name: 'Taken name' } }, 'BAD_USER_INPUT', [['name', 'DUPLICATE_VALUE']]);
    await expectFailure(org.admin, UPDATE_ROLE, { id, input: { name: '   ' } }, 'BAD_USER_INPUT', [['name', 'REQUIRED']]);
    await expectFailure(org.admin, UPDATE_ROLE, { id, input: { rules: [{ action: 'read', subject: 'Person', conditions: { salary: { $gt: 1 } } }] } }, 'BAD_USER_INPUT', [
      ['rules.0.conditions.salary', 'INVALID_VALUE'],
    ]);
    // A valid name together with invalid rules: nothing of it is saved.
    await expectFailure(org.admin, UPDATE_ROLE, { id, input: { name: 'Half saved?', rules: [{ action: 'read', subject: 'Nothing' }] } }, 'BAD_USER_INPUT', [['rules.0.subject', 'INVALID_VALUE']]);
    expect(await role(org.admin, id)).toEqual(before);
    await expectFailure(org.admin, UPDATE_ROLE, { id: randomUUID(), input: { name: 'Ghost' } }, 'NOT_FOUND');
  });

  it('editing the Organisation Admin role so that admins lose `manage all` is refused (LAST_ADMIN); renaming it is fine', async () => {
    const local = await createOrganization(t);
    const adminRole = await roleId(local, 'org-admin');
    const before = await role(local.admin, adminRole);
    const lockouts: TestRule[][] = [
      [{ action: 'read', subject: 'all' }],
      [{ action: 'manage', subject: 'Person' }],
      [{ action: 'manage', subject: 'Role', conditions: { builtIn: false } }],
      [
        { action: 'manage', subject: 'all' },
        { action: 'manage', subject: 'all', inverted: true },
      ],
      [
        { action: 'manage', subject: 'all' },
        { action: 'update', subject: 'Role', inverted: true },
      ],
    ];
    for (const rules of lockouts) {
      const result = await expectFailure(local.admin, UPDATE_ROLE, { id: adminRole, input: { rules } }, 'LAST_ADMIN');
      expect(result.errors![0].message).toBe('The organisation must keep at least one Organisation Admin.');
    }
    expect(await role(local.admin, adminRole)).toEqual(before);
    const renamed = await local.admin.ok<{ updateRole: RoleView }>(UPDATE_ROLE, { id: adminRole, input: { name: 'Administrators' } });
    expect(renamed.updateRole).toEqual({ ...before, name: 'Administrators' });
    // Admins keep full control: they can still change roles and the organisation.
    await local.admin.ok(CREATE_DEPARTMENT, { input: { name: 'Still allowed', parentId: local.rootDepartmentId } });
    await local.admin.ok(UPDATE_ROLE, {
      id: adminRole,
      input: {
        rules: [
          { action: 'manage', subject: 'all' },
          { action: 'read', subject: 'Person', fields: ['homeAddress'], inverted: true },
        ],
      },
    });
  });

  it('deleteRole: built-in → ROLE_BUILT_IN, in use → ROLE_IN_USE, unknown → NOT_FOUND; an unused custom role is deleted and audited', async () => {
    const hrRole = await roleId(org, 'hr');
    const result = await expectFailure(org.admin, DELETE_ROLE, { id: hrRole }, 'ROLE_BUILT_IN');
    expect(result.errors![0].message).toBe('Built-in roles cannot be deleted.');
    expect((await role(org.admin, hrRole)).key).toBe('hr');

    const id = await createCustomRole(org, 'Temporary', [{ action: 'read', subject: 'JobRank' }]);
    const assignment = await assignRoleById(org, employee.personId, id);
    const inUse = await expectFailure(org.admin, DELETE_ROLE, { id }, 'ROLE_IN_USE');
    expect(inUse.errors![0].message).toBe('This role is still given to 1 people. Confirm that they lose it to delete it.');
    expect((await role(org.admin, id)).name).toBe('Temporary');

    await org.admin.ok(UNASSIGN, { id: assignment });
    expect(await org.admin.ok(DELETE_ROLE, { id })).toEqual({ deleteRole: true });
    await expectFailure(org.admin, ROLE, { id }, 'NOT_FOUND');
    expect((await roles(org.admin)).map((r) => r.id)).not.toContain(id);
    const audit = await org.admin.ok<{ auditEntries: { items: { action: string; before: unknown }[] } }>(AUDIT, { filter: { targetId: id } });
    expect(audit.auditEntries.items[0]).toMatchObject({ action: 'access.role.deleted', before: { name: 'Temporary', rules: [{ action: 'read', subject: 'JobRank' }] } });

    await expectFailure(org.admin, DELETE_ROLE, { id: randomUUID() }, 'NOT_FOUND');
  });

  it('role mutations: FORBIDDEN for employees and HR, UNAUTHENTICATED for anonymous callers; nothing is written', async () => {
    const id = await createCustomRole(org, 'Guarded', [{ action: 'read', subject: 'JobRank' }]);
    const before = await roles(org.admin);
    const attempts: [string, Record<string, unknown>][] = [
      [CREATE_ROLE, { input: { name: 'Self-made admin', rules: [{ action: 'manage', subject: 'all' }] } }],
      [UPDATE_ROLE, { id, input: { rules: [{ action: 'manage', subject: 'all' }] } }],
      [UPDATE_ROLE, { id: await roleId(org, 'employee'), input: { rules: [{ action: 'manage', subject: 'all' }] } }],
      [DELETE_ROLE, { id }],
    ];
    for (const [query, variables] of attempts) {
      await expectFailure(employee.client!, query, variables, 'FORBIDDEN');
      await expectFailure(hr.client!, query, variables, 'FORBIDDEN');
      await expectFailure(t.anonymous(), query, variables, 'UNAUTHENTICATED');
    }
    expect(await roles(org.admin)).toEqual(before);
  });
});

describe('access: assignments', () => {
  let org: TestOrg;
  let department: string;

  beforeAll(async () => {
    org = await createOrganization(t);
    department = await createDepartment(org, 'Assignments');
  });

  it('assigns and unassigns a role: roleAssignments and Person.roleAssignments follow, both are audited', async () => {
    const person = await createPerson(t, org, { departmentId: department });
    const finance = await roleId(org, 'finance');
    const data = await org.admin.ok<{ assignRole: { id: string; scopeDepartmentId: string | null; role: { id: string; key: string }; person: { id: string } } }>(ASSIGN, {
      input: { personId: person.personId, roleId: finance },
    });
    expect(data.assignRole).toEqual({ id: data.assignRole.id, scopeDepartmentId: null, role: { id: finance, key: 'finance' }, person: { id: person.personId } });
    expect((await assignmentsOf(org, person.personId)).map((a) => a.role.key).sort()).toEqual(['employee', 'finance']);
    const byRole = await org.admin.ok<{ roleAssignments: { id: string; person: { id: string } }[] }>(ASSIGNMENTS, { roleId: finance });
    expect(byRole.roleAssignments).toEqual([
      { id: data.assignRole.id, scopeDepartmentId: null, role: { id: finance, key: 'finance', name: 'Finance Administrator' }, person: { id: person.personId } },
    ]);
    const field = await org.admin.ok<{ person: { roleAssignments: { role: { key: string } }[] } }>('query($id: ID!) { person(id: $id) { roleAssignments { role { key } } } }', { id: person.personId });
    expect(field.person.roleAssignments.map((a) => a.role.key).sort()).toEqual(['employee', 'finance']);
    // Callers who may not read roles see no assignments on a person (rather than an error).
    const colleague = await createPerson(t, org);
    const hidden = await colleague.client!.ok<{ person: { roleAssignments: unknown[] } }>('query($id: ID!) { person(id: $id) { roleAssignments { id } } }', { id: person.personId });
    expect(hidden.person.roleAssignments).toEqual([]);

    expect(await org.admin.ok(UNASSIGN, { id: data.assignRole.id })).toEqual({ unassignRole: true });
    expect((await assignmentsOf(org, person.personId)).map((a) => a.role.key)).toEqual(['employee']);
    const audit = await org.admin.ok<{ auditEntries: { totalCount: number; items: { action: string; before: unknown; after: unknown }[] } }>(AUDIT, {
      filter: { targetId: person.personId, actionPrefix: 'access.role' },
    });
    expect(audit.auditEntries.items.map((e) => e.action)).toEqual(['access.role.unassigned', 'access.role.assigned', 'access.role.assigned']);
    expect(audit.auditEntries.items[0].before).toEqual({ role: 'Finance Administrator', scopeDepartmentId: null });
    expect(audit.auditEntries.items[1].after).toEqual({ role: 'Finance Administrator', scopeDepartmentId: null });
  });

  it('refuses the same role twice in the same scope (ALREADY_ASSIGNED), allows it in another scope', async () => {
    const person = await createPerson(t, org, { departmentId: department });
    const employeeRole = await roleId(org, 'employee');
    await expectFailure(org.admin, ASSIGN, { input: { personId: person.personId, roleId: employeeRole } }, 'BAD_USER_INPUT', [['roleId', 'ALREADY_ASSIGNED']]);
    const scoped = await assignRole(org, person.personId, 'hr', department);
    await expectFailure(org.admin, ASSIGN, { input: { personId: person.personId, roleId: await roleId(org, 'hr'), scopeDepartmentId: department } }, 'BAD_USER_INPUT', [
      ['roleId', 'ALREADY_ASSIGNED'],
    ]);
    const unscoped = await assignRole(org, person.personId, 'hr');
    const list = await assignmentsOf(org, person.personId);
    expect(list.map((a) => [a.role.key, a.scopeDepartmentId]).sort()).toEqual([
      ['employee', null],
      ['hr', null],
      ['hr', department],
    ]);
    expect(list.map((a) => a.id)).toEqual(expect.arrayContaining([scoped, unscoped]));
  });

  it('refuses archived or unknown people, unknown roles and unknown scope departments (BAD_USER_INPUT); nothing is written', async () => {
    const leaver = await createPerson(t, org, { departmentId: department });
    await org.admin.ok(ARCHIVE_PERSON, { id: leaver.personId });
    const person = await createPerson(t, org, { departmentId: department });
    const finance = await roleId(org, 'finance');
    const before = await org.admin.ok(ASSIGNMENTS, {});
    await expectFailure(org.admin, ASSIGN, { input: { personId: leaver.personId, roleId: finance } }, 'BAD_USER_INPUT', [['personId', 'PERSON_ARCHIVED']]);
    await expectFailure(org.admin, ASSIGN, { input: { personId: randomUUID(), roleId: finance } }, 'BAD_USER_INPUT', [['personId', 'UNKNOWN_REFERENCE']]);
    await expectFailure(org.admin, ASSIGN, { input: { personId: person.personId, roleId: randomUUID() } }, 'BAD_USER_INPUT', [['roleId', 'UNKNOWN_REFERENCE']]);
    await expectFailure(org.admin, ASSIGN, { input: { personId: person.personId, roleId: finance, scopeDepartmentId: randomUUID() } }, 'BAD_USER_INPUT', [['scopeDepartmentId', 'UNKNOWN_REFERENCE']]);
    expect(await org.admin.ok(ASSIGNMENTS, {})).toEqual(before);
    await expectFailure(org.admin, UNASSIGN, { id: randomUUID() }, 'NOT_FOUND');
  });

  it('refuses to archive the last active Organisation Admin (LAST_ADMIN), whoever archives them', async () => {
    const local = await createOrganization(t);
    const hrPerson = await createPerson(t, local, { roles: ['hr'] });
    const result = await expectFailure(hrPerson.client!, ARCHIVE_PERSON, { id: local.adminPersonId }, 'LAST_ADMIN');
    expect(result.errors![0].message).toBe('The organisation must keep at least one Organisation Admin.');
    expect((await local.admin.ok<{ person: { id: string } }>(PERSON, { id: local.adminPersonId })).person.id).toBe(local.adminPersonId);
    expect((await local.admin.ok<{ me: { status: string } }>('{ me { status } }')).me.status).toBe('ACTIVE');
    // With a second active admin, the first may be archived.
    await createPerson(t, local, { roles: ['org-admin'] });
    expect((await hrPerson.client!.ok<{ archivePerson: { status: string } }>(ARCHIVE_PERSON, { id: local.adminPersonId })).archivePerson.status).toBe('ARCHIVED');
  });

  it('keeps the last active Organisation Admin (LAST_ADMIN), also when the only other admin has left', async () => {
    const local = await createOrganization(t);
    const adminRole = await roleId(local, 'org-admin');
    const adminAssignments = async () =>
      (await local.admin.ok<{ roleAssignments: { id: string; scopeDepartmentId: string | null; person: { id: string } }[] }>(ASSIGNMENTS, { roleId: adminRole })).roleAssignments;
    const [own] = await adminAssignments();
    const result = await expectFailure(local.admin, UNASSIGN, { id: own.id }, 'LAST_ADMIN');
    expect(result.errors![0].message).toBe('The organisation must keep at least one Organisation Admin.');

    // A second admin who has left does not count: they cannot sign in.
    const leaver = await createPerson(t, local, { roles: ['org-admin'], signIn: false });
    await local.admin.ok(ARCHIVE_PERSON, { id: leaver.personId });
    await expectFailure(local.admin, UNASSIGN, { id: own.id }, 'LAST_ADMIN');
    // A scoped admin assignment does not count either.
    const scoped = await createPerson(t, local, { signIn: false });
    await assignRole(local, scoped.personId, 'org-admin', local.rootDepartmentId);
    await expectFailure(local.admin, UNASSIGN, { id: own.id }, 'LAST_ADMIN');
    expect((await adminAssignments()).map((a) => a.id)).toContain(own.id);
    // The leaver's assignment may go.
    const leaverAssignment = (await adminAssignments()).find((a) => a.person.id === leaver.personId)!;
    expect(await local.admin.ok(UNASSIGN, { id: leaverAssignment.id })).toEqual({ unassignRole: true });

    // With another active admin, an admin may step down — and loses their rights at once.
    const successor = await createPerson(t, local, { roles: ['org-admin'] });
    expect(await local.admin.ok(UNASSIGN, { id: own.id })).toEqual({ unassignRole: true });
    await expectFailure(local.admin, CREATE_DEPARTMENT, { input: { name: 'No longer', parentId: local.rootDepartmentId } }, 'FORBIDDEN');
    await expectFailure(local.admin, ASSIGNMENTS, { roleId: adminRole }, 'FORBIDDEN');
    const theirs = (
      await successor.client!.ok<{ roleAssignments: { id: string; scopeDepartmentId: string | null; person: { id: string } }[] }>(ASSIGNMENTS, { roleId: adminRole })
    ).roleAssignments.filter((a) => a.scopeDepartmentId === null);
    expect(theirs.map((a) => a.person.id)).toEqual([successor.personId]);
    await expectFailure(successor.client!, UNASSIGN, { id: theirs[0].id }, 'LAST_ADMIN');
  });

  it('assignment mutations: FORBIDDEN for employees and HR, UNAUTHENTICATED for anonymous callers; nothing is written', async () => {
    const employee = await createPerson(t, org, { departmentId: department });
    const hr = await createPerson(t, org, { departmentId: department, roles: ['employee', 'hr'] });
    const adminRole = await roleId(org, 'org-admin');
    const [ownAssignment] = await assignmentsOf(org, employee.personId);
    const before = await org.admin.ok(ASSIGNMENTS, {});
    for (const client of [employee.client!, hr.client!]) {
      await expectFailure(client, ASSIGN, { input: { personId: employee.personId, roleId: adminRole } }, 'FORBIDDEN');
      await expectFailure(client, ASSIGN, { input: { personId: hr.personId, roleId: adminRole } }, 'FORBIDDEN');
      await expectFailure(client, UNASSIGN, { id: ownAssignment.id }, 'FORBIDDEN');
    }
    await expectFailure(t.anonymous(), ASSIGN, { input: { personId: employee.personId, roleId: adminRole } }, 'UNAUTHENTICATED');
    await expectFailure(t.anonymous(), UNASSIGN, { id: ownAssignment.id }, 'UNAUTHENTICATED');
    expect(await org.admin.ok(ASSIGNMENTS, {})).toEqual(before);
  });

  it('a role given or taken back applies to the next request, without signing in again', async () => {
    const person = await createPerson(t, org, { departmentId: department });
    const input = { input: { name: 'Made by a new HR', parentId: department } };
    await expectFailure(person.client!, CREATE_DEPARTMENT, input, 'FORBIDDEN');
    const assignment = await assignRole(org, person.personId, 'hr');
    const created = await person.client!.ok<{ createDepartment: { id: string; parentId: string } }>(CREATE_DEPARTMENT, input);
    expect(created.createDepartment.parentId).toBe(department);
    await org.admin.ok(UNASSIGN, { id: assignment });
    await expectFailure(person.client!, CREATE_DEPARTMENT, input, 'FORBIDDEN');
  });

  it('changing the rules of a role applies to its holders at once', async () => {
    const id = await createCustomRole(org, 'Growing', [{ action: 'read', subject: 'Organization' }]);
    const person = await createPerson(t, org, { departmentId: department, roles: [] });
    await assignRoleById(org, person.personId, id);
    await person.client!.ok('{ organization { id } }');
    await expectFailure(person.client!, '{ departments { totalCount } }', {}, 'FORBIDDEN');
    await org.admin.ok(UPDATE_ROLE, {
      id,
      input: {
        rules: [
          { action: 'read', subject: 'Organization' },
          { action: 'read', subject: 'Department' },
        ],
      },
    });
    const data = await person.client!.ok<{ departments: { totalCount: number } }>('{ departments(filter: { includeArchived: true }) { totalCount } }');
    const all = await org.admin.ok<{ departments: { totalCount: number } }>('{ departments(filter: { includeArchived: true }) { totalCount } }');
    expect(data.departments.totalCount).toBe(all.departments.totalCount);
    await org.admin.ok(UPDATE_ROLE, { id, input: { rules: [{ action: 'read', subject: 'Organization' }] } });
    await expectFailure(person.client!, '{ departments { totalCount } }', {}, 'FORBIDDEN');
  });
});

describe('access: department-scoped assignments', () => {
  let org: TestOrg;
  let sales: string;
  let salesHk: string;
  let ops: string;
  let insider: TestPerson;
  let outsider: TestPerson;
  let scopedHr: TestPerson;
  let scopedOnly: TestPerson;
  let branchAdmin: TestPerson;

  beforeAll(async () => {
    org = await createOrganization(t);
    sales = await createDepartment(org, 'Sales');
    salesHk = await createDepartment(org, 'Sales HK', sales);
    ops = await createDepartment(org, 'Operations');
    insider = await createPerson(t, org, { departmentId: salesHk, mobilePhone: '+852 5111 0001', signIn: false });
    outsider = await createPerson(t, org, { departmentId: ops, mobilePhone: '+852 5111 0002', signIn: false });
    // HR for Sales (and below), who also has the ordinary directory role.
    scopedHr = await createPerson(t, org, { departmentId: sales, roles: ['employee'] });
    await assignRole(org, scopedHr.personId, 'hr', sales);
    // HR for Sales with no other role, working in Operations.
    scopedOnly = await createPerson(t, org, { departmentId: ops, roles: [] });
    await assignRole(org, scopedOnly.personId, 'hr', sales);
    // The Organisation Admin for Sales (and below), working in Operations, with no other role.
    branchAdmin = await createPerson(t, org, { departmentId: ops, roles: [] });
    await assignRole(org, branchAdmin.personId, 'org-admin', sales);
  });

  it('updates and fully reads people inside the scope, including sub-departments', async () => {
    const data = await scopedHr.client!.ok<{ updatePerson: { id: string; jobTitle: string } }>(UPDATE_PERSON, { id: insider.personId, input: { jobTitle: 'Account Manager' } });
    expect(data.updatePerson).toEqual({ id: insider.personId, jobTitle: 'Account Manager' });
    const read = await scopedHr.client!.ok<{ person: { mobilePhone: string | null } }>(PERSON, { id: insider.personId });
    expect(read.person.mobilePhone).toBe('+852 5111 0001');
  });

  it('outside the scope: FORBIDDEN to change people, private fields hidden, nothing changes', async () => {
    await expectFailure(scopedHr.client!, UPDATE_PERSON, { id: outsider.personId, input: { jobTitle: 'Changed by Sales HR' } }, 'FORBIDDEN');
    await expectFailure(scopedHr.client!, ARCHIVE_PERSON, { id: outsider.personId }, 'FORBIDDEN');
    await expectFailure(scopedHr.client!, ADD_MEMBERSHIP, { personId: insider.personId, input: { departmentId: ops } }, 'FORBIDDEN');
    const read = await scopedHr.client!.ok<{ person: { mobilePhone: string | null } }>(PERSON, { id: outsider.personId });
    expect(read.person.mobilePhone).toBeNull();
    const truth = await org.admin.ok<{ person: { jobTitle: string | null; mobilePhone: string; memberships: { departmentId: string }[] } }>(PERSON, { id: outsider.personId });
    expect(truth.person).toEqual({ id: outsider.personId, jobTitle: null, mobilePhone: '+852 5111 0002', memberships: [{ departmentId: ops }] });
    expect((await org.admin.ok<{ person: { memberships: unknown[] } }>(PERSON, { id: insider.personId })).person.memberships).toEqual([{ departmentId: salesHk }]);
  });

  it('without a directory role, people and departments outside the scope do not exist for them (NOT_FOUND, not listed)', async () => {
    await expectFailure(scopedOnly.client!, PERSON, { id: outsider.personId }, 'NOT_FOUND');
    await expectFailure(scopedOnly.client!, UPDATE_PERSON, { id: outsider.personId, input: { jobTitle: 'x' } }, 'NOT_FOUND');
    await expectFailure(scopedOnly.client!, DEPARTMENT, { id: ops }, 'NOT_FOUND');
    await expectFailure(scopedOnly.client!, RENAME_DEPARTMENT, { id: ops, name: 'Renamed from Sales' }, 'NOT_FOUND');
    const page = await scopedOnly.client!.ok<{ people: { totalCount: number; items: { id: string }[] } }>(PEOPLE, { take: 1 });
    expect(page.people.totalCount).toBe(2);
    expect(await listedIds(scopedOnly.client!)).toEqual(sorted([insider.personId, scopedHr.personId]));
    const departments = await scopedOnly.client!.ok<{ departments: { items: { id: string }[] } }>('{ departments { items { id } } }');
    expect(sorted(departments.departments.items.map((d) => d.id))).toEqual(sorted([sales, salesHk]));
  });

  it('renames departments inside the scope; outside is FORBIDDEN', async () => {
    const data = await scopedHr.client!.ok<{ renameDepartment: { name: string } }>(RENAME_DEPARTMENT, { id: salesHk, name: 'Sales Hong Kong' });
    expect(data.renameDepartment.name).toBe('Sales Hong Kong');
    await expectFailure(scopedHr.client!, RENAME_DEPARTMENT, { id: ops, name: 'Renamed from Sales' }, 'FORBIDDEN');
    expect((await org.admin.ok<{ department: { name: string } }>(DEPARTMENT, { id: ops })).department.name).toBe('Operations');
  });

  it('grants without a department dimension are dropped from a scoped assignment', async () => {
    await expectFailure(scopedOnly.client!, '{ organization { id } }', {}, 'FORBIDDEN');
    await expectFailure(scopedOnly.client!, ROLES, {}, 'FORBIDDEN');
    await expectFailure(scopedOnly.client!, '{ jobRanks { id } }', {}, 'FORBIDDEN');
    const mine = await scopedOnly.client!.ok<{ myPermissions: { subject: string; action: string; allowed: boolean }[] }>(MY_PERMISSIONS);
    // Approval requests have a department (the one they are made from): HR's request rules stay, narrowed to the scope.
    const requestActions = ['read', 'submit', 'withdraw', 'revoke', 'remind', 'comment'].map((a) => `ApprovalRequest.${a}`);
    // So do attendance's punches, days, rosters, leave ledger and requests (each made in a department), and so they stay narrowed to it too.
    const attendanceActions = [
      'AttendanceDay.read',
      'AttendanceDay.update',
      'AttendanceLeaveEntry.read',
      'AttendanceLeaveEntry.create',
      'AttendancePunch.read',
      'AttendancePunch.create',
      'AttendanceRequest.read',
      'AttendanceRequest.create',
      'AttendanceRosterEntry.read',
      'AttendanceRosterEntry.update',
    ];
    expect(mine.myPermissions.filter((p) => p.allowed).map((p) => `${p.subject}.${p.action}`)).toEqual([
      ...requestActions,
      ...attendanceActions,
      ...ACTIONS.map((a) => `Department.${a}`),
      ...ACTIONS.map((a) => `Person.${a}`),
    ]);
  });

  it('covers departments and people added to the subtree later', async () => {
    const team = await createDepartment(org, 'Sales HK Team 2', salesHk);
    const newcomer = await createPerson(t, org, { departmentId: team, signIn: false });
    const data = await scopedOnly.client!.ok<{ updatePerson: { jobTitle: string } }>(UPDATE_PERSON, { id: newcomer.personId, input: { jobTitle: 'Trainee' } });
    expect(data.updatePerson.jobTitle).toBe('Trainee');
  });

  it('creates departments under the scope, but not at the top level or elsewhere', async () => {
    await expectFailure(scopedHr.client!, CREATE_DEPARTMENT, { input: { name: 'Top level', parentId: null } }, 'FORBIDDEN');
    await expectFailure(scopedHr.client!, CREATE_DEPARTMENT, { input: { name: 'In Operations', parentId: ops } }, 'FORBIDDEN');
    const data = await scopedHr.client!.request<{ createDepartment: { parentId: string } }>(CREATE_DEPARTMENT, { input: { name: 'Sales HK Team 3', parentId: salesHk } });
    expect(data.errors).toBeUndefined();
    expect(data.data?.createDepartment.parentId).toBe(salesHk);
  });

  it('cannot move a department of the scope out of it (elsewhere or to the top level)', async () => {
    const spare = await createDepartment(org, 'Sales spare', sales);
    await expectFailure(scopedHr.client!, MOVE_DEPARTMENT, { id: spare, parent: ops }, 'FORBIDDEN');
    const toTop = await scopedHr.client!.request(MOVE_DEPARTMENT, { id: spare, parent: null });
    expect(toTop.errors?.map((e) => e.extensions.code)).toEqual(['FORBIDDEN']);
    expect((await org.admin.ok<{ department: { parentId: string } }>(DEPARTMENT, { id: spare })).department.parentId).toBe(sales);
  });

  it('an Organisation Admin scoped to a department manages that subtree’s departments and people, and nothing else', async () => {
    const client = branchAdmin.client!;
    expect((await client.ok<{ renameDepartment: { name: string } }>(RENAME_DEPARTMENT, { id: salesHk, name: 'Sales HK (branch)' })).renameDepartment.name).toBe('Sales HK (branch)');
    expect((await client.ok<{ updatePerson: { jobTitle: string } }>(UPDATE_PERSON, { id: insider.personId, input: { jobTitle: 'Branch Lead' } })).updatePerson.jobTitle).toBe('Branch Lead');
    expect((await client.ok<{ person: { mobilePhone: string | null } }>(PERSON, { id: insider.personId })).person.mobilePhone).toBe('+852 5111 0001');
    // Outside the scope nothing exists for them, and what has no department (roles, ranks, the organisation) is not theirs.
    await expectFailure(client, PERSON, { id: outsider.personId }, 'NOT_FOUND');
    await expectFailure(client, RENAME_DEPARTMENT, { id: ops, name: 'Renamed by the branch admin' }, 'NOT_FOUND');
    await expectFailure(client, ROLES, {}, 'FORBIDDEN');
    await expectFailure(client, '{ jobRanks { id } }', {}, 'FORBIDDEN');
    await expectFailure(client, '{ organization { id } }', {}, 'FORBIDDEN');
    expect((await org.admin.ok<{ department: { name: string } }>(DEPARTMENT, { id: ops })).department.name).toBe('Operations');
  });

  it('may read someone who also works outside the scope, but not change them: that needs the right for every department', async () => {
    const both = await createPerson(t, org, { departmentId: salesHk, mobilePhone: '+852 5111 0003', signIn: false });
    await org.admin.ok(ADD_MEMBERSHIP, { personId: both.personId, input: { departmentId: ops } });
    for (const client of [scopedHr.client!, branchAdmin.client!]) {
      expect((await client.ok<{ person: { mobilePhone: string | null } }>(PERSON, { id: both.personId })).person.mobilePhone).toBe('+852 5111 0003');
      await expectFailure(client, UPDATE_PERSON, { id: both.personId, input: { jobTitle: 'Changed from the branch' } }, 'FORBIDDEN');
      await expectFailure(client, ARCHIVE_PERSON, { id: both.personId }, 'FORBIDDEN');
      await expectFailure(client, ADD_MEMBERSHIP, { personId: both.personId, input: { departmentId: salesHk } }, 'FORBIDDEN');
    }
    const truth = await org.admin.ok<{ person: { jobTitle: string | null; memberships: { departmentId: string }[] } }>(PERSON, { id: both.personId });
    expect(truth.person.jobTitle).toBeNull();
    expect(truth.person.memberships.map((m) => m.departmentId).sort()).toEqual([salesHk, ops].sort());
    // The whole organisation's HR still may.
    expect((await org.admin.ok<{ updatePerson: { jobTitle: string } }>(UPDATE_PERSON, { id: both.personId, input: { jobTitle: 'Changed by the admin' } })).updatePerson.jobTitle).toBe(
      'Changed by the admin',
    );
  });

  it('may not import CSV files: an import acts on the whole organisation (FORBIDDEN, nothing written)', async () => {
    const IMPORT = 'mutation($kind: ImportKind!, $csv: String!) { importOrganizationCsv(kind: $kind, csv: $csv) { applied } }';
    for (const client of [scopedHr.client!, branchAdmin.client!]) {
      await expectFailure(client, IMPORT, { kind: 'DEPARTMENTS', csv: 'external_id,name,parent_external_id\nbranch-import,Imported by a branch,' }, 'FORBIDDEN');
      await expectFailure(client, IMPORT, { kind: 'PEOPLE', csv: `external_id,display_name,department_external_ids\nbranch-person,Imported,x` }, 'FORBIDDEN');
    }
    const names = (await org.admin.ok<{ departments: { items: { name: string }[] } }>('{ departments(take: 100) { items { name } } }')).departments.items.map((d) => d.name);
    expect(names).not.toContain('Imported by a branch');
    const permissions = await branchAdmin.client!.ok<{ myPermissions: { subject: string; action: string; allowed: boolean; conditional: boolean }[] }>(
      '{ myPermissions { subject action allowed conditional } }',
    );
    expect(permissions.myPermissions.find((p) => p.subject === 'Department' && p.action === 'import')).toMatchObject({ allowed: true, conditional: true });
  });

  it('cannot place a new person in a department outside the scope, even together with one inside', async () => {
    const before = await org.admin.ok<{ people: { totalCount: number } }>(PEOPLE, { take: 1 });
    await expectFailure(scopedHr.client!, CREATE_PERSON, { input: { displayName: 'Only outside', memberships: [{ departmentId: ops }] } }, 'FORBIDDEN');
    const mixed = await scopedHr.client!.request(CREATE_PERSON, { input: { displayName: 'Half outside', memberships: [{ departmentId: salesHk }, { departmentId: ops }] } });
    expect(mixed.errors?.map((e) => e.extensions.code)).toEqual(['FORBIDDEN']);
    expect((await org.admin.ok<{ people: { totalCount: number } }>(PEOPLE, { take: 1 })).people.totalCount).toBe(before.people.totalCount);
  });
});

describe('access: conditions, placeholders and denials', () => {
  let org: TestOrg;
  let deptA: string;
  let deptA1: string;
  let deptB: string;
  let inA: TestPerson;
  let inA1: TestPerson;
  let inB: TestPerson;
  let inAandB: TestPerson;

  beforeAll(async () => {
    org = await createOrganization(t);
    deptA = await createDepartment(org, 'Dept A');
    deptA1 = await createDepartment(org, 'Dept A1', deptA);
    deptB = await createDepartment(org, 'Dept B');
    inA = await createPerson(t, org, { departmentId: deptA, mobilePhone: '+852 6000 0001', signIn: false });
    inA1 = await createPerson(t, org, { departmentId: deptA1, mobilePhone: '+852 6000 0002', signIn: false });
    inB = await createPerson(t, org, { departmentId: deptB, mobilePhone: '+852 6000 0003', signIn: false });
    inAandB = await createPerson(t, org, { departmentId: deptA, signIn: false });
    await org.admin.ok(ADD_MEMBERSHIP, { personId: inAandB.personId, input: { departmentId: deptB } });
  });

  const allActive = async () => listedIds(org.admin);
  /** Active people with a membership in the department (tests of this block add people to departments). */
  const membersOf = async (departmentId: string) => {
    const data = await org.admin.ok<{ people: { items: { id: string; memberships: { departmentId: string }[] }[] } }>('{ people(take: 100) { items { id memberships { departmentId } } } }');
    return data.people.items.filter((p) => p.memberships.some((m) => m.departmentId === departmentId)).map((p) => p.id);
  };

  it('$myDepartments: the people list holds exactly the people of their own departments, counted in SQL', async () => {
    const id = await createCustomRole(org, 'Own department directory', [{ action: 'read', subject: 'Person', conditions: { departmentIds: { $in: '$myDepartments' } } }]);
    const reader = await createPerson(t, org, { departmentId: deptA, roles: [] });
    await assignRoleById(org, reader.personId, id);
    const expected = sorted([reader.personId, inA.personId, inAandB.personId]);
    const page = await reader.client!.ok<{ people: { totalCount: number; items: { id: string }[] } }>(PEOPLE, { take: 1 });
    expect(page.people.totalCount).toBe(3);
    expect(page.people.items).toHaveLength(1);
    expect(await listedIds(reader.client!)).toEqual(expected);
    for (const person of await allActive()) expect(await canRead(reader.client!, person)).toBe(expected.includes(person));
    // Joining another department widens it at once.
    await org.admin.ok(ADD_MEMBERSHIP, { personId: reader.personId, input: { departmentId: deptB } });
    expect(await listedIds(reader.client!)).toEqual(sorted([...expected, inB.personId]));
  });

  it('a list placeholder written as a field’s own value means membership, for lists and records alike', async () => {
    const id = await createCustomRole(org, 'Shorthand directory', [{ action: 'read', subject: 'Person', conditions: { departmentIds: '$myDepartments' } }]);
    const reader = await createPerson(t, org, { departmentId: deptB, roles: [] });
    await assignRoleById(org, reader.personId, id);
    const expected = sorted(await membersOf(deptB));
    expect(expected).toEqual(expect.arrayContaining([reader.personId, inB.personId, inAandB.personId]));
    expect(await listedIds(reader.client!)).toEqual(expected);
    for (const person of await allActive()) expect(await canRead(reader.client!, person)).toBe(expected.includes(person));
  });

  it('$managedDepartments: leaders read their teams’ private details and maintain their departments; leadership changes apply at once', async () => {
    const leader = await createPerson(t, org, { departmentId: deptA, roles: ['employee', 'department-manager'] });
    const phone = async (id: string) => (await leader.client!.ok<{ person: { mobilePhone: string | null } }>(PERSON, { id })).person.mobilePhone;
    expect(await phone(inA1.personId)).toBeNull();
    await expectFailure(leader.client!, RENAME_DEPARTMENT, { id: deptA1, name: 'Dept A1 (renamed)' }, 'FORBIDDEN');

    await setDepartmentLeaders(org, deptA, [leader.personId]);
    expect(await phone(inA.personId)).toBe('+852 6000 0001');
    expect(await phone(inA1.personId)).toBe('+852 6000 0002');
    expect(await phone(inB.personId)).toBeNull();
    await leader.client!.ok(RENAME_DEPARTMENT, { id: deptA1, name: 'Dept A1 (renamed)' });
    await expectFailure(leader.client!, RENAME_DEPARTMENT, { id: deptB, name: 'Dept B (renamed)' }, 'FORBIDDEN');
    const team = await leader.client!.ok<{ createDepartment: { parentId: string } }>(CREATE_DEPARTMENT, { input: { name: 'Dept A1 team', parentId: deptA1 } });
    expect(team.createDepartment.parentId).toBe(deptA1);
    await expectFailure(leader.client!, CREATE_DEPARTMENT, { input: { name: 'Under B', parentId: deptB } }, 'FORBIDDEN');

    await setDepartmentLeaders(org, deptA, []);
    expect(await phone(inA1.personId)).toBeNull();
  });

  it('a denial wins over another role’s grant, whichever role was given first — in lists and record checks', async () => {
    const deny = await createCustomRole(org, 'Not department B', [{ action: 'read', subject: 'Person', conditions: { departmentIds: { $in: [deptB] } }, inverted: true }]);
    const denyFirst = await createPerson(t, org, { departmentId: deptA, roles: [] });
    await assignRoleById(org, denyFirst.personId, deny);
    await assignRole(org, denyFirst.personId, 'employee');
    const denyLast = await createPerson(t, org, { departmentId: deptA, roles: ['employee'] });
    await assignRoleById(org, denyLast.personId, deny);
    const inDeptB = new Set(await membersOf(deptB));
    const expected = (await allActive()).filter((id) => !inDeptB.has(id));
    for (const person of [denyFirst, denyLast]) {
      const client = person.client!;
      const page = await client.ok<{ people: { totalCount: number } }>(PEOPLE, { take: 1 });
      expect(page.people.totalCount).toBe(expected.length);
      expect(await listedIds(client)).toEqual(sorted(expected));
      await expectFailure(client, PERSON, { id: inB.personId }, 'NOT_FOUND');
      await expectFailure(client, PERSON, { id: inAandB.personId }, 'NOT_FOUND');
      expect(await canRead(client, inA.personId)).toBe(true);
    }
  });

  it('an unconditional denial closes the gate, a field denial only that field', async () => {
    const deny = await createCustomRole(org, 'HR without archiving or phones', [
      { action: 'archive', subject: 'Person', inverted: true },
      { action: 'update', subject: 'Person', fields: ['mobilePhone'], inverted: true },
    ]);
    const hr = await createPerson(t, org, { departmentId: deptA, roles: ['hr'] });
    await assignRoleById(org, hr.personId, deny);
    await expectFailure(hr.client!, ARCHIVE_PERSON, { id: inA.personId }, 'FORBIDDEN');
    await expectFailure(hr.client!, UPDATE_PERSON, { id: inA.personId, input: { mobilePhone: '+852 0000 0000' } }, 'FORBIDDEN');
    const ok = await hr.client!.ok<{ updatePerson: { jobTitle: string } }>(UPDATE_PERSON, { id: inA.personId, input: { jobTitle: 'Analyst' } });
    expect(ok.updatePerson.jobTitle).toBe('Analyst');
    const truth = await org.admin.ok<{ person: { mobilePhone: string } }>(PERSON, { id: inA.personId });
    expect(truth.person.mobilePhone).toBe('+852 6000 0001');
    const mine = await hr.client!.ok<{ myPermissions: { subject: string; action: string; allowed: boolean }[] }>(MY_PERMISSIONS);
    expect(mine.myPermissions.find((p) => p.subject === 'Person' && p.action === 'archive')?.allowed).toBe(false);
    expect(mine.myPermissions.find((p) => p.subject === 'Person' && p.action === 'update')?.allowed).toBe(true);
  });

  it('lists (SQL) and record checks agree for negative conditions on people in several departments', async () => {
    for (const [name, conditions] of [
      ['Not in B ($nin)', { departmentIds: { $nin: [deptB] } }],
      ['Not in B ($ne)', { departmentIds: { $ne: deptB } }],
    ] as const) {
      const id = await createCustomRole(org, name, [{ action: 'read', subject: 'Person', conditions }]);
      const reader = await createPerson(t, org, { departmentId: deptA1, roles: [] });
      await assignRoleById(org, reader.personId, id);
      const readable: string[] = [];
      for (const person of await allActive()) if (await canRead(reader.client!, person)) readable.push(person);
      expect(readable).not.toContain(inAandB.personId);
      expect.soft(await listedIds(reader.client!), name).toEqual(sorted(readable));
    }
  });
});

describe('access: explain, preview, my permissions, vocabulary', () => {
  let org: TestOrg;
  let e1: TestPerson;
  let e2: TestPerson;
  let hr: TestPerson;
  let employeeRole: string;

  beforeAll(async () => {
    org = await createOrganization(t);
    e1 = await createPerson(t, org);
    e2 = await createPerson(t, org, { signIn: false });
    hr = await createPerson(t, org, { roles: ['hr'] });
    employeeRole = await roleId(org, 'employee');
  });

  const explain = async (input: Record<string, unknown>, client: GqlClient = org.admin) => (await client.ok<{ explainPermission: Record<string, unknown> }>(EXPLAIN, { input })).explainPermission;

  it('names the role and rule that allow an action', async () => {
    expect(await explain({ personId: e1.personId, action: 'update', subject: 'Person', recordId: e1.personId, field: 'mobilePhone' })).toEqual({
      allowed: true,
      conditional: false,
      condition: null,
      explanation: 'Allowed by rule 6 of role "Employee".',
      roleId: employeeRole,
      roleName: 'Employee',
      ruleNumber: 6,
      rule: view({ action: 'update', subject: 'Person', conditions: { id: '$me' }, fields: EMPLOYEE_EDITABLE }),
    });
    expect(await explain({ personId: hr.personId, action: 'archive', subject: 'Person' })).toMatchObject({
      allowed: true,
      roleName: 'HR Administrator',
      ruleNumber: 3,
      rule: view({ action: 'manage', subject: 'Person' }),
    });
    expect(await explain({ personId: org.adminPersonId, action: 'delete', subject: 'Role' }, hr.client!)).toMatchObject({
      allowed: true,
      explanation: 'Allowed by rule 1 of role "Organisation Admin".',
      ruleNumber: 1,
    });
  });

  it('explains a denial when no rule allows it', async () => {
    expect(await explain({ personId: e1.personId, action: 'create', subject: 'Department' })).toEqual({
      allowed: false,
      conditional: false,
      condition: null,
      explanation: 'Denied: none of this person’s roles has a rule that allows it.',
      roleId: null,
      roleName: null,
      ruleNumber: null,
      rule: null,
    });
  });

  it('with a record and a field: another person’s mobile phone is denied, their name allowed, one’s own phone allowed', async () => {
    expect(await explain({ personId: e1.personId, action: 'read', subject: 'Person', recordId: e2.personId, field: 'mobilePhone' })).toEqual({
      allowed: false,
      conditional: false,
      condition: null,
      explanation: 'Denied: none of this person’s roles has a rule that allows it.',
      roleId: null,
      roleName: null,
      ruleNumber: null,
      rule: null,
    });
    expect(await explain({ personId: e1.personId, action: 'read', subject: 'Person', recordId: e2.personId, field: 'displayName' })).toMatchObject({
      allowed: true,
      roleName: 'Employee',
      ruleNumber: 4,
    });
    expect(await explain({ personId: e1.personId, action: 'read', subject: 'Person', recordId: e1.personId, field: 'mobilePhone' })).toMatchObject({
      allowed: true,
      ruleNumber: 5,
      rule: view({ action: 'read', subject: 'Person', conditions: { id: '$me' } }),
    });
    // It matches what actually happens.
    const seen = await e1.client!.ok<{ person: { mobilePhone: string | null } }>(PERSON, { id: e2.personId });
    expect(seen.person.mobilePhone).toBeNull();
    await expectFailure(e1.client!, UPDATE_PERSON, { id: e2.personId, input: { mobilePhone: '+852 1' } }, 'FORBIDDEN');
  });

  it('names the rule that denies, in the caller’s language', async () => {
    const deny = await createCustomRole(org, 'No archiving', [{ action: 'archive', subject: 'Person', inverted: true }]);
    const person = await createPerson(t, org, { roles: ['hr'], signIn: false });
    await assignRoleById(org, person.personId, deny);
    expect(await explain({ personId: person.personId, action: 'archive', subject: 'Person', recordId: e2.personId })).toEqual({
      allowed: false,
      conditional: false,
      condition: null,
      explanation: 'Denied by rule 1 of role "No archiving".',
      roleId: deny,
      roleName: 'No archiving',
      ruleNumber: 1,
      rule: view({ action: 'archive', subject: 'Person', inverted: true }),
    });
    const client = await t.signIn(org.adminEmail, 'Test-password-1');
    client.locale = 'zh-HK';
    const answer = await client.ok<{ explainPermission: { explanation: string } }>(EXPLAIN, { input: { personId: person.personId, action: 'update', subject: 'Person' } });
    // The built-in HR role reads in the caller's language, as everywhere.
    expect(answer.explainPermission.explanation).toBe('由角色「人事管理員」的第 3 條規則允許。');
  });

  it('explainPermission refuses bad input (BAD_USER_INPUT with the field)', async () => {
    await expectFailure(org.admin, EXPLAIN, { input: { personId: e1.personId, action: 'fly', subject: 'Spaceship' } }, 'BAD_USER_INPUT', [
      ['action', 'INVALID_VALUE'],
      ['subject', 'INVALID_VALUE'],
    ]);
    await expectFailure(org.admin, EXPLAIN, { input: { personId: randomUUID(), action: 'read', subject: 'Person' } }, 'BAD_USER_INPUT', [['personId', 'UNKNOWN_REFERENCE']]);
    for (const subject of ['Person', 'Department', 'Role']) {
      await expectFailure(org.admin, EXPLAIN, { input: { personId: e1.personId, action: 'read', subject, recordId: randomUUID() } }, 'BAD_USER_INPUT', [['recordId', 'UNKNOWN_REFERENCE']]);
    }
  });

  it('previews the effective permissions of rules before saving: ALL, CONDITIONAL, NONE', async () => {
    const before = await roles(org.admin);
    const data = await hr.client!.ok<{ previewRolePermissions: { subject: string; action: string; access: string; conditions: string[]; fields: string[] | null }[] }>(PREVIEW, {
      rules: [
        { action: 'manage', subject: 'Department' },
        { action: 'archive', subject: 'Department', inverted: true },
        { action: 'read', subject: 'Person', conditions: { departmentIds: { $in: '$managedDepartments' } } },
        { action: 'read', subject: 'Person', fields: ['displayName'] },
        { action: 'update', subject: 'Person', conditions: { id: '$me' }, fields: ['mobilePhone'] },
        { action: 'read', subject: 'AuditEntry', conditions: { targetType: 'Person' }, inverted: true },
        { action: 'read', subject: 'JobRank' },
        { action: 'read', subject: 'JobRank', conditions: { id: 'x' }, inverted: true },
      ],
    });
    const overrides: Record<string, { access: string; conditions?: string[]; fields?: string[] | null }> = {
      ...Object.fromEntries(ACTIONS.map((a) => [`Department.${a}`, { access: 'ALL' }])),
      'Department.archive': { access: 'NONE' },
      'Person.read': { access: 'CONDITIONAL', conditions: ['{"departmentIds":{"$in":"$managedDepartments"}}', '* [displayName]'] },
      'Person.update': { access: 'CONDITIONAL', conditions: ['{"id":"$me"} [mobilePhone]'], fields: ['mobilePhone'] },
      'AuditEntry.read': { access: 'NONE', conditions: ['NOT {"targetType":"Person"}'] },
      'JobRank.read': { access: 'CONDITIONAL', conditions: ['NOT {"id":"x"}'] },
    };
    const expected = SUBJECTS.flatMap((subject) =>
      ACTIONS.map((action) => {
        const o = overrides[`${subject}.${action}`] ?? { access: 'NONE' };
        return { subject, action, access: o.access, conditions: o.conditions ?? [], fields: o.fields ?? null };
      }),
    );
    expect(core(data.previewRolePermissions)).toEqual(expected);
    const everything = await org.admin.ok<{ previewRolePermissions: { subject: string; access: string }[] }>(PREVIEW, { rules: [{ action: 'manage', subject: 'all' }] });
    expect(core(everything.previewRolePermissions).map((p) => p.access)).toEqual(Array(SUBJECTS.length * ACTIONS.length).fill('ALL'));
    expect(everything.previewRolePermissions.every((p) => p.access === 'ALL')).toBe(true);
    expect(await roles(org.admin)).toEqual(before);
  });

  it('previewRolePermissions refuses invalid rules (BAD_USER_INPUT with the rule path)', async () => {
    await expectFailure(
      org.admin,
      PREVIEW,
      {
        rules: [
          { action: 'read', subject: 'Person' },
          { action: 'read', subject: 'Nope' },
          { action: 'read', subject: 'Person', conditions: { id: { $where: 'x' } } },
        ],
      },
      'BAD_USER_INPUT',
      [
        ['rules.1.subject', 'INVALID_VALUE'],
        ['rules.2.conditions.id', 'INVALID_VALUE'],
      ],
    );
  });

  it('myPermissions: what an employee, an auditor and an admin may do', async () => {
    type Mine = { myPermissions: { subject: string; action: string; allowed: boolean }[] };
    const admin = await org.admin.ok<Mine>(MY_PERMISSIONS);
    expect(core(admin.myPermissions).map((p) => [p.subject, p.action])).toEqual(SUBJECTS.flatMap((s) => ACTIONS.map((a) => [s, a])));
    expect(admin.myPermissions.every((p) => p.allowed)).toBe(true);
    const employee = await e1.client!.ok<Mine>(MY_PERMISSIONS);
    expect(core(employee.myPermissions)).toHaveLength(SUBJECTS.length * ACTIONS.length);
    expect(core(employee.myPermissions.filter((p) => p.allowed)).map((p) => `${p.subject}.${p.action}`)).toEqual([
      'Department.read',
      'JobRank.read',
      'Organization.read',
      'Person.read',
      'Person.update',
    ]);
    // An employee may update only their own record (and reads some fields only): the console needs to know.
    const conditional = await e1.client!.ok<{ myPermissions: { subject: string; action: string; conditional: boolean }[] }>('{ myPermissions { subject action conditional } }');
    expect(core(conditional.myPermissions.filter((p) => p.conditional)).map((p) => `${p.subject}.${p.action}`)).toEqual(['Person.read', 'Person.update']);
    const adminConditional = await org.admin.ok<{ myPermissions: { conditional: boolean }[] }>('{ myPermissions { conditional } }');
    expect(adminConditional.myPermissions.some((p) => p.conditional)).toBe(false);
    // …and each person record answers for itself.
    const canUpdate = 'query($id: ID!) { person(id: $id) { viewerCan { update } } }';
    const own = await e1.client!.ok<{ person: { viewerCan: { update: boolean } } }>(canUpdate, { id: e1.personId });
    const colleague = await e1.client!.ok<{ person: { viewerCan: { update: boolean } } }>(canUpdate, { id: org.adminPersonId });
    const byAdmin = await org.admin.ok<{ person: { viewerCan: { update: boolean } } }>(canUpdate, { id: e1.personId });
    expect([own.person.viewerCan.update, colleague.person.viewerCan.update, byAdmin.person.viewerCan.update]).toEqual([true, false, true]);
    const auditor = await createPerson(t, org, { roles: ['auditor'] });
    const audited = await auditor.client!.ok<Mine>(MY_PERMISSIONS);
    expect(core(audited.myPermissions.filter((p) => p.allowed)).map((p) => `${p.subject}.${p.action}`)).toEqual([
      'AuditEntry.read',
      'AuditEntry.verify',
      ...SUBJECTS.filter((s) => s !== 'AuditEntry').map((s) => `${s}.read`),
    ]);
  });

  it('permissionVocabulary lists the actions, subjects, condition fields, protected fields and placeholders', async () => {
    const data = await hr.client!.ok<{
      permissionVocabulary: { actions: string[]; placeholders: string[]; subjects: { name: string; description: string; conditionFields: string[]; protectedFields: string[] }[] };
    }>(VOCABULARY);
    const vocabulary = data.permissionVocabulary;
    expect(vocabulary.actions.slice(0, ACTIONS.length + 1)).toEqual(['manage', ...ACTIONS]);
    expect(vocabulary.actions).toEqual([...new Set(vocabulary.actions)]);
    expect(vocabulary.placeholders).toEqual(['$me', '$myDepartments', '$managedDepartments']);
    expect(vocabulary.subjects.map((s) => s.name).filter((name) => SUBJECTS.includes(name))).toEqual(SUBJECTS);
    const bySubject = Object.fromEntries(vocabulary.subjects.map((s) => [s.name, s]));
    expect(bySubject.Person).toEqual({
      name: 'Person',
      description: 'People and their department memberships.',
      conditionFields: ['id', 'status', 'departmentIds', 'managerIds'],
      protectedFields: ['mobilePhone', 'personalEmail', 'homeAddress'],
    });
    expect(bySubject.Department.conditionFields).toEqual(['id', 'parentId']);
    expect(bySubject.Role.conditionFields).toEqual(['id', 'builtIn']);
    expect(bySubject.Role.protectedFields).toEqual([]);
  });
});

describe('access: the permission editor’s words (issue #8)', () => {
  let org: TestOrg;
  let sales: string;
  let salesHk: string;
  let ops: string;
  let inSales: TestPerson;
  let inSalesHk: TestPerson;
  let inOps: TestPerson;

  beforeAll(async () => {
    org = await createOrganization(t);
    sales = await createDepartment(org, 'Sales');
    salesHk = await createDepartment(org, 'Sales HK', sales);
    ops = await createDepartment(org, 'Operations');
    inSales = await createPerson(t, org, { departmentId: sales, mobilePhone: '+852 6100 0001', signIn: false });
    inSalesHk = await createPerson(t, org, { departmentId: salesHk, mobilePhone: '+852 6100 0002', signIn: false });
    inOps = await createPerson(t, org, { departmentId: ops, signIn: false });
  });

  const explain = async (input: Record<string, unknown>, locale = 'en') =>
    (await org.admin.request<{ explainPermission: Record<string, unknown> }>(EXPLAIN, { input }, { 'x-harbour-locale': locale })).data!.explainPermission;

  it('built-in roles are not named like departments; an organisation still holding a former default name reads the new one, a chosen name stays', async () => {
    const hk = await createOrganization(t, { locale: 'zh-HK' });
    const names = async (locale: string) =>
      Object.fromEntries((await hk.admin.request<{ roles: { key: string; name: string }[] }>('{ roles { key name } }', {}, { 'x-harbour-locale': locale })).data!.roles.map((r) => [r.key, r.name]));
    expect(await names('zh-HK')).toMatchObject({ hr: '人事管理員', finance: '財務管理員' });
    expect(await names('zh-CN')).toMatchObject({ hr: '人事管理员', finance: '财务管理员' });
    expect(await names('en')).toMatchObject({ hr: 'HR Administrator', finance: 'Finance Administrator' });
    // What earlier versions stored in every organisation.
    const hr = await roleId(hk, 'hr');
    const finance = await roleId(hk, 'finance');
    await hk.admin.ok(UPDATE_ROLE, { id: hr, input: { name: '人事部' } });
    await hk.admin.ok(UPDATE_ROLE, { id: finance, input: { name: 'Finance' } });
    expect(await names('zh-HK')).toMatchObject({ hr: '人事管理員', finance: '財務管理員' });
    expect(await names('en')).toMatchObject({ hr: 'HR Administrator', finance: 'Finance Administrator' });
    // A former name is still taken by its role: a custom role may not read like a built-in one.
    await expectFailure(hk.admin, CREATE_ROLE, { input: { name: '人事部', rules: [] } }, 'BAD_USER_INPUT', [['name', 'DUPLICATE_VALUE']]);
    await hk.admin.ok(UPDATE_ROLE, { id: hr, input: { name: '人力資源主管' } });
    expect(await names('en')).toMatchObject({ hr: '人力資源主管' });
  });

  it('the vocabulary gives each subject its scopes, department and own-record fields and protected fields, labelled in the caller’s language', async () => {
    const query =
      '{ permissionVocabulary { actionLabels { name label } subjects { name label scopes { scope label } departmentField ownRecordField openFields protectedFieldLabels { name label } } } }';
    type Vocabulary = {
      permissionVocabulary: {
        actionLabels: { name: string; label: string }[];
        subjects: {
          name: string;
          label: string;
          scopes: { scope: string; label: string }[];
          departmentField: string | null;
          ownRecordField: string | null;
          openFields: string[];
          protectedFieldLabels: { name: string; label: string }[];
        }[];
      };
    };
    const inLocale = async (locale: string) => (await org.admin.request<Vocabulary>(query, {}, { 'x-harbour-locale': locale })).data!.permissionVocabulary;
    const en = await inLocale('en');
    const subject = (name: string) => en.subjects.find((s) => s.name === name)!;
    expect(subject('Person')).toMatchObject({
      label: 'person',
      departmentField: 'departmentIds',
      ownRecordField: 'id',
      scopes: [
        { scope: 'EVERYONE', label: 'All' },
        { scope: 'MY_DEPARTMENTS', label: 'Their own department(s)' },
        { scope: 'MANAGED_DEPARTMENTS', label: 'Departments they manage' },
        { scope: 'CHOSEN_DEPARTMENTS', label: 'Chosen departments (with sub-departments)' },
        { scope: 'OWN_RECORD', label: 'Their own record only' },
      ],
      protectedFieldLabels: [
        { name: 'mobilePhone', label: 'mobile phone' },
        { name: 'personalEmail', label: 'personal email' },
        { name: 'homeAddress', label: 'home address' },
      ],
    });
    expect(subject('Person').openFields).toContain('displayName');
    expect(subject('Person').openFields).not.toContain('mobilePhone');
    expect(subject('Department')).toMatchObject({ departmentField: 'id', ownRecordField: null });
    expect(subject('Department').scopes.map((s) => s.scope)).toEqual(['EVERYONE', 'MY_DEPARTMENTS', 'MANAGED_DEPARTMENTS', 'CHOSEN_DEPARTMENTS', 'NAMED']);
    expect(subject('JobRank')).toMatchObject({ departmentField: null, ownRecordField: null, scopes: [{ scope: 'EVERYONE', label: 'All' }], protectedFieldLabels: [] });
    const hk = await inLocale('zh-HK');
    const hkPerson = hk.subjects.find((s) => s.name === 'Person')!;
    expect(hkPerson.label).toBe('人員');
    expect(hkPerson.scopes.map((s) => s.label)).toEqual(['全部', '本人所屬部門', '其主管的部門', '指定部門（包括下屬部門）', '只限本人']);
    expect(hkPerson.protectedFieldLabels.map((f) => f.label)).toEqual(['手提電話', '私人電郵', '住址']);
    expect(hk.actionLabels.find((a) => a.name === 'read')!.label).toBe('查看');
  });

  it('chosen departments with their sub-departments: lists (SQL) and record checks agree, and a sub-department added later is covered', async () => {
    const id = await createCustomRole(org, 'Sales directory', [{ action: 'read', subject: 'Person', conditions: { departmentIds: { $in: [`$subtree:${sales}`] } } }]);
    const reader = await createPerson(t, org, { departmentId: ops, roles: [] });
    await assignRoleById(org, reader.personId, id);
    const expected = sorted([inSales.personId, inSalesHk.personId]);
    expect(await listedIds(reader.client!)).toEqual(expected);
    for (const person of await listedIds(org.admin)) expect(await canRead(reader.client!, person)).toBe(expected.includes(person));
    // Full details inside (the rule names no fields), and nothing outside.
    expect((await reader.client!.ok<{ person: { mobilePhone: string | null } }>(PERSON, { id: inSalesHk.personId })).person.mobilePhone).toBe('+852 6100 0002');
    expect(await canRead(reader.client!, inOps.personId)).toBe(false);
    const salesKowloon = await createDepartment(org, 'Sales Kowloon', salesHk);
    const newcomer = await createPerson(t, org, { departmentId: salesKowloon, signIn: false });
    expect(await listedIds(reader.client!)).toEqual(sorted([...expected, newcomer.personId]));
    expect(await canRead(reader.client!, newcomer.personId)).toBe(true);
  });

  it('refuses a chosen department that does not exist or is another organisation’s, and a malformed or misplaced $subtree token; nothing is written', async () => {
    const other = await createOrganization(t);
    const before = await roles(org.admin);
    const rule = (value: unknown) => [{ action: 'read', subject: 'Person', conditions: { departmentIds: value } }];
    await expectFailure(org.admin, CREATE_ROLE, { input: { name: 'Ghost', rules: rule({ $in: [`$subtree:${randomUUID()}`] }) } }, 'BAD_USER_INPUT', [['rules.0.conditions', 'UNKNOWN_REFERENCE']]);
    await expectFailure(org.admin, CREATE_ROLE, { input: { name: 'Foreign', rules: rule({ $in: [`$subtree:${other.rootDepartmentId}`] }) } }, 'BAD_USER_INPUT', [
      ['rules.0.conditions', 'UNKNOWN_REFERENCE'],
    ]);
    await expectFailure(org.admin, CREATE_ROLE, { input: { name: 'Malformed', rules: rule({ $in: ['$subtree:sales'] }) } }, 'BAD_USER_INPUT', [['rules.0.conditions.departmentIds', 'INVALID_VALUE']]);
    await expectFailure(org.admin, CREATE_ROLE, { input: { name: 'Scalar', rules: rule({ $eq: `$subtree:${sales}` }) } }, 'BAD_USER_INPUT', [['rules.0.conditions.departmentIds', 'INVALID_VALUE']]);
    const custom = await createCustomRole(org, 'Editable', [{ action: 'read', subject: 'JobRank' }]);
    await expectFailure(org.admin, UPDATE_ROLE, { id: custom, input: { rules: rule({ $in: [`$subtree:${randomUUID()}`] }) } }, 'BAD_USER_INPUT', [['rules.0.conditions', 'UNKNOWN_REFERENCE']]);
    expect((await role(org.admin, custom)).rules).toEqual([view({ action: 'read', subject: 'JobRank' })]);
    expect((await roles(org.admin)).length).toBe(before.length + 1);
  });

  it('explain without a record says how far a limited grant reaches instead of a plain “allowed”, in the caller’s language', async () => {
    const own = await createCustomRole(org, 'Own record', [{ action: 'update', subject: 'Person', conditions: { id: '$me' } }]);
    const chosen = await createCustomRole(org, 'Sales editor', [{ action: 'archive', subject: 'Person', conditions: { departmentIds: { $in: [`$subtree:${sales}`] } } }]);
    const person = await createPerson(t, org, { departmentId: ops, roles: ['employee'], signIn: false });
    await assignRoleById(org, person.personId, own);
    await assignRoleById(org, person.personId, chosen);
    expect(await explain({ personId: person.personId, action: 'update', subject: 'Person' })).toMatchObject({
      allowed: true,
      conditional: true,
      condition: 'Only for their own record',
      explanation: 'Only for their own record (rule 1 of role "Own record").',
    });
    expect(await explain({ personId: person.personId, action: 'update', subject: 'Person' }, 'zh-HK')).toMatchObject({
      conditional: true,
      condition: '只限本人的紀錄',
      explanation: '只限本人的紀錄（角色「Own record」的第 1 條規則）。',
    });
    expect(await explain({ personId: person.personId, action: 'archive', subject: 'Person' })).toMatchObject({
      conditional: true,
      explanation: 'Only in Sales and their sub-departments (rule 1 of role "Sales editor").',
    });
    // The widest grant answers: everyone's open fields, without the protected ones.
    expect(await explain({ personId: person.personId, action: 'read', subject: 'Person' })).toMatchObject({
      conditional: true,
      condition: 'Without mobile phone, personal email, home address',
      ruleNumber: 4,
    });
    // About a named record the answer is yes or no.
    expect(await explain({ personId: person.personId, action: 'archive', subject: 'Person', recordId: inSalesHk.personId })).toMatchObject({
      allowed: true,
      conditional: false,
      condition: null,
      explanation: 'Allowed by rule 1 of role "Sales editor".',
    });
    expect(await explain({ personId: person.personId, action: 'archive', subject: 'Person', recordId: inOps.personId })).toMatchObject({ allowed: false, conditional: false });
    // A department-scoped assignment of an unconditional role is limited too.
    const scoped = await createPerson(t, org, { departmentId: ops, roles: [], signIn: false });
    await assignRole(org, scoped.personId, 'hr', salesHk);
    expect(await explain({ personId: scoped.personId, action: 'update', subject: 'Person' })).toMatchObject({
      conditional: true,
      explanation: 'Only in Sales HK and their sub-departments (rule 3 of role "HR Administrator").',
    });
    // An unconditional grant is a plain yes.
    expect(await explain({ personId: org.adminPersonId, action: 'update', subject: 'Person' })).toMatchObject({ allowed: true, conditional: false, condition: null });
  });

  it('the preview says in words how far each limited grant reaches, in the caller’s language', async () => {
    const query = 'query($rules: [PermissionRuleInput!]!) { previewRolePermissions(rules: $rules) { subject action access reach } }';
    const rules = [
      {
        action: 'read',
        subject: 'Person',
        fields: [
          'id',
          'displayName',
          'englishName',
          'workEmail',
          'employeeNo',
          'jobTitle',
          'rank',
          'employmentStartDate',
          'employmentEndDate',
          'status',
          'locale',
          'memberships',
          'externalId',
          'homeAddress',
        ],
      },
      { action: 'update', subject: 'Person', conditions: { id: '$me' } },
      { action: 'archive', subject: 'Person', conditions: { departmentIds: { $in: [`$subtree:${salesHk}`, `$subtree:${sales}`] } } },
      { action: 'manage', subject: 'Department' },
      { action: 'archive', subject: 'Department', conditions: { id: { $in: '$managedDepartments' } }, inverted: true },
    ];
    type Preview = { previewRolePermissions: { subject: string; action: string; access: string; reach: string[] }[] };
    const preview = async (locale: string) => {
      const data = (await org.admin.request<Preview>(query, { rules }, { 'x-harbour-locale': locale })).data!.previewRolePermissions;
      return (subject: string, action: string) => data.find((p) => p.subject === subject && p.action === action)!;
    };
    const en = await preview('en');
    expect(en('Person', 'read')).toEqual({ subject: 'Person', action: 'read', access: 'CONDITIONAL', reach: ['Without mobile phone, personal email'] });
    expect(en('Person', 'update').reach).toEqual(['Only for their own record']);
    expect(en('Person', 'archive').reach).toEqual(['Only in Sales, Sales HK and their sub-departments']);
    expect(en('Department', 'archive').reach).toEqual(['Except: Only in the departments they manage']);
    expect(en('Department', 'update')).toMatchObject({ access: 'ALL', reach: [] });
    expect(en('JobRank', 'read')).toMatchObject({ access: 'NONE', reach: [] });
    const hk = await preview('zh-HK');
    expect(hk('Person', 'read').reach).toEqual(['不包括手提電話、私人電郵']);
    expect(hk('Person', 'update').reach).toEqual(['只限本人的紀錄']);
  });

  it('named scopes the modules declare: offered with their conditions, read in words by the preview and explanations; other conditions stay hand-written', async () => {
    type Scopes = { permissionVocabulary: { subjects: { name: string; scopes: { scope: string; label: string; name: string | null; conditions: unknown }[] }[] } };
    const scopesIn = async (locale: string, subject: string) =>
      (await org.admin.request<Scopes>('{ permissionVocabulary { subjects { name scopes { scope label name conditions } } } }', {}, { 'x-harbour-locale': locale }))
        .data!.permissionVocabulary.subjects.find((s) => s.name === subject)!
        .scopes.filter((s) => s.scope === 'NAMED');
    expect(await scopesIn('en', 'Announcement')).toEqual([{ scope: 'NAMED', label: 'Published ones only', name: 'published', conditions: { status: 'PUBLISHED' } }]);
    expect(await scopesIn('zh-HK', 'Announcement')).toEqual([{ scope: 'NAMED', label: '只限已發佈的', name: 'published', conditions: { status: 'PUBLISHED' } }]);
    expect(await scopesIn('en', 'Department')).toEqual([{ scope: 'NAMED', label: 'Under departments they manage', name: 'underManaged', conditions: { parentId: { $in: '$managedDepartments' } } }]);
    expect(await scopesIn('en', 'Person')).toEqual([]);

    const query = 'query($rules: [PermissionRuleInput!]!) { previewRolePermissions(rules: $rules) { subject action reach } }';
    const rules = [
      { action: 'read', subject: 'Announcement', conditions: { status: 'PUBLISHED' } },
      { action: 'create', subject: 'Department', conditions: { parentId: { $in: '$managedDepartments' } } },
      // Not the declared condition: a draft is not "published ones only".
      { action: 'track', subject: 'Announcement', conditions: { status: 'DRAFT' } },
    ];
    type Preview = { previewRolePermissions: { subject: string; action: string; reach: string[] }[] };
    const reach = async (locale: string, subject: string, action: string) =>
      (await org.admin.request<Preview>(query, { rules }, { 'x-harbour-locale': locale })).data!.previewRolePermissions.find((p) => p.subject === subject && p.action === action)!.reach;
    expect(await reach('en', 'Announcement', 'read')).toEqual(['Published ones only']);
    expect(await reach('zh-HK', 'Announcement', 'read')).toEqual(['只限已發佈的']);
    expect(await reach('en', 'Department', 'create')).toEqual(['Under departments they manage']);
    expect(await reach('en', 'Announcement', 'track')).toEqual(['Only where the rule’s conditions hold']);

    // An employee's grant explains itself in the module's words.
    const explained = await org.admin.request<{ explainPermission: { condition: string; rule: { conditions: unknown } } }>(
      EXPLAIN,
      { input: { personId: inOps.personId, action: 'confirm', subject: 'Announcement' } },
      { 'x-harbour-locale': 'zh-HK' },
    );
    expect(explained.data!.explainPermission).toMatchObject({ condition: '只限已發佈的', rule: { conditions: { status: 'PUBLISHED' } } });

    // A condition on a field the subject does not have is refused, named scope or not.
    await expectFailure(org.admin, PREVIEW, { rules: [{ action: 'read', subject: 'Announcement', conditions: { published: true } }] }, 'BAD_USER_INPUT', [
      ['rules.0.conditions.published', 'INVALID_VALUE'],
    ]);
  });

  it('the vocabulary labels the open fields too (what an edit grant may be limited to), in the caller’s language', async () => {
    type Labels = { permissionVocabulary: { subjects: { name: string; openFields: string[]; openFieldLabels: { name: string; label: string }[] }[] } };
    const person = async (locale: string) =>
      (
        await org.admin.request<Labels>('{ permissionVocabulary { subjects { name openFields openFieldLabels { name label } } } }', {}, { 'x-harbour-locale': locale })
      ).data!.permissionVocabulary.subjects.find((s) => s.name === 'Person')!;
    const en = await person('en');
    expect(en.openFieldLabels.map((field) => field.name)).toEqual(en.openFields);
    expect(en.openFieldLabels.find((field) => field.name === 'jobTitle')!.label).toBe('job title');
    // Every open field has a label of its own, not its message key.
    expect(en.openFieldLabels.filter((field) => field.label.startsWith('FIELD_'))).toEqual([]);
    expect((await person('zh-HK')).openFieldLabels.find((field) => field.name === 'englishName')!.label).toBe('英文名');
  });

  it('built-in roles carry no English-only rule descriptions: those earlier versions seeded are not served; an organisation’s own are', async () => {
    const fresh = await createOrganization(t);
    for (const r of await roles(fresh.admin)) expect(r.rules.filter((rule) => rule.description)).toEqual([]);
    const seeded = { action: 'read', subject: 'Person', conditions: { id: '$me' }, description: 'Own record, including private contact details' };
    const own = { action: 'read', subject: 'JobRank', description: 'Ranks for the org chart' };
    const employeeRole = await roleId(fresh, 'employee');
    const updated = await fresh.admin.ok<{ updateRole: RoleView }>(UPDATE_ROLE, { id: employeeRole, input: { rules: [seeded, own] } });
    expect(updated.updateRole.rules.map((rule) => rule.description)).toEqual([null, 'Ranks for the org chart']);
    // Nor in an explanation naming that rule.
    const holder = await createPerson(t, fresh, { signIn: false });
    const explained = await fresh.admin.ok<{ explainPermission: { rule: { description: string | null } } }>(EXPLAIN, {
      input: { personId: holder.personId, action: 'read', subject: 'Person', recordId: holder.personId, field: 'mobilePhone' },
    });
    expect(explained.explainPermission.rule.description).toBeNull();
    // A custom role's text is its own, whatever it says.
    const custom = await createCustomRole(fresh, 'Readers', [seeded]);
    expect((await role(fresh.admin, custom)).rules[0].description).toBe('Own record, including private contact details');
  });

  it('deleting a role people hold: holderCount says how many lose it; refused (ROLE_IN_USE) unless removeFromHolders, then each loses it, audited', async () => {
    const id = await createCustomRole(org, 'Short-lived', [{ action: 'read', subject: 'JobRank' }]);
    const a = await createPerson(t, org, { departmentId: sales, roles: [] });
    const b = await createPerson(t, org, { departmentId: ops, roles: [], signIn: false });
    await assignRoleById(org, a.personId, id);
    await assignRoleById(org, a.personId, id, sales);
    await assignRoleById(org, b.personId, id);
    const count = async () => (await org.admin.ok<{ role: { holderCount: number } }>('query($id: ID!) { role(id: $id) { holderCount } }', { id })).role.holderCount;
    expect(await count()).toBe(2);
    const inUse = await expectFailure(org.admin, DELETE_ROLE, { id }, 'ROLE_IN_USE');
    expect(inUse.errors![0].message).toBe('This role is still given to 2 people. Confirm that they lose it to delete it.');
    // An employee may not delete it, with or without the confirmation.
    await expectFailure(a.client!, 'mutation($id: ID!) { deleteRole(id: $id, removeFromHolders: true) }', { id }, 'FORBIDDEN');
    expect(await count()).toBe(2);
    // Taking a role from its holders is unassigning it: who may delete roles but not give them out may not.
    const deleterRole = await createCustomRole(org, 'Role remover', [
      { action: 'read', subject: 'Role' },
      { action: 'delete', subject: 'Role' },
    ]);
    const deleter = await createPerson(t, org, { departmentId: ops, roles: ['employee'] });
    await assignRoleById(org, deleter.personId, deleterRole);
    await expectFailure(deleter.client!, 'mutation($id: ID!) { deleteRole(id: $id, removeFromHolders: true) }', { id }, 'FORBIDDEN');
    expect(await count()).toBe(2);
    expect(await org.admin.ok('mutation($id: ID!) { deleteRole(id: $id, removeFromHolders: true) }', { id })).toEqual({ deleteRole: true });
    await expectFailure(org.admin, ROLE, { id }, 'NOT_FOUND');
    expect(await assignmentsOf(org, a.personId)).toEqual([]);
    expect(await assignmentsOf(org, b.personId)).toEqual([]);
    const audit = await org.admin.ok<{ auditEntries: { items: { action: string; targetId: string }[] } }>(AUDIT, { filter: { targetId: a.personId } });
    expect(audit.auditEntries.items.filter((entry) => entry.action === 'access.role.unassigned')).toHaveLength(2);
    // The role is gone from the holder's very next request.
    await expectFailure(a.client!, '{ jobRanks { id } }', {}, 'FORBIDDEN');
  });
});
