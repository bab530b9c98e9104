import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSystemContext } from '../../src/core/context/system-context.js';
import { sql, tenantSql, TENANT } from '../../src/core/database/sql.js';
import { closeYesterday } from '../../src/modules/attendance/days.service.js';
import { groupMembers, membershipOf } from '../../src/modules/attendance/membership.js';
import { eraseExpiredCoordinates } from '../../src/modules/attendance/punches.service.js';
import { assignRoleById, createCustomRole, createDepartment, createOrganization, createPerson, PASSWORD, setDepartmentLeaders, type TestOrg, type TestPerson } from '../support/factories.js';
import { fieldsOf, startTestApp, until, type GqlClient, type TestApp } from '../support/test-app.js';

/**
 * Attendance through GraphQL: places, shifts and groups kept by HR; punches judged by the caller's group — Wi-Fi, GPS
 * (accuracy and mock locations), IP ranges, off-site policy, punch windows of a shift, the monitoring notice, the day's
 * limit, offline punches replayed exactly once — and who may read which punches; every forbidden path and bad input.
 */
let t: TestApp;
let org: TestOrg;
let other: TestOrg;
let hr: TestPerson;
let worker: TestPerson;
let siteManager: TestPerson;
let officeClerk: TestPerson;
let finance: TestPerson;
let siteId: string;
let officeId: string;

// Kai Tak site: a 300 m fence with its own access point; the office answers from 127.0.0.0/8 (where the tests call from).
const KAI_TAK = { name: 'Kai Tak site', latitude: 22.3193, longitude: 114.2135, radiusMeters: 300, wifiBssids: ['AA-BB-CC-00-11-22'], ipRanges: [] };
const OFFICE = { name: 'Head office', latitude: 22.2855, longitude: 114.1577, radiusMeters: 200, wifiBssids: [], ipRanges: ['127.0.0.0/8', '::1/128'] };
/** Metres per degree of latitude, near enough for placing test points. */
const METERS_PER_DEGREE = 111_195;
const north = (place: { latitude: number; longitude: number }, meters: number, accuracyMeters = 10, isMock = false) => ({
  latitude: place.latitude + meters / METERS_PER_DEGREE,
  longitude: place.longitude,
  accuracyMeters,
  isMock,
});

const PUNCH_FIELDS = 'id clientPunchId punchedAt receivedAt workDate method distanceMeters accuracyMeters flags remark latitude longitude coordinatesEraseAt place { id name } person { id }';
const PUNCH = `mutation($input: PunchInput!) { punch(input: $input) { ${PUNCH_FIELDS} } }`;
const CREATE_PLACE = 'mutation($input: AttendancePlaceInput!) { createAttendancePlace(input: $input) { id name wifiBssids ipRanges version } }';
const CREATE_SHIFT = 'mutation($input: AttendanceShiftInput!) { createAttendanceShift(input: $input) { id name start end version } }';
const CREATE_GROUP = 'mutation($input: AttendanceGroupInput!) { createAttendanceGroup(input: $input) { id name version noticeVersion places { id } shift { id } } }';
const UPDATE_GROUP = 'mutation($id: ID!, $input: AttendanceGroupInput!, $version: Int) { updateAttendanceGroup(id: $id, input: $input, version: $version) { id version noticeVersion } }';
const PUNCHES = 'query($f: AttendancePunchFilter) { attendancePunches(filter: $f, take: 100) { totalCount items { id person { id } flags } } }';

type Punch = {
  id: string;
  clientPunchId: string;
  punchedAt: string;
  receivedAt: string;
  workDate: string;
  method: string;
  distanceMeters: number | null;
  flags: string[];
  latitude: number | null;
  coordinatesEraseAt: string | null;
  place: { id: string; name: string } | null;
};

const codeOf = (result: { errors?: { extensions: { code: string } }[] }) => result.errors?.[0]?.extensions.code;
let punchNumber = 0;
const punchId = () => `phone-${Date.now()}-${(punchNumber += 1)}`;
const punch = async (client: GqlClient, input: Record<string, unknown>) => (await client.ok<{ punch: Punch }>(PUNCH, { input: { clientPunchId: punchId(), ...input } })).punch;

/** The local date and HH:MM in Hong Kong of an instant. */
function hongKong(at: Date): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Hong_Kong', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

let kaiTak: string;
let office: string;
let siteGroup: { id: string; version: number };

beforeAll(async () => {
  t = await startTestApp();
  org = await createOrganization(t);
  other = await createOrganization(t);
  siteId = await createDepartment(org, 'Site 1');
  officeId = await createDepartment(org, 'Office');
  hr = await createPerson(t, org, { name: 'HR Officer', roles: ['hr'], departmentId: officeId });
  siteManager = await createPerson(t, org, { name: 'Site Manager', roles: ['department-manager'], departmentId: siteId });
  worker = await createPerson(t, org, { name: 'Site Worker', departmentId: siteId });
  officeClerk = await createPerson(t, org, { name: 'Office Clerk', departmentId: officeId });
  finance = await createPerson(t, org, { name: 'Payroll Officer', roles: ['finance'], departmentId: officeId });
  await setDepartmentLeaders(org, siteId, [siteManager.personId]);
  kaiTak = (await hr.client!.ok<{ createAttendancePlace: { id: string } }>(CREATE_PLACE, { input: KAI_TAK })).createAttendancePlace.id;
  office = (await hr.client!.ok<{ createAttendancePlace: { id: string } }>(CREATE_PLACE, { input: OFFICE })).createAttendancePlace.id;
  siteGroup = (await hr.client!.ok<{ createAttendanceGroup: { id: string; version: number } }>(CREATE_GROUP, { input: { name: 'Site staff', departmentIds: [siteId], placeIds: [kaiTak] } }))
    .createAttendanceGroup;
  await hr.client!.ok(CREATE_GROUP, { input: { name: 'Office staff', departmentIds: [officeId], placeIds: [office], offsiteAllowed: true, offsiteRequiresRemark: true } });
});
afterAll(() => t.stop());

describe('rules kept by HR', () => {
  it('stores places with BSSIDs normalised, and refuses bad ones field by field', async () => {
    const places = await hr.client!.ok<{ attendancePlaces: { items: { name: string; wifiBssids: string[]; ipRanges: string[] }[] } }>('{ attendancePlaces { items { name wifiBssids ipRanges } } }');
    expect(places.attendancePlaces.items).toEqual([
      { name: 'Head office', wifiBssids: [], ipRanges: ['127.0.0.0/8', '::1/128'] },
      { name: 'Kai Tak site', wifiBssids: ['aa:bb:cc:00:11:22'], ipRanges: [] },
    ]);
    const bad = await hr.client!.request(CREATE_PLACE, { input: { ...KAI_TAK, name: ' ', latitude: 95, radiusMeters: 50, wifiBssids: ['aa:bb'], ipRanges: ['10.0.0.0/33'] } });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(bad)).toEqual([
      ['name', 'REQUIRED'],
      ['latitude', 'INVALID_VALUE'],
      ['radiusMeters', 'ATTENDANCE_OUT_OF_RANGE'],
      ['wifiBssids.0', 'ATTENDANCE_BSSID_INVALID'],
      ['ipRanges.0', 'ATTENDANCE_IP_RANGE_INVALID'],
    ]);
    hr.client!.locale = 'zh-HK';
    const zh = await hr.client!.request(CREATE_PLACE, { input: { ...KAI_TAK, radiusMeters: 5000 } });
    hr.client!.locale = 'en';
    expect(zh.errors?.[0].extensions.fields?.[0].message).toBe('必須是 100 至 3000 之間的整數。');
  });

  it('shifts: overnight allowed, empty or malformed refused; flexible ones need their core hours', async () => {
    const night = await hr.client!.ok<{ createAttendanceShift: { start: string; end: string } }>(CREATE_SHIFT, { input: { name: 'Night', start: '22:00', end: '06:00' } });
    expect(night.createAttendanceShift).toMatchObject({ start: '22:00', end: '06:00' });
    expect(fieldsOf(await hr.client!.request(CREATE_SHIFT, { input: { name: 'Empty', start: '09:00', end: '09:00' } }))).toEqual([['end', 'ATTENDANCE_SHIFT_EMPTY']]);
    expect(fieldsOf(await hr.client!.request(CREATE_SHIFT, { input: { name: 'Bad', start: '9am', end: '24:00', punchOpensBeforeMinutes: 900 } }))).toEqual([
      ['start', 'ATTENDANCE_TIME_INVALID'],
      ['end', 'ATTENDANCE_TIME_INVALID'],
      ['punchOpensBeforeMinutes', 'ATTENDANCE_OUT_OF_RANGE'],
    ]);
    expect(fieldsOf(await hr.client!.request(CREATE_SHIFT, { input: { name: 'Flex', kind: 'FLEXIBLE', start: '07:00', end: '20:00' } }))).toEqual([
      ['coreStart', 'REQUIRED'],
      ['coreEnd', 'REQUIRED'],
      ['requiredMinutes', 'REQUIRED'],
    ]);
  });

  it('groups: members required, references checked in the organisation; a place or shift in use cannot be deleted', async () => {
    expect(fieldsOf(await hr.client!.request(CREATE_GROUP, { input: { name: 'Nobody' } }))).toEqual([['departmentIds', 'ATTENDANCE_GROUP_WITHOUT_MEMBERS']]);
    const foreignPlace = (await other.admin.ok<{ createAttendancePlace: { id: string } }>(CREATE_PLACE, { input: KAI_TAK })).createAttendancePlace.id;
    expect(fieldsOf(await hr.client!.request(CREATE_GROUP, { input: { name: 'Foreign', departmentIds: [other.rootDepartmentId], placeIds: [foreignPlace], timeZone: 'Mars/Base' } }))).toEqual([
      ['timeZone', 'ATTENDANCE_TIME_ZONE_INVALID'],
      ['departmentIds.0', 'UNKNOWN_REFERENCE'],
      ['placeIds.0', 'UNKNOWN_REFERENCE'],
    ]);
    const inUse = await hr.client!.request('mutation($id: ID!) { deleteAttendancePlace(id: $id) }', { id: kaiTak });
    expect(codeOf(inUse)).toBe('ATTENDANCE_PLACE_IN_USE');
    expect(inUse.errors?.[0].message).toContain('Site staff');
    const shift = (await hr.client!.ok<{ createAttendanceShift: { id: string } }>(CREATE_SHIFT, { input: { name: 'Used', start: '09:00', end: '18:00' } })).createAttendanceShift.id;
    const group = (await hr.client!.ok<{ createAttendanceGroup: { id: string } }>(CREATE_GROUP, { input: { name: 'Uses shift', personIds: [hr.personId], shiftId: shift } })).createAttendanceGroup.id;
    expect(codeOf(await hr.client!.request('mutation($id: ID!) { deleteAttendanceShift(id: $id) }', { id: shift }))).toBe('ATTENDANCE_SHIFT_IN_USE');
    await hr.client!.ok('mutation($id: ID!) { deleteAttendanceGroup(id: $id) }', { id: group });
    expect(await hr.client!.ok('mutation($id: ID!) { deleteAttendanceShift(id: $id) }', { id: shift })).toEqual({ deleteAttendanceShift: true });
  });

  it('staff and managers may not change rules; another organisation’s rules are not found', async () => {
    expect(codeOf(await worker.client!.request(CREATE_PLACE, { input: KAI_TAK }))).toBe('FORBIDDEN');
    expect(codeOf(await siteManager.client!.request(CREATE_GROUP, { input: { name: 'Mine', departmentIds: [siteId] } }))).toBe('FORBIDDEN');
    expect(codeOf(await worker.client!.request('mutation($id: ID!) { deleteAttendancePlace(id: $id) }', { id: kaiTak }))).toBe('FORBIDDEN');
    expect(codeOf(await worker.client!.request('{ attendanceGroups { totalCount } }'))).toBe('FORBIDDEN');
    expect(codeOf(await other.admin.request('query($id: ID!) { attendancePlace(id: $id) { id } }', { id: kaiTak }))).toBe('NOT_FOUND');
    expect(codeOf(await other.admin.request('mutation($id: ID!) { deleteAttendancePlace(id: $id) }', { id: kaiTak }))).toBe('NOT_FOUND');
    const stale = await hr.client!.request(UPDATE_GROUP, { id: siteGroup.id, input: { name: 'Site staff', departmentIds: [siteId], placeIds: [kaiTak] }, version: siteGroup.version + 5 });
    expect(codeOf(stale)).toBe('VERSION_CONFLICT');
  });
});

describe('punching', () => {
  it('Wi-Fi or GPS inside the fence proves the site; outside it is refused with the distance', async () => {
    const byWifi = await punch(worker.client!, { wifiBssids: ['aa:bb:cc:00:11:22'], location: north(KAI_TAK, 2000) });
    expect(byWifi).toMatchObject({ method: 'WIFI', place: { id: kaiTak, name: 'Kai Tak site' }, flags: [], latitude: null, coordinatesEraseAt: null });
    expect(byWifi.workDate).toBe(hongKong(new Date(byWifi.punchedAt)).date);
    const byGps = await punch(worker.client!, { location: north(KAI_TAK, 250) });
    expect(byGps).toMatchObject({ method: 'GPS', distanceMeters: 250, flags: [] });
    // Accuracy widens the fence by at most half its radius: 390 m with ±100 m counts (the fence grows to 400 m), 500 m with ±2 km does not (it grows by 150 m at most).
    expect(await punch(worker.client!, { location: north(KAI_TAK, 390, 100) })).toMatchObject({ method: 'GPS', flags: [] });
    const far = await worker.client!.request(PUNCH, { input: { clientPunchId: punchId(), location: north(KAI_TAK, 500, 2000) } });
    expect(codeOf(far)).toBe('ATTENDANCE_OUTSIDE_PLACES');
    expect(far.errors?.[0].message).toBe('You are 500 m from Kai Tak site, outside every place you may punch at.');
    // A mock location proves nothing, even inside the fence.
    expect(codeOf(await worker.client!.request(PUNCH, { input: { clientPunchId: punchId(), location: north(KAI_TAK, 10, 5, true) } }))).toBe('ATTENDANCE_OUTSIDE_PLACES');
    expect(codeOf(await worker.client!.request(PUNCH, { input: { clientPunchId: punchId() } }))).toBe('ATTENDANCE_NO_PLACE_EVIDENCE');
    const events = await t.sql<{ n: number }>("select count(*)::int as n from outbox_event where type = 'attendance.punch.recorded' and payload->>'personId' = $1", [worker.personId]);
    expect(events[0].n).toBe(3);
  });

  it('the network proves the office; off-site is accepted, flagged, with a remark and photo where the group allows it', async () => {
    expect(await punch(officeClerk.client!, {})).toMatchObject({ method: 'IP', place: { id: office }, flags: [] });
    const roamer = await createPerson(t, org, { name: 'Surveyor', departmentId: siteId });
    await hr.client!.ok(CREATE_GROUP, {
      input: { name: 'Field staff', personIds: [roamer.personId], placeIds: [kaiTak], offsiteAllowed: true, offsiteRequiresRemark: true, offsiteRequiresPhoto: true },
    });
    const bare = await roamer.client!.request(PUNCH, { input: { clientPunchId: punchId(), location: north(KAI_TAK, 5000) } });
    expect(fieldsOf(bare)).toEqual([
      ['remark', 'ATTENDANCE_OFFSITE_REMARK_REQUIRED'],
      ['photoRef', 'ATTENDANCE_OFFSITE_PHOTO_REQUIRED'],
    ]);
    const away = await punch(roamer.client!, { location: north(KAI_TAK, 5000), remark: 'Client site visit', photoRef: 'photo-1' });
    expect(away).toMatchObject({ method: 'OFFSITE', place: null, distanceMeters: 5000, flags: ['OFFSITE'], remark: 'Client site visit' });
  });

  it('offline punches keep the phone’s time, and replaying one any number of times records it once', async () => {
    const at = new Date(Date.now() - 30 * 60_000);
    const input = { clientPunchId: punchId(), offline: true, deviceTime: at.toISOString(), wifiBssids: ['aa:bb:cc:00:11:22'] };
    const [first, second] = await Promise.all([worker.client!.ok<{ punch: Punch }>(PUNCH, { input }), worker.client!.ok<{ punch: Punch }>(PUNCH, { input })]);
    const third = (await worker.client!.ok<{ punch: Punch }>(PUNCH, { input })).punch;
    expect(new Set([first.punch.id, second.punch.id, third.id]).size).toBe(1);
    expect(third).toMatchObject({ flags: ['OFFLINE'], punchedAt: at.toISOString() });
    expect(new Date(third.receivedAt).getTime()).toBeGreaterThan(at.getTime());
    const rows = await t.sql<{ n: number }>('select count(*)::int as n from attendance_punch where client_punch_id = $1', [input.clientPunchId]);
    expect(rows[0].n).toBe(1);
    const events = await t.sql<{ n: number }>("select count(*)::int as n from outbox_event where type = 'attendance.punch.recorded' and subject_id = $1", [third.id]);
    expect(events[0].n).toBe(1);
    // Too old for the group's window (24 h), or a phone clock in the future: refused; a skewed online clock is flagged.
    const old = await worker.client!.request(PUNCH, { input: { ...input, clientPunchId: punchId(), deviceTime: new Date(Date.now() - 25 * 3600_000).toISOString() } });
    expect(codeOf(old)).toBe('ATTENDANCE_OFFLINE_TOO_OLD');
    expect(codeOf(await worker.client!.request(PUNCH, { input: { ...input, clientPunchId: punchId(), offline: false, deviceTime: new Date(Date.now() + 3600_000).toISOString() } }))).toBe(
      'ATTENDANCE_DEVICE_TIME_IN_FUTURE',
    );
    const skewed = await punch(worker.client!, { wifiBssids: ['aa:bb:cc:00:11:22'], deviceTime: new Date(Date.now() - 10 * 60_000).toISOString() });
    expect(skewed.flags).toEqual(['CLOCK_SKEW']);
    expect(Math.abs(new Date(skewed.punchedAt).getTime() - new Date(skewed.receivedAt).getTime())).toBeLessThan(1000);
    expect(codeOf(await worker.client!.request(PUNCH, { input: { clientPunchId: punchId(), offline: true } }))).toBe('BAD_USER_INPUT');
  });

  it('a shift’s punch window decides the work day; outside it punching is refused', async () => {
    const person = await createPerson(t, org, { name: 'Shift Worker', departmentId: siteId });
    const now = Date.now();
    const later = hongKong(new Date(now + 3 * 3600_000)).time;
    const laterEnd = hongKong(new Date(now + 7 * 3600_000)).time;
    const closed = (
      await hr.client!.ok<{ createAttendanceShift: { id: string } }>(CREATE_SHIFT, { input: { name: 'Later', start: later, end: laterEnd, punchOpensBeforeMinutes: 60, punchClosesAfterMinutes: 0 } })
    ).createAttendanceShift.id;
    const group = (
      await hr.client!.ok<{ createAttendanceGroup: { id: string; version: number } }>(CREATE_GROUP, {
        input: { name: 'Shift test', personIds: [person.personId], placeIds: [kaiTak], shiftId: closed },
      })
    ).createAttendanceGroup;
    const refused = await person.client!.request(PUNCH, { input: { clientPunchId: punchId(), wifiBssids: ['aa:bb:cc:00:11:22'] } });
    expect(codeOf(refused)).toBe('ATTENDANCE_OUTSIDE_PUNCH_WINDOW');
    const started = new Date(now - 3600_000);
    const open = (
      await hr.client!.ok<{ createAttendanceShift: { id: string } }>(CREATE_SHIFT, { input: { name: 'Now', start: hongKong(started).time, end: hongKong(new Date(now + 7 * 3600_000)).time } })
    ).createAttendanceShift.id;
    await hr.client!.ok(UPDATE_GROUP, { id: group.id, version: group.version, input: { name: 'Shift test', personIds: [person.personId], placeIds: [kaiTak], shiftId: open } });
    // An explicit member belongs to this group, not to their department's.
    const made = await punch(person.client!, { wifiBssids: ['aa:bb:cc:00:11:22'] });
    expect(made.workDate).toBe(hongKong(started).date);
  });

  it('the monitoring notice is acknowledged before the first punch, and again when it changes; the day has a limit', async () => {
    const person = await createPerson(t, org, { name: 'New Joiner', departmentId: siteId });
    const input = (notice: string, max = 2) => ({ name: 'Noticed', personIds: [person.personId], placeIds: [kaiTak], monitoringNotice: notice, maxPunchesPerDay: max });
    let group = (await hr.client!.ok<{ createAttendanceGroup: { id: string; version: number; noticeVersion: number } }>(CREATE_GROUP, { input: input('We record where you punch.') }))
      .createAttendanceGroup;
    expect(group.noticeVersion).toBe(1);
    const mine = await person.client!.ok<{ myAttendance: { groupName: string; noticeToAcknowledge: string | null; places: { id: string }[] } }>(
      '{ myAttendance { groupName noticeToAcknowledge places { id } } }',
    );
    expect(mine.myAttendance).toEqual({ groupName: 'Noticed', noticeToAcknowledge: 'We record where you punch.', places: [{ id: kaiTak }] });
    const wifi = { wifiBssids: ['aa:bb:cc:00:11:22'] };
    expect(codeOf(await person.client!.request(PUNCH, { input: { clientPunchId: punchId(), ...wifi } }))).toBe('ATTENDANCE_NOTICE_NOT_ACKNOWLEDGED');
    await person.client!.ok('mutation { acknowledgeAttendanceNotice { noticeToAcknowledge } }');
    await person.client!.ok('mutation { acknowledgeAttendanceNotice { noticeToAcknowledge } }');
    await punch(person.client!, wifi);
    const updated = await hr.client!.ok<{ updateAttendanceGroup: { id: string; version: number; noticeVersion: number } }>(UPDATE_GROUP, {
      id: group.id,
      version: group.version,
      input: input('We record where and when you punch.'),
    });
    group = updated.updateAttendanceGroup;
    expect(group.noticeVersion).toBe(2);
    expect(codeOf(await person.client!.request(PUNCH, { input: { clientPunchId: punchId(), ...wifi } }))).toBe('ATTENDANCE_NOTICE_NOT_ACKNOWLEDGED');
    await person.client!.ok('mutation { acknowledgeAttendanceNotice { noticeToAcknowledge } }');
    await punch(person.client!, wifi);
    expect(codeOf(await person.client!.request(PUNCH, { input: { clientPunchId: punchId(), ...wifi } }))).toBe('ATTENDANCE_TOO_MANY_PUNCHES');
    const acknowledged = await t.sql<{ n: number }>("select count(*)::int as n from outbox_event where type = 'attendance.notice.acknowledged' and payload->>'personId' = $1", [person.personId]);
    expect(acknowledged[0].n).toBe(2);
  });

  it('someone in no group cannot punch; raw coordinates are kept only by policy and erased after their retention', async () => {
    const loner = await createPerson(t, org, { name: 'Loner' });
    expect(codeOf(await loner.client!.request(PUNCH, { input: { clientPunchId: punchId(), location: north(KAI_TAK, 0) } }))).toBe('ATTENDANCE_NOT_IN_GROUP');
    await hr.client!.ok(CREATE_GROUP, { input: { name: 'Tracked', personIds: [loner.personId], placeIds: [kaiTak], keepCoordinates: true, coordinatesRetentionDays: 7 } });
    const kept = await punch(loner.client!, { location: north(KAI_TAK, 100) });
    expect(kept.latitude).toBeCloseTo(north(KAI_TAK, 100).latitude, 6);
    expect(new Date(kept.coordinatesEraseAt!).getTime() - new Date(kept.receivedAt).getTime()).toBe(7 * 86_400_000);
    await t.advanceClock(8 * 86_400_000);
    await eraseExpiredCoordinates.handle(createSystemContext(t.app.services, org.organizationId), {});
    const [row] = await t.sql<{ latitude: number | null; distance_meters: number; method: string }>('select latitude, distance_meters, method from attendance_punch where id = $1', [kept.id]);
    expect(row).toEqual({ latitude: null, distance_meters: 100, method: 'GPS' });
    const erased = await t.sql<{ n: number }>("select count(*)::int as n from outbox_event where type = 'attendance.coordinates.erased' and tenant_id = $1", [org.organizationId]);
    expect(erased[0].n).toBe(1);
  });
});

describe('who reads punches', () => {
  it('a worker reads their own, their site manager their department’s, HR everyone’s; another organisation nothing', async () => {
    const own = await worker.client!.ok<{ attendancePunches: { totalCount: number; items: { person: { id: string } }[] } }>(PUNCHES);
    expect(own.attendancePunches.totalCount).toBeGreaterThan(0);
    expect(new Set(own.attendancePunches.items.map((p) => p.person.id))).toEqual(new Set([worker.personId]));
    const site = await siteManager.client!.ok<{ attendancePunches: { items: { person: { id: string } }[] } }>(PUNCHES);
    expect(site.attendancePunches.items.some((p) => p.person.id === worker.personId)).toBe(true);
    expect(site.attendancePunches.items.some((p) => p.person.id === officeClerk.personId)).toBe(false);
    const all = await hr.client!.ok<{ attendancePunches: { items: { person: { id: string } }[] } }>(PUNCHES);
    expect(all.attendancePunches.items.some((p) => p.person.id === officeClerk.personId)).toBe(true);
    const flagged = await hr.client!.ok<{ attendancePunches: { items: { flags: string[] }[] } }>(PUNCHES, { f: { flagged: true } });
    expect(flagged.attendancePunches.items.length).toBeGreaterThan(0);
    expect(flagged.attendancePunches.items.every((p) => p.flags.length > 0)).toBe(true);
    expect((await other.admin.ok<{ attendancePunches: { totalCount: number } }>(PUNCHES)).attendancePunches.totalCount).toBe(0);
    expect(fieldsOf(await hr.client!.request(PUNCHES, { f: { from: '2026-02-30' } }))).toEqual([['filter.from', 'INVALID_DATE']]);
  });
});

const DAYS =
  'query($f: AttendanceDayFilter) { attendanceDays(filter: $f, take: 100) { totalCount items { workDate status exceptions lateMinutes earlyLeaveMinutes workedMinutes punchCount isWorkingDay person { id } } } }';
type Day = { workDate: string; status: string; exceptions: string[]; lateMinutes: number; workedMinutes: number; punchCount: number; isWorkingDay: boolean; person: { id: string } };
const daysOf = async (client: GqlClient, filter: Record<string, unknown>) => (await client.ok<{ attendanceDays: { items: Day[] } }>(DAYS, { f: filter })).attendanceDays.items;

describe('computed days', () => {
  it('each punch recomputes its day: late past the tolerance, a single morning punch missing its clock-out; a shift change recomputes it', async () => {
    const person = await createPerson(t, org, { name: 'Late Starter', departmentId: siteId });
    const now = Date.now();
    const shift = (
      await hr.client!.ok<{ createAttendanceShift: { id: string; version: number } }>(CREATE_SHIFT, {
        input: { name: 'Started two hours ago', start: hongKong(new Date(now - 2 * 3600_000)).time, end: hongKong(new Date(now + 6 * 3600_000)).time, lateToleranceMinutes: 10 },
      })
    ).createAttendanceShift;
    await hr.client!.ok(CREATE_GROUP, { input: { name: 'Late group', personIds: [person.personId], placeIds: [kaiTak], shiftId: shift.id } });
    const made = await punch(person.client!, { wifiBssids: ['aa:bb:cc:00:11:22'] });
    let day: Day | undefined;
    await until(async () => Boolean((day = (await daysOf(person.client!, { from: made.workDate, to: made.workDate }))[0])), 'the punch’s day to be computed');
    expect(day).toMatchObject({ workDate: made.workDate, exceptions: ['MISSING_OUT', 'LATE'], punchCount: 1 });
    expect(day!.lateMinutes).toBeGreaterThanOrEqual(119);
    expect(day!.status).toBe('EXCEPTION');
    // A tolerance of four hours forgives the lateness once the month is recomputed in the background.
    await hr.client!.ok('mutation($id: ID!, $input: AttendanceShiftInput!) { updateAttendanceShift(id: $id, input: $input) { id } }', {
      id: shift.id,
      input: { name: 'Started two hours ago', start: hongKong(new Date(now - 2 * 3600_000)).time, end: hongKong(new Date(now + 6 * 3600_000)).time, lateToleranceMinutes: 240 },
    });
    await until(async () => (await daysOf(person.client!, { from: made.workDate, to: made.workDate }))[0]?.lateMinutes === 0, 'the day to be recomputed', 20_000);
    expect((await daysOf(person.client!, { from: made.workDate, to: made.workDate }))[0].exceptions).toEqual(['MISSING_OUT']);
  });

  it('closing yesterday marks a working day without punches absent (a day off as rest); days of those without a group are not made', async () => {
    const idle = await createPerson(t, org, { name: 'Stayed Home', departmentId: siteId });
    await closeYesterday.handle(createSystemContext(t.app.services, org.organizationId), {});
    const [day] = await daysOf(hr.client!, { personId: idle.personId });
    expect(day.status).toBe(day.isWorkingDay ? 'ABSENT' : 'REST');
    expect(day.workDate).toBe(hongKong(new Date(t.app.services.clock.now().getTime() - 86_400_000)).date);
    const loner = await createPerson(t, org, { name: 'No Group' });
    await closeYesterday.handle(createSystemContext(t.app.services, org.organizationId), {});
    expect(await daysOf(hr.client!, { personId: loner.personId })).toEqual([]);
  });

  it('HR queues recomputation of a range; others may not; bad ranges and non-members are refused', async () => {
    const queued = await hr.client!.ok<{ recomputeAttendanceDays: number }>('mutation($p: [ID!]) { recomputeAttendanceDays(from: "2026-11-01", to: "2026-11-30", personIds: $p) }', {
      p: [worker.personId],
    });
    expect(queued.recomputeAttendanceDays).toBe(30);
    const recompute = 'mutation($from: String!, $to: String!, $p: [ID!]) { recomputeAttendanceDays(from: $from, to: $to, personIds: $p) }';
    expect(codeOf(await worker.client!.request(recompute, { from: '2026-11-01', to: '2026-11-02' }))).toBe('FORBIDDEN');
    expect(codeOf(await siteManager.client!.request(recompute, { from: '2026-11-01', to: '2026-11-02' }))).toBe('FORBIDDEN');
    expect(fieldsOf(await hr.client!.request(recompute, { from: '2026-11-01', to: '2027-01-31' }))).toEqual([['to', 'ATTENDANCE_RANGE_TOO_LONG']]);
    expect(fieldsOf(await hr.client!.request(recompute, { from: '2026-11-31', to: '2026-10-01' }))).toEqual([['from', 'INVALID_DATE']]);
    const loner = await createPerson(t, org, { name: 'Not a member' });
    expect(fieldsOf(await hr.client!.request(recompute, { from: '2026-11-01', to: '2026-11-02', p: [loner.personId] }))).toEqual([['personIds.0', 'ATTENDANCE_NOT_A_MEMBER']]);
  });

  it('a worker reads their own days, their site manager the site’s, another organisation none', async () => {
    await until(async () => (await daysOf(worker.client!, {})).length > 0, 'the worker’s days');
    expect(new Set((await daysOf(worker.client!, {})).map((d) => d.person.id))).toEqual(new Set([worker.personId]));
    const site = await daysOf(siteManager.client!, {});
    expect(site.some((d) => d.person.id === worker.personId)).toBe(true);
    expect(site.some((d) => d.person.id === officeClerk.personId)).toBe(false);
    expect(await daysOf(other.admin, {})).toEqual([]);
  });
});

describe('month lock (payroll cut-off)', () => {
  const LOCK = 'mutation($m: String!, $v: Int) { lockAttendanceMonth(month: $m, version: $v) { month status version lockedAt } }';
  const REOPEN = 'mutation($m: String!, $r: String!, $v: Int) { reopenAttendanceMonth(month: $m, reason: $r, version: $v) { month status version reopenReason } }';

  it('a locked month refuses late offline punches and recomputation, and changes again once reopened (audited with its reason)', async () => {
    const now = t.app.services.clock.now();
    const month = hongKong(now).date.slice(0, 7);
    const locked = (await hr.client!.ok<{ lockAttendanceMonth: { status: string; version: number } }>(LOCK, { m: month })).lockAttendanceMonth;
    expect(locked.status).toBe('LOCKED');
    const refused = await worker.client!.request(PUNCH, { input: { clientPunchId: punchId(), wifiBssids: ['aa:bb:cc:00:11:22'] } });
    expect(codeOf(refused)).toBe('ATTENDANCE_MONTH_LOCKED');
    expect(refused.errors?.[0].message).toBe(`${month} is locked for payroll: its attendance can no longer change. Ask HR to reopen it.`);
    expect(codeOf(await hr.client!.request('mutation($f: String!, $t: String!) { recomputeAttendanceDays(from: $f, to: $t) }', { f: `${month}-01`, t: `${month}-02` }))).toBe(
      'ATTENDANCE_MONTH_LOCKED',
    );
    expect(codeOf(await hr.client!.request(LOCK, { m: month }))).toBe('ATTENDANCE_INVALID_TRANSITION');
    const year = Number(month.slice(0, 4));
    const months = await finance.client!.ok<{ attendanceMonths: { month: string; status: string }[] }>('query($y: Int!) { attendanceMonths(year: $y) { month status } }', { y: year });
    expect(months.attendanceMonths).toHaveLength(12);
    expect(months.attendanceMonths.find((m) => m.month === month)?.status).toBe('LOCKED');

    expect(fieldsOf(await hr.client!.request(REOPEN, { m: month, r: '  ' }))).toEqual([['reason', 'REQUIRED']]);
    expect(codeOf(await hr.client!.request(REOPEN, { m: month, r: 'Late punches from Kai Tak', v: locked.version + 1 }))).toBe('VERSION_CONFLICT');
    const reopened = (await hr.client!.ok<{ reopenAttendanceMonth: { status: string; reopenReason: string } }>(REOPEN, { m: month, r: 'Late punches from Kai Tak', v: locked.version }))
      .reopenAttendanceMonth;
    expect(reopened).toMatchObject({ status: 'OPEN', reopenReason: 'Late punches from Kai Tak' });
    expect(await punch(worker.client!, { wifiBssids: ['aa:bb:cc:00:11:22'] })).toMatchObject({ method: 'WIFI' });
    const audited = await t.sql<{ action: string }>("select action from audit_entry where tenant_id = $1 and action like 'attendance.month.%' order by sequence", [org.organizationId]);
    expect(audited.map((a) => a.action)).toEqual(['attendance.month.locked', 'attendance.month.reopened']);
  });

  it('only HR locks and reopens; months must be YYYY-MM and have begun; a month never locked cannot be reopened', async () => {
    expect(codeOf(await worker.client!.request(LOCK, { m: '2026-01' }))).toBe('FORBIDDEN');
    expect(codeOf(await finance.client!.request(LOCK, { m: '2026-01' }))).toBe('FORBIDDEN');
    expect(codeOf(await siteManager.client!.request(REOPEN, { m: '2026-01', r: 'x' }))).toBe('FORBIDDEN');
    expect(codeOf(await worker.client!.request('{ attendanceMonths(year: 2026) { month } }'))).toBe('FORBIDDEN');
    expect(fieldsOf(await hr.client!.request(LOCK, { m: '2026-13' }))).toEqual([['month', 'ATTENDANCE_MONTH_INVALID']]);
    expect(fieldsOf(await hr.client!.request(LOCK, { m: '2099-01' }))).toEqual([['month', 'ATTENDANCE_MONTH_NOT_BEGUN']]);
    expect(codeOf(await hr.client!.request(REOPEN, { m: '2026-02', r: 'never locked' }))).toBe('ATTENDANCE_INVALID_TRANSITION');
    expect(fieldsOf(await hr.client!.request('{ attendanceMonths(year: 1999) { month } }'))).toEqual([['year', 'INVALID_VALUE']]);
  });
});

describe('monthly summary and report', () => {
  const SUMMARY =
    'query($m: String!, $d: ID) { attendanceMonthlySummary(month: $m, departmentId: $d, take: 100) { totalCount items { person { id displayName } department { id name } workingDays daysPresent absentDays lateCount lateMinutes missingPunches offsiteDays workedHours } } }';
  const REPORT = 'query($m: String!, $f: AttendanceReportFormat!) { attendanceMonthlyReport(month: $m, format: $f) { fileName contentType base64 rows } }';
  type Row = {
    person: { id: string; displayName: string } | null;
    department: { id: string; name: string } | null;
    daysPresent: number;
    lateCount: number;
    missingPunches: number;
    offsiteDays: number;
  };

  it('sums each person’s days in one list, as far as the caller may read them; the report files carry the same rows', async () => {
    const month = hongKong(t.app.services.clock.now()).date.slice(0, 7);
    await until(async () => (await daysOf(worker.client!, {})).length > 0, 'the worker’s days');
    const all = (await hr.client!.ok<{ attendanceMonthlySummary: { totalCount: number; items: Row[] } }>(SUMMARY, { m: month })).attendanceMonthlySummary;
    const workerRow = all.items.find((row) => row.person?.id === worker.personId)!;
    expect(workerRow).toMatchObject({ department: { id: siteId, name: 'Site 1' } });
    expect(workerRow.daysPresent + (await daysOf(worker.client!, { status: 'REST' })).length).toBeGreaterThan(0);
    expect(all.totalCount).toBe(all.items.length);
    const site = (await siteManager.client!.ok<{ attendanceMonthlySummary: { items: Row[] } }>(SUMMARY, { m: month })).attendanceMonthlySummary.items;
    expect(site.some((row) => row.person?.id === worker.personId)).toBe(true);
    expect(site.some((row) => row.person?.id === officeClerk.personId)).toBe(false);
    const own = (await worker.client!.ok<{ attendanceMonthlySummary: { items: Row[] } }>(SUMMARY, { m: month })).attendanceMonthlySummary.items;
    expect(own.map((row) => row.person?.id)).toEqual([worker.personId]);
    const bySite = (await hr.client!.ok<{ attendanceMonthlySummary: { items: Row[] } }>(SUMMARY, { m: month, d: officeId })).attendanceMonthlySummary.items;
    expect(bySite.every((row) => row.department?.id === officeId)).toBe(true);

    const csv = (await hr.client!.ok<{ attendanceMonthlyReport: { fileName: string; contentType: string; base64: string; rows: number } }>(REPORT, { m: month, f: 'CSV' })).attendanceMonthlyReport;
    expect(csv).toMatchObject({ fileName: `attendance-${month}.csv`, contentType: 'text/csv; charset=utf-8', rows: all.totalCount });
    const text = Buffer.from(csv.base64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFFName,Department,Working days')).toBe(true);
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(all.totalCount + 1);
    expect(lines.some((line) => line.startsWith('Site Worker,Site 1,'))).toBe(true);

    const xlsx = (await hr.client!.ok<{ attendanceMonthlyReport: { fileName: string; base64: string; rows: number } }>(REPORT, { m: month, f: 'XLSX' })).attendanceMonthlyReport;
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.rowCount).toBe(all.totalCount + 1);
    const names = sheet.getColumn(1).values.slice(2);
    expect(names).toContain('Site Worker');
  });

  it('refuses a malformed month, and anyone without a rule for days; another organisation sees nobody', async () => {
    expect(fieldsOf(await hr.client!.request(SUMMARY, { m: '2026-1' }))).toEqual([['month', 'ATTENDANCE_MONTH_INVALID']]);
    expect(fieldsOf(await hr.client!.request(REPORT, { m: 'Dec-26', f: 'CSV' }))).toEqual([['month', 'ATTENDANCE_MONTH_INVALID']]);
    expect((await other.admin.ok<{ attendanceMonthlySummary: { totalCount: number } }>(SUMMARY, { m: '2026-12' })).attendanceMonthlySummary.totalCount).toBe(0);
    const noRights = await createPerson(t, org, { name: 'No rights', roles: [] });
    expect(codeOf(await noRights.client!.request(SUMMARY, { m: '2026-12' }))).toBe('FORBIDDEN');
  });
});

describe('rosters', () => {
  const SET = 'mutation($e: [AttendanceRosterEntryInput!]!) { setAttendanceRoster(entries: $e) }';
  const IMPORT = 'mutation($csv: String!) { importAttendanceRoster(csv: $csv) }';
  const ROSTER = 'query($f: String!, $t: String!) { attendanceRoster(from: $f, to: $t, take: 100) { totalCount items { date restDay person { id } shift { id name } } } }';

  it('a rostered member works the day’s roster shift: the punch window and the day’s result follow it; a rest day’s punch is rest-day work', async () => {
    const nurse = await createPerson(t, org, { name: 'Rostered Worker', departmentId: siteId });
    const resting = await createPerson(t, org, { name: 'Resting Worker', departmentId: siteId });
    const now = t.app.services.clock.now().getTime();
    const started = new Date(now - 3600_000);
    const shift = (
      await hr.client!.ok<{ createAttendanceShift: { id: string } }>(CREATE_SHIFT, {
        input: { name: 'Roster now', start: hongKong(started).time, end: hongKong(new Date(now + 7 * 3600_000)).time },
      })
    ).createAttendanceShift.id;
    await hr.client!.ok(CREATE_GROUP, { input: { name: 'Rostered', personIds: [nurse.personId, resting.personId], placeIds: [kaiTak], rostered: true } });
    const workDate = hongKong(started).date;
    expect(
      (
        await hr.client!.ok<{ setAttendanceRoster: number }>(SET, {
          e: [
            { personId: nurse.personId, date: workDate, shiftId: shift },
            { personId: resting.personId, date: workDate },
          ],
        })
      ).setAttendanceRoster,
    ).toBe(2);
    const made = await punch(nurse.client!, { wifiBssids: ['aa:bb:cc:00:11:22'] });
    expect(made.workDate).toBe(workDate);
    let day: Day | undefined;
    await until(async () => Boolean((day = (await daysOf(nurse.client!, { from: workDate, to: workDate }))[0])), 'the rostered day');
    expect(day).toMatchObject({ isWorkingDay: true, exceptions: ['MISSING_OUT', 'LATE'] });
    await punch(resting.client!, { wifiBssids: ['aa:bb:cc:00:11:22'] });
    await until(async () => (await daysOf(resting.client!, {})).length > 0, 'the rest day');
    expect((await daysOf(resting.client!, {}))[0]).toMatchObject({ status: 'REST', isWorkingDay: false });
    const entries = await nurse.client!.ok<{ attendanceRoster: { items: { person: { id: string }; restDay: boolean; shift: { id: string } | null }[] } }>(ROSTER, { f: workDate, t: workDate });
    expect(entries.attendanceRoster.items).toEqual([{ date: workDate, restDay: false, person: { id: nurse.personId }, shift: { id: shift, name: 'Roster now' } }]);
  });

  it('imports a roster file through the same checks, named by row; refuses others’ people, bad dates, duplicates and a wrong header', async () => {
    const member = await createPerson(t, org, { name: 'Imported Worker', departmentId: siteId });
    await hr.client!.ok(CREATE_SHIFT, { input: { name: 'Import day', start: '08:00', end: '17:00' } });
    const csv = `\uFEFFperson,date,shift\n${member.email},2026-12-20,Import day\n${member.email},2026-12-21,休息\n`;
    expect((await hr.client!.ok<{ importAttendanceRoster: number }>(IMPORT, { csv })).importAttendanceRoster).toBe(2);
    const read = await hr.client!.ok<{ attendanceRoster: { items: { date: string; restDay: boolean; person: { id: string } }[] } }>(ROSTER, { f: '2026-12-20', t: '2026-12-21' });
    expect(read.attendanceRoster.items.filter((e) => e.person.id === member.personId).map((e) => [e.date, e.restDay])).toEqual([
      ['2026-12-20', false],
      ['2026-12-21', true],
    ]);
    const foreign = `person,date,shift\n${other.adminEmail},2026-12-20,Import day\n${member.email},2026-02-30,Import day\n${member.email},2026-12-22,No such shift\n`;
    expect(fieldsOf(await hr.client!.request(IMPORT, { csv: foreign }))).toEqual([
      ['rows.1.person', 'UNKNOWN_REFERENCE'],
      ['rows.2.date', 'INVALID_DATE'],
      ['rows.3.shift', 'UNKNOWN_REFERENCE'],
    ]);
    expect(fieldsOf(await hr.client!.request(IMPORT, { csv: 'who,when\nx,y\n' }))).toEqual([['csv', 'ATTENDANCE_ROSTER_HEADER']]);
    // A day given twice in a file is named by the row that repeats it, counted as the file's other problems are.
    expect(fieldsOf(await hr.client!.request(IMPORT, { csv: `person,date,shift\n${member.email},2026-12-24,rest\n${member.email},2026-12-24,Import day\n` }))).toEqual([
      ['rows.2.date', 'ATTENDANCE_ROSTER_DUPLICATE'],
    ]);
    expect(
      fieldsOf(
        await hr.client!.request(SET, {
          e: [
            { personId: member.personId, date: '2026-12-23' },
            { personId: member.personId, date: '2026-12-23' },
          ],
        }),
      ),
    ).toEqual([['entries.1.date', 'ATTENDANCE_ROSTER_DUPLICATE']]);
    expect(codeOf(await worker.client!.request(SET, { e: [{ personId: worker.personId, date: '2026-12-23' }] }))).toBe('FORBIDDEN');
    expect(codeOf(await siteManager.client!.request(IMPORT, { csv }))).toBe('FORBIDDEN');
    // A rule scoped to a department writes its people's days, and nobody else's.
    const siteRosterer = await createPerson(t, org, { name: 'Site Roster Clerk', departmentId: siteId, roles: [] });
    const scoped = await createCustomRole(org, 'Site rosters', [
      { action: 'read', subject: 'AttendanceRosterEntry', conditions: { departmentId: siteId } },
      { action: 'update', subject: 'AttendanceRosterEntry', conditions: { departmentId: siteId } },
    ]);
    await assignRoleById(org, siteRosterer.personId, scoped);
    const clerkClient = await t.signIn(siteRosterer.email, PASSWORD);
    expect((await clerkClient.ok<{ setAttendanceRoster: number }>(SET, { e: [{ personId: member.personId, date: '2026-12-26' }] })).setAttendanceRoster).toBe(1);
    expect(
      codeOf(
        await clerkClient.request(SET, {
          e: [
            { personId: member.personId, date: '2026-12-27' },
            { personId: officeClerk.personId, date: '2026-12-27' },
          ],
        }),
      ),
    ).toBe('FORBIDDEN');
    const own = await worker.client!.ok<{ attendanceRoster: { items: { person: { id: string } }[] } }>(ROSTER, { f: '2026-12-01', t: '2026-12-31' });
    expect(own.attendanceRoster.items.every((e) => e.person.id === worker.personId)).toBe(true);
    const site = await siteManager.client!.ok<{ attendanceRoster: { items: { person: { id: string } }[] } }>(ROSTER, { f: '2026-12-20', t: '2026-12-21' });
    expect(site.attendanceRoster.items.some((e) => e.person.id === member.personId)).toBe(true);
  });
});

describe('group membership', () => {
  it('the members of every group, listed at once, are the groups each person’s punch finds: a name first, then the nearest department, exclusions kept', async () => {
    const crane = await createDepartment(org, 'Crane crew', siteId);
    const operator = await createPerson(t, org, { name: 'Crane Operator', departmentId: crane });
    const excluded = await createPerson(t, org, { name: 'Crane Trainee', departmentId: crane });
    const named = await createPerson(t, org, { name: 'Crane Inspector', departmentId: crane });
    await hr.client!.ok(CREATE_GROUP, { input: { name: 'Crane crew', departmentIds: [crane], excludedPersonIds: [excluded.personId], placeIds: [kaiTak] } });
    await hr.client!.ok(CREATE_GROUP, { input: { name: 'Inspectors', personIds: [named.personId], placeIds: [kaiTak] } });
    const ctx = createSystemContext(t.app.services, org.organizationId);
    const listed = new Map((await groupMembers(ctx, ctx.em)).map((m) => [m.personId, m.groupId]));
    const people = await tenantSql<{ id: string }>(ctx.em, org.organizationId, sql`select id from person where tenant_id = ${TENANT} and status = 'ACTIVE'`);
    for (const person of people) expect(listed.get(person.id) ?? null, person.id).toBe((await membershipOf(ctx, ctx.em, person.id)).groupId);
    const groupName = async (personId: string) => {
      const groupId = listed.get(personId);
      return groupId ? (await hr.client!.ok<{ attendanceGroup: { name: string } }>('query($id: ID!) { attendanceGroup(id: $id) { name } }', { id: groupId })).attendanceGroup.name : null;
    };
    expect(await groupName(operator.personId)).toBe('Crane crew');
    // Excluded from the crane crew, the trainee falls back to the nearest department's group above it: the site's.
    expect(await groupName(excluded.personId)).toBe('Site staff');
    expect(await groupName(named.personId)).toBe('Inspectors');
  });
});
