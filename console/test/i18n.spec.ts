import { globSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import englishMessages from 'ra-language-english';
import { describe, expect, it } from 'vitest';
import { modules } from '../src/App';
import { buildCatalogs } from '../src/i18n/catalogs';
import { actionKey, categoryKey, targetTypeKey } from '../src/resources/audit/auditLabels';

// The catalogs as the console uses them: the core catalogs with every module's slice merged in.
const { en, 'zh-HK': zhHK, 'zh-CN': zhCN } = buildCatalogs(modules);

function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) => (value !== null && typeof value === 'object' ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`]));
}

function placeholders(messages: object): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  const walk = (value: object, prefix: string) => {
    for (const [key, inner] of Object.entries(value)) {
      if (inner !== null && typeof inner === 'object') walk(inner, `${prefix}${key}.`);
      else result[`${prefix}${key}`] = [...new Set(String(inner).match(/%\{\w+\}/g) ?? [])].sort();
    }
  };
  walk(messages, '');
  return result;
}

const consoleSources = fileURLToPath(new URL('../src/', import.meta.url));
// Keys written out in full in the console's code ('harbour.people.archive'; storage keys such as 'harbour.locale' have
// one part); keys built at run time are checked by the other specs.
const usedKeys = [
  ...new Set(
    globSync('**/*.{ts,tsx}', { cwd: consoleSources, exclude: ['i18n/**', 'gql/**'] }).flatMap((file) =>
      [...readFileSync(`${consoleSources}${file}`, 'utf8').matchAll(/['"`]((?:harbour|resources|ra)(?:\.[\w-]+){2,})['"`]/g)].map((match) => match[1]),
    ),
  ),
];

// What the modules record, and core's own facts (text messages); specs record made-up ones.
const apiSources = ['../../api/src/modules/', '../../api/src/core/'].flatMap((folder) => {
  const root = fileURLToPath(new URL(folder, import.meta.url));
  return globSync('**/*.ts', { cwd: root, exclude: ['**/*.spec.ts'] }).map((file) => readFileSync(`${root}${file}`, 'utf8'));
});
const recorded = (pattern: RegExp) => [...new Set(apiSources.flatMap((source) => [...source.matchAll(pattern)].map((match) => match[1])))];

describe('translation catalogs', () => {
  const english = keys(en).sort();

  it.each([
    ['zh-HK', zhHK],
    ['zh-CN', zhCN],
  ])('%s translates every react-admin message itself', (_locale, catalog) => {
    expect(keys(catalog.ra).sort()).toEqual(keys(englishMessages.ra).sort());
    expect(catalog.ra).not.toBe(englishMessages.ra);
  });

  it.each([
    ['zh-HK', zhHK],
    ['zh-CN', zhCN],
  ])('%s has exactly the keys and placeholders of the English catalog', (_locale, catalog) => {
    expect(keys(catalog).sort()).toEqual(english);
    const expected = placeholders(en);
    const actual = placeholders(catalog);
    const plural = new Set(
      english.filter((key) =>
        key
          .split('.')
          .reduce<any>((node, part) => node?.[part], en)
          ?.includes('||||'),
      ),
    );
    for (const key of english) {
      // Chinese has one plural form where English has two ("1 item |||| %{smart_count} items"): it may use fewer.
      if (plural.has(key)) expect(expected[key], key).toEqual(expect.arrayContaining(actual[key]));
      else expect(actual[key], key).toEqual(expected[key]);
    }
  });

  it.each([
    ['en', en],
    ['zh-HK', zhHK],
    ['zh-CN', zhCN],
  ])('%s names every audit action and record type the API records', (_locale, catalog) => {
    const lookup = (key: string) => key.split('.').reduce<any>((node, part) => node?.[part], catalog);
    const actions = recorded(/type: '([a-z_]+\.[a-z_]+\.[a-z_]+)'/g);
    const targetTypes = recorded(/subjectType: '([A-Z][A-Za-z]+)'/g);
    expect(actions.length).toBeGreaterThan(20);
    for (const action of actions) expect(lookup(actionKey(action)), action).toBeTypeOf('string');
    for (const type of targetTypes) expect(lookup(targetTypeKey(type)), type).toBeTypeOf('string');
  });

  it.each([
    ['en', en],
    ['zh-HK', zhHK],
    ['zh-CN', zhCN],
  ])('%s names every audit filter the modules declare', (_locale, catalog) => {
    const lookup = (key: string) => key.split('.').reduce<any>((node, part) => node?.[part], catalog);
    const filters = modules.flatMap((module) => [...(module.audit?.actionPrefixes ?? []).map(categoryKey), ...(module.audit?.targetTypes ?? []).map(targetTypeKey)]);
    expect(filters.length).toBeGreaterThan(5);
    for (const key of filters) expect(lookup(key), key).toBeTypeOf('string');
  });

  it.each([
    ['en', en],
    ['zh-HK', zhHK],
    ['zh-CN', zhCN],
  ])('%s has every key the console names in its code', (_locale, catalog) => {
    const lookup = (key: string) => key.split('.').reduce<any>((node, part) => node?.[part], catalog);
    expect(usedKeys.length).toBeGreaterThan(200);
    expect(usedKeys.filter((key) => typeof lookup(key) !== 'string')).toEqual([]);
  });
});
