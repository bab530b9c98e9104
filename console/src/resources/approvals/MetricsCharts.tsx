import { Box, Card, CardContent, Grid, Typography, useTheme } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { niceMax, OUTCOMES, shortLabel, stack, stepName, type MetricFormats, type NodeMetrics, type Outcome, type TemplateRow } from './metrics';

// Plain SVG, as the dashboard's charts (pages/dashboard/DashboardCharts.tsx): a few bar charts do not justify a chart
// library, and this file is loaded only when the metrics page has figures to draw (React.lazy).

const LABEL_WIDTH = 120;
const BAR_WIDTH = 190;
const VIEW_WIDTH = LABEL_WIDTH + BAR_WIDTH + 60;

interface Series {
  label: string;
  colour: string;
}

interface GroupedRow {
  key: string;
  label: string;
  /** One value per series; null: nothing to show (e.g. no request ended). */
  values: (number | null)[];
}

function Legend({ items }: { items: Series[] }) {
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2, mt: 1 }}>
      {items.map((item) => (
        <Box key={item.label} sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
          <Box sx={{ width: 12, height: 12, bgcolor: item.colour, borderRadius: 0.5 }} />
          <Typography variant="caption">{item.label}</Typography>
        </Box>
      ))}
    </Box>
  );
}

/**
 * Horizontal bars, one group per row and one bar per series, on one scale; each bar's value is written after it. The
 * svg's description lists every row's values (what a screen reader reads instead of the picture).
 */
function GroupedBars({ title, testId, rows, series, format }: { title: string; testId: string; rows: GroupedRow[]; series: Series[]; format: (value: number | null) => string }) {
  const translate = useTranslate();
  const theme = useTheme();
  const bar = 12;
  const row = series.length * bar + 12;
  const max = niceMax(rows.flatMap((entry) => entry.values));
  const summary = rows
    .map((entry) => translate('harbour.approvals.metrics.summary', { name: entry.label, values: series.map((item, index) => `${item.label} ${format(entry.values[index])}`).join(', ') }))
    .join('; ');
  return (
    <>
      <svg viewBox={`0 0 ${VIEW_WIDTH} ${rows.length * row + 16}`} width="100%" style={{ maxWidth: 560 }} role="img" aria-label={`${title}: ${summary}`} data-testid={testId}>
        <line x1={LABEL_WIDTH} x2={LABEL_WIDTH} y1={0} y2={rows.length * row} stroke={theme.palette.divider} />
        <text x={LABEL_WIDTH + BAR_WIDTH} y={rows.length * row + 13} textAnchor="end" fontSize={10} fill={theme.palette.text.secondary}>
          {format(max)}
        </text>
        {rows.map((entry, index) => (
          <g
            key={entry.key}
            transform={`translate(0, ${index * row})`}
            data-testid={`${testId}-row`}
            data-name={entry.label}
            data-values={entry.values.map((value) => (value === null ? '' : String(value))).join(' ')}
          >
            <text x={LABEL_WIDTH - 8} y={row / 2 + 4} textAnchor="end" fontSize={12} fill={theme.palette.text.primary}>
              {shortLabel(entry.label)}
            </text>
            {series.map((item, position) => {
              const value = entry.values[position];
              const width = value === null ? 0 : (value / max) * BAR_WIDTH;
              const y = 6 + position * bar;
              return (
                <g key={item.label}>
                  {value !== null && <rect x={LABEL_WIDTH} y={y} width={Math.max(width, 1)} height={bar - 2} rx={2} fill={item.colour} />}
                  <text x={LABEL_WIDTH + width + 4} y={y + bar - 4} fontSize={10} fill={theme.palette.text.secondary}>
                    {format(value)}
                  </text>
                </g>
              );
            })}
          </g>
        ))}
      </svg>
      <Legend items={series} />
    </>
  );
}

const OUTCOME_STATUS: Record<Outcome, string> = { approved: 'APPROVED', rejected: 'REJECTED', withdrawn: 'WITHDRAWN', revoked: 'REVOKED' };

/** Each template's requests that ended in the period, stacked by how they ended. */
function OutcomeMix({ rows, names, formats }: { rows: TemplateRow[]; names: Map<string, string>; formats: MetricFormats }) {
  const translate = useTranslate();
  const theme = useTheme();
  const colours: Record<Outcome, string> = {
    approved: theme.palette.success.main,
    rejected: theme.palette.error.main,
    withdrawn: theme.palette.grey[500],
    revoked: theme.palette.warning.main,
  };
  const label = (outcome: Outcome) => translate(`harbour.approvals.request_status.${OUTCOME_STATUS[outcome]}`);
  const row = 26;
  const segments = rows.map((entry) => stack(OUTCOMES.map((outcome) => ({ key: outcome, value: entry.figures[outcome] }))));
  const max = niceMax(segments.map((parts) => parts.reduce((sum, part) => sum + part.value, 0)));
  const title = translate('harbour.approvals.metrics.charts.outcomes');
  const summary = rows
    .map((entry) =>
      translate('harbour.approvals.metrics.summary', { name: names.get(entry.key)!, values: OUTCOMES.map((outcome) => `${label(outcome)} ${formats.count(entry.figures[outcome])}`).join(', ') }),
    )
    .join('; ');
  return (
    <>
      <svg viewBox={`0 0 ${VIEW_WIDTH} ${rows.length * row + 16}`} width="100%" style={{ maxWidth: 560 }} role="img" aria-label={`${title}: ${summary}`} data-testid="outcome-chart">
        <line x1={LABEL_WIDTH} x2={LABEL_WIDTH} y1={0} y2={rows.length * row} stroke={theme.palette.divider} />
        <text x={LABEL_WIDTH + BAR_WIDTH} y={rows.length * row + 13} textAnchor="end" fontSize={10} fill={theme.palette.text.secondary}>
          {formats.count(max)}
        </text>
        {rows.map((entry, index) => {
          const parts = segments[index];
          const total = parts.reduce((sum, part) => sum + part.value, 0);
          return (
            <g
              key={entry.key}
              transform={`translate(0, ${index * row})`}
              data-testid="outcome-chart-row"
              data-name={names.get(entry.key)}
              {...Object.fromEntries(OUTCOMES.map((outcome) => [`data-${outcome}`, entry.figures[outcome]]))}
            >
              <text x={LABEL_WIDTH - 8} y={row / 2 + 4} textAnchor="end" fontSize={12} fill={theme.palette.text.primary}>
                {shortLabel(names.get(entry.key)!)}
              </text>
              {parts.map((part) => (
                <rect
                  key={part.key}
                  x={LABEL_WIDTH + (part.start / max) * BAR_WIDTH}
                  y={5}
                  width={(part.value / max) * BAR_WIDTH}
                  height={row - 10}
                  fill={colours[part.key]}
                  data-testid="outcome-segment"
                  data-outcome={part.key}
                  data-value={part.value}
                />
              ))}
              <text x={LABEL_WIDTH + (total / max) * BAR_WIDTH + 4} y={row / 2 + 4} fontSize={10} fill={theme.palette.text.secondary}>
                {formats.count(total)}
              </text>
            </g>
          );
        })}
      </svg>
      <Legend items={OUTCOMES.map((outcome) => ({ label: label(outcome), colour: colours[outcome] }))} />
    </>
  );
}

function ChartCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Grid size={{ xs: 12, md: 6 }}>
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

/** The template view's charts: cycle time (median and p90) and the outcome mix, per template. */
export function TemplateCharts({ rows, names, formats }: { rows: TemplateRow[]; names: Map<string, string>; formats: MetricFormats }) {
  const translate = useTranslate();
  const theme = useTheme();
  const title = translate('harbour.approvals.metrics.charts.cycle_time');
  return (
    <Grid container spacing={2} sx={{ mb: 2 }}>
      <ChartCard title={title}>
        <GroupedBars
          title={title}
          testId="cycle-time-chart"
          rows={rows.map((entry) => ({ key: entry.key, label: names.get(entry.key)!, values: [entry.figures.medianCycleHours ?? null, entry.figures.p90CycleHours ?? null] }))}
          series={[
            { label: translate('harbour.approvals.metrics.charts.median'), colour: theme.palette.primary.main },
            { label: translate('harbour.approvals.metrics.charts.p90'), colour: theme.palette.secondary.main },
          ]}
          format={formats.hours}
        />
      </ChartCard>
      <ChartCard title={translate('harbour.approvals.metrics.charts.outcomes')}>
        <OutcomeMix rows={rows} names={names} formats={formats} />
      </ChartCard>
    </Grid>
  );
}

/** The step view's charts for one template: decision time (median and p90), and breaches and rubber stamps, per step. */
export function StepCharts({ nodes, formats }: { nodes: NodeMetrics[]; formats: MetricFormats }) {
  const translate = useTranslate();
  const theme = useTheme();
  const timeTitle = translate('harbour.approvals.metrics.charts.step_time');
  const flagsTitle = translate('harbour.approvals.metrics.charts.step_flags');
  return (
    <Grid container spacing={2} sx={{ mb: 2 }}>
      <ChartCard title={timeTitle}>
        <GroupedBars
          title={timeTitle}
          testId="step-time-chart"
          rows={nodes.map((node) => ({ key: node.nodeId, label: stepName(node), values: [node.medianDecisionHours ?? null, node.p90DecisionHours ?? null] }))}
          series={[
            { label: translate('harbour.approvals.metrics.charts.median'), colour: theme.palette.primary.main },
            { label: translate('harbour.approvals.metrics.charts.p90'), colour: theme.palette.secondary.main },
          ]}
          format={formats.hours}
        />
      </ChartCard>
      <ChartCard title={flagsTitle}>
        <GroupedBars
          title={flagsTitle}
          testId="step-flags-chart"
          rows={nodes.map((node) => ({ key: node.nodeId, label: stepName(node), values: [node.slaBreaches, node.rubberStamps] }))}
          series={[
            { label: translate('harbour.approvals.metrics.charts.breaches'), colour: theme.palette.error.main },
            { label: translate('harbour.approvals.metrics.charts.rubber_stamps'), colour: theme.palette.warning.main },
          ]}
          format={formats.count}
        />
      </ChartCard>
    </Grid>
  );
}
