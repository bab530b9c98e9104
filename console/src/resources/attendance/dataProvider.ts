import type { HttpError, Identifier } from 'react-admin';
import type {
  AttendanceDayFilter,
  AttendanceDayStatus,
  AttendanceGroupFieldsFragment,
  AttendanceGroupInput,
  AttendanceMonthFieldsFragment,
  AttendancePlaceInput,
  AttendancePunchFilter,
  AttendanceReportFormat,
  AttendanceRequestFilter,
  AttendanceRequestKind,
  AttendanceRequestStatus,
  AttendanceRosterEntryInput,
  AttendanceShiftInput,
  MakeUpPunchType,
  OvertimeMode,
  ShiftBreakInput,
  ShiftKind,
} from '../../gql/graphql';
import { clientPage, compact, MAX_PAGE, page, resourceDataProvider, useNamedOperations, type AnyRecord } from '../../providers/dataProvider';
import { apiError, graphqlRequest, type ApiErrorBody } from '../../providers/graphqlClient';
import { adjustmentInput, balanceRows, leaveTypeInput, type LeaveType } from './leave';
import {
  ADJUST_ATTENDANCE_LEAVE,
  ATTENDANCE_DAYS,
  ATTENDANCE_GROUP,
  ATTENDANCE_GROUPS,
  ATTENDANCE_LEAVE_BALANCES,
  ATTENDANCE_LEAVE_ENTRIES,
  ATTENDANCE_LEAVE_TYPES,
  ATTENDANCE_MONTHLY_REPORT,
  ATTENDANCE_MONTHLY_SUMMARY,
  ATTENDANCE_MONTHS,
  ATTENDANCE_PLACE,
  ATTENDANCE_PLACES,
  ATTENDANCE_PUNCHES,
  ATTENDANCE_REQUESTS,
  ATTENDANCE_ROSTER,
  ATTENDANCE_SHIFT,
  ATTENDANCE_SHIFTS,
  CREATE_ATTENDANCE_GROUP,
  CREATE_ATTENDANCE_PLACE,
  CREATE_ATTENDANCE_SHIFT,
  DELETE_ATTENDANCE_GROUP,
  DELETE_ATTENDANCE_PLACE,
  DELETE_ATTENDANCE_SHIFT,
  IMPORT_ATTENDANCE_ROSTER,
  LOCK_ATTENDANCE_MONTH,
  RECOMPUTE_ATTENDANCE_DAYS,
  REOPEN_ATTENDANCE_MONTH,
  SET_ATTENDANCE_ROSTER,
  UPDATE_ATTENDANCE_GROUP,
  UPDATE_ATTENDANCE_LEAVE_TYPE,
  UPDATE_ATTENDANCE_PLACE,
  UPDATE_ATTENDANCE_SHIFT,
} from './operations';
import type { PersonMonth, ReportFile } from './reports';
import type { RosterEntry } from './roster';

// The forms send every field, create and update alike (the API takes the record whole); blanks are sent as null so the
// API applies its defaults, and list items as typed so a problem the API reports at `wifiBssids.1` is the second input.

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);
const integer = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item.trim() : '')) : []);
const ids = (value: unknown): string[] => (Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string' && id !== '') : []);
const MAKE_UP_TYPES: MakeUpPunchType[] = ['IN', 'OUT'];

/** The punches that may be made up, in the API's order whatever order they were ticked in; none ticked is none allowed. */
const OVERTIME_MODES: OvertimeMode[] = ['NONE', 'APPROVAL', 'APPROVAL_AND_PUNCHES', 'PUNCHES'];

export const makeUpTypes = (value: unknown): MakeUpPunchType[] | null => (Array.isArray(value) ? MAKE_UP_TYPES.filter((type) => value.includes(type)) : null);

/** The place form's values as the API's AttendancePlaceInput. */
export function placeInput(data: AnyRecord): AttendancePlaceInput {
  return {
    name: String(data.name ?? ''),
    address: text(data.address),
    latitude: data.latitude as number,
    longitude: data.longitude as number,
    radiusMeters: data.radiusMeters as number,
    wifiBssids: texts(data.wifiBssids),
    ipRanges: texts(data.ipRanges),
  };
}

/** The shift form's values as the API's AttendanceShiftInput (core hours only for a flexible shift). */
export function shiftInput(data: AnyRecord): AttendanceShiftInput {
  const kind = (data.kind ?? 'FIXED') as ShiftKind;
  const flexible = kind === 'FLEXIBLE';
  const breaks: ShiftBreakInput[] = (Array.isArray(data.breaks) ? (data.breaks as AnyRecord[]) : []).map((item) => ({ start: String(item?.start ?? ''), end: String(item?.end ?? '') }));
  return {
    name: String(data.name ?? ''),
    kind,
    start: String(data.start ?? ''),
    end: String(data.end ?? ''),
    lateToleranceMinutes: integer(data.lateToleranceMinutes),
    earlyLeaveToleranceMinutes: integer(data.earlyLeaveToleranceMinutes),
    punchOpensBeforeMinutes: integer(data.punchOpensBeforeMinutes),
    punchClosesAfterMinutes: integer(data.punchClosesAfterMinutes),
    breaks,
    coreStart: flexible ? text(data.coreStart) : null,
    coreEnd: flexible ? text(data.coreEnd) : null,
    requiredMinutes: flexible ? integer(data.requiredMinutes) : null,
  };
}

/** The group form's values as the API's AttendanceGroupInput. */
export function groupInput(data: AnyRecord): AttendanceGroupInput {
  return {
    name: String(data.name ?? ''),
    timeZone: text(data.timeZone),
    departmentIds: ids(data.departmentIds),
    personIds: ids(data.personIds),
    excludedPersonIds: ids(data.excludedPersonIds),
    placeIds: ids(data.placeIds),
    shiftId: text(data.shiftId),
    rostered: Boolean(data.rostered),
    offsiteAllowed: Boolean(data.offsiteAllowed),
    offsiteRequiresRemark: Boolean(data.offsiteRequiresRemark),
    offsiteRequiresPhoto: Boolean(data.offsiteRequiresPhoto),
    offsiteNeedsApproval: Boolean(data.offsiteNeedsApproval),
    keepCoordinates: Boolean(data.keepCoordinates),
    coordinatesRetentionDays: integer(data.coordinatesRetentionDays),
    offlineWindowMinutes: integer(data.offlineWindowMinutes),
    maxPunchesPerDay: integer(data.maxPunchesPerDay),
    monitoringNotice: text(data.monitoringNotice),
    makeUpPerMonth: integer(data.makeUpPerMonth),
    makeUpDeadlineDays: integer(data.makeUpDeadlineDays),
    makeUpTypes: makeUpTypes(data.makeUpTypes),
    overtimeMode: OVERTIME_MODES.find((mode) => mode === data.overtimeMode) ?? null,
    overtimeMinimumMinutes: integer(data.overtimeMinimumMinutes),
  };
}

const LIST_FIELDS = ['departmentIds', 'personIds', 'excludedPersonIds', 'placeIds'];

/**
 * The API names an unknown id by its place in a list (`departmentIds.2`, `personIds.0`); the group form and the
 * recompute dialog pick each list with one input, so the problem is shown under that input.
 */
async function problemsAtPickers<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const body = (error as HttpError).body as Partial<ApiErrorBody> | undefined;
    if (!body?.fields?.length) throw error;
    const fields = body.fields.map((problem) => {
      const [list] = problem.field.replace(/^input\./, '').split('.');
      return LIST_FIELDS.includes(list) ? { ...problem, field: list } : problem;
    });
    throw apiError((error as Error).message, body.code ?? 'BAD_USER_INPUT', fields, (error as HttpError).status);
  }
}

/** A group as the form holds it: the API's fields plus its shift's id for the shift input. */
const toGroup = (group: AttendanceGroupFieldsFragment) => ({ ...group, shiftId: group.shift?.id ?? null });

const allPlaces = async () => (await graphqlRequest(ATTENDANCE_PLACES, { take: MAX_PAGE, skip: 0 })).attendancePlaces.items;

/** Places → `attendancePlaces` (searched by name in the browser for the group form's picker), create, update, delete. */
export const attendancePlacesDataProvider = resourceDataProvider({
  async getList(params) {
    const q = String(params.filter?.q ?? '')
      .trim()
      .toLowerCase();
    if (q)
      return clientPage(
        (await allPlaces()).filter((place) => `${place.name} ${place.address ?? ''}`.toLowerCase().includes(q)),
        params,
      );
    const { attendancePlaces } = await graphqlRequest(ATTENDANCE_PLACES, page(params));
    return { data: attendancePlaces.items, total: attendancePlaces.totalCount };
  },
  getOne: async (id) => (await graphqlRequest(ATTENDANCE_PLACE, { id: String(id) })).attendancePlace,
  create: async (data) => (await graphqlRequest(CREATE_ATTENDANCE_PLACE, { input: placeInput(data) })).createAttendancePlace,
  update: async (id, data, previous) => (await graphqlRequest(UPDATE_ATTENDANCE_PLACE, { id: String(id), input: placeInput(data), version: previous.version as number })).updateAttendancePlace,
  async delete(id, previous) {
    await graphqlRequest(DELETE_ATTENDANCE_PLACE, { id: String(id) });
    return previous ?? { id };
  },
});

/** Shifts → `attendanceShifts`, `attendanceShift`, create, update, delete. */
export const attendanceShiftsDataProvider = resourceDataProvider({
  async getList(params) {
    const { attendanceShifts } = await graphqlRequest(ATTENDANCE_SHIFTS, page(params));
    return { data: attendanceShifts.items, total: attendanceShifts.totalCount };
  },
  getOne: async (id) => (await graphqlRequest(ATTENDANCE_SHIFT, { id: String(id) })).attendanceShift,
  create: async (data) => (await graphqlRequest(CREATE_ATTENDANCE_SHIFT, { input: shiftInput(data) })).createAttendanceShift,
  update: async (id, data, previous) => (await graphqlRequest(UPDATE_ATTENDANCE_SHIFT, { id: String(id), input: shiftInput(data), version: previous.version as number })).updateAttendanceShift,
  async delete(id, previous) {
    await graphqlRequest(DELETE_ATTENDANCE_SHIFT, { id: String(id) });
    return previous ?? { id };
  },
});

/** Attendance groups → `attendanceGroups`, `attendanceGroup`, create, update, delete. */
export const attendanceGroupsDataProvider = resourceDataProvider({
  async getList(params) {
    const { attendanceGroups } = await graphqlRequest(ATTENDANCE_GROUPS, page(params));
    return { data: attendanceGroups.items.map(toGroup), total: attendanceGroups.totalCount };
  },
  getOne: async (id) => toGroup((await graphqlRequest(ATTENDANCE_GROUP, { id: String(id) })).attendanceGroup),
  create: (data) => problemsAtPickers(async () => toGroup((await graphqlRequest(CREATE_ATTENDANCE_GROUP, { input: groupInput(data) })).createAttendanceGroup)),
  update: (id: Identifier, data, previous) =>
    problemsAtPickers(async () => toGroup((await graphqlRequest(UPDATE_ATTENDANCE_GROUP, { id: String(id), input: groupInput(data), version: previous.version as number })).updateAttendanceGroup)),
  async delete(id, previous) {
    await graphqlRequest(DELETE_ATTENDANCE_GROUP, { id: String(id) });
    return previous ?? { id };
  },
});

/** Punches → `attendancePunches`, filtered by person, work days (YYYY-MM-DD) and flags; read-only. */
export const attendancePunchesDataProvider = resourceDataProvider({
  async getList(params) {
    const filter = params.filter ?? {};
    const variables = { ...page(params), filter: compact({ personId: filter.personId, from: filter.from, to: filter.to, flagged: filter.flagged || undefined }) as AttendancePunchFilter };
    const { attendancePunches } = await graphqlRequest(ATTENDANCE_PUNCHES, variables);
    return { data: attendancePunches.items, total: attendancePunches.totalCount };
  },
});

const dayOperations = {
  /** Queues the days from `from` to `to` (YYYY-MM-DD) to be computed again, for these people or every group member; the person-days queued. */
  recomputeAttendanceDays: (from: string, to: string, personIds: string[]): Promise<number> =>
    problemsAtPickers(async () => (await graphqlRequest(RECOMPUTE_ATTENDANCE_DAYS, { from, to, personIds: personIds.length ? personIds : null })).recomputeAttendanceDays),
  /** Every person's month (YYYY-MM) the caller may read, of one (primary) department or all, by department then name: the API's pages of 100, read to the end. */
  async attendanceMonthlySummary(month: string, departmentId: string | null): Promise<PersonMonth[]> {
    const rows: PersonMonth[] = [];
    for (let skip = 0; ; skip += MAX_PAGE) {
      const { attendanceMonthlySummary } = await graphqlRequest(ATTENDANCE_MONTHLY_SUMMARY, { month, departmentId, take: MAX_PAGE, skip });
      rows.push(...attendanceMonthlySummary.items);
      if (rows.length >= attendanceMonthlySummary.totalCount || attendanceMonthlySummary.items.length === 0) return rows;
    }
  },
  /** The monthly report of a month (YYYY-MM) as a CSV or XLSX file, base64-encoded. */
  attendanceMonthlyReport: async (month: string, format: AttendanceReportFormat, departmentId: string | null): Promise<ReportFile> =>
    (await graphqlRequest(ATTENDANCE_MONTHLY_REPORT, { month, format, departmentId })).attendanceMonthlyReport,
};

/** Computed work days → `attendanceDays`, filtered by person, department, work days (YYYY-MM-DD) and status; recomputation is a named verb. */
export const attendanceDaysDataProvider = resourceDataProvider(
  {
    async getList(params) {
      const filter = params.filter ?? {};
      const variables = {
        ...page(params),
        filter: compact({
          personId: filter.personId,
          departmentId: filter.departmentId,
          from: filter.from,
          to: filter.to,
          status: filter.status as AttendanceDayStatus | undefined,
        }) as AttendanceDayFilter,
      };
      const { attendanceDays } = await graphqlRequest(ATTENDANCE_DAYS, variables);
      return { data: attendanceDays.items, total: attendanceDays.totalCount };
    },
  },
  dayOperations,
);

/** The computed days' named operations (`recomputeAttendanceDays`, the monthly summary and report). */
export const useAttendanceDayOperations = () => useNamedOperations<typeof dayOperations>('attendanceDays');

const monthOperations = {
  /** The twelve months of a year with their payroll cut-off (those never locked are OPEN). */
  attendanceMonths: async (year: number): Promise<AttendanceMonthFieldsFragment[]> => (await graphqlRequest(ATTENDANCE_MONTHS, { year })).attendanceMonths,
  /** Locks a month (YYYY-MM) that has begun; VERSION_CONFLICT when someone changed it since `version`. */
  lockAttendanceMonth: async (month: string, version: number): Promise<AttendanceMonthFieldsFragment> => (await graphqlRequest(LOCK_ATTENDANCE_MONTH, { month, version })).lockAttendanceMonth,
  /** Reopens a locked month (YYYY-MM), with the reason; the API refuses an empty one (REQUIRED, at `reason`). */
  reopenAttendanceMonth: async (month: string, reason: string, version: number): Promise<AttendanceMonthFieldsFragment> =>
    (await graphqlRequest(REOPEN_ATTENDANCE_MONTH, { month, reason, version })).reopenAttendanceMonth,
};

/** Months' payroll cut-off: only named operations (`attendanceMonths`, `lockAttendanceMonth`, `reopenAttendanceMonth`), no CRUD. */
export const attendanceMonthsDataProvider = resourceDataProvider({}, monthOperations);

/** The months' named operations. */
export const useAttendanceMonthOperations = () => useNamedOperations<typeof monthOperations>('attendanceMonths');

const rosterOperations = {
  /** Every roster entry from `from` to `to` (YYYY-MM-DD) the caller may read, by day then person: the API's pages of 100, read to the end. */
  async attendanceRoster(from: string, to: string): Promise<RosterEntry[]> {
    const entries: RosterEntry[] = [];
    for (let skip = 0; ; skip += MAX_PAGE) {
      const { attendanceRoster } = await graphqlRequest(ATTENDANCE_ROSTER, { from, to, take: MAX_PAGE, skip });
      entries.push(...attendanceRoster.items);
      if (entries.length >= attendanceRoster.totalCount || attendanceRoster.items.length === 0) return entries;
    }
  },
  /** Writes people's days (each replaces that day), all or none; problems are named by their place in the list (`entries.3.date`). The entries written. */
  setAttendanceRoster: async (entries: AttendanceRosterEntryInput[]): Promise<number> => (await graphqlRequest(SET_ATTENDANCE_ROSTER, { entries })).setAttendanceRoster,
  /** Imports a roster file (CSV with the header person,date,shift), all rows or none; problems are named by row (`rows.2.person`). The entries written. */
  importAttendanceRoster: async (csv: string): Promise<number> => (await graphqlRequest(IMPORT_ATTENDANCE_ROSTER, { csv })).importAttendanceRoster,
};

/** Rosters: only named operations (`attendanceRoster`, `setAttendanceRoster`, `importAttendanceRoster`), no CRUD. */
export const attendanceRosterDataProvider = resourceDataProvider({}, rosterOperations);

/** The roster's named operations. */
export const useAttendanceRosterOperations = () => useNamedOperations<typeof rosterOperations>('attendanceRoster');

const allLeaveTypes = async (): Promise<LeaveType[]> => (await graphqlRequest(ATTENDANCE_LEAVE_TYPES)).attendanceLeaveTypes;

/**
 * Leave types → `attendanceLeaveTypes` (the API returns them all, by key: paged and filtered by `needsBalance` in the
 * browser; one is found among them), update (`updateAttendanceLeaveType`, with the version shown). They are set up with
 * the organisation: none is added or deleted.
 */
export const attendanceLeaveTypesDataProvider = resourceDataProvider({
  async getList(params) {
    const needsBalance = params.filter?.needsBalance;
    const types = await allLeaveTypes();
    return clientPage(typeof needsBalance === 'boolean' ? types.filter((type) => type.needsBalance === needsBalance) : types, params);
  },
  async getOne(id) {
    const found = (await allLeaveTypes()).find((type) => type.id === String(id));
    if (!found) throw new Error('ra.notification.item_doesnt_exist');
    return found;
  },
  getMany: async (ids) => (await allLeaveTypes()).filter((type) => ids.map(String).includes(type.id)),
  update: async (id, data, previous) =>
    (await graphqlRequest(UPDATE_ATTENDANCE_LEAVE_TYPE, { id: String(id), input: leaveTypeInput(data), version: previous.version as number })).updateAttendanceLeaveType,
});

const balanceOperations = {
  /** Adds days to a balance (or takes them away), with a reason; problems are named by the input's fields (`days`, `note` …). */
  adjustAttendanceLeave: async (values: AnyRecord) => (await graphqlRequest(ADJUST_ATTENDANCE_LEAVE, { input: adjustmentInput(values) })).adjustAttendanceLeave,
};

/** Leave balances → `attendanceLeaveBalances` as of a day (default today), filtered by person and department; adjusting one is a named verb. */
export const attendanceLeaveBalancesDataProvider = resourceDataProvider(
  {
    async getList(params) {
      const filter = params.filter ?? {};
      const { take, skip } = page(params);
      const { attendanceLeaveBalances } = await graphqlRequest(ATTENDANCE_LEAVE_BALANCES, {
        take,
        skip,
        asOf: text(filter.asOf),
        personId: text(filter.personId),
        departmentId: text(filter.departmentId),
      });
      return { data: balanceRows(attendanceLeaveBalances.items, skip), total: attendanceLeaveBalances.totalCount };
    },
  },
  balanceOperations,
);

/** The balances' named operation (`adjustAttendanceLeave`). */
export const useAttendanceLeaveBalanceOperations = () => useNamedOperations<typeof balanceOperations>('attendanceLeaveBalances');

/** The leave ledger → `attendanceLeaveEntries`, newest first, filtered by person and leave type; read-only (corrections are new entries). */
export const attendanceLeaveEntriesDataProvider = resourceDataProvider({
  async getList(params) {
    const filter = params.filter ?? {};
    const { attendanceLeaveEntries } = await graphqlRequest(ATTENDANCE_LEAVE_ENTRIES, { ...page(params), personId: text(filter.personId), leaveTypeId: text(filter.leaveTypeId) });
    return { data: attendanceLeaveEntries.items, total: attendanceLeaveEntries.totalCount };
  },
});

/** Leave and make-up punch requests → `attendanceRequests`, newest first, filtered by person, kind and status; decided through their approval. */
export const attendanceRequestsDataProvider = resourceDataProvider({
  async getList(params) {
    const filter = params.filter ?? {};
    const variables = {
      ...page(params),
      filter: compact({ personId: filter.personId, kind: filter.kind as AttendanceRequestKind | undefined, status: filter.status as AttendanceRequestStatus | undefined }) as AttendanceRequestFilter,
    };
    const { attendanceRequests } = await graphqlRequest(ATTENDANCE_REQUESTS, variables);
    return { data: attendanceRequests.items, total: attendanceRequests.totalCount };
  },
});
