import { describe, expect } from 'vitest';
import { apiQuery, baseUrl, browserTest, newPage, signIn, useHarbour } from './support/browser';

/** 工作時間及假期: HR adds a company holiday and finds it listed with its badge; staff have no menu entry for it. */
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

  browserTest('a member of staff has no menu entry, and sees the calendar without buttons at its address', async () => {
    const page = await newPage();
    await signIn(page, 'site1.worker@wanghin.example.com');
    await page.getByRole('menuitem', { name: '公告' }).waitFor();
    expect(await page.getByRole('menuitem', { name: '工作時間及假期' }).count()).toBe(0);
    await page.goto(`${baseUrl}/console/working-calendar`);
    await expect.poll(() => page.getByTestId('holidays').getByTestId('holiday-row').count()).toBeGreaterThan(10);
    expect(await page.getByRole('button', { name: '新增公司假期' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: '儲存工作時間' }).count()).toBe(0);
    await page.context().close();
  });
});
