import AccessTimeIcon from '@mui/icons-material/AccessTime';
import AccountBalanceWalletIcon from '@mui/icons-material/AccountBalanceWallet';
import AssessmentIcon from '@mui/icons-material/Assessment';
import AssignmentIcon from '@mui/icons-material/Assignment';
import BeachAccessIcon from '@mui/icons-material/BeachAccess';
import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import GroupsIcon from '@mui/icons-material/Groups';
import LockClockIcon from '@mui/icons-material/LockClock';
import PlaceIcon from '@mui/icons-material/Place';
import { ListSubheader } from '@mui/material';
import { Menu, useCanAccess, useSidebarState, useTranslate } from 'react-admin';
import { lazyView, type ConsoleModule } from '../../module';
import { storedLocale } from '../../providers/locale';
import {
  attendanceDaysDataProvider,
  attendanceGroupsDataProvider,
  attendanceLeaveBalancesDataProvider,
  attendanceLeaveEntriesDataProvider,
  attendanceLeaveTypesDataProvider,
  attendanceMonthsDataProvider,
  attendancePlacesDataProvider,
  attendancePunchesDataProvider,
  attendanceRequestsDataProvider,
  attendanceRosterDataProvider,
  attendanceShiftsDataProvider,
} from './dataProvider';
import { leaveTypeName, type LeaveType } from './leave';
import { messages } from './messages';

const PlaceList = lazyView(() => import('./PlaceViews'), 'PlaceList');
const PlaceCreate = lazyView(() => import('./PlaceViews'), 'PlaceCreate');
const PlaceEdit = lazyView(() => import('./PlaceViews'), 'PlaceEdit');
const ShiftList = lazyView(() => import('./ShiftViews'), 'ShiftList');
const ShiftCreate = lazyView(() => import('./ShiftViews'), 'ShiftCreate');
const ShiftEdit = lazyView(() => import('./ShiftViews'), 'ShiftEdit');
const GroupList = lazyView(() => import('./GroupViews'), 'GroupList');
const GroupCreate = lazyView(() => import('./GroupViews'), 'GroupCreate');
const GroupEdit = lazyView(() => import('./GroupViews'), 'GroupEdit');
const DayList = lazyView(() => import('./DayList'), 'DayList');
const PunchList = lazyView(() => import('./PunchList'), 'PunchList');
const MonthlyReportPage = lazyView(() => import('./MonthlyReportPage'), 'MonthlyReportPage');
const MonthsPage = lazyView(() => import('./MonthsPage'), 'MonthsPage');
const RosterPage = lazyView(() => import('./RosterPage'), 'RosterPage');
const LeaveTypeList = lazyView(() => import('./LeaveTypeViews'), 'LeaveTypeList');
const LeaveTypeEdit = lazyView(() => import('./LeaveTypeViews'), 'LeaveTypeEdit');
const LeaveBalanceList = lazyView(() => import('./LeaveBalanceViews'), 'LeaveBalanceList');
const LeaveEntryList = lazyView(() => import('./LeaveBalanceViews'), 'LeaveEntryList');
const AttendanceRequestList = lazyView(() => import('./AttendanceRequestList'), 'AttendanceRequestList');

const RESOURCES = ['attendancePlaces', 'attendanceShifts', 'attendanceGroups', 'attendanceDays', 'attendancePunches'] as const;
// The ledger has no entry of its own: it is opened from a balance, for one person.
const LEAVE_RESOURCES = ['attendanceRequests', 'attendanceLeaveBalances', 'attendanceLeaveTypes'] as const;

// 考勤: one heading over the entries the person may read (each hides itself otherwise); no heading when none is left. The
// roster is for those who read roster entries (staff their own), the monthly report for those who read computed days,
// the payroll months for those who read their cut-off; the requests, balances and leave types for those who read them.
function AttendanceMenu() {
  const translate = useTranslate();
  const [open] = useSidebarState();
  const places = useCanAccess({ resource: 'attendancePlaces', action: 'list' }).canAccess;
  const shifts = useCanAccess({ resource: 'attendanceShifts', action: 'list' }).canAccess;
  const groups = useCanAccess({ resource: 'attendanceGroups', action: 'list' }).canAccess;
  const days = useCanAccess({ resource: 'attendanceDays', action: 'list' }).canAccess;
  const punches = useCanAccess({ resource: 'attendancePunches', action: 'list' }).canAccess;
  const roster = useCanAccess({ resource: 'attendanceRoster', action: 'list' }).canAccess;
  const months = useCanAccess({ resource: 'attendanceMonths', action: 'list' }).canAccess;
  const requests = useCanAccess({ resource: 'attendanceRequests', action: 'list' }).canAccess;
  const balances = useCanAccess({ resource: 'attendanceLeaveBalances', action: 'list' }).canAccess;
  const leaveTypes = useCanAccess({ resource: 'attendanceLeaveTypes', action: 'list' }).canAccess;
  if (!places && !shifts && !groups && !days && !punches && !roster && !months && !requests && !balances && !leaveTypes) return null;
  return (
    <>
      {open && (
        <ListSubheader component="div" disableSticky sx={{ lineHeight: '32px', mt: 1, bgcolor: 'transparent' }}>
          {translate('harbour.attendance.menu')}
        </ListSubheader>
      )}
      {RESOURCES.map((name) => (
        <Menu.ResourceItem key={name} name={name} />
      ))}
      {roster && <Menu.Item to="/attendance/roster" primaryText={translate('harbour.attendance.roster.menu')} leftIcon={<CalendarMonthIcon />} />}
      {days && <Menu.Item to="/attendance/report" primaryText={translate('harbour.attendance.report.menu')} leftIcon={<AssessmentIcon />} />}
      {months && <Menu.Item to="/attendance/months" primaryText={translate('harbour.attendance.months.menu')} leftIcon={<LockClockIcon />} />}
      {LEAVE_RESOURCES.map((name) => (
        <Menu.ResourceItem key={name} name={name} />
      ))}
    </>
  );
}

/**
 * Attendance: the places staff punch at (geofence, Wi-Fi, IP ranges), the shifts, the groups that tie members to places,
 * a shift (or a roster) and policies, the roster (each person's shift day by day, changed a week at a time or imported
 * by HR), the work days computed from the punches (recomputed on HR's request), the punches made (read-only, with their
 * flags), the monthly report (table, CSV and Excel files, charts by department), the payroll months (locked and
 * reopened by HR), the leave and make-up punch requests (decided through approvals), leave balances as of a day with
 * their ledger (adjusted by HR) and the leave types (changed by HR).
 */
export const attendance: ConsoleModule = {
  name: 'attendance',
  resources: [
    {
      name: 'attendancePlaces',
      subject: 'AttendancePlace',
      dataProvider: attendancePlacesDataProvider,
      views: { list: PlaceList, create: PlaceCreate, edit: PlaceEdit, icon: PlaceIcon, recordRepresentation: 'name' },
    },
    {
      name: 'attendanceShifts',
      subject: 'AttendanceShift',
      dataProvider: attendanceShiftsDataProvider,
      views: { list: ShiftList, create: ShiftCreate, edit: ShiftEdit, icon: AccessTimeIcon, recordRepresentation: 'name' },
    },
    {
      name: 'attendanceGroups',
      subject: 'AttendanceGroup',
      dataProvider: attendanceGroupsDataProvider,
      views: { list: GroupList, create: GroupCreate, edit: GroupEdit, icon: GroupsIcon, recordRepresentation: 'name' },
    },
    {
      name: 'attendanceDays',
      subject: 'AttendanceDay',
      // Recomputing changes computed days: the API's `update AttendanceDay`.
      actions: { recompute: 'update' },
      dataProvider: attendanceDaysDataProvider,
      views: { list: DayList, icon: EventAvailableIcon },
    },
    {
      name: 'attendancePunches',
      subject: 'AttendancePunch',
      dataProvider: attendancePunchesDataProvider,
      views: { list: PunchList, icon: FactCheckIcon },
    },
    {
      name: 'attendanceRequests',
      subject: 'AttendanceRequest',
      dataProvider: attendanceRequestsDataProvider,
      views: { list: AttendanceRequestList, icon: AssignmentIcon },
    },
    {
      name: 'attendanceLeaveBalances',
      subject: 'AttendanceLeaveEntry',
      // Adjusting a balance writes a ledger entry: the API's `create AttendanceLeaveEntry`.
      actions: { adjust: 'create' },
      dataProvider: attendanceLeaveBalancesDataProvider,
      views: { list: LeaveBalanceList, icon: AccountBalanceWalletIcon },
    },
    {
      name: 'attendanceLeaveEntries',
      subject: 'AttendanceLeaveEntry',
      dataProvider: attendanceLeaveEntriesDataProvider,
      views: { list: LeaveEntryList, icon: ReceiptLongIcon },
    },
    {
      name: 'attendanceLeaveTypes',
      subject: 'AttendanceLeaveType',
      dataProvider: attendanceLeaveTypesDataProvider,
      // By its name in the console's language (pickers, page titles, saved notices).
      views: { list: LeaveTypeList, edit: LeaveTypeEdit, icon: BeachAccessIcon, recordRepresentation: (type: LeaveType) => leaveTypeName(type, storedLocale()) },
    },
    // Data only: the roster and payroll months pages call their named operations.
    { name: 'attendanceRoster', subject: 'AttendanceRosterEntry', dataProvider: attendanceRosterDataProvider },
    { name: 'attendanceMonths', subject: 'AttendanceMonth', dataProvider: attendanceMonthsDataProvider },
  ],
  menu: AttendanceMenu,
  routes: [
    { path: '/attendance/roster', element: <RosterPage /> },
    { path: '/attendance/report', element: <MonthlyReportPage /> },
    { path: '/attendance/months', element: <MonthsPage /> },
  ],
  messages,
  audit: {
    actionPrefixes: ['attendance.'],
    targetTypes: ['AttendancePlace', 'AttendanceShift', 'AttendanceGroup', 'AttendancePunch', 'AttendanceDay', 'AttendanceMonth', 'AttendanceLeaveType', 'AttendanceRequest'],
  },
};
