/**
 * Benchmarks the API the way a client sees it: the server runs as its own process (production mode, embedded
 * PostgreSQL in .data/bench or DATABASE_URL), autocannon drives it over loopback from this process, and the results
 * are written to bench/RESULTS.md together with the machine they ran on.
 *
 *   npm run bench            (from the repository root)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../api/src/core/database/embedded-postgres.js';
import { projectRoot } from '../api/src/config/config.js';

const DURATION_SECONDS = Number(process.env.BENCH_DURATION ?? 15);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);

interface Measured {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function waitReady(url: string, child: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not become ready');
}

// The load comes from one address and one admin: the per-IP and per-account rate limits would turn it into 429s.
const RATE_LIMITS_OFF = {
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: '0',
  RATE_LIMIT_SIGN_IN_PER_MINUTE: '0',
  RATE_LIMIT_REFRESH_PER_MINUTE: '0',
  RATE_LIMIT_PASSWORD_PER_HOUR: '0',
  RATE_LIMIT_MUTATIONS_PER_MINUTE: '0',
};

function startServer(port: number, dataDir: string, env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, ['--import', '@oxc-node/core/register', join(projectRoot, 'api/src/main.ts')], {
    cwd: join(projectRoot, 'api'),
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', HARBOUR_DATA_DIR: dataDir, NODE_ENV: 'production', JWT_SECRET: 'bench-secret-bench-secret-bench-secret', LOG_LEVEL: 'warn', ...RATE_LIMITS_OFF, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024);
}

async function graphql(url: string, query: string, variables: Record<string, unknown>, token?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const verdict = (r: Measured) => `${r.requestsPerSecond >= 1500 && r.p99 < 50 ? 'yes' : 'no'} (${r.requestsPerSecond} req/s, p99 ${r.p99} ms)`;

/** Runs `measure` while the admin keeps renaming a department through the API (a rename, a 100 ms pause, again). */
async function writing(url: string, adminToken: string, departmentId: string, measure: () => Promise<Measured>): Promise<Measured> {
  let stopped = false;
  let renames = 0;
  const writer = (async () => {
    while (!stopped) {
      renames += 1;
      await graphql(url, 'mutation($id: ID!, $name: String!) { renameDepartment(id: $id, name: $name) { id } }', { id: departmentId, name: `宏建工程 ${renames % 2}` }, adminToken);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  try {
    const measured = await measure();
    return { ...measured, name: `${measured.name}: ${renames} renames in ${DURATION_SECONDS} s` };
  } finally {
    stopped = true;
    await writer;
  }
}

/** Runs the autocannon CLI in its own process (a load generator sharing this process would slow itself down). */
async function load(name: string, url: string, body: unknown, token?: string, path = '/graphql'): Promise<Measured> {
  const bodyFile = join(tmpdir(), `harbour-bench-${process.pid}.json`);
  writeFileSync(bodyFile, JSON.stringify(body));
  const args = ['-j', '-c', String(CONNECTIONS), '-d', String(DURATION_SECONDS)];
  if (body !== null) args.push('-m', 'POST', '-H', 'content-type=application/json', '-i', bodyFile);
  if (token) args.push('-H', `authorization=Bearer ${token}`);
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(join(projectRoot, 'node_modules/.bin/autocannon'), [...args, `${url}${path}`], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`autocannon exited with ${code}`))));
  });
  rmSync(bodyFile, { force: true });
  const result = JSON.parse(output) as { requests: { average: number }; latency: { p50: number; p99: number }; errors: number; non2xx: number };
  return { name, requestsPerSecond: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, errors: result.errors, non2xx: result.non2xx };
}

const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }';
const SUBTREE = `query($id: ID!) { departmentSubtree(id: $id) { id name leaders { displayName }
  members(take: 100) { totalCount items { id displayName jobTitle rank { code } memberships { department { name } manager { displayName } } } } } }`;

async function main(): Promise<void> {
  const dataDir = join(projectRoot, '.data/bench');
  rmSync(dataDir, { recursive: true, force: true });
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;

  let t0 = Date.now();
  let server = startServer(port, dataDir);
  await waitReady(url, server);
  const firstStartSeconds = (Date.now() - t0) / 1000;
  await stop(server);
  t0 = Date.now();
  server = startServer(port, dataDir);
  await waitReady(url, server);
  const warmStartSeconds = (Date.now() - t0) / 1000;
  await new Promise((r) => setTimeout(r, 2000));
  const idleRss = rssMiB(server.pid!);

  const password = 'Harbour-demo-2026';
  const signIn = async (email: string) => (await graphql(url, SIGN_IN, { input: { email, password } })).signIn.accessToken as string;
  const subtreeBody = async (token: string) => {
    const roots = await graphql(url, '{ departments(filter: { rootsOnly: true }) { items { id } } }', {}, token);
    return { query: SUBTREE, variables: { id: roots.departments.items[0].id } };
  };
  const results: Measured[] = [];
  let loadedRss = 0;
  let people = 0;
  try {
    const worker = await signIn('site1.worker@wanghin.example.com');
    const admin = await signIn('admin@wanghin.example.com');
    const subtree = await subtreeBody(worker);
    const check = await graphql(url, SUBTREE, subtree.variables, worker);
    people = check.departmentSubtree.reduce((n: number, d: { members: { totalCount: number } }) => n + d.members.totalCount, 0);

    results.push(await load(`department subtree + members + managers (${people} people), as an Employee (CASL rules → SQL)`, url, subtree, worker));
    results.push(await load('same query as the Organisation Admin (manage all)', url, subtree, admin));
    results.push(await writing(url, admin, subtree.variables.id, () => load('as an Employee while the admin keeps renaming a department (each rename retires every cached answer of the company)', url, subtree, worker)));
    results.push(await load('signIn (argon2id, m=19 MiB, t=2)', url, { query: SIGN_IN, variables: { input: { email: 'site1.manager@wanghin.example.com', password } } }));
    // Floors of the stack, to read the numbers above against: the smallest signed-in query, and HTTP alone.
    results.push(await load('`{ me { id displayName } }` as the Employee (the smallest signed-in query)', url, { query: '{ me { id displayName } }' }, worker));
    results.push(await load('floor: GET /healthz (HTTP only, no GraphQL, no database)', url, null, undefined, '/healthz'));
    loadedRss = rssMiB(server.pid!);
  } finally {
    await stop(server);
  }

  // The same query executed for every request: the response cache off.
  server = startServer(port, dataDir, { RESPONSE_CACHE_MB: '0' });
  await waitReady(url, server);
  try {
    const worker = await signIn('site1.worker@wanghin.example.com');
    const admin = await signIn('admin@wanghin.example.com');
    const subtree = await subtreeBody(worker);
    results.push(await load('response cache off (RESPONSE_CACHE_MB=0): subtree query as an Employee, executed every time', url, subtree, worker));
    results.push(await load('response cache off: the same as the Organisation Admin', url, subtree, admin));
  } finally {
    await stop(server);
  }

  const cpu = cpus();
  const lines = [
    '# Benchmark results',
    '',
    `Run: ${new Date().toISOString()} by \`npm run bench\` (bench/run.ts).`,
    '',
    `Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB RAM; Node ${process.version};`,
    `server in production mode on ${process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded PostgreSQL 18'}, load from the autocannon CLI in its own process over loopback,`,
    `${CONNECTIONS} connections, ${DURATION_SECONDS} s per scenario, rate limits off (all load comes from one address). Target: ≥ 1,500 req/s and p99 < 50 ms for the subtree query with permissions on.`,
    '',
    '| scenario | requests/s | p50 ms | p99 ms | errors | non-2xx |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...results.map((r) => `| ${r.name} | ${r.requestsPerSecond} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.non2xx} |`),
    '',
    `Target met as configured by default (response cache on, first row): ${verdict(results[0])}.`,
    `Target met with the query executed for every request (response cache off): ${verdict(results.find((r) => r.name.startsWith('response cache off'))!)}.`,
    '',
    '| start-up and memory | value |',
    '| --- | ---: |',
    `| first start (initdb, migrations, seeding 3 organisations) to ready | ${firstStartSeconds.toFixed(1)} s |`,
    `| second start to ready | ${warmStartSeconds.toFixed(1)} s |`,
    `| idle RSS of the server process | ${idleRss} MiB |`,
    `| RSS after the load | ${loadedRss} MiB |`,
    '',
  ];
  writeFileSync(join(projectRoot, 'bench/RESULTS.md'), lines.join('\n'));
  console.log(lines.join('\n'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
