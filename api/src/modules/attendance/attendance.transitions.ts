import { transitionTable } from '../../core/transitions/transitions.js';
import { AttendanceMonthStatus } from './attendance-month.entity.js';

const { OPEN, LOCKED } = AttendanceMonthStatus;

/** The named verbs of a month's cut-off (CONVENTIONS #4); anything else is ATTENDANCE_INVALID_TRANSITION. */
export const monthTransitions = transitionTable('ATTENDANCE', 'AttendanceMonth', {
  lock: { from: [OPEN], to: LOCKED },
  reopen: { from: [LOCKED], to: OPEN },
});
