import DownloadIcon from '@mui/icons-material/GetApp';
import VerifiedIcon from '@mui/icons-material/VerifiedUser';
import { Alert, Box, Button, CircularProgress, Grid, Stack, Typography } from '@mui/material';
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  AutocompleteInput,
  DataTable,
  fetchRelatedRecords,
  FilterButton,
  List,
  ReferenceInput,
  SelectInput,
  TopToolbar,
  useCanAccess,
  useDataProvider,
  useListContext,
  useLocaleState,
  useNotify,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { LocalDateField, LocalDateInput } from '../../components/LocalDateInput';
import { JsonView } from '../../components/JsonView';
import { useConsoleModules } from '../../module';
import { actionKey, categoryKey, targetTypeKey } from './auditLabels';
import { auditSentence, referenceName } from './auditSentence';
import { AUDIT_EXPORT_LIMIT, auditExporter } from './auditExport';
import { useAuditOperations, type AuditChainVerification, type AuditEntry, type AuditListMeta } from './dataProvider';

const chainReasons: Record<string, string> = {
  ENTRY_MISSING: 'harbour.audit.reasons.missing_entry',
  LINK_BROKEN: 'harbour.audit.reasons.bad_link',
  CONTENT_ALTERED: 'harbour.audit.reasons.bad_hash',
  NEWEST_MISSING: 'harbour.audit.reasons.missing_newest',
};

/** How a verification run (one or more `verifyAuditChain` steps) stands: running, finished, or stopped by an error. */
interface VerificationRun {
  /** Whether it started again from the oldest entry kept ("Verify everything"). */
  full: boolean;
  running: boolean;
  /** The last step's answer. */
  last?: AuditChainVerification;
  /** Entries re-hashed by all the steps of this run. */
  checked: number;
  error?: string;
}

/**
 * "Verify new entries" (from the last checkpoint) and "Verify everything" (`full` on the first call), and the result
 * banner. The API verifies a bounded number of entries per call, so a run calls again while the answer is incomplete
 * and intact, showing how far it got, and stops at a break, an error or when the screen is left.
 */
function VerifyChain() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const operations = useAuditOperations();
  const canVerify = useCanAccess({ resource: 'audit', action: 'verify' }).canAccess;
  const [run, setRun] = useState<VerificationRun | null>(null);
  const stopped = useRef<AbortController | null>(null);
  useEffect(() => () => stopped.current?.abort(), []);
  if (!canVerify) return null;
  const verify = async (full: boolean) => {
    const controller = new AbortController();
    stopped.current = controller;
    let state: VerificationRun = { full, running: true, checked: 0 };
    setRun(state);
    try {
      for (let first = true; ; first = false) {
        const step = await operations.verifyAuditChain(full && first);
        if (controller.signal.aborted) return;
        const previous = state.last?.verifiedThroughSequence;
        state = { ...state, last: step, checked: state.checked + step.checkedEntries };
        if (step.complete || !step.valid) break;
        // A step that moved nothing would be asked again forever.
        if (previous !== undefined && step.verifiedThroughSequence <= previous) throw new Error(translate('harbour.audit.verify_stuck', { sequence: step.verifiedThroughSequence }));
        setRun(state);
      }
      state = { ...state, running: false };
    } catch (error) {
      state = { ...state, running: false, error: (error as Error).message };
    }
    if (!controller.signal.aborted) setRun(state);
  };
  const finished = run && !run.running && !run.error ? run : undefined;
  const verification = finished?.last;
  const checked = finished?.checked ?? 0;
  const spinner = <CircularProgress size={16} />;
  return (
    <Box sx={{ mt: 2 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Button variant="outlined" onClick={() => void verify(false)} disabled={run?.running} startIcon={run?.running && !run.full ? spinner : <VerifiedIcon />}>
          {translate('harbour.audit.verify_new')}
        </Button>
        <Button onClick={() => void verify(true)} disabled={run?.running} startIcon={run?.running && run.full ? spinner : undefined}>
          {translate('harbour.audit.verify_all')}
        </Button>
        {run?.running && run.last && (
          <Typography variant="body2" color="text.secondary" role="status" data-testid="audit-chain-progress">
            {translate('harbour.audit.verifying', { sequence: run.last.verifiedThroughSequence })}
          </Typography>
        )}
      </Stack>
      {run?.error && (
        <Alert severity="error" sx={{ mt: 1 }} data-testid="audit-chain-error">
          {run.error}
        </Alert>
      )}
      {verification && (
        <Alert severity={verification.valid ? 'success' : 'error'} sx={{ mt: 1 }} data-testid="audit-chain-result">
          {verification.valid
            ? [
                translate('harbour.audit.chain_valid', { smart_count: checked, count: checked.toLocaleString(locale), sequence: verification.verifiedThroughSequence }),
                verification.prunedThroughSequence > 0 ? translate('harbour.audit.chain_pruned', { sequence: verification.prunedThroughSequence }) : '',
              ]
                .filter(Boolean)
                .join(' ')
            : translate('harbour.audit.chain_broken', {
                sequence: verification.firstBrokenSequence ?? '?',
                reason: verification.reasonCode ? translate(chainReasons[verification.reasonCode] ?? verification.reasonCode, { _: verification.reason ?? verification.reasonCode }) : '',
              })}
        </Alert>
      )}
    </Box>
  );
}

/**
 * Downloads every entry that matches the list's filters (not only the page) as CSV, through react-admin's `getData`
 * (the data provider reads the API 100 entries at a time) and the list's exporter, showing how many have arrived. At
 * most AUDIT_EXPORT_LIMIT entries, the newest; past it the console says so.
 */
function ExportAuditButton() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const dataProvider = useDataProvider();
  const { getData, exporter, resource, total } = useListContext();
  const [progress, setProgress] = useState<{ loaded: number; total: number } | null>(null);
  const stopped = useRef<AbortController | null>(null);
  useEffect(() => () => stopped.current?.abort(), []);
  const exportAll = async () => {
    if (!getData || !exporter) return;
    const controller = new AbortController();
    stopped.current = controller;
    setProgress({ loaded: 0, total: Math.min(total ?? 0, AUDIT_EXPORT_LIMIT) });
    try {
      const meta: AuditListMeta = {
        onProgress: (loaded, matching) => setProgress({ loaded: Math.min(loaded, AUDIT_EXPORT_LIMIT), total: Math.min(matching, AUDIT_EXPORT_LIMIT) }),
        signal: controller.signal,
      };
      // One more than the limit tells whether there were more.
      const entries = await getData({ maxResults: AUDIT_EXPORT_LIMIT + 1, meta });
      const capped = entries.length > AUDIT_EXPORT_LIMIT;
      await exporter(entries.slice(0, AUDIT_EXPORT_LIMIT), fetchRelatedRecords(dataProvider), dataProvider, resource);
      if (capped) notify('harbour.audit.export_capped', { type: 'warning', autoHideDuration: null, messageArgs: { count: AUDIT_EXPORT_LIMIT.toLocaleString(locale) } });
      else notify('harbour.audit.exported', { type: 'success', messageArgs: { smart_count: entries.length, count: entries.length.toLocaleString(locale) } });
    } catch (error) {
      // Leaving the screen stops the export without a word.
      if (!controller.signal.aborted) notify((error as Error).message, { type: 'error' });
    } finally {
      if (!controller.signal.aborted) setProgress(null);
    }
  };
  return (
    <Button
      size="small"
      onClick={() => void exportAll()}
      disabled={progress !== null || !total || !getData || !exporter}
      startIcon={progress ? <CircularProgress size={16} /> : <DownloadIcon />}
      data-testid="audit-export"
    >
      {progress ? translate('harbour.audit.exporting', { loaded: progress.loaded.toLocaleString(locale), total: progress.total.toLocaleString(locale) }) : translate('ra.action.export')}
    </Button>
  );
}

/** The entry as a sentence with the names of its records now, and the action in plain words under it. */
function SentenceCell({ record }: { record: AuditEntry }) {
  const translate = useTranslate();
  return (
    <Box data-testid="audit-sentence">
      <Typography variant="body2">{auditSentence(record, translate)}</Typography>
      <Typography variant="caption" color="text.secondary">
        {translate(actionKey(record.action), { _: record.action })}
      </Typography>
    </Box>
  );
}

function AuditDetails() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const meta: [string, string | null | undefined][] = [
    ['resources.audit.fields.eventCode', record.action],
    ['resources.audit.fields.targetType', record.targetType],
    ['resources.audit.fields.targetId', record.targetId],
    ['resources.audit.fields.actorId', record.actorId ?? translate('harbour.audit.system_actor')],
    ['resources.audit.fields.ip', record.ip],
    ['resources.audit.fields.userAgent', record.userAgent],
    ['resources.audit.fields.requestId', record.requestId],
    ['resources.audit.fields.hash', record.hash],
    ['resources.audit.fields.previousHash', record.previousHash],
  ];
  return (
    <Box sx={{ p: 1 }} data-testid="audit-details">
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 6 }}>
          <Typography variant="subtitle2" gutterBottom>
            {translate('resources.audit.fields.before')}
          </Typography>
          <JsonView value={record.before} label={translate('resources.audit.fields.before')} />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Typography variant="subtitle2" gutterBottom>
            {translate('resources.audit.fields.after')}
          </Typography>
          <JsonView value={record.after} label={translate('resources.audit.fields.after')} />
        </Grid>
      </Grid>
      <References entry={record as AuditEntry} />
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5, mt: 2, mb: 0, fontSize: 13 }}>
        {meta.map(([label, value]) => (
          <Box key={label} sx={{ display: 'contents' }}>
            <Box component="dt" sx={{ color: 'text.secondary' }}>
              {translate(label)}
            </Box>
            <Box component="dd" sx={{ m: 0, fontFamily: 'monospace', wordBreak: 'break-all' }}>
              {value || '—'}
            </Box>
          </Box>
        ))}
      </Box>
    </Box>
  );
}

/** The records the entry names (actor, target, ids in before/after) with their names now, next to the ids the values hold. */
function References({ entry }: { entry: AuditEntry }) {
  const translate = useTranslate();
  return (
    <Box sx={{ mt: 2 }} data-testid="audit-references">
      <Typography variant="subtitle2" gutterBottom>
        {translate('resources.audit.fields.references')}
      </Typography>
      {entry.references.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('harbour.audit.no_references')}
        </Typography>
      ) : (
        <Box component="ul" sx={{ m: 0, pl: 2, fontSize: 13 }}>
          {entry.references.map((reference) => (
            <li key={`${reference.type}:${reference.id}`}>
              {translate(targetTypeKey(reference.type), { _: reference.type })} · {referenceName(reference, translate)}{' '}
              <Box component="span" sx={{ color: 'text.secondary', fontFamily: 'monospace' }}>
                {reference.id}
              </Box>
            </li>
          ))}
        </Box>
      )}
    </Box>
  );
}

/** The action filter's choices: every action the log records, in plain words, alphabetically in the reader's language. */
function useActionChoices() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const operations = useAuditOperations();
  const [actions, setActions] = useState<string[]>([]);
  useEffect(() => {
    let current = true;
    // Without the list the filter offers no choices; the rest of the screen works, so a failure is not worth a message.
    operations.auditActions().then(
      (loaded) => current && setActions(loaded),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [operations]);
  return useMemo(() => actions.map((action) => ({ id: action, name: translate(actionKey(action), { _: action }) })).sort((a, b) => a.name.localeCompare(b.name, locale)), [actions, translate, locale]);
}

function AuditActions() {
  return (
    <TopToolbar>
      <FilterButton />
      <ExportAuditButton />
    </TopToolbar>
  );
}

const OccurredAtField = () => <LocalDateField source="occurredAt" withTime />;

/** The tamper-evident audit log, newest first, filterable, exportable as CSV, with before/after values and chain verification. */
export function AuditList() {
  const translate = useTranslate();
  // Each module names the areas and record types of its own entries.
  const modules = useConsoleModules();
  const actionPrefixes = modules.flatMap((module) => module.audit?.actionPrefixes ?? []);
  const targetTypes = modules.flatMap((module) => module.audit?.targetTypes ?? []);
  const actionChoices = useActionChoices();
  const filters = [
    <ReferenceInput key="actorId" source="actorId" reference="people" alwaysOn>
      <AutocompleteInput label="resources.audit.fields.actorId" />
    </ReferenceInput>,
    <ReferenceInput key="departmentId" source="departmentId" reference="departments" perPage={20} alwaysOn>
      <AutocompleteInput label="resources.audit.fields.departmentId" />
    </ReferenceInput>,
    <AutocompleteInput key="action" source="action" alwaysOn choices={actionChoices} translateChoice={false} />,
    <LocalDateInput key="from" source="from" alwaysOn />,
    <LocalDateInput key="to" source="to" alwaysOn />,
    <SelectInput key="actionPrefix" source="actionPrefix" choices={actionPrefixes.map((prefix) => ({ id: prefix, name: categoryKey(prefix) }))} />,
    <SelectInput key="targetType" source="targetType" choices={targetTypes.map((type) => ({ id: type, name: targetTypeKey(type) }))} />,
  ];
  return (
    <>
      <VerifyChain />
      <List
        filters={filters}
        actions={<AuditActions />}
        exporter={auditExporter}
        perPage={25}
        sort={{ field: 'sequence', order: 'DESC' }}
        title={translate('resources.audit.name', { smart_count: 2 })}
      >
        <DataTable bulkActionButtons={false} expand={<AuditDetails />} expandSingle rowClick="expand">
          <DataTable.Col source="sequence" disableSort />
          <DataTable.Col source="occurredAt" disableSort field={OccurredAtField} />
          <DataTable.Col source="sentence" disableSort render={(record) => <SentenceCell record={record as AuditEntry} />} />
        </DataTable>
      </List>
    </>
  );
}
