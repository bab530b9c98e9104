import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import SaveIcon from '@mui/icons-material/Save';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Alert,
  Autocomplete,
  Box,
  Button,
  Card,
  CardContent,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormHelperText,
  IconButton,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import { useState, type ChangeEvent } from 'react';
import { AccessDenied, Authenticated, Loading, Title, useCanAccess, useGetList, useNotify, usePermissions, useTranslate, type RaRecord } from 'react-admin';
import { EmptyValue } from '../../components/EmptyValue';
import { personContext } from '../../components/PersonInput';
import { useApiQuery } from '../../hooks/useApiQuery';
import { MAX_PAGE } from '../../providers/dataProvider';
import { useDates } from '../../providers/dates';
import { errorSentence, type ApiErrorBody } from '../../providers/graphqlClient';
import type { MyPermission } from '../../providers/permissions';
import { useAttendanceRosterOperations } from './dataProvider';
import { addDays, cellKey, cellProblems, changedEntries, dayOf, REST, rosterRows, rowProblems, weekDays, weekdayOf, weekOf, type RosterCell, type RowProblem } from './roster';

const fieldsOf = (error: unknown) => (error as { body?: Partial<ApiErrorBody> }).body?.fields ?? [];

/**
 * Whether the signed-in person may write rosters: any `update AttendanceRosterEntry`, also one limited to some
 * departments — the API authorizes each entry like its record, so a department manager saves the rows of the people
 * they see (their departments') and would be refused (FORBIDDEN) anyone else's. Everyone else reads the grid.
 */
function useCanWriteRosters(): boolean {
  const { permissions } = usePermissions<MyPermission[]>();
  return (permissions ?? []).some((p) => p.subject === 'AttendanceRosterEntry' && p.action === 'update' && p.allowed);
}

/** Adds a row: picks one person by typing part of their name, email or staff number (the API searches). */
function PersonPicker({ onPick }: { onPick: (person: { id: string; name: string }) => void }) {
  const translate = useTranslate();
  const [search, setSearch] = useState('');
  const { data: found = [] } = useGetList('people', { filter: { q: search }, pagination: { page: 1, perPage: 20 } });
  return (
    <Autocomplete<RaRecord>
      options={found}
      value={null}
      inputValue={search}
      getOptionLabel={(person) => String(person.displayName ?? '')}
      filterOptions={(all) => all}
      onInputChange={(_event, text, reason) => setSearch(reason === 'reset' ? '' : text)}
      onChange={(_event, person) => person && onPick({ id: String(person.id), name: String(person.displayName) })}
      renderOption={({ key, ...props }, person) => (
        <li key={key} {...props}>
          <Box>
            <Typography variant="body2">{person.displayName}</Typography>
            <Typography variant="caption" color="text.secondary">
              {personContext(person)}
            </Typography>
          </Box>
        </li>
      )}
      renderInput={(params) => <TextField {...params} size="small" label={translate('harbour.attendance.roster.add_person')} />}
      sx={{ width: 280 }}
    />
  );
}

/** A saved cell in words: the shift's name, 休息 for a rest day, "—" without an entry (also a day off). */
function CellText({ cell }: { cell: RosterCell | undefined }) {
  const translate = useTranslate();
  if (!cell) return <EmptyValue />;
  if (cell.restDay) return <>{translate('harbour.attendance.roster.rest')}</>;
  return <>{cell.shiftName ?? translate('harbour.attendance.roster.hidden_shift')}</>;
}

/**
 * The roster file: pasted or chosen (CSV, UTF-8), imported with `importAttendanceRoster`, all rows or none. The API's
 * problems with rows are listed by row, with the line they concern; a problem with the whole file is said above.
 */
function ImportDialog({ open, onClose, onImported }: { open: boolean; onClose: () => void; onImported: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const operations = useAttendanceRosterOperations();
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [problems, setProblems] = useState<RowProblem[]>([]);
  const [running, setRunning] = useState(false);

  const reset = () => {
    setFailure(null);
    setProblems([]);
  };
  const close = () => {
    reset();
    setCsv('');
    setFileName(null);
    onClose();
  };
  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    reset();
    if (!chosen) return;
    try {
      setCsv(await chosen.text());
      setFileName(chosen.name);
    } catch (error) {
      // The file went away or cannot be read (permissions, a cloud placeholder): say so instead of doing nothing.
      setFailure((error as Error).message);
    }
  };
  const run = async () => {
    reset();
    setRunning(true);
    try {
      const written = await operations.importAttendanceRoster(csv);
      notify('harbour.attendance.roster.imported', { type: 'success', messageArgs: { smart_count: written } });
      onImported();
      close();
    } catch (error) {
      const rows = rowProblems(fieldsOf(error), csv);
      setProblems(rows);
      setFailure(errorSentence(error, (field) => /^rows\.\d+\.\w+$/.test(field)) || translate('harbour.attendance.roster.import_problems', { smart_count: rows.length }));
    } finally {
      setRunning(false);
    }
  };

  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="md" aria-labelledby="roster-import-title">
      <DialogTitle id="roster-import-title">{translate('harbour.attendance.roster.import_title')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('harbour.attendance.roster.import_help')}
        </Typography>
        {failure && (
          <Alert severity="error" sx={{ mb: 2 }} data-testid="roster-import-failure">
            {failure}
          </Alert>
        )}
        {problems.length > 0 && (
          <Table size="small" aria-label={translate('harbour.attendance.roster.import_problems_table')} sx={{ mb: 2 }} data-testid="roster-import-problems">
            <TableHead>
              <TableRow>
                <TableCell>{translate('harbour.attendance.roster.columns.row')}</TableCell>
                <TableCell>{translate('harbour.attendance.roster.columns.column')}</TableCell>
                <TableCell>{translate('harbour.attendance.roster.columns.line')}</TableCell>
                <TableCell>{translate('harbour.attendance.roster.columns.problem')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {problems.map((problem, index) => (
                <TableRow key={index}>
                  <TableCell>{problem.row}</TableCell>
                  <TableCell sx={{ fontFamily: 'monospace' }}>{problem.column}</TableCell>
                  <TableCell sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>{problem.line ?? <EmptyValue />}</TableCell>
                  <TableCell>{problem.message}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2 }}>
          <Button component="label" variant="outlined" startIcon={<UploadFileIcon />} disabled={running}>
            {translate('harbour.attendance.roster.choose_file')}
            <input hidden type="file" accept=".csv,.txt,text/csv,text/plain" data-testid="roster-import-file" onChange={(event) => void pick(event)} />
          </Button>
          <Typography variant="body2" color="text.secondary">
            {fileName ?? translate('harbour.attendance.roster.or_paste')}
          </Typography>
        </Stack>
        <TextField
          label={translate('harbour.attendance.roster.csv')}
          value={csv}
          onChange={(event) => {
            setCsv(event.target.value);
            setFileName(null);
          }}
          multiline
          minRows={6}
          maxRows={16}
          fullWidth
          placeholder={translate('harbour.attendance.roster.import_example')}
          slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace', fontSize: 13 } } }}
        />
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={close}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" startIcon={<UploadFileIcon />} disabled={running || !csv.trim()} onClick={() => void run()}>
          {translate('harbour.attendance.roster.import')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function RosterScreen() {
  const translate = useTranslate();
  const notify = useNotify();
  const dates = useDates();
  const operations = useAttendanceRosterOperations();
  const canWrite = useCanWriteRosters();
  const [week, setWeek] = useState(() => weekOf(dayOf(new Date())));
  const [jump, setJump] = useState(() => dates.formatDate(week));
  const [version, setVersion] = useState(0);
  const [added, setAdded] = useState<{ id: string; name: string }[]>([]);
  // Cells changed since the last save (`${personId} ${date}` → a shift's id or REST), across weeks, saved together.
  const [changes, setChanges] = useState<ReadonlyMap<string, string>>(new Map());
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [importing, setImporting] = useState(false);
  const days = weekDays(week);
  const roster = useApiQuery(() => operations.attendanceRoster(days[0], days[6]), `${week}:${version}`);
  const { data: shifts = [] } = useGetList('attendanceShifts', { pagination: { page: 1, perPage: MAX_PAGE } }, { enabled: canWrite });
  const rows = roster.data ? rosterRows(roster.data, added) : [];
  const reload = () => setVersion((value) => value + 1);

  const goTo = (monday: string) => {
    setWeek(monday);
    setJump(dates.formatDate(monday));
  };
  const change = (personId: string, date: string, saved: RosterCell | undefined, value: string) => {
    const key = cellKey(personId, date);
    setChanges((current) => {
      const next = new Map(current);
      if (saved?.value === value) next.delete(key);
      else next.set(key, value);
      return next;
    });
    setProblems(({ [key]: _solved, ...others }) => others);
  };
  const discard = () => {
    setChanges(new Map());
    setProblems({});
    setFailure(null);
  };
  const save = async () => {
    const { keys, entries } = changedEntries(changes);
    setSaving(true);
    setProblems({});
    setFailure(null);
    try {
      const written = await operations.setAttendanceRoster(entries);
      notify('harbour.attendance.roster.saved', { type: 'success', messageArgs: { smart_count: written } });
      setChanges(new Map());
      reload();
    } catch (error) {
      const inPlace = cellProblems(fieldsOf(error), keys);
      setProblems(inPlace);
      // Every problem is marked on its cell; those of the week shown need not be said again above.
      const shown = new Set(Object.keys(inPlace).filter((key) => days.includes(key.split(' ')[1])));
      const onCell = (field: string) => {
        const index = /^entries\.(\d+)\./.exec(field)?.[1];
        return index !== undefined && shown.has(keys[Number(index)]);
      };
      setFailure(errorSentence(error, onCell) || translate('harbour.attendance.roster.cell_problems'));
    } finally {
      setSaving(false);
    }
  };

  const shiftName = (id: string) => shifts.find((shift) => shift.id === id)?.name ?? rows.flatMap((row) => Object.values(row.cells)).find((cell) => cell.value === id)?.shiftName ?? '';
  const cellLabel = (value: unknown) => (value === '' ? <EmptyValue /> : value === REST ? translate('harbour.attendance.roster.rest') : shiftName(String(value)));

  return (
    <Card sx={{ mt: 2 }} data-testid="attendance-roster">
      <Title title={translate('harbour.attendance.roster.title')} />
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 2, flexWrap: 'wrap' }}>
          <Tooltip title={translate('harbour.attendance.roster.previous_week')}>
            <IconButton aria-label={translate('harbour.attendance.roster.previous_week')} onClick={() => goTo(addDays(week, -7))}>
              <ChevronLeftIcon />
            </IconButton>
          </Tooltip>
          <Typography component="span" sx={{ minWidth: 200, textAlign: 'center', fontVariantNumeric: 'tabular-nums' }} data-testid="roster-week">
            {`${dates.formatDate(days[0])} – ${dates.formatDate(days[6])}`}
          </Typography>
          <Tooltip title={translate('harbour.attendance.roster.next_week')}>
            <IconButton aria-label={translate('harbour.attendance.roster.next_week')} onClick={() => goTo(addDays(week, 7))}>
              <ChevronRightIcon />
            </IconButton>
          </Tooltip>
          <Button size="small" onClick={() => goTo(weekOf(dayOf(new Date())))}>
            {translate('harbour.attendance.roster.this_week')}
          </Button>
          <TextField
            size="small"
            label={translate('harbour.attendance.roster.go_to')}
            value={jump}
            onChange={(event) => {
              setJump(event.target.value);
              const day = dates.parseDate(event.target.value);
              if (day) setWeek(weekOf(day));
            }}
            slotProps={{ htmlInput: { inputMode: 'numeric', placeholder: dates.pattern } }}
            sx={{ width: 170, ml: 1 }}
          />
          <Box sx={{ flex: 1 }} />
          {canWrite && (
            <>
              <PersonPicker onPick={(person) => setAdded((current) => (current.some((other) => other.id === person.id) ? current : [...current, person]))} />
              <Button variant="outlined" startIcon={<UploadFileIcon />} onClick={() => setImporting(true)}>
                {translate('harbour.attendance.roster.import')}
              </Button>
            </>
          )}
        </Box>
        {failure && (
          <Alert severity="error" sx={{ mb: 2 }} data-testid="roster-failure">
            {failure}
          </Alert>
        )}
        {roster.error && !roster.data ? (
          <Alert severity="error">{errorSentence(roster.error)}</Alert>
        ) : !roster.data ? (
          <Loading />
        ) : rows.length === 0 ? (
          <Alert severity="info" data-testid="roster-empty">
            {translate(canWrite ? 'harbour.attendance.roster.empty_add' : 'harbour.attendance.roster.empty')}
          </Alert>
        ) : (
          <TableContainer sx={{ opacity: roster.isPending ? 0.6 : 1 }} aria-busy={roster.isPending}>
            <Table size="small" aria-label={translate('harbour.attendance.roster.title')}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('harbour.attendance.roster.person')}</TableCell>
                  {days.map((day) => (
                    <TableCell key={day} sx={{ whiteSpace: 'nowrap', minWidth: 130 }}>
                      {translate(`harbour.attendance.roster.weekdays.${weekdayOf(day)}`)}
                      <Typography variant="caption" color="text.secondary" component="span" sx={{ display: 'block' }}>
                        {dates.formatDate(day)}
                      </Typography>
                    </TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((row) => (
                  <TableRow key={row.personId} data-testid="roster-row" data-person={row.personId}>
                    <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>
                      {row.name}
                    </TableCell>
                    {days.map((day) => {
                      const key = cellKey(row.personId, day);
                      const saved = row.cells[day];
                      const changed = changes.get(key);
                      const problem = problems[key];
                      return (
                        <TableCell
                          key={day}
                          data-testid="roster-cell"
                          data-date={day}
                          data-changed={changed !== undefined || undefined}
                          sx={changed !== undefined ? { bgcolor: 'action.selected' } : undefined}
                        >
                          {canWrite ? (
                            <>
                              <TextField
                                select
                                size="small"
                                fullWidth
                                error={Boolean(problem)}
                                value={changed ?? saved?.value ?? ''}
                                onChange={(event) => change(row.personId, day, saved, event.target.value)}
                                slotProps={{
                                  select: {
                                    displayEmpty: true,
                                    renderValue: cellLabel,
                                    SelectDisplayProps: { 'aria-label': `${row.name} ${dates.formatDate(day)}` },
                                  },
                                }}
                              >
                                {/* Without an entry the cell shows "—"; the API has no way back to that, so it is not offered. */}
                                <MenuItem value="" sx={{ display: 'none' }} />
                                <MenuItem value={REST}>{translate('harbour.attendance.roster.rest')}</MenuItem>
                                {shifts.map((shift) => (
                                  <MenuItem key={shift.id} value={shift.id}>
                                    {shift.name}
                                    <Typography variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                                      {`${shift.start}–${shift.end}`}
                                    </Typography>
                                  </MenuItem>
                                ))}
                              </TextField>
                              {problem && <FormHelperText error>{problem}</FormHelperText>}
                            </>
                          ) : (
                            <CellText cell={saved} />
                          )}
                        </TableCell>
                      );
                    })}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
        {canWrite && (
          <Stack direction="row" spacing={2} sx={{ mt: 2, alignItems: 'center' }}>
            <Button variant="contained" startIcon={<SaveIcon />} disabled={saving || changes.size === 0} onClick={() => void save()}>
              {translate('ra.action.save')}
            </Button>
            {changes.size > 0 && (
              <>
                <Button disabled={saving} onClick={discard}>
                  {translate('harbour.attendance.roster.discard')}
                </Button>
                <Typography variant="body2" color="text.secondary" data-testid="roster-changes">
                  {translate('harbour.attendance.roster.unsaved', { smart_count: changes.size })}
                </Typography>
              </>
            )}
          </Stack>
        )}
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
          {translate('harbour.attendance.roster.help')}
        </Typography>
      </CardContent>
      {canWrite && <ImportDialog open={importing} onClose={() => setImporting(false)} onImported={reload} />}
    </Card>
  );
}

function PermittedRoster() {
  const { canAccess, isPending } = useCanAccess({ resource: 'attendanceRoster', action: 'list' });
  if (isPending) return <Loading />;
  return canAccess ? <RosterScreen /> : <AccessDenied />;
}

/**
 * 排班表: a week of the roster (Monday to Sunday, moved week by week or to a day's week) — the people with entries in it
 * and any HR adds, each day's shift or rest day. HR changes cells and saves them together (`setAttendanceRoster`, all or
 * none; the API's problems on their cells), or imports a roster file; the others read the entries they may see.
 */
export function RosterPage() {
  return (
    <Authenticated>
      <PermittedRoster />
    </Authenticated>
  );
}
