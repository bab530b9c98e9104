import type { ApprovalMetricsQuery } from '../../gql/graphql';
import type { ConsoleLocale } from '../../providers/locale';

// The metrics page's arithmetic, kept apart from React so test/approval-metrics.spec.ts can check it: the period sent
// to the API, the figures' formats in each console language, the totals over templates and the charts' scales.

/** One template's figures as `approvalMetrics` returns them. */
export type TemplateMetrics = ApprovalMetricsQuery['approvalMetrics'][number];
/** One step's figures. */
export type NodeMetrics = TemplateMetrics['nodes'][number];

/** The periods the page offers: the last 30 or 90 days (today included), or two days chosen. */
export type PeriodChoice = 'LAST_30' | 'LAST_90' | 'CUSTOM';

/** The API's longest period (api/src/modules/approvals/metrics.service.ts). */
export const MAX_PERIOD_DAYS = 731;

const DAY = 86_400_000;

/** Local midnight of a `YYYY-MM-DD` day. */
function midnight(day: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year, month - 1, date);
}

/**
 * The period [from, to) to ask for, as ISO instants, in whole local days: the last n days end with today (to is the
 * coming midnight), a chosen period runs from the start of its first day to the end of its last. Null when the chosen
 * days are missing, in the wrong order, or span more than the API allows.
 */
export function periodRange(choice: PeriodChoice, now: Date, custom?: { from: string | null; to: string | null }): { from: string; to: string } | null {
  if (choice !== 'CUSTOM') {
    const to = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
    const from = new Date(to.getFullYear(), to.getMonth(), to.getDate() - (choice === 'LAST_30' ? 30 : 90));
    return { from: from.toISOString(), to: to.toISOString() };
  }
  if (!custom?.from || !custom.to) return null;
  const from = midnight(custom.from);
  const last = midnight(custom.to);
  const to = new Date(last.getFullYear(), last.getMonth(), last.getDate() + 1);
  if (to <= from || to.getTime() - from.getTime() > MAX_PERIOD_DAYS * DAY) return null;
  return { from: from.toISOString(), to: to.toISOString() };
}

/** A day as `YYYY-MM-DD` where the browser is. */
export function localDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Number formats of one console language: counts, hours (one decimal) and rates (percent, one decimal); '—' for none. */
export function metricFormats(locale: ConsoleLocale) {
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const hours = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const rate = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const or = (format: (value: number) => string) => (value: number | null | undefined) => (value === null || value === undefined || Number.isNaN(value) ? '—' : format(value));
  return {
    count: or((value) => count.format(value)),
    hours: or((value) => hours.format(value)),
    rate: or((value) => rate.format(value)),
  };
}

export type MetricFormats = ReturnType<typeof metricFormats>;

/** The request outcomes the outcome chart stacks, in order (their labels are the request statuses'). */
export const OUTCOMES = ['approved', 'rejected', 'withdrawn', 'revoked'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** A template's row of the page: its figures and what to call it. */
export interface TemplateRow {
  key: string;
  /** The template's name, or null when the caller may not read it. */
  name: string | null;
  figures: TemplateMetrics;
}

/**
 * The templates in the order the page lists them: the busiest first (submitted plus ended in the period), then by name.
 * A template the caller may not read keeps its place under a generic name (`key` keeps it apart from the others).
 */
export function templateRows(metrics: readonly TemplateMetrics[]): TemplateRow[] {
  const volume = (figures: TemplateMetrics) => figures.submitted + ended(figures);
  return metrics
    .map((figures, index) => ({ key: figures.template?.id ?? `unreadable-${index}`, name: figures.template?.name ?? null, figures }))
    .sort((a, b) => volume(b.figures) - volume(a.figures) || (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff'));
}

/** Requests that ended in the period (approved, rejected, withdrawn or revoked). */
export function ended(figures: Pick<TemplateMetrics, Outcome>): number {
  return OUTCOMES.reduce((sum, outcome) => sum + figures[outcome], 0);
}

/** The figures over every template: counts summed, rates worked out again from the sums. */
export interface Totals {
  submitted: number;
  approved: number;
  rejected: number;
  withdrawn: number;
  revoked: number;
  returned: number;
  slaBreaches: number;
  rubberStamps: number;
  rejectionRate: number | null;
  returnRate: number | null;
}

/**
 * Sums of the templates' counts, with the rates as the API defines them (rejected ÷ approved + rejected, returned ÷
 * submitted) over the sums — not an average of the templates' rates. Medians and percentiles do not add up: the totals
 * have none.
 */
export function totals(metrics: readonly TemplateMetrics[]): Totals {
  const sum = (pick: (figures: TemplateMetrics) => number) => metrics.reduce((total, figures) => total + pick(figures), 0);
  const approved = sum((figures) => figures.approved);
  const rejected = sum((figures) => figures.rejected);
  const submitted = sum((figures) => figures.submitted);
  const returned = sum((figures) => figures.returned);
  return {
    submitted,
    approved,
    rejected,
    withdrawn: sum((figures) => figures.withdrawn),
    revoked: sum((figures) => figures.revoked),
    returned,
    slaBreaches: sum((figures) => figures.slaBreaches),
    rubberStamps: sum((figures) => figures.rubberStamps),
    rejectionRate: approved + rejected ? rejected / (approved + rejected) : null,
    returnRate: submitted ? returned / submitted : null,
  };
}

/** One segment of a stacked bar: where it starts and how long it is, in the bar's own units. */
export interface Segment<K extends string> {
  key: K;
  value: number;
  start: number;
}

/** A stacked bar's segments in order, each starting where the one before ended; empty ones are left out. */
export function stack<K extends string>(parts: readonly { key: K; value: number }[]): Segment<K>[] {
  const segments: Segment<K>[] = [];
  let start = 0;
  for (const { key, value } of parts) {
    if (value <= 0) continue;
    segments.push({ key, value, start });
    start += value;
  }
  return segments;
}

/**
 * The end of a chart's scale: the largest value rounded up to 1, 2, 2.5 or 5 times a power of ten (at least `floor`),
 * so the gridlines fall on round numbers.
 */
export function niceMax(values: readonly (number | null | undefined)[], floor = 1): number {
  const largest = Math.max(floor, ...values.filter((value): value is number => typeof value === 'number' && Number.isFinite(value)));
  const power = 10 ** Math.floor(Math.log10(largest));
  const step = [1, 2, 2.5, 5, 10].find((multiple) => multiple * power >= largest - 1e-9) ?? 10;
  return step * power;
}

/** A step's name: as in the template's current version, or its id when the step is gone from it. */
export function stepName(node: Pick<NodeMetrics, 'name' | 'nodeId'>): string {
  return node.name ?? node.nodeId;
}

/** Truncates a label for a chart's axis (the full text is in the chart's description and the table). */
export function shortLabel(text: string, length = 12): string {
  return [...text].length > length ? `${[...text].slice(0, length - 1).join('')}…` : text;
}
