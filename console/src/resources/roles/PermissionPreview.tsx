import { Alert, Box, Chip, LinearProgress, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { useRoleOperations, type EffectivePermission } from './dataProvider';
import type { PermissionRuleInput } from '../../gql/graphql';
import type { FieldProblem } from '../../providers/graphqlClient';
import { toRuleInputs, type RuleFormValue } from './ruleForm';
import { usePermissionVocabulary } from './usePermissionVocabulary';

const DEBOUNCE_MS = 400;

function AccessCell({ permission }: { permission: EffectivePermission | undefined }) {
  const translate = useTranslate();
  if (!permission || permission.access === 'NONE') {
    return (
      <Typography variant="body2" color="text.disabled" aria-label={translate('harbour.roles.access.NONE')}>
        —
      </Typography>
    );
  }
  if (permission.access === 'ALL') return <Chip size="small" color="success" label={translate('harbour.roles.access.ALL')} />;
  return (
    <Tooltip title={<Box sx={{ whiteSpace: 'pre-wrap' }}>{permission.reach.join('\n')}</Box>}>
      <Chip size="small" color="warning" variant="outlined" label={translate('harbour.roles.access.CONDITIONAL')} />
    </Tooltip>
  );
}

/** The effective permissions of the unsaved rules (`previewRolePermissions`) as a subject × action matrix. */
export function PermissionPreview({ rules, help = 'harbour.roles.preview_help' }: { rules: RuleFormValue[] | undefined; help?: string }) {
  const translate = useTranslate();
  const operations = useRoleOperations();
  const { vocabulary, actionLabel, subjectLabel } = usePermissionVocabulary();
  const [result, setResult] = useState<{ permissions?: EffectivePermission[]; error?: string; problems?: FieldProblem[] }>({});
  const [loading, setLoading] = useState(false);
  const inputs = toRuleInputs(rules);
  // The rules are new objects on every render; their serialised form (the key) says when their meaning changes.
  const key = JSON.stringify(inputs);

  useEffect(() => {
    const previewed = JSON.parse(key) as PermissionRuleInput[] | null;
    if (!previewed) return;
    let current = true;
    const timer = setTimeout(() => {
      setLoading(true);
      operations
        .previewRolePermissions(previewed)
        .then(
          (permissions) => current && setResult({ permissions }),
          (error: Error & { body?: { fields?: FieldProblem[] } }) => current && setResult({ error: error.message, problems: error.body?.fields }),
        )
        .finally(() => current && setLoading(false));
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key, operations]);

  const actions = (vocabulary?.actions ?? []).filter((action) => action !== 'manage');
  const subjects = vocabulary?.subjects ?? [];
  const find = (subject: string, action: string) => result.permissions?.find((p) => p.subject === subject && p.action === action);
  return (
    <Box data-testid="permission-preview">
      <Typography variant="h6" component="h2">
        {translate('harbour.roles.preview_title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate(help)}
      </Typography>
      {!inputs && <Alert severity="info">{translate('harbour.roles.preview_incomplete')}</Alert>}
      {result.error && (
        <Alert severity="error">
          {result.error}
          {result.problems?.map((problem) => {
            const number = /^rules\.(\d+)/.exec(problem.field)?.[1];
            return (
              <Box key={problem.field} component="span" sx={{ display: 'block' }}>
                {number ? translate('harbour.roles.rule_problem', { number: Number(number) + 1, message: problem.message }) : problem.message}
              </Box>
            );
          })}
        </Alert>
      )}
      <Box sx={{ height: 4 }}>{loading && <LinearProgress />}</Box>
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-label={translate('harbour.roles.preview_title')}>
          <TableHead>
            <TableRow>
              <TableCell />
              {actions.map((action) => (
                <TableCell key={action} align="center" sx={{ whiteSpace: 'nowrap' }}>
                  {actionLabel(action)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {subjects.map((subject) => (
              <TableRow key={subject.name}>
                <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>
                  <Box component="span" sx={{ display: 'inline-block', '&::first-letter': { textTransform: 'uppercase' } }}>
                    {subjectLabel(subject.name)}
                  </Box>
                </TableCell>
                {actions.map((action) => (
                  <TableCell key={action} align="center">
                    <AccessCell permission={find(subject.name, action)} />
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    </Box>
  );
}
