import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import TuneIcon from '@mui/icons-material/Tune';
import { Box, Chip, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import {
  Button,
  DataTable,
  List,
  NumberInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  TopToolbar,
  required,
  useCanAccess,
  useCreatePath,
  useNotify,
  useRefresh,
  useTranslate,
  type Validator,
} from 'react-admin';
import { DepartmentInput } from '../../components/DepartmentInput';
import { EmptyValue } from '../../components/EmptyValue';
import { FormDialog } from '../../components/FormDialog';
import { LocalDateInput } from '../../components/LocalDateInput';
import { PersonInput } from '../../components/PersonInput';
import type { AttendanceLeaveEntryFieldsFragment, LeaveEntryKind } from '../../gql/graphql';
import { MAX_PAGE } from '../../providers/dataProvider';
import { useDates } from '../../providers/dates';
import { useAttendanceLeaveBalanceOperations } from './dataProvider';
import { accountLabels, balanceChange, entryKindLabels, formatDays, signedDays, type LeaveBalanceRow } from './leave';
import { dayOf } from './roster';
import { useLeaveTypeName } from './useLeaveTypeName';

type Entry = AttendanceLeaveEntryFieldsFragment;

/** Picks a leave type by its name (only those that need a balance, for an adjustment). */
function LeaveTypeInput({ source, label, needsBalance, validate }: { source: string; label: string; needsBalance?: boolean; validate?: Validator[]; alwaysOn?: boolean }) {
  return (
    <ReferenceInput source={source} reference="attendanceLeaveTypes" perPage={MAX_PAGE} filter={needsBalance ? { needsBalance } : undefined}>
      <SelectInput label={label} validate={validate} />
    </ReferenceInput>
  );
}

/** The person filter, always shown. */
const PersonFilter = ({ source, label }: { source: string; label: string; alwaysOn?: boolean }) => <PersonInput source={source} label={label} />;
/** The department filter, always shown. */
const DepartmentFilter = ({ source }: { source: string; alwaysOn?: boolean }) => <DepartmentInput source={source} label="resources.attendanceLeaveBalances.fields.departmentId" />;

const balanceFilters = [
  <LocalDateInput key="asOf" source="asOf" label="resources.attendanceLeaveBalances.fields.asOf" alwaysOn />,
  <PersonFilter key="personId" source="personId" label="resources.attendanceLeaveBalances.fields.personId" alwaysOn />,
  <DepartmentFilter key="departmentId" source="departmentId" alwaysOn />,
];

/** What an adjustment starts from: a balance's person and type when opened from its row, today, and nothing else. */
interface AdjustStart {
  personId?: string;
  leaveTypeId?: string;
}

/**
 * 調整: adds days to a balance or takes them away (negative), from a day, with a reason (`adjustAttendanceLeave`). The
 * API's problems (zero days, more than two decimals, a type without a balance, no reason) are shown under their inputs.
 */
function AdjustDialog({ start, onClose }: { start: AdjustStart | null; onClose: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const nameOf = useLeaveTypeName();
  const operations = useAttendanceLeaveBalanceOperations();
  return (
    <FormDialog
      open={start !== null}
      onClose={onClose}
      title="harbour.attendance.leave.adjust_title"
      submitLabel="harbour.attendance.leave.adjust"
      defaultValues={{ personId: start?.personId ?? null, leaveTypeId: start?.leaveTypeId ?? null, days: null, effectiveOn: dayOf(new Date()), note: '' }}
      onSubmit={async (values) => {
        const entry = await operations.adjustAttendanceLeave(values);
        notify('harbour.attendance.leave.adjusted', {
          type: 'success',
          messageArgs: { person: entry.person?.displayName ?? '', type: entry.leaveType ? nameOf(entry.leaveType) : '', days: signedDays(balanceChange(entry)) },
        });
        refresh();
      }}
    >
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('harbour.attendance.leave.adjust_help')}
      </Typography>
      <PersonInput source="personId" label="resources.attendanceLeaveBalances.fields.person" validate={[required()]} />
      <LeaveTypeInput source="leaveTypeId" label="resources.attendanceLeaveBalances.fields.leaveType" needsBalance validate={[required()]} />
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <NumberInput source="days" label="harbour.attendance.leave.days" helperText="harbour.attendance.leave.days_help" step={0.5} validate={[required()]} />
        <LocalDateInput source="effectiveOn" label="harbour.attendance.leave.effective_on" validate={[required()]} />
      </Box>
      <TextInput source="note" label="harbour.attendance.leave.note" helperText="harbour.attendance.leave.note_help" isRequired multiline minRows={2} fullWidth />
    </FormDialog>
  );
}

/** Whether the signed-in person may adjust balances (`create AttendanceLeaveEntry`). */
const useCanAdjust = () => useCanAccess({ resource: 'attendanceLeaveBalances', action: 'adjust' }).canAccess ?? false;

/** The link to a person's ledger: the ledger list filtered to them (and to one leave type, from a balance). */
function LedgerButton({ personId, leaveTypeId }: { personId: string; leaveTypeId?: string }) {
  const createPath = useCreatePath();
  const filter = JSON.stringify(leaveTypeId ? { personId, leaveTypeId } : { personId });
  return (
    <Button
      component={Link}
      to={`${createPath({ resource: 'attendanceLeaveEntries', type: 'list' })}?${new URLSearchParams({ filter }).toString()}`}
      label="harbour.attendance.leave.ledger"
      startIcon={<ReceiptLongIcon />}
      onClick={(event) => event.stopPropagation()}
    />
  );
}

/** Days, or "—" for none. */
const daysOrNone = (days: number) => (days !== 0 ? formatDays(days) : <EmptyValue />);

/**
 * 假期結餘: each person's balance of each leave type as of a day (today at first), by name then type — available,
 * earned, used, and pending requests — filtered by person and (primary) department. Each row opens the person's
 * ledger of that type; those who may adjust balances adjust one from its row or anyone's from the toolbar.
 */
export function LeaveBalanceList() {
  const translate = useTranslate();
  const nameOf = useLeaveTypeName();
  const canAdjust = useCanAdjust();
  const [adjusting, setAdjusting] = useState<AdjustStart | null>(null);
  const defaults = useMemo(() => ({ asOf: dayOf(new Date()) }), []);
  return (
    <>
      <List
        filters={balanceFilters}
        filterDefaultValues={defaults}
        actions={<TopToolbar>{canAdjust && <Button label="harbour.attendance.leave.adjust" startIcon={<TuneIcon />} onClick={() => setAdjusting({})} data-testid="adjust-leave" />}</TopToolbar>}
        exporter={false}
        perPage={25}
      >
        <DataTable bulkActionButtons={false}>
          <DataTable.Col source="person" disableSort render={(record: LeaveBalanceRow) => record.person?.displayName ?? translate('harbour.attendance.punches.hidden_person')} />
          <DataTable.Col source="leaveType" disableSort render={(record: LeaveBalanceRow) => (record.leaveType ? nameOf(record.leaveType) : translate('harbour.attendance.leave.hidden_type'))} />
          <DataTable.Col
            source="available"
            disableSort
            align="right"
            render={(record: LeaveBalanceRow) => (
              <Typography component="span" variant="body2" sx={{ fontWeight: 600 }} color={record.available < 0 ? 'error' : undefined} data-testid="balance-available">
                {formatDays(record.available)}
              </Typography>
            )}
          />
          <DataTable.Col source="earned" disableSort align="right" render={(record: LeaveBalanceRow) => daysOrNone(record.earned)} />
          <DataTable.Col source="used" disableSort align="right" render={(record: LeaveBalanceRow) => daysOrNone(record.used)} />
          <DataTable.Col source="pending" disableSort align="right" render={(record: LeaveBalanceRow) => daysOrNone(record.pending)} />
          <DataTable.Col
            source="actions"
            label="harbour.common.actions"
            disableSort
            align="right"
            render={(record: LeaveBalanceRow) =>
              record.person && (
                <Box sx={{ display: 'flex', justifyContent: 'flex-end', gap: 1, whiteSpace: 'nowrap' }}>
                  <LedgerButton personId={record.person.id} leaveTypeId={record.leaveType?.id} />
                  {canAdjust && record.leaveType && (
                    <Button label="harbour.attendance.leave.adjust" startIcon={<TuneIcon />} onClick={() => setAdjusting({ personId: record.person!.id, leaveTypeId: record.leaveType!.id })} />
                  )}
                </Box>
              )
            }
          />
        </DataTable>
      </List>
      {canAdjust && <AdjustDialog start={adjusting} onClose={() => setAdjusting(null)} />}
    </>
  );
}

const entryFilters = [
  <PersonFilter key="personId" source="personId" label="resources.attendanceLeaveEntries.fields.personId" alwaysOn />,
  <LeaveTypeInput key="leaveTypeId" source="leaveTypeId" label="resources.attendanceLeaveEntries.fields.leaveTypeId" alwaysOn />,
];

const KIND_COLOURS: Record<LeaveEntryKind, 'success' | 'info' | 'warning' | 'secondary' | 'default'> = {
  GRANT: 'success',
  ACCRUAL: 'success',
  CARRY_FORWARD: 'success',
  USAGE: 'info',
  EXPIRY: 'warning',
  ADJUSTMENT: 'secondary',
  REVERSAL: 'default',
};

/**
 * 假期記錄: the leave ledger — each movement of days between accounts (earned, available, used, expired), newest first:
 * its day, whose, which type, why (accrual, leave taken, HR's adjustment …), from and to which account, and what it did to
 * the balance that can be taken. Opened from a balance for one person; read-only, as corrections are new entries.
 */
export function LeaveEntryList() {
  const translate = useTranslate();
  const nameOf = useLeaveTypeName();
  const { formatDate } = useDates();
  return (
    <List filters={entryFilters} exporter={false} perPage={25}>
      <DataTable bulkActionButtons={false}>
        <DataTable.Col source="effectiveOn" disableSort render={(record: Entry) => formatDate(record.effectiveOn)} />
        <DataTable.Col source="person" disableSort render={(record: Entry) => record.person?.displayName ?? translate('harbour.attendance.punches.hidden_person')} />
        <DataTable.Col source="leaveType" disableSort render={(record: Entry) => (record.leaveType ? nameOf(record.leaveType) : translate('harbour.attendance.leave.hidden_type'))} />
        <DataTable.Col
          source="kind"
          disableSort
          render={(record: Entry) => <Chip size="small" variant="outlined" color={KIND_COLOURS[record.kind]} label={translate(entryKindLabels[record.kind])} data-testid="entry-kind" />}
        />
        <DataTable.Col
          source="accounts"
          disableSort
          render={(record: Entry) => translate('harbour.attendance.leave.from_to', { from: translate(accountLabels[record.fromAccount]), to: translate(accountLabels[record.toAccount]) })}
        />
        <DataTable.Col source="days" disableSort align="right" render={(record: Entry) => formatDays(record.days)} />
        <DataTable.Col source="change" disableSort align="right" render={(record: Entry) => signedDays(balanceChange(record))} />
        <DataTable.Col source="note" disableSort render={(record: Entry) => record.note || <EmptyValue />} />
      </DataTable>
    </List>
  );
}
