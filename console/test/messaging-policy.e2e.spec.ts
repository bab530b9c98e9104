import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { apiQuery, baseUrl, browserTest, newPage, signIn, useHarbour } from './support/browser';

/**
 * 通訊政策: an admin turns read receipts off, sets how long messages are kept and the DING text-message delay, and
 * finds them kept after a reload; a value the API refuses is named beside its input; a page left open does not put back
 * what someone else changed meanwhile; HR reads the policy without being able to change it; staff have no menu entry
 * for it.
 */
useHarbour('messaging-policy');

const POLICY = '{ messagingPolicy { readReceipts editWindowMinutes recallWindowMinutes departmentGroups departmentGroupsIncludeSubdepartments retentionDays dingSmsAfterMinutes } }';
const policyOf = async (page: Page) => (await apiQuery(page, POLICY)).messagingPolicy;

/** The helper line under an input (its error when it has one), which MUI ties to the input by aria-describedby. */
async function helperOf(page: Page, label: RegExp): Promise<string | null> {
  const id = await page.getByLabel(label).getAttribute('aria-describedby');
  return page.locator(`[id="${id}"]`).textContent();
}

/** Signs in and opens the policy from the sidebar. */
async function openPolicy(page: Page, email: string, locale: 'zh-HK' | 'en' = 'zh-HK'): Promise<void> {
  await signIn(page, email, locale);
  await page.getByRole('menuitem', { name: locale === 'en' ? 'Messaging policy' : '通訊政策' }).click();
  await page.getByTestId('messaging-policy').waitFor();
}

describe('messaging policy', () => {
  browserTest('an admin turns read receipts off, keeps messages 30 days and changes the DING text-message delay, sees all three after a reload, then keeps them for ever again', async () => {
    const page = await newPage();
    await openPolicy(page, 'admin@wanghin.example.com');
    const receipts = page.getByLabel('發送者可查看誰已讀其訊息');
    const retention = page.getByLabel(/^訊息保存期（日）/);
    await expect.poll(() => receipts.isChecked()).toBe(true);
    expect(await retention.inputValue()).toBe('');
    const before = await policyOf(page);

    await receipts.uncheck();
    await retention.fill('30');
    const ding = page.getByLabel(/^發送短訊前等候（分鐘）/);
    expect(await ding.inputValue()).toBe(String(before.dingSmsAfterMinutes));
    const delay = before.dingSmsAfterMinutes === 5 ? 7 : 5;
    await ding.fill(String(delay));
    await page.getByRole('button', { name: '儲存' }).click();
    await page.getByText('已儲存通訊政策').waitFor();

    await page.reload();
    await page.getByTestId('messaging-policy').waitFor();
    await expect.poll(() => page.getByLabel(/^訊息保存期（日）/).inputValue()).toBe('30');
    expect(await page.getByLabel('發送者可查看誰已讀其訊息').isChecked()).toBe(false);
    expect(await page.getByLabel(/^發送短訊前等候（分鐘）/).inputValue()).toBe(String(delay));
    expect(await policyOf(page)).toEqual({ ...before, readReceipts: false, retentionDays: 30, dingSmsAfterMinutes: delay });

    // Emptied, the retention asks the API to keep messages for ever (it answers null).
    await page.getByLabel(/^訊息保存期（日）/).fill('');
    await page.getByRole('button', { name: '儲存' }).click();
    await page.getByText('已儲存通訊政策').waitFor();
    await expect.poll(async () => (await policyOf(page)).retentionDays).toBeNull();
    expect(await page.getByLabel(/^訊息保存期（日）/).inputValue()).toBe('');
    await page.context().close();
  });

  browserTest('a value the API refuses is named beside its input and nothing is saved; a fraction is refused before sending (en)', async () => {
    const page = await newPage({ locale: 'en' });
    await openPolicy(page, 'admin@wanghin.example.com', 'en');
    const before = await policyOf(page);
    const sent: string[] = [];
    page.on('request', (request) => {
      if (request.postData()?.includes('changeMessagingPolicy')) sent.push(request.postData()!);
    });

    await page.getByLabel(/^Edit window \(minutes\)/).fill('20000');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => helperOf(page, /^Edit window \(minutes\)/)).toBe('This value is not valid.');
    expect(await page.getByLabel(/^Edit window \(minutes\)/).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel(/^Recall window \(minutes\)/).getAttribute('aria-invalid')).toBe('false');
    expect(await helperOf(page, /^Recall window \(minutes\)/)).toContain('How long a sender may still recall');
    expect(sent).toHaveLength(1);
    expect(await page.getByText('Messaging policy saved').count()).toBe(0);
    expect(await policyOf(page)).toEqual(before);

    await page.getByLabel(/^Edit window \(minutes\)/).fill('1.5');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => helperOf(page, /^Edit window \(minutes\)/)).toBe('Give a whole number.');
    expect(sent).toHaveLength(1);
    expect(await policyOf(page)).toEqual(before);
    await page.context().close();
  });

  browserTest('a page left open saves only what its admin changed: a setting changed meanwhile elsewhere is not put back', async () => {
    const page = await newPage();
    await openPolicy(page, 'admin@wanghin.example.com');
    const shownEdit = await page.getByLabel(/^可編輯時限（分鐘）/).inputValue();
    // Someone else (here: the same admin through the API) changes the edit window after the page was loaded.
    const elsewhere = Number(shownEdit) === 15 ? 20 : 15;
    await apiQuery(page, 'mutation($input: ChangeMessagingPolicyInput!) { changeMessagingPolicy(input: $input) { editWindowMinutes } }', {
      input: { editWindowMinutes: elsewhere },
    });

    await page.getByLabel(/^可撤回時限（分鐘）/).fill('45');
    await page.getByRole('button', { name: '儲存' }).click();
    await page.getByText('已儲存通訊政策').waitFor();
    const after = await policyOf(page);
    expect(after.editWindowMinutes).toBe(elsewhere);
    expect(after.recallWindowMinutes).toBe(45);
    // The form now shows what the API kept, the other change included.
    await expect.poll(() => page.getByLabel(/^可編輯時限（分鐘）/).inputValue()).toBe(String(elsewhere));
    await page.context().close();
  });

  browserTest('HR reads the policy from the sidebar with every input disabled and no Save button', async () => {
    const page = await newPage();
    await openPolicy(page, 'hr@wanghin.example.com');
    const policy = await policyOf(page);
    await expect.poll(() => page.getByLabel(/^可編輯時限（分鐘）/).inputValue()).toBe(String(policy.editWindowMinutes));
    for (const label of ['發送者可查看誰已讀其訊息', /^可編輯時限（分鐘）/, /^可撤回時限（分鐘）/, /^發送短訊前等候（分鐘）/, '每個部門設群組', '包括下屬部門', /^訊息保存期（日）/]) {
      expect(await page.getByLabel(label).isDisabled(), String(label)).toBe(true);
    }
    expect(await page.getByRole('button', { name: '儲存' }).count()).toBe(0);
    expect(await page.getByTestId('policy-read-only').textContent()).toBe('你可以查看通訊政策，但不可更改。');
    await page.context().close();
  });

  browserTest('a member of staff has no menu entry, and is refused the page at its address', async () => {
    const page = await newPage();
    await signIn(page, 'site1.worker@wanghin.example.com');
    await page.getByRole('menuitem', { name: '公告' }).waitFor();
    expect(await page.getByRole('menuitem', { name: '通訊政策' }).count()).toBe(0);
    await page.goto(`${baseUrl}/console/messaging-policy`);
    await page.getByText('你沒有權限存取此頁面').waitFor();
    expect(await page.getByTestId('messaging-policy').count()).toBe(0);
    await page.context().close();
  });
});
