import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import { Menu, useCanAccess, useTranslate } from 'react-admin';
import { lazyView, type ConsoleModule } from '../../module';
import { workingCalendarDataProvider } from './dataProvider';
import { messages } from './messages';

const WorkingCalendarPage = lazyView(() => import('./WorkingCalendarPage'), 'WorkingCalendarPage');

// Shown to those who may change the calendar; everyone else reads holidays where they need them (leave, attendance).
function WorkingCalendarMenuItem() {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'workingCalendar', action: 'edit' });
  return canAccess ? <Menu.Item to="/working-calendar" primaryText={translate('harbour.workingCalendar.menu')} leftIcon={<EventAvailableIcon />} /> : null;
}

/** The working calendar: weekly working hours, the holidays (Hong Kong's, and the company's own) and make-up working days. */
export const workingCalendar: ConsoleModule = {
  name: 'workingCalendar',
  resources: [{ name: 'workingCalendar', subject: 'WorkingCalendar', dataProvider: workingCalendarDataProvider }],
  menu: WorkingCalendarMenuItem,
  routes: [{ path: '/working-calendar', element: <WorkingCalendarPage /> }],
  messages,
  audit: { actionPrefixes: ['worktime.'], targetTypes: ['WorkingCalendar', 'Holiday', 'MakeUpWorkday'] },
};
