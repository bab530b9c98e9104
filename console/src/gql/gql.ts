/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query DashboardMe {\n    me {\n      id\n      displayName\n      englishName\n      jobTitle\n      viewerCan {\n        update\n      }\n      memberships {\n        id\n        isPrimary\n        isLeader\n        departmentId\n        department {\n          id\n          name\n        }\n        manager {\n          id\n          displayName\n          jobTitle\n        }\n      }\n    }\n  }\n": typeof types.DashboardMeDocument,
    "\n  query DashboardTeam($departmentId: ID!, $take: Int!) {\n    people(filter: { departmentId: $departmentId, includeSubtree: true }, take: $take, skip: 0) {\n      totalCount\n      items {\n        id\n        displayName\n        jobTitle\n      }\n    }\n    department(id: $departmentId) {\n      id\n      leaders {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.DashboardTeamDocument,
    "\n  query DashboardHeadcounts {\n    departments(filter: { rootsOnly: true }, take: 100, skip: 0) {\n      items {\n        id\n        name\n        headcount\n        children {\n          id\n          name\n          headcount\n        }\n      }\n    }\n  }\n": typeof types.DashboardHeadcountsDocument,
    "\n  query DashboardWorkforce($months: Int!) {\n    workforceByMonth(months: $months) {\n      month\n      joiners\n      leavers\n      headcount\n    }\n  }\n": typeof types.DashboardWorkforceDocument,
    "\n  query DashboardApprovals($from: DateTimeISO!, $to: DateTimeISO!) {\n    approvalMetrics(from: $from, to: $to) {\n      submitted\n      approved\n      rejected\n    }\n  }\n": typeof types.DashboardApprovalsDocument,
    "\n  mutation ImportOrganizationFile($kind: ImportKind!, $file: String!, $dryRun: Boolean!, $progressKey: String) {\n    importOrganizationCsv(kind: $kind, file: $file, dryRun: $dryRun, progressKey: $progressKey) {\n      applied\n      created\n      updated\n      unchanged\n      format\n      encoding\n      problems {\n        row\n        field\n        column\n        value\n        code\n        message\n      }\n    }\n  }\n": typeof types.ImportOrganizationFileDocument,
    "\n  query OrganizationImportTemplate($kind: ImportKind!) {\n    organizationImportTemplate(kind: $kind) {\n      fileName\n      mediaType\n      content\n    }\n  }\n": typeof types.OrganizationImportTemplateDocument,
    "\n  subscription ImportProgress($progressKey: String!) {\n    importProgress(progressKey: $progressKey) {\n      stage\n      processedRows\n      totalRows\n    }\n  }\n": typeof types.ImportProgressDocument,
    "\n  query Organization {\n    organization {\n      id\n      name\n      slug\n      defaultLocale\n      createdAt\n    }\n  }\n": typeof types.OrganizationDocument,
    "\n  mutation UpdateOrganizationSettings($input: UpdateOrganizationSettingsInput!) {\n    updateOrganizationSettings(input: $input) {\n      id\n      name\n      slug\n      defaultLocale\n      createdAt\n    }\n  }\n": typeof types.UpdateOrganizationSettingsDocument,
    "\n  fragment EmailDomainFields on EmailDomain {\n    id\n    domain\n    status\n    verificationMethod\n    verificationRecord\n    verifiedAt\n    createdAt\n  }\n": typeof types.EmailDomainFieldsFragmentDoc,
    "\n  query EmailDomains {\n    organization {\n      id\n      emailDomains {\n        ...EmailDomainFields\n      }\n    }\n  }\n": typeof types.EmailDomainsDocument,
    "\n  mutation ClaimEmailDomain($domain: String!) {\n    claimEmailDomain(domain: $domain) {\n      ...EmailDomainFields\n    }\n  }\n": typeof types.ClaimEmailDomainDocument,
    "\n  mutation VerifyEmailDomain($id: ID!) {\n    verifyEmailDomain(id: $id) {\n      ...EmailDomainFields\n    }\n  }\n": typeof types.VerifyEmailDomainDocument,
    "\n  mutation RemoveEmailDomain($id: ID!) {\n    removeEmailDomain(id: $id)\n  }\n": typeof types.RemoveEmailDomainDocument,
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    personId\n    organizationId\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...SessionFields\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation SignOut($refreshToken: String!) {\n    signOut(refreshToken: $refreshToken)\n  }\n": typeof types.SignOutDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      englishName\n      jobTitle\n      workEmail\n    }\n  }\n": typeof types.MeDocument,
    "\n  query MyPermissions {\n    myPermissions {\n      subject\n      action\n      allowed\n      conditional\n    }\n  }\n": typeof types.MyPermissionsDocument,
    "\n  fragment AnnouncementSummary on Announcement {\n    id\n    title\n    status\n    version\n    viewerCan {\n      publish\n      schedule\n      archive\n      confirm\n    }\n    createdAt\n    publishAt\n    publishedAt\n    archivedAt\n    fullyReadAt\n    readByMeAt\n    author {\n      id\n      displayName\n    }\n  }\n": typeof types.AnnouncementSummaryFragmentDoc,
    "\n  query Announcements($filter: AnnouncementFilter, $take: Int!, $skip: Int!) {\n    announcements(filter: $filter, take: $take, skip: $skip) {\n      totalCount\n      items {\n        ...AnnouncementSummary\n      }\n    }\n  }\n": typeof types.AnnouncementsDocument,
    "\n  query Announcement($id: ID!) {\n    announcement(id: $id) {\n      ...AnnouncementSummary\n      body\n      readers(take: 1) {\n        totalCount\n      }\n      notYetRead(take: 1) {\n        totalCount\n      }\n    }\n  }\n": typeof types.AnnouncementDocument,
    "\n  query AnnouncementReaders($id: ID!, $take: Int!, $skip: Int!) {\n    announcement(id: $id) {\n      id\n      readers(take: $take, skip: $skip) {\n        totalCount\n        items {\n          confirmedAt\n          person {\n            id\n            displayName\n            jobTitle\n          }\n        }\n      }\n    }\n  }\n": typeof types.AnnouncementReadersDocument,
    "\n  query AnnouncementNotYetRead($id: ID!, $take: Int!, $skip: Int!) {\n    announcement(id: $id) {\n      id\n      notYetRead(take: $take, skip: $skip) {\n        totalCount\n        items {\n          id\n          displayName\n          jobTitle\n        }\n      }\n    }\n  }\n": typeof types.AnnouncementNotYetReadDocument,
    "\n  mutation CreateAnnouncement($input: CreateAnnouncementInput!) {\n    createAnnouncement(input: $input) {\n      ...AnnouncementSummary\n      body\n    }\n  }\n": typeof types.CreateAnnouncementDocument,
    "\n  mutation PublishAnnouncement($id: ID!, $publishAt: DateTimeISO, $version: Int) {\n    publishAnnouncement(id: $id, publishAt: $publishAt, version: $version) {\n      ...AnnouncementSummary\n    }\n  }\n": typeof types.PublishAnnouncementDocument,
    "\n  mutation ArchiveAnnouncement($id: ID!, $version: Int) {\n    archiveAnnouncement(id: $id, version: $version) {\n      ...AnnouncementSummary\n    }\n  }\n": typeof types.ArchiveAnnouncementDocument,
    "\n  mutation ConfirmAnnouncementRead($id: ID!) {\n    confirmAnnouncementRead(id: $id) {\n      ...AnnouncementSummary\n    }\n  }\n": typeof types.ConfirmAnnouncementReadDocument,
    "\n  fragment ApprovalFormFieldParts on FormField {\n    key\n    type\n    label {\n      en\n      zhHK\n      zhCN\n    }\n    required\n    options {\n      value\n      label {\n        en\n        zhHK\n        zhCN\n      }\n    }\n    currency\n    min\n    max\n    maxLength\n    multiple\n    withTime\n  }\n": typeof types.ApprovalFormFieldPartsFragmentDoc,
    "\n  fragment ApprovalFormParts on FormField {\n    ...ApprovalFormFieldParts\n    columns {\n      ...ApprovalFormFieldParts\n    }\n  }\n": typeof types.ApprovalFormPartsFragmentDoc,
    "\n  fragment ApprovalTemplateSummary on ApprovalTemplate {\n    id\n    name\n    names {\n      en\n      zhHK\n      zhCN\n    }\n    category\n    status\n    version\n    publishedVersion\n    publishedAt\n    ownerModule\n    viewerCan {\n      update\n      publish\n      delete\n      submit\n    }\n  }\n": typeof types.ApprovalTemplateSummaryFragmentDoc,
    "\n  query ApprovalTemplates($filter: ApprovalTemplateFilter, $take: Int!, $skip: Int!) {\n    approvalTemplates(filter: $filter, take: $take, skip: $skip) {\n      totalCount\n      items {\n        ...ApprovalTemplateSummary\n      }\n    }\n  }\n": typeof types.ApprovalTemplatesDocument,
    "\n  query ApprovalTemplate($id: ID!) {\n    approvalTemplate(id: $id) {\n      ...ApprovalTemplateSummary\n      description {\n        en\n        zhHK\n        zhCN\n      }\n      draft {\n        form {\n          ...ApprovalFormParts\n        }\n        flow {\n          id\n          type\n          name {\n            en\n            zhHK\n            zhCN\n          }\n          mode\n          ratioPercent\n          ccTiming\n          approvers {\n            kind\n            personIds\n            roleKey\n            rankCode\n            level\n            departmentId\n            field\n          }\n          fieldPermissions {\n            field\n            access\n          }\n          timeLimit {\n            hours\n            remindBeforeHours\n            timeoutAction\n            escalate\n          }\n          branches {\n            id\n            isDefault\n            name {\n              en\n              zhHK\n              zhCN\n            }\n            conditions {\n              operand\n              field\n              operator\n              values\n            }\n            nodes {\n              id\n              type\n              name {\n                en\n                zhHK\n                zhCN\n              }\n              mode\n              ratioPercent\n              ccTiming\n              approvers {\n                kind\n                personIds\n                roleKey\n                rankCode\n                level\n                departmentId\n                field\n              }\n              fieldPermissions {\n                field\n                access\n              }\n              timeLimit {\n                hours\n                remindBeforeHours\n                timeoutAction\n                escalate\n              }\n              branches {\n                id\n                isDefault\n                name {\n                  en\n                  zhHK\n                  zhCN\n                }\n                conditions {\n                  operand\n                  field\n                  operator\n                  values\n                }\n                nodes {\n                  id\n                  type\n                  name {\n                    en\n                    zhHK\n                    zhCN\n                  }\n                  mode\n                  ratioPercent\n                  ccTiming\n                  approvers {\n                    kind\n                    personIds\n                    roleKey\n                    rankCode\n                    level\n                    departmentId\n                    field\n                  }\n                  fieldPermissions {\n                    field\n                    access\n                  }\n                  timeLimit {\n                    hours\n                    remindBeforeHours\n                    timeoutAction\n                    escalate\n                  }\n                  branches {\n                    id\n                    isDefault\n                    name {\n                      en\n                      zhHK\n                      zhCN\n                    }\n                    conditions {\n                      operand\n                      field\n                      operator\n                      values\n                    }\n                    nodes {\n                      id\n                      type\n                      name {\n                        en\n                        zhHK\n                        zhCN\n                      }\n                      mode\n                      ratioPercent\n                      ccTiming\n                      approvers {\n                        kind\n                        personIds\n                        roleKey\n                        rankCode\n                        level\n                        departmentId\n                        field\n                      }\n                      fieldPermissions {\n                        field\n                        access\n                      }\n                      timeLimit {\n                        hours\n                        remindBeforeHours\n                        timeoutAction\n                        escalate\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n        policies {\n          applicantIsApprover\n          duplicateApprovers\n          emptyApprovers\n          allowSelfApproval\n          fallbackApproverId\n          revokeWindowDays\n        }\n      }\n      published {\n        form {\n          ...ApprovalFormParts\n        }\n      }\n    }\n  }\n": typeof types.ApprovalTemplateDocument,
    "\n  query ApprovalTemplateToSubmit($id: ID!) {\n    approvalTemplate(id: $id) {\n      id\n      name\n      status\n      viewerCan {\n        submit\n      }\n      published {\n        form {\n          ...ApprovalFormParts\n        }\n        flow {\n          id\n          type\n          name {\n            en\n            zhHK\n            zhCN\n          }\n          approvers {\n            kind\n          }\n          branches {\n            id\n            nodes {\n              id\n              type\n              name {\n                en\n                zhHK\n                zhCN\n              }\n              approvers {\n                kind\n              }\n              branches {\n                id\n                nodes {\n                  id\n                  type\n                  name {\n                    en\n                    zhHK\n                    zhCN\n                  }\n                  approvers {\n                    kind\n                  }\n                  branches {\n                    id\n                    nodes {\n                      id\n                      type\n                      name {\n                        en\n                        zhHK\n                        zhCN\n                      }\n                      approvers {\n                        kind\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ApprovalTemplateToSubmitDocument,
    "\n  mutation CreateApprovalTemplate($input: CreateApprovalTemplateInput!) {\n    createApprovalTemplate(input: $input) {\n      ...ApprovalTemplateSummary\n    }\n  }\n": typeof types.CreateApprovalTemplateDocument,
    "\n  mutation UpdateApprovalTemplate($id: ID!, $input: UpdateApprovalTemplateInput!, $version: Int) {\n    updateApprovalTemplate(id: $id, input: $input, version: $version) {\n      ...ApprovalTemplateSummary\n    }\n  }\n": typeof types.UpdateApprovalTemplateDocument,
    "\n  mutation PublishApprovalTemplate($id: ID!, $version: Int) {\n    publishApprovalTemplate(id: $id, version: $version) {\n      ...ApprovalTemplateSummary\n    }\n  }\n": typeof types.PublishApprovalTemplateDocument,
    "\n  mutation DisableApprovalTemplate($id: ID!, $version: Int) {\n    disableApprovalTemplate(id: $id, version: $version) {\n      ...ApprovalTemplateSummary\n    }\n  }\n": typeof types.DisableApprovalTemplateDocument,
    "\n  mutation EnableApprovalTemplate($id: ID!, $version: Int) {\n    enableApprovalTemplate(id: $id, version: $version) {\n      ...ApprovalTemplateSummary\n    }\n  }\n": typeof types.EnableApprovalTemplateDocument,
    "\n  mutation CopyApprovalTemplate($id: ID!) {\n    copyApprovalTemplate(id: $id) {\n      ...ApprovalTemplateSummary\n    }\n  }\n": typeof types.CopyApprovalTemplateDocument,
    "\n  mutation DeleteApprovalTemplate($id: ID!) {\n    deleteApprovalTemplate(id: $id)\n  }\n": typeof types.DeleteApprovalTemplateDocument,
    "\n  fragment ApprovalRouteParts on ApprovalRoute {\n    branchesTaken\n    steps {\n      nodeId\n      type\n      name\n      mode\n      ratioPercent\n      state\n      autoApproved\n      parentNodeId\n      parentBranchId\n      approvers {\n        automatic\n        person {\n          id\n          displayName\n        }\n      }\n      recipients {\n        id\n        displayName\n      }\n      branches {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ApprovalRoutePartsFragmentDoc,
    "\n  query PreviewApprovalRoute($input: SubmitApprovalRequestInput!) {\n    previewApprovalRoute(input: $input) {\n      ...ApprovalRouteParts\n    }\n  }\n": typeof types.PreviewApprovalRouteDocument,
    "\n  fragment ApprovalRequestSummary on ApprovalRequest {\n    id\n    title\n    status\n    version\n    submittedAt\n    finishedAt\n    lastActivityAt\n    applicant {\n      id\n      displayName\n    }\n    department {\n      id\n      name\n    }\n    template {\n      id\n      name\n    }\n  }\n": typeof types.ApprovalRequestSummaryFragmentDoc,
    "\n  query ApprovalRequests($filter: ApprovalRequestFilter, $take: Int!, $skip: Int!) {\n    approvalRequests(filter: $filter, take: $take, skip: $skip) {\n      totalCount\n      items {\n        ...ApprovalRequestSummary\n      }\n    }\n  }\n": typeof types.ApprovalRequestsDocument,
    "\n  query MyApprovalRequests($filter: ApprovalRequestFilter, $take: Int!, $skip: Int!) {\n    myApprovalRequests(filter: $filter, take: $take, skip: $skip) {\n      totalCount\n      items {\n        ...ApprovalRequestSummary\n      }\n    }\n  }\n": typeof types.MyApprovalRequestsDocument,
    "\n  query ApprovalRequestsCopiedToMe($filter: ApprovalRequestFilter, $take: Int!, $skip: Int!) {\n    approvalRequestsCopiedToMe(filter: $filter, take: $take, skip: $skip) {\n      totalCount\n      items {\n        ...ApprovalRequestSummary\n      }\n    }\n  }\n": typeof types.ApprovalRequestsCopiedToMeDocument,
    "\n  query ApprovalRequest($id: ID!) {\n    approvalRequest(id: $id) {\n      ...ApprovalRequestSummary\n      round\n      values\n      computed\n      revokeWindowDays\n      definition {\n        form {\n          ...ApprovalFormParts\n        }\n      }\n      route {\n        ...ApprovalRouteParts\n      }\n      tasks {\n        id\n        nodeId\n        status\n        round\n        comment\n        decidedAt\n        dueAt\n        isAddedSigner\n        assignee {\n          id\n          displayName\n        }\n      }\n      timeline {\n        id\n        kind\n        nodeId\n        comment\n        createdAt\n        details\n        actor {\n          id\n          displayName\n        }\n        target {\n          id\n          displayName\n        }\n      }\n      myPendingTask {\n        id\n        nodeId\n        version\n      }\n      viewerCan {\n        withdraw\n        revoke\n        resubmit\n        remind\n        comment\n      }\n    }\n  }\n": typeof types.ApprovalRequestDocument,
    "\n  query MyApprovalTasks($filter: MyApprovalTaskFilter, $take: Int!, $skip: Int!) {\n    myApprovalTasks(filter: $filter, take: $take, skip: $skip) {\n      totalCount\n      items {\n        id\n        status\n        assignedAt\n        decidedAt\n        dueAt\n        request {\n          ...ApprovalRequestSummary\n        }\n      }\n    }\n  }\n": typeof types.MyApprovalTasksDocument,
    "\n  mutation SubmitApprovalRequest($input: SubmitApprovalRequestInput!) {\n    submitApprovalRequest(input: $input) {\n      id\n    }\n  }\n": typeof types.SubmitApprovalRequestDocument,
    "\n  mutation ApproveApprovalTask($id: ID!, $input: ApproveApprovalTaskInput, $version: Int) {\n    approveApprovalTask(id: $id, input: $input, version: $version) {\n      id\n      status\n    }\n  }\n": typeof types.ApproveApprovalTaskDocument,
    "\n  mutation ApproveApprovalTasks($ids: [ID!]!, $comment: String) {\n    approveApprovalTasks(ids: $ids, comment: $comment) {\n      id\n      status\n    }\n  }\n": typeof types.ApproveApprovalTasksDocument,
    "\n  mutation RejectApprovalTask($id: ID!, $reason: String!, $version: Int) {\n    rejectApprovalTask(id: $id, reason: $reason, version: $version) {\n      id\n      status\n    }\n  }\n": typeof types.RejectApprovalTaskDocument,
    "\n  mutation ReturnApprovalTask($id: ID!, $reason: String!, $toNodeId: String, $version: Int) {\n    returnApprovalTask(id: $id, reason: $reason, toNodeId: $toNodeId, version: $version) {\n      id\n      status\n    }\n  }\n": typeof types.ReturnApprovalTaskDocument,
    "\n  mutation TransferApprovalTask($id: ID!, $toPersonId: ID!, $comment: String, $version: Int) {\n    transferApprovalTask(id: $id, toPersonId: $toPersonId, comment: $comment, version: $version) {\n      id\n      status\n    }\n  }\n": typeof types.TransferApprovalTaskDocument,
    "\n  mutation AddApprovalSigner($id: ID!, $personId: ID!, $position: ApprovalSignerPosition!, $comment: String, $version: Int) {\n    addApprovalSigner(id: $id, personId: $personId, position: $position, comment: $comment, version: $version) {\n      id\n      status\n    }\n  }\n": typeof types.AddApprovalSignerDocument,
    "\n  mutation WithdrawApprovalRequest($id: ID!, $reason: String, $version: Int) {\n    withdrawApprovalRequest(id: $id, reason: $reason, version: $version) {\n      id\n      status\n    }\n  }\n": typeof types.WithdrawApprovalRequestDocument,
    "\n  mutation RevokeApprovalRequest($id: ID!, $reason: String!, $version: Int) {\n    revokeApprovalRequest(id: $id, reason: $reason, version: $version) {\n      id\n      status\n    }\n  }\n": typeof types.RevokeApprovalRequestDocument,
    "\n  mutation ResubmitApprovalRequest($id: ID!, $input: ResubmitApprovalRequestInput!, $version: Int) {\n    resubmitApprovalRequest(id: $id, input: $input, version: $version) {\n      id\n      status\n    }\n  }\n": typeof types.ResubmitApprovalRequestDocument,
    "\n  mutation RemindApprovalRequest($id: ID!) {\n    remindApprovalRequest(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.RemindApprovalRequestDocument,
    "\n  mutation CommentOnApprovalRequest($id: ID!, $text: String!) {\n    commentOnApprovalRequest(id: $id, text: $text) {\n      id\n      status\n    }\n  }\n": typeof types.CommentOnApprovalRequestDocument,
    "\n  query ApprovalMetrics($from: DateTimeISO!, $to: DateTimeISO!, $templateId: ID, $rubberStampSeconds: Int) {\n    approvalMetrics(from: $from, to: $to, templateId: $templateId, rubberStampSeconds: $rubberStampSeconds) {\n      template {\n        id\n        name\n      }\n      submitted\n      approved\n      rejected\n      withdrawn\n      revoked\n      returned\n      rejectionRate\n      returnRate\n      medianCycleHours\n      p90CycleHours\n      slaBreaches\n      rubberStamps\n      nodes {\n        nodeId\n        name\n        decided\n        rejected\n        returned\n        medianDecisionHours\n        p90DecisionHours\n        slaBreaches\n        rubberStamps\n      }\n    }\n  }\n": typeof types.ApprovalMetricsDocument,
    "\n  fragment AttendancePlaceFields on AttendancePlace {\n    id\n    version\n    name\n    address\n    latitude\n    longitude\n    radiusMeters\n    wifiBssids\n    ipRanges\n  }\n": typeof types.AttendancePlaceFieldsFragmentDoc,
    "\n  fragment AttendanceShiftFields on AttendanceShift {\n    id\n    version\n    name\n    kind\n    start\n    end\n    lateToleranceMinutes\n    earlyLeaveToleranceMinutes\n    punchOpensBeforeMinutes\n    punchClosesAfterMinutes\n    breaks {\n      start\n      end\n    }\n    coreStart\n    coreEnd\n    requiredMinutes\n  }\n": typeof types.AttendanceShiftFieldsFragmentDoc,
    "\n  fragment AttendanceGroupFields on AttendanceGroup {\n    id\n    version\n    name\n    timeZone\n    departmentIds\n    personIds\n    excludedPersonIds\n    placeIds\n    shift {\n      id\n      name\n      start\n      end\n    }\n    offsiteAllowed\n    offsiteRequiresRemark\n    offsiteRequiresPhoto\n    offsiteNeedsApproval\n    keepCoordinates\n    coordinatesRetentionDays\n    offlineWindowMinutes\n    maxPunchesPerDay\n    monitoringNotice\n    noticeVersion\n    rostered\n    makeUpPerMonth\n    makeUpDeadlineDays\n    makeUpTypes\n    overtimeMode\n    overtimeMinimumMinutes\n  }\n": typeof types.AttendanceGroupFieldsFragmentDoc,
    "\n  query AttendancePlaces($take: Int!, $skip: Int!) {\n    attendancePlaces(take: $take, skip: $skip) {\n      totalCount\n      items {\n        ...AttendancePlaceFields\n      }\n    }\n  }\n": typeof types.AttendancePlacesDocument,
    "\n  query AttendancePlace($id: ID!) {\n    attendancePlace(id: $id) {\n      ...AttendancePlaceFields\n    }\n  }\n": typeof types.AttendancePlaceDocument,
    "\n  mutation CreateAttendancePlace($input: AttendancePlaceInput!) {\n    createAttendancePlace(input: $input) {\n      ...AttendancePlaceFields\n    }\n  }\n": typeof types.CreateAttendancePlaceDocument,
    "\n  mutation UpdateAttendancePlace($id: ID!, $input: AttendancePlaceInput!, $version: Int) {\n    updateAttendancePlace(id: $id, input: $input, version: $version) {\n      ...AttendancePlaceFields\n    }\n  }\n": typeof types.UpdateAttendancePlaceDocument,
    "\n  mutation DeleteAttendancePlace($id: ID!) {\n    deleteAttendancePlace(id: $id)\n  }\n": typeof types.DeleteAttendancePlaceDocument,
    "\n  query AttendanceShifts($take: Int!, $skip: Int!) {\n    attendanceShifts(take: $take, skip: $skip) {\n      totalCount\n      items {\n        ...AttendanceShiftFields\n      }\n    }\n  }\n": typeof types.AttendanceShiftsDocument,
    "\n  query AttendanceShift($id: ID!) {\n    attendanceShift(id: $id) {\n      ...AttendanceShiftFields\n    }\n  }\n": typeof types.AttendanceShiftDocument,
    "\n  mutation CreateAttendanceShift($input: AttendanceShiftInput!) {\n    createAttendanceShift(input: $input) {\n      ...AttendanceShiftFields\n    }\n  }\n": typeof types.CreateAttendanceShiftDocument,
    "\n  mutation UpdateAttendanceShift($id: ID!, $input: AttendanceShiftInput!, $version: Int) {\n    updateAttendanceShift(id: $id, input: $input, version: $version) {\n      ...AttendanceShiftFields\n    }\n  }\n": typeof types.UpdateAttendanceShiftDocument,
    "\n  mutation DeleteAttendanceShift($id: ID!) {\n    deleteAttendanceShift(id: $id)\n  }\n": typeof types.DeleteAttendanceShiftDocument,
    "\n  query AttendanceGroups($take: Int!, $skip: Int!) {\n    attendanceGroups(take: $take, skip: $skip) {\n      totalCount\n      items {\n        ...AttendanceGroupFields\n      }\n    }\n  }\n": typeof types.AttendanceGroupsDocument,
    "\n  query AttendanceGroup($id: ID!) {\n    attendanceGroup(id: $id) {\n      ...AttendanceGroupFields\n    }\n  }\n": typeof types.AttendanceGroupDocument,
    "\n  mutation CreateAttendanceGroup($input: AttendanceGroupInput!) {\n    createAttendanceGroup(input: $input) {\n      ...AttendanceGroupFields\n    }\n  }\n": typeof types.CreateAttendanceGroupDocument,
    "\n  mutation UpdateAttendanceGroup($id: ID!, $input: AttendanceGroupInput!, $version: Int) {\n    updateAttendanceGroup(id: $id, input: $input, version: $version) {\n      ...AttendanceGroupFields\n    }\n  }\n": typeof types.UpdateAttendanceGroupDocument,
    "\n  mutation DeleteAttendanceGroup($id: ID!) {\n    deleteAttendanceGroup(id: $id)\n  }\n": typeof types.DeleteAttendanceGroupDocument,
    "\n  query AttendancePunches($filter: AttendancePunchFilter, $take: Int!, $skip: Int!) {\n    attendancePunches(filter: $filter, take: $take, skip: $skip) {\n      totalCount\n      items {\n        id\n        workDate\n        punchedAt\n        receivedAt\n        method\n        distanceMeters\n        accuracyMeters\n        flags\n        remark\n        person {\n          id\n          displayName\n        }\n        place {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AttendancePunchesDocument,
    "\n  query AttendanceDays($filter: AttendanceDayFilter, $take: Int!, $skip: Int!) {\n    attendanceDays(filter: $filter, take: $take, skip: $skip) {\n      totalCount\n      items {\n        id\n        workDate\n        status\n        exceptions\n        firstPunchAt\n        lastPunchAt\n        punchCount\n        lateMinutes\n        earlyLeaveMinutes\n        workedMinutes\n        shortMinutes\n        isWorkingDay\n        leaveTypeKey\n        leaveHalfDay\n        makeUpCount\n        person {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.AttendanceDaysDocument,
    "\n  mutation RecomputeAttendanceDays($from: String!, $to: String!, $personIds: [ID!]) {\n    recomputeAttendanceDays(from: $from, to: $to, personIds: $personIds)\n  }\n": typeof types.RecomputeAttendanceDaysDocument,
    "\n  fragment AttendanceMonthFields on AttendanceMonth {\n    id\n    version\n    month\n    status\n    lockedAt\n    reopenedAt\n    reopenReason\n  }\n": typeof types.AttendanceMonthFieldsFragmentDoc,
    "\n  query AttendanceMonths($year: Int!) {\n    attendanceMonths(year: $year) {\n      ...AttendanceMonthFields\n    }\n  }\n": typeof types.AttendanceMonthsDocument,
    "\n  mutation LockAttendanceMonth($month: String!, $version: Int) {\n    lockAttendanceMonth(month: $month, version: $version) {\n      ...AttendanceMonthFields\n    }\n  }\n": typeof types.LockAttendanceMonthDocument,
    "\n  mutation ReopenAttendanceMonth($month: String!, $reason: String!, $version: Int) {\n    reopenAttendanceMonth(month: $month, reason: $reason, version: $version) {\n      ...AttendanceMonthFields\n    }\n  }\n": typeof types.ReopenAttendanceMonthDocument,
    "\n  query AttendanceMonthlySummary($month: String!, $departmentId: ID, $take: Int!, $skip: Int!) {\n    attendanceMonthlySummary(month: $month, departmentId: $departmentId, take: $take, skip: $skip) {\n      totalCount\n      items {\n        person {\n          id\n          displayName\n        }\n        department {\n          id\n          name\n        }\n        workingDays\n        daysPresent\n        absentDays\n        lateCount\n        lateMinutes\n        earlyLeaveCount\n        earlyLeaveMinutes\n        missingPunches\n        offsiteDays\n        restDaysWorked\n        leaveDays\n        makeUpPunches\n        overtimeHours\n        workedHours\n      }\n    }\n  }\n": typeof types.AttendanceMonthlySummaryDocument,
    "\n  query AttendanceMonthlyReport($month: String!, $format: AttendanceReportFormat!, $departmentId: ID) {\n    attendanceMonthlyReport(month: $month, format: $format, departmentId: $departmentId) {\n      fileName\n      contentType\n      base64\n      rows\n    }\n  }\n": typeof types.AttendanceMonthlyReportDocument,
    "\n  query AttendanceRoster($from: String!, $to: String!, $take: Int!, $skip: Int!) {\n    attendanceRoster(from: $from, to: $to, take: $take, skip: $skip) {\n      totalCount\n      items {\n        id\n        date\n        restDay\n        person {\n          id\n          displayName\n        }\n        shift {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AttendanceRosterDocument,
    "\n  mutation SetAttendanceRoster($entries: [AttendanceRosterEntryInput!]!) {\n    setAttendanceRoster(entries: $entries)\n  }\n": typeof types.SetAttendanceRosterDocument,
    "\n  mutation ImportAttendanceRoster($csv: String!) {\n    importAttendanceRoster(csv: $csv)\n  }\n": typeof types.ImportAttendanceRosterDocument,
    "\n  fragment AttendanceLeaveTypeFields on AttendanceLeaveType {\n    id\n    version\n    key\n    nameEn\n    nameZhHk\n    nameZhCn\n    paid\n    needsBalance\n    policy\n    active\n  }\n": typeof types.AttendanceLeaveTypeFieldsFragmentDoc,
    "\n  query AttendanceLeaveTypes {\n    attendanceLeaveTypes {\n      ...AttendanceLeaveTypeFields\n    }\n  }\n": typeof types.AttendanceLeaveTypesDocument,
    "\n  mutation UpdateAttendanceLeaveType($id: ID!, $input: AttendanceLeaveTypeInput!, $version: Int) {\n    updateAttendanceLeaveType(id: $id, input: $input, version: $version) {\n      ...AttendanceLeaveTypeFields\n    }\n  }\n": typeof types.UpdateAttendanceLeaveTypeDocument,
    "\n  query AttendanceLeaveBalances($asOf: String, $personId: ID, $departmentId: ID, $take: Int!, $skip: Int!) {\n    attendanceLeaveBalances(asOf: $asOf, personId: $personId, departmentId: $departmentId, take: $take, skip: $skip) {\n      totalCount\n      items {\n        asOf\n        available\n        earned\n        used\n        expired\n        pending\n        person {\n          id\n          displayName\n        }\n        leaveType {\n          ...AttendanceLeaveTypeFields\n        }\n      }\n    }\n  }\n": typeof types.AttendanceLeaveBalancesDocument,
    "\n  fragment AttendanceLeaveEntryFields on AttendanceLeaveEntry {\n    id\n    kind\n    fromAccount\n    toAccount\n    days\n    effectiveOn\n    note\n    person {\n      id\n      displayName\n    }\n    leaveType {\n      ...AttendanceLeaveTypeFields\n    }\n  }\n": typeof types.AttendanceLeaveEntryFieldsFragmentDoc,
    "\n  query AttendanceLeaveEntries($personId: ID, $leaveTypeId: ID, $take: Int!, $skip: Int!) {\n    attendanceLeaveEntries(personId: $personId, leaveTypeId: $leaveTypeId, take: $take, skip: $skip) {\n      totalCount\n      items {\n        ...AttendanceLeaveEntryFields\n      }\n    }\n  }\n": typeof types.AttendanceLeaveEntriesDocument,
    "\n  mutation AdjustAttendanceLeave($input: AttendanceLeaveAdjustmentInput!) {\n    adjustAttendanceLeave(input: $input) {\n      ...AttendanceLeaveEntryFields\n    }\n  }\n": typeof types.AdjustAttendanceLeaveDocument,
    "\n  query AttendanceRequests($filter: AttendanceRequestFilter, $take: Int!, $skip: Int!) {\n    attendanceRequests(filter: $filter, take: $take, skip: $skip) {\n      totalCount\n      items {\n        id\n        kind\n        status\n        startDate\n        endDate\n        halfDay\n        days\n        punchType\n        punchedAt\n        overtimeStart\n        overtimeEnd\n        compensation\n        reason\n        approvalRequestId\n        decidedAt\n        person {\n          id\n          displayName\n        }\n        leaveType {\n          ...AttendanceLeaveTypeFields\n        }\n      }\n    }\n  }\n": typeof types.AttendanceRequestsDocument,
    "\n  query AuditEntries($filter: AuditFilter, $take: Int!, $skip: Int!) {\n    auditEntries(filter: $filter, take: $take, skip: $skip) {\n      totalCount\n      items {\n        id\n        sequence\n        occurredAt\n        action\n        actorId\n        actorName\n        targetType\n        targetId\n        targetLabel\n        before\n        after\n        ip\n        userAgent\n        requestId\n        hash\n        previousHash\n        references {\n          id\n          type\n          name\n          archived\n        }\n      }\n    }\n  }\n": typeof types.AuditEntriesDocument,
    "\n  query AuditActions {\n    auditActions\n  }\n": typeof types.AuditActionsDocument,
    "\n  query VerifyAuditChain($full: Boolean) {\n    verifyAuditChain(full: $full) {\n      valid\n      complete\n      checkedEntries\n      verifiedThroughSequence\n      prunedThroughSequence\n      firstBrokenSequence\n      reasonCode\n      reason\n    }\n  }\n": typeof types.VerifyAuditChainDocument,
    "\n  fragment DepartmentFields on Department {\n    id\n    name\n    code\n    externalId\n    parentId\n    sortOrder\n    headcount\n    archivedAt\n    createdAt\n    viewerCan {\n      update\n      move\n      archive\n      createSubDepartment\n    }\n    children {\n      id\n    }\n    leaders {\n      id\n      displayName\n      jobTitle\n    }\n  }\n": typeof types.DepartmentFieldsFragmentDoc,
    "\n  query Departments($filter: DepartmentFilter, $take: Int!, $skip: Int!) {\n    departments(filter: $filter, take: $take, skip: $skip) {\n      totalCount\n      items {\n        ...DepartmentFields\n      }\n    }\n  }\n": typeof types.DepartmentsDocument,
    "\n  query Department($id: ID!) {\n    department(id: $id) {\n      ...DepartmentFields\n      parent {\n        id\n        name\n      }\n    }\n  }\n": typeof types.DepartmentDocument,
    "\n  query CanCreateTopLevelDepartment {\n    viewerCanCreateTopLevelDepartment\n  }\n": typeof types.CanCreateTopLevelDepartmentDocument,
    "\n  mutation CreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      ...DepartmentFields\n    }\n  }\n": typeof types.CreateDepartmentDocument,
    "\n  mutation RenameDepartment($id: ID!, $name: String!, $code: String, $externalId: String) {\n    renameDepartment(id: $id, name: $name, code: $code, externalId: $externalId) {\n      ...DepartmentFields\n    }\n  }\n": typeof types.RenameDepartmentDocument,
    "\n  mutation MoveDepartment($id: ID!, $newParentId: ID) {\n    moveDepartment(id: $id, newParentId: $newParentId) {\n      ...DepartmentFields\n    }\n  }\n": typeof types.MoveDepartmentDocument,
    "\n  mutation ReorderDepartments($parentId: ID, $departmentIds: [ID!]!) {\n    reorderDepartments(parentId: $parentId, departmentIds: $departmentIds) {\n      id\n      sortOrder\n    }\n  }\n": typeof types.ReorderDepartmentsDocument,
    "\n  mutation SetDepartmentLeaders($id: ID!, $personIds: [ID!]!) {\n    setDepartmentLeaders(id: $id, personIds: $personIds) {\n      ...DepartmentFields\n    }\n  }\n": typeof types.SetDepartmentLeadersDocument,
    "\n  mutation ArchiveDepartment($id: ID!) {\n    archiveDepartment(id: $id) {\n      ...DepartmentFields\n    }\n  }\n": typeof types.ArchiveDepartmentDocument,
    "\n  query JobRanks {\n    jobRanks {\n      id\n      code\n      name\n      level\n    }\n  }\n": typeof types.JobRanksDocument,
    "\n  fragment MessagingPolicyFields on MessagingPolicy {\n    readReceipts\n    editWindowMinutes\n    recallWindowMinutes\n    departmentGroups\n    departmentGroupsIncludeSubdepartments\n    retentionDays\n    dingSmsAfterMinutes\n  }\n": typeof types.MessagingPolicyFieldsFragmentDoc,
    "\n  query MessagingPolicy {\n    messagingPolicy {\n      ...MessagingPolicyFields\n    }\n  }\n": typeof types.MessagingPolicyDocument,
    "\n  mutation ChangeMessagingPolicy($input: ChangeMessagingPolicyInput!) {\n    changeMessagingPolicy(input: $input) {\n      ...MessagingPolicyFields\n    }\n  }\n": typeof types.ChangeMessagingPolicyDocument,
    "\n  fragment ConversationOverviewFields on ConversationOverview {\n    id\n    kind\n    title\n    memberCount\n    lastSeq\n    lastMessageAt\n    archivedAt\n    createdAt\n    underLegalHold\n    department {\n      id\n      name\n    }\n  }\n": typeof types.ConversationOverviewFieldsFragmentDoc,
    "\n  query ModeratedConversations($filter: ModeratedConversationFilter, $take: Int!, $skip: Int!) {\n    moderatedConversations(filter: $filter, take: $take, skip: $skip) {\n      items {\n        ...ConversationOverviewFields\n      }\n      totalCount\n    }\n  }\n": typeof types.ModeratedConversationsDocument,
    "\n  query ModeratedConversation($id: ID!) {\n    moderatedConversation(id: $id) {\n      ...ConversationOverviewFields\n    }\n  }\n": typeof types.ModeratedConversationDocument,
    "\n  query ModeratedConversationMembers($id: ID!, $take: Int!, $skip: Int!) {\n    moderatedConversation(id: $id) {\n      id\n      members(take: $take, skip: $skip) {\n        items {\n          person {\n            id\n            displayName\n          }\n          role\n          joinedAt\n        }\n        totalCount\n      }\n    }\n  }\n": typeof types.ModeratedConversationMembersDocument,
    "\n  mutation ModeratedMessages($conversationId: ID!, $before: Int, $limit: Int) {\n    moderatedMessages(conversationId: $conversationId, before: $before, limit: $limit) {\n      items {\n        id\n        seq\n        kind\n        body\n        createdAt\n        editedAt\n        recalledAt\n        sender {\n          id\n          displayName\n        }\n        location {\n          address\n        }\n      }\n      hasMoreBefore\n    }\n  }\n": typeof types.ModeratedMessagesDocument,
    "\n  mutation RemoveMessageAsModerator($id: ID!, $reason: String!) {\n    removeMessageAsModerator(id: $id, reason: $reason) {\n      id\n      seq\n      recalledAt\n    }\n  }\n": typeof types.RemoveMessageAsModeratorDocument,
    "\n  mutation SetConversationRoleAsModerator($conversationId: ID!, $personId: ID!, $role: ConversationRole!) {\n    setConversationRoleAsModerator(conversationId: $conversationId, personId: $personId, role: $role) {\n      ...ConversationOverviewFields\n    }\n  }\n": typeof types.SetConversationRoleAsModeratorDocument,
    "\n  mutation ExportConversation($conversationId: ID!, $format: ConversationExportFormat!, $from: DateTimeISO, $to: DateTimeISO) {\n    exportConversation(conversationId: $conversationId, format: $format, from: $from, to: $to) {\n      fileName\n      contentType\n      base64\n      messages\n      basis\n    }\n  }\n": typeof types.ExportConversationDocument,
    "\n  fragment LegalHoldFields on LegalHold {\n    id\n    reason\n    createdAt\n    releasedAt\n    custodian {\n      id\n      displayName\n    }\n    placedBy {\n      id\n      displayName\n    }\n    releasedBy {\n      id\n      displayName\n    }\n    conversation {\n      id\n      kind\n      title\n    }\n  }\n": typeof types.LegalHoldFieldsFragmentDoc,
    "\n  query LegalHolds($active: Boolean, $skip: Int!) {\n    legalHolds(active: $active, take: 25, skip: $skip) {\n      items {\n        ...LegalHoldFields\n        conversations(take: 20) {\n          items {\n            id\n            kind\n            title\n            memberCount\n            lastMessageAt\n            archivedAt\n            members(take: 2) {\n              items {\n                person {\n                  id\n                  displayName\n                }\n              }\n            }\n          }\n          totalCount\n        }\n      }\n      totalCount\n    }\n  }\n": typeof types.LegalHoldsDocument,
    "\n  mutation PlaceLegalHold($input: PlaceLegalHoldInput!) {\n    placeLegalHold(input: $input) {\n      ...LegalHoldFields\n    }\n  }\n": typeof types.PlaceLegalHoldDocument,
    "\n  mutation ReleaseLegalHold($id: ID!) {\n    releaseLegalHold(id: $id) {\n      ...LegalHoldFields\n    }\n  }\n": typeof types.ReleaseLegalHoldDocument,
    "\n  fragment PersonFields on Person {\n    id\n    viewerCan {\n      update\n      editableFields\n      hiddenFields\n      archive\n      changeMemberships\n    }\n    displayName\n    englishName\n    workEmail\n    employeeNo\n    jobTitle\n    employmentStartDate\n    employmentEndDate\n    status\n    locale\n    externalId\n    mobilePhone\n    personalEmail\n    homeAddress\n    rank {\n      id\n      code\n      name\n      level\n    }\n    memberships {\n      id\n      departmentId\n      isPrimary\n      isLeader\n      department {\n        id\n        name\n        code\n      }\n      manager {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.PersonFieldsFragmentDoc,
    "\n  query People($filter: PersonFilter, $take: Int!, $skip: Int!) {\n    people(filter: $filter, take: $take, skip: $skip) {\n      totalCount\n      items {\n        ...PersonFields\n      }\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonFields\n      roleAssignments {\n        id\n        createdAt\n        scopeDepartmentId\n        scopeDepartment {\n          id\n          name\n        }\n        role {\n          id\n          name\n          builtIn\n        }\n      }\n    }\n  }\n": typeof types.PersonDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      ...PersonFields\n    }\n  }\n": typeof types.CreatePersonDocument,
    "\n  mutation UpdatePerson($id: ID!, $input: PersonDetailsInput!) {\n    updatePerson(id: $id, input: $input) {\n      ...PersonFields\n    }\n  }\n": typeof types.UpdatePersonDocument,
    "\n  mutation ArchivePerson($id: ID!, $lastDay: String) {\n    archivePerson(id: $id, lastDay: $lastDay) {\n      ...PersonFields\n    }\n  }\n": typeof types.ArchivePersonDocument,
    "\n  mutation AddPersonToDepartment($personId: ID!, $input: MembershipInput!) {\n    addPersonToDepartment(personId: $personId, input: $input) {\n      id\n      departmentId\n      isPrimary\n      department {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AddPersonToDepartmentDocument,
    "\n  mutation UpdateMembership($id: ID!, $input: UpdateMembershipInput!) {\n    updateMembership(id: $id, input: $input) {\n      id\n      departmentId\n      isPrimary\n    }\n  }\n": typeof types.UpdateMembershipDocument,
    "\n  mutation RemovePersonFromDepartment($membershipId: ID!) {\n    removePersonFromDepartment(membershipId: $membershipId)\n  }\n": typeof types.RemovePersonFromDepartmentDocument,
    "\n  fragment AssignmentFields on RoleAssignment {\n    id\n    createdAt\n    scopeDepartmentId\n    scopeDepartment {\n      id\n      name\n    }\n    role {\n      id\n      name\n      builtIn\n    }\n    person {\n      id\n      displayName\n      jobTitle\n    }\n  }\n": typeof types.AssignmentFieldsFragmentDoc,
    "\n  query RoleAssignments($personId: ID, $roleId: ID) {\n    roleAssignments(personId: $personId, roleId: $roleId) {\n      ...AssignmentFields\n    }\n  }\n": typeof types.RoleAssignmentsDocument,
    "\n  mutation AssignRole($input: AssignRoleInput!) {\n    assignRole(input: $input) {\n      ...AssignmentFields\n    }\n  }\n": typeof types.AssignRoleDocument,
    "\n  mutation UnassignRole($assignmentId: ID!) {\n    unassignRole(assignmentId: $assignmentId)\n  }\n": typeof types.UnassignRoleDocument,
    "\n  fragment RoleFields on Role {\n    id\n    key\n    name\n    description\n    builtIn\n    holderCount\n    rules {\n      action\n      subject\n      conditions\n      fields\n      inverted\n      description\n    }\n  }\n": typeof types.RoleFieldsFragmentDoc,
    "\n  query Roles {\n    roles {\n      ...RoleFields\n    }\n  }\n": typeof types.RolesDocument,
    "\n  query Role($id: ID!) {\n    role(id: $id) {\n      ...RoleFields\n    }\n  }\n": typeof types.RoleDocument,
    "\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      ...RoleFields\n    }\n  }\n": typeof types.CreateRoleDocument,
    "\n  mutation UpdateRole($id: ID!, $input: UpdateRoleInput!) {\n    updateRole(id: $id, input: $input) {\n      ...RoleFields\n    }\n  }\n": typeof types.UpdateRoleDocument,
    "\n  mutation DeleteRole($id: ID!, $removeFromHolders: Boolean) {\n    deleteRole(id: $id, removeFromHolders: $removeFromHolders)\n  }\n": typeof types.DeleteRoleDocument,
    "\n  query PermissionVocabulary {\n    permissionVocabulary {\n      actions\n      actionLabels {\n        name\n        label\n      }\n      placeholders\n      subjects {\n        name\n        label\n        actions\n        conditionFields\n        protectedFields\n        protectedFieldLabels {\n          name\n          label\n        }\n        openFields\n        openFieldLabels {\n          name\n          label\n        }\n        scopes {\n          scope\n          label\n          name\n          conditions\n        }\n        departmentField\n        ownRecordField\n      }\n    }\n  }\n": typeof types.PermissionVocabularyDocument,
    "\n  query PreviewRolePermissions($rules: [PermissionRuleInput!]!) {\n    previewRolePermissions(rules: $rules) {\n      subject\n      action\n      access\n      reach\n      fields\n    }\n  }\n": typeof types.PreviewRolePermissionsDocument,
    "\n  query ExplainPermission($input: ExplainPermissionInput!) {\n    explainPermission(input: $input) {\n      allowed\n      conditional\n      condition\n      explanation\n      roleId\n      roleName\n      ruleNumber\n      rule {\n        action\n        subject\n        conditions\n        fields\n        inverted\n        description\n      }\n    }\n  }\n": typeof types.ExplainPermissionDocument,
    "\n  fragment HolidayFields on Holiday {\n    id\n    date\n    name\n    nameEn\n    nameZhHk\n    nameZhCn\n    isGeneralHoliday\n    isStatutoryHoliday\n    source\n  }\n": typeof types.HolidayFieldsFragmentDoc,
    "\n  fragment MakeUpWorkdayFields on MakeUpWorkday {\n    id\n    date\n    name\n    intervals {\n      start\n      end\n    }\n  }\n": typeof types.MakeUpWorkdayFieldsFragmentDoc,
    "\n  fragment WeeklyHoursFields on WorkingCalendar {\n    id\n    timeZone\n    weeklyHours {\n      weekday\n      intervals {\n        start\n        end\n      }\n    }\n  }\n": typeof types.WeeklyHoursFieldsFragmentDoc,
    "\n  query WorkingCalendar($year: Int!) {\n    workingCalendar {\n      ...WeeklyHoursFields\n      referenceYears\n      holidays(year: $year) {\n        ...HolidayFields\n      }\n      makeUpWorkdays(year: $year) {\n        ...MakeUpWorkdayFields\n      }\n    }\n  }\n": typeof types.WorkingCalendarDocument,
    "\n  mutation SetWorkingHours($input: SetWorkingHoursInput!) {\n    setWorkingHours(input: $input) {\n      ...WeeklyHoursFields\n    }\n  }\n": typeof types.SetWorkingHoursDocument,
    "\n  mutation AddHoliday($input: HolidayInput!) {\n    addHoliday(input: $input) {\n      ...HolidayFields\n    }\n  }\n": typeof types.AddHolidayDocument,
    "\n  mutation ChangeHoliday($id: ID!, $input: HolidayInput!) {\n    changeHoliday(id: $id, input: $input) {\n      ...HolidayFields\n    }\n  }\n": typeof types.ChangeHolidayDocument,
    "\n  mutation RemoveHoliday($id: ID!) {\n    removeHoliday(id: $id)\n  }\n": typeof types.RemoveHolidayDocument,
    "\n  mutation RestoreHongKongHolidays($year: Int!) {\n    restoreHongKongHolidays(year: $year) {\n      ...HolidayFields\n    }\n  }\n": typeof types.RestoreHongKongHolidaysDocument,
    "\n  mutation AddMakeUpWorkday($input: MakeUpWorkdayInput!) {\n    addMakeUpWorkday(input: $input) {\n      ...MakeUpWorkdayFields\n    }\n  }\n": typeof types.AddMakeUpWorkdayDocument,
    "\n  mutation RemoveMakeUpWorkday($id: ID!) {\n    removeMakeUpWorkday(id: $id)\n  }\n": typeof types.RemoveMakeUpWorkdayDocument,
};
const documents: Documents = {
    "\n  query DashboardMe {\n    me {\n      id\n      displayName\n      englishName\n      jobTitle\n      viewerCan {\n        update\n      }\n      memberships {\n        id\n        isPrimary\n        isLeader\n        departmentId\n        department {\n          id\n          name\n        }\n        manager {\n          id\n          displayName\n          jobTitle\n        }\n      }\n    }\n  }\n": types.DashboardMeDocument,
    "\n  query DashboardTeam($departmentId: ID!, $take: Int!) {\n    people(filter: { departmentId: $departmentId, includeSubtree: true }, take: $take, skip: 0) {\n      totalCount\n      items {\n        id\n        displayName\n        jobTitle\n      }\n    }\n    department(id: $departmentId) {\n      id\n      leaders {\n        id\n        displayName\n      }\n    }\n  }\n": types.DashboardTeamDocument,
    "\n  query DashboardHeadcounts {\n    departments(filter: { rootsOnly: true }, take: 100, skip: 0) {\n      items {\n        id\n        name\n        headcount\n        children {\n          id\n          name\n          headcount\n        }\n      }\n    }\n  }\n": types.DashboardHeadcountsDocument,
    "\n  query DashboardWorkforce($months: Int!) {\n    workforceByMonth(months: $months) {\n      month\n      joiners\n      leavers\n      headcount\n    }\n  }\n": types.DashboardWorkforceDocument,
    "\n  query DashboardApprovals($from: DateTimeISO!, $to: DateTimeISO!) {\n    approvalMetrics(from: $from, to: $to) {\n      submitted\n      approved\n      rejected\n    }\n  }\n": types.DashboardApprovalsDocument,
    "\n  mutation ImportOrganizationFile($kind: ImportKind!, $file: String!, $dryRun: Boolean!, $progressKey: String) {\n    importOrganizationCsv(kind: $kind, file: $file, dryRun: $dryRun, progressKey: $progressKey) {\n      applied\n      created\n      updated\n      unchanged\n      format\n      encoding\n      problems {\n        row\n        field\n        column\n        value\n        code\n        message\n      }\n    }\n  }\n": types.ImportOrganizationFileDocument,
    "\n  query OrganizationImportTemplate($kind: ImportKind!) {\n    organizationImportTemplate(kind: $kind) {\n      fileName\n      mediaType\n      content\n    }\n  }\n": types.OrganizationImportTemplateDocument,
    "\n  subscription ImportProgress($progressKey: String!) {\n    importProgress(progressKey: $progressKey) {\n      stage\n      processedRows\n      totalRows\n    }\n  }\n": types.ImportProgressDocument,
    "\n  query Organization {\n    organization {\n      id\n      name\n      slug\n      defaultLocale\n      createdAt\n    }\n  }\n": types.OrganizationDocument,
    "\n  mutation UpdateOrganizationSettings($input: UpdateOrganizationSettingsInput!) {\n    updateOrganizationSettings(input: $input) {\n      id\n      name\n      slug\n      defaultLocale\n      createdAt\n    }\n  }\n": types.UpdateOrganizationSettingsDocument,
    "\n  fragment EmailDomainFields on EmailDomain {\n    id\n    domain\n    status\n    verificationMethod\n    verificationRecord\n    verifiedAt\n    createdAt\n  }\n": types.EmailDomainFieldsFragmentDoc,
    "\n  query EmailDomains {\n    organization {\n      id\n      emailDomains {\n        ...EmailDomainFields\n      }\n    }\n  }\n": types.EmailDomainsDocument,
    "\n  mutation ClaimEmailDomain($domain: String!) {\n    claimEmailDomain(domain: $domain) {\n      ...EmailDomainFields\n    }\n  }\n": types.ClaimEmailDomainDocument,
    "\n  mutation VerifyEmailDomain($id: ID!) {\n    verifyEmailDomain(id: $id) {\n      ...EmailDomainFields\n    }\n  }\n": types.VerifyEmailDomainDocument,
    "\n  mutation RemoveEmailDomain($id: ID!) {\n    removeEmailDomain(id: $id)\n  }\n": types.RemoveEmailDomainDocument,
    "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    personId\n    organizationId\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.SignInDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...SessionFields\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation SignOut($refreshToken: String!) {\n    signOut(refreshToken: $refreshToken)\n  }\n": types.SignOutDocument,
    "\n  query Me {\n    me {\n      id\n      displayName\n      englishName\n      jobTitle\n      workEmail\n    }\n  }\n": types.MeDocument,
    "\n  query MyPermissions {\n    myPermissions {\n      subject\n      action\n      allowed\n      conditional\n    }\n  }\n": types.MyPermissionsDocument,
    "\n  fragment AnnouncementSummary on Announcement {\n    id\n    title\n    status\n    version\n    viewerCan {\n      publish\n      schedule\n      archive\n      confirm\n    }\n    createdAt\n    publishAt\n    publishedAt\n    archivedAt\n    fullyReadAt\n    readByMeAt\n    author {\n      id\n      displayName\n    }\n  }\n": types.AnnouncementSummaryFragmentDoc,
    "\n  query Announcements($filter: AnnouncementFilter, $take: Int!, $skip: Int!) {\n    announcements(filter: $filter, take: $take, skip: $skip) {\n      totalCount\n      items {\n        ...AnnouncementSummary\n      }\n    }\n  }\n": types.AnnouncementsDocument,
    "\n  query Announcement($id: ID!) {\n    announcement(id: $id) {\n      ...AnnouncementSummary\n      body\n      readers(take: 1) {\n        totalCount\n      }\n      notYetRead(take: 1) {\n        totalCount\n      }\n    }\n  }\n": types.AnnouncementDocument,
    "\n  query AnnouncementReaders($id: ID!, $take: Int!, $skip: Int!) {\n    announcement(id: $id) {\n      id\n      readers(take: $take, skip: $skip) {\n        totalCount\n        items {\n          confirmedAt\n          person {\n            id\n            displayName\n            jobTitle\n          }\n        }\n      }\n    }\n  }\n": types.AnnouncementReadersDocument,
    "\n  query AnnouncementNotYetRead($id: ID!, $take: Int!, $skip: Int!) {\n    announcement(id: $id) {\n      id\n      notYetRead(take: $take, skip: $skip) {\n        totalCount\n        items {\n          id\n          displayName\n          jobTitle\n        }\n      }\n    }\n  }\n": types.AnnouncementNotYetReadDocument,
    "\n  mutation CreateAnnouncement($input: CreateAnnouncementInput!) {\n    createAnnouncement(input: $input) {\n      ...AnnouncementSummary\n      body\n    }\n  }\n": types.CreateAnnouncementDocument,
    "\n  mutation PublishAnnouncement($id: ID!, $publishAt: DateTimeISO, $version: Int) {\n    publishAnnouncement(id: $id, publishAt: $publishAt, version: $version) {\n      ...AnnouncementSummary\n    }\n  }\n": types.PublishAnnouncementDocument,
    "\n  mutation ArchiveAnnouncement($id: ID!, $version: Int) {\n    archiveAnnouncement(id: $id, version: $version) {\n      ...AnnouncementSummary\n    }\n  }\n": types.ArchiveAnnouncementDocument,
    "\n  mutation ConfirmAnnouncementRead($id: ID!) {\n    confirmAnnouncementRead(id: $id) {\n      ...AnnouncementSummary\n    }\n  }\n": types.ConfirmAnnouncementReadDocument,
    "\n  fragment ApprovalFormFieldParts on FormField {\n    key\n    type\n    label {\n      en\n      zhHK\n      zhCN\n    }\n    required\n    options {\n      value\n      label {\n        en\n        zhHK\n        zhCN\n      }\n    }\n    currency\n    min\n    max\n    maxLength\n    multiple\n    withTime\n  }\n": types.ApprovalFormFieldPartsFragmentDoc,
    "\n  fragment ApprovalFormParts on FormField {\n    ...ApprovalFormFieldParts\n    columns {\n      ...ApprovalFormFieldParts\n    }\n  }\n": types.ApprovalFormPartsFragmentDoc,
    "\n  fragment ApprovalTemplateSummary on ApprovalTemplate {\n    id\n    name\n    names {\n      en\n      zhHK\n      zhCN\n    }\n    category\n    status\n    version\n    publishedVersion\n    publishedAt\n    ownerModule\n    viewerCan {\n      update\n      publish\n      delete\n      submit\n    }\n  }\n": types.ApprovalTemplateSummaryFragmentDoc,
    "\n  query ApprovalTemplates($filter: ApprovalTemplateFilter, $take: Int!, $skip: Int!) {\n    approvalTemplates(filter: $filter, take: $take, skip: $skip) {\n      totalCount\n      items {\n        ...ApprovalTemplateSummary\n      }\n    }\n  }\n": types.ApprovalTemplatesDocument,
    "\n  query ApprovalTemplate($id: ID!) {\n    approvalTemplate(id: $id) {\n      ...ApprovalTemplateSummary\n      description {\n        en\n        zhHK\n        zhCN\n      }\n      draft {\n        form {\n          ...ApprovalFormParts\n        }\n        flow {\n          id\n          type\n          name {\n            en\n            zhHK\n            zhCN\n          }\n          mode\n          ratioPercent\n          ccTiming\n          approvers {\n            kind\n            personIds\n            roleKey\n            rankCode\n            level\n            departmentId\n            field\n          }\n          fieldPermissions {\n            field\n            access\n          }\n          timeLimit {\n            hours\n            remindBeforeHours\n            timeoutAction\n            escalate\n          }\n          branches {\n            id\n            isDefault\n            name {\n              en\n              zhHK\n              zhCN\n            }\n            conditions {\n              operand\n              field\n              operator\n              values\n            }\n            nodes {\n              id\n              type\n              name {\n                en\n                zhHK\n                zhCN\n              }\n              mode\n              ratioPercent\n              ccTiming\n              approvers {\n                kind\n                personIds\n                roleKey\n                rankCode\n                level\n                departmentId\n                field\n              }\n              fieldPermissions {\n                field\n                access\n              }\n              timeLimit {\n                hours\n                remindBeforeHours\n                timeoutAction\n                escalate\n              }\n              branches {\n                id\n                isDefault\n                name {\n                  en\n                  zhHK\n                  zhCN\n                }\n                conditions {\n                  operand\n                  field\n                  operator\n                  values\n                }\n                nodes {\n                  id\n                  type\n                  name {\n                    en\n                    zhHK\n                    zhCN\n                  }\n                  mode\n                  ratioPercent\n                  ccTiming\n                  approvers {\n                    kind\n                    personIds\n                    roleKey\n                    rankCode\n                    level\n                    departmentId\n                    field\n                  }\n                  fieldPermissions {\n                    field\n                    access\n                  }\n                  timeLimit {\n                    hours\n                    remindBeforeHours\n                    timeoutAction\n                    escalate\n                  }\n                  branches {\n                    id\n                    isDefault\n                    name {\n                      en\n                      zhHK\n                      zhCN\n                    }\n                    conditions {\n                      operand\n                      field\n                      operator\n                      values\n                    }\n                    nodes {\n                      id\n                      type\n                      name {\n                        en\n                        zhHK\n                        zhCN\n                      }\n                      mode\n                      ratioPercent\n                      ccTiming\n                      approvers {\n                        kind\n                        personIds\n                        roleKey\n                        rankCode\n                        level\n                        departmentId\n                        field\n                      }\n                      fieldPermissions {\n                        field\n                        access\n                      }\n                      timeLimit {\n                        hours\n                        remindBeforeHours\n                        timeoutAction\n                        escalate\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n        policies {\n          applicantIsApprover\n          duplicateApprovers\n          emptyApprovers\n          allowSelfApproval\n          fallbackApproverId\n          revokeWindowDays\n        }\n      }\n      published {\n        form {\n          ...ApprovalFormParts\n        }\n      }\n    }\n  }\n": types.ApprovalTemplateDocument,
    "\n  query ApprovalTemplateToSubmit($id: ID!) {\n    approvalTemplate(id: $id) {\n      id\n      name\n      status\n      viewerCan {\n        submit\n      }\n      published {\n        form {\n          ...ApprovalFormParts\n        }\n        flow {\n          id\n          type\n          name {\n            en\n            zhHK\n            zhCN\n          }\n          approvers {\n            kind\n          }\n          branches {\n            id\n            nodes {\n              id\n              type\n              name {\n                en\n                zhHK\n                zhCN\n              }\n              approvers {\n                kind\n              }\n              branches {\n                id\n                nodes {\n                  id\n                  type\n                  name {\n                    en\n                    zhHK\n                    zhCN\n                  }\n                  approvers {\n                    kind\n                  }\n                  branches {\n                    id\n                    nodes {\n                      id\n                      type\n                      name {\n                        en\n                        zhHK\n                        zhCN\n                      }\n                      approvers {\n                        kind\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ApprovalTemplateToSubmitDocument,
    "\n  mutation CreateApprovalTemplate($input: CreateApprovalTemplateInput!) {\n    createApprovalTemplate(input: $input) {\n      ...ApprovalTemplateSummary\n    }\n  }\n": types.CreateApprovalTemplateDocument,
    "\n  mutation UpdateApprovalTemplate($id: ID!, $input: UpdateApprovalTemplateInput!, $version: Int) {\n    updateApprovalTemplate(id: $id, input: $input, version: $version) {\n      ...ApprovalTemplateSummary\n    }\n  }\n": types.UpdateApprovalTemplateDocument,
    "\n  mutation PublishApprovalTemplate($id: ID!, $version: Int) {\n    publishApprovalTemplate(id: $id, version: $version) {\n      ...ApprovalTemplateSummary\n    }\n  }\n": types.PublishApprovalTemplateDocument,
    "\n  mutation DisableApprovalTemplate($id: ID!, $version: Int) {\n    disableApprovalTemplate(id: $id, version: $version) {\n      ...ApprovalTemplateSummary\n    }\n  }\n": types.DisableApprovalTemplateDocument,
    "\n  mutation EnableApprovalTemplate($id: ID!, $version: Int) {\n    enableApprovalTemplate(id: $id, version: $version) {\n      ...ApprovalTemplateSummary\n    }\n  }\n": types.EnableApprovalTemplateDocument,
    "\n  mutation CopyApprovalTemplate($id: ID!) {\n    copyApprovalTemplate(id: $id) {\n      ...ApprovalTemplateSummary\n    }\n  }\n": types.CopyApprovalTemplateDocument,
    "\n  mutation DeleteApprovalTemplate($id: ID!) {\n    deleteApprovalTemplate(id: $id)\n  }\n": types.DeleteApprovalTemplateDocument,
    "\n  fragment ApprovalRouteParts on ApprovalRoute {\n    branchesTaken\n    steps {\n      nodeId\n      type\n      name\n      mode\n      ratioPercent\n      state\n      autoApproved\n      parentNodeId\n      parentBranchId\n      approvers {\n        automatic\n        person {\n          id\n          displayName\n        }\n      }\n      recipients {\n        id\n        displayName\n      }\n      branches {\n        id\n        name\n      }\n    }\n  }\n": types.ApprovalRoutePartsFragmentDoc,
    "\n  query PreviewApprovalRoute($input: SubmitApprovalRequestInput!) {\n    previewApprovalRoute(input: $input) {\n      ...ApprovalRouteParts\n    }\n  }\n": types.PreviewApprovalRouteDocument,
    "\n  fragment ApprovalRequestSummary on ApprovalRequest {\n    id\n    title\n    status\n    version\n    submittedAt\n    finishedAt\n    lastActivityAt\n    applicant {\n      id\n      displayName\n    }\n    department {\n      id\n      name\n    }\n    template {\n      id\n      name\n    }\n  }\n": types.ApprovalRequestSummaryFragmentDoc,
    "\n  query ApprovalRequests($filter: ApprovalRequestFilter, $take: Int!, $skip: Int!) {\n    approvalRequests(filter: $filter, take: $take, skip: $skip) {\n      totalCount\n      items {\n        ...ApprovalRequestSummary\n      }\n    }\n  }\n": types.ApprovalRequestsDocument,
    "\n  query MyApprovalRequests($filter: ApprovalRequestFilter, $take: Int!, $skip: Int!) {\n    myApprovalRequests(filter: $filter, take: $take, skip: $skip) {\n      totalCount\n      items {\n        ...ApprovalRequestSummary\n      }\n    }\n  }\n": types.MyApprovalRequestsDocument,
    "\n  query ApprovalRequestsCopiedToMe($filter: ApprovalRequestFilter, $take: Int!, $skip: Int!) {\n    approvalRequestsCopiedToMe(filter: $filter, take: $take, skip: $skip) {\n      totalCount\n      items {\n        ...ApprovalRequestSummary\n      }\n    }\n  }\n": types.ApprovalRequestsCopiedToMeDocument,
    "\n  query ApprovalRequest($id: ID!) {\n    approvalRequest(id: $id) {\n      ...ApprovalRequestSummary\n      round\n      values\n      computed\n      revokeWindowDays\n      definition {\n        form {\n          ...ApprovalFormParts\n        }\n      }\n      route {\n        ...ApprovalRouteParts\n      }\n      tasks {\n        id\n        nodeId\n        status\n        round\n        comment\n        decidedAt\n        dueAt\n        isAddedSigner\n        assignee {\n          id\n          displayName\n        }\n      }\n      timeline {\n        id\n        kind\n        nodeId\n        comment\n        createdAt\n        details\n        actor {\n          id\n          displayName\n        }\n        target {\n          id\n          displayName\n        }\n      }\n      myPendingTask {\n        id\n        nodeId\n        version\n      }\n      viewerCan {\n        withdraw\n        revoke\n        resubmit\n        remind\n        comment\n      }\n    }\n  }\n": types.ApprovalRequestDocument,
    "\n  query MyApprovalTasks($filter: MyApprovalTaskFilter, $take: Int!, $skip: Int!) {\n    myApprovalTasks(filter: $filter, take: $take, skip: $skip) {\n      totalCount\n      items {\n        id\n        status\n        assignedAt\n        decidedAt\n        dueAt\n        request {\n          ...ApprovalRequestSummary\n        }\n      }\n    }\n  }\n": types.MyApprovalTasksDocument,
    "\n  mutation SubmitApprovalRequest($input: SubmitApprovalRequestInput!) {\n    submitApprovalRequest(input: $input) {\n      id\n    }\n  }\n": types.SubmitApprovalRequestDocument,
    "\n  mutation ApproveApprovalTask($id: ID!, $input: ApproveApprovalTaskInput, $version: Int) {\n    approveApprovalTask(id: $id, input: $input, version: $version) {\n      id\n      status\n    }\n  }\n": types.ApproveApprovalTaskDocument,
    "\n  mutation ApproveApprovalTasks($ids: [ID!]!, $comment: String) {\n    approveApprovalTasks(ids: $ids, comment: $comment) {\n      id\n      status\n    }\n  }\n": types.ApproveApprovalTasksDocument,
    "\n  mutation RejectApprovalTask($id: ID!, $reason: String!, $version: Int) {\n    rejectApprovalTask(id: $id, reason: $reason, version: $version) {\n      id\n      status\n    }\n  }\n": types.RejectApprovalTaskDocument,
    "\n  mutation ReturnApprovalTask($id: ID!, $reason: String!, $toNodeId: String, $version: Int) {\n    returnApprovalTask(id: $id, reason: $reason, toNodeId: $toNodeId, version: $version) {\n      id\n      status\n    }\n  }\n": types.ReturnApprovalTaskDocument,
    "\n  mutation TransferApprovalTask($id: ID!, $toPersonId: ID!, $comment: String, $version: Int) {\n    transferApprovalTask(id: $id, toPersonId: $toPersonId, comment: $comment, version: $version) {\n      id\n      status\n    }\n  }\n": types.TransferApprovalTaskDocument,
    "\n  mutation AddApprovalSigner($id: ID!, $personId: ID!, $position: ApprovalSignerPosition!, $comment: String, $version: Int) {\n    addApprovalSigner(id: $id, personId: $personId, position: $position, comment: $comment, version: $version) {\n      id\n      status\n    }\n  }\n": types.AddApprovalSignerDocument,
    "\n  mutation WithdrawApprovalRequest($id: ID!, $reason: String, $version: Int) {\n    withdrawApprovalRequest(id: $id, reason: $reason, version: $version) {\n      id\n      status\n    }\n  }\n": types.WithdrawApprovalRequestDocument,
    "\n  mutation RevokeApprovalRequest($id: ID!, $reason: String!, $version: Int) {\n    revokeApprovalRequest(id: $id, reason: $reason, version: $version) {\n      id\n      status\n    }\n  }\n": types.RevokeApprovalRequestDocument,
    "\n  mutation ResubmitApprovalRequest($id: ID!, $input: ResubmitApprovalRequestInput!, $version: Int) {\n    resubmitApprovalRequest(id: $id, input: $input, version: $version) {\n      id\n      status\n    }\n  }\n": types.ResubmitApprovalRequestDocument,
    "\n  mutation RemindApprovalRequest($id: ID!) {\n    remindApprovalRequest(id: $id) {\n      id\n      status\n    }\n  }\n": types.RemindApprovalRequestDocument,
    "\n  mutation CommentOnApprovalRequest($id: ID!, $text: String!) {\n    commentOnApprovalRequest(id: $id, text: $text) {\n      id\n      status\n    }\n  }\n": types.CommentOnApprovalRequestDocument,
    "\n  query ApprovalMetrics($from: DateTimeISO!, $to: DateTimeISO!, $templateId: ID, $rubberStampSeconds: Int) {\n    approvalMetrics(from: $from, to: $to, templateId: $templateId, rubberStampSeconds: $rubberStampSeconds) {\n      template {\n        id\n        name\n      }\n      submitted\n      approved\n      rejected\n      withdrawn\n      revoked\n      returned\n      rejectionRate\n      returnRate\n      medianCycleHours\n      p90CycleHours\n      slaBreaches\n      rubberStamps\n      nodes {\n        nodeId\n        name\n        decided\n        rejected\n        returned\n        medianDecisionHours\n        p90DecisionHours\n        slaBreaches\n        rubberStamps\n      }\n    }\n  }\n": types.ApprovalMetricsDocument,
    "\n  fragment AttendancePlaceFields on AttendancePlace {\n    id\n    version\n    name\n    address\n    latitude\n    longitude\n    radiusMeters\n    wifiBssids\n    ipRanges\n  }\n": types.AttendancePlaceFieldsFragmentDoc,
    "\n  fragment AttendanceShiftFields on AttendanceShift {\n    id\n    version\n    name\n    kind\n    start\n    end\n    lateToleranceMinutes\n    earlyLeaveToleranceMinutes\n    punchOpensBeforeMinutes\n    punchClosesAfterMinutes\n    breaks {\n      start\n      end\n    }\n    coreStart\n    coreEnd\n    requiredMinutes\n  }\n": types.AttendanceShiftFieldsFragmentDoc,
    "\n  fragment AttendanceGroupFields on AttendanceGroup {\n    id\n    version\n    name\n    timeZone\n    departmentIds\n    personIds\n    excludedPersonIds\n    placeIds\n    shift {\n      id\n      name\n      start\n      end\n    }\n    offsiteAllowed\n    offsiteRequiresRemark\n    offsiteRequiresPhoto\n    offsiteNeedsApproval\n    keepCoordinates\n    coordinatesRetentionDays\n    offlineWindowMinutes\n    maxPunchesPerDay\n    monitoringNotice\n    noticeVersion\n    rostered\n    makeUpPerMonth\n    makeUpDeadlineDays\n    makeUpTypes\n    overtimeMode\n    overtimeMinimumMinutes\n  }\n": types.AttendanceGroupFieldsFragmentDoc,
    "\n  query AttendancePlaces($take: Int!, $skip: Int!) {\n    attendancePlaces(take: $take, skip: $skip) {\n      totalCount\n      items {\n        ...AttendancePlaceFields\n      }\n    }\n  }\n": types.AttendancePlacesDocument,
    "\n  query AttendancePlace($id: ID!) {\n    attendancePlace(id: $id) {\n      ...AttendancePlaceFields\n    }\n  }\n": types.AttendancePlaceDocument,
    "\n  mutation CreateAttendancePlace($input: AttendancePlaceInput!) {\n    createAttendancePlace(input: $input) {\n      ...AttendancePlaceFields\n    }\n  }\n": types.CreateAttendancePlaceDocument,
    "\n  mutation UpdateAttendancePlace($id: ID!, $input: AttendancePlaceInput!, $version: Int) {\n    updateAttendancePlace(id: $id, input: $input, version: $version) {\n      ...AttendancePlaceFields\n    }\n  }\n": types.UpdateAttendancePlaceDocument,
    "\n  mutation DeleteAttendancePlace($id: ID!) {\n    deleteAttendancePlace(id: $id)\n  }\n": types.DeleteAttendancePlaceDocument,
    "\n  query AttendanceShifts($take: Int!, $skip: Int!) {\n    attendanceShifts(take: $take, skip: $skip) {\n      totalCount\n      items {\n        ...AttendanceShiftFields\n      }\n    }\n  }\n": types.AttendanceShiftsDocument,
    "\n  query AttendanceShift($id: ID!) {\n    attendanceShift(id: $id) {\n      ...AttendanceShiftFields\n    }\n  }\n": types.AttendanceShiftDocument,
    "\n  mutation CreateAttendanceShift($input: AttendanceShiftInput!) {\n    createAttendanceShift(input: $input) {\n      ...AttendanceShiftFields\n    }\n  }\n": types.CreateAttendanceShiftDocument,
    "\n  mutation UpdateAttendanceShift($id: ID!, $input: AttendanceShiftInput!, $version: Int) {\n    updateAttendanceShift(id: $id, input: $input, version: $version) {\n      ...AttendanceShiftFields\n    }\n  }\n": types.UpdateAttendanceShiftDocument,
    "\n  mutation DeleteAttendanceShift($id: ID!) {\n    deleteAttendanceShift(id: $id)\n  }\n": types.DeleteAttendanceShiftDocument,
    "\n  query AttendanceGroups($take: Int!, $skip: Int!) {\n    attendanceGroups(take: $take, skip: $skip) {\n      totalCount\n      items {\n        ...AttendanceGroupFields\n      }\n    }\n  }\n": types.AttendanceGroupsDocument,
    "\n  query AttendanceGroup($id: ID!) {\n    attendanceGroup(id: $id) {\n      ...AttendanceGroupFields\n    }\n  }\n": types.AttendanceGroupDocument,
    "\n  mutation CreateAttendanceGroup($input: AttendanceGroupInput!) {\n    createAttendanceGroup(input: $input) {\n      ...AttendanceGroupFields\n    }\n  }\n": types.CreateAttendanceGroupDocument,
    "\n  mutation UpdateAttendanceGroup($id: ID!, $input: AttendanceGroupInput!, $version: Int) {\n    updateAttendanceGroup(id: $id, input: $input, version: $version) {\n      ...AttendanceGroupFields\n    }\n  }\n": types.UpdateAttendanceGroupDocument,
    "\n  mutation DeleteAttendanceGroup($id: ID!) {\n    deleteAttendanceGroup(id: $id)\n  }\n": types.DeleteAttendanceGroupDocument,
    "\n  query AttendancePunches($filter: AttendancePunchFilter, $take: Int!, $skip: Int!) {\n    attendancePunches(filter: $filter, take: $take, skip: $skip) {\n      totalCount\n      items {\n        id\n        workDate\n        punchedAt\n        receivedAt\n        method\n        distanceMeters\n        accuracyMeters\n        flags\n        remark\n        person {\n          id\n          displayName\n        }\n        place {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AttendancePunchesDocument,
    "\n  query AttendanceDays($filter: AttendanceDayFilter, $take: Int!, $skip: Int!) {\n    attendanceDays(filter: $filter, take: $take, skip: $skip) {\n      totalCount\n      items {\n        id\n        workDate\n        status\n        exceptions\n        firstPunchAt\n        lastPunchAt\n        punchCount\n        lateMinutes\n        earlyLeaveMinutes\n        workedMinutes\n        shortMinutes\n        isWorkingDay\n        leaveTypeKey\n        leaveHalfDay\n        makeUpCount\n        person {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.AttendanceDaysDocument,
    "\n  mutation RecomputeAttendanceDays($from: String!, $to: String!, $personIds: [ID!]) {\n    recomputeAttendanceDays(from: $from, to: $to, personIds: $personIds)\n  }\n": types.RecomputeAttendanceDaysDocument,
    "\n  fragment AttendanceMonthFields on AttendanceMonth {\n    id\n    version\n    month\n    status\n    lockedAt\n    reopenedAt\n    reopenReason\n  }\n": types.AttendanceMonthFieldsFragmentDoc,
    "\n  query AttendanceMonths($year: Int!) {\n    attendanceMonths(year: $year) {\n      ...AttendanceMonthFields\n    }\n  }\n": types.AttendanceMonthsDocument,
    "\n  mutation LockAttendanceMonth($month: String!, $version: Int) {\n    lockAttendanceMonth(month: $month, version: $version) {\n      ...AttendanceMonthFields\n    }\n  }\n": types.LockAttendanceMonthDocument,
    "\n  mutation ReopenAttendanceMonth($month: String!, $reason: String!, $version: Int) {\n    reopenAttendanceMonth(month: $month, reason: $reason, version: $version) {\n      ...AttendanceMonthFields\n    }\n  }\n": types.ReopenAttendanceMonthDocument,
    "\n  query AttendanceMonthlySummary($month: String!, $departmentId: ID, $take: Int!, $skip: Int!) {\n    attendanceMonthlySummary(month: $month, departmentId: $departmentId, take: $take, skip: $skip) {\n      totalCount\n      items {\n        person {\n          id\n          displayName\n        }\n        department {\n          id\n          name\n        }\n        workingDays\n        daysPresent\n        absentDays\n        lateCount\n        lateMinutes\n        earlyLeaveCount\n        earlyLeaveMinutes\n        missingPunches\n        offsiteDays\n        restDaysWorked\n        leaveDays\n        makeUpPunches\n        overtimeHours\n        workedHours\n      }\n    }\n  }\n": types.AttendanceMonthlySummaryDocument,
    "\n  query AttendanceMonthlyReport($month: String!, $format: AttendanceReportFormat!, $departmentId: ID) {\n    attendanceMonthlyReport(month: $month, format: $format, departmentId: $departmentId) {\n      fileName\n      contentType\n      base64\n      rows\n    }\n  }\n": types.AttendanceMonthlyReportDocument,
    "\n  query AttendanceRoster($from: String!, $to: String!, $take: Int!, $skip: Int!) {\n    attendanceRoster(from: $from, to: $to, take: $take, skip: $skip) {\n      totalCount\n      items {\n        id\n        date\n        restDay\n        person {\n          id\n          displayName\n        }\n        shift {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AttendanceRosterDocument,
    "\n  mutation SetAttendanceRoster($entries: [AttendanceRosterEntryInput!]!) {\n    setAttendanceRoster(entries: $entries)\n  }\n": types.SetAttendanceRosterDocument,
    "\n  mutation ImportAttendanceRoster($csv: String!) {\n    importAttendanceRoster(csv: $csv)\n  }\n": types.ImportAttendanceRosterDocument,
    "\n  fragment AttendanceLeaveTypeFields on AttendanceLeaveType {\n    id\n    version\n    key\n    nameEn\n    nameZhHk\n    nameZhCn\n    paid\n    needsBalance\n    policy\n    active\n  }\n": types.AttendanceLeaveTypeFieldsFragmentDoc,
    "\n  query AttendanceLeaveTypes {\n    attendanceLeaveTypes {\n      ...AttendanceLeaveTypeFields\n    }\n  }\n": types.AttendanceLeaveTypesDocument,
    "\n  mutation UpdateAttendanceLeaveType($id: ID!, $input: AttendanceLeaveTypeInput!, $version: Int) {\n    updateAttendanceLeaveType(id: $id, input: $input, version: $version) {\n      ...AttendanceLeaveTypeFields\n    }\n  }\n": types.UpdateAttendanceLeaveTypeDocument,
    "\n  query AttendanceLeaveBalances($asOf: String, $personId: ID, $departmentId: ID, $take: Int!, $skip: Int!) {\n    attendanceLeaveBalances(asOf: $asOf, personId: $personId, departmentId: $departmentId, take: $take, skip: $skip) {\n      totalCount\n      items {\n        asOf\n        available\n        earned\n        used\n        expired\n        pending\n        person {\n          id\n          displayName\n        }\n        leaveType {\n          ...AttendanceLeaveTypeFields\n        }\n      }\n    }\n  }\n": types.AttendanceLeaveBalancesDocument,
    "\n  fragment AttendanceLeaveEntryFields on AttendanceLeaveEntry {\n    id\n    kind\n    fromAccount\n    toAccount\n    days\n    effectiveOn\n    note\n    person {\n      id\n      displayName\n    }\n    leaveType {\n      ...AttendanceLeaveTypeFields\n    }\n  }\n": types.AttendanceLeaveEntryFieldsFragmentDoc,
    "\n  query AttendanceLeaveEntries($personId: ID, $leaveTypeId: ID, $take: Int!, $skip: Int!) {\n    attendanceLeaveEntries(personId: $personId, leaveTypeId: $leaveTypeId, take: $take, skip: $skip) {\n      totalCount\n      items {\n        ...AttendanceLeaveEntryFields\n      }\n    }\n  }\n": types.AttendanceLeaveEntriesDocument,
    "\n  mutation AdjustAttendanceLeave($input: AttendanceLeaveAdjustmentInput!) {\n    adjustAttendanceLeave(input: $input) {\n      ...AttendanceLeaveEntryFields\n    }\n  }\n": types.AdjustAttendanceLeaveDocument,
    "\n  query AttendanceRequests($filter: AttendanceRequestFilter, $take: Int!, $skip: Int!) {\n    attendanceRequests(filter: $filter, take: $take, skip: $skip) {\n      totalCount\n      items {\n        id\n        kind\n        status\n        startDate\n        endDate\n        halfDay\n        days\n        punchType\n        punchedAt\n        overtimeStart\n        overtimeEnd\n        compensation\n        reason\n        approvalRequestId\n        decidedAt\n        person {\n          id\n          displayName\n        }\n        leaveType {\n          ...AttendanceLeaveTypeFields\n        }\n      }\n    }\n  }\n": types.AttendanceRequestsDocument,
    "\n  query AuditEntries($filter: AuditFilter, $take: Int!, $skip: Int!) {\n    auditEntries(filter: $filter, take: $take, skip: $skip) {\n      totalCount\n      items {\n        id\n        sequence\n        occurredAt\n        action\n        actorId\n        actorName\n        targetType\n        targetId\n        targetLabel\n        before\n        after\n        ip\n        userAgent\n        requestId\n        hash\n        previousHash\n        references {\n          id\n          type\n          name\n          archived\n        }\n      }\n    }\n  }\n": types.AuditEntriesDocument,
    "\n  query AuditActions {\n    auditActions\n  }\n": types.AuditActionsDocument,
    "\n  query VerifyAuditChain($full: Boolean) {\n    verifyAuditChain(full: $full) {\n      valid\n      complete\n      checkedEntries\n      verifiedThroughSequence\n      prunedThroughSequence\n      firstBrokenSequence\n      reasonCode\n      reason\n    }\n  }\n": types.VerifyAuditChainDocument,
    "\n  fragment DepartmentFields on Department {\n    id\n    name\n    code\n    externalId\n    parentId\n    sortOrder\n    headcount\n    archivedAt\n    createdAt\n    viewerCan {\n      update\n      move\n      archive\n      createSubDepartment\n    }\n    children {\n      id\n    }\n    leaders {\n      id\n      displayName\n      jobTitle\n    }\n  }\n": types.DepartmentFieldsFragmentDoc,
    "\n  query Departments($filter: DepartmentFilter, $take: Int!, $skip: Int!) {\n    departments(filter: $filter, take: $take, skip: $skip) {\n      totalCount\n      items {\n        ...DepartmentFields\n      }\n    }\n  }\n": types.DepartmentsDocument,
    "\n  query Department($id: ID!) {\n    department(id: $id) {\n      ...DepartmentFields\n      parent {\n        id\n        name\n      }\n    }\n  }\n": types.DepartmentDocument,
    "\n  query CanCreateTopLevelDepartment {\n    viewerCanCreateTopLevelDepartment\n  }\n": types.CanCreateTopLevelDepartmentDocument,
    "\n  mutation CreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      ...DepartmentFields\n    }\n  }\n": types.CreateDepartmentDocument,
    "\n  mutation RenameDepartment($id: ID!, $name: String!, $code: String, $externalId: String) {\n    renameDepartment(id: $id, name: $name, code: $code, externalId: $externalId) {\n      ...DepartmentFields\n    }\n  }\n": types.RenameDepartmentDocument,
    "\n  mutation MoveDepartment($id: ID!, $newParentId: ID) {\n    moveDepartment(id: $id, newParentId: $newParentId) {\n      ...DepartmentFields\n    }\n  }\n": types.MoveDepartmentDocument,
    "\n  mutation ReorderDepartments($parentId: ID, $departmentIds: [ID!]!) {\n    reorderDepartments(parentId: $parentId, departmentIds: $departmentIds) {\n      id\n      sortOrder\n    }\n  }\n": types.ReorderDepartmentsDocument,
    "\n  mutation SetDepartmentLeaders($id: ID!, $personIds: [ID!]!) {\n    setDepartmentLeaders(id: $id, personIds: $personIds) {\n      ...DepartmentFields\n    }\n  }\n": types.SetDepartmentLeadersDocument,
    "\n  mutation ArchiveDepartment($id: ID!) {\n    archiveDepartment(id: $id) {\n      ...DepartmentFields\n    }\n  }\n": types.ArchiveDepartmentDocument,
    "\n  query JobRanks {\n    jobRanks {\n      id\n      code\n      name\n      level\n    }\n  }\n": types.JobRanksDocument,
    "\n  fragment MessagingPolicyFields on MessagingPolicy {\n    readReceipts\n    editWindowMinutes\n    recallWindowMinutes\n    departmentGroups\n    departmentGroupsIncludeSubdepartments\n    retentionDays\n    dingSmsAfterMinutes\n  }\n": types.MessagingPolicyFieldsFragmentDoc,
    "\n  query MessagingPolicy {\n    messagingPolicy {\n      ...MessagingPolicyFields\n    }\n  }\n": types.MessagingPolicyDocument,
    "\n  mutation ChangeMessagingPolicy($input: ChangeMessagingPolicyInput!) {\n    changeMessagingPolicy(input: $input) {\n      ...MessagingPolicyFields\n    }\n  }\n": types.ChangeMessagingPolicyDocument,
    "\n  fragment ConversationOverviewFields on ConversationOverview {\n    id\n    kind\n    title\n    memberCount\n    lastSeq\n    lastMessageAt\n    archivedAt\n    createdAt\n    underLegalHold\n    department {\n      id\n      name\n    }\n  }\n": types.ConversationOverviewFieldsFragmentDoc,
    "\n  query ModeratedConversations($filter: ModeratedConversationFilter, $take: Int!, $skip: Int!) {\n    moderatedConversations(filter: $filter, take: $take, skip: $skip) {\n      items {\n        ...ConversationOverviewFields\n      }\n      totalCount\n    }\n  }\n": types.ModeratedConversationsDocument,
    "\n  query ModeratedConversation($id: ID!) {\n    moderatedConversation(id: $id) {\n      ...ConversationOverviewFields\n    }\n  }\n": types.ModeratedConversationDocument,
    "\n  query ModeratedConversationMembers($id: ID!, $take: Int!, $skip: Int!) {\n    moderatedConversation(id: $id) {\n      id\n      members(take: $take, skip: $skip) {\n        items {\n          person {\n            id\n            displayName\n          }\n          role\n          joinedAt\n        }\n        totalCount\n      }\n    }\n  }\n": types.ModeratedConversationMembersDocument,
    "\n  mutation ModeratedMessages($conversationId: ID!, $before: Int, $limit: Int) {\n    moderatedMessages(conversationId: $conversationId, before: $before, limit: $limit) {\n      items {\n        id\n        seq\n        kind\n        body\n        createdAt\n        editedAt\n        recalledAt\n        sender {\n          id\n          displayName\n        }\n        location {\n          address\n        }\n      }\n      hasMoreBefore\n    }\n  }\n": types.ModeratedMessagesDocument,
    "\n  mutation RemoveMessageAsModerator($id: ID!, $reason: String!) {\n    removeMessageAsModerator(id: $id, reason: $reason) {\n      id\n      seq\n      recalledAt\n    }\n  }\n": types.RemoveMessageAsModeratorDocument,
    "\n  mutation SetConversationRoleAsModerator($conversationId: ID!, $personId: ID!, $role: ConversationRole!) {\n    setConversationRoleAsModerator(conversationId: $conversationId, personId: $personId, role: $role) {\n      ...ConversationOverviewFields\n    }\n  }\n": types.SetConversationRoleAsModeratorDocument,
    "\n  mutation ExportConversation($conversationId: ID!, $format: ConversationExportFormat!, $from: DateTimeISO, $to: DateTimeISO) {\n    exportConversation(conversationId: $conversationId, format: $format, from: $from, to: $to) {\n      fileName\n      contentType\n      base64\n      messages\n      basis\n    }\n  }\n": types.ExportConversationDocument,
    "\n  fragment LegalHoldFields on LegalHold {\n    id\n    reason\n    createdAt\n    releasedAt\n    custodian {\n      id\n      displayName\n    }\n    placedBy {\n      id\n      displayName\n    }\n    releasedBy {\n      id\n      displayName\n    }\n    conversation {\n      id\n      kind\n      title\n    }\n  }\n": types.LegalHoldFieldsFragmentDoc,
    "\n  query LegalHolds($active: Boolean, $skip: Int!) {\n    legalHolds(active: $active, take: 25, skip: $skip) {\n      items {\n        ...LegalHoldFields\n        conversations(take: 20) {\n          items {\n            id\n            kind\n            title\n            memberCount\n            lastMessageAt\n            archivedAt\n            members(take: 2) {\n              items {\n                person {\n                  id\n                  displayName\n                }\n              }\n            }\n          }\n          totalCount\n        }\n      }\n      totalCount\n    }\n  }\n": types.LegalHoldsDocument,
    "\n  mutation PlaceLegalHold($input: PlaceLegalHoldInput!) {\n    placeLegalHold(input: $input) {\n      ...LegalHoldFields\n    }\n  }\n": types.PlaceLegalHoldDocument,
    "\n  mutation ReleaseLegalHold($id: ID!) {\n    releaseLegalHold(id: $id) {\n      ...LegalHoldFields\n    }\n  }\n": types.ReleaseLegalHoldDocument,
    "\n  fragment PersonFields on Person {\n    id\n    viewerCan {\n      update\n      editableFields\n      hiddenFields\n      archive\n      changeMemberships\n    }\n    displayName\n    englishName\n    workEmail\n    employeeNo\n    jobTitle\n    employmentStartDate\n    employmentEndDate\n    status\n    locale\n    externalId\n    mobilePhone\n    personalEmail\n    homeAddress\n    rank {\n      id\n      code\n      name\n      level\n    }\n    memberships {\n      id\n      departmentId\n      isPrimary\n      isLeader\n      department {\n        id\n        name\n        code\n      }\n      manager {\n        id\n        displayName\n      }\n    }\n  }\n": types.PersonFieldsFragmentDoc,
    "\n  query People($filter: PersonFilter, $take: Int!, $skip: Int!) {\n    people(filter: $filter, take: $take, skip: $skip) {\n      totalCount\n      items {\n        ...PersonFields\n      }\n    }\n  }\n": types.PeopleDocument,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonFields\n      roleAssignments {\n        id\n        createdAt\n        scopeDepartmentId\n        scopeDepartment {\n          id\n          name\n        }\n        role {\n          id\n          name\n          builtIn\n        }\n      }\n    }\n  }\n": types.PersonDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      ...PersonFields\n    }\n  }\n": types.CreatePersonDocument,
    "\n  mutation UpdatePerson($id: ID!, $input: PersonDetailsInput!) {\n    updatePerson(id: $id, input: $input) {\n      ...PersonFields\n    }\n  }\n": types.UpdatePersonDocument,
    "\n  mutation ArchivePerson($id: ID!, $lastDay: String) {\n    archivePerson(id: $id, lastDay: $lastDay) {\n      ...PersonFields\n    }\n  }\n": types.ArchivePersonDocument,
    "\n  mutation AddPersonToDepartment($personId: ID!, $input: MembershipInput!) {\n    addPersonToDepartment(personId: $personId, input: $input) {\n      id\n      departmentId\n      isPrimary\n      department {\n        id\n        name\n      }\n    }\n  }\n": types.AddPersonToDepartmentDocument,
    "\n  mutation UpdateMembership($id: ID!, $input: UpdateMembershipInput!) {\n    updateMembership(id: $id, input: $input) {\n      id\n      departmentId\n      isPrimary\n    }\n  }\n": types.UpdateMembershipDocument,
    "\n  mutation RemovePersonFromDepartment($membershipId: ID!) {\n    removePersonFromDepartment(membershipId: $membershipId)\n  }\n": types.RemovePersonFromDepartmentDocument,
    "\n  fragment AssignmentFields on RoleAssignment {\n    id\n    createdAt\n    scopeDepartmentId\n    scopeDepartment {\n      id\n      name\n    }\n    role {\n      id\n      name\n      builtIn\n    }\n    person {\n      id\n      displayName\n      jobTitle\n    }\n  }\n": types.AssignmentFieldsFragmentDoc,
    "\n  query RoleAssignments($personId: ID, $roleId: ID) {\n    roleAssignments(personId: $personId, roleId: $roleId) {\n      ...AssignmentFields\n    }\n  }\n": types.RoleAssignmentsDocument,
    "\n  mutation AssignRole($input: AssignRoleInput!) {\n    assignRole(input: $input) {\n      ...AssignmentFields\n    }\n  }\n": types.AssignRoleDocument,
    "\n  mutation UnassignRole($assignmentId: ID!) {\n    unassignRole(assignmentId: $assignmentId)\n  }\n": types.UnassignRoleDocument,
    "\n  fragment RoleFields on Role {\n    id\n    key\n    name\n    description\n    builtIn\n    holderCount\n    rules {\n      action\n      subject\n      conditions\n      fields\n      inverted\n      description\n    }\n  }\n": types.RoleFieldsFragmentDoc,
    "\n  query Roles {\n    roles {\n      ...RoleFields\n    }\n  }\n": types.RolesDocument,
    "\n  query Role($id: ID!) {\n    role(id: $id) {\n      ...RoleFields\n    }\n  }\n": types.RoleDocument,
    "\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      ...RoleFields\n    }\n  }\n": types.CreateRoleDocument,
    "\n  mutation UpdateRole($id: ID!, $input: UpdateRoleInput!) {\n    updateRole(id: $id, input: $input) {\n      ...RoleFields\n    }\n  }\n": types.UpdateRoleDocument,
    "\n  mutation DeleteRole($id: ID!, $removeFromHolders: Boolean) {\n    deleteRole(id: $id, removeFromHolders: $removeFromHolders)\n  }\n": types.DeleteRoleDocument,
    "\n  query PermissionVocabulary {\n    permissionVocabulary {\n      actions\n      actionLabels {\n        name\n        label\n      }\n      placeholders\n      subjects {\n        name\n        label\n        actions\n        conditionFields\n        protectedFields\n        protectedFieldLabels {\n          name\n          label\n        }\n        openFields\n        openFieldLabels {\n          name\n          label\n        }\n        scopes {\n          scope\n          label\n          name\n          conditions\n        }\n        departmentField\n        ownRecordField\n      }\n    }\n  }\n": types.PermissionVocabularyDocument,
    "\n  query PreviewRolePermissions($rules: [PermissionRuleInput!]!) {\n    previewRolePermissions(rules: $rules) {\n      subject\n      action\n      access\n      reach\n      fields\n    }\n  }\n": types.PreviewRolePermissionsDocument,
    "\n  query ExplainPermission($input: ExplainPermissionInput!) {\n    explainPermission(input: $input) {\n      allowed\n      conditional\n      condition\n      explanation\n      roleId\n      roleName\n      ruleNumber\n      rule {\n        action\n        subject\n        conditions\n        fields\n        inverted\n        description\n      }\n    }\n  }\n": types.ExplainPermissionDocument,
    "\n  fragment HolidayFields on Holiday {\n    id\n    date\n    name\n    nameEn\n    nameZhHk\n    nameZhCn\n    isGeneralHoliday\n    isStatutoryHoliday\n    source\n  }\n": types.HolidayFieldsFragmentDoc,
    "\n  fragment MakeUpWorkdayFields on MakeUpWorkday {\n    id\n    date\n    name\n    intervals {\n      start\n      end\n    }\n  }\n": types.MakeUpWorkdayFieldsFragmentDoc,
    "\n  fragment WeeklyHoursFields on WorkingCalendar {\n    id\n    timeZone\n    weeklyHours {\n      weekday\n      intervals {\n        start\n        end\n      }\n    }\n  }\n": types.WeeklyHoursFieldsFragmentDoc,
    "\n  query WorkingCalendar($year: Int!) {\n    workingCalendar {\n      ...WeeklyHoursFields\n      referenceYears\n      holidays(year: $year) {\n        ...HolidayFields\n      }\n      makeUpWorkdays(year: $year) {\n        ...MakeUpWorkdayFields\n      }\n    }\n  }\n": types.WorkingCalendarDocument,
    "\n  mutation SetWorkingHours($input: SetWorkingHoursInput!) {\n    setWorkingHours(input: $input) {\n      ...WeeklyHoursFields\n    }\n  }\n": types.SetWorkingHoursDocument,
    "\n  mutation AddHoliday($input: HolidayInput!) {\n    addHoliday(input: $input) {\n      ...HolidayFields\n    }\n  }\n": types.AddHolidayDocument,
    "\n  mutation ChangeHoliday($id: ID!, $input: HolidayInput!) {\n    changeHoliday(id: $id, input: $input) {\n      ...HolidayFields\n    }\n  }\n": types.ChangeHolidayDocument,
    "\n  mutation RemoveHoliday($id: ID!) {\n    removeHoliday(id: $id)\n  }\n": types.RemoveHolidayDocument,
    "\n  mutation RestoreHongKongHolidays($year: Int!) {\n    restoreHongKongHolidays(year: $year) {\n      ...HolidayFields\n    }\n  }\n": types.RestoreHongKongHolidaysDocument,
    "\n  mutation AddMakeUpWorkday($input: MakeUpWorkdayInput!) {\n    addMakeUpWorkday(input: $input) {\n      ...MakeUpWorkdayFields\n    }\n  }\n": types.AddMakeUpWorkdayDocument,
    "\n  mutation RemoveMakeUpWorkday($id: ID!) {\n    removeMakeUpWorkday(id: $id)\n  }\n": types.RemoveMakeUpWorkdayDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardMe {\n    me {\n      id\n      displayName\n      englishName\n      jobTitle\n      viewerCan {\n        update\n      }\n      memberships {\n        id\n        isPrimary\n        isLeader\n        departmentId\n        department {\n          id\n          name\n        }\n        manager {\n          id\n          displayName\n          jobTitle\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardTeam($departmentId: ID!, $take: Int!) {\n    people(filter: { departmentId: $departmentId, includeSubtree: true }, take: $take, skip: 0) {\n      totalCount\n      items {\n        id\n        displayName\n        jobTitle\n      }\n    }\n    department(id: $departmentId) {\n      id\n      leaders {\n        id\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardHeadcounts {\n    departments(filter: { rootsOnly: true }, take: 100, skip: 0) {\n      items {\n        id\n        name\n        headcount\n        children {\n          id\n          name\n          headcount\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardHeadcountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardWorkforce($months: Int!) {\n    workforceByMonth(months: $months) {\n      month\n      joiners\n      leavers\n      headcount\n    }\n  }\n"): typeof import('./graphql').DashboardWorkforceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardApprovals($from: DateTimeISO!, $to: DateTimeISO!) {\n    approvalMetrics(from: $from, to: $to) {\n      submitted\n      approved\n      rejected\n    }\n  }\n"): typeof import('./graphql').DashboardApprovalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportOrganizationFile($kind: ImportKind!, $file: String!, $dryRun: Boolean!, $progressKey: String) {\n    importOrganizationCsv(kind: $kind, file: $file, dryRun: $dryRun, progressKey: $progressKey) {\n      applied\n      created\n      updated\n      unchanged\n      format\n      encoding\n      problems {\n        row\n        field\n        column\n        value\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ImportOrganizationFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationImportTemplate($kind: ImportKind!) {\n    organizationImportTemplate(kind: $kind) {\n      fileName\n      mediaType\n      content\n    }\n  }\n"): typeof import('./graphql').OrganizationImportTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ImportProgress($progressKey: String!) {\n    importProgress(progressKey: $progressKey) {\n      stage\n      processedRows\n      totalRows\n    }\n  }\n"): typeof import('./graphql').ImportProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organization {\n    organization {\n      id\n      name\n      slug\n      defaultLocale\n      createdAt\n    }\n  }\n"): typeof import('./graphql').OrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganizationSettings($input: UpdateOrganizationSettingsInput!) {\n    updateOrganizationSettings(input: $input) {\n      id\n      name\n      slug\n      defaultLocale\n      createdAt\n    }\n  }\n"): typeof import('./graphql').UpdateOrganizationSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EmailDomainFields on EmailDomain {\n    id\n    domain\n    status\n    verificationMethod\n    verificationRecord\n    verifiedAt\n    createdAt\n  }\n"): typeof import('./graphql').EmailDomainFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailDomains {\n    organization {\n      id\n      emailDomains {\n        ...EmailDomainFields\n      }\n    }\n  }\n"): typeof import('./graphql').EmailDomainsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimEmailDomain($domain: String!) {\n    claimEmailDomain(domain: $domain) {\n      ...EmailDomainFields\n    }\n  }\n"): typeof import('./graphql').ClaimEmailDomainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmailDomain($id: ID!) {\n    verifyEmailDomain(id: $id) {\n      ...EmailDomainFields\n    }\n  }\n"): typeof import('./graphql').VerifyEmailDomainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveEmailDomain($id: ID!) {\n    removeEmailDomain(id: $id)\n  }\n"): typeof import('./graphql').RemoveEmailDomainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    refreshTokenExpiresAt\n    personId\n    organizationId\n  }\n"): typeof import('./graphql').SessionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      ...SessionFields\n    }\n  }\n"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...SessionFields\n    }\n  }\n"): typeof import('./graphql').RefreshSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut($refreshToken: String!) {\n    signOut(refreshToken: $refreshToken)\n  }\n"): typeof import('./graphql').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      displayName\n      englishName\n      jobTitle\n      workEmail\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPermissions {\n    myPermissions {\n      subject\n      action\n      allowed\n      conditional\n    }\n  }\n"): typeof import('./graphql').MyPermissionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnnouncementSummary on Announcement {\n    id\n    title\n    status\n    version\n    viewerCan {\n      publish\n      schedule\n      archive\n      confirm\n    }\n    createdAt\n    publishAt\n    publishedAt\n    archivedAt\n    fullyReadAt\n    readByMeAt\n    author {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').AnnouncementSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Announcements($filter: AnnouncementFilter, $take: Int!, $skip: Int!) {\n    announcements(filter: $filter, take: $take, skip: $skip) {\n      totalCount\n      items {\n        ...AnnouncementSummary\n      }\n    }\n  }\n"): typeof import('./graphql').AnnouncementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Announcement($id: ID!) {\n    announcement(id: $id) {\n      ...AnnouncementSummary\n      body\n      readers(take: 1) {\n        totalCount\n      }\n      notYetRead(take: 1) {\n        totalCount\n      }\n    }\n  }\n"): typeof import('./graphql').AnnouncementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnnouncementReaders($id: ID!, $take: Int!, $skip: Int!) {\n    announcement(id: $id) {\n      id\n      readers(take: $take, skip: $skip) {\n        totalCount\n        items {\n          confirmedAt\n          person {\n            id\n            displayName\n            jobTitle\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AnnouncementReadersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnnouncementNotYetRead($id: ID!, $take: Int!, $skip: Int!) {\n    announcement(id: $id) {\n      id\n      notYetRead(take: $take, skip: $skip) {\n        totalCount\n        items {\n          id\n          displayName\n          jobTitle\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AnnouncementNotYetReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAnnouncement($input: CreateAnnouncementInput!) {\n    createAnnouncement(input: $input) {\n      ...AnnouncementSummary\n      body\n    }\n  }\n"): typeof import('./graphql').CreateAnnouncementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishAnnouncement($id: ID!, $publishAt: DateTimeISO, $version: Int) {\n    publishAnnouncement(id: $id, publishAt: $publishAt, version: $version) {\n      ...AnnouncementSummary\n    }\n  }\n"): typeof import('./graphql').PublishAnnouncementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveAnnouncement($id: ID!, $version: Int) {\n    archiveAnnouncement(id: $id, version: $version) {\n      ...AnnouncementSummary\n    }\n  }\n"): typeof import('./graphql').ArchiveAnnouncementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmAnnouncementRead($id: ID!) {\n    confirmAnnouncementRead(id: $id) {\n      ...AnnouncementSummary\n    }\n  }\n"): typeof import('./graphql').ConfirmAnnouncementReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApprovalFormFieldParts on FormField {\n    key\n    type\n    label {\n      en\n      zhHK\n      zhCN\n    }\n    required\n    options {\n      value\n      label {\n        en\n        zhHK\n        zhCN\n      }\n    }\n    currency\n    min\n    max\n    maxLength\n    multiple\n    withTime\n  }\n"): typeof import('./graphql').ApprovalFormFieldPartsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApprovalFormParts on FormField {\n    ...ApprovalFormFieldParts\n    columns {\n      ...ApprovalFormFieldParts\n    }\n  }\n"): typeof import('./graphql').ApprovalFormPartsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApprovalTemplateSummary on ApprovalTemplate {\n    id\n    name\n    names {\n      en\n      zhHK\n      zhCN\n    }\n    category\n    status\n    version\n    publishedVersion\n    publishedAt\n    ownerModule\n    viewerCan {\n      update\n      publish\n      delete\n      submit\n    }\n  }\n"): typeof import('./graphql').ApprovalTemplateSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalTemplates($filter: ApprovalTemplateFilter, $take: Int!, $skip: Int!) {\n    approvalTemplates(filter: $filter, take: $take, skip: $skip) {\n      totalCount\n      items {\n        ...ApprovalTemplateSummary\n      }\n    }\n  }\n"): typeof import('./graphql').ApprovalTemplatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalTemplate($id: ID!) {\n    approvalTemplate(id: $id) {\n      ...ApprovalTemplateSummary\n      description {\n        en\n        zhHK\n        zhCN\n      }\n      draft {\n        form {\n          ...ApprovalFormParts\n        }\n        flow {\n          id\n          type\n          name {\n            en\n            zhHK\n            zhCN\n          }\n          mode\n          ratioPercent\n          ccTiming\n          approvers {\n            kind\n            personIds\n            roleKey\n            rankCode\n            level\n            departmentId\n            field\n          }\n          fieldPermissions {\n            field\n            access\n          }\n          timeLimit {\n            hours\n            remindBeforeHours\n            timeoutAction\n            escalate\n          }\n          branches {\n            id\n            isDefault\n            name {\n              en\n              zhHK\n              zhCN\n            }\n            conditions {\n              operand\n              field\n              operator\n              values\n            }\n            nodes {\n              id\n              type\n              name {\n                en\n                zhHK\n                zhCN\n              }\n              mode\n              ratioPercent\n              ccTiming\n              approvers {\n                kind\n                personIds\n                roleKey\n                rankCode\n                level\n                departmentId\n                field\n              }\n              fieldPermissions {\n                field\n                access\n              }\n              timeLimit {\n                hours\n                remindBeforeHours\n                timeoutAction\n                escalate\n              }\n              branches {\n                id\n                isDefault\n                name {\n                  en\n                  zhHK\n                  zhCN\n                }\n                conditions {\n                  operand\n                  field\n                  operator\n                  values\n                }\n                nodes {\n                  id\n                  type\n                  name {\n                    en\n                    zhHK\n                    zhCN\n                  }\n                  mode\n                  ratioPercent\n                  ccTiming\n                  approvers {\n                    kind\n                    personIds\n                    roleKey\n                    rankCode\n                    level\n                    departmentId\n                    field\n                  }\n                  fieldPermissions {\n                    field\n                    access\n                  }\n                  timeLimit {\n                    hours\n                    remindBeforeHours\n                    timeoutAction\n                    escalate\n                  }\n                  branches {\n                    id\n                    isDefault\n                    name {\n                      en\n                      zhHK\n                      zhCN\n                    }\n                    conditions {\n                      operand\n                      field\n                      operator\n                      values\n                    }\n                    nodes {\n                      id\n                      type\n                      name {\n                        en\n                        zhHK\n                        zhCN\n                      }\n                      mode\n                      ratioPercent\n                      ccTiming\n                      approvers {\n                        kind\n                        personIds\n                        roleKey\n                        rankCode\n                        level\n                        departmentId\n                        field\n                      }\n                      fieldPermissions {\n                        field\n                        access\n                      }\n                      timeLimit {\n                        hours\n                        remindBeforeHours\n                        timeoutAction\n                        escalate\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n        policies {\n          applicantIsApprover\n          duplicateApprovers\n          emptyApprovers\n          allowSelfApproval\n          fallbackApproverId\n          revokeWindowDays\n        }\n      }\n      published {\n        form {\n          ...ApprovalFormParts\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ApprovalTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalTemplateToSubmit($id: ID!) {\n    approvalTemplate(id: $id) {\n      id\n      name\n      status\n      viewerCan {\n        submit\n      }\n      published {\n        form {\n          ...ApprovalFormParts\n        }\n        flow {\n          id\n          type\n          name {\n            en\n            zhHK\n            zhCN\n          }\n          approvers {\n            kind\n          }\n          branches {\n            id\n            nodes {\n              id\n              type\n              name {\n                en\n                zhHK\n                zhCN\n              }\n              approvers {\n                kind\n              }\n              branches {\n                id\n                nodes {\n                  id\n                  type\n                  name {\n                    en\n                    zhHK\n                    zhCN\n                  }\n                  approvers {\n                    kind\n                  }\n                  branches {\n                    id\n                    nodes {\n                      id\n                      type\n                      name {\n                        en\n                        zhHK\n                        zhCN\n                      }\n                      approvers {\n                        kind\n                      }\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ApprovalTemplateToSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApprovalTemplate($input: CreateApprovalTemplateInput!) {\n    createApprovalTemplate(input: $input) {\n      ...ApprovalTemplateSummary\n    }\n  }\n"): typeof import('./graphql').CreateApprovalTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateApprovalTemplate($id: ID!, $input: UpdateApprovalTemplateInput!, $version: Int) {\n    updateApprovalTemplate(id: $id, input: $input, version: $version) {\n      ...ApprovalTemplateSummary\n    }\n  }\n"): typeof import('./graphql').UpdateApprovalTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishApprovalTemplate($id: ID!, $version: Int) {\n    publishApprovalTemplate(id: $id, version: $version) {\n      ...ApprovalTemplateSummary\n    }\n  }\n"): typeof import('./graphql').PublishApprovalTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableApprovalTemplate($id: ID!, $version: Int) {\n    disableApprovalTemplate(id: $id, version: $version) {\n      ...ApprovalTemplateSummary\n    }\n  }\n"): typeof import('./graphql').DisableApprovalTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnableApprovalTemplate($id: ID!, $version: Int) {\n    enableApprovalTemplate(id: $id, version: $version) {\n      ...ApprovalTemplateSummary\n    }\n  }\n"): typeof import('./graphql').EnableApprovalTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CopyApprovalTemplate($id: ID!) {\n    copyApprovalTemplate(id: $id) {\n      ...ApprovalTemplateSummary\n    }\n  }\n"): typeof import('./graphql').CopyApprovalTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteApprovalTemplate($id: ID!) {\n    deleteApprovalTemplate(id: $id)\n  }\n"): typeof import('./graphql').DeleteApprovalTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApprovalRouteParts on ApprovalRoute {\n    branchesTaken\n    steps {\n      nodeId\n      type\n      name\n      mode\n      ratioPercent\n      state\n      autoApproved\n      parentNodeId\n      parentBranchId\n      approvers {\n        automatic\n        person {\n          id\n          displayName\n        }\n      }\n      recipients {\n        id\n        displayName\n      }\n      branches {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ApprovalRoutePartsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewApprovalRoute($input: SubmitApprovalRequestInput!) {\n    previewApprovalRoute(input: $input) {\n      ...ApprovalRouteParts\n    }\n  }\n"): typeof import('./graphql').PreviewApprovalRouteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApprovalRequestSummary on ApprovalRequest {\n    id\n    title\n    status\n    version\n    submittedAt\n    finishedAt\n    lastActivityAt\n    applicant {\n      id\n      displayName\n    }\n    department {\n      id\n      name\n    }\n    template {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').ApprovalRequestSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalRequests($filter: ApprovalRequestFilter, $take: Int!, $skip: Int!) {\n    approvalRequests(filter: $filter, take: $take, skip: $skip) {\n      totalCount\n      items {\n        ...ApprovalRequestSummary\n      }\n    }\n  }\n"): typeof import('./graphql').ApprovalRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyApprovalRequests($filter: ApprovalRequestFilter, $take: Int!, $skip: Int!) {\n    myApprovalRequests(filter: $filter, take: $take, skip: $skip) {\n      totalCount\n      items {\n        ...ApprovalRequestSummary\n      }\n    }\n  }\n"): typeof import('./graphql').MyApprovalRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalRequestsCopiedToMe($filter: ApprovalRequestFilter, $take: Int!, $skip: Int!) {\n    approvalRequestsCopiedToMe(filter: $filter, take: $take, skip: $skip) {\n      totalCount\n      items {\n        ...ApprovalRequestSummary\n      }\n    }\n  }\n"): typeof import('./graphql').ApprovalRequestsCopiedToMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalRequest($id: ID!) {\n    approvalRequest(id: $id) {\n      ...ApprovalRequestSummary\n      round\n      values\n      computed\n      revokeWindowDays\n      definition {\n        form {\n          ...ApprovalFormParts\n        }\n      }\n      route {\n        ...ApprovalRouteParts\n      }\n      tasks {\n        id\n        nodeId\n        status\n        round\n        comment\n        decidedAt\n        dueAt\n        isAddedSigner\n        assignee {\n          id\n          displayName\n        }\n      }\n      timeline {\n        id\n        kind\n        nodeId\n        comment\n        createdAt\n        details\n        actor {\n          id\n          displayName\n        }\n        target {\n          id\n          displayName\n        }\n      }\n      myPendingTask {\n        id\n        nodeId\n        version\n      }\n      viewerCan {\n        withdraw\n        revoke\n        resubmit\n        remind\n        comment\n      }\n    }\n  }\n"): typeof import('./graphql').ApprovalRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyApprovalTasks($filter: MyApprovalTaskFilter, $take: Int!, $skip: Int!) {\n    myApprovalTasks(filter: $filter, take: $take, skip: $skip) {\n      totalCount\n      items {\n        id\n        status\n        assignedAt\n        decidedAt\n        dueAt\n        request {\n          ...ApprovalRequestSummary\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyApprovalTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitApprovalRequest($input: SubmitApprovalRequestInput!) {\n    submitApprovalRequest(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SubmitApprovalRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveApprovalTask($id: ID!, $input: ApproveApprovalTaskInput, $version: Int) {\n    approveApprovalTask(id: $id, input: $input, version: $version) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ApproveApprovalTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveApprovalTasks($ids: [ID!]!, $comment: String) {\n    approveApprovalTasks(ids: $ids, comment: $comment) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ApproveApprovalTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectApprovalTask($id: ID!, $reason: String!, $version: Int) {\n    rejectApprovalTask(id: $id, reason: $reason, version: $version) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RejectApprovalTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnApprovalTask($id: ID!, $reason: String!, $toNodeId: String, $version: Int) {\n    returnApprovalTask(id: $id, reason: $reason, toNodeId: $toNodeId, version: $version) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ReturnApprovalTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferApprovalTask($id: ID!, $toPersonId: ID!, $comment: String, $version: Int) {\n    transferApprovalTask(id: $id, toPersonId: $toPersonId, comment: $comment, version: $version) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').TransferApprovalTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddApprovalSigner($id: ID!, $personId: ID!, $position: ApprovalSignerPosition!, $comment: String, $version: Int) {\n    addApprovalSigner(id: $id, personId: $personId, position: $position, comment: $comment, version: $version) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').AddApprovalSignerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawApprovalRequest($id: ID!, $reason: String, $version: Int) {\n    withdrawApprovalRequest(id: $id, reason: $reason, version: $version) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').WithdrawApprovalRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApprovalRequest($id: ID!, $reason: String!, $version: Int) {\n    revokeApprovalRequest(id: $id, reason: $reason, version: $version) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RevokeApprovalRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResubmitApprovalRequest($id: ID!, $input: ResubmitApprovalRequestInput!, $version: Int) {\n    resubmitApprovalRequest(id: $id, input: $input, version: $version) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ResubmitApprovalRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemindApprovalRequest($id: ID!) {\n    remindApprovalRequest(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RemindApprovalRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CommentOnApprovalRequest($id: ID!, $text: String!) {\n    commentOnApprovalRequest(id: $id, text: $text) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CommentOnApprovalRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalMetrics($from: DateTimeISO!, $to: DateTimeISO!, $templateId: ID, $rubberStampSeconds: Int) {\n    approvalMetrics(from: $from, to: $to, templateId: $templateId, rubberStampSeconds: $rubberStampSeconds) {\n      template {\n        id\n        name\n      }\n      submitted\n      approved\n      rejected\n      withdrawn\n      revoked\n      returned\n      rejectionRate\n      returnRate\n      medianCycleHours\n      p90CycleHours\n      slaBreaches\n      rubberStamps\n      nodes {\n        nodeId\n        name\n        decided\n        rejected\n        returned\n        medianDecisionHours\n        p90DecisionHours\n        slaBreaches\n        rubberStamps\n      }\n    }\n  }\n"): typeof import('./graphql').ApprovalMetricsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttendancePlaceFields on AttendancePlace {\n    id\n    version\n    name\n    address\n    latitude\n    longitude\n    radiusMeters\n    wifiBssids\n    ipRanges\n  }\n"): typeof import('./graphql').AttendancePlaceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttendanceShiftFields on AttendanceShift {\n    id\n    version\n    name\n    kind\n    start\n    end\n    lateToleranceMinutes\n    earlyLeaveToleranceMinutes\n    punchOpensBeforeMinutes\n    punchClosesAfterMinutes\n    breaks {\n      start\n      end\n    }\n    coreStart\n    coreEnd\n    requiredMinutes\n  }\n"): typeof import('./graphql').AttendanceShiftFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttendanceGroupFields on AttendanceGroup {\n    id\n    version\n    name\n    timeZone\n    departmentIds\n    personIds\n    excludedPersonIds\n    placeIds\n    shift {\n      id\n      name\n      start\n      end\n    }\n    offsiteAllowed\n    offsiteRequiresRemark\n    offsiteRequiresPhoto\n    offsiteNeedsApproval\n    keepCoordinates\n    coordinatesRetentionDays\n    offlineWindowMinutes\n    maxPunchesPerDay\n    monitoringNotice\n    noticeVersion\n    rostered\n    makeUpPerMonth\n    makeUpDeadlineDays\n    makeUpTypes\n    overtimeMode\n    overtimeMinimumMinutes\n  }\n"): typeof import('./graphql').AttendanceGroupFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttendancePlaces($take: Int!, $skip: Int!) {\n    attendancePlaces(take: $take, skip: $skip) {\n      totalCount\n      items {\n        ...AttendancePlaceFields\n      }\n    }\n  }\n"): typeof import('./graphql').AttendancePlacesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttendancePlace($id: ID!) {\n    attendancePlace(id: $id) {\n      ...AttendancePlaceFields\n    }\n  }\n"): typeof import('./graphql').AttendancePlaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAttendancePlace($input: AttendancePlaceInput!) {\n    createAttendancePlace(input: $input) {\n      ...AttendancePlaceFields\n    }\n  }\n"): typeof import('./graphql').CreateAttendancePlaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAttendancePlace($id: ID!, $input: AttendancePlaceInput!, $version: Int) {\n    updateAttendancePlace(id: $id, input: $input, version: $version) {\n      ...AttendancePlaceFields\n    }\n  }\n"): typeof import('./graphql').UpdateAttendancePlaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAttendancePlace($id: ID!) {\n    deleteAttendancePlace(id: $id)\n  }\n"): typeof import('./graphql').DeleteAttendancePlaceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttendanceShifts($take: Int!, $skip: Int!) {\n    attendanceShifts(take: $take, skip: $skip) {\n      totalCount\n      items {\n        ...AttendanceShiftFields\n      }\n    }\n  }\n"): typeof import('./graphql').AttendanceShiftsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttendanceShift($id: ID!) {\n    attendanceShift(id: $id) {\n      ...AttendanceShiftFields\n    }\n  }\n"): typeof import('./graphql').AttendanceShiftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAttendanceShift($input: AttendanceShiftInput!) {\n    createAttendanceShift(input: $input) {\n      ...AttendanceShiftFields\n    }\n  }\n"): typeof import('./graphql').CreateAttendanceShiftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAttendanceShift($id: ID!, $input: AttendanceShiftInput!, $version: Int) {\n    updateAttendanceShift(id: $id, input: $input, version: $version) {\n      ...AttendanceShiftFields\n    }\n  }\n"): typeof import('./graphql').UpdateAttendanceShiftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAttendanceShift($id: ID!) {\n    deleteAttendanceShift(id: $id)\n  }\n"): typeof import('./graphql').DeleteAttendanceShiftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttendanceGroups($take: Int!, $skip: Int!) {\n    attendanceGroups(take: $take, skip: $skip) {\n      totalCount\n      items {\n        ...AttendanceGroupFields\n      }\n    }\n  }\n"): typeof import('./graphql').AttendanceGroupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttendanceGroup($id: ID!) {\n    attendanceGroup(id: $id) {\n      ...AttendanceGroupFields\n    }\n  }\n"): typeof import('./graphql').AttendanceGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAttendanceGroup($input: AttendanceGroupInput!) {\n    createAttendanceGroup(input: $input) {\n      ...AttendanceGroupFields\n    }\n  }\n"): typeof import('./graphql').CreateAttendanceGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAttendanceGroup($id: ID!, $input: AttendanceGroupInput!, $version: Int) {\n    updateAttendanceGroup(id: $id, input: $input, version: $version) {\n      ...AttendanceGroupFields\n    }\n  }\n"): typeof import('./graphql').UpdateAttendanceGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAttendanceGroup($id: ID!) {\n    deleteAttendanceGroup(id: $id)\n  }\n"): typeof import('./graphql').DeleteAttendanceGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttendancePunches($filter: AttendancePunchFilter, $take: Int!, $skip: Int!) {\n    attendancePunches(filter: $filter, take: $take, skip: $skip) {\n      totalCount\n      items {\n        id\n        workDate\n        punchedAt\n        receivedAt\n        method\n        distanceMeters\n        accuracyMeters\n        flags\n        remark\n        person {\n          id\n          displayName\n        }\n        place {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AttendancePunchesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttendanceDays($filter: AttendanceDayFilter, $take: Int!, $skip: Int!) {\n    attendanceDays(filter: $filter, take: $take, skip: $skip) {\n      totalCount\n      items {\n        id\n        workDate\n        status\n        exceptions\n        firstPunchAt\n        lastPunchAt\n        punchCount\n        lateMinutes\n        earlyLeaveMinutes\n        workedMinutes\n        shortMinutes\n        isWorkingDay\n        leaveTypeKey\n        leaveHalfDay\n        makeUpCount\n        person {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AttendanceDaysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecomputeAttendanceDays($from: String!, $to: String!, $personIds: [ID!]) {\n    recomputeAttendanceDays(from: $from, to: $to, personIds: $personIds)\n  }\n"): typeof import('./graphql').RecomputeAttendanceDaysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttendanceMonthFields on AttendanceMonth {\n    id\n    version\n    month\n    status\n    lockedAt\n    reopenedAt\n    reopenReason\n  }\n"): typeof import('./graphql').AttendanceMonthFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttendanceMonths($year: Int!) {\n    attendanceMonths(year: $year) {\n      ...AttendanceMonthFields\n    }\n  }\n"): typeof import('./graphql').AttendanceMonthsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LockAttendanceMonth($month: String!, $version: Int) {\n    lockAttendanceMonth(month: $month, version: $version) {\n      ...AttendanceMonthFields\n    }\n  }\n"): typeof import('./graphql').LockAttendanceMonthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenAttendanceMonth($month: String!, $reason: String!, $version: Int) {\n    reopenAttendanceMonth(month: $month, reason: $reason, version: $version) {\n      ...AttendanceMonthFields\n    }\n  }\n"): typeof import('./graphql').ReopenAttendanceMonthDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttendanceMonthlySummary($month: String!, $departmentId: ID, $take: Int!, $skip: Int!) {\n    attendanceMonthlySummary(month: $month, departmentId: $departmentId, take: $take, skip: $skip) {\n      totalCount\n      items {\n        person {\n          id\n          displayName\n        }\n        department {\n          id\n          name\n        }\n        workingDays\n        daysPresent\n        absentDays\n        lateCount\n        lateMinutes\n        earlyLeaveCount\n        earlyLeaveMinutes\n        missingPunches\n        offsiteDays\n        restDaysWorked\n        leaveDays\n        makeUpPunches\n        overtimeHours\n        workedHours\n      }\n    }\n  }\n"): typeof import('./graphql').AttendanceMonthlySummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttendanceMonthlyReport($month: String!, $format: AttendanceReportFormat!, $departmentId: ID) {\n    attendanceMonthlyReport(month: $month, format: $format, departmentId: $departmentId) {\n      fileName\n      contentType\n      base64\n      rows\n    }\n  }\n"): typeof import('./graphql').AttendanceMonthlyReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttendanceRoster($from: String!, $to: String!, $take: Int!, $skip: Int!) {\n    attendanceRoster(from: $from, to: $to, take: $take, skip: $skip) {\n      totalCount\n      items {\n        id\n        date\n        restDay\n        person {\n          id\n          displayName\n        }\n        shift {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AttendanceRosterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAttendanceRoster($entries: [AttendanceRosterEntryInput!]!) {\n    setAttendanceRoster(entries: $entries)\n  }\n"): typeof import('./graphql').SetAttendanceRosterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportAttendanceRoster($csv: String!) {\n    importAttendanceRoster(csv: $csv)\n  }\n"): typeof import('./graphql').ImportAttendanceRosterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttendanceLeaveTypeFields on AttendanceLeaveType {\n    id\n    version\n    key\n    nameEn\n    nameZhHk\n    nameZhCn\n    paid\n    needsBalance\n    policy\n    active\n  }\n"): typeof import('./graphql').AttendanceLeaveTypeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttendanceLeaveTypes {\n    attendanceLeaveTypes {\n      ...AttendanceLeaveTypeFields\n    }\n  }\n"): typeof import('./graphql').AttendanceLeaveTypesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAttendanceLeaveType($id: ID!, $input: AttendanceLeaveTypeInput!, $version: Int) {\n    updateAttendanceLeaveType(id: $id, input: $input, version: $version) {\n      ...AttendanceLeaveTypeFields\n    }\n  }\n"): typeof import('./graphql').UpdateAttendanceLeaveTypeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttendanceLeaveBalances($asOf: String, $personId: ID, $departmentId: ID, $take: Int!, $skip: Int!) {\n    attendanceLeaveBalances(asOf: $asOf, personId: $personId, departmentId: $departmentId, take: $take, skip: $skip) {\n      totalCount\n      items {\n        asOf\n        available\n        earned\n        used\n        expired\n        pending\n        person {\n          id\n          displayName\n        }\n        leaveType {\n          ...AttendanceLeaveTypeFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AttendanceLeaveBalancesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttendanceLeaveEntryFields on AttendanceLeaveEntry {\n    id\n    kind\n    fromAccount\n    toAccount\n    days\n    effectiveOn\n    note\n    person {\n      id\n      displayName\n    }\n    leaveType {\n      ...AttendanceLeaveTypeFields\n    }\n  }\n"): typeof import('./graphql').AttendanceLeaveEntryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttendanceLeaveEntries($personId: ID, $leaveTypeId: ID, $take: Int!, $skip: Int!) {\n    attendanceLeaveEntries(personId: $personId, leaveTypeId: $leaveTypeId, take: $take, skip: $skip) {\n      totalCount\n      items {\n        ...AttendanceLeaveEntryFields\n      }\n    }\n  }\n"): typeof import('./graphql').AttendanceLeaveEntriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdjustAttendanceLeave($input: AttendanceLeaveAdjustmentInput!) {\n    adjustAttendanceLeave(input: $input) {\n      ...AttendanceLeaveEntryFields\n    }\n  }\n"): typeof import('./graphql').AdjustAttendanceLeaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttendanceRequests($filter: AttendanceRequestFilter, $take: Int!, $skip: Int!) {\n    attendanceRequests(filter: $filter, take: $take, skip: $skip) {\n      totalCount\n      items {\n        id\n        kind\n        status\n        startDate\n        endDate\n        halfDay\n        days\n        punchType\n        punchedAt\n        overtimeStart\n        overtimeEnd\n        compensation\n        reason\n        approvalRequestId\n        decidedAt\n        person {\n          id\n          displayName\n        }\n        leaveType {\n          ...AttendanceLeaveTypeFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AttendanceRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEntries($filter: AuditFilter, $take: Int!, $skip: Int!) {\n    auditEntries(filter: $filter, take: $take, skip: $skip) {\n      totalCount\n      items {\n        id\n        sequence\n        occurredAt\n        action\n        actorId\n        actorName\n        targetType\n        targetId\n        targetLabel\n        before\n        after\n        ip\n        userAgent\n        requestId\n        hash\n        previousHash\n        references {\n          id\n          type\n          name\n          archived\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AuditEntriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditActions {\n    auditActions\n  }\n"): typeof import('./graphql').AuditActionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyAuditChain($full: Boolean) {\n    verifyAuditChain(full: $full) {\n      valid\n      complete\n      checkedEntries\n      verifiedThroughSequence\n      prunedThroughSequence\n      firstBrokenSequence\n      reasonCode\n      reason\n    }\n  }\n"): typeof import('./graphql').VerifyAuditChainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DepartmentFields on Department {\n    id\n    name\n    code\n    externalId\n    parentId\n    sortOrder\n    headcount\n    archivedAt\n    createdAt\n    viewerCan {\n      update\n      move\n      archive\n      createSubDepartment\n    }\n    children {\n      id\n    }\n    leaders {\n      id\n      displayName\n      jobTitle\n    }\n  }\n"): typeof import('./graphql').DepartmentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Departments($filter: DepartmentFilter, $take: Int!, $skip: Int!) {\n    departments(filter: $filter, take: $take, skip: $skip) {\n      totalCount\n      items {\n        ...DepartmentFields\n      }\n    }\n  }\n"): typeof import('./graphql').DepartmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Department($id: ID!) {\n    department(id: $id) {\n      ...DepartmentFields\n      parent {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').DepartmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CanCreateTopLevelDepartment {\n    viewerCanCreateTopLevelDepartment\n  }\n"): typeof import('./graphql').CanCreateTopLevelDepartmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDepartment($input: CreateDepartmentInput!) {\n    createDepartment(input: $input) {\n      ...DepartmentFields\n    }\n  }\n"): typeof import('./graphql').CreateDepartmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameDepartment($id: ID!, $name: String!, $code: String, $externalId: String) {\n    renameDepartment(id: $id, name: $name, code: $code, externalId: $externalId) {\n      ...DepartmentFields\n    }\n  }\n"): typeof import('./graphql').RenameDepartmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveDepartment($id: ID!, $newParentId: ID) {\n    moveDepartment(id: $id, newParentId: $newParentId) {\n      ...DepartmentFields\n    }\n  }\n"): typeof import('./graphql').MoveDepartmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderDepartments($parentId: ID, $departmentIds: [ID!]!) {\n    reorderDepartments(parentId: $parentId, departmentIds: $departmentIds) {\n      id\n      sortOrder\n    }\n  }\n"): typeof import('./graphql').ReorderDepartmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDepartmentLeaders($id: ID!, $personIds: [ID!]!) {\n    setDepartmentLeaders(id: $id, personIds: $personIds) {\n      ...DepartmentFields\n    }\n  }\n"): typeof import('./graphql').SetDepartmentLeadersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveDepartment($id: ID!) {\n    archiveDepartment(id: $id) {\n      ...DepartmentFields\n    }\n  }\n"): typeof import('./graphql').ArchiveDepartmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobRanks {\n    jobRanks {\n      id\n      code\n      name\n      level\n    }\n  }\n"): typeof import('./graphql').JobRanksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessagingPolicyFields on MessagingPolicy {\n    readReceipts\n    editWindowMinutes\n    recallWindowMinutes\n    departmentGroups\n    departmentGroupsIncludeSubdepartments\n    retentionDays\n    dingSmsAfterMinutes\n  }\n"): typeof import('./graphql').MessagingPolicyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessagingPolicy {\n    messagingPolicy {\n      ...MessagingPolicyFields\n    }\n  }\n"): typeof import('./graphql').MessagingPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMessagingPolicy($input: ChangeMessagingPolicyInput!) {\n    changeMessagingPolicy(input: $input) {\n      ...MessagingPolicyFields\n    }\n  }\n"): typeof import('./graphql').ChangeMessagingPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConversationOverviewFields on ConversationOverview {\n    id\n    kind\n    title\n    memberCount\n    lastSeq\n    lastMessageAt\n    archivedAt\n    createdAt\n    underLegalHold\n    department {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').ConversationOverviewFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModeratedConversations($filter: ModeratedConversationFilter, $take: Int!, $skip: Int!) {\n    moderatedConversations(filter: $filter, take: $take, skip: $skip) {\n      items {\n        ...ConversationOverviewFields\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').ModeratedConversationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModeratedConversation($id: ID!) {\n    moderatedConversation(id: $id) {\n      ...ConversationOverviewFields\n    }\n  }\n"): typeof import('./graphql').ModeratedConversationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModeratedConversationMembers($id: ID!, $take: Int!, $skip: Int!) {\n    moderatedConversation(id: $id) {\n      id\n      members(take: $take, skip: $skip) {\n        items {\n          person {\n            id\n            displayName\n          }\n          role\n          joinedAt\n        }\n        totalCount\n      }\n    }\n  }\n"): typeof import('./graphql').ModeratedConversationMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModeratedMessages($conversationId: ID!, $before: Int, $limit: Int) {\n    moderatedMessages(conversationId: $conversationId, before: $before, limit: $limit) {\n      items {\n        id\n        seq\n        kind\n        body\n        createdAt\n        editedAt\n        recalledAt\n        sender {\n          id\n          displayName\n        }\n        location {\n          address\n        }\n      }\n      hasMoreBefore\n    }\n  }\n"): typeof import('./graphql').ModeratedMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMessageAsModerator($id: ID!, $reason: String!) {\n    removeMessageAsModerator(id: $id, reason: $reason) {\n      id\n      seq\n      recalledAt\n    }\n  }\n"): typeof import('./graphql').RemoveMessageAsModeratorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetConversationRoleAsModerator($conversationId: ID!, $personId: ID!, $role: ConversationRole!) {\n    setConversationRoleAsModerator(conversationId: $conversationId, personId: $personId, role: $role) {\n      ...ConversationOverviewFields\n    }\n  }\n"): typeof import('./graphql').SetConversationRoleAsModeratorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportConversation($conversationId: ID!, $format: ConversationExportFormat!, $from: DateTimeISO, $to: DateTimeISO) {\n    exportConversation(conversationId: $conversationId, format: $format, from: $from, to: $to) {\n      fileName\n      contentType\n      base64\n      messages\n      basis\n    }\n  }\n"): typeof import('./graphql').ExportConversationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LegalHoldFields on LegalHold {\n    id\n    reason\n    createdAt\n    releasedAt\n    custodian {\n      id\n      displayName\n    }\n    placedBy {\n      id\n      displayName\n    }\n    releasedBy {\n      id\n      displayName\n    }\n    conversation {\n      id\n      kind\n      title\n    }\n  }\n"): typeof import('./graphql').LegalHoldFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LegalHolds($active: Boolean, $skip: Int!) {\n    legalHolds(active: $active, take: 25, skip: $skip) {\n      items {\n        ...LegalHoldFields\n        conversations(take: 20) {\n          items {\n            id\n            kind\n            title\n            memberCount\n            lastMessageAt\n            archivedAt\n            members(take: 2) {\n              items {\n                person {\n                  id\n                  displayName\n                }\n              }\n            }\n          }\n          totalCount\n        }\n      }\n      totalCount\n    }\n  }\n"): typeof import('./graphql').LegalHoldsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceLegalHold($input: PlaceLegalHoldInput!) {\n    placeLegalHold(input: $input) {\n      ...LegalHoldFields\n    }\n  }\n"): typeof import('./graphql').PlaceLegalHoldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseLegalHold($id: ID!) {\n    releaseLegalHold(id: $id) {\n      ...LegalHoldFields\n    }\n  }\n"): typeof import('./graphql').ReleaseLegalHoldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonFields on Person {\n    id\n    viewerCan {\n      update\n      editableFields\n      hiddenFields\n      archive\n      changeMemberships\n    }\n    displayName\n    englishName\n    workEmail\n    employeeNo\n    jobTitle\n    employmentStartDate\n    employmentEndDate\n    status\n    locale\n    externalId\n    mobilePhone\n    personalEmail\n    homeAddress\n    rank {\n      id\n      code\n      name\n      level\n    }\n    memberships {\n      id\n      departmentId\n      isPrimary\n      isLeader\n      department {\n        id\n        name\n        code\n      }\n      manager {\n        id\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').PersonFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People($filter: PersonFilter, $take: Int!, $skip: Int!) {\n    people(filter: $filter, take: $take, skip: $skip) {\n      totalCount\n      items {\n        ...PersonFields\n      }\n    }\n  }\n"): typeof import('./graphql').PeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonFields\n      roleAssignments {\n        id\n        createdAt\n        scopeDepartmentId\n        scopeDepartment {\n          id\n          name\n        }\n        role {\n          id\n          name\n          builtIn\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      ...PersonFields\n    }\n  }\n"): typeof import('./graphql').CreatePersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePerson($id: ID!, $input: PersonDetailsInput!) {\n    updatePerson(id: $id, input: $input) {\n      ...PersonFields\n    }\n  }\n"): typeof import('./graphql').UpdatePersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchivePerson($id: ID!, $lastDay: String) {\n    archivePerson(id: $id, lastDay: $lastDay) {\n      ...PersonFields\n    }\n  }\n"): typeof import('./graphql').ArchivePersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPersonToDepartment($personId: ID!, $input: MembershipInput!) {\n    addPersonToDepartment(personId: $personId, input: $input) {\n      id\n      departmentId\n      isPrimary\n      department {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').AddPersonToDepartmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMembership($id: ID!, $input: UpdateMembershipInput!) {\n    updateMembership(id: $id, input: $input) {\n      id\n      departmentId\n      isPrimary\n    }\n  }\n"): typeof import('./graphql').UpdateMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePersonFromDepartment($membershipId: ID!) {\n    removePersonFromDepartment(membershipId: $membershipId)\n  }\n"): typeof import('./graphql').RemovePersonFromDepartmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssignmentFields on RoleAssignment {\n    id\n    createdAt\n    scopeDepartmentId\n    scopeDepartment {\n      id\n      name\n    }\n    role {\n      id\n      name\n      builtIn\n    }\n    person {\n      id\n      displayName\n      jobTitle\n    }\n  }\n"): typeof import('./graphql').AssignmentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleAssignments($personId: ID, $roleId: ID) {\n    roleAssignments(personId: $personId, roleId: $roleId) {\n      ...AssignmentFields\n    }\n  }\n"): typeof import('./graphql').RoleAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignRole($input: AssignRoleInput!) {\n    assignRole(input: $input) {\n      ...AssignmentFields\n    }\n  }\n"): typeof import('./graphql').AssignRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnassignRole($assignmentId: ID!) {\n    unassignRole(assignmentId: $assignmentId)\n  }\n"): typeof import('./graphql').UnassignRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoleFields on Role {\n    id\n    key\n    name\n    description\n    builtIn\n    holderCount\n    rules {\n      action\n      subject\n      conditions\n      fields\n      inverted\n      description\n    }\n  }\n"): typeof import('./graphql').RoleFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Roles {\n    roles {\n      ...RoleFields\n    }\n  }\n"): typeof import('./graphql').RolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Role($id: ID!) {\n    role(id: $id) {\n      ...RoleFields\n    }\n  }\n"): typeof import('./graphql').RoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      ...RoleFields\n    }\n  }\n"): typeof import('./graphql').CreateRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRole($id: ID!, $input: UpdateRoleInput!) {\n    updateRole(id: $id, input: $input) {\n      ...RoleFields\n    }\n  }\n"): typeof import('./graphql').UpdateRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRole($id: ID!, $removeFromHolders: Boolean) {\n    deleteRole(id: $id, removeFromHolders: $removeFromHolders)\n  }\n"): typeof import('./graphql').DeleteRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermissionVocabulary {\n    permissionVocabulary {\n      actions\n      actionLabels {\n        name\n        label\n      }\n      placeholders\n      subjects {\n        name\n        label\n        actions\n        conditionFields\n        protectedFields\n        protectedFieldLabels {\n          name\n          label\n        }\n        openFields\n        openFieldLabels {\n          name\n          label\n        }\n        scopes {\n          scope\n          label\n          name\n          conditions\n        }\n        departmentField\n        ownRecordField\n      }\n    }\n  }\n"): typeof import('./graphql').PermissionVocabularyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewRolePermissions($rules: [PermissionRuleInput!]!) {\n    previewRolePermissions(rules: $rules) {\n      subject\n      action\n      access\n      reach\n      fields\n    }\n  }\n"): typeof import('./graphql').PreviewRolePermissionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplainPermission($input: ExplainPermissionInput!) {\n    explainPermission(input: $input) {\n      allowed\n      conditional\n      condition\n      explanation\n      roleId\n      roleName\n      ruleNumber\n      rule {\n        action\n        subject\n        conditions\n        fields\n        inverted\n        description\n      }\n    }\n  }\n"): typeof import('./graphql').ExplainPermissionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HolidayFields on Holiday {\n    id\n    date\n    name\n    nameEn\n    nameZhHk\n    nameZhCn\n    isGeneralHoliday\n    isStatutoryHoliday\n    source\n  }\n"): typeof import('./graphql').HolidayFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MakeUpWorkdayFields on MakeUpWorkday {\n    id\n    date\n    name\n    intervals {\n      start\n      end\n    }\n  }\n"): typeof import('./graphql').MakeUpWorkdayFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WeeklyHoursFields on WorkingCalendar {\n    id\n    timeZone\n    weeklyHours {\n      weekday\n      intervals {\n        start\n        end\n      }\n    }\n  }\n"): typeof import('./graphql').WeeklyHoursFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkingCalendar($year: Int!) {\n    workingCalendar {\n      ...WeeklyHoursFields\n      referenceYears\n      holidays(year: $year) {\n        ...HolidayFields\n      }\n      makeUpWorkdays(year: $year) {\n        ...MakeUpWorkdayFields\n      }\n    }\n  }\n"): typeof import('./graphql').WorkingCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWorkingHours($input: SetWorkingHoursInput!) {\n    setWorkingHours(input: $input) {\n      ...WeeklyHoursFields\n    }\n  }\n"): typeof import('./graphql').SetWorkingHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddHoliday($input: HolidayInput!) {\n    addHoliday(input: $input) {\n      ...HolidayFields\n    }\n  }\n"): typeof import('./graphql').AddHolidayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeHoliday($id: ID!, $input: HolidayInput!) {\n    changeHoliday(id: $id, input: $input) {\n      ...HolidayFields\n    }\n  }\n"): typeof import('./graphql').ChangeHolidayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveHoliday($id: ID!) {\n    removeHoliday(id: $id)\n  }\n"): typeof import('./graphql').RemoveHolidayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreHongKongHolidays($year: Int!) {\n    restoreHongKongHolidays(year: $year) {\n      ...HolidayFields\n    }\n  }\n"): typeof import('./graphql').RestoreHongKongHolidaysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMakeUpWorkday($input: MakeUpWorkdayInput!) {\n    addMakeUpWorkday(input: $input) {\n      ...MakeUpWorkdayFields\n    }\n  }\n"): typeof import('./graphql').AddMakeUpWorkdayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMakeUpWorkday($id: ID!) {\n    removeMakeUpWorkday(id: $id)\n  }\n"): typeof import('./graphql').RemoveMakeUpWorkdayDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
