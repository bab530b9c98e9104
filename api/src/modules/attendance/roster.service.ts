import type { RequestContext } from '../../core/context/request-context.js';
import { sql, tenantSql, TENANT } from '../../core/database/sql.js';
import { pgArray } from '../../core/database/tenant-filter.js';
import { findViews } from '../../core/database/views.js';
import { AppError, assertNoProblems, type FieldProblem } from '../../core/errors/app-error.js';
import { checkPage, type PageArgs } from '../../core/graphql/pagination.js';
import { scheduleJob } from '../../core/jobs/jobs.js';
import { dayNumber } from '../worktime/index.js';
import { AttendanceRosterEntry } from './attendance-roster.entity.js';
import { AttendanceShift } from './attendance-shift.entity.js';
import { recomputeDays } from './days.service.js';
import { lockedMonths } from './months.service.js';

/** Entries one call may write (a month of a 60-person site). */
const MAX_ENTRIES = 2000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** What a roster file may write in the shift column for a rest day. */
const REST_WORDS = new Set(['', 'rest', 'off', '休息', '休']);

/** One day of a roster as an admin sends it: a shift, or null for a rest day. */
export interface RosterEntryData {
  personId: string;
  date: string;
  shiftId: string | null;
}

/**
 * Writes roster entries (each replaces the person's entry for that day) and has the days already computed in their
 * range computed again in the background. Every entry is checked first — people and shifts of the caller's
 * organisation, real dates, no locked month — and the problems are named by `field` path (`entries.3.date`), so a
 * roster is written whole or not at all. Imports call this too.
 */
export async function setRoster(ctx: RequestContext, entries: RosterEntryData[], numbering: { list: string; first: number } = { list: 'entries', first: 0 }): Promise<number> {
  const { list, first } = numbering;
  if (entries.length > MAX_ENTRIES) assertNoProblems([{ field: list, code: 'TOO_MANY_ITEMS', params: { max: MAX_ENTRIES } }]);
  return ctx.transaction(async (em) => {
    const personIds = [...new Set(entries.map((e) => e.personId).filter((id) => UUID.test(id)))];
    const shiftIds = [...new Set(entries.flatMap((e) => (e.shiftId && UUID.test(e.shiftId) ? [e.shiftId] : [])))];
    const people = new Map(
      (
        await tenantSql<{ id: string; department_id: string | null }>(
          em,
          ctx.tenantId,
          sql`select p.id, (select m.department_id from membership m where m.tenant_id = ${TENANT} and m.person_id = p.id order by m.is_primary desc, m.created_at limit 1) as department_id
                from person p where p.tenant_id = ${TENANT} and p.id = any(${pgArray(personIds)}::uuid[])`,
        )
      ).map((row) => [row.id, row.department_id]),
    );
    const shifts = new Set((shiftIds.length ? await em.find(AttendanceShift, { id: { $in: shiftIds } }) : []).map((s) => s.id));
    const problems: FieldProblem[] = [];
    const seen = new Set<string>();
    entries.forEach((entry, i) => {
      const field = `${list}.${i + first}`;
      if (!people.has(entry.personId)) problems.push({ field: `${field}.personId`, code: 'UNKNOWN_REFERENCE' });
      if (dayNumber(entry.date) === null) problems.push({ field: `${field}.date`, code: 'INVALID_DATE' });
      if (entry.shiftId && !shifts.has(entry.shiftId)) problems.push({ field: `${field}.shiftId`, code: 'UNKNOWN_REFERENCE' });
      const key = `${entry.personId} ${entry.date}`;
      if (seen.has(key)) problems.push({ field: `${field}.date`, code: 'ATTENDANCE_ROSTER_DUPLICATE' });
      seen.add(key);
    });
    assertNoProblems(problems);
    // Each entry is authorized like the record it writes: a rule scoped to departments writes only their people's days.
    for (const personId of new Set(entries.map((e) => e.personId))) ctx.authorize('update', 'AttendanceRosterEntry', { personId, departmentId: people.get(personId) ?? null });
    if (!entries.length) return 0;
    const [locked] = await lockedMonths(ctx, em, [...new Set(entries.map((e) => e.date.slice(0, 7)))]);
    if (locked) throw new AppError('ATTENDANCE_MONTH_LOCKED', { month: locked });
    await tenantSql(
      em,
      ctx.tenantId,
      sql`insert into attendance_roster_entry (id, tenant_id, person_id, department_id, date, shift_id, created_at, updated_at)
          select gen_random_uuid(), ${TENANT}, e.person_id, e.department_id, e.date, e.shift_id, now(), now()
            from json_to_recordset(${JSON.stringify(
              entries.map((e) => ({ person_id: e.personId, department_id: people.get(e.personId) ?? null, date: e.date, shift_id: e.shiftId ?? null })),
            )}::json) as e(person_id uuid, department_id uuid, date date, shift_id uuid)
          on conflict (tenant_id, person_id, date) do update set shift_id = excluded.shift_id, department_id = excluded.department_id, updated_at = now()`,
    );
    const dates = entries.map((e) => e.date).sort();
    await scheduleJob(ctx, em, recomputeDays, { from: dates[0], to: dates[dates.length - 1], personIds: [...new Set(entries.map((e) => e.personId))] });
    ctx.record({
      type: 'attendance.roster.changed',
      subjectType: 'Organization',
      subjectId: ctx.tenantId,
      payload: { entries: entries.length, from: dates[0], to: dates[dates.length - 1] },
      after: { entries: entries.length, from: dates[0], to: dates[dates.length - 1] },
    });
    return entries.length;
  });
}

/**
 * Reads a roster file — CSV with a header row `person,date,shift`: the person by work email or staff number, the date
 * as YYYY-MM-DD, the shift by its name (blank, "rest" or 休息: a rest day) — and writes it through `setRoster`.
 * Problems are named by row (`rows.2.person`), row 1 being the first after the header.
 */
export async function importRoster(ctx: RequestContext, csv: string): Promise<number> {
  const lines = csv
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const header = (lines.shift() ?? '')
    .toLowerCase()
    .split(',')
    .map((cell) => cell.trim());
  if (header.join(',') !== 'person,date,shift') assertNoProblems([{ field: 'csv', code: 'ATTENDANCE_ROSTER_HEADER' }]);
  const rows = lines.map((line) => line.split(',').map((cell) => cell.trim().replace(/^"|"$/g, '')));
  const [people, shifts] = await Promise.all([
    tenantSql<{ id: string; work_email: string | null; employee_no: string | null }>(
      ctx.em,
      ctx.tenantId,
      sql`select id, lower(work_email) as work_email, employee_no from person where tenant_id = ${TENANT}
           and (lower(work_email) = any(${pgArray(rows.map((r) => (r[0] ?? '').toLowerCase()))}::text[]) or employee_no = any(${pgArray(rows.map((r) => r[0] ?? ''))}::text[]))`,
    ),
    ctx.em.find(AttendanceShift, {}),
  ]);
  const personOf = (key: string) => people.find((p) => p.work_email === key.toLowerCase() || p.employee_no === key)?.id;
  const problems: FieldProblem[] = [];
  const entries: RosterEntryData[] = rows.map((row, i) => {
    const [person = '', date = '', shiftName = ''] = row;
    const personId = personOf(person);
    if (!personId) problems.push({ field: `rows.${i + 1}.person`, code: 'UNKNOWN_REFERENCE' });
    if (dayNumber(date) === null) problems.push({ field: `rows.${i + 1}.date`, code: 'INVALID_DATE' });
    const rest = REST_WORDS.has(shiftName.toLowerCase());
    const shift = rest ? null : shifts.find((s) => s.name === shiftName);
    if (!rest && !shift) problems.push({ field: `rows.${i + 1}.shift`, code: 'UNKNOWN_REFERENCE' });
    return { personId: personId ?? '', date, shiftId: shift?.id ?? null };
  });
  assertNoProblems(problems);
  return setRoster(ctx, entries, { list: 'rows', first: 1 });
}

/** Roster entries the caller may read (their own; their departments' as a manager; all as HR), by date then person. */
export async function listRoster(
  ctx: RequestContext,
  filter: { from: string; to: string; personId?: string | null; departmentId?: string | null },
  page: PageArgs,
): Promise<{ items: AttendanceRosterEntry[]; totalCount: number }> {
  const { limit, offset } = checkPage(page, ctx.services.config.maxPageSize);
  const problems: FieldProblem[] = [];
  if (dayNumber(filter.from) === null) problems.push({ field: 'from', code: 'INVALID_DATE' });
  if (dayNumber(filter.to) === null) problems.push({ field: 'to', code: 'INVALID_DATE' });
  assertNoProblems(problems);
  const where: Record<string, unknown>[] = [ctx.accessibleWhere('read', 'AttendanceRosterEntry'), { date: { $gte: filter.from, $lte: filter.to } }];
  if (filter.personId) where.push({ person: filter.personId });
  if (filter.departmentId) where.push({ departmentId: filter.departmentId });
  const items = await findViews(ctx.em, AttendanceRosterEntry, { $and: where }, { orderBy: { date: 'asc', person: 'asc', id: 'asc' }, limit, offset });
  return { items, totalCount: await ctx.em.count(AttendanceRosterEntry, { $and: where }) };
}
