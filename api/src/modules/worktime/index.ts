import type { GrantRule, HarbourModule } from '../../core/context/module.js';
import { Holiday, MakeUpWorkday, WorkingCalendar } from './working-calendar.entity.js';
import { worktimeEvents } from './worktime.events.js';
import { worktimeMessages } from './worktime.messages.js';
import { HolidayResolver, MakeUpWorkdayResolver, WorkingCalendarResolver } from './worktime.resolver.js';
import { setUpExistingOrganizations, setUpNewOrganization } from './worktime.service.js';

export { Holiday, HolidaySource, MakeUpWorkday, WorkingCalendar } from './working-calendar.entity.js';
export { WorkingTime } from './working-time.js';
// Local days and clock minutes in a time zone, for modules that place instants on local days (attendance).
export { canonicalTimeZone, dateOfDay, dayNumber, Zone } from './working-time.js';
export { minuteOfDay } from './working-hours.js';
export type { CalendarSettings, WeekdayHours, WorkingInterval } from './working-hours.js';
// For modules that count working time (approvals' time limits, leave, attendance).
export { workingTimeOf } from './worktime.service.js';

/** Every member of staff reads the calendar: employees need the holidays, and forms show working durations. */
const staff: GrantRule[] = [{ action: 'read', subject: 'WorkingCalendar' }];

/**
 * The working calendar: weekly working hours in the organisation's time zone, its holidays (Hong Kong's general and
 * statutory ones to start with) and its make-up working days, and the arithmetic of working time that time limits,
 * leave and attendance count in.
 */
export const worktimeModule: HarbourModule = {
  name: 'worktime',
  entities: [WorkingCalendar, Holiday, MakeUpWorkday],
  resolvers: [WorkingCalendarResolver, HolidayResolver, MakeUpWorkdayResolver],
  messages: worktimeMessages,
  events: worktimeEvents,
  subjects: [
    {
      name: 'WorkingCalendar',
      description: 'Working hours, holidays and make-up working days of the organisation.',
      conditionFields: { id: 'id' },
      actions: ['read', 'update'],
    },
  ],
  grants: [
    {
      version: 1,
      roles: {
        employee: staff,
        'department-manager': staff,
        finance: staff,
        auditor: staff,
        hr: [{ action: 'manage', subject: 'WorkingCalendar' }],
      },
    },
  ],
  tenantSetup: setUpNewOrganization,
  onWorkerStart: async (services) => {
    await setUpExistingOrganizations(services);
  },
};
