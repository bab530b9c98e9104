import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../core/context/request-context.js';
import { sql, tenantSql, TENANT } from '../../core/database/sql.js';
import { findViews } from '../../core/database/views.js';
import { AppError, assertNoProblems, type FieldProblem } from '../../core/errors/app-error.js';
import type { DeliveredEvent } from '../../core/events/event.js';
import { checkPage, type PageArgs } from '../../core/graphql/pagination.js';
import { scheduleJob, type JobDefinition } from '../../core/jobs/jobs.js';
import { pgArray } from '../../core/database/tenant-filter.js';
import { dateOfDay, dayNumber, minuteOfDay, workingTimeOf, Zone, type WorkingTime } from '../worktime/index.js';
import { AttendanceDay, AttendanceDayException, AttendanceDayStatus } from './attendance-day.entity.js';
import { AttendanceGroup } from './attendance-group.entity.js';
import { AttendancePunch, PunchFlag } from './attendance-punch.entity.js';
import { AttendanceRequest, AttendanceRequestKind, AttendanceRequestStatus, OvertimeCompensation } from './attendance-request.entity.js';
import type { AttendanceShift } from './attendance-shift.entity.js';
import { countedOvertime, dayResult, type DayShift } from './day-result.js';
import { DEFAULT_WORKDAY_MINUTES, syncTimeOffInLieu } from './leave.service.js';
import { groupMembers, membershipOf, rosterOf } from './membership.js';
import { lockedMonths } from './months.service.js';

const DAY_MINUTES = 1440;
/** The longest range one recomputation covers (a month and a bit: a pay period with its edges). */
const MAX_RECOMPUTE_DAYS = 62;

/** The fields rule conditions test on a day. */
export const daySubject = (day: { person: { id: string }; departmentId: string | null }) => ({ personId: day.person.id, departmentId: day.departmentId });

/** A shift as minutes of its work day: an overnight shift's end, and breaks after midnight, move past 1440. */
function dayShiftOf(shift: AttendanceShift): DayShift {
  const start = minuteOfDay(shift.start) ?? 0;
  const rawEnd = minuteOfDay(shift.end) ?? 0;
  const onWorkDay = (minute: number) => (minute < start ? minute + DAY_MINUTES : minute);
  return {
    kind: shift.kind,
    start,
    end: rawEnd <= start ? rawEnd + DAY_MINUTES : rawEnd,
    lateTolerance: shift.lateToleranceMinutes,
    earlyLeaveTolerance: shift.earlyLeaveToleranceMinutes,
    breaks: shift.breaks.map((b) => [onWorkDay(minuteOfDay(b.start) ?? 0), onWorkDay(minuteOfDay(b.end) ?? 0)] as [number, number]),
    coreStart: shift.coreStart ? onWorkDay(minuteOfDay(shift.coreStart) ?? 0) : undefined,
    coreEnd: shift.coreEnd ? onWorkDay(minuteOfDay(shift.coreEnd) ?? 0) : undefined,
    requiredMinutes: shift.requiredMinutes ?? undefined,
  };
}

/** A shift's working minutes: its span less its breaks (what a day of time off in lieu is worth). */
function workdayMinutes(shift: DayShift): number {
  return shift.end - shift.start - shift.breaks.reduce((sum, [start, end]) => sum + Math.max(0, end - start), 0);
}

/**
 * Computes one person's work day from their punches and the rules that apply now, and stores it (a day of a locked
 * month is left as it is). Records `attendance.day.computed` only when the result changed, so a recomputation that
 * finds nothing new is silent.
 */
export async function computeDay(ctx: RequestContext, em: EntityManager, personId: string, workDate: string, calendar?: WorkingTime): Promise<AttendanceDay | null> {
  // A locked month's days stay as they were when it was locked.
  if ((await lockedMonths(ctx, em, [workDate.slice(0, 7)])).length) return em.findOne(AttendanceDay, { person: personId, workDate });
  const member = await membershipOf(ctx, em, personId);
  const group = member.groupId ? await em.findOne(AttendanceGroup, { id: member.groupId }, { populate: ['shift'] }) : null;
  let shift = group?.shift ?? null;
  let isWorkingDay = (calendar ?? (await workingTimeOf(ctx, em))).isWorkingDay(workDate);
  if (group?.rostered) {
    // A rostered member works the day's roster shift, holiday or not; a day without one is a rest day.
    shift = (await rosterOf(em, personId, [workDate])).get(workDate) ?? null;
    isWorkingDay = shift !== null;
  }
  const recorded = await em.find(AttendancePunch, { person: personId, workDate }, { orderBy: { punchedAt: 'asc' } });
  // Approved requests count as they were asked: a make-up punch as a punch, leave as a day (or half) off.
  const requests = await em.find(
    AttendanceRequest,
    { person: personId, startDate: { $lte: workDate }, endDate: { $gte: workDate } },
    { populate: ['leaveType'], orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  const approved = requests.filter((r) => r.status === AttendanceRequestStatus.APPROVED);
  const leave = isWorkingDay ? (approved.find((r) => r.kind === AttendanceRequestKind.LEAVE) ?? null) : null;
  const makeUps = approved.filter((r) => r.kind === AttendanceRequestKind.MAKE_UP_PUNCH && r.punchedAt);
  const punches = [
    ...recorded.map((p) => ({ at: p.punchedAt, offsite: p.flags.includes(PunchFlag.OFFSITE), flagged: p.flags.some((flag) => flag !== PunchFlag.OFFSITE) })),
    ...makeUps.map((r) => ({ at: r.punchedAt!, offsite: false, flagged: false })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  const zone = new Zone(member.timeZone);
  const dayStart = dayNumber(workDate)! * DAY_MINUTES;
  const minuteOf = (at: Date) => {
    const local = zone.local(at.getTime());
    return local.day * DAY_MINUTES + local.minute - dayStart;
  };
  const dayShift = shift ? dayShiftOf(shift) : null;
  const result = dayResult(
    dayShift,
    isWorkingDay,
    punches.map((p) => ({ minute: minuteOf(p.at), offsite: p.offsite, flagged: p.flagged })),
    leave ? (leave.halfDay ?? 'FULL') : null,
  );
  const overtime = approved.filter((r) => r.kind === AttendanceRequestKind.OVERTIME && r.overtimeStart && r.overtimeEnd);
  const approvedOvertime = overtime.reduce((sum, r) => sum + Math.round((r.overtimeEnd!.getTime() - r.overtimeStart!.getTime()) / 60_000), 0);
  const overtimeMinutes = group ? countedOvertime(group.overtimeMode, group.overtimeMinimumMinutes, result.punchedOvertime, approvedOvertime) : 0;
  await syncTimeOffInLieu(ctx, em, {
    personId,
    departmentId: member.departmentId,
    workDate,
    overtimeMinutes,
    workdayMinutes: dayShift ? workdayMinutes(dayShift) : DEFAULT_WORKDAY_MINUTES,
    requests: requests.filter((r) => r.kind === AttendanceRequestKind.OVERTIME && r.compensation === OvertimeCompensation.TIME_OFF),
  });
  const values = {
    departmentId: member.departmentId,
    groupId: member.groupId,
    isWorkingDay,
    status: result.status as AttendanceDayStatus,
    exceptions: result.exceptions as AttendanceDayException[],
    firstPunchAt: punches[0]?.at ?? null,
    lastPunchAt: punches.at(-1)?.at ?? null,
    punchCount: punches.length,
    makeUpCount: makeUps.length,
    leaveTypeKey: leave?.leaveType?.key ?? null,
    leaveHalfDay: leave?.halfDay ?? null,
    lateMinutes: result.lateMinutes,
    earlyLeaveMinutes: result.earlyLeaveMinutes,
    workedMinutes: result.workedMinutes,
    shortMinutes: result.shortMinutes,
    overtimeMinutes,
  };
  const existing = await em.findOne(AttendanceDay, { person: personId, workDate });
  const changed = !existing || (Object.keys(values) as (keyof typeof values)[]).some((key) => JSON.stringify(existing[key]) !== JSON.stringify(values[key]));
  const day = existing ?? em.create(AttendanceDay, { tenantId: ctx.tenantId, person: personId, workDate, ...values, computedAt: ctx.services.clock.now() });
  if (existing) em.assign(existing, { ...values, computedAt: ctx.services.clock.now() });
  em.persist(day);
  if (changed) {
    ctx.record({
      type: 'attendance.day.computed',
      subjectType: 'AttendanceDay',
      subjectId: day.id,
      payload: { dayId: day.id, personId, departmentId: member.departmentId, workDate, status: values.status },
    });
  }
  return day;
}

/** Consumer of punches: the day each punch belongs to is computed again (idempotent: a punch seen twice changes nothing). */
export async function computeDayOfPunch(ctx: RequestContext, event: DeliveredEvent): Promise<void> {
  await ctx.transaction((em) => computeDay(ctx, em, event.payload.personId as string, event.payload.workDate as string));
}

/** The dates from `from` to `to`, both included. */
function datesBetween(from: string, to: string): string[] {
  const first = dayNumber(from)!;
  return Array.from({ length: dayNumber(to)! - first + 1 }, (_, i) => dateOfDay(first + i));
}

/** Computes each person-day, one transaction each (a failure leaves the others done; the job's retry redoes them all, idempotently). */
async function computeEach(ctx: RequestContext, pairs: { personId: string; workDate: string }[]): Promise<void> {
  const calendar = await workingTimeOf(ctx);
  for (const { personId, workDate } of pairs) {
    await ctx.transaction((em) => computeDay(ctx, em, personId, workDate, calendar));
    // Each transaction's entities stay in the job's EntityManager, and every later flush looks at all of them: a
    // day's are let go once it is stored, so a job over many days costs what its days do, not their square.
    ctx.em.clear();
  }
}

/**
 * Recomputes a range of days in the background (after rules changed, or when HR asks): the days already computed and
 * the days with punches, of the given people or everyone. A day never computed and without punches is left alone —
 * rules set up mid-month do not turn the weeks before them into absences.
 */
export const recomputeDays: JobDefinition<{ from: string; to: string; personIds: string[] | null }> = {
  name: 'attendance.recompute-days',
  handle: async (ctx, { from, to, personIds }) => {
    const people = personIds ? sql`and person_id = any(${pgArray(personIds)}::uuid[])` : sql``;
    const pairs = await tenantSql<{ person_id: string; work_date: string }>(
      ctx.em,
      ctx.tenantId,
      sql`select person_id, to_char(work_date, 'YYYY-MM-DD') as work_date from attendance_day where tenant_id = ${TENANT} and work_date between ${from}::date and ${to}::date ${people}
          union
          select person_id, to_char(work_date, 'YYYY-MM-DD') from attendance_punch where tenant_id = ${TENANT} and work_date between ${from}::date and ${to}::date ${people}
          order by 2, 1`,
    );
    await computeEach(
      ctx,
      pairs.map((pair) => ({ personId: pair.person_id, workDate: pair.work_date })),
    );
  },
};

/**
 * Closes yesterday (in the organisation's calendar time zone) for every group member whose day was not computed yet:
 * a working day nobody punched on becomes ABSENT, which no punch event would ever tell. Runs every hour, so each time
 * zone's yesterday is closed soon after its midnight; after the first run of a day there is nothing left to do but the
 * one query that finds so.
 */
export const closeYesterday: JobDefinition = {
  name: 'attendance.close-yesterday',
  recurring: '5 * * * *',
  handle: async (ctx) => {
    const today = (await workingTimeOf(ctx)).localDate(ctx.services.clock.now());
    const yesterday = dateOfDay(dayNumber(today)! - 1);
    const computed = new Set(
      (await tenantSql<{ person_id: string }>(ctx.em, ctx.tenantId, sql`select person_id from attendance_day where tenant_id = ${TENANT} and work_date = ${yesterday}::date`)).map(
        (row) => row.person_id,
      ),
    );
    const open = (await groupMembers(ctx, ctx.em)).filter((member) => !computed.has(member.personId));
    await computeEach(
      ctx,
      open.map((member) => ({ personId: member.personId, workDate: yesterday })),
    );
  },
};

/**
 * HR asks for a range of days to be computed again (after correcting a shift, a holiday, or someone's group): queued as
 * a durable job; the days change as it runs. Returns how many person-days were queued.
 */
export async function requestRecompute(ctx: RequestContext, input: { from: string; to: string; personIds?: string[] | null }): Promise<number> {
  const problems: FieldProblem[] = [];
  const first = dayNumber(input.from);
  const last = dayNumber(input.to);
  if (first === null) problems.push({ field: 'from', code: 'INVALID_DATE' });
  if (last === null) problems.push({ field: 'to', code: 'INVALID_DATE' });
  if (first !== null && last !== null && (last < first || last - first >= MAX_RECOMPUTE_DAYS)) problems.push({ field: 'to', code: 'ATTENDANCE_RANGE_TOO_LONG', params: { max: MAX_RECOMPUTE_DAYS } });
  assertNoProblems(problems);
  return ctx.transaction(async (em) => {
    ctx.authorize('update', 'AttendanceDay', { personId: null, departmentId: null });
    const months = [...new Set(datesBetween(input.from, input.to).map((date) => date.slice(0, 7)))];
    const [locked] = await lockedMonths(ctx, em, months);
    if (locked) throw new AppError('ATTENDANCE_MONTH_LOCKED', { month: locked });
    const members = await groupMembers(ctx, em);
    const personIds = input.personIds?.length ? input.personIds : null;
    if (personIds) {
      const known = new Set(members.map((m) => m.personId));
      const unknown = personIds.flatMap((id, i) => (known.has(id) ? [] : [{ field: `personIds.${i}`, code: 'ATTENDANCE_NOT_A_MEMBER' }]));
      assertNoProblems(unknown);
    }
    const people = personIds?.length ?? members.length;
    await scheduleJob(ctx, em, recomputeDays, { from: input.from, to: input.to, personIds });
    ctx.record({
      type: 'attendance.days.recompute_requested',
      subjectType: 'Organization',
      subjectId: ctx.tenantId,
      payload: { from: input.from, to: input.to },
      after: { from: input.from, to: input.to, personIds },
    });
    return people * (last! - first! + 1);
  });
}

/** Which days to list. */
export interface DayFilter {
  personId?: string | null;
  departmentId?: string | null;
  from?: string | null;
  to?: string | null;
  status?: AttendanceDayStatus | null;
}

/** Days the caller may read (their own; their departments' as a manager; all as HR), by date then person. */
export async function listDays(ctx: RequestContext, filter: DayFilter, page: PageArgs): Promise<{ items: AttendanceDay[]; totalCount: number }> {
  const { limit, offset } = checkPage(page, ctx.services.config.maxPageSize);
  const problems: FieldProblem[] = [];
  if (filter.from && dayNumber(filter.from) === null) problems.push({ field: 'filter.from', code: 'INVALID_DATE' });
  if (filter.to && dayNumber(filter.to) === null) problems.push({ field: 'filter.to', code: 'INVALID_DATE' });
  assertNoProblems(problems);
  const where: Record<string, unknown>[] = [ctx.accessibleWhere('read', 'AttendanceDay')];
  if (filter.personId) where.push({ person: filter.personId });
  if (filter.departmentId) where.push({ departmentId: filter.departmentId });
  if (filter.from) where.push({ workDate: { $gte: filter.from } });
  if (filter.to) where.push({ workDate: { $lte: filter.to } });
  if (filter.status) where.push({ status: filter.status });
  const items = await findViews(ctx.em, AttendanceDay, { $and: where }, { orderBy: { workDate: 'desc', person: 'asc', id: 'asc' }, limit, offset });
  return { items, totalCount: await ctx.em.count(AttendanceDay, { $and: where }) };
}

/**
 * After a change of rules (a shift, a group), the month to date is recomputed in the background for everyone — a
 * group change can move people between groups, and it is rare enough that finding exactly whom it touched is not worth
 * the risk of missing someone. Scheduled inside the change's transaction, so a refused change schedules nothing.
 */
export async function recomputeAfterRuleChange(ctx: RequestContext, em: EntityManager): Promise<void> {
  const today = (await workingTimeOf(ctx, em)).localDate(ctx.services.clock.now());
  await scheduleJob(ctx, em, recomputeDays, { from: `${today.slice(0, 8)}01`, to: today, personIds: null });
}
