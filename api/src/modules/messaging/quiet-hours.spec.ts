import { describe, expect, it } from 'vitest';
import { quietUntil } from './quiet-hours.js';

const HK = 'Asia/Hong_Kong';
/** An instant given as Hong Kong local time (UTC+8, no daylight saving). */
const hk = (local: string) => new Date(`${local}+08:00`);

describe('quiet hours', () => {
  it('overnight hours: late evening and early morning are quiet until the morning', () => {
    expect(quietUntil(hk('2026-12-02T23:30:00'), HK, '22:00', '08:00')).toEqual(hk('2026-12-03T08:00:00'));
    expect(quietUntil(hk('2026-12-03T03:00:00'), HK, '22:00', '08:00')).toEqual(hk('2026-12-03T08:00:00'));
    expect(quietUntil(hk('2026-12-03T08:00:00'), HK, '22:00', '08:00')).toBeNull();
    expect(quietUntil(hk('2026-12-03T21:59:00'), HK, '22:00', '08:00')).toBeNull();
  });

  it('daytime hours end the same day; none kept, equal or malformed times mean never quiet', () => {
    expect(quietUntil(hk('2026-12-03T13:15:00'), HK, '13:00', '14:00')).toEqual(hk('2026-12-03T14:00:00'));
    expect(quietUntil(hk('2026-12-03T14:00:00'), HK, '13:00', '14:00')).toBeNull();
    expect(quietUntil(hk('2026-12-03T13:15:00'), HK, null, null)).toBeNull();
    expect(quietUntil(hk('2026-12-03T13:15:00'), HK, '13:00', '13:00')).toBeNull();
    expect(quietUntil(hk('2026-12-03T13:15:00'), HK, '25:00', '14:00')).toBeNull();
  });

  it('follows the time zone it is given', () => {
    expect(quietUntil(new Date('2026-12-03T02:00:00Z'), 'Europe/London', '01:00', '07:00')).toEqual(new Date('2026-12-03T07:00:00Z'));
  });
});
