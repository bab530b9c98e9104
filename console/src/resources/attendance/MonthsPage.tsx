import LockIcon from '@mui/icons-material/Lock';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import { Alert, Box, Button, Card, CardContent, Chip, MenuItem, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { AccessDenied, Authenticated, Loading, TextInput, Title, useCanAccess, useNotify, useTranslate } from 'react-admin';
import { EmptyValue } from '../../components/EmptyValue';
import { FormDialog } from '../../components/FormDialog';
import type { AttendanceMonthFieldsFragment, AttendanceMonthStatus } from '../../gql/graphql';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useDates } from '../../providers/dates';
import { errorSentence } from '../../providers/graphqlClient';
import { useAttendanceMonthOperations } from './dataProvider';
import { hasBegun, monthOf } from './reports';

type Month = AttendanceMonthFieldsFragment;

/** A month's cut-off as a chip: open (punches and recomputation still change its days) or locked for payroll. */
function StatusChip({ status }: { status: AttendanceMonthStatus }) {
  const translate = useTranslate();
  return status === 'LOCKED' ? (
    <Chip size="small" color="primary" icon={<LockIcon />} label={translate('harbour.attendance.months.statuses.LOCKED')} data-testid="month-status" />
  ) : (
    <Chip size="small" variant="outlined" label={translate('harbour.attendance.months.statuses.OPEN')} data-testid="month-status" />
  );
}

function MonthsScreen() {
  const translate = useTranslate();
  const notify = useNotify();
  const { formatMonth, formatDateTime } = useDates();
  const operations = useAttendanceMonthOperations();
  // This month as of when the page opened: the months that have begun, and the year the page opens on.
  const [current] = useState(() => monthOf(new Date()));
  const thisYear = Number(current.slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [version, setVersion] = useState(0);
  const [locking, setLocking] = useState<Month | null>(null);
  const [reopening, setReopening] = useState<Month | null>(null);
  const canLock = useCanAccess({ resource: 'attendanceMonths', action: 'lock' }).canAccess ?? false;
  const canReopen = useCanAccess({ resource: 'attendanceMonths', action: 'reopen' }).canAccess ?? false;
  const { data: months, error, isPending } = useApiQuery(() => operations.attendanceMonths(year), `${year}:${version}`);
  const reload = () => setVersion((value) => value + 1);
  const years = [...new Set([...Array.from({ length: 6 }, (_, index) => thisYear - 4 + index), year])].sort((a, b) => a - b);

  return (
    <Card sx={{ mt: 2, maxWidth: 1100 }} data-testid="attendance-months">
      <Title title={translate('harbour.attendance.months.title')} />
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 2, flexWrap: 'wrap' }}>
          <TextField
            fullWidth={false}
            select
            size="small"
            label={translate('harbour.attendance.months.year')}
            value={year}
            onChange={(event) => setYear(Number(event.target.value))}
            sx={{ width: 120 }}
            slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'months-year' } as object } }}
          >
            {years.map((option) => (
              <MenuItem key={option} value={option}>
                {option}
              </MenuItem>
            ))}
          </TextField>
          <Typography variant="body2" color="text.secondary" sx={{ flex: 1, minWidth: 280 }}>
            {translate('harbour.attendance.months.intro')}
          </Typography>
        </Box>
        {error && !months ? (
          <Alert severity="error">{errorSentence(error)}</Alert>
        ) : !months ? (
          <Loading />
        ) : (
          <Table size="small" aria-label={translate('harbour.attendance.months.title')} sx={{ opacity: isPending ? 0.6 : 1 }} aria-busy={isPending}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('harbour.attendance.months.columns.month')}</TableCell>
                <TableCell>{translate('harbour.attendance.months.columns.status')}</TableCell>
                <TableCell>{translate('harbour.attendance.months.columns.locked_at')}</TableCell>
                <TableCell>{translate('harbour.attendance.months.columns.reopened_at')}</TableCell>
                <TableCell>{translate('harbour.attendance.months.columns.reopen_reason')}</TableCell>
                {(canLock || canReopen) && <TableCell align="right">{translate('harbour.common.actions')}</TableCell>}
              </TableRow>
            </TableHead>
            <TableBody>
              {months.map((month) => (
                <TableRow key={month.month} data-testid="attendance-month-row" data-month={month.month} data-status={month.status}>
                  <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>
                    {formatMonth(month.month)}
                  </TableCell>
                  <TableCell>
                    <StatusChip status={month.status} />
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{month.lockedAt ? formatDateTime(month.lockedAt) : <EmptyValue />}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{month.reopenedAt ? formatDateTime(month.reopenedAt) : <EmptyValue />}</TableCell>
                  <TableCell sx={{ maxWidth: 320, overflowWrap: 'anywhere' }}>{month.reopenReason ?? <EmptyValue />}</TableCell>
                  {(canLock || canReopen) && (
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                      {canLock && month.status === 'OPEN' && hasBegun(month.month, current) && (
                        <Button size="small" startIcon={<LockIcon />} onClick={() => setLocking(month)}>
                          {translate('harbour.attendance.months.lock')}
                        </Button>
                      )}
                      {canReopen && month.status === 'LOCKED' && (
                        <Button size="small" startIcon={<LockOpenIcon />} onClick={() => setReopening(month)}>
                          {translate('harbour.attendance.months.reopen')}
                        </Button>
                      )}
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
      <FormDialog
        open={locking !== null}
        onClose={() => setLocking(null)}
        title="harbour.attendance.months.lock_title"
        titleArgs={{ month: locking ? formatMonth(locking.month) : '' }}
        submitLabel="harbour.attendance.months.lock"
        onSubmit={async () => {
          const locked = await operations.lockAttendanceMonth(locking!.month, locking!.version);
          notify('harbour.attendance.months.locked', { type: 'success', messageArgs: { month: formatMonth(locked.month) } });
          reload();
        }}
      >
        <Typography variant="body2">{translate('harbour.attendance.months.lock_help', { month: locking ? formatMonth(locking.month) : '' })}</Typography>
      </FormDialog>
      <FormDialog
        open={reopening !== null}
        onClose={() => setReopening(null)}
        title="harbour.attendance.months.reopen_title"
        titleArgs={{ month: reopening ? formatMonth(reopening.month) : '' }}
        submitLabel="harbour.attendance.months.reopen"
        defaultValues={{ reason: '' }}
        onSubmit={async (values) => {
          // The reason is required, and the API says so (REQUIRED, under the input): an empty one is sent as it is.
          const reopened = await operations.reopenAttendanceMonth(reopening!.month, typeof values.reason === 'string' ? values.reason : '', reopening!.version);
          notify('harbour.attendance.months.reopened', { type: 'success', messageArgs: { month: formatMonth(reopened.month) } });
          reload();
        }}
      >
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('harbour.attendance.months.reopen_help')}
        </Typography>
        <TextInput source="reason" label="harbour.attendance.months.reason" helperText="harbour.attendance.months.reason_help" isRequired multiline minRows={2} />
      </FormDialog>
    </Card>
  );
}

function PermittedMonths() {
  const { canAccess, isPending } = useCanAccess({ resource: 'attendanceMonths', action: 'list' });
  if (isPending) return <Loading />;
  return canAccess ? <MonthsScreen /> : <AccessDenied />;
}

/**
 * 考勤月份: the payroll cut-off of each month of a year — open or locked, when it was locked and reopened, and why. HR
 * locks a month that has begun (late punches and recomputation are refused from then on) and reopens a locked one with
 * a reason; finance and auditors read it without the buttons.
 */
export function MonthsPage() {
  return (
    <Authenticated>
      <PermittedMonths />
    </Authenticated>
  );
}
