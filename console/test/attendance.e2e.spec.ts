import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import { apiQuery, browserTest, newPage, pick, signIn, useHarbour } from './support/browser';

/**
 * 考勤: HR adds a place (the API's range error shown under the radius, then a Wi-Fi BSSID typed with dashes), a shift
 * and a group of a department with both; the place a group uses cannot be deleted. HR recomputes computed days (a range
 * too long refused under its input). Staff see only their own punches and days, without the buttons. HR locks this month
 * for payroll and reopens it (the reason required by the API), and downloads the monthly report as CSV.
 */
useHarbour('attendance');

describe('attendance', () => {
  browserTest('HR adds a place, a shift and a group with them, each form showing the API’s problems under its inputs', async () => {
    const page = await newPage();
    await signIn(page, 'hr@wanghin.example.com');
    const main = page.locator('main');

    // A place: a radius of 50 m is refused by the API, under the radius input.
    await page.getByRole('menuitem', { name: '打卡地點' }).click();
    await main.getByRole('link', { name: '新增' }).click();
    await main.getByLabel(/^名稱/).fill('測試寫字樓');
    await main.getByLabel(/^地址/).fill('觀塘道 388 號');
    await main.getByLabel(/^緯度/).fill('22.3123');
    await main.getByLabel(/^經度/).fill('114.2255');
    const radius = main.locator('.ra-input-radiusMeters');
    await radius.getByLabel(/^半徑（米）/).fill('50');
    await main.getByRole('button', { name: '儲存' }).click();
    await expect.poll(() => radius.textContent()).toContain('必須是 100 至 3000 之間的整數。');

    // Fixed, with a BSSID as a phone's settings show it (dashes, capitals) and one that is none: the API's problem with
    // the second (wifiBssids.1) is shown under the second input. Without it, the place is saved and the list counts it.
    await radius.getByLabel(/^半徑（米）/).fill('300');
    const wifi = main.getByTestId('list-wifiBssids');
    const bssids = wifi.locator('.RaSimpleFormIterator-line');
    await wifi.getByRole('button', { name: '新增' }).click();
    await bssids
      .nth(0)
      .getByLabel(/^BSSID/)
      .fill('AA-BB-CC-DD-EE-01');
    await wifi.getByRole('button', { name: '新增' }).click();
    await bssids
      .nth(1)
      .getByLabel(/^BSSID/)
      .fill('AA-BB-CC');
    await main.getByRole('button', { name: '儲存' }).click();
    await expect.poll(() => bssids.nth(1).textContent()).toContain('不是有效的 Wi-Fi BSSID');
    expect(await bssids.nth(0).textContent()).not.toContain('不是有效的 Wi-Fi BSSID');
    expect(await radius.textContent()).not.toContain('必須是');
    // react-admin shows an entry's remove button while the pointer is over it.
    await bssids.nth(1).hover();
    await bssids.nth(1).getByRole('button', { name: '移除' }).click();
    await main.getByRole('button', { name: '儲存' }).click();
    await page.getByText('已新增 測試寫字樓').waitFor();
    const placeRow = main.getByRole('row').filter({ hasText: '測試寫字樓' });
    await expect.poll(() => placeRow.textContent()).toContain('300 米');
    expect(await placeRow.getByRole('cell').allTextContents()).toEqual(['測試寫字樓', '觀塘道 388 號', '300 米', '1', '0']);

    // A shift, 08:00–17:00.
    await page.getByRole('menuitem', { name: '班次' }).click();
    await main.getByRole('link', { name: '新增' }).click();
    await main.getByLabel(/^名稱/).fill('寫字樓 08:00–17:00');
    await main.getByLabel(/^上班\s*\*?$/).fill('08:00');
    await main.getByLabel(/^下班\s*\*?$/).fill('17:00');
    expect(await main.getByTestId('overnight').count()).toBe(0);
    await main.getByRole('button', { name: '儲存' }).click();
    await page.getByText('已新增 寫字樓 08:00–17:00').waitFor();
    await expect.poll(() => main.getByRole('row').filter({ hasText: '寫字樓 08:00–17:00' }).textContent()).toContain('08:00–17:00');

    // A group: the HR department, the place and the shift.
    await page.getByRole('menuitem', { name: '考勤組' }).click();
    await main.getByRole('link', { name: '新增' }).click();
    await main.getByLabel(/^名稱/).fill('總辦事處員工');
    await pick(page, main, /^部門/, '人力資源', '人力資源部');
    await pick(page, main, /^打卡地點/, '測試', '測試寫字樓');
    await main.getByRole('combobox', { name: /^班次/ }).click();
    await page.getByRole('option', { name: '寫字樓 08:00–17:00' }).click();
    await main.getByRole('button', { name: '儲存' }).click();
    await page.getByText('已新增 總辦事處員工').waitFor();
    const groupRow = main.getByRole('row').filter({ hasText: '總辦事處員工' });
    await expect.poll(() => groupRow.textContent()).toContain('寫字樓 08:00–17:00');

    const data = await apiQuery(
      page,
      `{
        attendancePlaces(take: 10) { items { id name radiusMeters wifiBssids } }
        attendanceShifts(take: 10) { items { id name start end } }
        attendanceGroups(take: 10) { items { name departmentIds placeIds shift { id } } }
        departments(filter: { search: "人力資源部" }) { items { id } }
      }`,
    );
    const place = data.attendancePlaces.items.find((item: { name: string }) => item.name === '測試寫字樓');
    expect(place).toMatchObject({ radiusMeters: 300, wifiBssids: ['aa:bb:cc:dd:ee:01'] });
    const shift = data.attendanceShifts.items.find((item: { name: string }) => item.name === '寫字樓 08:00–17:00');
    expect(shift).toMatchObject({ start: '08:00', end: '17:00' });
    const group = data.attendanceGroups.items.find((item: { name: string }) => item.name === '總辦事處員工');
    expect(group).toEqual({ name: '總辦事處員工', departmentIds: [data.departments.items[0].id], placeIds: [place.id], shift: { id: shift.id } });

    // The place is the group's: deleting it is refused with the API's sentence naming the group.
    await page.getByRole('menuitem', { name: '打卡地點' }).click();
    await main.getByRole('row').filter({ hasText: '測試寫字樓' }).click();
    await main.getByRole('button', { name: '刪除' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '確定' }).click();
    await page.getByText('此地點正被 總辦事處員工 使用，請先從這些考勤組移除。').waitFor();
    const places = (await apiQuery(page, '{ attendancePlaces(take: 100) { items { name } } }')).attendancePlaces.items.map((item: { name: string }) => item.name);
    expect(places).toContain('測試寫字樓');
    await page.context().close();
  });

  browserTest('HR recomputes attendance days, the API’s range problem shown under “to”; staff read their days without the button', async () => {
    // Days as the console types them in zh-HK (DD/MM/YYYY), counted from the browser's today (the same machine's).
    const day = (offset: number) => {
      const date = new Date();
      date.setDate(date.getDate() + offset);
      return `${String(date.getDate()).padStart(2, '0')}/${String(date.getMonth() + 1).padStart(2, '0')}/${date.getFullYear()}`;
    };
    const page = await newPage();
    await signIn(page, 'hr@wanghin.example.com');
    const main = page.locator('main');
    await page.getByRole('menuitem', { name: '每日考勤' }).click();
    // The list opens on the last 7 days.
    await expect.poll(() => main.getByLabel(/^由工作日/).inputValue()).toBe(day(-6));
    expect(await main.getByLabel(/^至工作日/).inputValue()).toBe(day(0));

    // 100 days: the API refuses the range, under the “to” input.
    await main.getByRole('button', { name: '重新計算' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^由工作日/).fill(day(-99));
    await dialog.getByLabel(/^至工作日/).fill(day(0));
    await dialog.getByRole('button', { name: '重新計算' }).click();
    const to = dialog.locator('.ra-input-to');
    await expect.poll(() => to.textContent()).toContain('請選擇不多於 62 日的範圍，而結束日不可早於開始日。');
    expect(await dialog.locator('.ra-input-from').textContent()).not.toContain('請選擇');

    // A week from the same start: queued, and said so.
    await dialog.getByLabel(/^至工作日/).fill(day(-93));
    await dialog.getByRole('button', { name: '重新計算' }).click();
    await page.getByText(/^已安排重新計算 \d+ 人日的考勤$/).waitFor();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.context().close();

    // A member of staff reads their own days, and may not recompute any.
    const worker = await newPage();
    await signIn(worker, 'site1.worker@wanghin.example.com');
    await worker.getByRole('menuitem', { name: '每日考勤' }).click();
    await worker.locator('main').getByText('按目前篩選條件找不到任何每日考勤。').or(worker.locator('main tbody tr').first()).waitFor();
    expect(await worker.locator('main').getByRole('button', { name: '重新計算' }).count()).toBe(0);
    const { myPermissions, attendanceDays } = await apiQuery(worker, '{ myPermissions { subject action allowed } attendanceDays(take: 5) { totalCount } }');
    expect(attendanceDays.totalCount).toBeGreaterThanOrEqual(0);
    expect(myPermissions.filter((p: { subject: string; action: string; allowed: boolean }) => p.subject === 'AttendanceDay' && p.allowed).map((p: { action: string }) => p.action)).toEqual(['read']);
    await worker.context().close();
  });

  browserTest('a member of staff reads their own punches and the places, without buttons to change them', async () => {
    const page = await newPage();
    await signIn(page, 'site1.worker@wanghin.example.com');
    const main = page.locator('main');
    // The demo's three months of their punches at the Kai Tak site, and nobody else's.
    await page.getByRole('menuitem', { name: '打卡記錄' }).click();
    await main.locator('tbody tr').first().waitFor();
    expect(new Set(await main.locator('tbody tr td:first-child').allTextContents()).size).toBe(1);
    expect(await main.locator('tbody tr td:nth-child(5)').allTextContents()).toContain('啟德地盤');
    expect(await page.getByRole('menuitem', { name: '考勤組' }).count()).toBe(0);
    await page.getByRole('menuitem', { name: '打卡地點' }).click();
    await main
      .getByText(/測試寫字樓|暫時未有打卡地點。/)
      .first()
      .waitFor();
    expect(await main.getByRole('link', { name: '新增' }).count()).toBe(0);
    await page.context().close();
  });

  browserTest('HR locks this month, reopens it with a reason (an empty one refused by the API), and downloads its report as CSV', async () => {
    const now = new Date();
    const month = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
    const page = await newPage();
    await signIn(page, 'hr@wanghin.example.com');
    const main = page.locator('main');

    // 考勤月份 opens on this year; this month is open until HR locks it, having been told what locking refuses.
    await page.getByRole('menuitem', { name: '考勤月份' }).click();
    const row = main.locator(`[data-testid="attendance-month-row"][data-month="${month}"]`);
    const status = row.getByTestId('month-status');
    await expect.poll(() => status.textContent()).toBe('開放');
    expect(await main.getByTestId('attendance-month-row').count()).toBe(12);
    await row.getByRole('button', { name: '鎖定', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/遲交（離線）打卡會被拒絕，重新計算亦會略過該月份/).waitFor();
    await dialog.getByRole('button', { name: '鎖定', exact: true }).click();
    await expect.poll(() => status.textContent()).toBe('已鎖定');
    expect(await row.getByRole('button', { name: '鎖定', exact: true }).count()).toBe(0);

    // Reopening without a reason: the API's REQUIRED, under the reason; the month stays locked.
    await row.getByRole('button', { name: '重新開放', exact: true }).click();
    await dialog.getByRole('button', { name: '重新開放', exact: true }).click();
    await expect.poll(() => dialog.locator('.ra-input-reason').textContent()).toContain('此欄必須填寫。');
    const year = Number(month.slice(0, 4));
    const stored = async () =>
      (await apiQuery(page, 'query ($year: Int!) { attendanceMonths(year: $year) { month status reopenReason } }', { year })).attendanceMonths.find(
        (entry: { month: string }) => entry.month === month,
      );
    expect(await stored()).toMatchObject({ status: 'LOCKED' });

    // With a reason: open again (other specs punch into this month), the reason shown and kept.
    await dialog.getByLabel(/^原因/).fill('補回地盤的離線打卡');
    await dialog.getByRole('button', { name: '重新開放', exact: true }).click();
    await expect.poll(() => status.textContent()).toBe('開放');
    await expect.poll(() => row.textContent()).toContain('補回地盤的離線打卡');
    expect(await stored()).toEqual({ month, status: 'OPEN', reopenReason: '補回地盤的離線打卡' });

    // 考勤月報 opens on this month; 下載 CSV saves the API's file: UTF-8 with a BOM, its header in zh-HK.
    await page.getByRole('menuitem', { name: '考勤月報' }).click();
    await expect.poll(() => main.getByTestId('report-month').textContent()).toBe(`${month.slice(5)}/${month.slice(0, 4)}`);
    await main.getByTestId('report-table').or(main.getByTestId('report-empty')).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), main.getByRole('button', { name: '下載 CSV' }).click()]);
    expect(download.suggestedFilename()).toBe(`attendance-${month}.csv`);
    const text = readFileSync(await download.path(), 'utf8');
    expect(text.startsWith('\uFEFF姓名,部門,')).toBe(true);
    await page.context().close();
  });
});
