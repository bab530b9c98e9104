import { describe, expect, it } from 'vitest';
import { countedOvertime, dayResult, type DayPunch, type DayShift } from './day-result.js';

const office: DayShift = { kind: 'FIXED', start: 540, end: 1080, lateTolerance: 10, earlyLeaveTolerance: 0, breaks: [[780, 840]] };
const flexible: DayShift = { kind: 'FLEXIBLE', start: 420, end: 1200, lateTolerance: 0, earlyLeaveTolerance: 0, breaks: [[780, 840]], coreStart: 600, coreEnd: 960, requiredMinutes: 480 };
const at = (...minutes: number[]): DayPunch[] => minutes.map((minute) => ({ minute, offsite: false, flagged: false }));
const hm = (text: string) => Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5)) + Number(text.slice(6, 8) || 0) / 60;

describe('a fixed shift’s day', () => {
  it('on time within the tolerance; late by the whole difference beyond it, to the minute', () => {
    expect(dayResult(office, true, at(hm('09:10'), hm('18:00')))).toMatchObject({ status: 'NORMAL', exceptions: [], lateMinutes: 0, workedMinutes: 470 });
    expect(dayResult(office, true, at(hm('09:10:59'), hm('18:00')))).toMatchObject({ status: 'NORMAL', lateMinutes: 0 });
    expect(dayResult(office, true, at(hm('09:11'), hm('18:00')))).toMatchObject({ status: 'EXCEPTION', exceptions: ['LATE'], lateMinutes: 11 });
  });

  it('early leave has no tolerance here: a second short of the end is a minute early', () => {
    expect(dayResult(office, true, at(hm('08:55'), hm('17:59:59')))).toMatchObject({ exceptions: ['EARLY_LEAVE'], earlyLeaveMinutes: 1 });
    expect(dayResult(office, true, at(hm('08:55'), hm('17:30')))).toMatchObject({ exceptions: ['EARLY_LEAVE'], earlyLeaveMinutes: 30 });
  });

  it('a single punch is the clock-in or the clock-out by the half of the shift it falls in', () => {
    expect(dayResult(office, true, at(hm('08:50')))).toMatchObject({ status: 'EXCEPTION', exceptions: ['MISSING_OUT'], workedMinutes: 0 });
    expect(dayResult(office, true, at(hm('18:05')))).toMatchObject({ status: 'EXCEPTION', exceptions: ['MISSING_IN'] });
    expect(dayResult(office, true, at(hm('14:00')))).toMatchObject({ exceptions: ['MISSING_IN', 'EARLY_LEAVE'], earlyLeaveMinutes: 240 });
  });

  it('no punch on a working day is absence; on a day off it is rest, and punches then are rest-day work', () => {
    expect(dayResult(office, true, [])).toMatchObject({ status: 'ABSENT', exceptions: [] });
    expect(dayResult(office, false, [])).toMatchObject({ status: 'REST' });
    expect(dayResult(office, false, at(hm('10:00'), hm('15:00')))).toMatchObject({ status: 'REST', workedMinutes: 240 });
  });

  it('off-site and doubtful punches make the day an exception even when on time', () => {
    expect(dayResult(office, true, [{ minute: 530, offsite: true, flagged: false }, ...at(1085)])).toMatchObject({ status: 'EXCEPTION', exceptions: ['OFFSITE'] });
    expect(dayResult(office, true, [{ minute: 530, offsite: false, flagged: true }, ...at(1085)])).toMatchObject({ status: 'EXCEPTION', exceptions: ['FLAGGED'] });
  });

  it('an overnight shift counts its morning punches past midnight', () => {
    const night: DayShift = { kind: 'FIXED', start: 1320, end: 1440 + 360, lateTolerance: 5, earlyLeaveTolerance: 5, breaks: [] };
    expect(dayResult(night, true, at(1318, 1440 + 362))).toMatchObject({ status: 'NORMAL', workedMinutes: 484 });
    expect(dayResult(night, true, at(1330, 1440 + 340))).toMatchObject({ exceptions: ['LATE', 'EARLY_LEAVE'], lateMinutes: 10, earlyLeaveMinutes: 20 });
  });
});

describe('a flexible shift’s day', () => {
  it('is late only after the core start, early only before the core end, and short when the hours are not worked', () => {
    expect(dayResult(flexible, true, at(hm('09:30'), hm('18:30')))).toMatchObject({ status: 'NORMAL', workedMinutes: 480 });
    expect(dayResult(flexible, true, at(hm('10:15'), hm('19:30')))).toMatchObject({ exceptions: ['LATE'], lateMinutes: 15 });
    expect(dayResult(flexible, true, at(hm('09:00'), hm('16:30')))).toMatchObject({ exceptions: ['SHORT_HOURS'], workedMinutes: 390, shortMinutes: 90 });
  });
});

describe('without a shift', () => {
  it('records the punches’ span and nothing else; no punch on a working day is still absence', () => {
    expect(dayResult(null, true, at(600, 900))).toMatchObject({ status: 'UNSCHEDULED', workedMinutes: 300, exceptions: [] });
    expect(dayResult(null, true, [])).toMatchObject({ status: 'ABSENT' });
    expect(dayResult(null, false, [])).toMatchObject({ status: 'REST' });
  });
});

describe('a day with approved leave', () => {
  it('full-day leave on a working day is ON_LEAVE, punches or not; on a day off it changes nothing', () => {
    expect(dayResult(office, true, [], 'FULL')).toMatchObject({ status: 'ON_LEAVE', exceptions: [], workedMinutes: 0 });
    expect(dayResult(office, true, at(hm('11:00')), 'FULL')).toMatchObject({ status: 'ON_LEAVE', exceptions: [] });
    expect(dayResult(office, false, [], 'FULL')).toMatchObject({ status: 'REST' });
  });

  it('a morning off excuses lateness and the clock-in, not early leave', () => {
    expect(dayResult(office, true, at(hm('14:00'), hm('18:00')), 'AM')).toMatchObject({ status: 'NORMAL', lateMinutes: 0 });
    expect(dayResult(office, true, at(hm('18:02')), 'AM')).toMatchObject({ status: 'NORMAL', exceptions: [] });
    expect(dayResult(office, true, at(hm('14:00'), hm('17:00')), 'AM')).toMatchObject({ exceptions: ['EARLY_LEAVE'], earlyLeaveMinutes: 60 });
  });

  it('an afternoon off excuses early leave and the clock-out, not lateness', () => {
    expect(dayResult(office, true, at(hm('09:00'), hm('13:00')), 'PM')).toMatchObject({ status: 'NORMAL', earlyLeaveMinutes: 0 });
    expect(dayResult(office, true, at(hm('08:58')), 'PM')).toMatchObject({ status: 'NORMAL', exceptions: [] });
    expect(dayResult(office, true, at(hm('09:30'), hm('13:00')), 'PM')).toMatchObject({ exceptions: ['LATE'], lateMinutes: 30 });
  });
});

describe('overtime', () => {
  it('is punched past the shift’s end with a clock-out, or the whole of a day off’s work', () => {
    expect(dayResult(office, true, at(hm('08:55'), hm('20:10'))).punchedOvertime).toBe(130);
    expect(dayResult(office, true, at(hm('08:55'), hm('17:50'))).punchedOvertime).toBe(0);
    expect(dayResult(office, true, at(hm('08:55'))).punchedOvertime).toBe(0);
    expect(dayResult(office, false, at(hm('10:00'), hm('15:00'))).punchedOvertime).toBe(240);
  });

  it('counts by the group’s mode, none below its minimum', () => {
    expect(countedOvertime('NONE', 30, 120, 120)).toBe(0);
    expect(countedOvertime('PUNCHES', 30, 120, 0)).toBe(120);
    expect(countedOvertime('APPROVAL', 30, 0, 90)).toBe(90);
    expect(countedOvertime('APPROVAL_AND_PUNCHES', 30, 60, 90)).toBe(60);
    expect(countedOvertime('APPROVAL_AND_PUNCHES', 30, 200, 90)).toBe(90);
    expect(countedOvertime('PUNCHES', 30, 29, 0)).toBe(0);
    expect(countedOvertime('PUNCHES', 0, 1, 0)).toBe(1);
  });
});
