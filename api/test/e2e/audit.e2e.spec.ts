import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDepartment, createOrganization, createPerson, type TestOrg } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const VERIFY = '{ verifyAuditChain { valid checkedEntries firstBrokenSequence reasonCode reason } }';
const ENTRIES = `query($filter: AuditFilter) { auditEntries(filter: $filter, take: 50) { totalCount items { sequence action actorId actorName targetType targetId targetLabel before after ip userAgent } } }`;

interface Entry {
  sequence: number;
  action: string;
  actorId: string | null;
  actorName: string | null;
  targetId: string;
  targetLabel: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  ip: string | null;
}

describe('audit log: every change, hash-chained', () => {
  let t: TestApp;
  let org: TestOrg;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganization(t);
  });
  afterAll(() => t.stop());

  it('records who changed what, before and after, from where', async () => {
    const id = await createDepartment(org, 'Audited');
    await org.admin.ok('mutation($id: ID!) { renameDepartment(id: $id, name: "Audited (renamed)") { id } }', { id });
    const data = await org.admin.ok<{ auditEntries: { items: Entry[] } }>(ENTRIES, { filter: { targetId: id } });
    const [rename, create] = data.auditEntries.items;
    expect(create.action).toBe('org.department.created');
    expect(rename.action).toBe('org.department.renamed');
    expect(rename.actorId).toBe(org.adminPersonId);
    expect(rename.actorName).toBe('Admin Person');
    expect(rename.before).toMatchObject({ name: 'Audited' });
    expect(rename.after).toMatchObject({ name: 'Audited (renamed)' });
    expect([create.targetLabel, rename.targetLabel]).toEqual(['Audited', 'Audited (renamed)']);
    expect(rename.ip).toMatch(/127\.0\.0\.1/);
    expect(rename.sequence).toBe(create.sequence + 1);
  });

  it('redacts personal contact details and secrets', async () => {
    const person = await createPerson(t, org, { mobilePhone: '+852 9876 5432' });
    const data = await org.admin.ok<{ auditEntries: { items: Entry[] } }>(ENTRIES, { filter: { targetId: person.personId, actionPrefix: 'org.person.created' } });
    const entry = data.auditEntries.items[0];
    expect(entry.after?.mobilePhone).toBe('[REDACTED]');
    expect(JSON.stringify(data)).not.toContain('9876');
    expect(JSON.stringify(data)).not.toContain('Test-password');
  });

  it('verifies an intact chain, and pinpoints an edited entry', async () => {
    const ok = await org.admin.ok<{ verifyAuditChain: { valid: boolean; checkedEntries: number } }>(VERIFY);
    expect(ok.verifyAuditChain.valid).toBe(true);
    expect(ok.verifyAuditChain.checkedEntries).toBeGreaterThan(3);
    const [target] = await t.sql<{ sequence: string }>("select sequence from audit_entry where tenant_id = $1 and action = 'org.department.renamed' order by sequence limit 1", [org.organizationId]);
    await t.sql(`update audit_entry set after = '{"name":"Something else"}' where tenant_id = $1 and sequence = $2`, [org.organizationId, target.sequence]);
    const broken = await org.admin.ok<{ verifyAuditChain: { valid: boolean; firstBrokenSequence: number; reasonCode: string } }>(VERIFY);
    expect(broken.verifyAuditChain).toMatchObject({ valid: false, firstBrokenSequence: Number(target.sequence), reasonCode: 'CONTENT_ALTERED' });
  });

  it('detects deleted entries, in the middle and at the end', async () => {
    const fresh = await createOrganization(t);
    await createDepartment(fresh, 'One');
    await createDepartment(fresh, 'Two');
    await createDepartment(fresh, 'Three');
    await t.sql('delete from audit_entry where tenant_id = $1 and sequence = 2', [fresh.organizationId]);
    const middle = await fresh.admin.ok<{ verifyAuditChain: { valid: boolean; firstBrokenSequence: number } }>(VERIFY);
    expect(middle.verifyAuditChain).toMatchObject({ valid: false, firstBrokenSequence: 2, reasonCode: 'ENTRY_MISSING' });
    const last = await createOrganization(t);
    await createDepartment(last, 'Only');
    await t.sql('delete from audit_entry where tenant_id = $1 and sequence = (select max(sequence) from audit_entry where tenant_id = $1)', [last.organizationId]);
    const tail = await last.admin.ok<{ verifyAuditChain: { valid: boolean; reasonCode: string } }>(VERIFY);
    expect(tail.verifyAuditChain).toMatchObject({ valid: false, reasonCode: 'NEWEST_MISSING' });
  });

  it('is readable by auditors and admins only', async () => {
    const employee = await createPerson(t, org);
    expect(await employee.client!.errorCode(ENTRIES)).toBe('FORBIDDEN');
    expect(await employee.client!.errorCode(VERIFY)).toBe('FORBIDDEN');
    const auditor = await createPerson(t, org, { roles: ['auditor'] });
    const seen = await auditor.client!.ok<{ auditEntries: { totalCount: number } }>(ENTRIES);
    expect(seen.auditEntries.totalCount).toBeGreaterThan(0);
    expect(await t.anonymous().errorCode(ENTRIES)).toBe('UNAUTHENTICATED');
  });
});
