import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/config.js';
import { freePort } from '../../src/core/database/embedded-postgres.js';
import { postgresOn, ready, startHarbour, type Harbour } from '../support/harbour-process.js';

/**
 * Graceful stop, injected into a real server process: SIGTERM while requests are in flight lets every one of them
 * finish, then the server stops its workers, the ORM and its embedded PostgreSQL itself and exits 0 — whichever
 * process a supervisor signals (the server, or `npm` running it).
 */

const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }';

interface Answer {
  status: number | null;
  code: string | null;
  error: string | null;
}

/** A sign-in with a wrong password: slow on purpose (the password hash is checked), answered INVALID_CREDENTIALS. */
async function signInAttempt(url: string, n: number): Promise<Answer> {
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', connection: 'close' },
      body: JSON.stringify({ query: SIGN_IN, variables: { input: { email: `nobody-${n}@example.com`, password: 'not the password' } } }),
    });
    const body = (await response.json().catch(() => null)) as { errors?: { extensions?: { code?: string } }[] } | null;
    return { status: response.status, code: body?.errors?.[0]?.extensions?.code ?? null, error: null };
  } catch (error) {
    return { status: null, code: null, error: String((error as { cause?: Error }).cause?.message ?? error) };
  }
}

const listening = async (url: string) => (await fetch(`${url}/healthz`).catch(() => null)) !== null;

async function until(condition: () => Promise<boolean> | boolean, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('graceful stop', () => {
  const root = mkdtempSync(join(tmpdir(), 'harbour-shutdown-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** Production password hashing, rate limits off: twenty wrong sign-ins keep the server busy for a while. */
  const env = { RATE_LIMIT_SIGN_IN_PER_MINUTE: '0', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '0' };

  it('lets every request in flight at SIGTERM finish, then stops its PostgreSQL and exits 0', async () => {
    const dataDir = join(root, 'direct');
    const harbour = await startHarbour(dataDir, env);
    await ready(harbour);
    const inFlight = Array.from({ length: 20 }, (_, n) => signInAttempt(harbour.url, n));
    // Sent well before the signal: the server has them all (loopback), and hashing twenty passwords takes longer.
    await new Promise((r) => setTimeout(r, 150));
    const signalledAt = Date.now();
    harbour.child.kill('SIGTERM');
    await until(async () => !(await listening(harbour.url)), 'the listener to close', 5_000);

    const answers = await Promise.all(inFlight);
    expect(answers.filter((a) => a.status !== 200 || a.code !== 'INVALID_CREDENTIALS')).toEqual([]);
    expect(await harbour.exited).toBe(0);
    expect(Date.now() - signalledAt).toBeLessThan(15_000);
    expect(postgresOn(dataDir)).toEqual([]);
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
    expect(harbour.output()).not.toMatch(/stopping at once/);
  }, 120_000);

  it('stops the same way when a supervisor signals `npm run dev` rather than the server', async () => {
    const dataDir = join(root, 'npm');
    const port = await freePort();
    const npm = spawn('npm', ['run', 'dev'], {
      cwd: projectRoot,
      env: {
        ...process.env,
        DATABASE_URL: '',
        NODE_ENV: 'production',
        JWT_SECRET: 'shutdown-test-secret-shutdown-test-secret',
        HOST: '127.0.0.1',
        PORT: String(port),
        HARBOUR_DATA_DIR: dataDir,
        HARBOUR_SEED_DEMO: 'false',
        LOG_LEVEL: 'warn',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    npm.stdout.on('data', (chunk) => (output += chunk));
    npm.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise<void>((r) => npm.once('exit', () => r()));
    const harbour: Harbour = { child: npm, url: `http://127.0.0.1:${port}`, output: () => output, exited: exited.then(() => npm.exitCode) };
    await ready(harbour);
    expect(postgresOn(dataDir)).toHaveLength(1);

    const inFlight = Array.from({ length: 10 }, (_, n) => signInAttempt(harbour.url, n));
    await new Promise((r) => setTimeout(r, 150));
    npm.kill('SIGTERM');
    const answers = await Promise.all(inFlight);
    expect(answers.filter((a) => a.status !== 200 || a.code !== 'INVALID_CREDENTIALS')).toEqual([]);
    // npm waits for the server it runs; nothing is left behind serving or holding the data directory.
    await exited;
    expect(await listening(harbour.url)).toBe(false);
    expect(postgresOn(dataDir)).toEqual([]);
  }, 120_000);
});
