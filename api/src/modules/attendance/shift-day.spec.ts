import { describe, expect, it } from 'vitest';
import { Zone } from '../worktime/index.js';
import { calendarDayOf, punchDayOf, type ShiftSpan } from './shift-day.js';

const hongKong = new Zone('Asia/Hong_Kong');
/** The instant of a Hong Kong wall-clock time (UTC+8, no daylight saving). */
const at = (local: string) => Date.parse(`${local}:00+08:00`);
const office: ShiftSpan = { startMinute: 9 * 60, endMinute: 18 * 60, punchOpensBefore: 120, punchClosesAfter: 360 };
const night: ShiftSpan = { startMinute: 22 * 60, endMinute: 6 * 60, punchOpensBefore: 120, punchClosesAfter: 240 };

describe('which work day a punch belongs to', () => {
  it('a day shift: from its opening to its closing window, on its own date; outside them no day', () => {
    expect(punchDayOf(office, hongKong, at('2026-03-02T07:00'))).toEqual({ workDate: '2026-03-02', minuteOfWorkDay: 420 });
    expect(punchDayOf(office, hongKong, at('2026-03-02T06:59'))).toBeNull();
    expect(punchDayOf(office, hongKong, at('2026-03-03T00:00'))).toEqual({ workDate: '2026-03-02', minuteOfWorkDay: 1440 });
    expect(punchDayOf(office, hongKong, at('2026-03-03T00:01'))).toBeNull();
  });

  it('an overnight shift belongs to the day it starts, its morning punches included', () => {
    expect(punchDayOf(night, hongKong, at('2026-03-02T21:55'))?.workDate).toBe('2026-03-02');
    expect(punchDayOf(night, hongKong, at('2026-03-03T06:10'))).toEqual({ workDate: '2026-03-02', minuteOfWorkDay: 1440 + 370 });
    expect(punchDayOf(night, hongKong, at('2026-03-03T10:00'))?.workDate).toBe('2026-03-02');
    expect(punchDayOf(night, hongKong, at('2026-03-03T10:01'))).toBeNull();
    expect(punchDayOf(night, hongKong, at('2026-03-03T19:59'))).toBeNull();
  });

  it('where two days’ windows overlap, the nearer working span wins', () => {
    const wide: ShiftSpan = { startMinute: 22 * 60, endMinute: 6 * 60, punchOpensBefore: 720, punchClosesAfter: 720 };
    // 07:00 is one hour after last night's end and fifteen before tonight's start.
    expect(punchDayOf(wide, hongKong, at('2026-03-03T07:00'))?.workDate).toBe('2026-03-02');
    // 17:00 is eleven hours after last night's end and five before tonight's start.
    expect(punchDayOf(wide, hongKong, at('2026-03-03T17:00'))?.workDate).toBe('2026-03-03');
  });

  it('without a shift a punch counts on its local calendar day', () => {
    expect(calendarDayOf(hongKong, at('2026-03-03T00:30'))).toEqual({ workDate: '2026-03-03', minuteOfWorkDay: 30 });
    expect(calendarDayOf(hongKong, Date.parse('2026-03-02T16:30:00Z')).workDate).toBe('2026-03-03');
  });
});
