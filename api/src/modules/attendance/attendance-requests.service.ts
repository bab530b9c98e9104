import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../core/context/request-context.js';
import { sql, tenantSql, TENANT } from '../../core/database/sql.js';
import { findViews } from '../../core/database/views.js';
import { AppError, assertNoProblems, type FieldProblem } from '../../core/errors/app-error.js';
import type { DeliveredEvent } from '../../core/events/event.js';
import { checkPage, type PageArgs } from '../../core/graphql/pagination.js';
import { ApprovalTemplate, ApprovalTemplateStatus, submitRequest } from '../approvals/index.js';
import { dateOfDay, dayNumber, workingTimeOf, Zone } from '../worktime/index.js';
import { AttendanceGroup, OvertimeMode } from './attendance-group.entity.js';
import type { AttendancePunch } from './attendance-punch.entity.js';
import { AttendanceRequest, AttendanceRequestKind, AttendanceRequestStatus, HalfDay, MakeUpPunchType, OvertimeCompensation } from './attendance-request.entity.js';
import { requestTransitions } from './attendance.transitions.js';
import { computeDays } from './days.service.js';
import { LeaveAccount, LeaveEntryKind } from './leave-entry.entity.js';
import { availableOn, postLeave } from './leave.service.js';
import { AttendanceLeaveType } from './leave-type.entity.js';
import { membershipOf, rosterOf } from './membership.js';
import { lockedMonths } from './months.service.js';
import { workDayOf } from './punches.service.js';

/** The longest leave one request may cover (calendar days): longer leave is requested in parts. */
const MAX_LEAVE_DAYS = 62;
/** The approval templates (library keys) attendance's requests are decided by. */
const TEMPLATE_OF: Record<AttendanceRequestKind, string> = {
  [AttendanceRequestKind.LEAVE]: 'leave',
  [AttendanceRequestKind.MAKE_UP_PUNCH]: 'punch-correction',
  [AttendanceRequestKind.OVERTIME]: 'overtime',
  [AttendanceRequestKind.OFFSITE_PUNCH]: 'offsite-punch',
};
/** The longest overtime one request may cover. */
const MAX_OVERTIME_MS = 16 * 3_600_000;

/** The fields rule conditions test on a request. */
export const requestSubject = (request: { person: { id: string }; departmentId: string | null; status: AttendanceRequestStatus }) => ({
  personId: request.person.id,
  departmentId: request.departmentId,
  status: request.status,
});

/** The organisation's active approval template that decides `kind` (found by its library key). */
async function templateFor(em: EntityManager, kind: AttendanceRequestKind): Promise<ApprovalTemplate> {
  const template = await em.findOne(ApprovalTemplate, { key: TEMPLATE_OF[kind], status: ApprovalTemplateStatus.ACTIVE });
  if (!template) throw new AppError('ATTENDANCE_NO_APPROVAL_TEMPLATE', { template: TEMPLATE_OF[kind] });
  return template;
}

/** Writes the request and submits its approval in the same transaction, so neither exists without the other. */
async function submitWithApproval(ctx: RequestContext, em: EntityManager, request: AttendanceRequest, values: Record<string, unknown>): Promise<AttendanceRequest> {
  const template = await templateFor(em, request.kind);
  em.persist(request);
  const approval = await submitRequest(ctx, { templateId: template.id, values, subjectType: 'AttendanceRequest', subjectId: request.id }, em);
  request.approvalRequestId = approval.id;
  ctx.record({
    type: 'attendance.request.submitted',
    subjectType: 'AttendanceRequest',
    subjectId: request.id,
    payload: { requestId: request.id, personId: request.person.id, departmentId: request.departmentId, kind: request.kind, approvalRequestId: approval.id },
  });
  return request;
}

/** A leave request as a member sends it. */
export interface LeaveRequestData {
  leaveTypeId: string;
  startDate: string;
  endDate: string;
  halfDay?: HalfDay | null;
  reason: string;
}

/** Working days (hundredths) a person's leave takes: their roster's shifts if they are rostered, else the calendar's working days. */
async function leaveDaysOf(ctx: RequestContext, em: EntityManager, personId: string, groupId: string | null, from: string, to: string): Promise<number> {
  const first = dayNumber(from)!;
  const dates = Array.from({ length: dayNumber(to)! - first + 1 }, (_, i) => dateOfDay(first + i));
  const group = groupId ? await em.findOne(AttendanceGroup, { id: groupId }) : null;
  if (group?.rostered) {
    const roster = await rosterOf(em, personId, dates);
    return dates.filter((date) => roster.get(date)).length * 100;
  }
  const calendar = await workingTimeOf(ctx, em);
  return dates.filter((date) => calendar.isWorkingDay(date)).length * 100;
}

/**
 * Asks for leave: the working days it takes are counted (half a day for a half-day request), checked against the
 * balance less what is already pending (for types that need one), and the request goes to the organisation's leave
 * approval. Nothing is deducted until it is approved.
 */
export function requestLeave(ctx: RequestContext, input: LeaveRequestData): Promise<AttendanceRequest> {
  const personId = ctx.requireActor().personId;
  return ctx.transaction(async (em) => {
    const problems: FieldProblem[] = [];
    const first = dayNumber(input.startDate);
    const last = dayNumber(input.endDate);
    if (first === null) problems.push({ field: 'startDate', code: 'INVALID_DATE' });
    if (last === null) problems.push({ field: 'endDate', code: 'INVALID_DATE' });
    if (first !== null && last !== null && (last < first || last - first >= MAX_LEAVE_DAYS)) problems.push({ field: 'endDate', code: 'ATTENDANCE_RANGE_TOO_LONG', params: { max: MAX_LEAVE_DAYS } });
    if (input.halfDay && input.startDate !== input.endDate) problems.push({ field: 'halfDay', code: 'ATTENDANCE_HALF_DAY_ONE_DAY' });
    if (!input.reason?.trim()) problems.push({ field: 'reason', code: 'REQUIRED' });
    const type = /^[0-9a-f-]{36}$/i.test(input.leaveTypeId) ? await em.findOne(AttendanceLeaveType, { id: input.leaveTypeId, active: true }) : null;
    if (!type) problems.push({ field: 'leaveTypeId', code: 'UNKNOWN_REFERENCE' });
    assertNoProblems(problems);
    const member = await membershipOf(ctx, em, personId);
    ctx.authorize('create', 'AttendanceRequest', { personId, departmentId: member.departmentId, status: AttendanceRequestStatus.PENDING });
    const [locked] = await lockedMonths(ctx, em, [...new Set([input.startDate.slice(0, 7), input.endDate.slice(0, 7)])]);
    if (locked) throw new AppError('ATTENDANCE_MONTH_LOCKED', { month: locked });
    // One person's requests are checked and written one at a time, so two at once cannot both pass the balance.
    await tenantSql(em, ctx.tenantId, sql`select pg_advisory_xact_lock(hashtextextended(${TENANT}::text || ${personId}::text, 0))`);
    const [overlap] = await tenantSql<{ id: string }>(
      em,
      ctx.tenantId,
      sql`select id from attendance_request where tenant_id = ${TENANT} and person_id = ${personId} and kind = ${AttendanceRequestKind.LEAVE}
             and status in (${AttendanceRequestStatus.PENDING}, ${AttendanceRequestStatus.APPROVED})
             and start_date <= ${input.endDate}::date and end_date >= ${input.startDate}::date
             and (half_day is null or ${input.halfDay ?? null}::text is null or half_day = ${input.halfDay ?? null}::text) limit 1`,
    );
    if (overlap) throw new AppError('ATTENDANCE_LEAVE_OVERLAPS');
    const working = await leaveDaysOf(ctx, em, personId, member.groupId, input.startDate, input.endDate);
    if (!working) throw new AppError('ATTENDANCE_LEAVE_NO_WORKING_DAYS');
    const days = input.halfDay ? 50 : working;
    if (type!.needsBalance) {
      const [{ pending }] = await tenantSql<{ pending: number }>(
        em,
        ctx.tenantId,
        sql`select coalesce(sum(days), 0)::int as pending from attendance_request
             where tenant_id = ${TENANT} and person_id = ${personId} and leave_type_id = ${type!.id} and status = ${AttendanceRequestStatus.PENDING}`,
      );
      // Leave already past draws on what is there now; leave ahead, on what will have been posted by its last day.
      const today = (await workingTimeOf(ctx, em)).localDate(ctx.services.clock.now());
      const available = (await availableOn(ctx, em, personId, type!.id, input.endDate > today ? input.endDate : today)) - pending;
      if (available < days) throw new AppError('ATTENDANCE_LEAVE_BALANCE_TOO_LOW', { available: available / 100, requested: days / 100 });
    }
    const reason = input.reason.trim();
    const request = em.create(AttendanceRequest, {
      tenantId: ctx.tenantId,
      kind: AttendanceRequestKind.LEAVE,
      person: personId,
      departmentId: member.departmentId,
      startDate: input.startDate,
      endDate: input.endDate,
      leaveType: type!,
      halfDay: input.halfDay ?? null,
      days,
      reason,
    });
    return submitWithApproval(ctx, em, request, { leaveType: type!.key, dates: { start: input.startDate, end: input.endDate }, reason });
  });
}

/** A make-up punch request as a member sends it. */
export interface MakeUpPunchData {
  punchType: MakeUpPunchType;
  punchedAt: Date;
  reason: string;
}

/**
 * Asks for a missed clock-in or clock-out to count, within the group's limits: the kinds it allows, so many a month,
 * and no later than so many working days after the work day. It goes to the organisation's make-up punch approval;
 * once approved it counts as a punch when the day is computed (the punches themselves are never touched).
 */
export function requestMakeUpPunch(ctx: RequestContext, input: MakeUpPunchData): Promise<AttendanceRequest> {
  const personId = ctx.requireActor().personId;
  return ctx.transaction(async (em) => {
    if (!input.reason?.trim()) assertNoProblems([{ field: 'reason', code: 'REQUIRED' }]);
    const member = await membershipOf(ctx, em, personId);
    ctx.authorize('create', 'AttendanceRequest', { personId, departmentId: member.departmentId, status: AttendanceRequestStatus.PENDING });
    if (!member.groupId) throw new AppError('ATTENDANCE_NOT_IN_GROUP');
    const group = await em.findOneOrFail(AttendanceGroup, { id: member.groupId }, { populate: ['shift'] });
    const now = ctx.services.clock.now();
    if (input.punchedAt.getTime() > now.getTime()) assertNoProblems([{ field: 'punchedAt', code: 'ATTENDANCE_MAKE_UP_IN_FUTURE' }]);
    if (!group.makeUpTypes.includes(input.punchType)) assertNoProblems([{ field: 'punchType', code: 'ATTENDANCE_MAKE_UP_TYPE_NOT_ALLOWED' }]);
    const { day, shifts } = await workDayOf(em, personId, group, member.timeZone, input.punchedAt);
    if (!day) throw new AppError('ATTENDANCE_OUTSIDE_PUNCH_WINDOW', { shift: shifts[0].shift.name, start: shifts[0].shift.start, end: shifts[0].shift.end });
    const calendar = await workingTimeOf(ctx, em);
    const today = calendar.localDate(now);
    // Working days after the work day, up to today: the day itself is not counted.
    const late = today > day.workDate ? calendar.workingDaysBetween(dateOfDay(dayNumber(day.workDate)! + 1), today) : 0;
    if (late > group.makeUpDeadlineDays) throw new AppError('ATTENDANCE_MAKE_UP_TOO_LATE', { days: group.makeUpDeadlineDays });
    const [locked] = await lockedMonths(ctx, em, [day.workDate.slice(0, 7)]);
    if (locked) throw new AppError('ATTENDANCE_MONTH_LOCKED', { month: locked });
    await tenantSql(em, ctx.tenantId, sql`select pg_advisory_xact_lock(hashtextextended(${TENANT}::text || ${personId}::text, 0))`);
    const month = day.workDate.slice(0, 7);
    const [{ used }] = await tenantSql<{ used: number }>(
      em,
      ctx.tenantId,
      sql`select count(*)::int as used from attendance_request
           where tenant_id = ${TENANT} and person_id = ${personId} and kind = ${AttendanceRequestKind.MAKE_UP_PUNCH}
             and status in (${AttendanceRequestStatus.PENDING}, ${AttendanceRequestStatus.APPROVED}) and to_char(start_date, 'YYYY-MM') = ${month}`,
    );
    if (used >= group.makeUpPerMonth) throw new AppError('ATTENDANCE_MAKE_UP_LIMIT', { max: group.makeUpPerMonth });
    const request = em.create(AttendanceRequest, {
      tenantId: ctx.tenantId,
      kind: AttendanceRequestKind.MAKE_UP_PUNCH,
      person: personId,
      departmentId: member.departmentId,
      startDate: day.workDate,
      endDate: day.workDate,
      punchType: input.punchType,
      punchedAt: input.punchedAt,
      reason: input.reason.trim(),
    });
    return submitWithApproval(ctx, em, request, { punchType: input.punchType === MakeUpPunchType.IN ? 'in' : 'out', punchedAt: input.punchedAt.toISOString(), reason: input.reason.trim() });
  });
}

/** An overtime request as a member sends it. */
export interface OvertimeRequestData {
  start: Date;
  end: Date;
  compensation: OvertimeCompensation;
  reason: string;
}

/**
 * Asks for overtime, worked or planned: from start to end (at most 16 hours, belonging to the work day its start
 * belongs to), paid or taken back as time off. It goes to the organisation's overtime approval; approved, it counts on
 * its day by the group's overtime mode, and time off is granted in the leave ledger for what counts.
 */
export function requestOvertime(ctx: RequestContext, input: OvertimeRequestData): Promise<AttendanceRequest> {
  const personId = ctx.requireActor().personId;
  return ctx.transaction(async (em) => {
    const problems: FieldProblem[] = [];
    const length = input.end.getTime() - input.start.getTime();
    if (length <= 0 || length > MAX_OVERTIME_MS) problems.push({ field: 'end', code: 'ATTENDANCE_OVERTIME_LENGTH', params: { hours: MAX_OVERTIME_MS / 3_600_000 } });
    if (!input.reason?.trim()) problems.push({ field: 'reason', code: 'REQUIRED' });
    assertNoProblems(problems);
    const member = await membershipOf(ctx, em, personId);
    ctx.authorize('create', 'AttendanceRequest', { personId, departmentId: member.departmentId, status: AttendanceRequestStatus.PENDING });
    if (!member.groupId) throw new AppError('ATTENDANCE_NOT_IN_GROUP');
    const group = await em.findOneOrFail(AttendanceGroup, { id: member.groupId }, { populate: ['shift'] });
    if (group.overtimeMode === OvertimeMode.NONE || group.overtimeMode === OvertimeMode.PUNCHES) throw new AppError('ATTENDANCE_OVERTIME_NOT_BY_REQUEST');
    // The work day its start belongs to, as a punch then would (after a night shift, the night's); else its calendar day.
    const { day } = await workDayOf(em, personId, group, member.timeZone, input.start);
    const workDate = day?.workDate ?? dateOfDay(new Zone(member.timeZone).local(input.start.getTime()).day);
    const [locked] = await lockedMonths(ctx, em, [workDate.slice(0, 7)]);
    if (locked) throw new AppError('ATTENDANCE_MONTH_LOCKED', { month: locked });
    const request = em.create(AttendanceRequest, {
      tenantId: ctx.tenantId,
      kind: AttendanceRequestKind.OVERTIME,
      person: personId,
      departmentId: member.departmentId,
      startDate: workDate,
      endDate: workDate,
      overtimeStart: input.start,
      overtimeEnd: input.end,
      compensation: input.compensation,
      reason: input.reason.trim(),
    });
    return submitWithApproval(ctx, em, request, {
      period: { start: input.start.toISOString(), end: input.end.toISOString() },
      compensation: input.compensation === OvertimeCompensation.PAY ? 'pay' : 'time-off',
      reason: input.reason.trim(),
    });
  });
}

/**
 * An off-site punch of a group whose off-site punches need approval asks for it to count, in the punch's own
 * transaction: the punch is recorded either way, and counts once the organisation's off-site punch approval says yes.
 */
export async function requestOffsiteApproval(ctx: RequestContext, em: EntityManager, punch: AttendancePunch): Promise<AttendanceRequest> {
  ctx.authorize('create', 'AttendanceRequest', { personId: punch.person.id, departmentId: punch.departmentId, status: AttendanceRequestStatus.PENDING });
  const request = em.create(AttendanceRequest, {
    tenantId: ctx.tenantId,
    kind: AttendanceRequestKind.OFFSITE_PUNCH,
    person: punch.person.id,
    departmentId: punch.departmentId,
    startDate: punch.workDate,
    endDate: punch.workDate,
    punch,
    punchedAt: punch.punchedAt,
    reason: punch.remark,
  });
  return submitWithApproval(ctx, em, request, {
    punchedAt: punch.punchedAt.toISOString(),
    ...(punch.distanceMeters === null ? {} : { distance: punch.distanceMeters }),
    reason: punch.remark,
  });
}

/** The request status each approval outcome leads to, by the verb of the transition table. */
const OUTCOMES: Record<string, 'approve' | 'reject' | 'withdraw' | 'revoke'> = {
  'approvals.request.approved': 'approve',
  'approvals.request.rejected': 'reject',
  'approvals.request.withdrawn': 'withdraw',
  'approvals.request.revoked': 'revoke',
};

/**
 * Consumer of approval outcomes: a request about an AttendanceRequest moves to the outcome's status. Approved leave is
 * deducted from its balance (revoked leave given back) and the days it covers are computed again, as is the day of a
 * make-up punch. An outcome seen twice changes nothing the second time.
 */
export async function applyApprovalOutcome(ctx: RequestContext, event: DeliveredEvent): Promise<void> {
  if (event.payload.subjectType !== 'AttendanceRequest') return;
  const verb = OUTCOMES[event.type];
  await ctx.transaction(async (em) => {
    const request = await em.findOne(AttendanceRequest, { id: event.payload.subjectId as string }, { populate: ['leaveType'] });
    if (!request || request.approvalRequestId !== event.payload.requestId) return;
    // Seen before (delivered twice), or out of order with what the request went through: nothing to change.
    if (!requestTransitions.allows(verb, request.status)) return;
    await requestTransitions.apply(em, request, verb, { change: (r) => (r.decidedAt = ctx.services.clock.now()) });
    const type = request.leaveType;
    if (request.kind === AttendanceRequestKind.LEAVE && type?.needsBalance && (verb === 'approve' || verb === 'revoke')) {
      const taken = verb === 'approve';
      await postLeave(ctx, em, [
        {
          personId: request.person.id,
          departmentId: request.departmentId,
          leaveTypeId: type.id,
          kind: taken ? LeaveEntryKind.USAGE : LeaveEntryKind.REVERSAL,
          from: taken ? LeaveAccount.AVAILABLE : LeaveAccount.USED,
          to: taken ? LeaveAccount.USED : LeaveAccount.AVAILABLE,
          days: request.days ?? 0,
          effectiveOn: request.startDate,
          requestId: request.id,
        },
      ]);
    }
    ctx.record({
      type: 'attendance.request.decided',
      subjectType: 'AttendanceRequest',
      subjectId: request.id,
      payload: { requestId: request.id, personId: request.person.id, departmentId: request.departmentId, kind: request.kind, status: request.status },
    });
    if (verb === 'approve' || verb === 'revoke') {
      const first = dayNumber(request.startDate)!;
      const days = Array.from({ length: dayNumber(request.endDate)! - first + 1 }, (_, i) => ({ personId: request.person.id, workDate: dateOfDay(first + i) }));
      await computeDays(ctx, em, days);
    }
  });
}

/** Which requests to list. */
export interface RequestFilter {
  personId?: string | null;
  kind?: AttendanceRequestKind | null;
  status?: AttendanceRequestStatus | null;
}

/** Requests the caller may read (their own; their departments' as a manager; all as HR), newest first. */
export async function listRequests(ctx: RequestContext, filter: RequestFilter, page: PageArgs): Promise<{ items: AttendanceRequest[]; totalCount: number }> {
  const { limit, offset } = checkPage(page, ctx.services.config.maxPageSize);
  const where: Record<string, unknown>[] = [ctx.accessibleWhere('read', 'AttendanceRequest')];
  if (filter.personId) where.push({ person: filter.personId });
  if (filter.kind) where.push({ kind: filter.kind });
  if (filter.status) where.push({ status: filter.status });
  const items = await findViews(ctx.em, AttendanceRequest, { $and: where }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit, offset });
  return { items, totalCount: await ctx.em.count(AttendanceRequest, { $and: where }) };
}
