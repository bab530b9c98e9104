import { lazyView, type ConsoleModule } from '../../module';
import { messages } from './messages';

const Dashboard = lazyView(() => import('./Dashboard'), 'Dashboard');

/** The home page: the person's own profile and team, the organisation's figures and charts, and shortcuts to common tasks. */
export const dashboard: ConsoleModule = { name: 'dashboard', dashboard: Dashboard, messages };
