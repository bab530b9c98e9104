import { Chip, Link as MuiLink, Stack, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { DataTable, List, SelectInput, useCanAccess, useCreatePath, useTranslate } from 'react-admin';
import { EmptyValue } from '../../components/EmptyValue';
import { PersonInput } from '../../components/PersonInput';
import type { AttendanceRequestsQuery, AttendanceRequestStatus } from '../../gql/graphql';
import { useDates } from '../../providers/dates';
import { choicesOf, compensationLabels, formatDays, halfDayLabels, punchTypeLabels, requestKindLabels, requestStatusLabels } from './leave';
import { useLeaveTypeName } from './useLeaveTypeName';

type Request = AttendanceRequestsQuery['attendanceRequests']['items'][number];

const STATUS_COLOURS: Record<AttendanceRequestStatus, 'info' | 'success' | 'error' | 'default'> = {
  PENDING: 'info',
  APPROVED: 'success',
  REJECTED: 'error',
  WITHDRAWN: 'default',
  REVOKED: 'default',
};

/** The person filter, always shown. */
const PersonFilter = ({ source }: { source: string; alwaysOn?: boolean }) => <PersonInput source={source} label="resources.attendanceRequests.fields.personId" />;

const filters = [
  <SelectInput key="kind" source="kind" choices={choicesOf(requestKindLabels)} alwaysOn />,
  <SelectInput key="status" source="status" choices={choicesOf(requestStatusLabels)} alwaysOn />,
  <PersonFilter key="personId" source="personId" alwaysOn />,
];

/** What was asked: the leave type, or which punch is made up. */
function Subject({ request }: { request: Request }) {
  const translate = useTranslate();
  const nameOf = useLeaveTypeName();
  if (request.kind === 'MAKE_UP_PUNCH') return <>{request.punchType ? translate(punchTypeLabels[request.punchType]) : <EmptyValue />}</>;
  if (request.kind === 'OVERTIME') return <>{request.compensation ? translate(compensationLabels[request.compensation]) : <EmptyValue />}</>;
  return <>{request.leaveType ? nameOf(request.leaveType) : translate('harbour.attendance.leave.hidden_type')}</>;
}

/** The days asked for: one day (with the half, if only half) or the first and last. */
function Dates({ request }: { request: Request }) {
  const translate = useTranslate();
  const { formatDate } = useDates();
  const days = request.startDate === request.endDate ? formatDate(request.startDate) : `${formatDate(request.startDate)} – ${formatDate(request.endDate)}`;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {days}
      {request.halfDay && ` (${translate(halfDayLabels[request.halfDay])})`}
    </Typography>
  );
}

/** When: the made-up punch's time, or the overtime's start and end. */
function RequestTime({ request }: { request: Request }) {
  const { formatDateTime } = useDates();
  if (request.punchedAt) return <>{formatDateTime(request.punchedAt)}</>;
  if (request.overtimeStart && request.overtimeEnd) return <>{`${formatDateTime(request.overtimeStart)} – ${formatDateTime(request.overtimeEnd)}`}</>;
  return <EmptyValue />;
}

/** The approval request that decides it, opened on its page (route, tasks, comments) for those who may read approvals. */
function ApprovalLink({ request }: { request: Request }) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { canAccess } = useCanAccess({ resource: 'approvalRequests', action: 'show' });
  if (!request.approvalRequestId || !canAccess) return <EmptyValue />;
  return (
    <MuiLink component={Link} to={createPath({ resource: 'approvalRequests', id: request.approvalRequestId, type: 'show' })} sx={{ whiteSpace: 'nowrap' }} data-testid="approval-link">
      {translate('harbour.attendance.requests.open_approval')}
    </MuiLink>
  );
}

/**
 * 請假及補卡申請: the leave and make-up punch requests the signed-in person may read (their own; their departments' as a
 * manager; all as HR), newest first, filtered by kind, status and person: what was asked (leave type and working days,
 * dates and half day; or the punch made up and its time), where its approval stands, and a link to that approval, where
 * it is decided. Read-only here: requests are made by staff and decided through approvals.
 */
export function AttendanceRequestList() {
  const translate = useTranslate();
  const { formatDateTime } = useDates();
  return (
    <List filters={filters} exporter={false} perPage={25}>
      <DataTable bulkActionButtons={false}>
        <DataTable.Col source="person" disableSort render={(record: Request) => record.person?.displayName ?? translate('harbour.attendance.punches.hidden_person')} />
        <DataTable.Col
          source="kind"
          disableSort
          render={(record: Request) => <Chip size="small" variant="outlined" color={record.kind === 'LEAVE' ? 'primary' : 'secondary'} label={translate(requestKindLabels[record.kind])} />}
        />
        <DataTable.Col source="subject" disableSort render={(record: Request) => <Subject request={record} />} />
        <DataTable.Col source="dates" disableSort render={(record: Request) => <Dates request={record} />} />
        <DataTable.Col source="days" disableSort align="right" render={(record: Request) => (record.days != null ? formatDays(record.days) : <EmptyValue />)} />
        <DataTable.Col source="punchedAt" disableSort render={(record: Request) => <RequestTime request={record} />} />
        <DataTable.Col source="reason" disableSort render={(record: Request) => record.reason || <EmptyValue />} />
        <DataTable.Col
          source="status"
          disableSort
          render={(record: Request) => (
            <Stack spacing={0.25} sx={{ alignItems: 'flex-start' }}>
              <Chip size="small" color={STATUS_COLOURS[record.status]} label={translate(requestStatusLabels[record.status])} data-testid="request-status" />
              {record.decidedAt && (
                <Typography variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
                  {formatDateTime(record.decidedAt)}
                </Typography>
              )}
            </Stack>
          )}
        />
        <DataTable.Col source="approval" disableSort render={(record: Request) => <ApprovalLink request={record} />} />
      </DataTable>
    </List>
  );
}
