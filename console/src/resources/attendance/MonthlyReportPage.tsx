import DownloadIcon from '@mui/icons-material/Download';
import {
  Alert,
  Autocomplete,
  Box,
  Button,
  Card,
  CardContent,
  MenuItem,
  Skeleton,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TablePagination,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { lazy, Suspense, useMemo, useState } from 'react';
import { AccessDenied, Authenticated, Loading, Title, useCanAccess, useGetList, useGetOne, useNotify, useTranslate } from 'react-admin';
import type { AttendanceReportFormat } from '../../gql/graphql';
import { useApiQuery } from '../../hooks/useApiQuery';
import { MAX_PAGE } from '../../providers/dataProvider';
import { useDates } from '../../providers/dates';
import { errorSentence } from '../../providers/graphqlClient';
import { useAttendanceDayOperations } from './dataProvider';
import { fileBlob, figureFormats, monthOf, recentMonths, type PersonMonth, type ReportFile } from './reports';

const ReportCharts = lazy(async () => ({ default: (await import('./ReportCharts')).ReportCharts }));

/** The months the picker offers, this one first. */
const PICKED_MONTHS = 24;
/** The months the trend shows, the chosen one last. */
const TREND_MONTHS = 6;

/** The table's figures after the person and the department, each with its column title. */
const COLUMNS = [
  ['workingDays', 'count', 'harbour.attendance.report.columns.working_days'],
  ['daysPresent', 'count', 'harbour.attendance.report.columns.days_present'],
  ['absentDays', 'count', 'harbour.attendance.report.columns.absent_days'],
  ['lateCount', 'count', 'harbour.attendance.report.columns.late_count'],
  ['lateMinutes', 'count', 'harbour.attendance.report.columns.late_minutes'],
  ['earlyLeaveCount', 'count', 'harbour.attendance.report.columns.early_leave_count'],
  ['earlyLeaveMinutes', 'count', 'harbour.attendance.report.columns.early_leave_minutes'],
  ['missingPunches', 'count', 'harbour.attendance.report.columns.missing_punches'],
  ['offsiteDays', 'count', 'harbour.attendance.report.columns.offsite_days'],
  ['restDaysWorked', 'count', 'harbour.attendance.report.columns.rest_days_worked'],
  ['leaveDays', 'hours', 'harbour.attendance.report.columns.leave_days'],
  ['makeUpPunches', 'count', 'harbour.attendance.report.columns.make_up_punches'],
  ['overtimeHours', 'hours', 'harbour.attendance.report.columns.overtime_hours'],
  ['workedHours', 'hours', 'harbour.attendance.report.columns.worked_hours'],
] as const;

/** Saves the report file through the browser: a Blob of its bytes, offered as a link with `download` and clicked. */
function saveFile(file: ReportFile): void {
  const url = URL.createObjectURL(fileBlob(file));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the Blob after the click returns: revoking the URL at once could cut the download short.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Picks one department by typing part of its name (the API searches), or none for every department. */
function DepartmentPicker({ value, onChange }: { value: string | null; onChange: (id: string | null) => void }) {
  const translate = useTranslate();
  const [search, setSearch] = useState('');
  const { data: found = [] } = useGetList('departments', { filter: { q: search }, pagination: { page: 1, perPage: 20 } });
  const { data: chosen } = useGetOne('departments', { id: value ?? '' }, { enabled: Boolean(value) });
  const names = new Map([...(chosen ? [chosen] : []), ...found].map((record) => [String(record.id), String(record.name)]));
  const options = [...new Set([...(value ? [value] : []), ...found.map((record) => String(record.id))])];
  return (
    <Autocomplete
      options={options}
      value={value}
      getOptionLabel={(id) => names.get(id) ?? ''}
      filterOptions={(all) => all}
      onInputChange={(_event, text, reason) => reason === 'input' && setSearch(text)}
      onChange={(_event, id) => onChange(id)}
      renderInput={(params) => <TextField {...params} size="small" label={translate('harbour.attendance.report.department')} placeholder={translate('harbour.attendance.report.all_departments')} />}
      sx={{ width: 280 }}
    />
  );
}

function ReportScreen() {
  const translate = useTranslate();
  const notify = useNotify();
  const dates = useDates();
  const formats = useMemo(() => figureFormats(dates.locale), [dates.locale]);
  const operations = useAttendanceDayOperations();
  // This month as of when the page opened: the month it shows first, and the newest the picker offers.
  const [current] = useState(() => monthOf(new Date()));
  const [month, setMonth] = useState(current);
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const [pageIndex, setPageIndex] = useState(0);
  const [downloading, setDownloading] = useState<AttendanceReportFormat | null>(null);
  const key = `${month}:${departmentId ?? ''}`;
  const summary = useApiQuery(() => operations.attendanceMonthlySummary(month, departmentId), key);
  // The trend: the summary of each of the five months before, one call each (plus the chosen month's, read above),
  // summed by department in the browser — acceptable for now; a per-department summary from the API would replace it.
  const earlier = recentMonths(month, TREND_MONTHS).slice(0, -1);
  const history = useApiQuery(() => Promise.all(earlier.map((previous) => operations.attendanceMonthlySummary(previous, departmentId))), key);
  const rows = summary.data ?? [];
  const trendMonths = summary.data && history.data ? [...earlier.map((previous, index) => ({ month: previous, rows: history.data![index] })), { month, rows: summary.data }] : null;
  const shown = rows.slice(pageIndex * MAX_PAGE, (pageIndex + 1) * MAX_PAGE);
  const hiddenPerson = translate('harbour.attendance.punches.hidden_person');

  const choose = (next: { month?: string; departmentId?: string | null }) => {
    if (next.month !== undefined) setMonth(next.month);
    if (next.departmentId !== undefined) setDepartmentId(next.departmentId);
    setPageIndex(0);
  };

  const download = async (format: AttendanceReportFormat) => {
    setDownloading(format);
    try {
      saveFile(await operations.attendanceMonthlyReport(month, format, departmentId));
    } catch (failure) {
      notify(errorSentence(failure), { type: 'error' });
    } finally {
      setDownloading(null);
    }
  };

  return (
    <Box sx={{ mt: 2 }} data-testid="attendance-report">
      <Title title={translate('harbour.attendance.report.title')} />
      <Card sx={{ mb: 2 }}>
        <CardContent sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
          <TextField
            fullWidth={false}
            select
            size="small"
            label={translate('harbour.attendance.report.month')}
            value={month}
            onChange={(event) => choose({ month: event.target.value })}
            sx={{ minWidth: 140 }}
            slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'report-month' } as object } }}
          >
            {recentMonths(current, PICKED_MONTHS)
              .reverse()
              .map((option) => (
                <MenuItem key={option} value={option}>
                  {dates.formatMonth(option)}
                </MenuItem>
              ))}
          </TextField>
          <DepartmentPicker value={departmentId} onChange={(id) => choose({ departmentId: id })} />
          <Box sx={{ flex: 1 }} />
          <Button variant="outlined" startIcon={<DownloadIcon />} disabled={downloading !== null} onClick={() => void download('CSV')}>
            {translate('harbour.attendance.report.download_csv')}
          </Button>
          <Button variant="outlined" startIcon={<DownloadIcon />} disabled={downloading !== null} onClick={() => void download('XLSX')}>
            {translate('harbour.attendance.report.download_xlsx')}
          </Button>
        </CardContent>
      </Card>
      {summary.error ? (
        <Alert severity="error">{errorSentence(summary.error)}</Alert>
      ) : !summary.data ? (
        <Skeleton height={240} />
      ) : rows.length === 0 ? (
        <Alert severity="info" data-testid="report-empty">
          {translate('harbour.attendance.report.empty', { month: dates.formatMonth(month) })}
        </Alert>
      ) : (
        <>
          <Card sx={{ mb: 2, opacity: summary.isPending ? 0.6 : 1 }} aria-busy={summary.isPending}>
            <CardContent>
              <TableContainer>
                <Table size="small" data-testid="report-table">
                  <TableHead>
                    <TableRow>
                      <TableCell>{translate('harbour.attendance.report.columns.person')}</TableCell>
                      <TableCell>{translate('harbour.attendance.report.columns.department')}</TableCell>
                      {COLUMNS.map(([column, , label]) => (
                        <TableCell key={column} align="right">
                          {translate(label)}
                        </TableCell>
                      ))}
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {shown.map((row: PersonMonth, index) => (
                      <TableRow key={row.person?.id ?? `hidden-${pageIndex}-${index}`} data-testid="report-row">
                        <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>
                          {row.person?.displayName ?? hiddenPerson}
                        </TableCell>
                        <TableCell>{row.department?.name ?? translate('harbour.attendance.report.no_department')}</TableCell>
                        {COLUMNS.map(([column, kind]) => (
                          <TableCell key={column} align="right" data-column={column} sx={{ fontVariantNumeric: 'tabular-nums' }}>
                            {formats[kind](row[column])}
                          </TableCell>
                        ))}
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableContainer>
              {rows.length > MAX_PAGE && (
                <TablePagination
                  component="div"
                  count={rows.length}
                  page={pageIndex}
                  rowsPerPage={MAX_PAGE}
                  rowsPerPageOptions={[MAX_PAGE]}
                  onPageChange={(_event, next) => setPageIndex(next)}
                  labelDisplayedRows={({ from, to, count }) => translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total: count })}
                />
              )}
            </CardContent>
          </Card>
          <Suspense fallback={<Skeleton height={220} />}>
            <ReportCharts rows={rows} trendMonths={trendMonths} trendError={history.error} formats={formats} />
          </Suspense>
        </>
      )}
      <Typography variant="body2" color="text.secondary">
        {translate('harbour.attendance.report.help')}
      </Typography>
    </Box>
  );
}

function PermittedReport() {
  const { canAccess, isPending } = useCanAccess({ resource: 'attendanceDays', action: 'list' });
  if (isPending) return <Loading />;
  return canAccess ? <ReportScreen /> : <AccessDenied />;
}

/**
 * 考勤月報: each person's month (working days, presence, absence, lateness, early leave, missing punches, off-site days,
 * rest days worked, hours) for the computed days the signed-in person may read, by month and department; downloaded as
 * CSV or Excel; with lateness and absence by department, and their trend over six months.
 */
export function MonthlyReportPage() {
  return (
    <Authenticated>
      <PermittedReport />
    </Authenticated>
  );
}
