/** Languages Harbour speaks. zh-HK is Traditional Chinese as written in Hong Kong; zh-CN is Simplified Chinese. */
export const locales = ['en', 'zh-HK', 'zh-CN'] as const;
export type Locale = (typeof locales)[number];

/** Message texts by key, one text per locale. `{name}` placeholders are filled from the error's params. */
export type MessageCatalog = Record<string, Record<Locale, string>>;

const messages: MessageCatalog = {};

/** Adds a module's messages; a key defined twice is a bug, so it throws. */
export function registerMessages(catalog: MessageCatalog): void {
  for (const [key, texts] of Object.entries(catalog)) {
    if (messages[key] && messages[key] !== texts) throw new Error(`Message ${key} is defined twice`);
    messages[key] = texts;
  }
}

/** Whether a message key is known (used by tests that check every error code has texts). */
export function hasMessage(key: string): boolean {
  return key in messages;
}

/** The text of `key` in `locale` with `{param}` placeholders filled; the key itself if unknown. */
export function translate(key: string, locale: Locale, params: Record<string, unknown> = {}): string {
  const template = messages[key]?.[locale] ?? messages[key]?.en ?? key;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/** Normalises any spelling of a supported language tag (zh-hk, zh-Hant, en-GB …) or returns undefined. */
export function normaliseLocale(tag: string | undefined | null): Locale | undefined {
  if (!tag) return undefined;
  const lower = tag.trim().toLowerCase();
  if (lower.startsWith('en')) return 'en';
  if (lower === 'zh-hk' || lower === 'zh-mo' || lower === 'zh-tw' || lower.startsWith('zh-hant') || lower === 'yue' || lower.startsWith('yue-')) return 'zh-HK';
  if (lower === 'zh' || lower === 'zh-cn' || lower === 'zh-sg' || lower.startsWith('zh-hans')) return 'zh-CN';
  return undefined;
}

/** Picks the caller's locale: an explicit preference first, then the Accept-Language header by quality, then English. */
export function negotiateLocale(acceptLanguage: string | undefined, preferred?: string | null): Locale {
  const explicit = normaliseLocale(preferred);
  if (explicit) return explicit;
  if (acceptLanguage) {
    const ranked = acceptLanguage
      .split(',')
      .map((part) => {
        const [tag, ...attributes] = part.trim().split(';');
        const q = attributes.find((a) => a.trim().startsWith('q='));
        return { tag, q: q ? Number(q.trim().slice(2)) : 1 };
      })
      .sort((a, b) => b.q - a.q);
    for (const { tag } of ranked) {
      const locale = normaliseLocale(tag);
      if (locale) return locale;
    }
  }
  return 'en';
}
