import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignRoleById, createCustomRole, createDepartment, createOrganization, createPerson, jobRankId, setDepartmentLeaders, type TestOrg, type TestPerson } from '../support/factories.js';
import { createTemplate } from '../../src/modules/approvals/index.js';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app.js';

/**
 * The approvals engine through GraphQL: templates (checks, versions, lifecycle), submitting and every action on a
 * request and its tasks, the lists, and every forbidden path and bad input. The org chart: staff → lead (M1, their
 * manager) → head (M2, leader of Operations) → director (M3, leader of the company); fin holds the finance role.
 */
let t: TestApp;
let org: TestOrg;
let ops: string;
let director: TestPerson;
let head: TestPerson;
let lead: TestPerson;
let staff: TestPerson;
let colleague: TestPerson;
let fin: TestPerson;
let hr: TestPerson;
let other: TestOrg;

const TEMPLATE = 'id name status version publishedVersion viewerCan { update publish delete submit }';
const REQUEST = `id title status version round values computed revokeWindowDays templateVersion nextVerbs applicant { id } department { id }
  viewerCan { withdraw revoke resubmit remind comment }
  route { branchesTaken steps { nodeId type state approvers { person { id } automatic } recipients { id } branches { id } parentNodeId parentBranchId } }
  tasks { id nodeId round status assignee { id } isAddedSigner comment }
  timeline { kind nodeId comment actor { id } target { id } details }`;
const CREATE = `mutation($input: CreateApprovalTemplateInput!) { createApprovalTemplate(input: $input) { ${TEMPLATE} } }`;
const PUBLISH = `mutation($id: ID!) { publishApprovalTemplate(id: $id) { ${TEMPLATE} } }`;
const SUBMIT = `mutation($input: SubmitApprovalRequestInput!) { submitApprovalRequest(input: $input) { ${REQUEST} } }`;
const APPROVE = `mutation($id: ID!, $input: ApproveApprovalTaskInput, $version: Int) { approveApprovalTask(id: $id, input: $input, version: $version) { ${REQUEST} } }`;
const REJECT = `mutation($id: ID!, $reason: String!) { rejectApprovalTask(id: $id, reason: $reason) { ${REQUEST} } }`;
const RETURN = `mutation($id: ID!, $reason: String!, $to: String) { returnApprovalTask(id: $id, reason: $reason, toNodeId: $to) { ${REQUEST} } }`;
const ONE = `query($id: ID!) { approvalRequest(id: $id) { ${REQUEST} } }`;
const PENDING = `query($f: MyApprovalTaskFilter) { myApprovalTasks(filter: $f) { totalCount items { id nodeId status request { id title applicant { id } department { id } template { id name } } } } }`;

type Task = { id: string; nodeId: string; round: number; status: string; assignee: { id: string } | null; isAddedSigner: boolean };
type Request = {
  id: string;
  status: string;
  version: number;
  round: number;
  templateVersion: number;
  values: Record<string, unknown>;
  computed: Record<string, unknown>;
  viewerCan: Record<string, boolean>;
  route: {
    branchesTaken: string[];
    steps: {
      nodeId: string;
      type: string;
      state: string;
      parentNodeId: string | null;
      parentBranchId: string | null;
      approvers: { person: { id: string } | null; automatic: string | null }[];
      recipients: { id: string }[];
    }[];
  };
  tasks: Task[];
  timeline: { kind: string; nodeId: string | null; comment: string | null; actor: { id: string } | null; target: { id: string } | null; details: Record<string, unknown> | null }[];
};

const label = (en: string, zhHK?: string) => ({ en, zhHK: zhHK ?? null });
const codeOf = (result: { errors?: { extensions: { code: string } }[] }) => result.errors?.[0]?.extensions.code;
const fieldsOf = (result: { errors?: { extensions: { fields?: { field: string; code: string }[] } }[] }) => result.errors?.[0]?.extensions.fields?.map((f) => `${f.field} ${f.code}`);

/** An expense template: lines with a total; over HK$10,000 → finance (or-sign) then the director; CC hr at the end. */
function expenseDefinition(overrides: Record<string, unknown> = {}) {
  return {
    form: [
      { key: 'purpose', type: 'TEXT', label: label('Purpose', '用途'), required: true },
      {
        key: 'lines',
        type: 'TABLE',
        label: label('Lines', '明細'),
        required: true,
        columns: [
          { key: 'item', type: 'TEXT', label: label('Item'), required: true },
          { key: 'amount', type: 'MONEY', label: label('Amount'), required: true },
        ],
      },
      { key: 'note', type: 'LONG_TEXT', label: label('Note') },
    ],
    flow: [
      { id: 'manager', type: 'APPROVAL', name: label('Manager', '直屬主管'), approvers: [{ kind: 'DIRECT_MANAGER' }], fieldPermissions: [{ field: 'note', access: 'EDITABLE' }] },
      {
        id: 'size',
        type: 'CONDITION',
        branches: [
          {
            id: 'large',
            conditions: [{ operand: 'FIELD', field: 'lines.total', operator: 'GT', values: ['10000'] }],
            nodes: [
              { id: 'finance', type: 'APPROVAL', mode: 'OR_SIGN', approvers: [{ kind: 'ROLE', roleKey: 'finance' }] },
              { id: 'director', type: 'APPROVAL', approvers: [{ kind: 'FIRST_MANAGER_AT_RANK', rankCode: 'M3' }] },
            ],
          },
          { id: 'small', isDefault: true, nodes: [{ id: 'head', type: 'APPROVAL', approvers: [{ kind: 'DEPARTMENT_HEAD' }] }] },
        ],
      },
      { id: 'tellHr', type: 'CC', ccTiming: 'ON_FINISH', approvers: [{ kind: 'ROLE', roleKey: 'hr' }] },
    ],
    policies: { applicantIsApprover: 'SKIP_TO_MANAGER', duplicateApprovers: 'DEDUPLICATE_CONSECUTIVE', emptyApprovers: 'FAIL', allowSelfApproval: false, revokeWindowDays: 7 },
    ...overrides,
  };
}

async function publishedTemplate(definition: Record<string, unknown> = expenseDefinition(), names = label('Expense claim', '報銷申請')): Promise<string> {
  const created = await org.admin.ok<{ createApprovalTemplate: { id: string } }>(CREATE, { input: { names, category: 'FINANCE', definition } });
  await org.admin.ok(PUBLISH, { id: created.createApprovalTemplate.id });
  return created.createApprovalTemplate.id;
}

const expense = (templateId: string, amount = '120.00', purpose = 'Client lunch') => ({ templateId, values: { purpose, lines: [{ item: 'Lunch', amount: { amount } }] } });

async function submit(client: GqlClient, input: Record<string, unknown>): Promise<Request> {
  return (await client.ok<{ submitApprovalRequest: Request }>(SUBMIT, { input })).submitApprovalRequest;
}

const pendingTaskOf = (request: Request, personId: string) => request.tasks.find((task) => task.assignee?.id === personId && task.status === 'PENDING');

async function approve(client: GqlClient, request: Request, personId: string, input: Record<string, unknown> | null = null): Promise<Request> {
  const task = pendingTaskOf(request, personId);
  if (!task) throw new Error(`No pending task for ${personId} in ${JSON.stringify(request.tasks)}`);
  return (await client.ok<{ approveApprovalTask: Request }>(APPROVE, { id: task.id, input })).approveApprovalTask;
}

async function eventTypes(subjectId: string): Promise<string[]> {
  return (await t.sql<{ type: string }>("select type from outbox_event where subject_id::text = $1 or payload->>'requestId' = $1 order by position", [subjectId])).map((e) => e.type);
}

let expenseTemplate: string;

beforeAll(async () => {
  t = await startTestApp();
  org = await createOrganization(t);
  other = await createOrganization(t);
  ops = await createDepartment(org, 'Operations');
  director = await createPerson(t, org, { name: 'Director', rankId: await jobRankId(org, 'M3'), roles: ['employee'] });
  await setDepartmentLeaders(org, org.rootDepartmentId, [director.personId]);
  head = await createPerson(t, org, { name: 'Ops Head', departmentId: ops, rankId: await jobRankId(org, 'M2'), roles: ['department-manager'] });
  await setDepartmentLeaders(org, ops, [head.personId]);
  lead = await createPerson(t, org, { name: 'Team Lead', departmentId: ops, managerId: head.personId, rankId: await jobRankId(org, 'M1') });
  staff = await createPerson(t, org, { name: 'Staff', departmentId: ops, managerId: lead.personId, rankId: await jobRankId(org, 'P2') });
  colleague = await createPerson(t, org, { name: 'Colleague', departmentId: ops, managerId: lead.personId });
  fin = await createPerson(t, org, { name: 'Finance Officer', roles: ['employee', 'finance'] });
  hr = await createPerson(t, org, { name: 'HR Officer', roles: ['employee', 'hr'] });
  expenseTemplate = await publishedTemplate();
});
afterAll(() => t.stop());

describe('approval templates', () => {
  it('are checked whole: every problem named by its path, references to unknown people and roles included', async () => {
    const broken = expenseDefinition({
      flow: [
        { id: 'a', type: 'APPROVAL', mode: 'RATIO', approvers: [{ kind: 'ROLE', roleKey: 'no-such-role' }] },
        { id: 'b', type: 'APPROVAL', approvers: [{ kind: 'PEOPLE', personIds: [other.adminPersonId] }] },
      ],
    });
    const result = await org.admin.request(CREATE, { input: { names: label('Broken'), definition: broken } });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)).toEqual(['definition.flow[0].ratioPercent INVALID_VALUE']);
    const fixed = await org.admin.request(CREATE, { input: { names: label('Broken'), definition: { ...broken, flow: [{ ...broken.flow[0], mode: 'COUNTERSIGN' }, broken.flow[1]] } } });
    expect(fieldsOf(fixed)?.sort()).toEqual(['definition.flow[0].approvers[0].roleKey UNKNOWN_REFERENCE', 'definition.flow[1].approvers[0].personIds[0] UNKNOWN_REFERENCE']);
    expect(codeOf(await org.admin.request(CREATE, { input: { names: { en: ' ' }, definition: expenseDefinition() } }))).toBe('BAD_USER_INPUT');
  });

  it('are made by admins only; staff see published ones, never drafts', async () => {
    expect(codeOf(await staff.client!.request(CREATE, { input: { names: label('Mine'), definition: expenseDefinition() } }))).toBe('FORBIDDEN');
    const draft = await org.admin.ok<{ createApprovalTemplate: { id: string; status: string; viewerCan: Record<string, boolean> } }>(CREATE, {
      input: { names: label('Draft only'), definition: expenseDefinition() },
    });
    expect(draft.createApprovalTemplate).toMatchObject({ status: 'DRAFT', viewerCan: { update: true, publish: true, delete: true, submit: false } });
    const list = await staff.client!.ok<{ approvalTemplates: { items: { id: string; viewerCan: Record<string, boolean> }[] } }>(`{ approvalTemplates(take: 100) { items { ${TEMPLATE} } } }`);
    expect(list.approvalTemplates.items.map((i) => i.id)).toContain(expenseTemplate);
    expect(list.approvalTemplates.items.map((i) => i.id)).not.toContain(draft.createApprovalTemplate.id);
    expect(list.approvalTemplates.items.find((i) => i.id === expenseTemplate)?.viewerCan).toEqual({ update: false, publish: false, delete: false, submit: true });
    expect(codeOf(await staff.client!.request(`query($id: ID!) { approvalTemplate(id: $id) { id } }`, { id: draft.createApprovalTemplate.id }))).toBe('NOT_FOUND');
    expect(codeOf(await staff.client!.request(SUBMIT, { input: expense(draft.createApprovalTemplate.id) }))).toBe('NOT_FOUND');
    expect(codeOf(await org.admin.request(SUBMIT, { input: expense(draft.createApprovalTemplate.id) }))).toBe('APPROVAL_TEMPLATE_NOT_ACTIVE');
    expect(codeOf(await other.admin.request(PUBLISH, { id: draft.createApprovalTemplate.id }))).toBe('NOT_FOUND');
  });

  it('are versioned: a running request stays on the version it started with', async () => {
    const id = await publishedTemplate(expenseDefinition(), label('Versioned'));
    const first = await submit(staff.client!, expense(id));
    const changed = expenseDefinition({ flow: [{ id: 'director', type: 'APPROVAL', approvers: [{ kind: 'PEOPLE', personIds: [director.personId] }] }] });
    await org.admin.ok(`mutation($id: ID!, $input: UpdateApprovalTemplateInput!) { updateApprovalTemplate(id: $id, input: $input) { id } }`, { id, input: { definition: changed } });
    const republished = await org.admin.ok<{ publishApprovalTemplate: { publishedVersion: number } }>(PUBLISH, { id });
    expect(republished.publishApprovalTemplate.publishedVersion).toBe(2);
    const second = await submit(staff.client!, expense(id));
    expect(second.templateVersion).toBe(2);
    expect(second.tasks.map((task) => task.assignee?.id)).toEqual([director.personId]);
    const stillFirst = await approve(lead.client!, first, lead.personId);
    expect(stillFirst.templateVersion).toBe(1);
    expect(pendingTaskOf(stillFirst, head.personId)).toBeDefined();
  });

  it('can be disabled (no new requests, running ones go on), copied, and deleted only while unused', async () => {
    const id = await publishedTemplate(expenseDefinition(), label('Lifecycle'));
    const running = await submit(staff.client!, expense(id));
    await org.admin.ok(`mutation($id: ID!) { disableApprovalTemplate(id: $id) { id } }`, { id });
    expect(codeOf(await staff.client!.request(SUBMIT, { input: expense(id) }))).toBe('APPROVAL_TEMPLATE_NOT_ACTIVE');
    expect((await approve(lead.client!, running, lead.personId)).status).toBe('RUNNING');
    expect(codeOf(await org.admin.request(`mutation($id: ID!) { disableApprovalTemplate(id: $id) { id } }`, { id }))).toBe('APPROVAL_TEMPLATE_INVALID_TRANSITION');
    expect(codeOf(await org.admin.request(`mutation($id: ID!) { deleteApprovalTemplate(id: $id) }`, { id }))).toBe('APPROVAL_TEMPLATE_IN_USE');
    const copy = await org.admin.ok<{ copyApprovalTemplate: { id: string; name: string; status: string } }>(`mutation($id: ID!) { copyApprovalTemplate(id: $id) { id name status } }`, { id });
    expect(copy.copyApprovalTemplate).toMatchObject({ name: 'Lifecycle (copy)', status: 'DRAFT' });
    expect(codeOf(await staff.client!.request(`mutation($id: ID!) { deleteApprovalTemplate(id: $id) }`, { id: copy.copyApprovalTemplate.id }))).toBe('FORBIDDEN');
    expect(await org.admin.ok(`mutation($id: ID!) { deleteApprovalTemplate(id: $id) }`, { id: copy.copyApprovalTemplate.id })).toEqual({ deleteApprovalTemplate: true });
  });
});

describe('submitting', () => {
  it('previews the route the values lead to, then submits it: a small claim goes to the manager then the department head', async () => {
    const preview = await staff.client!.ok<{ previewApprovalRoute: { branchesTaken: string[]; steps: { nodeId: string; state: string | null; approvers: { person: { id: string } }[] }[] } }>(
      `query($input: SubmitApprovalRequestInput!) { previewApprovalRoute(input: $input) { branchesTaken steps { nodeId state approvers { person { id } } } } }`,
      { input: expense(expenseTemplate) },
    );
    expect(preview.previewApprovalRoute.branchesTaken).toEqual(['size:small']);
    expect(preview.previewApprovalRoute.steps.map((s) => [s.nodeId, s.state, s.approvers.map((a) => a.person.id)])).toEqual([
      ['manager', null, [lead.personId]],
      ['head', null, [head.personId]],
      ['tellHr', null, []],
    ]);
    const request = await submit(staff.client!, expense(expenseTemplate));
    expect(request).toMatchObject({ status: 'RUNNING', round: 1, computed: { lines: { total: '120.00' } }, viewerCan: { withdraw: true, remind: true, revoke: false } });
    expect(request.values).toEqual({ purpose: 'Client lunch', lines: [{ item: 'Lunch', amount: { amount: '120.00', currency: 'HKD' } }] });
    expect(request.route.steps.map((s) => s.state)).toEqual(['ACTIVE', 'UPCOMING', 'UPCOMING']);
    const approved = await approve(head.client!, await approve(lead.client!, request, lead.personId), head.personId);
    expect(approved.status).toBe('APPROVED');
    expect(approved.route.steps.map((s) => s.state)).toEqual(['DONE', 'DONE', 'DONE']);
    expect(approved.timeline.map((a) => a.kind)).toEqual(['SUBMITTED', 'APPROVED', 'APPROVED', 'CC_SENT', 'FINISHED']);
    expect(approved.timeline.find((a) => a.kind === 'CC_SENT')?.details).toEqual({ personIds: [hr.personId] });
    expect(await eventTypes(request.id)).toEqual([
      'approvals.request.submitted',
      'approvals.task.assigned',
      'approvals.task.decided',
      'approvals.task.assigned',
      'approvals.task.decided',
      'approvals.request.cc_sent',
      'approvals.request.approved',
    ]);
    // HR was copied at the end and may now read it; the colleague never may.
    expect((await hr.client!.ok<{ approvalRequest: { id: string } }>(ONE, { id: request.id })).approvalRequest.id).toBe(request.id);
    const copied = await hr.client!.ok<{ approvalRequestsCopiedToMe: { items: { id: string }[] } }>('{ approvalRequestsCopiedToMe { items { id } } }');
    expect(copied.approvalRequestsCopiedToMe.items.map((i) => i.id)).toContain(request.id);
    expect(codeOf(await colleague.client!.request(ONE, { id: request.id }))).toBe('NOT_FOUND');
  });

  it('sends a large claim to finance (first to decide wins) and then the first manager at M3', async () => {
    const request = await submit(staff.client!, expense(expenseTemplate, '10000.01'));
    expect(request.route.branchesTaken).toEqual(['size:large']);
    const afterFinance = await approve(fin.client!, await approve(lead.client!, request, lead.personId), fin.personId);
    expect(pendingTaskOf(afterFinance, director.personId)).toBeDefined();
    expect((await approve(director.client!, afterFinance, director.personId)).status).toBe('APPROVED');
  });

  it('refuses bad values with a coded problem per field, and writes nothing', async () => {
    const before = await t.sql<{ n: number }>('select count(*)::int as n from approval_request');
    const result = await staff.client!.request(SUBMIT, { input: { templateId: expenseTemplate, values: { lines: [{ item: '', amount: { amount: '12.345' } }], bogus: 1 } } });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)?.sort()).toEqual(['values.bogus APPROVAL_UNKNOWN_FIELD', 'values.lines[0].amount APPROVAL_MONEY_INVALID', 'values.lines[0].item REQUIRED', 'values.purpose REQUIRED']);
    expect(await t.sql('select count(*)::int as n from approval_request')).toEqual(before);
    staff.client!.locale = 'zh-HK';
    const zh = await staff.client!.request<never>(SUBMIT, { input: { templateId: expenseTemplate, values: { purpose: 'x', lines: [{ item: 'a', amount: { amount: 'abc' } }] } } });
    staff.client!.locale = 'en';
    expect((zh.errors?.[0]?.extensions as { fields: { message: string }[] }).fields[0].message).toContain('金額');
  });

  it('fails clearly when a step finds nobody and the policy says so', async () => {
    const id = await publishedTemplate(
      expenseDefinition({ flow: [{ id: 'auditors', type: 'APPROVAL', name: label('Auditors'), approvers: [{ kind: 'ROLE', roleKey: 'auditor' }] }] }),
      label('Nobody'),
    );
    const result = await staff.client!.request(SUBMIT, { input: expense(id) });
    expect(codeOf(result)).toBe('APPROVAL_NO_APPROVER');
    expect(result.errors?.[0]?.message).toContain('Auditors');
  });
});

describe('deciding', () => {
  it('is only for the task’s assignee, in the organisation, while the request runs', async () => {
    const request = await submit(staff.client!, expense(expenseTemplate));
    const task = pendingTaskOf(request, lead.personId)!;
    expect(codeOf(await colleague.client!.request(APPROVE, { id: task.id }))).toBe('NOT_FOUND');
    expect(codeOf(await head.client!.request(APPROVE, { id: task.id }))).toBe('FORBIDDEN');
    expect(codeOf(await org.admin.request(APPROVE, { id: task.id }))).toBe('FORBIDDEN');
    expect(codeOf(await other.admin.request(APPROVE, { id: task.id }))).toBe('NOT_FOUND');
    expect(codeOf(await lead.client!.request(REJECT, { id: task.id, reason: '  ' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await lead.client!.request(APPROVE, { id: task.id, version: request.version - 1 }))).toBe('VERSION_CONFLICT');
    expect(codeOf(await lead.client!.request(APPROVE, { id: task.id, input: { values: { purpose: 'changed' } } }))).toBe('BAD_USER_INPUT');
    await staff.client!.ok(`mutation($id: ID!) { withdrawApprovalRequest(id: $id) { id } }`, { id: request.id });
    expect(codeOf(await lead.client!.request(APPROVE, { id: task.id }))).toBe('APPROVAL_INVALID_TRANSITION');
  });

  it('lets the step edit what it may (the note), and a rejection ends the request', async () => {
    const request = await submit(staff.client!, expense(expenseTemplate));
    const edited = await approve(lead.client!, request, lead.personId, { comment: 'ok', values: { note: 'Checked receipts' } });
    expect(edited.values.note).toBe('Checked receipts');
    const rejected = (await head.client!.ok<{ rejectApprovalTask: Request }>(REJECT, { id: pendingTaskOf(edited, head.personId)!.id, reason: 'No budget' })).rejectApprovalTask;
    expect(rejected.status).toBe('REJECTED');
    expect(rejected.timeline.at(-1)).toMatchObject({ kind: 'FINISHED' });
    expect(rejected.timeline.find((a) => a.kind === 'REJECTED')).toMatchObject({ comment: 'No budget', actor: { id: head.personId } });
  });

  it('never counts two decisions on an or-sign step, nor loses one on a countersign step, when approvers decide at once', async () => {
    const third = await createPerson(t, org, { name: 'Third approver' });
    const flow = (mode: string) => expenseDefinition({ flow: [{ id: 'board', type: 'APPROVAL', mode, approvers: [{ kind: 'PEOPLE', personIds: [lead.personId, head.personId, third.personId] }] }] });
    const orSign = await submit(staff.client!, expense(await publishedTemplate(flow('OR_SIGN'), label('Or-sign'))));
    const decisions = await Promise.all([lead, head, third].map((p) => p.client!.request(APPROVE, { id: pendingTaskOf(orSign, p.personId)!.id })));
    expect(decisions.filter((d) => !d.errors).length).toBe(1);
    expect(decisions.filter((d) => d.errors).map(codeOf)).toEqual(['APPROVAL_INVALID_TRANSITION', 'APPROVAL_INVALID_TRANSITION']);
    const orSignAfter = (await staff.client!.ok<{ approvalRequest: Request }>(ONE, { id: orSign.id })).approvalRequest;
    expect(orSignAfter.status).toBe('APPROVED');
    expect(orSignAfter.tasks.map((task) => task.status).sort()).toEqual(['APPROVED', 'CANCELLED', 'CANCELLED']);
    expect((await eventTypes(orSign.id)).filter((type) => type === 'approvals.request.approved')).toHaveLength(1);

    const countersign = await submit(staff.client!, expense(await publishedTemplate(flow('COUNTERSIGN'), label('Countersign'))));
    const all = await Promise.all([lead, head, third].map((p) => p.client!.request(APPROVE, { id: pendingTaskOf(countersign, p.personId)!.id })));
    expect(all.map((d) => d.errors)).toEqual([undefined, undefined, undefined]);
    const countersignAfter = (await staff.client!.ok<{ approvalRequest: Request }>(ONE, { id: countersign.id })).approvalRequest;
    expect(countersignAfter.status).toBe('APPROVED');
    expect(countersignAfter.tasks.map((task) => task.status)).toEqual(['APPROVED', 'APPROVED', 'APPROVED']);
    expect((await eventTypes(countersign.id)).filter((type) => type === 'approvals.request.approved')).toHaveLength(1);
  });

  it('returns to the applicant, who resubmits changed values; or to an earlier step, which decides again', async () => {
    const request = await submit(staff.client!, expense(expenseTemplate));
    const atHead = await approve(lead.client!, request, lead.personId);
    const back = (await head.client!.ok<{ returnApprovalTask: Request }>(RETURN, { id: pendingTaskOf(atHead, head.personId)!.id, reason: 'Redo step one', to: 'manager' })).returnApprovalTask;
    expect(back).toMatchObject({ status: 'RUNNING', round: 2 });
    expect(pendingTaskOf(back, lead.personId)).toBeDefined();
    expect(codeOf(await head.client!.request(RETURN, { id: pendingTaskOf(atHead, head.personId)!.id, reason: 'again' }))).toBe('APPROVAL_TASK_INVALID_TRANSITION');
    const toApplicant = (await lead.client!.ok<{ returnApprovalTask: Request }>(RETURN, { id: pendingTaskOf(back, lead.personId)!.id, reason: 'Attach receipts' })).returnApprovalTask;
    expect(toApplicant).toMatchObject({ status: 'RETURNED', viewerCan: { resubmit: false } });
    const mine = (await staff.client!.ok<{ approvalRequest: Request }>(ONE, { id: request.id })).approvalRequest;
    expect(mine.viewerCan).toMatchObject({ resubmit: true, withdraw: true });
    const resubmitted = (
      await staff.client!.ok<{ resubmitApprovalRequest: Request }>(`mutation($id: ID!, $input: ResubmitApprovalRequestInput!) { resubmitApprovalRequest(id: $id, input: $input) { ${REQUEST} } }`, {
        id: request.id,
        input: { values: { purpose: 'Client lunch (receipts attached)', lines: [{ item: 'Lunch', amount: { amount: '120' } }] } },
      })
    ).resubmitApprovalRequest;
    expect(resubmitted).toMatchObject({ status: 'RUNNING', round: 3, values: { purpose: 'Client lunch (receipts attached)' } });
    expect(codeOf(await lead.client!.request(RETURN, { id: pendingTaskOf(resubmitted, lead.personId)!.id, reason: 'x', to: 'head' }))).toBe('BAD_USER_INPUT');
  });

  it('transfers a task, and adds signers before and after the caller', async () => {
    const request = await submit(staff.client!, expense(expenseTemplate));
    const leadTask = pendingTaskOf(request, lead.personId)!;
    expect(codeOf(await lead.client!.request(`mutation($id: ID!, $to: ID!) { transferApprovalTask(id: $id, toPersonId: $to) { id } }`, { id: leadTask.id, to: staff.personId }))).toBe(
      'BAD_USER_INPUT',
    );
    const transferred = (
      await lead.client!.ok<{ transferApprovalTask: Request }>(`mutation($id: ID!, $to: ID!) { transferApprovalTask(id: $id, toPersonId: $to, comment: "On leave") { ${REQUEST} } }`, {
        id: leadTask.id,
        to: colleague.personId,
      })
    ).transferApprovalTask;
    expect(pendingTaskOf(transferred, colleague.personId)?.id).toBe(leadTask.id);
    const ADD = `mutation($id: ID!, $p: ID!, $pos: ApprovalSignerPosition!) { addApprovalSigner(id: $id, personId: $p, position: $pos) { ${REQUEST} } }`;
    const before = (await colleague.client!.ok<{ addApprovalSigner: Request }>(ADD, { id: leadTask.id, p: fin.personId, pos: 'BEFORE' })).addApprovalSigner;
    expect(pendingTaskOf(before, colleague.personId)).toBeUndefined();
    const afterFin = await approve(fin.client!, before, fin.personId);
    const colleagueAgain = pendingTaskOf(afterFin, colleague.personId)!;
    const after = (await colleague.client!.ok<{ addApprovalSigner: Request }>(ADD, { id: colleagueAgain.id, p: hr.personId, pos: 'AFTER' })).addApprovalSigner;
    const waiting = await approve(colleague.client!, after, colleague.personId);
    expect(pendingTaskOf(waiting, hr.personId)).toMatchObject({ nodeId: 'manager', isAddedSigner: true });
    expect(pendingTaskOf(waiting, head.personId)).toBeUndefined();
    const atHead = await approve(hr.client!, waiting, hr.personId);
    expect(pendingTaskOf(atHead, head.personId)).toBeDefined();
    expect(atHead.timeline.map((a) => a.kind)).toEqual(['SUBMITTED', 'TRANSFERRED', 'SIGNER_ADDED', 'APPROVED', 'SIGNER_ADDED', 'APPROVED', 'APPROVED']);
  });

  it('approves a batch all or nothing', async () => {
    const one = await submit(staff.client!, expense(expenseTemplate));
    const two = await submit(colleague.client!, expense(expenseTemplate));
    const BATCH = 'mutation($ids: [ID!]!) { approveApprovalTasks(ids: $ids) { id status } }';
    const foreign = await submit(staff.client!, expense(expenseTemplate));
    await staff.client!.ok(`mutation($id: ID!) { withdrawApprovalRequest(id: $id) { id } }`, { id: foreign.id });
    expect(codeOf(await lead.client!.request(BATCH, { ids: [pendingTaskOf(one, lead.personId)!.id, pendingTaskOf(foreign, lead.personId)!.id] }))).toBe('APPROVAL_INVALID_TRANSITION');
    expect((await lead.client!.ok<{ myApprovalTasks: { items: { id: string }[] } }>(PENDING)).myApprovalTasks.items.map((i) => i.id)).toContain(pendingTaskOf(one, lead.personId)!.id);
    const done = await lead.client!.ok<{ approveApprovalTasks: { id: string }[] }>(BATCH, { ids: [pendingTaskOf(one, lead.personId)!.id, pendingTaskOf(two, lead.personId)!.id] });
    expect(done.approveApprovalTasks.map((r) => r.id).sort()).toEqual([one.id, two.id].sort());
  });

  it('never lets applicants approve their own request', async () => {
    const id = await publishedTemplate(expenseDefinition({ flow: [{ id: 'self', type: 'APPROVAL', approvers: [{ kind: 'PEOPLE', personIds: [lead.personId] }] }] }), label('Self'));
    const request = await submit(lead.client!, expense(id));
    // SKIP_TO_MANAGER: the lead's own step goes to their manager.
    expect(request.tasks.map((task) => task.assignee?.id)).toEqual([head.personId]);
  });
});

describe('the applicant', () => {
  it('withdraws, reminds at most every ten minutes, and revokes within the window; others may not', async () => {
    const request = await submit(staff.client!, expense(expenseTemplate));
    const REMIND = 'mutation($id: ID!) { remindApprovalRequest(id: $id) { id } }';
    expect(codeOf(await colleague.client!.request(REMIND, { id: request.id }))).toBe('NOT_FOUND');
    expect(codeOf(await lead.client!.request(REMIND, { id: request.id }))).toBe('FORBIDDEN');
    await staff.client!.ok(REMIND, { id: request.id });
    expect(codeOf(await staff.client!.request(REMIND, { id: request.id }))).toBe('APPROVAL_REMIND_TOO_SOON');
    expect(codeOf(await lead.client!.request(`mutation($id: ID!) { withdrawApprovalRequest(id: $id) { id } }`, { id: request.id }))).toBe('FORBIDDEN');
    const approved = await approve(head.client!, await approve(lead.client!, request, lead.personId), head.personId);
    expect(approved.viewerCan.revoke).toBe(false);
    const REVOKE = `mutation($id: ID!, $r: String!) { revokeApprovalRequest(id: $id, reason: $r) { id status viewerCan { revoke } } }`;
    expect(codeOf(await staff.client!.request(`mutation($id: ID!) { withdrawApprovalRequest(id: $id) { id } }`, { id: request.id }))).toBe('APPROVAL_INVALID_TRANSITION');
    expect((await staff.client!.ok<{ approvalRequest: { viewerCan: { revoke: boolean } } }>(ONE, { id: request.id })).approvalRequest.viewerCan.revoke).toBe(true);
    expect((await staff.client!.ok<{ revokeApprovalRequest: { status: string } }>(REVOKE, { id: request.id, r: 'Trip cancelled' })).revokeApprovalRequest.status).toBe('REVOKED');
    await t.sql("update approval_request set status = 'APPROVED', finished_at = now() - interval '8 days' where id = $1", [request.id]);
    expect(codeOf(await staff.client!.request(REVOKE, { id: request.id, r: 'Too late' }))).toBe('APPROVAL_REVOKE_WINDOW_CLOSED');
  });

  it('comments, and a mentioned colleague may then read the request', async () => {
    const request = await submit(staff.client!, expense(expenseTemplate));
    expect(codeOf(await colleague.client!.request(ONE, { id: request.id }))).toBe('NOT_FOUND');
    const COMMENT = 'mutation($id: ID!, $text: String!, $m: [ID!]) { commentOnApprovalRequest(id: $id, text: $text, mentionedIds: $m) { id } }';
    expect(codeOf(await staff.client!.request(COMMENT, { id: request.id, text: 'see @other', m: [other.adminPersonId] }))).toBe('BAD_USER_INPUT');
    await staff.client!.ok(COMMENT, { id: request.id, text: '@Colleague can you confirm the amount?', m: [colleague.personId] });
    const seen = (await colleague.client!.ok<{ approvalRequest: Request }>(ONE, { id: request.id })).approvalRequest;
    expect(seen.timeline.at(-1)).toMatchObject({ kind: 'COMMENTED', details: { mentionedIds: [colleague.personId] } });
    expect(seen.viewerCan).toMatchObject({ comment: true, withdraw: false });
  });
});

describe('lists', () => {
  it('show each person their pending and done tasks with the request, applicant, department and template', async () => {
    const request = await submit(staff.client!, expense(expenseTemplate, '1.00', 'Stamps'));
    const pending = await lead.client!.ok<{ myApprovalTasks: { items: { id: string; request: { id: string; applicant: { id: string }; department: { id: string }; template: { name: string } } }[] } }>(
      PENDING,
      { f: { box: 'PENDING' } },
    );
    const mine = pending.myApprovalTasks.items.find((i) => i.request.id === request.id);
    expect(mine?.request).toMatchObject({ applicant: { id: staff.personId }, department: { id: ops }, template: { name: 'Expense claim' } });
    await approve(lead.client!, request, lead.personId);
    const done = await lead.client!.ok<{ myApprovalTasks: { items: { request: { id: string } }[] } }>(PENDING, { f: { box: 'DONE' } });
    expect(done.myApprovalTasks.items[0].request.id).toBe(request.id);
  });

  it('authorize each link of a task page like its record: a request, applicant, department or template the approver may not read is null', async () => {
    const taskRules = [
      { action: 'read', subject: 'ApprovalTask', conditions: { assigneeId: '$me' } },
      { action: 'approve', subject: 'ApprovalTask', conditions: { assigneeId: '$me' } },
    ];
    const tasksOnly = await createCustomRole(org, 'Tasks only', taskRules);
    const approver = await createPerson(t, org, { name: 'Outside approver', roles: [] });
    await assignRoleById(org, approver.personId, tasksOnly);
    const template = await publishedTemplate(
      expenseDefinition({ flow: [{ id: 'outside', type: 'APPROVAL', approvers: [{ kind: 'PEOPLE', personIds: [approver.personId] }] }] }),
      label('Outside check'),
    );
    const request = await submit(staff.client!, expense(template, '3.00', 'Outside'));
    type Page = { myApprovalTasks: { items: { request: { id: string; applicant: { id: string } | null; department: { id: string } | null; template: { id: string } | null } | null }[] } };
    const before = await approver.client!.ok<Page>(PENDING, { f: { box: 'PENDING' } });
    expect(before.myApprovalTasks.items).toEqual([{ id: expect.any(String), nodeId: 'outside', status: 'PENDING', request: null }]);
    const participating = await createCustomRole(org, 'Reads requests taken part in', [{ action: 'read', subject: 'ApprovalRequest', conditions: { participantIds: '$me' } }]);
    await assignRoleById(org, approver.personId, participating);
    const after = await approver.client!.ok<Page>(PENDING, { f: { box: 'PENDING' } });
    expect(after.myApprovalTasks.items.map((item) => item.request)).toEqual([{ id: request.id, title: expect.any(String), applicant: null, department: null, template: null }]);
  });

  it('filter requests by what the caller may read: own, department they manage, all for HR', async () => {
    const request = await submit(staff.client!, expense(expenseTemplate, '2.00', 'Filter me'));
    const LIST = 'query($f: ApprovalRequestFilter) { approvalRequests(filter: $f, take: 100) { totalCount items { id } } }';
    const ids = async (client: GqlClient, f: Record<string, unknown> = {}) => (await client.ok<{ approvalRequests: { items: { id: string }[] } }>(LIST, { f })).approvalRequests.items.map((i) => i.id);
    expect(await ids(staff.client!)).toContain(request.id);
    expect(await ids(colleague.client!)).not.toContain(request.id);
    expect(await ids(head.client!, { departmentId: ops, search: 'Staff' })).toContain(request.id);
    expect(await ids(hr.client!, { templateId: expenseTemplate, status: 'RUNNING' })).toContain(request.id);
    expect(await ids(hr.client!, { status: 'APPROVED', search: 'Filter me' })).not.toContain(request.id);
    expect(await ids(other.admin)).toEqual([]);
    const myRequests = await staff.client!.ok<{ myApprovalRequests: { items: { id: string }[] } }>('{ myApprovalRequests(take: 100) { items { id } } }');
    expect(myRequests.myApprovalRequests.items.map((i) => i.id)).toContain(request.id);
  });
});

/** Subscribes and collects messages until `count` arrived, an error came, or the time ran out. */
function follow<T>(client: GqlClient, query: string, variables: Record<string, unknown>, count: number, timeoutMs = 10_000): { done: Promise<{ items: T[]; error: unknown }> } {
  const ws = client.ws();
  const items: T[] = [];
  const done = new Promise<{ items: T[]; error: unknown }>((resolve) => {
    const finish = (error: unknown = null) => {
      clearTimeout(timer);
      unsubscribe();
      void ws.dispose();
      resolve({ items, error });
    };
    const timer = setTimeout(() => finish(new Error(`timed out with ${items.length}/${count}`)), timeoutMs);
    const unsubscribe = ws.subscribe<Record<string, T>>(
      { query, variables },
      {
        next: (message) => {
          if (message.errors) return finish(message.errors);
          items.push(Object.values(message.data!)[0]);
          if (items.length >= count) finish();
        },
        error: (error) => finish(error),
        complete: () => finish(),
      },
    );
  });
  return { done };
}

describe('subscriptions', () => {
  type Change = { type: string; requestId: string; taskId: string | null };
  const MY_TASKS = 'subscription { myApprovalTasksChanged { type requestId taskId } }';
  const ONE_REQUEST = 'subscription($id: ID!) { approvalRequestChanged(id: $id) { type requestId taskId } }';

  it('tell an approver their task box changed, and a reader that the request changed', async () => {
    const request = await submit(staff.client!, expense(expenseTemplate, '3.00', 'Subscribed'));
    const tasks = follow<Change>(head.client!, MY_TASKS, {}, 1);
    const page = follow<Change>(staff.client!, ONE_REQUEST, { id: request.id }, 2);
    await t.subscribed(() => true, 2);
    await approve(lead.client!, request, lead.personId);
    const mine = await tasks.done;
    expect(mine.error).toBeNull();
    expect(mine.items).toEqual([{ type: 'approvals.task.assigned', requestId: request.id, taskId: expect.any(String) }]);
    const followed = await page.done;
    expect(followed.error).toBeNull();
    expect(followed.items.map((c) => c.type)).toEqual(['approvals.task.decided', 'approvals.task.assigned']);
    expect(followed.items.every((c) => c.requestId === request.id)).toBe(true);
  });

  it('refuse a request the subscriber may not read, or another organisation’s', async () => {
    const request = await submit(staff.client!, expense(expenseTemplate, '4.00', 'Private'));
    for (const client of [colleague.client!, other.admin]) {
      const refused = await follow<Change>(client, ONE_REQUEST, { id: request.id }, 1, 5_000).done;
      expect((refused.error as { extensions: { code: string } }[])[0].extensions.code).toBe('NOT_FOUND');
    }
  });
});

describe('time limits', () => {
  const HOUR = 3_600_000;

  it('remind before the deadline, then approve for the approver at it, counted in working hours', async () => {
    const id = await publishedTemplate(
      expenseDefinition({ flow: [{ id: 'quick', type: 'APPROVAL', approvers: [{ kind: 'DIRECT_MANAGER' }], timeLimit: { hours: 16, remindBeforeHours: 4, timeoutAction: 'APPROVE' } }] }),
      label('Timed'),
    );
    const request = await submit(staff.client!, expense(id));
    const task = (await t.sql<{ id: string; assigned_at: Date; due_at: Date }>('select id, assigned_at, due_at from approval_task where request_id = $1', [request.id]))[0];
    // Sixteen working hours (two 8-hour days, weekends and Hong Kong holidays skipped) is at least 16 real hours later.
    expect(task.due_at.getTime() - task.assigned_at.getTime()).toBeGreaterThanOrEqual(16 * HOUR);
    const [reminder] = await t.sql<{ run_at: Date }>("select run_at from graphile_worker._private_jobs where key like '%' || $1 || ':remind'", [task.id]);
    expect(reminder.run_at.getTime()).toBeLessThan(task.due_at.getTime());
    const read = async () => (await staff.client!.ok<{ approvalRequest: Request }>(ONE, { id: request.id })).approvalRequest;
    const waitFor = async (done: (r: Request) => boolean) => {
      let current = await read();
      for (let i = 0; i < 100 && !done(current); i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        current = await read();
      }
      return current;
    };
    const toReminder = reminder.run_at.getTime() - Date.now() + 60_000;
    await t.advanceClock(toReminder);
    expect((await waitFor((r) => r.timeline.some((a) => a.kind === 'REMINDED'))).status).toBe('RUNNING');
    const overdue = task.due_at.getTime() - Date.now() + HOUR;
    await t.advanceClock(overdue - toReminder);
    const after = await waitFor((r) => r.status !== 'RUNNING');
    expect(after.status).toBe('APPROVED');
    expect(after.tasks[0]).toMatchObject({ status: 'AUTO_APPROVED' });
    expect(after.timeline.map((a) => a.kind)).toEqual(['SUBMITTED', 'REMINDED', 'AUTO_APPROVED', 'FINISHED']);
    await t.advanceClock(-overdue);
  });

  it('let exactly one of the deadline and the approver decide, whichever comes first', async () => {
    const id = await publishedTemplate(
      expenseDefinition({ flow: [{ id: 'race', type: 'APPROVAL', approvers: [{ kind: 'DIRECT_MANAGER' }], timeLimit: { hours: 8, timeoutAction: 'REJECT' } }] }),
      label('Racing'),
    );
    const [early, late, ...together] = await Promise.all([0, 1, 2, 3, 4].map((i) => submit(staff.client!, expense(id, '5.00', `Race ${i}`))));
    const taskOf = (request: Request) => pendingTaskOf(request, lead.personId)!.id;
    const due = (await t.sql<{ due_at: Date }>('select max(due_at) as due_at from approval_task where request_id = $1', [late.id]))[0].due_at;
    const overdue = due.getTime() - Date.now() + HOUR;
    const settled = async (request: Request) => {
      for (let i = 0; i < 100; i++) {
        const current = (await staff.client!.ok<{ approvalRequest: Request }>(ONE, { id: request.id })).approvalRequest;
        if (current.status !== 'RUNNING') return current;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`request ${request.id} still running`);
    };
    const decisionsOf = (request: Request) => request.timeline.filter((a) => ['APPROVED', 'REJECTED', 'AUTO_APPROVED'].includes(a.kind));
    // The approver first: the deadline that falls due afterwards finds nothing to decide.
    await lead.client!.ok(APPROVE, { id: taskOf(early) });
    // Then the clock passes every deadline while the approver approves two more at the same moment.
    const [, ...racing] = await Promise.all([t.advanceClock(overdue), ...together.map((request) => lead.client!.request(APPROVE, { id: taskOf(request) }))]);
    // The deadline first: the approver who comes afterwards is told plainly that the request has ended.
    const timedOut = await settled(late);
    const tooLate = await lead.client!.request(APPROVE, { id: taskOf(late) });
    const outcomes = await Promise.all([early, ...together].map(settled));
    await t.advanceClock(-overdue);
    expect(codeOf(tooLate)).toBe('APPROVAL_INVALID_TRANSITION');
    expect(timedOut.status).toBe('REJECTED');
    expect(decisionsOf(timedOut)).toEqual([expect.objectContaining({ kind: 'REJECTED', actor: null })]);
    expect(decisionsOf((await staff.client!.ok<{ approvalRequest: Request }>(ONE, { id: late.id })).approvalRequest)).toHaveLength(1);
    expect(outcomes[0].status).toBe('APPROVED');
    expect(decisionsOf(outcomes[0])).toEqual([expect.objectContaining({ kind: 'APPROVED', actor: { id: lead.personId } })]);
    racing.forEach((decision, index) => {
      const outcome = outcomes[index + 1];
      expect(decisionsOf(outcome)).toHaveLength(1);
      if (decision.errors) {
        expect(codeOf(decision)).toBe('APPROVAL_INVALID_TRANSITION');
        expect(outcome.status).toBe('REJECTED');
      } else expect(outcome.status).toBe('APPROVED');
    });
  });

  it('escalate to the approver’s manager at the deadline', async () => {
    const id = await publishedTemplate(
      expenseDefinition({ flow: [{ id: 'slow', type: 'APPROVAL', approvers: [{ kind: 'DIRECT_MANAGER' }], timeLimit: { hours: 8, escalate: true } }] }),
      label('Escalating'),
    );
    const request = await submit(staff.client!, expense(id));
    const due = (await t.sql<{ due_at: Date }>('select due_at from approval_task where request_id = $1', [request.id]))[0].due_at;
    const overdue = due.getTime() - Date.now() + HOUR;
    await t.advanceClock(overdue);
    let after = (await staff.client!.ok<{ approvalRequest: Request }>(ONE, { id: request.id })).approvalRequest;
    for (let i = 0; i < 100 && !pendingTaskOf(after, head.personId); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      after = (await staff.client!.ok<{ approvalRequest: Request }>(ONE, { id: request.id })).approvalRequest;
    }
    await t.advanceClock(-overdue);
    expect(pendingTaskOf(after, head.personId)).toBeDefined();
    expect(after.timeline.at(-1)).toMatchObject({ kind: 'ESCALATED', target: { id: head.personId } });
    expect((await approve(head.client!, after, head.personId)).status).toBe('APPROVED');
  });
});

describe('metrics', () => {
  const METRICS = `query($from: DateTimeISO!, $to: DateTimeISO!, $t: ID) { approvalMetrics(from: $from, to: $to, templateId: $t) {
    template { id name } submitted approved rejected withdrawn revoked returned rejectionRate returnRate medianCycleHours p90CycleHours slaBreaches rubberStamps
    nodes { nodeId name decided rejected returned medianDecisionHours slaBreaches rubberStamps } } }`;

  it('count volumes, rates, rubber stamps and cycle times per template and node, for those who may analyse', async () => {
    const id = await publishedTemplate(expenseDefinition({ flow: [{ id: 'manager', type: 'APPROVAL', name: label('Manager', '主管'), approvers: [{ kind: 'DIRECT_MANAGER' }] }] }), label('Measured'));
    const quick = await submit(staff.client!, expense(id));
    await approve(lead.client!, quick, lead.personId);
    const refused = await submit(staff.client!, expense(id));
    await lead.client!.ok(REJECT, { id: pendingTaskOf(refused, lead.personId)!.id, reason: 'No' });
    const sentBack = await submit(colleague.client!, expense(id));
    await lead.client!.ok(RETURN, { id: pendingTaskOf(sentBack, lead.personId)!.id, reason: 'Fix it' });
    await colleague.client!.ok(`mutation($id: ID!) { withdrawApprovalRequest(id: $id) { id } }`, { id: sentBack.id });
    const period = { from: new Date(Date.now() - 3_600_000).toISOString(), to: new Date(Date.now() + 3_600_000).toISOString(), t: id };
    const figures = (await hr.client!.ok<{ approvalMetrics: Record<string, unknown>[] }>(METRICS, period)).approvalMetrics;
    expect(figures).toEqual([
      expect.objectContaining({
        template: { id, name: 'Measured' },
        submitted: 3,
        approved: 1,
        rejected: 1,
        withdrawn: 1,
        revoked: 0,
        returned: 1,
        rejectionRate: 0.5,
        returnRate: 1 / 3,
        slaBreaches: 0,
        rubberStamps: 1,
        nodes: [expect.objectContaining({ nodeId: 'manager', name: 'Manager', decided: 3, rejected: 1, returned: 1, rubberStamps: 1 })],
      }),
    ]);
    expect((figures[0].medianCycleHours as number) >= 0).toBe(true);
    expect(codeOf(await staff.client!.request(METRICS, period))).toBe('FORBIDDEN');
    expect(codeOf(await hr.client!.request(METRICS, { ...period, to: period.from }))).toBe('BAD_USER_INPUT');
    expect((await other.admin.ok<{ approvalMetrics: unknown[] }>(METRICS, period)).approvalMetrics).toEqual([]);
  });

  it('measure from the first submission on the app’s clock (as the seeded history’s requests are made)', async () => {
    const id = await publishedTemplate(expenseDefinition({ flow: [{ id: 'manager', type: 'APPROVAL', approvers: [{ kind: 'DIRECT_MANAGER' }] }] }), label('Back-dated'));
    const shift = 40 * 24 * 3_600_000;
    await t.advanceClock(-shift);
    try {
      await approve(lead.client!, await submit(staff.client!, expense(id)), lead.personId);
    } finally {
      await t.advanceClock(shift);
    }
    const then = Date.now() - shift;
    const period = { from: new Date(then - 3_600_000).toISOString(), to: new Date(then + 3_600_000).toISOString(), t: id };
    const [figures] = (await hr.client!.ok<{ approvalMetrics: { submitted: number; approved: number; medianCycleHours: number }[] }>(METRICS, period)).approvalMetrics;
    expect(figures).toMatchObject({ submitted: 1, approved: 1 });
    expect(figures.medianCycleHours).toBeGreaterThanOrEqual(0);
    expect(figures.medianCycleHours).toBeLessThan(1);
  });
});

describe('every node type, mode and policy, end to end', () => {
  const flowOf = (flow: unknown[], policies: Record<string, unknown> = {}) => expenseDefinition({ flow, policies: { ...expenseDefinition().policies, ...policies } });
  const people = (...ids: string[]) => [{ kind: 'PEOPLE', personIds: ids }];

  it('SEQUENTIAL: each approver in turn', async () => {
    const request = await submit(
      staff.client!,
      expense(await publishedTemplate(flowOf([{ id: 'chain', type: 'APPROVAL', mode: 'SEQUENTIAL', approvers: people(lead.personId, head.personId) }]), label('Sequential'))),
    );
    expect(request.tasks.map((task) => task.status)).toEqual(['PENDING', 'WAITING']);
    // A signer added before the lead: the lead's turn comes back after theirs, and the head still waits for the lead.
    const withSigner = (
      await lead.client!.ok<{ addApprovalSigner: Request }>(`mutation($id: ID!, $p: ID!) { addApprovalSigner(id: $id, personId: $p, position: BEFORE) { ${REQUEST} } }`, {
        id: pendingTaskOf(request, lead.personId)!.id,
        p: fin.personId,
      })
    ).addApprovalSigner;
    const backToLead = await approve(fin.client!, withSigner, fin.personId);
    expect(pendingTaskOf(backToLead, head.personId)).toBeUndefined();
    const second = await approve(lead.client!, backToLead, lead.personId);
    expect(second.tasks.map((task) => [task.assignee?.id, task.status])).toEqual([
      [lead.personId, 'CANCELLED'],
      [head.personId, 'PENDING'],
      [fin.personId, 'APPROVED'],
      [lead.personId, 'APPROVED'],
    ]);
    expect((await approve(head.client!, second, head.personId)).status).toBe('APPROVED');
  });

  it('RATIO: approved once the share is reached, rejected once it no longer can be', async () => {
    const id = await publishedTemplate(flowOf([{ id: 'vote', type: 'APPROVAL', mode: 'RATIO', ratioPercent: 60, approvers: people(lead.personId, head.personId, director.personId) }]), label('Ratio'));
    const yes = await submit(staff.client!, expense(id));
    const afterOne = await approve(lead.client!, yes, lead.personId);
    expect(afterOne.status).toBe('RUNNING');
    const afterTwo = await approve(head.client!, afterOne, head.personId);
    expect(afterTwo.status).toBe('APPROVED');
    expect(afterTwo.tasks.find((task) => task.assignee?.id === director.personId)?.status).toBe('CANCELLED');
    const no = await submit(staff.client!, expense(id));
    const oneNo = (await lead.client!.ok<{ rejectApprovalTask: Request }>(REJECT, { id: pendingTaskOf(no, lead.personId)!.id, reason: 'No' })).rejectApprovalTask;
    expect(oneNo.status).toBe('RUNNING');
    const twoNo = (await head.client!.ok<{ rejectApprovalTask: Request }>(REJECT, { id: pendingTaskOf(oneNo, head.personId)!.id, reason: 'No' })).rejectApprovalTask;
    expect(twoNo.status).toBe('REJECTED');
  });

  it('PARALLEL branches run at once and join; a CC node at the start copies at submission', async () => {
    const id = await publishedTemplate(
      flowOf([
        { id: 'tellFinance', type: 'CC', approvers: [{ kind: 'ROLE', roleKey: 'finance' }] },
        {
          id: 'both',
          type: 'PARALLEL',
          branches: [
            { id: 'a', nodes: [{ id: 'left', type: 'APPROVAL', approvers: people(lead.personId) }] },
            { id: 'b', nodes: [{ id: 'right', type: 'APPROVAL', approvers: people(head.personId) }] },
          ],
        },
        { id: 'last', type: 'APPROVAL', approvers: people(director.personId) },
      ]),
      label('Parallel'),
    );
    const request = await submit(staff.client!, expense(id));
    expect(request.tasks.map((task) => [task.nodeId, task.status])).toEqual([
      ['left', 'PENDING'],
      ['right', 'PENDING'],
    ]);
    expect(request.timeline.map((a) => a.kind)).toEqual(['SUBMITTED', 'CC_SENT']);
    expect((await fin.client!.ok<{ approvalRequest: { id: string } }>(ONE, { id: request.id })).approvalRequest.id).toBe(request.id);
    const oneSide = await approve(lead.client!, request, lead.personId);
    expect(pendingTaskOf(oneSide, director.personId)).toBeUndefined();
    const joined = await approve(head.client!, oneSide, head.personId);
    expect(pendingTaskOf(joined, director.personId)).toBeDefined();
    // The route is flat: the parallel step, then each branch's steps naming it as their parent, then the step after the join.
    expect(joined.route.steps.map((s) => [s.nodeId, s.parentNodeId, s.parentBranchId, s.state])).toEqual([
      ['tellFinance', null, null, 'DONE'],
      ['both', null, null, 'DONE'],
      ['left', 'both', 'a', 'DONE'],
      ['right', 'both', 'b', 'DONE'],
      ['last', null, null, 'ACTIVE'],
    ]);
  });

  it('a route three PARALLEL levels deep is listed flat, each step naming the branch it runs in, and a condition inside is replaced by its branch', async () => {
    const step = (id: string, person: string) => ({ id, type: 'APPROVAL', approvers: people(person) });
    const id = await publishedTemplate(
      flowOf([
        {
          id: 'outer',
          type: 'PARALLEL',
          branches: [
            {
              id: 'o1',
              nodes: [
                {
                  id: 'middle',
                  type: 'PARALLEL',
                  branches: [
                    {
                      id: 'm1',
                      nodes: [
                        {
                          id: 'inner',
                          type: 'PARALLEL',
                          branches: [
                            { id: 'i1', nodes: [step('deepest', lead.personId)] },
                            { id: 'i2', nodes: [step('deep2', head.personId)] },
                          ],
                        },
                      ],
                    },
                    {
                      id: 'm2',
                      nodes: [
                        {
                          id: 'pick',
                          type: 'CONDITION',
                          branches: [
                            { id: 'big', conditions: [{ operand: 'FIELD', field: 'lines.total', operator: 'GT', values: ['1000000'] }], nodes: [step('never', director.personId)] },
                            { id: 'rest', isDefault: true, nodes: [step('chosen', director.personId)] },
                          ],
                        },
                      ],
                    },
                  ],
                },
              ],
            },
            { id: 'o2', nodes: [step('side', head.personId)] },
          ],
        },
      ]),
      label('Deep parallel'),
    );
    const preview = await staff.client!.ok<{
      previewApprovalRoute: { branchesTaken: string[]; steps: { nodeId: string; type: string; parentNodeId: string | null; parentBranchId: string | null; branches: { id: string }[] }[] };
    }>(`query($input: SubmitApprovalRequestInput!) { previewApprovalRoute(input: $input) { branchesTaken steps { nodeId type parentNodeId parentBranchId branches { id } } } }`, {
      input: expense(id),
    });
    expect(preview.previewApprovalRoute.branchesTaken).toEqual(['pick:rest']);
    expect(preview.previewApprovalRoute.steps.map((s) => [s.nodeId, s.parentNodeId, s.parentBranchId, s.branches.map((b) => b.id)])).toEqual([
      ['outer', null, null, ['o1', 'o2']],
      ['middle', 'outer', 'o1', ['m1', 'm2']],
      ['inner', 'middle', 'm1', ['i1', 'i2']],
      ['deepest', 'inner', 'i1', []],
      ['deep2', 'inner', 'i2', []],
      ['chosen', 'middle', 'm2', []],
      ['side', 'outer', 'o2', []],
    ]);
  });

  it('the applicant chooses approvers within the range offered', async () => {
    const id = await publishedTemplate(flowOf([{ id: 'pick', type: 'APPROVAL', approvers: [{ kind: 'APPLICANT_CHOOSES', personIds: [head.personId, director.personId] }] }]), label('Choose'));
    expect(codeOf(await staff.client!.request(SUBMIT, { input: expense(id) }))).toBe('APPROVAL_CHOICE_REQUIRED');
    expect(codeOf(await staff.client!.request(SUBMIT, { input: { ...expense(id), chosenApprovers: [{ nodeId: 'pick', personIds: [lead.personId] }] } }))).toBe('APPROVAL_CHOICE_OUT_OF_RANGE');
    const request = await submit(staff.client!, { ...expense(id), chosenApprovers: [{ nodeId: 'pick', personIds: [director.personId] }] });
    expect(request.tasks.map((task) => task.assignee?.id)).toEqual([director.personId]);
  });

  it('nobody found: approved automatically, or handed to the named admin', async () => {
    const nobody = [
      { id: 'auditors', type: 'APPROVAL', approvers: [{ kind: 'ROLE', roleKey: 'auditor' }] },
      { id: 'then', type: 'APPROVAL', approvers: people(head.personId) },
    ];
    const auto = await submit(staff.client!, expense(await publishedTemplate(flowOf(nobody, { emptyApprovers: 'AUTO_APPROVE' }), label('Auto'))));
    expect(auto.tasks.map((task) => [task.nodeId, task.assignee?.id])).toEqual([['then', head.personId]]);
    expect(auto.timeline.map((a) => a.kind)).toEqual(['SUBMITTED', 'AUTO_APPROVED']);
    const handed = await submit(staff.client!, expense(await publishedTemplate(flowOf(nobody, { emptyApprovers: 'ASSIGN_ADMIN', fallbackApproverId: director.personId }), label('Admin'))));
    expect(handed.tasks.map((task) => [task.nodeId, task.assignee?.id])).toEqual([['auditors', director.personId]]);
  });

  it('a repeated approver’s later part is approved for them; the applicant may keep their own step only where allowed', async () => {
    const twice = await submit(
      staff.client!,
      expense(
        await publishedTemplate(
          flowOf([
            { id: 'one', type: 'APPROVAL', approvers: people(lead.personId) },
            { id: 'two', type: 'APPROVAL', approvers: people(lead.personId) },
          ]),
          label('Twice'),
        ),
      ),
    );
    const done = await approve(lead.client!, twice, lead.personId);
    expect(done.status).toBe('APPROVED');
    expect(done.tasks.map((task) => [task.nodeId, task.status])).toEqual([
      ['one', 'APPROVED'],
      ['two', 'AUTO_APPROVED'],
    ]);
    const selfFlow = flowOf([{ id: 'own', type: 'APPROVAL', approvers: people(staff.personId) }], { applicantIsApprover: 'KEEP', allowSelfApproval: true });
    const own = await submit(staff.client!, expense(await publishedTemplate(selfFlow, label('Self allowed'))));
    expect((await approve(staff.client!, own, staff.personId)).status).toBe('APPROVED');
    const autoOwn = await submit(staff.client!, expense(await publishedTemplate(flowOf(selfFlow.flow, { applicantIsApprover: 'AUTO_APPROVE' }), label('Self auto'))));
    expect(autoOwn.status).toBe('APPROVED');
  });

  it('hides a field from the step that may not see it, but not from the applicant', async () => {
    const flow = flowOf([{ id: 'blind', type: 'APPROVAL', approvers: people(lead.personId), fieldPermissions: [{ field: 'note', access: 'HIDDEN' }] }]);
    const request = await submit(staff.client!, { templateId: await publishedTemplate(flow, label('Hidden note')), values: { ...expense('x').values, note: 'Personal reason' } });
    expect(request.values.note).toBe('Personal reason');
    const seen = (await lead.client!.ok<{ approvalRequest: Request }>(ONE, { id: request.id })).approvalRequest;
    expect(seen.values).not.toHaveProperty('note');
    expect(seen.values.purpose).toBe('Client lunch');
  });

  it('submits once for one Idempotency-Key, however often the client retries', async () => {
    const headers = { 'idempotency-key': 'submit-once-1' };
    const first = await staff.client!.request<{ submitApprovalRequest: { id: string } }>(SUBMIT, { input: expense(expenseTemplate, '9.00', 'Retried') }, headers);
    const again = await staff.client!.request<{ submitApprovalRequest: { id: string } }>(SUBMIT, { input: expense(expenseTemplate, '9.00', 'Retried') }, headers);
    expect(again.data?.submitApprovalRequest.id).toBe(first.data?.submitApprovalRequest.id);
    expect(await t.sql("select count(*)::int as n from approval_request where values->>'purpose' = 'Retried'")).toEqual([{ n: 1 }]);
  });

  it('keeps a template a module owns: it can be disabled, never deleted', async () => {
    const ctx = await t.context({ accountId: '', personId: org.adminPersonId, tenantId: org.organizationId, displayName: 'Admin', locale: 'en', isPlatformAdmin: false });
    const owned = await createTemplate(ctx, { names: { en: 'Leave (attendance)' }, definition: expenseDefinition() as never, ownerModule: 'attendance' });
    const result = await org.admin.request(`mutation($id: ID!) { deleteApprovalTemplate(id: $id) }`, { id: owned.id });
    expect(codeOf(result)).toBe('APPROVAL_TEMPLATE_OWNED');
    const template = await org.admin.ok<{ approvalTemplate: { viewerCan: { delete: boolean } } }>(`query($id: ID!) { approvalTemplate(id: $id) { viewerCan { delete } } }`, { id: owned.id });
    expect(template.approvalTemplate.viewerCan.delete).toBe(false);
  });
});
