import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignRole, createDepartment, createOrganization, createPerson, roleId, type TestOrg } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CREATE_ROLE = 'mutation($input: CreateRoleInput!) { createRole(input: $input) { id name } }';
const ASSIGN = 'mutation($input: AssignRoleInput!) { assignRole(input: $input) { id } }';
const UNASSIGN = 'mutation($id: ID!) { unassignRole(assignmentId: $id) }';

describe('scratch', () => {
  let t: TestApp;
  let org: TestOrg;
  beforeAll(async () => { t = await startTestApp(); org = await createOrganization(t); });
  afterAll(() => t.stop());

  it('probes', async () => {
    const log = (label: string, v: unknown) => console.log(label, JSON.stringify(v));
    log('or-null', await org.admin.request(CREATE_ROLE, { input: { name: 'x1', rules: [{ action: 'read', subject: 'Person', conditions: { $or: [null] } }] } }));
    log('and-empty', await org.admin.request(CREATE_ROLE, { input: { name: 'x2', rules: [{ action: 'read', subject: 'Person', conditions: { $and: [] } }] } }));
    log('empty-obj', await org.admin.request(CREATE_ROLE, { input: { name: 'x3', rules: [{ action: 'read', subject: 'Person', conditions: { id: {} } }] } }));
    log('gt-placeholder', await org.admin.request(CREATE_ROLE, { input: { name: 'x4', rules: [{ action: 'read', subject: 'Person', conditions: { id: { $gt: '$myDepartments' } } }] } }));
    const d = await createDepartment(org, 'D1');
    const d2 = await createDepartment(org, 'D2');
    const p1 = await createPerson(t, org, { departmentId: d, roles: [] });
    const p2 = await createPerson(t, org, { departmentId: d, roles: [] });
    const p3 = await createPerson(t, org, { departmentId: d2, roles: [] });
    for (const [name, cond] of [['x2', null], ['x3', null], ['x4', null]] as const) {
      const roles = await org.admin.ok<{ roles: { id: string; name: string }[] }>('{ roles { id name } }');
      const r = roles.roles.find((x) => x.name === name);
      if (!r) continue;
      const a = await org.admin.ok<{ assignRole: { id: string } }>(ASSIGN, { input: { personId: p1.personId, roleId: r.id } });
      log(`${name} people`, await p1.client!.request('{ people { totalCount items { id } } }'));
      log(`${name} person`, await p1.client!.request('query($id: ID!) { person(id: $id) { id } }', { id: p2.personId }));
      await org.admin.ok(UNASSIGN, { id: a.assignRole.id });
      void cond;
    }
    // shorthand placeholder equality
    const sh = await org.admin.ok<{ createRole: { id: string } }>(CREATE_ROLE, { input: { name: 'sh', rules: [{ action: 'read', subject: 'Person', conditions: { departmentIds: '$myDepartments' } }] } });
    const a = await org.admin.ok<{ assignRole: { id: string } }>(ASSIGN, { input: { personId: p1.personId, roleId: sh.createRole.id } });
    log('sh people', await p1.client!.request('{ people { totalCount items { id } } }'));
    log('sh person p2', await p1.client!.request('query($id: ID!) { person(id: $id) { id } }', { id: p2.personId }));
    log('sh person p3', await p1.client!.request('query($id: ID!) { person(id: $id) { id } }', { id: p3.personId }));
    await org.admin.ok(UNASSIGN, { id: a.assignRole.id });
    log('ids', { p1: p1.personId, p2: p2.personId, p3: p3.personId });
    // scoped hr
    const sub = await createDepartment(org, 'D1-sub', d);
    const hr = await createPerson(t, org, { departmentId: d, roles: ['employee'] });
    await assignRole(org, hr.personId, 'hr', d);
    log('scoped create under scope', await hr.client!.request('mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }', { input: { name: 'new', parentId: d } }));
    log('scoped move to top', await hr.client!.request('mutation($id: ID!) { moveDepartment(id: $id, newParentId: null) { id parentId } }', { id: sub }));
    log('scoped create person mixed', await hr.client!.request('mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }', { input: { displayName: 'mixed', memberships: [{ departmentId: d }, { departmentId: d2 }] } }));
    // LAST_ADMIN with archived admin
    const second = await createPerson(t, org, { roles: ['org-admin'] });
    log('archive', await org.admin.request('mutation($id: ID!) { archivePerson(id: $id) { id status } }', { id: second.personId }));
    const assigns = await org.admin.ok<{ roleAssignments: { id: string; person: { id: string } }[] }>('query($r: ID) { roleAssignments(roleId: $r) { id person { id } } }', { r: await roleId(org, 'org-admin') });
    const mine = assigns.roleAssignments.find((x) => x.person.id === org.adminPersonId)!;
    log('unassign last active admin', await org.admin.request(UNASSIGN, { id: mine.id }));
  });
});
