import { TextInput, useRecordContext, useTranslate, type Validator } from 'react-admin';
import { useDates } from '../providers/dates';
import { EmptyValue } from './EmptyValue';

/**
 * A calendar day typed in the console's language (DD/MM/YYYY, or YYYY-MM-DD in zh-CN) and kept as `YYYY-MM-DD`. The
 * browser's own date input follows the browser's language, not the console's, so this one is a text field.
 */
export function LocalDateInput({
  source,
  label,
  helperText,
  validate = [],
  disabled,
}: {
  source: string;
  label?: string;
  helperText?: string;
  validate?: Validator[];
  disabled?: boolean;
  /** As a list filter: always shown (react-admin's filter form reads it from the element). */
  alwaysOn?: boolean;
}) {
  const dates = useDates();
  const translate = useTranslate();
  // What was typed stays in the form until it is a real day, so a half-typed date is not thrown away.
  const parse = (text: string) => (text.trim() ? (dates.parseDate(text) ?? text) : null);
  const format = (value: string | null | undefined) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? dates.formatDate(value) : (value ?? ''));
  const isDay: Validator = (value) => (value && !/^\d{4}-\d{2}-\d{2}$/.test(value) ? { message: 'harbour.dates.invalid', args: { pattern: dates.pattern } } : undefined);
  return (
    <TextInput
      source={source}
      label={label}
      parse={parse}
      format={format}
      validate={[isDay, ...validate]}
      disabled={disabled}
      helperText={helperText ?? translate('harbour.dates.hint', { pattern: dates.pattern })}
      slotProps={{ htmlInput: { inputMode: 'numeric', placeholder: dates.pattern, 'data-date-pattern': dates.pattern } }}
    />
  );
}

/**
 * An instant typed as a day and 24-hour time in the console's language (DD/MM/YYYY HH:mm, or YYYY-MM-DD HH:mm in
 * zh-CN), where the browser is, and kept as an ISO timestamp. Not the browser's date-time input, for the same reason.
 */
export function LocalDateTimeInput({ source, label, helperText, validate = [] }: { source: string; label?: string; helperText?: string; validate?: Validator[] }) {
  const dates = useDates();
  const translate = useTranslate();
  const pattern = `${dates.pattern} HH:mm`;
  const parse = (text: string) => (text.trim() ? (dates.parseDateTime(text) ?? text) : null);
  const isInstant = (value: unknown) => value instanceof Date || (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value));
  const format = (value: string | Date | null | undefined) => (isInstant(value) ? dates.formatDateTime(value) : ((value as string | null | undefined) ?? ''));
  const isTime: Validator = (value) => (value && !isInstant(value) ? { message: 'harbour.dates.invalid', args: { pattern } } : undefined);
  return (
    <TextInput
      source={source}
      label={label}
      parse={parse}
      format={format}
      validate={[isTime, ...validate]}
      helperText={helperText ?? translate('harbour.dates.hint', { pattern })}
      fullWidth
      slotProps={{ htmlInput: { placeholder: pattern } }}
    />
  );
}

/** A calendar day or instant of the record shown in the console's language ("—" when empty). */
export function LocalDateField({ source, withTime = false }: { source: string; withTime?: boolean }) {
  const record = useRecordContext();
  const dates = useDates();
  const value = record?.[source];
  if (!value) return <EmptyValue />;
  return <>{withTime ? dates.formatDateTime(value) : dates.formatDate(value)}</>;
}
