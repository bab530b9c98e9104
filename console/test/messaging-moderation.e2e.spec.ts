import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { apiQuery, baseUrl, browserTest, newPage, pick, signIn, useHarbour } from './support/browser';

/**
 * 對話管理 and 法律保留: an org admin lists groups and channels (never direct chats), reads a group's messages only after
 * the audit notice and removes one with a reason; names an admin of an announcement channel; places a legal hold on a
 * custodian, sees the conversations it covers, exports one and releases the hold. HR has neither screen.
 */
useHarbour('messaging-moderation');

const ADMIN = 'admin@wanghin.example.com';
const GROUP = '啟德地盤安全小組';
const CHANNEL = '工程部公告';
const KEPT = '明早八點地盤集合';
const REMOVED = '這句不應出現在群組';

interface Person {
  id: string;
  displayName: string;
}

/** Two members of a seeded department, read as the signed-in person. */
async function membersOf(page: Page, department: string): Promise<Person[]> {
  const data = await apiQuery(page, 'query($q: String) { departments(filter: { search: $q }) { items { name members(take: 5) { items { id displayName } } } } }', { q: department });
  return data.departments.items.find((d: { name: string }) => d.name === department).members.items.slice(0, 2);
}

let worker: Person;
let colleague: Person;
let directWith: string;

let prepared: Promise<void> | undefined;

/**
 * Sets up once, as the admin through the API on a page where they are signed in: a group with two messages, an
 * announcement channel, and a direct chat.
 */
function prepare(page: Page): Promise<void> {
  prepared ??= (async () => {
    [worker, colleague] = await membersOf(page, '地盤一組（啟德）');
    const create = 'mutation($input: CreateConversationInput!) { createConversation(input: $input) { id } }';
    const send = 'mutation($input: SendMessageInput!) { sendMessage(input: $input) { id } }';
    const group = (await apiQuery(page, create, { input: { kind: 'GROUP', title: GROUP, memberIds: [worker.id, colleague.id] } })).createConversation.id;
    await apiQuery(page, send, { input: { conversationId: group, body: KEPT } });
    await apiQuery(page, send, { input: { conversationId: group, body: REMOVED } });
    await apiQuery(page, create, { input: { kind: 'ANNOUNCEMENT', title: CHANNEL, memberIds: [colleague.id] } });
    directWith = (await apiQuery(page, 'mutation($id: ID!) { startDirectConversation(personId: $id) { id } }', { id: worker.id })).startDirectConversation.id;
    await apiQuery(page, send, { input: { conversationId: directWith, body: '私人訊息' } });
  })();
  return prepared;
}

/** Signs in as the admin and opens a moderated conversation from the moderation list. */
async function openConversation(page: Page, title: string): Promise<void> {
  await signIn(page, ADMIN);
  await prepare(page);
  await page.getByRole('menuitem', { name: '對話管理' }).click();
  await page.getByTestId('moderated-conversations').getByText(title, { exact: true }).click();
  await page.getByTestId('conversation-messages').waitFor();
}

describe('conversation moderation', () => {
  browserTest('an admin lists groups and channels but no direct chat, reads a group only after the audit notice, and removes a message with a reason', async () => {
    const page = await newPage();
    const reads: string[] = [];
    page.on('request', (request) => {
      if (request.postData()?.includes('moderatedMessages(')) reads.push(request.postData()!);
    });
    await signIn(page, ADMIN);
    await prepare(page);
    await page.getByRole('menuitem', { name: '對話管理' }).click();
    const list = page.getByTestId('moderated-conversations');
    await list.getByText(GROUP, { exact: true }).waitFor();
    await list.getByText(CHANNEL, { exact: true }).waitFor();
    // Every row the console shows is one the API lists; the direct chat is among none of them.
    const listed = (await apiQuery(page, '{ moderatedConversations(take: 50) { items { id kind } totalCount } }')).moderatedConversations;
    expect(listed.items.map((c: { kind: string }) => c.kind)).not.toContain('DIRECT');
    expect(listed.items.map((c: { id: string }) => c.id)).not.toContain(directWith);
    expect(await list.locator('tbody tr').count()).toBe(listed.totalCount);
    expect(await list.getByText('單對單對話').count()).toBe(0);
    await list.getByText('群組', { exact: true }).first().waitFor();

    await list.getByText(GROUP, { exact: true }).click();
    const messages = page.getByTestId('conversation-messages');
    await messages.waitFor();
    expect(await page.getByTestId('audit-notice').textContent()).toContain('查閱會記錄於審計日誌');
    // Nothing is read until the moderator asks.
    expect(await page.getByTestId('moderated-message').count()).toBe(0);
    expect(reads).toHaveLength(0);
    await messages.getByRole('button', { name: '查閱訊息' }).click();
    await expect.poll(() => page.getByTestId('moderated-message-body').allTextContents()).toEqual([REMOVED, KEPT]);
    expect(reads).toHaveLength(1);

    const target = page.getByTestId('moderated-message').filter({ hasText: REMOVED });
    await target.getByRole('button', { name: '移除' }).click();
    const dialog = page.getByRole('dialog');
    // No reason: refused before sending.
    await dialog.getByRole('button', { name: '移除' }).click();
    await expect.poll(() => dialog.getByLabel(/^原因/).getAttribute('aria-invalid')).toBe('true');
    await dialog.getByLabel(/^原因/).fill('與工作無關的內容');
    await dialog.getByRole('button', { name: '移除' }).click();
    await page.getByText('已移除訊息').waitFor();
    await expect.poll(() => page.getByTestId('moderated-message-body').allTextContents()).toEqual([KEPT]);
    // Its text is gone; in its place, when it was removed (the newest message, so first).
    await page
      .getByTestId('moderated-message')
      .first()
      .getByText(/^已於 .+ 撤回或移除$/)
      .waitFor();

    // The API agrees: the message is recalled for everyone.
    const conversationId = new URL(page.url()).pathname.split('/')[3];
    const after = (
      await apiQuery(page, 'mutation($id: ID!) { moderatedMessages(conversationId: $id) { items { body recalledAt } } }', {
        id: decodeURIComponent(conversationId),
      })
    ).moderatedMessages;
    expect(after.items.find((m: { recalledAt: string | null }) => m.recalledAt)).toBeTruthy();
    expect(after.items.map((m: { body: string | null }) => m.body)).toContain(KEPT);
    expect(after.items.map((m: { body: string | null }) => m.body)).not.toContain(REMOVED);
    await page.context().close();
  });

  browserTest('an admin names an admin of an announcement channel, who is then listed with that role', async () => {
    const page = await newPage();
    await openConversation(page, CHANNEL);
    const members = page.getByTestId('conversation-members');
    await members.getByText(colleague.displayName).waitFor();
    expect(await members.getByText(worker.displayName).count()).toBe(0);

    await members.getByRole('button', { name: '委任擁有者或管理員' }).click();
    const dialog = page.getByRole('dialog');
    await pick(page, dialog, /^人員/, worker.displayName, worker.displayName);
    await dialog.getByRole('button', { name: '設定角色' }).click();
    await page.getByText('已設定角色').waitFor();
    const row = members.locator('tbody tr').filter({ hasText: worker.displayName });
    await expect.poll(() => row.locator('td').nth(1).textContent()).toBe('管理員');

    const id = decodeURIComponent(new URL(page.url()).pathname.split('/')[3]);
    const overview = (await apiQuery(page, 'query($id: ID!) { moderatedConversation(id: $id) { kind members(take: 10) { items { person { id } role } } } }', { id })).moderatedConversation;
    expect(overview.kind).toBe('ANNOUNCEMENT');
    expect(overview.members.items).toContainEqual({ person: { id: worker.id }, role: 'ADMIN' });
    await page.context().close();
  });
});

describe('legal holds', () => {
  browserTest('an admin places a hold on a custodian, sees the conversations it covers, exports one, and releases it (en)', async () => {
    const page = await newPage({ locale: 'en' });
    await signIn(page, ADMIN, 'en');
    await prepare(page);
    await page.getByRole('menuitem', { name: 'Legal holds' }).click();
    await page.getByRole('button', { name: 'Place legal hold' }).click();
    const dialog = page.getByRole('dialog');
    await pick(page, dialog, /^Custodian/, worker.displayName, worker.displayName);
    await dialog.getByLabel(/^Reason/).fill('Case HCA 123/2026');
    await dialog.getByRole('button', { name: 'Place legal hold' }).click();
    await page.getByText('Legal hold placed').waitFor();

    const holds = page.getByTestId('legal-holds');
    const row = holds.locator('tbody tr').filter({ hasText: 'Case HCA 123/2026' });
    await row.getByText(`Custodian: ${worker.displayName}`).waitFor();
    await row.getByText('Case HCA 123/2026').click();
    const covered = page.getByTestId('held-conversations');
    // Every conversation the worker is in: the group, the channel they were made admin of, and their direct chat with
    // the admin (named by its people, having no title).
    await covered.getByText(GROUP, { exact: true }).waitFor();
    await covered.getByText(/^Direct chat: /).waitFor();
    const held = (await apiQuery(page, '{ legalHolds(active: true) { items { reason conversations { totalCount } } } }')).legalHolds.items;
    const hold = held.find((h: { reason: string }) => h.reason === 'Case HCA 123/2026');
    expect(await covered.getByTestId('held-conversation').count()).toBe(hold.conversations.totalCount);
    expect(await covered.getByText(`Covers ${hold.conversations.totalCount} conversations`).count()).toBe(1);

    const groupRow = covered.getByTestId('held-conversation').filter({ hasText: GROUP });
    const [download] = await Promise.all([page.waitForEvent('download'), groupRow.getByRole('button', { name: 'Export JSON' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);
    const text = readFileSync(await download.path(), 'utf8');
    expect(() => JSON.parse(text)).not.toThrow();
    expect(text).toContain(KEPT);
    await page.getByText(/^Exported \d+ messages? as /).waitFor();

    await row.getByRole('button', { name: 'Release' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Release' }).click();
    await page.getByText('Legal hold released').waitFor();
    // The list shows holds in force: the released one is gone, and the API lists it as released.
    await expect.poll(() => holds.locator('tbody tr').filter({ hasText: 'Case HCA 123/2026' }).count()).toBe(0);
    const released = (await apiQuery(page, '{ legalHolds(active: false) { items { reason releasedAt } } }')).legalHolds.items;
    expect(released.find((h: { reason: string }) => h.reason === 'Case HCA 123/2026')?.releasedAt).toBeTruthy();
    await page.context().close();
  });

  browserTest('HR has no moderation or legal-hold menu entry, and is refused both pages at their addresses', async () => {
    const page = await newPage();
    await signIn(page, 'hr@wanghin.example.com');
    await page.getByRole('menuitem', { name: '通訊政策' }).waitFor();
    expect(await page.getByRole('menuitem', { name: '對話管理' }).count()).toBe(0);
    expect(await page.getByRole('menuitem', { name: '法律保留' }).count()).toBe(0);
    for (const path of ['moderatedConversations', 'legalHolds']) {
      await page.goto(`${baseUrl}/console/${path}`);
      await page.getByText('你沒有權限存取此頁面').waitFor();
    }
    expect(await page.getByTestId('moderated-conversations').count()).toBe(0);
    expect(await page.getByTestId('legal-holds').count()).toBe(0);
    await page.context().close();
  });
});
