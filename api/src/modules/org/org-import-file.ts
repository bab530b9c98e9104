import * as chardet from 'chardet';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { AppError } from '../../core/errors/app-error.js';
import type { Locale } from '../../core/i18n/i18n.js';

/** An imported file's rows, each with its row number as Excel shows it (the header is row 1). */
export interface ImportSheet {
  format: 'CSV' | 'XLSX';
  /** The text encoding the CSV was read in (e.g. Big5-HKSCS); null for .xlsx, which has none to guess. */
  encoding: string | null;
  /** Each column's key (external_id …) → its header as the file wrote it. */
  headers: Map<string, string>;
  rows: ImportRow[];
}

/** One data row: its Excel row number and its cells by column key (blank cells as ''). */
export interface ImportRow {
  n: number;
  cells: Record<string, string>;
}

/** A column of an import file: its key and its header in each language (the template's headers; all are accepted). */
export interface ImportColumn {
  key: string;
  required?: boolean;
  labels: Record<Locale, string>;
}

/** A problem of the file as a whole, named by the argument that carried it (`csv` or `file`). */
const fileError = (code: string, params: Record<string, unknown> = {}, field = 'file') => new AppError(code, params, [{ field, code, params }]);

const XLSX_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * The encodings Excel and HK office software write CSV in, as iconv-lite names them. Big5 is read as Big5-HKSCS,
 * its superset, so Hong Kong characters (𠝹, 嘅, 啲) survive.
 */
const CJK_ENCODINGS: Record<string, { decoder: 'big5hkscs' | 'gb18030'; label: string }> = {
  Big5: { decoder: 'big5hkscs', label: 'Big5-HKSCS' },
  GB18030: { decoder: 'gb18030', label: 'GB18030' },
};

/**
 * Whether decoded text is clean: no U+FFFD (bytes the encoding has no character for), no private-use characters
 * (Big5's user-defined area, which shows as boxes anywhere else), and no control characters other than tab and line
 * breaks (a sign of a wrong guess, e.g. UTF-16 read as a single-byte encoding).
 */
// eslint-disable-next-line no-control-regex
const UNCLEAN = /[\uFFFD\uE000-\uF8FF\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u;

/** The share of zero bytes at even and odd positions: UTF-16 without a byte order mark shows as one side full of them. */
function utf16WithoutBom(bytes: Buffer): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) even += 1;
    if (bytes[i + 1] === 0) odd += 1;
  }
  const pairs = bytes.length / 2;
  if (odd > pairs * 0.3 && even < pairs * 0.05) return 'utf-16le';
  if (even > pairs * 0.3 && odd < pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * Whether the bytes above ASCII come one at a time, as accented letters do in Western single-byte text (Renée): every
 * Chinese character in Big5 or GB18030 starts with two such bytes or with one followed by an ASCII-range byte, and any
 * Chinese name or department holds characters of the first kind. Such text decodes "cleanly" as Big5 all the same
 * (Ren嶪), so it is told apart here and refused.
 */
function westernSingleByte(bytes: Buffer): boolean {
  let run = 0;
  let longest = 0;
  for (const byte of bytes) {
    run = byte >= 0x80 ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest === 1;
}

/** Whether every byte pair is shaped like Big5 (a lead byte, then a trail byte in 40–7E or A1–FE). */
function big5Shaped(bytes: Buffer): boolean {
  for (let i = 0; i < bytes.length; i += 1) {
    if (bytes[i] < 0x81) continue;
    const trail = bytes[i + 1];
    if (trail === undefined || bytes[i] === 0xff || !((trail >= 0x40 && trail <= 0x7e) || (trail >= 0xa1 && trail <= 0xfe))) return false;
    i += 1;
  }
  return true;
}

/**
 * Decodes a CSV file's bytes, detecting the encoding: a byte order mark (UTF-8, UTF-16), valid UTF-8, UTF-16 without a
 * mark, then Big5-HKSCS or GB18030, whichever chardet ranks first (Big5, the Hong Kong default, when it ranks
 * neither). GB18030 is never a fallback for a Big5 file with a character Big5-HKSCS lacks: GB18030 decodes almost any
 * bytes, so that would save garble. Text that decodes with replacement, private-use or control characters, or that is
 * Western single-byte text, is refused with FILE_ENCODING_INVALID naming the encoding detected.
 */
export function decodeText(bytes: Buffer): { text: string; encoding: string } {
  const clean = (text: string, encoding: string) => {
    if (UNCLEAN.test(text)) throw fileError('FILE_ENCODING_INVALID', { encoding });
    return { text, encoding };
  };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return clean(iconv.decode(bytes.subarray(3), 'utf-8'), 'UTF-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return clean(iconv.decode(bytes.subarray(2), 'utf-16le'), 'UTF-16LE');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return clean(iconv.decode(bytes.subarray(2), 'utf-16be'), 'UTF-16BE');
  let utf8: string | null = null;
  try {
    utf8 = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // not UTF-8: detected below
  }
  if (utf8 !== null) return clean(utf8, 'UTF-8');
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return clean(iconv.decode(bytes, utf16), utf16.toUpperCase());
  const ranked: string[] = chardet.analyse(bytes).map((match) => match.name);
  if (westernSingleByte(bytes)) throw fileError('FILE_ENCODING_INVALID', { encoding: ranked.find((name) => !(name in CJK_ENCODINGS)) ?? 'windows-1252' });
  const preferred = ranked.find((name) => name in CJK_ENCODINGS) ?? 'Big5';
  // Bytes no Big5 file can hold (a trail byte in 80–A0) settle it for GB18030 whatever the statistics say.
  const chosen = CJK_ENCODINGS[preferred === 'Big5' && !big5Shaped(bytes) ? 'GB18030' : preferred];
  return clean(iconv.decode(bytes, chosen.decoder), chosen.label);
}

const richText = (value: unknown): string =>
  value && typeof value === 'object' && 'richText' in value && Array.isArray(value.richText)
    ? value.richText.map((run: { text?: unknown }) => (typeof run.text === 'string' ? run.text : '')).join('')
    : '';

/** A cell of a worksheet as text: dates as YYYY-MM-DD, formulas by their result, links and rich text by their words. */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  const plain = value && typeof value === 'object' && 'result' in value ? value.result : value;
  if (plain === null || plain === undefined) return '';
  if (plain instanceof Date) return plain.toISOString().slice(0, 10);
  if (typeof plain === 'object') {
    if ('error' in plain) return String(plain.error);
    if ('richText' in plain) return richText(plain);
    // A link's text is rich text itself when Excel styled part of it.
    if ('text' in plain) return typeof plain.text === 'string' ? plain.text : richText(plain.text);
    // Anything else (a shared formula without a cached result, a checkbox) has no text Excel would show.
    return '';
  }
  return String(plain);
}

/** What a workbook may unpack to: a 5,000-row sheet is a few MB; far more is a zip bomb, not a staff list. */
const MAX_UNPACKED_BYTES = 64 * 1024 * 1024;

/**
 * The sum of the sizes a zip's central directory declares for its entries, or null when it cannot be read (no end
 * record, an entry past the end, ZIP64). Read before unpacking, so a small upload that declares gigabytes is refused
 * before the server inflates them.
 */
function declaredUnpackedSize(bytes: Buffer): number | null {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end + 22 > bytes.length) return null;
  const entries = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  let total = 0;
  for (let i = 0; i < entries; i += 1) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) return null;
    const size = bytes.readUInt32LE(at + 24);
    if (size === 0xffffffff) return null;
    total += size;
    at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return total;
}

/** The first worksheet's rows as text cells; an unreadable workbook, or one that unpacks too large, is FILE_INVALID. */
async function readXlsx(bytes: Buffer): Promise<string[][]> {
  const unpacked = declaredUnpackedSize(bytes);
  if (unpacked === null || unpacked > MAX_UNPACKED_BYTES) throw fileError('FILE_INVALID');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw fileError('FILE_INVALID');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const grid: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c += 1) cells.push(cellText(row.getCell(c)));
    grid.push(cells);
  }
  return grid;
}

/** CSV text as rows of cells, every line kept (blank ones too) so that row numbers match Excel's. */
function readCsvText(text: string, field: string): string[][] {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  // Excel's "Unicode text" export is tab-separated.
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  try {
    return parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, trim: true });
  } catch (error) {
    throw fileError('CSV_INVALID', { reason: (error as Error).message.slice(0, 200) }, field);
  }
}

const normaliseHeader = (header: string) => header.trim().toLowerCase();

/**
 * Reads an import file — CSV text as given, or a file's bytes (base64): .xlsx, or CSV in any encoding `decodeText`
 * detects — into rows keyed by column. Headers may be the column keys or their label in any language (the template's).
 */
export async function readImportFile(source: { csv?: string | null; file?: string | null }, columns: ImportColumn[], maxRows: number): Promise<ImportSheet> {
  const hasCsv = source.csv !== null && source.csv !== undefined;
  if (hasCsv === (source.file !== null && source.file !== undefined)) throw new AppError('BAD_USER_INPUT', {}, [{ field: 'file', code: 'IMPORT_ONE_SOURCE' }]);
  const field = hasCsv ? 'csv' : 'file';
  let grid: string[][];
  let format: ImportSheet['format'] = 'CSV';
  let encoding: string | null = 'UTF-8';
  if (hasCsv) {
    grid = readCsvText(source.csv!.replace(/^\uFEFF/, ''), field);
  } else {
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(source.file!)) throw new AppError('BAD_USER_INPUT', {}, [{ field: 'file', code: 'INVALID_VALUE' }]);
    const bytes = Buffer.from(source.file!, 'base64');
    if (bytes.subarray(0, 4).equals(XLSX_MAGIC)) {
      format = 'XLSX';
      encoding = null;
      grid = await readXlsx(bytes);
    } else {
      const decoded = decodeText(bytes);
      encoding = decoded.encoding;
      grid = readCsvText(decoded.text, field);
    }
  }
  const byHeader = new Map<string, string>();
  for (const column of columns) for (const name of [column.key, ...Object.values(column.labels)]) byHeader.set(normaliseHeader(name), column.key);
  const headerCells = grid[0] ?? [];
  const keys = headerCells.map((cell) => byHeader.get(normaliseHeader(cell)) ?? null);
  const headers = new Map<string, string>();
  keys.forEach((key, index) => {
    if (key && !headers.has(key)) headers.set(key, headerCells[index].trim());
  });
  const rows: ImportRow[] = [];
  grid.slice(1).forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    const record: Record<string, string> = {};
    keys.forEach((key, column) => {
      if (key && !(key in record)) record[key] = (cells[column] ?? '').trim();
    });
    rows.push({ n: index + 2, cells: record });
  });
  if (rows.length) {
    for (const column of columns) {
      if (column.required && !headers.has(column.key)) {
        throw fileError('CSV_MISSING_COLUMN', { column: column.key }, field);
      }
    }
  }
  if (rows.length > maxRows) throw new AppError('BAD_USER_INPUT', {}, [{ field, code: 'CSV_TOO_MANY_ROWS', params: { max: maxRows } }]);
  return { format, encoding, headers, rows };
}

/**
 * A template workbook for `columns`: one sheet whose header row names the columns in `locale` (Chinese headers for
 * zh-HK and zh-CN) and whose second row is an example, so an office manager can fill it in Excel and import it as is.
 */
export async function templateWorkbook(sheetName: string, columns: ImportColumn[], example: Record<string, string>, locale: Locale): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = columns.map((column) => ({ header: column.labels[locale], key: column.key, width: Math.max(14, column.labels[locale].length * 2 + 4) }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow(Object.fromEntries(columns.map((column) => [column.key, example[column.key] ?? ''])));
  // Staff numbers, phone numbers and dates stay text: Excel would otherwise drop leading zeros or reformat them.
  for (const column of sheet.columns) column.numFmt = '@';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
