import SettingsIcon from '@mui/icons-material/Settings';
import { Menu, useCanAccess, useTranslate } from 'react-admin';
import { lazyView, type ConsoleModule } from '../../module';
import { emailDomainsDataProvider, organizationDataProvider } from './dataProvider';
import { messages } from './messages';

const SettingsPage = lazyView(() => import('./SettingsPage'), 'SettingsPage');

function SettingsMenuItem() {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'organization', action: 'edit' });
  return canAccess ? <Menu.Item to="/settings" primaryText={translate('harbour.settings.menu')} leftIcon={<SettingsIcon />} /> : null;
}

/** Organisation settings: name, default language and the email domains for sign-in. */
export const settings: ConsoleModule = {
  name: 'settings',
  resources: [
    { name: 'organization', subject: 'Organization', dataProvider: organizationDataProvider },
    { name: 'emailDomains', subject: 'EmailDomain', dataProvider: emailDomainsDataProvider },
  ],
  menu: SettingsMenuItem,
  routes: [{ path: '/settings', element: <SettingsPage /> }],
  messages,
  audit: { targetTypes: ['Organization', 'EmailDomain'] },
};
