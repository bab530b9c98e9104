import { graphql } from '../../gql';

// The working calendar's GraphQL documents (validated against the schema by test/operations.spec.ts).

graphql(/* GraphQL */ `
  fragment HolidayFields on Holiday {
    id
    date
    name
    nameEn
    nameZhHk
    nameZhCn
    isGeneralHoliday
    isStatutoryHoliday
    source
  }
`);

graphql(/* GraphQL */ `
  fragment MakeUpWorkdayFields on MakeUpWorkday {
    id
    date
    name
    intervals {
      start
      end
    }
  }
`);

graphql(/* GraphQL */ `
  fragment WeeklyHoursFields on WorkingCalendar {
    id
    timeZone
    weeklyHours {
      weekday
      intervals {
        start
        end
      }
    }
  }
`);

/** The weekly hours, the years of Harbour's Hong Kong list, and one year's holidays and make-up working days by date. */
export const WORKING_CALENDAR = graphql(/* GraphQL */ `
  query WorkingCalendar($year: Int!) {
    workingCalendar {
      ...WeeklyHoursFields
      referenceYears
      holidays(year: $year) {
        ...HolidayFields
      }
      makeUpWorkdays(year: $year) {
        ...MakeUpWorkdayFields
      }
    }
  }
`);

/** Replaces the weekly hours. */
export const SET_WORKING_HOURS = graphql(/* GraphQL */ `
  mutation SetWorkingHours($input: SetWorkingHoursInput!) {
    setWorkingHours(input: $input) {
      ...WeeklyHoursFields
    }
  }
`);

/** Adds a company day off. */
export const ADD_HOLIDAY = graphql(/* GraphQL */ `
  mutation AddHoliday($input: HolidayInput!) {
    addHoliday(input: $input) {
      ...HolidayFields
    }
  }
`);

/** Replaces a holiday's day, names and kinds. */
export const CHANGE_HOLIDAY = graphql(/* GraphQL */ `
  mutation ChangeHoliday($id: ID!, $input: HolidayInput!) {
    changeHoliday(id: $id, input: $input) {
      ...HolidayFields
    }
  }
`);

/** Removes a holiday. */
export const REMOVE_HOLIDAY = graphql(/* GraphQL */ `
  mutation RemoveHoliday($id: ID!) {
    removeHoliday(id: $id)
  }
`);

/** Adds back the Hong Kong holidays of a year that were removed. */
export const RESTORE_HONG_KONG_HOLIDAYS = graphql(/* GraphQL */ `
  mutation RestoreHongKongHolidays($year: Int!) {
    restoreHongKongHolidays(year: $year) {
      ...HolidayFields
    }
  }
`);

/** Declares a day a make-up working day with its own hours. */
export const ADD_MAKE_UP_WORKDAY = graphql(/* GraphQL */ `
  mutation AddMakeUpWorkday($input: MakeUpWorkdayInput!) {
    addMakeUpWorkday(input: $input) {
      ...MakeUpWorkdayFields
    }
  }
`);

/** Removes a make-up working day. */
export const REMOVE_MAKE_UP_WORKDAY = graphql(/* GraphQL */ `
  mutation RemoveMakeUpWorkday($id: ID!) {
    removeMakeUpWorkday(id: $id)
  }
`);
