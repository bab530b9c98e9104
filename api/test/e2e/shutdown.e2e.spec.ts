import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
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

/**
 * A sign-in with a wrong password: slow on purpose (the password hash is checked), answered INVALID_CREDENTIALS. Each
 * goes on its own connection; `sent` resolves with the connection's local port once the whole request is written.
 */
function signInAttempt(url: string, n: number): { sent: Promise<number>; answer: Promise<Answer> } {
  const body = JSON.stringify({ query: SIGN_IN, variables: { input: { email: `nobody-${n}@example.com`, password: 'not the password' } } });
  let sent!: (port: number) => void;
  const sentPromise = new Promise<number>((r) => (sent = r));
  const answer = new Promise<Answer>((resolveAnswer) => {
    const request = httpRequest(`${url}/graphql`, { method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => {
        const parsed = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
        resolveAnswer({ status: response.statusCode ?? null, code: parsed.errors?.[0]?.extensions?.code ?? null, error: null });
      });
      response.on('error', (error) => resolveAnswer({ status: response.statusCode ?? null, code: null, error: error.message }));
    });
    request.on('finish', () => sent(request.socket?.localPort ?? 0));
    request.on('error', (error) => {
      sent(0);
      resolveAnswer({ status: null, code: null, error: error.message });
    });
    request.end(body);
  });
  return { sent: sentPromise, answer };
}

/**
 * Whether the server process has read everything sent on the connections from these client ports: on loopback a
 * written request sits in the server side's receive queue (`rx_queue` in /proc/net/tcp) until the server reads it, and
 * Node parses what it reads at once, so a request read is a request in flight. Waiting for this instead of a fixed
 * delay keeps the test honest on a loaded machine, where twenty password hashes can starve the client or the server.
 */
function serverHasRead(serverPort: number, clientPorts: number[]): boolean {
  const hex = (port: number) => port.toString(16).toUpperCase().padStart(4, '0');
  const unread = new Set(clientPorts.map(hex));
  for (const line of readFileSync('/proc/net/tcp', 'utf8').split('\n').slice(1)) {
    const [, local, remote, state, queues] = line.trim().split(/\s+/);
    if (!local || local.split(':')[1] !== hex(serverPort) || state !== '01') continue;
    const rxQueue = parseInt(queues.split(':')[1], 16);
    if (rxQueue === 0) unread.delete(remote.split(':')[1]);
  }
  return unread.size === 0;
}

/** Sends `count` slow sign-ins and waits until the server has read them all: from then on they are in flight. */
async function inFlightSignIns(url: string, count: number): Promise<Promise<Answer>[]> {
  const attempts = Array.from({ length: count }, (_, n) => signInAttempt(url, n));
  const clientPorts = await Promise.all(attempts.map((a) => a.sent));
  expect(clientPorts).not.toContain(0);
  const serverPort = Number(new URL(url).port);
  await until(() => serverHasRead(serverPort, clientPorts), 'the server to read every request', 10_000);
  return attempts.map((a) => a.answer);
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
  const env = { RATE_LIMIT_SIGN_IN_PER_MINUTE: '0', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '0', SHUTDOWN_DELAY_SECONDS: '0' };

  it('lets every request in flight at SIGTERM finish, then stops its PostgreSQL and exits 0', async () => {
    const dataDir = join(root, 'direct');
    const harbour = await startHarbour(dataDir, env);
    await ready(harbour);
    // Hashing twenty passwords takes longer than reading them: all twenty are in flight at the signal.
    const inFlight = await inFlightSignIns(harbour.url, 20);
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

    const inFlight = await inFlightSignIns(harbour.url, 10);
    npm.kill('SIGTERM');
    const answers = await Promise.all(inFlight);
    expect(answers.filter((a) => a.status !== 200 || a.code !== 'INVALID_CREDENTIALS')).toEqual([]);
    // npm waits for the server it runs; nothing is left behind serving or holding the data directory.
    await exited;
    expect(await listening(harbour.url)).toBe(false);
    expect(postgresOn(dataDir)).toEqual([]);
  }, 120_000);

  it('with SHUTDOWN_DELAY_SECONDS, answers /readyz 503 at once but goes on serving (closing each connection after its answer) until the delay is over', async () => {
    const dataDir = join(root, 'delayed');
    const harbour = await startHarbour(dataDir, { ...env, SHUTDOWN_DELAY_SECONDS: '3' });
    await ready(harbour);
    const signalledAt = Date.now();
    harbour.child.kill('SIGTERM');
    await until(async () => (await fetch(`${harbour.url}/readyz`).catch(() => null))?.status === 503, '/readyz to answer 503', 2_000);
    // A load balancer that has not looked yet still gets answers — on connections closed after each one.
    const late = await fetch(`${harbour.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(late.status).toBe(200);
    expect(late.headers.get('connection')).toBe('close');
    expect(Date.now() - signalledAt).toBeLessThan(2_500);
    await until(async () => !(await listening(harbour.url)), 'the listener to close', 10_000);
    expect(Date.now() - signalledAt).toBeGreaterThanOrEqual(3_000);
    expect(await harbour.exited).toBe(0);
  }, 120_000);
});
