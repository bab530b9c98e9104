import { Divider } from '@mui/material';
import { FunctionField, Labeled, Show, SimpleShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import { EmptyValue } from '../../components/EmptyValue';
import { LocalDateField } from '../../components/LocalDateInput';
import { ProtectedTextField } from '../../components/ProtectedTextField';
import { MembershipsPanel } from './MembershipsPanel';
import { RoleAssignmentsPanel } from './RoleAssignmentsPanel';

function PersonTitle() {
  const record = useRecordContext();
  return <>{record?.displayName ?? ''}</>;
}

/** A person for those who may see but not change them: details, departments and roles. */
export function PersonShow() {
  const translate = useTranslate();
  const empty = <EmptyValue />;
  return (
    <Show title={<PersonTitle />}>
      <SimpleShowLayout sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr 1fr' }, gap: 1 }}>
        <TextField source="displayName" />
        <TextField source="englishName" emptyText="—" />
        <TextField source="workEmail" emptyText="—" />
        <TextField source="employeeNo" emptyText="—" />
        <TextField source="jobTitle" emptyText="—" />
        <FunctionField source="rankId" render={(record) => (record.rank ? `${record.rank.code} · ${record.rank.name}` : empty)} />
        <Labeled source="employmentStartDate">
          <LocalDateField source="employmentStartDate" />
        </Labeled>
        <FunctionField source="status" render={(record) => translate(`harbour.people.status.${record.status}`)} />
        <Labeled source="mobilePhone">
          <ProtectedTextField source="mobilePhone" />
        </Labeled>
        <Labeled source="personalEmail">
          <ProtectedTextField source="personalEmail" />
        </Labeled>
        <Labeled source="homeAddress">
          <ProtectedTextField source="homeAddress" />
        </Labeled>
      </SimpleShowLayout>
      <Divider />
      <MembershipsPanel />
      <Divider />
      <RoleAssignmentsPanel />
    </Show>
  );
}
