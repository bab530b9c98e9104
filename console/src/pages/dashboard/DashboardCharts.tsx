import { Box, Card, CardContent, Grid, Typography, useTheme } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useDates } from '../../providers/dates';

// Plain SVG rather than a chart library: two small charts did not justify a dependency, and this file is loaded
// only when the dashboard shows them (React.lazy), so the console's first load does not grow.

/** Headcount of one department. */
export interface DepartmentFigure {
  id: string;
  name: string;
  headcount: number;
}

/** One month of the workforce figures. */
export interface MonthFigure {
  month: string;
  joiners: number;
  leavers: number;
  headcount: number;
}

function HeadcountByDepartment({ departments }: { departments: DepartmentFigure[] }) {
  const translate = useTranslate();
  const theme = useTheme();
  const max = Math.max(1, ...departments.map((department) => department.headcount));
  const row = 28;
  const summary = departments.map((department) => `${department.name} ${department.headcount}`).join(', ');
  return (
    <svg
      viewBox={`0 0 320 ${departments.length * row}`}
      width="100%"
      style={{ maxWidth: 480 }}
      role="img"
      aria-label={`${translate('harbour.dashboard.headcount_by_department')}: ${summary}`}
      data-testid="headcount-chart"
    >
      {departments.map((department, index) => {
        const width = (department.headcount / max) * 150;
        return (
          <g key={department.id} transform={`translate(0, ${index * row})`} data-testid="headcount-bar" data-name={department.name} data-value={department.headcount}>
            <text x={110} y={row / 2 + 5} textAnchor="end" fontSize={13} fill={theme.palette.text.primary}>
              {department.name.length > 8 ? `${department.name.slice(0, 8)}…` : department.name}
            </text>
            <rect x={118} y={5} width={Math.max(width, 1)} height={row - 10} rx={3} fill={theme.palette.primary.main} />
            <text x={124 + width} y={row / 2 + 5} fontSize={13} fill={theme.palette.text.secondary}>
              {department.headcount}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function JoinersAndLeavers({ months }: { months: MonthFigure[] }) {
  const translate = useTranslate();
  const theme = useTheme();
  const { formatMonth } = useDates();
  const height = 160;
  const slot = 320 / months.length;
  const max = Math.max(1, ...months.flatMap((month) => [month.joiners, month.leavers]));
  const bar = (value: number) => (value / max) * (height - 30);
  // The headcount has its own scale (it is many times the monthly changes): its line spans the chart's height.
  const low = Math.min(...months.map((month) => month.headcount));
  const high = Math.max(...months.map((month) => month.headcount));
  const level = (headcount: number) => (high === low ? height / 2 : height - 10 - ((headcount - low) / (high - low)) * (height - 30));
  const joinerColour = theme.palette.success.main;
  const leaverColour = theme.palette.error.main;
  const headcountColour = theme.palette.primary.main;
  const latest = months[months.length - 1];
  const summary = months.map((month) => `${formatMonth(month.month)} +${month.joiners} −${month.leavers} = ${month.headcount}`).join(', ');
  return (
    <>
      <svg
        viewBox={`0 0 320 ${height + 20}`}
        width="100%"
        style={{ maxWidth: 560 }}
        role="img"
        aria-label={`${translate('harbour.dashboard.joiners_leavers')}: ${summary}`}
        data-testid="workforce-chart"
      >
        <line x1={0} x2={320} y1={height} y2={height} stroke={theme.palette.divider} />
        {months.map((month, index) => {
          const x = index * slot;
          const width = slot / 2 - 3;
          const last = index === months.length - 1;
          return (
            <g key={month.month} data-testid="workforce-month" data-month={month.month} data-joiners={month.joiners} data-leavers={month.leavers} data-headcount={month.headcount}>
              <rect x={x + 2} y={height - bar(month.joiners)} width={width} height={bar(month.joiners)} fill={joinerColour} />
              <rect x={x + 2 + width} y={height - bar(month.leavers)} width={width} height={bar(month.leavers)} fill={leaverColour} />
              {(index % 3 === 2 || last) && (
                <text x={last ? 320 : x + slot / 2} y={height + 15} textAnchor={last ? 'end' : 'middle'} fontSize={10} fill={theme.palette.text.secondary}>
                  {formatMonth(month.month)}
                </text>
              )}
            </g>
          );
        })}
        <polyline points={months.map((month, index) => `${index * slot + slot / 2},${level(month.headcount)}`).join(' ')} fill="none" stroke={headcountColour} strokeWidth={2} />
      </svg>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2, mt: 1 }}>
        {[
          { colour: joinerColour, label: translate('harbour.dashboard.joiners') },
          { colour: leaverColour, label: translate('harbour.dashboard.leavers') },
          { colour: headcountColour, label: translate('harbour.dashboard.headcount_now', { count: latest.headcount }) },
        ].map((legend) => (
          <Box key={legend.colour} sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
            <Box sx={{ width: 12, height: 12, bgcolor: legend.colour, borderRadius: 0.5 }} />
            <Typography variant="caption">{legend.label}</Typography>
          </Box>
        ))}
      </Box>
    </>
  );
}

/** The dashboard's charts: headcount by department, and joiners and leavers by month (each only when given). */
export default function DashboardCharts({ departments, months }: { departments: DepartmentFigure[] | null; months: MonthFigure[] | null }) {
  const translate = useTranslate();
  return (
    <Grid container spacing={2} sx={{ mb: 3 }}>
      {departments && departments.length > 0 && (
        <Grid size={{ xs: 12, md: 6 }}>
          <Card sx={{ height: '100%' }}>
            <CardContent>
              <Typography variant="h6" component="h2" gutterBottom>
                {translate('harbour.dashboard.headcount_by_department')}
              </Typography>
              <HeadcountByDepartment departments={departments} />
            </CardContent>
          </Card>
        </Grid>
      )}
      {months && (
        <Grid size={{ xs: 12, md: 6 }}>
          <Card sx={{ height: '100%' }}>
            <CardContent>
              <Typography variant="h6" component="h2" gutterBottom>
                {translate('harbour.dashboard.joiners_leavers')}
              </Typography>
              <JoinersAndLeavers months={months} />
            </CardContent>
          </Card>
        </Grid>
      )}
    </Grid>
  );
}
