import { describe, expect, it } from 'vitest';
import { groupInput, makeUpTypes } from '../src/resources/attendance/dataProvider';
import {
  adjustmentInput,
  balanceChange,
  balanceRows,
  formatDays,
  leaveNameOfKey,
  leaveTypeInput,
  leaveTypeName,
  signedDays,
  type LeaveBalance,
  type LeaveType,
} from '../src/resources/attendance/leave';

const annual: LeaveType = { id: 't1', version: 2, key: 'annual', nameEn: 'Annual leave', nameZhHk: '年假', nameZhCn: '年假', paid: true, needsBalance: true, policy: 'HK_ANNUAL', active: true };
const noPay: LeaveType = { id: 't2', version: 1, key: 'no-pay', nameEn: 'No-pay leave', nameZhHk: '無薪假', nameZhCn: '无薪假', paid: false, needsBalance: false, policy: 'NONE', active: true };

function balance(person: [string, string] | null, type: LeaveType | null, available = 0): LeaveBalance {
  return { asOf: '2026-12-02', available, earned: available, used: 0, expired: 0, pending: 0, person: person && { id: person[0], displayName: person[1] }, leaveType: type };
}

describe('attendance leave screens: their arithmetic', () => {
  it('names a leave type in the console’s language, and a computed day’s leave by its key', () => {
    expect(leaveTypeName(noPay, 'en')).toBe('No-pay leave');
    expect(leaveTypeName(noPay, 'zh-HK')).toBe('無薪假');
    expect(leaveTypeName(noPay, 'zh-CN')).toBe('无薪假');
    expect(leaveNameOfKey([annual, noPay], 'no-pay', 'zh-HK')).toBe('無薪假');
    // A type the person may not read (or one since removed): the key, rather than nothing.
    expect(leaveNameOfKey([annual], 'maternity', 'en')).toBe('maternity');
  });

  it('says what each ledger entry did to the balance that can be taken', () => {
    expect(balanceChange({ fromAccount: 'ENTITLEMENT', toAccount: 'AVAILABLE', days: 7 })).toBe(7);
    expect(balanceChange({ fromAccount: 'AVAILABLE', toAccount: 'USED', days: 1.5 })).toBe(-1.5);
    expect(balanceChange({ fromAccount: 'AVAILABLE', toAccount: 'EXPIRED', days: 2 })).toBe(-2);
    expect(balanceChange({ fromAccount: 'USED', toAccount: 'AVAILABLE', days: 0.5 })).toBe(0.5);
    expect(balanceChange({ fromAccount: 'AVAILABLE', toAccount: 'ENTITLEMENT', days: 3 })).toBe(-3);
    // Between two other accounts, or an account to itself, the balance stays.
    expect(balanceChange({ fromAccount: 'ENTITLEMENT', toAccount: 'EXPIRED', days: 4 })).toBe(0);
    expect(balanceChange({ fromAccount: 'AVAILABLE', toAccount: 'AVAILABLE', days: 4 })).toBe(0);
  });

  it('writes days to the hundredth without a float’s noise, changes with their sign', () => {
    expect(formatDays(7)).toBe('7');
    expect(formatDays(0.1 + 0.2)).toBe('0.3');
    expect(formatDays(12.345)).toBe('12.35');
    expect(formatDays(-0.5)).toBe('-0.5');
    expect(signedDays(3)).toBe('+3');
    expect(signedDays(-1.25)).toBe('−1.25');
    expect(signedDays(0)).toBe('0');
  });

  it('gives every balance row an id of its person and type, rows the caller may not fully read told apart by place', () => {
    const rows = balanceRows([balance(['p1', 'Chan Tai Man'], annual, 7), balance(['p1', 'Chan Tai Man'], noPay), balance(null, annual), balance(['p2', 'Lee'], null)], 20);
    expect(rows.map((row) => row.id)).toEqual(['p1 t1', 'p1 t2', 'hidden-22 t1', 'p2 hidden-23']);
    expect(new Set(rows.map((row) => row.id)).size).toBe(4);
    expect(rows[0]).toMatchObject({ available: 7, person: { displayName: 'Chan Tai Man' }, leaveType: { key: 'annual' } });
  });

  it('sends a leave type whole without its key, and an adjustment as typed (zero days and no reason left to the API to refuse)', () => {
    expect(leaveTypeInput({ ...annual, policy: 'HK_SICK', needsBalance: false, paid: undefined })).toEqual({
      nameEn: 'Annual leave',
      nameZhHk: '年假',
      nameZhCn: '年假',
      paid: false,
      needsBalance: false,
      policy: 'HK_SICK',
      active: true,
    });
    expect(adjustmentInput({ personId: 'p1', leaveTypeId: 't1', days: -0.5, effectiveOn: '2026-12-02', note: 'Correction' })).toEqual({
      personId: 'p1',
      leaveTypeId: 't1',
      days: -0.5,
      effectiveOn: '2026-12-02',
      note: 'Correction',
    });
    expect(adjustmentInput({ personId: 'p1', leaveTypeId: 't1', days: null, effectiveOn: '2026-12-02' })).toMatchObject({ days: 0, note: '' });
  });

  it('sends a group’s make-up punch policy whole: the kinds in the API’s order, none ticked as none, blanks as the defaults', () => {
    expect(makeUpTypes(['OUT', 'IN'])).toEqual(['IN', 'OUT']);
    expect(makeUpTypes(['OUT'])).toEqual(['OUT']);
    expect(makeUpTypes([])).toEqual([]);
    expect(makeUpTypes(undefined)).toBeNull();
    expect(groupInput({ name: 'Site', makeUpPerMonth: 0, makeUpDeadlineDays: 5, makeUpTypes: ['OUT'] })).toMatchObject({ makeUpPerMonth: 0, makeUpDeadlineDays: 5, makeUpTypes: ['OUT'] });
    expect(groupInput({ name: 'Site', makeUpPerMonth: null, makeUpDeadlineDays: undefined })).toMatchObject({ makeUpPerMonth: null, makeUpDeadlineDays: null, makeUpTypes: null });
  });
});
