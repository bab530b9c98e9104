import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider, TranslationMessages } from 'react-admin';
import { en } from '../i18n/en';
import { zhCN } from '../i18n/zh-CN';
import { zhHK } from '../i18n/zh-HK';
import { rememberLocale, storedLocale, type ConsoleLocale } from './locale';

const catalogs: Record<ConsoleLocale, TranslationMessages> = { 'zh-HK': zhHK, en, 'zh-CN': zhCN };

const polyglot = polyglotI18nProvider(
  (locale) => catalogs[locale as ConsoleLocale] ?? zhHK,
  storedLocale(),
  [
    { locale: 'zh-HK', name: '繁體中文' },
    { locale: 'en', name: 'English' },
    { locale: 'zh-CN', name: '简体中文' },
  ],
);

/** Traditional Chinese (Hong Kong) by default, English and Simplified Chinese; the choice is remembered. */
export const i18nProvider: I18nProvider = {
  ...polyglot,
  changeLocale: async (locale: string, options?: unknown) => {
    await polyglot.changeLocale(locale, options);
    rememberLocale(locale);
  },
};
