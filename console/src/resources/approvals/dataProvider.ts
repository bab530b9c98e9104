import type { Identifier } from 'react-admin';
import type { ApprovalDefinitionInput, ApprovalRequestStatus, ApprovalSignerPosition, ApprovalTaskBox, ApprovalTemplateStatus, LocalizedTextInput } from '../../gql/graphql';
import { compact, page, resourceDataProvider, useNamedOperations, type AnyRecord } from '../../providers/dataProvider';
import { graphqlRequest } from '../../providers/graphqlClient';
import {
  ADD_APPROVAL_SIGNER,
  APPROVAL_REQUEST,
  APPROVAL_REQUESTS,
  APPROVAL_REQUESTS_COPIED_TO_ME,
  APPROVAL_TEMPLATE,
  APPROVAL_TEMPLATE_TO_SUBMIT,
  APPROVAL_TEMPLATES,
  APPROVE_APPROVAL_TASK,
  APPROVE_APPROVAL_TASKS,
  COMMENT_ON_APPROVAL_REQUEST,
  COPY_APPROVAL_TEMPLATE,
  CREATE_APPROVAL_TEMPLATE,
  DELETE_APPROVAL_TEMPLATE,
  DISABLE_APPROVAL_TEMPLATE,
  ENABLE_APPROVAL_TEMPLATE,
  MY_APPROVAL_REQUESTS,
  MY_APPROVAL_TASKS,
  PREVIEW_APPROVAL_ROUTE,
  PUBLISH_APPROVAL_TEMPLATE,
  REJECT_APPROVAL_TASK,
  REMIND_APPROVAL_REQUEST,
  RESUBMIT_APPROVAL_REQUEST,
  RETURN_APPROVAL_TASK,
  REVOKE_APPROVAL_REQUEST,
  SUBMIT_APPROVAL_REQUEST,
  TRANSFER_APPROVAL_TASK,
  UPDATE_APPROVAL_TEMPLATE,
  WITHDRAW_APPROVAL_REQUEST,
} from './operations';

/** What the template editor saves: names, category and the whole draft definition. */
export interface TemplateDraft {
  names: LocalizedTextInput;
  category?: string | null;
  definition: ApprovalDefinitionInput;
}

/** What a request is submitted (or previewed) with. */
export interface SubmitInput {
  templateId: string;
  values: Record<string, unknown>;
  departmentId?: string | null;
  /** The people the applicant picked for each step whose approvers they choose. */
  chosenApprovers?: { nodeId: string; personIds: string[] }[];
}

const templateOperations = {
  createApprovalTemplate: async (draft: TemplateDraft) =>
    (await graphqlRequest(CREATE_APPROVAL_TEMPLATE, { input: { names: draft.names, category: draft.category || null, definition: draft.definition } })).createApprovalTemplate,
  /** Saves the whole draft; `version` is the one the editor loaded (a concurrent change is refused). */
  updateApprovalTemplate: async (id: Identifier, version: number, draft: TemplateDraft) =>
    (await graphqlRequest(UPDATE_APPROVAL_TEMPLATE, { id: String(id), version, input: { names: draft.names, category: draft.category || null, definition: draft.definition } })).updateApprovalTemplate,
  publishApprovalTemplate: async (id: Identifier, version: number) => (await graphqlRequest(PUBLISH_APPROVAL_TEMPLATE, { id: String(id), version })).publishApprovalTemplate,
  disableApprovalTemplate: async (id: Identifier, version: number) => (await graphqlRequest(DISABLE_APPROVAL_TEMPLATE, { id: String(id), version })).disableApprovalTemplate,
  enableApprovalTemplate: async (id: Identifier, version: number) => (await graphqlRequest(ENABLE_APPROVAL_TEMPLATE, { id: String(id), version })).enableApprovalTemplate,
  copyApprovalTemplate: async (id: Identifier) => (await graphqlRequest(COPY_APPROVAL_TEMPLATE, { id: String(id) })).copyApprovalTemplate,
  /** The published form and flow steps of a template, to submit a request on it. */
  approvalTemplateToSubmit: async (id: string) => (await graphqlRequest(APPROVAL_TEMPLATE_TO_SUBMIT, { id })).approvalTemplate,
  /** The route the caller's own request would take with these values (nothing is written). */
  previewApprovalRoute: async (input: SubmitInput) => (await graphqlRequest(PREVIEW_APPROVAL_ROUTE, { input })).previewApprovalRoute,
};

/** Templates → `approvalTemplates` (filtered by status, category, search), `approvalTemplate`, `deleteApprovalTemplate`; the rest are named. */
export const approvalTemplatesDataProvider = resourceDataProvider(
  {
    async getList(params) {
      const filter = params.filter ?? {};
      const { approvalTemplates } = await graphqlRequest(APPROVAL_TEMPLATES, {
        ...page(params),
        filter: compact({ status: filter.status as ApprovalTemplateStatus | undefined, category: filter.category, search: filter.q }),
      });
      return { data: approvalTemplates.items, total: approvalTemplates.totalCount };
    },
    getOne: async (id) => (await graphqlRequest(APPROVAL_TEMPLATE, { id: String(id) })).approvalTemplate,
    async delete(id, previous) {
      await graphqlRequest(DELETE_APPROVAL_TEMPLATE, { id: String(id) });
      return previous ?? { id };
    },
  },
  templateOperations,
);

/** The template verbs (create, save, publish, disable, enable, copy) and the route preview. */
export const useApprovalTemplateOperations = () => useNamedOperations<typeof templateOperations>('approvalTemplates');

const requestOperations = {
  submitApprovalRequest: async (input: SubmitInput) => (await graphqlRequest(SUBMIT_APPROVAL_REQUEST, { input })).submitApprovalRequest,
  approveApprovalTask: async (id: string, version: number, comment: string | null) => (await graphqlRequest(APPROVE_APPROVAL_TASK, { id, version, input: compact({ comment }) })).approveApprovalTask,
  approveApprovalTasks: async (ids: Identifier[], comment: string | null) => (await graphqlRequest(APPROVE_APPROVAL_TASKS, { ids: ids.map(String), comment })).approveApprovalTasks,
  rejectApprovalTask: async (id: string, version: number, reason: string) => (await graphqlRequest(REJECT_APPROVAL_TASK, { id, version, reason })).rejectApprovalTask,
  /** Back to the applicant (`toNodeId` null) or to an earlier approval step. */
  returnApprovalTask: async (id: string, version: number, reason: string, toNodeId: string | null) =>
    (await graphqlRequest(RETURN_APPROVAL_TASK, { id, version, reason, toNodeId })).returnApprovalTask,
  transferApprovalTask: async (id: string, version: number, toPersonId: string, comment: string | null) =>
    (await graphqlRequest(TRANSFER_APPROVAL_TASK, { id, version, toPersonId, comment })).transferApprovalTask,
  addApprovalSigner: async (id: string, version: number, personId: string, position: ApprovalSignerPosition, comment: string | null) =>
    (await graphqlRequest(ADD_APPROVAL_SIGNER, { id, version, personId, position, comment })).addApprovalSigner,
  withdrawApprovalRequest: async (id: Identifier, version: number, reason: string | null) =>
    (await graphqlRequest(WITHDRAW_APPROVAL_REQUEST, { id: String(id), version, reason })).withdrawApprovalRequest,
  revokeApprovalRequest: async (id: Identifier, version: number, reason: string) => (await graphqlRequest(REVOKE_APPROVAL_REQUEST, { id: String(id), version, reason })).revokeApprovalRequest,
  resubmitApprovalRequest: async (id: Identifier, version: number, values: Record<string, unknown>) =>
    (await graphqlRequest(RESUBMIT_APPROVAL_REQUEST, { id: String(id), version, input: { values } })).resubmitApprovalRequest,
  remindApprovalRequest: async (id: Identifier) => (await graphqlRequest(REMIND_APPROVAL_REQUEST, { id: String(id) })).remindApprovalRequest,
  commentOnApprovalRequest: async (id: Identifier, text: string) => (await graphqlRequest(COMMENT_ON_APPROVAL_REQUEST, { id: String(id), text })).commentOnApprovalRequest,
};

/** react-admin's list filters → the API's request filter (dates are whole days in the browser's time zone). */
function requestFilter(filter: AnyRecord = {}) {
  const dayStart = (day: string | undefined, offset = 0) => {
    if (!day) return undefined;
    const date = new Date(`${day}T00:00:00`);
    date.setDate(date.getDate() + offset);
    return date.toISOString();
  };
  return compact({
    templateId: filter.templateId,
    status: filter.status as ApprovalRequestStatus | undefined,
    departmentId: filter.departmentId,
    applicantId: filter.applicantId,
    search: filter.q,
    submittedFrom: dayStart(filter.submittedFrom),
    submittedTo: dayStart(filter.submittedTo, 1),
  });
}

/** Requests the caller may read → `approvalRequests`, `approvalRequest`; every state change is a named verb. */
export const approvalRequestsDataProvider = resourceDataProvider(
  {
    async getList(params) {
      const { approvalRequests } = await graphqlRequest(APPROVAL_REQUESTS, { ...page(params), filter: requestFilter(params.filter) });
      return { data: approvalRequests.items, total: approvalRequests.totalCount };
    },
    getOne: async (id) => (await graphqlRequest(APPROVAL_REQUEST, { id: String(id) })).approvalRequest,
  },
  requestOperations,
);

/** The request verbs: submit, decide a task (approve, reject, return, transfer, add a signer, batch approve), and the applicant's. */
export const useApprovalRequestOperations = () => useNamedOperations<typeof requestOperations>('approvalRequests');

/** The caller's own requests → `myApprovalRequests`. */
export const myApprovalRequestsDataProvider = resourceDataProvider({
  async getList(params) {
    const { myApprovalRequests } = await graphqlRequest(MY_APPROVAL_REQUESTS, { ...page(params), filter: requestFilter(params.filter) });
    return { data: myApprovalRequests.items, total: myApprovalRequests.totalCount };
  },
});

/** Requests the caller was copied on → `approvalRequestsCopiedToMe`. */
export const copiedApprovalRequestsDataProvider = resourceDataProvider({
  async getList(params) {
    const { approvalRequestsCopiedToMe } = await graphqlRequest(APPROVAL_REQUESTS_COPIED_TO_ME, { ...page(params), filter: requestFilter(params.filter) });
    return { data: approvalRequestsCopiedToMe.items, total: approvalRequestsCopiedToMe.totalCount };
  },
});

/** The caller's tasks → `myApprovalTasks`, `box` (PENDING or DONE) and `templateId` from the filter. */
export const myApprovalTasksDataProvider = resourceDataProvider({
  async getList(params) {
    const filter = params.filter ?? {};
    const { myApprovalTasks } = await graphqlRequest(MY_APPROVAL_TASKS, {
      ...page(params),
      filter: { box: (filter.box as ApprovalTaskBox | undefined) ?? 'PENDING', ...compact({ templateId: filter.templateId }) },
    });
    return { data: myApprovalTasks.items, total: myApprovalTasks.totalCount };
  },
});
