import { Chip } from '@mui/material';
import { BooleanInput, DataTable, Edit, List, SaveButton, SelectInput, SimpleForm, TextInput, Toolbar, required, useTranslate } from 'react-admin';
import { FormSection } from '../../components/FormSection';
import { useSavedNotice } from '../../hooks/useSavedNotice';
import { useRowClick } from './FormParts';
import { choicesOf, policyLabels, type LeaveType } from './leave';
import { useLeaveTypeName } from './useLeaveTypeName';

const policyChoices = choicesOf(policyLabels);

/** Yes or no, in words. */
function YesNo({ value }: { value: boolean }) {
  const translate = useTranslate();
  return <>{translate(value ? 'ra.boolean.true' : 'ra.boolean.false')}</>;
}

/**
 * The organisation's leave types by key: name in the console's language, paid, whether it draws on a balance, how that
 * balance grows (the Employment Ordinance's accrual or none) and whether it can be requested. Those who may change leave
 * types open one from its row; everyone else reads the list.
 */
export function LeaveTypeList() {
  const translate = useTranslate();
  const rowClick = useRowClick();
  const nameOf = useLeaveTypeName();
  return (
    <List exporter={false} perPage={25}>
      <DataTable rowClick={rowClick} bulkActionButtons={false}>
        <DataTable.Col source="name" disableSort render={(record: LeaveType) => nameOf(record)} />
        <DataTable.Col source="key" disableSort />
        <DataTable.Col source="paid" disableSort render={(record: LeaveType) => <YesNo value={record.paid} />} />
        <DataTable.Col source="needsBalance" disableSort render={(record: LeaveType) => <YesNo value={record.needsBalance} />} />
        <DataTable.Col
          source="policy"
          disableSort
          render={(record: LeaveType) => <Chip size="small" variant="outlined" color={record.policy === 'NONE' ? 'default' : 'primary'} label={translate(policyLabels[record.policy])} />}
        />
        <DataTable.Col source="active" disableSort render={(record: LeaveType) => <YesNo value={record.active} />} />
      </DataTable>
    </List>
  );
}

function LeaveTypeToolbar() {
  return (
    <Toolbar>
      <SaveButton />
    </Toolbar>
  );
}

/**
 * Changes a leave type, sent whole with the version shown (`updateAttendanceLeaveType`): its names in the three
 * languages, pay, balance, accrual and whether it can be requested; its key stays. The API's problems (an Employment
 * Ordinance accrual without a balance) are shown under their inputs.
 */
export function LeaveTypeEdit() {
  const saved = useSavedNotice('updated', { redirect: 'list' });
  return (
    <Edit mutationMode="pessimistic" mutationOptions={saved} redirect={false}>
      <SimpleForm toolbar={<LeaveTypeToolbar />} sx={{ maxWidth: 960 }}>
        <TextInput source="key" disabled helperText="harbour.attendance.leave.key_help" />
        <FormSection title="harbour.attendance.leave.names">
          <TextInput source="nameZhHk" validate={required()} />
          <TextInput source="nameEn" validate={required()} />
          <TextInput source="nameZhCn" validate={required()} />
        </FormSection>
        <FormSection title="harbour.attendance.leave.rules">
          <BooleanInput source="paid" helperText="harbour.attendance.leave.paid_help" />
          <BooleanInput source="active" helperText="harbour.attendance.leave.active_help" />
          <BooleanInput source="needsBalance" helperText="harbour.attendance.leave.needs_balance_help" />
          <SelectInput source="policy" choices={policyChoices} validate={required()} helperText="harbour.attendance.leave.policy_help" />
        </FormSection>
      </SimpleForm>
    </Edit>
  );
}
