import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../core/context/request-context.js';
import { workingTimeOf } from '../worktime/index.js';
import { FormFieldType, type FormField } from './definition.js';
import type { RangeDuration } from './form-values.js';

/** Whether a form has a date range (in a table's columns too), the one kind of field measured in working time. */
const measuresWorkingTime = (fields: FormField[]): boolean => fields.some((field) => field.type === FormFieldType.DATE_RANGE || measuresWorkingTime(field.columns ?? []));

/**
 * How long a form's date range is on the organisation's working calendar: a whole-day range counts working days (a
 * leave of 24–28 Dec 2026 is 2: Christmas and the first weekday after it are holidays, the 27th a Sunday); a date-time
 * range counts working hours, and days as those hours over each day's working hours. The calendar is read only for a
 * form with a date range: for the others nothing is measured, and the function is never called.
 */
export async function rangeDurationOf(ctx: RequestContext, em: EntityManager, form: FormField[]): Promise<RangeDuration> {
  if (!measuresWorkingTime(form)) {
    return () => {
      throw new Error('This form has no date range to measure');
    };
  }
  const calendar = await workingTimeOf(ctx, em);
  return ({ start, end, withTime }) => (withTime ? calendar.rangeDuration(new Date(start), new Date(end)) : { workingDays: calendar.workingDaysBetween(start, end) });
}
