import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlineOutlined';
import EditIcon from '@mui/icons-material/Edit';
import StarIcon from '@mui/icons-material/StarBorder';
import { Box, Button, Chip, IconButton, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import { BooleanInput, Confirm, required, useNotify, useRecordContext, useRefresh, useTranslate, type RaRecord } from 'react-admin';
import { DepartmentInput } from '../../components/DepartmentInput';
import { EmptyValue } from '../../components/EmptyValue';
import { FormDialog } from '../../components/FormDialog';
import { PersonInput } from '../../components/PersonInput';
import { usePeopleOperations } from './dataProvider';
import { errorSentence } from '../../providers/graphqlClient';

type Action = { kind: 'add' } | { kind: 'manager'; membership: RaRecord } | { kind: 'remove'; membership: RaRecord } | null;

/** A person's departments and managers: add (`addPersonToDepartment`), change manager or primary (`updateMembership`), remove. */
export function MembershipsPanel() {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const operations = usePeopleOperations();
  const [action, setAction] = useState<Action>(null);
  const [busy, setBusy] = useState(false);
  // The API's answer for this person: adding, removing and changing managers need the right to their memberships.
  const canEdit = record?.viewerCan?.changeMemberships === true;
  if (!record) return null;
  const memberships: RaRecord[] = record.memberships ?? [];

  const run = async (operation: () => Promise<unknown>, message: string, membership: RaRecord) => {
    setBusy(true);
    try {
      await operation();
      notify(message, { type: 'success', messageArgs: { name: record.displayName, department: membership.department?.name ?? '—' } });
      refresh();
    } catch (error) {
      notify(errorSentence(error), { type: 'error' });
    } finally {
      setBusy(false);
      setAction(null);
    }
  };

  return (
    <Box sx={{ p: 2 }} data-testid="memberships-panel">
      <Box sx={{ display: 'flex', alignItems: 'center', mb: 1 }}>
        <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
          {translate('harbour.people.memberships_title')}
        </Typography>
        {canEdit && (
          <Button startIcon={<AddIcon />} onClick={() => setAction({ kind: 'add' })}>
            {translate('harbour.people.add_membership')}
          </Button>
        )}
      </Box>
      {memberships.length === 0 ? (
        <Typography color="text.secondary">{translate('harbour.people.no_memberships')}</Typography>
      ) : (
        <Table size="small" aria-label={translate('harbour.people.memberships_title')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.people.fields.departmentId')}</TableCell>
              <TableCell>{translate('resources.people.fields.managerId')}</TableCell>
              <TableCell />
              {canEdit && <TableCell align="right">{translate('harbour.common.actions')}</TableCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {memberships.map((membership) => (
              <TableRow key={membership.id}>
                <TableCell>{membership.department?.name ?? '—'}</TableCell>
                <TableCell>
                  {membership.manager ? (
                    membership.manager.displayName
                  ) : (
                    <Typography variant="body2" color="text.secondary">
                      {translate('harbour.people.manager_default')}
                    </Typography>
                  )}
                </TableCell>
                <TableCell>{membership.isPrimary ? <Chip size="small" color="primary" label={translate('harbour.people.primary')} /> : <EmptyValue />}</TableCell>
                {canEdit && (
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {!membership.isPrimary && (
                      <Tooltip title={translate('harbour.people.make_primary')}>
                        <IconButton
                          size="small"
                          aria-label={translate('harbour.people.make_primary')}
                          disabled={busy}
                          onClick={() => void run(() => operations.updateMembership(membership.id, { isPrimary: true }), 'harbour.people.membership_updated', membership)}
                        >
                          <StarIcon fontSize="small" />
                        </IconButton>
                      </Tooltip>
                    )}
                    <Tooltip title={translate('harbour.people.change_manager')}>
                      <IconButton size="small" aria-label={translate('harbour.people.change_manager')} onClick={() => setAction({ kind: 'manager', membership })}>
                        <EditIcon fontSize="small" />
                      </IconButton>
                    </Tooltip>
                    <Tooltip title={translate('harbour.people.remove_membership')}>
                      <IconButton size="small" aria-label={translate('harbour.people.remove_membership')} onClick={() => setAction({ kind: 'remove', membership })}>
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
        open={action?.kind === 'add'}
        onClose={() => setAction(null)}
        title="harbour.people.add_membership"
        submitLabel="ra.action.add"
        defaultValues={{ isPrimary: false }}
        onSubmit={async (values) => {
          const { addPersonToDepartment: added } = await operations.addPersonToDepartment(record.id, { departmentId: values.departmentId, managerId: values.managerId, isPrimary: values.isPrimary });
          notify('harbour.people.membership_added', { type: 'success', messageArgs: { name: record.displayName, department: added.department?.name ?? '—' } });
          refresh();
        }}
      >
        <DepartmentInput source="departmentId" label="resources.people.fields.departmentId" validate={required()} />
        <PersonInput source="managerId" label="resources.people.fields.managerId" helperText="harbour.people.manager_help" />
        <BooleanInput source="isPrimary" label="harbour.people.make_primary" />
      </FormDialog>
      {action?.kind === 'manager' && (
        <FormDialog
          open
          onClose={() => setAction(null)}
          title="harbour.people.change_manager_title"
          titleArgs={{ department: action.membership.department?.name ?? '—' }}
          defaultValues={{ managerId: action.membership.manager?.id ?? null }}
          onSubmit={async (values) => {
            await operations.updateMembership(action.membership.id, { managerId: values.managerId ?? null });
            notify('harbour.people.membership_updated', { type: 'success', messageArgs: { name: record.displayName, department: action.membership.department?.name ?? '—' } });
            refresh();
          }}
        >
          <PersonInput source="managerId" label="resources.people.fields.managerId" helperText="harbour.people.manager_help" />
        </FormDialog>
      )}
      <Confirm
        isOpen={action?.kind === 'remove'}
        loading={busy}
        title="harbour.people.remove_membership_title"
        content="harbour.people.remove_membership_content"
        titleTranslateOptions={{ department: action?.kind === 'remove' ? (action.membership.department?.name ?? '—') : '', name: record.displayName }}
        contentTranslateOptions={{ department: action?.kind === 'remove' ? (action.membership.department?.name ?? '—') : '', name: record.displayName }}
        confirm="harbour.people.remove_membership"
        onConfirm={() => {
          if (action?.kind === 'remove') void run(() => operations.removePersonFromDepartment(action.membership.id), 'harbour.people.membership_removed', action.membership);
        }}
        onClose={() => setAction(null)}
      />
    </Box>
  );
}
