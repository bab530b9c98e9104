import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider, TranslationMessages } from 'react-admin';
import { rememberLocale, storedLocale, type ConsoleLocale } from './locale';

/** Traditional Chinese (Hong Kong) by default, English and Simplified Chinese; the choice is remembered. */
export function createI18nProvider(catalogs: Record<ConsoleLocale, TranslationMessages>): I18nProvider {
  const polyglot = polyglotI18nProvider((locale) => catalogs[locale as ConsoleLocale] ?? catalogs['zh-HK'], storedLocale(), [
    { locale: 'zh-HK', name: '繁體中文' },
    { locale: 'en', name: 'English' },
    { locale: 'zh-CN', name: '简体中文' },
  ]);
  return {
    ...polyglot,
    changeLocale: async (locale: string, options?: unknown) => {
      await polyglot.changeLocale(locale, options);
      rememberLocale(locale);
    },
  };
}
