import HistoryIcon from '@mui/icons-material/History';
import { Menu } from 'react-admin';
import { lazyView, type ConsoleModule } from '../../module';
import { auditDataProvider } from './dataProvider';
import { messages } from './messages';

const AuditList = lazyView(() => import('./AuditList'), 'AuditList');

/**
 * The audit log: read-only list with details and chain verification. Its message slice names every action the API
 * records; a module whose API records new actions adds their names (`harbour.audit.actions.*`,
 * `harbour.audit.target_types.*`) to its own slice and its filter areas to its `audit` field.
 */
export const audit: ConsoleModule = {
  name: 'audit',
  resources: [{ name: 'audit', subject: 'AuditEntry', dataProvider: auditDataProvider, views: { list: AuditList, icon: HistoryIcon } }],
  menu: () => <Menu.ResourceItem name="audit" />,
  messages,
  // Areas that span modules, or whose module has no screen here (sign-in and accounts, core's text messages).
  audit: { actionPrefixes: ['org.', 'identity.', 'sms.'], targetTypes: ['Account', 'SmsMessage'] },
};
