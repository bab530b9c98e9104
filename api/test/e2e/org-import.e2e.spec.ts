import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDepartment, createOrganization, createPerson, setDepartmentLeaders, type TestOrg } from '../support/factories.js';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app.js';

const IMPORT = `mutation($kind: ImportKind!, $csv: String!, $dryRun: Boolean!) {
  importOrganizationCsv(kind: $kind, csv: $csv, dryRun: $dryRun) { applied created updated unchanged problems { row field code message } }
}`;

interface Report {
  applied: boolean;
  created: number;
  updated: number;
  unchanged: number;
  problems: { row: number; field: string; code: string; message: string }[];
}

async function importCsv(client: GqlClient, kind: 'DEPARTMENTS' | 'PEOPLE', csv: string, dryRun = false): Promise<Report> {
  return (await client.ok<{ importOrganizationCsv: Report }>(IMPORT, { kind, csv, dryRun })).importOrganizationCsv;
}

/** Every department as `name<parent name` (archived included), sorted, for "nothing was written" checks. */
async function departmentTree(org: TestOrg): Promise<string[]> {
  const data = await org.admin.ok<{ departments: { items: { name: string; externalId: string | null; parent: { name: string } | null }[] } }>(
    '{ departments(filter: { includeArchived: true }, take: 100) { items { name externalId parent { name } } } }',
  );
  return data.departments.items.map((d) => `${d.name}[${d.externalId ?? ''}]<${d.parent?.name ?? ''}`).sort();
}

interface ImportedPerson {
  id: string;
  displayName: string;
  englishName: string | null;
  workEmail: string | null;
  employeeNo: string | null;
  jobTitle: string | null;
  employmentStartDate: string | null;
  mobilePhone: string | null;
  externalId: string;
  rank: { code: string } | null;
  memberships: { department: { externalId: string }; isPrimary: boolean; manager: { externalId: string } | null }[];
}

/** People of the organisation who came from a file (they have an external id), by external id. */
async function importedPeople(org: TestOrg): Promise<Record<string, ImportedPerson>> {
  const data = await org.admin.ok<{ people: { items: (ImportedPerson & { externalId: string | null })[] } }>(`{ people(take: 100) { items {
    id displayName englishName workEmail employeeNo jobTitle employmentStartDate mobilePhone externalId rank { code }
    memberships { department { externalId } isPrimary manager { externalId } }
  } } }`);
  return Object.fromEntries(data.people.items.filter((p) => p.externalId).map((p) => [p.externalId, p]));
}

const DEPARTMENTS_CSV = [
  'external_id,name,parent_external_id,code',
  // Children before their parents: the file need not be sorted.
  'site-1,地盤一組,ops,S1',
  'site-2,地盤二組,ops,S2',
  'ops,工程部,,OPS',
  'hr,人事部,,',
].join('\n');

const PEOPLE_CSV = [
  'external_id,display_name,english_name,work_email,employee_no,job_title,rank_code,department_external_ids,manager_external_id,employment_start_date,mobile_phone',
  // The worker comes before their manager, who comes before theirs.
  'w1,陳大文,Chan Tai Man,Chan.TM@example.com,E001,Site Foreman,P3,site-1;hr,m1,2021-04-01,+852 9000 0001',
  'm1,李經理,Lee Manager,lee@example.com,E002,Site Manager,M2,ops,boss,2019-01-15,',
  'boss,黃總,,boss@example.com,E003,Director,M5,ops,,2010-07-01,',
].join('\n');

describe('CSV import', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.stop());

  describe('departments', () => {
    it('dry-runs without writing, imports (parents after children), and re-imports the same file changing nothing', async () => {
      const org = await createOrganization(t);
      const before = await departmentTree(org);

      expect(await importCsv(org.admin, 'DEPARTMENTS', DEPARTMENTS_CSV, true)).toEqual({ applied: false, created: 4, updated: 0, unchanged: 0, problems: [] });
      expect(await departmentTree(org)).toEqual(before);

      expect(await importCsv(org.admin, 'DEPARTMENTS', DEPARTMENTS_CSV)).toEqual({ applied: true, created: 4, updated: 0, unchanged: 0, problems: [] });
      const after = await departmentTree(org);
      // Departments without a parent go under the company's root department, not beside it.
      const root = `Test Org ${org.slug}`;
      expect(after).toEqual([...before, `人事部[hr]<${root}`, '地盤一組[site-1]<工程部', '地盤二組[site-2]<工程部', `工程部[ops]<${root}`].sort());

      expect(await importCsv(org.admin, 'DEPARTMENTS', DEPARTMENTS_CSV)).toEqual({ applied: true, created: 0, updated: 0, unchanged: 4, problems: [] });
      expect(await departmentTree(org)).toEqual(after);
    });

    it('updates departments matched by external_id: renames and moves', async () => {
      const org = await createOrganization(t);
      await importCsv(org.admin, 'DEPARTMENTS', DEPARTMENTS_CSV);
      const changed = DEPARTMENTS_CSV.replace('site-2,地盤二組,ops,S2', 'site-2,地盤二組,site-1,S2').replace('hr,人事部,,', 'hr,人力資源部,,HR');
      expect(await importCsv(org.admin, 'DEPARTMENTS', changed)).toEqual({ applied: true, created: 0, updated: 2, unchanged: 2, problems: [] });
      const tree = await departmentTree(org);
      expect(tree).toContain('地盤二組[site-2]<地盤一組');
      expect(tree).toContain(`人力資源部[hr]<Test Org ${org.slug}`);
    });

    it('reports every problem with its row as Excel numbers it (header = row 1) and writes nothing, not even the good rows', async () => {
      const org = await createOrganization(t);
      const before = await departmentTree(org);
      const csv = [
        'external_id,name,parent_external_id',
        'good,Good department,',
        ',No id,',
        'good,Duplicate id,',
        'no-name,,',
        'orphan,Orphan,missing-parent',
        'selfish,Selfish,selfish',
        `long,${'x'.repeat(201)},`,
      ].join('\n');
      const report = await importCsv(org.admin, 'DEPARTMENTS', csv);
      expect(report).toMatchObject({ applied: false, created: 0, updated: 0, unchanged: 0 });
      expect(report.problems.map((p) => [p.row, p.field, p.code])).toEqual([
        [3, 'external_id', 'REQUIRED'],
        [4, 'external_id', 'DUPLICATE_VALUE'],
        [5, 'name', 'REQUIRED'],
        [6, 'parent_external_id', 'UNKNOWN_REFERENCE'],
        [7, 'parent_external_id', 'DEPARTMENT_CYCLE'],
        [8, 'name', 'TOO_LONG'],
      ]);
      expect(report.problems.find((p) => p.row === 8)?.message).toBe('Must be at most 200 characters.');
      expect(await departmentTree(org)).toEqual(before);
      // A dry run reports the same problems.
      expect((await importCsv(org.admin, 'DEPARTMENTS', csv, true)).problems).toEqual(report.problems);
    });

    it('refuses a file whose parent links form a cycle, and writes nothing', async () => {
      const org = await createOrganization(t);
      const before = await departmentTree(org);
      // a and b point at each other; d hangs below the loop without being in it
      const result = await org.admin.request(IMPORT, { kind: 'DEPARTMENTS', csv: 'external_id,name,parent_external_id\na,A,b\nb,B,a\nc,C,\nd,D,a', dryRun: false });
      expect(result.errors?.[0].extensions.code).toBe('DEPARTMENT_CYCLE');
      expect(result.errors?.[0].extensions.fields?.map((f) => [f.field, f.code])).toEqual([
        ['rows.2.parent_external_id', 'DEPARTMENT_CYCLE'],
        ['rows.3.parent_external_id', 'DEPARTMENT_CYCLE'],
      ]);
      expect(await departmentTree(org)).toEqual(before);
    });

    it('refuses a file without a required column, or that is not CSV, in the caller’s language', async () => {
      const org = await createOrganization(t);
      const before = await departmentTree(org);
      const missing = await org.admin.request(IMPORT, { kind: 'DEPARTMENTS', csv: 'external_id,title\nd1,Ops', dryRun: false });
      expect(missing.errors?.[0].extensions.code).toBe('CSV_MISSING_COLUMN');
      expect(missing.errors?.[0].message).toBe('The CSV file needs a "name" column.');
      expect(missing.errors?.[0].extensions.fields).toEqual([{ field: 'csv', code: 'CSV_MISSING_COLUMN', message: 'The CSV file needs a "name" column.' }]);
      org.admin.locale = 'zh-HK';
      expect((await org.admin.request(IMPORT, { kind: 'DEPARTMENTS', csv: 'external_id,title\nd1,Ops', dryRun: false })).errors?.[0].message).toBe('CSV 檔案需要「name」欄。');
      org.admin.locale = 'zh-CN';
      expect((await org.admin.request(IMPORT, { kind: 'PEOPLE', csv: 'external_id,display_name\np1,Someone', dryRun: false })).errors?.[0].message).toBe('CSV 文件需要“department_external_ids”列。');
      org.admin.locale = 'en';
      const broken = await org.admin.request(IMPORT, { kind: 'DEPARTMENTS', csv: 'external_id,name\n"d1,Ops', dryRun: false });
      expect(broken.errors?.[0].extensions.code).toBe('CSV_INVALID');
      expect(broken.errors?.[0].extensions.fields?.map((f) => f.field)).toEqual(['csv']);
      expect(await departmentTree(org)).toEqual(before);
    });

    it('refuses a file with too many rows as bad input naming the csv field, and writes nothing', async () => {
      const org = await createOrganization(t);
      const before = await departmentTree(org);
      const csv = ['external_id,name', ...Array.from({ length: 5001 }, (_, i) => `d${i},D${i}`)].join('\n');
      const result = await org.admin.request(IMPORT, { kind: 'DEPARTMENTS', csv, dryRun: false });
      expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions.fields).toEqual([{ field: 'csv', code: 'CSV_TOO_MANY_ROWS', message: 'A file may have at most 5000 rows.' }]);
      expect(await departmentTree(org)).toEqual(before);
    });

    it('is forbidden to employees, department managers and anonymous callers', async () => {
      const org = await createOrganization(t);
      const d = await createDepartment(org, 'D');
      const employee = await createPerson(t, org, { departmentId: d });
      const manager = await createPerson(t, org, { departmentId: d, roles: ['employee', 'department-manager'] });
      await setDepartmentLeaders(org, d, [manager.personId]);
      const before = await departmentTree(org);
      for (const kind of ['DEPARTMENTS', 'PEOPLE']) {
        const csv = kind === 'DEPARTMENTS' ? DEPARTMENTS_CSV : PEOPLE_CSV;
        expect(await employee.client!.errorCode(IMPORT, { kind, csv, dryRun: false })).toBe('FORBIDDEN');
        expect(await manager.client!.errorCode(IMPORT, { kind, csv, dryRun: true })).toBe('FORBIDDEN');
        expect(await t.anonymous().errorCode(IMPORT, { kind, csv, dryRun: false })).toBe('UNAUTHENTICATED');
      }
      expect(await departmentTree(org)).toEqual(before);
    });
  });

  describe('people', () => {
    it('dry-runs without writing, imports with managers listed after their reports, and re-imports changing nothing', async () => {
      const org = await createOrganization(t);
      await importCsv(org.admin, 'DEPARTMENTS', DEPARTMENTS_CSV);

      expect(await importCsv(org.admin, 'PEOPLE', PEOPLE_CSV, true)).toEqual({ applied: false, created: 3, updated: 0, unchanged: 0, problems: [] });
      expect(await importedPeople(org)).toEqual({});

      expect(await importCsv(org.admin, 'PEOPLE', PEOPLE_CSV)).toEqual({ applied: true, created: 3, updated: 0, unchanged: 0, problems: [] });
      const people = await importedPeople(org);
      expect(Object.keys(people).sort()).toEqual(['boss', 'm1', 'w1']);
      expect(people.w1).toMatchObject({
        displayName: '陳大文',
        englishName: 'Chan Tai Man',
        workEmail: 'chan.tm@example.com',
        employeeNo: 'E001',
        jobTitle: 'Site Foreman',
        employmentStartDate: '2021-04-01',
        mobilePhone: '+852 9000 0001',
        rank: { code: 'P3' },
      });
      expect(people.w1.memberships).toEqual([
        { department: { externalId: 'site-1' }, isPrimary: true, manager: { externalId: 'm1' } },
        { department: { externalId: 'hr' }, isPrimary: false, manager: null },
      ]);
      expect(people.m1.memberships).toEqual([{ department: { externalId: 'ops' }, isPrimary: true, manager: { externalId: 'boss' } }]);
      expect(people.boss.memberships).toEqual([{ department: { externalId: 'ops' }, isPrimary: true, manager: null }]);
      const chain = await org.admin.ok<{ managerChain: { externalId: string }[] }>('query($id: ID!) { managerChain(personId: $id) { externalId } }', { id: people.w1.id });
      // ops sits under the company root, so the chain ends with the root's leader (the admin, who has no external id).
      expect(chain.managerChain.map((p) => p.externalId)).toEqual(['m1', 'boss', null]);

      expect(await importCsv(org.admin, 'PEOPLE', PEOPLE_CSV)).toEqual({ applied: true, created: 0, updated: 0, unchanged: 3, problems: [] });
      expect(await importedPeople(org)).toEqual(people);
    });

    it('updates people matched by external_id: details, primary department and manager', async () => {
      const org = await createOrganization(t);
      await importCsv(org.admin, 'DEPARTMENTS', DEPARTMENTS_CSV);
      await importCsv(org.admin, 'PEOPLE', PEOPLE_CSV);
      const changed = PEOPLE_CSV.replace('Site Foreman,P3,site-1;hr,m1', 'Senior Foreman,P4,hr;site-1,boss');
      expect(await importCsv(org.admin, 'PEOPLE', changed)).toEqual({ applied: true, created: 0, updated: 1, unchanged: 2, problems: [] });
      const w1 = (await importedPeople(org)).w1;
      expect(w1).toMatchObject({ jobTitle: 'Senior Foreman', rank: { code: 'P4' } });
      // Exactly one primary position: the first department listed.
      expect(w1.memberships).toEqual([
        { department: { externalId: 'hr' }, isPrimary: true, manager: { externalId: 'boss' } },
        { department: { externalId: 'site-1' }, isPrimary: false, manager: { externalId: 'm1' } },
      ]);
      expect(await importCsv(org.admin, 'PEOPLE', changed)).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    });

    it('reports every bad row with its number and writes nothing', async () => {
      const org = await createOrganization(t);
      await importCsv(org.admin, 'DEPARTMENTS', DEPARTMENTS_CSV);
      const existing = await createPerson(t, org, { signIn: false });
      await org.admin.ok('mutation($id: ID!, $input: PersonDetailsInput!) { updatePerson(id: $id, input: $input) { id } }', { id: existing.personId, input: { employeeNo: 'TAKEN' } });
      const csv = [
        'external_id,display_name,work_email,employee_no,rank_code,department_external_ids,manager_external_id,employment_start_date',
        'ok,Fine Person,fine@example.com,E1,P1,ops,,2020-01-01',
        'p2,,p2@example.com,,,ops,,',
        'p3,Bad Email,not-an-email,,,ops,,',
        'p4,Bad Date,,,,ops,,2020-02-30',
        'p5,No Department,,,,,,',
        'p6,Unknown Department,,,,ops;nowhere,,',
        'p7,Unknown Rank,,,Z9,ops,,',
        'p8,Unknown Manager,,,,ops,ghost,',
        'p9,Own Manager,,,,ops,p9,',
        'ok,Duplicate Id,,,,ops,,',
        'p11,Same Staff No,,E1,,ops,,',
        'p12,Taken Staff No,,TAKEN,,ops,,',
      ].join('\n');
      const report = await importCsv(org.admin, 'PEOPLE', csv);
      expect(report).toMatchObject({ applied: false, created: 0, updated: 0, unchanged: 0 });
      expect(report.problems.map((p) => [p.row, p.field, p.code]).sort((a, b) => Number(a[0]) - Number(b[0]) || String(a[1]).localeCompare(String(b[1])))).toEqual([
        [3, 'display_name', 'REQUIRED'],
        [4, 'work_email', 'INVALID_EMAIL'],
        [5, 'employment_start_date', 'INVALID_DATE'],
        [6, 'department_external_ids', 'REQUIRED'],
        [7, 'department_external_ids', 'UNKNOWN_REFERENCE'],
        [8, 'rank_code', 'UNKNOWN_REFERENCE'],
        [9, 'manager_external_id', 'UNKNOWN_REFERENCE'],
        [10, 'manager_external_id', 'SELF_MANAGER'],
        [11, 'external_id', 'DUPLICATE_VALUE'],
        [12, 'employee_no', 'DUPLICATE_VALUE'],
        [13, 'employee_no', 'DUPLICATE_VALUE'],
      ]);
      expect(await importedPeople(org)).toEqual({});
    });

    it('refuses managers who would report to each other, and writes nothing', async () => {
      const org = await createOrganization(t);
      await importCsv(org.admin, 'DEPARTMENTS', DEPARTMENTS_CSV);
      const csv = ['external_id,display_name,department_external_ids,manager_external_id', 'a,Person A,ops,b', 'b,Person B,ops,c', 'c,Person C,ops,a', 'd,Person D,ops,a'].join('\n');
      const result = await org.admin.request(IMPORT, { kind: 'PEOPLE', csv, dryRun: false });
      expect(result.errors?.[0].extensions.code).toBe('MANAGER_CYCLE');
      expect(result.errors?.[0].extensions.fields?.map((f) => [f.field, f.code])).toEqual([
        ['rows.2.manager_external_id', 'MANAGER_CYCLE'],
        ['rows.3.manager_external_id', 'MANAGER_CYCLE'],
        ['rows.4.manager_external_id', 'MANAGER_CYCLE'],
      ]);
      expect(await importedPeople(org)).toEqual({});
    });
  });

  describe('progress', () => {
    const PROGRESS = 'subscription($key: String!) { importProgress(progressKey: $key) { stage processedRows totalRows } }';
    const IMPORT_WITH_PROGRESS = `mutation($kind: ImportKind!, $csv: String!, $key: String) {
      importOrganizationCsv(kind: $kind, csv: $csv, progressKey: $key) { applied created problems { code } }
    }`;

    /**
     * Subscribes to `key` as `client`; resolves with every message once the stream ends (or after `waitMs`). Returns
     * once the server listens for the import's progress — unless the subscription is expected to be refused.
     */
    async function follow(client: GqlClient, key: string, waitMs = 3000, refused = false) {
      const started = refused ? null : t.subscribed((topic) => topic.startsWith('import-progress:') && topic.endsWith(`:${key}`));
      const ws = client.ws();
      const messages: { stage: string; processedRows: number; totalRows: number }[] = [];
      const errors: string[] = [];
      const ended = new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, waitMs);
        ws.subscribe<{ importProgress: (typeof messages)[number] }>(
          { query: PROGRESS, variables: { key } },
          {
            next: (message) => {
              if (message.data) messages.push(message.data.importProgress);
              for (const error of message.errors ?? []) errors.push(JSON.stringify(error));
            },
            error: (error) => {
              const close = error as { code?: unknown; reason?: string };
              errors.push(typeof close.code === 'number' ? `closed ${close.code} ${close.reason}` : JSON.stringify(error));
              clearTimeout(timer);
              resolve();
            },
            complete: () => {
              clearTimeout(timer);
              resolve();
            },
          },
        );
      });
      await started;
      return { messages, errors, ended: ended.then(() => ws.dispose()) };
    }

    it('reports each step of the caller’s own import, in order, ending with DONE', async () => {
      const org = await createOrganization(t);
      const key = 'import-progress-1';
      const watching = await follow(org.admin, key);
      const data = await org.admin.ok<{ importOrganizationCsv: { applied: boolean; created: number } }>(IMPORT_WITH_PROGRESS, { kind: 'DEPARTMENTS', csv: DEPARTMENTS_CSV, key });
      expect(data.importOrganizationCsv).toMatchObject({ applied: true, created: 4 });
      await watching.ended;
      expect(watching.errors).toEqual([]);
      expect(watching.messages.map((m) => m.stage)).toEqual(['CHECKING', 'SAVING', 'VERIFYING', 'DONE']);
      expect(watching.messages.every((m) => m.totalRows === 4)).toBe(true);
      expect(watching.messages.at(-1)).toEqual({ stage: 'DONE', processedRows: 4, totalRows: 4 });
    });

    it('ends with DONE when the import is refused or fails', async () => {
      const org = await createOrganization(t);
      const employee = await createPerson(t, org, { roles: ['employee'] });
      const refused = await follow(employee.client!, 'import-progress-refused');
      const forbidden = await employee.client!.request(IMPORT_WITH_PROGRESS, { kind: 'DEPARTMENTS', csv: DEPARTMENTS_CSV, key: 'import-progress-refused' });
      expect(forbidden.errors?.[0].extensions.code).toBe('FORBIDDEN');
      await refused.ended;
      expect(refused.messages.map((m) => m.stage)).toEqual(['DONE']);

      const failing = await follow(org.admin, 'import-progress-cycle');
      const cycle = await org.admin.request(IMPORT_WITH_PROGRESS, { kind: 'DEPARTMENTS', csv: 'external_id,name,parent_external_id\na,A,b\nb,B,a', key: 'import-progress-cycle' });
      expect(cycle.errors?.[0].extensions.code).toBe('DEPARTMENT_CYCLE');
      await failing.ended;
      expect(failing.messages.map((m) => m.stage)).toEqual(['CHECKING', 'SAVING', 'VERIFYING', 'DONE']);
    });

    it('ends with DONE when the file has problems', async () => {
      const org = await createOrganization(t);
      const watching = await follow(org.admin, 'import-progress-2');
      const data = await org.admin.ok<{ importOrganizationCsv: { applied: boolean } }>(IMPORT_WITH_PROGRESS, {
        kind: 'PEOPLE',
        csv: 'external_id,display_name,department_external_ids\nx,,nowhere',
        key: 'import-progress-2',
      });
      expect(data.importOrganizationCsv.applied).toBe(false);
      await watching.ended;
      expect(watching.messages.map((m) => m.stage)).toEqual(['CHECKING', 'DONE']);
    });

    it('tells nobody else: another person listening on the same key hears nothing; anonymous callers may not listen', async () => {
      const org = await createOrganization(t);
      const other = await createPerson(t, org, { roles: ['hr'] });
      const key = 'import-progress-3';
      const eavesdropper = await follow(other.client!, key, 1500);
      const owner = await follow(org.admin, key);
      await org.admin.ok(IMPORT_WITH_PROGRESS, { kind: 'DEPARTMENTS', csv: DEPARTMENTS_CSV, key });
      await Promise.all([eavesdropper.ended, owner.ended]);
      expect(eavesdropper.messages).toEqual([]);
      expect(owner.messages.at(-1)?.stage).toBe('DONE'); // the same key did carry messages — to their owner
      const anonymous = await follow(t.anonymous(), key, 1500, true);
      await anonymous.ended;
      expect(anonymous.messages).toEqual([]);
      // A socket without credentials is closed at connection_init (4401 Unauthorized), before any subscription.
      expect(anonymous.errors.join()).toContain('4401');
    });

    it('refuses a malformed progress key (BAD_USER_INPUT) and imports nothing', async () => {
      const org = await createOrganization(t);
      for (const [key, code] of [
        ['short', 'INVALID_VALUE'],
        ['has spaces in it', 'INVALID_VALUE'],
        ['x'.repeat(101), 'TOO_LONG'],
      ]) {
        const result = await org.admin.request(IMPORT_WITH_PROGRESS, { kind: 'DEPARTMENTS', csv: DEPARTMENTS_CSV, key });
        expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
        expect(result.errors?.[0].extensions.fields?.map((f) => [f.field, f.code])).toEqual([['progressKey', code]]);
      }
      expect((await departmentTree(org)).filter((d) => d.includes('[site-1]'))).toEqual([]);
      const listening = await follow(org.admin, 'bad key', 1500, true);
      await listening.ended;
      expect(listening.messages).toEqual([]);
      expect(listening.errors.join()).toContain('"code":"BAD_USER_INPUT"');
    });
  });
});
