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
import { AttendanceRequest, AttendanceRequestKind, AttendanceRequestStatus, HalfDay, OvertimeCompensation } from './attendance-request.entity.js';
import type { AttendanceShift } from './attendance-shift.entity.js';
import { countedOvertime, dayResult, type DayShift } from './day-result.js';
import { DEFAULT_WORKDAY_MINUTES, syncTimeOffInLieu } from './leave.service.js';
import { groupMembers, membershipsOf, rostersOf } from './membership.js';
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

/** A person's work day. */
export interface PersonDay {
  personId: string;
  workDate: string;
}

/**
 * Computes people's work days from their punches and the rules that apply now, and stores them (days of a locked month
 * are left as they are). Set-based: the facts of every day asked for are read together, a few statements whatever the
 * number of days, so the consumer of a morning's punches computes them by the hundred. Each person's days are computed
 * under a lock of their own, so two computations of one day (a punch and an approval landing together) never race.
 * Records `attendance.day.computed` only for a day whose result changed, so a recomputation that finds nothing new is silent.
 */
export async function computeDays(ctx: RequestContext, em: EntityManager, days: PersonDay[], calendar?: WorkingTime): Promise<void> {
  const wanted = [...new Map(days.map((day) => [`${day.personId} ${day.workDate}`, day])).values()];
  if (!wanted.length) return;
  const personIds = [...new Set(wanted.map((day) => day.personId))].sort();
  const dates = [...new Set(wanted.map((day) => day.workDate))].sort();
  await tenantSql(em, ctx.tenantId, sql`select pg_advisory_xact_lock(hashtextextended('attendance-day ' || ${TENANT}::text || id, 0)) from unnest(${pgArray(personIds)}::text[]) as id order by id`);
  // A locked month's days stay as they were when it was locked.
  const locked = new Set(await lockedMonths(ctx, em, [...new Set(dates.map((date) => date.slice(0, 7)))]));
  const open = wanted.filter((day) => !locked.has(day.workDate.slice(0, 7)));
  if (!open.length) return;
  const workingTime = calendar ?? (await workingTimeOf(ctx, em));
  const members = await membershipsOf(ctx, em, personIds);
  const groupIds = [...new Set([...members.values()].flatMap((member) => (member.groupId ? [member.groupId] : [])))];
  const groups = new Map((groupIds.length ? await em.find(AttendanceGroup, { id: { $in: groupIds } }, { populate: ['shift'] }) : []).map((group) => [group.id, group]));
  const rosteredIds = personIds.filter((id) => groups.get(members.get(id)?.groupId ?? '')?.rostered);
  const rosters = rosteredIds.length ? await rostersOf(em, rosteredIds, dates) : new Map<string, AttendanceShift | null>();
  const byDay = <T>(rows: T[], key: (row: T) => string) => {
    const map = new Map<string, T[]>();
    for (const row of rows) {
      const list = map.get(key(row));
      if (list) list.push(row);
      else map.set(key(row), [row]);
    }
    return map;
  };
  const punchesOf = byDay(
    await em.find(AttendancePunch, { person: { $in: personIds }, workDate: { $in: dates } }, { orderBy: { punchedAt: 'asc' } }),
    (punch) => `${punch.person.id} ${punch.workDate}`,
  );
  const requestsOf = byDay(
    await em.find(
      AttendanceRequest,
      { person: { $in: personIds }, startDate: { $lte: dates.at(-1)! }, endDate: { $gte: dates[0] } },
      { populate: ['leaveType'], orderBy: { createdAt: 'asc', id: 'asc' } },
    ),
    (request) => request.person.id,
  );
  const existing = new Map((await em.find(AttendanceDay, { person: { $in: personIds }, workDate: { $in: dates } })).map((day) => [`${day.person.id} ${day.workDate}`, day]));
  for (const { personId, workDate } of open) {
    const member = members.get(personId)!;
    const group = member.groupId ? (groups.get(member.groupId) ?? null) : null;
    let shift = group?.shift ?? null;
    let isWorkingDay = workingTime.isWorkingDay(workDate);
    if (group?.rostered) {
      // A rostered member works the day's roster shift, holiday or not; a day without one is a rest day.
      shift = rosters.get(`${personId} ${workDate}`) ?? null;
      isWorkingDay = shift !== null;
    }
    const recorded = punchesOf.get(`${personId} ${workDate}`) ?? [];
    // Approved requests count as they were asked: a make-up punch as a punch, leave as a day (or half) off.
    const requests = (requestsOf.get(personId) ?? []).filter((r) => r.startDate <= workDate && r.endDate >= workDate);
    const approved = requests.filter((r) => r.status === AttendanceRequestStatus.APPROVED);
    // A morning and an afternoon off (two half-day requests) are the whole day off; the type shown is the first one's.
    const leaves = isWorkingDay ? approved.filter((r) => r.kind === AttendanceRequestKind.LEAVE) : [];
    const halves = new Set(leaves.map((r) => r.halfDay ?? 'FULL'));
    const leaveSpan = halves.has('FULL') || (halves.has(HalfDay.AM) && halves.has(HalfDay.PM)) ? 'FULL' : ([...halves][0] ?? null);
    const leave = leaves[0] ?? null;
    const makeUps = approved.filter((r) => r.kind === AttendanceRequestKind.MAKE_UP_PUNCH && r.punchedAt);
    // An off-site punch that needs approval counts only once approved, and then as work where it should be.
    const approvedOffsite = new Set(approved.filter((r) => r.kind === AttendanceRequestKind.OFFSITE_PUNCH && r.punch).map((r) => r.punch!.id));
    const counted = recorded.filter((p) => !p.needsApproval || approvedOffsite.has(p.id));
    const punches = [
      ...counted.map((p) => ({
        at: p.punchedAt,
        offsite: p.flags.includes(PunchFlag.OFFSITE) && !p.needsApproval,
        flagged: p.flags.some((flag) => flag !== PunchFlag.OFFSITE),
      })),
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
      leaveSpan,
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
      leaveHalfDay: leaveSpan === 'FULL' ? null : leaveSpan,
      lateMinutes: result.lateMinutes,
      earlyLeaveMinutes: result.earlyLeaveMinutes,
      workedMinutes: result.workedMinutes,
      shortMinutes: result.shortMinutes,
      overtimeMinutes,
    };
    const before = existing.get(`${personId} ${workDate}`);
    const changed = !before || (Object.keys(values) as (keyof typeof values)[]).some((key) => JSON.stringify(before[key]) !== JSON.stringify(values[key]));
    const day = before ?? em.create(AttendanceDay, { tenantId: ctx.tenantId, person: personId, workDate, ...values, computedAt: ctx.services.clock.now() });
    if (before) em.assign(before, { ...values, computedAt: ctx.services.clock.now() });
    em.persist(day);
    if (changed) {
      ctx.record({
        type: 'attendance.day.computed',
        subjectType: 'AttendanceDay',
        subjectId: day.id,
        payload: { dayId: day.id, personId, departmentId: member.departmentId, workDate, status: values.status },
      });
    }
  }
}

/** Consumer of punches: the days a batch of punches belong to are computed again (idempotent: a punch seen twice changes nothing). */
export async function computeDaysOfPunches(ctx: RequestContext, events: DeliveredEvent[]): Promise<void> {
  await ctx.transaction((em) =>
    computeDays(
      ctx,
      em,
      events.map((event) => ({ personId: event.payload.personId as string, workDate: event.payload.workDate as string })),
    ),
  );
}

/** The dates from `from` to `to`, both included. */
function datesBetween(from: string, to: string): string[] {
  const first = dayNumber(from)!;
  return Array.from({ length: dayNumber(to)! - first + 1 }, (_, i) => dateOfDay(first + i));
}

/** Days computed per transaction by the jobs: a failure leaves the chunks before it done, and the job's retry redoes them all, idempotently. */
const DAYS_PER_TRANSACTION = 500;

/** Computes many person-days, a chunk per transaction. */
async function computeEach(ctx: RequestContext, days: PersonDay[]): Promise<void> {
  const calendar = await workingTimeOf(ctx);
  for (let start = 0; start < days.length; start += DAYS_PER_TRANSACTION) {
    await ctx.transaction((em) => computeDays(ctx, em, days.slice(start, start + DAYS_PER_TRANSACTION), calendar));
    // A committed transaction's entities stay in the job's EntityManager, and every later flush looks at all of them:
    // let a chunk's go once stored, so a job over many days costs what its days do, not their square.
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
