import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it, onTestFailed } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from './chromium';
import { binDir, consoleDir, repoRoot } from './paths';

/**
 * The console in real Chromium against the real API, for the browser spec files (`*.e2e.spec.ts`): the console is built
 * once per run (see build-console.ts); each spec file that calls `useHarbour()` starts its own API on a fresh database
 * (embedded PostgreSQL, or a new database on DATABASE_URL's server), seeded with the demo company.
 */

export const chromiumPath = await findChromium();
// CI sets HARBOUR_REQUIRE_BROWSER=1: there a missing browser fails the run instead of skipping the browser tests.
if (!chromiumPath && process.env.HARBOUR_REQUIRE_BROWSER === '1') {
  throw new Error(`No Chromium for ${process.platform}-${process.arch}, and HARBOUR_REQUIRE_BROWSER=1 requires the browser tests: set CHROMIUM_PATH.`);
}
const skipped: string[] = [];

/** A browser test; without a browser it skips itself, and the notice after the run counts it. */
export function browserTest(name: string, run: () => Promise<void>, timeout?: number): void {
  it(
    name,
    async (context) => {
      if (!chromiumPath) {
        skipped.push(name);
        context.skip();
      }
      await run();
    },
    timeout,
  );
}

const artifacts = join(consoleDir, 'test', 'artifacts');
/** The demo company's password for every seeded person. */
export const PASSWORD = 'Harbour-demo-2026';

/** The languages the browser specs run in, with the words the sign-in form and the app bar use. */
export type TestLocale = 'zh-HK' | 'en';

let api: ChildProcess | undefined;
let apiLog = '';
let browser: Browser;
/** Where the API (and the console, under /console) of this spec file listens, once `useHarbour`'s set-up has run. */
export let baseUrl = '';

function freePort(): Promise<number> {
  return new Promise((ready, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? ready(address.port) : fail(new Error('no port'))));
    });
  });
}

async function waitUntilReady(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (api?.exitCode !== null) throw new Error(`The API exited early:\n${apiLog}`);
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((wait) => setTimeout(wait, 300));
  }
  throw new Error(`The API did not become ready:\n${apiLog}`);
}

function databaseEnv(name: string): Record<string, string> {
  if (!process.env.DATABASE_URL) return { HARBOUR_DATA_DIR: join(repoRoot, '.data', `console-e2e-${name}-${process.pid}`) };
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/harbour_console_e2e_${name.replace(/\W/g, '_')}_${process.pid}`;
  return { DATABASE_URL: url.toString() };
}

async function stopApi(): Promise<void> {
  if (!api || api.exitCode !== null) return;
  const exited = new Promise<void>((done) => api!.once('exit', () => done()));
  api.kill('SIGTERM');
  const timeout = setTimeout(() => api?.kill('SIGKILL'), 20_000);
  await exited;
  clearTimeout(timeout);
}

/**
 * Starts this spec file's API (and Chromium) before its tests and stops them after. `name` keeps the file's data
 * directory or database apart from the other spec files'; `env` adds settings for the API.
 */
export function useHarbour(name: string, env: Record<string, string> = {}): void {
  beforeAll(async () => {
    if (!chromiumPath) return;
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    const data = databaseEnv(name);
    api = spawn('node', ['--import', '@oxc-node/core/register', join(repoRoot, 'api', 'src', 'main.ts')], {
      cwd: join(repoRoot, 'api'),
      env: { ...process.env, PATH: `${binDir}${delimiter}${process.env.PATH ?? ''}`, ...data, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    api.stdout?.on('data', (chunk) => (apiLog += chunk));
    api.stderr?.on('data', (chunk) => (apiLog += chunk));
    await waitUntilReady(baseUrl, 150_000);
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: CHROMIUM_ARGS,
    });
  });

  afterAll(async () => {
    if (skipped.length > 0) {
      const line = '!'.repeat(100);
      console.warn(
        [
          line,
          `!! SKIPPED ${skipped.length} console browser tests: no Chromium for ${process.platform}-${process.arch}.`,
          "!! Set CHROMIUM_PATH to a Chromium or Chrome binary (or install Debian's chromium) to run them; CI requires them.",
          ...skipped.map((test) => `!!   - ${test}`),
          line,
        ].join('\n'),
      );
    }
    await browser?.close();
    await stopApi();
    const data = databaseEnv(name);
    if (data.HARBOUR_DATA_DIR) rmSync(data.HARBOUR_DATA_DIR, { recursive: true, force: true });
  });
}

/** A new page in the given language (zh-HK unless told) and viewport; a failing test leaves its screenshot in test/artifacts. */
export async function newPage(options: { locale?: TestLocale; width?: number; height?: number } = {}): Promise<Page> {
  const locale = options.locale ?? 'zh-HK';
  const context = await browser.newContext({ viewport: { width: options.width ?? 1440, height: options.height ?? 900 }, locale });
  // The console keeps its language in localStorage; set it before the first script runs.
  await context.addInitScript((chosen) => {
    if (!localStorage.getItem('harbour.locale')) localStorage.setItem('harbour.locale', chosen);
  }, locale);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  onTestFailed(async ({ task }) => {
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, `${task.name.replace(/\W+/g, '-')}-${locale}.png`), fullPage: true }).catch(() => undefined);
  });
  return page;
}

const SIGN_IN_WORDS: Record<TestLocale, { email: RegExp; password: RegExp; submit: string }> = {
  'zh-HK': { email: /^工作電郵/, password: /^密碼/, submit: '登入' },
  en: { email: /^Work email/, password: /^Password/, submit: 'Sign in' },
};

/** Signs in through the form, in the page's language, and waits for the dashboard to name the organisation. */
export async function signIn(page: Page, email: string, locale: TestLocale = 'zh-HK', organization = '宏建工程有限公司'): Promise<void> {
  const words = SIGN_IN_WORDS[locale];
  await page.goto(`${baseUrl}/console/login`);
  await page.getByLabel(words.email).fill(email);
  await page.getByLabel(words.password).fill(PASSWORD);
  await page.getByRole('button', { name: words.submit }).click();
  await expect.poll(() => page.getByTestId('organization-name').textContent(), { timeout: 15_000 }).toBe(organization);
}

/** Types into a react-admin autocomplete within `scope` and picks the option whose text starts with `option`. */
export async function pick(page: Page, scope: Locator, label: RegExp, search: string, option: string): Promise<void> {
  await scope.getByLabel(label).fill(search);
  await page
    .getByRole('option', { name: new RegExp(`^${option}`) })
    .first()
    .click();
}

/** Runs a GraphQL query in the page as its signed-in person (the console's stored session), without the console's UI. */
export async function apiQuery(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const result = await page.evaluate(
    async ([query, variables]) => {
      const session = JSON.parse(localStorage.getItem('harbour.session') ?? 'null');
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${session?.accessToken}` },
        body: JSON.stringify({ query, variables }),
      });
      return response.json();
    },
    [query, variables] as const,
  );
  expect(result.errors).toBeUndefined();
  return result.data;
}
