import { dateOfDay, type Zone } from '../worktime/index.js';

const DAY_MINUTES = 1440;

/** The times of a shift that decide which day a punch belongs to, in minutes after local midnight. */
export interface ShiftSpan {
  /** Start of work (FLEXIBLE: the earliest start). */
  startMinute: number;
  /** End of work (FLEXIBLE: the latest end); at or before the start, the shift ends the next day (overnight). */
  endMinute: number;
  /** How long before the start punching opens. */
  punchOpensBefore: number;
  /** How long after the end punching stays open. */
  punchClosesAfter: number;
}

/** Where a punch falls: the work day it belongs to, or null when it is outside every punch window. */
export interface PunchDay {
  /** The local date of the shift's start (an overnight shift belongs to the day it starts). */
  workDate: string;
  /** Minutes from that day's local midnight (past 1440 on an overnight shift's second day). */
  minuteOfWorkDay: number;
}

/** Whether a shift ends on the day after it starts. */
export const isOvernight = (span: Pick<ShiftSpan, 'startMinute' | 'endMinute'>) => span.endMinute <= span.startMinute;

/**
 * The work day a punch at `instant` belongs to. The shift of the punch's own local day and the one of the day before
 * (which may run past midnight) are candidates; a candidate counts when the punch is inside its window (from
 * `punchOpensBefore` the start to `punchClosesAfter` the end), and when both do, the one whose working span is nearer
 * wins (later on a tie) — so with wide windows an early punch after a night shift still closes that shift.
 */
export function punchDayOf(span: ShiftSpan, zone: Zone, instant: number): PunchDay | null {
  const today = zone.local(instant).day;
  return punchDayAmong(
    [today, today - 1].map((day) => ({ day, span })),
    zone,
    instant,
  );
}

/**
 * The same choice among given days and their own shifts (a roster: each day may have another shift, or none). `day` is
 * a day number (days since 1970-01-01).
 */
export function punchDayAmong(candidates: { day: number; span: ShiftSpan }[], zone: Zone, instant: number): PunchDay | null {
  const local = zone.local(instant);
  const at = local.day * DAY_MINUTES + local.minute;
  let best: { day: number; distance: number } | null = null;
  for (const { day, span } of [...candidates].sort((a, b) => b.day - a.day)) {
    const start = day * DAY_MINUTES + span.startMinute;
    const end = day * DAY_MINUTES + span.endMinute + (isOvernight(span) ? DAY_MINUTES : 0);
    if (at < start - span.punchOpensBefore || at > end + span.punchClosesAfter) continue;
    const distance = at < start ? start - at : at > end ? at - end : 0;
    if (!best || distance < best.distance) best = { day, distance };
  }
  return best ? { workDate: dateOfDay(best.day), minuteOfWorkDay: at - best.day * DAY_MINUTES } : null;
}

/** The punch day when a group has no shift: the punch's own local date. */
export function calendarDayOf(zone: Zone, instant: number): PunchDay {
  const local = zone.local(instant);
  return { workDate: dateOfDay(local.day), minuteOfWorkDay: local.minute };
}
