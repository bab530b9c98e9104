import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignRoleById, createCustomRole, createDepartment, createOrganization, createPerson, type TestOrg } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const VERIFY = '{ verifyAuditChain { valid checkedEntries firstBrokenSequence reasonCode reason } }';
const VERIFY_FULL = 'query($full: Boolean) { verifyAuditChain(full: $full) { valid checkedEntries verifiedThroughSequence complete firstBrokenSequence reasonCode } }';
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

  it('verifies an intact chain, then only what was appended since; pinpoints an edited entry, an older one with `full`', async () => {
    const ok = await org.admin.ok<{ verifyAuditChain: { valid: boolean; checkedEntries: number } }>(VERIFY);
    expect(ok.verifyAuditChain.valid).toBe(true);
    expect(ok.verifyAuditChain.checkedEntries).toBeGreaterThan(3);
    await createDepartment(org, 'Appended after verifying');
    const since = await org.admin.ok<{ verifyAuditChain: { valid: boolean; checkedEntries: number } }>(VERIFY);
    expect(since.verifyAuditChain).toMatchObject({ valid: true, checkedEntries: 1 });

    // An entry the checkpoint already covers: the next call re-hashes only newer ones, `full` re-checks them all.
    const [target] = await t.sql<{ sequence: string }>("select sequence from audit_entry where tenant_id = $1 and action = 'org.department.renamed' order by sequence limit 1", [org.organizationId]);
    await t.sql(`update audit_entry set after = '{"name":"Something else"}' where tenant_id = $1 and sequence = $2`, [org.organizationId, target.sequence]);
    expect((await org.admin.ok<{ verifyAuditChain: { valid: boolean } }>(VERIFY)).verifyAuditChain.valid).toBe(true);
    const broken = await org.admin.ok<{ verifyAuditChain: { valid: boolean; firstBrokenSequence: number; reasonCode: string } }>(VERIFY_FULL, { full: true });
    expect(broken.verifyAuditChain).toMatchObject({ valid: false, firstBrokenSequence: Number(target.sequence), reasonCode: 'CONTENT_ALTERED' });

    // One appended after the checkpoint is caught by the very next call.
    const fresh = await createOrganization(t);
    await createDepartment(fresh, 'Before');
    await fresh.admin.ok(VERIFY);
    const late = await createDepartment(fresh, 'After');
    await t.sql(`update audit_entry set target_label = 'Forged' where tenant_id = $1 and target_id = $2`, [fresh.organizationId, late]);
    expect((await fresh.admin.ok<{ verifyAuditChain: { reasonCode: string } }>(VERIFY)).verifyAuditChain.reasonCode).toBe('CONTENT_ALTERED');
  });

  it('verifies a long log in steps: each call re-hashes at most AUDIT_VERIFY_ENTRIES_PER_CALL entries and goes on from the last', async () => {
    const stepped = await startTestApp({ env: { AUDIT_VERIFY_ENTRIES_PER_CALL: '2' } });
    try {
      const small = await createOrganization(stepped);
      for (const name of ['A', 'B', 'C']) await createDepartment(small, name);
      const [{ n }] = await stepped.sql<{ n: string }>('select count(*) as n from audit_entry where tenant_id = $1', [small.organizationId]);
      const steps: { checkedEntries: number; verifiedThroughSequence: number; complete: boolean }[] = [];
      for (let call = 0; call < 20 && !steps.at(-1)?.complete; call++) {
        steps.push((await small.admin.ok<{ verifyAuditChain: (typeof steps)[number] & { valid: boolean } }>(VERIFY_FULL, { full: call === 0 })).verifyAuditChain);
      }
      expect(steps.every((step) => step.checkedEntries <= 2)).toBe(true);
      expect(steps.at(-1)).toMatchObject({ complete: true, verifiedThroughSequence: Number(n) });
      expect(steps.reduce((sum, step) => sum + step.checkedEntries, 0)).toBe(Number(n));
      expect(steps.slice(0, -1).every((step) => !step.complete)).toBe(true);
    } finally {
      await stepped.stop();
    }
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

  describe('names resolved at read time', () => {
    const REFERENCES = `query($filter: AuditFilter, $take: Int) { auditEntries(filter: $filter, take: $take) { totalCount items { action actorName targetLabel targetId before after references { id type name archived } } } }`;
    interface Reference {
      id: string;
      type: string;
      name: string | null;
      archived: boolean;
    }
    interface Named {
      action: string;
      actorName: string | null;
      targetLabel: string | null;
      targetId: string;
      before: Record<string, unknown> | null;
      after: Record<string, unknown> | null;
      references: Reference[];
    }
    const entries = async (client: TestOrg['admin'], filter: Record<string, unknown>, take = 50) =>
      (await client.ok<{ auditEntries: { totalCount: number; items: Named[] } }>(REFERENCES, { filter, take })).auditEntries;

    it('names the actor, the target and every id in before/after as they are now, archived ones too', async () => {
      const fresh = await createOrganization(t);
      const works = await createDepartment(fresh, 'Works');
      const site = await createDepartment(fresh, 'Site 3');
      await fresh.admin.ok('mutation($id: ID!, $to: ID) { moveDepartment(id: $id, newParentId: $to) { id } }', { id: site, to: works });
      await fresh.admin.ok('mutation($id: ID!) { renameDepartment(id: $id, name: "Engineering") { id } }', { id: works });
      await fresh.admin.ok('mutation($id: ID!) { archiveDepartment(id: $id) { id } }', { id: site });

      const [moved] = (await entries(fresh.admin, { action: 'org.department.moved' })).items;
      expect(moved.targetId).toBe(site);
      const byId = new Map(moved.references.map((reference) => [reference.id, reference]));
      expect(byId.get(fresh.adminPersonId)).toEqual({ id: fresh.adminPersonId, type: 'Person', name: 'Admin Person', archived: false });
      // Recorded as "Works" when it was moved; read now, it is called "Engineering". The moved department is archived since.
      expect(byId.get(works)).toMatchObject({ type: 'Department', name: 'Engineering', archived: false });
      expect(byId.get(site)).toMatchObject({ type: 'Department', name: 'Site 3', archived: true });
      expect(byId.get(fresh.rootDepartmentId)).toMatchObject({ type: 'Department', archived: false });
      expect(byId.get(fresh.rootDepartmentId)?.name).toBeTruthy();
      expect(moved.references.map((reference) => reference.id)).toEqual([fresh.adminPersonId, site, fresh.rootDepartmentId, works]);
    });

    it('reads the names of a whole page in one statement per record type, never one per entry', async () => {
      let counting = false;
      let statements = 0;
      // The outbox worker, consumers and jobs are off (HARBOUR_ROLE=api): only the request's own statements are counted.
      const counted = await startTestApp({
        env: { HARBOUR_ROLE: 'api' },
        onQuery: (message) => {
          if (counting && message.includes('[query]')) statements += 1;
        },
      });
      try {
        const fresh = await createOrganization(counted);
        const parents = [];
        for (let i = 0; i < 6; i++) parents.push(await createDepartment(fresh, `Parent ${i}`));
        for (const [i, parent] of parents.entries()) await createDepartment(fresh, `Child ${i}`, parent);
        const query = (take: number) => fresh.admin.ok(REFERENCES, { filter: { action: 'org.department.created' }, take });
        const measure = async (take: number) => {
          statements = 0;
          counting = true;
          await query(take);
          counting = false;
          return statements;
        };
        await query(1);
        const few = await measure(2);
        const many = await measure(12);
        expect(many).toBe(few);
      } finally {
        await counted.stop();
      }
    });

    it('gives a reader of the log who may not read a record no name for it, only what the entry recorded at the time', async () => {
      const fresh = await createOrganization(t);
      const hiddenDepartment = await createDepartment(fresh, 'Hidden team');
      const person = await createPerson(t, fresh, { name: 'Private Person', departmentId: hiddenDepartment, mobilePhone: '+852 6111 2222' });
      const logOnly = await createCustomRole(fresh, 'Log reader', [{ action: 'read', subject: 'AuditEntry' }]);
      const reader = await createPerson(t, fresh, { name: 'Log Reader', roles: [] });
      await assignRoleById(fresh, reader.personId, logOnly);

      const seen = await entries(reader.client!, { targetId: person.personId, action: 'org.person.created' });
      const [created] = seen.items;
      expect(created.targetLabel).toBe('Private Person');
      expect(created.actorName).toBe('Admin Person');
      expect(created.references.length).toBeGreaterThan(1);
      for (const reference of created.references) expect(reference).toMatchObject({ name: null, archived: false });
      expect(JSON.stringify(seen)).not.toContain('Hidden team');
      expect(JSON.stringify(seen)).not.toContain('6111');

      // The admin, who may read them, gets the names.
      const [asAdmin] = (await entries(fresh.admin, { targetId: person.personId, action: 'org.person.created' })).items;
      expect(asAdmin.references.find((reference) => reference.id === hiddenDepartment)?.name).toBe('Hidden team');
    });

    it('filters by action, by person and by department (the department, its people, and changes that name it)', async () => {
      const fresh = await createOrganization(t);
      const works = await createDepartment(fresh, 'Works');
      const other = await createDepartment(fresh, 'Other');
      const worker = await createPerson(t, fresh, { name: 'Worker', departmentId: works });
      const elsewhere = await createPerson(t, fresh, { name: 'Elsewhere', departmentId: other });
      const site = await createDepartment(fresh, 'Site', other);
      await fresh.admin.ok('mutation($id: ID!, $to: ID) { moveDepartment(id: $id, newParentId: $to) { id } }', { id: site, to: works });

      const aboutWorks = await entries(fresh.admin, { departmentId: works });
      const targets = new Set(aboutWorks.items.map((entry) => entry.targetId));
      expect(targets).toContain(works);
      expect(targets).toContain(worker.personId);
      expect(aboutWorks.items.some((entry) => entry.action === 'org.department.moved' && entry.targetId === site)).toBe(true);
      expect(targets).not.toContain(elsewhere.personId);
      expect(targets).not.toContain(other);

      const moves = await entries(fresh.admin, { action: 'org.department.moved' });
      expect(moves.items.map((entry) => entry.action)).toEqual(['org.department.moved']);

      const byWorker = await entries(fresh.admin, { actorId: worker.personId });
      expect(byWorker.items.every((entry) => entry.action.startsWith('identity.'))).toBe(true);
      expect(byWorker.totalCount).toBeGreaterThan(0);

      const past = await entries(fresh.admin, { departmentId: works, to: new Date(Date.now() - 3_600_000).toISOString() });
      expect(past.totalCount).toBe(0);
    });

    it('lists the actions the log records, for the action filter; rejects a department filter that is not an id', async () => {
      const data = await org.admin.ok<{ auditActions: string[] }>('{ auditActions }');
      expect(data.auditActions).toContain('org.department.moved');
      expect(data.auditActions).toContain('access.role.assigned');
      expect(data.auditActions).toEqual([...data.auditActions].sort());
      expect(await org.admin.errorCode(ENTRIES, { filter: { departmentId: 'not-an-id' } })).toBe('BAD_USER_INPUT');
      const employee = await createPerson(t, org);
      expect(await employee.client!.errorCode('{ auditActions }')).toBe('FORBIDDEN');
    });
  });
});
