import { Alert, Typography } from '@mui/material';
import { useState } from 'react';
import { AccessDenied, Authenticated, Loading, Title, useCanAccess, useTranslate } from 'react-admin';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useWorkingCalendarOperations } from './dataProvider';
import { HolidaysPanel } from './HolidaysPanel';
import { MakeUpWorkdaysPanel } from './MakeUpWorkdaysPanel';
import { WeeklyHoursEditor } from './WeeklyHoursEditor';

function WorkingCalendarScreen() {
  const translate = useTranslate();
  const operations = useWorkingCalendarOperations();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const [version, setVersion] = useState(0);
  const canManage = useCanAccess({ resource: 'workingCalendar', action: 'edit' }).canAccess ?? false;
  const { data: calendar, error } = useApiQuery(() => operations.workingCalendar(year), `${year}:${version}`);
  const reload = () => setVersion((v) => v + 1);
  if (error && !calendar) return <Alert severity="error">{error.message}</Alert>;
  if (!calendar) return <Loading />;
  return (
    <>
      <Title title={translate('harbour.workingCalendar.title')} />
      <Typography variant="body1" sx={{ mt: 2, mb: 2, maxWidth: 900 }}>
        {translate('harbour.workingCalendar.intro', { timeZone: calendar.timeZone })}
      </Typography>
      <WeeklyHoursEditor key={calendar.id} weeklyHours={calendar.weeklyHours} canManage={canManage} />
      <HolidaysPanel calendar={calendar} year={year} onYear={setYear} canManage={canManage} onChanged={reload} />
      <MakeUpWorkdaysPanel calendar={calendar} year={year} onYear={setYear} canManage={canManage} onChanged={reload} />
    </>
  );
}

function PermittedCalendar() {
  const { canAccess, isPending } = useCanAccess({ resource: 'workingCalendar', action: 'show' });
  if (isPending) return <Loading />;
  return canAccess ? <WorkingCalendarScreen /> : <AccessDenied />;
}

/**
 * 工作時間及假期: the weekly working hours (edited per weekday, periods added and removed), the holidays of a year —
 * Hong Kong's and the company's own, each with its kind — added, edited, removed and restored, and the year's make-up
 * working days (補班日) added and removed. Those who may only read the calendar see it without the buttons.
 */
export function WorkingCalendarPage() {
  return (
    <Authenticated>
      <PermittedCalendar />
    </Authenticated>
  );
}
