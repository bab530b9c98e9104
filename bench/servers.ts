/**
 * The servers under test, each in its own process: Harbour (production mode, on the bench's database) and
 * PostGraphile 5. Load comes from other processes over loopback.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../api/src/core/database/embedded-postgres.js';
import { projectRoot } from '../api/src/config/config.js';

/** A started server process and where it listens. */
export interface RunningServer {
  name: string;
  url: string;
  child: ChildProcess;
  startSeconds: number;
}

// The load comes from one address and a few accounts: the per-IP and per-account rate limits would turn it into 429s.
const RATE_LIMITS_OFF = {
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: '0',
  RATE_LIMIT_SIGN_IN_PER_MINUTE: '0',
  RATE_LIMIT_REFRESH_PER_MINUTE: '0',
  RATE_LIMIT_PASSWORD_PER_HOUR: '0',
  RATE_LIMIT_MUTATIONS_PER_MINUTE: '0',
};

/** The secret the bench's Harbour servers share, so a token signed in on one is valid on every one. */
export const JWT_SECRET = 'bench-secret-bench-secret-bench-secret';

type Probe = (url: string) => Promise<Response>;

const harbourReady: Probe = (url) => fetch(`${url}/readyz`);
const graphqlReady: Probe = (url) => fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });

async function waitReady(url: string, probe: Probe, child: ChildProcess, timeoutMs = 180_000): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await probe(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not become ready');
}

async function started(name: string, port: number, probe: Probe, child: ChildProcess): Promise<RunningServer> {
  const t0 = Date.now();
  const url = `http://127.0.0.1:${port}`;
  await waitReady(url, probe, child);
  return { name, url, child, startSeconds: (Date.now() - t0) / 1000 };
}

/**
 * Starts a Harbour server on `databaseUrl` (it migrates and seeds on start, as `npm start` does). `nodeArgs` go to
 * Node itself (e.g. --cpu-prof).
 */
export async function startHarbour(name: string, databaseUrl: string, env: Record<string, string> = {}, nodeArgs: string[] = []): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, '--experimental-async-context-frame', '--import', '@oxc-node/core/register', join(projectRoot, 'api/src/main.ts')], {
    cwd: join(projectRoot, 'api'),
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production', JWT_SECRET, LOG_LEVEL: 'warn', ...RATE_LIMITS_OFF, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return started(name, port, harbourReady, child);
}

/** Starts PostGraphile 5 (bench/postgraphile-server.ts) on `databaseUrl`. */
export async function startPostGraphile(databaseUrl: string): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', '@oxc-node/core/register', join(projectRoot, 'bench/postgraphile-server.ts')], {
    cwd: join(projectRoot, 'api'),
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return started('PostGraphile 5', port, graphqlReady, child);
}

/** Stops a server (SIGTERM: Harbour and PostGraphile both finish cleanly, and a --cpu-prof profile gets written). */
export async function stopServer(server: RunningServer): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((r) => server.child.once('exit', r));
  server.child.kill('SIGTERM');
  await exited;
}

/** Resident memory of a server process, in MiB. */
export function rssMiB(server: RunningServer): number {
  const status = readFileSync(`/proc/${server.child.pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024);
}
