import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';

/** English: react-admin's own messages plus the console's own labels (each module adds its slice). */
export const en: TranslationMessages = {
  ...englishMessages,
  harbour: {
    app: { name: 'Harbour Console' },
    language: { 'zh-HK': 'Traditional Chinese (Hong Kong)', en: 'English', 'zh-CN': 'Simplified Chinese' },
    dates: { invalid: 'Enter a real date as %{pattern}.', hint: 'As %{pattern}' },
    common: { actions: 'Actions' },
    saved: { created: 'Added %{name}', updated: 'Saved the changes to %{name}' },
    login: { subtitle: 'Office administration for your organisation', email: 'Work email' },
  },
};
