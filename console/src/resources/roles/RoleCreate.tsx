import { Create } from 'react-admin';
import { useSavedNotice } from '../../hooks/useSavedNotice';
import { toRoleInput } from './ruleForm';
import { RoleForm } from './RoleForm';

/** Creates a custom role from its rules → `createRole`. */
export function RoleCreate() {
  const saved = useSavedNotice('created', { redirect: 'edit' });
  return (
    <Create mutationOptions={saved} transform={toRoleInput}>
      <RoleForm />
    </Create>
  );
}
