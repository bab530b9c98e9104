import type { FieldProblem } from '../../core/errors/app-error.js';
import { FormFieldType, type FormField } from './definition.js';

/** Form values as submitted: field key → value (see FormFieldType for each kind's shape). */
export type FormValues = Record<string, unknown>;

/** What the engine derives from the values: totals of tables and durations of date ranges, per field key. */
export type ComputedValues = Record<string, { total?: string; workingDays?: number; workingHours?: number }>;

/** How long a range is on the organisation's working calendar (the worktime module answers). */
export type RangeDuration = (range: { start: string; end: string; withTime: boolean }) => { workingDays: number; workingHours?: number };

/** The result of checking form values: problems per field path, the values kept, what was computed, ids to look up. */
export interface CheckedForm {
  problems: FieldProblem[];
  values: FormValues;
  computed: ComputedValues;
  personIds: { path: string; id: string }[];
  departmentIds: { path: string; id: string }[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const AMOUNT = /^-?\d{1,13}(\.\d{1,2})?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const isDate = (value: unknown): value is string =>
  typeof value === 'string' && DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
const isInstant = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value));
const isEmpty = (value: unknown) => value == null || value === '' || (Array.isArray(value) && value.length === 0);

/** Adds decimal amounts given as strings exactly (in cents), e.g. for expense lines. */
export function addAmounts(amounts: string[]): string {
  const cents = amounts.reduce((sum, amount) => {
    const [whole, fraction = ''] = amount.replace('-', '').split('.');
    const value = BigInt(whole) * 100n + BigInt((fraction + '00').slice(0, 2));
    return sum + (amount.startsWith('-') ? -value : value);
  }, 0n);
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

function checkValue(field: FormField, value: unknown, path: string, out: CheckedForm, durationOf: RangeDuration): unknown {
  const problem = (code: string, params?: Record<string, unknown>) => {
    out.problems.push({ field: path, code, ...(params ? { params } : {}) });
    return undefined;
  };
  const withinBounds = (n: number) => {
    if (field.min != null && n < field.min) return problem('APPROVAL_VALUE_TOO_SMALL', { min: field.min });
    if (field.max != null && n > field.max) return problem('APPROVAL_VALUE_TOO_LARGE', { max: field.max });
    return true;
  };
  switch (field.type) {
    case FormFieldType.TEXT:
    case FormFieldType.LONG_TEXT: {
      if (typeof value !== 'string') return problem('INVALID_VALUE');
      const max = field.maxLength ?? (field.type === FormFieldType.TEXT ? 200 : 5000);
      if ([...value].length > max) return problem('TOO_LONG', { max });
      // eslint-disable-next-line no-control-regex
      if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(value) || (field.type === FormFieldType.TEXT && /[\r\n]/.test(value))) return problem('INVALID_VALUE');
      return value.trim();
    }
    case FormFieldType.NUMBER:
      if (typeof value !== 'number' || !Number.isFinite(value)) return problem('INVALID_VALUE');
      return withinBounds(value) ? value : undefined;
    case FormFieldType.MONEY: {
      const money = value as { amount?: unknown; currency?: unknown };
      const currency = field.currency ?? 'HKD';
      if (!money || typeof money !== 'object' || typeof money.amount !== 'string' || !AMOUNT.test(money.amount)) return problem('APPROVAL_MONEY_INVALID');
      if (money.currency != null && money.currency !== currency) return problem('APPROVAL_CURRENCY_MISMATCH', { currency });
      return withinBounds(Number(money.amount)) ? { amount: addAmounts([money.amount]), currency } : undefined;
    }
    case FormFieldType.DATE:
      return isDate(value) ? value : problem('INVALID_VALUE');
    case FormFieldType.DATE_TIME:
      return isInstant(value) ? new Date(value).toISOString() : problem('INVALID_VALUE');
    case FormFieldType.DATE_RANGE: {
      const range = value as { start?: unknown; end?: unknown };
      const valid = field.withTime ? isInstant : isDate;
      if (!range || typeof range !== 'object' || !valid(range.start) || !valid(range.end)) return problem('INVALID_VALUE');
      const start = field.withTime ? new Date(range.start).toISOString() : range.start;
      const end = field.withTime ? new Date(range.end).toISOString() : range.end;
      if (end < start) return problem('APPROVAL_RANGE_REVERSED');
      out.computed[field.key] = durationOf({ start, end, withTime: Boolean(field.withTime) });
      return { start, end };
    }
    case FormFieldType.SINGLE_SELECT:
      return typeof value === 'string' && field.options?.some((o) => o.value === value) ? value : problem('APPROVAL_UNKNOWN_OPTION');
    case FormFieldType.MULTI_SELECT:
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !field.options?.some((o) => o.value === v))) return problem('APPROVAL_UNKNOWN_OPTION');
      return [...new Set(value as string[])];
    case FormFieldType.PERSON:
    case FormFieldType.DEPARTMENT: {
      const ids = field.multiple ? value : [value];
      if (!Array.isArray(ids) || ids.length > 50 || ids.some((id) => typeof id !== 'string' || !UUID.test(id))) return problem('INVALID_VALUE');
      const target = field.type === FormFieldType.PERSON ? out.personIds : out.departmentIds;
      ids.forEach((id, i) => target.push({ path: field.multiple ? `${path}[${i}]` : path, id: id as string }));
      return field.multiple ? [...new Set(ids as string[])] : ids[0];
    }
    case FormFieldType.ATTACHMENT: {
      const files = value as { fileId?: unknown; name?: unknown }[];
      if (!Array.isArray(files) || files.length > 50 || files.some((f) => !f || typeof f.fileId !== 'string' || !f.fileId || typeof f.name !== 'string' || !f.name || f.name.length > 255))
        return problem('INVALID_VALUE');
      return files.map((f) => ({ fileId: f.fileId, name: f.name }));
    }
    case FormFieldType.LOCATION: {
      const place = value as { latitude?: unknown; longitude?: unknown; label?: unknown };
      if (!place || typeof place.latitude !== 'number' || typeof place.longitude !== 'number' || Math.abs(place.latitude) > 90 || Math.abs(place.longitude) > 180) return problem('INVALID_VALUE');
      if (place.label != null && (typeof place.label !== 'string' || place.label.length > 200)) return problem('INVALID_VALUE');
      return { latitude: place.latitude, longitude: place.longitude, label: (place.label as string | undefined) ?? null };
    }
    case FormFieldType.TABLE: {
      if (!Array.isArray(value) || value.length > 200) return problem('INVALID_VALUE');
      const rows = value.map((row, r) => {
        if (!row || typeof row !== 'object' || Array.isArray(row)) return problem('INVALID_VALUE');
        return checkFields(field.columns ?? [], row as FormValues, `${path}[${r}]`, out, durationOf);
      });
      const money = (field.columns ?? []).find((c) => c.type === FormFieldType.MONEY || c.type === FormFieldType.NUMBER);
      if (money) {
        const amounts = rows.map((row) => {
          const cell = row?.[money.key];
          return money.type === FormFieldType.MONEY ? ((cell as { amount?: string } | undefined)?.amount ?? '0') : String((cell as number | undefined) ?? 0);
        });
        out.computed[field.key] = { total: money.type === FormFieldType.MONEY ? addAmounts(amounts) : String(amounts.reduce((s, a) => s + Number(a), 0)) };
      }
      return rows;
    }
  }
}

function checkFields(fields: FormField[], values: FormValues, at: string, out: CheckedForm, durationOf: RangeDuration): FormValues {
  const kept: FormValues = {};
  for (const key of Object.keys(values)) {
    if (!fields.some((f) => f.key === key)) out.problems.push({ field: at ? `${at}.${key}` : key, code: 'APPROVAL_UNKNOWN_FIELD' });
  }
  for (const field of fields) {
    const path = at ? `${at}.${field.key}` : field.key;
    const value = values[field.key];
    if (isEmpty(value)) {
      if (field.required) out.problems.push({ field: path, code: 'REQUIRED' });
      continue;
    }
    const checked = checkValue(field, value, path, out, durationOf);
    if (checked !== undefined) kept[field.key] = checked;
  }
  return kept;
}

/**
 * Checks submitted values against a form: every problem with its field path (`lines[2].amount`), the values normalised
 * (trimmed text, amounts with two decimals, instants in UTC), totals and working-time durations computed, and the
 * person/department ids to look up in the organisation.
 */
export function checkFormValues(form: FormField[], values: FormValues, durationOf: RangeDuration): CheckedForm {
  const out: CheckedForm = { problems: [], values: {}, computed: {}, personIds: [], departmentIds: [] };
  out.values = checkFields(form, values, '', out, durationOf);
  return out;
}
