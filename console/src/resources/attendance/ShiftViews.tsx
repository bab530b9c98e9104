import { Alert, Chip } from '@mui/material';
import {
  ArrayInput,
  Create,
  CreateButton,
  DataTable,
  Edit,
  FormDataConsumer,
  List,
  NumberInput,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  TopToolbar,
  required,
  useTranslate,
} from 'react-admin';
import { FormSection } from '../../components/FormSection';
import { useSavedNotice } from '../../hooks/useSavedNotice';
import { EditToolbar, useRowClick } from './FormParts';

const KINDS = ['FIXED', 'FLEXIBLE'] as const;
const kindChoices = KINDS.map((kind) => ({ id: kind, name: `harbour.attendance.shifts.kinds.${kind}` }));

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Whether a shift from `start` to `end` (HH:MM) ends the next day: its end is at or before its start. */
export const isOvernight = (start: unknown, end: unknown) => typeof start === 'string' && typeof end === 'string' && TIME.test(start) && TIME.test(end) && end <= start;

function ListActions() {
  return (
    <TopToolbar>
      <CreateButton />
    </TopToolbar>
  );
}

/** start–end, marked when the shift ends the next day. */
function HoursCell({ record }: { record: Record<string, any> }) {
  const translate = useTranslate();
  return (
    <>
      {record.start}–{record.end}
      {isOvernight(record.start, record.end) && ` ${translate('harbour.attendance.shifts.next_day')}`}
    </>
  );
}

/** Shifts by name: kind, hours (overnight marked) and tolerances. */
export function ShiftList() {
  const translate = useTranslate();
  const rowClick = useRowClick();
  return (
    <List actions={<ListActions />} exporter={false} perPage={25}>
      <DataTable rowClick={rowClick} bulkActionButtons={false}>
        <DataTable.Col source="name" disableSort />
        <DataTable.Col
          source="kind"
          disableSort
          render={(record) => <Chip size="small" variant="outlined" color={record.kind === 'FLEXIBLE' ? 'secondary' : 'default'} label={translate(`harbour.attendance.shifts.kinds.${record.kind}`)} />}
        />
        <DataTable.Col source="hours" disableSort render={(record) => <HoursCell record={record} />} />
        <DataTable.Col
          source="tolerances"
          disableSort
          render={(record) => translate('harbour.attendance.shifts.tolerance_cell', { late: record.lateToleranceMinutes, early: record.earlyLeaveToleranceMinutes })}
        />
      </DataTable>
    </List>
  );
}

/** Says so when the times typed make an overnight shift. */
function OvernightNotice({ start, end }: { start: unknown; end: unknown }) {
  const translate = useTranslate();
  if (!isOvernight(start, end)) return null;
  return (
    <Alert severity="info" sx={{ gridColumn: { md: '1 / span 2' }, mb: 2 }} data-testid="overnight">
      {translate('harbour.attendance.shifts.overnight')}
    </Alert>
  );
}

/** Core hours and required minutes, for a flexible shift only. */
function FlexibleInputs() {
  return (
    <FormSection title="harbour.attendance.shifts.flexible" help="harbour.attendance.shifts.flexible_help">
      <TextInput source="coreStart" validate={required()} helperText="harbour.attendance.shifts.time_help" slotProps={{ htmlInput: { placeholder: 'HH:MM' } }} />
      <TextInput source="coreEnd" validate={required()} helperText="harbour.attendance.shifts.time_help" slotProps={{ htmlInput: { placeholder: 'HH:MM' } }} />
      <NumberInput source="requiredMinutes" validate={required()} step={30} />
    </FormSection>
  );
}

/** The shift form, whole: name, kind, hours (with what an end before the start means), flexible hours, tolerances, breaks. */
function ShiftInputs() {
  return (
    <>
      <TextInput source="name" validate={required()} fullWidth autoFocus />
      <SelectInput source="kind" choices={kindChoices} validate={required()} />
      <FormSection title="harbour.attendance.shifts.hours">
        <TextInput source="start" validate={required()} helperText="harbour.attendance.shifts.time_help" slotProps={{ htmlInput: { placeholder: 'HH:MM' } }} />
        <TextInput source="end" validate={required()} helperText="harbour.attendance.shifts.end_help" slotProps={{ htmlInput: { placeholder: 'HH:MM' } }} />
        <FormDataConsumer>{({ formData }) => <OvernightNotice start={formData.start} end={formData.end} />}</FormDataConsumer>
      </FormSection>
      <FormDataConsumer>{({ formData }) => (formData.kind === 'FLEXIBLE' ? <FlexibleInputs /> : null)}</FormDataConsumer>
      <FormSection title="harbour.attendance.shifts.tolerances">
        <NumberInput source="lateToleranceMinutes" step={5} />
        <NumberInput source="earlyLeaveToleranceMinutes" step={5} />
        <NumberInput source="punchOpensBeforeMinutes" step={15} />
        <NumberInput source="punchClosesAfterMinutes" step={15} />
      </FormSection>
      <FormSection title="resources.attendanceShifts.fields.breaks" help="harbour.attendance.shifts.breaks_help">
        <ArrayInput source="breaks" label={false} sx={{ gridColumn: { md: '1 / span 2' } }}>
          <SimpleFormIterator inline disableReordering disableClear>
            <TextInput source="start" label="resources.attendanceShifts.fields.start" validate={required()} slotProps={{ htmlInput: { placeholder: 'HH:MM' } }} />
            <TextInput source="end" label="resources.attendanceShifts.fields.end" validate={required()} slotProps={{ htmlInput: { placeholder: 'HH:MM' } }} />
          </SimpleFormIterator>
        </ArrayInput>
      </FormSection>
    </>
  );
}

const NEW_SHIFT = { kind: 'FIXED', lateToleranceMinutes: 0, earlyLeaveToleranceMinutes: 0, punchOpensBeforeMinutes: 120, punchClosesAfterMinutes: 360, breaks: [] };

/** Adds a shift → `createAttendanceShift`. */
export function ShiftCreate() {
  const saved = useSavedNotice('created', { redirect: 'list' });
  return (
    <Create mutationOptions={saved}>
      <SimpleForm defaultValues={NEW_SHIFT} sx={{ maxWidth: 960 }}>
        <ShiftInputs />
      </SimpleForm>
    </Create>
  );
}

/** Changes a shift, sent whole with the version shown (`updateAttendanceShift`); delete unless a group keeps it. */
export function ShiftEdit() {
  const saved = useSavedNotice('updated', { redirect: 'list' });
  return (
    <Edit mutationMode="pessimistic" mutationOptions={saved} redirect={false}>
      <SimpleForm toolbar={<EditToolbar deleteTitle="harbour.attendance.shifts.delete_title" />} sx={{ maxWidth: 960 }}>
        <ShiftInputs />
      </SimpleForm>
    </Edit>
  );
}
