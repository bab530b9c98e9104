import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { apiQuery, baseUrl, browserTest, newPage, signIn, useHarbour, type TestLocale } from './support/browser';

useHarbour('import');

/** The words of the import page in each language the tests use. */
const WORDS: Record<TestLocale, { menu: string; people: string; check: string; run: string; created: (n: number) => string; applied: string; save: RegExp; template: string; report: string }> = {
  'zh-HK': {
    menu: '匯入 CSV',
    people: '人員',
    check: '檢查檔案',
    run: '匯入',
    created: (n) => `新增：${n}`,
    applied: '匯入完成',
    save: /儲存/,
    template: '下載 Excel 範本',
    report: '下載錯誤報告',
  },
  en: {
    menu: 'Import CSV',
    people: 'People',
    check: 'Check file',
    run: 'Import',
    created: (n) => `New: ${n}`,
    applied: 'Import complete',
    save: /\bsav(e|ed|ing)\b/i,
    template: 'Download Excel template',
    report: 'Download error report',
  },
};

const unique = () => Math.random().toString(36).slice(2, 8);

/** Signs the demo admin in and opens the import page on the people tab. */
async function openPeopleImport(locale: TestLocale): Promise<Page> {
  const page = await newPage({ locale });
  await signIn(page, 'admin@wanghin.example.com', locale);
  await page.getByRole('menuitem', { name: WORDS[locale].menu }).click();
  await page.getByRole('button', { name: WORDS[locale].people, exact: true }).click();
  return page;
}

/** Chooses a file and runs a check; resolves with the report's text once it shows. */
async function check(page: Page, locale: TestLocale, file: { name: string; mimeType: string; buffer: Buffer }): Promise<string> {
  await page.getByTestId('import-file').setInputFiles(file);
  await page.getByRole('button', { name: WORDS[locale].check }).click();
  await expect.poll(() => page.getByTestId('import-report').count()).toBe(1);
  return (await page.getByTestId('import-report').textContent()) ?? '';
}

/** A person of the demo company by display name: their departments' names. */
async function departmentsOf(page: Page, name: string): Promise<string[] | null> {
  const result = await apiQuery(page, 'query($q: String) { people(filter: { search: $q }, take: 5) { items { displayName memberships { department { name } } } } }', { q: name });
  const person = result.people.items.find((p: { displayName: string }) => p.displayName === name);
  return person ? person.memberships.map((m: { department: { name: string } }) => m.department.name) : null;
}

/** A workbook of one sheet with these rows (the first is the header). */
async function workbook(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Sheet1');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('import from Excel files (issue #8)', () => {
  for (const locale of ['zh-HK', 'en'] as const) {
    browserTest(`${locale}: Excel's Big5 CSV is read as Big5-HKSCS, checked without a word of saving, and imported into seeded departments by path and code`, async () => {
      const page = await openPeopleImport(locale);
      const suffix = unique();
      // As Excel on Traditional Chinese Windows saves "CSV": Big5, the template's Chinese headers, departments made by
      // the seed (no external ids) named by full path and by code, and Hong Kong characters only HKSCS has.
      const csv = ['外部編號,姓名,所屬部門', `B5-${suffix}-1,陳大文${suffix},工程部/地盤一組（啟德）`, `B5-${suffix}-2,李𠝹嘅啲${suffix},SITE-2`].join('\r\n');
      const text = await check(page, locale, { name: '人員.csv', mimeType: 'text/csv', buffer: iconv.encode(csv, 'big5hkscs') });
      expect(text).toContain(WORDS[locale].created(2));
      expect(text).not.toMatch(WORDS[locale].save);
      expect(await page.getByTestId('import-read-as').textContent()).toContain('Big5-HKSCS');

      await page.getByRole('button', { name: WORDS[locale].run, exact: true }).click();
      await expect.poll(() => page.getByTestId('import-report').textContent()).toContain(WORDS[locale].applied);
      expect(await departmentsOf(page, `陳大文${suffix}`)).toEqual(['地盤一組（啟德）']);
      expect(await departmentsOf(page, `李𠝹嘅啲${suffix}`)).toEqual(['地盤二組（將軍澳）']);
    });

    browserTest(`${locale}: an .xlsx file's problems show with Excel's row numbers and download as a report; the template downloads in the page's language and a fixed workbook imports`, async () => {
      const page = await openPeopleImport(locale);
      const suffix = unique();
      const rows: ExcelJS.CellValue[][] = [
        ['外部編號', '姓名', '所屬部門', '入職日期'],
        [`XL-${suffix}-1`, `黃小芬${suffix}`, '工程部/地盤九組', new Date(Date.UTC(2024, 3, 1))],
        [`XL-${suffix}-2`, `張志強${suffix}`, 'SITE-1', '2024-02-30'],
      ];
      const text = await check(page, locale, { name: 'people.xlsx', mimeType: XLSX, buffer: await workbook(rows) });
      expect(text).not.toMatch(WORDS[locale].save);
      expect(await page.getByTestId('import-read-as').textContent()).toMatch(locale === 'en' ? /Excel workbook/ : /Excel 活頁簿/);
      const problems = page.getByRole('table', { name: locale === 'en' ? 'Problems' : '問題' });
      expect(await problems.locator('tbody tr').count()).toBe(2);
      expect(await problems.locator('tbody tr').first().textContent()).toContain('工程部/地盤九組');

      const [report] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: WORDS[locale].report }).click()]);
      const lines = readFileSync(await report.path(), 'utf8').split('\r\n');
      expect(lines[0]).toBe(locale === 'en' ? '\uFEFF"Row","Column","Value","Problem"' : '\uFEFF"行","欄","內容","問題"');
      expect(lines[1]).toBe(locale === 'en' ? '"2","所屬部門","工程部/地盤九組","Refers to something that does not exist."' : '"2","所屬部門","工程部/地盤九組","引用的項目不存在。"');
      expect(lines[2]).toBe(locale === 'en' ? '"3","入職日期","2024-02-30","Use the date format YYYY-MM-DD."' : '"3","入職日期","2024-02-30","請使用 YYYY-MM-DD 日期格式。"');

      const [template] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: WORDS[locale].template }).click()]);
      expect(template.suggestedFilename()).toBe(locale === 'en' ? 'People.xlsx' : '人員.xlsx');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(readFileSync(await template.path()) as unknown as ArrayBuffer);
      const header = (book.worksheets[0].getRow(1).values as unknown[]).slice(1);
      expect(header.slice(0, 3)).toEqual(locale === 'en' ? ['External ID', 'Display name', 'English name'] : ['外部編號', '姓名', '英文姓名']);

      rows[1][2] = '工程部/地盤一組（啟德）';
      rows[2][3] = '2024-02-29';
      const fixed = await check(page, locale, { name: 'people.xlsx', mimeType: XLSX, buffer: await workbook(rows) });
      expect(fixed).toContain(WORDS[locale].created(2));
      await page.getByRole('button', { name: WORDS[locale].run, exact: true }).click();
      await expect.poll(() => page.getByTestId('import-report').textContent()).toContain(WORDS[locale].applied);
      expect(await departmentsOf(page, `張志強${suffix}`)).toEqual(['地盤一組（啟德）']);
    });
  }

  browserTest('zh-HK: an admin gives a seeded department an external id in its rename dialog, and a CSV then targets it', async () => {
    const page = await newPage({ locale: 'zh-HK' });
    await signIn(page, 'admin@wanghin.example.com', 'zh-HK');
    const departments = await apiQuery(page, '{ departments(filter: { search: "安全部" }) { items { id name } } }');
    const safety = departments.departments.items.find((d: { name: string }) => d.name === '安全部');
    await page.goto(`${baseUrl}/console/departments?selected=${safety.id}`);
    await page.getByRole('button', { name: '重新命名' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^外部編號/).fill('HR-SAFE');
    await dialog.getByRole('button', { name: '儲存' }).click();
    await expect.poll(async () => (await apiQuery(page, 'query($id: ID!) { department(id: $id) { externalId } }', { id: safety.id })).department.externalId).toBe('HR-SAFE');

    await page.getByRole('menuitem', { name: '匯入 CSV' }).click();
    await page.getByRole('button', { name: '人員', exact: true }).click();
    const suffix = unique();
    const text = await check(page, 'zh-HK', {
      name: 'people.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`external_id,display_name,department_external_ids\nEXT-${suffix},安全員${suffix},HR-SAFE\n`),
    });
    expect(text).toContain('新增：1');
    expect(await page.getByTestId('import-read-as').textContent()).toContain('UTF-8');
  });
});
