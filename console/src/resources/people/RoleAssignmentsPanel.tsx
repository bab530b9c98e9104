import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlineOutlined';
import { Box, Button, IconButton, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import { Confirm, ReferenceInput, required, SelectInput, useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate, type RaRecord } from 'react-admin';
import { useDates } from '../../providers/dates';
import { DepartmentInput } from '../../components/DepartmentInput';
import { FormDialog } from '../../components/FormDialog';
import { errorSentence } from '../../providers/graphqlClient';

/**
 * A person's roles: assign one (optionally limited to a department subtree) or take it back — the roleAssignments
 * resource, whose create and delete are `assignRole` and `unassignRole`.
 */
export function RoleAssignmentsPanel() {
  const record = useRecordContext();
  const translate = useTranslate();
  const { formatDate } = useDates();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider();
  const [assigning, setAssigning] = useState(false);
  const [removing, setRemoving] = useState<RaRecord | null>(null);
  const [busy, setBusy] = useState(false);
  const canRead = useCanAccess({ resource: 'roles', action: 'list' }).canAccess;
  const canAssign = useCanAccess({ resource: 'roles', action: 'assign' }).canAccess;
  if (!record || !canRead) return null;
  const assignments: RaRecord[] = record.roleAssignments ?? [];

  const unassign = async () => {
    if (!removing) return;
    setBusy(true);
    try {
      await dataProvider.delete('roleAssignments', { id: removing.id, previousData: removing });
      notify('harbour.people.role_unassigned', { type: 'success', messageArgs: { name: record.displayName, role: removing.role?.name ?? '—' } });
      refresh();
    } catch (error) {
      notify(errorSentence(error), { type: 'error' });
    } finally {
      setBusy(false);
      setRemoving(null);
    }
  };

  return (
    <Box sx={{ p: 2 }} data-testid="roles-panel">
      <Box sx={{ display: 'flex', alignItems: 'center', mb: 1 }}>
        <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
          {translate('harbour.people.roles_title')}
        </Typography>
        {canAssign && record.status === 'ACTIVE' && (
          <Button startIcon={<AddIcon />} onClick={() => setAssigning(true)}>
            {translate('harbour.people.assign_role')}
          </Button>
        )}
      </Box>
      {assignments.length === 0 ? (
        <Typography color="text.secondary">{translate('harbour.people.no_roles')}</Typography>
      ) : (
        <Table size="small" aria-label={translate('harbour.people.roles_title')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('harbour.people.role')}</TableCell>
              <TableCell>{translate('harbour.people.scope')}</TableCell>
              <TableCell>{translate('harbour.people.assigned_at')}</TableCell>
              {canAssign && <TableCell align="right">{translate('harbour.common.actions')}</TableCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {assignments.map((assignment) => (
              <TableRow key={assignment.id}>
                <TableCell>{assignment.role?.name ?? '—'}</TableCell>
                <TableCell>{assignment.scopeDepartment?.name ?? translate('harbour.people.whole_organisation')}</TableCell>
                <TableCell>{formatDate(assignment.createdAt)}</TableCell>
                {canAssign && (
                  <TableCell align="right">
                    <Tooltip title={translate('harbour.people.unassign_role')}>
                      <IconButton size="small" aria-label={translate('harbour.people.unassign_role')} onClick={() => setRemoving(assignment)}>
                        <DeleteIcon fontSize="small" />
                      </IconButton>
                    </Tooltip>
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <FormDialog
        open={assigning}
        onClose={() => setAssigning(false)}
        title="harbour.people.assign_role"
        submitLabel="harbour.people.assign"
        onSubmit={async (values) => {
          const { data: assignment } = await dataProvider.create('roleAssignments', { data: { personId: record.id, roleId: values.roleId, scopeDepartmentId: values.scopeDepartmentId } });
          notify('harbour.people.role_assigned', { type: 'success', messageArgs: { name: record.displayName, role: assignment.role?.name ?? '—' } });
          refresh();
        }}
      >
        <ReferenceInput source="roleId" reference="roles" perPage={100}>
          <SelectInput label="harbour.people.role" validate={required()} fullWidth />
        </ReferenceInput>
        <DepartmentInput source="scopeDepartmentId" label="harbour.people.scope" helperText="harbour.people.scope_help" />
      </FormDialog>
      <Confirm
        isOpen={removing !== null}
        loading={busy}
        title="harbour.people.unassign_title"
        content="harbour.people.unassign_content"
        titleTranslateOptions={{ role: removing?.role?.name ?? '', name: record.displayName }}
        contentTranslateOptions={{ role: removing?.role?.name ?? '', name: record.displayName }}
        confirm="harbour.people.unassign_role"
        onConfirm={() => void unassign()}
        onClose={() => setRemoving(null)}
      />
    </Box>
  );
}
