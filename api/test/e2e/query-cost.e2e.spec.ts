import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignRole, createDepartment, createOrganization, createPerson, type TestOrg } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * N+1 guard: the number of SQL statements a hot query issues must not grow with the amount of data returned, and stays
 * at most two per root field (hot reads fetch a root field's records and their links in one statement).
 * The outbox worker is off (HARBOUR_ROLE=api) so only the request's own statements are counted.
 */
describe('SQL statements per request stay constant (no N+1)', () => {
  let t: TestApp;
  let org: TestOrg;
  let statements = 0;
  let counting = false;

  const SUBTREE = `query($id: ID!) { departmentSubtree(id: $id) { id name leaders { id displayName }
    members(take: 100) { totalCount items { id displayName rank { code } memberships { isPrimary department { name } manager { id displayName } } } } } }`;
  const PEOPLE = `query($take: Int!) { people(take: $take) { totalCount items { id displayName rank { code }
    memberships { department { id name } manager { displayName } } roleAssignments { role { name } scopeDepartment { name } } } } }`;

  async function countStatements(query: string, variables: Record<string, unknown>): Promise<number> {
    await org.admin.ok(query, variables); // warm the ability cache, so only the query itself is measured
    statements = 0;
    counting = true;
    await org.admin.ok(query, variables);
    counting = false;
    return statements;
  }

  /** Adds `size` people with managers, leaders and roles under a new subtree of 2 departments. */
  async function grow(size: number): Promise<string> {
    const top = await createDepartment(org, `Top ${size}`);
    const child = await createDepartment(org, `Child ${size}`, top);
    const boss = await createPerson(t, org, { name: `Boss ${size}`, departmentId: top, signIn: false, roles: ['department-manager'] });
    await org.admin.ok('mutation($id: ID!, $p: [ID!]!) { setDepartmentLeaders(id: $id, personIds: $p) { id } }', { id: top, p: [boss.personId] });
    for (let i = 0; i < size; i += 1) {
      const person = await createPerson(t, org, {
        name: `Member ${size}-${String(i).padStart(2, '0')}`,
        departmentId: i % 2 ? top : child,
        managerId: boss.personId,
        signIn: false,
        roles: ['employee'],
      });
      if (i % 3 === 0) await assignRole(org, person.personId, 'finance', top);
    }
    return top;
  }

  beforeAll(async () => {
    t = await startTestApp({
      env: { HARBOUR_ROLE: 'api' },
      onQuery: (message) => {
        if (counting && message.includes('[query]')) statements += 1;
      },
    });
    org = await createOrganization(t);
  });
  afterAll(() => t.stop());

  it('department subtree with members, their departments and managers', async () => {
    const small = await grow(2);
    const smallCount = await countStatements(SUBTREE, { id: small });
    const large = await grow(12);
    const largeCount = await countStatements(SUBTREE, { id: large });
    // One statement reads the tenant's access version for the request, one answers the root field with everything it links to.
    expect(smallCount).toBe(2);
    expect(largeCount).toBe(smallCount);
  });

  it('pending approval tasks with their requests, applicants, departments and templates', async () => {
    const PENDING = `{ myApprovalTasks(filter: { box: PENDING }, take: 50) { totalCount items { id nodeId assignedAt
      request { id title submittedAt applicant { id displayName } department { id name } template { id name } } } } }`;
    const label = (en: string) => ({ en });
    const definition = {
      form: [{ key: 'purpose', type: 'TEXT', label: label('Purpose'), required: true }],
      flow: [{ id: 'approver', type: 'APPROVAL', approvers: [{ kind: 'PEOPLE', personIds: [org.adminPersonId] }] }],
      policies: { applicantIsApprover: 'KEEP', duplicateApprovers: 'KEEP', emptyApprovers: 'FAIL', allowSelfApproval: true, revokeWindowDays: 0 },
    };
    const templates = await Promise.all(
      ['Stationery', 'Travel'].map(async (name) => {
        const { createApprovalTemplate } = await org.admin.ok<{ createApprovalTemplate: { id: string } }>(
          'mutation($input: CreateApprovalTemplateInput!) { createApprovalTemplate(input: $input) { id } }',
          { input: { names: label(name), category: 'ADMIN', definition } },
        );
        await org.admin.ok('mutation($id: ID!) { publishApprovalTemplate(id: $id) { id } }', { id: createApprovalTemplate.id });
        return createApprovalTemplate.id;
      }),
    );
    const department = await createDepartment(org, 'Approvals desk');
    const applicants = await Promise.all([0, 1, 2, 3].map((i) => createPerson(t, org, { name: `Applicant ${i}`, departmentId: i % 2 ? department : undefined, roles: ['employee'] })));
    const submitFor = async (count: number) => {
      for (let i = 0; i < count; i += 1)
        await applicants[i % applicants.length].client!.ok('mutation($input: SubmitApprovalRequestInput!) { submitApprovalRequest(input: $input) { id } }', {
          input: { templateId: templates[i % 2], values: { purpose: `Request ${i}` } },
        });
    };
    await submitFor(1);
    const one = await countStatements(PENDING, {});
    await submitFor(8);
    const many = await countStatements(PENDING, {});
    const page = await org.admin.ok<{
      myApprovalTasks: { totalCount: number; items: { request: { applicant: { displayName: string }; department: { name: string } | null; template: { name: string } } }[] };
    }>(PENDING, {});
    expect(page.myApprovalTasks.totalCount).toBe(9);
    expect(new Set(page.myApprovalTasks.items.map((item) => item.request.template.name))).toEqual(new Set(['Stationery', 'Travel']));
    expect(page.myApprovalTasks.items.filter((item) => item.request.department?.name === 'Approvals desk')).toHaveLength(4);
    expect(page.myApprovalTasks.items.every((item) => item.request.applicant.displayName.startsWith('Applicant'))).toBe(true);
    // The request's access version, and one statement for the page with everything it links to.
    expect(one).toBe(2);
    expect(many).toBe(one);
  });

  it('people list with departments, managers and roles', async () => {
    // Sorted by name, the first 5 (Admin, Boss 12, Boss 2, Member 12-00 …) already use every relation (managers,
    // scoped roles), so a difference can only come from per-row queries.
    const few = await countStatements(PEOPLE, { take: 5 });
    const many = await countStatements(PEOPLE, { take: 40 });
    // The request's access version; the page with its memberships, managers, departments and ranks; and the role assignments
    // (with their roles and scope departments) that the access module adds to Person: two per root field.
    expect(few).toBe(3);
    expect(many).toBe(few);
  });
});
