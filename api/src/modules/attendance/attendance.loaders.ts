import { readableById } from '../../core/authz/readable.js';
import { AttendancePlace } from './attendance-place.entity.js';
import { AttendanceShift } from './attendance-shift.entity.js';
import { AttendanceLeaveType } from './leave-type.entity.js';

/** Places by id, those the caller may read (null otherwise). */
export const placeLoader = readableById('AttendancePlace', AttendancePlace);

/** Shifts by id, those the caller may read (null otherwise). */
export const shiftLoader = readableById('AttendanceShift', AttendanceShift);

/** Leave types by id, those the caller may read (null otherwise). */
export const leaveTypeLoader = readableById('AttendanceLeaveType', AttendanceLeaveType);
