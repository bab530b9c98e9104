import { describe, expect, it } from 'vitest';
import { normalizePhone } from './phone.js';

describe('normalizePhone', () => {
  it('takes E.164 numbers as they are and Hong Kong eight-digit numbers as +852', () => {
    expect(normalizePhone('+85291234567')).toBe('+85291234567');
    expect(normalizePhone('+852 9123 4567')).toBe('+85291234567');
    expect(normalizePhone('+44 7700-900123')).toBe('+447700900123');
    expect(normalizePhone('91234567')).toBe('+85291234567');
    expect(normalizePhone(' 2123-4567 ')).toBe('+85221234567');
  });

  it('refuses anything else with SMS_INVALID_PHONE', () => {
    for (const bad of [
      '',
      '1234567',
      '01234567',
      '123456789',
      '+0123456789',
      '+1234567890123456',
      '85291234567',
      '+852 9123 456',
      '+8529123456789',
      '9123  4567',
      '9123\u00004567',
      '+1 (212) 555-0100',
      'phone',
      '+852-',
      '९१२३४५६७',
    ]) {
      expect(() => normalizePhone(bad), bad).toThrow(expect.objectContaining({ code: 'SMS_INVALID_PHONE' }));
    }
  });
});
