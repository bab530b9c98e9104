import type { EventDefinition } from '../../core/events/catalog.js';

const calendarId = { type: 'uuid', description: 'The organisation’s working calendar.' } as const;
const holidayId = { type: 'uuid', description: 'The holiday.' } as const;
const date = { type: 'string', description: 'The holiday’s day, YYYY-MM-DD (after the change).' } as const;
const workdayId = { type: 'uuid', description: 'The make-up working day.' } as const;
const workdayDate = { type: 'string', description: 'The make-up working day’s date, YYYY-MM-DD (after the change).' } as const;
/** Admin decisions about working time: kept in the audit log (they move every deadline and leave balance). */
const audited = { touchesAccess: false, audit: true } as const;

/** Events of the worktime module. */
export const worktimeEvents: EventDefinition[] = [
  {
    type: 'worktime.calendar.created',
    description: 'The organisation’s working calendar was set up: default working hours and Hong Kong’s holidays.',
    payload: { calendarId, holidayCount: { type: 'integer', description: 'How many Hong Kong holidays it started with.' } },
    ...audited,
  },
  { type: 'worktime.calendar.hours_changed', description: 'The weekly working hours (or their time zone) changed.', payload: { calendarId }, ...audited },
  { type: 'worktime.holiday.added', description: 'A holiday was added (by an admin, or restored from the Hong Kong list).', payload: { holidayId, date }, ...audited },
  { type: 'worktime.holiday.changed', description: 'A holiday’s day, names or kind changed.', payload: { holidayId, date }, ...audited },
  { type: 'worktime.holiday.removed', description: 'A holiday was removed: its day is a working day again if its weekday has hours.', payload: { holidayId, date }, ...audited },
  {
    type: 'worktime.make_up_workday.added',
    description: 'A day off (a weekend day, typically) was declared a make-up working day with its own hours.',
    payload: { workdayId, date: workdayDate },
    ...audited,
  },
  { type: 'worktime.make_up_workday.changed', description: 'A make-up working day’s date, hours or names changed.', payload: { workdayId, date: workdayDate }, ...audited },
  {
    type: 'worktime.make_up_workday.removed',
    description: 'A make-up working day was removed: its date has its weekday’s hours again (none, for a weekend day).',
    payload: { workdayId, date: workdayDate },
    ...audited,
  },
];
