import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { hongKongHolidays, hongKongHolidayYears, type HongKongHoliday } from '../../../../seeds/hong-kong-holidays.js';
import type { NewTenant } from '../../core/context/module.js';
import type { RequestContext } from '../../core/context/request-context.js';
import type { AppServices } from '../../core/context/services.js';
import { createSystemContext } from '../../core/context/system-context.js';
import { crossTenantSql, sql, tenantSql, TENANT } from '../../core/database/sql.js';
import { findViews } from '../../core/database/views.js';
import { assertNoProblems, badInput, notFound, type FieldProblem } from '../../core/errors/app-error.js';
import type { RecordedEvent } from '../../core/events/event.js';
import type { Locale } from '../../core/i18n/i18n.js';
import { Holiday, HolidaySource, MakeUpWorkday, WorkingCalendar } from './working-calendar.entity.js';
import { completeWeek, dayHoursProblems, DEFAULT_TIME_ZONE, defaultWeeklyHours, weeklyHoursProblems, type DatedHours, type WeekdayHours, type WorkingInterval } from './working-hours.js';
import { canonicalTimeZone, dayNumber, WorkingTime } from './working-time.js';

/** The years a holiday may fall in (and a calendar may be listed for). */
const HOLIDAY_YEARS = { min: 2000, max: 2099 } as const;
/** The longest range `workingDuration` measures: two years, more than any leave request or time limit. */
const MAX_RANGE_DAYS = 731;

/** The fields rule conditions test (see the subject declared in index.ts). */
const calendarSubject = (calendar: Pick<WorkingCalendar, 'id'>) => ({ id: calendar.id });

/** A holiday's (or make-up working day's) name in `locale`, else in the nearest language it has. */
export function holidayName(holiday: Pick<Holiday | MakeUpWorkday, 'nameEn' | 'nameZhHk' | 'nameZhCn'>, locale: Locale): string {
  const { nameEn: en, nameZhHk: hk, nameZhCn: cn } = holiday;
  const order = locale === 'en' ? [en, hk, cn] : locale === 'zh-CN' ? [cn, hk, en] : [hk, cn, en];
  return order.find((name) => name) ?? '';
}

const referenceRow = (tenantId: string, holiday: HongKongHoliday) => ({
  tenantId,
  date: holiday.date,
  nameEn: holiday.name.en,
  nameZhHk: holiday.name['zh-HK'],
  nameZhCn: holiday.name['zh-CN'],
  isGeneralHoliday: holiday.general,
  isStatutoryHoliday: holiday.statutory,
  source: HolidaySource.HONG_KONG,
});

/**
 * Creates an organisation's calendar — default hours in Hong Kong time and every holiday of the Hong Kong list — unless
 * it has one already (then null: nothing is touched, so holidays an admin removed stay removed). Concurrent callers
 * (workers starting together, a first read racing a worker) create it once.
 */
async function createCalendar(em: EntityManager, tenantId: string): Promise<{ calendarId: string; holidayCount: number } | null> {
  const calendarId = randomUUID();
  const inserted = await tenantSql<{ id: string }>(
    em,
    tenantId,
    sql`insert into working_calendar (id, tenant_id, time_zone, weekly_hours, created_at, updated_at)
      values (${calendarId}, ${TENANT}, ${DEFAULT_TIME_ZONE}, ${JSON.stringify(defaultWeeklyHours())}, now(), now())
      on conflict (tenant_id) do nothing returning id`,
  );
  if (inserted.length === 0) return null;
  const holidays = hongKongHolidayYears.flatMap((year) => hongKongHolidays[year].map((holiday) => em.create(Holiday, referenceRow(tenantId, holiday))));
  em.persist(holidays);
  return { calendarId, holidayCount: holidays.length };
}

const calendarCreated = (created: { calendarId: string; holidayCount: number }): RecordedEvent => ({
  type: 'worktime.calendar.created',
  subjectType: 'WorkingCalendar',
  subjectId: created.calendarId,
  payload: { calendarId: created.calendarId, holidayCount: created.holidayCount },
  after: { timeZone: DEFAULT_TIME_ZONE, weeklyHours: defaultWeeklyHours(), holidayCount: created.holidayCount },
});

/** Tenant set-up: a new organisation starts with the default hours and Hong Kong's holidays. */
export async function setUpNewOrganization(ctx: RequestContext, em: EntityManager, tenant: NewTenant): Promise<void> {
  const created = await createCalendar(em, tenant.tenantId);
  if (created) ctx.record({ ...calendarCreated(created), tenantId: tenant.tenantId, actorId: tenant.adminPersonId });
}

/** Sets up the calendar of the context's organisation if it has none; whether it did. */
async function setUpIfMissing(ctx: RequestContext): Promise<boolean> {
  return ctx.transaction(async (em) => {
    const created = await createCalendar(em, ctx.tenantId);
    if (created) ctx.record(calendarCreated(created));
    return created !== null;
  });
}

/**
 * Gives the organisations opened before this module their calendar (run when a worker starts): only those without a
 * calendar row, each in its own transaction — so re-running does nothing, and an admin's changes are never undone.
 */
export async function setUpExistingOrganizations(services: AppServices): Promise<number> {
  // Across organisations: which ones have no calendar yet (each is then set up in its own organisation's context).
  const missing = await crossTenantSql<{ id: string; default_locale: Locale }>(
    services.orm.em.fork(),
    sql`select o.id, o.default_locale from organization o where not exists (select 1 from working_calendar c where c.tenant_id = o.id) order by o.created_at`,
  );
  let count = 0;
  for (const organization of missing) if (await setUpIfMissing(createSystemContext(services, organization.id, organization.default_locale))) count += 1;
  if (count) services.logger.info({ organizations: count }, 'set up working calendars');
  return count;
}

/**
 * Runs `read` for the organisation's calendar; when the organisation has none yet (opened before this module, and no
 * worker has started since) sets it up first, in its own transaction, and reads again.
 */
async function withCalendar<T>(ctx: RequestContext, read: () => Promise<T | null | undefined>): Promise<T> {
  const found = await read();
  if (found) return found;
  await setUpIfMissing(createSystemContext(ctx.services, ctx.tenantId, ctx.locale));
  return (await read())!;
}

/**
 * The organisation's working time (hours, holidays and make-up working days) for calculations: deadlines in working
 * time, leave in working days, attendance's working days. One statement. It checks no permission: the calendar is a
 * fact other modules' rules need (an approval's time limit), whoever sets them off. Pass `em` to read inside a
 * transaction.
 */
export async function workingTimeOf(ctx: RequestContext, em: EntityManager = ctx.em): Promise<WorkingTime> {
  const row = await withCalendar(ctx, async () => {
    const [found] = await tenantSql<{ time_zone: string; weekly_hours: WeekdayHours[]; holidays: string[]; workdays: DatedHours[] }>(
      em,
      ctx.tenantId,
      sql`select c.time_zone, c.weekly_hours,
          coalesce((select json_agg(h.date order by h.date) from holiday h where h.tenant_id = c.tenant_id), '[]'::json) as holidays,
          coalesce((select json_agg(json_build_object('date', w.date, 'intervals', w.intervals) order by w.date) from make_up_workday w where w.tenant_id = c.tenant_id), '[]'::json) as workdays
        from working_calendar c where c.tenant_id = ${TENANT}`,
    );
    return found;
  });
  return new WorkingTime({ timeZone: row.time_zone, weeklyHours: row.weekly_hours }, row.holidays, row.workdays);
}

/** The organisation's calendar, for those who may read it. */
export async function workingCalendar(ctx: RequestContext): Promise<WorkingCalendar> {
  const calendar = await withCalendar(ctx, async () => (await findViews(ctx.em, WorkingCalendar, {}))[0]);
  ctx.authorize('read', 'WorkingCalendar', calendarSubject(calendar));
  return calendar;
}

/** The dates of one year, or of all years when `year` is null; a year out of range is bad input. */
function yearDates(year: number | null): { date?: { $gte: string; $lte: string } } {
  if (year === null) return {};
  if (year < HOLIDAY_YEARS.min || year > HOLIDAY_YEARS.max) throw badInput({ field: 'year', code: 'WORKTIME_YEAR_OUT_OF_RANGE', params: HOLIDAY_YEARS });
  return { date: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } };
}

/** The organisation's holidays by date, of one year or all; read through the calendar, whose rule applies. */
export async function holidaysOf(ctx: RequestContext, year: number | null): Promise<Holiday[]> {
  return findViews(ctx.em, Holiday, yearDates(year), { orderBy: { date: 'asc' } });
}

/** The organisation's make-up working days by date, of one year or all; read through the calendar, whose rule applies. */
export async function makeUpWorkdaysOf(ctx: RequestContext, year: number | null): Promise<MakeUpWorkday[]> {
  return findViews(ctx.em, MakeUpWorkday, yearDates(year), { orderBy: { date: 'asc' } });
}

/** Working days and hours between two instants, for forms (a leave request's dates and times). */
export async function workingDuration(ctx: RequestContext, from: Date, to: Date): Promise<{ workingDays: number; workingHours: number }> {
  ctx.authorize('read', 'WorkingCalendar');
  if (to.getTime() < from.getTime()) throw badInput({ field: 'to', code: 'INVALID_DATE_RANGE' });
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * 86_400_000) throw badInput({ field: 'to', code: 'WORKTIME_RANGE_TOO_LONG', params: { maxDays: MAX_RANGE_DAYS } });
  return (await workingTimeOf(ctx)).rangeDuration(from, to);
}

/**
 * The calendar to change, for those who may change it. Its row stays locked until the change commits, so changes to
 * one organisation's calendar run one at a time: a date checked free of holidays and make-up working days stays free.
 */
async function calendarToChange(ctx: RequestContext, em: EntityManager): Promise<WorkingCalendar> {
  const calendar = await withCalendar(ctx, () => em.findOne(WorkingCalendar, {}, { lockMode: LockMode.PESSIMISTIC_WRITE }));
  ctx.authorize('update', 'WorkingCalendar', calendarSubject(calendar));
  return calendar;
}

/** Replaces the weekly hours (and, when given, the time zone); weekdays left out have no hours. */
export async function setWorkingHours(ctx: RequestContext, input: { timeZone?: string | null; days: WeekdayHours[] }): Promise<WorkingCalendar> {
  const timeZone = input.timeZone == null ? null : canonicalTimeZone(input.timeZone);
  const problems = weeklyHoursProblems(input.days);
  if (input.timeZone != null && !timeZone) problems.unshift({ field: 'timeZone', code: 'WORKTIME_INVALID_TIME_ZONE' });
  assertNoProblems(problems);
  return ctx.transaction(async (em) => {
    const calendar = await calendarToChange(ctx, em);
    // Read back in one key order (jsonb keeps its own), so an unchanged week compares equal.
    const before = { timeZone: calendar.timeZone, weeklyHours: completeWeek(calendar.weeklyHours) };
    const after = { timeZone: timeZone ?? calendar.timeZone, weeklyHours: completeWeek(input.days) };
    if (JSON.stringify(before) === JSON.stringify(after)) return calendar;
    Object.assign(calendar, after);
    ctx.record({ type: 'worktime.calendar.hours_changed', subjectType: 'WorkingCalendar', subjectId: calendar.id, payload: { calendarId: calendar.id }, before, after });
    return calendar;
  });
}

/** A holiday as an admin gives it. */
export interface HolidayData {
  date: string;
  nameEn?: string | null;
  nameZhHk?: string | null;
  nameZhCn?: string | null;
  isGeneralHoliday?: boolean | null;
  isStatutoryHoliday?: boolean | null;
}

/** The problems of a calendar date as an admin gives it: a real date, in the years a calendar holds. */
function dateProblems(date: string): FieldProblem[] {
  const year = Number(date.slice(0, 4));
  if (dayNumber(date) === null) return [{ field: 'date', code: 'INVALID_DATE' }];
  if (year < HOLIDAY_YEARS.min || year > HOLIDAY_YEARS.max) return [{ field: 'date', code: 'WORKTIME_YEAR_OUT_OF_RANGE', params: HOLIDAY_YEARS }];
  return [];
}

function holidayProblems(input: HolidayData): FieldProblem[] {
  const problems = dateProblems(input.date);
  if (![input.nameEn, input.nameZhHk, input.nameZhCn].some((name) => name?.trim())) {
    problems.push({ field: 'nameZhHk', code: 'WORKTIME_NAME_REQUIRED' }, { field: 'nameEn', code: 'WORKTIME_NAME_REQUIRED' });
  }
  return problems;
}

const holidayValues = (input: HolidayData) => ({
  date: input.date,
  nameEn: input.nameEn?.trim() || null,
  nameZhHk: input.nameZhHk?.trim() || null,
  nameZhCn: input.nameZhCn?.trim() || null,
  isGeneralHoliday: input.isGeneralHoliday ?? false,
  isStatutoryHoliday: input.isStatutoryHoliday ?? false,
});

const snapshot = (holiday: Holiday) => ({ ...holidayValues(holiday), source: holiday.source });

/**
 * One holiday or make-up working day per date: DUPLICATE_VALUE when another record of the same kind has `date`, and
 * WORKTIME_DATE_IS_HOLIDAY / WORKTIME_DATE_IS_MAKE_UP_WORKDAY when one of the other kind has it — a day cannot be both
 * off and worked. `except` is the record being changed.
 */
async function assertDateFree(ctx: RequestContext, em: EntityManager, date: string, kind: 'holiday' | 'workday', except?: string): Promise<void> {
  const other = except ? { id: { $ne: except } } : {};
  const holiday = await em.findOne(Holiday, { date, ...(kind === 'holiday' ? other : {}) });
  if (holiday && kind === 'holiday') throw badInput({ field: 'date', code: 'DUPLICATE_VALUE' });
  if (holiday) throw badInput({ field: 'date', code: 'WORKTIME_DATE_IS_HOLIDAY', params: { name: holidayName(holiday, ctx.locale) } });
  const workday = await em.findOne(MakeUpWorkday, { date, ...(kind === 'workday' ? other : {}) });
  if (workday) throw badInput({ field: 'date', code: kind === 'workday' ? 'DUPLICATE_VALUE' : 'WORKTIME_DATE_IS_MAKE_UP_WORKDAY' });
}

/** What every fact about a holiday carries. */
const aboutHoliday = (ctx: RequestContext, holiday: Holiday) => ({
  subjectType: 'Holiday',
  subjectId: holiday.id,
  subjectLabel: `${holiday.date} ${holidayName(holiday, ctx.locale)}`,
  payload: { holidayId: holiday.id, date: holiday.date },
});

/** Adds a day off of the organisation's own (a company day, a typhoon day …). */
export async function addHoliday(ctx: RequestContext, input: HolidayData): Promise<Holiday> {
  assertNoProblems(holidayProblems(input));
  return ctx.transaction(async (em) => {
    await calendarToChange(ctx, em);
    await assertDateFree(ctx, em, input.date, 'holiday');
    const holiday = em.create(Holiday, { tenantId: ctx.tenantId, ...holidayValues(input), source: HolidaySource.COMPANY });
    em.persist(holiday);
    ctx.record({ type: 'worktime.holiday.added', ...aboutHoliday(ctx, holiday), after: snapshot(holiday) });
    return holiday;
  });
}

async function loadHoliday(em: EntityManager, id: string): Promise<Holiday> {
  const holiday = await em.findOne(Holiday, { id });
  if (!holiday) throw notFound('Holiday', id);
  return holiday;
}

/** Replaces a holiday's day, names and kinds (a Hong Kong one stays marked as from the Hong Kong list). */
export async function changeHoliday(ctx: RequestContext, id: string, input: HolidayData): Promise<Holiday> {
  assertNoProblems(holidayProblems(input));
  return ctx.transaction(async (em) => {
    await calendarToChange(ctx, em);
    const holiday = await loadHoliday(em, id);
    await assertDateFree(ctx, em, input.date, 'holiday', holiday.id);
    const before = snapshot(holiday);
    Object.assign(holiday, holidayValues(input));
    if (JSON.stringify(before) === JSON.stringify(snapshot(holiday))) return holiday;
    ctx.record({ type: 'worktime.holiday.changed', ...aboutHoliday(ctx, holiday), before, after: snapshot(holiday) });
    return holiday;
  });
}

/** Removes a holiday: its day is a working day again if its weekday has hours. */
export async function removeHoliday(ctx: RequestContext, id: string): Promise<boolean> {
  return ctx.transaction(async (em) => {
    await calendarToChange(ctx, em);
    const holiday = await loadHoliday(em, id);
    em.remove(holiday);
    ctx.record({ type: 'worktime.holiday.removed', ...aboutHoliday(ctx, holiday), before: snapshot(holiday) });
    return true;
  });
}

/**
 * Adds back the Hong Kong holidays of `year` whose day has no holiday now (one an admin removed, typically); a day that
 * has a holiday — the Hong Kong one, changed or not, or the organisation's own — is left as it is, and so is a day the
 * organisation made a make-up working day. Returns those added.
 */
export async function restoreHongKongHolidays(ctx: RequestContext, year: number): Promise<Holiday[]> {
  const reference = hongKongHolidays[year];
  if (!reference) throw badInput({ field: 'year', code: 'WORKTIME_UNKNOWN_YEAR', params: { years: hongKongHolidayYears.join(', ') } });
  return ctx.transaction(async (em) => {
    await calendarToChange(ctx, em);
    const inYear = { date: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } };
    const taken = new Set([...(await em.find(Holiday, inYear)), ...(await em.find(MakeUpWorkday, inYear))].map((day) => day.date));
    const added = reference.filter((holiday) => !taken.has(holiday.date)).map((holiday) => em.create(Holiday, referenceRow(ctx.tenantId, holiday)));
    em.persist(added);
    for (const holiday of added) ctx.record({ type: 'worktime.holiday.added', ...aboutHoliday(ctx, holiday), after: snapshot(holiday) });
    return added;
  });
}

/** A make-up working day as an admin gives it. */
export interface MakeUpWorkdayData {
  date: string;
  intervals: WorkingInterval[];
  nameEn?: string | null;
  nameZhHk?: string | null;
  nameZhCn?: string | null;
}

const workdayProblems = (input: MakeUpWorkdayData): FieldProblem[] => [...dateProblems(input.date), ...dayHoursProblems(input.intervals)];

const workdayValues = (input: MakeUpWorkdayData) => ({
  date: input.date,
  intervals: input.intervals.map(({ start, end }) => ({ start, end })),
  nameEn: input.nameEn?.trim() || null,
  nameZhHk: input.nameZhHk?.trim() || null,
  nameZhCn: input.nameZhCn?.trim() || null,
});

/** What every fact about a make-up working day carries. */
const aboutWorkday = (ctx: RequestContext, workday: MakeUpWorkday) => ({
  subjectType: 'MakeUpWorkday',
  subjectId: workday.id,
  subjectLabel: `${workday.date} ${holidayName(workday, ctx.locale)}`.trim(),
  payload: { workdayId: workday.id, date: workday.date },
});

/** Declares a day off (a weekend day, typically) a working day with its own hours. */
export async function addMakeUpWorkday(ctx: RequestContext, input: MakeUpWorkdayData): Promise<MakeUpWorkday> {
  assertNoProblems(workdayProblems(input));
  return ctx.transaction(async (em) => {
    await calendarToChange(ctx, em);
    await assertDateFree(ctx, em, input.date, 'workday');
    const workday = em.create(MakeUpWorkday, { tenantId: ctx.tenantId, ...workdayValues(input) });
    em.persist(workday);
    ctx.record({ type: 'worktime.make_up_workday.added', ...aboutWorkday(ctx, workday), after: workdayValues(workday) });
    return workday;
  });
}

async function loadWorkday(em: EntityManager, id: string): Promise<MakeUpWorkday> {
  const workday = await em.findOne(MakeUpWorkday, { id });
  if (!workday) throw notFound('MakeUpWorkday', id);
  return workday;
}

/** Replaces a make-up working day's date, hours and names. */
export async function changeMakeUpWorkday(ctx: RequestContext, id: string, input: MakeUpWorkdayData): Promise<MakeUpWorkday> {
  assertNoProblems(workdayProblems(input));
  return ctx.transaction(async (em) => {
    await calendarToChange(ctx, em);
    const workday = await loadWorkday(em, id);
    await assertDateFree(ctx, em, input.date, 'workday', workday.id);
    const before = workdayValues(workday);
    Object.assign(workday, workdayValues(input));
    if (JSON.stringify(before) === JSON.stringify(workdayValues(workday))) return workday;
    ctx.record({ type: 'worktime.make_up_workday.changed', ...aboutWorkday(ctx, workday), before, after: workdayValues(workday) });
    return workday;
  });
}

/** Removes a make-up working day: its date goes back to its weekday's hours (none, for a weekend day). */
export async function removeMakeUpWorkday(ctx: RequestContext, id: string): Promise<boolean> {
  return ctx.transaction(async (em) => {
    await calendarToChange(ctx, em);
    const workday = await loadWorkday(em, id);
    em.remove(workday);
    ctx.record({ type: 'worktime.make_up_workday.removed', ...aboutWorkday(ctx, workday), before: workdayValues(workday) });
    return true;
  });
}
