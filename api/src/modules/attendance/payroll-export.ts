import type { RequestContext } from '../../core/context/request-context.js';
import { permittedRow } from '../../core/authz/readable.js';
import { sql, tenantSql, TENANT } from '../../core/database/sql.js';
import { workingTimeOf } from '../worktime/index.js';
import { AttendanceDay, AttendanceDayStatus } from './attendance-day.entity.js';
import { csvText } from '../../core/export/csv.js';
import { monthRange, type ReportFile } from './reports.service.js';

/** Which payroll file: worked time, or leave taken. */
export type PayrollFileKind = 'TIMESHEETS' | 'LEAVE';

/** How a person is named in a payroll file: their payroll id and name, blank for those the caller may not see. */
export interface PayrollPerson {
  employeeId: string;
  name: string;
}

const TIMESHEET_HEADER = ['Employee Id', 'Employee Name', 'Start', 'End', 'Break Minutes', 'Units', 'Work Type', 'Comments'];
const LEAVE_HEADER = ['Employee Id', 'Employee Name', 'From Date', 'To Date', 'Units', 'Unit Type', 'Leave Category', 'Notes'];

const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

/**
 * A worked day's timesheet lines: its ordinary hours (or rest-day work), and the overtime to be paid on a line of its
 * own — overtime taken back as time off is in the leave ledger instead, so it is left out.
 */
function timesheetLines(row: Record<string, string | number>, person: PayrollPerson): (string | number)[][] {
  const worked = row.worked_minutes as number;
  const overtime = row.overtime_minutes as number;
  const paidOvertime = overtime - (row.time_off_minutes as number);
  const line = (units: number, workType: string) => [person.employeeId, person.name, row.start ?? '', row.end ?? '', row.break_minutes ?? 0, units, workType, row.comments];
  const lines = [];
  if (worked - overtime > 0) lines.push(line(hours(worked - overtime), row.work_type as string));
  if (paidOvertime > 0) lines.push(line(hours(paidOvertime), 'Overtime'));
  return lines;
}

/**
 * The payroll export of a month in the shape KeyPay (Employment Hero Payroll) imports through its custom timesheet
 * file upload: one line per worked day (start and end as dd/MM/yyyy HH:mm in the organisation's time zone, break
 * minutes, hours as units, Ordinary Hours or Rest Day Work, exceptions as the comment) and one for its paid overtime — or, for LEAVE, one line per day
 * of approved leave (1 or 0.5 days, the leave type's English name as the leave category). Read from the computed days,
 * filtered by the caller's rule on them, in one statement; README "Payroll export" maps each column.
 */
export async function payrollFile(
  ctx: RequestContext,
  month: string,
  kind: PayrollFileKind,
  departmentId: string | null,
  people: (personIds: string[]) => Promise<Map<string, PayrollPerson>>,
): Promise<ReportFile> {
  const { from, until } = monthRange(month);
  const { timeZone: zone } = await workingTimeOf(ctx);
  const rows = await tenantSql<Record<string, string | number>>(
    ctx.em,
    ctx.tenantId,
    kind === 'TIMESHEETS'
      ? sql`select d.person_id, to_char(d.first_punch_at at time zone ${zone}, 'DD/MM/YYYY HH24:MI') as start, to_char(d.last_punch_at at time zone ${zone}, 'DD/MM/YYYY HH24:MI') as end,
                   greatest(0, round(extract(epoch from d.last_punch_at - d.first_punch_at) / 60) - d.worked_minutes)::int as break_minutes,
                   d.worked_minutes, d.overtime_minutes,
                   least(d.overtime_minutes, coalesce((select sum(extract(epoch from r.overtime_end - r.overtime_start) / 60)
                                                         from attendance_request r
                                                        where r.tenant_id = ${TENANT} and r.person_id = d.person_id and r.start_date = d.work_date
                                                          and r.kind = 'OVERTIME' and r.status = 'APPROVED' and r.compensation = 'TIME_OFF'), 0))::int as time_off_minutes,
                   case when d.is_working_day then 'Ordinary Hours' else 'Rest Day Work' end as work_type,
                   array_to_string(array(select jsonb_array_elements_text(d.exceptions)), ' ') as comments
              from attendance_day d join person p on p.id = d.person_id and p.tenant_id = ${TENANT}
             where d.tenant_id = ${TENANT} and d.work_date >= ${from}::date and d.work_date < ${until}::date and (d.worked_minutes > 0 or d.overtime_minutes > 0)
               and ${permittedRow(ctx, 'read', 'AttendanceDay', AttendanceDay, 'd')} ${departmentId ? sql`and d.department_id = ${departmentId}` : sql``}
             order by p.display_name, d.person_id, d.work_date`
      : sql`select d.person_id, to_char(d.work_date, 'DD/MM/YYYY') as day, case when d.leave_half_day is null then 1 else 0.5 end::float as units,
                   coalesce(t.name_en, d.leave_type_key) as category, coalesce(d.leave_half_day, '') as half
              from attendance_day d join person p on p.id = d.person_id and p.tenant_id = ${TENANT}
              left join attendance_leave_type t on t.tenant_id = ${TENANT} and t.key = d.leave_type_key
             where d.tenant_id = ${TENANT} and d.work_date >= ${from}::date and d.work_date < ${until}::date and d.leave_type_key is not null
               and (d.status = ${AttendanceDayStatus.ON_LEAVE} or d.leave_half_day is not null)
               and ${permittedRow(ctx, 'read', 'AttendanceDay', AttendanceDay, 'd')} ${departmentId ? sql`and d.department_id = ${departmentId}` : sql``}
             order by p.display_name, d.person_id, d.work_date`,
  );
  const named = await people([...new Set(rows.map((row) => row.person_id as string))]);
  const who = (row: Record<string, string | number>) => named.get(row.person_id as string) ?? { employeeId: '', name: '' };
  const lines =
    kind === 'TIMESHEETS'
      ? [TIMESHEET_HEADER, ...rows.flatMap((row) => timesheetLines(row, who(row)))]
      : [LEAVE_HEADER, ...rows.map((row) => [who(row).employeeId, who(row).name, row.day, row.day, row.units, 'Days', row.category, row.half ? `${row.half} half day` : ''])];
  return {
    fileName: `payroll-${kind === 'TIMESHEETS' ? 'timesheets' : 'leave'}-${month}.csv`,
    contentType: 'text/csv; charset=utf-8',
    base64: Buffer.from(csvText(lines), 'utf8').toString('base64'),
    rows: lines.length - 1,
  };
}
