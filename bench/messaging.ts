/**
 * `npm run bench:messaging` (issue #11): live messaging at scale. One PostgreSQL (embedded, or DATABASE_URL); Harbour in
 * its own process (production mode, one process: API, outbox and consumers, as `npm start` runs it); WebSocket clients in
 * other processes (bench/messaging-driver.ts: raw `ws`, no JSON parsing of what arrives); sends and reads over HTTP from
 * this one. A 10,000-person organisation (bench/approvals-data.ts writes it with SQL; every person signed in with their
 * own token) with ten 1,000-member groups (created through the API), fifty 20-member groups, and:
 *
 * 1. one 1,000-member group, every member connected: messages sent by different members through `sendMessage` while
 *    others read the conversation — commit → client p50/p95/p99, direct delivery and graphql-ws's own side by side;
 * 2. sends per second in one company: many distinct senders in fifty groups (their members connected), over HTTP, and
 *    the SQL floor of the same sends (the statements any implementation needs, Harbour stopped);
 * 3. a subscriber that stops reading while its conversation is flooded: when it is cut off, and Harbour's RSS;
 * 4. 20,000 subscriptions — 2,000 people in two groups of 1,000, each person one socket with 10 subscriptions (the
 *    machine's open-file limit, 20,000 per process and fixed, allows no 20,000 sockets in one process, and connecting
 *    10,000 people twice took longer than the run may) — each group one message a second, so one event a second per
 *    subscription: graphql-ws's own per-subscriber execution and the direct, shared path, each on a fresh Harbour
 *    process, in the same run.
 *
 * Settings: BENCH_SECONDS (sending time per measure, 20), BENCH_GROUPS (1,000-member groups for measure 4, 2),
 * BENCH_SUBSCRIPTIONS_PER_SOCKET (measure 4, 10),
 * BENCH_SEND_CONCURRENCY (16), BENCH_LABEL ("Messaging live delivery"), BENCH_PROFILE_DIR (Harbour's CPU profiles), DATABASE_URL.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import WebSocket from 'ws';
import { projectRoot } from '../api/src/config/config.js';
import { signAccessToken } from '../api/src/core/auth/access-token.js';
import { DEMO_PASSWORD } from '../seeds/demo-data.js';
import { generateOrg, type BenchPerson } from './approvals-data.js';
import { graphql, inParallel } from './client.js';
import { processCpu } from './cpu.js';
import { startBenchDatabase, type StatementCounter } from './database.js';
import { SIGN_IN } from './queries.js';
import { gitDescription, writeSection } from './results.js';
import { JWT_SECRET, rssMiB, startHarbour, stopServer, type RunningServer } from './servers.js';
import { percentile } from './stats.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const GROUPS = Number(process.env.BENCH_GROUPS ?? 2);
const SEND_CONCURRENCY = Number(process.env.BENCH_SEND_CONCURRENCY ?? 16);
const LABEL = process.env.BENCH_LABEL ?? 'Messaging live delivery';
/** Where each Harbour process writes a CPU profile of its life (summarise it with bench/profile.ts), if set. */
const PROFILE_DIR = process.env.BENCH_PROFILE_DIR;
const GROUP_SIZE = 1000;
const SMALL_GROUPS = 50;
const SMALL_GROUP_SIZE = 20;
const DRIVERS = 2;
const SUBSCRIPTIONS_PER_SOCKET = Number(process.env.BENCH_SUBSCRIPTIONS_PER_SOCKET ?? 10);
/** Messages a second into the 1,000-member group of measure 1. */
const GROUP_RATE = 2;
const TARGETS = { groupP99: 100, scaleP99: 250, sendsPerSecond: 1000 };

/** What a chat app keeps live: the change and the message, nothing that differs by reader (so it can be shared). */
const LIVE = 'subscription { messagingChanged { sequence type conversationId occurredAt message { id seq kind body createdAt editedAt recalledAt } } }';
const SEND = 'mutation($input: SendMessageInput!) { sendMessage(input: $input) { id seq createdAt } }';
const READ = 'query($id: ID!) { conversationMessages(conversationId: $id, limit: 20) { items { id seq body createdAt sender { id displayName } reactions { emoji count mine } } hasMoreBefore } }';
const BODY = '今日下午三點喺觀塘地盤 B 座開安全會議，請準時出席。Safety meeting at 3 pm, Block B.';

const log = (line: string) => console.log(`[bench:messaging ${new Date().toISOString().slice(11, 19)}] ${line}`);
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 1 });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Person extends BenchPerson {
  token: string;
}

interface Group {
  id: string;
  members: Person[];
}

/** One client process and its IPC replies, in order. */
class Driver {
  private readonly child: ChildProcess;
  private readonly waiting: ((reply: any) => void)[] = [];

  constructor() {
    this.child = fork(join(projectRoot, 'bench/messaging-driver.ts'), [], {
      cwd: join(projectRoot, 'api'),
      execArgv: ['--import', '@oxc-node/core/register'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.child.on('message', (reply) => this.waiting.shift()?.(reply));
  }

  ask<T = any>(command: Record<string, unknown>): Promise<T> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.child.send(command);
    });
  }

  async exit(): Promise<void> {
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.send({ cmd: 'exit' });
    await exited;
  }
}

/** Clients spread over DRIVERS processes, each person one socket with `subscriptions` subscriptions. */
async function connectClients(server: RunningServer, people: Person[], subscriptions: number): Promise<Driver[]> {
  const drivers = Array.from({ length: DRIVERS }, () => new Driver());
  const started = Date.now();
  const results = await Promise.all(
    drivers.map((driver, d) =>
      driver.ask<{ connected: number; failed: number }>({
        cmd: 'connect',
        url: server.url,
        query: LIVE,
        concurrency: 50,
        subscribers: people.filter((_, i) => i % DRIVERS === d).map((person) => ({ token: person.token, subscriptions })),
      }),
    ),
  );
  const failed = results.reduce((n, r) => n + r.failed, 0);
  log(`${people.length} sockets × ${subscriptions} connected in ${fmt((Date.now() - started) / 1000)} s${failed ? `, ${failed} failed` : ''}`);
  if (failed) throw new Error(`${failed} sockets could not connect`);
  return drivers;
}

/** Probe rounds before a measure, at least: the process is measured warm, as a server that has been up a while is. */
const WARM_UP_ROUNDS = 5;

/**
 * Sends a message to each group until every subscription has received one and WARM_UP_ROUNDS have gone: all are live,
 * and what a process does once (jieba's dictionary for the first Chinese text, the JIT's first compilations) is done.
 */
async function waitLive(server: RunningServer, drivers: Driver[], groups: Group[], expected: number): Promise<void> {
  const deadline = Date.now() + 180_000;
  for (let round = 0; ; round += 1) {
    await inParallel(groups, 4, (group, i) => sendMessage(server, group.members[(round * 31 + i) % group.members.length], group.id, `${BODY} (probe ${round})`));
    await sleep(1500);
    const live = (await Promise.all(drivers.map((d) => d.ask<{ live: number }>({ cmd: 'status' })))).reduce((n, s) => n + s.live, 0);
    if (live >= expected && round + 1 >= WARM_UP_ROUNDS) return;
    if (Date.now() > deadline) throw new Error(`only ${live} of ${expected} subscriptions live`);
  }
}

async function sendMessage(server: RunningServer, sender: Person, conversationId: string, body: string): Promise<void> {
  await graphql(server.url, SEND, { input: { conversationId, body } }, sender.token);
}

interface Window {
  sent: number;
  sendErrors: number;
  sendLatencies: number[];
  reads: number;
  readLatencies: number[];
  delivered: number[];
  frames: number;
  errors: number;
  closes: number;
  firstErrors: string[];
  cpuMs: number;
  seconds: number;
  rssMiB: number;
}

/**
 * Sends `rate` messages a second for SECONDS, each by a different member of the next group, while members read their
 * group's latest messages (10 reads a second); then waits for every delivery before taking the clients' timings.
 */
async function measureLive(server: RunningServer, drivers: Driver[], groups: Group[], rate: number, subscriptionsPerMessage: number): Promise<Window> {
  const cpu = processCpu(server.child.pid!);
  await Promise.all(drivers.map((d) => d.ask({ cmd: 'take' })));
  await Promise.all(drivers.map((d) => d.ask({ cmd: 'record', on: true })));
  const window: Window = { sent: 0, sendErrors: 0, sendLatencies: [], reads: 0, readLatencies: [], delivered: [], frames: 0, errors: 0, closes: 0, firstErrors: [], cpuMs: 0, seconds: 0, rssMiB: 0 };
  const cpuBefore = cpu();
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  const total = Math.round(SECONDS * rate);
  let readTick = 0;
  const reader = setInterval(() => {
    const group = groups[readTick % groups.length];
    const person = group.members[(readTick * 7919 + 13) % group.members.length];
    readTick += 1;
    const t0 = performance.now();
    inFlight.push(
      graphql(server.url, READ, { id: group.id }, person.token).then(
        () => {
          window.reads += 1;
          window.readLatencies.push(performance.now() - t0);
        },
        () => undefined,
      ),
    );
  }, 100);
  for (let i = 0; i < total; i += 1) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const group = groups[i % groups.length];
    const sender = group.members[(Math.floor(i / groups.length) * 7919 + 1) % group.members.length];
    const t0 = performance.now();
    inFlight.push(
      sendMessage(server, sender, group.id, `${BODY} #${i}`).then(
        () => {
          window.sent += 1;
          window.sendLatencies.push(performance.now() - t0);
        },
        () => {
          window.sendErrors += 1;
        },
      ),
    );
  }
  clearInterval(reader);
  await Promise.all(inFlight);
  // Every delivery arrives (or 30 s pass): frames stop growing once the last message reached every subscriber.
  const expected = window.sent * subscriptionsPerMessage;
  const drainDeadline = Date.now() + 30_000;
  let delivered = 0;
  for (;;) {
    await sleep(1000);
    const peek = await Promise.all(drivers.map((d) => d.ask<{ latencies: number[]; frames: number; errors: number; closes: number; firstErrors: string[] }>({ cmd: 'take' })));
    for (const p of peek) {
      // One at a time: a second's take at 20,000 deliveries a second is more arguments than a call may have.
      for (const latency of p.latencies) window.delivered.push(latency);
      window.frames += p.frames;
      window.errors += p.errors;
      window.closes = Math.max(window.closes, p.closes);
      window.firstErrors.push(...p.firstErrors);
    }
    delivered = window.delivered.length;
    if (delivered >= expected || Date.now() > drainDeadline) break;
  }
  await Promise.all(drivers.map((d) => d.ask({ cmd: 'record', on: false })));
  window.seconds = (performance.now() - started) / 1000;
  window.cpuMs = cpu() - cpuBefore;
  window.rssMiB = rssMiB(server);
  return window;
}

/**
 * A member's socket stops reading while the other member floods their conversation with FLOOD messages of 27 kB (each
 * lands on the stalled socket once per subscription); then it reads again: what reached it, and what Harbour's memory did.
 */
async function slowSubscriber(
  server: RunningServer,
  reader: Person,
  sender: Person,
): Promise<{ rssBefore: number; rssPeak: number; rssAfter: number; sent: number; floodFrames: number; closeCode: number | null; errorCode: string | null; floodMB: number; floodSeconds: number }> {
  const FLOOD = 40;
  const SUBSCRIPTIONS = 20;
  const chat = await graphql<{ createConversation: { id: string } }>(
    server.url,
    'mutation($input: CreateConversationInput!) { createConversation(input: $input) { id } }',
    { input: { kind: 'GROUP', title: '慢讀者', memberIds: [reader.id] } },
    sender.token,
  );
  const conversationId = chat.createConversation.id;
  const socket = new WebSocket(`${server.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', { perMessageDeflate: false });
  const frames: string[] = [];
  let closeCode: number | null = null;
  const closed = new Promise<void>((resolve) =>
    socket.on('close', (code) => {
      closeCode = code;
      resolve();
    }),
  );
  await new Promise<void>((resolve) => {
    socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${reader.token}` } })));
    socket.on('message', (data: Buffer) => {
      const text = data.toString('utf8');
      if (text.includes('connection_ack')) {
        for (let i = 1; i <= SUBSCRIPTIONS; i += 1) socket.send(JSON.stringify({ id: String(i), type: 'subscribe', payload: { query: LIVE, variables: {} } }));
        resolve();
      } else frames.push(text);
    });
  });
  for (let i = 0; frames.length < SUBSCRIPTIONS && i < 50; i += 1) {
    await sendMessage(server, sender, conversationId, 'probe');
    await sleep(300);
  }
  const rssBefore = rssMiB(server);
  const tcp = (socket as unknown as { _socket: import('node:net').Socket })._socket;
  tcp.pause();
  const body = '混凝土'.repeat(3000);
  let rssPeak = rssBefore;
  const floodStarted = performance.now();
  for (let i = 0; i < FLOOD; i += 1) {
    await sendMessage(server, sender, conversationId, `flood ${i} ${body}`);
    rssPeak = Math.max(rssPeak, rssMiB(server));
  }
  const floodSeconds = (performance.now() - floodStarted) / 1000;
  await sleep(500);
  rssPeak = Math.max(rssPeak, rssMiB(server));
  // Reading again within the 30 s before a closed socket is cut: what waited, then the error and the close.
  tcp.resume();
  await Promise.race([closed, sleep(10_000)]);
  for (let i = 0; i < 5; i += 1) {
    rssPeak = Math.max(rssPeak, rssMiB(server));
    await sleep(200);
  }
  const error = frames.find((f) => f.includes('"type":"error"'));
  socket.terminate();
  return {
    rssBefore,
    rssPeak,
    rssAfter: rssMiB(server),
    sent: FLOOD,
    floodFrames: frames.filter((f) => f.includes('"type":"next"') && f.includes('flood ')).length,
    closeCode,
    errorCode: error ? ((JSON.parse(error) as { payload: { extensions: { code: string } }[] }).payload[0]?.extensions.code ?? null) : null,
    floodMB: (FLOOD * SUBSCRIPTIONS * Buffer.byteLength(body)) / 1e6,
    floodSeconds,
  };
}

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted[sorted.length - 1] ?? 0 };
};

/**
 * SEND_CONCURRENCY callers send for SECONDS, each as soon as its previous send is answered, each send by a member of the
 * next group (the same senders in the same order for Harbour and for the SQL floor): the latencies of the sends that
 * succeeded, the failures, and the seconds it took.
 */
async function sendAsFastAsAnswered(groups: Group[], send: (group: Group, sender: Person, i: number) => Promise<void>): Promise<{ latencies: number[]; errors: number; seconds: number }> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const end = started + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: SEND_CONCURRENCY }, async () => {
      while (performance.now() < end) {
        const i = next++;
        const group = groups[i % groups.length];
        const sender = group.members[(i * 7919 + 3) % group.members.length];
        const t0 = performance.now();
        try {
          await send(group, sender, i);
          latencies.push(performance.now() - t0);
        } catch {
          errors += 1;
        }
      }
    }),
  );
  return { latencies, errors, seconds: (performance.now() - started) / 1000 };
}

/** Harbour's sends per second in one company (sendAsFastAsAnswered over HTTP), with the deliveries they made. */
async function sendsPerSecond(
  server: RunningServer,
  drivers: Driver[],
  groups: Group[],
  statements: StatementCounter | null,
): Promise<{
  statementsPerSend: number | null;
  rate: number;
  p50: number;
  p99: number;
  errors: number;
  delivery: ReturnType<typeof stats>;
  deliveries: number;
  expected: number;
  cpuMsPerSend: number;
}> {
  const cpu = processCpu(server.child.pid!);
  await Promise.all(drivers.map((d) => d.ask({ cmd: 'take' })));
  await Promise.all(drivers.map((d) => d.ask({ cmd: 'record', on: true })));
  await statements?.reset();
  const cpuBefore = cpu();
  const { latencies, errors, seconds } = await sendAsFastAsAnswered(groups, (group, sender, i) => sendMessage(server, sender, group.id, `${BODY} #${i}`));
  const cpuMs = cpu() - cpuBefore;
  const counted = await statements?.read();
  const expected = latencies.length * SMALL_GROUP_SIZE;
  const delivered: number[] = [];
  const deadline = Date.now() + 30_000;
  while (delivered.length < expected && Date.now() < deadline) {
    await sleep(1000);
    for (const p of await Promise.all(drivers.map((d) => d.ask<{ latencies: number[] }>({ cmd: 'take' })))) for (const latency of p.latencies) delivered.push(latency);
  }
  await Promise.all(drivers.map((d) => d.ask({ cmd: 'record', on: false })));
  const s = stats(latencies);
  return {
    statementsPerSend: counted ? counted.queries / Math.max(1, latencies.length) : null,
    rate: latencies.length / seconds,
    p50: s.p50,
    p99: s.p99,
    errors,
    delivery: stats(delivered),
    deliveries: delivered.length,
    expected,
    cpuMsPerSend: cpuMs / latencies.length,
  };
}

/**
 * The SQL floor of a send: what the database must do for one, whoever sends it — the conversation's next number under
 * its row's lock, the message, the sender's read mark and the receipts it makes, the two facts on the outbox — as five
 * prepared statements in one transaction, SEND_CONCURRENCY connections at once, the same senders and groups as measure 2,
 * for SECONDS. Run while Harbour is stopped, so the two cores are the database's and this process's alone; its facts
 * are deleted unnumbered afterwards.
 */
async function sqlFloorSends(url: string, tenantId: string, groups: Group[]): Promise<{ rate: number; p50: number; p99: number; errors: number }> {
  const pool = new pg.Pool({ connectionString: url, max: SEND_CONCURRENCY });
  const send = async (client: pg.PoolClient, conversationId: string, senderId: string, body: string) => {
    await client.query('begin');
    try {
      const { rows: numbered } = await client.query<{ last_seq: number }>({
        name: 'floor-seq',
        text: 'update conversation set last_seq = last_seq + 1, last_message_at = now(), updated_at = now() where id = $1 and tenant_id = $2 returning last_seq',
        values: [conversationId, tenantId],
      });
      const seq = numbered[0].last_seq;
      const { rows: sent } = await client.query<{ id: string }>({
        name: 'floor-message',
        text: `insert into message (id, tenant_id, conversation_id, seq, sender_id, kind, body, search_text, tracks_receipts, created_at, updated_at)
          values (gen_random_uuid(), $1, $2, $3, $4, 'TEXT', $5, $5, true, now(), now()) returning id`,
        values: [tenantId, conversationId, seq, senderId, body],
      });
      const { rows: marked } = await client.query<{ before: number }>({
        name: 'floor-read',
        text: `with old as (select id, read_seq from conversation_member where tenant_id = $1 and conversation_id = $2 and person_id = $3 and left_at is null for update)
          update conversation_member m set read_seq = $4, updated_at = now() from old where m.id = old.id and old.read_seq < $4 returning old.read_seq as before`,
        values: [tenantId, conversationId, senderId, seq],
      });
      const before = marked[0]?.before ?? seq;
      await client.query({
        name: 'floor-receipts',
        text: `insert into message_receipt (id, tenant_id, message_id, person_id, created_at, updated_at)
          select gen_random_uuid(), $1, m.id, $3, now(), now() from message m
          where m.tenant_id = $1 and m.conversation_id = $2 and m.seq > $4 and m.seq < $5 and m.tracks_receipts and m.sender_id is distinct from $3
          on conflict do nothing`,
        values: [tenantId, conversationId, senderId, before, seq],
      });
      await client.query({
        name: 'floor-outbox',
        text: `insert into outbox_event (id, tenant_id, type, subject_type, subject_id, actor_id, payload, created_at, updated_at) values
          (gen_random_uuid(), $1, 'messaging.message.sent', 'Conversation', $2, $3, $4, now(), now()),
          (gen_random_uuid(), $1, 'messaging.conversation.read', 'Conversation', $2, $3, $5, now(), now())`,
        values: [
          tenantId,
          conversationId,
          senderId,
          JSON.stringify({ conversationId, messageId: sent[0].id, seq, mentionIds: [] }),
          JSON.stringify({ conversationId, personId: senderId, readSeq: seq, senderIds: [] }),
        ],
      });
      await client.query('commit');
    } catch (error) {
      await client.query('rollback');
      throw error;
    }
  };
  const floorStarted = new Date();
  const { latencies, errors, seconds } = await sendAsFastAsAnswered(groups, async (group, sender, i) => {
    const client = await pool.connect();
    try {
      await send(client, group.id, sender.id, `${BODY} #floor ${i}`);
    } finally {
      client.release();
    }
  });
  // Nobody was told of these sends: their facts leave the outbox unnumbered, or the next Harbour would deliver them all
  // to the subscribers of measure 4 as they connect (Harbour stopped before the floor began, so they are all the floor's).
  await pool.query('delete from outbox_event where tenant_id = $1 and sequence is null and created_at >= $2', [tenantId, floorStarted]);
  await pool.end();
  const s = stats(latencies);
  return { rate: latencies.length / seconds, p50: s.p50, p99: s.p99, errors };
}

async function createGroup(server: RunningServer, members: Person[], title: string): Promise<Group> {
  const owner = members[0];
  const first = members.slice(1, 500).map((m) => m.id);
  const created = await graphql<{ createConversation: { id: string } }>(
    server.url,
    'mutation($input: CreateConversationInput!) { createConversation(input: $input) { id } }',
    { input: { kind: 'GROUP', title, memberIds: first } },
    owner.token,
  );
  const id = created.createConversation.id;
  for (let from = 500; from < members.length; from += 500) {
    await graphql(
      server.url,
      'mutation($id: ID!, $people: [ID!]!) { addConversationMembers(conversationId: $id, personIds: $people) { memberCount } }',
      { id, people: members.slice(from, from + 500).map((m) => m.id) },
      owner.token,
    );
  }
  return { id, members };
}

const PROFILE_ARGS = PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : [];

const HARBOUR_ENV = (delivery: 'direct' | 'graphql-ws') => ({
  LIVE_DELIVERY: delivery,
  HARBOUR_SEED_DEMO: 'false',
  ACCESS_TOKEN_TTL_SECONDS: '3600',
  MAX_SOCKETS: '20000',
  MAX_SOCKETS_PER_ADDRESS: '20000',
});

async function main(): Promise<void> {
  const loadAtStart = loadavg();
  const startedAt = new Date();
  const db = await startBenchDatabase();
  log(`database: ${db.description}`);
  let harbour: RunningServer | null = await startHarbour('Harbour (direct)', db.url, HARBOUR_ENV('direct'), PROFILE_ARGS);
  const report: string[] = [];
  const summary: Record<string, unknown> = {};
  let drivers: Driver[] = [];
  try {
    const signIn = async (email: string) =>
      (await graphql<{ signIn: { accessToken: string; personId: string; organizationId: string } }>(harbour!.url, SIGN_IN, { input: { email, password: DEMO_PASSWORD } })).signIn;
    const operator = await signIn('operator@harbour.example.com');
    await graphql(
      harbour.url,
      'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
      {
        input: { name: '宏基建築集團', slug: 'benchchat', emailDomains: ['benchchat.example.com'], admin: { displayName: '行政主管', email: 'admin@benchchat.example.com', password: DEMO_PASSWORD } },
      },
      operator.accessToken,
    );
    const admin = await signIn('admin@benchchat.example.com');
    const tenant = admin.organizationId;
    const pool = new pg.Pool({ connectionString: db.url, max: 1 });
    const rootId = (await pool.query('select id from department where tenant_id = $1 and parent_id is null', [tenant])).rows[0].id as string;
    await pool.end();
    const org = await generateOrg(db.url, tenant, admin.personId, rootId);
    const people: Person[] = [];
    for (const person of org.people) {
      const token = await signAccessToken(
        JWT_SECRET,
        { accountId: person.accountId, personId: person.id, tenantId: tenant, displayName: person.displayName, locale: null, isPlatformAdmin: false, sessionId: person.sessionId },
        3600,
      );
      people.push({ ...person, token });
    }
    const groupCount = Math.min(GROUPS, Math.floor(people.length / GROUP_SIZE));
    const groups: Group[] = [];
    for (let g = 0; g < groupCount; g += 1) groups.push(await createGroup(harbour, people.slice(g * GROUP_SIZE, (g + 1) * GROUP_SIZE), `地盤 ${g + 1} 全體`));
    const small = await inParallel(
      Array.from({ length: SMALL_GROUPS }, (_, g) => people.slice(g * SMALL_GROUP_SIZE, (g + 1) * SMALL_GROUP_SIZE)),
      4,
      (members, g) => createGroup(harbour!, members, `班組 ${g + 1}`),
    );
    log(`org: ${people.length} people; ${groups.length} groups of ${GROUP_SIZE}, ${small.length} of ${SMALL_GROUP_SIZE}`);

    // 1 and 2: the first 1,000-member group's members connected (one socket and subscription each).
    const groupPeople = groups[0].members;
    const runGroup = async (server: RunningServer) => {
      drivers = await connectClients(server, groupPeople, 1);
      await waitLive(server, drivers, [groups[0]], groupPeople.length);
      return measureLive(server, drivers, [groups[0]], GROUP_RATE, GROUP_SIZE);
    };
    const groupDirect = await runGroup(harbour);
    log(`1,000-member group (direct): p99 ${fmt(stats(groupDirect.delivered).p99)} ms over ${groupDirect.delivered.length} deliveries`);

    const sends = await sendsPerSecond(harbour, drivers, small, db.statements);
    log(`sends: ${fmt(sends.rate)}/s, p99 ${fmt(sends.p99)} ms, ${sends.errors} errors; deliveries p99 ${fmt(sends.delivery.p99)} ms`);

    const slow = await slowSubscriber(harbour, people[groupPeople.length + 1], people[groupPeople.length + 2]);
    log(
      `slow subscriber: ${slow.floodFrames} of ${slow.sent * 20} flood frames reached it, ${slow.errorCode}, close ${slow.closeCode}, RSS ${slow.rssBefore} → ${slow.rssPeak} → ${slow.rssAfter} MiB`,
    );
    await Promise.all(drivers.map((d) => d.exit()));
    drivers = [];
    await stopServer(harbour);
    harbour = null;
    const floor = await sqlFloorSends(db.url, tenant, small);
    log(`SQL floor of sends: ${fmt(floor.rate)}/s, p99 ${fmt(floor.p99)} ms, ${floor.errors} errors`);

    // 4: 20,000 subscriptions, direct then graphql-ws, each on a fresh process.
    const scalePeople = people.slice(0, groupCount * GROUP_SIZE);
    const runScale = async (server: RunningServer) => {
      drivers = await connectClients(server, scalePeople, SUBSCRIPTIONS_PER_SOCKET);
      await waitLive(server, drivers, groups, scalePeople.length * SUBSCRIPTIONS_PER_SOCKET);
      const window = await measureLive(server, drivers, groups, groups.length, GROUP_SIZE * SUBSCRIPTIONS_PER_SOCKET);
      await Promise.all(drivers.map((d) => d.exit()));
      drivers = [];
      return window;
    };
    harbour = await startHarbour('Harbour (direct)', db.url, HARBOUR_ENV('direct'), PROFILE_ARGS);
    const scaleDirect = await runScale(harbour);
    log(`${scalePeople.length * SUBSCRIPTIONS_PER_SOCKET} subscriptions (direct): p99 ${fmt(stats(scaleDirect.delivered).p99)} ms over ${scaleDirect.delivered.length} deliveries`);
    await stopServer(harbour);
    harbour = await startHarbour('Harbour (graphql-ws)', db.url, HARBOUR_ENV('graphql-ws'), PROFILE_ARGS);
    const scaleStock = await runScale(harbour);
    log(`${scalePeople.length * SUBSCRIPTIONS_PER_SOCKET} subscriptions (graphql-ws): p99 ${fmt(stats(scaleStock.delivered).p99)} ms over ${scaleStock.delivered.length} deliveries`);
    const groupStock = await runGroup(harbour);
    log(`1,000-member group (graphql-ws): p99 ${fmt(stats(groupStock.delivered).p99)} ms`);
    await Promise.all(drivers.map((d) => d.exit()));
    drivers = [];

    const met = (ok: boolean) => (ok ? 'met' : '**missed**');
    const row = (name: string, w: Window, expected: number) => {
      const s = stats(w.delivered);
      return `| ${name} | ${fmt(w.sent)} (${fmt(w.sendErrors)} failed) | ${fmt(w.delivered.length)} of ${fmt(expected)} | ${fmt(s.p50)} | ${fmt(s.p95)} | ${fmt(s.p99)} | ${fmt(s.max)} | ${fmt((w.cpuMs * 1000) / Math.max(1, w.delivered.length))} µs | ${fmt(stats(w.sendLatencies).p99)} ms | ${fmt(stats(w.readLatencies).p99)} ms (${fmt(w.reads)}) | ${w.rssMiB} MiB | ${fmt(w.errors)} |`;
    };
    const header = [
      '| path | messages sent | deliveries | p50 ms | p95 ms | p99 ms | max ms | Harbour CPU per delivery | send p99 | read p99 (reads) | Harbour RSS | error frames |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ];
    const gd = stats(groupDirect.delivered);
    const gs = stats(groupStock.delivered);
    const sd = stats(scaleDirect.delivered);
    const ss = stats(scaleStock.delivered);
    const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : '–');
    const scaleSubscriptions = scalePeople.length * SUBSCRIPTIONS_PER_SOCKET;
    report.push(
      `### 1. A 1,000-member group, every member connected`,
      '',
      `Group 地盤 1 全體 (1,000 members, created through the API). Each member connected with their own token: one socket, one \`messagingChanged\` subscription (${'`' + LIVE + '`'}), clients in ${DRIVERS} processes. ${GROUP_RATE} messages a second for ${SECONDS} s through \`sendMessage\` over HTTP, each by a different member, while members read the conversation (\`conversationMessages\`, 20 with senders and reactions, 10 a second). Delivery time = the client's receive time − the change's \`occurredAt\` (the outbox row's \`now()\`: when the sending transaction began, so the whole transaction, its commit, numbering and dispatch are counted; one machine, one clock). Direct first, then graphql-ws's own execution on a fresh process after measure 4.`,
      '',
      ...header,
      row('direct, shared bytes', groupDirect, groupDirect.sent * GROUP_SIZE),
      row('graphql-ws per subscriber', groupStock, groupStock.sent * GROUP_SIZE),
      '',
      `Target p99 < ${TARGETS.groupP99} ms: direct ${met(gd.p99 < TARGETS.groupP99)} (${fmt(gd.p99)} ms); graphql-ws ${met(gs.p99 < TARGETS.groupP99)} (${fmt(gs.p99)} ms). graphql-ws ÷ direct: p99 ${ratio(gs.p99, gd.p99)}×, CPU per delivery ${ratio(groupStock.cpuMs / Math.max(1, groupStock.delivered.length), groupDirect.cpuMs / Math.max(1, groupDirect.delivered.length))}×.`,
      '',
      `### 2. Sends per second in one company`,
      '',
      `${SEND_CONCURRENCY} callers over HTTP send as fast as answers come for ${SECONDS} s, each message by a member (of 20) of the next of ${SMALL_GROUPS} groups — ${SMALL_GROUPS * SMALL_GROUP_SIZE} distinct senders — while the groups' members are connected (they are the 1,000 of measure 1) and receive every message (direct delivery).`,
      '',
      '| measure | value | target |',
      '| --- | ---: | --- |',
      `| sends per second | ${fmt(sends.rate)} | ≥ ${fmt(TARGETS.sendsPerSecond)}: ${met(sends.rate >= TARGETS.sendsPerSecond)} |`,
      `| send latency p50 / p99 | ${fmt(sends.p50)} / ${fmt(sends.p99)} ms | |`,
      `| Harbour CPU per send (its deliveries included) | ${fmt(sends.cpuMsPerSend)} ms | |`,
      `| SQL statements per send (transaction control apart; the outbox's own work left out) | ${sends.statementsPerSend === null ? '–' : fmt(sends.statementsPerSend)} | |`,
      `| deliveries (of expected) | ${fmt(sends.deliveries)} of ${fmt(sends.expected)} | |`,
      `| delivery p50 / p95 / p99 | ${fmt(sends.delivery.p50)} / ${fmt(sends.delivery.p95)} / ${fmt(sends.delivery.p99)} ms | |`,
      `| failed sends | ${sends.errors} | |`,
      `| SQL floor: sends per second (p50 / p99 ms) | ${fmt(floor.rate)} (${fmt(floor.p50)} / ${fmt(floor.p99)}) | |`,
      `| Harbour ÷ SQL floor | ${ratio(sends.rate, floor.rate)}× | |`,
      '',
      `The SQL floor is what the database must do for a send, whoever sends it — the conversation's next number under its row's lock, the message, the sender's read mark and the receipts it makes, the two facts on the outbox — as five prepared statements in one transaction on ${SEND_CONCURRENCY} connections, the same senders and groups, for ${SECONDS} s, while Harbour is stopped (no sign-in, no permission check, no GraphQL, nobody delivered to: its facts are deleted unnumbered afterwards). ${floor.errors ? `${floor.errors} floor sends failed. ` : ''}`,
      '',
      `### 3. A subscriber that stops reading`,
      '',
      `A member's socket holds 20 subscriptions and stops reading (its TCP socket paused) while the 1,000 of measure 1 stay connected; the other member of their 2-person group sends 40 messages of 27 kB one after another (each lands 20 times on the stalled socket), then the client reads again. Direct delivery ends a subscription once more than 2 MB wait unsent in its socket (SUBSCRIBER_TOO_SLOW), sends the coded error behind what waits and closes the socket with 4410; ws cuts it 30 s later if it still reads nothing.`,
      '',
      '| measure | value |',
      '| --- | ---: |',
      `| flood while the socket was paused | ${slow.sent} messages in ${fmt(slow.floodSeconds)} s: ${fmt(slow.floodMB)} MB for the stalled socket if nothing stopped it |`,
      `| flood frames that reached the client (of ${slow.sent * 20}) | ${slow.floodFrames} |`,
      `| what the client read after them on resuming | error ${slow.errorCode ?? 'none'}, close code ${slow.closeCode ?? 'none'} |`,
      `| Harbour RSS before / peak / after | ${slow.rssBefore} / ${slow.rssPeak} / ${slow.rssAfter} MiB |`,
      '',
      `### 4. ${fmt(scalePeople.length * SUBSCRIPTIONS_PER_SOCKET)} subscriptions on one process, one event a second each`,
      '',
      `${groupCount} groups of 1,000 (${fmt(scalePeople.length)} people, the first of them that of measure 1); each person one socket with ${SUBSCRIPTIONS_PER_SOCKET} subscriptions of the same document, clients in ${DRIVERS} processes: ${fmt(scalePeople.length * SUBSCRIPTIONS_PER_SOCKET)} subscriptions. Why not 20,000 sockets: the open-file limit here is 20,000 per process and cannot be raised (Harbour keeps 1,024 of them for itself: MAX_SOCKETS is capped to 18,976), and the clients' processes share the machine's two cores with Harbour and PostgreSQL. Every subscription is still one delivery — one frame, one socket write — so the server's delivery work per event is that of ${fmt(scalePeople.length * SUBSCRIPTIONS_PER_SOCKET)} subscribers; what is not measured is the kernel's cost of holding that many more sockets. Each group gets one message a second (${groups.length} a second in all, each by a different member), so every subscription receives one event a second, for ${SECONDS} s, while members read (10 a second). The two paths each on a fresh Harbour process, same data and clients, direct first.`,
      '',
      ...header,
      row('direct, shared bytes', scaleDirect, scaleDirect.sent * GROUP_SIZE * SUBSCRIPTIONS_PER_SOCKET),
      row('graphql-ws per subscriber', scaleStock, scaleStock.sent * GROUP_SIZE * SUBSCRIPTIONS_PER_SOCKET),
      '',
      `Target p99 < ${TARGETS.scaleP99} ms at 20,000 subscriptions${scaleSubscriptions < 20_000 ? ` (not measured: here ${fmt(scaleSubscriptions)})` : ''}: direct ${met(scaleSubscriptions >= 20_000 && sd.p99 < TARGETS.scaleP99)} (${fmt(sd.p99)} ms); graphql-ws ${met(scaleSubscriptions >= 20_000 && ss.p99 < TARGETS.scaleP99)} (${fmt(ss.p99)} ms). graphql-ws ÷ direct: p50 ${ratio(ss.p50, sd.p50)}×, p99 ${ratio(ss.p99, sd.p99)}×, Harbour CPU per delivery ${ratio(scaleStock.cpuMs / Math.max(1, scaleStock.delivered.length), scaleDirect.cpuMs / Math.max(1, scaleDirect.delivered.length))}×.`,
      '',
      ...(groupDirect.firstErrors.length + scaleDirect.firstErrors.length + scaleStock.firstErrors.length + groupStock.firstErrors.length
        ? [
            'First error frames:',
            '',
            ...[...groupDirect.firstErrors, ...scaleDirect.firstErrors, ...scaleStock.firstErrors, ...groupStock.firstErrors].slice(0, 5).map((e) => `- \`${e.slice(0, 200)}\``),
            '',
          ]
        : []),
    );
    Object.assign(summary, {
      groupDirectP99: gd.p99,
      groupStockP99: gs.p99,
      sendsPerSecond: Math.round(sends.rate),
      sqlFloorSendsPerSecond: Math.round(floor.rate),
      slowClose: slow.closeCode,
      slowFloodFrames: slow.floodFrames,
      slowRss: [slow.rssBefore, slow.rssPeak, slow.rssAfter],
      scaleDirectP99: sd.p99,
      scaleStockP99: ss.p99,
    });
  } finally {
    await Promise.all(drivers.map((d) => d.exit().catch(() => undefined)));
    if (harbour) await stopServer(harbour);
    await db.statements?.close();
    await db.stop();
  }
  const cpu = cpus();
  writeSection(
    LABEL,
    [
      `Run ${startedAt.toISOString()} on commit ${gitDescription()} by \`npm run bench:messaging\` (bench/messaging.ts, clients bench/messaging-driver.ts).`,
      '',
      `Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB RAM; Node ${process.version}. Load average (1/5/15 min) at start ${loadAtStart.map((n) => n.toFixed(1)).join(' / ')}, at end ${loadavg()
        .map((n) => n.toFixed(1))
        .join(' / ')} — the machine is shared (other work runs on it), and the clients run on the same two cores as Harbour and PostgreSQL; compare the paths within the run.`,
      '',
      `Database: ${db.description}. Harbour in production mode (one process: API, outbox and consumers), permissions on (every change re-checked per subscriber: session, \`read Conversation\`, membership), rate limits off; abilities cached by access version as in production (no answer cache exists on this path). \`LIVE_DELIVERY=direct\` (the default) against \`LIVE_DELIVERY=graphql-ws\` (graphql-ws executing the document per subscriber and event).`,
      '',
      ...report,
    ],
    summary,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
