import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../core/context/request-context.js';
import { sql, tenantSql, TENANT } from '../../core/database/sql.js';
import { AppError, assertNoProblems, badInput } from '../../core/errors/app-error.js';
import { workingTimeOf } from '../worktime/index.js';
import { AttendanceMonth, AttendanceMonthStatus } from './attendance-month.entity.js';
import { monthTransitions } from './attendance.transitions.js';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A month as stored when it has never been locked: OPEN, with its month as its id. */
const neverLocked = (ctx: RequestContext, month: string) => Object.assign(new AttendanceMonth(), { id: month, tenantId: ctx.tenantId, month, status: AttendanceMonthStatus.OPEN, version: 0 });

/** Refuses anything but YYYY-MM. */
function checkMonth(field: string, month: string): void {
  if (!MONTH.test(month)) throw badInput({ field, code: 'ATTENDANCE_MONTH_INVALID' });
}

/** The months among `months` (YYYY-MM) that are locked. */
export async function lockedMonths(ctx: RequestContext, em: EntityManager, months: string[]): Promise<string[]> {
  if (!months.length) return [];
  const rows = await tenantSql<{ month: string }>(
    em,
    ctx.tenantId,
    sql`select month from attendance_month where tenant_id = ${TENANT} and status = ${AttendanceMonthStatus.LOCKED} and month = any(string_to_array(${months.join(',')}, ','))`,
  );
  return rows.map((row) => row.month).sort();
}

/** Throws ATTENDANCE_MONTH_LOCKED when the month of a work day (YYYY-MM-DD) is locked. */
export async function assertMonthOpen(ctx: RequestContext, em: EntityManager, workDate: string): Promise<void> {
  const [locked] = await lockedMonths(ctx, em, [workDate.slice(0, 7)]);
  if (locked) throw new AppError('ATTENDANCE_MONTH_LOCKED', { month: locked });
}

/** The cut-off state of each month of a year (those never locked are OPEN). */
export async function monthsOf(ctx: RequestContext, year: number): Promise<AttendanceMonth[]> {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badInput({ field: 'year', code: 'INVALID_VALUE' });
  ctx.authorize('read', 'AttendanceMonth', {});
  const stored = new Map((await ctx.em.find(AttendanceMonth, { month: { $like: `${year}-%` } })).map((m) => [m.month, m]));
  return Array.from({ length: 12 }, (_, i) => {
    const month = `${year}-${String(i + 1).padStart(2, '0')}`;
    return stored.get(month) ?? neverLocked(ctx, month);
  });
}

/**
 * Locks a month for payroll: its days no longer change — a late offline punch for it is refused, and recomputation
 * passes it by. Only a month that has begun can be locked.
 */
export async function lockMonth(ctx: RequestContext, month: string, version?: number | null): Promise<AttendanceMonth> {
  checkMonth('month', month);
  return ctx.transaction(async (em) => {
    ctx.authorize('lock', 'AttendanceMonth', {});
    const today = (await workingTimeOf(ctx, em)).localDate(ctx.services.clock.now());
    if (month > today.slice(0, 7)) throw badInput({ field: 'month', code: 'ATTENDANCE_MONTH_NOT_BEGUN' });
    const existing = await em.findOne(AttendanceMonth, { month });
    const record = existing ?? em.create(AttendanceMonth, { tenantId: ctx.tenantId, month });
    // A month never locked has no version of its own yet: there is nothing someone else could have changed first.
    await monthTransitions.apply(em, record, 'lock', { expectedVersion: existing ? version : null, change: (m) => (m.lockedAt = ctx.services.clock.now()) });
    em.persist(record);
    ctx.record({ type: 'attendance.month.locked', subjectType: 'AttendanceMonth', subjectId: record.id, subjectLabel: month, payload: { month } });
    return record;
  });
}

/** Reopens a locked month (the reason is kept and audited); its days change again until it is locked anew. */
export async function reopenMonth(ctx: RequestContext, month: string, reason: string, version?: number | null): Promise<AttendanceMonth> {
  checkMonth('month', month);
  assertNoProblems(reason.trim() ? [] : [{ field: 'reason', code: 'REQUIRED' }]);
  return ctx.transaction(async (em) => {
    ctx.authorize('reopen', 'AttendanceMonth', {});
    const record = (await em.findOne(AttendanceMonth, { month })) ?? neverLocked(ctx, month);
    await monthTransitions.apply(em, record, 'reopen', {
      expectedVersion: version,
      change: (m) => {
        m.reopenedAt = ctx.services.clock.now();
        m.reopenReason = reason.trim();
      },
    });
    ctx.record({ type: 'attendance.month.reopened', subjectType: 'AttendanceMonth', subjectId: record.id, subjectLabel: month, payload: { month }, after: { reason: reason.trim() } });
    return record;
  });
}
