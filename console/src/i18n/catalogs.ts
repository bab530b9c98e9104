import type { TranslationMessages } from 'react-admin';
import type { ConsoleModule, MessageTree } from '../module';
import { locales, type ConsoleLocale } from '../providers/locale';
import { en } from './en';
import { zhCN } from './zh-CN';
import { zhHK } from './zh-HK';

/** The console's own catalogs: react-admin's messages and the shell's labels (sign-in, languages, app name). */
export const coreCatalogs: Record<ConsoleLocale, TranslationMessages> = { 'zh-HK': zhHK, en, 'zh-CN': zhCN };

/** `slice` merged into a copy of `catalog`; a key both define is refused, so one module cannot relabel another's. */
function merge(catalog: MessageTree, slice: MessageTree, owner: string, path: string[] = []): MessageTree {
  const merged: MessageTree = { ...catalog };
  for (const [key, value] of Object.entries(slice)) {
    const existing = merged[key];
    if (existing === undefined) merged[key] = value;
    else if (typeof existing === 'object' && typeof value === 'object') merged[key] = merge(existing, value, owner, [...path, key]);
    else throw new Error(`The message ${[...path, key].join('.')} of the ${owner} module is already defined`);
  }
  return merged;
}

/** Each language's catalog: the core catalog with every module's slice merged in. */
export function buildCatalogs(modules: readonly Pick<ConsoleModule, 'name' | 'messages'>[]): Record<ConsoleLocale, TranslationMessages> {
  const catalogs = { ...coreCatalogs };
  for (const module of modules) {
    if (!module.messages) continue;
    for (const locale of locales) catalogs[locale] = merge(catalogs[locale] as unknown as MessageTree, module.messages[locale], module.name) as unknown as TranslationMessages;
  }
  return catalogs;
}
