import type { Identifier } from 'react-admin';
import type { HolidayFieldsFragment, HolidayInput, MakeUpWorkdayFieldsFragment, MakeUpWorkdayInput, SetWorkingHoursInput, WorkingCalendarQuery } from '../../gql/graphql';
import { resourceDataProvider, useNamedOperations } from '../../providers/dataProvider';
import { graphqlRequest } from '../../providers/graphqlClient';
import { ADD_HOLIDAY, ADD_MAKE_UP_WORKDAY, CHANGE_HOLIDAY, REMOVE_HOLIDAY, REMOVE_MAKE_UP_WORKDAY, RESTORE_HONG_KONG_HOLIDAYS, SET_WORKING_HOURS, WORKING_CALENDAR } from './operations';

/** A holiday as the screen shows it. */
export type Holiday = HolidayFieldsFragment;
/** A make-up working day as the screen shows it. */
export type MakeUpWorkday = MakeUpWorkdayFieldsFragment;
/** The calendar with one year's holidays and make-up working days. */
export type WorkingCalendar = WorkingCalendarQuery['workingCalendar'];

const operations = {
  workingCalendar: async (year: number): Promise<WorkingCalendar> => (await graphqlRequest(WORKING_CALENDAR, { year })).workingCalendar,
  setWorkingHours: async (input: SetWorkingHoursInput) => (await graphqlRequest(SET_WORKING_HOURS, { input })).setWorkingHours,
  addHoliday: async (input: HolidayInput): Promise<Holiday> => (await graphqlRequest(ADD_HOLIDAY, { input })).addHoliday,
  changeHoliday: async (id: Identifier, input: HolidayInput): Promise<Holiday> => (await graphqlRequest(CHANGE_HOLIDAY, { id: String(id), input })).changeHoliday,
  removeHoliday: async (id: Identifier): Promise<boolean> => (await graphqlRequest(REMOVE_HOLIDAY, { id: String(id) })).removeHoliday,
  restoreHongKongHolidays: async (year: number): Promise<Holiday[]> => (await graphqlRequest(RESTORE_HONG_KONG_HOLIDAYS, { year })).restoreHongKongHolidays,
  addMakeUpWorkday: async (input: MakeUpWorkdayInput): Promise<MakeUpWorkday> => (await graphqlRequest(ADD_MAKE_UP_WORKDAY, { input })).addMakeUpWorkday,
  removeMakeUpWorkday: async (id: Identifier): Promise<boolean> => (await graphqlRequest(REMOVE_MAKE_UP_WORKDAY, { id: String(id) })).removeMakeUpWorkday,
};

/** The working calendar: only named operations (`setWorkingHours`, `addHoliday`, `addMakeUpWorkday` …), no CRUD. */
export const workingCalendarDataProvider = resourceDataProvider({}, operations);

/** The working calendar's named operations. */
export const useWorkingCalendarOperations = () => useNamedOperations<typeof operations>('workingCalendar');
