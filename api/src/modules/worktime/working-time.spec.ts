import { describe, expect, it } from 'vitest';
import { hongKongHolidays } from '../../../../seeds/hong-kong-holidays.js';
import type { AppError } from '../../core/errors/app-error.js';
import { dayHoursProblems, defaultWeeklyHours, weeklyHoursProblems, type WeekdayHours } from './working-hours.js';
import { WorkingTime } from './working-time.js';

/** Hong Kong's 2026–2027 holidays, as a new organisation gets them. */
const HOLIDAYS = Object.values(hongKongHolidays).flatMap((year) => year.map((holiday) => holiday.date));
const office = new WorkingTime({ timeZone: 'Asia/Hong_Kong', weeklyHours: defaultWeeklyHours() }, HOLIDAYS);

const withSaturdayMorning = (): WeekdayHours[] => defaultWeeklyHours().map((day) => (day.weekday === 6 ? { weekday: 6, intervals: [{ start: '09:00', end: '13:00' }] } : day));
const sixDays = new WorkingTime({ timeZone: 'Asia/Hong_Kong', weeklyHours: withSaturdayMorning() }, HOLIDAYS);

const OFFICE_DAY = defaultWeeklyHours()[0].intervals;
/**
 * The office calendar with Friday 2 October 2026 (after National Day) given off, and Saturday 10 October worked in
 * its place with a full office day.
 */
const bridged = new WorkingTime({ timeZone: 'Asia/Hong_Kong', weeklyHours: defaultWeeklyHours() }, [...HOLIDAYS, '2026-10-02'], [{ date: '2026-10-10', intervals: OFFICE_DAY }]);

/** An instant given as Hong Kong local time. */
const hk = (local: string) => new Date(`${local}:00+08:00`);
/** An instant shown as Hong Kong local time (YYYY-MM-DDTHH:MM). */
const local = (instant: Date) => new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 16);

function failure(work: () => unknown): { code: string; fields: [string, string][] } {
  try {
    work();
  } catch (error) {
    const { code, fields } = error as AppError;
    return { code, fields: fields.map((f) => [f.field, f.code]) };
  }
  throw new Error('expected a coded error');
}

describe('addWorkingMinutes', () => {
  it('skips the lunch break, and ends at the end of an interval rather than after the break', () => {
    expect(local(office.addWorkingMinutes(hk('2026-03-02T12:30'), 60))).toBe('2026-03-02T14:30');
    expect(local(office.addWorkingMinutes(hk('2026-03-02T09:00'), 240))).toBe('2026-03-02T13:00');
    expect(local(office.addWorkingMinutes(hk('2026-03-02T09:00'), 241))).toBe('2026-03-02T14:01');
    expect(local(office.addWorkingMinutes(hk('2026-03-02T09:00'), 480))).toBe('2026-03-02T18:00');
  });

  it('skips the evening and the weekend', () => {
    expect(local(office.addWorkingMinutes(hk('2026-03-02T17:00'), 120))).toBe('2026-03-03T10:00');
    expect(local(office.addWorkingMinutes(hk('2026-03-06T17:00'), 120))).toBe('2026-03-09T10:00');
    expect(local(office.addWorkingMinutes(hk('2026-03-07T11:00'), 30))).toBe('2026-03-09T09:30');
  });

  it('skips holidays: Good Friday, the Saturday after it, and the Ching Ming and Easter Monday days off', () => {
    expect(local(office.addWorkingMinutes(hk('2026-04-02T17:00'), 120))).toBe('2026-04-08T10:00');
  });

  it('counts a Saturday morning where the calendar has one, and nothing of Saturday afternoon', () => {
    expect(local(sixDays.addWorkingMinutes(hk('2026-03-06T17:00'), 120))).toBe('2026-03-07T10:00');
    expect(local(sixDays.addWorkingMinutes(hk('2026-03-07T12:00'), 120))).toBe('2026-03-09T10:00');
    // 4 April 2026 is a Saturday and a holiday (the day following Good Friday): no morning then.
    expect(local(sixDays.addWorkingMinutes(hk('2026-04-02T17:00'), 120))).toBe('2026-04-08T10:00');
  });

  it('starting on a holiday or before hours counts from the next working moment', () => {
    expect(local(office.addWorkingMinutes(hk('2026-04-03T10:00'), 30))).toBe('2026-04-08T09:30');
    expect(local(office.addWorkingMinutes(hk('2026-03-02T07:15'), 30))).toBe('2026-03-02T09:30');
  });

  it('runs across the New Year (1 January is a holiday, then a weekend)', () => {
    expect(local(office.addWorkingMinutes(hk('2026-12-31T17:00'), 120))).toBe('2027-01-04T10:00');
    // Three weeks of working time from Christmas Eve, past Christmas, the day after it and New Year’s Day.
    expect(local(office.addWorkingMinutes(hk('2026-12-24T09:00'), 15 * 480))).toBe('2027-01-15T18:00');
  });

  it('adds zero minutes as no time at all, even outside hours, and refuses negative or endless amounts', () => {
    expect(office.addWorkingMinutes(hk('2026-04-03T10:00'), 0)).toEqual(hk('2026-04-03T10:00'));
    expect(failure(() => office.addWorkingMinutes(hk('2026-03-02T09:00'), -1))).toEqual({ code: 'BAD_USER_INPUT', fields: [['minutes', 'INVALID_VALUE']] });
    expect(failure(() => office.addWorkingMinutes(hk('2026-03-02T09:00'), Number.POSITIVE_INFINITY)).code).toBe('BAD_USER_INPUT');
  });

  it('keeps seconds: the result is exactly that much working time later', () => {
    const start = new Date('2026-03-02T03:15:30.500Z');
    expect(office.addWorkingMinutes(start, 30).toISOString()).toBe('2026-03-02T03:45:30.500Z');
  });

  it('fails with WORKTIME_NO_WORKING_HOURS on a calendar without any working time, instead of searching for ever', () => {
    const never = new WorkingTime({ timeZone: 'Asia/Hong_Kong', weeklyHours: [] }, []);
    expect(failure(() => never.addWorkingMinutes(hk('2026-03-02T09:00'), 1)).code).toBe('WORKTIME_NO_WORKING_HOURS');
    expect(failure(() => never.nextWorkingDay('2026-03-02')).code).toBe('WORKTIME_NO_WORKING_HOURS');
    expect(never.workingMinutesBetween(hk('2026-03-02T09:00'), hk('2026-03-09T09:00'))).toBe(0);
  });

  it('reads the hours in the calendar’s own time zone, clock changes included', () => {
    const london = new WorkingTime({ timeZone: 'Europe/London', weeklyHours: defaultWeeklyHours() }, []);
    // Friday 27 March 2026 17:00 GMT; British Summer Time starts on Sunday 29 March: Monday 10:00 BST is 09:00 UTC.
    expect(london.addWorkingMinutes(new Date('2026-03-27T17:00:00Z'), 120).toISOString()).toBe('2026-03-30T09:00:00.000Z');
    expect(london.workingMinutesBetween(new Date('2026-03-27T17:00:00Z'), new Date('2026-03-30T09:00:00Z'))).toBe(120);
  });
});

describe('workingMinutesBetween', () => {
  it('counts only working time, and is negative when the range runs backwards', () => {
    expect(office.workingMinutesBetween(hk('2026-03-02T08:00'), hk('2026-03-02T20:00'))).toBe(480);
    expect(office.workingMinutesBetween(hk('2026-03-06T17:00'), hk('2026-03-09T10:00'))).toBe(120);
    expect(office.workingMinutesBetween(hk('2026-04-02T09:00'), hk('2026-04-08T09:00'))).toBe(480);
    expect(office.workingMinutesBetween(hk('2026-03-09T10:00'), hk('2026-03-06T17:00'))).toBe(-120);
    expect(office.workingMinutesBetween(hk('2026-03-02T12:10'), hk('2026-03-02T14:05'))).toBe(55);
  });

  it('undoes addWorkingMinutes from a working moment', () => {
    const start = hk('2026-12-21T10:20');
    for (const minutes of [1, 100, 239, 240, 241, 480, 2000, 10_000]) {
      expect(sixDays.workingMinutesBetween(start, sixDays.addWorkingMinutes(start, minutes))).toBe(minutes);
    }
  });
});

describe('working days', () => {
  it('knows weekends and holidays (a holiday is a day off whatever its weekday’s hours)', () => {
    expect(office.isWorkingDay('2026-03-02')).toBe(true);
    expect(office.isWorkingDay('2026-03-07')).toBe(false);
    expect(sixDays.isWorkingDay('2026-03-07')).toBe(true);
    expect(sixDays.isWorkingDay('2026-04-04')).toBe(false);
    expect(office.isWorkingDay('2026-12-22')).toBe(false);
  });

  it('finds the next working day after a date, across holidays and the year’s end', () => {
    expect(office.nextWorkingDay('2026-03-02')).toBe('2026-03-03');
    expect(office.nextWorkingDay('2026-04-02')).toBe('2026-04-08');
    expect(sixDays.nextWorkingDay('2026-03-06')).toBe('2026-03-07');
    expect(office.nextWorkingDay('2026-12-31')).toBe('2027-01-04');
  });

  it('counts the working days of a leave request, both ends included', () => {
    // 20 Dec 2026 is a Sunday and 22 Dec the Winter Solstice: the 21st, 23rd and 24th remain.
    expect(office.workingDaysBetween('2026-12-20', '2026-12-24')).toBe(3);
    expect(office.workingDaysBetween('2026-12-21', '2026-12-21')).toBe(1);
    expect(office.workingDaysBetween('2026-12-24', '2027-01-04')).toBe(6);
    expect(sixDays.workingDaysBetween('2026-03-02', '2026-03-08')).toBe(6);
  });

  it('refuses dates that are not real dates, and ranges that end before they start', () => {
    expect(failure(() => office.isWorkingDay('2026-02-30'))).toEqual({ code: 'BAD_USER_INPUT', fields: [['localDate', 'INVALID_DATE']] });
    expect(failure(() => office.nextWorkingDay('26-3-2'))).toEqual({ code: 'BAD_USER_INPUT', fields: [['localDate', 'INVALID_DATE']] });
    expect(failure(() => office.workingDaysBetween('2026-12-24', '2026-12-20'))).toEqual({ code: 'BAD_USER_INPUT', fields: [['toDate', 'INVALID_DATE_RANGE']] });
    expect(failure(() => office.workingDaysBetween('2026-12-24', 'tomorrow'))).toEqual({ code: 'BAD_USER_INPUT', fields: [['toDate', 'INVALID_DATE']] });
  });
});

describe('make-up working days', () => {
  it('a Saturday made a working day counts its own hours, where the weekly hours have none', () => {
    expect(bridged.isWorkingDay('2026-10-10')).toBe(true);
    expect(office.isWorkingDay('2026-10-10')).toBe(false);
    expect(bridged.isWorkingDay('2026-10-11')).toBe(false);
    expect(bridged.workingMinutesBetween(hk('2026-10-10T00:00'), hk('2026-10-11T00:00'))).toBe(480);
    expect(bridged.workingMinutesBetween(hk('2026-10-10T12:00'), hk('2026-10-10T15:00'))).toBe(120);
    expect(bridged.rangeDuration(hk('2026-10-10T09:00'), hk('2026-10-10T13:00'))).toEqual({ workingDays: 0.5, workingHours: 4 });
  });

  it('adding working time runs through it: a deadline set on the Friday before falls on the Saturday, or past it', () => {
    expect(local(office.addWorkingMinutes(hk('2026-10-09T17:00'), 120))).toBe('2026-10-12T10:00');
    expect(local(bridged.addWorkingMinutes(hk('2026-10-09T17:00'), 120))).toBe('2026-10-10T10:00');
    expect(local(bridged.addWorkingMinutes(hk('2026-10-09T17:00'), 60 + 240))).toBe('2026-10-10T13:00');
    expect(local(bridged.addWorkingMinutes(hk('2026-10-09T17:00'), 60 + 480 + 60))).toBe('2026-10-12T10:00');
    // Started on the day given off, the time counts from the Monday after it; the Saturday comes later that week.
    expect(local(bridged.addWorkingMinutes(hk('2026-10-02T10:00'), 5 * 480 + 30))).toBe('2026-10-10T09:30');
    const start = hk('2026-10-09T10:20');
    for (const minutes of [1, 239, 480, 600, 2000]) expect(bridged.workingMinutesBetween(start, bridged.addWorkingMinutes(start, minutes))).toBe(minutes);
  });

  it('counts as a working day for leave and next working days: the fortnight of the bridge keeps its nine', () => {
    expect(bridged.nextWorkingDay('2026-10-09')).toBe('2026-10-10');
    expect(bridged.nextWorkingDay('2026-10-01')).toBe('2026-10-05');
    expect(office.workingDaysBetween('2026-09-28', '2026-10-11')).toBe(9);
    expect(bridged.workingDaysBetween('2026-09-28', '2026-10-11')).toBe(9);
    expect(bridged.workingDaysBetween('2026-10-05', '2026-10-11')).toBe(6);
    expect(bridged.workingDaysBetween('2026-10-10', '2026-10-10')).toBe(1);
  });

  it('its hours replace those of its weekday: a whole day on a Saturday with mornings only, a short Monday', () => {
    const calendar = new WorkingTime({ timeZone: 'Asia/Hong_Kong', weeklyHours: withSaturdayMorning() }, HOLIDAYS, [
      { date: '2026-03-07', intervals: OFFICE_DAY },
      { date: '2026-03-09', intervals: [{ start: '09:00', end: '12:00' }] },
    ]);
    expect(calendar.rangeDuration(hk('2026-03-07T00:00'), hk('2026-03-10T00:00'))).toEqual({ workingDays: 2, workingHours: 11 });
    expect(local(calendar.addWorkingMinutes(hk('2026-03-09T11:00'), 120))).toBe('2026-03-10T10:00');
  });

  it('a holiday on the same date wins: the day stays off', () => {
    const clash = new WorkingTime({ timeZone: 'Asia/Hong_Kong', weeklyHours: defaultWeeklyHours() }, ['2026-10-10'], [{ date: '2026-10-10', intervals: OFFICE_DAY }]);
    expect(clash.isWorkingDay('2026-10-10')).toBe(false);
    expect(clash.workingMinutesBetween(hk('2026-10-10T00:00'), hk('2026-10-11T00:00'))).toBe(0);
  });
});

describe('rangeDuration', () => {
  it('gives hours of working time and days rounded to the half day', () => {
    expect(office.rangeDuration(hk('2026-03-02T09:00'), hk('2026-03-02T13:00'))).toEqual({ workingDays: 0.5, workingHours: 4 });
    expect(office.rangeDuration(hk('2026-03-02T09:00'), hk('2026-03-04T18:00'))).toEqual({ workingDays: 3, workingHours: 24 });
    expect(office.rangeDuration(hk('2026-03-02T09:00'), hk('2026-03-02T12:00'))).toEqual({ workingDays: 0.5, workingHours: 3 });
    expect(office.rangeDuration(hk('2026-03-02T09:00'), hk('2026-03-02T10:20'))).toEqual({ workingDays: 0, workingHours: 1.33 });
    expect(office.rangeDuration(hk('2026-12-21T00:00'), hk('2026-12-25T00:00'))).toEqual({ workingDays: 3, workingHours: 24 });
  });

  it('counts a Saturday morning as that day’s whole hours', () => {
    expect(sixDays.rangeDuration(hk('2026-03-06T09:00'), hk('2026-03-07T13:00'))).toEqual({ workingDays: 2, workingHours: 12 });
    expect(sixDays.rangeDuration(hk('2026-03-07T11:00'), hk('2026-03-09T13:00'))).toEqual({ workingDays: 1, workingHours: 6 });
  });

  it('refuses a range that ends before it starts', () => {
    expect(failure(() => office.rangeDuration(hk('2026-03-02T13:00'), hk('2026-03-02T09:00')))).toEqual({ code: 'BAD_USER_INPUT', fields: [['to', 'INVALID_DATE_RANGE']] });
  });
});

describe('weeklyHoursProblems', () => {
  const day = (weekday: number, ...intervals: [string, string][]) => ({ weekday, intervals: intervals.map(([start, end]) => ({ start, end })) });
  const problems = (days: WeekdayHours[]) => weeklyHoursProblems(days).map((p) => [p.field, p.code]);

  it('accepts the default week, a Saturday morning, and a day that runs to midnight', () => {
    expect(problems(defaultWeeklyHours())).toEqual([]);
    expect(problems(withSaturdayMorning())).toEqual([]);
    expect(problems([day(1, ['00:00', '24:00'])])).toEqual([]);
  });

  it('names each bad field: times, order, overlaps, weekdays, and a week without any hours', () => {
    expect(problems([day(1, ['9:00', '13:00'], ['14:00', '25:00'])])).toEqual([
      ['days.0.intervals.0.start', 'WORKTIME_INVALID_TIME'],
      ['days.0.intervals.1.end', 'WORKTIME_INVALID_TIME'],
    ]);
    expect(problems([day(2, ['13:00', '09:00'])])).toEqual([['days.0.intervals.0.end', 'WORKTIME_END_BEFORE_START']]);
    expect(problems([day(3, ['14:00', '18:00'], ['09:00', '13:00'])])).toEqual([['days.0.intervals.1.start', 'WORKTIME_INTERVALS_NOT_SORTED']]);
    expect(problems([day(4, ['09:00', '13:00'], ['12:00', '18:00'])])).toEqual([['days.0.intervals.1.start', 'WORKTIME_INTERVALS_OVERLAP']]);
    expect(problems([day(1, ['09:00', '13:00']), day(1, ['14:00', '18:00']), day(8, ['09:00', '10:00'])])).toEqual([
      ['days.1.weekday', 'DUPLICATE_VALUE'],
      ['days.2.weekday', 'INVALID_VALUE'],
    ]);
    expect(problems([day(5), day(6)])).toEqual([['days', 'WORKTIME_NO_WORKING_HOURS']]);
    const many = Array.from({ length: 7 }, (_, i): [string, string] => [`0${i}:00`, `0${i}:30`]);
    expect(problems([day(1, ...many)])).toEqual([['days.0.intervals', 'WORKTIME_TOO_MANY_INTERVALS']]);
  });
});

describe('dayHoursProblems', () => {
  const problems = (...intervals: [string, string][]) => dayHoursProblems(intervals.map(([start, end]) => ({ start, end }))).map((p) => [p.field, p.code]);

  it('accepts an office day or a morning, and names each bad interval like the weekly hours do', () => {
    expect(problems(['09:00', '13:00'], ['14:00', '18:00'])).toEqual([]);
    expect(problems(['09:00', '13:00'])).toEqual([]);
    expect(problems(['09:00', '13:00'], ['12:00', '18:00'])).toEqual([['intervals.1.start', 'WORKTIME_INTERVALS_OVERLAP']]);
    expect(problems(['18:00', '09:00'], ['24:00', '24:00'])).toEqual([
      ['intervals.0.end', 'WORKTIME_END_BEFORE_START'],
      ['intervals.1.start', 'WORKTIME_INVALID_TIME'],
    ]);
  });

  it('refuses a make-up working day without any working time', () => {
    expect(problems()).toEqual([['intervals', 'WORKTIME_WORKDAY_WITHOUT_HOURS']]);
  });
});
