import { describe, expect, it } from 'vitest';
import { policyChange, wholeNumber, type MessagingPolicy } from '../src/resources/messaging/policy';

const shown: MessagingPolicy = {
  readReceipts: true,
  editWindowMinutes: 60,
  recallWindowMinutes: 1440,
  departmentGroups: true,
  departmentGroupsIncludeSubdepartments: false,
  retentionDays: null,
  dingSmsAfterMinutes: 10,
};

describe('messaging policy form', () => {
  it('sends nothing when the form still shows the policy', () => {
    expect(policyChange({ ...shown }, shown)).toEqual({});
  });

  it('sends only the settings changed, so one changed by someone else meanwhile is not put back', () => {
    expect(policyChange({ ...shown, readReceipts: false, recallWindowMinutes: 30 }, shown)).toEqual({ readReceipts: false, recallWindowMinutes: 30 });
    expect(policyChange({ ...shown, dingSmsAfterMinutes: 5 }, shown)).toEqual({ dingSmsAfterMinutes: 5 });
    expect(policyChange({ ...shown, departmentGroups: false, departmentGroupsIncludeSubdepartments: true }, shown)).toEqual({
      departmentGroups: false,
      departmentGroupsIncludeSubdepartments: true,
    });
  });

  it('asks to keep messages for ever (0) when retention is emptied, and leaves it alone when it already is', () => {
    const kept = { ...shown, retentionDays: 30 };
    expect(policyChange({ ...kept, retentionDays: null }, kept)).toEqual({ retentionDays: 0 });
    expect(policyChange({ ...kept, retentionDays: undefined }, kept)).toEqual({ retentionDays: 0 });
    expect(policyChange({ ...kept, retentionDays: 0 }, kept)).toEqual({ retentionDays: 0 });
    expect(policyChange({ ...shown, retentionDays: 0 }, shown)).toEqual({});
    expect(policyChange({ ...shown, retentionDays: 365 }, shown)).toEqual({ retentionDays: 365 });
  });

  it('passes out-of-range numbers on for the API to refuse by field, and leaves out what a disabled input does not give', () => {
    expect(policyChange({ ...shown, editWindowMinutes: 20_000, retentionDays: -1 }, shown)).toEqual({ editWindowMinutes: 20_000, retentionDays: -1 });
    // A disabled input's value is left out of what the form submits.
    expect(policyChange({ ...shown, departmentGroups: false, departmentGroupsIncludeSubdepartments: undefined }, shown)).toEqual({ departmentGroups: false });
    expect(policyChange({ ...shown, editWindowMinutes: null }, shown)).toEqual({});
  });

  it('takes whole numbers only (an empty input is for `required` to judge)', () => {
    expect(wholeNumber(0)).toBeUndefined();
    expect(wholeNumber(10_080)).toBeUndefined();
    expect(wholeNumber(-3)).toBeUndefined();
    expect(wholeNumber(null)).toBeUndefined();
    expect(wholeNumber('')).toBeUndefined();
    expect(wholeNumber(1.5)).toBe('harbour.messaging.policy.whole_number');
    expect(wholeNumber(Number.NaN)).toBe('harbour.messaging.policy.whole_number');
    expect(wholeNumber('12')).toBe('harbour.messaging.policy.whole_number');
  });
});
