import { describe, expect } from 'vitest';
import { apiQuery, browserTest, newPage, pick, signIn, useHarbour } from './support/browser';

/**
 * 考勤: HR adds a place (the API's range error shown under the radius, then a Wi-Fi BSSID typed with dashes), a shift
 * and a group of a department with both; the place a group uses cannot be deleted. Staff see only their own punches.
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
    await main.getByLabel(/^名稱/).fill('觀塘總辦事處');
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
    await page.getByText('已新增 觀塘總辦事處').waitFor();
    const placeRow = main.getByRole('row').filter({ hasText: '觀塘總辦事處' });
    await expect.poll(() => placeRow.textContent()).toContain('300 米');
    expect(await placeRow.getByRole('cell').allTextContents()).toEqual(['觀塘總辦事處', '觀塘道 388 號', '300 米', '1', '0']);

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
    await pick(page, main, /^打卡地點/, '觀塘', '觀塘總辦事處');
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
    const place = data.attendancePlaces.items.find((item: { name: string }) => item.name === '觀塘總辦事處');
    expect(place).toMatchObject({ radiusMeters: 300, wifiBssids: ['aa:bb:cc:dd:ee:01'] });
    const shift = data.attendanceShifts.items.find((item: { name: string }) => item.name === '寫字樓 08:00–17:00');
    expect(shift).toMatchObject({ start: '08:00', end: '17:00' });
    const group = data.attendanceGroups.items.find((item: { name: string }) => item.name === '總辦事處員工');
    expect(group).toEqual({ name: '總辦事處員工', departmentIds: [data.departments.items[0].id], placeIds: [place.id], shift: { id: shift.id } });

    // The place is the group's: deleting it is refused with the API's sentence naming the group.
    await page.getByRole('menuitem', { name: '打卡地點' }).click();
    await main.getByRole('row').filter({ hasText: '觀塘總辦事處' }).click();
    await main.getByRole('button', { name: '刪除' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '確定' }).click();
    await page.getByText('此地點正被 總辦事處員工 使用，請先從這些考勤組移除。').waitFor();
    expect((await apiQuery(page, '{ attendancePlaces(take: 10) { totalCount } }')).attendancePlaces.totalCount).toBe(1);
    await page.context().close();
  });

  browserTest('a member of staff reads their own punches and the places, without buttons to change them', async () => {
    const page = await newPage();
    await signIn(page, 'site1.worker@wanghin.example.com');
    const main = page.locator('main');
    await page.getByRole('menuitem', { name: '打卡記錄' }).click();
    await main.getByText('暫時未有打卡記錄。').waitFor();
    expect(await page.getByRole('menuitem', { name: '考勤組' }).count()).toBe(0);
    await page.getByRole('menuitem', { name: '打卡地點' }).click();
    await main
      .getByText(/觀塘總辦事處|暫時未有打卡地點。/)
      .first()
      .waitFor();
    expect(await main.getByRole('link', { name: '新增' }).count()).toBe(0);
    await page.context().close();
  });
});
