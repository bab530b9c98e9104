import { describe, expect, it } from 'vitest';
import { dayNumber } from '../worktime/index.js';
import { annualAccruals, annualLeaveDays, cappedAccrual, continuousContractSince, plusMonths, sickAccruals, SICK_DAYS_CAP } from './leave-policy.js';

/** Hours worked a day as a function of the day number, from a weekly pattern of hours Monday…Sunday. */
const weekly = (hours: number[]) => (day: number) => hours[(((day + 3) % 7) + 7) % 7] * 60;

describe('annual leave under the Employment Ordinance', () => {
  it('gives 7 days for each of the first two years, then one more a year, up to 14 from the ninth', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20].map(annualLeaveDays)).toEqual([700, 700, 800, 900, 1000, 1100, 1200, 1300, 1400, 1400, 1400]);
  });

  it('is earned on each anniversary, not before', () => {
    expect(annualAccruals('2024-03-01', '2026-02-28').map((a) => [a.effectiveOn, a.days])).toEqual([['2025-03-01', 700]]);
    expect(annualAccruals('2024-03-01', '2026-03-01').map((a) => [a.effectiveOn, a.days])).toEqual([
      ['2025-03-01', 700],
      ['2026-03-01', 700],
    ]);
  });

  it('puts the anniversary of 29 February on 28 February', () => {
    expect(plusMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(plusMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(plusMonths('2025-12-15', 1)).toBe('2026-01-15');
  });
});

describe('sickness days', () => {
  it('accrue 2 a completed month in the first year and 4 after', () => {
    const due = sickAccruals('2025-01-10', '2026-03-10');
    expect(due).toHaveLength(14);
    expect(due.slice(0, 12).every((a) => a.days === 200)).toBe(true);
    expect(due.slice(12).map((a) => [a.effectiveOn, a.days])).toEqual([
      ['2026-02-10', 400],
      ['2026-03-10', 400],
    ]);
    expect(sickAccruals('2025-01-10', '2025-02-09')).toEqual([]);
  });

  it('stop at 120 days accumulated', () => {
    expect(cappedAccrual(400, 11_800, SICK_DAYS_CAP)).toBe(200);
    expect(cappedAccrual(400, SICK_DAYS_CAP, SICK_DAYS_CAP)).toBe(0);
    expect(cappedAccrual(400, 13_000, SICK_DAYS_CAP)).toBe(0);
    expect(cappedAccrual(200, 1000, SICK_DAYS_CAP)).toBe(200);
  });
});

describe('the continuous-contract test', () => {
  it('holds from the first day for a full-time employee', () => {
    expect(continuousContractSince('2025-06-02', '2026-06-01', weekly([8, 8, 8, 8, 8, 0, 0]), null)).toBe('2025-06-02');
  });

  it('uses the 468 rule (68 hours in 4 weeks) for periods ending from 18 January 2026', () => {
    // 17 hours a week: 68 in four weeks passes the 468 rule, though each week is short of 418's 18 hours.
    const since = continuousContractSince('2026-01-05', '2026-06-01', weekly([17, 0, 0, 0, 0, 0, 0]), null);
    expect(since).toBe('2026-01-05');
    // 16.75 hours a week is 67 in four weeks: every period fails, so none has passed by the last complete one.
    const broken = continuousContractSince('2026-01-05', '2026-06-01', weekly([16.75, 0, 0, 0, 0, 0, 0]), null);
    expect(dayNumber(broken!)! > dayNumber('2026-05-01')!).toBe(true);
  });

  it('uses the 418 rule (18 hours in each week) for periods ending before 18 January 2026', () => {
    // 17 hours a week before the change breaks every period; so the contract only starts passing once periods end after 18 January.
    const since = continuousContractSince('2025-09-01', '2026-04-01', weekly([17, 0, 0, 0, 0, 0, 0]), null);
    expect(since! >= '2025-12-22' && since! <= '2026-01-18').toBe(true);
    expect(continuousContractSince('2025-09-01', '2026-04-01', weekly([18, 0, 0, 0, 0, 0, 0]), null)).toBe('2025-09-01');
  });

  it('starts again after a failed period', () => {
    const hired = dayNumber('2026-02-02')!;
    // Nothing worked in the second 4-week period.
    const minutes = (day: number) => (day >= hired + 28 && day < hired + 56 ? 0 : 8 * 60);
    expect(continuousContractSince('2026-02-02', '2026-07-01', minutes, null)).toBe('2026-03-30');
  });

  it('takes periods before the first records to pass, the one the records begin in too', () => {
    expect(continuousContractSince('2020-01-06', '2026-03-02', (day) => (day >= dayNumber('2026-02-02')! ? 480 : 0), '2026-02-02')).toBe('2020-01-06');
    // Records from eight days before a period ends: its first twenty days have none, and are not counted as nothing worked.
    const firstRecord = dayNumber('2026-03-15')!;
    expect(continuousContractSince('2020-01-06', '2026-04-30', (day) => (day >= firstRecord ? 300 : 0), '2026-03-15')).toBe('2020-01-06');
  });

  it('does not judge a period that has not ended, nor a day before employment', () => {
    expect(continuousContractSince('2026-05-01', '2026-05-20', () => 0, null)).toBe('2026-05-01');
    expect(continuousContractSince('2026-05-01', '2026-04-20', () => 480, null)).toBeNull();
  });
});
