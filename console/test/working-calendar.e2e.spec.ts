import { describe, expect } from 'vitest';
import { apiQuery, baseUrl, browserTest, newPage, signIn, useHarbour } from './support/browser';

/**
 * 工作時間及假期: HR adds a company holiday and finds it listed with its badge, then works a Saturday in its place (a
 * make-up working day with Monday's hours) and removes it again; staff have no menu entry for it.
 */
useHarbour('working-calendar');

describe('working calendar', () => {
  browserTest('HR adds a company holiday and sees it listed among the Hong Kong ones, with its badge', async () => {
    const page = await newPage();
    await signIn(page, 'hr@wanghin.example.com');
    await page.getByRole('menuitem', { name: '工作時間及假期' }).click();
    await expect.poll(() => page.getByTestId('weekly-hours').getByTestId('weekday-1').textContent()).toContain('星期一');

    await page.getByRole('button', { name: '新增公司假期' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^日期/).fill('13/08/2027');
    await dialog.getByLabel(/^名稱（繁體中文）/).fill('公司旅行日');
    await dialog.getByRole('button', { name: '新增公司假期' }).click();
    await page.getByText('已新增假期：公司旅行日').waitFor();

    // The list moves to the holiday's year: 2027, with Hong Kong's holidays around the new one.
    const rows = page.getByTestId('holidays').getByTestId('holiday-row');
    const companyDay = rows.filter({ hasText: '公司旅行日' });
    await expect.poll(() => companyDay.textContent()).toContain('13/08/2027');
    expect(await companyDay.textContent()).toContain('星期五');
    expect(await companyDay.textContent()).toContain('公司假期');
    const nationalDay = rows.filter({ hasText: '國慶日' });
    expect(await nationalDay.textContent()).toContain('01/10/2027');
    expect(await nationalDay.textContent()).toMatch(/法定假日.*公眾假期/);
    expect(await nationalDay.textContent()).not.toContain('公司假期');
    expect(await rows.count()).toBe(19);

    const data = await apiQuery(page, '{ workingCalendar { holidays(year: 2027) { date nameZhHk source } } }');
    expect(data.workingCalendar.holidays).toContainEqual({ date: '2027-08-13', nameZhHk: '公司旅行日', source: 'COMPANY' });
    await page.context().close();
  });

  browserTest('HR makes a Saturday a working day with Monday’s hours, sees it counted as working time, and removes it', async () => {
    const page = await newPage();
    await signIn(page, 'hr@wanghin.example.com');
    await page.getByRole('menuitem', { name: '工作時間及假期' }).click();
    const panel = page.getByTestId('make-up-workdays');
    await panel.getByRole('button', { name: '新增補班日' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^日期/).fill('21/08/2027');
    // Monday's hours are there to start with: the morning and the afternoon.
    const starts = dialog.getByLabel(/^由/);
    await expect.poll(() => starts.count()).toBe(2);
    expect(await starts.nth(0).inputValue()).toBe('09:00');
    expect(await dialog.getByLabel(/^至/).nth(1).inputValue()).toBe('18:00');
    await dialog.getByLabel(/^原因（繁體中文）/).fill('補 8 月 13 日');
    await dialog.getByRole('button', { name: '新增補班日' }).click();
    await page.getByText('已新增補班日：21/08/2027').waitFor();

    const row = panel.getByTestId('make-up-workday-row').filter({ hasText: '21/08/2027' });
    await expect.poll(() => row.textContent()).toContain('09:00–13:00, 14:00–18:00');
    expect(await row.textContent()).toContain('星期六');
    expect(await row.textContent()).toContain('補 8 月 13 日');
    expect(await panel.getByRole('heading').textContent()).toBe('2027 年的補班日');
    const worked = await apiQuery(page, '{ workingDuration(from: "2027-08-21T00:00:00+08:00", to: "2027-08-22T00:00:00+08:00") { workingDays workingHours } }');
    expect(worked.workingDuration).toEqual({ workingDays: 1, workingHours: 8 });

    await row.getByRole('button', { name: '移除 21/08/2027' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '移除' }).click();
    await page.getByText('已移除補班日：21/08/2027').waitFor();
    await expect.poll(() => panel.textContent()).toContain('2027 年沒有補班日。');
    const data = await apiQuery(page, '{ workingCalendar { makeUpWorkdays { date } } }');
    expect(data.workingCalendar.makeUpWorkdays).toEqual([]);
    await page.context().close();
  });

  browserTest('a member of staff has no menu entry, and sees the calendar without buttons at its address', async () => {
    const page = await newPage();
    await signIn(page, 'site1.worker@wanghin.example.com');
    await page.getByRole('menuitem', { name: '公告' }).waitFor();
    expect(await page.getByRole('menuitem', { name: '工作時間及假期' }).count()).toBe(0);
    await page.goto(`${baseUrl}/console/working-calendar`);
    await expect.poll(() => page.getByTestId('holidays').getByTestId('holiday-row').count()).toBeGreaterThan(10);
    expect(await page.getByRole('button', { name: '新增公司假期' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '儲存工作時間' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '新增補班日' }).count()).toBe(0);
    await page.context().close();
  });
});
