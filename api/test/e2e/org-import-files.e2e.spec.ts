import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDepartment, createOrganization, createPerson, type TestOrg } from '../support/factories.js';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app.js';

/**
 * Import files as office software writes them: Excel's "CSV" on Traditional Chinese Windows (Big5), UTF-8 with and
 * without BOM, "Unicode text" (UTF-16, tab-separated), GB18030, and .xlsx workbooks; department references by external
 * id, code or path; external ids set by hand (issue #8).
 */

const IMPORT = `mutation($kind: ImportKind!, $csv: String, $file: String, $dryRun: Boolean!) {
  importOrganizationCsv(kind: $kind, csv: $csv, file: $file, dryRun: $dryRun) {
    applied created updated unchanged format encoding problems { row field column value code message }
  }
}`;

const TEMPLATE = 'query($kind: ImportKind!) { organizationImportTemplate(kind: $kind) { fileName mediaType content } }';

interface Report {
  applied: boolean;
  created: number;
  updated: number;
  unchanged: number;
  format: 'CSV' | 'XLSX';
  encoding: string | null;
  problems: { row: number; field: string; column: string; value: string | null; code: string; message: string }[];
}

const base64 = (bytes: Buffer | Uint8Array) => Buffer.from(bytes).toString('base64');

async function importFile(client: GqlClient, kind: 'DEPARTMENTS' | 'PEOPLE', bytes: Buffer | Uint8Array, dryRun = false): Promise<Report> {
  return (await client.ok<{ importOrganizationCsv: Report }>(IMPORT, { kind, file: base64(bytes), dryRun })).importOrganizationCsv;
}

/** People of the organisation by display name, with their primary department's name and external id. */
async function peopleByName(org: TestOrg): Promise<Record<string, { externalId: string | null; departments: string[] }>> {
  const data = await org.admin.ok<{ people: { items: { displayName: string; externalId: string | null; memberships: { department: { name: string } }[] }[] } }>(
    '{ people(take: 100) { items { displayName externalId memberships { department { name } } } } }',
  );
  return Object.fromEntries(data.people.items.map((p) => [p.displayName, { externalId: p.externalId, departments: p.memberships.map((m) => m.department.name) }]));
}

/** Every department as `name[code]<parent`, sorted. */
async function departmentTree(org: TestOrg): Promise<string[]> {
  const data = await org.admin.ok<{ departments: { items: { name: string; code: string | null; parent: { name: string } | null }[] } }>(
    '{ departments(filter: { includeArchived: true }, take: 100) { items { name code parent { name } } } }',
  );
  return data.departments.items.map((d) => `${d.name}[${d.code ?? ''}]<${d.parent?.name ?? ''}`).sort();
}

/** A workbook of one sheet with these rows (the first is the header), as Excel would save it. */
async function workbook(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Sheet1');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The company of the issue: 工程部 with its site teams, made in the console (no external ids). */
async function construction(t: TestApp): Promise<{ org: TestOrg; projects: string; site1: string }> {
  const org = await createOrganization(t);
  const projects = await createDepartment(org, '工程部');
  const site1 = await createDepartment(org, '地盤一組');
  await org.admin.ok('mutation($id: ID!, $newParentId: ID) { moveDepartment(id: $id, newParentId: $newParentId) { id } }', { id: site1, newParentId: projects });
  await org.admin.ok('mutation($id: ID!) { renameDepartment(id: $id, name: "地盤一組", code: "SITE-1") { id } }', { id: site1 });
  return { org, projects, site1 };
}

describe('import files', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  describe('CSV encodings', () => {
    it('reads Excel’s Big5 CSV as Big5-HKSCS with Chinese headers: Hong Kong characters survive, and the report names the encoding', async () => {
      const { org } = await construction(t);
      const csv = ['外部編號,姓名,所屬部門', 'E1,陳大文,SITE-1', 'E2,李𠝹嘅啲,工程部/地盤一組', 'E3,黃小芬,工程部'].join('\r\n');
      const bytes = iconv.encode(csv, 'big5hkscs');
      // Not UTF-8: this is what made the old import save "�CŪY".
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();

      const dryRun = await importFile(org.admin, 'PEOPLE', bytes, true);
      expect(dryRun).toMatchObject({ applied: false, created: 3, format: 'CSV', encoding: 'Big5-HKSCS', problems: [] });
      expect(await importFile(org.admin, 'PEOPLE', bytes)).toMatchObject({ applied: true, created: 3, encoding: 'Big5-HKSCS' });
      const people = await peopleByName(org);
      expect(people['陳大文']).toEqual({ externalId: 'E1', departments: ['地盤一組'] });
      expect(people['李𠝹嘅啲']).toEqual({ externalId: 'E2', departments: ['地盤一組'] });
      expect(people['黃小芬']).toEqual({ externalId: 'E3', departments: ['工程部'] });
    });

    it('detects UTF-8 with and without BOM, UTF-16 (Excel’s tab-separated "Unicode text") and GB18030', async () => {
      const { org } = await construction(t);
      const rows = (id: string, name: string, separator = ',') => [['external_id', 'display_name', 'department_external_ids'].join(separator), [id, name, 'SITE-1'].join(separator)].join('\r\n');
      const cases: [Buffer, string, string][] = [
        [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(rows('U1', '陳一'), 'utf-8')]), 'UTF-8', '陳一'],
        [Buffer.from(rows('U2', '陳二'), 'utf-8'), 'UTF-8', '陳二'],
        [Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(rows('U3', '陳三', '\t'), 'utf-16le')]), 'UTF-16LE', '陳三'],
        [iconv.encode(rows('U4', '陳四'), 'utf-16le'), 'UTF-16LE', '陳四'],
        // A mainland office's file: chardet tells GB18030 from Big5 by character statistics.
        [iconv.encode(['外部编号,姓名,职位,所属部门', 'U5,张伟,项目经理,SITE-1', 'U6,王芳,会计,SITE-1'].join('\r\n'), 'gb18030'), 'GB18030', '王芳'],
      ];
      for (const [bytes, encoding] of cases) expect(await importFile(org.admin, 'PEOPLE', bytes)).toMatchObject({ applied: true, encoding, problems: [] });
      const people = await peopleByName(org);
      for (const [, , name] of cases) expect(people[name]?.departments).toEqual(['地盤一組']);
    });

    it('refuses text that does not decode cleanly, naming the encoding in the caller’s language, and writes nothing', async () => {
      const { org } = await construction(t);
      const before = await peopleByName(org);
      // Big5 with a user-defined character (no Unicode character of its own) and Western text, which Big5 would misread (Ren嶪).
      const eudc = Buffer.concat([iconv.encode('external_id,display_name,department_external_ids\r\nE1,陳', 'big5hkscs'), Buffer.from([0x81, 0x40]), Buffer.from(',SITE-1\r\n')]);
      const latin1 = Buffer.from('external_id,display_name,department_external_ids\r\nE2,Ren\xe9e M\xfcller,SITE-1\r\n', 'latin1');
      for (const bytes of [eudc, latin1]) {
        const result = await org.admin.request(IMPORT, { kind: 'PEOPLE', file: base64(bytes), dryRun: true });
        expect(result.errors?.[0].extensions.code).toBe('FILE_ENCODING_INVALID');
        expect(result.errors?.[0].extensions.fields?.map((f) => f.field)).toEqual(['file']);
        expect(result.errors?.[0].message).toMatch(/^The file does not read cleanly as \S+/);
      }
      org.admin.locale = 'zh-HK';
      const chinese = await org.admin.request(IMPORT, { kind: 'PEOPLE', file: base64(eudc), dryRun: false });
      expect(chinese.errors?.[0].message).toBe('檔案以 Big5-HKSCS 編碼讀取時有無法解讀的字元。請在 Excel 另存為「CSV UTF-8」或 Excel 活頁簿（.xlsx）後再試。');
      org.admin.locale = 'en';
      expect(await peopleByName(org)).toEqual(before);
    });

    it('refuses bad input as coded errors: both csv and file, neither, a file that is not base64, a broken workbook', async () => {
      const { org } = await construction(t);
      const csv = 'external_id,name\nd1,D1';
      const both = await org.admin.request(IMPORT, { kind: 'DEPARTMENTS', csv, file: base64(Buffer.from(csv)), dryRun: true });
      expect(both.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'file', code: 'IMPORT_ONE_SOURCE' }] });
      expect((await org.admin.request(IMPORT, { kind: 'DEPARTMENTS', dryRun: true })).errors?.[0].extensions.fields?.[0].code).toBe('IMPORT_ONE_SOURCE');
      const notBase64 = await org.admin.request(IMPORT, { kind: 'DEPARTMENTS', file: 'not base64!', dryRun: true });
      expect(notBase64.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'file', code: 'INVALID_VALUE' }] });
      const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]);
      const refused = await org.admin.request(IMPORT, { kind: 'DEPARTMENTS', file: base64(broken), dryRun: true });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FILE_INVALID', fields: [{ field: 'file', code: 'FILE_INVALID' }] });
      // A header-only file and a file of blank lines import nothing, without complaint.
      expect(await importFile(org.admin, 'DEPARTMENTS', Buffer.from('external_id,name\r\n\r\n,\r\n'))).toMatchObject({ applied: true, created: 0, problems: [] });
    });
  });

  describe('xlsx', () => {
    it('imports the first sheet of a workbook: dates, numbers, links and formulas read as Excel shows them', async () => {
      const { org } = await construction(t);
      const file = await workbook([
        ['外部編號', '姓名', '工作電郵', '員工編號', '所屬部門', '入職日期'],
        ['X1', '陳大文', { text: 'tm.chan@example.com', hyperlink: 'mailto:tm.chan@example.com' }, 2001, '地盤一組'.replace('地盤一組', 'SITE-1'), new Date(Date.UTC(2024, 3, 1))],
        ['X2', { richText: [{ text: '黃' }, { text: '小芬', font: { bold: true } }] }, null, { formula: '2000+2', result: 2002 }, '工程部/地盤一組', '2025-01-06'],
      ]);
      expect(await importFile(org.admin, 'PEOPLE', file)).toMatchObject({ applied: true, created: 2, format: 'XLSX', encoding: null, problems: [] });
      const data = await org.admin.ok<{ people: { items: { displayName: string; workEmail: string | null; employeeNo: string | null; employmentStartDate: string | null }[] } }>(
        '{ people(take: 100) { items { displayName workEmail employeeNo employmentStartDate } } }',
      );
      const byName = Object.fromEntries(data.people.items.map((p) => [p.displayName, p]));
      expect(byName['陳大文']).toMatchObject({ workEmail: 'tm.chan@example.com', employeeNo: '2001', employmentStartDate: '2024-04-01' });
      expect(byName['黃小芬']).toMatchObject({ employeeNo: '2002', employmentStartDate: '2025-01-06' });
    });

    it('offers a template in the caller’s language (Chinese headers and an example row) that imports as downloaded', async () => {
      const { org } = await construction(t);
      org.admin.locale = 'zh-HK';
      const template = (await org.admin.ok<{ organizationImportTemplate: { fileName: string; mediaType: string; content: string } }>(TEMPLATE, { kind: 'PEOPLE' })).organizationImportTemplate;
      expect(template).toMatchObject({ fileName: '人員.xlsx', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(Buffer.from(template.content, 'base64') as unknown as ArrayBuffer);
      const sheet = book.worksheets[0];
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['外部編號', '姓名', '英文姓名', '工作電郵', '員工編號', '職位', '職級代號', '所屬部門', '上司', '入職日期', '手提電話']);
      expect(sheet.getRow(2).getCell(8).value).toBe('工程部/地盤一組');
      // The example row refers to 工程部/地盤一組, which this company has: the template imports unchanged.
      expect(await importFile(org.admin, 'PEOPLE', Buffer.from(template.content, 'base64'))).toMatchObject({ applied: true, created: 1, problems: [] });
      expect((await peopleByName(org))['陳大文']).toEqual({ externalId: 'E2001', departments: ['地盤一組'] });

      org.admin.locale = 'en';
      const english = (await org.admin.ok<{ organizationImportTemplate: { fileName: string; content: string } }>(TEMPLATE, { kind: 'DEPARTMENTS' })).organizationImportTemplate;
      expect(english.fileName).toBe('Departments.xlsx');
      await book.xlsx.load(Buffer.from(english.content, 'base64') as unknown as ArrayBuffer);
      expect((book.worksheets[0].getRow(1).values as unknown[]).slice(1)).toEqual(['External ID', 'Name', 'Parent department', 'Code']);
    });

    it('gives the template to importers only', async () => {
      const { org, site1 } = await construction(t);
      const employee = await createPerson(t, org, { departmentId: site1 });
      expect(await employee.client!.errorCode(TEMPLATE, { kind: 'PEOPLE' })).toBe('FORBIDDEN');
      expect(await t.anonymous().errorCode(TEMPLATE, { kind: 'DEPARTMENTS' })).toBe('UNAUTHENTICATED');
    });

    it('reports problems with the row number Excel shows (blank rows counted), the offending value and the column as headed', async () => {
      const { org } = await construction(t);
      const file = await workbook([['外部編號', '姓名', '所屬部門', '入職日期'], ['P1', '陳大文', '工程部/地盤九組', ''], [], ['P2', '李小明', 'SITE-1', '2024-02-30']]);
      const report = await importFile(org.admin, 'PEOPLE', file, true);
      expect(report.problems.map(({ row, field, column, value, code }) => ({ row, field, column, value, code }))).toEqual([
        { row: 2, field: 'department_external_ids', column: '所屬部門', value: '工程部/地盤九組', code: 'UNKNOWN_REFERENCE' },
        { row: 4, field: 'employment_start_date', column: '入職日期', value: '2024-02-30', code: 'INVALID_DATE' },
      ]);
    });
  });

  describe('department references', () => {
    it('accept an external id, a code (any case) or a full path, with or without the company’s name first', async () => {
      const { org } = await construction(t);
      const csv = [
        'external_id,display_name,department_external_ids',
        'R1,By Code,site-1',
        'R2,By Path,工程部 / 地盤一組',
        `R3,By Full Path,Test Org ${org.slug}/工程部/地盤一組`,
        'R4,Top Level,工程部',
      ].join('\n');
      expect((await org.admin.ok<{ importOrganizationCsv: Report }>(IMPORT, { kind: 'PEOPLE', csv, dryRun: false })).importOrganizationCsv).toMatchObject({ applied: true, created: 4 });
      const people = await peopleByName(org);
      expect(['By Code', 'By Path', 'By Full Path', 'Top Level'].map((name) => people[name].departments[0])).toEqual(['地盤一組', '地盤一組', '地盤一組', '工程部']);
    });

    it('refuses a reference that fits several departments (AMBIGUOUS_REFERENCE) and one that fits none, writing nothing', async () => {
      const { org, projects } = await construction(t);
      await createDepartment(org, '地盤一組', projects);
      await createDepartment(org, '安全部');
      const safety2 = await createDepartment(org, '安全組');
      await org.admin.ok('mutation($id: ID!) { renameDepartment(id: $id, name: "安全組", code: "SITE-1") { id } }', { id: safety2 });
      const csv = ['external_id,display_name,department_external_ids', 'A1,Path Twice,工程部/地盤一組', 'A2,Code Twice,SITE-1', 'A3,Nowhere,工程部/地盤九組', 'A4,Fine,安全部'].join('\n');
      const report = (await org.admin.ok<{ importOrganizationCsv: Report }>(IMPORT, { kind: 'PEOPLE', csv, dryRun: false })).importOrganizationCsv;
      expect(report.applied).toBe(false);
      expect(report.problems.map((p) => [p.row, p.code, p.value])).toEqual([
        [2, 'AMBIGUOUS_REFERENCE', '工程部/地盤一組'],
        [3, 'AMBIGUOUS_REFERENCE', 'SITE-1'],
        [4, 'UNKNOWN_REFERENCE', '工程部/地盤九組'],
      ]);
      expect(report.problems[0].message).toBe('Refers to more than one department: use its external ID, or a code or full path that only it has.');
      expect(Object.keys(await peopleByName(org))).not.toContain('Fine');
    });

    it('puts new departments under the company root, or under a parent named by code or path', async () => {
      const { org } = await construction(t);
      const root = `Test Org ${org.slug}`;
      const csv = ['外部編號,部門名稱,上級部門,部門代號', 'D1,人事部,,HR', 'D2,地盤二組,工程部,SITE-2', 'D3,機電組,D2,', 'D4,測量組,工程部/地盤一組,'].join('\n');
      expect(await importFile(org.admin, 'DEPARTMENTS', Buffer.from(csv))).toMatchObject({ applied: true, created: 4 });
      const tree = await departmentTree(org);
      expect(tree).toEqual(expect.arrayContaining([`人事部[HR]<${root}`, '地盤二組[SITE-2]<工程部', '機電組[]<地盤二組', '測量組[]<地盤一組', `工程部[]<${root}`]));
      // Only the root itself stays at the top.
      expect(tree.filter((d) => d.endsWith('<'))).toEqual([`${root}[]<`]);
    });
  });

  describe('external ids', () => {
    const RENAME = 'mutation($id: ID!, $name: String!, $externalId: String) { renameDepartment(id: $id, name: $name, externalId: $externalId) { externalId code } }';

    it('an admin sets, keeps and clears a department’s external id; a people import then targets it', async () => {
      const { org, site1 } = await construction(t);
      expect((await org.admin.ok<{ renameDepartment: { externalId: string } }>(RENAME, { id: site1, name: '地盤一組', externalId: ' HR-SITE1 ' })).renameDepartment).toEqual({
        externalId: 'HR-SITE1',
        code: 'SITE-1',
      });
      // Omitted: kept (and so is the code).
      expect(
        (await org.admin.ok<{ renameDepartment: { externalId: string } }>('mutation($id: ID!) { renameDepartment(id: $id, name: "地盤一組") { externalId code } }', { id: site1 })).renameDepartment,
      ).toEqual({
        externalId: 'HR-SITE1',
        code: 'SITE-1',
      });
      const csv = 'external_id,display_name,department_external_ids\nQ1,陳大文,HR-SITE1';
      expect((await org.admin.ok<{ importOrganizationCsv: Report }>(IMPORT, { kind: 'PEOPLE', csv, dryRun: false })).importOrganizationCsv).toMatchObject({ applied: true, created: 1 });
      expect((await peopleByName(org))['陳大文'].departments).toEqual(['地盤一組']);
      expect((await org.admin.ok<{ renameDepartment: { externalId: string | null } }>(RENAME, { id: site1, name: '地盤一組', externalId: null })).renameDepartment.externalId).toBeNull();
    });

    it('refuses a department or person external id another one holds (DUPLICATE_VALUE), and lets only department editors set it', async () => {
      const { org, projects, site1 } = await construction(t);
      await org.admin.ok(RENAME, { id: projects, name: '工程部', externalId: 'PRJ' });
      const duplicate = await org.admin.request(RENAME, { id: site1, name: '地盤一組', externalId: 'PRJ' });
      expect(duplicate.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'externalId', code: 'DUPLICATE_VALUE' }] });
      const tooLong = await org.admin.request(RENAME, { id: site1, name: '地盤一組', externalId: 'x'.repeat(101) });
      expect(tooLong.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');

      const a = await createPerson(t, org, { departmentId: site1 });
      const b = await createPerson(t, org, { departmentId: site1, signIn: false });
      const UPDATE = 'mutation($id: ID!, $input: PersonDetailsInput!) { updatePerson(id: $id, input: $input) { externalId } }';
      await org.admin.ok(UPDATE, { id: a.personId, input: { externalId: 'E-1' } });
      expect((await org.admin.request(UPDATE, { id: b.personId, input: { externalId: 'E-1' } })).errors?.[0].extensions).toMatchObject({ fields: [{ field: 'externalId', code: 'DUPLICATE_VALUE' }] });
      expect((await org.admin.ok<{ updatePerson: { externalId: string | null } }>(UPDATE, { id: a.personId, input: { externalId: null } })).updatePerson.externalId).toBeNull();

      expect(await a.client!.errorCode(RENAME, { id: site1, name: '地盤一組', externalId: 'MINE' })).toBe('FORBIDDEN');
    });
  });
});
