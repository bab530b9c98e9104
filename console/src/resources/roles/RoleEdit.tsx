import { Alert, Divider } from '@mui/material';
import { DeleteWithConfirmButton, Edit, ListButton, SaveButton, Toolbar, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { useSavedNotice } from '../../hooks/useSavedNotice';
import { RoleForm } from './RoleForm';
import { RoleHolders } from './RoleHolders';
import { toRoleInput } from './ruleForm';

function RoleTitle() {
  const record = useRecordContext();
  return <>{record?.name ?? ''}</>;
}

/** Save, and for a custom role delete — after saying how many people would lose it. */
function RoleToolbar() {
  const record = useRecordContext();
  const translate = useTranslate();
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton />
      {record && !record.builtIn && (
        <DeleteWithConfirmButton
          mutationMode="pessimistic"
          confirmTitle={translate('harbour.roles.delete_title', { name: record.name })}
          confirmContent={translate(record.holderCount ? 'harbour.roles.delete_confirm_used' : 'harbour.roles.delete_confirm_unused', { smart_count: record.holderCount })}
        />
      )}
    </Toolbar>
  );
}

function BuiltInNotice() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.builtIn) return null;
  return (
    <Alert severity="info" sx={{ m: 2, mb: 0 }}>
      {translate('harbour.roles.built_in_notice')}
    </Alert>
  );
}

/** Edits a role's name, description and rules (`updateRole`) with the live preview; built-in roles cannot be deleted. */
export function RoleEdit() {
  const saved = useSavedNotice('updated');
  return (
    <Edit
      mutationMode="pessimistic"
      mutationOptions={saved}
      redirect={false}
      transform={toRoleInput}
      title={<RoleTitle />}
      actions={
        <TopToolbar>
          <ListButton />
        </TopToolbar>
      }
    >
      <BuiltInNotice />
      <RoleForm toolbar={<RoleToolbar />} />
      <Divider />
      <RoleHolders />
    </Edit>
  );
}
