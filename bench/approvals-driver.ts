/**
 * The approvals bench's load generator, in its own process (bench/approvals.ts starts it): `connections` keep-alive
 * connections, each sending one request after another until the time is up. Two modes:
 * - `requests`: every request is one of `requests`, picked at random (one per distinct person: their token, or the
 *   variables that name them for PostGraphile);
 * - `flows`: each connection runs complete two-step flows — the next applicant submits, their manager approves, the
 *   head approves — each mutation as the person who may make it, and counts a flow when the request comes back APPROVED.
 * Prints one JSON line: counts, rates and latencies (per mutation kind for flows); GraphQL errors count as errors.
 *
 *   node --import @oxc-node/core/register bench/approvals-driver.ts <config.json>
 */
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { percentile } from './stats.js';

/** One request of the `requests` mode: a GraphQL body and the bearer token to send it with (none for PostGraphile). */
export interface DriverRequest {
  body: { query: string; variables: Record<string, unknown> };
  token?: string;
  headers?: Record<string, string>;
}

/** What the `flows` mode needs: the template, the applicants in the order they submit, and everyone's token. */
export interface FlowConfig {
  submit: string;
  approve: string;
  templateId: string;
  applicants: string[];
  tokens: Record<string, string>;
  /** Values of each submission; `amount` is varied per flow. */
  purpose: string;
}

export interface DriverConfig {
  url: string;
  seconds: number;
  connections: number;
  mode: 'requests' | 'flows';
  requests?: DriverRequest[];
  flows?: FlowConfig;
  /** Where in `applicants` this run starts, so that successive runs use people who have not just submitted. */
  offset?: number;
}

/** Latency of one kind of request. */
export interface KindResult {
  requests: number;
  errors: number;
  p50: number;
  p99: number;
}

export interface DriverResult {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  /** flows: completed flows, their rate, and each flow's latency (submit to the second approval). */
  flows?: number;
  flowsPerSecond?: number;
  flowP50?: number;
  flowP99?: number;
  kinds: Record<string, KindResult>;
  firstErrors: string[];
}

type Answer = { ok: boolean; data: any; error?: string };

const REQUEST_TIMEOUT_MS = 30_000;

async function main(): Promise<void> {
  const config = JSON.parse(readFileSync(process.argv[2], 'utf8')) as DriverConfig;
  const url = new URL(config.url);
  const agent = new Agent({ keepAlive: true, maxSockets: config.connections });
  const latencies = new Map<string, number[]>();
  const errors = new Map<string, number>();
  const firstErrors: string[] = [];
  const flowLatencies: number[] = [];

  const post = (kind: string, body: unknown, token?: string, extra: Record<string, string> = {}): Promise<Answer> => {
    const text = JSON.stringify(body);
    const started = performance.now();
    return new Promise<Answer>((resolve) => {
      const req = request(
        url,
        {
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...(token ? { authorization: `Bearer ${token}` } : {}), ...extra },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const raw = Buffer.concat(chunks).toString();
            if (res.statusCode !== 200 || raw.includes('"errors":')) return resolve({ ok: false, data: null, error: `${res.statusCode} ${raw.slice(0, 300)}` });
            // Only flows read the answer; a page's JSON is parsed by the server's clients, not timed here.
            resolve({ ok: true, data: config.mode === 'flows' ? JSON.parse(raw).data : null });
          });
          res.on('error', (error) => resolve({ ok: false, data: null, error: String(error) }));
        },
      );
      req.on('error', (error) => resolve({ ok: false, data: null, error: String(error) }));
      // A server that stops answering (a deadlock) shows as errors instead of a bench that never ends.
      req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy(new Error(`no answer in ${REQUEST_TIMEOUT_MS} ms`)));
      req.end(text);
    }).then((answer) => {
      if (!latencies.has(kind)) latencies.set(kind, []);
      latencies.get(kind)!.push(performance.now() - started);
      if (!answer.ok) {
        errors.set(kind, (errors.get(kind) ?? 0) + 1);
        if (firstErrors.length < 5) firstErrors.push(`${kind}: ${answer.error}`);
      }
      return answer;
    });
  };

  const deadline = Date.now() + config.seconds * 1000;
  let next = config.offset ?? 0;
  type Task = { id: string; status: string; assignee: { id: string } | null };
  const pendingOf = (tasks: Task[]) => tasks.find((t) => t.status === 'PENDING');

  const runFlow = async (): Promise<void> => {
    const flows = config.flows!;
    const applicant = flows.applicants[next++ % flows.applicants.length];
    const started = performance.now();
    const amount = String(100 + (next % 90) * 10);
    const submitted = await post(
      'submit',
      { query: flows.submit, variables: { input: { templateId: flows.templateId, values: { purpose: flows.purpose, amount: { amount } } } } },
      flows.tokens[applicant],
    );
    if (!submitted.ok) return;
    let request = submitted.data.submitApprovalRequest as { id: string; status: string; tasks: Task[] };
    for (const kind of ['approve (manager)', 'approve (head)']) {
      const task = pendingOf(request.tasks);
      if (!task?.assignee) {
        errors.set(kind, (errors.get(kind) ?? 0) + 1);
        if (firstErrors.length < 5) firstErrors.push(`${kind}: no pending task in ${JSON.stringify(request.tasks)}`);
        return;
      }
      const approved = await post(kind, { query: flows.approve, variables: { id: task.id } }, flows.tokens[task.assignee.id]);
      if (!approved.ok) return;
      request = approved.data.approveApprovalTask;
    }
    if (request.status === 'APPROVED') flowLatencies.push(performance.now() - started);
    else if (firstErrors.length < 5) firstErrors.push(`flow ended ${request.status}`);
  };

  await Promise.all(
    Array.from({ length: config.connections }, async () => {
      while (Date.now() < deadline) {
        if (config.mode === 'flows') await runFlow();
        else {
          const chosen = config.requests![Math.floor(Math.random() * config.requests!.length)];
          await post('request', chosen.body, chosen.token, chosen.headers);
        }
      }
    }),
  );
  agent.destroy();

  const all = [...latencies.values()].flat().sort((a, b) => a - b);
  flowLatencies.sort((a, b) => a - b);
  const result: DriverResult = {
    requests: all.length,
    requestsPerSecond: Math.round(all.length / config.seconds),
    p50: percentile(all, 50),
    p99: percentile(all, 99),
    errors: [...errors.values()].reduce((a, b) => a + b, 0),
    ...(config.mode === 'flows'
      ? { flows: flowLatencies.length, flowsPerSecond: Math.round((flowLatencies.length / config.seconds) * 10) / 10, flowP50: percentile(flowLatencies, 50), flowP99: percentile(flowLatencies, 99) }
      : {}),
    kinds: Object.fromEntries(
      [...latencies.entries()].map(([kind, values]) => {
        const sorted = values.sort((a, b) => a - b);
        return [kind, { requests: sorted.length, errors: errors.get(kind) ?? 0, p50: percentile(sorted, 50), p99: percentile(sorted, 99) }];
      }),
    ),
    firstErrors,
  };
  console.log(JSON.stringify(result));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
