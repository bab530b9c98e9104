import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMonth, parseDate, parseDateTime } from '../src/providers/dates';

describe('dates in the console', () => {
  it('shows a calendar day as DD/MM/YYYY in en and zh-HK and as YYYY-MM-DD in zh-CN, never shifted by the time zone', () => {
    expect(formatDate('2026-12-01', 'en')).toBe('01/12/2026');
    expect(formatDate('2026-12-01', 'zh-HK')).toBe('01/12/2026');
    expect(formatDate('2026-12-01', 'zh-CN')).toBe('2026-12-01');
    expect(formatDate(null, 'en')).toBe('');
    expect(formatDate('not a date', 'en')).toBe('');
    expect(formatMonth('2026-03', 'zh-HK')).toBe('03/2026');
    expect(formatMonth('2026-03', 'zh-CN')).toBe('2026-03');
  });

  it('shows an instant as the local day and 24-hour time', () => {
    const instant = new Date(2026, 11, 1, 14, 5);
    expect(formatDateTime(instant, 'en')).toBe('01/12/2026 14:05');
    expect(formatDateTime(instant.toISOString(), 'zh-CN')).toBe('2026-12-01 14:05');
  });

  it('reads a typed day in the language’s order, and refuses days that do not exist', () => {
    expect(parseDate('15/08/2024', 'zh-HK')).toBe('2024-08-15');
    expect(parseDate(' 5/8/2024 ', 'en')).toBe('2024-08-05');
    expect(parseDate('2024-08-15', 'zh-CN')).toBe('2024-08-15');
    expect(parseDate('29/02/2024', 'en')).toBe('2024-02-29');
    expect(parseDate('29/02/2025', 'en')).toBeNull();
    expect(parseDate('31/04/2024', 'zh-HK')).toBeNull();
    expect(parseDate('08/15/2024', 'en')).toBeNull();
    expect(parseDate('2024-08-15', 'en')).toBeNull();
    expect(parseDate('15/08/2024', 'zh-CN')).toBeNull();
  });

  it('reads a typed day and time where the browser is', () => {
    expect(parseDateTime('02/12/2026 09:30', 'zh-HK')).toBe(new Date(2026, 11, 2, 9, 30).toISOString());
    expect(parseDateTime('2026-12-02 21:05', 'zh-CN')).toBe(new Date(2026, 11, 2, 21, 5).toISOString());
    expect(parseDateTime('02/12/2026', 'en')).toBeNull();
    expect(parseDateTime('02/12/2026 24:00', 'en')).toBeNull();
    expect(parseDateTime('31/02/2026 09:00', 'en')).toBeNull();
  });
});
