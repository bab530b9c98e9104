import { execFileSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it, onTestFailed } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from './chromium';
import { databaseNamed, startHarbour, stopHarbour } from './harbour-process';
import { consoleDir, repoRoot } from './paths';

/**
 * The console in real Chromium against the real API, for the browser spec files (`*.e2e.spec.ts`): the console is built
 * and the demo seeded once per run (see build-console.ts and seed-template.ts); each spec file that calls `useHarbour()`
 * starts its own API on its own copy of the seeded demo (a copy of the data directory of the embedded PostgreSQL, or a
 * database made from the template on DATABASE_URL's server).
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
let browser: Browser;
/** Where the API (and the console, under /console) of this spec file listens, once `useHarbour`'s set-up has run. */
export let baseUrl = '';

/**
 * Settings a spec file may give its API that change nothing of what seeding writes, so its API may start on a copy of
 * the run's seeded demo; any other setting seeds a demo of its own.
 */
const SEEDING_NEUTRAL = new Set(['AUDIT_VERIFY_ENTRIES_PER_CALL']);

function databaseEnv(name: string): Record<string, string> {
  if (!process.env.DATABASE_URL) return { HARBOUR_DATA_DIR: join(repoRoot, '.data', `console-e2e-${name}-${process.pid}`) };
  return { DATABASE_URL: databaseNamed(`harbour_console_e2e_${name.replace(/\W/g, '_')}_${process.pid}`) };
}

/** Gives this spec file's database or data directory the run's seeded demo. */
async function copyTemplate(data: Record<string, string>): Promise<void> {
  const template = inject('harbourTemplate');
  if ('dataDir' in template) {
    rmSync(data.HARBOUR_DATA_DIR, { recursive: true, force: true });
    // cp -a keeps the owner and modes PostgreSQL insists on (its files belong to the postgres user when run as root).
    execFileSync('cp', ['-a', template.dataDir, data.HARBOUR_DATA_DIR]);
    return;
  }
  const admin = new pg.Client({ connectionString: databaseNamed('postgres') });
  await admin.connect();
  try {
    const name = new URL(data.DATABASE_URL).pathname.slice(1);
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name} template ${template.database}`);
  } finally {
    await admin.end();
  }
}

/**
 * Starts this spec file's API (and Chromium) before its tests and stops them after. `name` keeps the file's data
 * directory or database apart from the other spec files'; `env` adds settings for the API (one that may change what is
 * seeded makes the API seed its own demo, which takes minutes).
 */
export function useHarbour(name: string, env: Record<string, string> = {}): void {
  const ownSeeding = Object.keys(env).some((key) => !SEEDING_NEUTRAL.has(key));
  const startTimeout = ownSeeding ? 15 * 60_000 : 150_000;
  beforeAll(async () => {
    if (!chromiumPath) return;
    const data = databaseEnv(name);
    if (!ownSeeding) await copyTemplate(data);
    const started = await startHarbour({ ...data, ...env }, startTimeout);
    api = started.child;
    baseUrl = started.url;
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: CHROMIUM_ARGS,
    });
  }, startTimeout + 30_000);

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
    await stopHarbour(api);
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
