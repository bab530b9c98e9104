import { Box, Paper, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ApprovalMode, ApprovalStepState } from '../../gql/graphql';
import { StepStateChip } from './StatusChips';

/** A step of a resolved route as the API lists it: flat, a step inside a parallel branch naming that step and branch. */
type Step = {
  nodeId: string;
  type: string;
  name: string | null;
  mode: ApprovalMode | null;
  ratioPercent: number | null;
  state: ApprovalStepState | null;
  autoApproved: boolean;
  parentNodeId: string | null;
  parentBranchId: string | null;
  approvers: { automatic: string | null; person: { id: string; displayName: string } | null }[];
  recipients: { id: string; displayName: string }[];
  branches: { id: string; name: string | null }[];
};

/** The steps that run directly in one place: the top level (no parent), or one branch of a parallel step. */
export function stepsIn(steps: Step[], parentNodeId: string | null, parentBranchId: string | null): Step[] {
  return steps.filter((step) => step.parentNodeId === parentNodeId && step.parentBranchId === parentBranchId);
}

/** Who decides (or is copied) at one step; an automatic decision says why. */
function StepCard({ step }: { step: Step }) {
  const translate = useTranslate();
  const people =
    step.type === 'CC'
      ? step.recipients.map((person) => person.displayName)
      : step.approvers.map((approver) => approver.person?.displayName ?? translate('harbour.approvals.route.automatic', { reason: approver.automatic ?? '' }));
  return (
    <Paper variant="outlined" sx={{ p: 1.5, minWidth: 220 }} data-testid="route-step">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 0.5 }}>
        <Typography variant="subtitle2" sx={{ flexGrow: 1 }}>
          {step.name || translate(`harbour.approvals.node_type.${step.type}`)}
        </Typography>
        {step.state && <StepStateChip state={step.state} />}
      </Stack>
      {step.mode && step.mode !== 'SINGLE' && (
        <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
          {translate(`harbour.approvals.mode.${step.mode}`)}
          {step.ratioPercent ? ` ${step.ratioPercent}%` : ''}
        </Typography>
      )}
      {step.autoApproved && (
        <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
          {translate('harbour.approvals.route.auto_approved')}
        </Typography>
      )}
      <Typography variant="body2" data-testid="route-approvers">
        {people.length ? people.join('、') : translate('harbour.approvals.route.nobody')}
      </Typography>
    </Paper>
  );
}

/** The steps of one place in order; a parallel step shows its branches side by side, each with its own steps. */
function Steps({ all, steps }: { all: Step[]; steps: Step[] }) {
  return (
    <Stack spacing={1.5}>
      {steps.map((step, index) =>
        step.branches.length ? (
          <Box key={`${step.nodeId}-${index}`}>
            <Typography variant="caption" color="text.secondary">
              {step.name}
            </Typography>
            <Stack direction="row" spacing={2} sx={{ pl: 2, borderLeft: 3, borderColor: 'divider' }}>
              {step.branches.map((branch) => (
                <Box key={branch.id} data-testid="route-branch">
                  {branch.name && (
                    <Typography variant="caption" color="text.secondary">
                      {branch.name}
                    </Typography>
                  )}
                  <Steps all={all} steps={stepsIn(all, step.nodeId, branch.id)} />
                </Box>
              ))}
            </Stack>
          </Box>
        ) : (
          <StepCard key={`${step.nodeId}-${index}`} step={step} />
        ),
      )}
    </Stack>
  );
}

/** A resolved route: every step with its approvers (and state, on a request), and the branches the conditions chose. */
export function RouteView({ route }: { route: { branchesTaken: string[]; steps: Step[] } }) {
  const translate = useTranslate();
  return (
    <Box data-testid="route">
      {route.branchesTaken.length > 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} data-testid="branches-taken">
          {translate('harbour.approvals.route.branches_taken', { branches: route.branchesTaken.join('、') })}
        </Typography>
      )}
      <Steps all={route.steps} steps={stepsIn(route.steps, null, null)} />
    </Box>
  );
}
