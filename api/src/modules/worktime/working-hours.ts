import type { FieldProblem } from '../../core/errors/app-error.js';

/** One stretch of working time in a day, local clock times `HH:MM` (`end` may be `24:00`). */
export interface WorkingInterval {
  start: string;
  end: string;
}

/** The working intervals of one ISO weekday (1 = Monday … 7 = Sunday), sorted and not overlapping. */
export interface WeekdayHours {
  weekday: number;
  intervals: WorkingInterval[];
}

/** The working intervals of one local date, `YYYY-MM-DD`, instead of its weekday's (a make-up working day). */
export interface DatedHours {
  date: string;
  intervals: WorkingInterval[];
}

/** What a working-time calculation needs of an organisation's calendar (besides its holidays). */
export interface CalendarSettings {
  /** IANA time zone the hours and holiday dates are read in. */
  timeZone: string;
  /** Seven entries, Monday to Sunday. */
  weeklyHours: WeekdayHours[];
}

/** Hong Kong time: where Harbour's organisations are, unless an admin says otherwise. */
export const DEFAULT_TIME_ZONE = 'Asia/Hong_Kong';

/** The most intervals one day may have (split shifts, a lunch break, a tea break …). */
const MAX_INTERVALS_PER_DAY = 6;

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const officeDay: WorkingInterval[] = [
  { start: '09:00', end: '13:00' },
  { start: '14:00', end: '18:00' },
];

/** Monday to Friday 09:00–13:00 and 14:00–18:00 (an hour for lunch), no weekend hours. */
export function defaultWeeklyHours(): WeekdayHours[] {
  return WEEKDAYS.map((weekday) => ({ weekday, intervals: weekday <= 5 ? officeDay.map((interval) => ({ ...interval })) : [] }));
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

/** Minutes after local midnight of an `HH:MM` time, or null when it is not one (24:00 is allowed as an end). */
export function minuteOfDay(time: string): number | null {
  if (!TIME.test(time)) return null;
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/** The problems of one day's working intervals, by field (`…intervals.1.start` …) under `field`. */
function intervalsProblems(intervals: readonly WorkingInterval[], field: string): FieldProblem[] {
  if (intervals.length > MAX_INTERVALS_PER_DAY) return [{ field, code: 'WORKTIME_TOO_MANY_INTERVALS', params: { max: MAX_INTERVALS_PER_DAY } }];
  const problems: FieldProblem[] = [];
  let previous: { start: number; end: number } | null = null;
  intervals.forEach((interval, position) => {
    const here = `${field}.${position}`;
    const start = minuteOfDay(interval.start);
    const end = minuteOfDay(interval.end);
    if (start === null || start === 24 * 60) problems.push({ field: `${here}.start`, code: 'WORKTIME_INVALID_TIME' });
    if (end === null) problems.push({ field: `${here}.end`, code: 'WORKTIME_INVALID_TIME' });
    if (start === null || start === 24 * 60 || end === null) return;
    if (end <= start) problems.push({ field: `${here}.end`, code: 'WORKTIME_END_BEFORE_START' });
    else if (previous && start < previous.start) problems.push({ field: `${here}.start`, code: 'WORKTIME_INTERVALS_NOT_SORTED' });
    else if (previous && start < previous.end) problems.push({ field: `${here}.start`, code: 'WORKTIME_INTERVALS_OVERLAP' });
    else previous = { start, end };
  });
  return problems;
}

/** The problems of a week of working hours as an admin sends it, by field (`days.0.intervals.1.start` …). */
export function weeklyHoursProblems(days: readonly WeekdayHours[], field = 'days'): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<number>();
  days.forEach((day, index) => {
    const at = `${field}.${index}`;
    if (!Number.isInteger(day.weekday) || day.weekday < 1 || day.weekday > 7) problems.push({ field: `${at}.weekday`, code: 'INVALID_VALUE' });
    else if (seen.has(day.weekday)) problems.push({ field: `${at}.weekday`, code: 'DUPLICATE_VALUE' });
    seen.add(day.weekday);
    problems.push(...intervalsProblems(day.intervals, `${at}.intervals`));
  });
  // Valid intervals are never empty, so a week without any is a week without working time.
  if (problems.length === 0 && days.every((day) => day.intervals.length === 0)) problems.push({ field, code: 'WORKTIME_NO_WORKING_HOURS' });
  return problems;
}

/** The problems of the working intervals of one dated day (a make-up working day), which must hold some working time. */
export function dayHoursProblems(intervals: readonly WorkingInterval[], field = 'intervals'): FieldProblem[] {
  const problems = intervalsProblems(intervals, field);
  if (problems.length === 0 && intervals.length === 0) problems.push({ field, code: 'WORKTIME_WORKDAY_WITHOUT_HOURS' });
  return problems;
}

/** A valid week in stored form: all seven weekdays, Monday first (a weekday the admin left out has no hours). */
export function completeWeek(days: readonly WeekdayHours[]): WeekdayHours[] {
  return WEEKDAYS.map((weekday) => ({
    weekday,
    intervals: (days.find((day) => day.weekday === weekday)?.intervals ?? []).map(({ start, end }) => ({ start, end })),
  }));
}
