import ForumIcon from '@mui/icons-material/Forum';
import { Menu, useCanAccess, useTranslate } from 'react-admin';
import { lazyView, type ConsoleModule } from '../../module';
import { messagingPolicyDataProvider } from './dataProvider';
import { messages } from './messages';

const MessagingPolicyPage = lazyView(() => import('./MessagingPolicyPage'), 'MessagingPolicyPage');

// Shown to those who may read the policy (org admins, HR); only those who may change it get the Save button.
function MessagingPolicyMenuItem() {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'messagingPolicy', action: 'show' });
  return canAccess ? <Menu.Item to="/messaging-policy" primaryText={translate('harbour.messaging.policy.menu')} leftIcon={<ForumIcon />} /> : null;
}

/**
 * Messaging in the console: the organisation's messaging policy (receipts, edit and recall windows, department groups,
 * retention), and how the audit log names messaging's actions. Channel admins and moderation are a later part of issue 11.
 */
export const messaging: ConsoleModule = {
  name: 'messaging',
  resources: [{ name: 'messagingPolicy', subject: 'MessagingPolicy', dataProvider: messagingPolicyDataProvider }],
  menu: MessagingPolicyMenuItem,
  routes: [{ path: '/messaging-policy', element: <MessagingPolicyPage /> }],
  messages,
  audit: { actionPrefixes: ['messaging.'], targetTypes: ['Conversation', 'MessagingPolicy', 'MessagingPreference'] },
};
