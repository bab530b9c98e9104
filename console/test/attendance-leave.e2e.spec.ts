import type { Locator, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { apiQuery, browserTest, newPage, pick, signIn, useHarbour } from './support/browser';

/**
 * 假期: HR renames a leave type (an Employment Ordinance accrual without a balance refused under its input), gives a
 * member of staff compensation leave (zero days refused under the days, in the API's words) and reads the balance and
 * its ledger entry. The member asks for a day of it through the API; HR finds the request with the link to its approval,
 * and once their manager approves it, the day is on leave in the computed days and the day is taken from the balance.
 * HR sets a group's make-up punch policy; staff read leave without the buttons to change it.
 */
useHarbour('attendance-leave');

const WORKER = 'site1.worker@wanghin.example.com';
const COMPENSATION = '補假（加班）';
const NOTE = '十一月加班補假';

const pad = (value: number) => String(value).padStart(2, '0');
/** A YYYY-MM-DD day as the console shows it in zh-HK (DD/MM/YYYY). */
const shown = (day: string) => `${day.slice(8)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
/** Today in Hong Kong, the organisation's calendar, as YYYY-MM-DD. */
const hongKongToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Hong_Kong', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const plusDays = (day: string, days: number) => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
};

/**
 * The latest working day before today on the organisation's calendar (weekends and Hong Kong holidays are not) on which
 * the signed-in person has no leave already (the demo's history has some).
 */
async function lastWorkingDay(page: Page): Promise<string> {
  const today = hongKongToday();
  const { attendanceRequests } = await apiQuery(page, '{ attendanceRequests(filter: { kind: LEAVE }, take: 100) { items { status startDate endDate } } }');
  const leave: { status: string; startDate: string; endDate: string }[] = attendanceRequests.items.filter((r: { status: string }) => ['PENDING', 'APPROVED'].includes(r.status));
  for (let back = 1; back <= 20; back += 1) {
    const day = plusDays(today, -back);
    if (leave.some((r) => r.startDate <= day && day <= r.endDate)) continue;
    const { workingDuration } = await apiQuery(page, 'query($f: DateTimeISO!, $t: DateTimeISO!) { workingDuration(from: $f, to: $t) { workingDays } }', {
      f: `${day}T00:00:00+08:00`,
      t: `${plusDays(day, 1)}T00:00:00+08:00`,
    });
    if (workingDuration.workingDays > 0) return day;
  }
  throw new Error('No working day without leave in the last twenty days');
}

const rowWith = (scope: Locator, text: string) => scope.getByRole('row').filter({ hasText: text });

describe('attendance leave', () => {
  browserTest(
    'HR renames a leave type, adjusts a balance, reads it and its ledger, and finds a request with its approval',
    async () => {
      const page = await newPage();
      await signIn(page, 'hr@wanghin.example.com');
      const main = page.locator('main');

      // 假期類別: the standard types, by key. An Employment Ordinance accrual without a balance is refused under the switch.
      await page.getByRole('menuitem', { name: '假期類別' }).click();
      const compensation = rowWith(main, 'compensation');
      await expect.poll(() => compensation.textContent()).toContain('補假');
      expect(await main.getByRole('row').count()).toBe(7);
      await compensation.click();
      await main.getByLabel(/^繁體中文名稱/).fill(COMPENSATION);
      await main.getByRole('combobox', { name: /^累算方式/ }).click();
      await page.getByRole('option', { name: '《僱傭條例》：年假' }).click();
      await main.getByLabel(/^須扣減結餘/).uncheck();
      await main.getByRole('button', { name: '儲存' }).click();
      const needsBalance = main.locator('.ra-input-needsBalance');
      await expect.poll(() => needsBalance.textContent()).toContain('按《僱傭條例》累算的假期類別必須設有結餘。');

      // With a balance and no accrual again, the new name is saved and listed.
      await main.getByLabel(/^須扣減結餘/).check();
      await main.getByRole('combobox', { name: /^累算方式/ }).click();
      await page.getByRole('option', { name: /^不自動累算/ }).click();
      await main.getByRole('button', { name: '儲存' }).click();
      await page.getByText(`已更新 ${COMPENSATION} 的資料`).waitFor();
      await expect.poll(() => compensation.getByRole('cell').allTextContents()).toEqual([COMPENSATION, 'compensation', '是', '是', '不自動累算（只按發放及調整）', '是']);
      const types = (await apiQuery(page, '{ attendanceLeaveTypes { id key nameZhHk needsBalance policy } }')).attendanceLeaveTypes;
      const type = types.find((candidate: { key: string }) => candidate.key === 'compensation');
      expect(type).toMatchObject({ nameZhHk: COMPENSATION, needsBalance: true, policy: 'NONE' });

      // 假期結餘 opens on today; 調整 gives the worker two days, after zero days is refused under the days.
      const { people } = await apiQuery(page, 'query($q: String) { people(filter: { search: $q }) { items { id displayName } } }', { q: WORKER });
      const worker: { id: string; displayName: string } = people.items[0];
      await page.getByRole('menuitem', { name: '假期結餘' }).click();
      const now = new Date();
      await expect.poll(() => main.getByLabel(/^截至/).inputValue()).toBe(`${pad(now.getDate())}/${pad(now.getMonth() + 1)}/${now.getFullYear()}`);
      await main.getByTestId('adjust-leave').click();
      const dialog = page.getByRole('dialog');
      await pick(page, dialog, /^人員/, WORKER, worker.displayName);
      await dialog.getByRole('combobox', { name: /^假期類別/ }).click();
      expect(await page.getByRole('option').allTextContents()).toEqual(['年假', COMPENSATION, '病假']);
      await page.getByRole('option', { name: COMPENSATION }).click();
      await dialog.getByLabel(/^日數/).fill('0');
      await dialog.getByLabel(/^原因/).fill(NOTE);
      await dialog.getByRole('button', { name: '調整' }).click();
      await expect.poll(() => dialog.locator('.ra-input-days').textContent()).toContain('請填寫不為零的日數，最多兩個小數位。');
      await dialog.getByLabel(/^日數/).fill('2');
      await dialog.getByRole('button', { name: '調整' }).click();
      await page.getByText(`已調整假期結餘：${worker.displayName}，${COMPENSATION} +2 日`).waitFor();
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

      // The worker's balances: every type that needs one, compensation leave with the two days.
      await pick(page, main, /^人員/, WORKER, worker.displayName);
      await expect.poll(() => main.locator('tbody tr td:nth-child(2)').allTextContents()).toEqual(['年假', COMPENSATION, '病假']);
      const balance = rowWith(main, COMPENSATION);
      expect(await balance.getByTestId('balance-available').textContent()).toBe('2');
      expect((await balance.getByRole('cell').allTextContents()).slice(0, 6)).toEqual([worker.displayName, COMPENSATION, '2', '2', '—', '—']);

      // Its ledger: the adjustment, from the entitlement to what can be taken, with the reason.
      await balance.getByRole('link', { name: '記錄' }).click();
      await page.waitForURL(/\/attendanceLeaveEntries\?/);
      const entry = rowWith(main, NOTE);
      await expect
        .poll(() => entry.getByRole('cell').allTextContents())
        .toEqual([shown(`${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`), worker.displayName, COMPENSATION, '調整', '應得 → 可用', '2', '+2', NOTE]);

      // The worker asks for a day of it (the last working day), through the API.
      const staff = await newPage();
      await signIn(staff, WORKER);
      const day = await lastWorkingDay(staff);
      const { requestAttendanceLeave: request } = await apiQuery(
        staff,
        'mutation($input: AttendanceLeaveRequestInput!) { requestAttendanceLeave(input: $input) { id status days approvalRequestId } }',
        {
          input: { leaveTypeId: type.id, startDate: day, endDate: day, reason: '家事' },
        },
      );
      expect(request).toMatchObject({ status: 'PENDING', days: 1 });

      // HR finds it among the requests, pending, and opens its approval.
      await page.getByRole('menuitem', { name: '請假及補卡申請' }).click();
      const asked = rowWith(main, '家事');
      await expect.poll(() => asked.getByTestId('request-status').textContent()).toBe('審批中');
      expect(await asked.getByRole('cell').allTextContents()).toEqual([worker.displayName, '請假', COMPENSATION, shown(day), '1', '—', '家事', '審批中', '查看審批']);
      await main.getByRole('combobox', { name: /^類別/ }).click();
      await page.getByRole('option', { name: '補卡' }).click();
      await expect.poll(() => rowWith(main, '家事').count()).toBe(0);
      await main.getByRole('combobox', { name: /^類別/ }).click();
      await page.getByRole('option', { name: '請假' }).click();
      await asked.getByTestId('approval-link').click();
      await page.waitForURL(new RegExp(`/approvalRequests/${request.approvalRequestId}/show$`));
      await page.getByTestId('timeline').waitFor();

      // The worker's manager approves it: the request is approved, the day taken from the balance and shown on leave.
      const manager = await newPage();
      await signIn(manager, 'site1.manager@wanghin.example.com');
      const { approvalRequest } = await apiQuery(manager, 'query($id: ID!) { approvalRequest(id: $id) { tasks { id status } } }', { id: request.approvalRequestId });
      const task = approvalRequest.tasks.find((candidate: { status: string }) => candidate.status === 'PENDING');
      await apiQuery(manager, 'mutation($id: ID!) { approveApprovalTask(id: $id) { id } }', { id: task.id });
      await manager.context().close();

      await page.getByRole('menuitem', { name: '請假及補卡申請' }).click();
      await expect
        .poll(async () => {
          await page.getByRole('button', { name: '重新整理' }).click();
          return rowWith(main, '家事').getByTestId('request-status').textContent();
        })
        .toBe('已批准');

      await page.getByRole('menuitem', { name: '每日考勤' }).click();
      await pick(page, main, /^人員/, WORKER, worker.displayName);
      const onLeave = main.getByRole('row').filter({ hasText: shown(day) });
      await expect.poll(() => onLeave.getByTestId('day-leave').textContent()).toBe(COMPENSATION);
      expect(await onLeave.textContent()).toContain('休假');

      // The balances keep their filter (the worker): the day is taken.
      await page.getByRole('menuitem', { name: '假期結餘' }).click();
      await expect.poll(() => rowWith(main, COMPENSATION).getByTestId('balance-available').textContent()).toBe('1');
      expect((await rowWith(main, COMPENSATION).getByRole('cell').allTextContents()).slice(2, 6)).toEqual(['1', '2', '1', '—']);
      await staff.context().close();
      await page.context().close();
    },
    120_000,
  );

  browserTest('HR sets the make-up punch policy of a group, sent whole with the rest of the group', async () => {
    const page = await newPage();
    await signIn(page, 'hr@wanghin.example.com');
    const main = page.locator('main');
    await page.getByRole('menuitem', { name: '考勤組' }).click();
    const site = rowWith(main, '地盤員工');
    await expect.poll(() => site.textContent()).toContain('每月最多 3 次，3 個工作天內：上班卡、下班卡');
    const before = (await apiQuery(page, '{ attendanceGroups(take: 10) { items { name placeIds departmentIds monitoringNotice shift { id } } } }')).attendanceGroups.items.find(
      (group: { name: string }) => group.name === '地盤員工',
    );

    await site.click();
    await expect.poll(() => main.getByLabel(/^每月補卡次數/).inputValue()).toBe('3');
    expect(await main.getByLabel(/^須於幾個工作天內申請/).inputValue()).toBe('3');
    expect(await main.getByLabel('上班卡').isChecked()).toBe(true);
    expect(await main.getByLabel('下班卡').isChecked()).toBe(true);
    await main.getByLabel(/^每月補卡次數/).fill('5');
    await main.getByLabel(/^須於幾個工作天內申請/).fill('2');
    await main.getByLabel('上班卡').uncheck();
    await main.getByRole('button', { name: '儲存' }).click();
    await page.getByText('已更新 地盤員工 的資料').waitFor();
    await expect.poll(() => site.textContent()).toContain('每月最多 5 次，2 個工作天內：下班卡');

    const after = (
      await apiQuery(page, '{ attendanceGroups(take: 10) { items { name placeIds departmentIds monitoringNotice shift { id } makeUpPerMonth makeUpDeadlineDays makeUpTypes } } }')
    ).attendanceGroups.items.find((group: { name: string }) => group.name === '地盤員工');
    expect(after).toEqual({ ...before, makeUpPerMonth: 5, makeUpDeadlineDays: 2, makeUpTypes: ['OUT'] });
    await page.context().close();
  });

  browserTest('a member of staff reads leave types, their balances and their requests, without the buttons to change them', async () => {
    const page = await newPage();
    await signIn(page, WORKER);
    const main = page.locator('main');
    // The types are listed, but a row opens no form.
    await page.getByRole('menuitem', { name: '假期類別' }).click();
    const annual = rowWith(main, 'annual');
    await expect.poll(() => annual.textContent()).toContain('年假');
    expect(await annual.getAttribute('class')).not.toContain('RaDataTable-clickableRow');

    await page.getByRole('menuitem', { name: '假期結餘' }).click();
    await main
      .getByText(/找不到任何假期結餘|暫時未有假期結餘/)
      .or(main.locator('tbody tr').first())
      .waitFor();
    expect(await main.getByRole('button', { name: '調整' }).count()).toBe(0);

    await page.getByRole('menuitem', { name: '請假及補卡申請' }).click();
    await main
      .getByText(/找不到任何請假及補卡申請|暫時未有請假及補卡申請/)
      .or(main.locator('tbody tr').first())
      .waitFor();
    const shownPeople = await main.locator('tbody tr td:first-child').allTextContents();
    expect(shownPeople.filter((name) => name !== shownPeople[0])).toEqual([]);
    await page.context().close();
  });
});
