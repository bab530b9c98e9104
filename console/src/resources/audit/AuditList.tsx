import VerifiedIcon from '@mui/icons-material/VerifiedUser';
import { Alert, Box, Button, CircularProgress, Grid, Typography } from '@mui/material';
import { useState } from 'react';
import { AutocompleteInput, DataTable, DateInput, FilterButton, List, ReferenceInput, SelectInput, TopToolbar, useCanAccess, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { JsonView } from '../../components/JsonView';
import { useConsoleModules } from '../../module';
import { actionKey, categoryKey, targetTypeKey } from './auditLabels';
import { useAuditOperations, type AuditChainVerification } from './dataProvider';

const chainReasons: Record<string, string> = {
  ENTRY_MISSING: 'harbour.audit.reasons.missing_entry',
  LINK_BROKEN: 'harbour.audit.reasons.bad_link',
  CONTENT_ALTERED: 'harbour.audit.reasons.bad_hash',
  NEWEST_MISSING: 'harbour.audit.reasons.missing_newest',
};

/** The "Verify chain" button and its result banner (`verifyAuditChain`). */
function VerifyChain() {
  const translate = useTranslate();
  const operations = useAuditOperations();
  const canVerify = useCanAccess({ resource: 'audit', action: 'verify' }).canAccess;
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<{ verification?: AuditChainVerification; error?: string } | null>(null);
  if (!canVerify) return null;
  const verify = async () => {
    setRunning(true);
    try {
      setResult({ verification: await operations.verifyAuditChain() });
    } catch (error) {
      setResult({ error: (error as Error).message });
    } finally {
      setRunning(false);
    }
  };
  const verification = result?.verification;
  return (
    <Box sx={{ mt: 2 }}>
      <Button variant="outlined" onClick={() => void verify()} disabled={running} startIcon={running ? <CircularProgress size={16} /> : <VerifiedIcon />}>
        {translate('harbour.audit.verify')}
      </Button>
      {result?.error && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {result.error}
        </Alert>
      )}
      {verification && (
        <Alert severity={verification.valid ? 'success' : 'error'} sx={{ mt: 1 }} data-testid="audit-chain-result">
          {verification.valid
            ? translate('harbour.audit.chain_valid', { count: verification.checkedEntries })
            : translate('harbour.audit.chain_broken', {
                sequence: verification.firstBrokenSequence ?? '?',
                reason: verification.reasonCode ? translate(chainReasons[verification.reasonCode] ?? verification.reasonCode, { _: verification.reason ?? verification.reasonCode }) : '',
              })}
        </Alert>
      )}
    </Box>
  );
}

function ActionCell({ record }: { record: Record<string, any> }) {
  const translate = useTranslate();
  return (
    <Box>
      <Typography variant="body2">{translate(actionKey(record.action), { _: record.action })}</Typography>
      <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
        {record.action}
      </Typography>
    </Box>
  );
}

function AuditDetails() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const meta: [string, string | null | undefined][] = [
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

function AuditActions() {
  return (
    <TopToolbar>
      <FilterButton />
    </TopToolbar>
  );
}

/** The tamper-evident audit log, newest first, filterable, with before/after values and chain verification. */
export function AuditList() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  // Each module names the areas and record types of its own entries.
  const modules = useConsoleModules();
  const actionPrefixes = modules.flatMap((module) => module.audit?.actionPrefixes ?? []);
  const targetTypes = modules.flatMap((module) => module.audit?.targetTypes ?? []);
  const filters = [
    <SelectInput key="actionPrefix" source="actionPrefix" alwaysOn choices={actionPrefixes.map((prefix) => ({ id: prefix, name: categoryKey(prefix) }))} />,
    <SelectInput key="targetType" source="targetType" choices={targetTypes.map((type) => ({ id: type, name: targetTypeKey(type) }))} />,
    <ReferenceInput key="actorId" source="actorId" reference="people">
      <AutocompleteInput label="resources.audit.fields.actorId" />
    </ReferenceInput>,
    <DateInput key="from" source="from" />,
    <DateInput key="to" source="to" />,
  ];
  return (
    <>
      <VerifyChain />
      <List filters={filters} actions={<AuditActions />} exporter={false} perPage={25} sort={{ field: 'sequence', order: 'DESC' }} title={translate('resources.audit.name', { smart_count: 2 })}>
        <DataTable bulkActionButtons={false} expand={<AuditDetails />} expandSingle rowClick="expand">
          <DataTable.Col source="sequence" disableSort />
          <DataTable.Col source="occurredAt" disableSort render={(record) => new Date(record.occurredAt).toLocaleString(locale)} />
          <DataTable.Col source="action" disableSort render={(record) => <ActionCell record={record} />} />
          <DataTable.Col source="actorName" disableSort render={(record) => record.actorName ?? translate('harbour.audit.system_actor')} />
          <DataTable.Col
            source="targetType"
            disableSort
            render={(record) => {
              const type = translate(targetTypeKey(record.targetType), { _: record.targetType });
              return record.targetLabel ? `${type} · ${record.targetLabel}` : type;
            }}
          />
        </DataTable>
      </List>
    </>
  );
}
