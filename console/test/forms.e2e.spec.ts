import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { apiQuery, baseUrl, browserTest, newPage, signIn, useHarbour } from './support/browser';

/** Forms that say what they did: the rank picker filters as one types and keeps the ranks' order; saving names the record. */
useHarbour('forms');

const WORDS = {
  'zh-HK': { rank: /^職級/, save: '儲存', saved: (name: string) => `已更新 ${name} 的資料`, count: /已更新 1 項/ },
  en: { rank: /^Rank/, save: 'Save', saved: (name: string) => `Saved the changes to ${name}`, count: /1 element updated/i },
} as const;

/** The codes of the rank options the open picker lists. */
async function rankOptions(page: Page): Promise<string[]> {
  await page.getByRole('listbox').waitFor();
  return (await page.getByRole('option').allTextContents()).map((text) => text.split(' · ')[0]);
}

describe('forms', () => {
  for (const locale of ['zh-HK', 'en'] as const) {
    const words = WORDS[locale];

    browserTest(`the rank picker filters as one types and lists the ranks track by track; saving names the person (${locale})`, async () => {
      const page = await newPage({ locale });
      await signIn(page, 'admin@wanghin.example.com', locale);
      const data = await apiQuery(page, '{ departments(filter: { search: "財務部" }) { items { members(take: 1) { items { id displayName } } } } }');
      const person = data.departments.items[0].members.items[0];
      await page.goto(`${baseUrl}/console/people/${person.id}`);
      const rank = page.getByRole('combobox', { name: words.rank });
      await rank.click();
      await rank.fill('');
      await expect.poll(() => rankOptions(page)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8', 'M1', 'M2', 'M3', 'M4', 'M5']);
      await rank.fill('M3');
      await expect.poll(() => rankOptions(page)).toEqual(['M3']);
      await page.getByRole('option').first().click();

      await page.locator('input[name="englishName"]').fill(`Tester ${Date.now().toString(36)}`);
      await page.getByRole('button', { name: words.save }).click();
      await page.getByText(words.saved(person.displayName)).waitFor();
      expect(await page.getByText(words.count).count()).toBe(0);
      await expect.poll(async () => (await apiQuery(page, 'query($id: ID!) { person(id: $id) { rank { code } } }', { id: person.id })).person.rank?.code).toBe('M3');
      await page.context().close();
    });
  }
});
