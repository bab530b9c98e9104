import {
  AutocompleteArrayInput,
  BooleanInput,
  CheckboxGroupInput,
  Create,
  CreateButton,
  DataTable,
  Edit,
  List,
  NumberInput,
  ReferenceArrayInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  TopToolbar,
  required,
  useTranslate,
} from 'react-admin';
import { EmptyValue } from '../../components/EmptyValue';
import { FormSection } from '../../components/FormSection';
import { PeopleInput } from '../../components/PersonInput';
import { useSavedNotice } from '../../hooks/useSavedNotice';
import type { MakeUpPunchType } from '../../gql/graphql';
import { EditToolbar, useRowClick } from './FormParts';
import { choicesOf, punchTypeLabels } from './leave';

const makeUpTypeChoices = choicesOf(punchTypeLabels);
const overtimeModeChoices = (['NONE', 'APPROVAL', 'APPROVAL_AND_PUNCHES', 'PUNCHES'] as const).map((mode) => ({ id: mode, name: `harbour.attendance.groups.overtime_modes.${mode}` }));

function ListActions() {
  return (
    <TopToolbar>
      <CreateButton />
    </TopToolbar>
  );
}

/** The group's make-up punch policy in a few words: how many a month, within how many working days, which punches; or none. */
function MakeUpCell({ record }: { record: Record<string, any> }) {
  const translate = useTranslate();
  const types = (record.makeUpTypes ?? []) as MakeUpPunchType[];
  if (record.makeUpPerMonth === 0 || types.length === 0) return <>{translate('harbour.attendance.groups.make_up_none')}</>;
  return (
    <>
      {translate('harbour.attendance.groups.make_up_cell', {
        count: record.makeUpPerMonth,
        smart_count: record.makeUpDeadlineDays,
        types: types.map((type) => translate(punchTypeLabels[type])).join(translate('harbour.attendance.groups.make_up_separator')),
      })}
    </>
  );
}

/** Attendance groups by name: their shift (or the roster), how many departments, people and places they have, and their make-up punch policy. */
export function GroupList() {
  const rowClick = useRowClick();
  const translate = useTranslate();
  return (
    <List actions={<ListActions />} exporter={false} perPage={25}>
      <DataTable rowClick={rowClick} bulkActionButtons={false}>
        <DataTable.Col source="name" disableSort />
        <DataTable.Col
          source="shift"
          disableSort
          render={(record) => (record.rostered ? translate('harbour.attendance.groups.by_roster') : record.shift ? `${record.shift.name} (${record.shift.start}–${record.shift.end})` : <EmptyValue />)}
        />
        <DataTable.Col source="departmentCount" disableSort render={(record) => record.departmentIds.length} />
        <DataTable.Col source="personCount" disableSort render={(record) => record.personIds.length} />
        <DataTable.Col source="placeCount" disableSort render={(record) => record.placeIds.length} />
        <DataTable.Col source="makeUp" disableSort render={(record) => <MakeUpCell record={record} />} />
      </DataTable>
    </List>
  );
}

/**
 * The group form, whole: name and time zone; members (departments, people, people left out); places, shift and
 * whether members work a roster instead; the off-site and offline policies; make-up punches (how many a month, within how
 * many working days, which punches); privacy (raw coordinates and their retention) and the monitoring notice.
 */
function GroupInputs() {
  return (
    <>
      <TextInput source="name" validate={required()} fullWidth autoFocus />
      <TextInput source="timeZone" helperText="harbour.attendance.groups.time_zone_help" slotProps={{ htmlInput: { placeholder: 'Asia/Hong_Kong' } }} />
      <FormSection title="harbour.attendance.groups.members" help="harbour.attendance.groups.members_help">
        <ReferenceArrayInput source="departmentIds" reference="departments" perPage={20}>
          <AutocompleteArrayInput fullWidth />
        </ReferenceArrayInput>
        <PeopleInput source="personIds" />
        <PeopleInput source="excludedPersonIds" />
      </FormSection>
      <FormSection title="harbour.attendance.groups.rules">
        <ReferenceArrayInput source="placeIds" reference="attendancePlaces" perPage={100}>
          <AutocompleteArrayInput fullWidth />
        </ReferenceArrayInput>
        <ReferenceInput source="shiftId" reference="attendanceShifts" perPage={100}>
          <SelectInput emptyText="harbour.attendance.groups.no_shift" fullWidth />
        </ReferenceInput>
        <BooleanInput source="rostered" helperText="harbour.attendance.groups.rostered_help" />
      </FormSection>
      <FormSection title="harbour.attendance.groups.policies">
        <BooleanInput source="offsiteAllowed" />
        <BooleanInput source="offsiteRequiresRemark" />
        <BooleanInput source="offsiteRequiresPhoto" />
        <BooleanInput source="offsiteNeedsApproval" helperText="harbour.attendance.groups.offsite_needs_approval_help" />
        <NumberInput source="offlineWindowMinutes" step={60} />
        <NumberInput source="maxPunchesPerDay" step={1} />
      </FormSection>
      <FormSection title="harbour.attendance.groups.make_up" help="harbour.attendance.groups.make_up_help">
        <NumberInput source="makeUpPerMonth" step={1} helperText="harbour.attendance.groups.make_up_per_month_help" />
        <NumberInput source="makeUpDeadlineDays" step={1} helperText="harbour.attendance.groups.make_up_deadline_help" />
        <CheckboxGroupInput source="makeUpTypes" choices={makeUpTypeChoices} helperText="harbour.attendance.groups.make_up_types_help" />
      </FormSection>
      <FormSection title="harbour.attendance.groups.overtime" help="harbour.attendance.groups.overtime_help">
        <SelectInput source="overtimeMode" choices={overtimeModeChoices} />
        <NumberInput source="overtimeMinimumMinutes" step={15} helperText="harbour.attendance.groups.overtime_minimum_help" />
      </FormSection>
      <FormSection title="harbour.attendance.groups.privacy" help="harbour.attendance.groups.privacy_help">
        <BooleanInput source="keepCoordinates" />
        <NumberInput source="coordinatesRetentionDays" step={1} />
      </FormSection>
      <TextInput source="monitoringNotice" helperText="harbour.attendance.groups.notice_help" multiline minRows={4} fullWidth />
    </>
  );
}

const NEW_GROUP = {
  departmentIds: [],
  personIds: [],
  excludedPersonIds: [],
  placeIds: [],
  shiftId: null,
  rostered: false,
  offsiteAllowed: false,
  offsiteRequiresRemark: true,
  offsiteRequiresPhoto: false,
  offsiteNeedsApproval: false,
  keepCoordinates: false,
  coordinatesRetentionDays: 30,
  offlineWindowMinutes: 1440,
  maxPunchesPerDay: 10,
  makeUpPerMonth: 3,
  makeUpDeadlineDays: 3,
  makeUpTypes: ['IN', 'OUT'],
  overtimeMode: 'NONE',
  overtimeMinimumMinutes: 30,
};

/** Adds an attendance group → `createAttendanceGroup`. */
export function GroupCreate() {
  const saved = useSavedNotice('created', { redirect: 'list' });
  return (
    <Create mutationOptions={saved}>
      <SimpleForm defaultValues={NEW_GROUP} sx={{ maxWidth: 960 }}>
        <GroupInputs />
      </SimpleForm>
    </Create>
  );
}

/** Changes a group, sent whole with the version shown (`updateAttendanceGroup`); delete. */
export function GroupEdit() {
  const saved = useSavedNotice('updated', { redirect: 'list' });
  return (
    <Edit mutationMode="pessimistic" mutationOptions={saved} redirect={false}>
      <SimpleForm toolbar={<EditToolbar deleteTitle="harbour.attendance.groups.delete_title" deleteContent="harbour.attendance.groups.delete_content" />} sx={{ maxWidth: 960 }}>
        <GroupInputs />
      </SimpleForm>
    </Edit>
  );
}
