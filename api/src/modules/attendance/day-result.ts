/** How a work day turned out, in one word (the details are in the exceptions and minutes). */
export type DayStatus = 'NORMAL' | 'EXCEPTION' | 'ABSENT' | 'REST' | 'UNSCHEDULED' | 'ON_LEAVE';

/** Approved leave on a day: all of it, or the first or second half of the shift. */
export type DayLeave = 'FULL' | 'AM' | 'PM';

/** What was wrong with a working day. */
export type DayException = 'LATE' | 'EARLY_LEAVE' | 'MISSING_IN' | 'MISSING_OUT' | 'SHORT_HOURS' | 'OFFSITE' | 'FLAGGED';

/** A shift as minutes of its work day (an overnight shift's end is past 1440). */
export interface DayShift {
  kind: 'FIXED' | 'FLEXIBLE';
  start: number;
  end: number;
  lateTolerance: number;
  earlyLeaveTolerance: number;
  /** Breaks as [start, end) minutes of the work day, not working time. */
  breaks: [number, number][];
  /** FLEXIBLE: the core hours and the work required. */
  coreStart?: number;
  coreEnd?: number;
  requiredMinutes?: number;
}

/** A punch as the day's computation needs it. */
export interface DayPunch {
  /** Minutes from the work day's local midnight. */
  minute: number;
  offsite: boolean;
  /** Any other doubt (offline, clock skew, mock location, poor accuracy). */
  flagged: boolean;
}

/** The result of one person's work day. */
export interface DayResult {
  status: DayStatus;
  exceptions: DayException[];
  /** Minutes of the first and last punch (null without punches). */
  firstPunch: number | null;
  lastPunch: number | null;
  lateMinutes: number;
  earlyLeaveMinutes: number;
  /** Time between the first and last punch, breaks excluded. */
  workedMinutes: number;
  /** FLEXIBLE: how far the worked time fell short of the required. */
  shortMinutes: number;
  /** Worked past the shift's end (with a clock-out), or all the worked time of a day off: overtime as punched. */
  punchedOvertime: number;
}

/** How a group counts overtime. */
export type OvertimeRule = 'NONE' | 'APPROVAL' | 'APPROVAL_AND_PUNCHES' | 'PUNCHES';

/**
 * The overtime minutes that count on a day: the approved minutes, the punched ones, or the approved as far as the
 * punches show them worked; none below the group's minimum.
 */
export function countedOvertime(rule: OvertimeRule, minimum: number, punched: number, approved: number): number {
  const minutes = { NONE: 0, APPROVAL: approved, APPROVAL_AND_PUNCHES: Math.min(approved, punched), PUNCHES: punched }[rule];
  return minutes >= Math.max(minimum, 1) ? minutes : 0;
}

/** Minutes of [from, to) outside the breaks. */
function minutesOutsideBreaks(from: number, to: number, breaks: [number, number][]): number {
  let total = Math.max(0, to - from);
  for (const [start, end] of breaks) total -= Math.max(0, Math.min(to, end) - Math.max(from, start));
  return Math.max(0, Math.round(total));
}

/**
 * Computes a work day from its punches and the rules that applied: the first punch is the clock-in, the last the
 * clock-out (a single punch is one of them, whichever half of the shift it falls in). Lateness and early leave count in
 * whole minutes past their tolerance — within it they are zero, beyond it the full difference counts, as payroll
 * deductions do. A day off with punches is REST (its hours are overtime material); a working day with none is ABSENT,
 * with or without a shift. A working day on full-day leave is ON_LEAVE whatever was punched; half a day's leave excuses
 * that half: lateness and a missing clock-in on a morning off, early leave and a missing clock-out on an afternoon off.
 */
export function dayResult(shift: DayShift | null, isWorkingDay: boolean, punches: DayPunch[], leave: DayLeave | null = null): DayResult {
  const minutes = punches.map((p) => p.minute).sort((a, b) => a - b);
  const first = minutes.length ? minutes[0] : null;
  const last = minutes.length ? minutes[minutes.length - 1] : null;
  const result: DayResult = {
    status: 'NORMAL',
    exceptions: [],
    firstPunch: first,
    lastPunch: last,
    lateMinutes: 0,
    earlyLeaveMinutes: 0,
    workedMinutes: 0,
    shortMinutes: 0,
    punchedOvertime: 0,
  };
  if (punches.some((p) => p.offsite)) result.exceptions.push('OFFSITE');
  if (punches.some((p) => p.flagged)) result.exceptions.push('FLAGGED');
  if (isWorkingDay && leave === 'FULL')
    return { ...result, exceptions: [], status: 'ON_LEAVE', workedMinutes: first !== null && last !== null ? minutesOutsideBreaks(first, last, shift?.breaks ?? []) : 0 };
  if (first === null || last === null) return { ...result, status: isWorkingDay ? 'ABSENT' : 'REST' };
  result.workedMinutes = minutesOutsideBreaks(first, last, shift?.breaks ?? []);
  if (!isWorkingDay) return { ...result, status: 'REST', punchedOvertime: result.workedMinutes };
  if (!shift) return { ...result, status: 'UNSCHEDULED' };

  const single = minutes.length === 1;
  const middle = (shift.start + shift.end) / 2;
  const clockIn = single && first > middle ? null : first;
  const clockOut = single && last <= middle ? null : last;
  if (clockIn === null && leave !== 'AM') result.exceptions.push('MISSING_IN');
  if (clockOut === null && leave !== 'PM') result.exceptions.push('MISSING_OUT');
  const lateFrom = shift.kind === 'FLEXIBLE' ? (shift.coreStart ?? shift.start) : shift.start;
  const earlyBefore = shift.kind === 'FLEXIBLE' ? (shift.coreEnd ?? shift.end) : shift.end;
  if (clockIn !== null && leave !== 'AM') {
    const late = Math.floor(clockIn - lateFrom);
    if (late > shift.lateTolerance) {
      result.lateMinutes = late;
      result.exceptions.push('LATE');
    }
  }
  if (clockOut !== null) result.punchedOvertime = Math.max(0, Math.floor(clockOut - shift.end));
  if (clockOut !== null && leave !== 'PM') {
    const early = Math.ceil(earlyBefore - clockOut);
    if (early > shift.earlyLeaveTolerance) {
      result.earlyLeaveMinutes = early;
      result.exceptions.push('EARLY_LEAVE');
    }
  }
  if (shift.kind === 'FLEXIBLE' && shift.requiredMinutes && clockIn !== null && clockOut !== null && result.workedMinutes < shift.requiredMinutes) {
    result.shortMinutes = shift.requiredMinutes - result.workedMinutes;
    result.exceptions.push('SHORT_HOURS');
  }
  result.status = result.exceptions.length ? 'EXCEPTION' : 'NORMAL';
  return result;
}
