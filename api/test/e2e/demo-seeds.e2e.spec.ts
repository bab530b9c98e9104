import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../seeds/demo-data.js';
import { seedAll } from '../../../seeds/seed.js';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app.js';

/**
 * The demo seeds as a fresh install makes them, before the workers start: the construction company with three months
 * of attendance replayed through the services (punches, leave, make-up punches and overtime decided through their
 * approvals, days closed by the nightly job, accruals posted). Read back through GraphQL as its HR manager: last month's
 * report has everyone with a few late days and some leave, every day of the history is computed, balances add up, and
 * seeding again changes nothing.
 */
let t: TestApp;
let hr: GqlClient;
const progress: string[] = [];

const HISTORY_DAYS = 90;
const PEOPLE = 58;

const pad = (value: number) => String(value).padStart(2, '0');
/** A day (YYYY-MM-DD) `offset` days after `day`. */
const plusDays = (day: string, offset: number) => new Date(Date.parse(`${day}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
const hongKongToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
/** The month before `day`'s, YYYY-MM. */
const lastMonthOf = (day: string) => {
  const [year, month] = day.split('-').map(Number);
  return month === 1 ? `${year - 1}-12` : `${year}-${pad(month - 1)}`;
};

const SUMMARY = `query($month: String!, $skip: Int!) {
  attendanceMonthlySummary(month: $month, skip: $skip, take: 100) {
    totalCount
    items { workingDays daysPresent absentDays lateCount leaveDays makeUpPunches overtimeHours offsiteDays person { id } department { name } }
  }
}`;
const DAYS = 'query($f: AttendanceDayFilter) { attendanceDays(filter: $f, take: 1) { totalCount } }';
const BALANCES = `query($skip: Int!) {
  attendanceLeaveBalances(skip: $skip, take: 100) { totalCount items { available earned used expired pending person { id } leaveType { key } } }
}`;
const REQUESTS = `query($f: AttendanceRequestFilter, $skip: Int! = 0) {
  attendanceRequests(filter: $f, skip: $skip, take: 100) { totalCount items { id kind status approvalRequestId decidedAt } }
}`;
const FLAGGED = 'query($skip: Int!) { attendancePunches(filter: { flagged: true }, skip: $skip, take: 100) { totalCount items { method flags remark } } }';
const APPROVAL = 'query($id: ID!) { approvalRequest(id: $id) { status subjectType subjectId } }';
const COUNTS = `{
  attendancePunches(take: 1) { totalCount }
  flagged: attendancePunches(filter: { flagged: true }, take: 1) { totalCount }
  attendanceRequests(take: 1) { totalCount }
  attendanceDays(take: 1) { totalCount }
  approvalRequests(take: 1) { totalCount }
}`;

/** Every page of a list query's items. */
async function all<T>(query: string, field: string, variables: Record<string, unknown> = {}): Promise<T[]> {
  const items: T[] = [];
  for (let skip = 0; ; skip += 100) {
    const page = (await hr.ok(query, { ...variables, skip }))[field] as { totalCount: number; items: T[] };
    items.push(...page.items);
    if (items.length >= page.totalCount || page.items.length === 0) return items;
  }
}

beforeAll(async () => {
  t = await startTestApp({ beforeServe: (services) => seedAll(services, { demo: true, progress: (line) => progress.push(line) }) });
  hr = await t.signIn('hr@wanghin.example.com', DEMO_PASSWORD);
}, 1_200_000);

afterAll(async () => {
  await t?.stop();
});

describe('demo seeds', () => {
  it('replays the construction company’s attendance with no step refused, and says what it made', () => {
    const line = progress.find((text) => text.includes('宏建工程有限公司: attendance of'));
    expect(line).toMatch(new RegExp(`attendance of ${PEOPLE} people over three months — \\d+ punches, \\d+ leave, make-up punch and overtime requests, \\d+ days computed — in [\\d.]+ s`));
    expect(progress.filter((text) => text.includes('refused'))).toEqual([]);
  });

  it('gives last month’s report a row for everyone, every working day computed, a few late days, some leave, few absences', async () => {
    const month = lastMonthOf(hongKongToday());
    const rows = await all<Record<string, any>>(SUMMARY, 'attendanceMonthlySummary', { month });
    expect(rows).toHaveLength(PEOPLE);
    const [year, number] = month.split('-').map(Number);
    const next = number === 12 ? `${year + 1}-01` : `${year}-${pad(number + 1)}`;
    const { workingDuration } = await hr.ok<{ workingDuration: { workingDays: number } }>('query($f: DateTimeISO!, $t: DateTimeISO!) { workingDuration(from: $f, to: $t) { workingDays } }', {
      f: `${month}-01T00:00:00+08:00`,
      t: `${next}-01T00:00:00+08:00`,
    });
    // Every working day of the month has its computed day, for everyone (absences and leave included).
    expect(new Set(rows.map((row) => row.workingDays))).toEqual(new Set([workingDuration.workingDays]));
    const sum = (field: string) => rows.reduce((total, row) => total + row[field], 0);
    const workingDays = PEOPLE * workingDuration.workingDays;
    expect(sum('lateCount')).toBeGreaterThan(0);
    expect(sum('lateCount')).toBeLessThan(workingDays * 0.1);
    expect(rows.filter((row) => row.lateCount === 0).length).toBeGreaterThan(PEOPLE / 4);
    expect(sum('leaveDays')).toBeGreaterThan(0);
    expect(sum('absentDays')).toBeLessThan(workingDays * 0.02);
    expect(sum('daysPresent')).toBeGreaterThan(workingDays * 0.85);
    expect(sum('makeUpPunches')).toBeGreaterThan(0);
    expect(sum('overtimeHours')).toBeGreaterThan(0);
    expect(sum('offsiteDays')).toBeGreaterThan(0);
    // The trend charts compare departments: every department with people is there.
    expect(new Set(rows.map((row) => row.department?.name)).size).toBe(7);
  });

  it('computes every day of the history for everyone, weekends and holidays included', async () => {
    const yesterday = plusDays(hongKongToday(), -1);
    const { attendanceDays } = await hr.ok<{ attendanceDays: { totalCount: number } }>(DAYS, { f: { from: plusDays(hongKongToday(), -HISTORY_DAYS), to: yesterday } });
    expect(attendanceDays.totalCount).toBe(PEOPLE * HISTORY_DAYS);
    const before = await hr.ok<{ attendanceDays: { totalCount: number } }>(DAYS, { f: { to: plusDays(hongKongToday(), -HISTORY_DAYS - 1) } });
    expect(before.attendanceDays.totalCount).toBe(0);
  });

  it('keeps balances that add up: what is available is what was earned less what was taken, never overdrawn', async () => {
    const balances = await all<Record<string, any>>(BALANCES, 'attendanceLeaveBalances');
    expect(new Set(balances.map((b) => b.person.id)).size).toBeGreaterThanOrEqual(PEOPLE);
    for (const balance of balances) {
      expect(balance.available).toBeCloseTo(balance.earned - balance.used - balance.expired, 2);
      expect(balance.available).toBeGreaterThanOrEqual(0);
      expect(balance.pending).toBeGreaterThanOrEqual(0);
    }
    const used = (key: string) => balances.filter((b) => b.leaveType.key === key).reduce((total, b) => total + b.used, 0);
    expect(used('annual')).toBeGreaterThan(0);
    expect(used('sick')).toBeGreaterThan(0);
    // Office staff take some overtime back as time off: granted, in the ledger.
    expect(balances.some((b) => b.leaveType.key === 'compensation' && b.earned > 0)).toBe(true);
  });

  it('decides leave, make-up punches and overtime through their approvals, whose outcome the requests follow', async () => {
    for (const kind of ['LEAVE', 'MAKE_UP_PUNCH', 'OVERTIME']) {
      const { attendanceRequests } = await hr.ok<{ attendanceRequests: { totalCount: number; items: Record<string, any>[] } }>(REQUESTS, { f: { kind } });
      expect(attendanceRequests.totalCount).toBeGreaterThan(0);
      const approved = attendanceRequests.items.filter((request) => request.status === 'APPROVED');
      expect(approved.length).toBeGreaterThan(0);
      for (const request of approved.slice(0, 3)) {
        expect(request.decidedAt).not.toBeNull();
        const { approvalRequest } = await hr.ok(APPROVAL, { id: request.approvalRequestId });
        expect(approvalRequest).toEqual({ status: 'APPROVED', subjectType: 'AttendanceRequest', subjectId: request.id });
      }
    }
    // Leave is also refused, withdrawn or still waiting now and then.
    const leave = await all<Record<string, any>>(REQUESTS, 'attendanceRequests', { f: { kind: 'LEAVE' } });
    expect(new Set(leave.map((request) => request.status))).toEqual(new Set(['APPROVED', 'REJECTED', 'WITHDRAWN', 'PENDING']));
  });

  it('has punches with their doubts: off-site with a remark, and offline', async () => {
    const punches = await all<{ method: string; flags: string[]; remark: string | null }>(FLAGGED, 'attendancePunches');
    expect(punches.some((p) => p.method === 'OFFSITE' && p.flags.includes('OFFSITE') && p.remark)).toBe(true);
    expect(punches.some((p) => p.flags.includes('OFFLINE') && p.method !== 'OFFSITE')).toBe(true);
  });

  it('changes nothing when seeded again: the organisations are there', async () => {
    const before = await hr.ok(COUNTS);
    const again: string[] = [];
    await seedAll(t.app.services, { demo: true, progress: (line) => again.push(line) });
    expect(again).toContain('  宏建工程有限公司: already there, nothing to do');
    expect(await hr.ok(COUNTS)).toEqual(before);
  });
});
