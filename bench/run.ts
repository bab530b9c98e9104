/**
 * Benchmarks Harbour side by side with PostGraphile 5 and the hand-written SQL floor on one database (issue #7,
 * sections 2 and 6), then under a mixed workload of 200 signed-in people while the company changes, and profiles the
 * executed subtree query. Every server runs in its own process; load comes from other processes over loopback;
 * targets run interleaved (round 1: every target in a fixed order, then round 2 …) so that a machine whose speed
 * drifts (it is shared) affects all of them alike, and ratios are taken within a round.
 *
 *   npm run bench                                   (from the repository root: everything, about 8 minutes)
 *   BENCH_ONLY=side-by-side,statements npm run bench   (scenarios: side-by-side, statements, profile, mixed)
 *
 * Other settings: BENCH_DURATION (s per target and round, 5), BENCH_ROUNDS (3), BENCH_CONNECTIONS (20),
 * BENCH_SQL_CLIENTS (8), BENCH_MIXED_DURATION (10), BENCH_PROFILE_DURATION (10), BENCH_PROFILE_TARGET (the side-by-side
 * target the profile loads, subtree-off), BENCH_LABEL (the heading of this
 * run's section in bench/RESULTS.md: a run replaces the section with the same label and keeps every other one),
 * BENCH_COMPARE (the label of an earlier run to put beside this one: ratios, statement counts, p99s), DATABASE_URL (a PostgreSQL server to use instead of the embedded one; statement counts need pg_stat_statements
 * preloaded there).
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { projectRoot } from '../api/src/config/config.js';
import { DEMO_PASSWORD } from '../seeds/demo-data.js';
import { graphql } from './client.js';
import { allOf, postgresCpu, processCpu, type CpuMeter } from './cpu.js';
import { startBenchDatabase, type BenchDatabase } from './database.js';
import { autocannon, sqlDriver, sqlDriverVersion, sqlLoad, type HttpRequest, type Measured } from './load.js';
import { createMixedPopulation, MIXED_KINDS, MIXED_PEOPLE, runMixed, SEARCH_TERMS, type WriterResult } from './mixed.js';
import type { MixedResult } from './mixed-driver.js';
import { summariseProfile } from './profile.js';
import { DATA_MARK, gitDescription, resultsFile, writeSection } from './results.js';
import {
  ME,
  PEOPLE_PAGE,
  PEOPLE_SQL,
  PGL_PERSON_BY_ID,
  PGL_SUBTREE_DEFAULT,
  pglSubtreeByRelations,
  sameJson,
  sameSubtree,
  SIGN_IN,
  SUBTREE,
  SUBTREE_SQL,
  TYPENAME,
  withParameters,
} from './queries.js';
import { rssMiB, startHarbour, startPostGraphile, stopServer, type RunningServer } from './servers.js';
import { median } from './stats.js';

const SCENARIOS = ['side-by-side', 'statements', 'profile', 'mixed'] as const;
type Scenario = (typeof SCENARIOS)[number];
const only = (process.env.BENCH_ONLY ?? SCENARIOS.join(',')).split(',').map((s) => s.trim()) as Scenario[];
for (const scenario of only) if (!SCENARIOS.includes(scenario)) throw new Error(`BENCH_ONLY: unknown scenario ${scenario} (known: ${SCENARIOS.join(', ')})`);
const selected = (scenario: Scenario) => only.includes(scenario);

const DURATION = Number(process.env.BENCH_DURATION ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const SQL_CLIENTS = Number(process.env.BENCH_SQL_CLIENTS ?? 8);
const MIXED_DURATION = Number(process.env.BENCH_MIXED_DURATION ?? 10);
const PROFILE_DURATION = Number(process.env.BENCH_PROFILE_DURATION ?? 10);
/** The target the profile scenario loads (a key of the side-by-side table). */
const PROFILE_TARGET = process.env.BENCH_PROFILE_TARGET ?? 'subtree-off';
const LABEL = process.env.BENCH_LABEL ?? 'Latest run';
/** Requests per target when counting statements (after a warm-up, so caches of abilities and sessions are filled). */
const COUNTED_REQUESTS = 20;

/** Harbour as configured by default, except that tokens signed in at set-up must outlive the run (15 minutes by default). */
const HARBOUR_ENV = { ACCESS_TOKEN_TTL_SECONDS: '3600' };

/** One thing measured side by side: an HTTP request to a server, or a SQL statement through the SQL driver. */
interface Target {
  key: string;
  label: string;
  http?: HttpRequest;
  sql?: { text: string; variables: Record<string, string> };
  /** The CPU the target spends: its server process and PostgreSQL (null where PostgreSQL's processes are not ours). */
  cpu: CpuMeter | null;
  /** The server process's share of `cpu` (null for the SQL floor, which has no server). */
  serverCpu: CpuMeter | null;
}

/** A measured load and what it cost the processes under test, per request. */
interface Measurement extends Measured {
  cpuMsPerRequest: number | null;
  serverCpuMsPerRequest: number | null;
}

/** One mixed load on one server: what the driver saw, what the writer did, and the CPU per request served. */
type MixedRun = MixedResult & { writer: WriterResult; cpuMsPerRequest: number | null };

interface TargetResult {
  target: Target;
  rounds: Measurement[];
  statements?: { queries: number; transactionControl: number };
}

const log = (line: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);
const round1 = (n: number) => Math.round(n * 10) / 10;
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });

async function measure(target: Target, seconds: number, databaseUrl: string): Promise<Measurement> {
  const cpuBefore = target.cpu?.() ?? 0;
  const serverBefore = target.serverCpu?.() ?? 0;
  const measured = target.http ? await autocannon(target.http, CONNECTIONS, seconds) : await sqlLoad(databaseUrl, target.sql!.text, target.sql!.variables, SQL_CLIENTS, seconds);
  const perRequest = (meter: CpuMeter | null, before: number) => (meter && measured.requests ? Math.round(((meter() - before) / measured.requests) * 100) / 100 : null);
  return { ...measured, cpuMsPerRequest: perRequest(target.cpu, cpuBefore), serverCpuMsPerRequest: perRequest(target.serverCpu, serverBefore) };
}

/** Statements per request of a target: a warm-up, then COUNTED_REQUESTS one after another. */
async function countStatements(db: BenchDatabase, send: () => Promise<unknown>): Promise<{ queries: number; transactionControl: number }> {
  for (let i = 0; i < 3; i += 1) await send();
  await db.statements!.reset();
  for (let i = 0; i < COUNTED_REQUESTS; i += 1) await send();
  const counted = await db.statements!.read();
  return { queries: round1(counted.queries / COUNTED_REQUESTS), transactionControl: round1(counted.transactionControl / COUNTED_REQUESTS) };
}

async function postJson(request: HttpRequest): Promise<unknown> {
  const response = await fetch(request.url, { method: 'POST', headers: { 'content-type': 'application/json', ...request.headers }, body: JSON.stringify(request.body) });
  const body = (await response.json()) as { data?: unknown; errors?: unknown };
  if (!response.ok || body.errors || !body.data) throw new Error(`${request.url}: ${JSON.stringify(body).slice(0, 500)}`);
  return body.data;
}

async function sqlJson(databaseUrl: string, sql: { text: string; variables: Record<string, string> }): Promise<unknown> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(withParameters(sql.text, sql.variables))).rows[0].data;
  } finally {
    await client.end();
  }
}

/** How many levels the department tree has below and including `rootId`. */
async function treeDepth(databaseUrl: string, rootId: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `with recursive t as (select id, 1 as level from department where id = $1
       union all select d.id, t.level + 1 from department d join t on d.parent_id = t.id) select max(level)::int as depth from t`,
      [rootId],
    );
    return rows[0].depth;
  } finally {
    await client.end();
  }
}

/** The ratio of two targets' req/s, taken within each round, and its median. */
function ratio(results: Map<string, TargetResult>, numerator: string, denominator: string): { median: number; rounds: number[] } | null {
  const a = results.get(numerator);
  const b = results.get(denominator);
  if (!a?.rounds.length || !b?.rounds.length) return null;
  const rounds = a.rounds.map((r, i) => r.requestsPerSecond / Math.max(1, b.rounds[i]?.requestsPerSecond ?? 0));
  return { median: median(rounds), rounds };
}

/**
 * The same ratio as the CPU per request implies it (denominator's cost / numerator's cost): what the req/s ratio
 * would be if the two targets had the machine to themselves and the load generators cost nothing.
 */
function cpuRatio(results: Map<string, TargetResult>, numerator: string, denominator: string): number | null {
  const a = results.get(numerator)?.rounds.map((r) => r.cpuMsPerRequest);
  const b = results.get(denominator)?.rounds.map((r) => r.cpuMsPerRequest);
  if (!a?.length || !b?.length || [...a, ...b].some((v) => !v)) return null;
  return median(a.map((cost, i) => b[i]! / cost!));
}

async function main(): Promise<void> {
  const loadAtStart = loadavg();
  const startedAt = new Date();
  log(`scenarios: ${only.join(', ')}`);
  const db = await startBenchDatabase();
  log(`database: ${db.description} (${db.initSeconds.toFixed(1)} s)${db.statements ? '' : ' — no pg_stat_statements: statement counts left out'}`);
  const servers: RunningServer[] = [];
  const report: string[] = [];
  const results = new Map<string, TargetResult>();
  let mixed: { rounds: MixedRun[]; setupSeconds: number; statements: Map<string, { queries: number; transactionControl: number }> } | null = null;
  let profileSummary: string[] | null = null;
  const memory: { idle?: number; loaded?: number } = {};
  let firstStart = 0;
  let pglStart = 0;
  let people = 0;
  try {
    const executed = await startHarbour('Harbour', db.url, HARBOUR_ENV);
    servers.push(executed);
    firstStart = executed.startSeconds;
    log(`Harbour: migrated, seeded and ready in ${firstStart.toFixed(1)} s`);
    const postgraphile = selected('side-by-side') || selected('statements') ? await startPostGraphile(db.url) : null;
    if (postgraphile) {
      servers.push(postgraphile);
      pglStart = postgraphile.startSeconds;
    }
    await new Promise((r) => setTimeout(r, 2000));
    memory.idle = rssMiB(executed);

    const signIn = async (email: string) =>
      (await graphql<{ signIn: { accessToken: string; personId: string; organizationId: string } }>(executed.url, SIGN_IN, { input: { email, password: DEMO_PASSWORD } })).signIn;
    const worker = await signIn('site1.worker@wanghin.example.com');
    const hr = await signIn('hr@wanghin.example.com');
    const admin = await signIn('admin@wanghin.example.com');
    const tenant = worker.organizationId;
    const roots = await graphql<{ departments: { items: { id: string }[] } }>(executed.url, '{ departments(filter: { rootsOnly: true }) { items { id } } }', {}, worker.accessToken);
    const rootId = roots.departments.items[0].id;
    const depth = await treeDepth(db.url, rootId);

    const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
    const database = db.postmasterPid ? postgresCpu(db.postmasterPid) : null;
    const cpuOf = (server: RunningServer | null) => (database ? (server ? allOf(processCpu(server.child.pid!), database) : database) : null);
    const harbour = (server: RunningServer, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}): HttpRequest => ({
      url: `${server.url}/graphql`,
      body: { query, variables },
      headers,
    });
    const pgl = (query: string, variables: Record<string, unknown>): HttpRequest => ({ url: `${postgraphile!.url}/graphql`, body: { query, variables } });
    // The people page is the console's, in the company's language (role names come back as stored).
    const hrHeaders = { ...bearer(hr.accessToken), 'accept-language': 'zh-HK' };
    const targets: Target[] = [
      {
        key: 'subtree-off',
        label: 'Harbour, subtree (executed)',
        http: harbour(executed, SUBTREE, { id: rootId }, bearer(worker.accessToken)),
        cpu: cpuOf(executed),
        serverCpu: processCpu(executed.child.pid!),
      },
      ...(postgraphile
        ? [
            {
              key: 'subtree-pgl-default',
              label: 'PostGraphile 5, subtree, default style (`allDepartments` of the company)',
              http: pgl(PGL_SUBTREE_DEFAULT, { tenant }),
              cpu: cpuOf(postgraphile),
              serverCpu: processCpu(postgraphile.child.pid!),
            },
            {
              key: 'subtree-pgl-relations',
              label: `PostGraphile 5, subtree, relation style (root department, ${depth} levels of \`departmentsByParentId\`)`,
              http: pgl(pglSubtreeByRelations(depth), { id: rootId }),
              cpu: cpuOf(postgraphile),
              serverCpu: processCpu(postgraphile.child.pid!),
            },
          ]
        : []),
      {
        key: 'subtree-sql',
        label: `SQL floor, subtree: one statement returning Harbour's JSON (${sqlDriver}, ${SQL_CLIENTS} clients)`,
        sql: { text: SUBTREE_SQL, variables: { tenant, root: rootId } },
        cpu: cpuOf(null),
        serverCpu: null,
      },
      {
        key: 'me-off',
        label: 'Harbour `{ me { id displayName } }`, executed',
        http: harbour(executed, ME, {}, bearer(worker.accessToken)),
        cpu: cpuOf(executed),
        serverCpu: processCpu(executed.child.pid!),
      },
      ...(postgraphile
        ? [
            {
              key: 'me-pgl',
              label: 'PostGraphile 5, person by id (`personByRowId`)',
              http: pgl(PGL_PERSON_BY_ID, { id: worker.personId }),
              cpu: cpuOf(postgraphile),
              serverCpu: processCpu(postgraphile.child.pid!),
            },
          ]
        : []),
      { key: 'typename-off', label: 'Harbour `{ __typename }` (no token)', http: harbour(executed, TYPENAME, {}), cpu: cpuOf(executed), serverCpu: processCpu(executed.child.pid!) },
      ...(postgraphile ? [{ key: 'typename-pgl', label: 'PostGraphile 5 `{ __typename }`', http: pgl(TYPENAME, {}), cpu: cpuOf(postgraphile), serverCpu: processCpu(postgraphile.child.pid!) }] : []),
      {
        key: 'people-off',
        label: 'Harbour, people page (20 people with departments, managers, roles; as HR), executed',
        http: harbour(executed, PEOPLE_PAGE, { take: 20 }, hrHeaders),
        cpu: cpuOf(executed),
        serverCpu: processCpu(executed.child.pid!),
      },
      {
        key: 'people-sql',
        label: `SQL floor, people page: one statement returning Harbour's JSON (${sqlDriver}, ${SQL_CLIENTS} clients)`,
        sql: { text: PEOPLE_SQL, variables: { tenant } },
        cpu: cpuOf(null),
        serverCpu: null,
      },
    ];

    // Every equivalent must give the same answer before any of them is measured.
    const subtree = (await postJson(targets[0].http!)) as { departmentSubtree: { members: { totalCount: number } }[] };
    people = subtree.departmentSubtree.reduce((n, d) => n + d.members.totalCount, 0);
    sameJson(subtree, await sqlJson(db.url, targets.find((t) => t.key === 'subtree-sql')!.sql!), 'subtree');
    const peoplePage = await postJson(targets.find((t) => t.key === 'people-off')!.http!);
    sameJson(peoplePage, await sqlJson(db.url, targets.find((t) => t.key === 'people-sql')!.sql!), 'people page');
    if (postgraphile) {
      const byDefault = (await postJson(targets.find((t) => t.key === 'subtree-pgl-default')!.http!)) as { allDepartments: { nodes: never[] } };
      sameSubtree(subtree as never, byDefault.allDepartments.nodes, 'PostGraphile, default style');
      const byRelations = (await postJson(targets.find((t) => t.key === 'subtree-pgl-relations')!.http!)) as { departmentByRowId: never };
      sameSubtree(subtree as never, [byRelations.departmentByRowId], 'PostGraphile, relation style');
      const me = (await postJson(targets.find((t) => t.key === 'me-off')!.http!)) as { me: { id: string; displayName: string } };
      const byId = (await postJson(targets.find((t) => t.key === 'me-pgl')!.http!)) as { personByRowId: { rowId: string; displayName: string } };
      if (me.me.id !== byId.personByRowId.rowId || me.me.displayName !== byId.personByRowId.displayName) throw new Error('PostGraphile person by id differs from Harbour `me`');
    }
    log(`answers checked: the subtree holds ${people} people in the same departments, with the same managers, on every target`);

    if (selected('statements') && db.statements) {
      for (const target of targets) {
        const send = target.http ? () => postJson(target.http!) : () => sqlJson(db.url, target.sql!);
        results.set(target.key, { target, rounds: [], statements: await countStatements(db, send) });
      }
      log('statements counted');
    }

    if (selected('side-by-side')) {
      for (const target of targets) if (target.http) await measure(target, 1, db.url); // warm-up (JIT, pools), not recorded
      for (let round = 1; round <= ROUNDS; round += 1) {
        for (const target of targets) {
          const measured = await measure(target, DURATION, db.url);
          const entry = results.get(target.key) ?? { target, rounds: [] };
          entry.rounds.push(measured);
          results.set(target.key, entry);
          log(`round ${round}: ${target.key} ${measured.requestsPerSecond} req/s, p99 ${measured.p99} ms${measured.errors ? `, ${measured.errors} errors` : ''}`);
        }
      }
      memory.loaded = rssMiB(executed);
    }

    if (selected('profile')) {
      // Kept for a closer look (Chrome DevTools, speedscope): .data/ is not committed.
      const dir = join(projectRoot, '.data/bench-profiles');
      rmSync(dir, { recursive: true, force: true });
      const spawned = Date.now();
      const profiled = await startHarbour('Harbour (profiled)', db.url, HARBOUR_ENV, ['--cpu-prof', '--cpu-prof-dir', dir]);
      const window = { fromMs: 0, toMs: 0 };
      try {
        window.fromMs = Date.now() - spawned;
        const profiledTarget = targets.find((t) => t.key === PROFILE_TARGET && t.http);
        if (!profiledTarget) throw new Error(`BENCH_PROFILE_TARGET=${PROFILE_TARGET} is not a Harbour target`);
        await autocannon({ ...profiledTarget.http!, url: `${profiled.url}/graphql` }, CONNECTIONS, PROFILE_DURATION);
        window.toMs = Date.now() - spawned;
      } finally {
        await stopServer(profiled);
      }
      const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
      if (!file) throw new Error('the profiled server wrote no profile');
      // Only the load: start-up (module compilation, migrations check, seeding check) is another profile.
      profileSummary = [
        `Profile: .data/bench-profiles/${file}; this summary covers ${(window.fromMs / 1000).toFixed(1)}–${(window.toMs / 1000).toFixed(1)} s after the process started ` +
          `(\`bench/profile.ts <file> ${window.fromMs} ${window.toMs}\` prints it again).`,
        '',
        ...summariseProfile(join(dir, file), window),
      ];
      log('profile summarised');
    }

    // Last: it adds 200 people to the company, which every scenario above reads as the demo left it.
    if (selected('mixed')) {
      const population = await createMixedPopulation(executed.url, admin.accessToken, DEMO_PASSWORD, 'wanghin.example.com');
      log(`mixed: ${MIXED_PEOPLE} people created and signed in in ${population.setupSeconds.toFixed(0)} s`);
      const statements = new Map<string, { queries: number; transactionControl: number }>();
      if (db.statements) {
        const someone = population.callers.find((c) => !c.admin)!;
        const anAdmin = population.callers.find((c) => c.admin)!;
        for (const kind of MIXED_KINDS) {
          const caller = kind.adminsOnly ? anAdmin : someone;
          const variables = kind.variables === 'department' ? { id: caller.departmentId } : kind.variables === 'search' ? { q: SEARCH_TERMS[0] } : {};
          statements.set(kind.name, await countStatements(db, () => postJson(harbour(executed, kind.query, variables, bearer(caller.token)))));
        }
      }
      // The writer's requests are served too, so the CPU is shared out over reads and writes alike.
      const mixedRun = async (server: RunningServer, name: string, round: number): Promise<MixedRun> => {
        const cpu = cpuOf(server);
        const before = cpu?.() ?? 0;
        const result = await runMixed(server.url, admin.accessToken, population, CONNECTIONS, MIXED_DURATION);
        const served = result.requests + result.writer.writes;
        const cpuMsPerRequest = cpu && served ? Math.round(((cpu() - before) / served) * 100) / 100 : null;
        log(`mixed round ${round}: ${name} ${result.requestsPerSecond} req/s, p99 ${result.p99} ms, ${result.errors} errors, ${result.writer.writesPerSecond} writes/s`);
        return { ...result, cpuMsPerRequest };
      };
      const rounds = [];
      for (let round = 1; round <= ROUNDS; round += 1) rounds.push(await mixedRun(executed, 'Harbour', round));
      mixed = { rounds, setupSeconds: population.setupSeconds, statements };
    }
  } finally {
    for (const server of servers.reverse()) await stopServer(server);
    await db.statements?.close();
    await db.stop();
  }

  const summary: RunSummary = { ratios: {}, statements: {}, p99: {} };
  for (const r of results.values()) {
    if (r.statements) summary.statements[r.target.key] = r.statements.queries;
    if (r.rounds.length) summary.p99[r.target.key] = median(r.rounds.map((m) => m.p99));
  }
  const loadAtEnd = loadavg();
  const cpu = cpus();
  const pglVersion = JSON.parse(readFileSync(join(projectRoot, 'node_modules/postgraphile/package.json'), 'utf8')).version as string;
  report.push(
    `Run ${startedAt.toISOString()} on commit ${gitDescription()} by \`npm run bench\`${only.length < SCENARIOS.length ? ` (BENCH_ONLY=${only.join(',')})` : ''}.`,
    '',
    `Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB RAM; Node ${process.version}. ` +
      `Load average (1/5/15 min) at start ${loadAtStart.map((n) => n.toFixed(1)).join(' / ')}, at end ${loadAtEnd.map((n) => n.toFixed(1)).join(' / ')} ` +
      `— the machine is shared, so absolute figures move between runs; the ratios are taken within a round.`,
    '',
    `Database: ${db.description}, one for every target. Harbour in production mode, permissions on, rate limits off (all load comes from one address), ` +
      `every query executed (the response cache was deleted by issue #7). PostGraphile ${pglVersion}: Amber preset, no plugins, ` +
      `**no permissions** (it connects as the database owner and sees every company; the query names the company). ` +
      `HTTP load: autocannon, ${CONNECTIONS} connections; SQL floor: ${sqlDriverVersion()}, ${SQL_CLIENTS} clients, prepared statements. ` +
      `${ROUNDS} rounds of ${DURATION} s per target, interleaved in the order of the table; figures are medians of the rounds.`,
    '',
  );

  if (results.size) {
    const statementsOf = (r: TargetResult) =>
      r.statements ? `${fmt(r.statements.queries)}${r.statements.transactionControl ? ` (+${fmt(r.statements.transactionControl)} BEGIN/COMMIT)` : ''}` : 'n/a';
    report.push(
      `### Side by side: the department subtree (${people} people with departments and managers, as an Employee) and the smaller targets`,
      '',
      '| target | req/s (median) | p50 ms | p99 ms | CPU ms per request: total (server + PostgreSQL) | SQL statements per request | errors | req/s per round |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
      ...[...results.values()].map((r) => {
        if (!r.rounds.length) return `| ${r.target.label} | | | | | ${statementsOf(r)} | | |`;
        const total = r.rounds.every((m) => m.cpuMsPerRequest !== null) ? median(r.rounds.map((m) => m.cpuMsPerRequest!)) : null;
        const server = r.rounds.every((m) => m.serverCpuMsPerRequest !== null) ? median(r.rounds.map((m) => m.serverCpuMsPerRequest!)) : null;
        const cpu = total === null ? 'n/a' : server === null ? fmt(total) : `${fmt(total)} (${fmt(server)} + ${fmt(Math.max(0, total - server))})`;
        return `| ${r.target.label} | ${fmt(median(r.rounds.map((m) => m.requestsPerSecond)))} | ${fmt(median(r.rounds.map((m) => m.p50)))} | ${fmt(median(r.rounds.map((m) => m.p99)))} | ${cpu} | ${statementsOf(r)} | ${r.rounds.reduce((n, m) => n + m.errors, 0)} | ${r.rounds.map((m) => m.requestsPerSecond).join(', ')} |`;
      }),
      '',
      'CPU per request: user + system time of the server process (all its threads) and of every PostgreSQL process during the load, divided by the requests served ' +
        '(the SQL floor: PostgreSQL only; the load generators are not counted). It depends far less on what else the machine runs than req/s does. ' +
        'Statements are counted with pg_stat_statements over 20 requests sent one after another (after 3 of warm-up), all statements of the database ' +
        "except the outbox worker's once-a-second poll; transaction control is shown apart.",
      '',
    );
    const better = (() => {
      const a = results.get('subtree-pgl-default');
      const b = results.get('subtree-pgl-relations');
      if (!a?.rounds.length || !b?.rounds.length) return null;
      return median(a.rounds.map((m) => m.requestsPerSecond)) >= median(b.rounds.map((m) => m.requestsPerSecond)) ? 'subtree-pgl-default' : 'subtree-pgl-relations';
    })();
    const goal = (key: string, text: string, numerator: string, denominator: string | null, min: number) => ({
      key,
      goal: text,
      value: denominator ? ratio(results, numerator, denominator) : null,
      byCpu: denominator ? cpuRatio(results, numerator, denominator) : null,
      min,
    });
    const goals = [
      goal('subtree / SQL floor', 'subtree executed ≥ 0.5 × its SQL floor', 'subtree-off', 'subtree-sql', 0.5),
      goal('subtree / PostGraphile', `subtree executed ≥ 2 × PostGraphile's better style (${better === 'subtree-pgl-default' ? 'default' : 'relation'})`, 'subtree-off', better, 2),
      goal('me / PostGraphile person by id', '`{ me { id displayName } }` executed ≥ 0.75 × PostGraphile person by id', 'me-off', 'me-pgl', 0.75),
      goal('__typename / PostGraphile', "`{ __typename }` ≥ 0.5 × PostGraphile's", 'typename-off', 'typename-pgl', 0.5),
      goal('people page / SQL floor', 'people page executed ≥ 0.5 × its SQL floor', 'people-off', 'people-sql', 0.5),
    ];
    for (const g of goals) {
      if (g.value) summary.ratios[g.key] = round2(g.value.median);
      if (g.byCpu) summary.ratios[`${g.key}, by CPU per request`] = round2(g.byCpu);
    }
    const executedKeys = ['subtree-off', 'me-off', 'typename-off', 'people-off'];
    const p99s = executedKeys
      .map((key) => results.get(key))
      .filter((r): r is TargetResult => !!r?.rounds.length)
      .map((r) => ({ key: r.target.key, p99: median(r.rounds.map((m) => m.p99)) }));
    const hot = ['subtree-off', 'people-off', 'me-off'].map((key) => results.get(key)).filter((r): r is TargetResult => !!r?.statements);
    report.push(
      '### Issue #7 targets (executed, permissions on; ratios of req/s taken within each round)',
      '',
      '| goal | req/s ratio (median) | per round | met | ratio implied by CPU per request |',
      '| --- | ---: | --- | --- | ---: |',
      ...goals
        .filter((g) => g.value)
        .map(
          (g) =>
            `| ${g.goal} | ${g.value!.median.toFixed(2)} | ${g.value!.rounds.map((r) => r.toFixed(2)).join(', ')} | ${g.value!.median >= g.min ? 'yes' : 'no'} | ${g.byCpu ? g.byCpu.toFixed(2) : 'n/a'} |`,
        ),
      ...(p99s.length
        ? [
            `| p99 < 50 ms at ${CONNECTIONS} connections, every executed Harbour row | ${p99s.map((p) => `${p.key} ${fmt(p.p99)} ms`).join('; ')} | | ${p99s.every((p) => p.p99 < 50) ? 'yes' : 'no'} | |`,
          ]
        : []),
      ...(hot.length
        ? [
            `| ≤ 2 SQL statements per root field on the hot queries (one root field each) | ${hot.map((r) => `${r.target.key} ${fmt(r.statements!.queries)}`).join('; ')} | | ${hot.every((r) => r.statements!.queries <= 2) ? 'yes' : 'no'} | |`,
          ]
        : []),
      '',
      "The last column is the ratio the two targets' CPU per request implies (the denominator's cost over the numerator's): what the req/s ratio would be if each had " +
        'the machine to itself and its load generator cost nothing. On a busy machine the req/s ratio also measures the scheduler: a Node server is one thread among ' +
        'many runnable ones while PostgreSQL serves 8 clients with 8 processes, so the SQL floor loses far less to neighbours than the Node servers do.',
      '',
    );
  }

  if (mixed) {
    const runs = mixed.rounds;
    summary.p99['mixed'] = median(runs.map((r) => r.p99));
    for (const [kind, counted] of mixed.statements) summary.statements[`mixed: ${kind}`] = counted.queries;
    const row = (name: string) => {
      const cpu = runs.every((r) => r.cpuMsPerRequest !== null) ? fmt(median(runs.map((r) => r.cpuMsPerRequest!))) : 'n/a';
      return `| ${name} | ${fmt(median(runs.map((r) => r.requestsPerSecond)))} | ${fmt(median(runs.map((r) => r.p50)))} | ${fmt(median(runs.map((r) => r.p99)))} | ${runs.reduce((n, r) => n + r.errors, 0)} | ${fmt(median(runs.map((r) => r.writer.writesPerSecond)))} (${runs.reduce((n, r) => n + r.writer.failed, 0)} failed) | ${cpu} | ${runs.map((r) => r.requestsPerSecond).join(', ')} |`;
    };
    const kindRow = (kind: (typeof MIXED_KINDS)[number]) => {
      const counted = mixed.statements.get(kind.name);
      const p99 = fmt(median(runs.map((r) => r.kinds[kind.name].p99)));
      return `| ${kind.name} | ${kind.weight} % | ${counted ? fmt(counted.queries) : 'n/a'} | ${p99} |`;
    };
    report.push(
      `### Mixed workload: ${MIXED_PEOPLE} signed-in people of the demo company while a writer changes it 20 times a second`,
      '',
      `${MIXED_PEOPLE} people created through the API (createPerson, assignRole) as the demo company's admin in ${mixed.setupSeconds.toFixed(0)} s, spread over the departments below the root with their ` +
        `leaders as managers, every tenth in a second department, all Employees, 5 also Organisation Admins; each signed in. ${CONNECTIONS} keep-alive connections (bench/mixed-driver.ts), ` +
        `every request from a random person; the writer changes a person's job title through \`updatePerson\` 20 times a second on the server being measured ` +
        `${ROUNDS} rounds of ${MIXED_DURATION} s; medians.`,
      '',
      '| Harbour | req/s | p50 ms | p99 ms | errors | writes/s done | CPU ms per request (server + PostgreSQL, writes included) | req/s per round |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
      row('executed'),
      '',
      '| request kind | share | SQL statements per request | p99 ms |',
      '| --- | ---: | ---: | ---: |',
      ...MIXED_KINDS.map(kindRow),
      '',
    );
  }

  report.push(
    '### Start-up and memory',
    '',
    '| what | value |',
    '| --- | ---: |',
    `| bench database ready (${process.env.DATABASE_URL ? 'fresh database' : 'initdb + restart to load pg_stat_statements'}) | ${db.initSeconds.toFixed(1)} s |`,
    `| first Harbour start on the empty database (migrations, seeding 3 organisations) to ready | ${firstStart.toFixed(1)} s |`,
    ...(pglStart ? [`| PostGraphile start (introspection) to ready | ${pglStart.toFixed(1)} s |`] : []),
    ...(memory.idle ? [`| idle RSS of Harbour | ${memory.idle} MiB |`] : []),
    ...(memory.loaded ? [`| its RSS after the side-by-side load | ${memory.loaded} MiB |`] : []),
    '',
  );

  if (profileSummary) {
    report.push(
      `### CPU profile: Harbour serving ${PROFILE_TARGET}, ${PROFILE_DURATION} s at ${CONNECTIONS} connections`,
      '',
      '`node --cpu-prof` on the server process; summarised by bench/profile.ts (run it on any .cpuprofile).',
      '',
      ...profileSummary,
      '',
    );
  }

  const compareWith = process.env.BENCH_COMPARE;
  if (compareWith) report.push(...comparison(compareWith, summary));
  writeSection(LABEL, report, summary);
}

/** What a later run compares with: the ratios, statement counts and p99s of a run, kept in its section. */
interface RunSummary {
  ratios: Record<string, number>;
  statements: Record<string, number>;
  p99: Record<string, number>;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** A table of this run beside the run labelled `label` in RESULTS.md (BENCH_COMPARE): the before and after of a change. */
function comparison(label: string, now: RunSummary): string[] {
  const text = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : '';
  const section = text.indexOf(`<!-- bench:begin ${label} -->`);
  const data = section >= 0 ? text.indexOf(DATA_MARK, section) : -1;
  if (data < 0) return [`(BENCH_COMPARE: no section "${label}" with data in bench/RESULTS.md)`, ''];
  const then = JSON.parse(text.slice(data + DATA_MARK.length, text.indexOf(' -->', data))) as RunSummary;
  const rows = (kind: keyof RunSummary, unit: string) =>
    [...new Set([...Object.keys(then[kind]), ...Object.keys(now[kind])])].map((key) => `| ${unit} ${key} | ${then[kind][key] ?? ''} | ${now[kind][key] ?? ''} |`);
  return [
    `### Compared with "${label}"`,
    '',
    `Ratios are taken within each run, so they compare across runs; p99s are absolute and move with the machine's load.`,
    '',
    `| measure | ${label} | this run |`,
    '| --- | ---: | ---: |',
    ...rows('ratios', 'ratio'),
    ...rows('statements', 'SQL statements per request,'),
    ...rows('p99', 'p99 ms,'),
    '',
  ];
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
