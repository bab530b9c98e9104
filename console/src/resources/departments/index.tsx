import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { Menu, type RaRecord } from 'react-admin';
import { lazyView, type ConsoleModule } from '../../module';
import { departmentsDataProvider } from './dataProvider';
import { messages } from './messages';

const DepartmentTree = lazyView(() => import('./DepartmentTree'), 'DepartmentTree');

/** Departments: a tree with create, rename, move, leaders and archive (no separate edit pages). */
export const departments: ConsoleModule = {
  name: 'departments',
  resources: [
    {
      name: 'departments',
      subject: 'Department',
      actions: { delete: 'archive' },
      dataProvider: departmentsDataProvider,
      views: {
        list: DepartmentTree,
        icon: AccountTreeIcon,
        recordRepresentation: (record: RaRecord) => (record.code ? `${record.name}(${record.code})` : record.name),
      },
    },
  ],
  menu: () => <Menu.ResourceItem name="departments" />,
  messages,
  audit: { actionPrefixes: ['org.department'], targetTypes: ['Department'] },
};
