import { Box, Chip, Typography } from '@mui/material';
import { DataTable, List, SearchInput, useCanAccess, useTranslate } from 'react-admin';
import { ExplainPermissionPanel } from './ExplainPermissionPanel';

function RoleName({ record }: { record: Record<string, any> }) {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
      <Typography variant="body2" sx={{ fontWeight: 500 }}>
        {record.name}
      </Typography>
      <Chip size="small" variant="outlined" color={record.builtIn ? 'default' : 'primary'} label={translate(record.builtIn ? 'harbour.roles.built_in' : 'harbour.roles.custom')} />
    </Box>
  );
}

/** The organisation's roles, and the "explain a permission" panel below them. */
export function RoleList() {
  const translate = useTranslate();
  const canEdit = useCanAccess({ resource: 'roles', action: 'edit' }).canAccess;
  return (
    <>
      <List title={translate('harbour.roles.menu')} filters={[<SearchInput key="q" source="q" alwaysOn />]} exporter={false} perPage={100} pagination={false}>
        <DataTable rowClick={canEdit ? 'edit' : 'show'} bulkActionButtons={false}>
          <DataTable.Col source="name" disableSort render={(record) => <RoleName record={record} />} />
          <DataTable.Col source="description" disableSort />
          <DataTable.Col source="rules" label="harbour.roles.rules" disableSort render={(record) => translate('harbour.roles.rule_count', { smart_count: record.rules.length })} />
          <DataTable.NumberCol source="holderCount" label="harbour.roles.holders_column" disableSort />
        </DataTable>
      </List>
      <ExplainPermissionPanel />
    </>
  );
}
