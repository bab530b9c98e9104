import { HarbourConsole } from './HarbourConsole';
import type { ConsoleModule } from './module';
import { dashboard } from './pages/dashboard';
import { csvImport } from './pages/import';
import { settings } from './pages/settings';
import { announcements } from './resources/announcements';
import { messaging } from './resources/messaging';
import { approvals } from './resources/approvals';
import { attendance } from './resources/attendance';
import { audit } from './resources/audit';
import { departments } from './resources/departments';
import { jobRanks } from './resources/jobRanks';
import { people } from './resources/people';
import { roleAssignments } from './resources/roleAssignments';
import { roles } from './resources/roles';
import { workingCalendar } from './resources/workingCalendar';

/** The console's modules; the sidebar lists their menu entries in this order. A new screen is one folder and one entry here. */
export const modules: readonly ConsoleModule[] = [
  dashboard,
  approvals,
  announcements,
  messaging,
  attendance,
  departments,
  people,
  roles,
  audit,
  csvImport,
  workingCalendar,
  settings,
  jobRanks,
  roleAssignments,
];

/** The Harbour admin console, served by the API at /console/. */
export function App() {
  return <HarbourConsole modules={modules} />;
}
