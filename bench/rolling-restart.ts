/**
 * A rolling restart of two Harbour replicas under load (issue #12, "Prove it"): how many requests fail while each
 * replica in turn is stopped with SIGTERM and started again behind a load balancer — target 0.
 *
 *   npm run bench:rolling            (from the repository root: about 2 minutes, 60–90 s of them under load)
 *
 * One PostgreSQL: the server of DATABASE_URL, else the machine's at postgres://postgres@127.0.0.1:5432/, gets a fresh
 * database harbour_rolling_<timestamp> (dropped at the end). Two replicas run on it, each a process of its own
 * (api/src/main.ts in production mode, as `npm start` runs it), sharing one JWT secret and the Redis of REDIS_URL
 * (redis://127.0.0.1:6379) under a key prefix of this run; rate limits are off (all load comes from one address). The
 * first replica migrates and seeds the demo companies.
 *
 * A load balancer in this process (node:http) forwards each request to a ready replica, round-robin. It asks each
 * replica's /readyz every 100 ms and sends nothing new to one that answers 503, refuses the connection or does not
 * answer (no answer within 1 s, three checks in a row); it opens a fresh upstream connection per request, so a closed
 * listener shows as a refused connection; a request whose connection failed before a byte was sent goes to the other
 * replica (nginx's `proxy_next_upstream error`). A request whose bytes were sent is never retried: what the replica
 * did with it is what the client gets.
 *
 * Load runs through it for the whole run: BENCH_ROLLING_CLIENTS clients, each sending one request after another, a mix
 * of reads and writes as a few signed-in demo people (the admin writes). Every request is recorded: HTTP status,
 * GraphQL error codes, transport errors. Nothing is filtered out. Meanwhile the replicas restart A, B, A, B: SIGTERM,
 * wait for the exit (code 0), start again on the same port, wait for /readyz 200, pause, next one.
 *
 * The report puts every failure next to the restart it fell in, and shows what the kernel held for the replica's port
 * (accept queue, unread requests in /proc/net/tcp) in the last look before its listener closed.
 *
 * Settings: BENCH_ROLLING_CLIENTS (16), BENCH_ROLLING_ROUNDS (2: each replica restarts that many times),
 * BENCH_ROLLING_STEADY (10: seconds of load before the first restart and after the last), BENCH_ROLLING_PAUSE (2: seconds
 * after a replica is ready before the next SIGTERM), BENCH_LABEL (the section of bench/RESULTS.md, "Rolling restart";
 * a run replaces the section of its label and keeps every other one), BENCH_ROLLING_PRESTOP (0: a control in which the
 * balancer takes each replica out of rotation that many seconds before its SIGTERM), DATABASE_URL, REDIS_URL.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, createServer, request, type IncomingHttpHeaders, type IncomingMessage, type OutgoingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as wait } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { Redis } from 'ioredis';
import { freePort } from '../api/src/core/database/embedded-postgres.js';
import { ready, startHarbour, type Harbour } from '../api/test/support/harbour-process.js';
import { DEMO_PASSWORD, demoOrganizations } from '../seeds/demo-data.js';
import { graphql } from './client.js';
import { sql, withDatabase } from './database.js';
import { SIGN_IN } from './queries.js';
import { gitDescription, writeSection } from './results.js';
import { percentile } from './stats.js';

const CLIENTS = Number(process.env.BENCH_ROLLING_CLIENTS ?? 16);
const ROUNDS = Number(process.env.BENCH_ROLLING_ROUNDS ?? 2);
const STEADY_SECONDS = Number(process.env.BENCH_ROLLING_STEADY ?? 10);
const PAUSE_SECONDS = Number(process.env.BENCH_ROLLING_PAUSE ?? 2);
const LABEL = process.env.BENCH_LABEL ?? 'Rolling restart';
/**
 * A control, off by default: the balancer takes a replica out of rotation this many seconds before its SIGTERM (what a
 * Kubernetes preStop sleep or an nginx/HAProxy drain does), so no new connection reaches it while its listener closes.
 */
const PRESTOP_SECONDS = Number(process.env.BENCH_ROLLING_PRESTOP ?? 0);
if (!(ROUNDS >= 1 && CLIENTS >= 1)) throw new Error('BENCH_ROLLING_ROUNDS and BENCH_ROLLING_CLIENTS must be 1 or more');
const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
/** How often the load balancer asks each replica's /readyz, and how long it waits for an answer. */
const HEALTH_EVERY_MS = 100;
const HEALTH_TIMEOUT_MS = 1000;
/**
 * A replica whose /readyz answers 503, refuses or resets the connection is out at once; one that does not answer within
 * HEALTH_TIMEOUT_MS is out after this many such checks in a row (Kubernetes' failureThreshold, HAProxy's `fall`): one
 * slow /readyz of the only replica left must not take it out of rotation (see the reading in RESULTS.md).
 */
const HEALTH_FALL = 3;
/** Longest an upstream request may take before the load balancer gives up on it (a replica drains for at most 10 s). */
const UPSTREAM_TIMEOUT_MS = 30_000;
/** Longest a replica may take to exit after SIGTERM before it is killed (SHUTDOWN_TIMEOUT_SECONDS 10 + its 5 s margin). */
const EXIT_TIMEOUT_MS = 20_000;
/** How often the bench samples its own event loop's delay (ms). */
const LOOP_RESOLUTION_MS = 10;

const RUN_TAG = new Date()
  .toISOString()
  .replace(/[-:T.Z]/g, '')
  .slice(0, 14);
const DATABASE = `harbour_rolling_${RUN_TAG}`;
const REDIS_KEY_PREFIX = `harbour_rolling_${RUN_TAG}`;
/** The secret both replicas share, so a token signed in on one is valid on the other. */
const JWT_SECRET = `rolling-restart-${RUN_TAG}-rolling-restart-secret`;

/** Milliseconds since the bench started (one clock for requests, restarts and health checks). */
const clock = () => performance.now();
const log = (line: string) => console.log(`[rolling ${(clock() / 1000).toFixed(1).padStart(6)} s] ${line}`);
// Ctrl-C or SIGTERM ends the run's waits, so the clean-up (replicas, database, Redis keys) still runs.
const interrupted = new AbortController();
process.once('SIGINT', () => interrupted.abort(new Error('interrupted (SIGINT)')));
process.once('SIGTERM', () => interrupted.abort(new Error('interrupted (SIGTERM)')));
const sleep = (ms: number) => wait(ms, undefined, { signal: interrupted.signal });
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });
const errorCode = (error: unknown) => (error as NodeJS.ErrnoException)?.code ?? (error instanceof Error ? error.message : String(error));

// ---------------------------------------------------------------------------------------------------------------------
// Replicas

/** One restart of a replica, on the bench's clock (ms). */
interface Restart {
  replica: string;
  sigtermAt: number;
  exitedAt: number;
  exitCode: number | null;
  /** When this process was spawned again, and when its /readyz first answered 200. */
  spawnedAt: number;
  readyAt: number;
  /** When the load balancer first held the replica unready after the SIGTERM, and ready again after the start. */
  balancerOutAt: number | null;
  balancerInAt: number | null;
  /** The end of the pause after it (the next restart's SIGTERM, or the last steady phase's start). */
  pauseEndAt: number;
  /** The replica's TCP sockets in the last look before its listener closed (see watchListener). */
  atClose: ListenerSnapshot | null;
}

/** A replica: a name, a port it keeps across restarts, its environment, and its current process. */
class Replica {
  process: Harbour | null = null;
  /** Output of every process of this replica that exited, for the report when something went wrong. */
  readonly pastOutput: string[] = [];

  constructor(
    readonly name: string,
    readonly port: number,
    readonly dataDir: string,
    private readonly env: Record<string, string>,
  ) {}

  async start(): Promise<void> {
    this.process = await startHarbour(this.dataDir, { ...this.env, PORT: String(this.port) });
    await ready(this.process, 180_000);
  }

  /** SIGTERM, then the exit code (killed with SIGKILL, and null, if it does not exit within EXIT_TIMEOUT_MS). */
  async stop(): Promise<number | null> {
    const harbour = this.process;
    if (!harbour) return null;
    if (harbour.child.exitCode === null && harbour.child.signalCode === null) harbour.child.kill('SIGTERM');
    const timer = setTimeout(() => harbour.child.kill('SIGKILL'), EXIT_TIMEOUT_MS);
    const code = await harbour.exited;
    clearTimeout(timer);
    this.pastOutput.push(harbour.output());
    this.process = null;
    return code;
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// The replica's sockets as its listener closes

/**
 * What the kernel held for a replica's port in the last look at /proc/net/tcp before its listening socket went away:
 * connections in the accept queue (handshake done, not yet accepted by the server), and established server-side
 * connections with request bytes the server had not read (rx_queue > 0; those in the accept queue included).
 */
interface ListenerSnapshot {
  /** When the listener was last seen, and when it was first seen gone (bench clock, ms). */
  lastSeenAt: number;
  goneAt: number | null;
  acceptQueue: number;
  established: number;
  unread: number;
  /** The most each of those reached in any look after the SIGTERM. */
  maxAcceptQueue: number;
  maxUnread: number;
}

// Plain JavaScript in a worker thread: it looks at /proc/net/tcp every ~0.5 ms on its own thread, so the bench's busy
// event loop (balancer and clients) does not delay the looks.
const WATCHER = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const port = workerData.port.toString(16).toUpperCase().padStart(4, '0');
const pause = new Int32Array(new SharedArrayBuffer(4));
const now = () => performance.timeOrigin + performance.now();
const until = now() + workerData.maxMs;
let last = null, goneAt = null, maxAcceptQueue = 0, maxUnread = 0, started = false;
while (now() < until) {
  const at = now();
  let listening = false, acceptQueue = 0, established = 0, unread = 0;
  for (const line of readFileSync('/proc/net/tcp', 'utf8').split('\\n').slice(1)) {
    const f = line.trim().split(/\\s+/);
    if (f.length < 5 || !f[1].endsWith(':' + port)) continue;
    const rx = parseInt(f[4].split(':')[1], 16);
    if (f[3] === '0A') { listening = true; acceptQueue = rx; }
    else if (f[3] === '01') { established += 1; if (rx > 0) unread += 1; }
  }
  if (listening) {
    last = { at, acceptQueue, established, unread };
    maxAcceptQueue = Math.max(maxAcceptQueue, acceptQueue);
    maxUnread = Math.max(maxUnread, unread);
  } else if (last) { goneAt = at; break; }
  if (last && !started) { started = true; parentPort.postMessage('started'); }
  Atomics.wait(pause, 0, 0, 0.5);
}
parentPort.postMessage({ last, goneAt, maxAcceptQueue, maxUnread });
`;

/**
 * Watches a replica's port until its listener is gone (at most `maxMs`): `started` once the watcher has seen the
 * listener (send the SIGTERM then), `result` the last look before it went away.
 */
function watchListener(port: number, maxMs = 15_000): { started: Promise<void>; result: Promise<ListenerSnapshot | null> } {
  const toClock = (epoch: number) => epoch - performance.timeOrigin;
  const worker = new Worker(WATCHER, { eval: true, workerData: { port, maxMs } });
  let markStarted: () => void = () => undefined;
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  const result = new Promise<ListenerSnapshot | null>((resolve, reject) => {
    type Result = { last: { at: number; acceptQueue: number; established: number; unread: number } | null; goneAt: number | null; maxAcceptQueue: number; maxUnread: number };
    worker.on('message', (m: 'started' | Result) => {
      if (m === 'started') return markStarted();
      markStarted();
      void worker.terminate();
      if (!m.last) return resolve(null);
      resolve({
        lastSeenAt: toClock(m.last.at),
        goneAt: m.goneAt === null ? null : toClock(m.goneAt),
        acceptQueue: m.last.acceptQueue,
        established: m.last.established,
        unread: m.last.unread,
        maxAcceptQueue: m.maxAcceptQueue,
        maxUnread: m.maxUnread,
      });
    });
    worker.once('error', reject);
  });
  return { started, result };
}

// ---------------------------------------------------------------------------------------------------------------------
// Load balancer

interface Upstream {
  replica: Replica;
  /** Its slot in the health checker's flags. */
  index: number;
  /** Taken out of rotation by the bench (the pre-stop control), whatever its health checks say. */
  held: boolean;
  /** Every health check: when it was sent, how long it took, and what it saw (filled in when the balancer closes). */
  checks: { at: number; ms: number; outcome: string }[];
  /** Every change of the balancer's view of this replica: when, whether it is now ready, and why (filled in when it closes). */
  transitions: { at: number; ready: boolean; why: string }[];
}

// The health checks run in a worker thread with an event loop of its own (plain JavaScript, like
// api/test/support/health-poller.ts), so the bench's busy main thread — the balancer's proxying and the clients — can
// neither delay a check nor time one out that was answered in time. The verdicts go to the balancer through shared
// memory: one flag per replica, 1 when ready.
const HEALTH_CHECKER = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const { ports, everyMs, timeoutMs, fall } = workerData;
const flags = new Int32Array(workerData.flags);
const now = () => performance.timeOrigin + performance.now();
const state = ports.map(() => ({ checking: false, silent: 0, checks: [], transitions: [] }));
function set(i, ready, why) {
  if (Atomics.load(flags, i) === (ready ? 1 : 0) && state[i].transitions.length) return;
  Atomics.store(flags, i, ready ? 1 : 0);
  state[i].transitions.push([now(), ready, why]);
}
function check(i) {
  const s = state[i];
  if (s.checking) return;
  s.checking = true;
  const at = now();
  let finished = false;
  let timer = null;
  const done = (ready, why) => {
    if (finished) return;
    finished = true;
    clearTimeout(timer);
    s.checking = false;
    s.checks.push([at, now() - at, why]);
    if (why === 'no answer') {
      s.silent += 1;
      if (s.silent >= fall) set(i, false, 'no answer within ' + timeoutMs + ' ms, ' + s.silent + ' times in a row');
      return;
    }
    s.silent = 0;
    set(i, ready, why);
  };
  const req = http.request({ host: '127.0.0.1', port: ports[i], path: '/readyz', agent: false }, (res) => {
    res.resume();
    res.on('end', () => done(res.statusCode === 200, 'readyz ' + res.statusCode));
    res.on('error', (e) => done(false, 'readyz ' + (e.code || e.message)));
  });
  timer = setTimeout(() => { done(false, 'no answer'); req.destroy(); }, timeoutMs);
  req.on('error', (e) => done(false, 'readyz ' + (e.code || e.message)));
  req.end();
}
const interval = setInterval(() => ports.forEach((_, i) => check(i)), everyMs);
ports.forEach((_, i) => check(i));
parentPort.on('message', () => {
  clearInterval(interval);
  parentPort.postMessage(state.map((s) => ({ checks: s.checks, transitions: s.transitions })));
});
`;

/** A request the balancer sent to another replica because the connection to the first one failed before any byte went. */
interface Reroute {
  at: number;
  from: string;
  to: string | null;
  code: string;
}

// Hop-by-hop headers (RFC 9110 §7.6.1) are not forwarded; content-length is set from the buffered body.
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade', 'host', 'content-length']);

function forwardable(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name)));
}

const readBody = (stream: IncomingMessage) =>
  new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
    stream.on('aborted', () => reject(Object.assign(new Error('response aborted'), { code: 'ECONNRESET' })));
  });

/** What came back from one upstream attempt: an answer, or an error before (`connected` false) or after the connection was made. */
type Attempt = { ok: true; status: number; headers: IncomingHttpHeaders; body: Buffer } | { ok: false; connected: boolean; code: string; phase: string };

class Balancer {
  readonly upstreams: Upstream[];
  readonly reroutes: Reroute[] = [];
  /** Requests answered 502/503 by the balancer itself (not by a replica), with why. */
  readonly ownErrors: { at: number; status: number; detail: string }[] = [];
  private next = 0;
  private server: Server | null = null;
  private readonly flags = new Int32Array(new SharedArrayBuffer(4 * 8));
  private checker: Worker | null = null;

  constructor(replicas: Replica[]) {
    this.upstreams = replicas.map((replica, index) => ({ replica, index, held: false, checks: [], transitions: [] }));
  }

  async listen(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const ports = this.upstreams.map((u) => u.replica.port);
    this.checker = new Worker(HEALTH_CHECKER, {
      eval: true,
      workerData: { ports, everyMs: HEALTH_EVERY_MS, timeoutMs: HEALTH_TIMEOUT_MS, fall: HEALTH_FALL, flags: this.flags.buffer },
    });
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Whether the health checks hold the replica ready now. */
  ready(upstream: Upstream): boolean {
    return Atomics.load(this.flags, upstream.index) === 1;
  }

  /** Stops the health checks (keeping what they saw) and the balancer's server. */
  async close(): Promise<void> {
    const checker = this.checker;
    this.checker = null;
    if (checker) {
      type Seen = { checks: [number, number, string][]; transitions: [number, boolean, string][] };
      const toClock = (epoch: number) => epoch - performance.timeOrigin;
      const seen = await new Promise<Seen[]>((resolve, reject) => {
        checker.once('message', resolve);
        checker.once('error', reject);
        checker.postMessage('stop');
      });
      await checker.terminate();
      for (const upstream of this.upstreams) {
        upstream.checks = seen[upstream.index].checks.map(([at, ms, outcome]) => ({ at: toClock(at), ms, outcome }));
        upstream.transitions = seen[upstream.index].transitions.map(([at, ready, why]) => ({ at: toClock(at), ready, why }));
      }
    }
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve) ?? resolve(undefined));
  }

  /** Takes a replica out of rotation (or puts it back): nothing new goes to it while held. */
  hold(name: string, held: boolean): void {
    this.upstreams.find((u) => u.replica.name === name)!.held = held;
  }

  /** Whether the balancer held `name` ready at `at` (its view, from the health checks). */
  readyAt(name: string, at: number): boolean {
    const upstream = this.upstreams.find((u) => u.replica.name === name)!;
    let state = false;
    for (const t of upstream.transitions) {
      if (t.at > at) break;
      state = t.ready;
    }
    return state;
  }

  /** The next ready upstream in round-robin order that this request has not tried yet. */
  private pick(tried: Set<Upstream>): Upstream | null {
    for (let i = 0; i < this.upstreams.length; i += 1) {
      const upstream = this.upstreams[(this.next + i) % this.upstreams.length];
      if (this.ready(upstream) && !upstream.held && !tried.has(upstream)) {
        this.next = (this.next + i + 1) % this.upstreams.length;
        return upstream;
      }
    }
    return null;
  }

  private attempt(upstream: Upstream, req: IncomingMessage, body: Buffer): Promise<Attempt> {
    return new Promise((resolve) => {
      let connected = false;
      let settled = false;
      const settle = (result: Attempt) => {
        if (settled) return;
        settled = true;
        resolve(result);
      };
      const headers = { ...forwardable(req.headers), 'content-length': body.length, 'x-forwarded-for': req.socket.remoteAddress ?? '127.0.0.1' };
      // agent: false — a connection of its own, closed after the answer, so a closed listener is refused at connect.
      const upstreamRequest = request({ host: '127.0.0.1', port: upstream.replica.port, method: req.method, path: req.url, headers, agent: false, timeout: UPSTREAM_TIMEOUT_MS }, (res) => {
        readBody(res).then(
          (answer) => settle({ ok: true, status: res.statusCode ?? 0, headers: res.headers, body: answer }),
          (error) => settle({ ok: false, connected: true, code: errorCode(error), phase: 'while reading the answer' }),
        );
      });
      upstreamRequest.on('socket', (socket) => socket.once('connect', () => (connected = true)));
      upstreamRequest.on('timeout', () => upstreamRequest.destroy(Object.assign(new Error('upstream timeout'), { code: 'UPSTREAM_TIMEOUT' })));
      upstreamRequest.on('error', (error) => settle({ ok: false, connected, code: errorCode(error), phase: connected ? 'after the request was sent, before an answer' : 'connecting' }));
      upstreamRequest.end(body);
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body: Buffer;
    try {
      body = await readBody(req);
    } catch {
      res.destroy();
      return;
    }
    const tried = new Set<Upstream>();
    const refused: string[] = [];
    for (;;) {
      const upstream = this.pick(tried);
      if (!upstream) {
        const detail = refused.length ? `every ready replica refused the connection (${refused.join(', ')})` : 'no ready replica';
        this.ownErrors.push({ at: clock(), status: 503, detail });
        this.answerOwn(res, 503, 'LB_NO_READY_REPLICA', detail, refused);
        return;
      }
      tried.add(upstream);
      const result = await this.attempt(upstream, req, body);
      if (result.ok) {
        const headers: OutgoingHttpHeaders = { ...forwardable(result.headers), 'content-length': result.body.length, 'x-bench-upstream': upstream.replica.name };
        if (refused.length) headers['x-bench-rerouted'] = refused.join(', ');
        res.writeHead(result.status, headers).end(result.body);
        return;
      }
      if (!result.connected) {
        // Nothing reached the replica: the request may go to another one (nginx's proxy_next_upstream error).
        refused.push(`${upstream.replica.name} ${result.code}`);
        const to = this.upstreams.find((u) => u !== upstream && this.ready(u) && !u.held && !tried.has(u));
        this.reroutes.push({ at: clock(), from: upstream.replica.name, to: to?.replica.name ?? null, code: result.code });
        continue;
      }
      // The bytes were sent: not retried. The client sees a 502 that names the replica and the error.
      const detail = `${upstream.replica.name}: ${result.code} ${result.phase}`;
      this.ownErrors.push({ at: clock(), status: 502, detail });
      this.answerOwn(res, 502, 'LB_UPSTREAM_ERROR', detail, refused, upstream.replica.name);
      return;
    }
  }

  private answerOwn(res: ServerResponse, status: number, code: string, detail: string, refused: string[], upstream?: string): void {
    const text = JSON.stringify({ errors: [{ message: detail, extensions: { code } }] });
    const headers: OutgoingHttpHeaders = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), 'x-bench-balancer-error': detail };
    if (upstream) headers['x-bench-upstream'] = upstream;
    if (refused.length) headers['x-bench-rerouted'] = refused.join(', ');
    res.writeHead(status, headers).end(text);
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// Load

const ME = '{ me { id displayName } }';
const DEPARTMENTS = '{ departments(take: 20) { totalCount items { id name } } }';
const CREATE_DEPARTMENT = 'mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id name } }';
const UPDATE_PERSON = 'mutation($id: ID!, $input: PersonDetailsInput!) { updatePerson(id: $id, input: $input) { id jobTitle } }';

interface Caller {
  email: string;
  token: string;
}

interface Kind {
  name: string;
  weight: number;
  write: boolean;
  body: (n: number) => { query: string; variables: Record<string, unknown> };
}

/** One request of the load, as the client saw it. */
interface Sample {
  kind: string;
  start: number;
  end: number;
  status: number | null;
  /** GraphQL error codes of the answer (the balancer's own answers carry LB_… codes). */
  codes: string[];
  /** The client's own transport error (to the balancer), if any. */
  transport: string | null;
  upstream: string | null;
  rerouted: string | null;
  balancerError: string | null;
}

const failed = (s: Sample) => s.status !== 200 || s.codes.length > 0 || s.transport !== null;

/** Why a request failed, as one short label. */
function failure(s: Sample): string {
  if (s.transport) return `transport ${s.transport} (client → balancer)`;
  if (s.balancerError) return `HTTP ${s.status} from the balancer: ${s.balancerError.replace(/^[AB]: /, '')}`;
  return `HTTP ${s.status}${s.codes.length ? ` ${[...new Set(s.codes)].join(', ')}` : ''}`;
}

class Load {
  readonly samples: Sample[] = [];
  private running = true;
  private readonly agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  private counter = 0;
  private done: Promise<void> | null = null;

  constructor(
    private readonly url: string,
    private readonly kinds: Kind[],
    private readonly readers: Caller[],
    private readonly writer: Caller,
  ) {}

  start(): void {
    const totalWeight = this.kinds.reduce((sum, kind) => sum + kind.weight, 0);
    const choose = () => {
      let roll = Math.random() * totalWeight;
      for (const kind of this.kinds) if ((roll -= kind.weight) < 0) return kind;
      return this.kinds[this.kinds.length - 1];
    };
    this.done = Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (this.running) {
          const kind = choose();
          const caller = kind.write ? this.writer : this.readers[Math.floor(Math.random() * this.readers.length)];
          this.samples.push(await this.send(kind, caller, (this.counter += 1)));
        }
      }),
    ).then(() => undefined);
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.done;
    this.agent.destroy();
  }

  private send(kind: Kind, caller: Caller, n: number): Promise<Sample> {
    const text = JSON.stringify(kind.body(n));
    const start = clock();
    return new Promise((resolve) => {
      const sample = (fields: Partial<Sample>): Sample => ({
        kind: kind.name,
        start,
        end: clock(),
        status: null,
        codes: [],
        transport: null,
        upstream: null,
        rerouted: null,
        balancerError: null,
        ...fields,
      });
      const req = request(
        `${this.url}/graphql`,
        {
          method: 'POST',
          agent: this.agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), authorization: `Bearer ${caller.token}` },
        },
        (res) => {
          readBody(res).then(
            (answer) => {
              let codes: string[] = [];
              try {
                const parsed = JSON.parse(answer.toString()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
                codes = (parsed.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE');
                if (!parsed.errors && !parsed.data) codes = ['NO_DATA'];
              } catch {
                codes = ['NOT_JSON'];
              }
              const header = (name: string) => (res.headers[name] as string | undefined) ?? null;
              resolve(sample({ status: res.statusCode ?? 0, codes, upstream: header('x-bench-upstream'), rerouted: header('x-bench-rerouted'), balancerError: header('x-bench-balancer-error') }));
            },
            (error) => resolve(sample({ transport: errorCode(error) })),
          );
        },
      );
      req.on('error', (error) => resolve(sample({ transport: errorCode(error) })));
      req.end(text);
    });
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// Report

interface Phase {
  name: string;
  /** Whether a request in flight during [start, end] belongs to this phase. */
  holds: (s: Sample) => boolean;
}

function latencyRow(name: string, samples: Sample[], seconds: number | null): string {
  const sorted = samples.map((s) => s.end - s.start).sort((a, b) => a - b);
  const rate = seconds ? fmt(samples.length / seconds) : '';
  return `| ${name} | ${samples.length} | ${rate} | ${fmt(percentile(sorted, 50))} | ${fmt(percentile(sorted, 99))} | ${fmt(sorted.length ? Math.round(sorted[sorted.length - 1]) : 0)} | ${samples.filter(failed).length} |`;
}

// ---------------------------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const loadAtStart = loadavg();
  const startedAt = new Date();
  const adminUrl = withDatabase(SERVER_URL, 'postgres');
  const databaseUrl = withDatabase(SERVER_URL, DATABASE);
  const postgresVersion = (await sql(adminUrl, 'show server_version')).rows[0].server_version as string;
  await sql(adminUrl, `create database ${DATABASE}`);
  log(`database ${DATABASE} on PostgreSQL ${postgresVersion} (${process.env.DATABASE_URL ? 'DATABASE_URL' : SERVER_URL})`);
  const dataDirs: string[] = [];
  const replicas: Replica[] = [];
  let balancer: Balancer | null = null;
  let load: Load | null = null;
  const restarts: Restart[] = [];
  let loadStartedAt = 0;
  let loadStoppedAt = 0;
  let firstStartSeconds = 0;
  const problems: string[] = [];
  let callerEmails: string[] = [];
  // The bench's own event loop (balancer and clients): how late it ran, which adds to every latency it measures.
  const loopDelay = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
  // The histogram holds whole intervals (resolution included), in ns.
  const late = (ns: number) => Math.max(0, ns / 1e6 - LOOP_RESOLUTION_MS);
  let kindWeights = '';
  try {
    const shared = {
      DATABASE_URL: databaseUrl,
      JWT_SECRET,
      REDIS_URL,
      REDIS_KEY_PREFIX,
      LOG_LEVEL: 'info',
      // As `npm start` and the Dockerfile run the server.
      NODE_OPTIONS: '--experimental-async-context-frame',
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: '0',
      RATE_LIMIT_SIGN_IN_PER_MINUTE: '0',
      RATE_LIMIT_REFRESH_PER_MINUTE: '0',
      RATE_LIMIT_MUTATIONS_PER_MINUTE: '0',
      // The product's default stop (production: 5 s unready before the listener closes), not the 0 the specs' helper
      // sets; SHUTDOWN_DELAY_SECONDS in the bench's environment chooses another.
      SHUTDOWN_DELAY_SECONDS: process.env.SHUTDOWN_DELAY_SECONDS ?? '',
    };
    for (const [name, seed] of [
      ['A', 'true'],
      ['B', 'false'],
    ] as const) {
      const dataDir = mkdtempSync(join(tmpdir(), `harbour-rolling-${name}-`));
      dataDirs.push(dataDir);
      replicas.push(new Replica(name, await freePort(), dataDir, { ...shared, HARBOUR_SEED_DEMO: seed }));
    }
    const t0 = clock();
    await replicas[0].start();
    firstStartSeconds = (clock() - t0) / 1000;
    log(`replica A (port ${replicas[0].port}): migrated, seeded and ready in ${firstStartSeconds.toFixed(1)} s`);
    await replicas[1].start();
    log(`replica B (port ${replicas[1].port}): ready`);

    balancer = new Balancer(replicas);
    const url = await balancer.listen();
    while (!balancer.upstreams.every((u) => balancer!.ready(u))) await sleep(50);
    log(`load balancer on ${url}`);

    // Signed in through the balancer: tokens from either replica work on both (one JWT secret).
    const company = demoOrganizations[0];
    const emails = [company.admin.email, ...company.people.filter((p) => p.signIn).map((p) => p.signIn!)];
    const callers: Caller[] = [];
    for (const email of emails) {
      const signedIn = await graphql<{ signIn: { accessToken: string } }>(url, SIGN_IN, { input: { email, password: DEMO_PASSWORD } });
      callers.push({ email, token: signedIn.signIn.accessToken });
    }
    const admin = callers[0];
    const roots = await graphql<{ departments: { items: { id: string }[] } }>(url, '{ departments(filter: { rootsOnly: true }) { items { id } } }', {}, admin.token);
    const rootId = roots.departments.items[0].id;
    const people = await graphql<{ people: { items: { id: string; workEmail: string | null }[] } }>(url, '{ people(take: 100) { items { id workEmail } } }', {}, admin.token);
    // The admin changes job titles of people who do not sign in (nobody's access changes).
    const targets = people.people.items.filter((p) => !p.workEmail || !emails.includes(p.workEmail)).map((p) => p.id);
    log(`signed in ${callers.length} demo people (${emails.join(', ')}); ${targets.length} people to update`);

    const kinds: Kind[] = [
      { name: '`me { id displayName }`', weight: 40, write: false, body: () => ({ query: ME, variables: {} }) },
      { name: '`departments(take: 20)`', weight: 35, write: false, body: () => ({ query: DEPARTMENTS, variables: {} }) },
      {
        name: '`updatePerson` (job title, as admin)',
        weight: 15,
        write: true,
        body: (n) => ({ query: UPDATE_PERSON, variables: { id: targets[n % targets.length], input: { jobTitle: `Rolling ${RUN_TAG} #${n}` } } }),
      },
      {
        name: '`createDepartment` (as admin)',
        weight: 10,
        write: true,
        body: (n) => ({ query: CREATE_DEPARTMENT, variables: { input: { name: `Rolling ${RUN_TAG} #${n}`, parentId: rootId } } }),
      },
    ];
    callerEmails = emails;
    kindWeights = kinds.map((k) => `${k.name} ${k.weight} %`).join(', ');
    load = new Load(url, kinds, callers, admin);
    loadStartedAt = clock();
    loopDelay.enable();
    load.start();
    log(`load: ${CLIENTS} clients; ${STEADY_SECONDS} s steady, then ${ROUNDS} × (A, B)`);
    await sleep(STEADY_SECONDS * 1000);

    for (let round = 1; round <= ROUNDS; round += 1) {
      for (const replica of replicas) {
        if (PRESTOP_SECONDS) {
          balancer.hold(replica.name, true);
          await sleep(PRESTOP_SECONDS * 1000);
        }
        const watching = watchListener(replica.port);
        await watching.started;
        const sigtermAt = clock();
        if (restarts.length) restarts[restarts.length - 1].pauseEndAt = sigtermAt;
        log(`round ${round}: SIGTERM to ${replica.name}`);
        const exitCode = await replica.stop();
        const exitedAt = clock();
        const atClose = await watching.result;
        log(`  ${replica.name} exited with ${exitCode} after ${fmt(exitedAt - sigtermAt)} ms`);
        if (exitCode !== 0) problems.push(`replica ${replica.name} exited with ${exitCode} in round ${round}`);
        const spawnedAt = clock();
        await replica.start();
        const readyAt = clock();
        log(`  ${replica.name} ready ${fmt((readyAt - spawnedAt) / 1000)} s after it was started`);
        balancer.hold(replica.name, false);
        restarts.push({ replica: replica.name, sigtermAt, exitedAt, exitCode, spawnedAt, readyAt, balancerOutAt: null, balancerInAt: null, pauseEndAt: 0, atClose });
        await sleep(PAUSE_SECONDS * 1000);
      }
    }
    restarts[restarts.length - 1].pauseEndAt = clock();
    await sleep(STEADY_SECONDS * 1000);
    await load.stop();
    loadStoppedAt = clock();
    loopDelay.disable();
    log(`load stopped: ${load.samples.length} requests`);
  } finally {
    await load?.stop();
    await balancer?.close();
    for (const replica of replicas) {
      const code = await replica.stop();
      if (code !== null && code !== 0) problems.push(`replica ${replica.name} exited with ${code} at the end`);
    }
    await sql(adminUrl, `drop database if exists ${DATABASE} with (force)`).catch((error) => problems.push(`could not drop ${DATABASE}: ${errorCode(error)}`));
    const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
    try {
      await redis.connect();
      let removed = 0;
      for await (const keys of redis.scanStream({ match: `${REDIS_KEY_PREFIX}*`, count: 500 }) as AsyncIterable<string[]>) {
        if (keys.length) removed += await redis.del(...keys);
      }
      if (removed) log(`removed ${removed} Redis keys under ${REDIS_KEY_PREFIX}`);
    } catch (error) {
      problems.push(`could not clean Redis: ${errorCode(error)}`);
    } finally {
      redis.disconnect();
    }
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  }

  // ------------------------------------------------------------------------------------------------------------------
  const samples = load.samples;
  for (const r of restarts) {
    const upstream = balancer.upstreams.find((u) => u.replica.name === r.replica)!;
    r.balancerOutAt = upstream.transitions.find((t) => t.at >= r.sigtermAt && !t.ready)?.at ?? null;
    r.balancerInAt = upstream.transitions.find((t) => t.at >= r.spawnedAt && t.ready)?.at ?? null;
  }
  const overlaps = (s: Sample, from: number, to: number) => s.start < to && s.end > from;
  const down = (s: Sample) => restarts.some((r) => overlaps(s, r.sigtermAt, r.readyAt));
  const afterReady = (s: Sample) => !down(s) && restarts.some((r) => overlaps(s, r.readyAt, r.pauseEndAt));
  const phases: Phase[] = [
    { name: 'steady state (before the first SIGTERM, after the last pause)', holds: (s) => !down(s) && !afterReady(s) },
    { name: 'a replica restarting (in flight between its SIGTERM and its /readyz 200)', holds: down },
    { name: `after a replica is ready again, until the next SIGTERM (the ${PAUSE_SECONDS} s pause${PRESTOP_SECONDS ? ` and the ${PRESTOP_SECONDS} s pre-stop` : ''})`, holds: afterReady },
  ];
  const phaseSeconds = (phase: Phase) => {
    if (phase === phases[1]) return restarts.reduce((n, r) => n + (r.readyAt - r.sigtermAt), 0) / 1000;
    if (phase === phases[2]) return restarts.reduce((n, r) => n + (r.pauseEndAt - r.readyAt), 0) / 1000;
    return (restarts[0].sigtermAt - loadStartedAt + (loadStoppedAt - restarts[restarts.length - 1].pauseEndAt)) / 1000;
  };
  const failures = samples.filter(failed);
  const byReason = new Map<string, Map<string, number>>();
  for (const s of failures) {
    const reason = failure(s);
    const kinds = byReason.get(reason) ?? new Map<string, number>();
    kinds.set(s.kind, (kinds.get(s.kind) ?? 0) + 1);
    byReason.set(reason, kinds);
  }
  const kindNames = [...new Set(samples.map((s) => s.kind))];
  const reroutes = balancer.reroutes;
  const reroutedSamples = samples.filter((s) => s.rerouted);
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  const since = (r: Restart, at: number | null) => (at === null ? 'n/a' : `${fmt(at - r.sigtermAt)} ms`);
  const loadAtEnd = loadavg();
  const cpu = cpus();
  const served = (name: string) => samples.filter((s) => s.upstream === name).length;

  // Each failure next to the restart it fell in: how long after that replica's SIGTERM, and the balancer's view of it.
  const failureLines = failures.slice(0, 30).map((s) => {
    const r = [...restarts].reverse().find((x) => x.sigtermAt <= s.end);
    const where = r ? `sent ${fmt(s.start - r.sigtermAt)} ms and answered ${fmt(s.end - r.sigtermAt)} ms after the SIGTERM to ${r.replica}` : 'before any restart';
    const view = s.upstream ? `; balancer held ${s.upstream} ${balancer.readyAt(s.upstream, s.start) ? 'ready' : 'unready'} when it was sent` : '';
    return `- ${s.kind}: ${failure(s)}; upstream ${s.upstream ?? 'none'}${s.rerouted ? ` (re-routed: ${s.rerouted})` : ''}; ${where}${view}`;
  });

  const report: string[] = [
    `Run ${startedAt.toISOString()} on commit ${gitDescription()} by \`npm run bench:rolling\` (bench/rolling-restart.ts).`,
    '',
    `Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB RAM; Node ${process.version}. ` +
      `Load average (1/5/15 min) at start ${loadAtStart.map((n) => n.toFixed(1)).join(' / ')}, at end ${loadAtEnd.map((n) => n.toFixed(1)).join(' / ')} — the machine is shared.`,
    '',
    `Set-up: PostgreSQL ${postgresVersion} (${process.env.DATABASE_URL ? 'DATABASE_URL' : 'the machine’s server on 127.0.0.1:5432'}, fresh database, dropped afterwards); Redis at ${REDIS_URL}; ` +
      `two replicas A and B, each its own process (api/src/main.ts, production mode, \`HARBOUR_ROLE=all\`, one JWT secret, rate limits off, \`SHUTDOWN_DELAY_SECONDS\` ${process.env.SHUTDOWN_DELAY_SECONDS ?? 'unset, so the production default'}); A migrated and seeded on first start ` +
      `(${firstStartSeconds.toFixed(1)} s to ready). A load balancer in the bench process (node:http): round-robin over the replicas it holds ready, \`/readyz\` every ${HEALTH_EVERY_MS} ms ` +
      `(503 or a refused or reset connection: unready at once; no answer within ${HEALTH_TIMEOUT_MS} ms: unready after ${HEALTH_FALL} such checks in a row), a fresh upstream connection per request, a request whose upstream connection failed ` +
      `before any byte was sent goes to the other replica (nginx \`proxy_next_upstream error\`), nothing else is retried. ${CLIENTS} clients on keep-alive connections to the balancer, ` +
      `each sending one request after another for ${seconds(loadStoppedAt - loadStartedAt)} s: ${kindWeights}; reads as ${callerEmails.length} signed-in people of the demo company ` +
      `(${callerEmails.join(', ')}), writes as its admin. Restarts: ${ROUNDS} × (A, B) — SIGTERM, wait for the exit, start again on the same port, wait for \`/readyz\` 200, pause ${PAUSE_SECONDS} s; ` +
      `${STEADY_SECONDS} s of steady load before the first and after the last. The bench's own event loop (balancer and clients) ran late by ` +
      `${fmt(late(loopDelay.percentile(50)))} ms at the median, ${fmt(late(loopDelay.percentile(99)))} ms at p99, ${fmt(late(loopDelay.max))} ms at most (part of every latency below); ` +
      'the health checks run in a worker thread of their own.' +
      (PRESTOP_SECONDS ? ` **Control run (BENCH_ROLLING_PRESTOP=${PRESTOP_SECONDS}):** the balancer took each replica out of rotation ${PRESTOP_SECONDS} s before its SIGTERM.` : ''),
    '',
    '### Requests',
    '',
    '| what | count |',
    '| --- | ---: |',
    `| requests | ${samples.length} (${fmt(samples.length / ((loadStoppedAt - loadStartedAt) / 1000))} per s) |`,
    `| **failed** (any non-200, any GraphQL error, any transport error) — target 0 | **${failures.length}** |`,
    `| re-routed by the balancer (upstream connection failed before any byte was sent; answered by the other replica) | ${reroutedSamples.length} (${reroutes.length} refused attempts: ${summarise(reroutes.map((r) => `${r.code} from ${r.from}`))}) |`,
    `| answered by replica A / B | ${served('A')} / ${served('B')} |`,
    '',
    '| request kind | requests | failed |',
    '| --- | ---: | ---: |',
    ...kindNames.map((kind) => `| ${kind} | ${samples.filter((s) => s.kind === kind).length} | ${samples.filter((s) => s.kind === kind && failed(s)).length} |`),
    '',
    ...(failures.length
      ? [
          '| failure | count | by request kind |',
          '| --- | ---: | --- |',
          ...[...byReason].map(([reason, byKind]) => `| ${reason} | ${[...byKind.values()].reduce((a, b) => a + b, 0)} | ${[...byKind].map(([k, n]) => `${k} ${n}`).join('; ')} |`),
          '',
          `Every failed request${failures.length > 30 ? ' (the first 30)' : ''}:`,
          '',
          ...failureLines,
          '',
        ]
      : []),
    '### Restarts',
    '',
    '| # | replica | SIGTERM at | drain (SIGTERM → exit) | exit code | balancer held it unready after | listener closed after | at its close: not yet accepted / unread requests | start → `/readyz` 200 | balancer held it ready again after start | requests in flight meanwhile | failed | re-routed |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...restarts.map((r, i) => {
      const during = samples.filter((s) => overlaps(s, r.sigtermAt, r.readyAt));
      const closed = r.atClose?.goneAt ? `${fmt(r.atClose.lastSeenAt - r.sigtermAt)}–${fmt(r.atClose.goneAt - r.sigtermAt)} ms` : 'n/a';
      const queued = r.atClose ? `${r.atClose.acceptQueue} / ${r.atClose.unread}` : 'n/a';
      return `| ${i + 1} | ${r.replica} | ${seconds(r.sigtermAt - loadStartedAt)} s | ${fmt(r.exitedAt - r.sigtermAt)} ms | ${r.exitCode} | ${since(r, r.balancerOutAt)} | ${closed} | ${queued} | ${seconds(r.readyAt - r.spawnedAt)} s | ${r.balancerInAt === null ? 'n/a' : `${seconds(r.balancerInAt - r.spawnedAt)} s`} | ${during.length} | ${during.filter(failed).length} | ${reroutes.filter((x) => x.at >= r.sigtermAt && x.at <= r.readyAt).length} |`;
    }),
    '',
    '"SIGTERM at" counts from the start of the load. "Balancer held it unready after": from the SIGTERM to the first health check that saw 503 or a refused connection; ' +
      'until then the balancer still sent new requests there. "Listener closed after": between the last look at /proc/net/tcp (a worker thread, every ~0.5 ms) that still showed ' +
      "the replica's listening socket and the first that did not. At its close: connections in the listener's accept queue (handshake done, not accepted by the server yet) / " +
      'server-side connections holding request bytes the server had not read (rx_queue > 0, those in the accept queue included), in that last look.' +
      (PRESTOP_SECONDS ? ` Control run: the balancer took each replica out of rotation ${PRESTOP_SECONDS} s before its SIGTERM.` : ''),
    '',
    "The balancer's view of the replicas (every change; seconds from the start of the load, and what the health check saw):",
    '',
    ...balancer.upstreams.map(
      (u) =>
        `- ${u.replica.name}: ${u.transitions
          .filter((t) => t.at >= loadStartedAt)
          .map((t) => `${seconds(t.at - loadStartedAt)} s ${t.ready ? 'ready' : 'unready'} (${t.why})`)
          .join(', ')}`,
    ),
    '',
    '| replica | health checks | answered 200 | 503 | refused / reset | no answer within ' + `${HEALTH_TIMEOUT_MS} ms | /readyz latency p50 / p99 / max of the 200s (ms) |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...balancer.upstreams.map((u) => {
      const checks = u.checks.filter((c) => c.at >= loadStartedAt && c.at <= loadStoppedAt);
      const ok = checks
        .filter((c) => c.outcome === 'readyz 200')
        .map((c) => c.ms)
        .sort((a, b) => a - b);
      const count = (test: (outcome: string) => boolean) => checks.filter((c) => test(c.outcome)).length;
      return `| ${u.replica.name} | ${checks.length} | ${ok.length} | ${count((o) => o === 'readyz 503')} | ${count((o) => /ECONNREFUSED|ECONNRESET/.test(o))} | ${count((o) => o === 'no answer')} | ${fmt(percentile(ok, 50))} / ${fmt(percentile(ok, 99))} / ${fmt(ok.length ? ok[ok.length - 1] : 0)} |`;
    }),
    '',
    '### Latency (client → balancer → replica → back, ms)',
    '',
    '| phase | requests | per s | p50 | p99 | max | failed |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...phases.map((phase) => latencyRow(phase.name, samples.filter(phase.holds), phaseSeconds(phase))),
    latencyRow('whole run', samples, (loadStoppedAt - loadStartedAt) / 1000),
    '',
    ...(problems.length ? ['### Problems', '', ...problems.map((p) => `- ${p}`), ''] : []),
  ];
  writeSection(LABEL, report, {
    preStopSeconds: PRESTOP_SECONDS,
    requests: samples.length,
    failed: failures.length,
    rerouted: reroutedSamples.length,
    drainMs: restarts.map((r) => Math.round(r.exitedAt - r.sigtermAt)),
    readySeconds: restarts.map((r) => Math.round((r.readyAt - r.spawnedAt) / 100) / 10),
    p99: Object.fromEntries(
      phases.map((phase) => [
        phase.name,
        percentile(
          samples
            .filter(phase.holds)
            .map((s) => s.end - s.start)
            .sort((a, b) => a - b),
          99,
        ),
      ]),
    ),
  });
  if (failures.length || problems.length) {
    for (const replica of replicas) {
      const lines = replica.pastOutput.join('\n').split('\n');
      const notable = lines.filter((line) => /"level":(40|50|60)|error|Error/.test(line));
      console.log(`\n--- replica ${replica.name}: ${notable.length} warning/error lines of ${lines.length} ---\n${notable.slice(0, 40).join('\n')}`);
    }
  }
  log(`done: ${samples.length} requests, ${failures.length} failed, ${reroutedSamples.length} re-routed`);
}

/** "3 × ECONNREFUSED from A, 1 × …" */
function summarise(items: string[]): string {
  const counted = new Map<string, number>();
  for (const item of items) counted.set(item, (counted.get(item) ?? 0) + 1);
  return [...counted].map(([item, n]) => `${n} × ${item}`).join(', ') || 'none';
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
