import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Box, Chip, Typography, useMediaQuery, type Theme } from '@mui/material';
import { BooleanInput, Button, CreateButton, DataTable, FilterButton, List, ReferenceInput, SearchInput, SelectInput, SimpleList, TopToolbar, useTranslate, type RaRecord } from 'react-admin';
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

/** Each department of the person, the primary one first and marked 主部門, with 部門主管 where they lead it. */
function DepartmentsCell({ record }: { record: Record<string, any> }) {
  const translate = useTranslate();
  const memberships: RaRecord[] = record.memberships ?? [];
  if (memberships.length === 0) return <EmptyValue />;
  const ordered = [...memberships].sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary));
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.5 }}>
      {ordered.map((membership) => (
        <Box key={membership.id} sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 0.5 }} data-testid="person-department">
          <Typography variant="body2" component="span" sx={{ wordBreak: 'keep-all' }}>
            {membership.department?.name ?? '—'}
          </Typography>
          {membership.isPrimary && memberships.length > 1 && <Chip size="small" variant="outlined" label={translate('harbour.people.primary')} />}
          {membership.isLeader && <Chip size="small" color="primary" variant="outlined" label={translate('harbour.people.head_mark')} />}
        </Box>
      ))}
    </Box>
  );
}

/** On a phone each person is a card: name, then title and departments, then staff number. */
function PersonCards() {
  return (
    <SimpleList
      linkType={(record) => (record.viewerCan?.update ? 'edit' : 'show')}
      primaryText={(record) => <NameCell record={record} />}
      secondaryText={(record) => (
        <Box component="span" sx={{ display: 'block' }}>
          {record.jobTitle && (
            <Typography variant="body2" component="span" sx={{ display: 'block' }}>
              {record.jobTitle}
            </Typography>
          )}
          <DepartmentsCell record={record} />
        </Box>
      )}
      tertiaryText={(record) => record.employeeNo ?? ''}
      rowSx={() => ({ borderBottom: 1, borderColor: 'divider' })}
    />
  );
}

/** People the signed-in person may see, searchable and filtered by department (with sub-departments), status and rank. */
export function PersonList() {
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  return (
    <List filters={filters} actions={<ListActions />} exporter={false} perPage={25} sort={{ field: 'displayName', order: 'ASC' }}>
      {phone ? (
        <PersonCards />
      ) : (
        <DataTable rowClick={(_id, _resource, record) => (record.viewerCan?.update ? 'edit' : 'show')} bulkActionButtons={false}>
          <DataTable.Col source="displayName" disableSort render={(record) => <NameCell record={record} />} />
          <DataTable.Col source="employeeNo" disableSort render={(record) => orEmpty(record.employeeNo)} />
          <DataTable.Col source="jobTitle" disableSort render={(record) => orEmpty(record.jobTitle)} />
          <DataTable.Col source="memberships" label="resources.people.fields.primaryDepartment" disableSort render={(record) => <DepartmentsCell record={record} />} />
          <DataTable.Col source="rankId" disableSort render={(record) => (record.rank ? `${record.rank.code} · ${record.rank.name}` : <EmptyValue />)} />
          <DataTable.Col source="workEmail" disableSort render={(record) => orEmpty(record.workEmail)} />
          <DataTable.Col source="mobilePhone" disableSort field={ProtectedTextField} />
        </DataTable>
      )}
    </List>
  );
}
