import { randomBytes } from 'node:crypto';
import { provisionOrganization } from '../../src/modules/tenancy/index.js';
import type { GqlClient, TestApp } from './test-app.js';

/** The password of every account the factories create. */
export const PASSWORD = 'Test-password-1';

/** An organisation built for one test, with its signed-in admin. */
export interface TestOrg {
  organizationId: string;
  slug: string;
  domain: string;
  rootDepartmentId: string;
  adminPersonId: string;
  adminEmail: string;
  admin: GqlClient;
}

const unique = () => randomBytes(4).toString('hex');

/**
 * Opens a fresh organisation (its `domain` verified for it, built-in roles, ranks, root department, admin) and signs
 * its admin in; with `platformOperator`, the admin is a platform operator.
 */
export async function createOrganization(t: TestApp, options: { locale?: 'en' | 'zh-HK' | 'zh-CN'; platformOperator?: boolean } = {}): Promise<TestOrg> {
  const slug = `org-${unique()}`;
  const domain = `${slug}.example.com`;
  const adminEmail = `admin@${domain}`;
  const { organization, admin } = await provisionOrganization(await t.context(null), {
    name: `Test Org ${slug}`,
    slug,
    defaultLocale: options.locale ?? 'en',
    emailDomains: [domain],
    admin: { displayName: 'Admin Person', email: adminEmail, password: PASSWORD, isPlatformAdmin: options.platformOperator ?? false },
  });
  const client = await t.signIn(adminEmail, PASSWORD);
  const root = await client.ok<{ departments: { items: { id: string }[] } }>('{ departments(filter: { rootsOnly: true }) { items { id } } }');
  return { organizationId: organization.id, slug, domain, rootDepartmentId: root.departments.items[0].id, adminPersonId: admin.id, adminEmail, admin: client };
}

/** Creates a department through the API as the org admin. */
export async function createDepartment(org: TestOrg, name: string, parentId: string | null = org.rootDepartmentId): Promise<string> {
  const data = await org.admin.ok<{ createDepartment: { id: string } }>('mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }', {
    input: { name, parentId },
  });
  return data.createDepartment.id;
}

/** A person created for a test; `client` is set when they were given a sign-in. */
export interface TestPerson {
  personId: string;
  email: string;
  client: GqlClient | null;
}

/** Creates a person (as the org admin), gives them roles by key, and optionally signs them in. */
export async function createPerson(
  t: TestApp,
  org: TestOrg,
  options: { name?: string; departmentId?: string; managerId?: string | null; roles?: string[]; signIn?: boolean; rankId?: string | null; mobilePhone?: string } = {},
): Promise<TestPerson> {
  const email = `p-${unique()}@${org.domain}`;
  const data = await org.admin.ok<{ createPerson: { id: string } }>('mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }', {
    input: {
      displayName: options.name ?? `Person ${unique()}`,
      workEmail: email,
      rankId: options.rankId ?? null,
      mobilePhone: options.mobilePhone ?? '+852 9123 4567',
      memberships: [{ departmentId: options.departmentId ?? org.rootDepartmentId, managerId: options.managerId ?? null, isPrimary: true }],
      initialPassword: options.signIn === false ? null : PASSWORD,
    },
  });
  const personId = data.createPerson.id;
  for (const key of options.roles ?? ['employee']) await assignRole(org, personId, key);
  const client = options.signIn === false ? null : await t.signIn(email, PASSWORD);
  return { personId, email, client };
}

/** The id of a role of the organisation by its built-in key. */
export async function roleId(org: TestOrg, key: string): Promise<string> {
  const data = await org.admin.ok<{ roles: { id: string; key: string | null }[] }>('{ roles { id key } }');
  const role = data.roles.find((r) => r.key === key);
  if (!role) throw new Error(`No role ${key}`);
  return role.id;
}

/** Gives a built-in role to a person, optionally within a department subtree. */
export async function assignRole(org: TestOrg, personId: string, key: string, scopeDepartmentId: string | null = null): Promise<string> {
  const data = await org.admin.ok<{ assignRole: { id: string } }>('mutation($input: AssignRoleInput!) { assignRole(input: $input) { id } }', {
    input: { personId, roleId: await roleId(org, key), scopeDepartmentId },
  });
  return data.assignRole.id;
}

/** Replaces the leaders of a department (as the org admin). */
export async function setDepartmentLeaders(org: TestOrg, departmentId: string, personIds: string[]): Promise<void> {
  await org.admin.ok('mutation($id: ID!, $personIds: [ID!]!) { setDepartmentLeaders(id: $id, personIds: $personIds) { id } }', { id: departmentId, personIds });
}

/** The id of one of the organisation's job ranks by code (P1–P8, M1–M5 are seeded). */
export async function jobRankId(org: TestOrg, code: string): Promise<string> {
  const data = await org.admin.ok<{ jobRanks: { id: string; code: string }[] }>('{ jobRanks { id code } }');
  const rank = data.jobRanks.find((r) => r.code === code);
  if (!rank) throw new Error(`No job rank ${code}`);
  return rank.id;
}

/** A person's memberships (primary first), read as the org admin. */
export async function membershipsOf(org: TestOrg, personId: string): Promise<{ id: string; departmentId: string; isPrimary: boolean; managerId: string | null }[]> {
  const data = await org.admin.ok<{ person: { memberships: { id: string; departmentId: string; isPrimary: boolean; manager: { id: string } | null }[] } }>(
    'query($id: ID!) { person(id: $id) { memberships { id departmentId isPrimary manager { id } } } }',
    { id: personId },
  );
  return data.person.memberships.map((m) => ({ id: m.id, departmentId: m.departmentId, isPrimary: m.isPrimary, managerId: m.manager?.id ?? null }));
}

/** One permission rule as the API takes it (see PermissionRuleInput). */
export interface TestRule {
  action: string;
  subject: string;
  conditions?: Record<string, unknown> | null;
  fields?: string[] | null;
  inverted?: boolean | null;
  description?: string | null;
}

/** Creates a custom role through the API as the org admin and returns its id. */
export async function createCustomRole(org: TestOrg, name: string, rules: TestRule[], description: string | null = null): Promise<string> {
  const data = await org.admin.ok<{ createRole: { id: string } }>('mutation($input: CreateRoleInput!) { createRole(input: $input) { id } }', {
    input: { name, description, rules },
  });
  return data.createRole.id;
}

/** Gives a role (by id, e.g. a custom role) to a person, optionally within a department subtree; returns the assignment id. */
export async function assignRoleById(org: TestOrg, personId: string, id: string, scopeDepartmentId: string | null = null): Promise<string> {
  const data = await org.admin.ok<{ assignRole: { id: string } }>('mutation($input: AssignRoleInput!) { assignRole(input: $input) { id } }', {
    input: { personId, roleId: id, scopeDepartmentId },
  });
  return data.assignRole.id;
}
