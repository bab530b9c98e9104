import type { EventDefinition } from '../../core/events/catalog.js';

const placeId = { type: 'uuid', description: 'The place.' } as const;
const shiftId = { type: 'uuid', description: 'The shift.' } as const;
const groupId = { type: 'uuid', description: 'The attendance group.' } as const;
const personId = { type: 'uuid', description: 'The person.' } as const;
/** Admins' changes to the rules and privacy actions: kept in the audit log. */
const audited = { touchesAccess: false, audit: true } as const;
/** High-volume facts (one per punch or acknowledgement): streamed to subscribers and consumers, never chained one by one. */
const streamed = { touchesAccess: false, audit: false } as const;

/** Events of the attendance module. */
export const attendanceEvents: EventDefinition[] = [
  { type: 'attendance.place.created', description: 'A place to punch at was added.', payload: { placeId }, ...audited },
  { type: 'attendance.place.updated', description: 'A place (its geofence, Wi-Fi or IP ranges) was changed.', payload: { placeId }, ...audited },
  { type: 'attendance.place.deleted', description: 'A place was deleted.', payload: { placeId }, ...audited },
  { type: 'attendance.shift.created', description: 'A shift was added.', payload: { shiftId }, ...audited },
  { type: 'attendance.shift.updated', description: 'A shift’s hours, tolerances or punch windows were changed.', payload: { shiftId }, ...audited },
  { type: 'attendance.shift.deleted', description: 'A shift was deleted.', payload: { shiftId }, ...audited },
  { type: 'attendance.group.created', description: 'An attendance group was added.', payload: { groupId }, ...audited },
  { type: 'attendance.group.updated', description: 'An attendance group’s members, places, shift or policies were changed.', payload: { groupId }, ...audited },
  { type: 'attendance.group.deleted', description: 'An attendance group was deleted.', payload: { groupId }, ...audited },
  {
    type: 'attendance.notice.acknowledged',
    description: 'A member acknowledged their group’s monitoring notice (one per member and notice version).',
    payload: { groupId, personId, noticeVersion: { type: 'integer', description: 'The version of the notice acknowledged.' } },
    ...streamed,
  },
  {
    type: 'attendance.punch.recorded',
    description: 'A punch was recorded (a replayed punch is not recorded again).',
    payload: {
      punchId: { type: 'uuid', description: 'The punch.' },
      personId,
      departmentId: { type: 'uuid', nullable: true, description: 'Their primary department when they punched.' },
      workDate: { type: 'string', description: 'The work day it belongs to (YYYY-MM-DD).' },
      method: { type: 'string', description: 'WIFI, GPS, IP or OFFSITE.' },
    },
    ...streamed,
  },
  {
    type: 'attendance.day.computed',
    description: 'A person’s work day was computed, or computed again with a different result (a punch arrived, the day closed, rules changed).',
    payload: {
      dayId: { type: 'uuid', description: 'The day.' },
      personId,
      departmentId: { type: 'uuid', nullable: true, description: 'Their primary department.' },
      workDate: { type: 'string', description: 'The work day (YYYY-MM-DD).' },
      status: { type: 'string', description: 'NORMAL, EXCEPTION, ABSENT, REST, UNSCHEDULED or ON_LEAVE.' },
    },
    ...streamed,
  },
  {
    type: 'attendance.days.recompute_requested',
    description: 'HR asked for a range of days to be computed again.',
    payload: { from: { type: 'string', description: 'First day (YYYY-MM-DD).' }, to: { type: 'string', description: 'Last day (YYYY-MM-DD).' } },
    ...audited,
  },
  {
    type: 'attendance.roster.changed',
    description: 'Roster entries were written (by hand or from a file).',
    payload: {
      entries: { type: 'integer', description: 'How many entries.' },
      from: { type: 'string', description: 'The first day written (YYYY-MM-DD).' },
      to: { type: 'string', description: 'The last day written (YYYY-MM-DD).' },
    },
    ...audited,
  },
  {
    type: 'attendance.month.locked',
    description: 'A month was locked for payroll: its days no longer change.',
    payload: { month: { type: 'string', description: 'The month, YYYY-MM.' } },
    ...audited,
  },
  {
    type: 'attendance.month.reopened',
    description: 'A locked month was reopened (the reason is in the audit log).',
    payload: { month: { type: 'string', description: 'The month, YYYY-MM.' } },
    ...audited,
  },
  {
    type: 'attendance.coordinates.erased',
    description: 'Raw punch coordinates past their retention period were erased (a batch).',
    payload: { punches: { type: 'integer', description: 'How many punches’ coordinates were erased.' } },
    ...audited,
  },
  {
    type: 'attendance.leave_types.installed',
    description: 'An organisation was given the standard leave types (annual and sick leave under the Employment Ordinance, no-pay, maternity, paternity, compensation).',
    payload: { count: { type: 'integer', description: 'How many leave types were added.' } },
    ...audited,
  },
  {
    type: 'attendance.leave_type.updated',
    description: 'A leave type’s names, pay, balance rule or policy was changed.',
    payload: { leaveTypeId: { type: 'uuid', description: 'The leave type.' } },
    ...audited,
  },
  {
    type: 'attendance.leave.balance_changed',
    description: 'A person’s leave balance of one type changed: leave accrued, was granted, taken, given back or adjusted.',
    payload: {
      personId,
      departmentId: { type: 'uuid', nullable: true, description: 'Their primary department.' },
      leaveTypeId: { type: 'uuid', description: 'The leave type.' },
      kind: { type: 'string', description: 'Why: GRANT, ACCRUAL, USAGE, EXPIRY, CARRY_FORWARD, ADJUSTMENT or REVERSAL.' },
      available: { type: 'string', description: 'The balance as of today afterwards, in days (e.g. "7.5").' },
    },
    ...streamed,
  },
  {
    type: 'attendance.leave.adjusted',
    description: 'HR added days to a leave balance or took them away, with a reason.',
    payload: { personId, leaveTypeId: { type: 'uuid', description: 'The leave type.' } },
    ...audited,
  },
  {
    type: 'attendance.request.submitted',
    description: 'A member asked for leave, a make-up punch or overtime; its approval was submitted with it.',
    payload: {
      requestId: { type: 'uuid', description: 'The request.' },
      personId,
      departmentId: { type: 'uuid', nullable: true, description: 'Their primary department.' },
      kind: { type: 'string', description: 'LEAVE, MAKE_UP_PUNCH or OVERTIME.' },
      approvalRequestId: { type: 'uuid', description: 'The approval request deciding it.' },
    },
    ...streamed,
  },
  {
    type: 'attendance.request.decided',
    description: 'A leave, make-up punch or overtime request followed its approval’s outcome (approved, rejected, withdrawn or revoked).',
    payload: {
      requestId: { type: 'uuid', description: 'The request.' },
      personId,
      departmentId: { type: 'uuid', nullable: true, description: 'Their primary department.' },
      kind: { type: 'string', description: 'LEAVE, MAKE_UP_PUNCH or OVERTIME.' },
      status: { type: 'string', description: 'APPROVED, REJECTED, WITHDRAWN or REVOKED.' },
    },
    ...streamed,
  },
];
