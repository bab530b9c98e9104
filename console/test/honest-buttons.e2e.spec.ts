import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { apiQuery, baseUrl, browserTest, newPage, pick, signIn, useHarbour, type TestLocale } from './support/browser';

/**
 * The console offers only what the API will allow for each record it shows (`viewerCan`), per role: an employee, a
 * site manager and the admin, in zh-HK and in en.
 */
useHarbour('honest-buttons');

const WORDS = {
  'zh-HK': {
    departments: '部門',
    topLevel: '新增頂層部門',
    child: '新增下屬部門',
    rename: '重新命名',
    move: '移動',
    leaders: '設定主管',
    archive: '封存',
    addMembership: '加入部門',
    changeManager: '更改上司',
    removeMembership: '移出部門',
    markLeft: '標示為已離職',
    hidden: '已隱藏',
    save: '儲存',
    newParent: /^新的上級部門/,
    manager: /^上司/,
    cycle: '部門不可移到自己或其下屬部門之下。',
    selfManager: '人員不可成為自己的上司。',
    generic: '部分輸入資料無效',
  },
  en: {
    departments: 'Departments',
    topLevel: 'New top-level department',
    child: 'New sub-department',
    rename: 'Rename',
    move: 'Move',
    leaders: 'Set leaders',
    archive: 'Archive',
    addMembership: 'Add to a department',
    changeManager: 'Change manager',
    removeMembership: 'Remove from department',
    markLeft: 'Mark as left',
    hidden: 'Hidden',
    save: 'Save',
    newParent: /^New parent department/,
    manager: /^Manager/,
    cycle: 'A department cannot be moved under itself or one of its own sub-departments.',
    selfManager: 'A person cannot be their own manager.',
    generic: 'Some of the information entered is not valid',
  },
} as const;

/** The id and name of a member of a seeded department, read as the signed-in person. */
async function memberOf(page: Page, department: string): Promise<{ id: string; displayName: string }> {
  const data = await apiQuery(page, 'query($q: String) { departments(filter: { search: $q }) { items { name members(take: 5) { items { id displayName } } } } }', { q: department });
  return data.departments.items.find((d: { name: string }) => d.name === department).members.items[0];
}

const me = async (page: Page) => (await apiQuery(page, '{ me { id displayName } }')).me as { id: string; displayName: string };

/** The department buttons shown for one department of the tree. */
async function departmentButtons(page: Page, locale: TestLocale, department: string): Promise<string[]> {
  const words = WORDS[locale];
  await page.getByTestId('department-node').filter({ hasText: department }).first().click();
  const details = page.getByTestId('department-details');
  await expect.poll(() => details.getByRole('heading', { level: 2 }).first().textContent()).toBe(department);
  const names = [words.child, words.rename, words.move, words.leaders, words.archive];
  const shown: string[] = [];
  for (const name of names) if ((await details.getByRole('button', { name, exact: true }).count()) > 0) shown.push(name);
  return shown;
}

describe('buttons offered only for what will be allowed', () => {
  for (const locale of ['zh-HK', 'en'] as const) {
    const words = WORDS[locale];

    browserTest(`an employee gets a read-only view of a colleague, with protected fields hidden, and only their own contact details to edit (${locale})`, async () => {
      const page = await newPage({ locale });
      await signIn(page, 'site1.worker@wanghin.example.com', locale);
      const colleague = await memberOf(page, '財務部');

      // Opening a colleague's edit address lands on the read-only view; their phone reads as hidden, not empty.
      await page.goto(`${baseUrl}/console/people/${colleague.id}`);
      await page.waitForURL(new RegExp(`/console/people/${colleague.id}/show$`));
      await page.getByTestId('hidden-mobilePhone').waitFor();
      expect(await page.getByTestId('hidden-mobilePhone').textContent()).toContain(words.hidden);
      expect(await page.getByRole('textbox').count()).toBe(0);
      for (const name of [words.addMembership, words.changeManager, words.removeMembership, words.markLeft]) expect(await page.getByRole('button', { name }).count(), name).toBe(0);

      // Their own record: the contact details are open, the work details closed, departments and leaving not theirs to change.
      const self = await me(page);
      await page.goto(`${baseUrl}/console/people/${self.id}`);
      await page.getByTestId('memberships-panel').waitFor();
      await expect.poll(() => page.locator('input[name="mobilePhone"]').isEnabled()).toBe(true);
      expect(await page.locator('input[name="displayName"]').isDisabled()).toBe(true);
      expect(await page.locator('input[name="jobTitle"]').isDisabled()).toBe(true);
      for (const name of [words.addMembership, words.changeManager, words.removeMembership, words.markLeft]) expect(await page.getByRole('button', { name }).count(), name).toBe(0);

      // What is offered works: the phone number is saved.
      const phone = `+852 6${Date.now().toString().slice(-7)}`;
      await page.locator('input[name="mobilePhone"]').fill(phone);
      await page.getByRole('button', { name: words.save }).click();
      await expect.poll(async () => (await apiQuery(page, '{ me { mobilePhone } }')).me.mobilePhone).toBe(phone);
      await page.context().close();
    });

    browserTest(`a site manager may add under and rename their own sites, nothing at the top level or elsewhere, and sees their team read-only (${locale})`, async () => {
      const page = await newPage({ locale });
      await signIn(page, 'site1.manager@wanghin.example.com', locale);
      await page.getByRole('menuitem', { name: words.departments }).click();
      await page.getByTestId('department-node').first().waitFor();
      // The tree is loaded and its answers are in before the absence of a button means anything.
      await expect.poll(() => departmentButtons(page, locale, '地盤一組（啟德）')).toEqual([words.child, words.rename, words.leaders]);
      expect(await page.getByRole('button', { name: words.topLevel }).count()).toBe(0);
      expect(await departmentButtons(page, locale, '財務部')).toEqual([]);

      const member = await memberOf(page, '地盤一組（啟德）');
      await page.goto(`${baseUrl}/console/people/${member.id}`);
      await page.waitForURL(new RegExp(`/console/people/${member.id}/show$`));
      await page.getByTestId('memberships-panel').waitFor();
      // Their team's protected details are theirs to read.
      expect(await page.getByTestId('hidden-mobilePhone').count()).toBe(0);
      for (const name of [words.addMembership, words.changeManager, words.removeMembership, words.markLeft]) expect(await page.getByRole('button', { name }).count(), name).toBe(0);
      await page.context().close();
    });

    browserTest(`an admin is offered every action (${locale})`, async () => {
      const page = await newPage({ locale });
      await signIn(page, 'admin@wanghin.example.com', locale);
      await page.getByRole('menuitem', { name: words.departments }).click();
      await page.getByRole('button', { name: words.topLevel }).waitFor();
      await expect.poll(() => departmentButtons(page, locale, '財務部')).toEqual([words.child, words.rename, words.move, words.leaders, words.archive]);
      const member = await memberOf(page, '財務部');
      await page.goto(`${baseUrl}/console/people/${member.id}`);
      await page.getByTestId('memberships-panel').waitFor();
      await expect.poll(() => page.locator('input[name="displayName"]').isEnabled()).toBe(true);
      await page.getByRole('button', { name: words.addMembership }).waitFor();
      await page.getByRole('button', { name: words.markLeft }).waitFor();
      await page.context().close();
    });
  }
});

describe('refusals said once, in words', () => {
  for (const locale of ['zh-HK', 'en'] as const) {
    const words = WORDS[locale];

    browserTest(`a move under a department's own sub-department and a person made their own manager are each refused in one sentence (${locale})`, async () => {
      const page = await newPage({ locale });
      await signIn(page, 'admin@wanghin.example.com', locale);
      await page.getByRole('menuitem', { name: words.departments }).click();
      await page
        .getByTestId('department-node')
        .filter({ hasText: /^工程部/ })
        .click();
      const details = page.getByTestId('department-details');
      await expect.poll(() => details.getByRole('heading', { level: 2 }).first().textContent()).toBe('工程部');
      await details.getByRole('button', { name: words.move, exact: true }).click();
      const dialog = page.getByRole('dialog');
      await pick(page, dialog, words.newParent, '地盤一組', '地盤一組');
      await dialog.getByRole('button', { name: words.move, exact: true }).click();
      await expect.poll(() => dialog.getByRole('alert').textContent()).toBe(words.cycle);
      // Nowhere else in the dialog either.
      expect((await dialog.textContent())!.split(words.cycle).length - 1).toBe(1);
      await page.keyboard.press('Escape');

      const self = (await apiQuery(page, '{ me { id displayName } }')).me;
      await page.goto(`${baseUrl}/console/people/${self.id}`);
      await page.getByTestId('memberships-panel').getByRole('button', { name: words.changeManager }).first().click();
      await pick(page, dialog, words.manager, self.displayName, self.displayName);
      await dialog.getByRole('button', { name: words.save }).click();
      await expect.poll(() => dialog.textContent()).toContain(words.selfManager);
      const text = (await dialog.textContent())!;
      expect(text.split(words.selfManager).length - 1).toBe(1);
      expect(text).not.toContain(words.generic);
      await page.context().close();
    });
  }
});
