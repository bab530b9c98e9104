import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlineOutlined';
import EditIcon from '@mui/icons-material/EditOutlined';
import RestoreIcon from '@mui/icons-material/Restore';
import { Alert, Box, Button, Card, CardContent, Chip, IconButton, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import { BooleanInput, Confirm, TextInput, required, useNotify, useTranslate } from 'react-admin';
import { FormDialog } from '../../components/FormDialog';
import { LocalDateInput } from '../../components/LocalDateInput';
import { useDates } from '../../providers/dates';
import { errorSentence } from '../../providers/graphqlClient';
import { useWorkingCalendarOperations, type Holiday, type WorkingCalendar } from './dataProvider';

/** ISO weekday (1 = Monday … 7 = Sunday) of a YYYY-MM-DD day. */
const weekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() || 7;

const EMPTY_HOLIDAY = { date: null, nameZhHk: '', nameEn: '', nameZhCn: '', isGeneralHoliday: false, isStatutoryHoliday: false };

/** The holiday form's values as the API's HolidayInput. */
const holidayInput = (values: Record<string, any>) => ({
  date: values.date as string,
  nameZhHk: values.nameZhHk || null,
  nameEn: values.nameEn || null,
  nameZhCn: values.nameZhCn || null,
  isGeneralHoliday: Boolean(values.isGeneralHoliday),
  isStatutoryHoliday: Boolean(values.isStatutoryHoliday),
});

/** What kind of day off a holiday is: statutory, general, the company's own (a Hong Kong day may be both of the first). */
function HolidayKinds({ holiday }: { holiday: Holiday }) {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap' }}>
      {holiday.isStatutoryHoliday && <Chip size="small" color="error" variant="outlined" label={translate('harbour.workingCalendar.holidays.statutory')} />}
      {holiday.isGeneralHoliday && <Chip size="small" color="primary" variant="outlined" label={translate('harbour.workingCalendar.holidays.general')} />}
      {holiday.source === 'COMPANY' && <Chip size="small" color="secondary" label={translate('harbour.workingCalendar.holidays.company')} />}
    </Stack>
  );
}

function HolidayFields() {
  return (
    <>
      <LocalDateInput source="date" label="harbour.workingCalendar.holidays.date" validate={[required()]} />
      <TextInput source="nameZhHk" label="harbour.workingCalendar.holidays.name_zh_hk" helperText="harbour.workingCalendar.holidays.names_help" fullWidth />
      <TextInput source="nameEn" label="harbour.workingCalendar.holidays.name_en" fullWidth />
      <TextInput source="nameZhCn" label="harbour.workingCalendar.holidays.name_zh_cn" fullWidth />
      <BooleanInput source="isGeneralHoliday" label="harbour.workingCalendar.holidays.general" helperText="harbour.workingCalendar.holidays.general_help" />
      <BooleanInput source="isStatutoryHoliday" label="harbour.workingCalendar.holidays.statutory" helperText="harbour.workingCalendar.holidays.statutory_help" />
    </>
  );
}

/**
 * The holidays of one year by date, with their kinds; for those who may change the calendar, adding a company holiday,
 * editing and removing any, and restoring the Hong Kong ones removed (`restoreHongKongHolidays`).
 */
export function HolidaysPanel({
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
  const [editing, setEditing] = useState<Holiday | null>(null);
  const [removing, setRemoving] = useState<Holiday | null>(null);
  const [busy, setBusy] = useState(false);
  const thisYear = new Date().getFullYear();
  const years = [...new Set([...calendar.referenceYears, thisYear, thisYear + 1, year])].sort((a, b) => a - b);

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
      onChanged();
    } catch (failure) {
      notify(errorSentence(failure), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const remove = async (holiday: Holiday) => {
    await act(async () => {
      await operations.removeHoliday(holiday.id);
      notify('harbour.workingCalendar.holidays.removed', { type: 'success', messageArgs: { name: holiday.name } });
    });
    setRemoving(null);
  };

  const restore = () =>
    act(async () => {
      const restored = await operations.restoreHongKongHolidays(year);
      if (restored.length) notify('harbour.workingCalendar.holidays.restored', { type: 'success', messageArgs: { smart_count: restored.length } });
      else notify('harbour.workingCalendar.holidays.nothing_to_restore', { type: 'info', messageArgs: { year } });
    });

  return (
    <Card sx={{ maxWidth: 900, mt: 2 }} data-testid="holidays">
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 2, flexWrap: 'wrap' }}>
          <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
            {translate('harbour.workingCalendar.holidays.title')}
          </Typography>
          <TextField select size="small" label={translate('harbour.workingCalendar.holidays.year')} value={year} onChange={(event) => onYear(Number(event.target.value))} sx={{ width: 120 }}>
            {years.map((option) => (
              <MenuItem key={option} value={option}>
                {option}
              </MenuItem>
            ))}
          </TextField>
          {canManage && calendar.referenceYears.includes(year) && (
            <Button startIcon={<RestoreIcon />} disabled={busy} onClick={() => void restore()}>
              {translate('harbour.workingCalendar.holidays.restore')}
            </Button>
          )}
          {canManage && (
            <Button startIcon={<AddIcon />} onClick={() => setAdding(true)}>
              {translate('harbour.workingCalendar.holidays.add')}
            </Button>
          )}
        </Box>
        {calendar.holidays.length === 0 && <Alert severity="info">{translate('harbour.workingCalendar.holidays.none', { year })}</Alert>}
        {calendar.holidays.length > 0 && (
          <Table size="small" aria-label={translate('harbour.workingCalendar.holidays.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('harbour.workingCalendar.holidays.date')}</TableCell>
                <TableCell>{translate('harbour.workingCalendar.holidays.name')}</TableCell>
                <TableCell>{translate('harbour.workingCalendar.holidays.kind')}</TableCell>
                {canManage && <TableCell align="right">{translate('harbour.common.actions')}</TableCell>}
              </TableRow>
            </TableHead>
            <TableBody>
              {calendar.holidays.map((holiday) => (
                <TableRow key={holiday.id} data-testid="holiday-row">
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {formatDate(holiday.date)}{' '}
                    <Typography component="span" variant="body2" color="text.secondary">
                      {translate(`harbour.workingCalendar.weekdays.${weekdayOf(holiday.date)}`)}
                    </Typography>
                  </TableCell>
                  <TableCell>{holiday.name}</TableCell>
                  <TableCell>
                    <HolidayKinds holiday={holiday} />
                  </TableCell>
                  {canManage && (
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                      <Tooltip title={translate('harbour.workingCalendar.holidays.edit')}>
                        <IconButton size="small" aria-label={`${translate('harbour.workingCalendar.holidays.edit')} ${holiday.name}`} onClick={() => setEditing(holiday)}>
                          <EditIcon fontSize="small" />
                        </IconButton>
                      </Tooltip>
                      <Tooltip title={translate('harbour.workingCalendar.holidays.remove')}>
                        <IconButton size="small" aria-label={`${translate('harbour.workingCalendar.holidays.remove')} ${holiday.name}`} onClick={() => setRemoving(holiday)}>
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
        title="harbour.workingCalendar.holidays.add"
        submitLabel="harbour.workingCalendar.holidays.add"
        defaultValues={EMPTY_HOLIDAY}
        onSubmit={async (values) => {
          const added = await operations.addHoliday(holidayInput(values));
          notify('harbour.workingCalendar.holidays.added', { type: 'success', messageArgs: { name: added.name } });
          onYear(Number(added.date.slice(0, 4)));
          onChanged();
        }}
      >
        <HolidayFields />
      </FormDialog>
      <FormDialog
        open={editing !== null}
        onClose={() => setEditing(null)}
        title="harbour.workingCalendar.holidays.edit_title"
        titleArgs={{ name: editing?.name ?? '' }}
        defaultValues={
          editing
            ? {
                date: editing.date,
                nameZhHk: editing.nameZhHk ?? '',
                nameEn: editing.nameEn ?? '',
                nameZhCn: editing.nameZhCn ?? '',
                isGeneralHoliday: editing.isGeneralHoliday,
                isStatutoryHoliday: editing.isStatutoryHoliday,
              }
            : EMPTY_HOLIDAY
        }
        onSubmit={async (values) => {
          const changed = await operations.changeHoliday(editing!.id, holidayInput(values));
          notify('harbour.workingCalendar.holidays.changed', { type: 'success', messageArgs: { name: changed.name } });
          onYear(Number(changed.date.slice(0, 4)));
          onChanged();
        }}
      >
        <HolidayFields />
      </FormDialog>
      <Confirm
        isOpen={removing !== null}
        loading={busy}
        title="harbour.workingCalendar.holidays.remove_title"
        content="harbour.workingCalendar.holidays.remove_content"
        titleTranslateOptions={{ name: removing?.name ?? '' }}
        contentTranslateOptions={{ date: removing ? formatDate(removing.date) : '' }}
        confirm="harbour.workingCalendar.holidays.remove"
        onConfirm={() => removing && void remove(removing)}
        onClose={() => setRemoving(null)}
      />
    </Card>
  );
}
