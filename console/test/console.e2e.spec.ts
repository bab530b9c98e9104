import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { apiQuery, baseUrl, browserTest, newPage, pick, signIn, useHarbour } from './support/browser';
import { entryHash } from '../../api/src/modules/audit/audit-chain';

/** One CSV field: its text, and whether it was quoted (an unquoted empty field is null in the audit export). */
interface CsvField {
  text: string;
  quoted: boolean;
}

/** Parses RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks; rows end in CRLF or LF. */
function parseCsv(csv: string): CsvField[][] {
  const rows: CsvField[][] = [];
  let row: CsvField[] = [];
  let field: CsvField = { text: '', quoted: false };
  let inQuotes = false;
  for (let i = 0; i < csv.length; i++) {
    const char = csv[i];
    if (inQuotes) {
      if (char === '"' && csv[i + 1] === '"') {
        field.text += '"';
        i++;
      } else if (char === '"') inQuotes = false;
      else field.text += char;
    } else if (char === '"') {
      inQuotes = true;
      field.quoted = true;
    } else if (char === ',' || char === '\n' || char === '\r') {
      row.push(field);
      field = { text: '', quoted: false };
      if (char !== ',') {
        if (char === '\r' && csv[i + 1] === '\n') i++;
        rows.push(row);
        row = [];
      }
    } else field.text += char;
  }
  if (row.length > 0 || field.text || field.quoted) rows.push([...row, field]);
  return rows;
}

/** The columns of the audit export, in order (the fields an entry's hash covers, but the organisation id). */
const AUDIT_COLUMNS = ['sequence', 'occurredAt', 'action', 'actorId', 'actorName', 'targetType', 'targetId', 'targetLabel', 'before', 'after', 'ip', 'userAgent', 'requestId', 'previousHash', 'hash'];

/**
 * Clicks the audit list's Export button and reads the CSV it downloads: a byte-order mark, the header, then one entry
 * per row (null for unquoted empty fields, before/after parsed from JSON).
 */
async function exportAuditLog(page: Page): Promise<Record<string, any>[]> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('audit-export').click()]);
  expect(download.suggestedFilename()).toMatch(/^audit-log-.+\.csv$/);
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const [header, ...rows] = parseCsv(csv.slice(1));
  expect(header.map((field) => field.text)).toEqual(AUDIT_COLUMNS);
  return rows.map((row) => {
    expect(row).toHaveLength(AUDIT_COLUMNS.length);
    // One leading apostrophe guards a formula-like value (see auditExport.ts); the recorded value is without it.
    const entry = Object.fromEntries(AUDIT_COLUMNS.map((column, i) => [column, row[i].quoted ? row[i].text.replace(/^'/, '') : null]));
    return { ...entry, sequence: Number(entry.sequence), before: JSON.parse(entry.before ?? 'null'), after: JSON.parse(entry.after ?? 'null') };
  });
}

// Audit verification in steps of 40 entries, so the console's verification has to go on over several calls.
useHarbour('console', { AUDIT_VERIFY_ENTRIES_PER_CALL: '40' });

describe('Harbour console', () => {
  browserTest('shows the sign-in form at once on a first, signed-out visit to a deep link, without a redirect loop', async () => {
    for (const path of ['/console/', '/console/people']) {
      const page = await newPage();
      const urls: string[] = [];
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame()) urls.push(frame.url());
      });
      const started = Date.now();
      await page.goto(`${baseUrl}${path}`);
      await page.getByLabel(/^工作電郵/).waitFor({ state: 'visible', timeout: 20_000 });
      const elapsed = Date.now() - started;
      // A loop would go on after the form showed: give it the time to, then count.
      await page.waitForTimeout(500);
      console.log(`sign-in form for ${path}: ${elapsed} ms, ${urls.length} navigations`);
      // The page itself, the redirect, and each again under StrictMode's double effects; the loop made thousands.
      expect(urls.length, `navigations: ${urls.slice(0, 8).join(' → ')} …`).toBeLessThanOrEqual(6);
      expect(new URL(page.url()).pathname).toBe('/console/login');
      expect(elapsed).toBeLessThan(3_000);
      await page.close();
    }
  });

  browserTest('is delivered precompressed: hashed assets cached as immutable, index.html revalidated, a missing file 404', async () => {
    const get = (path: string, encoding = 'br, gzip') => fetch(`${baseUrl}${path}`, { headers: { 'accept-encoding': encoding } });
    const page = await get('/console/people/42');
    expect(page.status).toBe(200);
    // index.html is under 1 kB, too small to be worth a compressed copy.
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const html = await page.text();
    const scripts = [...html.matchAll(/(?:src|href)="(\/console\/assets\/[^"]+)"/g)].map((match) => match[1]);
    expect(scripts.length).toBeGreaterThan(0);
    let compressed = 0;
    for (const path of scripts) {
      const plain = await get(path, 'identity');
      expect(plain.headers.get('content-encoding')).toBeNull();
      // A file under 1 kB (e.g. the bundler's runtime) has no compressed copies: it is sent as it is.
      const small = Number(plain.headers.get('content-length')) < 1024;
      if (!small) compressed += 1;
      const brotli = await get(path);
      expect({ status: brotli.status, encoding: brotli.headers.get('content-encoding'), cache: brotli.headers.get('cache-control'), vary: brotli.headers.get('vary') }).toEqual({
        status: 200,
        encoding: small ? null : 'br',
        cache: 'public, max-age=31536000, immutable',
        vary: 'Accept-Encoding',
      });
      const gzip = await get(path, 'gzip');
      expect(gzip.headers.get('content-encoding')).toBe(small ? null : 'gzip');
      // The three are the same file.
      const [a, b, c] = await Promise.all([brotli.text(), gzip.text(), plain.text()]);
      expect(a === b && b === c).toBe(true);
      expect(brotli.headers.get('content-type')).toMatch(path.endsWith('.css') ? /text\/css/ : /javascript/);
    }
    expect(compressed).toBeGreaterThan(0);
    expect((await get('/console/assets/index-missing.js')).status).toBe(404);
    expect((await get('/console/favicon-missing.ico')).status).toBe(404);
    expect((await get('/console/../package.json')).status).not.toBe(200);
  });

  browserTest('lets an admin build a department, staff it, grant a role and audit it all', async () => {
    const page = await newPage();
    const suffix = Date.now().toString(36).slice(-5);
    const department = `測試小組 ${suffix}`;
    const person = `測試員 ${suffix}`;
    await signIn(page, 'admin@wanghin.example.com');

    // Create a top-level department, then move it under 工程部.
    await page.getByRole('menuitem', { name: '部門' }).click();
    await page.getByRole('button', { name: '新增頂層部門' }).click();
    const createDialog = page.getByRole('dialog');
    await createDialog.getByLabel(/^名稱/).fill(department);
    await createDialog.getByLabel(/^代號/).fill(`T-${suffix}`);
    await createDialog.getByRole('button', { name: '新增' }).click();
    const details = page.getByTestId('department-details');
    await expect.poll(() => details.getByRole('heading', { level: 2 }).first().textContent()).toBe(department);
    await expect.poll(() => details.textContent()).toContain('最上層');

    await details.getByRole('button', { name: '移動' }).click();
    await pick(page, page.getByRole('dialog'), /^新的上級部門/, '工程部', '工程部');
    await page.getByRole('dialog').getByRole('button', { name: '移動' }).click();
    await expect.poll(() => details.textContent()).toContain('工程部');
    await page.getByTestId('department-node').filter({ hasText: department }).waitFor();

    // Moving 工程部 under its own new sub-department is refused, in words.
    await page
      .getByTestId('department-node')
      .filter({ hasText: /^工程部/ })
      .click();
    await expect.poll(() => details.getByRole('heading', { level: 2 }).first().textContent()).toBe('工程部');
    await details.getByRole('button', { name: '移動' }).click();
    await pick(page, page.getByRole('dialog'), /^新的上級部門/, department, department);
    await page.getByRole('dialog').getByRole('button', { name: '移動' }).click();
    await expect.poll(() => page.getByRole('dialog').getByRole('alert').textContent()).toContain('部門不可移到自己或其下屬部門之下');
    await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();

    // Add a person into the new department.
    await page.getByRole('menuitem', { name: '人員' }).click();
    await page.getByRole('link', { name: '新增' }).click();
    await page.getByLabel(/^姓名/).fill(person);
    await page.getByLabel(/^英文姓名/).fill(`Tester ${suffix}`);
    await page.getByLabel(/^工作電郵/).fill(`tester.${suffix}@wanghin.example.com`);
    await pick(page, page.locator('main'), /^部門/, department, department);
    await page.getByRole('button', { name: '儲存' }).click();
    await expect.poll(() => page.getByTestId('memberships-panel').textContent()).toContain(department);

    // Give the person a role.
    const rolesPanel = page.getByTestId('roles-panel');
    await rolesPanel.getByRole('button', { name: '指派角色' }).click();
    await page.getByRole('dialog').getByRole('combobox', { name: /^角色/ }).click();
    await page.getByRole('option', { name: '審計員' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '指派' }).click();
    await expect.poll(() => rolesPanel.getByRole('table').textContent()).toContain('審計員');

    // The audit log shows these changes, newest first, and the chain verifies.
    await page.getByRole('menuitem', { name: '審計紀錄' }).click();
    const log = page.locator('table').first();
    // Each row reads as a sentence over the action in plain words; the event code is only in the details.
    await expect.poll(() => log.textContent()).toContain(`向「${person}」指派了角色`);
    const text = (await log.textContent()) ?? '';
    for (const action of ['指派角色', '新增人員', '移動部門', '建立部門']) expect(text).toContain(action);
    expect(text).not.toContain('access.role.assigned');
    expect(text.indexOf('指派角色')).toBeLessThan(text.indexOf('建立部門'));
    const newest = (await apiQuery(page, '{ auditEntries(take: 1) { totalCount items { sequence hash } } }')).auditEntries;
    // The seeded company's log is longer than one API page (100), so the export must read several.
    expect(newest.totalCount).toBeGreaterThan(100);
    expect(newest.items[0].sequence).toBe(newest.totalCount);

    // Verification goes on from the last checkpoint, call after call (40 entries each here) up to the newest entry; a
    // second run finds nothing new, and "verify everything" re-hashes every entry from the first.
    const verified = (checked: number | string) => `審計紀錄鏈完整：今次檢查了 ${checked} 項紀錄，已核實至第 ${newest.totalCount} 項。`;
    const banner = page.getByTestId('audit-chain-result');
    await page.getByRole('button', { name: '核實新紀錄' }).click();
    await expect.poll(() => banner.textContent()).toMatch(new RegExp(`^${verified('[\\d,]+')}$`));
    await page.getByRole('button', { name: '核實新紀錄' }).click();
    await expect.poll(() => banner.textContent()).toBe(verified(0));
    await page.getByRole('button', { name: '全部重新核實' }).click();
    await expect.poll(() => banner.textContent()).toBe(verified(newest.totalCount.toLocaleString('zh-HK')));

    // The export holds every entry (not only the page shown), oldest first, and each one verifies offline against its
    // hash, which covers the organisation's id and the entry before it.
    const { organization } = await apiQuery(page, '{ organization { id } }');
    const exported = await exportAuditLog(page);
    expect(exported.map((entry) => entry.sequence)).toEqual(Array.from({ length: newest.totalCount }, (_, i) => i + 1));
    expect(exported.at(-1)!.hash).toBe(newest.items[0].hash);
    exported.forEach(({ hash, ...content }, i) => {
      expect(content.previousHash, `entry ${content.sequence}`).toBe(i === 0 ? null : exported[i - 1].hash);
      expect(entryHash({ tenantId: organization.id, ...content } as Parameters<typeof entryHash>[0]), `entry ${content.sequence}`).toBe(hash);
    });
    expect(exported.filter((entry) => entry.action === 'org.department.created' && entry.targetLabel === department)).toHaveLength(1);

    // With a filter, it holds exactly the entries that match.
    const roleChanges = (await apiQuery(page, '{ auditEntries(filter: { actionPrefix: "access.role" }, take: 1) { totalCount } }')).auditEntries.totalCount;
    expect(roleChanges).toBeGreaterThan(0);
    await page.goto(`${baseUrl}/console/audit?filter=${encodeURIComponent(JSON.stringify({ actionPrefix: 'access.role' }))}`);
    await expect.poll(() => log.textContent()).toContain('指派角色');
    const filtered = await exportAuditLog(page);
    expect(filtered).toHaveLength(roleChanges);
    expect(filtered.every((entry) => entry.action.startsWith('access.role.'))).toBe(true);

    // CSV import: a dry run reports row problems in words; a clean file is checked, then imported.
    await page.getByRole('menuitem', { name: '匯入 CSV' }).click();
    const csv = (text: string) => ({ name: 'departments.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
    await page.getByTestId('import-file').setInputFiles(csv(`external_id,name,parent_external_id,code\nE2E-${suffix},匯入組 ${suffix},NO-SUCH-PARENT,\n`));
    await page.getByRole('button', { name: '檢查檔案' }).click();
    await expect.poll(() => page.getByTestId('import-report').textContent()).toContain('引用的項目不存在');
    await page.getByTestId('import-file').setInputFiles(csv(`external_id,name,parent_external_id,code\nE2E-${suffix},匯入組 ${suffix},,\n`));
    await page.getByRole('button', { name: '檢查檔案' }).click();
    await expect.poll(() => page.getByTestId('import-report').textContent()).toContain('新增：1');
    // The import's steps arrive over graphql-ws (importProgress) while it runs.
    const progressFrames: string[] = [];
    page.on('websocket', (socket) => socket.on('framereceived', ({ payload }) => void (String(payload).includes('importProgress') && progressFrames.push(String(payload)))));
    await page.getByRole('button', { name: '匯入', exact: true }).click();
    await expect.poll(() => page.getByTestId('import-report').textContent()).toContain('匯入完成');
    expect(progressFrames.join()).toMatch(/"importProgress":\{"stage":"(CHECKING|SAVING|VERIFYING|DONE)"/);

    // English, then back to 繁體中文.
    await page.getByTestId('language-switcher').getByRole('button').click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'People' }).waitFor();
    await page.getByRole('button', { name: 'Check file' }).waitFor();
    await page.getByTestId('language-switcher').getByRole('button').click();
    await page.getByRole('menuitem', { name: '繁體中文' }).click();
    await page.getByRole('menuitem', { name: '人員' }).waitFor();
    await page.close();
  });

  browserTest('shows an admin the email domains for sign-in, and lets them claim one, see its TXT record and withdraw it', async () => {
    const page = await newPage();
    const domain = `e2e-${Date.now().toString(36)}.example.org`;
    await signIn(page, 'admin@wanghin.example.com');
    await page.getByRole('menuitem', { name: '機構設定' }).click();
    const panel = page.getByTestId('email-domains');
    const seeded = panel.getByTestId('email-domain-row').filter({ hasText: 'wanghin.example.com' });
    await expect.poll(() => seeded.textContent()).toContain('已驗證');

    // A public mail domain is refused in words; the company's own is claimed and waits for its DNS record.
    await panel.getByRole('button', { name: '申領網域' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^網域/).fill('gmail.com');
    await dialog.getByRole('button', { name: '申領網域' }).click();
    await expect.poll(() => dialog.textContent()).toContain('公共電郵服務');
    await dialog.getByLabel(/^網域/).fill(domain);
    await dialog.getByRole('button', { name: '申領網域' }).click();
    const row = panel.getByTestId('email-domain-row').filter({ hasText: domain });
    await expect.poll(() => row.textContent()).toContain('等待驗證');
    expect(await row.getByTestId('verification-record').textContent()).toMatch(/^harbour-verification=[\w-]{32}$/);
    await row.getByRole('button', { name: '驗證' }).waitFor();

    await row.getByRole('button', { name: `移除 ${domain}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: '移除' }).click();
    await expect.poll(() => panel.getByTestId('email-domain-row').filter({ hasText: domain }).count()).toBe(0);
    // The domain its people sign in with stays, and the console says why.
    await seeded.getByRole('button', { name: '移除 wanghin.example.com' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '移除' }).click();
    await page.getByText(/仍有 \d+ 個有效登入使用 wanghin\.example\.com/).waitFor();
    expect(await seeded.count()).toBe(1);
    await page.close();
  });

  browserTest('shows an employee neither roles nor the audit log, and no department changes', async () => {
    const page = await newPage();
    await signIn(page, 'site1.worker@wanghin.example.com');
    await page.getByRole('menuitem', { name: '人員' }).waitFor();
    await page.getByRole('menuitem', { name: '部門' }).waitFor();
    expect(await page.getByRole('menuitem', { name: '角色及權限' }).count()).toBe(0);
    expect(await page.getByRole('menuitem', { name: '審計紀錄' }).count()).toBe(0);
    expect(await page.getByRole('menuitem', { name: '匯入 CSV' }).count()).toBe(0);
    expect(await page.getByRole('menuitem', { name: '機構設定' }).count()).toBe(0);
    await page.getByRole('menuitem', { name: '部門' }).click();
    await page.getByTestId('department-node').first().waitFor();
    expect(await page.getByRole('button', { name: '新增頂層部門' }).count()).toBe(0);
    await page.close();
  });

  browserTest('lets staff confirm reading the welcome announcement, and an admin publish one and see who has read', async () => {
    const welcome = '歡迎使用 Harbour — 宏建工程有限公司';
    const reader = '劉家豪'; // site1.worker in the demo company
    const staff = await newPage();
    await signIn(staff, 'site1.worker@wanghin.example.com');
    await staff.getByRole('menuitem', { name: '公告' }).click();
    const welcomeRow = staff.getByRole('row').filter({ hasText: welcome });
    await expect.poll(() => welcomeRow.textContent()).toContain('未確認');
    await welcomeRow.click();
    await expect.poll(() => staff.getByTestId('announcement-body').textContent()).toContain('公司通告會在此發佈');
    // Staff neither change announcements nor see who has read them.
    for (const verb of ['立即發佈', '預定發佈', '封存']) expect(await staff.getByRole('button', { name: verb }).count()).toBe(0);
    expect(await staff.getByTestId('announcement-readers').count()).toBe(0);
    await staff.getByRole('button', { name: '確認已讀' }).click();
    await expect.poll(() => staff.getByTestId('read-confirmation').textContent()).toMatch(/^你已於 .+ 確認已讀。$/);
    await staff.close();

    const admin = await newPage();
    const title = `颱風期間上班安排 ${Date.now().toString(36).slice(-5)}`;
    await signIn(admin, 'admin@wanghin.example.com');
    await admin.getByRole('menuitem', { name: '公告' }).click();
    await admin.getByRole('row').filter({ hasText: welcome }).waitFor();
    await admin.getByRole('link', { name: '新增', exact: true }).click();
    await admin.getByLabel(/^標題/).fill(title);
    await admin.getByLabel(/^內容/).fill('八號風球生效期間，地盤暫停工作。\n請留意公司通知。');
    await admin.getByRole('button', { name: '儲存' }).click();
    await expect.poll(() => admin.getByTestId('announcement-title').textContent()).toBe(title);
    await admin.getByText('此公告仍是草稿').waitFor();
    await admin.getByRole('button', { name: '立即發佈' }).click();
    await admin.getByRole('dialog').getByRole('button', { name: '立即發佈' }).click();
    await expect.poll(() => admin.getByTestId('announcement-readers').textContent()).toContain('暫時未有人確認已讀');
    // The confirmation dialog (with its own 立即發佈) fades out after the readers panel appears.
    await expect.poll(() => admin.getByRole('button', { name: '立即發佈' }).count()).toBe(0);
    await admin.getByRole('button', { name: '封存' }).waitFor();

    await admin.getByRole('menuitem', { name: '公告' }).click();
    await admin.getByRole('row').filter({ hasText: welcome }).click();
    await expect.poll(() => admin.getByTestId('announcement-readers').textContent()).toContain(reader);
    await expect.poll(() => admin.getByTestId('announcement-non-readers').textContent()).toContain('未確認閱讀');
    expect(await admin.getByTestId('announcement-non-readers').textContent()).not.toContain(reader);
    await admin.close();
  });
});
