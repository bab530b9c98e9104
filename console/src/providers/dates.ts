import { useLocaleState } from 'react-admin';
import type { ConsoleLocale } from './locale';

// One date format per console language, whatever the browser's own language: Hong Kong writes day/month/year (in
// English and in Chinese alike), the mainland year-month-day. Exports keep ISO 8601 (see auditExport.ts).

/** How a person types and reads a date in each console language. */
export const DATE_PATTERNS: Record<ConsoleLocale, string> = { en: 'DD/MM/YYYY', 'zh-HK': 'DD/MM/YYYY', 'zh-CN': 'YYYY-MM-DD' };

const pad = (value: number) => String(value).padStart(2, '0');

function dayText(locale: ConsoleLocale, year: number, month: number, day: number): string {
  return locale === 'zh-CN' ? `${year}-${pad(month)}-${pad(day)}` : `${pad(day)}/${pad(month)}/${year}`;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar day (`YYYY-MM-DD`, as the API sends dates) or an instant (a Date or ISO timestamp, shown as the day it is
 * where the browser is) in the language's format; '' for nothing.
 */
export function formatDate(value: string | Date | null | undefined, locale: ConsoleLocale): string {
  if (!value) return '';
  const day = typeof value === 'string' ? ISO_DAY.exec(value) : null;
  // A calendar day is not an instant: read through Date, 2026-12-01 would become 30/11 west of Greenwich.
  if (day) return dayText(locale, Number(day[1]), Number(day[2]), Number(day[3]));
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '' : dayText(locale, date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** An instant as the day and the 24-hour time where the browser is, e.g. 01/12/2026 14:05. */
export function formatDateTime(value: string | Date | null | undefined, locale: ConsoleLocale): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return `${formatDate(date, locale)} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A month (`YYYY-MM`) as MM/YYYY, or YYYY-MM in zh-CN. */
export function formatMonth(value: string, locale: ConsoleLocale): string {
  const [year, month] = value.split('-');
  return locale === 'zh-CN' ? `${year}-${month}` : `${month}/${year}`;
}

/** A day typed in the language's format as `YYYY-MM-DD`, or null when it is not a real calendar day. */
export function parseDate(text: string, locale: ConsoleLocale): string | null {
  const parts = locale === 'zh-CN' ? /^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s*$/.exec(text) : /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!parts) return null;
  const [year, month, day] = locale === 'zh-CN' ? [parts[1], parts[2], parts[3]] : [parts[3], parts[2], parts[1]];
  const iso = `${year}-${pad(Number(month))}-${pad(Number(day))}`;
  const check = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(check.getTime()) && check.toISOString().startsWith(iso) ? iso : null;
}

/** A day and 24-hour time typed in the language's format, where the browser is, as an ISO timestamp; null when invalid. */
export function parseDateTime(text: string, locale: ConsoleLocale): string | null {
  const parts = /^\s*(\S+)\s+(\d{1,2}):(\d{2})\s*$/.exec(text);
  if (!parts) return null;
  const day = parseDate(parts[1], locale);
  const [hours, minutes] = [Number(parts[2]), Number(parts[3])];
  if (!day || hours > 23 || minutes > 59) return null;
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year, month - 1, date, hours, minutes).toISOString();
}

/** The date helpers bound to the console's current language. */
export function useDates() {
  const [locale] = useLocaleState();
  const language = (locale in DATE_PATTERNS ? locale : 'zh-HK') as ConsoleLocale;
  return {
    locale: language,
    pattern: DATE_PATTERNS[language],
    formatDate: (value: string | Date | null | undefined) => formatDate(value, language),
    formatDateTime: (value: string | Date | null | undefined) => formatDateTime(value, language),
    formatMonth: (value: string) => formatMonth(value, language),
    parseDate: (text: string) => parseDate(text, language),
    parseDateTime: (text: string) => parseDateTime(text, language),
  };
}
