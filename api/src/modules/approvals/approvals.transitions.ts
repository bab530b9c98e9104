import { transitionTable } from '../../core/transitions/transitions.js';
import { ApprovalRequestStatus, ApprovalTaskStatus } from './approval-request.entity.js';
import { ApprovalTemplateStatus } from './approval-template.entity.js';

const { RUNNING, APPROVED, REJECTED, RETURNED, WITHDRAWN, REVOKED } = ApprovalRequestStatus;

/**
 * The named verbs that move a request (CONVENTIONS #4); anything else is APPROVAL_INVALID_TRANSITION. `advance` is a
 * decision that leaves it running: it still bumps the version, so two people acting at once cannot both win.
 */
export const requestTransitions = transitionTable('APPROVAL', 'ApprovalRequest', {
  advance: { from: [RUNNING], to: RUNNING },
  approve: { from: [RUNNING], to: APPROVED },
  reject: { from: [RUNNING], to: REJECTED },
  returnToApplicant: { from: [RUNNING], to: RETURNED },
  resubmit: { from: [RETURNED], to: RUNNING },
  withdraw: { from: [RUNNING, RETURNED], to: WITHDRAWN },
  revoke: { from: [APPROVED], to: REVOKED },
});

const { WAITING, PENDING } = ApprovalTaskStatus;

/** The named verbs that move one approver's task; APPROVAL_TASK_INVALID_TRANSITION otherwise (e.g. deciding twice). */
export const taskTransitions = transitionTable('APPROVAL_TASK', 'ApprovalTask', {
  activate: { from: [WAITING], to: PENDING },
  approve: { from: [PENDING], to: ApprovalTaskStatus.APPROVED },
  autoApprove: { from: [PENDING, WAITING], to: ApprovalTaskStatus.AUTO_APPROVED },
  reject: { from: [PENDING], to: ApprovalTaskStatus.REJECTED },
  return: { from: [PENDING], to: ApprovalTaskStatus.RETURNED },
  reassign: { from: [PENDING, WAITING], to: PENDING },
  cancel: { from: [PENDING, WAITING], to: ApprovalTaskStatus.CANCELLED },
});

/** The verbs that move a template. */
export const templateTransitions = transitionTable('APPROVAL_TEMPLATE', 'ApprovalTemplate', {
  publish: { from: [ApprovalTemplateStatus.DRAFT, ApprovalTemplateStatus.ACTIVE, ApprovalTemplateStatus.DISABLED], to: ApprovalTemplateStatus.ACTIVE },
  disable: { from: [ApprovalTemplateStatus.ACTIVE], to: ApprovalTemplateStatus.DISABLED },
  enable: { from: [ApprovalTemplateStatus.DISABLED], to: ApprovalTemplateStatus.ACTIVE },
});
