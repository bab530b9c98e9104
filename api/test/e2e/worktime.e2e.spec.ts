import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { worktimeModule } from '../../src/modules/worktime/index.js';
import { assignRoleById, createCustomRole, createOrganization, createPerson, type TestOrg, type TestPerson } from '../support/factories.js';
import { fieldsOf, startTestApp, type GqlClient, type TestApp } from '../support/test-app.js';

/**
 * The working calendar through GraphQL: what a new organisation starts with (default hours, Hong Kong's 2026–2027
 * holidays), everyone reading it, HR and admins changing it (each change an audited event), restoring the Hong Kong
 * list without undoing an admin's choices, make-up working days, working durations, every forbidden path and bad input,
 * another organisation's holidays, and organisations opened before the module (set up once, when a worker starts).
 */
let t: TestApp;
let org: TestOrg;
let hr: TestPerson;
let staff: TestPerson;
let manager: TestPerson;

interface Holiday {
  id: string;
  date: string;
  name: string;
  nameEn: string | null;
  nameZhHk: string | null;
  nameZhCn: string | null;
  isGeneralHoliday: boolean;
  isStatutoryHoliday: boolean;
  source: 'HONG_KONG' | 'COMPANY';
}
interface Workday {
  id: string;
  date: string;
  name: string | null;
  nameEn: string | null;
  nameZhHk: string | null;
  nameZhCn: string | null;
  intervals: { start: string; end: string }[];
}
interface Calendar {
  id: string;
  timeZone: string;
  referenceYears: number[];
  weeklyHours: { weekday: number; intervals: { start: string; end: string }[] }[];
  holidays: Holiday[];
}

const HOLIDAY = 'id date name nameEn nameZhHk nameZhCn isGeneralHoliday isStatutoryHoliday source';
const CALENDAR = `query($year: Int) { workingCalendar { id timeZone referenceYears weeklyHours { weekday intervals { start end } } holidays(year: $year) { ${HOLIDAY} } } }`;
const SET_HOURS = 'mutation($input: SetWorkingHoursInput!) { setWorkingHours(input: $input) { id timeZone weeklyHours { weekday intervals { start end } } } }';
const ADD = `mutation($input: HolidayInput!) { addHoliday(input: $input) { ${HOLIDAY} } }`;
const CHANGE = `mutation($id: ID!, $input: HolidayInput!) { changeHoliday(id: $id, input: $input) { ${HOLIDAY} } }`;
const REMOVE = 'mutation($id: ID!) { removeHoliday(id: $id) }';
const RESTORE = 'mutation($year: Int!) { restoreHongKongHolidays(year: $year) { id date source } }';
const WORKDAY = 'id date name nameEn nameZhHk nameZhCn intervals { start end }';
const WORKDAYS = `query($year: Int) { workingCalendar { makeUpWorkdays(year: $year) { ${WORKDAY} } } }`;
const ADD_WORKDAY = `mutation($input: MakeUpWorkdayInput!) { addMakeUpWorkday(input: $input) { ${WORKDAY} } }`;
const CHANGE_WORKDAY = `mutation($id: ID!, $input: MakeUpWorkdayInput!) { changeMakeUpWorkday(id: $id, input: $input) { ${WORKDAY} } }`;
const REMOVE_WORKDAY = 'mutation($id: ID!) { removeMakeUpWorkday(id: $id) }';
const DURATION = 'query($from: DateTimeISO!, $to: DateTimeISO!) { workingDuration(from: $from, to: $to) { workingDays workingHours } }';

const OFFICE_DAY = [
  { start: '09:00', end: '13:00' },
  { start: '14:00', end: '18:00' },
];
const WEEKDAYS = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, intervals: OFFICE_DAY }));
const SATURDAY_MORNING = { weekday: 6, intervals: [{ start: '09:00', end: '13:00' }] };

const codeOf = (result: { errors?: { extensions: { code: string } }[] }) => result.errors?.map((e) => e.extensions.code);
const calendarOf = async (client: GqlClient, year: number | null = null) => (await client.ok<{ workingCalendar: Calendar }>(CALENDAR, { year })).workingCalendar;
const holidayOn = async (client: GqlClient, date: string) => (await calendarOf(client, Number(date.slice(0, 4)))).holidays.find((h) => h.date === date);
const workdaysOf = async (client: GqlClient, year: number | null = null) => (await client.ok<{ workingCalendar: { makeUpWorkdays: Workday[] } }>(WORKDAYS, { year })).workingCalendar.makeUpWorkdays;
const duration = async (client: GqlClient, from: string, to: string) =>
  (await client.ok<{ workingDuration: { workingDays: number; workingHours: number } }>(DURATION, { from: `${from}:00+08:00`, to: `${to}:00+08:00` })).workingDuration;

async function eventsOf(tenantId: string, type: string): Promise<{ actor_id: string | null; subject_id: string; payload: Record<string, unknown> }[]> {
  return t.sql('select actor_id, subject_id, payload from outbox_event where tenant_id = $1 and type = $2 order by created_at', [tenantId, type]);
}

beforeAll(async () => {
  t = await startTestApp();
  org = await createOrganization(t);
  hr = await createPerson(t, org, { name: 'HR Officer', roles: ['hr'] });
  staff = await createPerson(t, org, { name: 'Staff Member' });
  manager = await createPerson(t, org, { name: 'Team Lead', roles: ['department-manager'] });
});
afterAll(() => t.stop());

describe('worktime: what a new organisation starts with', () => {
  it('office hours in Hong Kong time and Hong Kong’s 2026 and 2027 holidays, which every member of staff reads', async () => {
    const fresh = await createOrganization(t);
    const employee = await createPerson(t, fresh, { name: 'Employee' });
    const calendar = await calendarOf(employee.client!, 2026);
    expect(calendar.timeZone).toBe('Asia/Hong_Kong');
    expect(calendar.referenceYears).toEqual([2026, 2027]);
    expect(calendar.weeklyHours).toEqual([...WEEKDAYS, { weekday: 6, intervals: [] }, { weekday: 7, intervals: [] }]);
    const holidays = calendar.holidays;
    expect(holidays.map((h) => h.date)).toEqual([...holidays.map((h) => h.date)].sort());
    expect(holidays).toHaveLength(18);
    expect(holidays.filter((h) => h.isGeneralHoliday)).toHaveLength(17);
    expect(holidays.filter((h) => h.isStatutoryHoliday)).toHaveLength(15);
    expect(holidays.every((h) => h.source === 'HONG_KONG')).toBe(true);
    expect(holidays[0]).toMatchObject({ date: '2026-01-01', name: 'The first day of January', nameZhHk: '一月一日', isGeneralHoliday: true, isStatutoryHoliday: true });
    expect(holidays.find((h) => h.date === '2026-04-07')).toMatchObject({ name: 'The day following Easter Monday', isStatutoryHoliday: true });
    expect(holidays.find((h) => h.date === '2026-12-22')).toMatchObject({ isGeneralHoliday: false, isStatutoryHoliday: true, nameZhHk: expect.stringContaining('冬節') });
    expect(holidays.find((h) => h.date === '2026-12-25')).toMatchObject({ isGeneralHoliday: true, isStatutoryHoliday: false });
    expect((await calendarOf(employee.client!, 2027)).holidays.map((h) => h.date)).toContain('2027-02-09');
    expect((await calendarOf(employee.client!)).holidays).toHaveLength(36);
    expect((await calendarOf(employee.client!, 2028)).holidays).toEqual([]);
    employee.client!.locale = 'zh-HK';
    expect((await holidayOn(employee.client!, '2026-02-17'))?.name).toBe('農曆年初一');
    employee.client!.locale = 'zh-CN';
    expect((await holidayOn(employee.client!, '2026-02-17'))?.name).toBe('农历年初一');
    expect(await eventsOf(fresh.organizationId, 'worktime.calendar.created')).toEqual([
      { actor_id: fresh.adminPersonId, subject_id: calendar.id, payload: { calendarId: calendar.id, holidayCount: 36 } },
    ]);
  });

  it('myPermissions follows the default grants: staff and managers read, HR and the admin also change it', async () => {
    const permissions = async (client: GqlClient) =>
      (await client.ok<{ myPermissions: { subject: string; action: string; allowed: boolean }[] }>('{ myPermissions { subject action allowed } }')).myPermissions
        .filter((p) => p.subject === 'WorkingCalendar' && p.allowed)
        .map((p) => p.action);
    expect(await permissions(staff.client!)).toEqual(['read']);
    expect(await permissions(manager.client!)).toEqual(['read']);
    expect(await permissions(hr.client!)).toEqual(['read', 'update']);
    expect(await permissions(org.admin)).toEqual(['read', 'update']);
  });
});

describe('worktime: changing hours and holidays', () => {
  it('HR adds Saturday mornings: working durations count them, and the change is an audited event (once)', async () => {
    const own = await createOrganization(t);
    const officer = await createPerson(t, own, { name: 'HR', roles: ['hr'] });
    expect(await duration(officer.client!, '2026-03-06T09:00', '2026-03-07T13:00')).toEqual({ workingDays: 1, workingHours: 8 });
    const input = { timeZone: 'asia/hong_kong', days: [...WEEKDAYS, SATURDAY_MORNING] };
    const changed = (await officer.client!.ok<{ setWorkingHours: Calendar }>(SET_HOURS, { input })).setWorkingHours;
    expect(changed.timeZone).toBe('Asia/Hong_Kong');
    expect(changed.weeklyHours[5]).toEqual(SATURDAY_MORNING);
    expect(changed.weeklyHours[6]).toEqual({ weekday: 7, intervals: [] });
    expect(await duration(officer.client!, '2026-03-06T09:00', '2026-03-07T13:00')).toEqual({ workingDays: 2, workingHours: 12 });
    await officer.client!.ok(SET_HOURS, { input });
    const events = await eventsOf(own.organizationId, 'worktime.calendar.hours_changed');
    expect(events).toEqual([{ actor_id: officer.personId, subject_id: changed.id, payload: { calendarId: changed.id } }]);
    const [audit] = await t.sql<{ actor_id: string; before: { weeklyHours: unknown[] }; after: { weeklyHours: unknown[] } }>(
      "select actor_id, before, after from audit_entry where tenant_id = $1 and action = 'worktime.calendar.hours_changed'",
      [own.organizationId],
    );
    expect(audit.actor_id).toBe(officer.personId);
    expect(audit.before.weeklyHours[5]).toEqual({ weekday: 6, intervals: [] });
    expect(audit.after.weeklyHours[5]).toEqual(SATURDAY_MORNING);
  });

  it('the admin adds a company day, changes it and removes it: the day stops and starts being working time', async () => {
    const own = await createOrganization(t);
    expect(await duration(own.admin, '2026-03-13T00:00', '2026-03-14T00:00')).toEqual({ workingDays: 1, workingHours: 8 });
    const added = (await own.admin.ok<{ addHoliday: Holiday }>(ADD, { input: { date: '2026-03-13', nameEn: ' Company outing ', nameZhHk: '公司旅行' } })).addHoliday;
    expect(added).toMatchObject({ date: '2026-03-13', name: 'Company outing', nameZhCn: null, source: 'COMPANY', isGeneralHoliday: false, isStatutoryHoliday: false });
    expect(await duration(own.admin, '2026-03-13T00:00', '2026-03-14T00:00')).toEqual({ workingDays: 0, workingHours: 0 });
    const moved = (await own.admin.ok<{ changeHoliday: Holiday }>(CHANGE, { id: added.id, input: { date: '2026-03-12', nameZhHk: '公司旅行日' } })).changeHoliday;
    expect(moved).toMatchObject({ id: added.id, date: '2026-03-12', name: '公司旅行日', nameEn: null, source: 'COMPANY' });
    expect(await duration(own.admin, '2026-03-12T00:00', '2026-03-14T00:00')).toEqual({ workingDays: 1, workingHours: 8 });
    expect((await own.admin.ok<{ removeHoliday: boolean }>(REMOVE, { id: added.id })).removeHoliday).toBe(true);
    expect(await duration(own.admin, '2026-03-12T00:00', '2026-03-14T00:00')).toEqual({ workingDays: 2, workingHours: 16 });
    for (const [type, date] of [
      ['worktime.holiday.added', '2026-03-13'],
      ['worktime.holiday.changed', '2026-03-12'],
      ['worktime.holiday.removed', '2026-03-12'],
    ]) {
      expect(await eventsOf(own.organizationId, type)).toEqual([{ actor_id: own.adminPersonId, subject_id: added.id, payload: { holidayId: added.id, date } }]);
    }
    const audited = await t.sql<{ action: string; target_label: string }>("select action, target_label from audit_entry where tenant_id = $1 and target_type = 'Holiday' order by sequence", [
      own.organizationId,
    ]);
    expect(audited).toEqual([
      { action: 'worktime.holiday.added', target_label: '2026-03-13 Company outing' },
      { action: 'worktime.holiday.changed', target_label: '2026-03-12 公司旅行日' },
      { action: 'worktime.holiday.removed', target_label: '2026-03-12 公司旅行日' },
    ]);
  });

  it('a Hong Kong holiday changed into Christmas Day’s statutory holiday keeps its source; the Solstice is removed', async () => {
    const own = await createOrganization(t);
    const christmas = (await holidayOn(own.admin, '2026-12-25'))!;
    const changed = (
      await own.admin.ok<{ changeHoliday: Holiday }>(CHANGE, {
        id: christmas.id,
        input: { date: '2026-12-25', nameEn: 'Christmas Day', nameZhHk: '聖誕節', nameZhCn: '圣诞节', isGeneralHoliday: true, isStatutoryHoliday: true },
      })
    ).changeHoliday;
    expect(changed).toMatchObject({ isStatutoryHoliday: true, source: 'HONG_KONG' });
    await own.admin.ok(REMOVE, { id: (await holidayOn(own.admin, '2026-12-22'))!.id });
    expect(await duration(own.admin, '2026-12-21T09:00', '2026-12-24T18:00')).toEqual({ workingDays: 4, workingHours: 32 });
  });

  it('restoring a year adds back the Hong Kong holidays removed, and leaves changed and company ones as they are', async () => {
    const own = await createOrganization(t);
    const labourDay = (await holidayOn(own.admin, '2026-05-01'))!;
    const tuenNg = (await holidayOn(own.admin, '2026-06-19'))!;
    const establishmentDay = (await holidayOn(own.admin, '2026-07-01'))!;
    await own.admin.ok(REMOVE, { id: labourDay.id });
    await own.admin.ok(REMOVE, { id: tuenNg.id });
    const companyDay = (await own.admin.ok<{ addHoliday: Holiday }>(ADD, { input: { date: '2026-06-19', nameEn: 'Company day' } })).addHoliday;
    await own.admin.ok(CHANGE, { id: establishmentDay.id, input: { date: '2026-07-01', nameEn: 'HKSAR Day', isGeneralHoliday: true, isStatutoryHoliday: true } });

    const restored = (await own.admin.ok<{ restoreHongKongHolidays: Holiday[] }>(RESTORE, { year: 2026 })).restoreHongKongHolidays;
    expect(restored).toEqual([{ id: expect.any(String), date: '2026-05-01', source: 'HONG_KONG' }]);
    const holidays = (await calendarOf(own.admin, 2026)).holidays;
    expect(holidays).toHaveLength(18);
    expect(holidays.find((h) => h.date === '2026-05-01')).toMatchObject({ name: 'Labour Day', nameZhHk: '勞動節', isGeneralHoliday: true, isStatutoryHoliday: true });
    expect(holidays.find((h) => h.date === '2026-06-19')).toMatchObject({ id: companyDay.id, name: 'Company day', source: 'COMPANY' });
    expect(holidays.find((h) => h.date === '2026-07-01')).toMatchObject({ id: establishmentDay.id, name: 'HKSAR Day', nameZhHk: null });
    expect((await own.admin.ok<{ restoreHongKongHolidays: Holiday[] }>(RESTORE, { year: 2026 })).restoreHongKongHolidays).toEqual([]);
    const added = await eventsOf(own.organizationId, 'worktime.holiday.added');
    expect(added.map((e) => e.payload.date)).toEqual(['2026-06-19', '2026-05-01']);
  });

  it('workingDuration skips weekends and holidays: the week before Christmas 2026 holds three working days', async () => {
    expect(await duration(staff.client!, '2026-12-21T09:00', '2026-12-24T18:00')).toEqual({ workingDays: 3, workingHours: 24 });
    expect(await duration(staff.client!, '2026-12-21T09:00', '2026-12-21T13:00')).toEqual({ workingDays: 0.5, workingHours: 4 });
    // An hour on each of two days, an eighth of each: a quarter of a day, which rounds up to the half.
    expect(await duration(staff.client!, '2026-12-24T17:00', '2026-12-28T10:00')).toEqual({ workingDays: 0.5, workingHours: 2 });
  });
});

describe('worktime: make-up working days', () => {
  // Friday 2 October 2026 (after National Day) given off; Saturday 10 October worked in its place.
  const BRIDGE = { date: '2026-10-10', intervals: OFFICE_DAY, nameEn: ' In lieu of 2 October ', nameZhHk: '補 10 月 2 日' };

  it('HR declares a Saturday a working day: it counts its hours, staff read it, and each change is an audited event', async () => {
    const own = await createOrganization(t);
    const officer = await createPerson(t, own, { name: 'HR', roles: ['hr'] });
    const employee = await createPerson(t, own, { name: 'Employee' });
    await officer.client!.ok(ADD, { input: { date: '2026-10-02', nameEn: 'Bridge day' } });
    expect(await duration(officer.client!, '2026-10-09T17:00', '2026-10-12T10:00')).toEqual({ workingDays: 0.5, workingHours: 2 });

    const added = (await officer.client!.ok<{ addMakeUpWorkday: Workday }>(ADD_WORKDAY, { input: BRIDGE })).addMakeUpWorkday;
    expect(added).toEqual({
      id: expect.any(String),
      date: '2026-10-10',
      name: 'In lieu of 2 October',
      nameEn: 'In lieu of 2 October',
      nameZhHk: '補 10 月 2 日',
      nameZhCn: null,
      intervals: OFFICE_DAY,
    });
    expect(await duration(officer.client!, '2026-10-09T17:00', '2026-10-12T10:00')).toEqual({ workingDays: 1.5, workingHours: 10 });
    expect(await duration(employee.client!, '2026-10-10T00:00', '2026-10-11T00:00')).toEqual({ workingDays: 1, workingHours: 8 });
    expect(await workdaysOf(employee.client!, 2026)).toEqual([added]);
    expect(await workdaysOf(employee.client!, 2027)).toEqual([]);
    employee.client!.locale = 'zh-HK';
    expect((await workdaysOf(employee.client!))[0].name).toBe('補 10 月 2 日');
    employee.client!.locale = 'en';

    // Moved a week on, a morning only and no names: the 10th is a day off again, the 17th holds four hours.
    const moved = (await officer.client!.ok<{ changeMakeUpWorkday: Workday }>(CHANGE_WORKDAY, { id: added.id, input: { date: '2026-10-17', intervals: [{ start: '09:00', end: '13:00' }] } }))
      .changeMakeUpWorkday;
    expect(moved).toEqual({ id: added.id, date: '2026-10-17', name: null, nameEn: null, nameZhHk: null, nameZhCn: null, intervals: [{ start: '09:00', end: '13:00' }] });
    expect(await duration(officer.client!, '2026-10-10T00:00', '2026-10-18T00:00')).toEqual({ workingDays: 6, workingHours: 44 });
    await officer.client!.ok(CHANGE_WORKDAY, { id: added.id, input: { date: '2026-10-17', intervals: [{ start: '09:00', end: '13:00' }] } });
    expect((await officer.client!.ok<{ removeMakeUpWorkday: boolean }>(REMOVE_WORKDAY, { id: added.id })).removeMakeUpWorkday).toBe(true);
    expect(await duration(officer.client!, '2026-10-10T00:00', '2026-10-18T00:00')).toEqual({ workingDays: 5, workingHours: 40 });
    expect(await workdaysOf(employee.client!)).toEqual([]);

    for (const [type, date] of [
      ['worktime.make_up_workday.added', '2026-10-10'],
      ['worktime.make_up_workday.changed', '2026-10-17'],
      ['worktime.make_up_workday.removed', '2026-10-17'],
    ]) {
      expect(await eventsOf(own.organizationId, type)).toEqual([{ actor_id: officer.personId, subject_id: added.id, payload: { workdayId: added.id, date } }]);
    }
    const audited = await t.sql<{ action: string; target_label: string; before: { intervals: unknown[] } | null; after: { intervals: unknown[] } | null }>(
      "select action, target_label, before, after from audit_entry where tenant_id = $1 and target_type = 'MakeUpWorkday' order by sequence",
      [own.organizationId],
    );
    expect(audited.map((entry) => [entry.action, entry.target_label])).toEqual([
      ['worktime.make_up_workday.added', '2026-10-10 In lieu of 2 October'],
      ['worktime.make_up_workday.changed', '2026-10-17'],
      ['worktime.make_up_workday.removed', '2026-10-17'],
    ]);
    expect(audited[1].before!.intervals).toEqual(OFFICE_DAY);
    expect(audited[1].after!.intervals).toEqual([{ start: '09:00', end: '13:00' }]);
  });

  it('a day is a holiday or a make-up working day, never both: neither is added over the other, nor restored over it', async () => {
    const own = await createOrganization(t);
    const midAutumn = (await holidayOn(own.admin, '2026-09-26'))!;
    expect(fieldsOf(await own.admin.request(ADD_WORKDAY, { input: { ...BRIDGE, date: '2026-09-26' } }))).toEqual([['date', 'WORKTIME_DATE_IS_HOLIDAY']]);
    own.admin.locale = 'zh-HK';
    const refused = await own.admin.request(ADD_WORKDAY, { input: { ...BRIDGE, date: '2026-09-26' } });
    own.admin.locale = 'en';
    expect(refused.errors![0].extensions.fields![0].message).toBe(`此日為假期（${midAutumn.nameZhHk}）：請先移除該假期，才可定為補班日。`);

    await own.admin.ok(REMOVE, { id: midAutumn.id });
    const workday = (await own.admin.ok<{ addMakeUpWorkday: Workday }>(ADD_WORKDAY, { input: { ...BRIDGE, date: '2026-09-26' } })).addMakeUpWorkday;
    expect(fieldsOf(await own.admin.request(ADD, { input: { date: '2026-09-26', nameEn: 'Day off after all' } }))).toEqual([['date', 'WORKTIME_DATE_IS_MAKE_UP_WORKDAY']]);
    const nationalDay = (await holidayOn(own.admin, '2026-10-01'))!;
    expect(fieldsOf(await own.admin.request(CHANGE, { id: nationalDay.id, input: { date: '2026-09-26', nameEn: 'Moved' } }))).toEqual([['date', 'WORKTIME_DATE_IS_MAKE_UP_WORKDAY']]);
    expect(fieldsOf(await own.admin.request(CHANGE_WORKDAY, { id: workday.id, input: { ...BRIDGE, date: '2026-10-01' } }))).toEqual([['date', 'WORKTIME_DATE_IS_HOLIDAY']]);
    // Restoring the year leaves the day worked: the admin chose so after the Hong Kong list was given.
    expect((await own.admin.ok<{ restoreHongKongHolidays: Holiday[] }>(RESTORE, { year: 2026 })).restoreHongKongHolidays).toEqual([]);
    expect(await holidayOn(own.admin, '2026-09-26')).toBeUndefined();
    expect(await duration(own.admin, '2026-09-26T00:00', '2026-09-27T00:00')).toEqual({ workingDays: 1, workingHours: 8 });
  });

  it('a holiday and a make-up working day asked for the same day at once: one is added, the other refused', async () => {
    const own = await createOrganization(t);
    const results = await Promise.all([
      own.admin.request(ADD, { input: { date: '2026-10-10', nameEn: 'Day off' } }),
      own.admin.request(ADD_WORKDAY, { input: BRIDGE }),
      own.admin.request(ADD_WORKDAY, { input: BRIDGE }),
    ]);
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    const refusals = results.flatMap((result) => (result.errors ? fieldsOf(result)! : [])).map(([field, code]) => `${field} ${code}`);
    // The holiday first: neither make-up day; a make-up day first: not the holiday, and not the second make-up day.
    const expected = results[0].errors ? ['date DUPLICATE_VALUE', 'date WORKTIME_DATE_IS_MAKE_UP_WORKDAY'] : ['date WORKTIME_DATE_IS_HOLIDAY', 'date WORKTIME_DATE_IS_HOLIDAY'];
    expect(refusals.sort()).toEqual(expected);
    expect((await holidayOn(own.admin, '2026-10-10')) === undefined).toBe((await workdaysOf(own.admin)).length === 1);
  });

  it('staff and managers read them but change nothing; anonymous callers are UNAUTHENTICATED', async () => {
    const workday = (await hr.client!.ok<{ addMakeUpWorkday: Workday }>(ADD_WORKDAY, { input: { ...BRIDGE, date: '2027-01-09' } })).addMakeUpWorkday;
    const mutations: [string, Record<string, unknown>][] = [
      [ADD_WORKDAY, { input: { ...BRIDGE, date: '2027-01-16' } }],
      [CHANGE_WORKDAY, { id: workday.id, input: { ...BRIDGE, date: '2027-01-16' } }],
      [REMOVE_WORKDAY, { id: workday.id }],
    ];
    for (const client of [staff.client!, manager.client!]) {
      expect(await workdaysOf(client, 2027)).toEqual([workday]);
      for (const [query, variables] of mutations) expect(codeOf(await client.request(query, variables))).toEqual(['FORBIDDEN']);
    }
    const anonymous = t.anonymous();
    for (const [query, variables] of [...mutations, [WORKDAYS, {}]] as const) expect(codeOf(await anonymous.request(query, variables))).toEqual(['UNAUTHENTICATED']);
    expect(await workdaysOf(hr.client!, 2027)).toEqual([workday]);
    expect(await eventsOf(org.organizationId, 'worktime.make_up_workday.changed')).toEqual([]);
    await hr.client!.ok(REMOVE_WORKDAY, { id: workday.id });
  });

  it('refuses bad ones field by field — dates, years, hours, names, a taken day — and unknown ids, writing nothing', async () => {
    const own = await createOrganization(t);
    const kept = (await own.admin.ok<{ addMakeUpWorkday: Workday }>(ADD_WORKDAY, { input: BRIDGE })).addMakeUpWorkday;
    const events = await t.sql("select count(*)::int as n from outbox_event where tenant_id = $1 and type like 'worktime.%'", [own.organizationId]);
    const add = async (input: Record<string, unknown>) => fieldsOf(await own.admin.request(ADD_WORKDAY, { input: { ...BRIDGE, date: '2026-10-17', ...input } }));
    expect(await add({ date: '2026-02-30' })).toEqual([['date', 'INVALID_DATE']]);
    expect(await add({ date: '10/10/2026' })).toEqual([['date', 'INVALID_DATE']]);
    expect(await add({ date: '2100-01-02' })).toEqual([['date', 'WORKTIME_YEAR_OUT_OF_RANGE']]);
    expect(await add({ date: '2026-10-10' })).toEqual([['date', 'DUPLICATE_VALUE']]);
    expect(await add({ intervals: [] })).toEqual([['intervals', 'WORKTIME_WORKDAY_WITHOUT_HOURS']]);
    expect(
      await add({
        date: '2026-13-01',
        intervals: [
          { start: '9:00', end: '13:00' },
          { start: '14:00', end: '12:00' },
          { start: '12:00', end: '24:01' },
        ],
      }),
    ).toEqual([
      ['date', 'INVALID_DATE'],
      ['intervals.0.start', 'WORKTIME_INVALID_TIME'],
      ['intervals.1.end', 'WORKTIME_END_BEFORE_START'],
      ['intervals.2.end', 'WORKTIME_INVALID_TIME'],
    ]);
    expect(
      await add({
        intervals: [
          { start: '09:00', end: '13:00' },
          { start: '12:00', end: '18:00' },
        ],
      }),
    ).toEqual([['intervals.1.start', 'WORKTIME_INTERVALS_OVERLAP']]);
    expect(await add({ intervals: Array.from({ length: 7 }, (_, i) => ({ start: `1${i}:00`, end: `1${i}:30` })) })).toEqual([['intervals', 'WORKTIME_TOO_MANY_INTERVALS']]);
    expect(await add({ nameZhHk: '補'.repeat(101) })).toEqual([['nameZhHk', 'TOO_LONG']]);
    expect(fieldsOf(await own.admin.request(CHANGE_WORKDAY, { id: kept.id, input: { ...BRIDGE, intervals: [{ start: '18:00', end: '09:00' }] } }))).toEqual([
      ['intervals.0.end', 'WORKTIME_END_BEFORE_START'],
    ]);
    const ghost = '00000000-0000-4000-8000-000000000000';
    expect(codeOf(await own.admin.request(CHANGE_WORKDAY, { id: ghost, input: BRIDGE }))).toEqual(['NOT_FOUND']);
    expect(codeOf(await own.admin.request(REMOVE_WORKDAY, { id: ghost }))).toEqual(['NOT_FOUND']);
    expect(codeOf(await own.admin.request(REMOVE_WORKDAY, { id: 'not-a-uuid' }))).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(await own.admin.request(WORKDAYS, { year: 1900 }))).toEqual([['year', 'WORKTIME_YEAR_OUT_OF_RANGE']]);
    expect(await workdaysOf(own.admin)).toEqual([kept]);
    expect(await t.sql("select count(*)::int as n from outbox_event where tenant_id = $1 and type like 'worktime.%'", [own.organizationId])).toEqual(events);
  });

  it('another organisation’s are NOT_FOUND to change or remove, and its dates are free in this one', async () => {
    const other = await createOrganization(t);
    const theirs = (await other.admin.ok<{ addMakeUpWorkday: Workday }>(ADD_WORKDAY, { input: { ...BRIDGE, date: '2026-11-07' } })).addMakeUpWorkday;
    expect(codeOf(await org.admin.request(CHANGE_WORKDAY, { id: theirs.id, input: { ...BRIDGE, date: '2026-11-14' } }))).toEqual(['NOT_FOUND']);
    expect(codeOf(await org.admin.request(REMOVE_WORKDAY, { id: theirs.id }))).toEqual(['NOT_FOUND']);
    expect(await workdaysOf(other.admin)).toEqual([theirs]);
    const mine = (await org.admin.ok<{ addMakeUpWorkday: Workday }>(ADD_WORKDAY, { input: { ...BRIDGE, date: '2026-11-07' } })).addMakeUpWorkday;
    expect(await workdaysOf(org.admin, 2026)).toEqual([mine]);
    await org.admin.ok(REMOVE_WORKDAY, { id: mine.id });
  });
});

describe('worktime: forbidden paths', () => {
  it('staff and managers read but change nothing (FORBIDDEN); anonymous callers are UNAUTHENTICATED', async () => {
    const newYear = (await holidayOn(hr.client!, '2026-01-01'))!;
    const before = await calendarOf(hr.client!);
    const mutations: [string, Record<string, unknown>][] = [
      [SET_HOURS, { input: { days: [...WEEKDAYS, SATURDAY_MORNING] } }],
      [ADD, { input: { date: '2026-03-13', nameEn: 'Mine' } }],
      [CHANGE, { id: newYear.id, input: { date: '2026-01-02', nameEn: 'Moved' } }],
      [REMOVE, { id: newYear.id }],
      [RESTORE, { year: 2026 }],
    ];
    for (const client of [staff.client!, manager.client!]) {
      expect((await calendarOf(client)).holidays).toEqual(before.holidays);
      for (const [query, variables] of mutations) expect(codeOf(await client.request(query, variables))).toEqual(['FORBIDDEN']);
    }
    const anonymous = t.anonymous();
    for (const [query, variables] of [...mutations, [CALENDAR, {}], [DURATION, { from: '2026-03-02T09:00:00Z', to: '2026-03-03T09:00:00Z' }]] as const) {
      expect(codeOf(await anonymous.request(query, variables))).toEqual(['UNAUTHENTICATED']);
    }
    expect(await calendarOf(hr.client!)).toEqual(before);
  });

  it('a role without the calendar reads none of it, and one that may only update it can change it', async () => {
    const outsider = await createPerson(t, org, { name: 'No roles', roles: [] });
    expect(codeOf(await outsider.client!.request(CALENDAR))).toEqual(['FORBIDDEN']);
    expect(codeOf(await outsider.client!.request(DURATION, { from: '2026-03-02T09:00:00Z', to: '2026-03-03T09:00:00Z' }))).toEqual(['FORBIDDEN']);
    const keeper = await createPerson(t, org, { name: 'Calendar keeper', roles: [] });
    await assignRoleById(org, keeper.personId, await createCustomRole(org, 'Calendar keeper', [{ action: 'update', subject: 'WorkingCalendar' }]));
    const added = (await keeper.client!.ok<{ addHoliday: Holiday }>(ADD, { input: { date: '2026-08-14', nameEn: 'Summer day' } })).addHoliday;
    expect(added.source).toBe('COMPANY');
    expect(codeOf(await keeper.client!.request(CALENDAR))).toEqual(['FORBIDDEN']);
    await org.admin.ok(REMOVE, { id: added.id });
  });
});

describe('worktime: another organisation’s holidays', () => {
  it('are NOT_FOUND to change or remove, and stay as they were', async () => {
    const other = await createOrganization(t);
    const theirs = (await holidayOn(other.admin, '2026-10-01'))!;
    expect(codeOf(await org.admin.request(CHANGE, { id: theirs.id, input: { date: '2026-10-02', nameEn: 'Taken over' } }))).toEqual(['NOT_FOUND']);
    expect(codeOf(await org.admin.request(REMOVE, { id: theirs.id }))).toEqual(['NOT_FOUND']);
    expect(await holidayOn(other.admin, '2026-10-01')).toEqual(theirs);
    expect((await calendarOf(org.admin)).holidays.map((h) => h.id)).not.toContain(theirs.id);
  });
});

describe('worktime: bad input', () => {
  it('refuses bad working hours field by field, and writes nothing', async () => {
    const before = await calendarOf(hr.client!);
    const refused = async (input: Record<string, unknown>) => fieldsOf(await hr.client!.request(SET_HOURS, { input }));
    expect(
      await refused({
        days: [
          { weekday: 1, intervals: [{ start: '9:00', end: '13:00' }] },
          { weekday: 2, intervals: [{ start: '13:00', end: '09:00' }] },
          {
            weekday: 3,
            intervals: [
              { start: '14:00', end: '18:00' },
              { start: '09:00', end: '13:00' },
            ],
          },
          {
            weekday: 4,
            intervals: [
              { start: '09:00', end: '13:00' },
              { start: '12:30', end: '18:00' },
            ],
          },
          { weekday: 4, intervals: [] },
          { weekday: 8, intervals: [{ start: '09:00', end: '24:01' }] },
        ],
      }),
    ).toEqual([
      ['days.0.intervals.0.start', 'WORKTIME_INVALID_TIME'],
      ['days.1.intervals.0.end', 'WORKTIME_END_BEFORE_START'],
      ['days.2.intervals.1.start', 'WORKTIME_INTERVALS_NOT_SORTED'],
      ['days.3.intervals.1.start', 'WORKTIME_INTERVALS_OVERLAP'],
      ['days.4.weekday', 'DUPLICATE_VALUE'],
      ['days.5.weekday', 'INVALID_VALUE'],
      ['days.5.intervals.0.end', 'WORKTIME_INVALID_TIME'],
    ]);
    expect(await refused({ days: [{ weekday: 6, intervals: [] }] })).toEqual([['days', 'WORKTIME_NO_WORKING_HOURS']]);
    expect(await refused({ timeZone: 'Mars/Olympus_Mons', days: WEEKDAYS })).toEqual([['timeZone', 'WORKTIME_INVALID_TIME_ZONE']]);
    const many = Array.from({ length: 7 }, (_, i) => ({ start: `1${i}:00`, end: `1${i}:30` }));
    expect(await refused({ days: [{ weekday: 1, intervals: many }] })).toEqual([['days.0.intervals', 'WORKTIME_TOO_MANY_INTERVALS']]);
    expect(codeOf(await hr.client!.request(SET_HOURS, { input: { days: [{ weekday: 1, intervals: [{ start: '09:00:00', end: '18:00' }] }] } }))).toEqual(['BAD_USER_INPUT']);
    expect(await calendarOf(hr.client!)).toEqual(before);
  });

  it('says what is wrong in the caller’s language', async () => {
    hr.client!.locale = 'zh-HK';
    const result = await hr.client!.request(SET_HOURS, {
      input: {
        days: [
          {
            weekday: 1,
            intervals: [
              { start: '09:00', end: '13:00' },
              { start: '12:00', end: '18:00' },
            ],
          },
        ],
      },
    });
    hr.client!.locale = 'en';
    expect(result.errors![0].extensions.fields).toEqual([{ field: 'days.0.intervals.1.start', code: 'WORKTIME_INTERVALS_OVERLAP', message: '此時段與前一時段重疊。' }]);
  });

  it('refuses bad holidays: dates, years, a day that has one, no name, unknown ids and years', async () => {
    const before = await calendarOf(hr.client!);
    const events = await t.sql("select count(*)::int as n from outbox_event where tenant_id = $1 and type like 'worktime.%'", [org.organizationId]);
    const add = async (input: Record<string, unknown>) => fieldsOf(await hr.client!.request(ADD, { input: { nameEn: 'Day off', ...input } }));
    expect(await add({ date: '2026-02-30' })).toEqual([['date', 'INVALID_DATE']]);
    expect(await add({ date: '13/03/2026' })).toEqual([['date', 'INVALID_DATE']]);
    expect(await add({ date: '1999-12-31' })).toEqual([['date', 'WORKTIME_YEAR_OUT_OF_RANGE']]);
    expect(await add({ date: '2026-01-01' })).toEqual([['date', 'DUPLICATE_VALUE']]);
    expect(await add({ date: '2026-03-13', nameEn: '  ', nameZhHk: '' })).toEqual([
      ['nameZhHk', 'WORKTIME_NAME_REQUIRED'],
      ['nameEn', 'WORKTIME_NAME_REQUIRED'],
    ]);
    expect(await add({ date: '2026-03-13', nameEn: 'x'.repeat(101) })).toEqual([['nameEn', 'TOO_LONG']]);
    const newYear = before.holidays.find((h) => h.date === '2026-01-01')!;
    expect(fieldsOf(await hr.client!.request(CHANGE, { id: newYear.id, input: { date: '2026-02-17', nameEn: 'Clash' } }))).toEqual([['date', 'DUPLICATE_VALUE']]);
    expect(codeOf(await hr.client!.request(CHANGE, { id: '00000000-0000-4000-8000-000000000000', input: { date: '2026-03-13', nameEn: 'Ghost' } }))).toEqual(['NOT_FOUND']);
    expect(codeOf(await hr.client!.request(REMOVE, { id: '00000000-0000-4000-8000-000000000000' }))).toEqual(['NOT_FOUND']);
    expect(codeOf(await hr.client!.request(REMOVE, { id: 'not-a-uuid' }))).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(await hr.client!.request(RESTORE, { year: 2025 }))).toEqual([['year', 'WORKTIME_UNKNOWN_YEAR']]);
    expect((await hr.client!.request(RESTORE, { year: 2025 })).errors![0].extensions.fields![0].message).toContain('2026, 2027');
    expect(fieldsOf(await hr.client!.request(CALENDAR, { year: 1900 }))).toEqual([['year', 'WORKTIME_YEAR_OUT_OF_RANGE']]);
    expect(await calendarOf(hr.client!)).toEqual(before);
    expect(await t.sql("select count(*)::int as n from outbox_event where tenant_id = $1 and type like 'worktime.%'", [org.organizationId])).toEqual(events);
  });

  it('refuses a working duration that runs backwards, spans more than two years, or is not made of instants', async () => {
    const durationOf = (from: string, to: string) => staff.client!.request(DURATION, { from, to });
    expect(fieldsOf(await durationOf('2026-03-03T09:00:00Z', '2026-03-02T09:00:00Z'))).toEqual([['to', 'INVALID_DATE_RANGE']]);
    expect(fieldsOf(await durationOf('2026-01-01T00:00:00Z', '2029-01-01T00:00:00Z'))).toEqual([['to', 'WORKTIME_RANGE_TOO_LONG']]);
    expect(codeOf(await durationOf('2026-03-02', 'next week'))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('worktime: organisations opened before the module', () => {
  /** Makes an organisation look as it did before this module existed: no calendar, no holidays. */
  async function withoutCalendar(target: TestOrg): Promise<void> {
    await t.sql('delete from holiday where tenant_id = $1', [target.organizationId]);
    await t.sql('delete from working_calendar where tenant_id = $1', [target.organizationId]);
  }
  /** Who set the organisation's calendar up, each time: its admin when it was opened, then the system (null). */
  const setUpBy = async (target: TestOrg) => (await eventsOf(target.organizationId, 'worktime.calendar.created')).map((event) => event.actor_id);

  it('get the calendar once when a worker starts, by the system; a calendar an admin changed is left alone', async () => {
    const old = await createOrganization(t);
    await withoutCalendar(old);
    const kept = await createOrganization(t);
    await kept.admin.ok(REMOVE, { id: (await holidayOn(kept.admin, '2026-12-22'))!.id });
    // Two workers starting together set each organisation up once.
    await Promise.all([worktimeModule.onWorkerStart!(t.app.services), worktimeModule.onWorkerStart!(t.app.services)]);
    await worktimeModule.onWorkerStart!(t.app.services);
    const calendar = await calendarOf(old.admin);
    expect(calendar.holidays).toHaveLength(36);
    expect(calendar.weeklyHours).toEqual([...WEEKDAYS, { weekday: 6, intervals: [] }, { weekday: 7, intervals: [] }]);
    expect((await eventsOf(old.organizationId, 'worktime.calendar.created')).at(-1)).toEqual({ actor_id: null, subject_id: calendar.id, payload: { calendarId: calendar.id, holidayCount: 36 } });
    expect(await setUpBy(old)).toEqual([old.adminPersonId, null]);
    expect(await holidayOn(kept.admin, '2026-12-22')).toBeUndefined();
    expect(await setUpBy(kept)).toEqual([kept.adminPersonId]);
  });

  it('that no worker has reached yet get it when it is first needed: read, counted or changed', async () => {
    const reading = await createOrganization(t);
    await withoutCalendar(reading);
    const person = await createPerson(t, reading, { name: 'First reader' });
    expect((await calendarOf(person.client!)).holidays).toHaveLength(36);
    const counting = await createOrganization(t);
    await withoutCalendar(counting);
    expect(await duration(counting.admin, '2026-12-21T09:00', '2026-12-24T18:00')).toEqual({ workingDays: 3, workingHours: 24 });
    const changing = await createOrganization(t);
    await withoutCalendar(changing);
    await changing.admin.ok(ADD, { input: { date: '2026-03-13', nameEn: 'Company day' } });
    expect((await calendarOf(changing.admin)).holidays).toHaveLength(37);
    for (const target of [reading, counting, changing]) expect(await setUpBy(target)).toEqual([target.adminPersonId, null]);
  });
});
