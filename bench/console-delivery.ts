/**
 * `npm run bench:console`: what a first visit to the console costs, split by route (as shipped) and as one bundle (the
 * same code built without splitting), side by side in one run. The console is built both ways into a temporary
 * folder; one Harbour API (migrated and seeded, as `npm start` runs it) answers GraphQL for both; each build is served
 * by its own small server in this process (the API's own console file handler, GraphQL passed through to the API).
 * Real Chromium, a fresh profile (cold cache) per visit, the two builds taking turns, on loopback and with a mobile
 * network emulated. Writes the "Console delivery" section of bench/RESULTS.md.
 */
import { createServer, request, type Server } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { consoleFiles } from '../api/src/app/console-files.js';
import { projectRoot } from '../api/src/config/config.js';
import { freePort } from '../api/src/core/database/embedded-postgres.js';
import { CHROMIUM_ARGS, findChromium } from '../console/test/support/chromium.js';
import { DEMO_PASSWORD } from '../seeds/demo-data.js';
import { startBenchDatabase } from './database.js';
import { gitDescription, writeSection } from './results.js';
import { startHarbour, stopServer } from './servers.js';
import { median } from './stats.js';

const ROUNDS = Number(process.env.BENCH_CONSOLE_ROUNDS ?? 6);
const consoleDir = join(projectRoot, 'console');

/** A network the visits run over: loopback as it is, or one emulated by Chromium (throughput in bytes per second). */
interface Network {
  name: string;
  conditions: { latency: number; downloadThroughput: number; uploadThroughput: number } | null;
}

const NETWORKS: Network[] = [
  { name: 'loopback', conditions: null },
  // A mid-range 4G connection as phones on a site get it.
  { name: 'mobile (9 Mbit/s down, 60 ms)', conditions: { latency: 60, downloadThroughput: (9 * 1024 * 1024) / 8, uploadThroughput: (3 * 1024 * 1024) / 8 } },
];

interface Build {
  name: string;
  dir: string;
  /** JavaScript the sign-in page loads (the entry and what it preloads), raw and as the Brotli copies sent. */
  firstLoad: { raw: number; brotli: number; files: number };
  chunks: number;
  url: string;
  server?: Server;
}

/** One visit: time to the sign-in form, from signing in to the dashboard, then to the people list; bytes received for each. */
interface Visit {
  formMs: number;
  formBytes: number;
  /** Received while the sign-in form is shown (the console fetching the screens' code). */
  typingBytes: number;
  dashboardMs: number;
  dashboardBytes: number;
  peopleMs: number;
  peopleBytes: number;
}

async function buildConsole(name: string, outDir: string, oneBundle: boolean): Promise<Build> {
  await build({
    root: consoleDir,
    configFile: join(consoleDir, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, ...(oneBundle ? { rolldownOptions: { output: { codeSplitting: false } } } : {}) },
  });
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="\/console\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]);
  const size = (file: string) => statSync(join(outDir, file)).size;
  const brotli = (file: string) => {
    try {
      return size(`${file}.br`);
    } catch {
      return size(file); // under 1 kB: sent as it is
    }
  };
  return {
    name,
    dir: outDir,
    firstLoad: { raw: scripts.reduce((sum, file) => sum + size(file), 0), brotli: scripts.reduce((sum, file) => sum + brotli(file), 0), files: scripts.length },
    chunks: readdirSync(join(outDir, 'assets')).filter((file) => file.endsWith('.js')).length,
    url: '',
  };
}

/** Serves one build under /console (the API's own handler: precompressed copies, cache headers) and passes /graphql on. */
async function serve(target: Build, apiUrl: string): Promise<void> {
  const app = express();
  app.use('/console', consoleFiles(target.dir));
  const api = new URL(apiUrl);
  const server = createServer((incoming, outgoing) => {
    if (!incoming.url?.startsWith('/graphql')) return void app(incoming, outgoing);
    const upstream = request({ host: api.hostname, port: api.port, method: incoming.method, path: incoming.url, headers: incoming.headers }, (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(outgoing);
    });
    upstream.on('error', () => outgoing.writeHead(502).end());
    incoming.pipe(upstream);
  });
  const port = await freePort();
  await new Promise<void>((ready) => server.listen(port, '127.0.0.1', ready));
  target.server = server;
  target.url = `http://127.0.0.1:${port}`;
}

/**
 * Runs in the page from its first script: notes the page time at which each milestone first shows, and of each click,
 * watching the DOM for changes (Playwright's own waits poll, at up to 500 ms intervals, which would blur the figures).
 */
const MILESTONES = `(() => {
  const seen = (window.__milestones = {});
  window.__clicks = [];
  const tests = {
    form: () => document.querySelector('input[type="password"]'),
    dashboard: () => document.querySelector('[data-testid="organization-name"]')?.textContent?.trim(),
    people: () => location.pathname.endsWith('/people') && document.querySelector('main table tbody tr'),
  };
  const check = () => {
    for (const [name, test] of Object.entries(tests)) if (!(name in seen) && test()) seen[name] = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
  document.addEventListener('click', () => window.__clicks.push(performance.now()), true);
})();`;

async function visit(browser: Browser, target: Build, network: Network): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-HK' });
  await context.addInitScript(MILESTONES);
  const page: Page = await context.newPage();
  page.setDefaultTimeout(60_000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (network.conditions) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network.conditions });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));
  const pageTimes = () => page.evaluate<{ milestones: Record<string, number>; clicks: number[] }>('({ milestones: window.__milestones, clicks: window.__clicks })');
  try {
    await page.goto(`${target.url}/console/`);
    await page.getByLabel(/^工作電郵/).waitFor({ state: 'visible' });

    const formBytes = bytes;
    // A person takes a few seconds to type their email and password.
    await page.waitForTimeout(3000);
    const typingBytes = bytes - formBytes;
    await page.getByLabel(/^工作電郵/).fill('admin@wanghin.example.com');
    await page.getByLabel(/^密碼/).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '登入' }).click();
    // The dashboard is shown once it names the organisation (a placeholder stands there until then).
    await page.getByTestId('organization-name').filter({ hasText: /\S/ }).waitFor();
    // As a person would: the dashboard is read for a moment before moving on (the console fetches the other screens then).
    await page.waitForTimeout(1500);
    const dashboardBytes = bytes - formBytes - typingBytes;

    await page.getByRole('menuitem', { name: '人員' }).click();
    await page.waitForURL(/\/console\/people$/);
    await page.locator('main table tbody tr').first().waitFor();
    const { milestones, clicks } = await pageTimes();
    // Page time starts with the navigation; the clicks are sign in, then 人員.
    const [signIn, people] = clicks.slice(-2);
    return {
      formMs: milestones.form,
      formBytes,
      dashboardMs: milestones.dashboard - signIn,
      dashboardBytes,
      peopleMs: milestones.people - people,
      typingBytes,
      peopleBytes: bytes - formBytes - typingBytes - dashboardBytes,
    };
  } finally {
    await context.close();
  }
}

const kB = (bytes: number) => `${Math.round(bytes / 1000).toLocaleString('en')} kB`;
const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;

async function main(): Promise<void> {
  const chromiumPath = await findChromium();
  if (!chromiumPath) throw new Error('No Chromium: set CHROMIUM_PATH');
  const work = mkdtempSync(join(tmpdir(), 'harbour-console-bench-'));
  const loadAtStart = loadavg();
  const split = await buildConsole('split by route (as shipped)', join(work, 'split'), false);
  const single = await buildConsole('one bundle', join(work, 'single'), true);
  const database = await startBenchDatabase();
  const api = await startHarbour('Harbour', database.url);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  const results = new Map<string, Visit[]>();
  try {
    await serve(split, api.url);
    await serve(single, api.url);
    // One visit each first, not counted: the API's own first requests (connections, prepared statements) warm up.
    for (const target of [split, single]) await visit(browser, target, NETWORKS[0]);
    for (const network of NETWORKS) {
      for (let round = 0; round < ROUNDS; round++) {
        // The builds take turns, and which goes first alternates, so neither always meets a busier moment.
        const order = round % 2 ? [single, split] : [split, single];
        for (const target of order) {
          const key = `${network.name}|${target.name}`;
          results.set(key, [...(results.get(key) ?? []), await visit(browser, target, network)]);
        }
      }
    }
  } finally {
    await browser.close();
    for (const target of [split, single]) target.server?.close();
    await stopServer(api);
    await database.statements?.close();
    await database.stop();
    rmSync(work, { recursive: true, force: true });
  }

  const cpu = cpus();
  const row = (network: Network, target: Build) => {
    const visits = results.get(`${network.name}|${target.name}`)!;
    const m = (pick: (visit: Visit) => number) => median(visits.map(pick));
    return `| ${network.name} | ${target.name} | ${ms(m((v) => v.formMs))} | ${kB(m((v) => v.formBytes))} | ${kB(m((v) => v.typingBytes))} | ${ms(m((v) => v.dashboardMs))} | ${kB(m((v) => v.dashboardBytes))} | ${ms(m((v) => v.peopleMs))} | ${kB(m((v) => v.peopleBytes))} |`;
  };
  const ratio = (network: Network, pick: (visit: Visit) => number) =>
    (median(results.get(`${network.name}|${single.name}`)!.map(pick)) / median(results.get(`${network.name}|${split.name}`)!.map(pick))).toFixed(2);
  writeSection('Console delivery', [
    `Run ${new Date().toISOString()} on commit ${gitDescription()} by \`npm run bench:console\` (bench/console-delivery.ts).`,
    '',
    `Machine: ${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB RAM; Node ${process.version}; Chromium from ${chromiumPath}. Load average (1/5/15 min) at start ${loadAtStart.map((n) => n.toFixed(1)).join(' / ')}, at end ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' / ')} — the machine is shared.`,
    '',
    `Set-up: the console built twice from the same code — split by route as \`npm start\` builds it, and as one bundle (rolldown's \`codeSplitting: false\`) — each served by the API's console file handler (precompressed copies, immutable hashed assets) with GraphQL passed through to one Harbour API (production mode) on ${database.description}, seeded with the demo company. Each visit: a fresh Chromium profile (cold cache, zh-HK), \`/console/\` signed out until the sign-in form shows; 3 s on the form (a person typing; the console fetches the screens' code meanwhile), then signing in as the admin (the password check is part of it) until the dashboard names the organisation; 1.5 s on the dashboard; then 人員 in the menu until the first row of the people list shows. Times are page times noted in the page as each milestone first appears in the DOM (a MutationObserver) and of each click. Bytes are what Chromium received (compressed bodies and headers), the sign-in form's counted until it shows. ${ROUNDS} visits per build and network, the builds taking turns; medians.`,
    '',
    '| build | JavaScript the sign-in page loads | as sent (Brotli) | files | chunks in the build |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...[split, single].map((target) => `| ${target.name} | ${kB(target.firstLoad.raw)} | ${kB(target.firstLoad.brotli)} | ${target.firstLoad.files} | ${target.chunks} |`),
    '',
    '| network | build | sign-in form shows | received by then | received while typing (3 s) | sign in → dashboard | received for it | dashboard → people list | received for it |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...NETWORKS.flatMap((network) => [row(network, split), row(network, single)]),
    '',
    ...NETWORKS.map(
      (network) =>
        `On ${network.name}, one bundle over split: ${ratio(network, (v) => v.formMs)}× the time to the sign-in form and ${ratio(network, (v) => v.formBytes)}× its bytes; ${ratio(network, (v) => v.dashboardMs)}× the time from signing in to the dashboard; ${ratio(network, (v) => v.peopleMs)}× from the dashboard to the people list.`,
    ),
    '',
    "Splitting moves each screen out of the first load; what remains is React, MUI and react-admin itself, which the sign-in page needs. Once the form is up and the browser idle, the console fetches the screens' code in the background (received while typing), so signing in and moving between screens do not wait for it — nor for React's reveal of a suspended screen, which comes no sooner than 300 ms after its placeholder.",
  ]);
}

await main();
