import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppServices } from '../../src/core/context/services.js';
import type { HarbourModule } from '../../src/core/context/module.js';
import { applyModuleGrants, checkModuleGrants } from '../../src/modules/access/module-grants.js';
import { createOrganization, roleId, type TestOrg } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Modules' default grants: new organisations get them at creation; existing ones get the steps they lack when a worker
 * starts (no hand-written data migration), audited, exactly once even when two workers start together; an admin's
 * removal of a granted rule is not undone by a restart — only by a later step that grants it anew.
 */
let t: TestApp;
let services: AppServices;

type Rule = { action: string; subject: string; conditions: Record<string, unknown> | null };
const ROLE = 'query($id: ID!) { role(id: $id) { rules { action subject conditions } } }';
const UPDATE_ROLE = 'mutation($id: ID!, $input: UpdateRoleInput!) { updateRole(id: $id, input: $input) { id } }';

const rulesOf = async (org: TestOrg, key: string) => (await org.admin.ok<{ role: { rules: Rule[] } }>(ROLE, { id: await roleId(org, key) })).role.rules;
const grantVersion = async (org: TestOrg, module: string) =>
  (await t.sql<{ version: number }>('select version from module_grant_version where tenant_id = $1 and module = $2', [org.organizationId, module]))[0]?.version ?? null;
const roleUpdates = async (org: TestOrg) =>
  (await t.sql<{ n: number }>("select count(*)::int as n from outbox_event where tenant_id = $1 and type = 'access.role.updated'", [org.organizationId]))[0].n;

/** Turns an organisation into one opened before the announcements module existed. */
async function asBeforeTheModule(org: TestOrg): Promise<void> {
  await t.sql("delete from module_grant_version where tenant_id = $1 and module = 'announcements'", [org.organizationId]);
  await t.sql(
    `update role set rules = (select coalesce(jsonb_agg(r), '[]'::jsonb) from jsonb_array_elements(rules::jsonb) r where r->>'subject' <> 'Announcement')
     where tenant_id = $1 and built_in`,
    [org.organizationId],
  );
}

const withModule = (extra: HarbourModule): AppServices => ({ ...services, modules: [...services.modules, extra] });

beforeAll(async () => {
  t = await startTestApp();
  services = t.app.services;
});
afterAll(() => t.stop());

describe('module default grants', () => {
  it('a new organisation’s built-in roles carry every module’s grants, and it is recorded as having them', async () => {
    const org = await createOrganization(t);
    expect(await rulesOf(org, 'employee')).toEqual(
      expect.arrayContaining([
        { action: 'read', subject: 'Announcement', conditions: { status: 'PUBLISHED' } },
        { action: 'confirm', subject: 'Announcement', conditions: { status: 'PUBLISHED' } },
      ]),
    );
    expect(await rulesOf(org, 'hr')).toContainEqual({ action: 'manage', subject: 'Announcement', conditions: null });
    expect(await rulesOf(org, 'auditor')).toContainEqual({ action: 'track', subject: 'Announcement', conditions: null });
    expect((await rulesOf(org, 'org-admin')).filter((r) => r.subject === 'Announcement')).toEqual([]);
    expect(await grantVersion(org, 'announcements')).toBe(1);
  });

  it('an organisation opened before the module gets the grants at the next worker start — audited, and only once', async () => {
    const org = await createOrganization(t);
    await asBeforeTheModule(org);
    expect((await rulesOf(org, 'employee')).filter((r) => r.subject === 'Announcement')).toEqual([]);
    const updatesBefore = await roleUpdates(org);
    // Two workers starting at the same time.
    await Promise.all([applyModuleGrants(services), applyModuleGrants(services)]);
    expect((await rulesOf(org, 'employee')).filter((r) => r.subject === 'Announcement')).toHaveLength(2);
    expect(await grantVersion(org, 'announcements')).toBe(1);
    // employee, department-manager, finance, hr and auditor gained rules; org-admin (manage all) did not.
    expect((await roleUpdates(org)) - updatesBefore).toBe(5);
    const audit = await org.admin.ok<{ auditEntries: { items: { action: string; actorId: string | null }[] } }>('{ auditEntries(take: 5) { items { action actorId } } }');
    expect(audit.auditEntries.items[0]).toEqual({ action: 'access.role.updated', actorId: null });
    expect(await applyModuleGrants(services)).toBe(0);
    expect((await roleUpdates(org)) - updatesBefore).toBe(5);
  });

  it('a granted rule an admin removed stays removed across restarts; a later step adds only its own rules', async () => {
    const org = await createOrganization(t);
    const employee = await roleId(org, 'employee');
    const kept = (await rulesOf(org, 'employee')).filter((r) => !(r.subject === 'Announcement' && r.action === 'confirm'));
    await org.admin.ok(UPDATE_ROLE, { id: employee, input: { rules: kept } });
    await applyModuleGrants(services);
    expect(await rulesOf(org, 'employee')).toEqual(kept);

    const step1 = { version: 1, roles: { employee: [{ action: 'read', subject: 'Role' }] } };
    const step2 = { version: 2, roles: { employee: [{ action: 'read', subject: 'AuditEntry', conditions: { actorId: '$me' } }] } };
    const base: HarbourModule = { name: 'test-grants', entities: [], resolvers: [] };
    await applyModuleGrants(withModule({ ...base, grants: [step1] }));
    expect(await grantVersion(org, 'test-grants')).toBe(1);
    const afterStep1 = await rulesOf(org, 'employee');
    expect(afterStep1).toContainEqual({ action: 'read', subject: 'Role', conditions: null });
    await org.admin.ok(UPDATE_ROLE, { id: employee, input: { rules: afterStep1.filter((r) => r.subject !== 'Role') } });
    await applyModuleGrants(withModule({ ...base, grants: [step1, step2] }));
    const afterStep2 = await rulesOf(org, 'employee');
    expect(afterStep2).toContainEqual({ action: 'read', subject: 'AuditEntry', conditions: { actorId: '$me' } });
    expect(afterStep2.filter((r) => r.subject === 'Role')).toEqual([]);
    expect(afterStep2.filter((r) => r.subject === 'Announcement' && r.action === 'confirm')).toEqual([]);
    expect(await grantVersion(org, 'test-grants')).toBe(2);
  });

  it('refuses at start-up grants that name an unknown role, skip a version or break the rule editor’s rules', () => {
    const module = (grants: HarbourModule['grants']): HarbourModule => ({ name: 'broken', entities: [], resolvers: [], grants });
    expect(() => checkModuleGrants([module([{ version: 1, roles: { janitor: [{ action: 'read', subject: 'Role' }] } }])])).toThrow('unknown built-in role janitor');
    expect(() => checkModuleGrants([module([{ version: 2, roles: {} }])])).toThrow('numbered 1, 2, 3');
    expect(() => checkModuleGrants([module([{ version: 1, roles: { hr: [{ action: 'fly', subject: 'Role' }] } }])])).toThrow('INVALID_VALUE');
    expect(() => checkModuleGrants([module([{ version: 1, roles: { hr: [{ action: 'read', subject: 'Role', conditions: { colour: 'red' } }] } }])])).toThrow('INVALID_VALUE');
    expect(() => checkModuleGrants(services.modules)).not.toThrow();
  });

  it('refuses at start-up a named scope whose conditions a rule could not have', () => {
    const label = { en: 'x', 'zh-HK': 'x', 'zh-CN': 'x' };
    const module = (conditions: Record<string, unknown>): HarbourModule => ({
      name: 'broken',
      entities: [],
      resolvers: [],
      subjects: [{ name: 'Role', description: 'test', conditionFields: { id: 'id' }, namedScopes: [{ name: 'odd', conditions, label }] }],
    });
    expect(() => checkModuleGrants([module({ id: { $where: 'true' } })])).toThrow('scope odd');
    expect(() => checkModuleGrants([module({ id: '$nobody' })])).toThrow('INVALID_VALUE');
  });
});
