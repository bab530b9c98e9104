import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { projectRoot } from '../../src/config/config.js';
import { freePort } from '../../src/core/database/embedded-postgres.js';

/**
 * Harbour as a separate OS process (`src/main.ts`, as `npm start` runs it), for specs that inject faults a process in
 * the test's own thread could not survive or could not be dealt: a failed start, kill -9, a crash.
 */
export interface Harbour {
  child: ChildProcess;
  url: string;
  /** Everything the process wrote so far (stdout and stderr). */
  output: () => string;
  /** The exit code, once it exited. */
  exited: Promise<number | null>;
}

/**
 * Starts the server on `dataDir` (embedded PostgreSQL unless DATABASE_URL is given in `env`; the test run's own
 * DATABASE_URL is not passed on), in production mode, on a free port unless `env.PORT` names one.
 */
export async function startHarbour(dataDir: string, env: Record<string, string> = {}): Promise<Harbour> {
  const port = env.PORT ?? String(await freePort());
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', '@oxc-node/core/register', join(projectRoot, 'api/src/main.ts')], {
    cwd: join(projectRoot, 'api'),
    env: {
      ...inherited,
      NODE_ENV: 'production',
      JWT_SECRET: 'startup-test-secret-startup-test-secret',
      HOST: '127.0.0.1',
      PORT: port,
      HARBOUR_DATA_DIR: dataDir,
      HARBOUR_SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      // Specs stop servers often and have no load balancer to wait for; the shutdown spec sets its own.
      SHUTDOWN_DELAY_SECONDS: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));
  return { child, url: `http://127.0.0.1:${port}`, output: () => output, exited };
}

/** Waits until the server answers /readyz (failing with its output if it exits first). */
export async function ready(harbour: Harbour, timeoutMs = 120_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (harbour.child.exitCode !== null) throw new Error(`server exited with ${harbour.child.exitCode}:\n${harbour.output()}`);
    const response = await fetch(`${harbour.url}/readyz`).catch(() => null);
    if (response?.ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server not ready within ${timeoutMs} ms:\n${harbour.output()}`);
}

/** Waits for a server that must fail to start: its exit code and what it said. */
export async function failure(harbour: Harbour, timeoutMs = 120_000): Promise<{ code: number | null; said: string }> {
  const timer = setTimeout(() => harbour.child.kill('SIGKILL'), timeoutMs);
  const code = await harbour.exited;
  clearTimeout(timer);
  return { code, said: harbour.output() };
}

/** Stops a running server as Ctrl-C would. */
export async function stop(harbour: Harbour): Promise<void> {
  if (harbour.child.exitCode !== null || harbour.child.signalCode !== null) return;
  harbour.child.kill('SIGTERM');
  await harbour.exited;
}

/** PostgreSQL server processes whose data directory (named with -D on their command line) passes `test`. */
export function postgresWhere(test: (databaseDir: string) => boolean): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
        return args.includes('-D') && test(resolve(args[args.indexOf('-D') + 1]));
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** The PostgreSQL servers running on a Harbour data directory. */
export const postgresOn = (dataDir: string) => postgresWhere((databaseDir) => databaseDir === resolve(dataDir, 'postgres'));
