import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiQuery, baseUrl, browserTest, newPage, signIn, useHarbour, type TestLocale } from './support/browser';
import { consoleDir } from './support/paths';

useHarbour('lists');

/** The words each test looks for, in both languages the console is tested in. */
const WORDS = {
  'zh-HK': {
    moveDown: (name: string) => `將「${name}」下移`,
    headcount: (count: number) => `${count} 人`,
    heads: (names: string) => `部門主管：${names}`,
    startDate: /^入職日期/,
    name: /^姓名/,
    email: /^工作電郵/,
    department: /^部門/,
    manager: /^上司/,
    create: '儲存',
    invalidDate: '請按 DD/MM/YYYY 輸入有效日期。',
    schedule: '預定發佈',
    publishAt: /^預定發佈時間/,
    scheduledFor: (time: string) => `將於 ${time} 自動發佈。`,
    myProfile: '我的資料',
    primary: '主部門',
    head: '部門主管',
  },
  en: {
    moveDown: (name: string) => `Move ${name} down`,
    headcount: (count: number) => (count === 1 ? '1 person' : `${count} people`),
    heads: (names: string) => `Head: ${names}`,
    startDate: /^Employment start date/,
    name: /^Name/,
    email: /^Work email/,
    department: /^Department/,
    manager: /^Manager/,
    create: 'Save',
    invalidDate: 'Enter a real date as DD/MM/YYYY.',
    schedule: 'Schedule',
    publishAt: /^Publishes at/,
    scheduledFor: (time: string) => `Publishes itself at ${time}.`,
    myProfile: 'My profile',
    primary: 'Primary',
    head: 'Head',
  },
} as const;

const LOCALES: TestLocale[] = ['zh-HK', 'en'];
const ADMIN = 'admin@wanghin.example.com';
const WORKER = 'site1.worker@wanghin.example.com';

/** Names of the rows of the department tree, top to bottom. */
const treeNames = (page: Page) => page.getByTestId('department-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-name')));

async function createDepartment(page: Page, name: string, parentId: string | null): Promise<string> {
  const data = await apiQuery(page, 'mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }', { input: { name, parentId } });
  return data.createDepartment.id;
}

async function createPerson(page: Page, input: Record<string, unknown>): Promise<string> {
  const data = await apiQuery(page, 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }', { input });
  return data.createPerson.id;
}

/** Today in Hong Kong as YYYY-MM-DD. */
const hongKongToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Hong_Kong' }).format(new Date());

/**
 * Elements whose text wraps a character or two per line: narrower than three characters of their font yet taller than
 * two lines. Returns their text, so a failure names them.
 */
async function charactersPerLine(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      const ownText = [...element.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent ?? '')
        .join('')
        .trim();
      if (ownText.length < 3) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const fontSize = parseFloat(style.fontSize);
      const lineHeight = parseFloat(style.lineHeight) || fontSize * 1.5;
      if (box.width < fontSize * 3 && box.height > lineHeight * 2.2) found.push(ownText);
    }
    return found;
  });
}

describe('lists, trees, dates, phones and the dashboard', () => {
  for (const locale of LOCALES) {
    const words = WORDS[locale];
    const tag = locale === 'en' ? 'E' : 'H';

    browserTest(`[${locale}] orders the department tree by stroke count, shows headcounts and heads, and reorders by arrows and by dragging`, async () => {
      const page = await newPage({ locale });
      await signIn(page, ADMIN, locale);
      // Created out of order: the tree's order comes from the names (一 1 stroke, 二 2, 三 3), then from the positions set.
      const root = (await apiQuery(page, '{ departments(filter: { rootsOnly: true }) { items { id } } }')).departments.items[0].id;
      const parent = await createDepartment(page, `工程${tag}`, root);
      const three = `地盤三組${tag}`;
      const one = `地盤一組${tag}`;
      const two = `地盤二組${tag}`;
      await createDepartment(page, three, parent);
      const oneId = await createDepartment(page, one, parent);
      await createDepartment(page, two, parent);
      const head = await createPerson(page, { displayName: `區主管${tag}`, memberships: [{ departmentId: oneId, isPrimary: true }] });
      await apiQuery(page, 'mutation($id: ID!, $personIds: [ID!]!) { setDepartmentLeaders(id: $id, personIds: $personIds) { id } }', { id: oneId, personIds: [head] });

      await page.goto(`${baseUrl}/console/departments`);
      const siblings = async () => (await treeNames(page)).filter((name) => [one, two, three].includes(name ?? ''));
      await expect.poll(siblings).toEqual([one, two, three]);

      const row = (name: string) => page.locator(`[data-testid="department-row"][data-name="${name}"]`);
      expect(await row(one).getByTestId('department-headcount').textContent()).toBe(words.headcount(1));
      expect(await row(`工程${tag}`).getByTestId('department-headcount').textContent()).toBe(words.headcount(1));
      expect(await row(two).getByTestId('department-headcount').textContent()).toBe(words.headcount(0));
      expect(await row(one).getByTestId('department-heads').textContent()).toBe(words.heads(`區主管${tag}`));
      // The seeded company's figures agree with the API's.
      const seeded = await apiQuery(page, 'query($id: ID!) { departments(filter: { parentId: $id }, take: 100) { items { name headcount } } }', { id: root });
      for (const department of seeded.departments.items) {
        expect(await row(department.name).getByTestId('department-headcount').textContent()).toBe(words.headcount(department.headcount));
      }

      await row(one)
        .getByRole('button', { name: words.moveDown(one) })
        .click();
      await expect.poll(siblings).toEqual([two, one, three]);
      await row(three).dragTo(row(two));
      await expect.poll(siblings).toEqual([three, two, one]);
      const saved = await apiQuery(page, 'query($id: ID!) { departments(filter: { parentId: $id }) { items { name sortOrder } } }', { id: parent });
      expect(saved.departments.items).toEqual([
        { name: three, sortOrder: 1 },
        { name: two, sortOrder: 2 },
        { name: one, sortOrder: 3 },
      ]);
      const audit = await apiQuery(page, '{ auditEntries(filter: { actionPrefix: "org.department.reordered" }, take: 50) { items { targetLabel } } }');
      expect(audit.auditEntries.items.map((entry: { targetLabel: string }) => entry.targetLabel)).toContain(three);
      await page.close();
    });

    browserTest(`[${locale}] shows and takes dates as DD/MM/YYYY whatever the browser's language, and refuses a day that does not exist`, async () => {
      const page = await newPage({ locale });
      await signIn(page, ADMIN, locale);
      await page.goto(`${baseUrl}/console/people/create`);
      const main = page.locator('main');
      await main.getByLabel(words.name).fill(`日期測試${tag}`);
      await main.getByLabel(words.email).fill(`dates.${tag.toLowerCase()}.${Date.now().toString(36)}@wanghin.example.com`);
      await main.getByLabel(words.department).first().fill('財務部');
      await page
        .getByRole('option', { name: /^財務部/ })
        .first()
        .click();
      const start = main.getByLabel(words.startDate);
      expect(await start.getAttribute('placeholder')).toBe('DD/MM/YYYY');
      await start.fill('31/02/2024');
      await page.getByRole('button', { name: words.create }).first().click();
      await expect.poll(() => main.textContent()).toContain(words.invalidDate);
      expect(page.url()).toMatch(/\/people\/create$/);
      await start.fill('15/08/2024');
      await page.getByRole('button', { name: words.create }).first().click();
      await page.waitForURL(/\/console\/people\/[0-9a-f-]{36}$/);
      const id = page.url().split('/').pop()!;
      const saved = await apiQuery(page, 'query($id: ID!) { person(id: $id) { employmentStartDate } }', { id });
      expect(saved.person.employmentStartDate).toBe('2024-08-15');
      await expect.poll(() => page.locator('main').getByLabel(words.startDate).inputValue()).toBe('15/08/2024');

      // The audit log shows when, in the same format (the export keeps ISO 8601).
      await page.goto(`${baseUrl}/console/audit`);
      await expect.poll(() => page.locator('main tbody tr').first().textContent()).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
      await page.close();
    });

    browserTest(`[${locale}] takes the time an announcement publishes itself as DD/MM/YYYY HH:mm, not in the browser's format`, async () => {
      const page = await newPage({ locale });
      await signIn(page, ADMIN, locale);
      const created = await apiQuery(page, 'mutation($input: CreateAnnouncementInput!) { createAnnouncement(input: $input) { id } }', {
        input: { title: `日期公告${tag}`, body: '內容' },
      });
      const id = created.createAnnouncement.id;
      await page.goto(`${baseUrl}/console/announcements/${id}/show`);
      await page.getByRole('button', { name: words.schedule }).click();
      const dialog = page.getByRole('dialog');
      const input = dialog.getByLabel(words.publishAt);
      expect(await input.inputValue()).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
      await input.fill('15/01/2030 09:30');
      await dialog.getByRole('button', { name: words.schedule }).click();
      // The browser's own clock says which instant 09:30 is.
      const expected = await page.evaluate(() => new Date(2030, 0, 15, 9, 30).toISOString());
      await expect
        .poll(async () => (await apiQuery(page, 'query($id: ID!) { announcement(id: $id) { status publishAt } }', { id })).announcement)
        .toEqual({ status: 'SCHEDULED', publishAt: expected });
      await expect.poll(() => page.locator('main').textContent()).toContain(words.scheduledFor('15/01/2030 09:30'));
      await page.close();
    });

    browserTest(`[${locale}] person pickers show each person's title and department, so namesakes can be told apart`, async () => {
      const page = await newPage({ locale });
      await signIn(page, ADMIN, locale);
      const departments = await apiQuery(page, '{ departments(take: 100) { items { id name } } }');
      const id = (name: string) => departments.departments.items.find((d: { name: string }) => d.name === name).id;
      const suffix = `${tag}${Date.now().toString(36)}`;
      await createPerson(page, { displayName: `何浩然${suffix}`, jobTitle: '安全主任', memberships: [{ departmentId: id('安全部'), isPrimary: true }] });
      await createPerson(page, { displayName: `李浩然${suffix}`, jobTitle: '會計文員', memberships: [{ departmentId: id('財務部'), isPrimary: true }] });

      await page.goto(`${baseUrl}/console/people/create`);
      await page.locator('main').getByLabel(words.manager).fill(`浩然${suffix}`);
      const options = page.getByTestId('person-option');
      await expect.poll(() => options.allTextContents()).toEqual([`何浩然${suffix}安全主任 · 安全部`, `李浩然${suffix}會計文員 · 財務部`]);
      await options.first().click();
      expect(await page.locator('main').getByLabel(words.manager).inputValue()).toBe(`何浩然${suffix}`);
      await page.close();
    });

    browserTest(`[${locale}] works on a 390 px phone: people as cards, the language switch on one line, no text a character per line`, async () => {
      const page = await newPage({ locale, width: 390, height: 844 });
      await signIn(page, ADMIN, locale);
      const switcher = page.getByTestId('language-switcher').getByRole('button');
      const box = (await switcher.boundingBox())!;
      expect(box.height).toBeLessThanOrEqual(40);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      expect(await charactersPerLine(page)).toEqual([]);

      await page.goto(`${baseUrl}/console/people`);
      // Each card opens the person (the edit form or the read-only view, as the API allows): a button in a list item.
      const cards = page.locator('main ul > li');
      await expect.poll(() => cards.count()).toBeGreaterThan(5);
      expect(await page.locator('main table').count()).toBe(0);
      // The list fits the screen: nothing scrolls sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await charactersPerLine(page)).toEqual([]);

      await page.goto(`${baseUrl}/console/departments`);
      await page.getByTestId('department-row').first().waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await charactersPerLine(page)).toEqual([]);
      await page.close();
    });

    browserTest(`[${locale}] shows an employee their own profile and team on the dashboard, and charts of headcount and of joiners and leavers`, async () => {
      const admin = await newPage({ locale });
      await signIn(admin, ADMIN, locale);
      const finance = (await apiQuery(admin, '{ departments(filter: { search: "財務部" }) { items { id } } }')).departments.items[0].id;
      await createPerson(admin, { displayName: `新同事${tag}`, employmentStartDate: hongKongToday(), memberships: [{ departmentId: finance, isPrimary: true }] });
      await admin.close();

      const page = await newPage({ locale, width: 390, height: 844 });
      await signIn(page, WORKER, locale);
      const { me } = await apiQuery(page, '{ me { displayName memberships { isPrimary department { name } } } }');
      const profile = page.getByTestId('my-profile');
      await expect.poll(() => profile.textContent()).toContain(me.displayName);
      expect(await profile.textContent()).toContain(words.myProfile);
      expect(await profile.textContent()).toContain(me.memberships[0].department.name);
      const team = page.getByTestId('my-team');
      await expect.poll(() => team.locator('li').count()).toBeGreaterThan(3);

      // The demo company's tree has one department at the top: the chart compares the departments under it.
      const roots = await apiQuery(page, '{ departments(filter: { rootsOnly: true }, take: 100) { items { name headcount children { name headcount } } } }');
      expect(roots.departments.items).toHaveLength(1);
      const expected = roots.departments.items[0].children;
      const bars = page.getByTestId('headcount-bar');
      await expect.poll(() => bars.count()).toBe(expected.length);
      const shown = await bars.evaluateAll((all) => all.map((bar) => ({ name: bar.getAttribute('data-name'), headcount: Number(bar.getAttribute('data-value')) })));
      expect(shown).toEqual(expected);
      const months = page.getByTestId('workforce-month');
      expect(await months.count()).toBe(12);
      expect(Number(await months.last().getAttribute('data-joiners'))).toBeGreaterThanOrEqual(1);
      expect(await months.last().getAttribute('data-month')).toBe(hongKongToday().slice(0, 7));
      expect(Number(await months.last().getAttribute('data-headcount'))).toBe((await apiQuery(page, '{ people(take: 1) { totalCount } }')).people.totalCount);
      expect(await charactersPerLine(page)).toEqual([]);
      await page.close();
    });
  }

  it('loads the charts in a chunk of their own, not with the first page', () => {
    const dist = join(consoleDir, 'dist');
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const entries = [...html.matchAll(/src="[^"]*\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]);
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(readFileSync(join(dist, entry), 'utf8')).not.toContain('workforce-chart');
    const chunks = readdirSync(join(dist, 'assets')).filter((file) => file.endsWith('.js'));
    expect(chunks.some((file) => readFileSync(join(dist, 'assets', file), 'utf8').includes('workforce-chart'))).toBe(true);
  });
});
