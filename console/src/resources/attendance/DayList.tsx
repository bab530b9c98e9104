import RefreshIcon from '@mui/icons-material/Refresh';
import { Chip, Stack, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { Button, DataTable, List, SelectInput, TopToolbar, required, useCanAccess, useGetList, useNotify, useRefresh, useTranslate } from 'react-admin';
import { DepartmentInput } from '../../components/DepartmentInput';
import { EmptyValue } from '../../components/EmptyValue';
import { FormDialog } from '../../components/FormDialog';
import { LocalDateInput } from '../../components/LocalDateInput';
import { PeopleInput, PersonInput } from '../../components/PersonInput';
import type { AttendanceDayException, AttendanceDayStatus, HalfDay } from '../../gql/graphql';
import { MAX_PAGE } from '../../providers/dataProvider';
import { useDates } from '../../providers/dates';
import { useAttendanceDayOperations } from './dataProvider';
import { halfDayLabels, leaveNameOfKey, type LeaveType } from './leave';

const STATUSES: AttendanceDayStatus[] = ['NORMAL', 'EXCEPTION', 'ABSENT', 'ON_LEAVE', 'REST', 'UNSCHEDULED'];
const STATUS_COLOURS: Record<AttendanceDayStatus, 'success' | 'warning' | 'error' | 'info' | 'default'> = {
  NORMAL: 'success',
  EXCEPTION: 'warning',
  ABSENT: 'error',
  REST: 'default',
  UNSCHEDULED: 'default',
  ON_LEAVE: 'info',
};
const statusChoices = STATUSES.map((status) => ({ id: status, name: `harbour.attendance.days.statuses.${status}` }));

const pad = (value: number) => String(value).padStart(2, '0');

/** The browser's calendar day `days` from today, as YYYY-MM-DD. */
function dayFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The last 7 days, today included: what the list shows first, and the range the recompute dialog offers. */
const lastWeek = () => ({ from: dayFromToday(-6), to: dayFromToday(0) });

/** The person filter, always shown. */
const PersonFilter = ({ source }: { source: string; alwaysOn?: boolean }) => <PersonInput source={source} label="resources.attendanceDays.fields.personId" />;
/** The department filter, always shown. */
const DepartmentFilter = ({ source }: { source: string; alwaysOn?: boolean }) => <DepartmentInput source={source} label="resources.attendanceDays.fields.departmentId" />;

const filters = [
  <PersonFilter key="personId" source="personId" alwaysOn />,
  <DepartmentFilter key="departmentId" source="departmentId" alwaysOn />,
  <LocalDateInput key="from" source="from" alwaysOn />,
  <LocalDateInput key="to" source="to" alwaysOn />,
  <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
];

/** How the day turned out, as a coloured chip: normal green, exception orange, absent red, on leave blue, a day off or no shift grey. */
function StatusChip({ status }: { status: AttendanceDayStatus }) {
  const translate = useTranslate();
  return <Chip size="small" color={STATUS_COLOURS[status]} label={translate(`harbour.attendance.days.statuses.${status}`)} />;
}

/** What was wrong with the day, each a chip. */
function ExceptionChips({ exceptions }: { exceptions: AttendanceDayException[] }) {
  const translate = useTranslate();
  if (exceptions.length === 0) return <EmptyValue />;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {exceptions.map((exception) => (
        <Chip
          key={exception}
          size="small"
          variant="outlined"
          color={exception === 'FLAGGED' || exception === 'OFFSITE' ? 'default' : 'warning'}
          label={translate(`harbour.attendance.days.exceptions.${exception}`)}
        />
      ))}
    </Stack>
  );
}

/**
 * The approved leave taken that day: its type by name (the day knows only its key; the key itself for a type the person
 * may not read), and the half taken when only half; "—" on a day without leave.
 */
function LeaveCell({ leaveTypeKey, halfDay, types }: { leaveTypeKey: string | null; halfDay: HalfDay | null; types: LeaveType[] }) {
  const translate = useTranslate();
  const { locale } = useDates();
  if (!leaveTypeKey) return <EmptyValue />;
  const name = leaveNameOfKey(types, leaveTypeKey, locale);
  return <Chip size="small" variant="outlined" color="info" label={halfDay ? `${name} · ${translate(halfDayLabels[halfDay])}` : name} data-testid="day-leave" />;
}

/** A punch's time of day where the browser is (HH:MM), said to be the next day when it falls after the work day (overnight shifts). */
function PunchTime({ at, workDate }: { at: string | null | undefined; workDate: string }) {
  const translate = useTranslate();
  if (!at) return <EmptyValue />;
  const date = new Date(at);
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return (
    <>
      {`${pad(date.getHours())}:${pad(date.getMinutes())}`}
      {day > workDate && (
        <Typography component="span" variant="body2" color="text.secondary">
          {` ${translate('harbour.attendance.shifts.next_day')}`}
        </Typography>
      )}
    </>
  );
}

/** Minutes, or "—" for none. */
const minutes = (value: number) => (value > 0 ? value : <EmptyValue />);

/**
 * "Recompute" for those who may change computed days (`update AttendanceDay`): a range of at most 62 days, and optionally
 * some people (every group member otherwise), queued with `recomputeAttendanceDays`; the API's problems under their inputs.
 */
function RecomputeButton() {
  const { canAccess } = useCanAccess({ resource: 'attendanceDays', action: 'recompute' });
  const translate = useTranslate();
  const operations = useAttendanceDayOperations();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  if (!canAccess) return null;
  return (
    <>
      <Button label="harbour.attendance.days.recompute" startIcon={<RefreshIcon />} onClick={() => setOpen(true)} />
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        title="harbour.attendance.days.recompute_title"
        submitLabel="harbour.attendance.days.recompute"
        defaultValues={{ ...lastWeek(), personIds: [] }}
        onSubmit={async (values) => {
          const queued = await operations.recomputeAttendanceDays(values.from as string, values.to as string, (values.personIds as string[] | undefined) ?? []);
          notify('harbour.attendance.days.queued', { type: 'success', messageArgs: { smart_count: queued } });
          refresh();
        }}
      >
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('harbour.attendance.days.recompute_help')}
        </Typography>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <LocalDateInput source="from" label="harbour.attendance.days.recompute_from" validate={[required()]} />
          <LocalDateInput source="to" label="harbour.attendance.days.recompute_to" validate={[required()]} />
        </Stack>
        <PeopleInput source="personIds" label="harbour.attendance.days.recompute_people" helperText="harbour.attendance.days.recompute_people_help" />
      </FormDialog>
    </>
  );
}

function ListActions() {
  return (
    <TopToolbar>
      <RecomputeButton />
    </TopToolbar>
  );
}

/**
 * The work days computed from punches that the signed-in person may read (their own; their departments' as a manager;
 * all as HR), latest first, filtered by person, department, work days (the last 7 at first) and status, with the leave
 * taken and the make-up punches counted. Read-only: a day changes only by being computed again.
 */
export function DayList() {
  const translate = useTranslate();
  const { formatDate } = useDates();
  const defaults = useMemo(() => lastWeek(), []);
  const canReadLeaveTypes = useCanAccess({ resource: 'attendanceLeaveTypes', action: 'list' }).canAccess ?? false;
  const { data: leaveTypes = [] } = useGetList<LeaveType>('attendanceLeaveTypes', { pagination: { page: 1, perPage: MAX_PAGE } }, { enabled: canReadLeaveTypes });
  return (
    <List filters={filters} filterDefaultValues={defaults} actions={<ListActions />} exporter={false} perPage={25}>
      <DataTable bulkActionButtons={false}>
        <DataTable.Col source="person" disableSort render={(record) => record.person?.displayName ?? translate('harbour.attendance.punches.hidden_person')} />
        <DataTable.Col source="workDate" disableSort render={(record) => formatDate(record.workDate)} />
        <DataTable.Col source="status" disableSort render={(record) => <StatusChip status={record.status as AttendanceDayStatus} />} />
        <DataTable.Col source="leave" disableSort render={(record) => <LeaveCell leaveTypeKey={record.leaveTypeKey} halfDay={record.leaveHalfDay} types={leaveTypes} />} />
        <DataTable.Col source="exceptions" disableSort render={(record) => <ExceptionChips exceptions={record.exceptions as AttendanceDayException[]} />} />
        <DataTable.Col source="firstPunchAt" disableSort render={(record) => <PunchTime at={record.firstPunchAt} workDate={record.workDate} />} />
        <DataTable.Col source="lastPunchAt" disableSort render={(record) => <PunchTime at={record.lastPunchAt} workDate={record.workDate} />} />
        <DataTable.Col source="lateMinutes" disableSort align="right" render={(record) => minutes(record.lateMinutes)} />
        <DataTable.Col source="earlyLeaveMinutes" disableSort align="right" render={(record) => minutes(record.earlyLeaveMinutes)} />
        <DataTable.Col
          source="workedMinutes"
          disableSort
          align="right"
          render={(record) => (record.punchCount > 0 ? translate('harbour.attendance.days.hours', { hours: (record.workedMinutes / 60).toFixed(1) }) : <EmptyValue />)}
        />
        <DataTable.Col source="makeUpCount" disableSort align="right" render={(record) => (record.makeUpCount > 0 ? record.makeUpCount : <EmptyValue />)} />
      </DataTable>
    </List>
  );
}
