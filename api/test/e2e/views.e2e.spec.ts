import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findViews } from '../../src/core/database/views.js';
import { Department, Membership, Person } from '../../src/modules/org/index.js';
import { createDepartment, createOrganization, createPerson, type TestOrg } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Read views (findViews): what the GraphQL read loaders return instead of entities. */
describe('read views', () => {
  let t: TestApp;
  let org: TestOrg;
  let other: TestOrg;
  let departmentId: string;
  let personId: string;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganization(t);
    other = await createOrganization(t);
    departmentId = await createDepartment(org, 'Views');
    personId = (await createPerson(t, org, { departmentId, signIn: false })).personId;
    await createPerson(t, other, { signIn: false });
  });
  afterAll(() => t.stop());

  const actorOf = (o: TestOrg) => ({ accountId: o.adminPersonId, personId: o.adminPersonId, tenantId: o.organizationId, displayName: 'Admin', locale: null, isPlatformAdmin: false });

  it('are frozen instances of the entity class with their columns, and to-one relations as { id }', async () => {
    const ctx = await t.context(actorOf(org));
    const [membership] = await findViews(ctx.em, Membership, { person: personId });
    expect(membership).toBeInstanceOf(Membership);
    expect(Object.isFrozen(membership)).toBe(true);
    expect(membership.department).toEqual({ id: departmentId });
    expect(membership.person).toEqual({ id: personId });
    expect(membership.manager).toBeNull();
    expect(membership.isPrimary).toBe(true);
    const [department] = await findViews(ctx.em, Department, { id: departmentId });
    expect(department.name).toBe('Views');
    expect(department.createdAt).toBeInstanceOf(Date);
    expect(department.parent).toEqual({ id: org.rootDepartmentId });
  });

  it('apply the tenant filter: another organisation’s rows are not there', async () => {
    const ctx = await t.context(actorOf(org));
    const people = await findViews(ctx.em, Person, {});
    expect(people.length).toBeGreaterThan(0);
    expect(people.every((p) => p.tenantId === org.organizationId)).toBe(true);
    expect(await findViews(ctx.em, Department, { id: other.rootDepartmentId })).toEqual([]);
    expect(await findViews((await t.context(actorOf(other))).em, Department, { id: other.rootDepartmentId })).toHaveLength(1);
  });

  it('cannot be changed or saved: using one as an entity fails loudly', async () => {
    const ctx = await t.context(actorOf(org));
    const [department] = await findViews(ctx.em, Department, { id: departmentId });
    expect(() => {
      (department as { name: string }).name = 'Changed';
    }).toThrow(TypeError);
    // The ORM's lazily defined helper cannot be attached to a frozen object.
    await expect(async () => {
      ctx.em.persist(department);
      await ctx.em.flush();
    }).rejects.toThrow(/not extensible|read.only|frozen/i);
    expect((await findViews(ctx.em, Department, { id: departmentId }))[0].name).toBe('Views');
  });
});
