import { CreateButton, DataTable, List, SearchInput, SelectInput, TextInput, TopToolbar } from 'react-admin';
import { EmptyValue } from '../../components/EmptyValue';
import type { ApprovalTemplateStatus } from '../../gql/graphql';
import { TemplateStatusChip, templateStatusLabels } from './StatusChips';

const statusChoices = Object.entries(templateStatusLabels).map(([id, name]) => ({ id, name }));

const filters = [<SearchInput key="q" source="q" alwaysOn />, <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />, <TextInput key="category" source="category" />];

function ListActions() {
  return (
    <TopToolbar>
      <CreateButton />
    </TopToolbar>
  );
}

/** Approval templates by category: name, category, status and the version requests are made on. */
export function TemplateList() {
  return (
    <List filters={filters} actions={<ListActions />} exporter={false} perPage={25}>
      <DataTable rowClick="edit" bulkActionButtons={false}>
        <DataTable.Col source="name" disableSort />
        <DataTable.Col source="category" disableSort render={(record) => record.category || <EmptyValue />} />
        <DataTable.Col source="status" disableSort render={(record) => <TemplateStatusChip status={record.status as ApprovalTemplateStatus} />} />
        <DataTable.Col source="publishedVersion" disableSort render={(record) => (record.publishedVersion != null ? `v${record.publishedVersion}` : <EmptyValue />)} />
      </DataTable>
    </List>
  );
}
