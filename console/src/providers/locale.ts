/** Languages the console and the API speak; zh-HK is the default. */
export const locales = ['zh-HK', 'en', 'zh-CN'] as const;
/** One of the console's languages. */
export type ConsoleLocale = (typeof locales)[number];

const STORAGE_KEY = 'harbour.locale';

/** The language chosen last time (or zh-HK). */
export function storedLocale(): ConsoleLocale {
  const value = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return (locales as readonly string[]).includes(value ?? '') ? (value as ConsoleLocale) : 'zh-HK';
}

/** Remembers the chosen language and tells the page (and so screen readers and fonts) about it. */
export function rememberLocale(locale: string): void {
  localStorage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
}
