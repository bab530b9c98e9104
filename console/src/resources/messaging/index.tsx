import ForumIcon from '@mui/icons-material/Forum';
import GavelIcon from '@mui/icons-material/Gavel';
import ShieldIcon from '@mui/icons-material/Shield';
import { Menu, useCanAccess, useTranslate } from 'react-admin';
import { lazyView, type ConsoleModule } from '../../module';
import { legalHoldsDataProvider, messagingPolicyDataProvider, moderatedConversationMembersDataProvider, moderatedConversationsDataProvider } from './dataProvider';
import { messages } from './messages';

const MessagingPolicyPage = lazyView(() => import('./MessagingPolicyPage'), 'MessagingPolicyPage');
const ModeratedConversationList = lazyView(() => import('./ModeratedConversationList'), 'ModeratedConversationList');
const ModeratedConversationShow = lazyView(() => import('./ModeratedConversationShow'), 'ModeratedConversationShow');
const LegalHoldList = lazyView(() => import('./LegalHoldList'), 'LegalHoldList');

/**
 * The module's sidebar entries, each shown only to those the API lets use it: the policy to those who may read it (org
 * admins, HR; only those who may change it get the Save button), the moderation view to moderators and legal holds to
 * those who may place them (org admins; HR neither).
 */
function MessagingMenuItems() {
  const translate = useTranslate();
  const policy = useCanAccess({ resource: 'messagingPolicy', action: 'show' }).canAccess;
  const moderation = useCanAccess({ resource: 'moderatedConversations', action: 'list' }).canAccess;
  const holds = useCanAccess({ resource: 'legalHolds', action: 'list' }).canAccess;
  return (
    <>
      {policy && <Menu.Item to="/messaging-policy" primaryText={translate('harbour.messaging.policy.menu')} leftIcon={<ForumIcon />} />}
      {moderation && <Menu.Item to="/moderatedConversations" primaryText={translate('harbour.messaging.moderation.menu')} leftIcon={<ShieldIcon />} />}
      {holds && <Menu.Item to="/legalHolds" primaryText={translate('harbour.messaging.holds.menu')} leftIcon={<GavelIcon />} />}
    </>
  );
}

/**
 * Messaging in the console: the organisation's messaging policy (receipts, edit and recall windows, DING text messages,
 * department groups, retention); the moderation view of groups and channels (who runs them — announcement channels'
 * admins — and, audited, what was said, with removal of a message and export); legal holds with the conversations they
 * cover and their export; and how the audit log names messaging's actions.
 */
export const messaging: ConsoleModule = {
  name: 'messaging',
  resources: [
    { name: 'messagingPolicy', subject: 'MessagingPolicy', dataProvider: messagingPolicyDataProvider },
    {
      name: 'moderatedConversations',
      subject: 'Conversation',
      actions: { list: 'moderate', show: 'moderate' },
      dataProvider: moderatedConversationsDataProvider,
      views: { list: ModeratedConversationList, show: ModeratedConversationShow, icon: ShieldIcon, recordRepresentation: 'title' },
    },
    // Data only, listed on a moderated conversation's page.
    { name: 'moderatedConversationMembers', subject: 'Conversation', actions: { list: 'moderate' }, dataProvider: moderatedConversationMembersDataProvider },
    {
      name: 'legalHolds',
      subject: 'Conversation',
      actions: { list: 'hold' },
      dataProvider: legalHoldsDataProvider,
      views: { list: LegalHoldList, icon: GavelIcon },
    },
  ],
  menu: MessagingMenuItems,
  routes: [{ path: '/messaging-policy', element: <MessagingPolicyPage /> }],
  messages,
  audit: { actionPrefixes: ['messaging.'], targetTypes: ['Conversation', 'LegalHold', 'MessagingPolicy', 'MessagingPreference'] },
};
