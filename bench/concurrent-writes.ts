/**
 * Concurrent writers of one company: how many small changes per second one organisation can commit when 50 callers
 * write at once, for three kinds of change:
 *
 * - a streamed fact (`audit: false`, like a punch or a read mark): one row inserted and its event recorded, through
 *   the same `createActorContext` + `ctx.transaction` path a GraphQL mutation takes (no existing mutation records a
 *   streamed fact yet, so the bench declares its own event types and a table of its own);
 * - the same change declared audited (`audit: true`): it is chained into the audit log;
 * - a real audited mutation over HTTP: `renameDepartment`, each caller renaming its own department.
 *
 * Afterwards it checks what must stay true under load: every committed change has exactly one event, the events of the
 * organisation carry the sequences 1..n with no gap or duplicate once delivered, and the audit chain verifies.
 *
 *   node --import @oxc-node/core/register bench/concurrent-writes.ts      (from the repository root, or from api/)
 *
 * Embedded PostgreSQL with its normal durability (fsync on) in .data/bench-writes, created afresh for every run; or
 * DATABASE_URL (migrated if needed; each run opens a new organisation). BENCH_CONNECTIONS (50) writers,
 * BENCH_DURATION (10) seconds per kind of change. BENCH_PROCESSES (1): with more, the service-level writers are spread
 * over that many API processes (role `api`, as replicas would be) while this one delivers the events (the worker) —
 * whether adding processes adds writes shows whether the organisation's writes are serialised in the database.
 */
import 'reflect-metadata';
import { fork } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { createActorContext } from '../api/src/app/context.js';
import { createApp } from '../api/src/app/create-app.js';
import { openDatabase } from '../api/src/app/database.js';
import { loadConfig, projectRoot } from '../api/src/config/config.js';
import type { AppServices } from '../api/src/core/context/services.js';
import type { Actor } from '../api/src/core/context/request-context.js';
import { registerEvents } from '../api/src/core/events/catalog.js';
import { createLogger } from '../api/src/core/logging.js';
import { provisionOrganization } from '../api/src/modules/tenancy/index.js';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION_SECONDS = Number(process.env.BENCH_DURATION ?? 10);
const PROCESSES = Number(process.env.BENCH_PROCESSES ?? 1);
const PASSWORD = 'Bench-password-2026';

const STREAMED = 'bench.punch.recorded';
const AUDITED = 'bench.punch.corrected';

registerEvents([
  {
    type: STREAMED,
    description: 'Bench only: a person punched in (a high-volume fact, streamed and not audited).',
    touchesAccess: false,
    audit: false,
    payload: { personId: { type: 'uuid', description: 'The person.' } },
  },
  {
    type: AUDITED,
    description: 'Bench only: the same small change, declared audited.',
    touchesAccess: false,
    audit: true,
    payload: { personId: { type: 'uuid', description: 'The person.' } },
  },
]);

interface Measured {
  name: string;
  writes: number;
  errors: number;
  seconds: number;
  latencies: number[];
  /** CPU time of the process(es) that ran the writers, in ms. */
  cpuMs: number;
}

const cpuMsSince = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

/**
 * CPU time (ms) used so far by the PostgreSQL server's processes, read from /proc (null when the server is not a local
 * process, e.g. DATABASE_URL on another machine). Throughput on a shared 2-core machine moves with whatever else runs;
 * CPU per write is what the change itself costs.
 */
function postgresCpuMs(postmaster: number): number | null {
  const ticksPerMs = 100 / 1000; // USER_HZ
  let total = 0;
  try {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const pid = Number(entry);
      let stat: string;
      try {
        stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      } catch {
        continue; // exited meanwhile
      }
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime and stime of the server and its live children; the server's cutime and cstime hold those that exited.
      if (pid === postmaster) total += (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / ticksPerMs;
      else if (Number(fields[1]) === postmaster) total += (Number(fields[11]) + Number(fields[12])) / ticksPerMs;
    }
  } catch {
    return null;
  }
  return total;
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0);

/** Runs `write(i)` in one loop per writer at once for `seconds`, counting completed writes and their latencies. */
async function measure(name: string, seconds: number, writers: number[], write: (writer: number) => Promise<void>): Promise<Measured> {
  const result: Measured = { name, writes: 0, errors: 0, seconds, latencies: [], cpuMs: 0 };
  let firstError: unknown = null;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    writers.map(async (writer) => {
      while (performance.now() < deadline) {
        const begun = performance.now();
        try {
          await write(writer);
          result.writes += 1;
          result.latencies.push(performance.now() - begun);
        } catch (error) {
          result.errors += 1;
          firstError ??= error;
        }
      }
    }),
  );
  result.seconds = (performance.now() - started) / 1000;
  result.cpuMs = cpuMsSince(cpu);
  if (firstError) console.error(`${name}: first error`, firstError);
  return result;
}

/** One small change by `actor` whose event is `type`: a row inserted and its fact recorded, as a mutation would. */
async function recordFact(services: AppServices, actor: Actor, type: string): Promise<void> {
  const ctx = await createActorContext(services, actor, 'en', { ip: '127.0.0.1', userAgent: 'bench' });
  await ctx.transaction(async (em) => {
    const id = randomUUID();
    await em.execute('insert into bench_punch (id, tenant_id, person_id, at) values (?, ?, ?, now())', [id, actor.tenantId, actor.personId]);
    ctx.record({ type, subjectType: 'BenchPunch', subjectId: id, payload: { personId: actor.personId } });
  });
}

const benchConfig = (dataDir: string, role: 'all' | 'api') =>
  loadConfig({
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    HARBOUR_DATA_DIR: dataDir,
    HARBOUR_ROLE: role,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret',
    HARBOUR_SEED_DEMO: 'false',
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: '0',
    RATE_LIMIT_SIGN_IN_PER_MINUTE: '0',
    RATE_LIMIT_REFRESH_PER_MINUTE: '0',
    RATE_LIMIT_PASSWORD_PER_HOUR: '0',
    RATE_LIMIT_MUTATIONS_PER_MINUTE: '0',
  });

type ToWriter = { kind: 'setup'; databaseUrl: string; actors: Actor[] } | { kind: 'run'; name: string; type: string; seconds: number; writers: number[] } | { kind: 'stop' };
type FromWriter = { kind: 'ready' } | { kind: 'result'; result: Measured };

/** A writer process (BENCH_PROCESSES > 1): an API process of its own, writing what the main process tells it to. */
async function writerProcess(): Promise<void> {
  let app: Awaited<ReturnType<typeof createApp>> | null = null;
  let actors: Actor[] = [];
  const send = (message: FromWriter) => process.send!(message);
  const handle = async (message: ToWriter) => {
    if (message.kind === 'setup') {
      app = await createApp(benchConfig(join(projectRoot, '.data/bench-writes'), 'api'), message.databaseUrl, { logger: createLogger('warn') });
      actors = message.actors;
      send({ kind: 'ready' });
    } else if (message.kind === 'run') {
      const services = app!.services;
      send({ kind: 'result', result: await measure(message.name, message.seconds, message.writers, (writer) => recordFact(services, actors[writer], message.type)) });
    } else {
      await app?.stop();
      process.exit(0);
    }
  };
  // A failed step ends the writer the way a failed main() does, with the error on stderr.
  process.on('message', (message: ToWriter) => {
    handle(message).catch((error) => {
      console.error(error);
      process.exit(1);
    });
  });
}

/** Writer processes, and how to run a kind of change on all of them at once. */
async function startWriters(count: number, databaseUrl: string, actors: Actor[]) {
  const children = Array.from({ length: count }, () => fork(process.argv[1], [], { execArgv: process.execArgv, env: { ...process.env, BENCH_WRITER: '1' } }));
  const next = (child: (typeof children)[number]) => new Promise<FromWriter>((resolve) => child.once('message', resolve));
  await Promise.all(
    children.map((child) => {
      const ready = next(child);
      child.send({ kind: 'setup', databaseUrl, actors } satisfies ToWriter);
      return ready;
    }),
  );
  return {
    /** Writer i runs in process i mod count; the results are added up. */
    run: async (name: string, type: string, seconds: number): Promise<Measured> => {
      const results = await Promise.all(
        children.map((child, k) => {
          const done = next(child);
          child.send({ kind: 'run', name, type, seconds, writers: actors.map((_, i) => i).filter((i) => i % count === k) } satisfies ToWriter);
          return done.then((message) => (message as Extract<FromWriter, { kind: 'result' }>).result);
        }),
      );
      return {
        name,
        writes: results.reduce((sum, r) => sum + r.writes, 0),
        errors: results.reduce((sum, r) => sum + r.errors, 0),
        seconds: Math.max(...results.map((r) => r.seconds)),
        latencies: results.flatMap((r) => r.latencies),
        cpuMs: results.reduce((sum, r) => sum + r.cpuMs, 0),
      };
    },
    stop: () => Promise.all(children.map((child) => new Promise((resolve) => child.once('exit', resolve).send({ kind: 'stop' } satisfies ToWriter)))),
  };
}

async function main(): Promise<void> {
  const loadBefore = loadavg();
  const logger = createLogger('warn');
  const dataDir = join(projectRoot, '.data/bench-writes');
  if (!process.env.DATABASE_URL) rmSync(dataDir, { recursive: true, force: true });
  const config = benchConfig(dataDir, 'all');
  const database = await openDatabase(config, logger, true);
  const app = await createApp(config, database.url, { logger, migrate: true });
  const { services } = app;
  const url = app.server!.url;
  const sql = <R>(text: string, params: unknown[] = []) => services.orm.em.fork().execute<R[]>(text, params);
  try {
    await sql('create table if not exists bench_punch (id uuid primary key, tenant_id uuid not null, person_id uuid not null, at timestamptz not null)');

    const slug = `bench-${randomBytes(4).toString('hex')}`;
    const domain = `${slug}.example.com`;
    const { organization } = await provisionOrganization(await createActorContext(services, null), {
      name: `Bench ${slug}`,
      slug,
      defaultLocale: 'en',
      emailDomains: [domain],
      admin: { displayName: 'Bench Admin', email: `admin@${domain}`, password: PASSWORD },
    });
    const tenantId = organization.id;

    const graphql = async (query: string, variables: Record<string, unknown>, token?: string) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };
    const signIn = await graphql('mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }', { input: { email: `admin@${domain}`, password: PASSWORD } });
    const token: string = signIn.signIn.accessToken;
    const roots = await graphql('{ departments(filter: { rootsOnly: true }) { items { id } } }', {}, token);
    const rootId: string = roots.departments.items[0].id;

    // One person and one department per writer, so writers never wait on each other's rows: only on shared ones.
    const actors: Actor[] = [];
    const departments: string[] = [];
    for (let i = 0; i < CONNECTIONS; i += 1) {
      const department = await graphql('mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }', { input: { name: `Site ${i}`, parentId: rootId } }, token);
      departments.push(department.createDepartment.id);
      const person = await graphql(
        'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id displayName } }',
        { input: { displayName: `Worker ${i}`, workEmail: `worker${i}@${domain}`, memberships: [{ departmentId: department.createDepartment.id, isPrimary: true }] } },
        token,
      );
      actors.push({ accountId: randomUUID(), personId: person.createPerson.id, tenantId, displayName: person.createPerson.displayName, locale: null, isPlatformAdmin: false });
    }

    const renames = new Array<number>(CONNECTIONS).fill(0);
    const rename = async (writer: number) => {
      renames[writer] += 1;
      await graphql('mutation($id: ID!, $name: String!) { renameDepartment(id: $id, name: $name) { id } }', { id: departments[writer], name: `Site ${writer} #${renames[writer]}` }, token);
    };

    const everyone = actors.map((_, i) => i);
    const writers = PROCESSES > 1 ? await startWriters(PROCESSES, database.url, actors) : null;
    const [{ pid: backend }] = await sql<{ pid: number }>('select pg_backend_pid() as pid');
    const postmaster = Number(/PPid:\s+(\d+)/.exec(readFileSync(`/proc/${backend}/status`, 'utf8'))?.[1] ?? 0);
    /** Runs one kind of change and adds the CPU it cost: API processes (writers and delivery) and PostgreSQL. */
    const phase = async (run: () => Promise<Measured>, inWriterProcesses: boolean) => {
      const ownCpu = process.cpuUsage();
      const pgBefore = postgresCpuMs(postmaster);
      const result = await run();
      const pgAfter = postgresCpuMs(postmaster);
      const apiCpuMs = cpuMsSince(ownCpu) + (inWriterProcesses ? result.cpuMs : 0);
      return { ...result, apiCpuMs, pgCpuMs: pgBefore === null || pgAfter === null ? null : pgAfter - pgBefore };
    };
    const facts = (name: string, type: string, seconds: number) =>
      phase(() => (writers ? writers.run(name, type, seconds) : measure(name, seconds, everyone, (writer) => recordFact(services, actors[writer], type))), writers !== null);
    await facts('warm-up', STREAMED, 2);
    const results = [
      await facts(`streamed fact (${STREAMED}), service level`, STREAMED, DURATION_SECONDS),
      await facts(`audited fact (${AUDITED}), service level`, AUDITED, DURATION_SECONDS),
      await phase(() => measure('audited mutation renameDepartment, GraphQL over HTTP', DURATION_SECONDS, everyone, rename), false),
    ];
    await writers?.stop();

    // Delivery catches up; then the invariants.
    const drainStarted = performance.now();
    for (;;) {
      const [{ pending }] = await sql<{ pending: string }>('select count(*) as pending from outbox_event where tenant_id = ? and dispatched_at is null', [tenantId]);
      if (Number(pending) === 0) break;
      if (performance.now() - drainStarted > 120_000) throw new Error(`${pending} events still undelivered after 2 minutes`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const drainSeconds = (performance.now() - drainStarted) / 1000;
    const [punches] = await sql<{ rows: string; events: string }>(
      `select (select count(*) from bench_punch where tenant_id = ?) as rows,
              (select count(*) from outbox_event where tenant_id = ? and type in (?, ?)) as events`,
      [tenantId, tenantId, STREAMED, AUDITED],
    );
    const [sequences] = await sql<{ n: string; distinct_n: string; max: string }>(
      'select count(*) as n, count(distinct sequence) as distinct_n, max(sequence) as max from outbox_event where tenant_id = ?',
      [tenantId],
    );
    const verification = await graphql('{ verifyAuditChain { valid checkedEntries } }', {}, token);

    const cores = cpus();
    console.log(`\n## Concurrent writes of one company — ${new Date().toISOString()}`);
    console.log(
      `${cores.length} × ${cores[0]?.model ?? 'CPU'}, Node ${process.version}, ${CONNECTIONS} writers, ${DURATION_SECONDS} s each, ` +
        `service-level writers in ${PROCESSES > 1 ? `${PROCESSES} API processes` : 'this process'}, database pool 20 per process (the app default)`,
    );
    console.log(
      `load average before the run ${loadBefore.map((l) => l.toFixed(1)).join(' ')}, after ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    console.log('\n| change | writes/s | p50 ms | p99 ms | errors | API CPU µs/write | PostgreSQL CPU µs/write |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const r of results) {
      r.latencies.sort((a, b) => a - b);
      const perWrite = (ms: number | null) => (ms === null || r.writes === 0 ? 'n/a' : String(Math.round((ms * 1000) / r.writes)));
      console.log(
        `| ${r.name} | ${Math.round(r.writes / r.seconds)} | ${percentile(r.latencies, 50).toFixed(1)} | ${percentile(r.latencies, 99).toFixed(1)} | ${r.errors} | ${perWrite(r.apiCpuMs)} | ${perWrite(r.pgCpuMs)} |`,
      );
    }
    console.log(`\nevents delivered ${drainSeconds.toFixed(2)} s after the last write`);
    console.log(`rows written ${punches.rows}, their events ${punches.events} (must be equal)`);
    console.log(`organisation events ${sequences.n}, distinct sequences ${sequences.distinct_n}, highest ${sequences.max} (all three must be equal)`);
    console.log(`audit chain valid: ${verification.verifyAuditChain.valid} (${verification.verifyAuditChain.checkedEntries} entries)`);
    const consistent = punches.rows === punches.events && sequences.n === sequences.distinct_n && sequences.n === sequences.max && verification.verifyAuditChain.valid === true;
    if (!consistent) process.exitCode = 1;
  } finally {
    await app.stop();
    await database.embedded?.stop();
  }
}

(process.env.BENCH_WRITER ? writerProcess() : main()).catch((error) => {
  console.error(error);
  process.exit(1);
});
