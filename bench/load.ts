/**
 * Load generators, each outside the server's process: the autocannon CLI for one GraphQL request repeated, and
 * pgbench (PostgreSQL's own driver of SQL load) for the SQL floor — or, where pgbench is not installed, node-postgres
 * clients in this process.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { projectRoot } from '../api/src/config/config.js';
import { withParameters } from './queries.js';
import { percentile } from './stats.js';

/** One measured load. */
export interface Measured {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${command} exited with ${code}: ${err.slice(-500)}`))));
  });
}

/** An HTTP request the load repeats: a GraphQL body (or none, for a GET) and its headers. */
export interface HttpRequest {
  url: string;
  body: unknown;
  headers?: Record<string, string>;
}

/**
 * Repeats one request on `connections` connections for `seconds` with the autocannon CLI. It sees HTTP errors only
 * (GraphQL reports its own with status 200): the bench checks each request's answer before loading it.
 */
export async function autocannon(request: HttpRequest, connections: number, seconds: number): Promise<Measured> {
  const dir = mkdtempSync(join(tmpdir(), 'harbour-bench-'));
  try {
    const args = ['-j', '-c', String(connections), '-d', String(seconds)];
    if (request.body !== null) {
      const bodyFile = join(dir, 'body.json');
      writeFileSync(bodyFile, JSON.stringify(request.body));
      args.push('-m', 'POST', '-H', 'content-type=application/json', '-i', bodyFile);
    }
    for (const [name, value] of Object.entries(request.headers ?? {})) args.push('-H', `${name}=${value}`);
    const output = await run(join(projectRoot, 'node_modules/.bin/autocannon'), [...args, request.url]);
    const result = JSON.parse(output) as { requests: { average: number; total: number }; latency: { p50: number; p99: number }; errors: number; non2xx: number };
    return { requests: result.requests.total, requestsPerSecond: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Which driver runs the SQL floor: the machine's pgbench if there is one. */
export const sqlDriver: 'pgbench' | 'node-postgres' = spawnSync('pgbench', ['--version']).status === 0 ? 'pgbench' : 'node-postgres';

/** The version line of the SQL driver, for the report. */
export function sqlDriverVersion(): string {
  return sqlDriver === 'pgbench'
    ? spawnSync('pgbench', ['--version'], { encoding: 'utf8' }).stdout.trim()
    : `node-postgres ${JSON.parse(readFileSync(join(projectRoot, 'node_modules/pg/package.json'), 'utf8')).version}`;
}

/** An integer variable drawn anew for every statement, from 0 to `below` - 1 (e.g. which of many people asks). */
export interface RandomVariable {
  name: string;
  below: number;
}

/**
 * Runs one SQL statement as fast as `clients` clients can for `seconds` (prepared statements), and reports like the HTTP
 * loads. `random` names an integer parameter of the statement drawn for each execution.
 */
export async function sqlLoad(databaseUrl: string, sql: string, variables: Record<string, string>, clients: number, seconds: number, random?: RandomVariable): Promise<Measured> {
  return sqlDriver === 'pgbench' ? pgbench(databaseUrl, sql, variables, clients, seconds, random) : nodePostgres(databaseUrl, sql, variables, clients, seconds, random);
}

async function pgbench(databaseUrl: string, sql: string, variables: Record<string, string>, clients: number, seconds: number, random?: RandomVariable): Promise<Measured> {
  const dir = mkdtempSync(join(tmpdir(), 'harbour-pgbench-'));
  try {
    const script = join(dir, 'floor.sql');
    // pgbench reads one statement per line unless it ends with a semicolon: keep the statement on one line.
    writeFileSync(script, `${random ? `\\set ${random.name} random(0, ${random.below - 1})\n` : ''}${sql.replace(/\s+/g, ' ')};\n`);
    const args = ['-n', '-M', 'prepared', '-c', String(clients), '-j', '2', '-T', String(seconds), '-f', script, '-l', '--log-prefix', join(dir, 'tx')];
    for (const [name, value] of Object.entries(variables)) args.push('-D', `${name}=${value}`);
    const url = new URL(databaseUrl);
    const connection = ['-h', url.hostname, ...(url.port ? ['-p', url.port] : []), ...(url.username ? ['-U', decodeURIComponent(url.username)] : [])];
    const output = await run('pgbench', [...args, ...connection, decodeURIComponent(url.pathname.slice(1))], {
      ...process.env,
      PGPASSWORD: decodeURIComponent(url.password),
    });
    const tps = Number(/tps = ([\d.]+)/.exec(output)?.[1] ?? 0);
    const processed = Number(/number of transactions actually processed: (\d+)/.exec(output)?.[1] ?? 0);
    const failed = Number(/number of failed transactions: (\d+)/.exec(output)?.[1] ?? 0);
    // Per-transaction log lines: client_id transaction_no latency_us script_no epoch_s epoch_us.
    const latencies = readdirSync(dir)
      .filter((file) => file.startsWith('tx'))
      .flatMap((file) => readFileSync(join(dir, file), 'utf8').trim().split('\n'))
      .filter(Boolean)
      .map((line) => Number(line.split(' ')[2]) / 1000)
      .sort((a, b) => a - b);
    return { requests: processed, requestsPerSecond: Math.round(tps), p50: percentile(latencies, 50), p99: percentile(latencies, 99), errors: failed };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function nodePostgres(databaseUrl: string, sql: string, variables: Record<string, string>, clients: number, seconds: number, random?: RandomVariable): Promise<Measured> {
  const fixed = withParameters(random ? sql.replace(new RegExp(`(?<!:):${random.name}\\b`, 'g'), `$${Object.keys(variables).length + 1}::int`) : sql, variables);
  const statement = () => ({ name: 'floor', text: fixed.text, values: random ? [...fixed.values, String(Math.floor(Math.random() * random.below))] : fixed.values });
  const latencies: number[] = [];
  let errors = 0;
  const deadline = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        while (Date.now() < deadline) {
          const started = performance.now();
          await client.query(statement()).catch(() => (errors += 1));
          latencies.push(performance.now() - started);
        }
      } finally {
        await client.end();
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, requestsPerSecond: Math.round(latencies.length / seconds), p50: percentile(latencies, 50), p99: percentile(latencies, 99), errors };
}
