/**
 * The attendance bench's morning burst, in its own process (bench/attendance.ts starts it): `connections` keep-alive
 * connections share the queue of people; each takes the next person, sends their punch (a new phone punch id, a GPS fix
 * inside the site with the site's Wi-Fi in sight), then reads their own day as their phone would, until everyone has
 * punched. Prints one JSON line: counts, the burst's punches per second, and latencies of punches and reads; a GraphQL
 * error counts as an error.
 *
 *   node --import @oxc-node/core/register bench/attendance-driver.ts <config.json>
 */
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { percentile } from './stats.js';

/** One person of the burst: their token, and the punch they send. */
export interface BurstPerson {
  token: string;
  punch: Record<string, unknown>;
}

export interface BurstConfig {
  url: string;
  connections: number;
  punchQuery: string;
  readQuery: string;
  readVariables: Record<string, unknown>;
  people: BurstPerson[];
}

export interface BurstResult {
  punches: number;
  seconds: number;
  punchesPerSecond: number;
  punchP50: number;
  punchP99: number;
  readP50: number;
  readP99: number;
  errors: number;
  firstErrors: string[];
}

const agent = new Agent({ keepAlive: true, maxSockets: 1_000 });

function post(url: URL, token: string, body: string): Promise<{ ok: boolean; error?: string }> {
  return new Promise((resolve) => {
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => {
        try {
          const answer = JSON.parse(text) as { data?: unknown; errors?: unknown[] };
          resolve(answer.errors?.length || !answer.data ? { ok: false, error: text.slice(0, 300) } : { ok: true });
        } catch {
          resolve({ ok: false, error: `${res.statusCode}: ${text.slice(0, 200)}` });
        }
      });
    });
    req.on('error', (error) => resolve({ ok: false, error: error.message }));
    req.end(body);
  });
}

async function main(): Promise<void> {
  const config = JSON.parse(readFileSync(process.argv[2], 'utf8')) as BurstConfig;
  const url = new URL('/graphql', config.url);
  const punchTimes: number[] = [];
  const readTimes: number[] = [];
  const firstErrors: string[] = [];
  let errors = 0;
  let next = 0;
  const fail = (error?: string) => {
    errors += 1;
    if (firstErrors.length < 5 && error) firstErrors.push(error);
  };
  const started = performance.now();
  await Promise.all(
    Array.from({ length: config.connections }, async () => {
      while (next < config.people.length) {
        const person = config.people[next++];
        let t0 = performance.now();
        const punched = await post(url, person.token, JSON.stringify({ query: config.punchQuery, variables: { input: person.punch } }));
        punchTimes.push(performance.now() - t0);
        if (!punched.ok) fail(punched.error);
        t0 = performance.now();
        const read = await post(url, person.token, JSON.stringify({ query: config.readQuery, variables: config.readVariables }));
        readTimes.push(performance.now() - t0);
        if (!read.ok) fail(read.error);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  punchTimes.sort((a, b) => a - b);
  readTimes.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  const result: BurstResult = {
    punches: punchTimes.length,
    seconds: round(seconds),
    punchesPerSecond: round(punchTimes.length / seconds),
    punchP50: round(percentile(punchTimes, 50)),
    punchP99: round(percentile(punchTimes, 99)),
    readP50: round(percentile(readTimes, 50)),
    readP99: round(percentile(readTimes, 99)),
    errors,
    firstErrors,
  };
  console.log(JSON.stringify(result));
  agent.destroy();
}

await main();
