import type { ConsoleModule } from '../../module';
import { roleAssignmentsDataProvider } from './dataProvider';
import { messages } from './messages';

/** Who holds which role: read by the people and roles screens, no pages of its own. */
export const roleAssignments: ConsoleModule = {
  name: 'roleAssignments',
  resources: [{ name: 'roleAssignments', subject: 'Role', dataProvider: roleAssignmentsDataProvider, views: {} }],
  messages,
};
