import { graphql } from '../../gql';

// The approvals module's GraphQL documents (validated against the schema by test/operations.spec.ts).

graphql(/* GraphQL */ `
  fragment ApprovalFormFieldParts on FormField {
    key
    type
    label {
      en
      zhHK
      zhCN
    }
    required
    options {
      value
      label {
        en
        zhHK
        zhCN
      }
    }
    currency
    min
    max
    maxLength
    multiple
    withTime
  }
`);

graphql(/* GraphQL */ `
  fragment ApprovalFormParts on FormField {
    ...ApprovalFormFieldParts
    columns {
      ...ApprovalFormFieldParts
    }
  }
`);

graphql(/* GraphQL */ `
  fragment ApprovalTemplateSummary on ApprovalTemplate {
    id
    name
    names {
      en
      zhHK
      zhCN
    }
    category
    status
    version
    publishedVersion
    publishedAt
    ownerModule
    viewerCan {
      update
      publish
      delete
      submit
    }
  }
`);

/** A page of the templates the caller may read. */
export const APPROVAL_TEMPLATES = graphql(/* GraphQL */ `
  query ApprovalTemplates($filter: ApprovalTemplateFilter, $take: Int!, $skip: Int!) {
    approvalTemplates(filter: $filter, take: $take, skip: $skip) {
      totalCount
      items {
        ...ApprovalTemplateSummary
      }
    }
  }
`);

/**
 * One template with its draft and its published form. The draft's flow is read three branchings deep (a branch's
 * condition or parallel node may hold branches, twice over): the definition's lists are embedded lists, weighed 1 by the
 * API's cost rule, and the depth limit (MAX_QUERY_DEPTH 12) is what bounds it — approvalTemplate → draft → flow → 3 ×
 * (branches → nodes) → name → en is 11 levels, written inline because each fragment spread counts 2 levels more. The
 * designer offers branching nodes only where their branches can be read back (definition.ts BRANCH_LEVELS).
 */
export const APPROVAL_TEMPLATE = graphql(/* GraphQL */ `
  query ApprovalTemplate($id: ID!) {
    approvalTemplate(id: $id) {
      ...ApprovalTemplateSummary
      description {
        en
        zhHK
        zhCN
      }
      draft {
        form {
          ...ApprovalFormParts
        }
        flow {
          id
          type
          name {
            en
            zhHK
            zhCN
          }
          mode
          ratioPercent
          ccTiming
          approvers {
            kind
            personIds
            roleKey
            rankCode
            level
            departmentId
            field
          }
          fieldPermissions {
            field
            access
          }
          timeLimit {
            hours
            remindBeforeHours
            timeoutAction
            escalate
          }
          branches {
            id
            isDefault
            name {
              en
              zhHK
              zhCN
            }
            conditions {
              operand
              field
              operator
              values
            }
            nodes {
              id
              type
              name {
                en
                zhHK
                zhCN
              }
              mode
              ratioPercent
              ccTiming
              approvers {
                kind
                personIds
                roleKey
                rankCode
                level
                departmentId
                field
              }
              fieldPermissions {
                field
                access
              }
              timeLimit {
                hours
                remindBeforeHours
                timeoutAction
                escalate
              }
              branches {
                id
                isDefault
                name {
                  en
                  zhHK
                  zhCN
                }
                conditions {
                  operand
                  field
                  operator
                  values
                }
                nodes {
                  id
                  type
                  name {
                    en
                    zhHK
                    zhCN
                  }
                  mode
                  ratioPercent
                  ccTiming
                  approvers {
                    kind
                    personIds
                    roleKey
                    rankCode
                    level
                    departmentId
                    field
                  }
                  fieldPermissions {
                    field
                    access
                  }
                  timeLimit {
                    hours
                    remindBeforeHours
                    timeoutAction
                    escalate
                  }
                  branches {
                    id
                    isDefault
                    name {
                      en
                      zhHK
                      zhCN
                    }
                    conditions {
                      operand
                      field
                      operator
                      values
                    }
                    nodes {
                      id
                      type
                      name {
                        en
                        zhHK
                        zhCN
                      }
                      mode
                      ratioPercent
                      ccTiming
                      approvers {
                        kind
                        personIds
                        roleKey
                        rankCode
                        level
                        departmentId
                        field
                      }
                      fieldPermissions {
                        field
                        access
                      }
                      timeLimit {
                        hours
                        remindBeforeHours
                        timeoutAction
                        escalate
                      }
                    }
                  }
                }
              }
            }
          }
        }
        policies {
          applicantIsApprover
          duplicateApprovers
          emptyApprovers
          allowSelfApproval
          fallbackApproverId
          revokeWindowDays
        }
      }
      published {
        form {
          ...ApprovalFormParts
        }
      }
    }
  }
`);

/** A template's published form and the steps whose approvers the applicant picks (three branchings deep, as the designer edits), for the submit page. */
export const APPROVAL_TEMPLATE_TO_SUBMIT = graphql(/* GraphQL */ `
  query ApprovalTemplateToSubmit($id: ID!) {
    approvalTemplate(id: $id) {
      id
      name
      status
      viewerCan {
        submit
      }
      published {
        form {
          ...ApprovalFormParts
        }
        flow {
          id
          type
          name {
            en
            zhHK
            zhCN
          }
          approvers {
            kind
          }
          branches {
            id
            nodes {
              id
              type
              name {
                en
                zhHK
                zhCN
              }
              approvers {
                kind
              }
              branches {
                id
                nodes {
                  id
                  type
                  name {
                    en
                    zhHK
                    zhCN
                  }
                  approvers {
                    kind
                  }
                  branches {
                    id
                    nodes {
                      id
                      type
                      name {
                        en
                        zhHK
                        zhCN
                      }
                      approvers {
                        kind
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);

/** Creates a draft template. */
export const CREATE_APPROVAL_TEMPLATE = graphql(/* GraphQL */ `
  mutation CreateApprovalTemplate($input: CreateApprovalTemplateInput!) {
    createApprovalTemplate(input: $input) {
      ...ApprovalTemplateSummary
    }
  }
`);

/** Replaces a template's draft, names and category. */
export const UPDATE_APPROVAL_TEMPLATE = graphql(/* GraphQL */ `
  mutation UpdateApprovalTemplate($id: ID!, $input: UpdateApprovalTemplateInput!, $version: Int) {
    updateApprovalTemplate(id: $id, input: $input, version: $version) {
      ...ApprovalTemplateSummary
    }
  }
`);

/** Publishes the draft as the next version. */
export const PUBLISH_APPROVAL_TEMPLATE = graphql(/* GraphQL */ `
  mutation PublishApprovalTemplate($id: ID!, $version: Int) {
    publishApprovalTemplate(id: $id, version: $version) {
      ...ApprovalTemplateSummary
    }
  }
`);

/** Stops new requests on a template. */
export const DISABLE_APPROVAL_TEMPLATE = graphql(/* GraphQL */ `
  mutation DisableApprovalTemplate($id: ID!, $version: Int) {
    disableApprovalTemplate(id: $id, version: $version) {
      ...ApprovalTemplateSummary
    }
  }
`);

/** Opens a disabled template again. */
export const ENABLE_APPROVAL_TEMPLATE = graphql(/* GraphQL */ `
  mutation EnableApprovalTemplate($id: ID!, $version: Int) {
    enableApprovalTemplate(id: $id, version: $version) {
      ...ApprovalTemplateSummary
    }
  }
`);

/** Copies a template's draft into a new draft template. */
export const COPY_APPROVAL_TEMPLATE = graphql(/* GraphQL */ `
  mutation CopyApprovalTemplate($id: ID!) {
    copyApprovalTemplate(id: $id) {
      ...ApprovalTemplateSummary
    }
  }
`);

/** Deletes an unused template. */
export const DELETE_APPROVAL_TEMPLATE = graphql(/* GraphQL */ `
  mutation DeleteApprovalTemplate($id: ID!) {
    deleteApprovalTemplate(id: $id)
  }
`);

/** A resolved route: its steps come flat, each naming the parallel step and branch it runs in, so any depth is read at once. */
graphql(/* GraphQL */ `
  fragment ApprovalRouteParts on ApprovalRoute {
    branchesTaken
    steps {
      nodeId
      type
      name
      mode
      ratioPercent
      state
      autoApproved
      parentNodeId
      parentBranchId
      approvers {
        automatic
        person {
          id
          displayName
        }
      }
      recipients {
        id
        displayName
      }
      branches {
        id
        name
      }
    }
  }
`);

/** Who would approve at each step if the caller submitted these values now. */
export const PREVIEW_APPROVAL_ROUTE = graphql(/* GraphQL */ `
  query PreviewApprovalRoute($input: SubmitApprovalRequestInput!) {
    previewApprovalRoute(input: $input) {
      ...ApprovalRouteParts
    }
  }
`);

graphql(/* GraphQL */ `
  fragment ApprovalRequestSummary on ApprovalRequest {
    id
    title
    status
    version
    submittedAt
    finishedAt
    lastActivityAt
    applicant {
      id
      displayName
    }
    department {
      id
      name
    }
    template {
      id
      name
    }
  }
`);

/** A page of requests: those the caller may read (`approvalRequests`). */
export const APPROVAL_REQUESTS = graphql(/* GraphQL */ `
  query ApprovalRequests($filter: ApprovalRequestFilter, $take: Int!, $skip: Int!) {
    approvalRequests(filter: $filter, take: $take, skip: $skip) {
      totalCount
      items {
        ...ApprovalRequestSummary
      }
    }
  }
`);

/** A page of the caller's own requests. */
export const MY_APPROVAL_REQUESTS = graphql(/* GraphQL */ `
  query MyApprovalRequests($filter: ApprovalRequestFilter, $take: Int!, $skip: Int!) {
    myApprovalRequests(filter: $filter, take: $take, skip: $skip) {
      totalCount
      items {
        ...ApprovalRequestSummary
      }
    }
  }
`);

/** A page of the requests the caller was copied on. */
export const APPROVAL_REQUESTS_COPIED_TO_ME = graphql(/* GraphQL */ `
  query ApprovalRequestsCopiedToMe($filter: ApprovalRequestFilter, $take: Int!, $skip: Int!) {
    approvalRequestsCopiedToMe(filter: $filter, take: $take, skip: $skip) {
      totalCount
      items {
        ...ApprovalRequestSummary
      }
    }
  }
`);

/** One request: its values by its form, its route, tasks and timeline, and what the caller may do. */
export const APPROVAL_REQUEST = graphql(/* GraphQL */ `
  query ApprovalRequest($id: ID!) {
    approvalRequest(id: $id) {
      ...ApprovalRequestSummary
      round
      values
      computed
      revokeWindowDays
      definition {
        form {
          ...ApprovalFormParts
        }
      }
      route {
        ...ApprovalRouteParts
      }
      tasks {
        id
        nodeId
        status
        round
        comment
        decidedAt
        dueAt
        isAddedSigner
        assignee {
          id
          displayName
        }
      }
      timeline {
        id
        kind
        nodeId
        comment
        createdAt
        details
        actor {
          id
          displayName
        }
        target {
          id
          displayName
        }
      }
      myPendingTask {
        id
        nodeId
        version
      }
      viewerCan {
        withdraw
        revoke
        resubmit
        remind
        comment
      }
    }
  }
`);

/** The caller's tasks, pending (oldest first) or decided. */
export const MY_APPROVAL_TASKS = graphql(/* GraphQL */ `
  query MyApprovalTasks($filter: MyApprovalTaskFilter, $take: Int!, $skip: Int!) {
    myApprovalTasks(filter: $filter, take: $take, skip: $skip) {
      totalCount
      items {
        id
        status
        assignedAt
        decidedAt
        dueAt
        request {
          ...ApprovalRequestSummary
        }
      }
    }
  }
`);

/** Submits a request on a template's published version. */
export const SUBMIT_APPROVAL_REQUEST = graphql(/* GraphQL */ `
  mutation SubmitApprovalRequest($input: SubmitApprovalRequestInput!) {
    submitApprovalRequest(input: $input) {
      id
    }
  }
`);

/** Approves the caller's pending task. */
export const APPROVE_APPROVAL_TASK = graphql(/* GraphQL */ `
  mutation ApproveApprovalTask($id: ID!, $input: ApproveApprovalTaskInput, $version: Int) {
    approveApprovalTask(id: $id, input: $input, version: $version) {
      id
      status
    }
  }
`);

/** Approves several of the caller's pending tasks at once. */
export const APPROVE_APPROVAL_TASKS = graphql(/* GraphQL */ `
  mutation ApproveApprovalTasks($ids: [ID!]!, $comment: String) {
    approveApprovalTasks(ids: $ids, comment: $comment) {
      id
      status
    }
  }
`);

/** Rejects the caller's pending task. */
export const REJECT_APPROVAL_TASK = graphql(/* GraphQL */ `
  mutation RejectApprovalTask($id: ID!, $reason: String!, $version: Int) {
    rejectApprovalTask(id: $id, reason: $reason, version: $version) {
      id
      status
    }
  }
`);

/** Sends the request back to the applicant or an earlier step. */
export const RETURN_APPROVAL_TASK = graphql(/* GraphQL */ `
  mutation ReturnApprovalTask($id: ID!, $reason: String!, $toNodeId: String, $version: Int) {
    returnApprovalTask(id: $id, reason: $reason, toNodeId: $toNodeId, version: $version) {
      id
      status
    }
  }
`);

/** Hands the caller's pending task to someone else. */
export const TRANSFER_APPROVAL_TASK = graphql(/* GraphQL */ `
  mutation TransferApprovalTask($id: ID!, $toPersonId: ID!, $comment: String, $version: Int) {
    transferApprovalTask(id: $id, toPersonId: $toPersonId, comment: $comment, version: $version) {
      id
      status
    }
  }
`);

/** Adds a signer before, after or alongside the caller. */
export const ADD_APPROVAL_SIGNER = graphql(/* GraphQL */ `
  mutation AddApprovalSigner($id: ID!, $personId: ID!, $position: ApprovalSignerPosition!, $comment: String, $version: Int) {
    addApprovalSigner(id: $id, personId: $personId, position: $position, comment: $comment, version: $version) {
      id
      status
    }
  }
`);

/** The applicant withdraws a running or returned request. */
export const WITHDRAW_APPROVAL_REQUEST = graphql(/* GraphQL */ `
  mutation WithdrawApprovalRequest($id: ID!, $reason: String, $version: Int) {
    withdrawApprovalRequest(id: $id, reason: $reason, version: $version) {
      id
      status
    }
  }
`);

/** The applicant revokes an approved request within the template's window. */
export const REVOKE_APPROVAL_REQUEST = graphql(/* GraphQL */ `
  mutation RevokeApprovalRequest($id: ID!, $reason: String!, $version: Int) {
    revokeApprovalRequest(id: $id, reason: $reason, version: $version) {
      id
      status
    }
  }
`);

/** The applicant resubmits a returned request, perhaps with changed values. */
export const RESUBMIT_APPROVAL_REQUEST = graphql(/* GraphQL */ `
  mutation ResubmitApprovalRequest($id: ID!, $input: ResubmitApprovalRequestInput!, $version: Int) {
    resubmitApprovalRequest(id: $id, input: $input, version: $version) {
      id
      status
    }
  }
`);

/** The applicant urges the approvers whose turn it is. */
export const REMIND_APPROVAL_REQUEST = graphql(/* GraphQL */ `
  mutation RemindApprovalRequest($id: ID!) {
    remindApprovalRequest(id: $id) {
      id
      status
    }
  }
`);

/** Comments on a request. */
export const COMMENT_ON_APPROVAL_REQUEST = graphql(/* GraphQL */ `
  mutation CommentOnApprovalRequest($id: ID!, $text: String!) {
    commentOnApprovalRequest(id: $id, text: $text) {
      id
      status
    }
  }
`);

/** Approval metrics per template and per step over [from, to) (needs `analyze ApprovalTemplate`), for the metrics page. */
export const APPROVAL_METRICS = graphql(/* GraphQL */ `
  query ApprovalMetrics($from: DateTimeISO!, $to: DateTimeISO!, $templateId: ID, $rubberStampSeconds: Int) {
    approvalMetrics(from: $from, to: $to, templateId: $templateId, rubberStampSeconds: $rubberStampSeconds) {
      template {
        id
        name
      }
      submitted
      approved
      rejected
      withdrawn
      revoked
      returned
      rejectionRate
      returnRate
      medianCycleHours
      p90CycleHours
      slaBreaches
      rubberStamps
      nodes {
        nodeId
        name
        decided
        rejected
        returned
        medianDecisionHours
        p90DecisionHours
        slaBreaches
        rubberStamps
      }
    }
  }
`);
