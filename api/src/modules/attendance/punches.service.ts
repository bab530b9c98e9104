import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../core/context/request-context.js';
import { sql, tenantSql, TENANT } from '../../core/database/sql.js';
import { findViews } from '../../core/database/views.js';
import { AppError, assertNoProblems, type FieldProblem } from '../../core/errors/app-error.js';
import { checkPage, type PageArgs } from '../../core/graphql/pagination.js';
import type { JobDefinition } from '../../core/jobs/jobs.js';
import { dateOfDay, dayNumber, Zone } from '../worktime/index.js';
import { AttendanceGroup } from './attendance-group.entity.js';
import { AttendanceMonthStatus } from './attendance-month.entity.js';
import { AttendancePlace } from './attendance-place.entity.js';
import { AttendanceNoticeAcknowledgement, AttendancePunch, PunchFlag, PunchMethod } from './attendance-punch.entity.js';
import type { AttendanceShift } from './attendance-shift.entity.js';
import { shiftMinutes } from './attendance-rules.service.js';
import { matchPlace, type PunchLocation } from './punch-evidence.js';
import { membershipColumns, membershipOf, rankedGroups, rosterOf, type Membership } from './membership.js';
import { calendarDayOf, punchDayAmong } from './shift-day.js';
import { requestOffsiteApproval } from './attendance-requests.service.js';

/** A phone's clock may differ from the server's by this much before the server's time is used instead (CLOCK_SKEW). */
const CLOCK_TOLERANCE_MS = 2 * 60_000;
/** A punch claiming a time further ahead than this is refused: no phone is offline in the future. */
const FUTURE_LIMIT_MS = 5 * 60_000;

/** A punch as the phone sends it. */
export interface PunchData {
  clientPunchId: string;
  /** The phone's time of the punch; required for an offline punch. */
  deviceTime?: Date | null;
  /** Made without a connection and sent now. */
  offline?: boolean | null;
  location?: (Omit<PunchLocation, 'isMock'> & { isMock?: boolean | null }) | null;
  wifiBssids?: string[] | null;
  remark?: string | null;
  photoRef?: string | null;
}

/** The fields rule conditions test on a punch. */
export const punchSubject = (punch: { person: { id: string }; departmentId: string | null }) => ({ personId: punch.person.id, departmentId: punch.departmentId });

function punchProblems(input: PunchData): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!input.clientPunchId?.trim()) problems.push({ field: 'clientPunchId', code: 'REQUIRED' });
  if (input.offline && !input.deviceTime) problems.push({ field: 'deviceTime', code: 'REQUIRED' });
  const location = input.location;
  if (location) {
    if (!Number.isFinite(location.latitude) || Math.abs(location.latitude) > 90) problems.push({ field: 'location.latitude', code: 'INVALID_VALUE' });
    if (!Number.isFinite(location.longitude) || Math.abs(location.longitude) > 180) problems.push({ field: 'location.longitude', code: 'INVALID_VALUE' });
    if (!Number.isFinite(location.accuracyMeters) || location.accuracyMeters < 0) problems.push({ field: 'location.accuracyMeters', code: 'INVALID_VALUE' });
  }
  if ((input.wifiBssids ?? []).length > 30) problems.push({ field: 'wifiBssids', code: 'TOO_MANY_ITEMS', params: { max: 30 } });
  return problems;
}

/**
 * The work day a punch at `at` belongs to: by the group's shift, or a rostered member's shifts of that day and the one
 * before (an overnight shift's end belongs to the day it started); without a shift, its calendar day. No day: outside
 * every punch window (`shifts` names the windows, for the error).
 */
export async function workDayOf(
  em: EntityManager,
  personId: string,
  group: AttendanceGroup,
  timeZone: string,
  at: Date,
): Promise<{ day: { workDate: string } | null; shifts: { day: number; shift: AttendanceShift }[] }> {
  const zone = new Zone(timeZone);
  const today = zone.local(at.getTime()).day;
  let shifts: { day: number; shift: AttendanceShift }[] = group.shift ? [today, today - 1].map((day) => ({ day, shift: group.shift! })) : [];
  if (group.rostered) {
    const roster = await rosterOf(em, personId, [dateOfDay(today), dateOfDay(today - 1)]);
    shifts = [today, today - 1].flatMap((day) => {
      const shift = roster.get(dateOfDay(day));
      return shift ? [{ day, shift }] : [];
    });
  }
  const day = shifts.length
    ? punchDayAmong(
        shifts.map(({ day, shift }) => ({ day, span: shiftMinutes(shift) })),
        zone,
        at.getTime(),
      )
    : calendarDayOf(zone, at.getTime());
  return { day, shifts };
}

/**
 * What a punch is judged on, in one statement (read after the person's lock, so it sees their punches committed
 * before): the punch already recorded under this phone punch id, the person's group, whether they acknowledged its
 * current notice, their punches per work day and the locked months, from two days before `earliest` on (a work day
 * can start the day before the punch).
 */
async function punchFacts(
  ctx: RequestContext,
  em: EntityManager,
  personId: string,
  clientPunchId: string,
  earliest: Date,
): Promise<{ earlierId: string | null; member: Membership; acknowledged: boolean; punchesByDay: Record<string, number>; lockedMonths: Set<string> }> {
  const since = new Date(earliest.getTime() - 2 * 86_400_000).toISOString().slice(0, 10);
  const [row] = await tenantSql<{
    earlier_id: string | null;
    group_id: string | null;
    time_zone: string | null;
    department_id: string | null;
    acknowledged: boolean;
    punches_by_day: Record<string, number>;
    locked_months: string[];
  }>(
    em,
    ctx.tenantId,
    sql`${rankedGroups([personId])}
        select (select p.id from attendance_punch p where p.tenant_id = ${TENANT} and p.person_id = ${personId} and p.client_punch_id = ${clientPunchId}) as earlier_id,
               r.group_id,
               ${membershipColumns(sql`${personId}::uuid`)},
               exists (select 1 from attendance_notice_acknowledgement a join attendance_group g on g.id = a.group_id and g.notice_version = a.notice_version
                        where a.tenant_id = ${TENANT} and a.group_id = r.group_id and a.person_id = ${personId}) as acknowledged,
               (select coalesce(jsonb_object_agg(d.work_date, d.punches), '{}'::jsonb)
                  from (select to_char(p.work_date, 'YYYY-MM-DD') as work_date, count(*)::int as punches from attendance_punch p
                         where p.tenant_id = ${TENANT} and p.person_id = ${personId} and p.work_date >= ${since}::date group by p.work_date) d) as punches_by_day,
               array(select m.month from attendance_month m where m.tenant_id = ${TENANT} and m.status = ${AttendanceMonthStatus.LOCKED} and m.month >= ${since.slice(0, 7)}) as locked_months
          from (select 1) as one left join ranked r on r.rank = 1`,
  );
  return {
    earlierId: row.earlier_id,
    member: { groupId: row.group_id, timeZone: row.time_zone ?? 'Asia/Hong_Kong', departmentId: row.department_id },
    acknowledged: row.acknowledged,
    punchesByDay: row.punches_by_day,
    lockedMonths: new Set(row.locked_months),
  };
}

/**
 * Records a punch by the caller. Idempotent by the phone's punch id: the same punch sent again (an offline phone
 * retrying) returns the first one and records nothing. Only the caller's own punches are serialised (a lock on the
 * person, not the company), so a whole site punching at 8:00 runs side by side. The punch is judged by the caller's
 * group: its notice acknowledged, the time inside a punch window of the shift, the day's punch count, and the evidence
 * against the group's places (refused off-site unless the group allows it, with a remark or photo if it says so).
 */
export async function punch(ctx: RequestContext, input: PunchData): Promise<AttendancePunch> {
  assertNoProblems(punchProblems(input));
  const personId = ctx.requireActor().personId;
  const clientPunchId = input.clientPunchId.trim();
  return ctx.transaction(async (em) => {
    await tenantSql(em, ctx.tenantId, sql`select pg_advisory_xact_lock(hashtextextended(${TENANT}::text || ${personId}::text, 0))`);
    const receivedAt = ctx.services.clock.now();
    const facts = await punchFacts(ctx, em, personId, clientPunchId, new Date(Math.min(receivedAt.getTime(), input.deviceTime?.getTime() ?? Infinity)));
    if (facts.earlierId) return em.findOneOrFail(AttendancePunch, { id: facts.earlierId });

    const { member } = facts;
    ctx.authorize('create', 'AttendancePunch', { personId, departmentId: member.departmentId });
    if (!member.groupId) throw new AppError('ATTENDANCE_NOT_IN_GROUP');
    const group = await em.findOneOrFail(AttendanceGroup, { id: member.groupId }, { populate: ['shift'] });
    if (group.monitoringNotice && !facts.acknowledged) throw new AppError('ATTENDANCE_NOTICE_NOT_ACKNOWLEDGED', { group: group.name });

    // When: the phone's time for an offline punch (within the group's window), else the server's unless they agree.
    const flags = new Set<PunchFlag>();
    let punchedAt = receivedAt;
    if (input.deviceTime) {
      const ahead = input.deviceTime.getTime() - receivedAt.getTime();
      if (ahead > FUTURE_LIMIT_MS) throw new AppError('ATTENDANCE_DEVICE_TIME_IN_FUTURE');
      if (input.offline) {
        if (-ahead > group.offlineWindowMinutes * 60_000) throw new AppError('ATTENDANCE_OFFLINE_TOO_OLD', { minutes: group.offlineWindowMinutes });
        punchedAt = ahead > 0 ? receivedAt : input.deviceTime;
        flags.add(PunchFlag.OFFLINE);
      } else if (Math.abs(ahead) > CLOCK_TOLERANCE_MS) {
        flags.add(PunchFlag.CLOCK_SKEW);
      }
    }

    const { day, shifts } = await workDayOf(em, personId, group, member.timeZone, punchedAt);
    if (!day) throw new AppError('ATTENDANCE_OUTSIDE_PUNCH_WINDOW', { shift: shifts[0].shift.name, start: shifts[0].shift.start, end: shifts[0].shift.end });
    if (facts.lockedMonths.has(day.workDate.slice(0, 7))) throw new AppError('ATTENDANCE_MONTH_LOCKED', { month: day.workDate.slice(0, 7) });
    if ((facts.punchesByDay[day.workDate] ?? 0) >= group.maxPunchesPerDay) throw new AppError('ATTENDANCE_TOO_MANY_PUNCHES', { max: group.maxPunchesPerDay });

    // Where: the group's places, proved by Wi-Fi, GPS or the network; else off-site, if the policy allows it.
    const places = group.placeIds.length ? await em.find(AttendancePlace, { id: { $in: group.placeIds } }) : [];
    const location = input.location ? { ...input.location, isMock: Boolean(input.location.isMock) } : null;
    const match = matchPlace(places, { location, wifiBssids: input.wifiBssids ?? [], ip: ctx.origin.ip });
    match.flags.forEach((flag) => flags.add(flag as PunchFlag));
    const remark = input.remark?.trim() || null;
    const photoRef = input.photoRef?.trim() || null;
    if (match.method === 'OFFSITE') {
      if (!group.offsiteAllowed) {
        const nearest = places.find((place) => place.id === match.nearestPlaceId);
        throw nearest && match.distanceMeters !== null
          ? new AppError('ATTENDANCE_OUTSIDE_PLACES', { place: nearest.name, distance: match.distanceMeters })
          : new AppError('ATTENDANCE_NO_PLACE_EVIDENCE');
      }
      const missing: FieldProblem[] = [];
      // An approver decides on the reason, so a punch needing approval always gives one.
      if ((group.offsiteRequiresRemark || group.offsiteNeedsApproval) && !remark) missing.push({ field: 'remark', code: 'ATTENDANCE_OFFSITE_REMARK_REQUIRED' });
      if (group.offsiteRequiresPhoto && !photoRef) missing.push({ field: 'photoRef', code: 'ATTENDANCE_OFFSITE_PHOTO_REQUIRED' });
      assertNoProblems(missing);
    }

    const keep = group.keepCoordinates && input.location;
    const record = em.create(AttendancePunch, {
      tenantId: ctx.tenantId,
      person: personId,
      departmentId: member.departmentId,
      group: group.id,
      clientPunchId,
      punchedAt,
      receivedAt,
      workDate: day.workDate,
      method: match.method as PunchMethod,
      place: match.placeId,
      distanceMeters: match.distanceMeters,
      accuracyMeters: input.location ? Math.round(input.location.accuracyMeters) : null,
      flags: [...flags],
      needsApproval: match.method === 'OFFSITE' && group.offsiteNeedsApproval,
      remark,
      photoRef,
      latitude: keep ? input.location!.latitude : null,
      longitude: keep ? input.location!.longitude : null,
      coordinatesEraseAt: keep ? new Date(receivedAt.getTime() + group.coordinatesRetentionDays * 86_400_000) : null,
    });
    em.persist(record);
    ctx.record({
      type: 'attendance.punch.recorded',
      subjectType: 'AttendancePunch',
      subjectId: record.id,
      payload: { punchId: record.id, personId, departmentId: member.departmentId, workDate: day.workDate, method: record.method },
    });
    if (record.needsApproval) await requestOffsiteApproval(ctx, em, record);
    return record;
  });
}

/** The caller acknowledges their group's current monitoring notice (again: no change). */
export async function acknowledgeNotice(ctx: RequestContext): Promise<AttendanceGroup> {
  const personId = ctx.requireActor().personId;
  return ctx.transaction(async (em) => {
    const member = await membershipOf(ctx, em, personId);
    ctx.authorize('create', 'AttendancePunch', { personId, departmentId: member.departmentId });
    if (!member.groupId) throw new AppError('ATTENDANCE_NOT_IN_GROUP');
    const group = await em.findOneOrFail(AttendanceGroup, { id: member.groupId });
    if (!group.monitoringNotice) throw new AppError('ATTENDANCE_NO_NOTICE');
    const inserted = await tenantSql<{ id: string }>(
      em,
      ctx.tenantId,
      sql`insert into attendance_notice_acknowledgement (id, tenant_id, group_id, person_id, notice_version, created_at, updated_at)
          values (gen_random_uuid(), ${TENANT}, ${group.id}, ${personId}, ${group.noticeVersion}, now(), now())
          on conflict (group_id, person_id, notice_version) do nothing returning id`,
    );
    if (inserted.length) {
      ctx.record({
        type: 'attendance.notice.acknowledged',
        subjectType: 'AttendanceGroup',
        subjectId: group.id,
        subjectLabel: group.name,
        payload: { groupId: group.id, personId, noticeVersion: group.noticeVersion },
      });
    }
    return group;
  });
}

/** The caller's attendance set-up: their group (null if none) and whether they still have its notice to acknowledge. */
export async function myAttendance(ctx: RequestContext): Promise<{ group: AttendanceGroup | null; noticeToAcknowledge: string | null }> {
  const personId = ctx.requireActor().personId;
  const member = await membershipOf(ctx, ctx.em, personId);
  if (!member.groupId) return { group: null, noticeToAcknowledge: null };
  const group = await ctx.em.findOneOrFail(AttendanceGroup, { id: member.groupId });
  const acknowledged = group.monitoringNotice ? await ctx.em.count(AttendanceNoticeAcknowledgement, { group: group.id, person: personId, noticeVersion: group.noticeVersion }) : 1;
  return { group, noticeToAcknowledge: acknowledged ? null : group.monitoringNotice };
}

/** Which punches to list. */
export interface PunchFilter {
  personId?: string | null;
  departmentId?: string | null;
  from?: string | null;
  to?: string | null;
  flagged?: boolean | null;
}

/** Punches the caller may read (their own; their departments' as a manager; all as HR), newest first. */
export async function listPunches(ctx: RequestContext, filter: PunchFilter, page: PageArgs): Promise<{ items: AttendancePunch[]; totalCount: number }> {
  const { limit, offset } = checkPage(page, ctx.services.config.maxPageSize);
  const problems: FieldProblem[] = [];
  if (filter.from && dayNumber(filter.from) === null) problems.push({ field: 'filter.from', code: 'INVALID_DATE' });
  if (filter.to && dayNumber(filter.to) === null) problems.push({ field: 'filter.to', code: 'INVALID_DATE' });
  assertNoProblems(problems);
  const where: Record<string, unknown>[] = [ctx.accessibleWhere('read', 'AttendancePunch')];
  if (filter.personId) where.push({ person: filter.personId });
  if (filter.departmentId) where.push({ departmentId: filter.departmentId });
  if (filter.from) where.push({ workDate: { $gte: filter.from } });
  if (filter.to) where.push({ workDate: { $lte: filter.to } });
  if (filter.flagged) where.push({ flags: { $ne: [] } });
  const items = await findViews(ctx.em, AttendancePunch, { $and: where }, { orderBy: { punchedAt: 'desc', id: 'asc' }, limit, offset });
  return { items, totalCount: await ctx.em.count(AttendancePunch, { $and: where }) };
}

/**
 * Erases raw coordinates whose retention period has passed (PDPO: kept no longer than needed). The punch keeps its
 * place, distance, method and flags. A recurring job per organisation, in batches.
 */
export const eraseExpiredCoordinates: JobDefinition = {
  name: 'attendance.erase-expired-coordinates',
  recurring: '23 * * * *',
  handle: async (ctx) => {
    for (;;) {
      const erased = await ctx.transaction(async (em) => {
        const rows = await tenantSql<{ id: string }>(
          em,
          ctx.tenantId,
          sql`update attendance_punch set latitude = null, longitude = null, coordinates_erase_at = null
               where id in (select id from attendance_punch where tenant_id = ${TENANT} and coordinates_erase_at <= ${ctx.services.clock.now()} limit 5000)
               returning id`,
        );
        if (rows.length) {
          ctx.record({ type: 'attendance.coordinates.erased', subjectType: 'Organization', subjectId: ctx.tenantId, payload: { punches: rows.length } });
        }
        return rows.length;
      });
      if (erased < 5000) return;
    }
  },
};
