/**
 * Benchmarks attendance (issue #10): the morning burst — 2,000 distinct people of one 10,000-person company punching at
 * a site (GPS fix inside the fence, the site's Wi-Fi in sight), each then reading their own day, every check on (group,
 * notice acknowledged, punch window, daily limit, places, idempotency) — beside its SQL floor, the same rows written and
 * read with hand-written SQL. One PostgreSQL; Harbour in its own process; the burst from another process over loopback
 * (bench/attendance-driver.ts); each round takes 2,000 people who have not punched yet.
 *
 *   npm run bench:attendance          (from the repository root; about 3 minutes)
 *
 * Settings: BENCH_ROUNDS (3), BENCH_PEOPLE (per round, 2000), BENCH_CONNECTIONS (20), BENCH_LABEL (the section of
 * bench/RESULTS.md, "Attendance"), BENCH_PROFILE_DIR (Harbour's CPU profile), DATABASE_URL (a PostgreSQL server instead of the embedded one).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { projectRoot } from '../api/src/config/config.js';
import { signAccessToken } from '../api/src/core/auth/access-token.js';
import { DEMO_PASSWORD } from '../seeds/demo-data.js';
import type { BurstConfig, BurstResult } from './attendance-driver.js';
import { generateOrg } from './approvals-data.js';
import { graphql, inParallel } from './client.js';
import { allOf, postgresCpu, processCpu, type CpuMeter } from './cpu.js';
import { startBenchDatabase } from './database.js';
import { SIGN_IN } from './queries.js';
import { gitDescription, writeSection } from './results.js';
import { JWT_SECRET, startHarbour, stopServer, type RunningServer } from './servers.js';
import { median, percentile } from './stats.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 2000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const LABEL = process.env.BENCH_LABEL ?? 'Attendance';
/** Where Harbour writes a CPU profile of the whole run (summarise it with bench/profile.ts), if set. */
const PROFILE_DIR = process.env.BENCH_PROFILE_DIR;
const TARGETS = { punchesPerSecond: 2000, p99Ms: 50 };
const SITE = { latitude: 22.3244, longitude: 114.2009 };
const BSSID = '02:1a:11:f1:00:01';

const PUNCH = 'mutation($input: PunchInput!) { punch(input: $input) { id workDate method flags } }';
const MY_DAY = 'query($from: String!) { attendanceDays(filter: { from: $from, to: $from }) { items { workDate status exceptions lateMinutes } } }';

const log = (line: string) => console.log(`[bench:attendance ${new Date().toISOString().slice(11, 19)}] ${line}`);
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });
const round1 = (n: number) => Math.round(n * 10) / 10;

/** The Hong Kong wall-clock date and HH:MM of an instant. */
function hongKong(at: Date): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Hong_Kong', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** A point up to `meters` from the site, in a direction of its own. */
function nearSite(index: number, meters: number) {
  const angle = (index * 137.5 * Math.PI) / 180;
  const distance = (meters * ((index * 7919) % 1000)) / 1000;
  return { latitude: SITE.latitude + (distance * Math.cos(angle)) / 111_195, longitude: SITE.longitude + (distance * Math.sin(angle)) / 102_800, accuracyMeters: 15 };
}

/** Runs the burst driver in its own process and returns what it measured. */
async function burst(config: BurstConfig): Promise<BurstResult> {
  const dir = mkdtempSync(join(tmpdir(), 'harbour-attendance-'));
  const file = join(dir, 'config.json');
  writeFileSync(file, JSON.stringify(config));
  try {
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', '@oxc-node/core/register', join(projectRoot, 'bench/attendance-driver.ts'), file], {
        cwd: join(projectRoot, 'api'),
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let out = '';
      child.stdout.on('data', (chunk) => (out += chunk));
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`attendance driver exited with ${code}`))));
    });
    return JSON.parse(output) as BurstResult;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The SQL floor of a punch and its read, `CONNECTIONS` clients at a time: the same punch row inserted (idempotent on
 * the phone's id) and the person's day read back — no group, window, notice, limit or place checks, no event.
 */
async function sqlFloor(url: string, tenant: string, people: { id: string; departmentId: string }[], workDate: string): Promise<{ punchesPerSecond: number; p50: number; p99: number }> {
  const clients = await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      return client;
    }),
  );
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    clients.map(async (client) => {
      while (next < people.length) {
        const person = people[next++];
        const t0 = performance.now();
        await client.query({
          name: 'punch',
          text: `insert into attendance_punch (id, tenant_id, person_id, department_id, client_punch_id, punched_at, received_at, work_date, method, distance_meters, accuracy_meters, flags)
                 values (gen_random_uuid(), $1, $2, $3, $4, now(), now(), $5, 'WIFI', 120, 15, '[]') on conflict do nothing`,
          values: [tenant, person.id, person.departmentId, `floor-${person.id}`, workDate],
        });
        await client.query({ name: 'day', text: 'select * from attendance_day where tenant_id = $1 and person_id = $2 and work_date = $3', values: [tenant, person.id, workDate] });
        times.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await Promise.all(clients.map((client) => client.end()));
  times.sort((a, b) => a - b);
  return { punchesPerSecond: round1(people.length / seconds), p50: percentile(times, 50), p99: percentile(times, 99) };
}

async function main(): Promise<void> {
  const loadAtStart = loadavg();
  const startedAt = new Date();
  const db = await startBenchDatabase();
  log(`database: ${db.description}`);
  const database = db.postmasterPid ? postgresCpu(db.postmasterPid) : null;
  let harbour: RunningServer | null = null;
  const report: string[] = [];
  const summary: Record<string, number> = {};
  try {
    harbour = await startHarbour('Harbour', db.url, { ACCESS_TOKEN_TTL_SECONDS: '3600' }, PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : []);
    const harbourCpu: CpuMeter | null = processCpu(harbour.child.pid!);
    const both: CpuMeter | null = database ? allOf(harbourCpu, database) : null;
    const signIn = async (email: string) =>
      (await graphql<{ signIn: { accessToken: string; personId: string; organizationId: string } }>(harbour!.url, SIGN_IN, { input: { email, password: DEMO_PASSWORD } })).signIn;
    const operator = await signIn('operator@harbour.example.com');
    await graphql(
      harbour.url,
      'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
      {
        input: { name: '宏基建築集團', slug: 'benchpunch', emailDomains: ['benchpunch.example.com'], admin: { displayName: '人事主管', email: 'hr@benchpunch.example.com', password: DEMO_PASSWORD } },
      },
      operator.accessToken,
    );
    const admin = await signIn('hr@benchpunch.example.com');
    const tenant = admin.organizationId;
    const pool = new pg.Pool({ connectionString: db.url, max: 2 });
    const rootId = (await pool.query('select id from department where tenant_id = $1 and parent_id is null', [tenant])).rows[0].id as string;
    const org = await generateOrg(db.url, tenant, admin.personId, rootId);
    const staff = org.people.filter((p) => p.kind !== 'admin');
    log(`org: ${org.people.length} people`);

    // The rules, through the API: one site, a shift whose punch window is open now, one group for everyone, a notice.
    const now = new Date();
    const place = await graphql<{ createAttendancePlace: { id: string } }>(
      harbour.url,
      'mutation($input: AttendancePlaceInput!) { createAttendancePlace(input: $input) { id } }',
      { input: { name: '啟德地盤', ...SITE, radiusMeters: 500, wifiBssids: [BSSID, '02:1a:11:f1:00:02'] } },
      admin.accessToken,
    );
    const shift = await graphql<{ createAttendanceShift: { id: string } }>(
      harbour.url,
      'mutation($input: AttendanceShiftInput!) { createAttendanceShift(input: $input) { id } }',
      { input: { name: '地盤', start: hongKong(new Date(now.getTime() - 15 * 60_000)).time, end: hongKong(new Date(now.getTime() + 8 * 3600_000)).time, lateToleranceMinutes: 5 } },
      admin.accessToken,
    );
    await graphql(
      harbour.url,
      'mutation($input: AttendanceGroupInput!) { createAttendanceGroup(input: $input) { id } }',
      {
        input: {
          name: '地盤員工',
          departmentIds: [rootId],
          placeIds: [place.createAttendancePlace.id],
          shiftId: shift.createAttendanceShift.id,
          offsiteAllowed: false,
          monitoringNotice: '本公司會記錄你打卡的地點、距離及方式，用作計算出勤。',
        },
      },
      admin.accessToken,
    );
    const workDate = hongKong(now).date;
    const tokens = new Map<string, string>();
    for (const person of staff.slice(0, ROUNDS * PEOPLE)) {
      tokens.set(
        person.id,
        await signAccessToken(
          JWT_SECRET,
          { accountId: person.accountId, personId: person.id, tenantId: tenant, displayName: person.displayName, locale: null, isPlatformAdmin: false, sessionId: person.sessionId },
          3600,
        ),
      );
    }
    // Everyone of the bursts acknowledges the notice first (each phone does once, before its first punch).
    await inParallel([...tokens.values()], 8, (token) => graphql(harbour!.url, 'mutation { acknowledgeAttendanceNotice { groupId } }', {}, token));
    log(`rules set, ${tokens.size} notices acknowledged`);

    const rounds: (BurstResult & { cpuMs: number | null; statements: number | null; daysLagSeconds: number })[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const people = staff.slice(round * PEOPLE, (round + 1) * PEOPLE);
      await db.statements?.reset();
      const cpuBefore = both?.() ?? 0;
      const result = await burst({
        url: harbour.url,
        connections: CONNECTIONS,
        punchQuery: PUNCH,
        readQuery: MY_DAY,
        readVariables: { from: workDate },
        people: people.map((person, i) => ({
          token: tokens.get(person.id)!,
          punch: { clientPunchId: `burst-${round}-${person.id}`, location: nearSite(i, 400), wifiBssids: i % 3 === 0 ? [BSSID] : [] },
        })),
      });
      const cpuMs = both ? round1((both() - cpuBefore) / result.punches) : null;
      const counted = await db.statements?.read();
      // The days are computed by an event consumer after the punches: how long after the burst the last one is there.
      const burstEnded = Date.now();
      const ids = people.map((p) => p.id);
      for (;;) {
        const { rows } = await pool.query('select count(*)::int as n from attendance_day where tenant_id = $1 and work_date = $2 and person_id = any($3::uuid[])', [tenant, workDate, ids]);
        if (rows[0].n >= people.length || Date.now() - burstEnded > 120_000) break;
        await new Promise((r) => setTimeout(r, 250));
      }
      const daysLagSeconds = round1((Date.now() - burstEnded) / 1000);
      rounds.push({ ...result, cpuMs, statements: counted ? round1(counted.queries / (result.punches * 2)) : null, daysLagSeconds });
      log(`round ${round + 1}: ${fmt(result.punchesPerSecond)} punches/s, punch p99 ${result.punchP99} ms, ${result.errors} errors, days ${daysLagSeconds} s later`);
    }
    const floorPeople = staff.slice(ROUNDS * PEOPLE, ROUNDS * PEOPLE + PEOPLE).map((p) => ({ id: p.id, departmentId: p.departmentId }));
    const floor = await sqlFloor(db.url, tenant, floorPeople, workDate);
    log(`SQL floor: ${fmt(floor.punchesPerSecond)} punches/s`);
    await pool.end();

    const rate = median(rounds.map((r) => r.punchesPerSecond));
    const p99 = median(rounds.map((r) => r.punchP99));
    Object.assign(summary, { punchesPerSecond: rate, punchP99: p99, floorPunchesPerSecond: floor.punchesPerSecond });
    const met = (ok: boolean) => (ok ? 'met' : '**missed**');
    report.push(
      `### Morning burst: ${fmt(PEOPLE)} distinct people punch at a site, each then reads their own day`,
      '',
      `${CONNECTIONS} keep-alive connections share the queue of people (bench/attendance-driver.ts); every punch is new (its own phone punch id), ` +
        `a GPS fix within 400 m of a 500 m site with the site's Wi-Fi in sight for a third of them; all checks on: the person's group (by department), ` +
        `the acknowledged notice, the shift's punch window, the daily limit, the places. Each round takes ${fmt(PEOPLE)} people who have not punched. ` +
        `The SQL floor writes the same punch row and reads the day with prepared statements on ${CONNECTIONS} connections, nothing else.`,
      '',
      '| measure | value | target |',
      '| --- | ---: | --- |',
      `| punches per second (median of ${ROUNDS} rounds) | ${fmt(rate)} | ≥ ${fmt(TARGETS.punchesPerSecond)}: ${met(rate >= TARGETS.punchesPerSecond)} |`,
      `| rounds | ${rounds.map((r) => fmt(r.punchesPerSecond)).join(', ')} | |`,
      `| punch latency p50 / p99 (median of rounds) | ${fmt(median(rounds.map((r) => r.punchP50)))} / ${fmt(p99)} ms | p99 < ${TARGETS.p99Ms} ms: ${met(p99 < TARGETS.p99Ms)} |`,
      `| own-day read p50 / p99 | ${fmt(median(rounds.map((r) => r.readP50)))} / ${fmt(median(rounds.map((r) => r.readP99)))} ms | |`,
      `| SQL floor: punches per second, p50 / p99 (write + read) | ${fmt(floor.punchesPerSecond)}, ${fmt(floor.p50)} / ${fmt(floor.p99)} ms | |`,
      `| Harbour ÷ floor | ${(rate / floor.punchesPerSecond).toFixed(2)} | |`,
      `| CPU per punch and its read: Harbour + PostgreSQL | ${rounds.map((r) => (r.cpuMs === null ? '–' : fmt(r.cpuMs))).join(', ')} ms | |`,
      `| SQL statements per request (punches and reads, the day consumer's included) | ${rounds.map((r) => (r.statements === null ? '–' : fmt(r.statements))).join(', ')} | |`,
      `| all days computed (event consumer) after the burst ended | ${rounds.map((r) => `${fmt(r.daysLagSeconds)} s`).join(', ')} | |`,
      `| errors | ${rounds.reduce((n, r) => n + r.errors, 0)} | |`,
      '',
      ...(rounds.some((r) => r.firstErrors.length) ? ['First errors:', '', ...rounds.flatMap((r) => r.firstErrors.map((e) => `- \`${e.slice(0, 200)}\``)), ''] : []),
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
      `Run ${startedAt.toISOString()} on commit ${gitDescription()} by \`npm run bench:attendance\`.`,
      '',
      `Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB RAM; Node ${process.version}. ` +
        `Load average (1/5/15 min) at start ${loadAtStart.map((n) => n.toFixed(1)).join(' / ')}, at end ${loadAtEnd.map((n) => n.toFixed(1)).join(' / ')} ` +
        `— the machine is shared, so absolute figures move between runs; compare the ratio to the floor, taken in the same run.`,
      '',
      `Database: ${db.description}. Harbour in production mode (one process: API, outbox and consumers), permissions on, rate limits off.`,
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
