import PeopleIcon from '@mui/icons-material/People';
import { Menu } from 'react-admin';
import { lazyView, type ConsoleModule } from '../../module';
import { peopleDataProvider } from './dataProvider';
import { messages } from './messages';

const PersonCreate = lazyView(() => import('./PersonCreate'), 'PersonCreate');
const PersonEdit = lazyView(() => import('./PersonEdit'), 'PersonEdit');
const PersonList = lazyView(() => import('./PersonList'), 'PersonList');
const PersonShow = lazyView(() => import('./PersonShow'), 'PersonShow');

/** People: list with filters, create, edit with departments and roles, and a read-only view for those who may not edit. */
export const people: ConsoleModule = {
  name: 'people',
  resources: [
    {
      name: 'people',
      subject: 'Person',
      actions: { delete: 'archive' },
      dataProvider: peopleDataProvider,
      views: { list: PersonList, create: PersonCreate, edit: PersonEdit, show: PersonShow, icon: PeopleIcon, recordRepresentation: 'displayName' },
    },
  ],
  menu: () => <Menu.ResourceItem name="people" />,
  messages,
  audit: { actionPrefixes: ['org.person', 'org.membership'], targetTypes: ['Person'] },
};
