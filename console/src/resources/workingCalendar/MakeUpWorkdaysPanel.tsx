import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlineOutlined';
import { Alert, Box, Button, Card, CardContent, IconButton, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import { ArrayInput, Confirm, SimpleFormIterator, TextInput, required, useNotify, useTranslate } from 'react-admin';
import { FormDialog } from '../../components/FormDialog';
import { LocalDateInput } from '../../components/LocalDateInput';
import { useDates } from '../../providers/dates';
import { errorSentence } from '../../providers/graphqlClient';
import { useWorkingCalendarOperations, type MakeUpWorkday, type WorkingCalendar } from './dataProvider';

/** ISO weekday (1 = Monday … 7 = Sunday) of a YYYY-MM-DD day. */
const weekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() || 7;

const hoursOf = (intervals: { start: string; end: string }[]) => intervals.map(({ start, end }) => `${start}–${end}`).join(', ');

/** The add form's values as the API's MakeUpWorkdayInput. */
const workdayInput = (values: Record<string, any>) => ({
  date: values.date as string,
  intervals: ((values.intervals ?? []) as { start: string; end: string }[]).map(({ start, end }) => ({ start, end })),
  nameZhHk: values.nameZhHk || null,
  nameEn: values.nameEn || null,
  nameZhCn: values.nameZhCn || null,
});

function WorkdayFields() {
  return (
    <>
      <LocalDateInput source="date" label="harbour.workingCalendar.workdays.date" validate={[required()]} />
      <ArrayInput source="intervals" label="harbour.workingCalendar.workdays.hours" helperText="harbour.workingCalendar.workdays.hours_help">
        <SimpleFormIterator resource="workingCalendar" inline disableReordering disableClear>
          <TextInput source="start" label="harbour.workingCalendar.hours.start" validate={required()} slotProps={{ htmlInput: { placeholder: 'HH:MM', maxLength: 5 } }} />
          <TextInput source="end" label="harbour.workingCalendar.hours.end" validate={required()} slotProps={{ htmlInput: { placeholder: 'HH:MM', maxLength: 5 } }} />
        </SimpleFormIterator>
      </ArrayInput>
      <TextInput source="nameZhHk" label="harbour.workingCalendar.workdays.name_zh_hk" helperText="harbour.workingCalendar.workdays.names_help" fullWidth />
      <TextInput source="nameEn" label="harbour.workingCalendar.workdays.name_en" fullWidth />
      <TextInput source="nameZhCn" label="harbour.workingCalendar.workdays.name_zh_cn" fullWidth />
    </>
  );
}

/**
 * 補班日: the make-up working days of one year — days off (a Saturday, typically) the organisation works with their own
 * hours — and, for those who may change the calendar, adding one (Monday's hours to start with) and removing one.
 */
export function MakeUpWorkdaysPanel({
  calendar,
  year,
  onYear,
  canManage,
  onChanged,
}: {
  calendar: WorkingCalendar;
  year: number;
  onYear: (year: number) => void;
  canManage: boolean;
  onChanged: () => void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const { formatDate } = useDates();
  const operations = useWorkingCalendarOperations();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<MakeUpWorkday | null>(null);
  const [busy, setBusy] = useState(false);
  const mondayHours = calendar.weeklyHours.find((day) => day.weekday === 1)?.intervals ?? [];
  const labelOf = (workday: MakeUpWorkday) => workday.name ?? formatDate(workday.date);

  const remove = async (workday: MakeUpWorkday) => {
    setBusy(true);
    try {
      await operations.removeMakeUpWorkday(workday.id);
      notify('harbour.workingCalendar.workdays.removed', { type: 'success', messageArgs: { date: formatDate(workday.date) } });
      onChanged();
    } catch (failure) {
      notify(errorSentence(failure), { type: 'error' });
    } finally {
      setBusy(false);
      setRemoving(null);
    }
  };

  return (
    <Card sx={{ maxWidth: 900, mt: 2 }} data-testid="make-up-workdays">
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1, flexWrap: 'wrap' }}>
          <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
            {translate('harbour.workingCalendar.workdays.title', { year })}
          </Typography>
          {canManage && (
            <Button startIcon={<AddIcon />} onClick={() => setAdding(true)}>
              {translate('harbour.workingCalendar.workdays.add')}
            </Button>
          )}
        </Box>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('harbour.workingCalendar.workdays.help')}
        </Typography>
        {calendar.makeUpWorkdays.length === 0 && <Alert severity="info">{translate('harbour.workingCalendar.workdays.none', { year })}</Alert>}
        {calendar.makeUpWorkdays.length > 0 && (
          <Table size="small" aria-label={translate('harbour.workingCalendar.workdays.title', { year })}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('harbour.workingCalendar.workdays.date')}</TableCell>
                <TableCell>{translate('harbour.workingCalendar.workdays.hours')}</TableCell>
                <TableCell>{translate('harbour.workingCalendar.workdays.name')}</TableCell>
                {canManage && <TableCell align="right">{translate('harbour.common.actions')}</TableCell>}
              </TableRow>
            </TableHead>
            <TableBody>
              {calendar.makeUpWorkdays.map((workday) => (
                <TableRow key={workday.id} data-testid="make-up-workday-row">
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {formatDate(workday.date)}{' '}
                    <Typography component="span" variant="body2" color="text.secondary">
                      {translate(`harbour.workingCalendar.weekdays.${weekdayOf(workday.date)}`)}
                    </Typography>
                  </TableCell>
                  <TableCell>{hoursOf(workday.intervals)}</TableCell>
                  <TableCell>{workday.name ?? ''}</TableCell>
                  {canManage && (
                    <TableCell align="right">
                      <Tooltip title={translate('harbour.workingCalendar.workdays.remove')}>
                        <IconButton size="small" aria-label={`${translate('harbour.workingCalendar.workdays.remove')} ${formatDate(workday.date)}`} onClick={() => setRemoving(workday)}>
                          <DeleteIcon fontSize="small" />
                        </IconButton>
                      </Tooltip>
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
      <FormDialog
        open={adding}
        onClose={() => setAdding(false)}
        title="harbour.workingCalendar.workdays.add"
        submitLabel="harbour.workingCalendar.workdays.add"
        defaultValues={{ date: null, intervals: mondayHours.map(({ start, end }) => ({ start, end })), nameZhHk: '', nameEn: '', nameZhCn: '' }}
        onSubmit={async (values) => {
          const added = await operations.addMakeUpWorkday(workdayInput(values));
          notify('harbour.workingCalendar.workdays.added', { type: 'success', messageArgs: { date: formatDate(added.date) } });
          onYear(Number(added.date.slice(0, 4)));
          onChanged();
        }}
      >
        <WorkdayFields />
      </FormDialog>
      <Confirm
        isOpen={removing !== null}
        loading={busy}
        title="harbour.workingCalendar.workdays.remove_title"
        content="harbour.workingCalendar.workdays.remove_content"
        titleTranslateOptions={{ name: removing ? labelOf(removing) : '' }}
        contentTranslateOptions={{ date: removing ? formatDate(removing.date) : '' }}
        confirm="harbour.workingCalendar.workdays.remove"
        onConfirm={() => removing && void remove(removing)}
        onClose={() => setRemoving(null)}
      />
    </Card>
  );
}
