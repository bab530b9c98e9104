import { downloadCSV, type Exporter } from 'react-admin';
import type { AuditEntry } from './dataProvider';

/** The most entries one export holds (1,000 API pages); past it the console says so and the dates narrow it down. */
export const AUDIT_EXPORT_LIMIT = 100_000;

/**
 * The CSV's columns: every field an entry's hash covers except the organisation id (the same on every row), so an
 * exported log can be verified offline, each entry against its hash and the one before it.
 */
export const AUDIT_CSV_COLUMNS = [
  'sequence',
  'occurredAt',
  'action',
  'actorId',
  'actorName',
  'targetType',
  'targetId',
  'targetLabel',
  'before',
  'after',
  'ip',
  'userAgent',
  'requestId',
  'previousHash',
  'hash',
] as const satisfies readonly (keyof AuditEntry)[];

/**
 * Characters a spreadsheet reads as the start of a formula (and the apostrophe this export escapes them with): a
 * department named `=HYPERLINK(…)` must not run when an admin opens the export.
 */
const FORMULA_START = /^[=+\-@\t\r']/;

/**
 * A cell (RFC 4180): null is an empty, unquoted field; every value is quoted, quotes doubled, so an empty text ("")
 * stays distinct from null and commas, quotes and line breaks survive. before/after are JSON, times ISO 8601 in UTC
 * (as the hash covers them). A value starting like a formula (or with an apostrophe) gets one apostrophe in front:
 * an offline verifier removes one leading apostrophe from every value that has one, and gets the value as recorded.
 */
function cell(entry: AuditEntry, column: (typeof AUDIT_CSV_COLUMNS)[number]): string {
  const value = entry[column];
  if (value === null || value === undefined) return '';
  const text = column === 'occurredAt' ? new Date(value as string).toISOString() : typeof value === 'object' ? JSON.stringify(value) : String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/**
 * The entries as CSV, oldest first (the order the chain is verified in), with a header row. Values are written as
 * recorded (but for the apostrophe before a formula-like value, see `cell`), since the hashes cover them. Starts with a byte-order mark so spreadsheet programs read
 * the Chinese names as UTF-8.
 */
export function auditCsv(entries: readonly AuditEntry[]): string {
  const rows = [...entries].sort((a, b) => a.sequence - b.sequence).map((entry) => AUDIT_CSV_COLUMNS.map((column) => cell(entry, column)).join(','));
  return `\uFEFF${[AUDIT_CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

/** The audit list's exporter: downloads the entries it is given (all that match the filters, see ExportAuditButton) as CSV. */
export const auditExporter: Exporter<AuditEntry> = (entries) => {
  downloadCSV(auditCsv(entries), `audit-log-${new Date().toISOString().slice(0, 19).replace(/:/g, '-')}`);
};
