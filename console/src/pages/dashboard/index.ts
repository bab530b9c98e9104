import type { ConsoleModule } from '../../module';
import { Dashboard } from './Dashboard';
import { messages } from './messages';

/** The home page: the person's own profile and team, the organisation's figures and charts, and shortcuts to common tasks. */
export const dashboard: ConsoleModule = { name: 'dashboard', dashboard: Dashboard, messages };
