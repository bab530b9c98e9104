/**
 * Benchmarks the attendance monthly report (issue #10: "the monthly report for 500 people computed in < 2 s"): HR
 * downloading attendanceMonthlyReport for the whole company as CSV and as XLSX, and a department manager downloading
 * theirs (scoped by their rule), side by side with the SQL floor — the same aggregation as one hand-written statement
 * run with pg. The readers are distinct people (six HR officers, two department managers) on a Harbour whose caches are
 * off (CACHE_MAX_AGE_SECONDS=0: every request builds its ability again), while the company's members punch through the
 * API, each punch's day computed again by the day consumer. The month itself is written with SQL
 * (bench/attendance-report-data.ts) and checked against the engine before anything is timed. One PostgreSQL; Harbour
 * in its own process.
 *
 *   npm run bench:attendance-report   (from the repository root; about 3 minutes)
 *
 * Settings: BENCH_ROUNDS (3), BENCH_DOWNLOADS (per measure and round, 15), BENCH_CONCURRENCY (downloads at once, 2),
 * BENCH_PUNCHES_PER_SECOND (the punches made meanwhile, 5), BENCH_LABEL (the section of bench/RESULTS.md, "Attendance
 * monthly report"), DATABASE_URL (a PostgreSQL server instead of the embedded one).
 */
import { cpus, loadavg, totalmem } from 'node:os';
import pg from 'pg';
import { signAccessToken } from '../api/src/core/auth/access-token.js';
import type { DayShift } from '../api/src/modules/attendance/day-result.js';
import { dateOfDay, dayNumber, minuteOfDay, WorkingTime } from '../api/src/modules/worktime/index.js';
import { DEMO_PASSWORD } from '../seeds/demo-data.js';
import { generateOrg, type BenchPerson } from './approvals-data.js';
import { writeMonth, type MonthMember } from './attendance-report-data.js';
import { graphql, inParallel } from './client.js';
import { postgresCpu, processCpu, type CpuMeter } from './cpu.js';
import { startBenchDatabase, withDatabase } from './database.js';
import { SIGN_IN } from './queries.js';
import { gitDescription, writeSection } from './results.js';
import { JWT_SECRET, startHarbour, stopServer, type RunningServer } from './servers.js';
import { median, percentile } from './stats.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const DOWNLOADS = Number(process.env.BENCH_DOWNLOADS ?? 15);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 2);
const PUNCHES_PER_SECOND = Number(process.env.BENCH_PUNCHES_PER_SECOND ?? 5);
const LABEL = process.env.BENCH_LABEL ?? 'Attendance monthly report';
const TARGET_MS = 2000;
/** Downloads of each measure, one at a time and with nothing else running, for the statement and CPU profile. */
const QUIET = 3;
/** Punches under way at most: past it the stream skips a beat rather than queueing (a phone waits for its answer). */
const PUNCHES_IN_FLIGHT = 4;
/** The departments whose members keep the group's rules (their managers, exempt, read their reports). */
const DEPARTMENTS = ['部門 1-1', '部門 1-2'];

const SITE = { latitude: 22.3124, longitude: 114.2252 };
const BSSID = '02:1a:11:f2:00:01';
// Punching opens twelve hours before the shift, so the punches made while the reports are read are accepted whenever
// the bench runs; the window decides only which day a punch counts for, never how the day turns out.
const SHIFT = { name: '寫字樓', start: '09:00', end: '18:00', lateToleranceMinutes: 5, punchOpensBeforeMinutes: 720, breaks: [{ start: '13:00', end: '14:00' }] };
const REPORT = 'query($month: String!, $format: AttendanceReportFormat!) { attendanceMonthlyReport(month: $month, format: $format) { fileName rows base64 } }';
const PUNCH = 'mutation($input: PunchInput!) { punch(input: $input) { id } }';
const RECOMPUTE = 'mutation($from: String!, $to: String!, $personIds: [ID!]) { recomputeAttendanceDays(from: $from, to: $to, personIds: $personIds) }';
const CALENDAR = '{ workingCalendar { timeZone weeklyHours { weekday intervals { start end } } holidays { date } makeUpWorkdays { date intervals { start end } } } }';

const log = (line: string) => console.log(`[bench:attendance-report ${new Date().toISOString().slice(11, 19)}] ${line}`);
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });
const round1 = (n: number) => Math.round(n * 10) / 10;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The report's file as HR's spreadsheet sees it: one line per person, without the byte-order mark and the header. */
function csvLines(base64: string): string[] {
  return Buffer.from(base64, 'base64')
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .slice(1, -1);
}

/**
 * The SQL floor: the report's rows — each person's month summed from their days, with their name and department — in
 * one hand-written statement, ordered as the report is. `$4`, when given, holds the departments a manager's rule covers.
 */
const floorStatement = (scoped: boolean) => `
  select p.display_name as person, coalesce(dep.name, '') as department, m.working_days, m.days_present, m.absent_days, m.late_count, m.late_minutes,
         m.early_leave_count, m.early_leave_minutes, m.missing_punches, m.offsite_days, m.rest_days_worked, m.leave_days, m.make_up_punches, m.overtime_hours, m.worked_hours
    from (select d.person_id, (array_agg(d.department_id order by d.work_date desc))[1] as department_id,
                 count(*) filter (where d.is_working_day)::int as working_days,
                 count(*) filter (where d.is_working_day and d.punch_count > 0)::int as days_present,
                 count(*) filter (where d.status = 'ABSENT')::int as absent_days,
                 count(*) filter (where d.exceptions @> '["LATE"]')::int as late_count,
                 coalesce(sum(d.late_minutes), 0)::int as late_minutes,
                 count(*) filter (where d.exceptions @> '["EARLY_LEAVE"]')::int as early_leave_count,
                 coalesce(sum(d.early_leave_minutes), 0)::int as early_leave_minutes,
                 count(*) filter (where d.exceptions @> '["MISSING_IN"]' or d.exceptions @> '["MISSING_OUT"]')::int as missing_punches,
                 count(*) filter (where d.exceptions @> '["OFFSITE"]')::int as offsite_days,
                 count(*) filter (where not d.is_working_day and d.punch_count > 0)::int as rest_days_worked,
                 (count(*) filter (where d.status = 'ON_LEAVE') + 0.5 * count(*) filter (where d.leave_half_day is not null))::float as leave_days,
                 coalesce(sum(d.make_up_count), 0)::int as make_up_punches,
                 round(coalesce(sum(d.overtime_minutes), 0) / 60.0, 1)::float as overtime_hours,
                 round(coalesce(sum(d.worked_minutes), 0) / 60.0, 1)::float as worked_hours
            from attendance_day d
           where d.tenant_id = $1 and d.work_date >= $2::date and d.work_date < $3::date ${scoped ? 'and d.department_id = any($4::uuid[])' : ''}
           group by d.person_id) m
    join person p on p.id = m.person_id
    left join department dep on dep.id = m.department_id
   order by m.department_id nulls last, p.display_name, m.person_id`;

const floorLine = (row: Record<string, unknown>) => Object.values(row).join(',');

/** What pg_stat_statements saw in the bench's database since the last reset: requests' statements, not the outbox's, consumers' and jobs' polls. */
async function statementsSinceReset(url: string): Promise<{ calls: number; ms: number; top: { calls: number; ms: number; query: string } | null }> {
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    const database = decodeURIComponent(new URL(url).pathname.slice(1));
    const { rows } = await client.query(
      `select calls::int, total_exec_time::float as ms, regexp_replace(query, '\\s+', ' ', 'g') as query from pg_stat_statements
        where dbid = (select oid from pg_database where datname = $1) and toplevel
          and query !~* '^\\s*(begin|start transaction|commit|rollback|savepoint|release)' and query not ilike '%outbox_event%' and query not ilike '%event_consumer_cursor%'
          and query not ilike '%graphile_worker%'
        order by total_exec_time desc`,
      [database],
    );
    return { calls: rows.reduce((n, r) => n + r.calls, 0), ms: rows.reduce((n, r) => n + r.ms, 0), top: rows[0] ?? null };
  } finally {
    await client.end();
  }
}

/** The latencies of `count` runs of `task`, one after another. */
async function oneByOne(count: number, task: (i: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const t0 = performance.now();
    await task(i);
    times.push(performance.now() - t0);
  }
  return times;
}

async function main(): Promise<void> {
  const loadAtStart = loadavg();
  const startedAt = new Date();
  const db = await startBenchDatabase();
  log(`database: ${db.description}`);
  const database: CpuMeter | null = db.postmasterPid ? postgresCpu(db.postmasterPid) : null;
  let harbour: RunningServer | null = null;
  const report: string[] = [];
  const summary: Record<string, number | boolean> = {};
  try {
    // Caches off: an ability or a list of ended sessions is never trusted past the request that built it.
    harbour = await startHarbour('Harbour', db.url, { ACCESS_TOKEN_TTL_SECONDS: '3600', CACHE_MAX_AGE_SECONDS: '0' });
    const url = harbour.url;
    const harbourCpu: CpuMeter = processCpu(harbour.child.pid!);
    const signIn = async (email: string) =>
      (await graphql<{ signIn: { accessToken: string; personId: string; organizationId: string } }>(url, SIGN_IN, { input: { email, password: DEMO_PASSWORD } })).signIn;
    const operator = await signIn('operator@harbour.example.com');
    await graphql(
      url,
      'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
      {
        input: {
          name: '宏基物流集團',
          slug: 'benchreport',
          emailDomains: ['benchreport.example.com'],
          admin: { displayName: '人事主管', email: 'hr@benchreport.example.com', password: DEMO_PASSWORD },
        },
      },
      operator.accessToken,
    );
    const admin = await signIn('hr@benchreport.example.com');
    const tenant = admin.organizationId;
    const pool = new pg.Pool({ connectionString: db.url, max: 2 });
    const one = async <T = any>(text: string, values: unknown[] = []): Promise<T> => (await pool.query(text, values)).rows[0] as T;
    const rootId = (await one<{ id: string }>('select id from department where tenant_id = $1 and parent_id is null', [tenant])).id;
    const org = await generateOrg(db.url, tenant, admin.personId, rootId);
    const byId = new Map(org.people.map((p) => [p.id, p]));
    log(`org: ${org.people.length} people`);

    // Who: the two departments (with their teams), their managers, and everyone whose membership falls inside them.
    const departments = (
      await pool.query(
        `select d.id, d.name, l.person_id as leader_id,
                array(select s.id from department s where s.id = d.id or s.parent_id = d.id) as subtree
           from department d join department_leader l on l.department_id = d.id
          where d.tenant_id = $1 and d.name = any($2::text[]) order by d.name`,
        [tenant, DEPARTMENTS],
      )
    ).rows as { id: string; name: string; leader_id: string; subtree: string[] }[];
    const managers = departments.map((d) => ({ person: byId.get(d.leader_id)!, subtree: d.subtree }));
    const inside = new Set(
      (await pool.query('select distinct person_id from membership where tenant_id = $1 and department_id = any($2::uuid[])', [tenant, departments.flatMap((d) => d.subtree)])).rows.map(
        (r) => r.person_id as string,
      ),
    );
    const members: MonthMember[] = org.people.filter((p) => inside.has(p.id) && !managers.some((m) => m.person.id === p.id)).map((p) => ({ id: p.id, departmentId: p.departmentId }));
    const hrOfficers = (
      await pool.query(`select ra.person_id from role_assignment ra join role r on r.id = ra.role_id where ra.tenant_id = $1 and r.key = 'hr' order by ra.person_id`, [tenant])
    ).rows.map((r) => byId.get(r.person_id as string)!);

    // The rules, through the API: the office's place, a fixed shift with lunch, one group for the two departments.
    const calendar = (
      await graphql<{
        workingCalendar: {
          timeZone: string;
          weeklyHours: { weekday: number; intervals: { start: string; end: string }[] }[];
          holidays: { date: string }[];
          makeUpWorkdays: { date: string; intervals: { start: string; end: string }[] }[];
        };
      }>(url, CALENDAR, {}, admin.accessToken)
    ).workingCalendar;
    const workingTime = new WorkingTime(
      { timeZone: calendar.timeZone, weeklyHours: calendar.weeklyHours },
      calendar.holidays.map((h) => h.date),
      calendar.makeUpWorkdays,
    );
    const place = await graphql<{ createAttendancePlace: { id: string } }>(
      url,
      'mutation($input: AttendancePlaceInput!) { createAttendancePlace(input: $input) { id } }',
      { input: { name: '觀塘總部', ...SITE, radiusMeters: 150, wifiBssids: [BSSID] } },
      admin.accessToken,
    );
    const shift = await graphql<{ createAttendanceShift: { id: string } }>(
      url,
      'mutation($input: AttendanceShiftInput!) { createAttendanceShift(input: $input) { id } }',
      { input: SHIFT },
      admin.accessToken,
    );
    const group = await graphql<{ createAttendanceGroup: { id: string } }>(
      url,
      'mutation($input: AttendanceGroupInput!) { createAttendanceGroup(input: $input) { id } }',
      {
        input: {
          name: '總部員工',
          departmentIds: departments.map((d) => d.id),
          excludedPersonIds: managers.map((m) => m.person.id),
          placeIds: [place.createAttendancePlace.id],
          shiftId: shift.createAttendanceShift.id,
          offsiteAllowed: true,
          offsiteRequiresRemark: true,
        },
      },
      admin.accessToken,
    );
    const today = workingTime.localDate(new Date());

    const [year, monthNumber] = today.split('-').map(Number);
    const month = monthNumber === 1 ? `${year - 1}-12` : `${year}-${String(monthNumber - 1).padStart(2, '0')}`;
    const monthFrom = `${month}-01`;
    const monthUntil = `${today.slice(0, 7)}-01`;
    const monthTo = dateOfDay(dayNumber(monthUntil)! - 1);
    const daysInMonth = dayNumber(monthUntil)! - dayNumber(monthFrom)!;
    const dayShift: DayShift = {
      kind: 'FIXED',
      start: minuteOfDay(SHIFT.start)!,
      end: minuteOfDay(SHIFT.end)!,
      lateTolerance: SHIFT.lateToleranceMinutes,
      earlyLeaveTolerance: 0,
      breaks: SHIFT.breaks.map((b) => [minuteOfDay(b.start)!, minuteOfDay(b.end)!] as [number, number]),
    };
    const written = await writeMonth(db.url, tenant, month, members, {
      groupId: group.createAttendanceGroup.id,
      placeId: place.createAttendancePlace.id,
      shift: dayShift,
      calendar: workingTime,
      timeZone: calendar.timeZone,
    });
    log(`${month}: ${fmt(written.days)} days (${fmt(written.workingDays)} working) and ${fmt(written.punches)} punches for ${members.length} people`);

    const token = (person: BenchPerson) =>
      signAccessToken(
        JWT_SECRET,
        { accountId: person.accountId, personId: person.id, tenantId: tenant, displayName: person.displayName, locale: null, isPlatformAdmin: false, sessionId: person.sessionId },
        3600,
      );
    const hrTokens = await Promise.all(hrOfficers.map(token));
    const managerTokens = await Promise.all(managers.map((m) => token(m.person)));
    const memberTokens = await Promise.all(members.map((m) => token(byId.get(m.id)!)));
    const download = async (accessToken: string, format: 'CSV' | 'XLSX') =>
      (await graphql<{ attendanceMonthlyReport: { fileName: string; rows: number; base64: string } }>(url, REPORT, { month, format }, accessToken)).attendanceMonthlyReport;
    const floorPool = new pg.Pool({ connectionString: db.url, max: CONCURRENCY });
    const floorAll = async () => (await floorPool.query({ name: 'floor-all', text: floorStatement(false), values: [tenant, monthFrom, monthUntil] })).rows;
    const floorManager = async (i: number) =>
      (await floorPool.query({ name: 'floor-manager', text: floorStatement(true), values: [tenant, monthFrom, monthUntil, managers[i % managers.length].subtree] })).rows;

    // The days written are the engine's: recomputing a sample of people's month through HR's mutation changes none of them.
    const sample = [0, 1, 2, 3].map((k) => members[Math.floor((k * members.length) / 4)].id);
    const snapshot = async () =>
      (
        await pool.query(
          `select person_id, work_date::text, department_id, group_id, is_working_day, status, exceptions::text, first_punch_at, last_punch_at, punch_count,
                  late_minutes, early_leave_minutes, worked_minutes, short_minutes
             from attendance_day where tenant_id = $1 and person_id = any($2::uuid[]) and work_date between $3::date and $4::date order by person_id, work_date`,
          [tenant, sample, monthFrom, monthTo],
        )
      ).rows.map((row) => JSON.stringify(row));
    /** Waits until the background job has computed every day of `people`'s month again since `since`. */
    const recomputed = async (people: string[], since: Date) => {
      for (const started = Date.now(); Date.now() - started < 120_000; await sleep(100)) {
        const { n } = await one<{ n: number }>(
          'select count(*)::int as n from attendance_day where tenant_id = $1 and person_id = any($2::uuid[]) and work_date between $3::date and $4::date and computed_at >= $5',
          [tenant, people, monthFrom, monthTo, since],
        );
        if (n >= people.length * daysInMonth) return;
      }
      throw new Error('a recomputation did not finish within 2 minutes');
    };
    const before = await snapshot();
    const sampleSince = (await one<{ at: Date }>('select now() as at')).at;
    await db.statements?.reset();
    const askedAt = performance.now();
    await graphql(url, RECOMPUTE, { from: monthFrom, to: monthTo, personIds: sample }, admin.accessToken);
    const asking = { ms: performance.now() - askedAt, top: db.statements ? (await statementsSinceReset(db.url)).top : null };
    await recomputed(sample, sampleSince);
    const after = await snapshot();
    const drifted = before.filter((row, i) => row !== after[i]);
    if (drifted.length || before.length !== sample.length * daysInMonth) throw new Error(`recomputation changed the written days: ${drifted[0]} → ${after[before.indexOf(drifted[0])]}`);

    // The reports are right before they are timed: Harbour's CSV rows are the floor's rows, line for line.
    const hrCsv = await download(hrTokens[0], 'CSV');
    const floorRows = await floorAll();
    if (hrCsv.rows !== members.length || csvLines(hrCsv.base64).join('\n') !== floorRows.map(floorLine).join('\n')) throw new Error('HR’s CSV differs from the SQL floor');
    const managerCsv = await download(managerTokens[0], 'CSV');
    const managerFloor = await floorManager(0);
    if (csvLines(managerCsv.base64).join('\n') !== managerFloor.map(floorLine).join('\n')) throw new Error('the manager’s CSV differs from the SQL floor');
    const hrXlsx = await download(hrTokens[1], 'XLSX');
    if (hrXlsx.rows !== members.length || Buffer.from(hrXlsx.base64, 'base64').subarray(0, 2).toString() !== 'PK') throw new Error('HR’s XLSX is not a workbook of every member');
    log(`checked: ${sample.length * daysInMonth} days recomputed unchanged; CSV ${hrCsv.rows} rows = floor; manager ${managerCsv.rows} rows = floor; XLSX ${hrXlsx.rows} rows`);

    const measures = [
      { key: 'csv', label: 'HR: whole company, CSV', rows: hrCsv.rows, bytes: Buffer.from(hrCsv.base64, 'base64').length, run: (i: number) => download(hrTokens[i % hrTokens.length], 'CSV') },
      { key: 'xlsx', label: 'HR: whole company, XLSX', rows: hrXlsx.rows, bytes: Buffer.from(hrXlsx.base64, 'base64').length, run: (i: number) => download(hrTokens[i % hrTokens.length], 'XLSX') },
      {
        key: 'manager',
        label: 'department manager: their department, CSV (scoped by rule)',
        rows: managerCsv.rows,
        bytes: Buffer.from(managerCsv.base64, 'base64').length,
        run: (i: number) => download(managerTokens[i % managerTokens.length], 'CSV'),
      },
      { key: 'floor', label: 'SQL floor: whole company, one statement', rows: floorRows.length, bytes: null, run: () => floorAll() },
      { key: 'floorManager', label: 'SQL floor: the manager’s departments', rows: managerFloor.length, bytes: null, run: (i: number) => floorManager(i) },
    ];

    // Quiet profile: each measure alone, one download at a time, nothing writing: statements, SQL time and CPU per download.
    const profile = new Map<string, { ms: number; harbourCpu: number; postgresCpu: number | null; statements: number | null; sqlMs: number | null; top: string | null }>();
    for (const measure of measures) {
      await db.statements?.reset();
      const harbourBefore = harbourCpu();
      const postgresBefore = database?.() ?? 0;
      const times = await oneByOne(QUIET, measure.run);
      const statements = db.statements ? await statementsSinceReset(db.url) : null;
      profile.set(measure.key, {
        ms: median(times),
        harbourCpu: round1((harbourCpu() - harbourBefore) / QUIET),
        postgresCpu: database ? round1((database() - postgresBefore) / QUIET) : null,
        statements: statements ? round1(statements.calls / QUIET) : null,
        sqlMs: statements ? round1(statements.ms / QUIET) : null,
        top: statements?.top ? `${fmt(statements.top.calls / QUIET)} × ${fmt(statements.top.ms / statements.top.calls)} ms: \`${statements.top.query.slice(0, 90)}…\`` : null,
      });
    }
    log(`profile: ${[...profile].map(([key, p]) => `${key} ${fmt(p.ms)} ms`).join(', ')}`);

    // The company punches while its reports are read: a member every 1/PUNCHES_PER_SECOND s, each at the office (its
    // Wi-Fi in sight), each punch's day computed again by the consumer — writes to the days and punches the report reads.
    const punches = (() => {
      const latencies: number[] = [];
      const failures: string[] = [];
      const pending = new Set<Promise<unknown>>();
      let made = 0;
      let skipped = 0;
      const timer = setInterval(() => {
        if (pending.size >= PUNCHES_IN_FLIGHT) {
          skipped += 1;
          return;
        }
        const k = made++;
        const t0 = performance.now();
        const sent: Promise<unknown> = graphql(
          url,
          PUNCH,
          { input: { clientPunchId: `bench-report-${k}`, location: { ...SITE, accuracyMeters: 15 }, wifiBssids: [BSSID] } },
          memberTokens[k % memberTokens.length],
        )
          .then(() => latencies.push(performance.now() - t0))
          .catch((error) => failures.push(String(error)))
          .finally(() => pending.delete(sent));
        pending.add(sent);
      }, 1000 / PUNCHES_PER_SECOND);
      return {
        latencies,
        failures,
        skipped: () => skipped,
        stop: async () => {
          clearInterval(timer);
          await Promise.all(pending);
        },
      };
    })();

    // Each round interleaves the measures download by download, so every one meets the same mix of writes.
    const times = new Map(measures.map((m) => [m.key, [] as number[]]));
    const roundMedians = new Map(measures.map((m) => [m.key, [] as number[]]));
    const errors: string[] = [];
    const writes: { seconds: number; punches: number; days: number }[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const from = (await one<{ at: Date }>('select now() as at')).at;
      const taken = new Map(measures.map((m) => [m.key, [] as number[]]));
      await inParallel(
        Array.from({ length: DOWNLOADS * measures.length }, (_, i) => i),
        CONCURRENCY,
        async (i) => {
          const measure = measures[i % measures.length];
          const t0 = performance.now();
          try {
            await measure.run(round * DOWNLOADS + Math.floor(i / measures.length));
            taken.get(measure.key)!.push(performance.now() - t0);
          } catch (error) {
            errors.push(String(error));
          }
        },
      );
      for (const [key, list] of taken) {
        times.get(key)!.push(...list);
        roundMedians.get(key)!.push(round1(median(list)));
      }
      const window = await one<{ punches: number; days: number; seconds: number }>(
        `select (select count(*)::int from attendance_punch where tenant_id = $1 and received_at >= $2) as punches,
                (select count(*)::int from attendance_day where tenant_id = $1 and computed_at >= $2) as days,
                extract(epoch from now() - $2::timestamptz)::float as seconds`,
        [tenant, from],
      );
      writes.push(window);
      log(
        `round ${round + 1}: ${measures.map((m) => `${m.key} ${fmt(roundMedians.get(m.key)!.at(-1)!)} ms`).join(', ')}; ` +
          `${window.punches} punches, ${window.days} days computed; ${errors.length} errors`,
      );
    }
    await punches.stop();
    await floorPool.end();
    await pool.end();

    const stat = (key: string) => {
      const sorted = [...times.get(key)!].sort((a, b) => a - b);
      return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: round1(sorted.at(-1) ?? 0), n: sorted.length };
    };
    const floor = stat('floor');
    const floorManagerStat = stat('floorManager');
    const floorOf = (key: string) => (key === 'manager' ? floorManagerStat : floor);
    const harbourKeys = ['csv', 'xlsx', 'manager'];
    const met = (ok: boolean) => (ok ? 'met' : '**missed**');
    const allMet = harbourKeys.every((key) => stat(key).p95 < TARGET_MS);
    for (const key of [...harbourKeys, 'floor', 'floorManager']) Object.assign(summary, { [`${key}P50`]: stat(key).p50, [`${key}P95`]: stat(key).p95, [`${key}P99`]: stat(key).p99 });
    summary.targetMet = allMet;
    const punchTimes = [...punches.latencies].sort((a, b) => a - b);
    const top = profile.get('csv')!;
    const xlsx = profile.get('xlsx')!;

    report.push(
      `### ${fmt(members.length)} people's month: HR's CSV and XLSX, a manager's CSV, and the SQL floor, while the company punches`,
      '',
      `Data: organisation "宏基物流集團" created through the API, its org chart (${fmt(org.people.length)} people in ${org.departments} departments, six HR officers among them) written with SQL by bench/approvals-data.ts. ` +
        `The place, the shift (${SHIFT.start}–${SHIFT.end}, lunch ${SHIFT.breaks[0].start}–${SHIFT.breaks[0].end}, ${SHIFT.lateToleranceMinutes} minutes' late tolerance) and one attendance group for ${DEPARTMENTS.join(' and ')} ` +
        `(their two managers exempt, ${fmt(members.length)} members) were created through GraphQL. ` +
        `**The month ${month} was written with SQL** (bench/attendance-report-data.ts): creating ${fmt(written.workingDays)} working days through punches would take far longer than the run at today's punch rate. ` +
        `${fmt(written.punches)} punches and ${fmt(written.days)} days (every calendar day of every member, days off as REST, as the nightly closing writes them), each day computed from its punches by the engine's own rule (\`dayResult\`) ` +
        `on the group's shift and the organisation's calendar: of ${fmt(written.workingDays)} working days, ${fmt(written.late)} late, ${fmt(written.earlyLeave)} left early, ${fmt(written.missing)} missing a punch, ` +
        `${fmt(written.statuses.ABSENT ?? 0)} absent, ${fmt(written.offsite)} off-site, ${fmt(written.flagged)} with an offline punch; ${fmt(written.restDaysWorked)} days off worked. ` +
        `Before timing: HR's recomputation of ${sample.length} people's month through the API left all ${fmt(sample.length * daysInMonth)} of their days unchanged, and Harbour's CSVs equal the floor's rows line for line.`,
      '',
      `Readers: ${hrTokens.length} HR officers (every report), the managers of ${DEPARTMENTS.join(' and ')} (their own, by the rule "days of the departments they manage"), ` +
        `each download by the next person; ${CONCURRENCY} downloads at a time; Harbour with caches off (\`CACHE_MAX_AGE_SECONDS=0\`: every request builds its ability and reads ended sessions again) and no answer cache. ` +
        `Writes while they read: the group's members punch through the API (\`punch\`, at the office with its Wi-Fi in sight), a different person every ${fmt(1000 / PUNCHES_PER_SECOND)} ms, ` +
        `at most ${PUNCHES_IN_FLIGHT} under way (${fmt(punches.skipped())} beats skipped), punch p50 / p99 ${fmt(percentile(punchTimes, 50))} / ${fmt(percentile(punchTimes, 99))} ms; ` +
        `the day consumer computes each punch's day again — per round ${writes.map((w) => `${fmt(w.punches)} punches and ${fmt(w.days)} days written in ${fmt(w.seconds)} s`).join('; ')}. ` +
        `Those are today's days (${today}), not the reported month's: a month that has ended changes only through a late offline punch (the group's offline window is at most 7 days) ` +
        `or HR's \`recomputeAttendanceDays\`, and that request is too costly here to run as a stream — asked for ${sample.length} people's month before the rounds, it answered in ${fmt(asking.ms)} ms` +
        (asking.top ? `, ${fmt(asking.top.ms)} ms of it one statement resolving the group of every person of the organisation (\`${asking.top.query.slice(0, 80)}…\`)` : '') +
        '. ' +
        `The floor runs the report's aggregation, names and order as one prepared statement on ${CONCURRENCY} pg connections. ` +
        `${ROUNDS} rounds of ${DOWNLOADS} downloads per measure, the measures interleaved download by download; latencies of all rounds pooled ` +
        `(of ${fmt(ROUNDS * DOWNLOADS)} downloads, p99 is the ${ROUNDS * DOWNLOADS - Math.floor(ROUNDS * DOWNLOADS * 0.99) === 1 ? 'slowest' : `${ROUNDS * DOWNLOADS - Math.floor(ROUNDS * DOWNLOADS * 0.99)}th slowest`}).`,
      '',
      '| measure | rows | p50 | p95 | p99 | max | rounds (p50) | Harbour ÷ floor (p50) | < 2 s |',
      '| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: | --- |',
      ...measures.map((m) => {
        const s = stat(m.key);
        const harbourMeasure = harbourKeys.includes(m.key);
        return (
          `| ${m.label} | ${m.rows} | ${fmt(s.p50)} ms | ${fmt(s.p95)} ms | ${fmt(s.p99)} ms | ${fmt(s.max)} ms | ${roundMedians.get(m.key)!.map(fmt).join(', ')} | ` +
          `${harbourMeasure ? (s.p50 / floorOf(m.key).p50).toFixed(1) : ''} | ${harbourMeasure ? `${met(s.p95 < TARGET_MS)} (p95), ${met(s.p99 < TARGET_MS)} (p99)` : ''} |`
        );
      }),
      '',
      `Target (< ${fmt(TARGET_MS / 1000)} s for the report of ${fmt(members.length)} people, judged on p95 of every Harbour measure): ${met(allMet)}. ` +
        `Errors: ${errors.length} downloads, ${punches.failures.length} punches.`,
      '',
      ...(errors.length || punches.failures.length ? ['First errors:', '', ...[...errors, ...punches.failures].slice(0, 5).map((e) => `- \`${e.slice(0, 200)}\``), ''] : []),
      `### Where a download's time goes (each measure alone, one at a time, nothing writing; ${QUIET} downloads each)`,
      '',
      '| measure | wall (p50) | CPU: Harbour | CPU: PostgreSQL | SQL statements | time executing them | the costliest statement per download |',
      '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
      ...measures.map((m) => {
        const p = profile.get(m.key)!;
        const or = (value: number | null, unit = '') => (value === null ? '–' : `${fmt(value)}${unit}`);
        return `| ${m.label} | ${fmt(p.ms)} ms | ${fmt(p.harbourCpu)} ms | ${or(p.postgresCpu, ' ms')} | ${or(p.statements)} | ${or(p.sqlMs, ' ms')} | ${p.top ?? '–'} |`;
      }),
      '',
      `File sizes: CSV ${fmt(measures[0].bytes! / 1024)} KiB, XLSX ${fmt(measures[1].bytes! / 1024)} KiB, the manager's CSV ${fmt(measures[2].bytes! / 1024)} KiB (base64 in the GraphQL answer: a third more).` +
        (top.sqlMs !== null && xlsx.sqlMs !== null
          ? ` Of HR's CSV, ${fmt(top.sqlMs)} of ${fmt(top.ms)} ms is PostgreSQL executing statements; the XLSX costs ${fmt(xlsx.harbourCpu - top.harbourCpu)} ms more of Harbour's CPU than the CSV.`
          : ''),
      '',
    );
  } finally {
    if (harbour) await stopServer(harbour);
    await db.statements?.close();
    await db.stop();
  }
  const loadAtEnd = loadavg();
  const cpu = cpus();
  writeSection(
    LABEL,
    [
      `Run ${startedAt.toISOString()} on commit ${gitDescription()} by \`npm run bench:attendance-report\`.`,
      '',
      `Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB RAM; Node ${process.version}. ` +
        `Load average (1/5/15 min) at start ${loadAtStart.map((n) => n.toFixed(1)).join(' / ')}, at end ${loadAtEnd.map((n) => n.toFixed(1)).join(' / ')} ` +
        `— the machine is shared, so absolute figures move between runs; compare the ratio to the floor, taken in the same run.`,
      '',
      `Database: ${db.description}. Harbour in production mode (one process: API, outbox, consumers and background jobs), permissions on, rate limits off, caches off.`,
      '',
      ...report,
    ],
    summary,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
