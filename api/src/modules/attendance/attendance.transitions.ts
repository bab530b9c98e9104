import { transitionTable } from '../../core/transitions/transitions.js';
import { AttendanceMonthStatus } from './attendance-month.entity.js';
import { AttendanceRequestStatus } from './attendance-request.entity.js';

const { OPEN, LOCKED } = AttendanceMonthStatus;

/** The named verbs of a month's cut-off (CONVENTIONS #4); anything else is ATTENDANCE_INVALID_TRANSITION. */
export const monthTransitions = transitionTable('ATTENDANCE', 'AttendanceMonth', {
  lock: { from: [OPEN], to: LOCKED },
  reopen: { from: [LOCKED], to: OPEN },
});

const { PENDING, APPROVED, REJECTED, WITHDRAWN, REVOKED } = AttendanceRequestStatus;

/** A leave or make-up punch request follows its approval: these verbs are applied by the outcome events only. */
export const requestTransitions = transitionTable('ATTENDANCE', 'AttendanceRequest', {
  approve: { from: [PENDING], to: APPROVED },
  reject: { from: [PENDING], to: REJECTED },
  withdraw: { from: [PENDING], to: WITHDRAWN },
  revoke: { from: [APPROVED], to: REVOKED },
});
