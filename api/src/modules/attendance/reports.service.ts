import { csvText } from '../../core/export/csv.js';
import type { RequestContext } from '../../core/context/request-context.js';
import { permittedRow } from '../../core/authz/readable.js';
import { sql, tenantSql, TENANT } from '../../core/database/sql.js';
import { badInput } from '../../core/errors/app-error.js';
import { checkPage, type PageArgs } from '../../core/graphql/pagination.js';
import { AttendanceDay, AttendanceDayException, AttendanceDayStatus } from './attendance-day.entity.js';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** One person's month, summed from their computed days. */
export interface PersonMonth {
  personId: string;
  departmentId: string | null;
  workingDays: number;
  daysPresent: number;
  absentDays: number;
  lateCount: number;
  lateMinutes: number;
  earlyLeaveCount: number;
  earlyLeaveMinutes: number;
  missingPunches: number;
  offsiteDays: number;
  restDaysWorked: number;
  /** Working days on approved leave (half days count 0.5). */
  leaveDays: number;
  /** Approved make-up punches. */
  makeUpPunches: number;
  /** Overtime that counts, in hours (one decimal). */
  overtimeHours: number;
  workedHours: number;
}

/** The first day of a month and of the next, as dates. */
export function monthRange(month: string): { from: string; until: string } {
  if (!MONTH.test(month)) throw badInput({ field: 'month', code: 'ATTENDANCE_MONTH_INVALID' });
  const [year, number] = month.split('-').map(Number);
  const next = number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
  return { from: `${month}-01`, until: `${next}-01` };
}

/**
 * The month of each person whose days the caller may read (their own; their departments' as a manager; everyone's as
 * HR), by department then name — one statement: the days are filtered by the caller's rule and summed in SQL.
 */
export async function monthlySummary(ctx: RequestContext, month: string, departmentId: string | null, page: PageArgs): Promise<{ items: PersonMonth[]; totalCount: number }> {
  const { from, until } = monthRange(month);
  return summed(ctx, from, until, departmentId, checkPage(page, ctx.services.config.maxPageSize));
}

/** The months summed, one page of them (`window`) or all (null). */
async function summed(
  ctx: RequestContext,
  from: string,
  until: string,
  departmentId: string | null,
  window: { limit: number; offset: number } | null,
): Promise<{ items: PersonMonth[]; totalCount: number }> {
  const has = (exception: AttendanceDayException) => sql`d.exceptions @> jsonb_build_array(${exception}::text)`;
  const [row] = await tenantSql<{ items: Record<string, number | string | null>[] | null; total: number }>(
    ctx.em,
    ctx.tenantId,
    sql`with months as (
          select d.person_id, (array_agg(d.department_id order by d.work_date desc))[1] as department_id,
                 count(*) filter (where d.is_working_day)::int as working_days,
                 count(*) filter (where d.is_working_day and d.punch_count > 0)::int as days_present,
                 count(*) filter (where d.status = ${AttendanceDayStatus.ABSENT})::int as absent_days,
                 count(*) filter (where ${has(AttendanceDayException.LATE)})::int as late_count,
                 coalesce(sum(d.late_minutes), 0)::int as late_minutes,
                 count(*) filter (where ${has(AttendanceDayException.EARLY_LEAVE)})::int as early_leave_count,
                 coalesce(sum(d.early_leave_minutes), 0)::int as early_leave_minutes,
                 count(*) filter (where ${has(AttendanceDayException.MISSING_IN)} or ${has(AttendanceDayException.MISSING_OUT)})::int as missing_punches,
                 count(*) filter (where ${has(AttendanceDayException.OFFSITE)})::int as offsite_days,
                 count(*) filter (where not d.is_working_day and d.punch_count > 0)::int as rest_days_worked,
                 (count(*) filter (where d.status = ${AttendanceDayStatus.ON_LEAVE}) + 0.5 * count(*) filter (where d.leave_half_day is not null))::float as leave_days,
                 coalesce(sum(d.make_up_count), 0)::int as make_up_punches,
                 round(coalesce(sum(d.overtime_minutes), 0) / 60.0, 1)::float as overtime_hours,
                 round(coalesce(sum(d.worked_minutes), 0) / 60.0, 1)::float as worked_hours
            from attendance_day d
           where d.tenant_id = ${TENANT} and d.work_date >= ${from}::date and d.work_date < ${until}::date
             and ${permittedRow(ctx, 'read', 'AttendanceDay', AttendanceDay, 'd')}
             ${departmentId ? sql`and d.department_id = ${departmentId}` : sql``}
           group by d.person_id
        )
        select (select json_agg(page order by page.position)
                  from (select months.*, row_number() over (order by months.department_id nulls last, p.display_name, months.person_id) as position
                          from months join person p on p.id = months.person_id and p.tenant_id = ${TENANT}
                         order by position ${window ? sql`limit ${window.limit} offset ${window.offset}` : sql``}) page) as items,
               (select count(*)::int from months) as total`,
  );
  const items = (row?.items ?? []).map((m) => ({
    personId: m.person_id as string,
    departmentId: m.department_id as string | null,
    workingDays: m.working_days as number,
    daysPresent: m.days_present as number,
    absentDays: m.absent_days as number,
    lateCount: m.late_count as number,
    lateMinutes: m.late_minutes as number,
    earlyLeaveCount: m.early_leave_count as number,
    earlyLeaveMinutes: m.early_leave_minutes as number,
    missingPunches: m.missing_punches as number,
    offsiteDays: m.offsite_days as number,
    restDaysWorked: m.rest_days_worked as number,
    leaveDays: m.leave_days as number,
    makeUpPunches: m.make_up_punches as number,
    overtimeHours: m.overtime_hours as number,
    workedHours: m.worked_hours as number,
  }));
  return { items, totalCount: row?.total ?? 0 };
}

/** The columns of the monthly report, in order (the CSV header and the workbook's first row, in the caller's language). */
const COLUMNS: { key: keyof PersonMonth | 'person' | 'department'; header: Record<string, string> }[] = [
  { key: 'person', header: { en: 'Name', 'zh-HK': '姓名', 'zh-CN': '姓名' } },
  { key: 'department', header: { en: 'Department', 'zh-HK': '部門', 'zh-CN': '部门' } },
  { key: 'workingDays', header: { en: 'Working days', 'zh-HK': '應出勤日數', 'zh-CN': '应出勤天数' } },
  { key: 'daysPresent', header: { en: 'Days present', 'zh-HK': '出勤日數', 'zh-CN': '出勤天数' } },
  { key: 'absentDays', header: { en: 'Absent days', 'zh-HK': '缺勤日數', 'zh-CN': '缺勤天数' } },
  { key: 'lateCount', header: { en: 'Late (times)', 'zh-HK': '遲到（次）', 'zh-CN': '迟到（次）' } },
  { key: 'lateMinutes', header: { en: 'Late (minutes)', 'zh-HK': '遲到（分鐘）', 'zh-CN': '迟到（分钟）' } },
  { key: 'earlyLeaveCount', header: { en: 'Early leave (times)', 'zh-HK': '早退（次）', 'zh-CN': '早退（次）' } },
  { key: 'earlyLeaveMinutes', header: { en: 'Early leave (minutes)', 'zh-HK': '早退（分鐘）', 'zh-CN': '早退（分钟）' } },
  { key: 'missingPunches', header: { en: 'Missing punches', 'zh-HK': '缺卡', 'zh-CN': '缺卡' } },
  { key: 'offsiteDays', header: { en: 'Off-site days', 'zh-HK': '外勤日數', 'zh-CN': '外勤天数' } },
  { key: 'restDaysWorked', header: { en: 'Rest days worked', 'zh-HK': '休息日上班', 'zh-CN': '休息日上班' } },
  { key: 'leaveDays', header: { en: 'Leave days', 'zh-HK': '請假日數', 'zh-CN': '请假天数' } },
  { key: 'makeUpPunches', header: { en: 'Make-up punches', 'zh-HK': '補卡', 'zh-CN': '补卡' } },
  { key: 'overtimeHours', header: { en: 'Overtime (hours)', 'zh-HK': '加班（小時）', 'zh-CN': '加班（小时）' } },
  { key: 'workedHours', header: { en: 'Hours worked', 'zh-HK': '工作時數', 'zh-CN': '工作时数' } },
];

/** A file of the monthly report. */
export interface ReportFile {
  fileName: string;
  contentType: string;
  base64: string;
  rows: number;
}

/**
 * The monthly report as a file: CSV (UTF-8 with BOM, so Excel reads the Chinese names) or an .xlsx workbook — every
 * person the caller may read, with the names of those people and departments they may see (blank otherwise).
 */
export async function monthlyReportFile(
  ctx: RequestContext,
  month: string,
  departmentId: string | null,
  format: 'CSV' | 'XLSX',
  names: (rows: PersonMonth[]) => Promise<{ person: string; department: string }[]>,
): Promise<ReportFile> {
  const { from, until } = monthRange(month);
  // All the rows in one statement: summing the month once, not once per page.
  const { items: rows } = await summed(ctx, from, until, departmentId, null);
  const named = await names(rows);
  const locale = ctx.locale;
  const header = COLUMNS.map((column) => column.header[locale] ?? column.header.en);
  const cells = rows.map((row, i) => COLUMNS.map((column) => (column.key === 'person' ? named[i].person : column.key === 'department' ? named[i].department : (row[column.key] ?? ''))));
  const fileName = `attendance-${month}`;
  if (format === 'CSV') {
    return { fileName: `${fileName}.csv`, contentType: 'text/csv; charset=utf-8', base64: Buffer.from(csvText([header, ...cells]), 'utf8').toString('base64'), rows: rows.length };
  }
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(month);
  sheet.addRow(header).font = { bold: true };
  for (const line of cells) sheet.addRow(line);
  sheet.columns.forEach((column, i) => (column.width = i < 2 ? 24 : 14));
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return { fileName: `${fileName}.xlsx`, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', base64: buffer.toString('base64'), rows: rows.length };
}
