import { Alert, Box, FormControlLabel, MenuItem, Switch, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ApplicantApproverPolicy, ApprovalPoliciesInput, DuplicateApproverPolicy, EmptyApproverPolicy } from '../../gql/graphql';
import { SearchPicker } from './Pickers';
import type { PlacedProblem } from './problems';

const applicant: ApplicantApproverPolicy[] = ['SKIP_TO_MANAGER', 'AUTO_APPROVE', 'KEEP'];
const duplicates: DuplicateApproverPolicy[] = ['DEDUPLICATE_CONSECUTIVE', 'DEDUPLICATE_ALL', 'KEEP'];
const empty: EmptyApproverPolicy[] = ['FAIL', 'AUTO_APPROVE', 'ASSIGN_ADMIN'];

/** The template's policies: the applicant among the approvers, repeated approvers, steps with nobody, revoking. */
export function PoliciesPanel({ policies, onChange, problems }: { policies: ApprovalPoliciesInput; onChange: (next: ApprovalPoliciesInput) => void; problems: PlacedProblem[] }) {
  const translate = useTranslate();
  const error = (rest: string) => problems.find((problem) => problem.area === 'policies' && problem.rest === rest)?.message;
  const select = <T extends string>(key: keyof ApprovalPoliciesInput, choices: T[], prefix: string) => (
    <TextField
      select
      size="small"
      label={translate(`harbour.approvals.policies.${key}`)}
      value={policies[key] ?? choices[0]}
      onChange={(event) => onChange({ ...policies, [key]: event.target.value })}
      error={Boolean(error(key))}
      helperText={error(key)}
    >
      {choices.map((choice) => (
        <MenuItem key={choice} value={choice}>
          {translate(`harbour.${prefix}.${choice}`)}
        </MenuItem>
      ))}
    </TextField>
  );
  const others = problems.filter(
    (problem) => problem.area === 'policies' && !['applicantIsApprover', 'duplicateApprovers', 'emptyApprovers', 'fallbackApproverId', 'revokeWindowDays'].includes(problem.rest),
  );
  return (
    <Box sx={{ display: 'grid', gap: 2, maxWidth: 560 }} data-testid="policies">
      {others.map((problem, index) => (
        <Alert key={index} severity="error">
          {problem.message}
        </Alert>
      ))}
      {select('applicantIsApprover', applicant, 'approvals.applicant_policy')}
      <FormControlLabel
        control={<Switch checked={Boolean(policies.allowSelfApproval)} onChange={(event) => onChange({ ...policies, allowSelfApproval: event.target.checked })} />}
        label={translate('harbour.approvals.policies.allowSelfApproval')}
      />
      {select('duplicateApprovers', duplicates, 'approvals.duplicate_policy')}
      {select('emptyApprovers', empty, 'approvals.empty_policy')}
      {policies.emptyApprovers === 'ASSIGN_ADMIN' && (
        <SearchPicker
          resource="people"
          label="harbour.approvals.policies.fallbackApproverId"
          value={policies.fallbackApproverId ? [String(policies.fallbackApproverId)] : []}
          onChange={([id]) => onChange({ ...policies, fallbackApproverId: id ?? null })}
          error={error('fallbackApproverId')}
        />
      )}
      <TextField
        size="small"
        type="number"
        label={translate('harbour.approvals.policies.revokeWindowDays')}
        value={policies.revokeWindowDays ?? 0}
        onChange={(event) => onChange({ ...policies, revokeWindowDays: Number(event.target.value) })}
        error={Boolean(error('revokeWindowDays'))}
        helperText={error('revokeWindowDays') ?? translate('harbour.approvals.policies.revoke_help')}
      />
    </Box>
  );
}
