import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignRole, createDepartment, createOrganization, createPerson, jobRankId, setDepartmentLeaders, type TestOrg, type TestPerson } from '../support/factories.js';
import { PREVIEW, TEN_NODE } from '../../../bench/approvals-queries.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Route resolution reads the org chart in set-based SQL: previewing a ten-node conditional flow (the approvals bench's)
 * costs the same few statements whichever branch it takes and however long the manager chain is — the access version,
 * the template with its version, the approver directory's one statement, and the answer's people. The outbox worker is
 * off (HARBOUR_ROLE=api) so only the request's own statements are counted.
 */
describe('SQL statements of a route preview stay few and constant', () => {
  let t: TestApp;
  let org: TestOrg;
  let staff: TestPerson;
  let templateId: string;
  let statements = 0;
  let counting = false;

  beforeAll(async () => {
    t = await startTestApp({
      env: { HARBOUR_ROLE: 'api' },
      onQuery: (message) => {
        if (counting && message.includes('[query]')) statements += 1;
      },
    });
    org = await createOrganization(t);
    const division = await createDepartment(org, 'Division');
    const dept = await createDepartment(org, 'Dept', division);
    const team = await createDepartment(org, 'Team', dept);
    const divisionHead = await createPerson(t, org, { name: 'Division Head', departmentId: division, rankId: await jobRankId(org, 'M4'), signIn: false });
    const deptHead = await createPerson(t, org, { name: 'Dept Head', departmentId: dept, rankId: await jobRankId(org, 'M3'), signIn: false });
    const lead = await createPerson(t, org, { name: 'Team Lead', departmentId: team, rankId: await jobRankId(org, 'M1'), signIn: false });
    staff = await createPerson(t, org, { name: 'Staff', departmentId: team, rankId: await jobRankId(org, 'P2') });
    await setDepartmentLeaders(org, division, [divisionHead.personId]);
    await setDepartmentLeaders(org, dept, [deptHead.personId]);
    await setDepartmentLeaders(org, team, [lead.personId]);
    const finance = await createPerson(t, org, { name: 'Finance', departmentId: division, signIn: false });
    await assignRole(org, finance.personId, 'finance');
    const hr = await createPerson(t, org, { name: 'HR', departmentId: division, signIn: false });
    await assignRole(org, hr.personId, 'hr');
    const created = await org.admin.ok<{ createApprovalTemplate: { id: string } }>('mutation($input: CreateApprovalTemplateInput!) { createApprovalTemplate(input: $input) { id } }', {
      input: TEN_NODE,
    });
    templateId = created.createApprovalTemplate.id;
    await org.admin.ok('mutation($id: ID!) { publishApprovalTemplate(id: $id) { id } }', { id: templateId });
  });
  afterAll(() => t.stop());

  it('previews each branch of a ten-node flow in four statements', async () => {
    const answers: Record<string, string[]> = {};
    for (const [amount, branch] of [
      ['800', 'small'],
      ['5000', 'medium'],
      ['25000', 'large'],
    ]) {
      const variables = { input: { templateId, values: { purpose: 'Preview', amount: { amount } } } };
      await staff.client!.ok(PREVIEW, variables); // the caller's ability and session, loaded once
      statements = 0;
      counting = true;
      const answer = await staff.client!.ok<{ previewApprovalRoute: { branchesTaken: string[]; steps: { nodeId: string; approvers: { person: { displayName: string } }[] }[] } }>(PREVIEW, variables);
      counting = false;
      expect(answer.previewApprovalRoute.branchesTaken).toEqual([`amount:${branch}`, 'seniority:junior']);
      answers[branch] = answer.previewApprovalRoute.steps.map((step) => `${step.nodeId}: ${step.approvers.map((a) => a.person.displayName).join(', ')}`);
      expect(statements, branch).toBe(4);
    }
    expect(answers).toEqual({
      small: ['manager: Team Lead', 'head: Dept Head', 'teamLead: Team Lead', 'tellHr: '],
      medium: ['manager: Team Lead', 'chain: Team Lead, Dept Head', 'teamLead: Team Lead', 'tellHr: '],
      large: ['manager: Team Lead', 'finance: Finance', 'director: Division Head', 'teamLead: Team Lead', 'tellHr: '],
    });
  });
});
