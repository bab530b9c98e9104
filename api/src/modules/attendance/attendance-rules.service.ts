import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../core/context/request-context.js';
import { sql, tenantSql, TENANT } from '../../core/database/sql.js';
import { pgArray } from '../../core/database/tenant-filter.js';
import { findViews } from '../../core/database/views.js';
import { AppError, assertNoProblems, notFound, type FieldProblem } from '../../core/errors/app-error.js';
import { checkPage, type PageArgs } from '../../core/graphql/pagination.js';
import { canonicalTimeZone, minuteOfDay } from '../worktime/index.js';
import { AttendanceGroup, OvertimeMode } from './attendance-group.entity.js';
import { AttendancePlace } from './attendance-place.entity.js';
import { AttendanceShift, ShiftKind, type ShiftBreak } from './attendance-shift.entity.js';
import { MakeUpPunchType } from './attendance-request.entity.js';
import { recomputeAfterRuleChange } from './days.service.js';
import { normalizeBssid, parseIpRange } from './punch-evidence.js';

/**
 * The rules admins keep: places (geofences, Wi-Fi, IP ranges), shifts, and groups that tie members to places, hours and
 * policies. Every change is a decision, recorded (and so audited) in its transaction.
 */

type Subject = 'AttendancePlace' | 'AttendanceShift' | 'AttendanceGroup';
type Rule = AttendancePlace | AttendanceShift | AttendanceGroup;

const range = (field: string, value: number | null | undefined, min: number, max: number): FieldProblem[] =>
  value != null && (!Number.isInteger(value) || value < min || value > max) ? [{ field, code: 'ATTENDANCE_OUT_OF_RANGE', params: { min, max } }] : [];

const required = (field: string, value: string | null | undefined): FieldProblem[] => (value?.trim() ? [] : [{ field, code: 'REQUIRED' }]);

/** Loads one rule record of the caller's organisation that they may read. */
async function loadRule<E extends Rule>(ctx: RequestContext, em: EntityManager, entity: new () => E, subject: Subject, id: string): Promise<E> {
  const found = (await em.findOne(entity, { id })) as E | null;
  if (!found || !ctx.can('read', subject, { id: found.id })) throw notFound(subject, id);
  return found;
}

/** A page of one kind of rule record the caller may read, by name. */
async function listRules<E extends Rule>(ctx: RequestContext, entity: new () => E, subject: Subject, page: PageArgs): Promise<{ items: E[]; totalCount: number }> {
  const { limit, offset } = checkPage(page, ctx.services.config.maxPageSize);
  const where = ctx.accessibleWhere('read', subject);
  const items = (await findViews(ctx.em, entity, where as never, { orderBy: { name: 'asc', id: 'asc' } as never, limit, offset })) as E[];
  return { items, totalCount: await ctx.em.count(entity, where) };
}

function checkVersion(subject: Subject, record: { version: number }, expected: number | null | undefined): void {
  if (expected != null && expected !== record.version) throw new AppError('VERSION_CONFLICT', { subject });
}

// ——— Places ———

/** A place as an admin sends it. */
export interface PlaceData {
  name: string;
  address?: string | null;
  latitude: number;
  longitude: number;
  radiusMeters: number;
  wifiBssids?: string[] | null;
  ipRanges?: string[] | null;
}

/** The place data cleaned (BSSIDs normalised), or BAD_USER_INPUT with every problem by field. */
function cleanPlace(input: PlaceData): Required<PlaceData> {
  const problems: FieldProblem[] = [...required('name', input.name)];
  if (!Number.isFinite(input.latitude) || Math.abs(input.latitude) > 90) problems.push({ field: 'latitude', code: 'INVALID_VALUE' });
  if (!Number.isFinite(input.longitude) || Math.abs(input.longitude) > 180) problems.push({ field: 'longitude', code: 'INVALID_VALUE' });
  problems.push(...range('radiusMeters', input.radiusMeters, 100, 3000));
  const wifiBssids = (input.wifiBssids ?? []).map((value, i) => {
    const bssid = normalizeBssid(value);
    if (!bssid) problems.push({ field: `wifiBssids.${i}`, code: 'ATTENDANCE_BSSID_INVALID' });
    return bssid ?? value;
  });
  const ipRanges = (input.ipRanges ?? []).map((value, i) => {
    if (!parseIpRange(value)) problems.push({ field: `ipRanges.${i}`, code: 'ATTENDANCE_IP_RANGE_INVALID' });
    return value.trim();
  });
  if (wifiBssids.length > 50) problems.push({ field: 'wifiBssids', code: 'TOO_MANY_ITEMS', params: { max: 50 } });
  if (ipRanges.length > 50) problems.push({ field: 'ipRanges', code: 'TOO_MANY_ITEMS', params: { max: 50 } });
  assertNoProblems(problems);
  return {
    name: input.name.trim(),
    address: input.address?.trim() || null,
    latitude: input.latitude,
    longitude: input.longitude,
    radiusMeters: input.radiusMeters,
    wifiBssids: [...new Set(wifiBssids)],
    ipRanges: [...new Set(ipRanges)],
  };
}

export const placeById = (ctx: RequestContext, id: string) => loadRule(ctx, ctx.em, AttendancePlace, 'AttendancePlace', id);
export const listPlaces = (ctx: RequestContext, page: PageArgs) => listRules(ctx, AttendancePlace, 'AttendancePlace', page);

/** Adds a place. */
export function createPlace(ctx: RequestContext, input: PlaceData): Promise<AttendancePlace> {
  const data = cleanPlace(input);
  return ctx.transaction(async (em) => {
    const place = em.create(AttendancePlace, { tenantId: ctx.tenantId, ...data });
    ctx.authorize('create', 'AttendancePlace', { id: place.id });
    em.persist(place);
    ctx.record({ type: 'attendance.place.created', subjectType: 'AttendancePlace', subjectId: place.id, subjectLabel: place.name, payload: { placeId: place.id }, after: { ...data } });
    return place;
  });
}

/** Changes a place (the whole of it, as the form sends it). */
export function updatePlace(ctx: RequestContext, id: string, input: PlaceData, version?: number | null): Promise<AttendancePlace> {
  const data = cleanPlace(input);
  return ctx.transaction(async (em) => {
    const place = await loadRule(ctx, em, AttendancePlace, 'AttendancePlace', id);
    ctx.authorize('update', 'AttendancePlace', { id: place.id });
    checkVersion('AttendancePlace', place, version);
    const before = { name: place.name, latitude: place.latitude, longitude: place.longitude, radiusMeters: place.radiusMeters, wifiBssids: place.wifiBssids, ipRanges: place.ipRanges };
    em.assign(place, data);
    ctx.record({ type: 'attendance.place.updated', subjectType: 'AttendancePlace', subjectId: place.id, subjectLabel: place.name, payload: { placeId: place.id }, before, after: { ...data } });
    return place;
  });
}

/** Deletes a place no group uses (ATTENDANCE_PLACE_IN_USE otherwise: take it out of the groups first). */
export function deletePlace(ctx: RequestContext, id: string): Promise<boolean> {
  return ctx.transaction(async (em) => {
    const place = await loadRule(ctx, em, AttendancePlace, 'AttendancePlace', id);
    ctx.authorize('delete', 'AttendancePlace', { id: place.id });
    const users = await tenantSql<{ name: string }>(em, ctx.tenantId, sql`select name from attendance_group where tenant_id = ${TENANT} and place_ids @> jsonb_build_array(${id}::text) order by name`);
    if (users.length) throw new AppError('ATTENDANCE_PLACE_IN_USE', { groups: users.map((g) => g.name).join(', ') });
    em.remove(place);
    ctx.record({ type: 'attendance.place.deleted', subjectType: 'AttendancePlace', subjectId: place.id, subjectLabel: place.name, payload: { placeId: place.id } });
    return true;
  });
}

// ——— Shifts ———

/** A shift as an admin sends it. */
export interface ShiftData {
  name: string;
  kind?: ShiftKind | null;
  start: string;
  end: string;
  lateToleranceMinutes?: number | null;
  earlyLeaveToleranceMinutes?: number | null;
  punchOpensBeforeMinutes?: number | null;
  punchClosesAfterMinutes?: number | null;
  breaks?: ShiftBreak[] | null;
  coreStart?: string | null;
  coreEnd?: string | null;
  requiredMinutes?: number | null;
}

/** The shift's times as minutes after local midnight (checked by cleanShift). */
export function shiftMinutes(shift: Pick<AttendanceShift, 'start' | 'end' | 'punchOpensBeforeMinutes' | 'punchClosesAfterMinutes'>) {
  return { startMinute: minuteOfDay(shift.start) ?? 0, endMinute: minuteOfDay(shift.end) ?? 0, punchOpensBefore: shift.punchOpensBeforeMinutes, punchClosesAfter: shift.punchClosesAfterMinutes };
}

function cleanShift(input: ShiftData): ShiftData {
  const kind = input.kind ?? ShiftKind.FIXED;
  const problems: FieldProblem[] = [...required('name', input.name)];
  const time = (field: string, value: string | null | undefined) => {
    if (value == null) return null;
    const minute = minuteOfDay(value);
    if (minute === null || minute === 1440) problems.push({ field, code: 'ATTENDANCE_TIME_INVALID' });
    return minute;
  };
  const start = time('start', input.start);
  const end = time('end', input.end);
  if (start !== null && start === end) problems.push({ field: 'end', code: 'ATTENDANCE_SHIFT_EMPTY' });
  problems.push(
    ...range('lateToleranceMinutes', input.lateToleranceMinutes, 0, 240),
    ...range('earlyLeaveToleranceMinutes', input.earlyLeaveToleranceMinutes, 0, 240),
    ...range('punchOpensBeforeMinutes', input.punchOpensBeforeMinutes, 0, 720),
    ...range('punchClosesAfterMinutes', input.punchClosesAfterMinutes, 0, 720),
  );
  (input.breaks ?? []).forEach((b, i) => {
    time(`breaks.${i}.start`, b.start);
    time(`breaks.${i}.end`, b.end);
  });
  if ((input.breaks ?? []).length > 5) problems.push({ field: 'breaks', code: 'TOO_MANY_ITEMS', params: { max: 5 } });
  if (kind === ShiftKind.FLEXIBLE) {
    if (!input.coreStart) problems.push({ field: 'coreStart', code: 'REQUIRED' });
    if (!input.coreEnd) problems.push({ field: 'coreEnd', code: 'REQUIRED' });
    if (input.requiredMinutes == null) problems.push({ field: 'requiredMinutes', code: 'REQUIRED' });
    time('coreStart', input.coreStart);
    time('coreEnd', input.coreEnd);
    problems.push(...range('requiredMinutes', input.requiredMinutes, 30, 1440));
  }
  assertNoProblems(problems);
  const flexible = kind === ShiftKind.FLEXIBLE;
  return {
    name: input.name.trim(),
    kind,
    start: input.start,
    end: input.end,
    lateToleranceMinutes: input.lateToleranceMinutes ?? 0,
    earlyLeaveToleranceMinutes: input.earlyLeaveToleranceMinutes ?? 0,
    punchOpensBeforeMinutes: input.punchOpensBeforeMinutes ?? 120,
    punchClosesAfterMinutes: input.punchClosesAfterMinutes ?? 360,
    breaks: (input.breaks ?? []).map((b) => ({ start: b.start, end: b.end })),
    coreStart: flexible ? input.coreStart! : null,
    coreEnd: flexible ? input.coreEnd! : null,
    requiredMinutes: flexible ? input.requiredMinutes! : null,
  };
}

export const shiftById = (ctx: RequestContext, id: string) => loadRule(ctx, ctx.em, AttendanceShift, 'AttendanceShift', id);
export const listShifts = (ctx: RequestContext, page: PageArgs) => listRules(ctx, AttendanceShift, 'AttendanceShift', page);

/** Adds a shift. */
export function createShift(ctx: RequestContext, input: ShiftData): Promise<AttendanceShift> {
  const data = cleanShift(input);
  return ctx.transaction(async (em) => {
    const shift = em.create(AttendanceShift, { tenantId: ctx.tenantId, ...data } as never);
    ctx.authorize('create', 'AttendanceShift', { id: shift.id });
    em.persist(shift);
    ctx.record({ type: 'attendance.shift.created', subjectType: 'AttendanceShift', subjectId: shift.id, subjectLabel: shift.name, payload: { shiftId: shift.id }, after: { ...data } });
    return shift;
  });
}

/** Changes a shift (the whole of it); the month to date is recomputed in the background. */
export function updateShift(ctx: RequestContext, id: string, input: ShiftData, version?: number | null): Promise<AttendanceShift> {
  const data = cleanShift(input);
  return ctx.transaction(async (em) => {
    const shift = await loadRule(ctx, em, AttendanceShift, 'AttendanceShift', id);
    ctx.authorize('update', 'AttendanceShift', { id: shift.id });
    checkVersion('AttendanceShift', shift, version);
    const before = { name: shift.name, kind: shift.kind, start: shift.start, end: shift.end };
    em.assign(shift, data as never);
    await recomputeAfterRuleChange(ctx, em);
    ctx.record({ type: 'attendance.shift.updated', subjectType: 'AttendanceShift', subjectId: shift.id, subjectLabel: shift.name, payload: { shiftId: shift.id }, before, after: { ...data } });
    return shift;
  });
}

/** Deletes a shift no group uses (ATTENDANCE_SHIFT_IN_USE otherwise). */
export function deleteShift(ctx: RequestContext, id: string): Promise<boolean> {
  return ctx.transaction(async (em) => {
    const shift = await loadRule(ctx, em, AttendanceShift, 'AttendanceShift', id);
    ctx.authorize('delete', 'AttendanceShift', { id: shift.id });
    const users = await em.find(AttendanceGroup, { shift: shift.id }, { orderBy: { name: 'asc' } });
    if (users.length) throw new AppError('ATTENDANCE_SHIFT_IN_USE', { groups: users.map((g) => g.name).join(', ') });
    em.remove(shift);
    ctx.record({ type: 'attendance.shift.deleted', subjectType: 'AttendanceShift', subjectId: shift.id, subjectLabel: shift.name, payload: { shiftId: shift.id } });
    return true;
  });
}

// ——— Groups ———

/** A group as an admin sends it. */
export interface GroupData {
  name: string;
  timeZone?: string | null;
  departmentIds?: string[] | null;
  personIds?: string[] | null;
  excludedPersonIds?: string[] | null;
  placeIds?: string[] | null;
  shiftId?: string | null;
  rostered?: boolean | null;
  offsiteAllowed?: boolean | null;
  offsiteRequiresRemark?: boolean | null;
  offsiteRequiresPhoto?: boolean | null;
  offsiteNeedsApproval?: boolean | null;
  keepCoordinates?: boolean | null;
  coordinatesRetentionDays?: number | null;
  offlineWindowMinutes?: number | null;
  maxPunchesPerDay?: number | null;
  monitoringNotice?: string | null;
  makeUpPerMonth?: number | null;
  makeUpDeadlineDays?: number | null;
  makeUpTypes?: MakeUpPunchType[] | null;
  overtimeMode?: OvertimeMode | null;
  overtimeMinimumMinutes?: number | null;
}

/** Ids among `ids` that are not rows of `table` in the caller's organisation, as problems of `field`. */
async function unknownIds(ctx: RequestContext, em: EntityManager, table: 'department' | 'person' | 'attendance_place', field: string, ids: string[]): Promise<FieldProblem[]> {
  if (!ids.length) return [];
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  const wellFormed = ids.filter((id) => uuid.test(id));
  const statement = {
    department: sql`select id from department where tenant_id = ${TENANT} and id = any(${pgArray(wellFormed)}::uuid[])`,
    person: sql`select id from person where tenant_id = ${TENANT} and id = any(${pgArray(wellFormed)}::uuid[])`,
    attendance_place: sql`select id from attendance_place where tenant_id = ${TENANT} and id = any(${pgArray(wellFormed)}::uuid[])`,
  }[table];
  const found = new Set(wellFormed.length ? (await tenantSql<{ id: string }>(em, ctx.tenantId, statement)).map((row) => row.id) : []);
  return ids.flatMap((id, i) => (found.has(id) ? [] : [{ field: `${field}.${i}`, code: 'UNKNOWN_REFERENCE' }]));
}

async function cleanGroup(ctx: RequestContext, em: EntityManager, input: GroupData): Promise<Omit<Partial<AttendanceGroup>, 'shift'> & { shift: string | null }> {
  const problems: FieldProblem[] = [...required('name', input.name)];
  const timeZone = input.timeZone ? canonicalTimeZone(input.timeZone) : null;
  if (input.timeZone && !timeZone) problems.push({ field: 'timeZone', code: 'ATTENDANCE_TIME_ZONE_INVALID' });
  const unique = (list: string[] | null | undefined) => [...new Set(list ?? [])];
  const departmentIds = unique(input.departmentIds);
  const personIds = unique(input.personIds);
  const excludedPersonIds = unique(input.excludedPersonIds);
  const placeIds = unique(input.placeIds);
  for (const [field, list] of Object.entries({ departmentIds, personIds, excludedPersonIds, placeIds })) {
    if (list.length > 500) problems.push({ field, code: 'TOO_MANY_ITEMS', params: { max: 500 } });
  }
  problems.push(
    ...(await unknownIds(ctx, em, 'department', 'departmentIds', departmentIds)),
    ...(await unknownIds(ctx, em, 'person', 'personIds', personIds)),
    ...(await unknownIds(ctx, em, 'person', 'excludedPersonIds', excludedPersonIds)),
    ...(await unknownIds(ctx, em, 'attendance_place', 'placeIds', placeIds)),
    ...range('coordinatesRetentionDays', input.coordinatesRetentionDays, 1, 365),
    ...range('offlineWindowMinutes', input.offlineWindowMinutes, 0, 10_080),
    ...range('maxPunchesPerDay', input.maxPunchesPerDay, 1, 50),
    ...range('makeUpPerMonth', input.makeUpPerMonth, 0, 31),
    ...range('makeUpDeadlineDays', input.makeUpDeadlineDays, 0, 31),
    ...range('overtimeMinimumMinutes', input.overtimeMinimumMinutes, 0, 240),
  );
  if (input.monitoringNotice && input.monitoringNotice.length > 5000) problems.push({ field: 'monitoringNotice', code: 'TOO_LONG', params: { max: 5000 } });
  if (input.shiftId && !(await em.findOne(AttendanceShift, { id: input.shiftId }))) problems.push({ field: 'shiftId', code: 'UNKNOWN_REFERENCE' });
  if (!departmentIds.length && !personIds.length) problems.push({ field: 'departmentIds', code: 'ATTENDANCE_GROUP_WITHOUT_MEMBERS' });
  if (input.offsiteNeedsApproval && !input.offsiteAllowed) problems.push({ field: 'offsiteNeedsApproval', code: 'ATTENDANCE_OFFSITE_APPROVAL_NEEDS_OFFSITE' });
  assertNoProblems(problems);
  return {
    name: input.name.trim(),
    timeZone,
    departmentIds,
    personIds,
    excludedPersonIds,
    placeIds,
    shift: input.shiftId ?? null,
    rostered: input.rostered ?? false,
    offsiteAllowed: input.offsiteAllowed ?? false,
    offsiteRequiresRemark: input.offsiteRequiresRemark ?? true,
    offsiteRequiresPhoto: input.offsiteRequiresPhoto ?? false,
    offsiteNeedsApproval: input.offsiteNeedsApproval ?? false,
    keepCoordinates: input.keepCoordinates ?? false,
    coordinatesRetentionDays: input.coordinatesRetentionDays ?? 30,
    offlineWindowMinutes: input.offlineWindowMinutes ?? 1440,
    maxPunchesPerDay: input.maxPunchesPerDay ?? 10,
    monitoringNotice: input.monitoringNotice?.trim() || null,
    makeUpPerMonth: input.makeUpPerMonth ?? 3,
    makeUpDeadlineDays: input.makeUpDeadlineDays ?? 3,
    makeUpTypes: input.makeUpTypes ? [...new Set(input.makeUpTypes)] : [MakeUpPunchType.IN, MakeUpPunchType.OUT],
    overtimeMode: input.overtimeMode ?? OvertimeMode.NONE,
    overtimeMinimumMinutes: input.overtimeMinimumMinutes ?? 30,
  };
}

export const groupById = (ctx: RequestContext, id: string) => loadRule(ctx, ctx.em, AttendanceGroup, 'AttendanceGroup', id);
export const listGroups = (ctx: RequestContext, page: PageArgs) => listRules(ctx, AttendanceGroup, 'AttendanceGroup', page);

/** Adds a group. */
export function createGroup(ctx: RequestContext, input: GroupData): Promise<AttendanceGroup> {
  return ctx.transaction(async (em) => {
    const data = await cleanGroup(ctx, em, input);
    const group = em.create(AttendanceGroup, { tenantId: ctx.tenantId, ...data, noticeVersion: data.monitoringNotice ? 1 : 0 } as never);
    ctx.authorize('create', 'AttendanceGroup', { id: group.id });
    em.persist(group);
    await recomputeAfterRuleChange(ctx, em);
    ctx.record({ type: 'attendance.group.created', subjectType: 'AttendanceGroup', subjectId: group.id, subjectLabel: group.name, payload: { groupId: group.id }, after: { ...data } });
    return group;
  });
}

/** Changes a group (the whole of it). A changed monitoring notice must be acknowledged again by every member. */
export function updateGroup(ctx: RequestContext, id: string, input: GroupData, version?: number | null): Promise<AttendanceGroup> {
  return ctx.transaction(async (em) => {
    const group = await loadRule(ctx, em, AttendanceGroup, 'AttendanceGroup', id);
    ctx.authorize('update', 'AttendanceGroup', { id: group.id });
    checkVersion('AttendanceGroup', group, version);
    const data = await cleanGroup(ctx, em, input);
    const before = { name: group.name, departmentIds: group.departmentIds, personIds: group.personIds, placeIds: group.placeIds, shift: group.shift?.id ?? null };
    const noticeChanged = data.monitoringNotice !== group.monitoringNotice;
    em.assign(group, { ...data, noticeVersion: noticeChanged && data.monitoringNotice ? group.noticeVersion + 1 : group.noticeVersion } as never);
    await recomputeAfterRuleChange(ctx, em);
    ctx.record({ type: 'attendance.group.updated', subjectType: 'AttendanceGroup', subjectId: group.id, subjectLabel: group.name, payload: { groupId: group.id }, before, after: { ...data } });
    return group;
  });
}

/** Deletes a group; its punches stay (they keep their facts, without the group); the month to date is recomputed. */
export function deleteGroup(ctx: RequestContext, id: string): Promise<boolean> {
  return ctx.transaction(async (em) => {
    const group = await loadRule(ctx, em, AttendanceGroup, 'AttendanceGroup', id);
    ctx.authorize('delete', 'AttendanceGroup', { id: group.id });
    em.remove(group);
    await recomputeAfterRuleChange(ctx, em);
    ctx.record({ type: 'attendance.group.deleted', subjectType: 'AttendanceGroup', subjectId: group.id, subjectLabel: group.name, payload: { groupId: group.id } });
    return true;
  });
}
