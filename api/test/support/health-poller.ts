import { Worker } from 'node:worker_threads';

/** One GET /healthz: when it was sent (epoch ms, sub-millisecond), how long the answer took, and whether it was 200. */
export interface HealthProbe {
  at: number;
  ms: number;
  ok: boolean;
}

/** Epoch milliseconds with sub-millisecond precision, comparable across threads. */
export const now = () => performance.timeOrigin + performance.now();

// Plain JavaScript run in a worker thread: its own event loop keeps sending on time even while the server (in the
// test's thread) is blocked, so a blocked loop shows as a slow answer — as it would to any outside client.
const POLLER = `
const { parentPort, workerData } = require('node:worker_threads');
const now = () => performance.timeOrigin + performance.now();
let running = true;
parentPort.on('message', () => { running = false; });
(async () => {
  while (running) {
    const at = now();
    let ok = false;
    try {
      const response = await fetch(workerData.url, { signal: AbortSignal.timeout(workerData.timeoutMs) });
      await response.arrayBuffer();
      ok = response.ok;
    } catch {}
    const ms = now() - at;
    parentPort.postMessage([at, ms, ok]);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, workerData.everyMs - ms)));
  }
  parentPort.postMessage('done');
})();
`;

/** A running poller: `probes` fills as answers come in (whenever this thread is free to receive them). */
export interface HealthPoller {
  probes: HealthProbe[];
  /** The worst wait of the probes that overlapped [from, to] (0 if none did; Infinity for a failed probe). */
  worstBetween: (from: number, to: number) => number;
  stop: () => Promise<HealthProbe[]>;
}

/** Polls `url` every `everyMs` from a worker thread, one probe in flight at a time, until `stop()`. */
export function startHealthPoller(url: string, everyMs: number, timeoutMs = 30_000): HealthPoller {
  const worker = new Worker(POLLER, { eval: true, workerData: { url, everyMs, timeoutMs } });
  const probes: HealthProbe[] = [];
  const done = new Promise<void>((resolve, reject) => {
    worker.on('message', (message: [number, number, boolean] | 'done') => {
      if (message === 'done') resolve();
      else probes.push({ at: message[0], ms: message[1], ok: message[2] });
    });
    worker.once('error', reject);
  });
  return {
    probes,
    worstBetween: (from, to) => Math.max(0, ...probes.filter((p) => p.at < to && p.at + p.ms > from).map((p) => (p.ok ? p.ms : Number.POSITIVE_INFINITY))),
    stop: async () => {
      worker.postMessage('stop');
      await done;
      await worker.terminate();
      return probes;
    },
  };
}
