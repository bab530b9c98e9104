/**
 * Benchmarks the approvals engine (issue #9) on a 10,000-person organisation with 200,000 requests and 400,000 tasks:
 * route resolution, complete submit → approve → approve flows, and the "my pending tasks" page side by side with
 * PostGraphile 5 and the hand-written SQL floor, then that page under a mixed load while requests are submitted. One
 * PostgreSQL; Harbour and PostGraphile each in its own process; load from other processes over loopback (many
 * distinct people: bench/approvals-driver.ts); page targets interleaved round after round, ratios taken within a round.
 *
 *   npm run bench:approvals                          (from the repository root: everything, about 10 minutes)
 *   BENCH_ONLY=route,flows npm run bench:approvals   (scenarios: route, flows, page, mixed, profile)
 *
 * Settings: BENCH_DURATION (s per target and round, 5), BENCH_ROUNDS (3), BENCH_CONNECTIONS (20), BENCH_SQL_CLIENTS (8),
 * BENCH_FLOW_CONNECTIONS (concurrent flows, 8), BENCH_MIXED_DURATION (10), BENCH_PROFILE_DURATION (10),
 * BENCH_LABEL (the section of bench/RESULTS.md, "Approvals"), DATABASE_URL (a PostgreSQL server instead of the embedded one).
 * `profile` profiles the flows (and is run whatever BENCH_ONLY says when the flows miss their target).
 */
import { readdirSync, readFileSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import pg from 'pg';
import { projectRoot } from '../api/src/config/config.js';
import { signAccessToken } from '../api/src/core/auth/access-token.js';
import { DEMO_PASSWORD } from '../seeds/demo-data.js';
import { generateOrg, generateRequests, pendingApprovers, type BenchOrg, type BenchPerson } from './approvals-data.js';
import type { DriverConfig, DriverRequest, DriverResult } from './approvals-driver.js';
import {
  APPROVE,
  CREATE_TEMPLATE,
  PENDING_PAGE,
  PENDING_SQL,
  PENDING_SQL_RANDOM,
  PGL_PENDING_PAGE,
  PREVIEW,
  PUBLISH_TEMPLATE,
  samePendingPage,
  SUBMIT,
  TEN_NODE,
  THREE_STEP,
  TWO_STEP,
} from './approvals-queries.js';
import { graphql } from './client.js';
import { allOf, postgresCpu, processCpu, type CpuMeter } from './cpu.js';
import { startBenchDatabase, type BenchDatabase } from './database.js';
import { sqlDriverVersion, sqlLoad, type Measured } from './load.js';
import { summariseProfile } from './profile.js';
import { sameJson, SIGN_IN, withParameters } from './queries.js';
import { gitDescription, writeSection } from './results.js';
import { JWT_SECRET, rssMiB, startHarbour, startPostGraphile, stopServer, type RunningServer } from './servers.js';
import { median, percentile } from './stats.js';

const SCENARIOS = ['route', 'flows', 'page', 'mixed', 'profile'] as const;
type Scenario = (typeof SCENARIOS)[number];
const only = (process.env.BENCH_ONLY ?? SCENARIOS.join(',')).split(',').map((s) => s.trim()) as Scenario[];
for (const scenario of only) if (!SCENARIOS.includes(scenario)) throw new Error(`BENCH_ONLY: unknown scenario ${scenario} (known: ${SCENARIOS.join(', ')})`);
const selected = (scenario: Scenario) => only.includes(scenario);

const DURATION = Number(process.env.BENCH_DURATION ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const SQL_CLIENTS = Number(process.env.BENCH_SQL_CLIENTS ?? 8);
// Below half the API's pool (20): a submission resolves its route through reads outside its transaction, so each one
// holds a connection while it waits for a second; 20 at once deadlock the pool (see "Reading the approvals run" in RESULTS.md).
const FLOW_CONNECTIONS = Number(process.env.BENCH_FLOW_CONNECTIONS ?? 8);
const MIXED_DURATION = Number(process.env.BENCH_MIXED_DURATION ?? 10);
const PROFILE_DURATION = Number(process.env.BENCH_PROFILE_DURATION ?? 10);
const LABEL = process.env.BENCH_LABEL ?? 'Approvals';
const COUNTED = 20;
const SUBMITS_PER_SECOND = 20;
/** At most this many submissions in flight in the mixed load (for the same reason as FLOW_CONNECTIONS). */
const SUBMITS_IN_FLIGHT = 5;
const TARGETS = { routeMs: 5, flowsPerSecond: 300, pageVsPostGraphile: 2, pageVsFloor: 0.5, pageP99Ms: 50 };

const HARBOUR_ENV = { ACCESS_TOKEN_TTL_SECONDS: '3600' };

const log = (line: string) => console.log(`[bench:approvals ${new Date().toISOString().slice(11, 19)}] ${line}`);
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });
const round1 = (n: number) => Math.round(n * 10) / 10;
const round2 = (n: number) => Math.round(n * 100) / 100;

/** Runs the load driver in its own process and returns what it measured. */
async function drive(config: DriverConfig): Promise<DriverResult> {
  const dir = mkdtempSync(join(tmpdir(), 'harbour-approvals-'));
  const file = join(dir, 'config.json');
  writeFileSync(file, JSON.stringify(config));
  try {
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', '@oxc-node/core/register', join(projectRoot, 'bench/approvals-driver.ts'), file], {
        cwd: join(projectRoot, 'api'),
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let out = '';
      child.stdout.on('data', (chunk) => (out += chunk));
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`approvals driver exited with ${code}`))));
    });
    return JSON.parse(output) as DriverResult;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** CPU per unit of work during `work` (ms, 2 decimals), or null without a meter. */
async function withCpu<T>(meter: CpuMeter | null, work: () => Promise<T>, units: (result: T) => number): Promise<{ result: T; cpuMs: number | null }> {
  const before = meter?.() ?? 0;
  const result = await work();
  const n = units(result);
  return { result, cpuMs: meter && n ? round2((meter() - before) / n) : null };
}

async function query<T extends pg.QueryResultRow = any>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** The statements PostgreSQL spent most time on since the last reset (this database; the outbox poll left out). */
async function topStatements(url: string, limit = 12): Promise<{ query: string; calls: number; totalMs: number; meanMs: number }[]> {
  const admin = new URL(url);
  const database = decodeURIComponent(admin.pathname.slice(1));
  admin.pathname = '/postgres';
  const rows = await query(
    admin.toString(),
    `select s.query, s.calls::int as calls, s.total_exec_time as total, s.mean_exec_time as mean
     from pg_stat_statements s join pg_database d on d.oid = s.dbid where d.datname = $1 and s.toplevel and s.query not ilike '%outbox_event%'
     order by s.total_exec_time desc limit $2`,
    [database, limit],
  );
  return rows.map((r) => ({ query: String(r.query).replace(/\s+/g, ' ').slice(0, 300), calls: r.calls, totalMs: Math.round(r.total), meanMs: round2(r.mean) }));
}

interface PageTarget {
  key: string;
  label: string;
  run: (seconds: number) => Promise<Measured>;
  cpu: CpuMeter | null;
  serverCpu: CpuMeter | null;
}

interface PageMeasurement extends Measured {
  cpuMsPerRequest: number | null;
  serverCpuMsPerRequest: number | null;
}

const fromDriver = (r: DriverResult): Measured => ({ requests: r.requests, requestsPerSecond: r.requestsPerSecond, p50: r.p50, p99: r.p99, errors: r.errors });

async function main(): Promise<void> {
  const loadAtStart = loadavg();
  const startedAt = new Date();
  log(`scenarios: ${only.join(', ')}`);
  const db: BenchDatabase = await startBenchDatabase();
  log(`database: ${db.description} (${db.initSeconds.toFixed(1)} s)`);
  const servers: RunningServer[] = [];
  const report: string[] = [];
  const summary: Record<string, number | null> = {};
  const database = db.postmasterPid ? postgresCpu(db.postmasterPid) : null;
  const cpuOf = (server: RunningServer | null): CpuMeter | null => (database ? (server ? allOf(processCpu(server.child.pid!), database) : database) : null);
  let dataLine = '';
  let failure: Error | null = null;
  let harbour: RunningServer | null = null;
  try {
    // ——— The organisation: created through the API, then filled with SQL ———
    harbour = await startHarbour('Harbour', db.url, HARBOUR_ENV);
    servers.push(harbour);
    const signIn = async (url: string, email: string) =>
      (await graphql<{ signIn: { accessToken: string; personId: string; organizationId: string } }>(url, SIGN_IN, { input: { email, password: DEMO_PASSWORD } })).signIn;
    const operator = await signIn(harbour.url, 'operator@harbour.example.com');
    await graphql(
      harbour.url,
      'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
      { input: { name: '萬眾集團有限公司', slug: 'bench10k', emailDomains: ['bench10k.example.com'], admin: { displayName: '行政總裁', email: 'ceo@bench10k.example.com', password: DEMO_PASSWORD } } },
      operator.accessToken,
    );
    const admin = await signIn(harbour.url, 'ceo@bench10k.example.com');
    const tenant = admin.organizationId;
    const rootId = (await query(db.url, 'select id from department where tenant_id = $1 and parent_id is null', [tenant]))[0].id as string;
    let t0 = Date.now();
    const org: BenchOrg = await generateOrg(db.url, tenant, admin.personId, rootId);
    const orgSeconds = (Date.now() - t0) / 1000;
    log(`org: ${org.people.length} people, ${org.departments} departments in ${orgSeconds.toFixed(1)} s`);

    const tokens: Record<string, string> = {};
    for (const person of org.people) {
      tokens[person.id] = await signAccessToken(
        JWT_SECRET,
        { accountId: person.accountId, personId: person.id, tenantId: tenant, displayName: person.displayName, locale: null, isPlatformAdmin: false, sessionId: person.sessionId },
        3600,
      );
    }
    const byId = new Map(org.people.map((p) => [p.id, p]));
    const templateIds: Record<string, string> = {};
    for (const [key, template] of Object.entries({ twoStep: TWO_STEP, threeStep: THREE_STEP, tenNode: TEN_NODE })) {
      const created = await graphql<{ createApprovalTemplate: { id: string } }>(harbour.url, CREATE_TEMPLATE, { input: template }, admin.accessToken);
      await graphql(harbour.url, PUBLISH_TEMPLATE, { id: created.createApprovalTemplate.id }, admin.accessToken);
      templateIds[key] = created.createApprovalTemplate.id;
    }

    // Samples the engine makes itself, from a junior reporting to a senior; the generated requests copy them.
    const sampleApplicant = org.staff.find((p) => p.kind === 'junior' && byId.get(p.managerId!)?.kind === 'senior')!;
    type FlowAnswer = { id: string; status: string; tasks: { id: string; status: string; assignee: { id: string } }[] };
    const flow = async (templateId: string, applicant: BenchPerson, approvals: number): Promise<FlowAnswer> => {
      let request = (
        await graphql<{ submitApprovalRequest: FlowAnswer }>(harbour!.url, SUBMIT, { input: { templateId, values: { purpose: '樣本', amount: { amount: '880.00' } } } }, tokens[applicant.id])
      ).submitApprovalRequest;
      for (let i = 0; i < approvals; i += 1) {
        const task = request.tasks.find((t) => t.status === 'PENDING')!;
        request = (await graphql<{ approveApprovalTask: FlowAnswer }>(harbour!.url, APPROVE, { id: task.id }, tokens[task.assignee.id])).approveApprovalTask;
      }
      return request;
    };
    const twoSample = await flow(templateIds.twoStep, sampleApplicant, 2);
    const threeSample = await flow(templateIds.threeStep, sampleApplicant, 3);
    if (twoSample.status !== 'APPROVED' || threeSample.status !== 'APPROVED') throw new Error('the sample flows did not end approved');
    const expectedAssignees = [sampleApplicant.managerId, sampleApplicant.headId, sampleApplicant.divisionHeadId];
    if (threeSample.tasks.some((t, i) => t.assignee.id !== expectedAssignees[i]))
      throw new Error(`the engine routed the sample to ${threeSample.tasks.map((t) => t.assignee.id).join(', ')}, the generator expects ${expectedAssignees.join(', ')}`);

    t0 = Date.now();
    const generated = await generateRequests(db.url, tenant, org.staff, { id: twoSample.id, steps: 2 }, { id: threeSample.id, steps: 3 });
    const requestSeconds = (Date.now() - t0) / 1000;
    log(`requests: ${generated.requests} requests, ${generated.tasks} tasks, ${generated.participants} participants, ${generated.activities} timeline entries in ${requestSeconds.toFixed(1)} s`);
    const approvers = await pendingApprovers(db.url);
    const totals = (
      await query(
        db.url,
        `select (select count(*) from approval_request where tenant_id = $1)::int as requests, (select count(*) from approval_task where tenant_id = $1)::int as tasks,
                (select count(*) from approval_task where tenant_id = $1 and status = 'PENDING')::int as pending, (select count(*) from person where tenant_id = $1)::int as people`,
        [tenant],
      )
    )[0];
    dataLine =
      `Data: organisation "萬眾集團有限公司" created through the API (createOrganization), then ${fmt(totals.people)} people, ${org.departments} departments (root → ${8} divisions → 40 departments → 200 teams), ` +
      `memberships (every tenth person in a second team), leaders, roles, accounts and sessions written with SQL in ${orgSeconds.toFixed(1)} s (bench/approvals-data.ts); ` +
      `managers: juniors → a senior (P5) or the team leader (explicitly, or as the team's leader) → department head (M3) → division head (M4) → the CEO (M5), up to five levels. ` +
      `${fmt(totals.requests)} requests and ${fmt(totals.tasks)} tasks (${fmt(totals.pending)} pending: 50,000 at the manager, 50,000 at the head; 100,000 finished, half on a three-step template, one in ten rejected), ` +
      `with approver participants and timelines, copied from requests the engine made through the API in ${requestSeconds.toFixed(1)} s. ` +
      `${fmt(approvers.length)} approvers have at least 20 pending tasks (median ${median(approvers.map((a) => a.pending))}, most ${Math.max(...approvers.map((a) => a.pending))}). ` +
      `Tokens are signed with the bench servers' secret for each person's account and session, as signIn would (10,000 argon2 sign-ins would take longer than the bench).`;

    // A fresh server on the filled database: nothing cached from before the data existed.
    await stopServer(harbour);
    servers.splice(servers.indexOf(harbour), 1);
    harbour = await startHarbour('Harbour', db.url, HARBOUR_ENV);
    servers.push(harbour);
    const idleRss = rssMiB(harbour);
    const postgraphile = selected('page') ? await startPostGraphile(db.url) : null;
    if (postgraphile) servers.push(postgraphile);
    const graphqlUrl = (server: RunningServer) => `${server.url}/graphql`;

    // ——— 1. Route resolution ———
    const applicants = org.people.filter((p) => p.kind !== 'admin');
    const amounts = ['800.00', '5000.00', '25000.00'];
    const previewInput = (i: number) => ({ input: { templateId: templateIds.tenNode, values: { purpose: '預覽', amount: { amount: amounts[i % amounts.length] } } } });
    const sample = applicants.filter((_, i) => i % 5 === 0).slice(0, 1000);
    const previewRequests: DriverRequest[] = sample.map((person, i) => ({ body: { query: PREVIEW, variables: previewInput(i) }, token: tokens[person.id] }));
    if (selected('route')) {
      type Preview = { previewApprovalRoute: { branchesTaken: string[]; steps: { nodeId: string; approvers: { person: { id: string } | null; automatic: string | null }[] }[] } };
      // The engine's answer must agree with the org chart the generator wrote.
      const checked = org.staff.filter((_, i) => i % 97 === 0).slice(0, 60);
      for (const person of checked) {
        const route = (await graphql<Preview>(harbour.url, PREVIEW, previewInput(0), tokens[person.id])).previewApprovalRoute;
        const at = (node: string) => route.steps.find((s) => s.nodeId === node)?.approvers.map((a) => a.person?.id);
        if (at('manager')?.[0] !== person.managerId || at('head')?.[0] !== person.headId || (person.kind === 'senior' && at('division')?.[0] !== person.divisionHeadId))
          throw new Error(`previewApprovalRoute for ${person.displayName} disagrees with the generated org chart: ${JSON.stringify(route)}`);
      }
      log(`route: previews of ${checked.length} applicants agree with the org chart`);
      // One at a time for a tenth of them: on a shared 2-core machine the whole sample would take minutes per pass.
      const oneByOne = sample.filter((_, i) => i % 10 === 0);
      const timed = async () => {
        const times: number[] = [];
        for (const [i, person] of oneByOne.entries()) {
          const started = performance.now();
          await graphql(harbour!.url, PREVIEW, previewInput(i), tokens[person.id]);
          times.push(performance.now() - started);
        }
        return times.sort((a, b) => a - b);
      };
      const cold = await timed();
      const warm = await withCpu(cpuOf(harbour), timed, (times) => times.length);
      const serverOnly = await withCpu(processCpu(harbour.child.pid!), timed, (times) => times.length);
      let statements: number | null = null;
      if (db.statements) {
        const someone = sample[7];
        for (let i = 0; i < 3; i += 1) await graphql(harbour.url, PREVIEW, previewInput(i), tokens[someone.id]);
        await db.statements.reset();
        for (let i = 0; i < COUNTED; i += 1) await graphql(harbour.url, PREVIEW, previewInput(i), tokens[someone.id]);
        statements = round1((await db.statements.read()).queries / COUNTED);
      }
      const loads = [];
      for (let round = 1; round <= ROUNDS; round += 1) {
        const { result, cpuMs } = await withCpu(
          cpuOf(harbour),
          () => drive({ url: graphqlUrl(harbour!), seconds: DURATION, connections: CONNECTIONS, mode: 'requests', requests: previewRequests }),
          (r) => r.requests,
        );
        loads.push({ ...result, cpuMs });
        log(`route round ${round}: ${result.requestsPerSecond} previews/s, p99 ${result.p99} ms, ${result.errors} errors, CPU ${cpuMs} ms per preview`);
      }
      const p = (times: number[], q: number) => percentile(times, q);
      summary['route p50 ms (one at a time)'] = p(warm.result, 50);
      summary['route p99 ms (one at a time)'] = p(warm.result, 99);
      summary['route CPU ms per preview'] = median(loads.map((l) => l.cpuMs ?? 0));
      report.push(
        `### 1. Route resolution: a 10-node conditional flow for ${sample.length} distinct applicants`,
        '',
        'Template (bench/approvals-queries.ts `TEN_NODE`): the manager; by amount (HK$800 / 5,000 / 25,000 in turn) finance (or-sign among the role) and the first manager at M4, ' +
          'or the manager chain up to M3 in turn, or the head of the department above; at P5 and above the division head, else the team leader; HR copied at the end. ' +
          "`previewApprovalRoute` resolves the route exactly as submitting does (the same service function, the directory's SQL included) and writes nothing; " +
          'the applicants are every fifth person of the organisation (staff, team leaders, department and division heads), each with their own token.',
        '',
        '| measure | value | target |',
        '| --- | ---: | --- |',
        `| latency one at a time (${oneByOne.length} of them), first request of each person (abilities built): p50 / p99 | ${fmt(p(cold, 50))} / ${fmt(p(cold, 99))} ms | |`,
        `| latency one at a time, again (warm): p50 / p95 / p99 | ${fmt(p(warm.result, 50))} / ${fmt(p(warm.result, 95))} / ${fmt(p(warm.result, 99))} ms | < ${TARGETS.routeMs} ms: ${p(warm.result, 50) < TARGETS.routeMs ? 'met at p50' : 'missed at p50'}${p(warm.result, 99) < TARGETS.routeMs ? ', met at p99' : ', missed at p99'} |`,
        `| CPU per preview one at a time: Harbour + PostgreSQL (Harbour alone) | ${fmt(warm.cpuMs ?? 0)} (${fmt(serverOnly.cpuMs ?? 0)}) ms | |`,
        `| SQL statements per preview | ${statements ?? 'n/a'} | |`,
        `| ${CONNECTIONS} connections, ${ROUNDS} rounds of ${DURATION} s: previews/s (median), p50 / p99 | ${fmt(median(loads.map((l) => l.requestsPerSecond)))}, ${fmt(median(loads.map((l) => l.p50)))} / ${fmt(median(loads.map((l) => l.p99)))} ms | |`,
        `| CPU per preview under load (Harbour + PostgreSQL) | ${fmt(median(loads.map((l) => l.cpuMs ?? 0)))} ms | |`,
        `| errors | ${loads.reduce((n, l) => n + l.errors, 0)} | |`,
        '',
      );
    }

    // ——— 2. Submit → approve → approve ———
    let flowsBelowTarget = false;
    const flowApplicants = org.staff.filter((p) => p.kind === 'junior').map((p) => p.id);
    let flowOffset = 0;
    const flowConfig = (server: RunningServer, seconds: number): DriverConfig => {
      const config: DriverConfig = {
        url: graphqlUrl(server),
        seconds,
        connections: FLOW_CONNECTIONS,
        mode: 'flows',
        offset: flowOffset,
        flows: { submit: SUBMIT, approve: APPROVE, templateId: templateIds.twoStep, applicants: flowApplicants, tokens, purpose: '交通費' },
      };
      flowOffset += 4000;
      return config;
    };
    if (selected('flows')) {
      const perMutation: Record<string, number[]> = { submit: [], 'approve (manager)': [], 'approve (head)': [] };
      const control: Record<string, number[]> = { submit: [], 'approve (manager)': [], 'approve (head)': [] };
      if (db.statements) {
        const counted = org.staff.filter((p) => p.kind === 'junior').slice(-40);
        for (const [i, applicant] of counted.entries()) {
          const measure = async <T>(kind: string, work: () => Promise<T>): Promise<T> => {
            if (i < 3) return work();
            await db.statements!.reset();
            const result = await work();
            const read = await db.statements!.read();
            perMutation[kind].push(read.queries);
            control[kind].push(read.transactionControl);
            return result;
          };
          let request = await measure(
            'submit',
            async () =>
              (
                await graphql<{ submitApprovalRequest: FlowAnswer }>(
                  harbour!.url,
                  SUBMIT,
                  { input: { templateId: templateIds.twoStep, values: { purpose: '計數', amount: { amount: '300.00' } } } },
                  tokens[applicant.id],
                )
              ).submitApprovalRequest,
          );
          for (const kind of ['approve (manager)', 'approve (head)']) {
            const task = request.tasks.find((t) => t.status === 'PENDING')!;
            request = await measure(kind, async () => (await graphql<{ approveApprovalTask: FlowAnswer }>(harbour!.url, APPROVE, { id: task.id }, tokens[task.assignee.id])).approveApprovalTask);
          }
        }
      }
      const rounds: (DriverResult & { cpuMs: number | null; serverMs: number | null })[] = [];
      let top: Awaited<ReturnType<typeof topStatements>> = [];
      for (let round = 1; round <= ROUNDS; round += 1) {
        if (round === ROUNDS && db.statements) await db.statements.reset();
        const serverCpu = processCpu(harbour.child.pid!);
        const serverBefore = serverCpu();
        const { result, cpuMs } = await withCpu(
          cpuOf(harbour),
          () => drive(flowConfig(harbour!, DURATION)),
          (r) => r.flows ?? 0,
        );
        const serverMs = result.flows ? round2((serverCpu() - serverBefore) / result.flows) : null;
        rounds.push({ ...result, cpuMs, serverMs });
        log(
          `flows round ${round}: ${result.flowsPerSecond} flows/s (${result.requestsPerSecond} mutations/s), flow p99 ${result.flowP99} ms, ${result.errors} errors, CPU ${cpuMs} ms per flow${result.firstErrors.length ? ` — ${result.firstErrors[0]}` : ''}`,
        );
        if (round === ROUNDS && db.statements) top = await topStatements(db.url);
      }
      const flowsPerSecond = median(rounds.map((r) => r.flowsPerSecond ?? 0));
      flowsBelowTarget = flowsPerSecond < TARGETS.flowsPerSecond;
      summary['flows per second'] = flowsPerSecond;
      summary['CPU ms per flow'] = median(rounds.map((r) => r.cpuMs ?? 0));
      const kindRow = (kind: string) => {
        const statements = perMutation[kind].length ? `${fmt(median(perMutation[kind]))} (+${fmt(median(control[kind]))} BEGIN/COMMIT)` : 'n/a';
        return `| ${kind} | ${fmt(median(rounds.map((r) => r.kinds[kind]?.p50 ?? 0)))} | ${fmt(median(rounds.map((r) => r.kinds[kind]?.p99 ?? 0)))} | ${statements} | ${rounds.reduce((n, r) => n + (r.kinds[kind]?.errors ?? 0), 0)} |`;
      };
      const cpuTotal = median(rounds.map((r) => r.cpuMs ?? 0));
      const cpuServer = median(rounds.map((r) => r.serverMs ?? 0));
      report.push(
        `### 2. Submit → manager approves → head approves, through GraphQL over HTTP`,
        '',
        `${FLOW_CONNECTIONS} flows at a time (bench/approvals-driver.ts, keep-alive connections), each: a junior submits on the two-step template (the next of ${fmt(flowApplicants.length)} juniors, in turn), ` +
          'their manager approves, the head of the department above approves, each with their own token; a flow counts when the request comes back APPROVED. ' +
          `Every mutation answers \`id status tasks { id status assignee { id } }\`. ${ROUNDS} rounds of ${DURATION} s.`,
        '',
        '| measure | value | target |',
        '| --- | ---: | --- |',
        `| complete flows per second (median of rounds) | ${fmt(flowsPerSecond)} | ≥ ${TARGETS.flowsPerSecond}: ${flowsBelowTarget ? '**missed**' : 'met'} |`,
        `| flows per round | ${rounds.map((r) => r.flowsPerSecond).join(', ')} | |`,
        `| mutations per second | ${fmt(median(rounds.map((r) => r.requestsPerSecond)))} | |`,
        `| flow latency (submit to second approval) p50 / p99 | ${fmt(median(rounds.map((r) => r.flowP50 ?? 0)))} / ${fmt(median(rounds.map((r) => r.flowP99 ?? 0)))} ms | |`,
        `| CPU per flow: Harbour + PostgreSQL (Harbour alone) | ${fmt(cpuTotal)} (${fmt(cpuServer)}) ms | |`,
        `| the machine's bound at that cost (${cpus().length} cores × 1,000 ms / CPU per flow) | ${fmt((cpus().length * 1000) / Math.max(cpuTotal, 0.01))} flows/s | |`,
        `| errors | ${rounds.reduce((n, r) => n + r.errors, 0)}${
          rounds.flatMap((r) => r.firstErrors).length
            ? ` (first: ${rounds
                .flatMap((r) => r.firstErrors)[0]
                .replace(/\|/g, '/')
                .slice(0, 200)})`
            : ''
        } | |`,
        '',
        '| mutation | p50 ms | p99 ms | SQL statements (one at a time, median of 37) | errors |',
        '| --- | ---: | ---: | ---: | ---: |',
        kindRow('submit'),
        kindRow('approve (manager)'),
        kindRow('approve (head)'),
        '',
        ...(top.length
          ? [
              `Where PostgreSQL's time went in the last round (pg_stat_statements, execution time only, this database, the outbox poll left out):`,
              '',
              '| statement | calls | total ms | mean ms |',
              '| --- | ---: | ---: | ---: |',
              ...top.map((s) => `| \`${s.query.replace(/\|/g, '\\|')}\` | ${s.calls} | ${s.totalMs} | ${s.meanMs} |`),
              '',
            ]
          : []),
      );
    }

    if (selected('profile') || flowsBelowTarget) {
      const dir = join(projectRoot, '.data/bench-profiles');
      rmSync(dir, { recursive: true, force: true });
      // One profiled server per load, so that each profile holds that load only; the people are warmed first (abilities, sessions).
      const profile = async (name: string, warm: DriverRequest[], config: (server: RunningServer) => DriverConfig, rate: (r: DriverResult) => string) => {
        const subdir = join(dir, name);
        const spawned = Date.now();
        const profiled = await startHarbour(`Harbour (profiled: ${name})`, db.url, HARBOUR_ENV, ['--cpu-prof', '--cpu-prof-dir', subdir]);
        const window = { fromMs: 0, toMs: 0 };
        let result: DriverResult;
        try {
          for (const request of warm) await graphql(profiled.url, request.body.query, request.body.variables, request.token);
          window.fromMs = Date.now() - spawned;
          result = await drive(config(profiled));
          window.toMs = Date.now() - spawned;
        } finally {
          await stopServer(profiled);
        }
        const file = readdirSync(subdir).find((f) => f.endsWith('.cpuprofile'));
        if (!file) throw new Error('the profiled server wrote no profile');
        report.push(
          `### CPU profile: Harbour serving ${name}, ${PROFILE_DURATION} s (${rate(result)} while profiled)`,
          '',
          `\`node --cpu-prof\` on the server process; .data/bench-profiles/${name}/${file}, ${(window.fromMs / 1000).toFixed(1)}–${(window.toMs / 1000).toFixed(1)} s after start ` +
            `(\`bench/profile.ts <file> ${window.fromMs} ${window.toMs}\`), after one request of each person (their abilities and sessions loaded).`,
          '',
          ...summariseProfile(join(subdir, file), window),
          '',
        );
        log(`${name} profiled`);
      };
      const previews = previewRequests.slice(0, 100);
      await profile(
        'route previews',
        previews,
        (server) => ({ url: graphqlUrl(server), seconds: PROFILE_DURATION, connections: CONNECTIONS, mode: 'requests', requests: previews }),
        (r) => `${r.requestsPerSecond} previews/s`,
      );
      const flowWarm = flowApplicants.slice(flowOffset, flowOffset + 200).map((id) => ({ body: { query: '{ me { id } }', variables: {} }, token: tokens[id] }));
      await profile(
        'flows',
        flowWarm,
        (server) => ({ ...flowConfig(server, PROFILE_DURATION), connections: FLOW_CONNECTIONS }),
        (r) => `${r.flowsPerSecond} flows/s`,
      );
    }

    // ——— 3. The pending-tasks page, side by side ———
    // In the company's language, as its console asks (without it, template names come back in English).
    const zhHK = { 'accept-language': 'zh-HK' };
    const pageRequests: DriverRequest[] = approvers.map((a) => ({ body: { query: PENDING_PAGE, variables: {} }, token: tokens[a.personId], headers: zhHK }));
    if (selected('page') && postgraphile) {
      let pglProblem: string | null = null;
      const pglRequests: DriverRequest[] = approvers.map((a) => ({ body: { query: PGL_PENDING_PAGE, variables: { tenant, assignee: a.personId } } }));
      for (const a of approvers.filter((_, i) => i % Math.ceil(approvers.length / 20) === 0)) {
        const mine = await graphql(harbour.url, PENDING_PAGE, {}, tokens[a.personId], zhHK);
        const floor = (await query(db.url, withParameters(PENDING_SQL, { tenant, me: a.personId }).text, withParameters(PENDING_SQL, { tenant, me: a.personId }).values))[0].data;
        sameJson(mine, floor, `pending page of ${a.personId}`);
        if (!pglProblem) {
          try {
            samePendingPage(mine, await graphql(postgraphile.url, PGL_PENDING_PAGE, { tenant, assignee: a.personId }), `pending page of ${a.personId}`);
          } catch (error) {
            pglProblem = String((error as Error).message).slice(0, 300);
          }
        }
      }
      log(`page: Harbour and the SQL floor agree for 20 approvers${pglProblem ? '' : ', and PostGraphile too'}`);
      const allTargets: PageTarget[] = [
        {
          key: 'harbour',
          label: `Harbour \`myApprovalTasks\` (executed, permissions on), ${fmt(approvers.length)} distinct approvers`,
          run: async (seconds) => fromDriver(await drive({ url: graphqlUrl(harbour!), seconds, connections: CONNECTIONS, mode: 'requests', requests: pageRequests })),
          cpu: cpuOf(harbour),
          serverCpu: processCpu(harbour.child.pid!),
        },
        {
          key: 'postgraphile',
          label: 'PostGraphile 5 `allApprovalTasks` (condition assignee + PENDING, ordered, first 20, four relations), no permissions',
          run: async (seconds) => fromDriver(await drive({ url: graphqlUrl(postgraphile), seconds, connections: CONNECTIONS, mode: 'requests', requests: pglRequests })),
          cpu: cpuOf(postgraphile),
          serverCpu: processCpu(postgraphile.child.pid!),
        },
        {
          key: 'floor',
          label: `SQL floor: one statement returning Harbour's JSON (pgbench, ${SQL_CLIENTS} clients, approver drawn per statement)`,
          run: (seconds) => sqlLoad(db.url, PENDING_SQL_RANDOM, { tenant }, SQL_CLIENTS, seconds, { name: 'n', below: approvers.length }),
          cpu: cpuOf(null),
          serverCpu: null,
        },
      ];
      const targets = allTargets.filter((t) => !(pglProblem && t.key === 'postgraphile'));
      if (pglProblem) log(`page: PostGraphile left out: ${pglProblem}`);
      const statements: Record<string, number | null> = { harbour: null, postgraphile: null, floor: 1 };
      if (db.statements) {
        for (const [key, send] of [
          ['harbour', (i: number) => graphql(harbour!.url, PENDING_PAGE, {}, tokens[approvers[i].personId], zhHK)],
          ['postgraphile', (i: number) => graphql(postgraphile.url, PGL_PENDING_PAGE, { tenant, assignee: approvers[i].personId })],
        ] as const) {
          if (key === 'postgraphile' && pglProblem) continue;
          for (let i = 0; i < 3; i += 1) await send(i);
          await db.statements.reset();
          for (let i = 0; i < COUNTED; i += 1) await send(i);
          statements[key] = round1((await db.statements.read()).queries / COUNTED);
        }
      }
      for (const target of targets) await target.run(1);
      const results = new Map<string, PageMeasurement[]>(targets.map((t) => [t.key, []]));
      const pageTop = new Map<string, Awaited<ReturnType<typeof topStatements>>>();
      for (let round = 1; round <= ROUNDS; round += 1) {
        for (const target of targets) {
          const cpuBefore = target.cpu?.() ?? 0;
          const serverBefore = target.serverCpu?.() ?? 0;
          const watched = round === ROUNDS && target.key !== 'floor' && db.statements;
          if (watched) await db.statements!.reset();
          const measured = await target.run(DURATION);
          if (watched) pageTop.set(target.key, await topStatements(db.url, 6));
          const per = (meter: CpuMeter | null, before: number) => (meter && measured.requests ? round2((meter() - before) / measured.requests) : null);
          results.get(target.key)!.push({ ...measured, cpuMsPerRequest: per(target.cpu, cpuBefore), serverCpuMsPerRequest: per(target.serverCpu, serverBefore) });
          log(`page round ${round}: ${target.key} ${measured.requestsPerSecond} req/s, p99 ${measured.p99} ms${measured.errors ? `, ${measured.errors} errors` : ''}`);
        }
      }
      const ratio = (a: string, b: string) => {
        const rounds = results.get(a)!.map((m, i) => m.requestsPerSecond / Math.max(1, results.get(b)![i].requestsPerSecond));
        return { median: median(rounds), rounds };
      };
      const cpuRatio = (a: string, b: string) => {
        const x = results.get(a)!.map((m) => m.cpuMsPerRequest);
        const y = results.get(b)!.map((m) => m.cpuMsPerRequest);
        return [...x, ...y].some((v) => !v) ? null : median(x.map((cost, i) => y[i]! / cost!));
      };
      const vsPgl = pglProblem ? { median: 0, rounds: [] as number[] } : ratio('harbour', 'postgraphile');
      const vsFloor = ratio('harbour', 'floor');
      const harbourP99 = median(results.get('harbour')!.map((m) => m.p99));
      summary['page / PostGraphile'] = round2(vsPgl.median);
      summary['page / SQL floor'] = round2(vsFloor.median);
      summary['page p99 ms'] = harbourP99;
      summary['page SQL statements'] = statements.harbour;
      report.push(
        `### 3. "My pending tasks": 20 tasks with request, applicant, department and template, side by side`,
        '',
        `Each request is sent as a random one of the ${fmt(approvers.length)} approvers with at least 20 pending tasks (Harbour: their token; PostGraphile: their id as a variable; the floor: drawn by pgbench). ` +
          'Harbour executes every request (no answer cache) with permissions on: the task list filtered by the read rule in SQL, each link authorized like its record. ' +
          'PostGraphile gets the tables as they are, **without row-level security** (none is defined; it connects as the database owner and the query names the approver). ' +
          `Before loading, the pages of 20 approvers were checked: Harbour's JSON equals the floor's byte for byte, PostGraphile's holds the same tasks in the same order. ` +
          `${ROUNDS} rounds of ${DURATION} s per target, interleaved; HTTP load: bench/approvals-driver.ts, ${CONNECTIONS} keep-alive connections; SQL: ${sqlDriverVersion()}.`,
        '',
        ...(pglProblem ? [`**PostGraphile left out:** ${pglProblem.replace(/\|/g, '/')}`, ''] : []),
        '| target | req/s (median) | p50 ms | p99 ms | CPU ms per request: total (server + PostgreSQL) | SQL statements per request | errors | req/s per round |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
        ...targets.map((target) => {
          const rounds = results.get(target.key)!;
          const total = rounds.every((m) => m.cpuMsPerRequest !== null) ? median(rounds.map((m) => m.cpuMsPerRequest!)) : null;
          const server = rounds.every((m) => m.serverCpuMsPerRequest !== null) ? median(rounds.map((m) => m.serverCpuMsPerRequest!)) : null;
          const cpu = total === null ? 'n/a' : server === null ? fmt(total) : `${fmt(total)} (${fmt(server)} + ${fmt(Math.max(0, total - server))})`;
          return `| ${target.label} | ${fmt(median(rounds.map((m) => m.requestsPerSecond)))} | ${fmt(median(rounds.map((m) => m.p50)))} | ${fmt(median(rounds.map((m) => m.p99)))} | ${cpu} | ${statements[target.key] ?? 'n/a'} | ${rounds.reduce((n, m) => n + m.errors, 0)} | ${rounds.map((m) => m.requestsPerSecond).join(', ')} |`;
        }),
        '',
        '| goal | req/s ratio (median) | per round | met | ratio implied by CPU per request |',
        '| --- | ---: | --- | --- | ---: |',
        `| Harbour ≥ ${TARGETS.pageVsPostGraphile} × PostGraphile${pglProblem ? ' (not measured)' : ''} | ${vsPgl.median.toFixed(2)} | ${vsPgl.rounds.map((r) => r.toFixed(2)).join(', ')} | ${vsPgl.median >= TARGETS.pageVsPostGraphile ? 'yes' : 'no'} | ${pglProblem ? 'n/a' : (cpuRatio('harbour', 'postgraphile')?.toFixed(2) ?? 'n/a')} |`,
        `| Harbour ≥ ${TARGETS.pageVsFloor} × the SQL floor | ${vsFloor.median.toFixed(2)} | ${vsFloor.rounds.map((r) => r.toFixed(2)).join(', ')} | ${vsFloor.median >= TARGETS.pageVsFloor ? 'yes' : 'no'} | ${cpuRatio('harbour', 'floor')?.toFixed(2) ?? 'n/a'} |`,
        `| Harbour p99 < ${TARGETS.pageP99Ms} ms at ${CONNECTIONS} connections | ${fmt(harbourP99)} ms | ${results
          .get('harbour')!
          .map((m) => m.p99)
          .join(', ')} | ${harbourP99 < TARGETS.pageP99Ms ? 'yes' : 'no'} | |`,
        '',
        'CPU per request: user + system time of the server process and of every PostgreSQL process during the load, over the requests served (the floor: PostgreSQL only; ' +
          "load generators not counted). The last column is the ratio the CPU costs imply (the denominator's cost over Harbour's).",
        '',
        ...[...pageTop.entries()].flatMap(([key, top]) => [
          `Where PostgreSQL's time went while ${key === 'harbour' ? 'Harbour' : 'PostGraphile'} served the page in the last round (pg_stat_statements, execution time):`,
          '',
          '| statement | calls | total ms | mean ms |',
          '| --- | ---: | ---: | ---: |',
          ...top.map((t) => `| \`${t.query.replace(/\|/g, '\\|')}\` | ${t.calls} | ${t.totalMs} | ${t.meanMs} |`),
          '',
        ]),
      );
    }

    // ——— 4. Mixed: many approvers reading while requests are submitted ———
    if (selected('mixed')) {
      const submitters = org.staff.filter((p) => p.kind === 'junior').map((p) => p.id);
      const rounds: (DriverResult & { cpuMs: number | null; submitsPerSecond: number; failed: number })[] = [];
      for (let round = 1; round <= ROUNDS; round += 1) {
        let submitted = 0;
        let failed = 0;
        let n = round * 1000;
        const inFlight = new Set<Promise<void>>();
        const timer = setInterval(() => {
          if (inFlight.size >= SUBMITS_IN_FLIGHT) return;
          n += 1;
          const applicant = submitters[(n * 37) % submitters.length];
          const write = graphql(harbour!.url, SUBMIT, { input: { templateId: templateIds.twoStep, values: { purpose: '混合', amount: { amount: '450.00' } } } }, tokens[applicant])
            .then(() => void (submitted += 1))
            .catch(() => void (failed += 1))
            .finally(() => inFlight.delete(write));
          inFlight.add(write);
        }, 1000 / SUBMITS_PER_SECOND);
        const started = Date.now();
        const { result, cpuMs } = await withCpu(
          cpuOf(harbour),
          async () => {
            try {
              return await drive({ url: graphqlUrl(harbour!), seconds: MIXED_DURATION, connections: CONNECTIONS, mode: 'requests', requests: pageRequests });
            } finally {
              clearInterval(timer);
              await Promise.all(inFlight);
            }
          },
          (r) => r.requests + submitted,
        );
        const seconds = (Date.now() - started) / 1000;
        rounds.push({ ...result, cpuMs, submitsPerSecond: round1(submitted / seconds), failed });
        log(`mixed round ${round}: ${result.requestsPerSecond} pages/s, p99 ${result.p99} ms, ${result.errors} errors, ${round1(submitted / seconds)} submissions/s (${failed} failed)`);
      }
      summary['mixed p99 ms'] = median(rounds.map((r) => r.p99));
      report.push(
        `### 4. Mixed: the pending-tasks page for ${fmt(approvers.length)} distinct approvers while requests are submitted`,
        '',
        `${CONNECTIONS} keep-alive connections read the page as random approvers while juniors submit ${SUBMITS_PER_SECOND} two-step requests a second (through the API, on a timer, at most ${SUBMITS_IN_FLIGHT} at a time), ` +
          `each one a new pending task on a manager's page. ${ROUNDS} rounds of ${MIXED_DURATION} s; medians.`,
        '',
        '| Harbour | pages/s | p50 ms | p99 ms | errors | submissions/s done | CPU ms per request (pages and submissions) | pages/s per round |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
        `| executed, permissions on | ${fmt(median(rounds.map((r) => r.requestsPerSecond)))} | ${fmt(median(rounds.map((r) => r.p50)))} | ${fmt(median(rounds.map((r) => r.p99)))} | ${rounds.reduce((n, r) => n + r.errors, 0)} | ${fmt(median(rounds.map((r) => r.submitsPerSecond)))} (${rounds.reduce((n, r) => n + r.failed, 0)} failed) | ${fmt(median(rounds.map((r) => r.cpuMs ?? 0)))} | ${rounds.map((r) => r.requestsPerSecond).join(', ')} |`,
        '',
      );
    }

    report.push(
      '### Start-up and memory',
      '',
      '| what | value |',
      '| --- | ---: |',
      `| Harbour start on the filled database to ready | ${harbour.startSeconds.toFixed(1)} s |`,
      `| its idle RSS | ${idleRss} MiB |`,
      `| its RSS at the end | ${rssMiB(harbour)} MiB |`,
      '',
    );
  } catch (error) {
    // What was measured before the failure is still written, with the failure.
    failure = error instanceof Error ? error : new Error(String(error));
    report.push(`**The run stopped here:** ${failure.message.replace(/\n/g, ' ').slice(0, 400)}`, '');
  } finally {
    for (const server of servers.reverse()) await stopServer(server);
    await db.statements?.close();
    await db.stop();
  }
  const loadAtEnd = loadavg();
  const cpu = cpus();
  const pglVersion = JSON.parse(readFileSync(join(projectRoot, 'node_modules/postgraphile/package.json'), 'utf8')).version as string;
  writeSection(
    LABEL,
    [
      `Run ${startedAt.toISOString()} on commit ${gitDescription()} by \`npm run bench:approvals\`${only.length < SCENARIOS.length ? ` (BENCH_ONLY=${only.join(',')})` : ''}.`,
      '',
      `Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB RAM; Node ${process.version}. ` +
        `Load average (1/5/15 min) at start ${loadAtStart.map((n) => n.toFixed(1)).join(' / ')}, at end ${loadAtEnd.map((n) => n.toFixed(1)).join(' / ')} ` +
        `— the machine is shared, so absolute figures move between runs; ratios are taken within a round.`,
      '',
      `Database: ${db.description}. Harbour in production mode, permissions on, rate limits off, every query executed. PostGraphile ${pglVersion}: Amber preset, no plugins, no row-level security.`,
      '',
      dataLine,
      '',
      ...report,
    ],
    summary,
  );
  if (failure) throw failure;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
