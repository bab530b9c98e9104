import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Box, Chip, Typography } from '@mui/material';
import { BooleanInput, Button, CreateButton, DataTable, FilterButton, List, ReferenceInput, SearchInput, SelectInput, TopToolbar, useTranslate, type RaRecord } from 'react-admin';
import { Link } from 'react-router-dom';
import { DepartmentInput } from '../../components/DepartmentInput';
import { EmptyValue } from '../../components/EmptyValue';
import { ProtectedTextField } from '../../components/ProtectedTextField';
import { useImportKinds } from '../../hooks/useImportKinds';

/** ACTIVE / ARCHIVED choices, labelled in the console's language. */
export const statusChoices = [
  { id: 'ACTIVE', name: 'harbour.people.status.ACTIVE' },
  { id: 'ARCHIVED', name: 'harbour.people.status.ARCHIVED' },
];

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <DepartmentInput key="departmentId" source="departmentId" />,
  <BooleanInput key="includeSubtree" source="includeSubtree" defaultValue={true} />,
  <SelectInput key="status" source="status" choices={statusChoices} />,
  <ReferenceInput key="rankId" source="rankId" reference="jobRanks" perPage={100}>
    <SelectInput />
  </ReferenceInput>,
];

function ListActions() {
  const canImport = useImportKinds().kinds.length > 0;
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton />
      {canImport && <Button component={Link} to="/import" label="harbour.people.import_csv" startIcon={<UploadFileIcon />} />}
    </TopToolbar>
  );
}

const orEmpty = (value: string | null | undefined) => value || <EmptyValue />;

function NameCell({ record }: { record: Record<string, any> }) {
  const translate = useTranslate();
  return (
    <Box>
      <Typography variant="body2" sx={{ fontWeight: 500 }}>
        {record.displayName}
        {record.status === 'ARCHIVED' && <Chip size="small" label={translate('harbour.people.status.ARCHIVED')} sx={{ ml: 1 }} />}
      </Typography>
      {record.englishName && (
        <Typography variant="caption" color="text.secondary">
          {record.englishName}
        </Typography>
      )}
    </Box>
  );
}

function primaryDepartment(record: Record<string, any>) {
  const primary = record.memberships?.find((m: RaRecord) => m.isPrimary) ?? record.memberships?.[0];
  if (!primary) return <EmptyValue />;
  const others = record.memberships.length - 1;
  return others > 0 ? `${primary.department?.name ?? '—'} +${others}` : (primary.department?.name ?? '—');
}

/** People the signed-in person may see, searchable and filtered by department (with sub-departments), status and rank. */
export function PersonList() {
  return (
    <List filters={filters} actions={<ListActions />} exporter={false} perPage={25} sort={{ field: 'displayName', order: 'ASC' }}>
      <DataTable rowClick={(_id, _resource, record) => (record.viewerCan?.update ? 'edit' : 'show')} bulkActionButtons={false}>
        <DataTable.Col source="displayName" disableSort render={(record) => <NameCell record={record} />} />
        <DataTable.Col source="employeeNo" disableSort render={(record) => orEmpty(record.employeeNo)} />
        <DataTable.Col source="jobTitle" disableSort render={(record) => orEmpty(record.jobTitle)} />
        <DataTable.Col source="memberships" label="resources.people.fields.primaryDepartment" disableSort render={primaryDepartment} />
        <DataTable.Col source="rankId" disableSort render={(record) => (record.rank ? `${record.rank.code} · ${record.rank.name}` : <EmptyValue />)} />
        <DataTable.Col source="workEmail" disableSort render={(record) => orEmpty(record.workEmail)} />
        <DataTable.Col source="mobilePhone" disableSort field={ProtectedTextField} />
      </DataTable>
    </List>
  );
}
