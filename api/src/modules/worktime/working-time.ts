import { AppError, badInput } from '../../core/errors/app-error.js';
import { minuteOfDay, type CalendarSettings, type DatedHours, type WorkingInterval } from './working-hours.js';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date, or null when it is not a real calendar date. */
export function dayNumber(localDate: string): number | null {
  const match = DATE.exec(localDate);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return ms / DAY_MS;
}

/** The `YYYY-MM-DD` date of a day number. */
export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a day number (day 0, 1970-01-01, was a Thursday). */
const isoWeekday = (day: number) => ((((day + 3) % 7) + 7) % 7) + 1;

/** The canonical name of an IANA time zone (an alias such as Hongkong, any letter case), or null if unknown. */
export function canonicalTimeZone(name: string): string | null {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** One formatter per time zone: building an Intl.DateTimeFormat costs far more than using one (a punch builds a Zone). */
const formats = new Map<string, Intl.DateTimeFormat>();

function formatOf(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** Converts between instants and local wall-clock days and minutes in one IANA time zone. */
export class Zone {
  private readonly format: Intl.DateTimeFormat;

  constructor(timeZone: string) {
    this.format = formatOf(timeZone);
  }

  /** Local wall-clock time minus UTC at an instant, in ms. */
  private offset(ms: number): number {
    const whole = Math.floor(ms / 1000) * 1000;
    const parts = Object.fromEntries(this.format.formatToParts(new Date(whole)).map((part) => [part.type, Number(part.value)]));
    return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) - whole;
  }

  /** The local day number and minute of the day (with its fraction) of an instant. */
  local(ms: number): { day: number; minute: number } {
    const wall = ms + this.offset(ms);
    const day = Math.floor(wall / DAY_MS);
    return { day, minute: (wall - day * DAY_MS) / MINUTE_MS };
  }

  /** The instant a local day and minute of the day name (in a gap left by a clock change, the time after it). */
  instant(day: number, minute: number): number {
    const wall = day * DAY_MS + minute * MINUTE_MS;
    const first = wall - this.offset(wall);
    const offset = this.offset(first);
    return Math.round(wall - offset);
  }
}

/** Local clock intervals as minutes of the day. */
const minutesOf = (intervals: readonly WorkingInterval[]) => intervals.map(({ start, end }) => [minuteOfDay(start) ?? 0, minuteOfDay(end) ?? 0] as [number, number]);

/**
 * The working calendar of one organisation as arithmetic: its weekly hours in its time zone, minus its holidays, plus
 * its make-up working days. Every calculation is in local clock time (a working interval of 09:00–13:00 is four hours
 * of working time); a holiday is a whole local day off whatever its weekday's hours, and a make-up working day works its
 * own intervals whatever its weekday's (a Saturday declared a working day to bridge a holiday). Build it with
 * `workingTimeOf(ctx)`; it reads nothing itself.
 */
export class WorkingTime {
  private readonly zone: Zone;
  /** Working intervals in minutes of the day, per ISO weekday (index 0 = Monday). */
  private readonly hours: [number, number][][];
  private readonly holidays: Set<number>;
  /** Make-up working days' intervals in minutes of the day, by day number. */
  private readonly workdays: Map<number, [number, number][]>;
  /** Minutes of working time in a week without holidays. */
  readonly weeklyMinutes: number;
  /** The IANA time zone its days and hours are read in. */
  readonly timeZone: string;

  constructor(calendar: CalendarSettings, holidayDates: Iterable<string>, makeUpWorkdays: Iterable<DatedHours> = []) {
    this.timeZone = calendar.timeZone;
    this.zone = new Zone(calendar.timeZone);
    this.hours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => minutesOf(calendar.weeklyHours.find((day) => day.weekday === weekday)?.intervals ?? []));
    this.holidays = new Set([...holidayDates].map((date) => dayNumber(date)).filter((day): day is number => day !== null));
    this.workdays = new Map();
    for (const { date, intervals } of makeUpWorkdays) {
      const day = dayNumber(date);
      if (day !== null) this.workdays.set(day, minutesOf(intervals));
    }
    this.weeklyMinutes = this.hours.flat().reduce((total, [start, end]) => total + end - start, 0);
  }

  /** The local date of an instant in the calendar's time zone. */
  localDate(at: Date): string {
    return dateOfDay(this.zone.local(at.getTime()).day);
  }

  /** Whether a local date has working hours (a make-up working day, or its weekday has some; never a holiday). */
  isWorkingDay(localDate: string): boolean {
    return this.intervalsOn(this.day(localDate, 'localDate')).length > 0;
  }

  /** The first working day after a local date. */
  nextWorkingDay(localDate: string): string {
    this.requireHours();
    let day = this.day(localDate, 'localDate') + 1;
    while (this.intervalsOn(day).length === 0) day += 1;
    return dateOfDay(day);
  }

  /**
   * The instant `minutes` of working time after `start`: time before the next working moment (evenings, breaks,
   * weekends, holidays) does not count. With 0 minutes it is `start` itself; a result that falls at the end of an
   * interval is that end (13:00, not 14:00 after lunch).
   */
  addWorkingMinutes(start: Date, minutes: number): Date {
    if (!Number.isFinite(minutes) || minutes < 0) throw badInput({ field: 'minutes', code: 'INVALID_VALUE' });
    this.requireHours();
    if (minutes === 0) return new Date(start.getTime());
    let { day, minute } = this.zone.local(start.getTime());
    let remaining = minutes;
    for (;;) {
      for (const [intervalStart, intervalEnd] of this.intervalsOn(day)) {
        const from = Math.max(intervalStart, minute);
        if (from >= intervalEnd) continue;
        if (remaining <= intervalEnd - from) return new Date(this.zone.instant(day, from + remaining));
        remaining -= intervalEnd - from;
      }
      day += 1;
      minute = 0;
    }
  }

  /** Minutes of working time from `from` to `to` (negative when `to` is earlier). */
  workingMinutesBetween(from: Date, to: Date): number {
    if (to.getTime() < from.getTime()) return -this.workingMinutesBetween(to, from);
    let total = 0;
    this.eachDay(from, to, (worked) => (total += worked));
    return total;
  }

  /** Working days from one local date to another, both included: what a leave request of “20–24 Dec” costs. */
  workingDaysBetween(fromDate: string, toDate: string): number {
    const first = this.day(fromDate, 'fromDate');
    const last = this.day(toDate, 'toDate');
    if (last < first) throw badInput({ field: 'toDate', code: 'INVALID_DATE_RANGE' });
    let count = 0;
    for (let day = first; day <= last; day += 1) if (this.intervalsOn(day).length > 0) count += 1;
    return count;
  }

  /**
   * The working time in a date-time range: hours of working time, and days — each day's working time as a share of
   * that day's hours (a Saturday 09:00–13:00 is a whole day; a morning of a full day is half of one), summed and
   * rounded to the nearest half day.
   */
  rangeDuration(from: Date, to: Date): { workingDays: number; workingHours: number } {
    if (to.getTime() < from.getTime()) throw badInput({ field: 'to', code: 'INVALID_DATE_RANGE' });
    let minutes = 0;
    let days = 0;
    this.eachDay(from, to, (worked, hoursOfDay) => {
      minutes += worked;
      days += worked / hoursOfDay;
    });
    return { workingDays: Math.round(days * 2) / 2, workingHours: Math.round((minutes / 60) * 100) / 100 };
  }

  /** Calls `visit` with each working day's working minutes inside [from, to] and the day's minutes of hours. */
  private eachDay(from: Date, to: Date, visit: (worked: number, hoursOfDay: number) => void): void {
    const start = this.zone.local(from.getTime());
    const end = this.zone.local(to.getTime());
    for (let day = start.day; day <= end.day; day += 1) {
      const low = day === start.day ? start.minute : 0;
      const high = day === end.day ? end.minute : 24 * 60;
      let worked = 0;
      let hoursOfDay = 0;
      for (const [intervalStart, intervalEnd] of this.intervalsOn(day)) {
        hoursOfDay += intervalEnd - intervalStart;
        worked += Math.max(0, Math.min(intervalEnd, high) - Math.max(intervalStart, low));
      }
      if (worked > 0) visit(worked, hoursOfDay);
    }
  }

  // A holiday wins over a make-up working day on the same date (the service never lets both exist): a day off is the
  // safe reading for deadlines and attendance alike.
  private intervalsOn(day: number): [number, number][] {
    if (this.holidays.has(day)) return [];
    return this.workdays.get(day) ?? this.hours[isoWeekday(day) - 1];
  }

  private day(localDate: string, field: string): number {
    const day = dayNumber(localDate);
    if (day === null) throw badInput({ field, code: 'INVALID_DATE' });
    return day;
  }

  // Without any weekly hours no amount of searching finds working time: refuse instead of looping for ever.
  private requireHours(): void {
    if (this.weeklyMinutes === 0) throw new AppError('WORKTIME_NO_WORKING_HOURS');
  }
}
