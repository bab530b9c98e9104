import { graphql } from '../../gql';

// The attendance module's GraphQL documents (validated against the schema by test/operations.spec.ts).

graphql(/* GraphQL */ `
  fragment AttendancePlaceFields on AttendancePlace {
    id
    version
    name
    address
    latitude
    longitude
    radiusMeters
    wifiBssids
    ipRanges
  }
`);

graphql(/* GraphQL */ `
  fragment AttendanceShiftFields on AttendanceShift {
    id
    version
    name
    kind
    start
    end
    lateToleranceMinutes
    earlyLeaveToleranceMinutes
    punchOpensBeforeMinutes
    punchClosesAfterMinutes
    breaks {
      start
      end
    }
    coreStart
    coreEnd
    requiredMinutes
  }
`);

graphql(/* GraphQL */ `
  fragment AttendanceGroupFields on AttendanceGroup {
    id
    version
    name
    timeZone
    departmentIds
    personIds
    excludedPersonIds
    placeIds
    shift {
      id
      name
      start
      end
    }
    offsiteAllowed
    offsiteRequiresRemark
    offsiteRequiresPhoto
    offsiteNeedsApproval
    keepCoordinates
    coordinatesRetentionDays
    offlineWindowMinutes
    maxPunchesPerDay
    monitoringNotice
    noticeVersion
    rostered
    makeUpPerMonth
    makeUpDeadlineDays
    makeUpTypes
    overtimeMode
    overtimeMinimumMinutes
  }
`);

/** A page of the places the caller may read, by name. */
export const ATTENDANCE_PLACES = graphql(/* GraphQL */ `
  query AttendancePlaces($take: Int!, $skip: Int!) {
    attendancePlaces(take: $take, skip: $skip) {
      totalCount
      items {
        ...AttendancePlaceFields
      }
    }
  }
`);

/** One place. */
export const ATTENDANCE_PLACE = graphql(/* GraphQL */ `
  query AttendancePlace($id: ID!) {
    attendancePlace(id: $id) {
      ...AttendancePlaceFields
    }
  }
`);

/** Adds a place. */
export const CREATE_ATTENDANCE_PLACE = graphql(/* GraphQL */ `
  mutation CreateAttendancePlace($input: AttendancePlaceInput!) {
    createAttendancePlace(input: $input) {
      ...AttendancePlaceFields
    }
  }
`);

/** Replaces a place, whole; VERSION_CONFLICT when someone changed it since `version`. */
export const UPDATE_ATTENDANCE_PLACE = graphql(/* GraphQL */ `
  mutation UpdateAttendancePlace($id: ID!, $input: AttendancePlaceInput!, $version: Int) {
    updateAttendancePlace(id: $id, input: $input, version: $version) {
      ...AttendancePlaceFields
    }
  }
`);

/** Deletes a place no group uses (ATTENDANCE_PLACE_IN_USE otherwise). */
export const DELETE_ATTENDANCE_PLACE = graphql(/* GraphQL */ `
  mutation DeleteAttendancePlace($id: ID!) {
    deleteAttendancePlace(id: $id)
  }
`);

/** A page of shifts, by name. */
export const ATTENDANCE_SHIFTS = graphql(/* GraphQL */ `
  query AttendanceShifts($take: Int!, $skip: Int!) {
    attendanceShifts(take: $take, skip: $skip) {
      totalCount
      items {
        ...AttendanceShiftFields
      }
    }
  }
`);

/** One shift. */
export const ATTENDANCE_SHIFT = graphql(/* GraphQL */ `
  query AttendanceShift($id: ID!) {
    attendanceShift(id: $id) {
      ...AttendanceShiftFields
    }
  }
`);

/** Adds a shift. */
export const CREATE_ATTENDANCE_SHIFT = graphql(/* GraphQL */ `
  mutation CreateAttendanceShift($input: AttendanceShiftInput!) {
    createAttendanceShift(input: $input) {
      ...AttendanceShiftFields
    }
  }
`);

/** Replaces a shift, whole. */
export const UPDATE_ATTENDANCE_SHIFT = graphql(/* GraphQL */ `
  mutation UpdateAttendanceShift($id: ID!, $input: AttendanceShiftInput!, $version: Int) {
    updateAttendanceShift(id: $id, input: $input, version: $version) {
      ...AttendanceShiftFields
    }
  }
`);

/** Deletes a shift no group uses (ATTENDANCE_SHIFT_IN_USE otherwise). */
export const DELETE_ATTENDANCE_SHIFT = graphql(/* GraphQL */ `
  mutation DeleteAttendanceShift($id: ID!) {
    deleteAttendanceShift(id: $id)
  }
`);

/** A page of attendance groups, by name. */
export const ATTENDANCE_GROUPS = graphql(/* GraphQL */ `
  query AttendanceGroups($take: Int!, $skip: Int!) {
    attendanceGroups(take: $take, skip: $skip) {
      totalCount
      items {
        ...AttendanceGroupFields
      }
    }
  }
`);

/** One attendance group. */
export const ATTENDANCE_GROUP = graphql(/* GraphQL */ `
  query AttendanceGroup($id: ID!) {
    attendanceGroup(id: $id) {
      ...AttendanceGroupFields
    }
  }
`);

/** Adds an attendance group. */
export const CREATE_ATTENDANCE_GROUP = graphql(/* GraphQL */ `
  mutation CreateAttendanceGroup($input: AttendanceGroupInput!) {
    createAttendanceGroup(input: $input) {
      ...AttendanceGroupFields
    }
  }
`);

/** Replaces an attendance group, whole (a changed notice is asked of every member again). */
export const UPDATE_ATTENDANCE_GROUP = graphql(/* GraphQL */ `
  mutation UpdateAttendanceGroup($id: ID!, $input: AttendanceGroupInput!, $version: Int) {
    updateAttendanceGroup(id: $id, input: $input, version: $version) {
      ...AttendanceGroupFields
    }
  }
`);

/** Deletes an attendance group (its members' punches stay). */
export const DELETE_ATTENDANCE_GROUP = graphql(/* GraphQL */ `
  mutation DeleteAttendanceGroup($id: ID!) {
    deleteAttendanceGroup(id: $id)
  }
`);

/** A page of the punches the caller may read, newest first. */
export const ATTENDANCE_PUNCHES = graphql(/* GraphQL */ `
  query AttendancePunches($filter: AttendancePunchFilter, $take: Int!, $skip: Int!) {
    attendancePunches(filter: $filter, take: $take, skip: $skip) {
      totalCount
      items {
        id
        workDate
        punchedAt
        receivedAt
        method
        distanceMeters
        accuracyMeters
        flags
        remark
        person {
          id
          displayName
        }
        place {
          id
          name
        }
      }
    }
  }
`);

/** A page of the computed work days the caller may read, latest first. */
export const ATTENDANCE_DAYS = graphql(/* GraphQL */ `
  query AttendanceDays($filter: AttendanceDayFilter, $take: Int!, $skip: Int!) {
    attendanceDays(filter: $filter, take: $take, skip: $skip) {
      totalCount
      items {
        id
        workDate
        status
        exceptions
        firstPunchAt
        lastPunchAt
        punchCount
        lateMinutes
        earlyLeaveMinutes
        workedMinutes
        shortMinutes
        isWorkingDay
        leaveTypeKey
        leaveHalfDay
        makeUpCount
        person {
          id
          displayName
        }
      }
    }
  }
`);

/** Queues a range of days (at most 62) to be computed again, for some people or every group member; the person-days queued. */
export const RECOMPUTE_ATTENDANCE_DAYS = graphql(/* GraphQL */ `
  mutation RecomputeAttendanceDays($from: String!, $to: String!, $personIds: [ID!]) {
    recomputeAttendanceDays(from: $from, to: $to, personIds: $personIds)
  }
`);

graphql(/* GraphQL */ `
  fragment AttendanceMonthFields on AttendanceMonth {
    id
    version
    month
    status
    lockedAt
    reopenedAt
    reopenReason
  }
`);

/** The payroll cut-off of each month of a year (the twelve of them; those never locked are OPEN). */
export const ATTENDANCE_MONTHS = graphql(/* GraphQL */ `
  query AttendanceMonths($year: Int!) {
    attendanceMonths(year: $year) {
      ...AttendanceMonthFields
    }
  }
`);

/** Locks a month that has begun for payroll; VERSION_CONFLICT when someone changed it since `version`. */
export const LOCK_ATTENDANCE_MONTH = graphql(/* GraphQL */ `
  mutation LockAttendanceMonth($month: String!, $version: Int) {
    lockAttendanceMonth(month: $month, version: $version) {
      ...AttendanceMonthFields
    }
  }
`);

/** Reopens a locked month, with the reason (kept and audited). */
export const REOPEN_ATTENDANCE_MONTH = graphql(/* GraphQL */ `
  mutation ReopenAttendanceMonth($month: String!, $reason: String!, $version: Int) {
    reopenAttendanceMonth(month: $month, reason: $reason, version: $version) {
      ...AttendanceMonthFields
    }
  }
`);

/** A page of people's months (summed from the days the caller may read), by department then name. */
export const ATTENDANCE_MONTHLY_SUMMARY = graphql(/* GraphQL */ `
  query AttendanceMonthlySummary($month: String!, $departmentId: ID, $take: Int!, $skip: Int!) {
    attendanceMonthlySummary(month: $month, departmentId: $departmentId, take: $take, skip: $skip) {
      totalCount
      items {
        person {
          id
          displayName
        }
        department {
          id
          name
        }
        workingDays
        daysPresent
        absentDays
        lateCount
        lateMinutes
        earlyLeaveCount
        earlyLeaveMinutes
        missingPunches
        offsiteDays
        restDaysWorked
        leaveDays
        makeUpPunches
        overtimeHours
        workedHours
      }
    }
  }
`);

/** The monthly report as a file (CSV with BOM, or XLSX), base64-encoded. */
export const ATTENDANCE_MONTHLY_REPORT = graphql(/* GraphQL */ `
  query AttendanceMonthlyReport($month: String!, $format: AttendanceReportFormat!, $departmentId: ID) {
    attendanceMonthlyReport(month: $month, format: $format, departmentId: $departmentId) {
      fileName
      contentType
      base64
      rows
    }
  }
`);

/** A page of the roster entries between two days (YYYY-MM-DD) that the caller may read, by day then person. */
export const ATTENDANCE_ROSTER = graphql(/* GraphQL */ `
  query AttendanceRoster($from: String!, $to: String!, $take: Int!, $skip: Int!) {
    attendanceRoster(from: $from, to: $to, take: $take, skip: $skip) {
      totalCount
      items {
        id
        date
        restDay
        person {
          id
          displayName
        }
        shift {
          id
          name
        }
      }
    }
  }
`);

/** Writes roster entries (each replaces that person's day; at most 2,000), whole or not at all; the entries written. */
export const SET_ATTENDANCE_ROSTER = graphql(/* GraphQL */ `
  mutation SetAttendanceRoster($entries: [AttendanceRosterEntryInput!]!) {
    setAttendanceRoster(entries: $entries)
  }
`);

/** Imports a roster file (CSV: person,date,shift), written as setAttendanceRoster writes; problems named by row (`rows.2.person`). */
export const IMPORT_ATTENDANCE_ROSTER = graphql(/* GraphQL */ `
  mutation ImportAttendanceRoster($csv: String!) {
    importAttendanceRoster(csv: $csv)
  }
`);

graphql(/* GraphQL */ `
  fragment AttendanceLeaveTypeFields on AttendanceLeaveType {
    id
    version
    key
    nameEn
    nameZhHk
    nameZhCn
    paid
    needsBalance
    policy
    active
  }
`);

/** The organisation's leave types, by key (the API returns them all at once). */
export const ATTENDANCE_LEAVE_TYPES = graphql(/* GraphQL */ `
  query AttendanceLeaveTypes {
    attendanceLeaveTypes {
      ...AttendanceLeaveTypeFields
    }
  }
`);

/** Changes a leave type (its key stays); ATTENDANCE_LEAVE_POLICY_NEEDS_BALANCE at `needsBalance`, VERSION_CONFLICT when someone changed it since `version`. */
export const UPDATE_ATTENDANCE_LEAVE_TYPE = graphql(/* GraphQL */ `
  mutation UpdateAttendanceLeaveType($id: ID!, $input: AttendanceLeaveTypeInput!, $version: Int) {
    updateAttendanceLeaveType(id: $id, input: $input, version: $version) {
      ...AttendanceLeaveTypeFields
    }
  }
`);

/** A page of leave balances as of a day (default today), by name then leave type. */
export const ATTENDANCE_LEAVE_BALANCES = graphql(/* GraphQL */ `
  query AttendanceLeaveBalances($asOf: String, $personId: ID, $departmentId: ID, $take: Int!, $skip: Int!) {
    attendanceLeaveBalances(asOf: $asOf, personId: $personId, departmentId: $departmentId, take: $take, skip: $skip) {
      totalCount
      items {
        asOf
        available
        earned
        used
        expired
        pending
        person {
          id
          displayName
        }
        leaveType {
          ...AttendanceLeaveTypeFields
        }
      }
    }
  }
`);

graphql(/* GraphQL */ `
  fragment AttendanceLeaveEntryFields on AttendanceLeaveEntry {
    id
    kind
    fromAccount
    toAccount
    days
    effectiveOn
    note
    person {
      id
      displayName
    }
    leaveType {
      ...AttendanceLeaveTypeFields
    }
  }
`);

/** A page of the leave ledger's entries the caller may read, newest first. */
export const ATTENDANCE_LEAVE_ENTRIES = graphql(/* GraphQL */ `
  query AttendanceLeaveEntries($personId: ID, $leaveTypeId: ID, $take: Int!, $skip: Int!) {
    attendanceLeaveEntries(personId: $personId, leaveTypeId: $leaveTypeId, take: $take, skip: $skip) {
      totalCount
      items {
        ...AttendanceLeaveEntryFields
      }
    }
  }
`);

/** Adds days to a balance or takes them away (negative), with a reason; the ledger entry written. */
export const ADJUST_ATTENDANCE_LEAVE = graphql(/* GraphQL */ `
  mutation AdjustAttendanceLeave($input: AttendanceLeaveAdjustmentInput!) {
    adjustAttendanceLeave(input: $input) {
      ...AttendanceLeaveEntryFields
    }
  }
`);

/** A page of the leave and make-up punch requests the caller may read, newest first. */
export const ATTENDANCE_REQUESTS = graphql(/* GraphQL */ `
  query AttendanceRequests($filter: AttendanceRequestFilter, $take: Int!, $skip: Int!) {
    attendanceRequests(filter: $filter, take: $take, skip: $skip) {
      totalCount
      items {
        id
        kind
        status
        startDate
        endDate
        halfDay
        days
        punchType
        punchedAt
        overtimeStart
        overtimeEnd
        compensation
        reason
        approvalRequestId
        decidedAt
        person {
          id
          displayName
        }
        leaveType {
          ...AttendanceLeaveTypeFields
        }
      }
    }
  }
`);
