import AddIcon from '@mui/icons-material/Add';
import CloseIcon from '@mui/icons-material/Close';
import { Alert, Box, Button, Card, CardContent, IconButton, Stack, Table, TableBody, TableCell, TableRow, TextField, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { errorSentence, type ApiErrorBody } from '../../providers/graphqlClient';
import { useWorkingCalendarOperations, type WorkingCalendar } from './dataProvider';

type Day = WorkingCalendar['weeklyHours'][number];

const minutes = (time: string) => {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
};
const time = (total: number) => `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;

/** Hours of a week, counting only periods that read as times. */
function weeklyHours(days: Day[]): number {
  const total = days.flatMap((day) => day.intervals).reduce((sum, { start, end }) => sum + Math.max(0, (minutes(end) ?? 0) - (minutes(start) ?? 0)), 0);
  return Math.round((total / 60) * 100) / 100;
}

/** A new period after the day's last one (a morning on a day off). */
function nextPeriod(day: Day): { start: string; end: string } {
  const last = day.intervals.at(-1);
  const from = last ? (minutes(last.end) ?? 9 * 60) : 9 * 60;
  return { start: time(Math.min(from, 23 * 60)), end: time(Math.min(from + 4 * 60, 24 * 60)) };
}

/**
 * The weekly working hours: each weekday's periods (HH:MM–HH:MM), added and removed, saved together with
 * `setWorkingHours`; the API's problems are shown beside the times they concern.
 */
export function WeeklyHoursEditor({ weeklyHours: saved, canManage }: { weeklyHours: Day[]; canManage: boolean }) {
  const translate = useTranslate();
  const notify = useNotify();
  const operations = useWorkingCalendarOperations();
  const [days, setDays] = useState<Day[]>(saved);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const change = (weekday: number, intervals: Day['intervals']) => setDays((current) => current.map((day) => (day.weekday === weekday ? { ...day, intervals } : day)));

  const save = async () => {
    setSaving(true);
    setProblems({});
    setFailure(null);
    try {
      const result = await operations.setWorkingHours({ days: days.map(({ weekday, intervals }) => ({ weekday, intervals: intervals.map(({ start, end }) => ({ start, end })) })) });
      setDays(result.weeklyHours);
      notify('harbour.workingCalendar.hours.saved', { type: 'success' });
    } catch (error) {
      const fields = (error as { body?: Partial<ApiErrorBody> }).body?.fields ?? [];
      const inPlace = Object.fromEntries(fields.filter((problem) => problem.field.startsWith('days.')).map((problem) => [problem.field, problem.message]));
      setProblems(inPlace);
      setFailure(errorSentence(error, (field) => field in inPlace) || null);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card sx={{ maxWidth: 900 }} data-testid="weekly-hours">
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', mb: 1 }}>
          <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
            {translate('harbour.workingCalendar.hours.title')}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate('harbour.workingCalendar.hours.total', { hours: weeklyHours(days) })}
          </Typography>
        </Box>
        {failure && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {failure}
          </Alert>
        )}
        <Table size="small" aria-label={translate('harbour.workingCalendar.hours.title')}>
          <TableBody>
            {days.map((day, dayIndex) => {
              const dayName = translate(`harbour.workingCalendar.weekdays.${day.weekday}`);
              const dayProblem = problems[`days.${dayIndex}.intervals`];
              return (
                <TableRow key={day.weekday} data-testid={`weekday-${day.weekday}`}>
                  <TableCell sx={{ width: 120, verticalAlign: 'top', pt: 2 }}>{dayName}</TableCell>
                  <TableCell>
                    {day.intervals.length === 0 && (
                      <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>
                        {translate('harbour.workingCalendar.hours.day_off')}
                      </Typography>
                    )}
                    {!canManage && day.intervals.length > 0 && <Typography sx={{ py: 1 }}>{day.intervals.map(({ start, end }) => `${start}–${end}`).join(', ')}</Typography>}
                    {canManage && (
                      <Stack spacing={1} sx={{ py: 0.5 }}>
                        {day.intervals.map((interval, index) => {
                          const at = `days.${dayIndex}.intervals.${index}`;
                          const edit = (part: 'start' | 'end', value: string) =>
                            change(
                              day.weekday,
                              day.intervals.map((other, i) => (i === index ? { ...other, [part]: value } : other)),
                            );
                          return (
                            <Stack key={index} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
                              {(['start', 'end'] as const).map((part) => (
                                <TextField
                                  key={part}
                                  size="small"
                                  label={`${dayName} ${translate(`harbour.workingCalendar.hours.${part}`)}`}
                                  value={interval[part]}
                                  onChange={(event) => edit(part, event.target.value)}
                                  error={Boolean(problems[`${at}.${part}`])}
                                  helperText={problems[`${at}.${part}`]}
                                  slotProps={{ htmlInput: { inputMode: 'numeric', placeholder: 'HH:MM', maxLength: 5 } }}
                                  sx={{ width: 170 }}
                                />
                              ))}
                              <Tooltip title={translate('harbour.workingCalendar.hours.remove')}>
                                <IconButton
                                  aria-label={`${translate('harbour.workingCalendar.hours.remove')} ${dayName} ${interval.start}–${interval.end}`}
                                  onClick={() =>
                                    change(
                                      day.weekday,
                                      day.intervals.filter((_, i) => i !== index),
                                    )
                                  }
                                >
                                  <CloseIcon fontSize="small" />
                                </IconButton>
                              </Tooltip>
                            </Stack>
                          );
                        })}
                        {dayProblem && <Alert severity="error">{dayProblem}</Alert>}
                      </Stack>
                    )}
                  </TableCell>
                  {canManage && (
                    <TableCell align="right" sx={{ verticalAlign: 'top', width: 160 }}>
                      <Button
                        size="small"
                        startIcon={<AddIcon />}
                        aria-label={`${translate('harbour.workingCalendar.hours.add')} ${dayName}`}
                        onClick={() => change(day.weekday, [...day.intervals, nextPeriod(day)])}
                      >
                        {translate('harbour.workingCalendar.hours.add')}
                      </Button>
                    </TableCell>
                  )}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
        {canManage && (
          <Box sx={{ mt: 2 }}>
            <Button variant="contained" disabled={saving} onClick={() => void save()}>
              {translate('harbour.workingCalendar.hours.save')}
            </Button>
          </Box>
        )}
      </CardContent>
    </Card>
  );
}
