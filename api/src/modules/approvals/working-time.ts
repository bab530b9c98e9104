import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../core/context/request-context.js';
import { workingTimeOf } from '../worktime/index.js';
import { FormFieldType, type FormField } from './definition.js';
import type { RangeDuration } from './form-values.js';

/**
 * How long a form's date range is on the organisation's working calendar: a whole-day range counts working days (a
 * leave of 24–28 Dec 2026 is 2: Christmas and the first weekday after it are holidays, the 27th a Sunday); a date-time
 * range counts working hours, and days as those hours over each day's working hours.
 */
export async function rangeDurationOf(ctx: RequestContext, em: EntityManager): Promise<RangeDuration> {
  const calendar = await workingTimeOf(ctx, em);
  return ({ start, end, withTime }) => (withTime ? calendar.rangeDuration(new Date(start), new Date(end)) : { workingDays: calendar.workingDaysBetween(start, end) });
}

const hasRange = (fields: FormField[] | null | undefined): boolean => (fields ?? []).some((field) => field.type === FormFieldType.DATE_RANGE || hasRange(field.columns));

/** A form's use of the calendar is never called: a range duration asked of it is a programming error. */
const noRanges: RangeDuration = () => {
  throw new Error('This form has no date range');
};

/**
 * rangeDurationOf for a form: the calendar is read only when the form has a date range (in a table's columns too), so
 * checking the values of every other form costs no statement.
 */
export async function rangeDurationFor(ctx: RequestContext, em: EntityManager, form: FormField[]): Promise<RangeDuration> {
  return hasRange(form) ? rangeDurationOf(ctx, em) : noRanges;
}
