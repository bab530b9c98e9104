import type { GrantRule, HarbourModule } from '../../core/context/module.js';
import { AttendanceDay } from './attendance-day.entity.js';
import { AttendanceGroup } from './attendance-group.entity.js';
import { AttendanceMonth } from './attendance-month.entity.js';
import { AttendancePlace } from './attendance-place.entity.js';
import { AttendanceNoticeAcknowledgement, AttendancePunch } from './attendance-punch.entity.js';
import { AttendanceRosterEntry } from './attendance-roster.entity.js';
import { AttendanceShift } from './attendance-shift.entity.js';
import { AttendanceRequest } from './attendance-request.entity.js';
import { applyApprovalOutcome } from './attendance-requests.service.js';
import { attendanceEvents } from './attendance.events.js';
import { attendanceMessages } from './attendance.messages.js';
import {
  AttendanceDayResolver,
  AttendanceGroupResolver,
  AttendanceMonthResolver,
  AttendanceReportResolver,
  AttendanceRosterResolver,
  AttendancePlaceResolver,
  AttendancePunchResolver,
  AttendanceShiftResolver,
} from './attendance.resolver.js';
import { closeYesterday, computeDaysOfPunches, recomputeDays } from './days.service.js';
import { AttendanceLeaveEntry } from './leave-entry.entity.js';
import { AttendanceLeaveBalanceResolver, AttendanceLeaveEntryResolver, AttendanceLeaveTypeResolver, AttendanceRequestResolver } from './leave.resolver.js';
import { AttendanceLeaveType } from './leave-type.entity.js';
import { accrueLeave, setUpLeaveTypes, setUpLeaveTypesOfExistingOrganizations } from './leave.service.js';
import { eraseExpiredCoordinates } from './punches.service.js';

/** Everyone punches for themselves only. */
const punchOwn: GrantRule = { action: 'create', subject: 'AttendancePunch', conditions: { personId: '$me' } };

/** Every member of staff punches for themselves, sees their own punches, days and roster, and reads places and shifts. */
const staff: GrantRule[] = [
  { action: 'read', subject: 'AttendancePlace' },
  { action: 'read', subject: 'AttendanceShift' },
  punchOwn,
  { action: 'read', subject: 'AttendancePunch', conditions: { personId: '$me' } },
  { action: 'read', subject: 'AttendanceDay', conditions: { personId: '$me' } },
  { action: 'read', subject: 'AttendanceRosterEntry', conditions: { personId: '$me' } },
];

/** Everyone asks for their own leave and make-up punches. */
const askOwn: GrantRule = { action: 'create', subject: 'AttendanceRequest', conditions: { personId: '$me' } };

/** Every member of staff reads the leave types, their own ledger and requests, and asks for leave and make-up punches. */
const leaveStaff: GrantRule[] = [
  { action: 'read', subject: 'AttendanceLeaveType' },
  { action: 'read', subject: 'AttendanceLeaveEntry', conditions: { personId: '$me' } },
  { action: 'read', subject: 'AttendanceRequest', conditions: { personId: '$me' } },
  askOwn,
];

const rulesSubject = (name: string, description: string) => ({ name, description, conditionFields: { id: 'id' }, actions: ['read', 'create', 'update', 'delete'] });

/**
 * Attendance: places (GPS geofences, Wi-Fi, IP ranges), shifts and groups; punches judged against them, idempotent and
 * accepted offline, with privacy-minimal evidence whose raw coordinates a job erases after their retention period.
 */
export const attendanceModule: HarbourModule = {
  name: 'attendance',
  entities: [
    AttendancePlace,
    AttendanceShift,
    AttendanceGroup,
    AttendancePunch,
    AttendanceNoticeAcknowledgement,
    AttendanceDay,
    AttendanceMonth,
    AttendanceRosterEntry,
    AttendanceLeaveType,
    AttendanceLeaveEntry,
    AttendanceRequest,
  ],
  resolvers: [
    AttendancePlaceResolver,
    AttendanceShiftResolver,
    AttendanceGroupResolver,
    AttendancePunchResolver,
    AttendanceDayResolver,
    AttendanceMonthResolver,
    AttendanceReportResolver,
    AttendanceRosterResolver,
    AttendanceLeaveTypeResolver,
    AttendanceLeaveEntryResolver,
    AttendanceLeaveBalanceResolver,
    AttendanceRequestResolver,
  ],
  messages: attendanceMessages,
  events: attendanceEvents,
  subjects: [
    rulesSubject('AttendancePlace', 'Places to punch at: geofences, Wi-Fi access points, IP ranges.'),
    rulesSubject('AttendanceShift', 'Working hours, tolerances and punch windows.'),
    rulesSubject('AttendanceGroup', 'Who keeps which places, shift and attendance policies.'),
    {
      name: 'AttendancePunch',
      description: 'Punches (clock-ins and clock-outs) and their evidence.',
      conditionFields: { id: 'id', personId: 'person', departmentId: 'departmentId' },
      scopeFields: ['departmentId'],
      ownRecordField: 'personId',
      actions: ['read', 'create'],
    },
    {
      name: 'AttendanceDay',
      description: 'Computed work days (late, early leave, absent …); update: ask for days to be computed again.',
      conditionFields: { id: 'id', personId: 'person', departmentId: 'departmentId' },
      scopeFields: ['departmentId'],
      ownRecordField: 'personId',
      actions: ['read', 'update'],
    },
    {
      name: 'AttendanceRosterEntry',
      description: 'Rosters: the shift each member of a rostered group works day by day.',
      conditionFields: { id: 'id', personId: 'person', departmentId: 'departmentId' },
      scopeFields: ['departmentId'],
      ownRecordField: 'personId',
      actions: ['read', 'update'],
    },
    {
      name: 'AttendanceLeaveType',
      description: 'Leave types (annual, sick …): pay, balance and whether they accrue under the Employment Ordinance.',
      conditionFields: { id: 'id' },
      actions: ['read', 'update'],
    },
    {
      name: 'AttendanceLeaveEntry',
      description: 'The leave ledger and balances; create: adjust a balance (with a reason).',
      conditionFields: { id: 'id', personId: 'person', departmentId: 'departmentId' },
      scopeFields: ['departmentId'],
      ownRecordField: 'personId',
      actions: ['read', 'create'],
    },
    {
      name: 'AttendanceRequest',
      description: 'Leave, make-up punch and overtime requests (decided through approvals).',
      conditionFields: { id: 'id', personId: 'person', departmentId: 'departmentId', status: 'status' },
      scopeFields: ['departmentId'],
      ownRecordField: 'personId',
      actions: ['read', 'create'],
    },
    {
      name: 'AttendanceMonth',
      description: 'Payroll cut-off of a month: locking and reopening it.',
      conditionFields: { id: 'id' },
      actions: ['read', 'lock', 'reopen'],
    },
  ],
  actions: [
    { name: 'lock', label: { en: 'Lock (payroll cut-off)', 'zh-HK': '鎖定（糧期截數）', 'zh-CN': '锁定（工资截数）' } },
    { name: 'reopen', label: { en: 'Reopen', 'zh-HK': '重新開放', 'zh-CN': '重新开放' } },
  ],
  grants: [
    {
      version: 1,
      roles: {
        employee: staff,
        'department-manager': [
          ...staff,
          { action: 'read', subject: 'AttendancePunch', conditions: { departmentId: { $in: '$managedDepartments' } } },
          { action: 'read', subject: 'AttendanceDay', conditions: { departmentId: { $in: '$managedDepartments' } } },
          { action: 'read', subject: 'AttendanceRosterEntry', conditions: { departmentId: { $in: '$managedDepartments' } } },
        ],
        finance: [...staff, { action: 'read', subject: 'AttendanceMonth' }],
        // Roles that read every record of a subject are not also given staff's own-record reads of it: the role editor's
        // checkboxes say each subject one way, and a grant for everyone already covers one's own.
        auditor: [
          punchOwn,
          { action: 'read', subject: 'AttendancePlace' },
          { action: 'read', subject: 'AttendanceShift' },
          { action: 'read', subject: 'AttendanceGroup' },
          { action: 'read', subject: 'AttendancePunch' },
          { action: 'read', subject: 'AttendanceDay' },
          { action: 'read', subject: 'AttendanceRosterEntry' },
          { action: 'read', subject: 'AttendanceMonth' },
        ],
        hr: [
          punchOwn,
          { action: 'read', subject: 'AttendancePunch' },
          { action: 'manage', subject: 'AttendancePlace' },
          { action: 'manage', subject: 'AttendanceShift' },
          { action: 'manage', subject: 'AttendanceGroup' },
          { action: 'manage', subject: 'AttendanceDay' },
          { action: 'manage', subject: 'AttendanceMonth' },
          { action: 'manage', subject: 'AttendanceRosterEntry' },
        ],
      },
    },
    {
      version: 2,
      roles: {
        employee: leaveStaff,
        'department-manager': [
          ...leaveStaff,
          { action: 'read', subject: 'AttendanceLeaveEntry', conditions: { departmentId: { $in: '$managedDepartments' } } },
          { action: 'read', subject: 'AttendanceRequest', conditions: { departmentId: { $in: '$managedDepartments' } } },
        ],
        finance: [...leaveStaff.filter((rule) => rule.subject !== 'AttendanceLeaveEntry' || rule.action !== 'read'), { action: 'read', subject: 'AttendanceLeaveEntry' }],
        auditor: [askOwn, { action: 'read', subject: 'AttendanceLeaveType' }, { action: 'read', subject: 'AttendanceLeaveEntry' }, { action: 'read', subject: 'AttendanceRequest' }],
        hr: [askOwn, { action: 'manage', subject: 'AttendanceLeaveType' }, { action: 'manage', subject: 'AttendanceLeaveEntry' }, { action: 'read', subject: 'AttendanceRequest' }],
      },
    },
  ],
  tenantSetup: setUpLeaveTypes,
  onWorkerStart: setUpLeaveTypesOfExistingOrganizations,
  consumers: [
    { name: 'attendance.days', eventTypes: ['attendance.punch.recorded'], handleBatch: computeDaysOfPunches },
    {
      name: 'attendance.requests',
      eventTypes: ['approvals.request.approved', 'approvals.request.rejected', 'approvals.request.withdrawn', 'approvals.request.revoked'],
      handle: applyApprovalOutcome,
    },
  ],
  jobs: [eraseExpiredCoordinates, recomputeDays, closeYesterday, accrueLeave],
};
