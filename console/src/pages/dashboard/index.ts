import type { ConsoleModule } from '../../module';
import { Dashboard } from './Dashboard';
import { messages } from './messages';

/** The home page: the organisation, its head counts and shortcuts to common tasks. */
export const dashboard: ConsoleModule = { name: 'dashboard', dashboard: Dashboard, messages };
