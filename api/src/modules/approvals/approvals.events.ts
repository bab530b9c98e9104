import type { EventDefinition } from '../../core/events/catalog.js';

const requestId = { type: 'uuid', description: 'The request.' } as const;
const templateId = { type: 'uuid', description: 'Its template.' } as const;
const applicantId = { type: 'uuid', description: 'Who asked.' } as const;
const subjectType = { type: 'string', nullable: true, description: 'The kind of record the request is about (set by the module that submitted it), e.g. LeaveRequest.' } as const;
const subjectId = { type: 'string', nullable: true, description: 'That record’s id.' } as const;
const taskId = { type: 'uuid', description: 'The task.' } as const;
const nodeId = { type: 'string', description: 'The route node.' } as const;
const assigneeId = { type: 'uuid', description: 'Whose task it is (now).' } as const;
const request = { requestId, templateId, applicantId, subjectType, subjectId };
const task = { taskId, requestId, nodeId, assigneeId };
/** People's decisions and admins' changes: kept in the audit log. */
const audited = { touchesAccess: false, audit: true } as const;
/** What the engine does on its own (assignments): streamed to subscribers and consumers, not chained one by one. */
const streamed = { touchesAccess: false, audit: false } as const;

/** Events of the approvals engine. A module that submits requests about its records learns their outcome from these. */
export const approvalEvents: EventDefinition[] = [
  { type: 'approvals.template.created', description: 'An approval template was created.', payload: { templateId }, ...audited },
  { type: 'approvals.template.changed', description: 'A template’s draft, name or category was changed.', payload: { templateId }, ...audited },
  {
    type: 'approvals.template.published',
    description: 'A template’s draft was published as a new version (new requests use it; running ones stay on theirs).',
    payload: { templateId, version: { type: 'integer', description: 'The new version number.' } },
    ...audited,
  },
  { type: 'approvals.template.disabled', description: 'A template was disabled: no new requests.', payload: { templateId }, ...audited },
  { type: 'approvals.template.enabled', description: 'A disabled template was enabled again.', payload: { templateId }, ...audited },
  { type: 'approvals.template.deleted', description: 'An unused template was deleted.', payload: { templateId }, ...audited },
  {
    type: 'approvals.request.submitted',
    description: 'A request was submitted (or resubmitted after a return).',
    payload: { ...request, round: { type: 'integer', description: 'Which submission.' } },
    ...audited,
  },
  { type: 'approvals.request.approved', description: 'A request was approved at its last node.', payload: request, ...audited },
  { type: 'approvals.request.rejected', description: 'A request was rejected.', payload: request, ...audited },
  {
    type: 'approvals.request.returned',
    description: 'A request was sent back, to the applicant or to an earlier node.',
    payload: { ...request, toNodeId: { type: 'string', nullable: true, description: 'The node it went back to; null: to the applicant.' } },
    ...audited,
  },
  { type: 'approvals.request.withdrawn', description: 'The applicant withdrew a request.', payload: request, ...audited },
  { type: 'approvals.request.revoked', description: 'The applicant revoked an approved request within the template’s window.', payload: request, ...audited },
  {
    type: 'approvals.request.commented',
    description: 'Someone commented on a request (mentioning people, perhaps).',
    payload: { ...request, mentionedIds: { type: 'uuid[]', description: 'The people mentioned.' } },
    ...streamed,
  },
  {
    type: 'approvals.request.reminded',
    description: 'The applicant urged the pending approvers.',
    payload: { ...request, assigneeIds: { type: 'uuid[]', description: 'The approvers reminded.' } },
    ...streamed,
  },
  {
    type: 'approvals.request.cc_sent',
    description: 'People were copied on a request (a CC node was reached, or the request finished).',
    payload: { ...request, personIds: { type: 'uuid[]', description: 'Who was copied.' } },
    ...streamed,
  },
  { type: 'approvals.task.assigned', description: 'A task became someone’s to decide.', payload: task, ...streamed },
  {
    type: 'approvals.task.decided',
    description: 'An approver approved, rejected or returned (or a policy or time limit approved for them).',
    payload: { ...task, decision: { type: 'string', description: 'APPROVED, AUTO_APPROVED, REJECTED or RETURNED.' } },
    ...audited,
  },
  {
    type: 'approvals.task.batch_approved',
    description: 'An approver approved several tasks at once (each also has its approvals.task.decided).',
    payload: { taskIds: { type: 'uuid[]', description: 'The tasks, in the order they were approved.' } },
    ...audited,
  },
  { type: 'approvals.task.transferred', description: 'An approver handed their task to someone else.', payload: { ...task, fromId: { type: 'uuid', description: 'Who had it.' } }, ...audited },
  {
    type: 'approvals.task.escalated',
    description: 'A task passed its time limit and went to the approver’s manager.',
    payload: { ...task, fromId: { type: 'uuid', description: 'Who had it.' } },
    ...audited,
  },
  {
    type: 'approvals.task.signer_added',
    description: 'An approver added a signer to their node.',
    payload: { ...task, addedById: { type: 'uuid', description: 'Who added them.' }, position: { type: 'string', description: 'BEFORE, AFTER or PARALLEL.' } },
    ...audited,
  },
];
