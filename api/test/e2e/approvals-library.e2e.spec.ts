import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvalsModule } from '../../src/modules/approvals/index.js';
import { createOrganization, createPerson, type TestOrg } from '../support/factories.js';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app.js';

/**
 * The approval template library: a new organisation opens with the nine library templates published and active, and
 * staff can use them on day one; organisations opened before the library get it once when a worker starts, and a
 * library template an admin deleted is never added back.
 */
let t: TestApp;

const TEMPLATES = `query { approvalTemplates(take: 100) { totalCount items { id key name names { en zhHK zhCN } category status publishedVersion ownerModule } } }`;
const SUBMIT = `mutation($input: SubmitApprovalRequestInput!) { submitApprovalRequest(input: $input) {
  id status computed route { steps { nodeId state approvers { person { id } automatic } } } tasks { nodeId status assignee { id } } } }`;
const DELETE = `mutation($id: ID!) { deleteApprovalTemplate(id: $id) }`;

type Template = {
  id: string;
  key: string | null;
  name: string;
  names: { en: string; zhHK: string; zhCN: string };
  category: string | null;
  status: string;
  publishedVersion: number | null;
  ownerModule: string | null;
};

const templatesOf = async (client: GqlClient) => (await client.ok<{ approvalTemplates: { totalCount: number; items: Template[] } }>(TEMPLATES)).approvalTemplates.items;
const keysOf = async (client: GqlClient) => (await templatesOf(client)).map((template) => template.key).sort();
const LIBRARY = ['business-trip', 'expense', 'general', 'leave', 'offsite-punch', 'overtime', 'procurement', 'punch-correction', 'site-change'];

async function eventsOf(org: TestOrg, type: string) {
  return t.sql<{ actor_id: string | null }>('select actor_id from outbox_event where tenant_id = $1 and type = $2 order by position', [org.organizationId, type]);
}

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.stop());

describe('approval template library', () => {
  it('a new organisation has the nine templates, published and active, created and published by its first admin', async () => {
    const org = await createOrganization(t, { locale: 'zh-HK' });
    const templates = await templatesOf(org.admin);
    expect(templates.map((template) => template.key).sort()).toEqual(LIBRARY);
    expect(templates.every((template) => template.status === 'ACTIVE' && template.publishedVersion === 1)).toBe(true);
    expect(templates.find((template) => template.key === 'leave')?.names).toEqual({ en: 'Leave', zhHK: '請假', zhCN: '请假' });
    for (const type of ['approvals.template.created', 'approvals.template.published']) {
      expect((await eventsOf(org, type)).map((event) => event.actor_id)).toEqual(Array(LIBRARY.length).fill(org.adminPersonId));
    }
  });

  it('the leave template routes to the manager, a long leave also to the department head; it is asked for through attendance, never bare', async () => {
    const org = await createOrganization(t, { locale: 'en' });
    const manager = await createPerson(t, org, { name: 'Manager' });
    const employee = await createPerson(t, org, { name: 'Employee', managerId: manager.personId });
    const leave = (await templatesOf(employee.client!)).find((template) => template.key === 'leave')!;
    expect(leave.name).toBe('Leave');
    const routeOf = async (start: string, end: string) =>
      (
        await employee.client!.ok<{ previewApprovalRoute: { steps: { nodeId: string; approvers: { person: { id: string } }[] }[] } }>(
          `query($input: SubmitApprovalRequestInput!) { previewApprovalRoute(input: $input) { steps { nodeId approvers { person { id } } } } }`,
          { input: { templateId: leave.id, values: { leaveType: 'annual', dates: { start, end }, reason: 'Family trip' } } },
        )
      ).previewApprovalRoute.steps.map((step) => [step.nodeId, step.approvers.map((a) => a.person.id)]);
    // Mon 7 – Wed 9 Dec 2026: 3 working days, the manager alone.
    expect(await routeOf('2026-12-07', '2026-12-09')).toEqual([['manager', [manager.personId]]]);
    // Mon 7 – Fri 11 Dec: 5 working days, so the department head (the first admin, who leads the top department) follows.
    expect(await routeOf('2026-12-07', '2026-12-11')).toEqual([
      ['manager', [manager.personId]],
      ['departmentHead', [org.adminPersonId]],
    ]);
    // Attendance owns the leave, make-up punch, overtime and off-site punch templates: a bare request would leave no record there.
    const templates = await templatesOf(employee.client!);
    for (const key of ['leave', 'punch-correction', 'overtime', 'offsite-punch']) expect(templates.find((template) => template.key === key)?.ownerModule).toBe('attendance');
    const bare = await employee.client!.request(SUBMIT, { input: { templateId: leave.id, values: { leaveType: 'annual', dates: { start: '2026-12-07', end: '2026-12-09' }, reason: 'Family trip' } } });
    expect(bare.errors?.[0]?.extensions.code).toBe('APPROVAL_TEMPLATE_OWNED_BY_MODULE');
  });

  it('an expense claim over HK$10,000 in an organisation without finance staff goes to the first admin instead of failing', async () => {
    const org = await createOrganization(t);
    const employee = await createPerson(t, org, { name: 'Employee' });
    const expense = (await templatesOf(employee.client!)).find((template) => template.key === 'expense')!;
    const submitted = await employee.client!.ok<{ submitApprovalRequest: { status: string; tasks: { nodeId: string; assignee: { id: string } }[] } }>(SUBMIT, {
      input: { templateId: expense.id, values: { purpose: 'Trade fair', items: [{ date: '2026-11-20', category: 'travel', amount: { amount: '12500.00' } }] } },
    });
    expect(submitted.submitApprovalRequest.status).toBe('RUNNING');
    expect(submitted.submitApprovalRequest.tasks.map((task) => [task.nodeId, task.assignee.id])).toEqual([['manager', org.adminPersonId]]);
  });

  it('organisations opened before the library get it once when a worker starts, by the system; a deleted one stays deleted', async () => {
    const old = await createOrganization(t);
    const partial = await createOrganization(t);
    // As before the library existed: no templates and no record of an offer (in SQL: attendance's own templates cannot be deleted).
    await t.sql('delete from approval_template where tenant_id = $1', [old.organizationId]);
    await t.sql('delete from approval_library_offer where tenant_id = $1', [old.organizationId]);
    // An admin who deleted a library template.
    const general = (await templatesOf(partial.admin)).find((template) => template.key === 'general')!;
    await partial.admin.ok(DELETE, { id: general.id });
    // Two workers starting together offer each template once.
    await Promise.all([approvalsModule.onWorkerStart!(t.app.services), approvalsModule.onWorkerStart!(t.app.services)]);
    await approvalsModule.onWorkerStart!(t.app.services);
    expect(await keysOf(old.admin)).toEqual(LIBRARY);
    expect((await templatesOf(old.admin)).every((template) => template.status === 'ACTIVE')).toBe(true);
    expect((await eventsOf(old, 'approvals.template.published')).map((event) => event.actor_id)).toEqual([...Array(LIBRARY.length).fill(old.adminPersonId), ...Array(LIBRARY.length).fill(null)]);
    expect(await keysOf(partial.admin)).toEqual(LIBRARY.filter((key) => key !== 'general'));
  });
});
