/**
 * Summarises a V8 CPU profile (`node --cpu-prof`): where the busy time went, by package (or Harbour folder) and by
 * function, self time only (time spent in the function's own code, not in what it calls). `--cpu-prof` records the
 * whole life of the process; a window (ms after the process started) keeps start-up out of a load's profile.
 *
 *   node --import @oxc-node/core/register bench/profile.ts <file.cpuprofile> [from-ms] [to-ms]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** A part of the profile, in ms after it started. */
export interface ProfileWindow {
  fromMs: number;
  toMs: number;
}

/** Where a script belongs: an npm package, a folder of Harbour, Node's own code, or V8. */
function areaOf(node: ProfileNode): string {
  const { url, functionName } = node.callFrame;
  if (!url) return functionName.startsWith('(') ? functionName : 'V8 builtins (JSON, RegExp, …)';
  if (url.startsWith('node:')) return 'Node.js core';
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const [first, second] = url.slice(modules + '/node_modules/'.length).split('/');
    return first.startsWith('@') ? `${first}/${second}` : first;
  }
  const harbour = /\/api\/src\/((?:core|modules|app)\/[^/]+|[^/]+)/.exec(url);
  return harbour ? `harbour ${harbour[1].replace(/\.ts$/, '')}` : url.replace(/^file:\/\//, '');
}

function functionOf(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url
    .replace(/^.*\/node_modules\//, '')
    .replace(/^.*\/api\/src\//, '')
    .replace(/^file:\/\//, '');
  return file ? `${functionName || '(anonymous)'} (${file}:${lineNumber + 1})` : functionName || '(anonymous)';
}

/** Self time (µs) per key, and the busy total (everything but idle), within the window. */
function selfTimes(profile: CpuProfile, key: (node: ProfileNode) => string, window: ProfileWindow): { times: Map<string, number>; busy: number } {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const times = new Map<string, number>();
  let busy = 0;
  let at = 0;
  // timeDeltas[i] is the time from the previous sample to sample i; timeDeltas[i + 1] is the time sample i stands for.
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    const node = nodes.get(id)!;
    const micros = profile.timeDeltas[i + 1] ?? 0;
    if (at < window.fromMs * 1000 || at >= window.toMs * 1000 || node.callFrame.functionName === '(idle)') return;
    busy += micros;
    const k = key(node);
    times.set(k, (times.get(k) ?? 0) + micros);
  });
  return { times, busy };
}

const top = (times: Map<string, number>, n: number) => [...times.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
const percent = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1)} %`;

/** Markdown tables: busy time, the top areas and the top functions by self time. */
export function summariseProfile(file: string, window: ProfileWindow = { fromMs: 0, toMs: Infinity }, areas = 15, functions = 25): string[] {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byArea = selfTimes(profile, areaOf, window);
  const byFunction = selfTimes(profile, functionOf, window);
  const busy = byArea.busy;
  return [
    `CPU busy on the main thread: ${(busy / 1e6).toFixed(1)} s (idle left out; GC and I/O threads are not sampled, the collector's pauses are).`,
    '',
    '| self time by package / Harbour folder | share of busy time |',
    '| --- | ---: |',
    ...top(byArea.times, areas).map(([area, micros]) => `| ${area} | ${percent(micros, busy)} |`),
    '',
    '| self time by function | share of busy time |',
    '| --- | ---: |',
    ...top(byFunction.times, functions).map(([fn, micros]) => `| \`${fn.replace(/\|/g, '\\|')}\` | ${percent(micros, busy)} |`),
  ];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [file, from, to] = process.argv.slice(2);
  if (!file) {
    console.error('usage: bench/profile.ts <file.cpuprofile> [from-ms] [to-ms]');
    process.exit(2);
  }
  console.log(summariseProfile(file, { fromMs: Number(from ?? 0), toMs: to ? Number(to) : Infinity }).join('\n'));
}
