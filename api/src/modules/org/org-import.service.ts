import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../core/context/request-context.js';
import { findViews } from '../../core/database/views.js';
import { AppError, type FieldProblem } from '../../core/errors/app-error.js';
import type { Locale } from '../../core/i18n/i18n.js';
import { topicStream } from '../../core/events/topic-queue.js';
import { signInEmailProblems, type SignInEmailChange } from '../identity/index.js';
import { Department } from './department.entity.js';
import { createDepartment, moveDepartment, renameDepartment } from './department.service.js';
import { JobRank } from './job-rank.entity.js';
import { Membership } from './membership.entity.js';
import { readImportFile, templateWorkbook, type ImportColumn, type ImportRow, type ImportSheet } from './org-import-file.js';
import { Person } from './person.entity.js';
import { addMembership, createPerson, personDataProblems, updateMembership, updatePerson, type PersonData } from './person.service.js';

/** One problem in one row, numbered as Excel shows it (the header is row 1, the first data row row 2). */
export interface RowProblem extends FieldProblem {
  row: number;
  /** The cell's content, and its column's header as the file wrote it (filled in once the file's rows are known). */
  value?: string | null;
  column?: string;
}

/** What an import did, or would do: nothing is written when any row has a problem. */
export interface ImportReport {
  applied: boolean;
  created: number;
  updated: number;
  unchanged: number;
  problems: RowProblem[];
  /** CSV or XLSX, and the encoding a CSV file was read in (null for XLSX). */
  format?: ImportSheet['format'];
  encoding?: string | null;
}

/** Where an import's rows come from: CSV text, or a file's bytes in base64 (.xlsx, or CSV in any encoding detected). */
export interface ImportSource {
  csv?: string | null;
  file?: string | null;
}

const MAX_ROWS = 5000;

/** The steps of an import, in order. DONE comes last, whether the import saved, found problems or failed. */
export enum ImportStage {
  CHECKING = 'CHECKING',
  SAVING = 'SAVING',
  VERIFYING = 'VERIFYING',
  DONE = 'DONE',
}

/** Where an import is: its step, and how many of the file's rows that step has handled. */
export interface ImportProgress {
  stage: ImportStage;
  processedRows: number;
  totalRows: number;
}

/** Told where an import is, as it goes (the console shows it while a large file is imported). */
type ImportProgressListener = (progress: ImportProgress) => void;

const PROGRESS_KEY = /^[A-Za-z0-9_-]{8,100}$/;

/** The pubsub topic of one caller's import progress: keyed by their account, so nobody else can listen in. */
function importProgressTopic(ctx: RequestContext, progressKey: string): string {
  if (!PROGRESS_KEY.test(progressKey)) throw new AppError('BAD_USER_INPUT', {}, [{ field: 'progressKey', code: 'INVALID_VALUE' }]);
  return `import-progress:${ctx.requireActor().accountId}:${progressKey}`;
}

/**
 * Runs an import and, when the caller chose a progress key, tells their importProgress subscription where it is —
 * ending with DONE whatever the outcome. Progress is a passing signal, not a fact: it goes straight to pubsub (so to
 * every replica), never to the outbox. The report names the file's format and encoding, and each problem's cell.
 */
export async function runImport(ctx: RequestContext, kind: 'DEPARTMENTS' | 'PEOPLE', source: ImportSource, dryRun: boolean, progressKey: string | null): Promise<ImportReport> {
  const topic = progressKey ? importProgressTopic(ctx, progressKey) : null;
  const publish = (progress: ImportProgress) => {
    if (topic) ctx.services.pubsub.publish(topic, progress).catch(() => undefined);
  };
  let totalRows = 0;
  const onProgress = (progress: ImportProgress) => {
    totalRows = progress.totalRows;
    publish(progress);
  };
  try {
    ctx.authorizeEverywhere('import', kind === 'DEPARTMENTS' ? 'Department' : 'Person');
    const sheet = await readImportFile(source, kind === 'DEPARTMENTS' ? departmentColumns : personColumnsOfFile, MAX_ROWS);
    const report = kind === 'DEPARTMENTS' ? await importDepartments(ctx, sheet.rows, dryRun, onProgress) : await importPeople(ctx, sheet.rows, dryRun, onProgress);
    const cellsOf = new Map(sheet.rows.map((row) => [row.n, row.cells]));
    // By row, as the file reads (the checks find them in several passes).
    const problems = [...report.problems]
      .sort((a, b) => a.row - b.row)
      .map((problem) => ({ ...problem, value: cellsOf.get(problem.row)?.[problem.field] ?? null, column: sheet.headers.get(problem.field) ?? problem.field }));
    return { ...report, problems, format: sheet.format, encoding: sheet.encoding };
  } finally {
    publish({ stage: ImportStage.DONE, processedRows: totalRows, totalRows });
  }
}

const label = (en: string, zhHK: string, zhCN: string): Record<Locale, string> => ({ en, 'zh-HK': zhHK, 'zh-CN': zhCN });

/** The columns of a departments file, with the headers of the template (a file may use the keys instead). */
const departmentColumns: ImportColumn[] = [
  { key: 'external_id', required: true, labels: label('External ID', '外部編號', '外部编号') },
  { key: 'name', required: true, labels: label('Name', '部門名稱', '部门名称') },
  { key: 'parent_external_id', labels: label('Parent department', '上級部門', '上级部门') },
  { key: 'code', labels: label('Code', '部門代號', '部门代号') },
];

/** The columns of a people file, with the headers of the template (a file may use the keys instead). */
const personColumnsOfFile: ImportColumn[] = [
  { key: 'external_id', required: true, labels: label('External ID', '外部編號', '外部编号') },
  { key: 'display_name', required: true, labels: label('Display name', '姓名', '姓名') },
  { key: 'english_name', labels: label('English name', '英文姓名', '英文姓名') },
  { key: 'work_email', labels: label('Work email', '工作電郵', '工作邮箱') },
  { key: 'employee_no', labels: label('Staff number', '員工編號', '工号') },
  { key: 'job_title', labels: label('Job title', '職位', '职位') },
  { key: 'rank_code', labels: label('Rank code', '職級代號', '职级代号') },
  { key: 'department_external_ids', required: true, labels: label('Departments', '所屬部門', '所属部门') },
  { key: 'manager_external_id', labels: label('Manager', '上司', '上级') },
  { key: 'employment_start_date', labels: label('Employment start date', '入職日期', '入职日期') },
  { key: 'mobile_phone', labels: label('Mobile phone', '手提電話', '手机号码') },
];

const templates = {
  DEPARTMENTS: {
    columns: departmentColumns,
    sheet: label('Departments', '部門', '部门'),
    example: label('D100,Site 3 (Tsuen Wan),工程部,SITE-3', 'D100,地盤三組（荃灣）,工程部,SITE-3', 'D100,地盘三组（荃湾）,工程部,SITE-3'),
  },
  PEOPLE: {
    columns: personColumnsOfFile,
    sheet: label('People', '人員', '人员'),
    example: label(
      'E2001,陳大文,Chan Tai Man,tm.chan@example.com,WA2001,Site Agent,M2,工程部/地盤一組,,2024-04-01,+852 9123 4567',
      'E2001,陳大文,Chan Tai Man,tm.chan@example.com,WA2001,地盤總管,M2,工程部/地盤一組,,2024-04-01,+852 9123 4567',
      'E2001,陈大文,Chan Tai Man,tm.chan@example.com,WA2001,工地总管,M2,工程部/地盘一组,,2024-04-01,+852 9123 4567',
    ),
  },
} as const;

/**
 * An .xlsx template for an import in the caller's language: headers as the import reads them, and an example row
 * (which references departments by full path, as most files written by hand will).
 */
export async function importTemplate(ctx: RequestContext, kind: 'DEPARTMENTS' | 'PEOPLE'): Promise<{ fileName: string; content: Buffer }> {
  ctx.authorizeEverywhere('import', kind === 'DEPARTMENTS' ? 'Department' : 'Person');
  const template = templates[kind];
  const cells = template.example[ctx.locale].split(',');
  const example = Object.fromEntries(template.columns.map((column, index) => [column.key, cells[index] ?? '']));
  const content = await templateWorkbook(template.sheet[ctx.locale], template.columns, example, ctx.locale);
  return { fileName: `${template.sheet[ctx.locale]}.xlsx`, content };
}

/**
 * The progress of the caller's own import with `progressKey`, for the importProgress subscription. It ends with DONE,
 * or after a quiet hour (an import that never started, e.g. its request was refused as too large).
 */
export function followImport(ctx: RequestContext, progressKey: string): Promise<AsyncIterableIterator<ImportProgress>> {
  return topicStream<ImportProgress>(ctx.services.pubsub, importProgressTopic(ctx, progressKey), {
    isLast: (progress) => progress.stage === ImportStage.DONE,
    idleMs: 3_600_000,
  });
}

const blank = (value: string | undefined) => (value === undefined || value === '' ? null : value);

/** Thrown to roll back an import and still answer with its report: a dry run, or a row that a service refused. */
class RolledBack extends Error {
  constructor(readonly report: ImportReport) {
    super('import rolled back');
  }
}

/** The report of a rolled-back import; anything else that went wrong goes on. */
function rolledBack(error: unknown): ImportReport {
  if (error instanceof RolledBack) return error.report;
  throw error;
}

/**
 * A row as the service saving it refused it: the same codes a mutation gets, its fields named by the file's columns. A
 * refusal of one field (FORBIDDEN for `Person.mobilePhone`) names its column; one that names no field (FORBIDDEN,
 * PERSON_ARCHIVED) concerns the row's record, named by its external_id.
 */
function refusedRow(row: number, error: AppError, columnOf: (field: string) => string): RowProblem[] {
  if (error.fields.length) return error.fields.map((problem) => ({ ...problem, row, field: columnOf(problem.field) }));
  const field = typeof error.params.subject === 'string' ? error.params.subject.split('.')[1] : undefined;
  return [{ row, field: field ? columnOf(field) : 'external_id', code: error.code, params: error.params }];
}

/** Saving reports how far it got every this many rows (the console's progress bar); small files only hear the steps. */
const PROGRESS_EVERY = 100;

/**
 * Ends a saved row: writes it and forgets its entities. Every flush (and every query, which flushes first) compares
 * each entity the EntityManager holds, so an import that kept all of them would slow down with every row it saved.
 */
async function rowSaved(em: EntityManager): Promise<void> {
  await em.flush();
  em.clear();
}

/**
 * Orders records so that each comes after the records it points at (its parent, its managers), following links
 * through records outside the file too. Applied in this order, each change meets a tree that is already final above
 * it, so a service never refuses a step for a loop that the file as a whole does not make (moving A under B while B
 * is still under A, before the row that moves B is reached). Records on a loop, and those above which one lies, are
 * left out: `looped` and `blocked`.
 */
export function dependencyOrder(starts: Iterable<string>, linksOf: (key: string) => readonly string[]): { ordered: string[]; looped: Set<string>; blocked: Set<string> } {
  const state = new Map<string, 'open' | 'done'>();
  const ordered: string[] = [];
  const looped = new Set<string>();
  const blocked = new Set<string>();
  for (const start of starts) {
    if (state.has(start)) continue;
    // Iterative depth-first walk: a file may chain thousands of records, deeper than the call stack.
    const stack: { key: string; links: readonly string[]; next: number }[] = [{ key: start, links: linksOf(start), next: 0 }];
    state.set(start, 'open');
    while (stack.length) {
      const top = stack[stack.length - 1];
      if (top.next < top.links.length) {
        const target = top.links[top.next++];
        const seen = state.get(target);
        if (seen === undefined) {
          state.set(target, 'open');
          stack.push({ key: target, links: linksOf(target), next: 0 });
        } else if (seen === 'open') {
          // A loop: every record on the walk from `target` down to here is on it.
          for (let i = stack.length - 1; i >= 0; i--) {
            looped.add(stack[i].key);
            if (stack[i].key === target) break;
          }
          blocked.add(top.key);
        } else if (blocked.has(target)) {
          blocked.add(top.key);
        }
        continue;
      }
      stack.pop();
      state.set(top.key, 'done');
      if (looped.has(top.key) || blocked.has(top.key)) {
        blocked.add(top.key);
        if (stack.length) blocked.add(stack[stack.length - 1].key);
      } else {
        ordered.push(top.key);
      }
    }
  }
  return { ordered, looped, blocked };
}

/** A record of the file by its key: an existing record's id, or `+external_id` for one the file creates. */
const newKey = (externalId: string) => `+${externalId}`;

/** A reference resolved to one department, or the problem code of one that names none or several. */
type DepartmentMatch = { department: Department } | { code: 'UNKNOWN_REFERENCE' | 'AMBIGUOUS_REFERENCE' };

/**
 * Finds departments the way a file names them: by external id, else by code, else by full path from the top
 * (`工程部/地盤一組`, with or without the company's own name as the first segment). Codes and paths only match active
 * departments, and one that fits several is AMBIGUOUS_REFERENCE rather than a guess. The company root is the oldest
 * active top-level department (the one the organisation was created with).
 */
function departmentDirectory(all: Department[]) {
  const byId = new Map(all.map((d) => [d.id, d]));
  const root = all.filter((d) => !d.parent && !d.archivedAt).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())[0] ?? null;
  const byExternal = new Map<string, Department[]>();
  const byCode = new Map<string, Department[]>();
  const byPath = new Map<string, Department[]>();
  const add = (map: Map<string, Department[]>, key: string, department: Department) => map.set(key, [...(map.get(key) ?? []), department]);
  const pathOf = (department: Department): string[] => {
    const names: string[] = [];
    // Bounded like the tree's SQL walks: a damaged tree must not hang the import.
    for (let at: Department | undefined = department; at && names.length < 100; at = at.parent ? byId.get(at.parent.id) : undefined) names.unshift(at.name.trim());
    return names;
  };
  for (const department of all) {
    if (department.externalId) add(byExternal, department.externalId, department);
    if (department.archivedAt) continue;
    if (department.code) add(byCode, department.code.trim().toLowerCase(), department);
    const path = pathOf(department);
    add(byPath, path.join('/'), department);
    if (root && department !== root && path[0] === root.name.trim()) add(byPath, path.slice(1).join('/'), department);
  }
  const pick = (found: Department[] | undefined): DepartmentMatch | null => {
    if (!found?.length) return null;
    const distinct = [...new Set(found)];
    return distinct.length === 1 ? { department: distinct[0] } : { code: 'AMBIGUOUS_REFERENCE' };
  };
  const normalisedPath = (ref: string) =>
    ref
      .split('/')
      .map((segment) => segment.trim())
      .join('/');
  return {
    root,
    resolve(ref: string): DepartmentMatch {
      return pick(byExternal.get(ref)) ?? pick(byCode.get(ref.toLowerCase())) ?? pick(byPath.get(normalisedPath(ref))) ?? { code: 'UNKNOWN_REFERENCE' };
    },
  };
}

/**
 * Imports departments (external_id, name, parent_external_id, code), matching existing ones by external_id, so
 * running the same file twice changes nothing. A parent is another row's external_id, or an existing department's
 * external id, code or full path; with none, a department goes under the company root. All rows are checked first;
 * any problem → nothing is written. Each row is saved by the department service (createDepartment, renameDepartment,
 * moveDepartment), with its checks and its events, parents before their children.
 */
async function importDepartments(ctx: RequestContext, rows: ImportRow[], dryRun: boolean, onProgress: ImportProgressListener): Promise<ImportReport> {
  const progress = (stage: ImportStage, processedRows: number) => onProgress({ stage, processedRows, totalRows: rows.length });
  progress(ImportStage.CHECKING, 0);
  const problems: RowProblem[] = [];
  const seen = new Map<string, number>();
  for (const { n, cells: row } of rows) {
    if (!row.external_id) problems.push({ row: n, field: 'external_id', code: 'REQUIRED' });
    else if (seen.has(row.external_id)) problems.push({ row: n, field: 'external_id', code: 'DUPLICATE_VALUE' });
    else seen.set(row.external_id, n);
    if (!row.name) problems.push({ row: n, field: 'name', code: 'REQUIRED' });
    else if (row.name.length > 200) problems.push({ row: n, field: 'name', code: 'TOO_LONG', params: { max: 200 } });
  }
  // One transaction: all rows are written, or none.
  return ctx
    .transaction(async (em) => {
      // The whole tree (untracked views): the order of the saves and the loop check follow links outside the file too.
      const all = await findViews(em, Department, {});
      const byId = new Map(all.map((d) => [d.id, d]));
      const byExternal = new Map(all.filter((d) => d.externalId).map((d) => [d.externalId!, d]));
      const directory = departmentDirectory(all);
      const keyOf = (externalId: string) => byExternal.get(externalId)?.id ?? newKey(externalId);
      // Each row's parent: a row of the file by its external_id first, then an existing department; none → the root.
      const parentRefOf = new Map<number, string | null>();
      for (const { n, cells: row } of rows) {
        const parentRef = blank(row.parent_external_id);
        if (parentRef && parentRef === row.external_id) problems.push({ row: n, field: 'parent_external_id', code: 'DEPARTMENT_CYCLE' });
        else if (parentRef && seen.has(parentRef)) parentRefOf.set(n, keyOf(parentRef));
        else if (parentRef) {
          const match = directory.resolve(parentRef);
          if ('code' in match) problems.push({ row: n, field: 'parent_external_id', code: match.code });
          else parentRefOf.set(n, match.department.id);
        } else {
          const isRoot = directory.root && byExternal.get(row.external_id)?.id === directory.root.id;
          parentRefOf.set(n, isRoot ? null : (directory.root?.id ?? null));
        }
      }
      const report: ImportReport = { applied: false, created: 0, updated: 0, unchanged: 0, problems };
      if (problems.length) return report;
      progress(ImportStage.SAVING, 0);
      const rowOf = new Map(rows.map((entry) => [keyOf(entry.cells.external_id), entry]));
      const parentKeyOf = (key: string): string | null => {
        const entry = rowOf.get(key);
        if (entry) return parentRefOf.get(entry.n) ?? null;
        return byId.get(key)?.parent?.id ?? null;
      };
      const { ordered, looped, blocked } = dependencyOrder(rowOf.keys(), (key) => {
        const parent = parentKeyOf(key);
        return parent ? [parent] : [];
      });
      const createdIds = new Map<string, string>();
      let processed = 0;
      for (const key of ordered) {
        const entry = rowOf.get(key);
        if (!entry) continue;
        const { cells: row, n } = entry;
        const parentKey = parentKeyOf(key);
        const parentId = parentKey ? (createdIds.get(parentKey) ?? parentKey) : null;
        const code = blank(row.code);
        try {
          const existing = byExternal.get(row.external_id);
          if (!existing) {
            const department = await createDepartment(ctx, { name: row.name, parentId, code, externalId: row.external_id }, em);
            createdIds.set(key, department.id);
            report.created += 1;
          } else {
            let changed = false;
            if (existing.name !== row.name || (code !== null && existing.code !== code)) {
              await renameDepartment(ctx, existing.id, row.name, code ?? undefined, undefined, em);
              changed = true;
            }
            if ((existing.parent?.id ?? null) !== parentId) {
              await moveDepartment(ctx, existing.id, parentId, undefined, em);
              changed = true;
            }
            if (changed) report.updated += 1;
            else report.unchanged += 1;
          }
          await rowSaved(em);
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          problems.push(...refusedRow(n, error, departmentColumnOf));
          throw new RolledBack({ applied: false, created: 0, updated: 0, unchanged: 0, problems });
        }
        processed += 1;
        if (processed % PROGRESS_EVERY === 0 && processed < rows.length) progress(ImportStage.SAVING, processed);
      }
      progress(ImportStage.VERIFYING, 0);
      // Rows left unsaved hang on a loop of parent links: name each row on the loop itself.
      if (blocked.size) throw new AppError('DEPARTMENT_CYCLE', {}, loopFields(rows, keyOf, looped, blocked, 'parent_external_id', 'DEPARTMENT_CYCLE'));
      if (dryRun) throw new RolledBack(report);
      report.applied = true;
      ctx.record({
        type: 'org.departments.imported',
        subjectType: 'Department',
        subjectId: ctx.tenantId,
        payload: { created: report.created, updated: report.updated, unchanged: report.unchanged },
      });
      return report;
    })
    .catch(rolledBack);
}

const departmentColumnOf = (field: string) => ({ name: 'name', code: 'code', parentId: 'parent_external_id', newParentId: 'parent_external_id', externalId: 'external_id' })[field] ?? field;

/** The problem fields of a loop: each row on it (or, should none be, each row it kept from being saved). */
function loopFields(rows: ImportRow[], keyOf: (externalId: string) => string, looped: Set<string>, blocked: Set<string>, column: string, code: string): FieldProblem[] {
  const onLoop = rows.flatMap(({ n, cells }) => (looped.has(keyOf(cells.external_id)) ? [n] : []));
  const named = onLoop.length ? onLoop : rows.flatMap(({ n, cells }) => (blocked.has(keyOf(cells.external_id)) ? [n] : []));
  return named.map((n) => ({ field: `rows.${n}.${column}`, code }));
}

/**
 * Imports people from CSV (external_id, display_name, english_name, work_email, employee_no, job_title, rank_code,
 * department_external_ids separated by ";" (first = primary), manager_external_id, employment_start_date,
 * mobile_phone), matching existing people by external_id. All rows are checked first; any problem → nothing written.
 * Each row is saved by the person service — createPerson, or updatePerson, addMembership and updateMembership for
 * what changed — with their rules (sign-in email moves end sessions; field grants) and their events, managers before
 * their reports.
 */
async function importPeople(ctx: RequestContext, rows: ImportRow[], dryRun: boolean, onProgress: ImportProgressListener): Promise<ImportReport> {
  const progress = (stage: ImportStage, processedRows: number) => onProgress({ stage, processedRows, totalRows: rows.length });
  progress(ImportStage.CHECKING, 0);
  const problems: RowProblem[] = [];
  const seen = new Map<string, number>();
  const employeeNosSeen = new Set<string>();
  for (const { n, cells: row } of rows) {
    if (!row.external_id) problems.push({ row: n, field: 'external_id', code: 'REQUIRED' });
    else if (seen.has(row.external_id)) problems.push({ row: n, field: 'external_id', code: 'DUPLICATE_VALUE' });
    else seen.set(row.external_id, n);
    const departments = splitList(row.department_external_ids);
    if (!departments.length) problems.push({ row: n, field: 'department_external_ids', code: 'REQUIRED' });
    else if (new Set(departments).size < departments.length) problems.push({ row: n, field: 'department_external_ids', code: 'DUPLICATE_VALUE' });
    for (const problem of personDataProblems(toPersonData(row), true)) problems.push({ ...problem, row: n, field: personColumnOf(problem.field) });
    if (row.employee_no && employeeNosSeen.has(row.employee_no)) problems.push({ row: n, field: 'employee_no', code: 'DUPLICATE_VALUE' });
    if (row.employee_no) employeeNosSeen.add(row.employee_no);
  }
  // One transaction: all rows are written, or none.
  return ctx
    .transaction(async (em) => {
      // References are resolved here; whether they may be used (an archived department, a manager who left) is the
      // services' call, made while saving.
      const directory = departmentDirectory(await findViews(em, Department, {}));
      // Each row's departments as ids (primary first); a reference that names none or several is the row's problem.
      const departmentIdsOf = new Map<number, string[]>();
      const rankByCode = new Map((await findViews(em, JobRank, {})).map((r) => [r.code, r]));
      const existing = await findViews(em, Person, { externalId: { $in: [...seen.keys()] } });
      const personByExternal = new Map<string, Pick<Person, 'id'>>(existing.map((p) => [p.externalId!, p]));
      const managerRefs = [...new Set(rows.map((r) => r.cells.manager_external_id).filter((v): v is string => Boolean(v)))];
      for (const p of await findViews(em, Person, { externalId: { $in: managerRefs } })) if (!personByExternal.has(p.externalId!)) personByExternal.set(p.externalId!, p);
      for (const { n, cells: row } of rows) {
        const ids: string[] = [];
        for (const ref of splitList(row.department_external_ids)) {
          const match = directory.resolve(ref);
          if ('code' in match) problems.push({ row: n, field: 'department_external_ids', code: match.code });
          else if (ids.includes(match.department.id)) problems.push({ row: n, field: 'department_external_ids', code: 'DUPLICATE_VALUE' });
          else ids.push(match.department.id);
        }
        departmentIdsOf.set(n, ids);
        if (row.rank_code && !rankByCode.has(row.rank_code)) problems.push({ row: n, field: 'rank_code', code: 'UNKNOWN_REFERENCE' });
        const managerRef = blank(row.manager_external_id);
        if (managerRef && !seen.has(managerRef) && !personByExternal.has(managerRef)) problems.push({ row: n, field: 'manager_external_id', code: 'UNKNOWN_REFERENCE' });
        if (managerRef && managerRef === row.external_id) problems.push({ row: n, field: 'manager_external_id', code: 'SELF_MANAGER' });
      }
      // Staff numbers are unique: one held by someone else than the row's own person is refused here, not by the database.
      const employeeNos = [...new Set(rows.map((r) => r.cells.employee_no).filter((v): v is string => Boolean(v)))];
      const holders = employeeNos.length ? await findViews(em, Person, { employeeNo: { $in: employeeNos } }) : [];
      const holderByEmployeeNo = new Map(holders.map((p) => [p.employeeNo!, p]));
      for (const { n, cells: row } of rows) {
        const holder = row.employee_no ? holderByEmployeeNo.get(row.employee_no) : undefined;
        if (holder && holder.externalId !== row.external_id) problems.push({ row: n, field: 'employee_no', code: 'DUPLICATE_VALUE' });
      }
      // Every refused sign-in move of the file at once (updatePerson, saving each row, would stop at the first).
      const existingByExternal = new Map(existing.map((p) => [p.externalId!, p]));
      const rowOfPerson = new Map<string, number>();
      const emailChanges: SignInEmailChange[] = rows.flatMap(({ n, cells: row }) => {
        const person = existingByExternal.get(row.external_id);
        const email = blank(row.work_email)?.toLowerCase();
        if (!person || !email || email === person.workEmail) return [];
        rowOfPerson.set(person.id, n);
        return [{ personId: person.id, email, field: 'work_email' }];
      });
      for (const [personId, problem] of await signInEmailProblems(ctx, em, emailChanges)) problems.push({ ...problem, row: rowOfPerson.get(personId)! });
      const report: ImportReport = { applied: false, created: 0, updated: 0, unchanged: 0, problems };
      if (problems.length) return report;
      progress(ImportStage.SAVING, 0);

      // Every reporting line of the organisation (untracked views), for the order of the saves and the loop check.
      const membershipsOf = new Map<string, Membership[]>();
      for (const membership of await findViews(em, Membership, {}, { orderBy: { createdAt: 'asc' } })) {
        membershipsOf.set(membership.person.id, [...(membershipsOf.get(membership.person.id) ?? []), membership]);
      }
      const keyOf = (externalId: string) => personByExternal.get(externalId)?.id ?? newKey(externalId);
      const rowOf = new Map(rows.map(({ n, cells: row }) => [keyOf(row.external_id), { row, n }]));
      const primaryDepartmentOf = (n: number) => departmentIdsOf.get(n)![0];
      // After the import, a person of the file reports to the file's manager in their primary department, and to their
      // managers elsewhere as before; anyone else as before.
      const managerKeysOf = (key: string): string[] => {
        const entry = rowOf.get(key);
        const kept = (membershipsOf.get(key) ?? []).filter((m) => m.manager && (!entry || m.department.id !== primaryDepartmentOf(entry.n)));
        const managers = kept.map((m) => m.manager!.id);
        if (entry && blank(entry.row.manager_external_id)) managers.push(keyOf(entry.row.manager_external_id));
        return managers;
      };
      const { ordered, looped, blocked } = dependencyOrder(rowOf.keys(), managerKeysOf);
      const createdIds = new Map<string, string>();
      let processed = 0;
      for (const key of ordered) {
        const entry = rowOf.get(key);
        if (!entry) continue;
        const { row, n } = entry;
        const managerKey = blank(row.manager_external_id) ? keyOf(row.manager_external_id) : null;
        const managerId = managerKey ? (createdIds.get(managerKey) ?? managerKey) : null;
        const departmentIds = departmentIdsOf.get(n)!;
        try {
          const person = existingByExternal.get(row.external_id);
          if (!person) {
            const created = await createPerson(
              ctx,
              {
                ...toPersonData(row),
                rankId: row.rank_code ? rankByCode.get(row.rank_code)!.id : null,
                externalId: row.external_id,
                memberships: departmentIds.map((departmentId, position) => ({ departmentId, managerId: position === 0 ? managerId : null, isPrimary: position === 0 })),
              },
              em,
            );
            createdIds.set(key, created.id);
            report.created += 1;
          } else if (await savePersonRow(ctx, em, person, row, rankByCode, departmentIds, managerId, membershipsOf.get(person.id) ?? [])) {
            report.updated += 1;
          } else {
            report.unchanged += 1;
          }
          await rowSaved(em);
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          problems.push(...refusedRow(n, error, personColumnOf));
          throw new RolledBack({ applied: false, created: 0, updated: 0, unchanged: 0, problems });
        }
        processed += 1;
        if (processed % PROGRESS_EVERY === 0 && processed < rows.length) progress(ImportStage.SAVING, processed);
      }
      progress(ImportStage.VERIFYING, 0);
      // Rows left unsaved hang on a loop of managers: name each row on the loop itself.
      if (blocked.size) throw new AppError('MANAGER_CYCLE', {}, loopFields(rows, keyOf, looped, blocked, 'manager_external_id', 'MANAGER_CYCLE'));
      if (dryRun) throw new RolledBack(report);
      report.applied = true;
      ctx.record({
        type: 'org.people.imported',
        subjectType: 'Person',
        subjectId: ctx.tenantId,
        payload: { created: report.created, updated: report.updated, unchanged: report.unchanged },
      });
      return report;
    })
    .catch(rolledBack);
}

/**
 * Brings an existing person in line with their row through the mutations' service functions, calling each only for
 * what differs (an empty cell leaves a detail as it is). Whether anything changed.
 */
async function savePersonRow(
  ctx: RequestContext,
  em: EntityManager,
  person: Person,
  row: Record<string, string>,
  rankByCode: Map<string, JobRank>,
  departmentIds: string[],
  managerId: string | null,
  memberships: Membership[],
): Promise<boolean> {
  const data = toPersonData(row);
  const changes: PersonData = {};
  if (data.displayName !== person.displayName) changes.displayName = data.displayName;
  for (const field of ['englishName', 'employeeNo', 'jobTitle', 'employmentStartDate', 'mobilePhone'] as const) {
    if (data[field] !== null && data[field] !== person[field]) changes[field] = data[field];
  }
  if (data.workEmail !== null && data.workEmail.toLowerCase() !== person.workEmail) changes.workEmail = data.workEmail;
  const rankId = row.rank_code ? rankByCode.get(row.rank_code)!.id : null;
  if (rankId !== null && rankId !== (person.rank?.id ?? null)) changes.rankId = rankId;
  let changed = false;
  if (Object.keys(changes).length) {
    await updatePerson(ctx, person.id, changes, em);
    changed = true;
  }
  // The first department listed is the primary position, with the row's manager; the others are joined if missing.
  for (const [position, departmentId] of departmentIds.entries()) {
    const membership = memberships.find((m) => m.department.id === departmentId);
    if (!membership) {
      await addMembership(ctx, person.id, { departmentId, managerId: position === 0 ? managerId : null, isPrimary: position === 0 }, em);
      changed = true;
    } else if (position === 0) {
      const patch: { managerId?: string | null; isPrimary?: boolean } = {};
      if ((membership.manager?.id ?? null) !== managerId) patch.managerId = managerId;
      if (!membership.isPrimary) patch.isPrimary = true;
      if (Object.keys(patch).length) {
        await updateMembership(ctx, membership.id, patch, em);
        changed = true;
      }
    }
  }
  return changed;
}

function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(';')
    .map((v) => v.trim())
    .filter(Boolean);
}

function toPersonData(row: Record<string, string>) {
  return {
    displayName: row.display_name,
    englishName: blank(row.english_name),
    workEmail: blank(row.work_email),
    employeeNo: blank(row.employee_no),
    jobTitle: blank(row.job_title),
    employmentStartDate: blank(row.employment_start_date),
    mobilePhone: blank(row.mobile_phone),
  };
}

const personColumns: Record<string, string> = {
  displayName: 'display_name',
  englishName: 'english_name',
  workEmail: 'work_email',
  employeeNo: 'employee_no',
  jobTitle: 'job_title',
  employmentStartDate: 'employment_start_date',
  mobilePhone: 'mobile_phone',
  externalId: 'external_id',
  rankId: 'rank_code',
  managerId: 'manager_external_id',
  departmentId: 'department_external_ids',
};
/** The column of a service's field: `memberships.0.managerId` and `input.departmentId` name their last part. */
const personColumnOf = (field: string) => personColumns[field.split('.').at(-1)!] ?? field;
