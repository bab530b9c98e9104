import type { Identifier } from 'react-admin';
import type { HolidayFieldsFragment, HolidayInput, SetWorkingHoursInput, WorkingCalendarQuery } from '../../gql/graphql';
import { resourceDataProvider, useNamedOperations } from '../../providers/dataProvider';
import { graphqlRequest } from '../../providers/graphqlClient';
import { ADD_HOLIDAY, CHANGE_HOLIDAY, REMOVE_HOLIDAY, RESTORE_HONG_KONG_HOLIDAYS, SET_WORKING_HOURS, WORKING_CALENDAR } from './operations';

/** A holiday as the screen shows it. */
export type Holiday = HolidayFieldsFragment;
/** The calendar with one year's holidays. */
export type WorkingCalendar = WorkingCalendarQuery['workingCalendar'];

const operations = {
  workingCalendar: async (year: number): Promise<WorkingCalendar> => (await graphqlRequest(WORKING_CALENDAR, { year })).workingCalendar,
  setWorkingHours: async (input: SetWorkingHoursInput) => (await graphqlRequest(SET_WORKING_HOURS, { input })).setWorkingHours,
  addHoliday: async (input: HolidayInput): Promise<Holiday> => (await graphqlRequest(ADD_HOLIDAY, { input })).addHoliday,
  changeHoliday: async (id: Identifier, input: HolidayInput): Promise<Holiday> => (await graphqlRequest(CHANGE_HOLIDAY, { id: String(id), input })).changeHoliday,
  removeHoliday: async (id: Identifier): Promise<boolean> => (await graphqlRequest(REMOVE_HOLIDAY, { id: String(id) })).removeHoliday,
  restoreHongKongHolidays: async (year: number): Promise<Holiday[]> => (await graphqlRequest(RESTORE_HONG_KONG_HOLIDAYS, { year })).restoreHongKongHolidays,
};

/** The working calendar: only named operations (`setWorkingHours`, `addHoliday`, `changeHoliday` …), no CRUD. */
export const workingCalendarDataProvider = resourceDataProvider({}, operations);

/** The working calendar's named operations. */
export const useWorkingCalendarOperations = () => useNamedOperations<typeof operations>('workingCalendar');
