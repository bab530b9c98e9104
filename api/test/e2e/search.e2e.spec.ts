import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDepartment, createOrganization, createPerson, type TestOrg } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('search treats % and _ as plain characters; archived departments are frozen', () => {
  let t: TestApp;
  let org: TestOrg;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganization(t);
  });
  afterAll(() => t.stop());

  it('finds departments and people by literal text', async () => {
    await createDepartment(org, 'Sales 100%');
    await createDepartment(org, 'Sales 1000');
    await createPerson(t, org, { name: 'Ann_Lee', signIn: false });
    await createPerson(t, org, { name: 'AnnXLee', signIn: false });
    const departments = await org.admin.ok<{ departments: { items: { name: string }[] } }>('{ departments(filter: { search: "0%" }) { items { name } } }');
    expect(departments.departments.items.map((d) => d.name)).toEqual(['Sales 100%']);
    const people = await org.admin.ok<{ people: { items: { displayName: string }[] } }>('{ people(filter: { search: "n_L" }) { items { displayName } } }');
    expect(people.people.items.map((p) => p.displayName)).toEqual(['Ann_Lee']);
  });

  it('refuses new leaders for an archived department', async () => {
    const id = await createDepartment(org, 'Closing soon');
    await org.admin.ok('mutation($id: ID!) { archiveDepartment(id: $id) { id } }', { id });
    expect(await org.admin.errorCode('mutation($id: ID!) { setDepartmentLeaders(id: $id, personIds: []) { id } }', { id })).toBe('DEPARTMENT_ARCHIVED');
  });
});
