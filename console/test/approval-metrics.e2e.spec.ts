import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { apiQuery, baseUrl, browserTest, newPage, signIn, useHarbour } from './support/browser';

/**
 * The approvals metrics page end to end: a template of two steps (the direct manager, then the admin) gets three
 * requests through the API — one approved by both, one rejected, one returned and then withdrawn — and the admin reads
 * them on 審批統計: the summary row, the cycle-time and outcome charts, and the steps' charts. A technician has no menu
 * entry for it, and the API refuses them the figures.
 */
useHarbour('approval-metrics');

const TASKS = 'id status tasks { id nodeId status assignee { id } }';
type Request = { id: string; status: string; tasks: { id: string; nodeId: string; status: string }[] };
const pendingOn = (request: Request, nodeId: string) => request.tasks.find((task) => task.nodeId === nodeId && task.status === 'PENDING')!.id;

/** A GraphQL call that may be refused: its errors' codes (apiQuery fails on any error). */
async function errorCodes(page: Page, query: string, variables: Record<string, unknown>): Promise<string[]> {
  return page.evaluate(
    async ([query, variables]) => {
      const session = JSON.parse(localStorage.getItem('harbour.session') ?? 'null');
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${session?.accessToken}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = await response.json();
      return (body.errors ?? []).map((error: { extensions?: { code?: string } }) => error.extensions?.code ?? '');
    },
    [query, variables] as const,
  );
}

describe('approval metrics', () => {
  browserTest(
    'the admin reads a template’s figures and its steps’ as charts; a technician may not',
    async () => {
      const admin = await newPage();
      await signIn(admin, 'admin@wanghin.example.com');
      const { me } = await apiQuery(admin, '{ me { id } }');
      const name = (zhHK: string, en: string) => ({ en, zhHK, zhCN: zhHK });
      const created = await apiQuery(admin, 'mutation($input: CreateApprovalTemplateInput!) { createApprovalTemplate(input: $input) { id } }', {
        input: {
          names: name('統計測試申請', 'Metrics test'),
          category: 'ADMIN',
          definition: {
            form: [{ key: 'purpose', type: 'TEXT', label: name('用途', 'Purpose'), required: true }],
            flow: [
              { id: 'manager', type: 'APPROVAL', name: name('主管審批', 'Manager'), approvers: [{ kind: 'DIRECT_MANAGER' }] },
              { id: 'office', type: 'APPROVAL', name: name('行政審批', 'Office'), approvers: [{ kind: 'PEOPLE', personIds: [me.id] }] },
            ],
            policies: { applicantIsApprover: 'SKIP_TO_MANAGER', duplicateApprovers: 'DEDUPLICATE_CONSECUTIVE', emptyApprovers: 'FAIL', allowSelfApproval: false, revokeWindowDays: 7 },
          },
        },
      });
      const templateId: string = created.createApprovalTemplate.id;
      await apiQuery(admin, 'mutation($id: ID!) { publishApprovalTemplate(id: $id) { id } }', { id: templateId });

      // Three requests by the technician, decided by their site manager (and the admin for the one approved).
      const worker = await newPage();
      await signIn(worker, 'site1.worker@wanghin.example.com');
      const submit = async (purpose: string): Promise<Request> =>
        (
          await apiQuery(worker, `mutation($input: SubmitApprovalRequestInput!) { submitApprovalRequest(input: $input) { ${TASKS} } }`, {
            input: { templateId, values: { purpose } },
          })
        ).submitApprovalRequest;
      const [approved, rejected, returned] = [await submit('安全帽'), await submit('手套'), await submit('反光衣')];
      const manager = await newPage();
      await signIn(manager, 'site1.manager@wanghin.example.com');
      const afterManager: Request = (
        await apiQuery(manager, `mutation($id: ID!) { approveApprovalTask(id: $id) { ${TASKS} } }`, {
          id: pendingOn(approved, 'manager'),
        })
      ).approveApprovalTask;
      const done = await apiQuery(admin, `mutation($id: ID!) { approveApprovalTask(id: $id) { ${TASKS} } }`, { id: pendingOn(afterManager, 'office') });
      expect(done.approveApprovalTask.status).toBe('APPROVED');
      await apiQuery(manager, 'mutation($id: ID!, $reason: String!) { rejectApprovalTask(id: $id, reason: $reason) { id } }', { id: pendingOn(rejected, 'manager'), reason: '不需要' });
      await apiQuery(manager, 'mutation($id: ID!, $reason: String!) { returnApprovalTask(id: $id, reason: $reason) { id } }', { id: pendingOn(returned, 'manager'), reason: '請補充' });
      await apiQuery(worker, 'mutation($id: ID!) { withdrawApprovalRequest(id: $id) { id } }', { id: returned.id });
      await manager.context().close();

      // The admin's dashboard has the approvals card; its link opens the metrics page (last 30 days, every template).
      const card = admin.getByTestId('approvals-card');
      await admin.goto(`${baseUrl}/console/`);
      await expect.poll(async () => Number((await card.getByTestId('approvals-submitted').textContent())?.replace(/\D/g, ''))).toBeGreaterThanOrEqual(3);
      await card.getByRole('link').click();
      await admin.waitForURL(/\/approvals\/metrics$/);
      const ours = admin.locator(`[data-testid="metrics-row"][data-template-id="${templateId}"]`);
      await ours.waitFor();
      // The seeded history's templates are there too, and the total row sums them.
      expect(await admin.getByTestId('metrics-row').count()).toBeGreaterThan(1);
      await admin.getByTestId('metrics-total').waitFor();

      // Only this template.
      await admin.getByTestId('metrics-template').click();
      await admin.getByRole('option', { name: '統計測試申請' }).click();
      await expect.poll(() => admin.getByTestId('metrics-row').count()).toBe(1);
      await expect.poll(() => admin.getByTestId('metrics-total').count()).toBe(0);
      const cell = (column: string) => ours.locator(`[data-column="${column}"]`).textContent();
      expect(await ours.locator('th').textContent()).toBe('統計測試申請');
      expect(
        Object.fromEntries(
          await Promise.all(
            ['submitted', 'approved', 'rejected', 'withdrawn', 'revoked', 'returned', 'rejectionRate', 'returnRate', 'slaBreaches', 'rubberStamps'].map(async (c) => [c, await cell(c)]),
          ),
        ),
      ).toEqual({
        submitted: '3',
        approved: '1',
        rejected: '1',
        withdrawn: '1',
        revoked: '0',
        returned: '1',
        rejectionRate: '50%',
        returnRate: '33.3%',
        slaBreaches: '0',
        // Both approvals came within seconds of their tasks arriving.
        rubberStamps: '2',
      });
      // Two requests ended in approval or rejection, within the run: hours with one decimal.
      expect(await cell('medianCycleHours')).toMatch(/^\d+\.\d$/);

      const cycle = admin.getByTestId('cycle-time-chart');
      expect(await cycle.getAttribute('role')).toBe('img');
      expect(await cycle.getAttribute('aria-label')).toMatch(/^各模板審批週期（小時）: 統計測試申請：中位數 \d+\.\d, 第 90 百分位 \d+\.\d$/);
      const outcomes = admin.getByTestId('outcome-chart-row');
      expect(await outcomes.count()).toBe(1);
      expect(await outcomes.evaluate((row) => ({ ...row.dataset }))).toMatchObject({ name: '統計測試申請', approved: '1', rejected: '1', withdrawn: '1', revoked: '0' });
      expect(await outcomes.getByTestId('outcome-segment').evaluateAll((segments) => segments.map((segment) => segment.getAttribute('data-outcome')))).toEqual(['approved', 'rejected', 'withdrawn']);
      expect(await admin.getByTestId('outcome-chart').getAttribute('aria-label')).toBe('各模板審批結果: 統計測試申請：已批准 1, 已拒絕 1, 已撤回 1, 已撤銷 0');

      // The step view: each step's decisions, rubber stamps and breaches, named as in the template.
      await admin.getByTestId('metrics-view-steps').click();
      await admin.getByTestId('step-flags-chart').waitFor();
      const steps = admin.getByTestId('metrics-step-row');
      expect(
        await steps.evaluateAll((rows) =>
          rows.map((row) => [
            row.querySelector('th')!.textContent,
            ...[...row.querySelectorAll('td')].map((td) => (td.getAttribute('data-column') === 'medianDecisionHours' || td.getAttribute('data-column') === 'p90DecisionHours' ? 'h' : td.textContent)),
          ]),
        ),
      ).toEqual([
        // decided, rejected, returned, median, p90, breaches, rubber stamps (steps in id order)
        ['主管審批', '3', '1', '1', 'h', 'h', '0', '1'],
        ['行政審批', '1', '0', '0', 'h', 'h', '0', '1'],
      ]);
      const flags = admin.getByTestId('step-flags-chart-row');
      expect(await flags.evaluateAll((rows) => rows.map((row) => [row.getAttribute('data-name'), row.getAttribute('data-values')]))).toEqual([
        ['主管審批', '0 1'],
        ['行政審批', '0 1'],
      ]);
      expect(await admin.getByTestId('step-flags-chart').getAttribute('aria-label')).toBe('各節點逾時及橡皮圖章次數: 主管審批：逾時 0, 橡皮圖章 1; 行政審批：逾時 0, 橡皮圖章 1');
      expect(await admin.getByTestId('step-time-chart').getAttribute('aria-label')).toContain('行政審批：中位數 ');

      // A period with nothing in it says so.
      await admin.getByTestId('metrics-period').click();
      await admin.getByRole('option', { name: '自選日期' }).click();
      await admin.getByTestId('metrics-from').fill('01/01/2020');
      await admin.getByTestId('metrics-to').fill('31/01/2020');
      await admin.getByTestId('metrics-empty').waitFor();
      await admin.context().close();

      // The technician: no menu entry, the API refuses the figures, and the page says so when opened by its address.
      await worker.goto(`${baseUrl}/console/`);
      await worker.getByRole('menuitem', { name: '我的申請' }).waitFor();
      expect(await worker.getByRole('menuitem', { name: '審批統計' }).count()).toBe(0);
      expect(await worker.getByTestId('approvals-card').count()).toBe(0);
      const period = { from: new Date(Date.now() - 86_400_000).toISOString(), to: new Date(Date.now() + 86_400_000).toISOString() };
      expect(await errorCodes(worker, 'query($from: DateTimeISO!, $to: DateTimeISO!) { approvalMetrics(from: $from, to: $to) { submitted } }', period)).toEqual(['FORBIDDEN']);
      await worker.goto(`${baseUrl}/console/approvals/metrics`);
      await worker.getByTestId('metrics-error').waitFor();
      expect(await worker.getByTestId('metrics-row').count()).toBe(0);
      await worker.context().close();
    },
    240_000,
  );
});
