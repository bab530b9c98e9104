import type { Locator, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { apiQuery, browserTest, newPage, signIn, useHarbour } from './support/browser';

/**
 * 排班表: HR rosters a member of a rostered group for two days of next week and saves (the grid read again after a
 * reload), is told by the API that a locked month's day cannot change, and imports a roster file whose bad row is
 * named with its line, then the file without it. A member of staff reads the roster without the buttons.
 */
useHarbour('attendance-roster');

const pad = (value: number) => String(value).padStart(2, '0');
const iso = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
/** A YYYY-MM-DD day as the console shows and takes it in zh-HK (DD/MM/YYYY). */
const shown = (day: string) => `${day.slice(8)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;

/** The browser's today and the Monday to Sunday of next week (the browser runs on this machine, in its time zone). */
function days() {
  const today = new Date();
  const monday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - ((today.getDay() + 6) % 7) + 7);
  const next = Array.from({ length: 7 }, (_, index) => iso(new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + index)));
  return { today: iso(today), next };
}

const SHIFT = '早更';

interface Member {
  id: string;
  displayName: string;
  workEmail: string;
  employeeNo: string;
}

/** A shift and a rostered group with one member of 地盤二組 (made through the API as HR), and that member. */
async function rosteredMember(page: Page): Promise<Member> {
  const { departments } = await apiQuery(page, '{ departments(filter: { search: "地盤二組" }) { items { id } } }');
  const { people } = await apiQuery(page, 'query($d: ID!) { people(filter: { departmentId: $d }, take: 5) { items { id displayName workEmail employeeNo } } }', { d: departments.items[0].id });
  const member: Member = people.items[people.items.length - 1];
  await apiQuery(page, 'mutation($input: AttendanceShiftInput!) { createAttendanceShift(input: $input) { id } }', { input: { name: SHIFT, start: '07:00', end: '15:00' } });
  await apiQuery(page, 'mutation($input: AttendanceGroupInput!) { createAttendanceGroup(input: $input) { id } }', { input: { name: '輪班地盤', personIds: [member.id], rostered: true } });
  return member;
}

const cell = (main: Locator, personId: string, day: string) => main.locator(`[data-testid="roster-row"][data-person="${personId}"] [data-testid="roster-cell"][data-date="${day}"]`);

/** Chooses a cell's shift (or 休息) from its list. */
async function choose(page: Page, main: Locator, personId: string, day: string, option: string | RegExp): Promise<void> {
  await cell(main, personId, day).getByRole('combobox').click();
  await page.getByRole('option', { name: option }).click();
}

describe('attendance roster', () => {
  browserTest('HR rosters a member for two days and saves; a locked month is refused with the API’s sentence; a roster file’s bad row is named', async () => {
    const { today, next } = days();
    const page = await newPage();
    await signIn(page, 'hr@wanghin.example.com');
    const main = page.locator('main');
    const member = await rosteredMember(page);

    // The roster opens on this week; next week has nobody yet.
    await page.getByRole('menuitem', { name: '排班表' }).click();
    const week = main.getByTestId('roster-week');
    await main.getByTestId('roster-empty').or(main.getByTestId('roster-row').first()).waitFor();
    await main.getByRole('button', { name: '下一週' }).click();
    await expect.poll(() => week.textContent()).toBe(`${shown(next[0])} – ${shown(next[6])}`);
    await main.getByTestId('roster-empty').waitFor();

    // HR adds the member's row (found by staff number) and gives them the early shift on Monday and Tuesday.
    await main.getByLabel('加入人員').fill(member.employeeNo);
    await page.getByRole('option', { name: new RegExp(`^${member.displayName}`) }).click();
    await choose(page, main, member.id, next[0], new RegExp(`^${SHIFT}`));
    await choose(page, main, member.id, next[1], new RegExp(`^${SHIFT}`));
    await expect.poll(() => main.getByTestId('roster-changes').textContent()).toBe('2 項修改尚未儲存');
    await main.getByRole('button', { name: '儲存' }).click();
    await page.getByText('已儲存 2 日的排班').waitFor();
    await expect.poll(() => main.getByTestId('roster-changes').count()).toBe(0);

    // Read again after a reload: the page opens on this week; typing a day of next week goes to it, with both days.
    await page.reload();
    await main.getByTestId('roster-empty').or(main.getByTestId('roster-row').first()).waitFor();
    await main.getByLabel('跳至該日所在的一週').fill(shown(next[3]));
    await expect.poll(() => week.textContent()).toBe(`${shown(next[0])} – ${shown(next[6])}`);
    await expect.poll(() => cell(main, member.id, next[0]).textContent()).toContain(SHIFT);
    expect(await cell(main, member.id, next[1]).textContent()).toContain(SHIFT);
    expect(await cell(main, member.id, next[2]).textContent()).toContain('—');
    const read = async (from: string, to: string) =>
      (
        await apiQuery(page, 'query($f: String!, $t: String!) { attendanceRoster(from: $f, to: $t, take: 100) { items { date restDay person { id } shift { name } } } }', { f: from, t: to })
      ).attendanceRoster.items.filter((entry: { person: { id: string } }) => entry.person.id === member.id);
    expect(await read(next[0], next[6])).toEqual([
      { date: next[0], restDay: false, person: { id: member.id }, shift: { name: SHIFT } },
      { date: next[1], restDay: false, person: { id: member.id }, shift: { name: SHIFT } },
    ]);

    // This month locked for payroll: a day of it is refused, said in the API's words, and nothing changes.
    const month = today.slice(0, 7);
    await apiQuery(page, 'mutation($m: String!) { lockAttendanceMonth(month: $m) { status } }', { m: month });
    await main.getByRole('button', { name: '本週' }).click();
    await main.getByLabel('加入人員').fill(member.employeeNo);
    await page.getByRole('option', { name: new RegExp(`^${member.displayName}`) }).click();
    await choose(page, main, member.id, today, '休息');
    await main.getByRole('button', { name: '儲存' }).click();
    await expect.poll(() => main.getByTestId('roster-failure').textContent()).toMatch(/已為計糧鎖定，考勤不能再更改。/);
    expect(await read(today, today)).toEqual([]);
    await apiQuery(page, 'mutation($m: String!) { reopenAttendanceMonth(month: $m, reason: "排班測試") { status } }', { m: month });
    await main.getByRole('button', { name: '放棄修改' }).click();
    await expect.poll(() => main.getByTestId('roster-changes').count()).toBe(0);

    // A roster file whose second row names nobody: refused whole, the row named with its line and the API's sentence.
    await main.getByRole('button', { name: '匯入' }).click();
    const dialog = page.getByRole('dialog');
    const good = `${member.workEmail},${next[2]},${SHIFT}`;
    const bad = `nobody@wanghin.example.com,${next[3]},${SHIFT}`;
    await dialog.getByLabel('CSV 內容').fill(`person,date,shift\n${good}\n${bad}\n${member.employeeNo},${next[4]},休息\n`);
    await dialog.getByRole('button', { name: '匯入' }).click();
    const problems = dialog.getByTestId('roster-import-problems');
    await problems.waitFor();
    expect(await problems.locator('tbody tr').count()).toBe(1);
    expect(await problems.locator('tbody tr td').allTextContents()).toEqual(['2', 'person', bad, '引用的項目不存在。']);
    expect(await dialog.getByTestId('roster-import-failure').textContent()).toBe('檔案有 1 個問題，未有匯入任何排班。');
    expect(await read(next[2], next[4])).toEqual([]);

    // Without it, the file is imported: Wednesday's shift and Friday's rest day are in next week's grid.
    await dialog.getByLabel('CSV 內容').fill(`person,date,shift\n${good}\n${member.employeeNo},${next[4]},休息\n`);
    await dialog.getByRole('button', { name: '匯入' }).click();
    await page.getByText('已匯入 2 日的排班').waitFor();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await main.getByRole('button', { name: '下一週' }).click();
    await expect.poll(() => cell(main, member.id, next[2]).textContent()).toContain(SHIFT);
    expect(await cell(main, member.id, next[4]).textContent()).toContain('休息');
    expect((await read(next[2], next[4])).map((entry: { date: string; restDay: boolean }) => [entry.date, entry.restDay])).toEqual([
      [next[2], false],
      [next[4], true],
    ]);
    await page.context().close();
  });

  browserTest('a member of staff reads the roster without the buttons to change or import it', async () => {
    const page = await newPage();
    await signIn(page, 'site1.worker@wanghin.example.com');
    const main = page.locator('main');
    await page.getByRole('menuitem', { name: '排班表' }).click();
    await main.getByTestId('roster-empty').or(main.getByTestId('roster-row').first()).waitFor();
    expect(await main.getByRole('button', { name: '儲存' }).count()).toBe(0);
    expect(await main.getByRole('button', { name: '匯入' }).count()).toBe(0);
    expect(await main.getByLabel('加入人員').count()).toBe(0);
    await page.context().close();
  });
});
