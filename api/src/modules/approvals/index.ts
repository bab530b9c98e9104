import type { GrantRule, HarbourModule } from '../../core/context/module.js';
import { ApprovalActivity, ApprovalParticipant, ApprovalRequest, ApprovalTask } from './approval-request.entity.js';
import { ApprovalLibraryOffer, ApprovalTemplate, ApprovalTemplateVersion } from './approval-template.entity.js';
import { approvalEvents } from './approvals.events.js';
import { approvalMessages } from './approvals.messages.js';
import { taskDeadline } from './deadlines.js';
import { ApprovalActivityResolver, ApprovalRequestResolver, ApprovalTaskResolver, ApprovalTemplateResolver } from './approvals.resolver.js';
import { ApprovalSubscriptionResolver } from './approvals.subscriptions.js';
import { ApprovalMetricsResolver } from './metrics.resolver.js';
import { installLibrary, offerLibraryToExistingOrganizations } from './template-library.js';

export { ApprovalRequest, ApprovalRequestStatus, ApprovalTask, ApprovalTaskStatus } from './approval-request.entity.js';
export { ApprovalTemplate, ApprovalTemplateStatus } from './approval-template.entity.js';
export type { ApprovalDefinition } from './definition.js';
export { createTemplate, publishTemplate } from './templates.service.js';
export { submitRequest } from './requests.service.js';

/** What every member of staff may do: use active templates, follow their own requests and decide their own tasks. */
const staff: GrantRule[] = [
  { action: 'read', subject: 'ApprovalTemplate', conditions: { status: { $in: ['ACTIVE', 'DISABLED'] } } },
  { action: 'submit', subject: 'ApprovalRequest' },
  { action: 'read', subject: 'ApprovalRequest', conditions: { applicantId: '$me' } },
  { action: 'read', subject: 'ApprovalRequest', conditions: { participantIds: '$me' } },
  { action: 'withdraw', subject: 'ApprovalRequest', conditions: { applicantId: '$me' } },
  { action: 'revoke', subject: 'ApprovalRequest', conditions: { applicantId: '$me' } },
  { action: 'remind', subject: 'ApprovalRequest', conditions: { applicantId: '$me' } },
  { action: 'comment', subject: 'ApprovalRequest', conditions: { applicantId: '$me' } },
  { action: 'comment', subject: 'ApprovalRequest', conditions: { participantIds: '$me' } },
  { action: 'read', subject: 'ApprovalTask', conditions: { assigneeId: '$me' } },
  { action: 'approve', subject: 'ApprovalTask', conditions: { assigneeId: '$me' } },
];

/**
 * The approvals engine: templates (form + flow + policies, versioned), requests that follow a resolved route, and the
 * tasks of their approvers. Generic — it knows a request's subject type and id, never the module behind them; that
 * module learns the outcome from the events.
 */
export const approvalsModule: HarbourModule = {
  name: 'approvals',
  entities: [ApprovalTemplate, ApprovalTemplateVersion, ApprovalLibraryOffer, ApprovalRequest, ApprovalTask, ApprovalParticipant, ApprovalActivity],
  resolvers: [ApprovalTemplateResolver, ApprovalRequestResolver, ApprovalTaskResolver, ApprovalActivityResolver, ApprovalSubscriptionResolver, ApprovalMetricsResolver],
  messages: approvalMessages,
  events: approvalEvents,
  jobs: [taskDeadline],
  tenantSetup: installLibrary,
  onWorkerStart: async (services) => {
    await offerLibraryToExistingOrganizations(services);
  },
  subjects: [
    {
      name: 'ApprovalTemplate',
      description: 'Approval templates: forms, flows and their versions.',
      conditionFields: { id: 'id', status: 'status', category: 'category' },
      actions: ['read', 'create', 'update', 'publish', 'delete', 'analyze'],
      namedScopes: [{ name: 'usable', conditions: { status: { $in: ['ACTIVE', 'DISABLED'] } }, label: { en: 'Published ones only', 'zh-HK': '只限已發佈的', 'zh-CN': '仅限已发布的' } }],
    },
    {
      name: 'ApprovalRequest',
      description: 'Approval requests and their timelines.',
      conditionFields: { id: 'id', status: 'status', applicantId: 'applicant', departmentId: 'department', templateId: 'template', participantIds: 'participants.$some.person' },
      scopeFields: ['departmentId'],
      ownRecordField: 'applicantId',
      actions: ['read', 'submit', 'withdraw', 'revoke', 'remind', 'comment'],
      namedScopes: [
        {
          name: 'participating',
          conditions: { participantIds: '$me' },
          label: { en: 'Those they approve, are copied on or mentioned in', 'zh-HK': '其參與審批、獲抄送或被提及的', 'zh-CN': '其参与审批、获抄送或被提及的' },
        },
      ],
    },
    {
      name: 'ApprovalTask',
      description: 'Approvers’ tasks.',
      conditionFields: { id: 'id', status: 'status', assigneeId: 'assignee' },
      ownRecordField: 'assigneeId',
      actions: ['read', 'approve'],
    },
  ],
  actions: [
    { name: 'submit', label: { en: 'Submit', 'zh-HK': '提交', 'zh-CN': '提交' } },
    { name: 'withdraw', label: { en: 'Withdraw', 'zh-HK': '撤回', 'zh-CN': '撤回' } },
    { name: 'revoke', label: { en: 'Revoke after approval', 'zh-HK': '批核後撤銷', 'zh-CN': '批准后撤销' } },
    { name: 'remind', label: { en: 'Remind approvers', 'zh-HK': '催辦', 'zh-CN': '催办' } },
    { name: 'comment', label: { en: 'Comment', 'zh-HK': '評論', 'zh-CN': '评论' } },
    { name: 'approve', label: { en: 'Decide (approve, reject, return, transfer)', 'zh-HK': '審批（批准、拒絕、退回、轉交）', 'zh-CN': '审批（批准、拒绝、退回、转交）' } },
    { name: 'analyze', label: { en: 'See metrics', 'zh-HK': '查看統計', 'zh-CN': '查看统计' } },
  ],
  grants: [
    {
      version: 1,
      roles: {
        employee: staff,
        finance: staff,
        'department-manager': [...staff, { action: 'read', subject: 'ApprovalRequest', conditions: { departmentId: { $in: '$managedDepartments' } } }],
        hr: [...staff, { action: 'read', subject: 'ApprovalRequest' }, { action: 'read', subject: 'ApprovalTemplate' }, { action: 'analyze', subject: 'ApprovalTemplate' }],
        auditor: [
          { action: 'read', subject: 'ApprovalTemplate' },
          { action: 'read', subject: 'ApprovalRequest' },
        ],
      },
    },
  ],
};
