import { Alert, Box, Card, CardContent, MenuItem, Skeleton, Tab, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Tabs, TextField, Typography } from '@mui/material';
import { lazy, Suspense, useMemo, useState } from 'react';
import { Title, useGetList, useTranslate } from 'react-admin';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useDates } from '../../providers/dates';
import { errorSentence, graphqlRequest } from '../../providers/graphqlClient';
import { localDay, metricFormats, periodRange, stepName, templateRows, totals, type MetricFormats, type PeriodChoice, type TemplateRow } from './metrics';
import { APPROVAL_METRICS } from './operations';

const TemplateCharts = lazy(async () => ({ default: (await import('./MetricsCharts')).TemplateCharts }));
const StepCharts = lazy(async () => ({ default: (await import('./MetricsCharts')).StepCharts }));

/** The summary table's columns: the figure each shows and how it is written. */
const TEMPLATE_COLUMNS = [
  ['submitted', 'count', 'harbour.approvals.metrics.columns.submitted'],
  ['approved', 'count', 'harbour.approvals.metrics.columns.approved'],
  ['rejected', 'count', 'harbour.approvals.metrics.columns.rejected'],
  ['withdrawn', 'count', 'harbour.approvals.metrics.columns.withdrawn'],
  ['revoked', 'count', 'harbour.approvals.metrics.columns.revoked'],
  ['returned', 'count', 'harbour.approvals.metrics.columns.returned'],
  ['medianCycleHours', 'hours', 'harbour.approvals.metrics.columns.median_cycle'],
  ['p90CycleHours', 'hours', 'harbour.approvals.metrics.columns.p90_cycle'],
  ['rejectionRate', 'rate', 'harbour.approvals.metrics.columns.rejection_rate'],
  ['returnRate', 'rate', 'harbour.approvals.metrics.columns.return_rate'],
  ['slaBreaches', 'count', 'harbour.approvals.metrics.columns.breaches'],
  ['rubberStamps', 'count', 'harbour.approvals.metrics.columns.rubber_stamps'],
] as const;

const STEP_COLUMNS = [
  ['decided', 'count', 'harbour.approvals.metrics.columns.decided'],
  ['rejected', 'count', 'harbour.approvals.metrics.columns.rejected'],
  ['returned', 'count', 'harbour.approvals.metrics.columns.returned'],
  ['medianDecisionHours', 'hours', 'harbour.approvals.metrics.columns.median_decision'],
  ['p90DecisionHours', 'hours', 'harbour.approvals.metrics.columns.p90_decision'],
  ['slaBreaches', 'count', 'harbour.approvals.metrics.columns.breaches'],
  ['rubberStamps', 'count', 'harbour.approvals.metrics.columns.rubber_stamps'],
] as const;

function FigureCell({ value, kind, formats, column }: { value: number | null | undefined; kind: keyof MetricFormats; formats: MetricFormats; column: string }) {
  return (
    <TableCell align="right" data-column={column} data-value={value ?? ''} sx={{ fontVariantNumeric: 'tabular-nums' }}>
      {formats[kind](value)}
    </TableCell>
  );
}

/** Per template: volumes, cycle times, rates, breaches and rubber stamps; with more than one template, their totals. */
function TemplateTable({ rows, names, formats }: { rows: TemplateRow[]; names: Map<string, string>; formats: MetricFormats }) {
  const translate = useTranslate();
  const sum = totals(rows.map((row) => row.figures));
  return (
    <TableContainer sx={{ mb: 2 }}>
      <Table size="small" data-testid="metrics-table">
        <TableHead>
          <TableRow>
            <TableCell>{translate('harbour.approvals.metrics.columns.template')}</TableCell>
            {TEMPLATE_COLUMNS.map((column) => (
              <TableCell key={column[0]} align="right">
                {translate(column[2])}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key} data-testid="metrics-row" data-template-id={row.figures.template?.id ?? ''}>
              <TableCell component="th" scope="row">
                {names.get(row.key)}
              </TableCell>
              {TEMPLATE_COLUMNS.map(([column, kind]) => (
                <FigureCell key={column} column={column} value={row.figures[column]} kind={kind} formats={formats} />
              ))}
            </TableRow>
          ))}
          {rows.length > 1 && (
            <TableRow data-testid="metrics-total" sx={{ '& th, & td': { fontWeight: 600 } }}>
              <TableCell component="th" scope="row">
                {translate('harbour.approvals.metrics.total')}
              </TableCell>
              {TEMPLATE_COLUMNS.map(([column, kind]) => (
                <FigureCell key={column} column={column} value={column in sum ? sum[column as keyof typeof sum] : null} kind={kind} formats={formats} />
              ))}
            </TableRow>
          )}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/** One template's steps: decisions, decision times, breaches and rubber stamps, with their charts. */
function StepView({ rows, names, formats }: { rows: TemplateRow[]; names: Map<string, string>; formats: MetricFormats }) {
  const translate = useTranslate();
  // Only templates the caller may read can be chosen (the others have no id to choose them by).
  const choices = rows.filter((row) => row.figures.template);
  const [chosen, setChosen] = useState<string>('');
  const row = choices.find((entry) => entry.key === chosen) ?? choices.find((entry) => entry.figures.nodes.length > 0) ?? choices[0];
  if (!row) return <Typography color="text.secondary">{translate('harbour.approvals.metrics.empty_steps')}</Typography>;
  const nodes = row.figures.nodes;
  return (
    <>
      <TextField
        fullWidth={false}
        select
        size="small"
        label={translate('harbour.approvals.metrics.step_template')}
        value={row.key}
        onChange={(event) => setChosen(event.target.value)}
        sx={{ minWidth: 240, mb: 2 }}
        slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'metrics-step-template' } as object } }}
      >
        {choices.map((choice) => (
          <MenuItem key={choice.key} value={choice.key}>
            {names.get(choice.key)}
          </MenuItem>
        ))}
      </TextField>
      {nodes.length === 0 ? (
        <Typography color="text.secondary" data-testid="metrics-steps-empty">
          {translate('harbour.approvals.metrics.empty_steps')}
        </Typography>
      ) : (
        <>
          <TableContainer sx={{ mb: 2 }}>
            <Table size="small" data-testid="metrics-steps-table">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('harbour.approvals.metrics.columns.step')}</TableCell>
                  {STEP_COLUMNS.map((column) => (
                    <TableCell key={column[0]} align="right">
                      {translate(column[2])}
                    </TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {nodes.map((node) => (
                  <TableRow key={node.nodeId} data-testid="metrics-step-row" data-node-id={node.nodeId}>
                    <TableCell component="th" scope="row">
                      {stepName(node)}
                    </TableCell>
                    {STEP_COLUMNS.map(([column, kind]) => (
                      <FigureCell key={column} column={column} value={node[column]} kind={kind} formats={formats} />
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          <Suspense fallback={<Skeleton height={220} />}>
            <StepCharts nodes={nodes} formats={formats} />
          </Suspense>
        </>
      )}
    </>
  );
}

// react-admin's theme makes text fields as wide as their container: the filters sit side by side (fullWidth={false}).

/**
 * 審批統計: how the approval templates and their steps performed over a period (the API's `approvalMetrics`, for those
 * who may analyse templates): a summary row per template, charts of cycle times and outcomes, and per step of a chosen
 * template its decision times, time-limit breaches and rubber-stamp approvals.
 */
export function MetricsPage() {
  const translate = useTranslate();
  const dates = useDates();
  const formats = useMemo(() => metricFormats(dates.locale), [dates.locale]);
  // "Today" is when the page opened: the period does not move while someone reads it.
  const [today] = useState(() => new Date());
  const [choice, setChoice] = useState<PeriodChoice>('LAST_30');
  const [fromText, setFromText] = useState('');
  const [toText, setToText] = useState('');
  const [templateId, setTemplateId] = useState('');
  const [secondsText, setSecondsText] = useState('10');
  const [view, setView] = useState<'templates' | 'steps'>('templates');
  const { data: templates = [] } = useGetList('approvalTemplates', { pagination: { page: 1, perPage: 100 } });

  const period = periodRange(choice, today, { from: dates.parseDate(fromText), to: dates.parseDate(toText) });
  const seconds = /^\d+$/.test(secondsText.trim()) ? Number(secondsText) : NaN;
  const secondsValid = Number.isInteger(seconds) && seconds >= 1 && seconds <= 3600;
  const variables = period && secondsValid ? { ...period, templateId: templateId || null, rubberStampSeconds: seconds } : null;
  const metrics = useApiQuery(async () => (variables ? (await graphqlRequest(APPROVAL_METRICS, variables)).approvalMetrics : null), JSON.stringify(variables));

  const rows = useMemo(() => templateRows(metrics.data ?? []), [metrics.data]);
  const names = useMemo(() => new Map(rows.map((row) => [row.key, row.name ?? translate('harbour.approvals.metrics.unreadable_template')])), [rows, translate]);

  const choosePeriod = (next: PeriodChoice) => {
    if (next === 'CUSTOM' && !fromText && !toText) {
      setFromText(dates.formatDate(localDay(new Date(today.getFullYear(), today.getMonth(), today.getDate() - 29))));
      setToText(dates.formatDate(localDay(today)));
    }
    setChoice(next);
  };

  return (
    <Box sx={{ mt: 2 }} data-testid="approval-metrics">
      <Title title={translate('harbour.approvals.metrics.title')} />
      <Card sx={{ mb: 2 }}>
        <CardContent sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start' }}>
          <TextField
            fullWidth={false}
            select
            size="small"
            label={translate('harbour.approvals.metrics.period')}
            value={choice}
            onChange={(event) => choosePeriod(event.target.value as PeriodChoice)}
            sx={{ minWidth: 180 }}
            slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'metrics-period' } as object } }}
          >
            <MenuItem value="LAST_30">{translate('harbour.approvals.metrics.last_30')}</MenuItem>
            <MenuItem value="LAST_90">{translate('harbour.approvals.metrics.last_90')}</MenuItem>
            <MenuItem value="CUSTOM">{translate('harbour.approvals.metrics.custom')}</MenuItem>
          </TextField>
          {choice === 'CUSTOM' && (
            <>
              <TextField
                fullWidth={false}
                size="small"
                label={translate('harbour.approvals.metrics.from')}
                value={fromText}
                onChange={(event) => setFromText(event.target.value)}
                error={!period}
                helperText={period ? translate('harbour.dates.hint', { pattern: dates.pattern }) : translate('harbour.approvals.metrics.range_invalid')}
                slotProps={{ htmlInput: { inputMode: 'numeric', placeholder: dates.pattern, 'data-testid': 'metrics-from' } }}
                sx={{ maxWidth: 220 }}
              />
              <TextField
                fullWidth={false}
                size="small"
                label={translate('harbour.approvals.metrics.to')}
                value={toText}
                onChange={(event) => setToText(event.target.value)}
                error={!period}
                slotProps={{ htmlInput: { inputMode: 'numeric', placeholder: dates.pattern, 'data-testid': 'metrics-to' } }}
                sx={{ maxWidth: 220 }}
              />
            </>
          )}
          <TextField
            fullWidth={false}
            select
            size="small"
            label={translate('harbour.approvals.metrics.template')}
            value={templateId}
            onChange={(event) => setTemplateId(event.target.value)}
            sx={{ minWidth: 220 }}
            slotProps={{ select: { displayEmpty: true, SelectDisplayProps: { 'data-testid': 'metrics-template' } as object }, inputLabel: { shrink: true } }}
          >
            <MenuItem value="">{translate('harbour.approvals.metrics.all_templates')}</MenuItem>
            {templates.map((template) => (
              <MenuItem key={template.id} value={String(template.id)}>
                {template.name}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            fullWidth={false}
            size="small"
            label={translate('harbour.approvals.metrics.rubber_stamp_seconds')}
            value={secondsText}
            onChange={(event) => setSecondsText(event.target.value)}
            error={!secondsValid}
            slotProps={{ htmlInput: { inputMode: 'numeric', 'data-testid': 'metrics-rubber-stamp-seconds' } }}
            sx={{ maxWidth: 260 }}
          />
        </CardContent>
      </Card>
      {!variables ? null : metrics.isPending && !metrics.data ? (
        <Skeleton height={240} />
      ) : metrics.error ? (
        <Alert severity="error" data-testid="metrics-error">
          {errorSentence(metrics.error)}
        </Alert>
      ) : rows.length === 0 ? (
        <Alert severity="info" data-testid="metrics-empty">
          {translate('harbour.approvals.metrics.empty')}
        </Alert>
      ) : (
        <Card sx={{ opacity: metrics.isPending ? 0.6 : 1 }} aria-busy={metrics.isPending}>
          <CardContent>
            <Tabs value={view} onChange={(_event, next: 'templates' | 'steps') => setView(next)} sx={{ mb: 2 }}>
              <Tab value="templates" label={translate('harbour.approvals.metrics.by_template')} data-testid="metrics-view-templates" />
              <Tab value="steps" label={translate('harbour.approvals.metrics.by_step')} data-testid="metrics-view-steps" />
            </Tabs>
            {view === 'templates' ? (
              <>
                <TemplateTable rows={rows} names={names} formats={formats} />
                <Suspense fallback={<Skeleton height={220} />}>
                  <TemplateCharts rows={rows} names={names} formats={formats} />
                </Suspense>
              </>
            ) : (
              <StepView rows={rows} names={names} formats={formats} />
            )}
            <Typography variant="body2" color="text.secondary">
              {translate('harbour.approvals.metrics.help')}
            </Typography>
          </CardContent>
        </Card>
      )}
    </Box>
  );
}
