import type { AttendanceMonthlyReportQuery, AttendanceMonthlySummaryQuery } from '../../gql/graphql';
import type { ConsoleLocale } from '../../providers/locale';

// The month screens' arithmetic, kept apart from React so test/attendance-reports.spec.ts can check it: the months
// offered and charted, people's months summed by department, the trend's lines, the charts' scales and the file saved.

/** One person's month as `attendanceMonthlySummary` returns it. */
export type PersonMonth = AttendanceMonthlySummaryQuery['attendanceMonthlySummary']['items'][number];
/** The monthly report file as `attendanceMonthlyReport` returns it. */
export type ReportFile = AttendanceMonthlyReportQuery['attendanceMonthlyReport'];

const pad = (value: number) => String(value).padStart(2, '0');

/** The month of a moment where the browser is, as YYYY-MM. */
export function monthOf(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}`;
}

/** The month `offset` months after `month` (YYYY-MM; before it when negative). */
export function addMonths(month: string, offset: number): string {
  const [year, number] = month.split('-').map(Number);
  const index = year * 12 + (number - 1) + offset;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

/** The `count` months that end with `month`, oldest first. */
export function recentMonths(month: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => addMonths(month, index - count + 1));
}

/**
 * Whether a month has begun by `current` (this month, YYYY-MM): only such a month can be locked. The API decides by the
 * working calendar's time zone; near midnight on the first of a month the browser may differ, and the API says so.
 */
export function hasBegun(month: string, current: string): boolean {
  return month <= current;
}

/** The figures the charts compare departments by: late days and absent days. */
export const MEASURES = ['lateCount', 'absentDays'] as const;
export type Measure = (typeof MEASURES)[number];

/** The key of the people without a department (or whose department the caller may not see). */
export const NO_DEPARTMENT = '';
/** The key of the departments a trend sums into one line. */
export const OTHER_DEPARTMENTS = '*';

/** One department's month: its people's months summed. */
export interface DepartmentFigures {
  key: string;
  /** The department's name; null for NO_DEPARTMENT. */
  name: string | null;
  people: number;
  lateCount: number;
  lateMinutes: number;
  absentDays: number;
}

const byName = (a: { name: string | null }, b: { name: string | null }) => (a.name === null ? 1 : b.name === null ? -1 : a.name.localeCompare(b.name));

/** People's months summed by their (primary) department, by department name; the people without one last, together. */
export function byDepartment(rows: readonly PersonMonth[]): DepartmentFigures[] {
  const departments = new Map<string, DepartmentFigures>();
  for (const row of rows) {
    const key = row.department?.id ?? NO_DEPARTMENT;
    const figures = departments.get(key) ?? { key, name: row.department?.name ?? null, people: 0, lateCount: 0, lateMinutes: 0, absentDays: 0 };
    figures.people += 1;
    figures.lateCount += row.lateCount;
    figures.lateMinutes += row.lateMinutes;
    figures.absentDays += row.absentDays;
    departments.set(key, figures);
  }
  return [...departments.values()].sort(byName);
}

/** One bar of a department chart. */
export interface Bar {
  key: string;
  name: string | null;
  value: number;
}

/** The departments as a bar chart of one figure lists them: the largest first, then by name. */
export function ranked(departments: readonly DepartmentFigures[], measure: Measure): Bar[] {
  return departments.map(({ key, name, ...figures }) => ({ key, name, value: figures[measure] })).sort((a, b) => b.value - a.value || byName(a, b));
}

/** One line of the trend: a department's figure in each month, oldest first. */
export interface TrendLine {
  key: string;
  /** The department's name; null for NO_DEPARTMENT and OTHER_DEPARTMENTS. */
  name: string | null;
  values: number[];
}

/**
 * One line per department over the months given (oldest first): a department's figure summed from its people's months,
 * 0 in a month it had no one. The `limit` departments with the largest sum over the months keep a line of their own;
 * the others are summed into one line (OTHER_DEPARTMENTS), so the chart stays readable.
 */
export function trend(months: readonly { month: string; rows: readonly PersonMonth[] }[], measure: Measure, limit = 6): TrendLine[] {
  const lines = new Map<string, TrendLine>();
  months.forEach(({ rows }, index) => {
    for (const figures of byDepartment(rows)) {
      const line = lines.get(figures.key) ?? { key: figures.key, name: figures.name, values: months.map(() => 0) };
      line.values[index] = figures[measure];
      lines.set(figures.key, line);
    }
  });
  const total = (line: TrendLine) => line.values.reduce((sum, value) => sum + value, 0);
  const all = [...lines.values()].sort((a, b) => total(b) - total(a) || byName(a, b));
  if (all.length <= limit) return all;
  const others = all.slice(limit);
  return [...all.slice(0, limit), { key: OTHER_DEPARTMENTS, name: null, values: months.map((_, index) => others.reduce((sum, line) => sum + line.values[index], 0)) }];
}

/**
 * The end of a chart's scale: the largest value rounded up to 1, 2, 2.5 or 5 times a power of ten (at least `floor`),
 * so the gridlines fall on round numbers.
 */
export function niceMax(values: readonly number[], floor = 1): number {
  const largest = Math.max(floor, ...values.filter((value) => Number.isFinite(value)));
  const power = 10 ** Math.floor(Math.log10(largest));
  const step = [1, 2, 2.5, 5, 10].find((multiple) => multiple * power >= largest - 1e-9) ?? 10;
  return step * power;
}

/** Number formats of one console language: counts, and hours with one decimal. */
export function figureFormats(locale: ConsoleLocale) {
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const hours = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return { count: (value: number) => count.format(value), hours: (value: number) => hours.format(value) };
}

/** The report file as a Blob to save: its bytes decoded from base64, with its media type. */
export function fileBlob(file: Pick<ReportFile, 'base64' | 'contentType'>): Blob {
  const text = atob(file.base64);
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index += 1) bytes[index] = text.charCodeAt(index);
  return new Blob([bytes], { type: file.contentType });
}
