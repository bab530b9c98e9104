import { Box, Divider, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Show, SimpleShowLayout, TextField, useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import { scopeOfConditions } from './permissionForm';
import { PermissionPreview } from './PermissionPreview';
import { RoleHolders } from './RoleHolders';
import { usePermissionVocabulary } from './usePermissionVocabulary';

function RoleTitle() {
  const record = useRecordContext();
  return <>{record?.name ?? ''}</>;
}

function RuleTable() {
  const record = useRecordContext();
  const translate = useTranslate();
  const { vocabulary, actionLabel, subjectLabel } = usePermissionVocabulary();
  if (!record) return null;
  // In words where the scope picker has words for it; hand-written conditions as written.
  const conditionsText = (rule: RaRecord) => {
    const subject = vocabulary?.subjects.find((candidate) => candidate.name === rule.subject);
    const scope = subject && scopeOfConditions(subject, rule.conditions);
    if (scope) return subject.scopes.find((option) => option.scope === scope.scope)?.label ?? scope.scope;
    return rule.conditions ? JSON.stringify(rule.conditions) : '—';
  };
  return (
    <Box sx={{ p: 2 }}>
      <Typography variant="h6" component="h2" gutterBottom>
        {translate('harbour.roles.rules')}
      </Typography>
      <Table size="small" aria-label={translate('harbour.roles.rules')}>
        <TableHead>
          <TableRow>
            <TableCell>#</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate('resources.roles.fields.action')}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate('resources.roles.fields.subject')}</TableCell>
            <TableCell>{translate('resources.roles.fields.rules.conditions')}</TableCell>
            <TableCell>{translate('resources.roles.fields.rules.fields')}</TableCell>
            <TableCell>{translate('harbour.roles.rule_description')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {record.rules.map((rule: RaRecord, index: number) => (
            <TableRow key={index}>
              <TableCell>{index + 1}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {rule.inverted ? `${translate('harbour.roles.deny')} · ` : ''}
                {actionLabel(rule.action)}
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{subjectLabel(rule.subject)}</TableCell>
              <TableCell sx={{ fontSize: 13 }}>{conditionsText(rule)}</TableCell>
              <TableCell sx={{ fontFamily: 'monospace', fontSize: 12 }}>{rule.fields?.join(', ') ?? '—'}</TableCell>
              <TableCell>{rule.description ?? '—'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}

function RolePreview() {
  const record = useRecordContext();
  return record ? (
    <Box sx={{ p: 2 }}>
      <PermissionPreview rules={record.rules} help="harbour.roles.preview_help_saved" />
    </Box>
  ) : null;
}

/** A role for those who may read but not change roles (e.g. HR, auditors): its rules, effective permissions and holders. */
export function RoleShow() {
  return (
    <Show title={<RoleTitle />}>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="description" emptyText="—" />
      </SimpleShowLayout>
      <Divider />
      <RuleTable />
      <Divider />
      <RolePreview />
      <Divider />
      <RoleHolders />
    </Show>
  );
}
