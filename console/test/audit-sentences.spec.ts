import { globSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { describe, expect, it } from 'vitest';
import { modules } from '../src/App';
import { buildCatalogs } from '../src/i18n/catalogs';
import type { ConsoleLocale } from '../src/providers/locale';
import { auditSentence, sentenceKey } from '../src/resources/audit/auditSentence';
import type { AuditEntry } from '../src/resources/audit/dataProvider';

const catalogs = buildCatalogs(modules);
const translator = (locale: ConsoleLocale) => polyglotI18nProvider(() => catalogs[locale], locale).translate;

const ids = {
  actor: '00000000-0000-4000-8000-000000000001',
  site: '00000000-0000-4000-8000-000000000002',
  works: '00000000-0000-4000-8000-000000000003',
  old: '00000000-0000-4000-8000-000000000004',
};

const entry = (overrides: Partial<AuditEntry>): AuditEntry => ({
  id: 'e1',
  sequence: 7,
  occurredAt: '2026-12-01T00:00:00.000Z',
  action: 'org.department.moved',
  actorId: ids.actor,
  actorName: '李家明（當時）',
  targetType: 'Department',
  targetId: ids.site,
  targetLabel: '地盤三組（當時）',
  before: { parentId: ids.old, sortOrder: 0 },
  after: { parentId: ids.works, sortOrder: 0 },
  ip: null,
  userAgent: null,
  requestId: 'r1',
  previousHash: null,
  hash: 'h',
  references: [
    { id: ids.actor, type: 'Person', name: '李家明', archived: false },
    { id: ids.site, type: 'Department', name: '地盤三組', archived: false },
    { id: ids.old, type: 'Department', name: '行政部', archived: false },
    { id: ids.works, type: 'Department', name: '工程部', archived: false },
  ],
  ...overrides,
});

describe('audit sentences', () => {
  it('reads an entry as a sentence with the names of now, in each language', () => {
    expect(auditSentence(entry({}), translator('zh-HK'))).toBe('李家明 將「地盤三組」移至「工程部」');
    expect(auditSentence(entry({}), translator('en'))).toBe('李家明 moved “地盤三組” to “工程部”');
    expect(auditSentence(entry({}), translator('zh-CN'))).toBe('李家明 将“地盤三組”移至“工程部”');
  });

  it('marks archived records, and falls back to what was recorded for records the reader may not see', () => {
    const archived = entry({ references: entry({}).references.map((r) => ({ ...r, archived: r.id === ids.site || r.id === ids.actor })) });
    expect(auditSentence(archived, translator('zh-HK'))).toBe('李家明（已離職） 將「地盤三組（已封存）」移至「工程部」');
    const hidden = entry({ references: entry({}).references.map((r) => ({ ...r, name: null })) });
    expect(auditSentence(hidden, translator('zh-HK'))).toBe('李家明（當時） 將「地盤三組（當時）」移至「［你無權查看的部門］」');
    expect(auditSentence(hidden, translator('en'))).toBe('李家明（當時） moved “地盤三組（當時）” to “[Department not shown to you]”');
    // Nothing recorded about the target either: it is not shown, not named by its type.
    expect(auditSentence({ ...hidden, targetLabel: null }, translator('en'))).toBe('李家明（當時） moved “[Department not shown to you]” to “[Department not shown to you]”');
    const account = entry({ action: 'identity.session.reuse_detected', targetType: 'Account', targetLabel: null, references: [] });
    expect(auditSentence(account, translator('en'))).toBe('A reused sign-in of “Account” was detected and ended');
  });

  it('names the top level, the system and lists of people', () => {
    const toTop = entry({ actorId: null, actorName: null, after: { parentId: null } });
    expect(auditSentence(toTop, translator('en'))).toBe('System moved “地盤三組” to “the top level”');
    const leaders = entry({ action: 'org.department.leaders_changed', before: { leaderIds: [] }, after: { leaderIds: [ids.actor, ids.old] } });
    expect(auditSentence(leaders, translator('en'))).toBe('李家明 made 李家明, [Person not shown to you] the leaders of “地盤三組”');
  });

  it('gives an action without a template a generic sentence', () => {
    const unknown = entry({ action: 'billing.invoice.voided', targetType: 'Invoice', targetId: 'i1', targetLabel: 'INV-1', before: null, after: null });
    expect(auditSentence(unknown, translator('en'))).toBe('李家明 — billing.invoice.voided: “INV-1”');
    expect(auditSentence(unknown, translator('zh-HK'))).toBe('李家明：billing.invoice.voided「INV-1」');
  });

  // Every action a module's API records, as the i18n spec finds them.
  const apiModules = fileURLToPath(new URL('../../api/src/modules/', import.meta.url));
  const actions = [
    ...new Set(globSync('**/*.ts', { cwd: apiModules }).flatMap((file) => [...readFileSync(`${apiModules}${file}`, 'utf8').matchAll(/type: '([a-z_]+\.[a-z_]+\.[a-z_]+)'/g)].map((match) => match[1]))),
  ];

  it.each(['en', 'zh-HK', 'zh-CN'] as const)('%s has a sentence for every action the API records, with every placeholder filled', (locale) => {
    expect(actions.length).toBeGreaterThan(30);
    const translate = translator(locale);
    expect(translate(sentenceKey('billing.invoice.voided'), { _: 'MISSING' })).toBe('MISSING');
    for (const action of actions) {
      expect(translate(sentenceKey(action), { _: 'MISSING' }), action).not.toBe('MISSING');
      const sentence = auditSentence(entry({ action, after: { parentId: ids.works, leaderIds: [ids.actor], role: 'HR', scopeDepartmentId: ids.works } }), translate);
      expect(sentence, action).not.toMatch(/%\{/);
    }
  });
});
