import { useDates } from '../../providers/dates';
import { leaveTypeName, type LeaveType } from './leave';

/** A leave type's name in the console's current language. */
export function useLeaveTypeName(): (type: Pick<LeaveType, 'nameEn' | 'nameZhHk' | 'nameZhCn'>) => string {
  const { locale } = useDates();
  return (type) => leaveTypeName(type, locale);
}
