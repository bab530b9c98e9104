import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignRoleById, createCustomRole, createDepartment, createOrganization, createPerson, membershipsOf, PASSWORD, setDepartmentLeaders, type TestOrg } from '../support/factories.js';
import {
  DEFAULT_FUZZ_SEED,
  caseCount,
  caseLabel,
  fuzzCase,
  loadCommittedSchema,
  preview,
  requestBody,
  rootFields,
  schedule,
  type Caller,
  type FuzzCase,
  type IdPools,
} from '../support/fuzz-documents.js';
import { now, startHealthPoller, type HealthPoller, type HealthProbe } from '../support/health-poller.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * A bounded, deterministic fuzz run: every (root field, input kind, caller) and structural trick of the plan once, at least 2,000
 * generated documents (see fuzz-documents.ts), against a real server, as an
 * anonymous caller, an organisation admin and an employee in turn, 4 in flight. Every answer must be a GraphQL answer
 * with coded errors — never a 5xx, never INTERNAL_SERVER_ERROR — and /healthz, polled meanwhile from a worker thread,
 * must keep answering within 100 ms (a request that blocks the event loop shows up there; the documents behind each
 * slow answer are re-sent, twice if need be, to name them, and a slow answer that does not come back is listed without failing the test,
 * unless FUZZ_STRICT_HEALTH=1). All problems are collected and reported once, at the end.
 *
 * Reproduce: FUZZ_SEED=<seed> [FUZZ_COUNT=<n>] [FUZZ_ONLY=<i,j,…>] npx -w api vitest run test/e2e/fuzz.e2e.spec.ts
 * (FUZZ_ONLY prints each answer; FUZZ_LOG_LEVEL=error shows the server's logs of unexpected errors.)
 */
const SEED = Number(process.env.FUZZ_SEED ?? DEFAULT_FUZZ_SEED);
const COUNT = Number(process.env.FUZZ_COUNT ?? caseCount(loadCommittedSchema(), SEED));
const ONLY = process.env.FUZZ_ONLY ? process.env.FUZZ_ONLY.split(',').map(Number) : null;
const CONCURRENCY = 4;
const HEALTH_EVERY_MS = 50;
const HEALTH_LIMIT_MS = 100;
const REQUEST_TIMEOUT_MS = 30_000;
/**
 * At most this long re-running the documents behind slow /healthz answers, slowest first. The answers left when it is
 * spent are listed but not counted (they are the least slow; a document that blocks shows among the first checked).
 */
const ISOLATION_BUDGET_MS = 25_000;
/** Count every slow /healthz answer, also those that do not come back when their documents are re-sent. */
const STRICT_HEALTH = process.env.FUZZ_STRICT_HEALTH === '1';

/** One broken promise of the API, as seen on one answer. */
interface Violation {
  index: number;
  caller: Caller;
  field: string;
  label: string;
  problem: string;
  hostile: string[];
  sample: string;
}

/** What explains one slow /healthz answer (see the re-checks in the test). */
type Verdict = { kind: 'alone' | 'together' | 'aftermath' | 'not-reproduced'; indices: number[]; ms: number } | { kind: 'unchecked'; indices: number[] };

function verdictText(v: Verdict, described: Map<number, string>): string {
  const list = (indices: number[]) => indices.map((i) => described.get(i)).join(' | ');
  switch (v.kind) {
    case 'alone':
      return `blocked by ${list(v.indices)} (alone: ${Math.round(v.ms)} ms)`;
    case 'together':
      return `blocked by these documents together (${Math.round(v.ms)} ms again): ${list(v.indices)}`;
    case 'aftermath':
      return `queued behind ${list(v.indices)} (not counted)`;
    case 'not-reproduced':
      return `did not come back when the ${v.indices.length} documents in flight were re-sent together (worst ${Math.round(v.ms)} ms; not counted): ${list(v.indices)}`;
    default:
      return `not re-checked (time budget spent; not counted); in flight: ${list(v.indices)}`;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What is wrong with one answer (empty when it keeps the contract). */
function judge(status: number, text: string): string[] {
  let body: { data?: unknown; errors?: { message?: unknown; extensions?: { code?: unknown } }[] };
  try {
    body = JSON.parse(text);
  } catch {
    return [`${status >= 500 ? `HTTP ${status}, ` : ''}no JSON answer (HTTP ${status}): ${JSON.stringify(text.slice(0, 80))}`];
  }
  const errors = Array.isArray(body?.errors) ? body.errors : [];
  const problems: string[] = [];
  // A 5xx is one problem, named with the codes it came with.
  if (status >= 500) problems.push(`HTTP ${status}${errors.length ? ` (${[...new Set(errors.map((e) => String(e?.extensions?.code)))].join(', ')})` : ''}`);
  const hasData = body?.data !== undefined && body?.data !== null && typeof body.data === 'object';
  if (errors.length === 0 && !hasData) problems.push(`neither data nor errors (HTTP ${status})`);
  for (const error of errors) {
    const code = error?.extensions?.code;
    if (typeof code !== 'string' || code === '')
      problems.push(`error without extensions.code (HTTP ${status}): ${JSON.stringify(typeof error?.message === 'string' ? error.message.slice(0, 80) : (error?.message ?? ''))}`);
    else if (code === 'INTERNAL_SERVER_ERROR' && status < 500) problems.push(`INTERNAL_SERVER_ERROR (HTTP ${status})`);
    if (typeof error?.message !== 'string' || error.message.trim() === '') problems.push(`error without a message (code ${String(code)})`);
  }
  return [...new Set(problems)];
}

function describeCase(c: FuzzCase): string {
  const notes = c.notes.length ? ` [${c.notes.join('; ')}]` : '';
  return `#${c.index} ${c.field} ${caseLabel(c)} as ${c.caller}${notes}`;
}

function sampleOf(c: FuzzCase): string {
  const flat = c.query.replace(/\s+/g, ' ');
  const query = flat.length > 220 ? `${flat.slice(0, 220)}… (${c.query.length} chars)` : flat;
  const lines = [`e.g. #${c.index} as ${c.caller}${c.notes.length ? ` [${c.notes.join('; ')}]` : ''}`, `document:  ${query}`];
  if (Object.keys(c.variables).length) lines.push(`variables: ${preview(c.variables, 260)}`);
  if (c.operationName !== undefined) lines.push(`operationName: ${preview(c.operationName, 60)}`);
  return lines.join('\n        ');
}

/**
 * One line per (field, input kind, problem), with where the hostile values were and one sample; when the same field
 * and problem also occur with plausible values, the input is not the cause, so the kinds fold into one line.
 */
function violationReport(violations: Violation[]): string[] {
  const groups = new Map<string, Violation[]>();
  for (const v of violations) {
    const key = `${v.field}\u0000${v.problem}`;
    groups.set(key, [...(groups.get(key) ?? []), v]);
  }
  const callers = (vs: Violation[]) => [...new Set(vs.map((v) => v.caller))].sort().join('/');
  const count = (vs: Violation[]) => `${vs.length} document${vs.length > 1 ? 's' : ''} as ${callers(vs)}`;
  const where = (vs: Violation[]) => {
    const paths = [...new Set(vs.flatMap((v) => v.hostile.map((h) => h.replace(/\.\d+(?=\.|$| )/g, '[]'))))].sort();
    return paths.length ? `\n      hostile values at: ${paths.slice(0, 10).join(', ')}${paths.length > 10 ? ', …' : ''}` : '';
  };
  const lines: string[] = [];
  for (const [key, group] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const [field, problem] = key.split('\u0000');
    const byLabel = new Map<string, Violation[]>();
    for (const v of group) byLabel.set(v.label, [...(byLabel.get(v.label) ?? []), v]);
    if (byLabel.has('plausible')) {
      const kinds = [...byLabel.keys()].sort().join(', ');
      lines.push(`${field} · any input (plausible values too; seen with ${kinds}) · ${problem} · ${count(group)}\n      ${byLabel.get('plausible')![0].sample}`);
      continue;
    }
    for (const [label, vs] of [...byLabel].sort(([a], [b]) => a.localeCompare(b))) {
      lines.push(`${field} · ${label} · ${problem} · ${count(vs)}${where(vs)}\n      ${vs[0].sample}`);
    }
  }
  return lines.map((line, i) => `${String(i + 1).padStart(3)}. ${line}`);
}

describe('GraphQL fuzz: thousands of hostile documents, deterministic', () => {
  let t: TestApp;
  let org: TestOrg;
  let tokens: Record<Caller, string | null>;
  let pools: IdPools;
  let emails: Record<'admin' | 'employee', string>;

  /** The callers' own sessions can be ended by the run (signOutEverywhere): they then sign in again, once at a time. */
  let signingIn: Promise<void> | null = null;
  async function signInAgain(caller: 'admin' | 'employee'): Promise<void> {
    signingIn ??= t
      .signIn(emails[caller], PASSWORD)
      .then((client) => {
        tokens[caller] = client.accessToken;
      })
      .finally(() => {
        signingIn = null;
      });
    await signingIn;
  }

  beforeAll(async () => {
    t = await startTestApp({ env: { LOG_LEVEL: process.env.FUZZ_LOG_LEVEL ?? 'silent' } });
    org = await createOrganization(t);
    const employee = await createPerson(t, org, { name: 'Fuzz Employee' });
    tokens = { anonymous: null, admin: org.admin.accessToken, employee: employee.client!.accessToken };
    emails = { admin: org.adminEmail, employee: employee.email };

    // Harmless targets: mutations only ever get these ids (never the callers', their memberships and roles, the
    // built-in roles or the root department), so whatever the run archives, moves or reassigns, its callers keep working.
    const spareTop = await createDepartment(org, 'Fuzz spare');
    const spareChild = await createDepartment(org, 'Fuzz spare child', spareTop);
    const spare = await createPerson(t, org, { name: 'Fuzz Spare', departmentId: spareChild, signIn: false });
    const spare2 = await createPerson(t, org, { name: 'Fuzz Spare 2', departmentId: spareTop, managerId: spare.personId, signIn: false });
    await setDepartmentLeaders(org, spareTop, [spare.personId]);
    const customRole = await createCustomRole(org, 'Fuzz role', [{ action: 'read', subject: 'Department', conditions: { id: { $in: '$myDepartments' } } }]);
    const assignment = await assignRoleById(org, spare.personId, customRole, spareTop);
    const spareMemberships = [...(await membershipsOf(org, spare.personId)), ...(await membershipsOf(org, spare2.personId))].map((m) => m.id);
    const known = await org.admin.ok<{
      organization: { id: string };
      jobRanks: { id: string }[];
      roles: { id: string }[];
      departments: { items: { id: string }[] };
      people: { items: { id: string; memberships: { id: string }[]; roleAssignments: { id: string }[] }[] };
      auditEntries: { items: { id: string }[] };
    }>(`{ organization { id } jobRanks { id } roles { id } departments(take: 100, filter: { includeArchived: true }) { items { id } }
          people(take: 100) { items { id memberships { id } roleAssignments { id } } } auditEntries(take: 20) { items { id } } }`);
    const ranks = known.jobRanks.map((r) => r.id);
    pools = {
      read: {
        department: known.departments.items.map((d) => d.id),
        person: known.people.items.map((p) => p.id),
        role: known.roles.map((r) => r.id),
        rank: ranks,
        membership: known.people.items.flatMap((p) => p.memberships.map((m) => m.id)),
        assignment: known.people.items.flatMap((p) => p.roleAssignments.map((a) => a.id)),
        other: [known.organization.id, ...known.auditEntries.items.map((a) => a.id)],
      },
      write: {
        department: [spareTop, spareChild],
        person: [spare.personId, spare2.personId],
        role: [customRole],
        rank: ranks.slice(0, 3),
        membership: spareMemberships,
        assignment: [assignment],
      },
    };
  });
  afterAll(() => t?.stop());

  /** Sends one case; a connection reset is retried once (see below). */
  async function post(c: FuzzCase, body = requestBody(c)): Promise<{ status: number; text: string; retried: boolean }> {
    const token = tokens[c.caller];
    const attempt = async () => {
      const response = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': c.acceptLanguage, ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body,
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      return { status: response.status, text: await response.text() };
    };
    try {
      const answer = await attempt();
      if (answer.status === 401 && c.caller !== 'anonymous' && tokens[c.caller] === token) await signInAgain(c.caller);
      return { ...answer, retried: false };
    } catch (error) {
      // Client and server share this process: after the event loop was blocked for seconds, the server closes
      // keep-alive sockets the client is just reusing. That is the block's symptom (reported through /healthz), not
      // this document's, so one retry on a fresh connection; a timeout is not retried.
      if ((error as Error).name === 'TimeoutError') throw error;
      return { ...(await attempt()), retried: true };
    }
  }

  /**
   * Sends one case alone while `poller` (10 ms) runs: the worst /healthz wait meanwhile, and how long the case took. A
   * comment makes the text new, so Apollo's cache of parsed and validated documents cannot hide the first run's cost.
   * Twice, keeping the lesser wait: a document that blocks the event loop does so every time, while a pause of the
   * shared machine (another process on both cores, a collector) seldom strikes twice in a row.
   */
  async function alone(c: FuzzCase, poller: HealthPoller): Promise<{ healthMs: number; requestMs: number }> {
    const once = async (run: number) => {
      const again = { ...c, query: `${c.query}\n# re-run alone ${run}` };
      const body = requestBody(again);
      await sleep(15);
      const at = now();
      await post(again, body).catch(() => undefined);
      const end = now();
      await sleep(25); // the probe that waited through a block answers right after it
      return { healthMs: poller.worstBetween(at, end), requestMs: end - at };
    };
    const first = await once(1);
    if (first.healthMs <= HEALTH_LIMIT_MS) return first;
    const second = await once(2);
    return second.healthMs < first.healthMs ? second : first;
  }

  /** Sends several cases at once while `poller` runs: the worst /healthz wait meanwhile (the lesser of two runs, as `alone`). */
  async function together(cases: FuzzCase[], poller: HealthPoller): Promise<number> {
    const once = async (run: number) => {
      const requests = cases.map((c) => {
        const again = { ...c, query: `${c.query}\n# re-run together ${run}` };
        return { c: again, body: requestBody(again) };
      });
      await sleep(15);
      const at = now();
      await Promise.all(requests.map(({ c, body }) => post(c, body).catch(() => undefined)));
      const end = now();
      await sleep(25);
      return poller.worstBetween(at, end);
    };
    const first = await once(1);
    return first <= HEALTH_LIMIT_MS ? first : Math.min(first, await once(2));
  }

  /** A few ordinary requests first, so the timed run does not measure the first-call cost of cold code paths. */
  async function warmUp(): Promise<void> {
    const documents = [
      '{ me { id displayName memberships { department { name } } } }',
      '{ departments(take: 5) { totalCount items { id name parent { id } } } people(take: 5) { items { id } } }',
      '{ people(take: 5) { items { id rank { code } memberships { department { name } manager { id } } roleAssignments { role { name } } } } }',
      '{ announcements(take: 5) { items { id author { id } } } myPermissions { subject action } }',
      '{ roleAssignments { id role { name } person { id } scopeDepartment { id } } }',
      '{ managerChain(personId: "00000000-0000-4000-8000-000000000000") { id } departmentHeads(departmentId: "00000000-0000-4000-8000-000000000000", levelFromTop: 1) { id } }',
      'mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }',
      `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: me { id }`).join(' ')} }`,
      'query($x: Int!) { me { id } }',
      '{ nope }',
    ];
    for (const token of Object.values(tokens)) {
      for (const query of documents) {
        await fetch(`${t.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query, variables: { input: { name: '' } } }),
        }).then((r) => r.arrayBuffer());
      }
    }
  }

  it('answers every document with data or coded errors, never 5xx or INTERNAL_SERVER_ERROR, and keeps /healthz under 100 ms', async () => {
    const schema = loadCommittedSchema();
    const indices = ONLY ?? Array.from({ length: COUNT }, (_, i) => i);
    console.log(`fuzz: seed ${SEED} (FUZZ_SEED), ${indices.length} documents (FUZZ_COUNT${ONLY ? ', FUZZ_ONLY' : ''}), ${CONCURRENCY} in flight`);

    const violations: Violation[] = [];
    const described = new Map<number, string>();
    const spans = new Map<number, [number, number]>();
    const timeByLabel = new Map<string, number>();
    const statuses = new Map<number, number>();
    const codes = new Map<string, number>();
    const fieldsSent = new Set<string>();
    let retries = 0;
    await warmUp();
    const started = now();
    const poller = startHealthPoller(`${t.url}/healthz`, HEALTH_EVERY_MS, REQUEST_TIMEOUT_MS);

    const send = async (index: number) => {
      const c = fuzzCase(schema, pools, SEED, index);
      fieldsSent.add(c.field);
      described.set(index, describeCase(c));
      const at = now();
      let problems: string[];
      try {
        const answer = await post(c);
        if (answer.retried) retries += 1;
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        try {
          for (const e of (JSON.parse(answer.text) as { errors?: { extensions?: { code?: string } }[] }).errors ?? []) {
            const code = String(e?.extensions?.code);
            codes.set(code, (codes.get(code) ?? 0) + 1);
          }
        } catch {
          // not JSON: judged below
        }
        problems = judge(answer.status, answer.text);
        if (ONLY)
          console.log(
            `${describeCase(c)}\n  ${c.query.slice(0, 300)}\n  → HTTP ${answer.status} ${answer.text.length > 900 ? `${answer.text.slice(0, 450)} … ${answer.text.slice(-450)}` : answer.text}`,
          );
      } catch (error) {
        const cause = (error as { cause?: { code?: string; message?: string } }).cause;
        problems = [`no answer: ${(error as Error).message}${cause ? ` (${cause.code ?? cause.message})` : ''}`];
      }
      spans.set(index, [at, now()]);
      timeByLabel.set(caseLabel(c), (timeByLabel.get(caseLabel(c)) ?? 0) + now() - at);
      for (const problem of problems) violations.push({ index, caller: c.caller, field: c.field, label: caseLabel(c), problem, hostile: c.hostile, sample: sampleOf(c) });
    };

    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < indices.length) await send(indices[next++]);
      }),
    );
    const probes = await poller.stop();
    const seconds = ((now() - started) / 1000).toFixed(1);
    const slowProbes = probes.filter((p) => !p.ok || p.ms > HEALTH_LIMIT_MS).sort((a, b) => (b.ok ? b.ms : Infinity) - (a.ok ? a.ms : Infinity));
    const duration = (i: number) => spans.get(i)![1] - spans.get(i)![0];
    // The documents in flight at some moment while a probe waited.
    const during = (p: { at: number; ms: number }) => [...spans].filter(([, [from, to]]) => from < p.at + p.ms && to > p.at).map(([i]) => i);

    // Why was /healthz slow? For the slowest probes first, within a time budget: re-run the documents that were in
    // flight one at a time (only those that took long enough themselves: a document cannot block for longer than it
    // takes) until one explains the probe; else re-send them all together. A probe that does not come back that way
    // (a collector pause, the machine busy with other work) is listed but does not fail the test, unless
    // FUZZ_STRICT_HEALTH=1; one right after a known blocker is its aftermath (the queue behind it).
    const verdicts = new Map<HealthProbe, Verdict>();
    const aloneMs = new Map<number, { healthMs: number; requestMs: number }>();
    const explained = new Set<number>();
    const isolationStarted = now();
    const isolationPoller = startHealthPoller(`${t.url}/healthz`, 10);
    const caseOf = (i: number) => fuzzCase(schema, pools, SEED, i);
    for (const probe of slowProbes) {
      const inFlight = during(probe);
      if (now() - isolationStarted > ISOLATION_BUDGET_MS) {
        verdicts.set(probe, { kind: 'unchecked', indices: inFlight });
        continue;
      }
      // Enough to explain the probe: half its wait, or twice the limit for long waits.
      const enough = Math.max(HEALTH_LIMIT_MS, Math.min(probe.ms / 2, HEALTH_LIMIT_MS * 2));
      const candidates = inFlight.filter((i) => duration(i) > enough && !explained.has(i)).sort((a, b) => duration(b) - duration(a));
      for (const i of candidates) {
        if (!aloneMs.has(i)) aloneMs.set(i, await alone(caseOf(i), isolationPoller));
        if (aloneMs.get(i)!.healthMs > enough) {
          explained.add(i);
          verdicts.set(probe, { kind: 'alone', indices: [i], ms: aloneMs.get(i)!.healthMs });
          break;
        }
      }
      if (verdicts.has(probe)) continue;
      const rest = inFlight.filter((i) => !explained.has(i));
      const worst = rest.length ? await together(rest.map(caseOf), isolationPoller) : 0;
      const after = inFlight.filter((i) => explained.has(i));
      verdicts.set(
        probe,
        worst > HEALTH_LIMIT_MS
          ? { kind: 'together', indices: rest, ms: worst }
          : after.length
            ? { kind: 'aftermath', indices: after, ms: worst }
            : { kind: 'not-reproduced', indices: rest, ms: worst },
      );
    }
    await isolationPoller.stop();
    const failing = (v: Verdict) => STRICT_HEALTH || v.kind === 'alone' || v.kind === 'together';

    const slowest = [...spans].sort((a, b) => duration(b[0]) - duration(a[0])).slice(0, 5);
    console.log(
      [
        `fuzz: ${indices.length} documents in ${seconds} s (+${((now() - isolationStarted) / 1000).toFixed(1)} s re-checking ${verdicts.size} slow /healthz answers); HTTP ${[...statuses]
          .sort()
          .map(([s, n]) => `${s}×${n}`)
          .join(' ')}; ${retries} retried after a connection reset; /healthz probed ${probes.length}×, slowest ${Math.round(Math.max(0, ...probes.map((p) => p.ms)))} ms`,
        `codes: ${[...codes]
          .sort((a, b) => b[1] - a[1])
          .map(([c, n]) => `${c}×${n}`)
          .join(' ')}`,
        `request time by kind: ${[...timeByLabel]
          .sort((a, b) => b[1] - a[1])
          .map(([l, ms]) => `${l} ${(ms / 1000).toFixed(1)} s`)
          .join(', ')}`,
        `slowest requests: ${slowest.map(([i]) => `${Math.round(duration(i))} ms ${described.get(i)}`).join(' | ')}`,
      ].join('\n'),
    );

    const report: string[] = [];
    if (!ONLY && indices.length >= schedule(schema, SEED).length) {
      const missed = rootFields(schema)
        .filter((f) => !fieldsSent.has(f.name))
        .map((f) => f.name);
      if (missed.length) report.push(`Root fields never sent: ${missed.join(', ')}`);
    }
    if (violations.length) {
      const lines = violationReport(violations);
      report.push(
        `${new Set(violations.map((v) => v.index)).size} of ${indices.length} documents broke the answer contract — ${lines.length} distinct problems (field · input kind · problem):`,
        ...lines,
      );
    }
    const failingProbes = slowProbes.filter((p) => failing(verdicts.get(p)!));
    const probeLines = slowProbes
      .slice(0, 15)
      .map((p) => `  ${p.ok ? `${Math.round(p.ms)} ms` : 'no answer'} at +${((p.at - started) / 1000).toFixed(1)} s: ${verdictText(verdicts.get(p)!, described)}`);
    if (slowProbes.length > 15) probeLines.push(`  … and ${slowProbes.length - 15} more`);
    if (failingProbes.length) {
      const blockers = [...aloneMs].filter(([, m]) => m.healthMs > HEALTH_LIMIT_MS).sort((a, b) => b[1].healthMs - a[1].healthMs);
      report.push(
        `/healthz took longer than ${HEALTH_LIMIT_MS} ms ${slowProbes.length} times (of ${probes.length}), ${failingProbes.length} of them reproducibly; the worst:`,
        ...probeLines,
        ...(blockers.length
          ? [
              'Documents that block the event loop by themselves (re-run alone):',
              ...blockers.map(([i, m]) => `  /healthz waited ${Math.round(m.healthMs)} ms (the request took ${Math.round(m.requestMs)} ms): ${described.get(i)}`),
            ]
          : []),
      );
    } else if (slowProbes.length) {
      console.log([`/healthz took longer than ${HEALTH_LIMIT_MS} ms ${slowProbes.length} times, none reproducibly (not counted; FUZZ_STRICT_HEALTH=1 counts them):`, ...probeLines].join('\n'));
    }
    if (report.length) {
      const text = [`GraphQL fuzz, seed ${SEED} (rerun documents with FUZZ_SEED=${SEED} FUZZ_ONLY=<#,#>):`, ...report].join('\n');
      console.log(text);
      expect.fail(text);
    }
  }, 120_000);
});
