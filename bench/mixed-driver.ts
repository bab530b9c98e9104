/**
 * The mixed workload's load generator, in its own process (bench/mixed.ts starts it): `connections` keep-alive
 * connections, each sending one request after another, every request from a random signed-in person of the company
 * and a random kind (weighted). Prints one JSON line: overall and per-kind throughput and latency, and errors
 * (HTTP errors and GraphQL errors alike).
 *
 *   node --import @oxc-node/core/register bench/mixed-driver.ts <config.json>
 */
import { Agent, request } from 'node:http';
import { readFileSync } from 'node:fs';
import { percentile } from './stats.js';

/** A signed-in person of the mixed workload. */
export interface MixedCaller {
  token: string;
  departmentId: string;
  admin: boolean;
}

/** One kind of request of the mix, chosen with probability `weight` (admins only: only admins send it). */
export interface MixedKind {
  name: string;
  weight: number;
  adminsOnly?: boolean;
  query: string;
  /** Which variables to send: the caller's department, a search term, or none. */
  variables?: 'department' | 'search';
}

export interface MixedConfig {
  url: string;
  seconds: number;
  connections: number;
  callers: MixedCaller[];
  kinds: MixedKind[];
  searchTerms: string[];
}

export interface MixedKindResult {
  requests: number;
  errors: number;
  p50: number;
  p99: number;
}

export interface MixedResult {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  kinds: Record<string, MixedKindResult>;
}

const pick = <T>(items: T[]) => items[Math.floor(Math.random() * items.length)];

async function main(): Promise<void> {
  const config = JSON.parse(readFileSync(process.argv[2], 'utf8')) as MixedConfig;
  const url = new URL(`${config.url}/graphql`);
  const agent = new Agent({ keepAlive: true, maxSockets: config.connections });
  const admins = config.callers.filter((caller) => caller.admin);
  const totalWeight = config.kinds.reduce((sum, kind) => sum + kind.weight, 0);
  const latencies = new Map(config.kinds.map((kind) => [kind.name, [] as number[]]));
  const errors = new Map(config.kinds.map((kind) => [kind.name, 0]));

  const chooseKind = (): MixedKind => {
    let roll = Math.random() * totalWeight;
    for (const kind of config.kinds) {
      roll -= kind.weight;
      if (roll < 0) return kind;
    }
    return config.kinds[config.kinds.length - 1];
  };

  const send = (kind: MixedKind, caller: MixedCaller): Promise<boolean> => {
    const variables = kind.variables === 'department' ? { id: caller.departmentId } : kind.variables === 'search' ? { q: pick(config.searchTerms) } : {};
    const body = JSON.stringify({ query: kind.query, variables });
    return new Promise((resolve) => {
      const req = request(
        url,
        { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${caller.token}` } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            // A GraphQL error answers 200 too; an answer with errors starts with them or carries them after data.
            const text = Buffer.concat(chunks).toString();
            resolve(res.statusCode === 200 && !text.includes('"errors":'));
          });
          res.on('error', () => resolve(false));
        },
      );
      req.on('error', () => resolve(false));
      req.end(body);
    });
  };

  const deadline = Date.now() + config.seconds * 1000;
  await Promise.all(
    Array.from({ length: config.connections }, async () => {
      while (Date.now() < deadline) {
        const kind = chooseKind();
        const caller = kind.adminsOnly ? pick(admins) : pick(config.callers);
        const started = performance.now();
        const ok = await send(kind, caller);
        latencies.get(kind.name)!.push(performance.now() - started);
        if (!ok) errors.set(kind.name, errors.get(kind.name)! + 1);
      }
    }),
  );
  agent.destroy();

  const all = [...latencies.values()].flat().sort((a, b) => a - b);
  const result: MixedResult = {
    requests: all.length,
    requestsPerSecond: Math.round(all.length / config.seconds),
    p50: percentile(all, 50),
    p99: percentile(all, 99),
    errors: [...errors.values()].reduce((a, b) => a + b, 0),
    kinds: Object.fromEntries(
      config.kinds.map((kind) => {
        const sorted = latencies.get(kind.name)!.sort((a, b) => a - b);
        return [kind.name, { requests: sorted.length, errors: errors.get(kind.name)!, p50: percentile(sorted, 50), p99: percentile(sorted, 99) }];
      }),
    ),
  };
  console.log(JSON.stringify(result));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
