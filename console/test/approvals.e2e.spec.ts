import { describe, expect } from 'vitest';
import { apiQuery, baseUrl, browserTest, newPage, signIn, useHarbour } from './support/browser';

/**
 * Approvals end to end: the admin builds a template in the designer (a required text field, one approval step by the
 * direct manager) and publishes it; a technician submits a request on it; their site manager approves it from 我的審批.
 */
useHarbour('approvals');

describe('approvals', () => {
  browserTest(
    'a template built in the designer is published, submitted by a technician and approved by their manager',
    async () => {
      const admin = await newPage();
      await signIn(admin, 'admin@wanghin.example.com');
      await admin.goto(`${baseUrl}/console/approvalTemplates/create`);
      await admin.getByLabel(/^名稱（繁體中文）/).fill('物料申請');

      // The form builder: one required text field.
      await admin.getByRole('button', { name: '新增欄位' }).click();
      await admin.getByRole('menuitem', { name: '單行文字' }).click();
      const field = admin.getByTestId('form-field');
      await field.getByLabel(/^標籤（繁體中文）/).fill('所需物料');
      await field.getByLabel(/^代號/).fill('material');
      await field.getByLabel('必填').check();

      // The flow designer: "+" after the applicant inserts an approval step, by the direct manager unless changed.
      await admin.getByRole('tab', { name: '流程設計' }).click();
      await admin.getByTestId('flow-insert-0').click();
      await admin.getByRole('menuitem', { name: '審批人' }).click();
      const node = admin.getByTestId('flow-node-0');
      await expect.poll(() => node.textContent()).toContain('直屬主管');
      await node.click();
      const panel = admin.getByTestId('flow-panel');
      await panel.getByLabel(/^名稱（繁體中文）/).fill('主管審批');
      await expect.poll(() => panel.getByTestId('approver-rule').textContent()).toContain('直屬主管');
      await expect.poll(() => node.textContent()).toContain('主管審批');

      // A second step by a role with no role chosen: the API's problem is shown on that node and beside its input.
      await admin.getByTestId('flow-insert-1').click();
      await admin.getByRole('menuitem', { name: '審批人' }).click();
      const second = admin.getByTestId('flow-node-1');
      await second.click();
      await panel
        .getByTestId('approver-rule')
        .getByLabel(/^審批人/)
        .click();
      await admin.getByRole('option', { name: '指定角色' }).click();
      await admin.getByRole('button', { name: '儲存' }).click();
      await expect.poll(() => second.getAttribute('data-problems')).toBe('true');
      expect(await node.getAttribute('data-problems')).toBeNull();
      await expect.poll(() => panel.getByTestId('approver-rule').locator('.MuiFormHelperText-root.Mui-error').count()).toBe(1);
      await second.getByRole('button', { name: '刪除' }).click();

      await admin.getByRole('button', { name: '儲存' }).click();
      await admin.getByText('已新增模板').waitFor();
      await admin.waitForURL(/\/approvalTemplates\/[^/]+$/);
      await admin.getByRole('button', { name: '發佈' }).click();
      await admin.getByText('已發佈模板').waitFor();
      await expect.poll(() => admin.getByText('啟用中').count()).toBeGreaterThan(0);
      const templates = await apiQuery(
        admin,
        '{ approvalTemplates(take: 100, filter: { search: "物料申請" }) { items { id status publishedVersion published { flow { id type approvers { kind } } } } } }',
      );
      expect(templates.approvalTemplates.items).toHaveLength(1);
      const [template] = templates.approvalTemplates.items;
      expect(template).toMatchObject({ status: 'ACTIVE', publishedVersion: 1 });
      expect(template.published.flow).toEqual([expect.objectContaining({ type: 'APPROVAL', approvers: [{ kind: 'DIRECT_MANAGER' }] })]);
      await admin.context().close();

      // The technician submits it from 發起申請.
      const worker = await newPage();
      await signIn(worker, 'site1.worker@wanghin.example.com');
      await worker.getByRole('menuitem', { name: '發起申請' }).click();
      await worker.getByTestId('submit-template').filter({ hasText: '物料申請' }).click();
      await worker.getByRole('button', { name: '提交' }).click();
      // The API refuses the empty required field; its message is shown under the input.
      const material = worker.getByLabel(/^所需物料/);
      await expect.poll(() => material.getAttribute('aria-invalid')).toBe('true');
      await material.fill('安全帽 20 個');
      await worker.getByRole('button', { name: '提交' }).click();
      await worker.getByText('已提交申請').waitFor();
      await worker.waitForURL(/\/approvalRequests\/[^/]+\/show$/);
      const requestId = /approvalRequests\/([^/]+)\/show/.exec(worker.url())![1];
      await expect.poll(() => worker.getByTestId('request-status').textContent()).toBe('審批中');
      expect(await worker.getByTestId('request-values').textContent()).toContain('安全帽 20 個');
      await worker.context().close();

      // Their site manager finds it in 我的審批 and approves it.
      const manager = await newPage();
      await signIn(manager, 'site1.manager@wanghin.example.com');
      await manager.getByRole('menuitem', { name: '我的審批' }).click();
      const row = manager.locator('tbody tr').filter({ hasText: '物料申請' });
      await row.first().click();
      await manager.waitForURL(new RegExp(`/approvalRequests/${requestId}/show$`));
      await manager.getByRole('button', { name: '批准' }).click();
      await manager.getByRole('dialog').getByRole('button', { name: '批准' }).click();
      await manager.getByText('已批准').first().waitFor();
      await expect.poll(() => manager.getByTestId('request-status').textContent()).toBe('已批准');
      const done = await apiQuery(manager, 'query($id: ID!) { approvalRequest(id: $id) { status } }', { id: requestId });
      expect(done.approvalRequest.status).toBe('APPROVED');
      await manager.context().close();
    },
    180_000,
  );

  browserTest(
    'the designer builds a condition inside a parallel branch, reorders a nested step, and the API stores the nesting as built',
    async () => {
      const admin = await newPage();
      await signIn(admin, 'admin@wanghin.example.com');
      await admin.goto(`${baseUrl}/console/approvalTemplates/create`);
      await admin.getByLabel(/^名稱（繁體中文）/).fill('嵌套分支申請');
      await admin.getByRole('button', { name: '新增欄位' }).click();
      await admin.getByRole('menuitem', { name: '單行文字' }).click();
      const field = admin.getByTestId('form-field');
      await field.getByLabel(/^標籤（繁體中文）/).fill('備註');
      await field.getByLabel(/^代號/).fill('note');

      await admin.getByRole('tab', { name: '流程設計' }).click();
      // A parallel node; in its first branch a condition (branching nodes are offered inside branches too).
      await admin.getByTestId('flow-insert-0').click();
      await admin.getByRole('menuitem', { name: '並行分支' }).click();
      await admin.getByTestId('flow-insert-0-0-0').click();
      await admin.getByRole('menuitem', { name: '條件分支' }).click();
      await admin.getByTestId('flow-node-0-0-0').waitFor();
      // An approval step in the condition's first branch, one in the parallel node's second branch.
      await admin.getByTestId('flow-insert-0-0-0-0-0').click();
      await admin.getByRole('menuitem', { name: '審批人' }).click();
      await admin.getByTestId('flow-insert-0-1-0').click();
      await admin.getByRole('menuitem', { name: '審批人' }).click();
      // A step after the condition in the first branch, moved up above it: the condition is now second there.
      await admin.getByTestId('flow-insert-0-0-1').click();
      await admin.getByRole('menuitem', { name: '審批人' }).click();
      await admin.getByTestId('flow-node-0-0-1').getByRole('button', { name: '上移' }).click();
      await expect.poll(() => admin.getByTestId('flow-node-0-0-1').textContent()).toContain('條件分支');
      await admin.getByTestId('flow-node-0-0-1-0-0').waitFor();

      // The nested condition's first branch tests the form: 備註 is filled in.
      await admin.getByTestId('flow-branch-0-0-1-0').click();
      const panel = admin.getByTestId('flow-panel');
      await panel.getByRole('button', { name: '新增條件' }).click();
      await panel.getByLabel(/^欄位/).click();
      await admin.getByRole('option', { name: '備註' }).click();
      await panel.getByLabel(/^比較/).click();
      await admin.getByRole('option', { name: '已填寫' }).click();

      await admin.getByRole('button', { name: '儲存' }).click();
      await admin.getByText('已新增模板').waitFor();
      await admin.waitForURL(/\/approvalTemplates\/[^/]+$/);
      await admin.getByRole('button', { name: '發佈' }).click();
      await admin.getByText('已發佈模板').waitFor();
      // The editor loads the template again after publishing (its status and version moved).
      await expect.poll(() => admin.getByText('啟用中').count()).toBeGreaterThan(0);

      // Read back through the API: the published flow has the nesting built above.
      const templates = await apiQuery(
        admin,
        `{ approvalTemplates(take: 100, filter: { search: "嵌套分支申請" }) { items { id status published { flow {
          type branches { nodes { type approvers { kind } branches { isDefault conditions { operand field operator } nodes { type approvers { kind } branches { id } } } } } }
        } } } }`,
      );
      expect(templates.approvalTemplates.items).toHaveLength(1);
      const [template] = templates.approvalTemplates.items;
      expect(template.status).toBe('ACTIVE');
      const approval = { type: 'APPROVAL', approvers: [{ kind: 'DIRECT_MANAGER' }], branches: null };
      expect(template.published.flow).toEqual([
        {
          type: 'PARALLEL',
          branches: [
            {
              nodes: [
                approval,
                {
                  type: 'CONDITION',
                  approvers: null,
                  branches: [
                    { isDefault: null, conditions: [{ operand: 'FIELD', field: 'note', operator: 'IS_NOT_EMPTY' }], nodes: [approval] },
                    { isDefault: true, conditions: null, nodes: [] },
                  ],
                },
              ],
            },
            { nodes: [approval] },
          ],
        },
      ]);

      // Loaded again in the editor, the nested steps are drawn and editable (no "too deep" warning).
      await admin.getByRole('tab', { name: '流程設計' }).click();
      await admin.getByTestId('flow-node-0-0-1-0-0').waitFor();
      expect(await admin.getByRole('button', { name: '儲存' }).count()).toBe(1);
      await admin.context().close();
    },
    180_000,
  );
});
