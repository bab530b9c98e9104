import type {
  AttendanceLeaveAdjustmentInput,
  AttendanceLeaveBalancesQuery,
  AttendanceLeaveEntryFieldsFragment,
  AttendanceLeaveTypeFieldsFragment,
  AttendanceLeaveTypeInput,
  AttendanceRequestKind,
  AttendanceRequestStatus,
  HalfDay,
  LeaveAccount,
  LeaveEntryKind,
  LeavePolicy,
  MakeUpPunchType,
  OvertimeCompensation,
} from '../../gql/graphql';
import type { AnyRecord } from '../../providers/dataProvider';
import type { ConsoleLocale } from '../../providers/locale';

// Leave's arithmetic and words, kept apart from React so test/attendance-leave.spec.ts can check them: a leave type's
// name in the console's language, what a ledger entry does to the balance, balances as list rows, the forms' inputs.

/** A leave type as the API returns it. */
export type LeaveType = AttendanceLeaveTypeFieldsFragment;

/** One person's balance of one leave type, as `attendanceLeaveBalances` returns it. */
export type LeaveBalance = AttendanceLeaveBalancesQuery['attendanceLeaveBalances']['items'][number];

/** A balance as a list row: the API's balance with an id of its own (person and type). */
export type LeaveBalanceRow = LeaveBalance & { id: string };

// Every label written out, so that test/i18n.spec.ts checks that each value of the API's enums is translated.

/** How a leave type's balance grows. */
export const policyLabels: Record<LeavePolicy, string> = {
  NONE: 'harbour.attendance.leave.policies.NONE',
  HK_ANNUAL: 'harbour.attendance.leave.policies.HK_ANNUAL',
  HK_SICK: 'harbour.attendance.leave.policies.HK_SICK',
};

/** Why days moved in the ledger. */
export const entryKindLabels: Record<LeaveEntryKind, string> = {
  GRANT: 'harbour.attendance.leave.kinds.GRANT',
  ACCRUAL: 'harbour.attendance.leave.kinds.ACCRUAL',
  USAGE: 'harbour.attendance.leave.kinds.USAGE',
  EXPIRY: 'harbour.attendance.leave.kinds.EXPIRY',
  CARRY_FORWARD: 'harbour.attendance.leave.kinds.CARRY_FORWARD',
  ADJUSTMENT: 'harbour.attendance.leave.kinds.ADJUSTMENT',
  REVERSAL: 'harbour.attendance.leave.kinds.REVERSAL',
};

/** The ledger's accounts. */
export const accountLabels: Record<LeaveAccount, string> = {
  ENTITLEMENT: 'harbour.attendance.leave.accounts.ENTITLEMENT',
  AVAILABLE: 'harbour.attendance.leave.accounts.AVAILABLE',
  USED: 'harbour.attendance.leave.accounts.USED',
  EXPIRED: 'harbour.attendance.leave.accounts.EXPIRED',
};

/** The half of a day taken as leave. */
export const halfDayLabels: Record<HalfDay, string> = {
  AM: 'harbour.attendance.leave.half_days.AM',
  PM: 'harbour.attendance.leave.half_days.PM',
};

/** Leave, a make-up punch, overtime, or an off-site punch to approve. */
export const requestKindLabels: Record<AttendanceRequestKind, string> = {
  LEAVE: 'harbour.attendance.requests.kinds.LEAVE',
  MAKE_UP_PUNCH: 'harbour.attendance.requests.kinds.MAKE_UP_PUNCH',
  OVERTIME: 'harbour.attendance.requests.kinds.OVERTIME',
  OFFSITE_PUNCH: 'harbour.attendance.requests.kinds.OFFSITE_PUNCH',
};

/** How overtime is made good. */
export const compensationLabels: Record<OvertimeCompensation, string> = {
  PAY: 'harbour.attendance.requests.compensations.PAY',
  TIME_OFF: 'harbour.attendance.requests.compensations.TIME_OFF',
};

/** Where a request's approval stands. */
export const requestStatusLabels: Record<AttendanceRequestStatus, string> = {
  PENDING: 'harbour.attendance.requests.statuses.PENDING',
  APPROVED: 'harbour.attendance.requests.statuses.APPROVED',
  REJECTED: 'harbour.attendance.requests.statuses.REJECTED',
  WITHDRAWN: 'harbour.attendance.requests.statuses.WITHDRAWN',
  REVOKED: 'harbour.attendance.requests.statuses.REVOKED',
};

/** A clock-in or a clock-out. */
export const punchTypeLabels: Record<MakeUpPunchType, string> = {
  IN: 'harbour.attendance.requests.punch_types.IN',
  OUT: 'harbour.attendance.requests.punch_types.OUT',
};

/** The values of an enum's labels as a select input's choices. */
export const choicesOf = (labels: Record<string, string>) => Object.entries(labels).map(([id, name]) => ({ id, name }));

/** A leave type's name in the console's language. */
export function leaveTypeName(type: Pick<LeaveType, 'nameEn' | 'nameZhHk' | 'nameZhCn'>, locale: ConsoleLocale): string {
  return locale === 'en' ? type.nameEn : locale === 'zh-CN' ? type.nameZhCn : type.nameZhHk;
}

/** The name of the leave type with this key (a computed day knows only the key), or the key itself when it is not among `types`. */
export function leaveNameOfKey(types: readonly LeaveType[], key: string, locale: ConsoleLocale): string {
  const type = types.find((candidate) => candidate.key === key);
  return type ? leaveTypeName(type, locale) : key;
}

/** Days as the ledger keeps them (to the hundredth), without a float's noise: 1.5, 7, 0.25. */
export const formatDays = (days: number) => String(Math.round(days * 100) / 100);

/**
 * What an entry does to the balance that can be taken (the AVAILABLE account): days moved into it add, days moved out
 * of it take away, a move between two other accounts leaves it as it was.
 */
export function balanceChange(entry: Pick<AttendanceLeaveEntryFieldsFragment, 'fromAccount' | 'toAccount' | 'days'>): number {
  if (entry.toAccount === entry.fromAccount) return 0;
  if (entry.toAccount === 'AVAILABLE') return entry.days;
  if (entry.fromAccount === 'AVAILABLE') return -entry.days;
  return 0;
}

/** A change in days with its sign (+7, −1.5), or 0. */
export function signedDays(days: number): string {
  const text = formatDays(Math.abs(days));
  return days > 0 ? `+${text}` : days < 0 ? `−${text}` : '0';
}

/**
 * Balances as list rows, each with an id of its person and type. The API leaves out a person or type the caller may not
 * read (null); such a row is told apart by its place in the list.
 */
export function balanceRows(items: readonly LeaveBalance[], skip: number): LeaveBalanceRow[] {
  return items.map((balance, index) => ({ ...balance, id: `${balance.person?.id ?? `hidden-${skip + index}`} ${balance.leaveType?.id ?? `hidden-${skip + index}`}` }));
}

/** The leave type form's values as the API's AttendanceLeaveTypeInput (its key is not sent: it never changes). */
export function leaveTypeInput(data: AnyRecord): AttendanceLeaveTypeInput {
  return {
    nameEn: String(data.nameEn ?? ''),
    nameZhHk: String(data.nameZhHk ?? ''),
    nameZhCn: String(data.nameZhCn ?? ''),
    paid: Boolean(data.paid),
    needsBalance: Boolean(data.needsBalance),
    policy: (data.policy ?? 'NONE') as LeavePolicy,
    active: Boolean(data.active),
  };
}

/**
 * The adjustment dialog's values as the API's AttendanceLeaveAdjustmentInput. Zero days and an empty reason are sent as
 * they are: the API refuses them in its own words, under their inputs.
 */
export function adjustmentInput(data: AnyRecord): AttendanceLeaveAdjustmentInput {
  return {
    personId: String(data.personId ?? ''),
    leaveTypeId: String(data.leaveTypeId ?? ''),
    days: typeof data.days === 'number' && Number.isFinite(data.days) ? data.days : 0,
    effectiveOn: String(data.effectiveOn ?? ''),
    note: typeof data.note === 'string' ? data.note : '',
  };
}
