/**
 * Hong Kong Employment Ordinance leave arithmetic (pure): the continuous-contract test, and what annual and sickness
 * leave an employee has earned by a date. Days are in hundredths throughout, as the ledger keeps them.
 */
import { dateOfDay, dayNumber } from '../worktime/index.js';

/** From this day the "468" test (68 hours in 4 weeks) replaces the "418" test (18 hours in each of 4 weeks). */
export const RULE_468_FROM = '2026-01-18';
/** Accumulated paid sickness days are capped at 120 (hundredths). */
export const SICK_DAYS_CAP = 12_000;

/** Paid annual leave days (hundredths) earned by completing the `year`th year of service: 7 for the first two, then one more a year up to 14. */
export function annualLeaveDays(year: number): number {
  return (year <= 2 ? 7 : Math.min(14, year + 5)) * 100;
}

/** Sickness days (hundredths) earned by completing the `month`th month of service: 2 in the first 12 months, 4 after. */
export function sickLeaveDays(month: number): number {
  return (month <= 12 ? 2 : 4) * 100;
}

/** `date` moved by whole months; the 29th–31st of a shorter month falls on its last day (an anniversary of 29 February is 28 February). */
export function plusMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return `${targetYear}-${String(targetMonth).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

/**
 * When the current unbroken continuous contract began, as of `asOf`: employment is cut into 4-week periods from the
 * first day; a period ending before 18 January 2026 passes with at least 18 hours in each of its weeks (the 418 rule),
 * one ending on or after it with at least 68 hours in all (the 468 rule). A failed period breaks the contract, which
 * starts again with the next period. `minutesOn(day)` gives the hours worked on a day number (paid leave included);
 * `knownFrom` is the first day with records — periods that begin before it are taken to pass, as the employer's records before
 * Harbour are not here to judge. Only periods complete before `asOf` are judged. Returns null before employment.
 */
export function continuousContractSince(hiredOn: string, asOf: string, minutesOn: (day: number) => number, knownFrom: string | null): string | null {
  const first = dayNumber(hiredOn)!;
  const today = dayNumber(asOf)!;
  if (today < first) return null;
  const known = knownFrom ? dayNumber(knownFrom)! : Number.NEGATIVE_INFINITY;
  const rule468 = dayNumber(RULE_468_FROM)!;
  let since = first;
  for (let start = first; start + 27 < today; start += 28) {
    const end = start + 27;
    // A period that began before the first records cannot be judged by them (its earlier days would count as none).
    if (start < known) continue;
    const weeks = [0, 1, 2, 3].map((week) => {
      let minutes = 0;
      for (let day = start + week * 7; day < start + week * 7 + 7; day += 1) minutes += minutesOn(day);
      return minutes;
    });
    const passes = end >= rule468 ? weeks.reduce((sum, m) => sum + m, 0) >= 68 * 60 : weeks.every((m) => m >= 18 * 60);
    if (!passes) since = end + 1;
  }
  return dateOfDay(since);
}

/** An accrual due: its period key (unique per person and type, so posting twice is impossible) and when it counts. */
export interface DueAccrual {
  key: string;
  effectiveOn: string;
  /** Hundredths of a day, before any cap. */
  days: number;
}

/** Annual leave earned by `asOf` on a contract continuous since `since`: each completed year, on its anniversary. */
export function annualAccruals(since: string, asOf: string): DueAccrual[] {
  const due: DueAccrual[] = [];
  for (let year = 1; plusMonths(since, year * 12) <= asOf; year += 1) due.push({ key: `annual:${since}:${year}`, effectiveOn: plusMonths(since, year * 12), days: annualLeaveDays(year) });
  return due;
}

/** Sickness days earned by `asOf` on a contract continuous since `since`: each completed month, on its monthly anniversary. */
export function sickAccruals(since: string, asOf: string): DueAccrual[] {
  const due: DueAccrual[] = [];
  for (let month = 1; plusMonths(since, month) <= asOf; month += 1) due.push({ key: `sick:${since}:${month}`, effectiveOn: plusMonths(since, month), days: sickLeaveDays(month) });
  return due;
}

/** What of an accrual may be added to a balance under a cap (never negative). */
export function cappedAccrual(days: number, balance: number, cap: number): number {
  return Math.max(0, Math.min(days, cap - balance));
}
