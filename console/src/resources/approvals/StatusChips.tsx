import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ApprovalRequestStatus, ApprovalStepState, ApprovalTaskStatus, ApprovalTemplateStatus } from '../../gql/graphql';

/** The label of each template status, written out so that test/i18n.spec.ts checks every one is translated. */
export const templateStatusLabels: Record<ApprovalTemplateStatus, string> = {
  DRAFT: 'harbour.approvals.template_status.DRAFT',
  ACTIVE: 'harbour.approvals.template_status.ACTIVE',
  DISABLED: 'harbour.approvals.template_status.DISABLED',
};

/** The label of each request status. */
export const requestStatusLabels: Record<ApprovalRequestStatus, string> = {
  RUNNING: 'harbour.approvals.request_status.RUNNING',
  APPROVED: 'harbour.approvals.request_status.APPROVED',
  REJECTED: 'harbour.approvals.request_status.REJECTED',
  RETURNED: 'harbour.approvals.request_status.RETURNED',
  WITHDRAWN: 'harbour.approvals.request_status.WITHDRAWN',
  REVOKED: 'harbour.approvals.request_status.REVOKED',
};

/** The label of each task status. */
export const taskStatusLabels: Record<ApprovalTaskStatus, string> = {
  WAITING: 'harbour.approvals.task_status.WAITING',
  PENDING: 'harbour.approvals.task_status.PENDING',
  APPROVED: 'harbour.approvals.task_status.APPROVED',
  AUTO_APPROVED: 'harbour.approvals.task_status.AUTO_APPROVED',
  REJECTED: 'harbour.approvals.task_status.REJECTED',
  RETURNED: 'harbour.approvals.task_status.RETURNED',
  CANCELLED: 'harbour.approvals.task_status.CANCELLED',
};

/** The label of each route step state. */
export const stepStateLabels: Record<ApprovalStepState, string> = {
  DONE: 'harbour.approvals.step_state.DONE',
  ACTIVE: 'harbour.approvals.step_state.ACTIVE',
  UPCOMING: 'harbour.approvals.step_state.UPCOMING',
};

type Color = 'default' | 'info' | 'success' | 'error' | 'warning';
const templateColors: Record<ApprovalTemplateStatus, Color> = { DRAFT: 'default', ACTIVE: 'success', DISABLED: 'warning' };
const requestColors: Record<ApprovalRequestStatus, Color> = { RUNNING: 'info', APPROVED: 'success', REJECTED: 'error', RETURNED: 'warning', WITHDRAWN: 'default', REVOKED: 'default' };
const stepColors: Record<ApprovalStepState, Color> = { DONE: 'success', ACTIVE: 'info', UPCOMING: 'default' };

/** Where a template is in its life. */
export function TemplateStatusChip({ status }: { status: ApprovalTemplateStatus }) {
  const translate = useTranslate();
  return <Chip size="small" color={templateColors[status]} label={translate(templateStatusLabels[status])} />;
}

/** Where a request is in its life. */
export function RequestStatusChip({ status }: { status: ApprovalRequestStatus }) {
  const translate = useTranslate();
  return <Chip size="small" color={requestColors[status]} label={translate(requestStatusLabels[status])} data-testid="request-status" />;
}

/** Whether a step of a request's route is done, under way or still to come. */
export function StepStateChip({ state }: { state: ApprovalStepState }) {
  const translate = useTranslate();
  return <Chip size="small" variant="outlined" color={stepColors[state]} label={translate(stepStateLabels[state])} />;
}
