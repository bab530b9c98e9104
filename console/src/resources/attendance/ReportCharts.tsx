import { Alert, Box, Card, CardContent, Grid, MenuItem, Skeleton, TextField, Typography, useTheme } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { useDates } from '../../providers/dates';
import { errorSentence } from '../../providers/graphqlClient';
import { byDepartment, niceMax, NO_DEPARTMENT, OTHER_DEPARTMENTS, ranked, trend, type Bar, type Measure, type PersonMonth, type TrendLine } from './reports';

// Plain SVG, as the approval metrics' and the dashboard's charts: a few charts do not justify a chart library, and this
// file is loaded only when the report has rows to draw (React.lazy).

const LABEL_WIDTH = 120;
const BAR_WIDTH = 190;
const VIEW_WIDTH = LABEL_WIDTH + BAR_WIDTH + 60;

type Formats = { count: (value: number) => string; hours: (value: number) => string };

/** What a department is called in a chart: its name, or what stands for the people without one or the others summed. */
function useDepartmentLabel() {
  const translate = useTranslate();
  return (entry: { key: string; name: string | null }) =>
    entry.name ?? (entry.key === OTHER_DEPARTMENTS ? translate('harbour.attendance.report.other_departments') : translate('harbour.attendance.report.no_department'));
}

/** Truncates a label for a chart's axis (the full text is in the chart's description). */
const shortLabel = (text: string, length = 12) => ([...text].length > length ? `${[...text].slice(0, length - 1).join('')}…` : text);

/**
 * Horizontal bars, one per department, on one scale; each bar's value written after it. The svg's description lists
 * every department's value (what a screen reader reads instead of the picture).
 */
function DepartmentBars({ title, testId, bars, colour, format }: { title: string; testId: string; bars: Bar[]; colour: string; format: (value: number) => string }) {
  const theme = useTheme();
  const label = useDepartmentLabel();
  const row = 24;
  const max = niceMax(bars.map((bar) => bar.value));
  const summary = bars.map((bar) => `${label(bar)} ${format(bar.value)}`).join(', ');
  return (
    <svg viewBox={`0 0 ${VIEW_WIDTH} ${bars.length * row + 16}`} width="100%" style={{ maxWidth: 560 }} role="img" aria-label={`${title}: ${summary}`} data-testid={testId}>
      <line x1={LABEL_WIDTH} x2={LABEL_WIDTH} y1={0} y2={bars.length * row} stroke={theme.palette.divider} />
      <text x={LABEL_WIDTH + BAR_WIDTH} y={bars.length * row + 13} textAnchor="end" fontSize={10} fill={theme.palette.text.secondary}>
        {format(max)}
      </text>
      {bars.map((bar, index) => {
        const width = (bar.value / max) * BAR_WIDTH;
        return (
          <g key={bar.key} transform={`translate(0, ${index * row})`} data-testid={`${testId}-row`} data-name={label(bar)} data-value={bar.value}>
            <text x={LABEL_WIDTH - 8} y={row / 2 + 4} textAnchor="end" fontSize={12} fill={theme.palette.text.primary}>
              {shortLabel(label(bar))}
            </text>
            {bar.value > 0 && <rect x={LABEL_WIDTH} y={5} width={Math.max(width, 1)} height={row - 10} rx={2} fill={colour} />}
            <text x={LABEL_WIDTH + width + 4} y={row / 2 + 4} fontSize={10} fill={theme.palette.text.secondary}>
              {format(bar.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** One line per department over the months (oldest first), on one scale, with a legend naming the lines. */
function TrendLines({ title, months, lines, format }: { title: string; months: string[]; lines: TrendLine[]; format: (value: number) => string }) {
  const theme = useTheme();
  const { formatMonth } = useDates();
  const label = useDepartmentLabel();
  const colours = [theme.palette.primary.main, theme.palette.secondary.main, theme.palette.success.main, theme.palette.warning.main, theme.palette.error.main, theme.palette.info.main];
  const colourOf = (line: TrendLine, index: number) => (line.key === OTHER_DEPARTMENTS || line.key === NO_DEPARTMENT ? theme.palette.grey[500] : colours[index % colours.length]);
  const left = 36;
  const width = 320;
  const height = 150;
  const slot = width / months.length;
  const max = niceMax(lines.flatMap((line) => line.values));
  const x = (index: number) => left + index * slot + slot / 2;
  const y = (value: number) => height - (value / max) * (height - 10);
  const summary = lines.map((line) => `${label(line)}: ${line.values.map((value, index) => `${formatMonth(months[index])} ${format(value)}`).join(', ')}`).join('; ');
  return (
    <>
      <svg viewBox={`0 0 ${left + width} ${height + 20}`} width="100%" style={{ maxWidth: 560 }} role="img" aria-label={`${title}: ${summary}`} data-testid="trend-chart">
        <line x1={left} x2={left + width} y1={height} y2={height} stroke={theme.palette.divider} />
        <line x1={left} x2={left + width} y1={y(max)} y2={y(max)} stroke={theme.palette.divider} strokeDasharray="2 3" />
        <text x={left - 4} y={y(max) + 4} textAnchor="end" fontSize={10} fill={theme.palette.text.secondary}>
          {format(max)}
        </text>
        <text x={left - 4} y={height + 4} textAnchor="end" fontSize={10} fill={theme.palette.text.secondary}>
          {format(0)}
        </text>
        {months.map((month, index) => (
          <text key={month} x={x(index)} y={height + 15} textAnchor="middle" fontSize={10} fill={theme.palette.text.secondary}>
            {formatMonth(month)}
          </text>
        ))}
        {lines.map((line, index) => (
          <g key={line.key} data-testid="trend-line" data-name={label(line)} data-values={line.values.join(' ')}>
            <polyline points={line.values.map((value, position) => `${x(position)},${y(value)}`).join(' ')} fill="none" stroke={colourOf(line, index)} strokeWidth={2} />
            {line.values.map((value, position) => (
              <circle key={months[position]} cx={x(position)} cy={y(value)} r={2.5} fill={colourOf(line, index)} />
            ))}
          </g>
        ))}
      </svg>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2, mt: 1 }}>
        {lines.map((line, index) => (
          <Box key={line.key} sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
            <Box sx={{ width: 12, height: 12, bgcolor: colourOf(line, index), borderRadius: 0.5 }} />
            <Typography variant="caption">{label(line)}</Typography>
          </Box>
        ))}
      </Box>
    </>
  );
}

function ChartCard({ title, children, wide = false }: { title: string; children: ReactNode; wide?: boolean }) {
  return (
    <Grid size={{ xs: 12, md: wide ? 12 : 6 }}>
      <Card variant="outlined" sx={{ height: '100%' }}>
        <CardContent>
          <Typography variant="subtitle1" component="h3" gutterBottom sx={{ fontWeight: 600 }}>
            {title}
          </Typography>
          {children}
        </CardContent>
      </Card>
    </Grid>
  );
}

/**
 * The report's charts, computed from people's months: late days and absent days by department for the chosen month, and
 * one of them (chosen) by department over the six months that end with it (null while those are read).
 */
export function ReportCharts({
  rows,
  trendMonths,
  trendError,
  formats,
}: {
  rows: readonly PersonMonth[];
  trendMonths: { month: string; rows: readonly PersonMonth[] }[] | null;
  trendError: Error | undefined;
  formats: Formats;
}) {
  const translate = useTranslate();
  const theme = useTheme();
  const [measure, setMeasure] = useState<Measure>('lateCount');
  const departments = byDepartment(rows);
  const lateTitle = translate('harbour.attendance.report.charts.lateness');
  const absenceTitle = translate('harbour.attendance.report.charts.absence');
  const trendTitle = translate('harbour.attendance.report.charts.trend');
  return (
    <Grid container spacing={2} sx={{ mb: 2 }}>
      <ChartCard title={lateTitle}>
        <DepartmentBars title={lateTitle} testId="lateness-chart" bars={ranked(departments, 'lateCount')} colour={theme.palette.warning.main} format={formats.count} />
      </ChartCard>
      <ChartCard title={absenceTitle}>
        <DepartmentBars title={absenceTitle} testId="absence-chart" bars={ranked(departments, 'absentDays')} colour={theme.palette.error.main} format={formats.count} />
      </ChartCard>
      <ChartCard title={trendTitle} wide>
        <Box sx={{ mb: 1 }}>
          <TextField
            fullWidth={false}
            select
            size="small"
            label={translate('harbour.attendance.report.charts.measure')}
            value={measure}
            onChange={(event) => setMeasure(event.target.value as Measure)}
            sx={{ minWidth: 180 }}
            slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'trend-measure' } as object } }}
          >
            <MenuItem value="lateCount">{translate('harbour.attendance.report.charts.late_count')}</MenuItem>
            <MenuItem value="absentDays">{translate('harbour.attendance.report.charts.absent_days')}</MenuItem>
          </TextField>
        </Box>
        {trendError ? (
          <Alert severity="error">{errorSentence(trendError)}</Alert>
        ) : !trendMonths ? (
          <Skeleton height={170} />
        ) : (
          <TrendLines
            title={`${trendTitle} (${translate(measure === 'lateCount' ? 'harbour.attendance.report.charts.late_count' : 'harbour.attendance.report.charts.absent_days')})`}
            months={trendMonths.map((entry) => entry.month)}
            lines={trend(trendMonths, measure)}
            format={formats.count}
          />
        )}
      </ChartCard>
    </Grid>
  );
}
