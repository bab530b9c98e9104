/**
 * `npm run bench:audit` — verifying a long audit log (issue #12 §5: `verifyAuditChain` took ~15 s at 200k entries, in
 * one request). Starts Harbour on a fresh database of the PostgreSQL at DATABASE_URL (default: this machine's server at
 * 127.0.0.1:5432), gives the demo company AUDIT_ENTRIES chained entries (default 200,000; written by SQL, hashed with
 * Harbour's own entryHash, so they verify), then as its admin calls `verifyAuditChain(full: true)` and again until
 * `complete`, timing each call while another client keeps asking `{ me { id } }`, and once more with nothing new
 * (the incremental call that follows an append). Writes its section of bench/RESULTS.md.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { entryHash } from '../api/src/modules/audit/audit-chain.js';
import { DEMO_PASSWORD, demoOrganizations } from '../seeds/demo-data.js';
import { graphql } from './client.js';
import { gitDescription, writeSection } from './results.js';
import { startHarbour, stopServer } from './servers.js';

const ENTRIES = Number(process.env.AUDIT_ENTRIES ?? 200_000);
const INSERT_ROWS = 1_000;
const VERIFY = 'query($full: Boolean) { verifyAuditChain(full: $full) { valid complete checkedEntries verifiedThroughSequence reasonCode } }';

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};
const ms = (n: number) => `${Math.round(n)} ms`;

/** Appends `count` entries after the company's chain head, chained and hashed as Harbour writes them. */
async function appendEntries(client: pg.Client, tenantId: string, count: number): Promise<void> {
  const { rows } = await client.query<{ sequence: string; hash: string | null }>('select sequence, hash from audit_chain_head where tenant_id = $1', [tenantId]);
  let sequence = Number(rows[0]?.sequence ?? 0);
  let previousHash = rows[0]?.hash ?? null;
  const started = Date.now() - count; // one millisecond apart, ending now
  for (let written = 0; written < count; written += INSERT_ROWS) {
    const values: unknown[] = [];
    const tuples: string[] = [];
    for (let i = 0; i < Math.min(INSERT_ROWS, count - written); i++) {
      sequence += 1;
      const content = {
        tenantId,
        sequence,
        occurredAt: new Date(started + written + i),
        actorId: null,
        actorName: 'Bench',
        action: 'org.department.renamed',
        targetType: 'Department',
        targetId: '00000000-0000-4000-8000-000000000000',
        targetLabel: `Department ${sequence}`,
        before: { name: `Department ${sequence - 1}` },
        after: { name: `Department ${sequence}` },
        ip: '127.0.0.1',
        userAgent: 'bench',
        requestId: '00000000-0000-4000-8000-000000000001',
        previousHash,
      };
      const hash = entryHash(content);
      const at = values.length;
      tuples.push(`(gen_random_uuid(), $${at + 1}, now(), now(), ${Array.from({ length: 15 }, (_, k) => `$${at + 2 + k}`).join(', ')})`);
      values.push(
        tenantId,
        sequence,
        content.occurredAt,
        content.actorId,
        content.actorName,
        content.action,
        content.targetType,
        content.targetId,
        content.targetLabel,
        JSON.stringify(content.before),
        JSON.stringify(content.after),
        content.ip,
        content.userAgent,
        content.requestId,
        previousHash,
        hash,
      );
      previousHash = hash;
    }
    await client.query(
      `insert into audit_entry (id, tenant_id, created_at, updated_at, sequence, occurred_at, actor_id, actor_name, action, target_type, target_id, target_label, before, after, ip, user_agent, request_id, previous_hash, hash) values ${tuples.join(', ')}`,
      values,
    );
  }
  await client.query('update audit_chain_head set sequence = $2, hash = $3 where tenant_id = $1', [tenantId, sequence, previousHash]);
}

async function main(): Promise<void> {
  const server = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const database = `harbour_audit_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  await admin.query(`create database ${database}`);
  const url = new URL(server);
  url.pathname = `/${database}`;
  const harbour = await startHarbour('Harbour', url.toString(), { HARBOUR_SEED_DEMO: 'true' });
  const db = new pg.Client({ connectionString: url.toString() });
  await db.connect();
  const loadAtStart = loadavg();
  try {
    const company = demoOrganizations[0];
    const token = (await graphql(harbour.url, 'mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }', { input: { email: company.admin.email, password: DEMO_PASSWORD } })).signIn
      .accessToken as string;
    const { rows } = await db.query<{ id: string }>('select id from organization where name = $1', [company.name]);
    const tenantId = rows[0].id;
    const writeStarted = performance.now();
    await appendEntries(db, tenantId, ENTRIES);
    const writeSeconds = (performance.now() - writeStarted) / 1000;
    const [{ n: total }] = (await db.query<{ n: string }>('select count(*) as n from audit_entry where tenant_id = $1', [tenantId])).rows;

    // A small query, asked over and over while verification runs: what the rest of the company feels.
    const probe = async (until: () => boolean) => {
      const latencies: number[] = [];
      while (!until()) {
        const started = performance.now();
        await graphql(harbour.url, '{ me { id } }', {}, token);
        latencies.push(performance.now() - started);
      }
      return latencies;
    };
    const idle = await (async () => {
      const stopAt = performance.now() + 3_000;
      return probe(() => performance.now() > stopAt);
    })();

    const calls: { ms: number; checked: number }[] = [];
    let done = false;
    const during = probe(() => done);
    let result: { valid: boolean; complete: boolean; checkedEntries: number; verifiedThroughSequence: number; reasonCode: string | null };
    do {
      const started = performance.now();
      result = (await graphql(harbour.url, VERIFY, { full: calls.length === 0 }, token)).verifyAuditChain;
      calls.push({ ms: performance.now() - started, checked: result.checkedEntries });
    } while (result.valid && !result.complete);
    done = true;
    const busy = await during;
    const afterAppend = performance.now();
    await appendEntries(db, tenantId, 1);
    const incremental = (await graphql(harbour.url, VERIFY, { full: false }, token)).verifyAuditChain;
    const incrementalMs = performance.now() - afterAppend;

    const totalMs = calls.reduce((sum, call) => sum + call.ms, 0);
    const cpu = cpus();
    const lines = [
      `Run ${new Date().toISOString()} on commit ${gitDescription()} by \`npm run bench:audit\`.`,
      '',
      `Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB RAM; Node ${process.version}. ` +
        `Load average (1/5/15 min) at start ${loadAtStart.map((n) => n.toFixed(1)).join(' / ')}, at end ${loadavg()
          .map((n) => n.toFixed(1))
          .join(' / ')}. PostgreSQL at ${server.host} (database ${database}, dropped afterwards); Harbour in production mode.`,
      '',
      `The demo company's log: ${Number(total).toLocaleString('en')} entries (${ENTRIES.toLocaleString('en')} written by SQL in ${writeSeconds.toFixed(1)} s, chained and hashed as Harbour writes them).`,
      '',
      '| measure | figure |',
      '| --- | ---: |',
      `| result | ${result.valid ? 'valid' : `broken (${result.reasonCode})`}, through #${result.verifiedThroughSequence} |`,
      `| calls to verify the whole log (\`full: true\`, then until \`complete\`) | ${calls.length} |`,
      `| entries per call | ${Math.max(...calls.map((call) => call.checked)).toLocaleString('en')} |`,
      `| time per call: median / slowest | ${ms(
        percentile(
          calls.map((call) => call.ms),
          50,
        ),
      )} / ${ms(Math.max(...calls.map((call) => call.ms)))} |`,
      `| time for the whole log (sum of calls) | ${(totalMs / 1000).toFixed(1)} s |`,
      `| the next call after one more entry (incremental) | ${ms(incrementalMs)}, ${incremental.checkedEntries} entry re-hashed, ${incremental.valid ? 'valid' : 'broken'} |`,
      `| \`{ me { id } }\` meanwhile: p50 / p99 (${busy.length} requests) | ${ms(percentile(busy, 50))} / ${ms(percentile(busy, 99))} |`,
      `| \`{ me { id } }\` before, idle: p50 / p99 (${idle.length} requests) | ${ms(percentile(idle, 50))} / ${ms(percentile(idle, 99))} |`,
      '',
      'Before issue #12 one request re-hashed the whole log: ~15 s at 200,000 entries (the issue\u2019s figure), and the same again on every call.',
      '',
    ];
    writeSection('Audit verification in steps (issue #12)', lines);
  } finally {
    await db.end();
    await stopServer(harbour);
    await admin.query(`drop database if exists ${database} with (force)`);
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
