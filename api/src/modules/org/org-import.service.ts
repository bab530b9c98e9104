import { parse } from 'csv-parse/sync';
import type { RequestContext } from '../../core/context/request-context.js';
import { pgArray } from '../../core/database/tenant-filter.js';
import { AppError, type FieldProblem } from '../../core/errors/app-error.js';
import { topicStream } from '../../core/events/topic-queue.js';
import { changeSignInEmails, signInEmailProblems, type SignInEmailChange } from '../identity/index.js';
import { Department } from './department.entity.js';
import { JobRank } from './job-rank.entity.js';
import { Membership } from './membership.entity.js';
import { Person, PersonStatus } from './person.entity.js';
import { personDataProblems } from './person.service.js';

/** One problem in one CSV row (row 1 is the first data row after the header). */
export interface RowProblem extends FieldProblem {
  row: number;
}

/** What an import did, or would do: nothing is written when any row has a problem. */
export interface ImportReport {
  applied: boolean;
  created: number;
  updated: number;
  unchanged: number;
  problems: RowProblem[];
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
 * every replica), never to the outbox.
 */
export async function runImport(ctx: RequestContext, kind: 'DEPARTMENTS' | 'PEOPLE', csv: string, dryRun: boolean, progressKey: string | null): Promise<ImportReport> {
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
    return kind === 'DEPARTMENTS' ? await importDepartments(ctx, csv, dryRun, onProgress) : await importPeople(ctx, csv, dryRun, onProgress);
  } finally {
    publish({ stage: ImportStage.DONE, processedRows: totalRows, totalRows });
  }
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

function readCsv(csv: string, required: string[]): Record<string, string>[] {
  let rows: Record<string, string>[];
  try {
    rows = parse(csv.replace(/^\uFEFF/, ''), { columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), skip_empty_lines: true, trim: true });
  } catch (error) {
    throw new AppError('CSV_INVALID', { reason: (error as Error).message.slice(0, 200) }, [{ field: 'csv', code: 'CSV_INVALID', params: { reason: (error as Error).message.slice(0, 200) } }]);
  }
  const header = rows.length ? Object.keys(rows[0]) : [];
  for (const column of required) {
    if (rows.length && !header.includes(column)) throw new AppError('CSV_MISSING_COLUMN', { column }, [{ field: 'csv', code: 'CSV_MISSING_COLUMN', params: { column } }]);
  }
  if (rows.length > MAX_ROWS) throw new AppError('BAD_USER_INPUT', {}, [{ field: 'csv', code: 'CSV_TOO_MANY_ROWS', params: { max: MAX_ROWS } }]);
  return rows;
}

const blank = (value: string | undefined) => (value === undefined || value === '' ? null : value);

/**
 * Imports departments from CSV (external_id, name, parent_external_id, code), matching existing ones by external_id,
 * so running the same file twice changes nothing. All rows are checked first; any problem → nothing is written.
 */
async function importDepartments(ctx: RequestContext, csv: string, dryRun: boolean, onProgress: ImportProgressListener): Promise<ImportReport> {
  ctx.authorizeEverywhere('import', 'Department');
  const rows = readCsv(csv, ['external_id', 'name']);
  const progress = (stage: ImportStage, processedRows: number) => onProgress({ stage, processedRows, totalRows: rows.length });
  progress(ImportStage.CHECKING, 0);
  const problems: RowProblem[] = [];
  const seen = new Map<string, number>();
  rows.forEach((row, index) => {
    const n = index + 1;
    if (!row.external_id) problems.push({ row: n, field: 'external_id', code: 'REQUIRED' });
    else if (seen.has(row.external_id)) problems.push({ row: n, field: 'external_id', code: 'DUPLICATE_VALUE' });
    else seen.set(row.external_id, n);
    if (!row.name) problems.push({ row: n, field: 'name', code: 'REQUIRED' });
    else if (row.name.length > 200) problems.push({ row: n, field: 'name', code: 'TOO_LONG', params: { max: 200 } });
  });
  return ctx.transaction(async (em) => {
    const existing = await em.find(Department, { externalId: { $in: [...seen.keys()] } });
    const byExternal = new Map(existing.map((d) => [d.externalId!, d]));
    const parentRefs = [...new Set(rows.map((r) => r.parent_external_id).filter((v): v is string => Boolean(v)))];
    const parentsInDb = await em.find(Department, { externalId: { $in: parentRefs } });
    for (const d of parentsInDb) byExternal.set(d.externalId!, d);
    rows.forEach((row, index) => {
      const parentRef = blank(row.parent_external_id);
      if (parentRef && !seen.has(parentRef) && !byExternal.has(parentRef)) problems.push({ row: index + 1, field: 'parent_external_id', code: 'UNKNOWN_REFERENCE' });
      if (parentRef && parentRef === row.external_id) problems.push({ row: index + 1, field: 'parent_external_id', code: 'DEPARTMENT_CYCLE' });
    });
    const report: ImportReport = { applied: false, created: 0, updated: 0, unchanged: 0, problems };
    if (problems.length) return report;
    progress(ImportStage.SAVING, 0);
    // Pass 1: create or rename; pass 2: link parents (a parent may come after its child in the file).
    const touched: Department[] = [];
    const changed = new Set<Department>();
    for (const row of rows) {
      let department = byExternal.get(row.external_id);
      if (!department) {
        department = em.create(Department, { tenantId: ctx.tenantId, name: row.name, code: blank(row.code), externalId: row.external_id });
        em.persist(department);
        byExternal.set(row.external_id, department);
        report.created += 1;
      } else if (department.name !== row.name || (blank(row.code) !== null && department.code !== blank(row.code))) {
        changed.add(department);
      }
      department.name = row.name;
      if (blank(row.code) !== null) department.code = blank(row.code);
      touched.push(department);
    }
    const created = report.created;
    for (const row of rows) {
      const department = byExternal.get(row.external_id)!;
      const parent = blank(row.parent_external_id) ? byExternal.get(row.parent_external_id)! : null;
      if ((department.parent?.id ?? null) !== (parent?.id ?? null)) {
        if (existing.includes(department)) changed.add(department);
        department.parent = parent;
      }
    }
    report.updated = changed.size;
    report.unchanged = rows.length - created - changed.size;
    await em.flush();
    progress(ImportStage.VERIFYING, 0);
    // A cycle can only come from the file's own parent links: walk up from every department of the file at once and
    // name each row whose department comes back to itself. (`union` drops repeated (origin, id) pairs, so a walk that
    // reaches a loop above its origin ends too.)
    const looped = await em.execute<{ origin: string }[]>(
      `with recursive up(origin, id) as (
         select d.id, d.parent_id from department d where d.tenant_id = ? and d.id = any(?::uuid[]) and d.parent_id is not null
         union
         select u.origin, d.parent_id from up u join department d on d.id = u.id where d.tenant_id = ? and d.parent_id is not null
       ) select distinct origin from up where id = origin`,
      [ctx.tenantId, pgArray(touched.map((d) => d.id)), ctx.tenantId],
    );
    if (looped.length) {
      const ids = new Set(looped.map((r) => r.origin));
      const fields = rows.flatMap((row, index) => (ids.has(byExternal.get(row.external_id)!.id) ? [{ field: `rows.${index + 1}.parent_external_id`, code: 'DEPARTMENT_CYCLE' }] : []));
      throw new AppError('DEPARTMENT_CYCLE', {}, fields);
    }
    if (dryRun) throw new DryRunDone(report);
    report.applied = true;
    ctx.record({
      type: 'org.departments.imported',
      subjectType: 'Department',
      subjectId: ctx.tenantId,
      payload: { created: report.created, updated: report.updated, unchanged: report.unchanged },
    });
    return report;
  }).catch((error) => {
    if (error instanceof DryRunDone) return error.report;
    throw error;
  });
}

/** Thrown to roll back a dry run after computing its report. */
class DryRunDone extends Error {
  constructor(readonly report: ImportReport) {
    super('dry run');
  }
}

/**
 * Imports people from CSV (external_id, display_name, english_name, work_email, employee_no, job_title, rank_code,
 * department_external_ids separated by ";" (first = primary), manager_external_id, employment_start_date,
 * mobile_phone), matching existing people by external_id. All rows are checked first; any problem → nothing written.
 */
async function importPeople(ctx: RequestContext, csv: string, dryRun: boolean, onProgress: ImportProgressListener): Promise<ImportReport> {
  ctx.authorizeEverywhere('import', 'Person');
  const rows = readCsv(csv, ['external_id', 'display_name', 'department_external_ids']);
  const progress = (stage: ImportStage, processedRows: number) => onProgress({ stage, processedRows, totalRows: rows.length });
  progress(ImportStage.CHECKING, 0);
  const problems: RowProblem[] = [];
  const seen = new Map<string, number>();
  const employeeNosSeen = new Set<string>();
  rows.forEach((row, index) => {
    const n = index + 1;
    if (!row.external_id) problems.push({ row: n, field: 'external_id', code: 'REQUIRED' });
    else if (seen.has(row.external_id)) problems.push({ row: n, field: 'external_id', code: 'DUPLICATE_VALUE' });
    else seen.set(row.external_id, n);
    if (!row.department_external_ids) problems.push({ row: n, field: 'department_external_ids', code: 'REQUIRED' });
    for (const problem of personDataProblems(toPersonData(row), true)) problems.push({ ...problem, row: n, field: columnOf(problem.field) });
    if (row.employee_no && employeeNosSeen.has(row.employee_no)) problems.push({ row: n, field: 'employee_no', code: 'DUPLICATE_VALUE' });
    if (row.employee_no) employeeNosSeen.add(row.employee_no);
  });
  return ctx.transaction(async (em) => {
    const departmentRefs = [...new Set(rows.flatMap((r) => splitList(r.department_external_ids)))];
    const departments = await em.find(Department, { externalId: { $in: departmentRefs }, archivedAt: null });
    const departmentByExternal = new Map(departments.map((d) => [d.externalId!, d]));
    const ranks = await em.find(JobRank, {});
    const rankByCode = new Map(ranks.map((r) => [r.code, r]));
    const existing = await em.find(Person, { externalId: { $in: [...seen.keys()] } });
    const personByExternal = new Map(existing.map((p) => [p.externalId!, p]));
    const managerRefs = [...new Set(rows.map((r) => r.manager_external_id).filter((v): v is string => Boolean(v)))];
    for (const p of await em.find(Person, { externalId: { $in: managerRefs } })) personByExternal.set(p.externalId!, p);
    rows.forEach((row, index) => {
      const n = index + 1;
      for (const ref of splitList(row.department_external_ids)) {
        if (!departmentByExternal.has(ref)) problems.push({ row: n, field: 'department_external_ids', code: 'UNKNOWN_REFERENCE' });
      }
      if (row.rank_code && !rankByCode.has(row.rank_code)) problems.push({ row: n, field: 'rank_code', code: 'UNKNOWN_REFERENCE' });
      const managerRef = blank(row.manager_external_id);
      if (managerRef && !seen.has(managerRef) && !personByExternal.has(managerRef)) problems.push({ row: n, field: 'manager_external_id', code: 'UNKNOWN_REFERENCE' });
      if (managerRef && managerRef === row.external_id) problems.push({ row: n, field: 'manager_external_id', code: 'SELF_MANAGER' });
    });
    // Staff numbers are unique: one held by someone else than the row's own person is refused here, not by the database.
    const employeeNos = [...new Set(rows.map((r) => r.employee_no).filter((v): v is string => Boolean(v)))];
    const holders = employeeNos.length ? await em.find(Person, { employeeNo: { $in: employeeNos } }) : [];
    const holderByEmployeeNo = new Map(holders.map((p) => [p.employeeNo!, p]));
    rows.forEach((row, index) => {
      const holder = row.employee_no ? holderByEmployeeNo.get(row.employee_no) : undefined;
      if (holder && holder.externalId !== row.external_id) problems.push({ row: index + 1, field: 'employee_no', code: 'DUPLICATE_VALUE' });
    });
    // A new work email for someone who signs in moves their sign-in, under the same rules as updatePerson.
    const rowOfPerson = new Map<string, number>();
    const emailChanges: SignInEmailChange[] = rows.flatMap((row, index) => {
      const person = personByExternal.get(row.external_id);
      const email = blank(row.work_email)?.toLowerCase();
      if (!person || !email || email === person.workEmail) return [];
      rowOfPerson.set(person.id, index + 1);
      return [{ personId: person.id, email, field: 'work_email' }];
    });
    for (const [personId, problem] of await signInEmailProblems(ctx, em, emailChanges)) problems.push({ ...problem, row: rowOfPerson.get(personId)! });
    const report: ImportReport = { applied: false, created: 0, updated: 0, unchanged: 0, problems };
    if (problems.length) return report;
    progress(ImportStage.SAVING, 0);
    const existingIds = existing.map((p) => p.id);
    // Each person's memberships, by person id (maps keep large files linear).
    const membershipsOf = new Map<string, Membership[]>();
    for (const membership of existingIds.length ? await em.find(Membership, { person: { $in: existingIds } }) : []) {
      membershipsOf.set(membership.person.id, [...(membershipsOf.get(membership.person.id) ?? []), membership]);
    }
    const created = new Set<Person>();
    const changed = new Set<Person>();
    // Pass 1: create or update the people; pass 2: their departments and managers (a manager may come after their
    // reports in the file).
    for (const row of rows) {
      let person = personByExternal.get(row.external_id);
      const data = toPersonData(row);
      if (!person) {
        person = em.create(Person, { tenantId: ctx.tenantId, displayName: data.displayName!, externalId: row.external_id });
        em.persist(person);
        personByExternal.set(row.external_id, person);
        created.add(person);
      }
      const before = JSON.stringify([person.displayName, person.englishName, person.workEmail, person.employeeNo, person.jobTitle, person.rank?.id ?? null, person.employmentStartDate, person.mobilePhone]);
      person.displayName = data.displayName!;
      person.englishName = data.englishName ?? person.englishName;
      person.workEmail = data.workEmail?.toLowerCase() ?? person.workEmail;
      person.employeeNo = data.employeeNo ?? person.employeeNo;
      person.jobTitle = data.jobTitle ?? person.jobTitle;
      person.rank = row.rank_code ? rankByCode.get(row.rank_code)! : person.rank;
      person.employmentStartDate = data.employmentStartDate ?? person.employmentStartDate;
      person.mobilePhone = data.mobilePhone ?? person.mobilePhone;
      const after = JSON.stringify([person.displayName, person.englishName, person.workEmail, person.employeeNo, person.jobTitle, person.rank?.id ?? null, person.employmentStartDate, person.mobilePhone]);
      if (before !== after) changed.add(person);
    }
    for (const row of rows) {
      const person = personByExternal.get(row.external_id)!;
      const manager = blank(row.manager_external_id) ? personByExternal.get(row.manager_external_id) ?? null : null;
      for (const [position, ref] of splitList(row.department_external_ids).entries()) {
        const department = departmentByExternal.get(ref)!;
        const own = membershipsOf.get(person.id) ?? [];
        let membership = own.find((m) => m.department.id === department.id);
        if (!membership) {
          membership = em.create(Membership, { tenantId: ctx.tenantId, person, department, manager: null, isPrimary: false });
          em.persist(membership);
          membershipsOf.set(person.id, [...own, membership]);
          changed.add(person);
        }
        if (position > 0) continue;
        if ((membership.manager?.id ?? null) !== (manager?.id ?? null)) {
          membership.manager = manager;
          changed.add(person);
        }
        // The first department listed is the primary position, and the only one.
        for (const other of membershipsOf.get(person.id)!) {
          if (other.isPrimary !== (other === membership)) {
            other.isPrimary = other === membership;
            changed.add(person);
          }
        }
      }
    }
    await changeSignInEmails(ctx, em, emailChanges);
    for (const row of rows) {
      const person = personByExternal.get(row.external_id)!;
      if (created.has(person)) report.created += 1;
      else if (changed.has(person)) report.updated += 1;
      else report.unchanged += 1;
    }
    await em.flush();
    progress(ImportStage.VERIFYING, 0);
    // Managers from the file may close a loop (with each other or with people already here): find every row in one.
    const looped = await em.execute<{ origin: string }[]>(
      `with recursive chain as (
         select m.person_id as origin, m.manager_id as person_id, 1 as depth from membership m
         where m.tenant_id = ? and m.person_id = any(?::uuid[]) and m.manager_id is not null
         union
         select c.origin, m.manager_id, c.depth + 1 from membership m join chain c on m.person_id = c.person_id
         where m.tenant_id = ? and m.manager_id is not null and c.depth < 50
       ) select distinct origin from chain where person_id = origin`,
      [ctx.tenantId, pgArray([...personByExternal.values()].map((p) => p.id)), ctx.tenantId],
    );
    if (looped.length) {
      const ids = new Set(looped.map((r) => r.origin));
      const fields = rows.flatMap((row, index) => (ids.has(personByExternal.get(row.external_id)!.id) ? [{ field: `rows.${index + 1}.manager_external_id`, code: 'MANAGER_CYCLE' }] : []));
      throw new AppError('MANAGER_CYCLE', {}, fields);
    }
    if (dryRun) throw new DryRunDone(report);
    report.applied = true;
    ctx.record({
      type: 'org.people.imported',
      subjectType: 'Person',
      subjectId: ctx.tenantId,
      payload: { created: report.created, updated: report.updated, unchanged: report.unchanged },
    });
    return report;
  }).catch((error) => {
    if (error instanceof DryRunDone) return error.report;
    throw error;
  });
}

function splitList(value: string | undefined): string[] {
  return (value ?? '').split(';').map((v) => v.trim()).filter(Boolean);
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
    status: PersonStatus.ACTIVE,
  };
}

const columns: Record<string, string> = {
  displayName: 'display_name',
  englishName: 'english_name',
  workEmail: 'work_email',
  employeeNo: 'employee_no',
  jobTitle: 'job_title',
  employmentStartDate: 'employment_start_date',
  mobilePhone: 'mobile_phone',
};
const columnOf = (field: string) => columns[field] ?? field;
