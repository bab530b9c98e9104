import SecurityIcon from '@mui/icons-material/Security';
import { Menu, useTranslate } from 'react-admin';
import { lazyView, type ConsoleModule } from '../../module';
import { rolesDataProvider } from './dataProvider';
import { messages } from './messages';

const RoleCreate = lazyView(() => import('./RoleCreate'), 'RoleCreate');
const RoleEdit = lazyView(() => import('./RoleEdit'), 'RoleEdit');
const RoleList = lazyView(() => import('./RoleList'), 'RoleList');
const RoleShow = lazyView(() => import('./RoleShow'), 'RoleShow');

function RolesMenuItem() {
  const translate = useTranslate();
  return <Menu.ResourceItem name="roles" primaryText={translate('harbour.roles.menu')} />;
}

/** Roles and permissions: list with the explain panel, and the rule editor with a live preview. */
export const roles: ConsoleModule = {
  name: 'roles',
  resources: [
    {
      name: 'roles',
      subject: 'Role',
      dataProvider: rolesDataProvider,
      views: { list: RoleList, create: RoleCreate, edit: RoleEdit, show: RoleShow, icon: SecurityIcon, recordRepresentation: 'name' },
    },
  ],
  menu: RolesMenuItem,
  messages,
  audit: { actionPrefixes: ['access.role'], targetTypes: ['Role'] },
};
