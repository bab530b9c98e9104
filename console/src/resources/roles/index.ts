import SecurityIcon from '@mui/icons-material/Security';
import { RoleCreate } from './RoleCreate';
import { RoleEdit } from './RoleEdit';
import { RoleList } from './RoleList';
import { RoleShow } from './RoleShow';

/** Roles and permissions: list with the explain panel, and the rule editor with a live preview. */
export const roles = {
  list: RoleList,
  create: RoleCreate,
  edit: RoleEdit,
  show: RoleShow,
  icon: SecurityIcon,
  recordRepresentation: 'name',
};
