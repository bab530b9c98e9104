import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSystemContext } from '../../src/core/context/system-context.js';
import { closeYesterday } from '../../src/modules/attendance/days.service.js';
import { computeDays } from '../../src/modules/attendance/days.service.js';
import { accrueLeave } from '../../src/modules/attendance/leave.service.js';
import { createDepartment, createOrganization, createPerson, setDepartmentLeaders, type TestOrg, type TestPerson } from '../support/factories.js';
import { fieldsOf, startTestApp, until, type GqlClient, type TestApp } from '../support/test-app.js';

/**
 * Leave and make-up punches through GraphQL: the standard leave types, the Employment Ordinance accruals posted to a
 * double-entry ledger, balances as of a date, HR's adjustments; leave and make-up punch requests decided by the
 * approvals engine, their outcome changing the computed day and the ledger; a make-up working day counted like any
 * other working day; every forbidden path and bad input.
 */
let t: TestApp;
let org: TestOrg;
let other: TestOrg;
let hr: TestPerson;
let manager: TestPerson;
let worker: TestPerson;
let veteran: TestPerson;
let clerk: TestPerson;
let siteId: string;
let officeId: string;
let groupId: string;
let shiftId: string;
/** Working days before today in Hong Kong, latest first. */
let workingDays: string[];
let today: string;
const types: Record<string, string> = {};

const codeOf = (result: { errors?: { extensions: { code: string } }[] }) => result.errors?.[0]?.extensions.code;
const LEAVE_TYPES = '{ attendanceLeaveTypes { id key nameZhHk paid needsBalance policy active version } }';
const BALANCES =
  'query($p: ID, $asOf: String) { attendanceLeaveBalances(personId: $p, asOf: $asOf, take: 50) { totalCount items { asOf available earned used expired pending person { id } leaveType { key } } } }';
const ENTRIES =
  'query($p: ID, $t: ID) { attendanceLeaveEntries(personId: $p, leaveTypeId: $t, take: 100) { totalCount items { kind fromAccount toAccount days effectiveOn note person { id } leaveType { key } } } }';
const ADJUST = 'mutation($input: AttendanceLeaveAdjustmentInput!) { adjustAttendanceLeave(input: $input) { kind fromAccount toAccount days effectiveOn note } }';
const REQUEST_FIELDS = 'id kind status startDate endDate halfDay days punchType punchedAt reason approvalRequestId decidedAt person { id } leaveType { key }';
const REQUEST_LEAVE = `mutation($input: AttendanceLeaveRequestInput!) { requestAttendanceLeave(input: $input) { ${REQUEST_FIELDS} } }`;
const REQUEST_MAKE_UP = `mutation($input: AttendanceMakeUpPunchInput!) { requestAttendanceMakeUpPunch(input: $input) { ${REQUEST_FIELDS} } }`;
const REQUESTS = `query($f: AttendanceRequestFilter) { attendanceRequests(filter: $f, take: 100) { totalCount items { ${REQUEST_FIELDS} } } }`;
const APPROVAL = 'query($id: ID!) { approvalRequest(id: $id) { id status tasks { id status assignee { id } } } }';
const APPROVE = 'mutation($id: ID!) { approveApprovalTask(id: $id) { id status } }';
const REJECT = 'mutation($id: ID!) { rejectApprovalTask(id: $id, reason: "Not this time") { id status } }';
const REVOKE = 'mutation($id: ID!) { revokeApprovalRequest(id: $id, reason: "Plans changed") { id status } }';
const DAYS =
  'query($p: ID, $d: String) { attendanceDays(filter: { personId: $p, from: $d, to: $d }) { items { workDate status exceptions leaveTypeKey leaveHalfDay punchCount makeUpCount lateMinutes } } }';
const GROUP_INPUT = () => ({ name: 'Office staff', departmentIds: [siteId, officeId], shiftId });
const UPDATE_GROUP = 'mutation($id: ID!, $input: AttendanceGroupInput!) { updateAttendanceGroup(id: $id, input: $input) { id makeUpPerMonth makeUpDeadlineDays makeUpTypes } }';

type Request = {
  id: string;
  kind: string;
  status: string;
  startDate: string;
  endDate: string;
  halfDay: string | null;
  days: number | null;
  approvalRequestId: string;
  person: { id: string } | null;
  leaveType: { key: string } | null;
};
type Balance = { asOf: string; available: number; earned: number; used: number; expired: number; pending: number; person: { id: string } | null; leaveType: { key: string } | null };

/** The local date in Hong Kong of an instant. */
const hongKongDate = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Hong_Kong', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
/** A Hong Kong wall-clock time on a date, as an instant. */
const hongKongAt = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);
const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function balancesOf(client: GqlClient, personId: string, asOf?: string): Promise<Record<string, Balance>> {
  const data = await client.ok<{ attendanceLeaveBalances: { items: Balance[] } }>(BALANCES, { p: personId, asOf: asOf ?? null });
  return Object.fromEntries(data.attendanceLeaveBalances.items.map((b) => [b.leaveType!.key, b]));
}

/** The approver's pending task of a request, once the approval has routed it. */
async function taskOf(request: Request, approver: TestPerson): Promise<string> {
  const data = await approver.client!.ok<{ approvalRequest: { tasks: { id: string; status: string; assignee: { id: string } | null }[] } }>(APPROVAL, { id: request.approvalRequestId });
  const task = data.approvalRequest.tasks.find((x) => x.status === 'PENDING' && x.assignee?.id === approver.personId);
  if (!task) throw new Error(`No pending task for the approver in ${JSON.stringify(data.approvalRequest.tasks)}`);
  return task.id;
}

/** Waits until the request reaches `status` (the approval's outcome reaches attendance through an event consumer). */
async function settled(client: GqlClient, id: string, status: string): Promise<Request> {
  let found: Request | undefined;
  await until(async () => {
    const data = await client.ok<{ attendanceRequests: { items: Request[] } }>(REQUESTS, {});
    found = data.attendanceRequests.items.find((r) => r.id === id);
    return found?.status === status;
  }, `request ${id} ${status}`);
  return found!;
}

async function dayOf(client: GqlClient, personId: string, date: string) {
  const data = await client.ok<{
    attendanceDays: { items: { status: string; exceptions: string[]; leaveTypeKey: string | null; leaveHalfDay: string | null; punchCount: number; makeUpCount: number }[] };
  }>(DAYS, {
    p: personId,
    d: date,
  });
  return data.attendanceDays.items[0] ?? null;
}

/** A person's row of the monthly summary. */
async function monthOf(client: GqlClient, personId: string, month: string) {
  const data = await client.ok<{
    attendanceMonthlySummary: { items: { person: { id: string } | null; leaveDays: number; makeUpPunches: number; daysPresent: number; overtimeHours: number }[] };
  }>('query($m: String!) { attendanceMonthlySummary(month: $m, take: 100) { items { person { id } leaveDays makeUpPunches daysPresent overtimeHours } } }', { m: month });
  return data.attendanceMonthlySummary.items.find((row) => row.person?.id === personId)!;
}

const accrue = () => accrueLeave.handle(createSystemContext(t.app.services, org.organizationId), {});

beforeAll(async () => {
  t = await startTestApp();
  org = await createOrganization(t);
  other = await createOrganization(t);
  siteId = await createDepartment(org, 'Site');
  officeId = await createDepartment(org, 'Office');
  hr = await createPerson(t, org, { name: 'HR Officer', roles: ['hr'], departmentId: officeId });
  manager = await createPerson(t, org, { name: 'Site Manager', roles: ['department-manager'], departmentId: siteId });
  worker = await createPerson(t, org, { name: 'Site Worker', departmentId: siteId, managerId: manager.personId });
  veteran = await createPerson(t, org, { name: 'Veteran Foreman', departmentId: siteId, managerId: manager.personId });
  clerk = await createPerson(t, org, { name: 'Office Clerk', departmentId: officeId });
  await setDepartmentLeaders(org, siteId, [manager.personId]);
  shiftId = (
    await hr.client!.ok<{ createAttendanceShift: { id: string } }>('mutation($input: AttendanceShiftInput!) { createAttendanceShift(input: $input) { id } }', {
      input: { name: 'Office', start: '09:00', end: '18:00' },
    })
  ).createAttendanceShift.id;
  groupId = (await hr.client!.ok<{ createAttendanceGroup: { id: string } }>('mutation($input: AttendanceGroupInput!) { createAttendanceGroup(input: $input) { id } }', { input: GROUP_INPUT() }))
    .createAttendanceGroup.id;
  for (const type of (await hr.client!.ok<{ attendanceLeaveTypes: { id: string; key: string }[] }>(LEAVE_TYPES)).attendanceLeaveTypes) types[type.key] = type.id;

  // The calendar's working days before today (Monday to Friday, not a holiday), as the server counts them.
  today = hongKongDate(new Date());
  const year = Number(today.slice(0, 4));
  const calendar = await worker.client!.ok<{ workingCalendar: { last: { date: string }[]; current: { date: string }[] } }>(
    'query($a: Int, $b: Int) { workingCalendar { last: holidays(year: $a) { date } current: holidays(year: $b) { date } } }',
    { a: year - 1, b: year },
  );
  const holidays = new Set([...calendar.workingCalendar.last, ...calendar.workingCalendar.current].map((h) => h.date));
  workingDays = [];
  for (let date = plusDays(today, -1); workingDays.length < 15; date = plusDays(date, -1)) {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !holidays.has(date)) workingDays.push(date);
  }

  // Hired two years and a month ago (the worker) and four years ago (the veteran); untracked before the tests' days.
  const UPDATE_PERSON = 'mutation($id: ID!, $input: PersonDetailsInput!) { updatePerson(id: $id, input: $input) { id } }';
  await org.admin.ok(UPDATE_PERSON, { id: worker.personId, input: { employmentStartDate: `${year - 2}-${today.slice(5, 7)}-01` } });
  await org.admin.ok(UPDATE_PERSON, { id: veteran.personId, input: { employmentStartDate: `${year - 4}-01-02` } });
});
afterAll(() => t.stop());

describe('leave types', () => {
  it('every organisation starts with the standard types, annual and sick leave under the Employment Ordinance', async () => {
    const data = await worker.client!.ok<{ attendanceLeaveTypes: { key: string; nameZhHk: string; paid: boolean; needsBalance: boolean; policy: string; active: boolean }[] }>(LEAVE_TYPES);
    expect(data.attendanceLeaveTypes.map((x) => [x.key, x.nameZhHk, x.paid, x.needsBalance, x.policy])).toEqual([
      ['annual', '年假', true, true, 'HK_ANNUAL'],
      ['compensation', '補假', true, true, 'NONE'],
      ['maternity', '產假', true, false, 'NONE'],
      ['no-pay', '無薪假', false, false, 'NONE'],
      ['paternity', '侍產假', true, false, 'NONE'],
      ['sick', '病假', true, true, 'HK_SICK'],
    ]);
    // Another organisation's types are its own.
    const theirs = await other.admin.ok<{ attendanceLeaveTypes: { id: string }[] }>(LEAVE_TYPES);
    expect(theirs.attendanceLeaveTypes.some((x) => Object.values(types).includes(x.id))).toBe(false);
  });

  it('HR changes a type; staff may not; an Ordinance policy needs a balance; names are required', async () => {
    const UPDATE = 'mutation($id: ID!, $input: AttendanceLeaveTypeInput!, $v: Int) { updateAttendanceLeaveType(id: $id, input: $input, version: $v) { key nameEn paid version } }';
    const input = { nameEn: 'Paternity leave (5 days)', nameZhHk: '侍產假', nameZhCn: '陪产假', paid: true, needsBalance: false, policy: 'NONE', active: true };
    expect(codeOf(await worker.client!.request(UPDATE, { id: types.paternity, input }))).toBe('FORBIDDEN');
    const changed = await hr.client!.ok<{ updateAttendanceLeaveType: { key: string; nameEn: string; version: number } }>(UPDATE, { id: types.paternity, input, v: 1 });
    expect(changed.updateAttendanceLeaveType).toMatchObject({ key: 'paternity', nameEn: 'Paternity leave (5 days)', version: 2 });
    expect(codeOf(await hr.client!.request(UPDATE, { id: types.paternity, input, v: 1 }))).toBe('VERSION_CONFLICT');
    expect(fieldsOf(await hr.client!.request(UPDATE, { id: types.annual, input: { ...input, nameEn: ' ', policy: 'HK_ANNUAL' } }))).toEqual([
      ['nameEn', 'REQUIRED'],
      ['needsBalance', 'ATTENDANCE_LEAVE_POLICY_NEEDS_BALANCE'],
    ]);
    expect(codeOf(await other.admin.request(UPDATE, { id: types.annual, input }))).toBe('NOT_FOUND');
  });
});

describe('the ledger under the Employment Ordinance', () => {
  it('accrues annual leave on each anniversary and sickness days monthly, once however often the job runs', async () => {
    await accrue();
    await accrue();
    const year = Number(today.slice(0, 4));
    const balances = await balancesOf(hr.client!, worker.personId);
    // Two completed years: 7 + 7 annual days; 24 completed months: 12 × 2 + 12 × 4 sickness days.
    expect(balances.annual).toMatchObject({ available: 14, earned: 14, used: 0, pending: 0, asOf: today });
    expect(balances.sick).toMatchObject({ available: 72, earned: 72 });
    expect(balances.compensation).toMatchObject({ available: 0, earned: 0 });
    expect(Object.keys(balances).sort()).toEqual(['annual', 'compensation', 'sick']);
    // As of a date before the second anniversary, only the first year's.
    const before = await balancesOf(hr.client!, worker.personId, `${year - 1}-${today.slice(5, 7)}-01`);
    expect(before.annual.available).toBe(7);
    const entries = await hr.client!.ok<{ attendanceLeaveEntries: { totalCount: number; items: { kind: string; fromAccount: string; toAccount: string; days: number }[] } }>(ENTRIES, {
      p: worker.personId,
      t: types.annual,
    });
    expect(entries.attendanceLeaveEntries.totalCount).toBe(2);
    expect(entries.attendanceLeaveEntries.items.every((e) => e.kind === 'ACCRUAL' && e.fromAccount === 'ENTITLEMENT' && e.toAccount === 'AVAILABLE' && e.days === 7)).toBe(true);
  });

  it('caps accumulated sickness days at 120, recording the months withheld as zero', async () => {
    const balances = await balancesOf(hr.client!, veteran.personId);
    expect(balances.sick.available).toBe(120);
    const entries = await hr.client!.ok<{ attendanceLeaveEntries: { items: { days: number; note: string | null }[] } }>(ENTRIES, { p: veteran.personId, t: types.sick });
    expect(entries.attendanceLeaveEntries.items.some((e) => e.days === 0 && e.note === 'capped at 120 days')).toBe(true);
    // Three completed years and more: 7 + 7 + 8.
    expect(balances.annual.available).toBeGreaterThanOrEqual(22);
  });

  it('HR adjusts a balance with a reason; bad adjustments are refused field by field', async () => {
    const added = await hr.client!.ok<{ adjustAttendanceLeave: { kind: string; fromAccount: string; toAccount: string; days: number } }>(ADJUST, {
      input: { personId: clerk.personId, leaveTypeId: types.compensation, days: 1.5, effectiveOn: today, note: 'Worked the typhoon Saturday' },
    });
    expect(added.adjustAttendanceLeave).toEqual({ kind: 'ADJUSTMENT', fromAccount: 'ENTITLEMENT', toAccount: 'AVAILABLE', days: 1.5, effectiveOn: today, note: 'Worked the typhoon Saturday' });
    const taken = await hr.client!.ok<{ adjustAttendanceLeave: { fromAccount: string; days: number } }>(ADJUST, {
      input: { personId: clerk.personId, leaveTypeId: types.compensation, days: -0.5, effectiveOn: today, note: 'Counted twice' },
    });
    expect(taken.adjustAttendanceLeave).toMatchObject({ fromAccount: 'AVAILABLE', days: 0.5 });
    expect((await balancesOf(clerk.client!, clerk.personId)).compensation).toMatchObject({ available: 1, earned: 1 });
    expect(fieldsOf(await hr.client!.request(ADJUST, { input: { personId: other.adminPersonId, leaveTypeId: types['no-pay'], days: 0.333, effectiveOn: '2026-02-30', note: ' ' } }))).toEqual([
      ['days', 'ATTENDANCE_LEAVE_DAYS_INVALID'],
      ['effectiveOn', 'INVALID_DATE'],
      ['note', 'REQUIRED'],
      ['personId', 'UNKNOWN_REFERENCE'],
      ['leaveTypeId', 'ATTENDANCE_LEAVE_TYPE_UNLIMITED'],
    ]);
  });

  it('staff read only their own ledger and balances, managers their departments’, and only HR adjusts', async () => {
    const input = { personId: worker.personId, leaveTypeId: types.annual, days: 30, effectiveOn: today, note: 'Self-service' };
    expect(codeOf(await worker.client!.request(ADJUST, { input }))).toBe('FORBIDDEN');
    expect(codeOf(await manager.client!.request(ADJUST, { input }))).toBe('FORBIDDEN');
    expect((await worker.client!.ok<{ attendanceLeaveBalances: { totalCount: number } }>(BALANCES, { p: clerk.personId })).attendanceLeaveBalances.totalCount).toBe(0);
    const mine = await worker.client!.ok<{ attendanceLeaveBalances: { items: Balance[] } }>(BALANCES, { p: null });
    expect(new Set(mine.attendanceLeaveBalances.items.map((b) => b.person?.id))).toEqual(new Set([worker.personId]));
    const managed = await manager.client!.ok<{ attendanceLeaveBalances: { items: Balance[] } }>(BALANCES, { p: null });
    expect(new Set(managed.attendanceLeaveBalances.items.map((b) => b.person?.id))).toEqual(new Set([worker.personId, veteran.personId]));
    expect((await manager.client!.ok<{ attendanceLeaveEntries: { totalCount: number } }>(ENTRIES, { p: clerk.personId })).attendanceLeaveEntries.totalCount).toBe(0);
    expect((await other.admin.ok<{ attendanceLeaveEntries: { totalCount: number } }>(ENTRIES, { p: worker.personId })).attendanceLeaveEntries.totalCount).toBe(0);
    // A date that is not one (the empty string included) is refused, not read as "today".
    for (const asOf of ['', '2026-02-30']) expect(fieldsOf(await worker.client!.request(BALANCES, { p: null, asOf }))).toEqual([['asOf', 'INVALID_DATE']]);
  });
});

describe('leave through approvals', () => {
  it('approved leave is deducted and the day shows ON_LEAVE; revoked, it is given back and the day is absent again', async () => {
    const day = workingDays[2];
    const asked = (await worker.client!.ok<{ requestAttendanceLeave: Request }>(REQUEST_LEAVE, { input: { leaveTypeId: types.annual, startDate: day, endDate: day, reason: 'Family day' } }))
      .requestAttendanceLeave;
    expect(asked).toMatchObject({ kind: 'LEAVE', status: 'PENDING', days: 1, startDate: day, leaveType: { key: 'annual' }, person: { id: worker.personId } });
    expect((await balancesOf(worker.client!, worker.personId)).annual).toMatchObject({ available: 14, pending: 1 });

    await manager.client!.ok(APPROVE, { id: await taskOf(asked, manager) });
    await settled(worker.client!, asked.id, 'APPROVED');
    expect((await balancesOf(worker.client!, worker.personId)).annual).toMatchObject({ available: 13, used: 1, pending: 0 });
    expect(await dayOf(worker.client!, worker.personId, day)).toMatchObject({ status: 'ON_LEAVE', leaveTypeKey: 'annual', leaveHalfDay: null, exceptions: [] });

    await worker.client!.ok(REVOKE, { id: asked.approvalRequestId });
    await settled(worker.client!, asked.id, 'REVOKED');
    expect((await balancesOf(worker.client!, worker.personId)).annual).toMatchObject({ available: 14, used: 0 });
    expect(await dayOf(worker.client!, worker.personId, day)).toMatchObject({ status: 'ABSENT', leaveTypeKey: null });
    const ledger = await worker.client!.ok<{ attendanceLeaveEntries: { items: { kind: string; fromAccount: string; toAccount: string; days: number }[] } }>(ENTRIES, {
      p: worker.personId,
      t: types.annual,
    });
    expect(ledger.attendanceLeaveEntries.items.filter((e) => e.kind !== 'ACCRUAL').map((e) => [e.kind, e.fromAccount, e.toAccount, e.days])).toEqual([
      ['REVERSAL', 'USED', 'AVAILABLE', 1],
      ['USAGE', 'AVAILABLE', 'USED', 1],
    ]);
  });

  it('half a day: the morning off excuses the late arrival; a rejected request changes nothing', async () => {
    const day = workingDays[3];
    const half = (await worker.client!.ok<{ requestAttendanceLeave: Request }>(REQUEST_LEAVE, { input: { leaveTypeId: types.sick, startDate: day, endDate: day, halfDay: 'AM', reason: 'Personal' } }))
      .requestAttendanceLeave;
    expect(half.days).toBe(0.5);
    // The afternoon of the same day is a different half: it does not overlap.
    const other = (
      await worker.client!.ok<{ requestAttendanceLeave: Request }>(REQUEST_LEAVE, { input: { leaveTypeId: types['no-pay'], startDate: day, endDate: day, halfDay: 'PM', reason: 'Personal' } })
    ).requestAttendanceLeave;
    await manager.client!.ok(APPROVE, { id: await taskOf(half, manager) });
    await manager.client!.ok(REJECT, { id: await taskOf(other, manager) });
    await settled(worker.client!, half.id, 'APPROVED');
    await settled(worker.client!, other.id, 'REJECTED');
    expect(await dayOf(worker.client!, worker.personId, day)).toMatchObject({ leaveTypeKey: 'sick', leaveHalfDay: 'AM' });
    expect((await balancesOf(worker.client!, worker.personId)).sick).toMatchObject({ available: 71.5, used: 0.5 });
    expect((await monthOf(hr.client!, worker.personId, day.slice(0, 7))).leaveDays).toBe(0.5);
  });

  it('refuses what cannot be taken: too little balance, overlaps, days off only, bad ranges, unknown types, locked months', async () => {
    const first = workingDays[14];
    const last = workingDays[0];
    const tooMuch = await veteran.client!.request(REQUEST_LEAVE, { input: { leaveTypeId: types.compensation, startDate: first, endDate: last, reason: 'Personal' } });
    expect(codeOf(tooMuch)).toBe('ATTENDANCE_LEAVE_BALANCE_TOO_LOW');
    expect(tooMuch.errors?.[0].message).toContain('0 days available');

    const day = workingDays[4];
    const held = (await worker.client!.ok<{ requestAttendanceLeave: Request }>(REQUEST_LEAVE, { input: { leaveTypeId: types.annual, startDate: day, endDate: day, reason: 'Personal' } }))
      .requestAttendanceLeave;
    expect(codeOf(await worker.client!.request(REQUEST_LEAVE, { input: { leaveTypeId: types['no-pay'], startDate: day, endDate: day, halfDay: 'PM', reason: 'Personal' } }))).toBe(
      'ATTENDANCE_LEAVE_OVERLAPS',
    );
    // Pending days are held: the clerk's one compensation day, once asked for, is not there to ask for again.
    const pending = (
      await clerk.client!.ok<{ requestAttendanceLeave: Request }>(REQUEST_LEAVE, { input: { leaveTypeId: types.compensation, startDate: workingDays[6], endDate: workingDays[6], reason: 'Personal' } })
    ).requestAttendanceLeave;
    expect(
      codeOf(await clerk.client!.request(REQUEST_LEAVE, { input: { leaveTypeId: types.compensation, startDate: workingDays[7], endDate: workingDays[7], halfDay: 'PM', reason: 'Personal' } })),
    ).toBe('ATTENDANCE_LEAVE_BALANCE_TOO_LOW');
    await clerk.client!.ok('mutation($id: ID!) { withdrawApprovalRequest(id: $id) { id } }', { id: pending.approvalRequestId });
    await settled(clerk.client!, pending.id, 'WITHDRAWN');

    const saturday = [...Array(7).keys()].map((i) => plusDays(today, -i - 1)).find((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 6)!;
    expect(codeOf(await worker.client!.request(REQUEST_LEAVE, { input: { leaveTypeId: types.annual, startDate: saturday, endDate: plusDays(saturday, 1), reason: 'Personal' } }))).toBe(
      'ATTENDANCE_LEAVE_NO_WORKING_DAYS',
    );
    expect(fieldsOf(await worker.client!.request(REQUEST_LEAVE, { input: { leaveTypeId: types.annual, startDate: day, endDate: plusDays(day, -1), halfDay: 'AM', reason: 'Personal' } }))).toEqual([
      ['endDate', 'ATTENDANCE_RANGE_TOO_LONG'],
      ['halfDay', 'ATTENDANCE_HALF_DAY_ONE_DAY'],
    ]);
    expect(fieldsOf(await worker.client!.request(REQUEST_LEAVE, { input: { leaveTypeId: '00000000-0000-4000-8000-000000000000', startDate: 'soon', endDate: day, reason: ' ' } }))).toEqual([
      ['startDate', 'INVALID_DATE'],
      ['reason', 'REQUIRED'],
      ['leaveTypeId', 'UNKNOWN_REFERENCE'],
    ]);
    const theirs = (await other.admin.ok<{ attendanceLeaveTypes: { id: string }[] }>(LEAVE_TYPES)).attendanceLeaveTypes[0].id;
    expect(fieldsOf(await worker.client!.request(REQUEST_LEAVE, { input: { leaveTypeId: theirs, startDate: day, endDate: day, reason: 'Personal' } }))).toEqual([['leaveTypeId', 'UNKNOWN_REFERENCE']]);

    // A locked month refuses new leave in it.
    const month = plusDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7);
    await hr.client!.ok('mutation($m: String!) { lockAttendanceMonth(month: $m) { status } }', { m: month });
    expect(codeOf(await worker.client!.request(REQUEST_LEAVE, { input: { leaveTypeId: types.annual, startDate: `${month}-10`, endDate: `${month}-10`, reason: 'Personal' } }))).toBe(
      'ATTENDANCE_MONTH_LOCKED',
    );
    await hr.client!.ok('mutation($m: String!) { reopenAttendanceMonth(month: $m, reason: "Leave test") { status } }', { m: month });

    await worker.client!.ok('mutation($id: ID!) { withdrawApprovalRequest(id: $id) { id } }', { id: held.approvalRequestId });
    await settled(worker.client!, held.id, 'WITHDRAWN');
    expect((await balancesOf(worker.client!, worker.personId)).annual).toMatchObject({ available: 14, pending: 0 });
  });

  it('requests are read like the records they are: own, managed departments’, all for HR; never another organisation’s', async () => {
    const ids = (client: GqlClient) => client.ok<{ attendanceRequests: { items: Request[] } }>(REQUESTS, {}).then((d) => new Set(d.attendanceRequests.items.map((r) => r.person?.id)));
    expect(await ids(worker.client!)).toEqual(new Set([worker.personId]));
    expect(await ids(manager.client!)).toEqual(new Set([worker.personId]));
    expect(await ids(clerk.client!)).toEqual(new Set([clerk.personId]));
    expect((await ids(hr.client!)).has(worker.personId)).toBe(true);
    expect(await ids(other.admin)).toEqual(new Set());
  });

  it('a morning and an afternoon off, asked apart, make the whole day off', async () => {
    const day = workingDays[5];
    const ask = async (halfDay: string) =>
      (await veteran.client!.ok<{ requestAttendanceLeave: Request }>(REQUEST_LEAVE, { input: { leaveTypeId: types.sick, startDate: day, endDate: day, halfDay, reason: 'Clinic' } }))
        .requestAttendanceLeave;
    const [morning, afternoon] = [await ask('AM'), await ask('PM')];
    for (const request of [morning, afternoon]) await manager.client!.ok(APPROVE, { id: await taskOf(request, manager) });
    for (const request of [morning, afternoon]) await settled(veteran.client!, request.id, 'APPROVED');
    await until(async () => (await dayOf(hr.client!, veteran.personId, day))?.leaveHalfDay === null, 'the whole day off');
    expect(await dayOf(hr.client!, veteran.personId, day)).toMatchObject({ status: 'ON_LEAVE', leaveTypeKey: 'sick', leaveHalfDay: null });
  });
});

describe('make-up working days of the calendar', () => {
  it('a day off declared a working day: nobody punching is ABSENT once recomputed, and leave on it takes a day', async () => {
    const own = await createOrganization(t);
    const office = await createDepartment(own, 'Office');
    const lead = await createPerson(t, own, { name: 'Team Lead', roles: ['department-manager'], departmentId: office });
    const absentee = await createPerson(t, own, { name: 'Stayed Home', departmentId: office, managerId: lead.personId });
    const leaver = await createPerson(t, own, { name: 'Took Leave', departmentId: office, managerId: lead.personId });
    await setDepartmentLeaders(own, office, [lead.personId]);
    const shift = (
      await own.admin.ok<{ createAttendanceShift: { id: string } }>('mutation($input: AttendanceShiftInput!) { createAttendanceShift(input: $input) { id } }', {
        input: { name: 'Office', start: '09:00', end: '18:00' },
      })
    ).createAttendanceShift.id;
    await own.admin.ok('mutation($input: AttendanceGroupInput!) { createAttendanceGroup(input: $input) { id } }', { input: { name: 'Office staff', departmentIds: [office], shiftId: shift } });
    const noPay = (await own.admin.ok<{ attendanceLeaveTypes: { id: string; key: string }[] }>(LEAVE_TYPES)).attendanceLeaveTypes.find((type) => type.key === 'no-pay')!.id;

    // Yesterday is made a day off whatever it was: its weekday loses its hours, and a holiday on it is removed.
    const yesterday = hongKongDate(new Date(t.app.services.clock.now().getTime() - 86_400_000));
    const weekday = new Date(`${yesterday}T00:00:00Z`).getUTCDay() || 7;
    const officeDay = [{ start: '09:00', end: '18:00' }];
    const days = [1, 2, 3, 4, 5, 6, 7].filter((day) => day !== weekday).map((day) => ({ weekday: day, intervals: officeDay }));
    await own.admin.ok('mutation($input: SetWorkingHoursInput!) { setWorkingHours(input: $input) { id } }', { input: { days } });
    const holidays = await own.admin.ok<{ workingCalendar: { holidays: { id: string; date: string }[] } }>('query($y: Int) { workingCalendar { holidays(year: $y) { id date } } }', {
      y: Number(yesterday.slice(0, 4)),
    });
    const holiday = holidays.workingCalendar.holidays.find((h) => h.date === yesterday);
    if (holiday) await own.admin.ok('mutation($id: ID!) { removeHoliday(id: $id) }', { id: holiday.id });

    const leave = { leaveTypeId: noPay, startDate: yesterday, endDate: yesterday, reason: 'Family matter' };
    expect(codeOf(await leaver.client!.request(REQUEST_LEAVE, { input: leave }))).toBe('ATTENDANCE_LEAVE_NO_WORKING_DAYS');
    await closeYesterday.handle(createSystemContext(t.app.services, own.organizationId), {});
    expect(await dayOf(own.admin, absentee.personId, yesterday)).toMatchObject({ status: 'REST' });

    await own.admin.ok('mutation($input: MakeUpWorkdayInput!) { addMakeUpWorkday(input: $input) { id } }', { input: { date: yesterday, intervals: officeDay, nameEn: 'Worked in lieu' } });
    await own.admin.ok('mutation($from: String!, $to: String!) { recomputeAttendanceDays(from: $from, to: $to) }', { from: yesterday, to: yesterday });
    await until(async () => (await dayOf(own.admin, absentee.personId, yesterday))?.status === 'ABSENT', 'the make-up working day recomputed', 20_000);

    const asked = (await leaver.client!.ok<{ requestAttendanceLeave: Request }>(REQUEST_LEAVE, { input: leave })).requestAttendanceLeave;
    expect(asked).toMatchObject({ status: 'PENDING', days: 1, startDate: yesterday });
    await lead.client!.ok(APPROVE, { id: await taskOf(asked, lead) });
    await settled(leaver.client!, asked.id, 'APPROVED');
    expect(await dayOf(own.admin, leaver.personId, yesterday)).toMatchObject({ status: 'ON_LEAVE', leaveTypeKey: 'no-pay' });
  });
});

describe('make-up punches through approvals', () => {
  it('approved make-up punches count when the day is computed; the punches table is untouched', async () => {
    const day = workingDays[1];
    const clockIn = (
      await clerk.client!.ok<{ requestAttendanceMakeUpPunch: Request }>(REQUEST_MAKE_UP, { input: { punchType: 'IN', punchedAt: hongKongAt(day, '08:55'), reason: 'Phone battery flat' } })
    ).requestAttendanceMakeUpPunch;
    const clockOut = (
      await clerk.client!.ok<{ requestAttendanceMakeUpPunch: Request }>(REQUEST_MAKE_UP, { input: { punchType: 'OUT', punchedAt: hongKongAt(day, '18:05'), reason: 'Phone battery flat' } })
    ).requestAttendanceMakeUpPunch;
    expect(clockIn).toMatchObject({ kind: 'MAKE_UP_PUNCH', status: 'PENDING', startDate: day, days: null, leaveType: null });
    // The clerk's approver: no manager, no department leader — the library's fallback, the organisation's first admin.
    const admin = { personId: org.adminPersonId, client: org.admin } as TestPerson;
    await org.admin.ok(APPROVE, { id: await taskOf(clockIn, admin) });
    await org.admin.ok(APPROVE, { id: await taskOf(clockOut, admin) });
    await settled(clerk.client!, clockIn.id, 'APPROVED');
    await settled(clerk.client!, clockOut.id, 'APPROVED');
    await until(async () => (await dayOf(clerk.client!, clerk.personId, day))?.makeUpCount === 2, 'the day computed with both make-ups');
    expect(await dayOf(clerk.client!, clerk.personId, day)).toMatchObject({ status: 'NORMAL', exceptions: [], punchCount: 2, makeUpCount: 2 });
    expect(await monthOf(hr.client!, clerk.personId, day.slice(0, 7))).toMatchObject({ makeUpPunches: 2, daysPresent: 1 });
    const punches = await hr.client!.ok<{ attendancePunches: { totalCount: number } }>('query($p: ID) { attendancePunches(filter: { personId: $p }) { totalCount } }', { p: clerk.personId });
    expect(punches.attendancePunches.totalCount).toBe(0);
  });

  it('keeps the group’s limits: kinds allowed, so many a month, a deadline in working days; never in the future', async () => {
    await hr.client!.ok(UPDATE_GROUP, { id: groupId, input: { ...GROUP_INPUT(), makeUpPerMonth: 1, makeUpDeadlineDays: 2, makeUpTypes: ['IN'] } });
    const ask = (punchType: string, punchedAt: Date) => veteran.client!.request(REQUEST_MAKE_UP, { input: { punchType, punchedAt, reason: 'Forgot' } });
    expect(fieldsOf(await ask('OUT', hongKongAt(workingDays[0], '18:01')))).toEqual([['punchType', 'ATTENDANCE_MAKE_UP_TYPE_NOT_ALLOWED']]);
    expect(codeOf(await ask('IN', hongKongAt(workingDays[5], '09:00')))).toBe('ATTENDANCE_MAKE_UP_TOO_LATE');
    expect(fieldsOf(await ask('IN', new Date(Date.now() + 3_600_000)))).toEqual([['punchedAt', 'ATTENDANCE_MAKE_UP_IN_FUTURE']]);
    expect(codeOf(await ask('IN', hongKongAt(workingDays[0], '03:00')))).toBe('ATTENDANCE_OUTSIDE_PUNCH_WINDOW');
    expect(fieldsOf(await veteran.client!.request(REQUEST_MAKE_UP, { input: { punchType: 'IN', punchedAt: hongKongAt(workingDays[0], '09:00'), reason: ' ' } }))).toEqual([['reason', 'REQUIRED']]);
    const first = await ask('IN', hongKongAt(workingDays[0], '09:00'));
    expect(first.errors).toBeUndefined();
    expect(codeOf(await ask('IN', hongKongAt(workingDays[0], '09:05')))).toBe('ATTENDANCE_MAKE_UP_LIMIT');
    await hr.client!.ok(UPDATE_GROUP, { id: groupId, input: GROUP_INPUT() });
  });

  it('someone in no group cannot ask; no one asks for someone else; bad input is refused', async () => {
    const outsider = await createPerson(t, org, { name: 'Outsider' });
    expect(codeOf(await outsider.client!.request(REQUEST_MAKE_UP, { input: { punchType: 'IN', punchedAt: hongKongAt(workingDays[0], '09:00'), reason: 'x' } }))).toBe('ATTENDANCE_NOT_IN_GROUP');
    // No input names a person: a request is always the caller's own.
    expect(codeOf(await worker.client!.request(REQUEST_MAKE_UP, { input: { punchType: 'IN', punchedAt: hongKongAt(workingDays[0], '09:00'), reason: 'x', personId: clerk.personId } }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await worker.client!.request(REQUEST_MAKE_UP, { input: { punchType: 'SIDEWAYS', punchedAt: 'yesterday', reason: 'x' } }))).toBe('BAD_USER_INPUT');
  });
});

describe('overtime', () => {
  const REQUEST_OVERTIME = `mutation($input: AttendanceOvertimeInput!) { requestAttendanceOvertime(input: $input) { ${REQUEST_FIELDS} compensation overtimeStart overtimeEnd } }`;

  it('approved and punched: the lesser counts, and time off is granted in the ledger — taken back when the approval is revoked', async () => {
    await hr.client!.ok(UPDATE_GROUP, { id: groupId, input: { ...GROUP_INPUT(), overtimeMode: 'APPROVAL_AND_PUNCHES', overtimeMinimumMinutes: 30 } });
    const day = workingDays[2];
    const admin = { personId: org.adminPersonId, client: org.admin } as TestPerson;
    const asked = [
      (await hr.client!.ok<{ requestAttendanceMakeUpPunch: Request }>(REQUEST_MAKE_UP, { input: { punchType: 'IN', punchedAt: hongKongAt(day, '08:58'), reason: 'Forgot' } }))
        .requestAttendanceMakeUpPunch,
      (await hr.client!.ok<{ requestAttendanceMakeUpPunch: Request }>(REQUEST_MAKE_UP, { input: { punchType: 'OUT', punchedAt: hongKongAt(day, '20:30'), reason: 'Forgot' } }))
        .requestAttendanceMakeUpPunch,
      (
        await hr.client!.ok<{ requestAttendanceOvertime: Request }>(REQUEST_OVERTIME, {
          input: { start: hongKongAt(day, '18:00'), end: hongKongAt(day, '21:00'), compensation: 'TIME_OFF', reason: 'Payroll cut-off' },
        })
      ).requestAttendanceOvertime,
    ];
    expect(asked[2]).toMatchObject({ kind: 'OVERTIME', status: 'PENDING', startDate: day, compensation: 'TIME_OFF' });
    for (const request of asked) await org.admin.ok(APPROVE, { id: await taskOf(request, admin) });
    for (const request of asked) await settled(hr.client!, request.id, 'APPROVED');
    // Approved 18:00–21:00, punched out 20:30: 150 minutes count; a 540-minute shift makes that 0.28 of a day off.
    await until(async () => (await dayOf(hr.client!, hr.personId, day))?.makeUpCount === 2, 'the day with both make-ups');
    expect(
      (
        await hr.client!.ok<{ attendanceDays: { items: { overtimeMinutes: number }[] } }>(
          'query($p: ID, $d: String) { attendanceDays(filter: { personId: $p, from: $d, to: $d }) { items { overtimeMinutes } } }',
          { p: hr.personId, d: day },
        )
      ).attendanceDays.items[0].overtimeMinutes,
    ).toBe(150);
    expect((await balancesOf(hr.client!, hr.personId)).compensation).toMatchObject({ available: 0.28, earned: 0.28 });
    expect((await monthOf(hr.client!, hr.personId, day.slice(0, 7))).overtimeHours).toBe(2.5);

    await hr.client!.ok(REVOKE, { id: asked[2].approvalRequestId });
    await settled(hr.client!, asked[2].id, 'REVOKED');
    expect((await balancesOf(hr.client!, hr.personId)).compensation).toMatchObject({ available: 0 });
    const entries = await hr.client!.ok<{ attendanceLeaveEntries: { items: { kind: string; days: number }[] } }>(ENTRIES, { p: hr.personId, t: types.compensation });
    expect(entries.attendanceLeaveEntries.items.map((e) => [e.kind, e.days])).toEqual([
      ['ADJUSTMENT', 0.28],
      ['GRANT', 0.28],
    ]);
  });

  it('a group counting punches only takes no requests; bad periods are refused', async () => {
    await hr.client!.ok(UPDATE_GROUP, { id: groupId, input: { ...GROUP_INPUT(), overtimeMode: 'PUNCHES' } });
    const input = { start: hongKongAt(workingDays[0], '18:00'), end: hongKongAt(workingDays[0], '20:00'), compensation: 'PAY', reason: 'Concrete pour' };
    expect(codeOf(await worker.client!.request(REQUEST_OVERTIME, { input }))).toBe('ATTENDANCE_OVERTIME_NOT_BY_REQUEST');
    expect(fieldsOf(await worker.client!.request(REQUEST_OVERTIME, { input: { ...input, end: input.start, reason: ' ' } }))).toEqual([
      ['end', 'ATTENDANCE_OVERTIME_LENGTH'],
      ['reason', 'REQUIRED'],
    ]);
    expect(fieldsOf(await worker.client!.request(REQUEST_OVERTIME, { input: { ...input, end: new Date(input.start.getTime() + 17 * 3_600_000) } }))).toEqual([['end', 'ATTENDANCE_OVERTIME_LENGTH']]);
    await hr.client!.ok(UPDATE_GROUP, { id: groupId, input: GROUP_INPUT() });
  });
});

describe('day computation', () => {
  it('three computations of one day at once write it once (a punch and approvals landing together)', async () => {
    const day = workingDays[9];
    await t.sql('delete from attendance_day where tenant_id = $1 and person_id = $2 and work_date = $3', [org.organizationId, clerk.personId, day]);
    await Promise.all(
      [1, 2, 3].map(() => {
        const ctx = createSystemContext(t.app.services, org.organizationId);
        return ctx.transaction((em) => computeDays(ctx, em, [{ personId: clerk.personId, workDate: day }]));
      }),
    );
    const rows = await t.sql<{ status: string }>('select status from attendance_day where tenant_id = $1 and person_id = $2 and work_date = $3', [org.organizationId, clerk.personId, day]);
    expect(rows).toEqual([{ status: 'ABSENT' }]);
  });
});

describe('off-site punches needing approval', () => {
  const PUNCH = 'mutation($input: PunchInput!) { punch(input: $input) { id method flags needsApproval workDate } }';

  it('an off-site punch counts only once approved, as work where it should be; a rejected one never counts', async () => {
    expect(fieldsOf(await hr.client!.request(UPDATE_GROUP, { id: groupId, input: { ...GROUP_INPUT(), offsiteNeedsApproval: true } }))).toEqual([
      ['offsiteNeedsApproval', 'ATTENDANCE_OFFSITE_APPROVAL_NEEDS_OFFSITE'],
    ]);
    // The group has no places: every punch is off-site. Punched offline on the last working day, sent now.
    await hr.client!.ok(UPDATE_GROUP, {
      id: groupId,
      input: { ...GROUP_INPUT(), offsiteAllowed: true, offsiteRequiresRemark: false, offsiteNeedsApproval: true, offlineWindowMinutes: 10_080 },
    });
    const day = workingDays[0];
    const punchAt = (time: string, remark: string | null) =>
      clerk.client!.request<{ punch: { id: string; method: string; needsApproval: boolean; workDate: string } }>(PUNCH, {
        input: { clientPunchId: `offsite-${day}-${time}`, offline: true, deviceTime: hongKongAt(day, time), remark },
      });
    // The approver decides on a reason, so one is required even where plain off-site punches need none.
    expect(fieldsOf(await punchAt('08:55', null))).toEqual([['remark', 'ATTENDANCE_OFFSITE_REMARK_REQUIRED']]);
    const clockIn = (await punchAt('08:55', 'Client site in Kwun Tong')).data!.punch;
    const clockOut = (await punchAt('18:05', 'Client site in Kwun Tong')).data!.punch;
    expect(clockIn).toMatchObject({ method: 'OFFSITE', needsApproval: true, workDate: day });

    const asked = (await clerk.client!.ok<{ attendanceRequests: { items: (Request & { punchedAt: string; reason: string })[] } }>(REQUESTS, { f: { kind: 'OFFSITE_PUNCH' } })).attendanceRequests.items;
    expect(asked.map((r) => [r.status, r.startDate, r.punchedAt, r.reason]).sort()).toEqual([
      ['PENDING', day, hongKongAt(day, '08:55').toISOString(), 'Client site in Kwun Tong'],
      ['PENDING', day, hongKongAt(day, '18:05').toISOString(), 'Client site in Kwun Tong'],
    ]);
    // Pending, neither punch counts: the day is an absence.
    await until(async () => (await dayOf(hr.client!, clerk.personId, day))?.status === 'ABSENT', 'the day without its pending punches');

    const admin = { personId: org.adminPersonId, client: org.admin } as TestPerson;
    const [inRequest, outRequest] = [...asked].sort((a, b) => a.punchedAt.localeCompare(b.punchedAt));
    await org.admin.ok(APPROVE, { id: await taskOf(inRequest, admin) });
    await settled(clerk.client!, inRequest.id, 'APPROVED');
    await until(async () => (await dayOf(hr.client!, clerk.personId, day))?.punchCount === 1, 'the day with the approved clock-in');
    expect((await dayOf(hr.client!, clerk.personId, day)).exceptions).toContain('MISSING_OUT');

    await org.admin.ok(REJECT, { id: await taskOf(outRequest, admin) });
    await settled(clerk.client!, outRequest.id, 'REJECTED');
    const after = await dayOf(hr.client!, clerk.personId, day);
    expect(after).toMatchObject({ status: 'EXCEPTION', punchCount: 1 });
    expect(after.exceptions).not.toContain('OFFSITE');
    // The punches themselves are never touched.
    const punches = await hr.client!.ok<{ attendancePunches: { items: { id: string; needsApproval: boolean }[] } }>(
      'query($p: ID) { attendancePunches(filter: { personId: $p }, take: 50) { items { id needsApproval } } }',
      { p: clerk.personId },
    );
    expect(punches.attendancePunches.items.filter((p) => [clockIn.id, clockOut.id].includes(p.id))).toHaveLength(2);
    await hr.client!.ok(UPDATE_GROUP, { id: groupId, input: GROUP_INPUT() });
  });
});

describe('payroll export (KeyPay / Employment Hero)', () => {
  const EXPORT = 'query($m: String!, $f: AttendancePayrollFile!) { attendancePayrollExport(month: $m, file: $f) { fileName contentType base64 rows } }';
  const linesOf = (base64: string) =>
    Buffer.from(base64, 'base64')
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');

  it('timesheets: a line per worked day with start, end, breaks and hours; approved make-ups count', async () => {
    const day = workingDays[1];
    const file = (await hr.client!.ok<{ attendancePayrollExport: { fileName: string; contentType: string; base64: string; rows: number } }>(EXPORT, { m: day.slice(0, 7), f: 'TIMESHEETS' }))
      .attendancePayrollExport;
    expect(file).toMatchObject({ fileName: `payroll-timesheets-${day.slice(0, 7)}.csv`, contentType: 'text/csv; charset=utf-8' });
    const lines = linesOf(file.base64);
    expect(lines[0]).toBe('Employee Id,Employee Name,Start,End,Break Minutes,Units,Work Type,Comments');
    expect(lines).toHaveLength(file.rows + 1);
    const [d, m, y] = [day.slice(8, 10), day.slice(5, 7), day.slice(0, 4)];
    expect(lines).toContain(`${clerk.email},Office Clerk,${d}/${m}/${y} 08:55,${d}/${m}/${y} 18:05,0,9.17,Ordinary Hours,`);
  });

  it('leave: a line per day of approved leave, half days as 0.5, the leave type as the category', async () => {
    const day = workingDays[3];
    const file = (await hr.client!.ok<{ attendancePayrollExport: { base64: string; rows: number } }>(EXPORT, { m: day.slice(0, 7), f: 'LEAVE' })).attendancePayrollExport;
    const lines = linesOf(file.base64);
    expect(lines[0]).toBe('Employee Id,Employee Name,From Date,To Date,Units,Unit Type,Leave Category,Notes');
    const date = `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
    expect(lines).toContain(`${worker.email},Site Worker,${date},${date},0.5,Days,Sick leave,AM half day`);
    // The revoked day and the rejected afternoon are not leave.
    expect(lines.filter((line) => line.startsWith(worker.email))).toHaveLength(lines.filter((line) => line.includes('Site Worker')).length);
    expect(lines.some((line) => line.includes('No-pay leave'))).toBe(false);
  });

  it('carries only the days the caller may read; a malformed month is refused', async () => {
    const month = workingDays[1].slice(0, 7);
    const own = linesOf((await clerk.client!.ok<{ attendancePayrollExport: { base64: string } }>(EXPORT, { m: month, f: 'TIMESHEETS' })).attendancePayrollExport.base64);
    expect(own.slice(1).every((line) => line.startsWith(`${clerk.email},`))).toBe(true);
    expect((await other.admin.ok<{ attendancePayrollExport: { rows: number } }>(EXPORT, { m: month, f: 'TIMESHEETS' })).attendancePayrollExport.rows).toBe(0);
    expect(fieldsOf(await hr.client!.request(EXPORT, { m: '2026/12', f: 'LEAVE' }))).toEqual([['month', 'ATTENDANCE_MONTH_INVALID']]);
    const noRights = await createPerson(t, org, { name: 'No rights', roles: [] });
    expect(codeOf(await noRights.client!.request(EXPORT, { m: month, f: 'LEAVE' }))).toBe('FORBIDDEN');
  });
});
