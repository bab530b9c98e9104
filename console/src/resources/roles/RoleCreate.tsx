import { Create } from 'react-admin';
import { toRoleInput } from './ruleForm';
import { RoleForm } from './RoleForm';

/** Creates a custom role from its rules → `createRole`. */
export function RoleCreate() {
  return (
    <Create redirect="edit" transform={toRoleInput}>
      <RoleForm />
    </Create>
  );
}
