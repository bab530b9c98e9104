import { Create, CreateButton, DataTable, Edit, List, NumberInput, SimpleForm, TextInput, TopToolbar, required, useTranslate } from 'react-admin';
import { EmptyValue } from '../../components/EmptyValue';
import { FormSection } from '../../components/FormSection';
import { useSavedNotice } from '../../hooks/useSavedNotice';
import { EditToolbar, TextListInput, useRowClick } from './FormParts';

function ListActions() {
  return (
    <TopToolbar>
      <CreateButton />
    </TopToolbar>
  );
}

/** Places staff punch at, by name: address, geofence radius, and how many Wi-Fi access points and IP ranges also prove presence. */
export function PlaceList() {
  const translate = useTranslate();
  const rowClick = useRowClick();
  return (
    <List actions={<ListActions />} exporter={false} perPage={25}>
      <DataTable rowClick={rowClick} bulkActionButtons={false}>
        <DataTable.Col source="name" disableSort />
        <DataTable.Col source="address" disableSort render={(record) => record.address || <EmptyValue />} />
        <DataTable.Col source="radiusMeters" disableSort render={(record) => translate('harbour.attendance.metres', { metres: record.radiusMeters })} />
        <DataTable.Col source="wifiCount" disableSort render={(record) => record.wifiBssids.length} />
        <DataTable.Col source="ipCount" disableSort render={(record) => record.ipRanges.length} />
      </DataTable>
    </List>
  );
}

/** The place form, whole: name, address, geofence (centre and radius), Wi-Fi BSSIDs and IP ranges. */
function PlaceInputs() {
  return (
    <>
      <TextInput source="name" validate={required()} fullWidth autoFocus />
      <TextInput source="address" fullWidth />
      <FormSection title="harbour.attendance.places.location" help="harbour.attendance.places.location_help">
        <NumberInput source="latitude" validate={required()} step={0.000001} />
        <NumberInput source="longitude" validate={required()} step={0.000001} />
        <NumberInput source="radiusMeters" validate={required()} step={50} helperText="harbour.attendance.places.radius_help" />
      </FormSection>
      <FormSection title="harbour.attendance.places.evidence" help="harbour.attendance.places.evidence_help">
        <TextListInput source="wifiBssids" itemLabel="resources.attendancePlaces.fields.wifiBssid" helperText="harbour.attendance.places.wifi_help" />
        <TextListInput source="ipRanges" itemLabel="resources.attendancePlaces.fields.ipRange" helperText="harbour.attendance.places.ip_help" />
      </FormSection>
    </>
  );
}

/** Adds a place → `createAttendancePlace`; the API's problems are shown under their inputs. */
export function PlaceCreate() {
  const saved = useSavedNotice('created', { redirect: 'list' });
  return (
    <Create mutationOptions={saved}>
      <SimpleForm defaultValues={{ radiusMeters: 200, wifiBssids: [], ipRanges: [] }} sx={{ maxWidth: 960 }}>
        <PlaceInputs />
      </SimpleForm>
    </Create>
  );
}

/** Changes a place, sent whole with the version shown (`updateAttendancePlace`); delete unless a group uses it. */
export function PlaceEdit() {
  const saved = useSavedNotice('updated', { redirect: 'list' });
  return (
    <Edit mutationMode="pessimistic" mutationOptions={saved} redirect={false}>
      <SimpleForm toolbar={<EditToolbar deleteTitle="harbour.attendance.places.delete_title" />} sx={{ maxWidth: 960 }}>
        <PlaceInputs />
      </SimpleForm>
    </Edit>
  );
}
