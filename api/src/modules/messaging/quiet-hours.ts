import { minuteOfDay, Zone } from '../worktime/index.js';

const DAY_MINUTES = 24 * 60;

/**
 * When a person's quiet hours end, if `at` falls inside them; null if it does not (or they keep none). Hours are local
 * clock times in `timeZone` ("22:00"–"08:00" runs overnight); start equal to end means none.
 */
export function quietUntil(at: Date, timeZone: string, start: string | null, end: string | null): Date | null {
  if (!start || !end) return null;
  const from = minuteOfDay(start);
  const to = minuteOfDay(end);
  if (from === null || to === null || from === to) return null;
  const zone = new Zone(timeZone);
  const { day, minute } = zone.local(at.getTime());
  const overnight = from > to;
  const inside = overnight ? minute >= from || minute < to : minute >= from && minute < to;
  if (!inside) return null;
  // Overnight hours started yesterday end today; otherwise (or after midnight's start) they end later today or tomorrow.
  const endDay = overnight && minute >= from ? day + 1 : day;
  return new Date(zone.instant(endDay, to % DAY_MINUTES));
}
