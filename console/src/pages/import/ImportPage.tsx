import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import DownloadIcon from '@mui/icons-material/Download';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Alert, Box, Button, Card, CardContent, Chip, LinearProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useState, type ChangeEvent } from 'react';
import { AccessDenied, Authenticated, Loading, Title, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { ImportKind as Kind } from '../../gql/graphql';
import { useImportKinds } from '../../hooks/useImportKinds';
import { useImportOperations, type ImportProgress, type ImportReport } from './dataProvider';

/** The bytes of a file as base64 (in slices: a spread of a whole large file would overflow the call stack). */
function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Hands a file to the browser's download. */
function download(fileName: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * A CSV cell for Excel: quoted, quotes doubled; a value Excel would run as a formula (=, +, -, @ first) gets a leading
 * apostrophe, so an offending value from the file cannot execute when the report is opened.
 */
const csvCell = (value: string) => `"${(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value).replace(/"/g, '""')}"`;

/**
 * The report's problems as a CSV file Excel opens in any language (UTF-8 with BOM): row as Excel numbers it, column as
 * the file headed it, the offending value and the problem in the signed-in person's language.
 */
function problemsCsv(report: ImportReport, headers: string[]): Blob {
  const lines = [headers, ...report.problems.map((problem) => [String(problem.row), problem.column, problem.value ?? '', problem.message])].map((cells) => cells.map(csvCell).join(','));
  return new Blob([`\uFEFF${lines.join('\r\n')}\r\n`], { type: 'text/csv;charset=utf-8' });
}

const columns: Record<Kind, { name: string; required?: boolean }[]> = {
  DEPARTMENTS: [{ name: 'external_id', required: true }, { name: 'name', required: true }, { name: 'parent_external_id' }, { name: 'code' }],
  PEOPLE: [
    { name: 'external_id', required: true },
    { name: 'display_name', required: true },
    { name: 'english_name' },
    { name: 'work_email' },
    { name: 'employee_no' },
    { name: 'job_title' },
    { name: 'rank_code' },
    { name: 'department_external_ids', required: true },
    { name: 'manager_external_id' },
    { name: 'employment_start_date' },
    { name: 'mobile_phone' },
  ],
};

const examples: Record<Kind, string> = {
  DEPARTMENTS: ['external_id,name,parent_external_id,code', 'D100,機電部,,MEP', 'D110,地盤三組（荃灣）,工程部,SITE-3', 'D111,測量組,D110,'].join('\n'),
  PEOPLE: [
    'external_id,display_name,english_name,work_email,employee_no,job_title,rank_code,department_external_ids,manager_external_id,employment_start_date,mobile_phone',
    'E2001,陳大文,Chan Tai Man,tm.chan@example.com,WA2001,地盤總管,M2,工程部/地盤三組（荃灣）,,2024-04-01,+852 9123 4567',
    'E2002,黃小芬,Wong Siu Fun,sf.wong@example.com,WA2002,技術員,P2,SITE-3;PRJ,E2001,2025-01-06,',
  ].join('\n'),
};

function ColumnGuide({ kind }: { kind: Kind }) {
  const translate = useTranslate();
  return (
    <Table size="small" aria-label={translate('harbour.import.columns_title')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('harbour.import.column')}</TableCell>
          <TableCell>{translate('harbour.import.meaning')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {columns[kind].map((column) => (
          <TableRow key={column.name}>
            <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
              {column.name}
              {column.required && <Chip size="small" label={translate('harbour.import.required')} sx={{ ml: 1 }} />}
            </TableCell>
            <TableCell>{translate(`harbour.import.columns.${column.name}`)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function ReportView({ report, dryRun }: { report: ImportReport; dryRun: boolean }) {
  const translate = useTranslate();
  const readAs = report.format === 'XLSX' ? translate('harbour.import.read_as_xlsx') : translate('harbour.import.read_as', { encoding: report.encoding ?? '' });
  const downloadProblems = () =>
    download(
      `${translate('harbour.import.problems_file')}.csv`,
      problemsCsv(report, [translate('harbour.import.row'), translate('harbour.import.column'), translate('harbour.import.value'), translate('harbour.import.problem')]),
    );
  const summary = (
    <Stack direction="row" spacing={1} sx={{ my: 1 }}>
      <Chip color="success" variant="outlined" label={translate('harbour.import.created', { count: report.created })} />
      <Chip color="info" variant="outlined" label={translate('harbour.import.updated', { count: report.updated })} />
      <Chip variant="outlined" label={translate('harbour.import.unchanged', { count: report.unchanged })} />
    </Stack>
  );
  return (
    <Box data-testid="import-report" sx={{ mt: 2 }}>
      {report.problems.length > 0 ? (
        <Alert severity="error">{translate(dryRun ? 'harbour.import.check_found_problems' : 'harbour.import.has_problems', { smart_count: report.problems.length })}</Alert>
      ) : report.applied ? (
        <Alert severity="success">{translate('harbour.import.applied')}</Alert>
      ) : (
        <Alert severity="info">{translate(dryRun ? 'harbour.import.dry_run_ok' : 'harbour.import.not_applied')}</Alert>
      )}
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }} data-testid="import-read-as">
        {readAs}
      </Typography>
      {summary}
      {report.problems.length > 0 && (
        <>
          <Button size="small" startIcon={<DownloadIcon />} onClick={downloadProblems} sx={{ mb: 1 }}>
            {translate('harbour.import.download_problems')}
          </Button>
          <Table size="small" aria-label={translate('harbour.import.problems')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('harbour.import.row')}</TableCell>
                <TableCell>{translate('harbour.import.column')}</TableCell>
                <TableCell>{translate('harbour.import.value')}</TableCell>
                <TableCell>{translate('harbour.import.problem')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {report.problems.map((problem, index) => (
                <TableRow key={index}>
                  <TableCell>{problem.row}</TableCell>
                  <TableCell>{problem.column}</TableCell>
                  <TableCell sx={{ wordBreak: 'break-all' }}>{problem.value}</TableCell>
                  <TableCell>{problem.message}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </Box>
  );
}

const STAGES: ImportProgress['stage'][] = ['CHECKING', 'SAVING', 'VERIFYING', 'DONE'];

/** The import's step in words and as a bar (indeterminate until the first step is heard of). */
function ImportProgressBar({ progress, dryRun }: { progress: ImportProgress | null; dryRun: boolean }) {
  const translate = useTranslate();
  // A check goes through the same steps as an import but keeps nothing: its words never speak of saving.
  const total = progress?.totalRows.toLocaleString();
  const stageLabel = (stage: ImportProgress['stage']) => (dryRun ? translate(`harbour.import.check_stages.${stage}`, { total }) : translate(`harbour.import.stages.${stage}`, { total }));
  const label = progress ? stageLabel(progress.stage) : translate('harbour.import.running');
  const withinStage = progress && progress.totalRows > 0 ? progress.processedRows / progress.totalRows : 0;
  const value = progress ? Math.min(100, ((STAGES.indexOf(progress.stage) + withinStage) / (STAGES.length - 1)) * 100) : 0;
  return (
    <Box sx={{ mt: 2 }} data-testid="import-progress">
      <LinearProgress variant={progress ? 'determinate' : 'indeterminate'} value={value} aria-label={label} />
      <Typography variant="caption" color="text.secondary" role="status">
        {label}
      </Typography>
    </Box>
  );
}

function ImportForm({ kinds }: { kinds: Kind[] }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const operations = useImportOperations();
  const [kind, setKind] = useState<Kind>(kinds[0]);
  const [file, setFile] = useState<{ name: string; content: string } | null>(null);
  const [running, setRunning] = useState<{ dryRun: boolean } | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [result, setResult] = useState<{ report: ImportReport; dryRun: boolean } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    event.target.value = '';
    setResult(null);
    setFailure(null);
    try {
      setFile(chosen ? { name: chosen.name, content: toBase64(await chosen.arrayBuffer()) } : null);
    } catch (error) {
      // The file went away or cannot be read (permissions, a cloud placeholder): say so instead of doing nothing.
      setFile(null);
      setFailure((error as Error).message);
    }
  };

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setRunning({ dryRun });
    setProgress(null);
    setFailure(null);
    try {
      const report = await operations.importOrganizationFile(kind, file.content, dryRun, setProgress);
      setResult({ report, dryRun });
      if (report.applied) {
        notify('harbour.import.applied', { type: 'success' });
        refresh();
      }
    } catch (error) {
      setFailure((error as Error).message);
    } finally {
      setRunning(null);
    }
  };

  const downloadTemplate = async () => {
    setFailure(null);
    try {
      const template = await operations.organizationImportTemplate(kind);
      download(template.fileName, new Blob([Uint8Array.from(atob(template.content), (c) => c.charCodeAt(0))], { type: template.mediaType }));
    } catch (error) {
      setFailure((error as Error).message);
    }
  };

  const checked = result?.dryRun && result.report.problems.length === 0;
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('harbour.import.title')} />
      <CardContent>
        <Typography variant="body1" sx={{ mb: 2 }}>
          {translate('harbour.import.intro')}
        </Typography>
        <Typography variant="subtitle2" component="p" sx={{ mb: 1 }}>
          {translate('harbour.import.kind')}
        </Typography>
        <ToggleButtonGroup
          exclusive
          color="primary"
          value={kind}
          onChange={(_, value: Kind | null) => {
            if (value) {
              setKind(value);
              setResult(null);
              setFailure(null);
            }
          }}
          aria-label={translate('harbour.import.kind')}
          sx={{ mb: 2 }}
        >
          <ToggleButton value="DEPARTMENTS" disabled={!kinds.includes('DEPARTMENTS')}>
            {translate('harbour.import.kinds.DEPARTMENTS')}
          </ToggleButton>
          <ToggleButton value="PEOPLE" disabled={!kinds.includes('PEOPLE')}>
            {translate('harbour.import.kinds.PEOPLE')}
          </ToggleButton>
        </ToggleButtonGroup>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' }, mb: 2 }}>
          <Button component="label" variant="outlined" startIcon={<UploadFileIcon />} disabled={Boolean(running)}>
            {translate('harbour.import.choose_file')}
            <input
              hidden
              type="file"
              accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              data-testid="import-file"
              onChange={(event) => void pick(event)}
            />
          </Button>
          <Typography variant="body2" color={file ? 'text.primary' : 'text.secondary'}>
            {file ? file.name : translate('harbour.import.no_file')}
          </Typography>
          <Button startIcon={<DownloadIcon />} onClick={() => void downloadTemplate()}>
            {translate('harbour.import.download_template')}
          </Button>
        </Stack>
        <Stack direction="row" spacing={2}>
          <Button variant="outlined" startIcon={<FactCheckIcon />} disabled={!file || Boolean(running)} onClick={() => void run(true)}>
            {translate('harbour.import.dry_run')}
          </Button>
          <Button variant="contained" startIcon={<CheckCircleIcon />} disabled={!checked || Boolean(running)} onClick={() => void run(false)}>
            {translate('harbour.import.run')}
          </Button>
        </Stack>
        {!checked && file && !running && (
          <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 1 }}>
            {translate('harbour.import.dry_run_first')}
          </Typography>
        )}
        {running && <ImportProgressBar progress={progress} dryRun={running.dryRun} />}
        {failure && (
          <Alert severity="error" sx={{ mt: 2 }} data-testid="import-failure">
            {failure}
          </Alert>
        )}
        {result && <ReportView report={result.report} dryRun={result.dryRun} />}
        <Typography variant="h6" component="h2" sx={{ mt: 4, mb: 1 }}>
          {translate('harbour.import.columns_title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('harbour.import.columns_intro')}
        </Typography>
        <ColumnGuide kind={kind} />
        <Typography variant="subtitle2" component="p" sx={{ mt: 2, mb: 1 }}>
          {translate('harbour.import.example')}
        </Typography>
        <Box component="pre" sx={{ m: 0, p: 1.5, bgcolor: 'grey.100', borderRadius: 1, fontSize: 12, overflowX: 'auto' }}>
          {examples[kind]}
        </Box>
      </CardContent>
    </Card>
  );
}

function PermittedImport() {
  const { kinds, isPending } = useImportKinds();
  if (isPending) return <Loading />;
  return kinds.length ? <ImportForm kinds={kinds} /> : <AccessDenied />;
}

/** Import of departments or people from CSV or Excel: a check (dry run) shows the report and row problems, then the import is applied. */
export function ImportPage() {
  return (
    <Authenticated>
      <PermittedImport />
    </Authenticated>
  );
}
