import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { apiQuery, baseUrl, browserTest, newPage, PASSWORD, pick, signIn, useHarbour, type TestLocale } from './support/browser';

useHarbour('audit');

const ADMIN = 'admin@wanghin.example.com';

/** Words of the audit screen in each language the spec runs in. */
const WORDS: Record<TestLocale, { department: RegExp; action: RegExp; person: RegExp; moved: string; eventCode: string }> = {
  'zh-HK': { department: /^部門/, action: /^操作/, person: /^執行者/, moved: '移動部門', eventCode: '事件代碼' },
  en: { department: /^Department/, action: /^Action/, person: /^By/, moved: 'Department moved', eventCode: 'Event code' },
};

/**
 * Through the API as the signed-in admin: two new departments, the first moved into the second, then the second
 * renamed — so the move's sentence must name it as it is called now, not as the entry recorded it.
 */
async function moveAndRename(page: Page, suffix: string, names: { moved: string; before: string; after: string }): Promise<{ moved: string; into: string }> {
  const { departments } = await apiQuery(page, '{ departments(filter: { rootsOnly: true }) { items { id } } }');
  const root = departments.items[0].id;
  const create = async (name: string) =>
    (await apiQuery(page, 'mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }', { input: { name: `${name} ${suffix}`, parentId: root } })).createDepartment
      .id as string;
  const moved = await create(names.moved);
  const into = await create(names.before);
  await apiQuery(page, 'mutation($id: ID!, $to: ID) { moveDepartment(id: $id, newParentId: $to) { id } }', { id: moved, to: into });
  await apiQuery(page, 'mutation($id: ID!, $name: String!) { renameDepartment(id: $id, name: $name) { id } }', { id: into, name: `${names.after} ${suffix}` });
  return { moved, into };
}

const sentences = (page: Page) => page.getByTestId('audit-sentence').locator('p').allTextContents();

describe('audit log as sentences', () => {
  browserTest('reads entries as sentences with the names of now, filtered by department and action, in 繁體中文', async () => {
    const page = await newPage({ locale: 'zh-HK' });
    await signIn(page, ADMIN, 'zh-HK');
    const suffix = Date.now().toString(36).slice(-5);
    const { into } = await moveAndRename(page, suffix, { moved: '地盤三組', before: '舊工程部', after: '工程部' });

    await page.goto(`${baseUrl}/console/audit`);
    await pick(page, page.locator('main'), WORDS['zh-HK'].department, `工程部 ${suffix}`, `工程部 ${suffix}`);
    // Entries about the department: its creation, its renaming, and the department moved into it.
    await expect
      .poll(() => sentences(page))
      .toEqual([
        `李家明 將部門「舊工程部 ${suffix}」改名為「工程部 ${suffix}」`,
        `李家明 將「地盤三組 ${suffix}」移至「工程部 ${suffix}」`,
        `李家明 在「宏建工程有限公司」之下建立了部門「工程部 ${suffix}」`,
      ]);
    expect(await page.locator('table').first().textContent()).not.toContain('org.department');

    // The action, in plain words; the event code shows only in the details.
    await pick(page, page.locator('main'), WORDS['zh-HK'].action, '移動', WORDS['zh-HK'].moved);
    await expect.poll(() => sentences(page)).toEqual([`李家明 將「地盤三組 ${suffix}」移至「工程部 ${suffix}」`]);
    await page.getByTestId('audit-sentence').first().click();
    const details = page.getByTestId('audit-details');
    await expect.poll(() => details.textContent()).toContain(WORDS['zh-HK'].eventCode);
    expect(await details.textContent()).toContain('org.department.moved');
    expect(await page.getByTestId('audit-references').textContent()).toContain(`工程部 ${suffix}`);

    // The export holds exactly what the filters select, as recorded (the name at the time of the move).
    const { auditEntries } = await apiQuery(page, 'query($filter: AuditFilter) { auditEntries(filter: $filter, take: 10) { totalCount } }', {
      filter: { departmentId: into, action: 'org.department.moved' },
    });
    expect(auditEntries.totalCount).toBe(1);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('audit-export').click()]);
    const stream = await download.createReadStream();
    let csv = '';
    for await (const chunk of stream) csv += chunk;
    const lines = csv.trim().split(/\r\n/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('"org.department.moved"');
  });

  browserTest('reads entries as sentences, filtered by person and by date, in English', async () => {
    const page = await newPage({ locale: 'en' });
    await signIn(page, ADMIN, 'en');
    const suffix = Date.now().toString(36).slice(-5);
    await moveAndRename(page, suffix, { moved: 'Site 3', before: 'Old works', after: 'Engineering' });

    await page.goto(`${baseUrl}/console/audit`);
    await pick(page, page.locator('main'), WORDS.en.person, '李家明', '李家明');
    await pick(page, page.locator('main'), WORDS.en.action, 'moved', WORDS.en.moved);
    await expect.poll(async () => (await sentences(page))[0]).toBe(`李家明 moved “Site 3 ${suffix}” to “Engineering ${suffix}”`);
    expect(await page.getByTestId('audit-sentence').first().textContent()).toContain(WORDS.en.moved);

    // Another person's changes are not this person's.
    const { people } = await apiQuery(page, '{ people(take: 5) { items { id displayName } } }');
    const other = people.items.find((person: { displayName: string }) => person.displayName !== '李家明');
    await page.goto(`${baseUrl}/console/audit?filter=${encodeURIComponent(JSON.stringify({ action: 'org.department.moved' }))}`);
    await pick(page, page.locator('main'), WORDS.en.person, other.displayName, other.displayName);
    await expect.poll(() => sentences(page).then((all) => all.some((sentence) => sentence.includes(`Site 3 ${suffix}`)))).toBe(false);

    // Up to (and including) yesterday there was no such move.
    const yesterday = new Date(Date.now() - 86_400_000);
    const day = `${yesterday.getFullYear()}-${String(yesterday.getMonth() + 1).padStart(2, '0')}-${String(yesterday.getDate()).padStart(2, '0')}`;
    await page.goto(`${baseUrl}/console/audit?filter=${encodeURIComponent(JSON.stringify({ action: 'org.department.moved', to: day }))}`);
    await expect.poll(() => page.getByTestId('audit-sentence').count()).toBe(0);
  });

  browserTest('shows a reader of the log who may not read the records the names the log recorded, and "not shown" for the rest', async () => {
    const admin = await newPage({ locale: 'en' });
    await signIn(admin, ADMIN, 'en');
    const suffix = Date.now().toString(36).slice(-5);
    await moveAndRename(admin, suffix, { moved: 'Yard', before: 'Depot', after: 'Logistics' });
    const { createRole } = await apiQuery(admin, 'mutation($input: CreateRoleInput!) { createRole(input: $input) { id } }', {
      input: {
        name: `Log reader ${suffix}`,
        rules: [
          { action: 'read', subject: 'AuditEntry' },
          { action: 'read', subject: 'Organization' },
        ],
      },
    });
    const email = `log.reader.${suffix}@wanghin.example.com`;
    const { departments } = await apiQuery(admin, '{ departments(filter: { rootsOnly: true }) { items { id } } }');
    const { createPerson } = await apiQuery(admin, 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }', {
      input: { displayName: `Log Reader ${suffix}`, workEmail: email, memberships: [{ departmentId: departments.items[0].id, isPrimary: true }], initialPassword: PASSWORD },
    });
    await apiQuery(admin, 'mutation($input: AssignRoleInput!) { assignRole(input: $input) { id } }', { input: { personId: createPerson.id, roleId: createRole.id } });

    const reader = await newPage({ locale: 'en' });
    await signIn(reader, email, 'en');
    await reader.goto(`${baseUrl}/console/audit?filter=${encodeURIComponent(JSON.stringify({ action: 'org.department.moved' }))}`);
    // The actor's name as the entry recorded it; the move recorded no department names, and theirs are not the reader's to see.
    await expect.poll(async () => (await sentences(reader))[0]).toBe('李家明 moved “[Department not shown to you]” to “[Department not shown to you]”');
    const table = (await reader.locator('table').first().textContent()) ?? '';
    expect(table).not.toContain(`Logistics ${suffix}`);
    expect(table).not.toContain(`Yard ${suffix}`);
  });
});
