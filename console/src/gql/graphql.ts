/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** ALL: everywhere; CONDITIONAL: only where conditions or field limits hold; NONE: never. */
export type AccessLevel =
  | 'ALL'
  | 'CONDITIONAL'
  | 'NONE';

/** Which announcements to list. */
export type AnnouncementFilter = {
  /** Only those in this state. */
  status?: AnnouncementStatus | null | undefined;
};

/** DRAFT: being written; SCHEDULED: publishes itself at publishAt; PUBLISHED: staff see it and confirm reading; ARCHIVED: withdrawn. */
export type AnnouncementStatus =
  | 'ARCHIVED'
  | 'DRAFT'
  | 'PUBLISHED'
  | 'SCHEDULED';

/** Give a role to a person. */
export type AssignRoleInput = {
  /** The person. */
  personId: string | number;
  /** The role. */
  roleId: string | number;
  /** Limit the role to this department and its sub-departments. */
  scopeDepartmentId?: string | number | null | undefined;
};

/** Which audit entries to list. */
export type AuditFilter = {
  /** Only this action, e.g. org.department.moved (see auditActions). */
  action?: string | null | undefined;
  /** Only actions starting with this, e.g. "org." or "access.role". */
  actionPrefix?: string | null | undefined;
  /** Only changes by this person. */
  actorId?: string | number | null | undefined;
  /** Only entries about this department: the department itself, the people who have a position in it now, and changes whose before/after values name it (a department moved into or out of it, a position in it, a role scoped to it). Not its sub-departments. */
  departmentId?: string | number | null | undefined;
  /** From this time (inclusive). */
  from?: string | null | undefined;
  /** Only changes to this record. */
  targetId?: string | number | null | undefined;
  /** Only changes to this record type, e.g. Department. */
  targetType?: string | null | undefined;
  /** Until this time (exclusive). */
  to?: string | null | undefined;
};

/** A new draft announcement. */
export type CreateAnnouncementInput = {
  /** The notice (plain text; line breaks kept). */
  body: string;
  /** Title. */
  title: string;
};

/** A new department. */
export type CreateDepartmentInput = {
  /** Optional short code. */
  code?: string | null | undefined;
  /** Id in an external HR system. */
  externalId?: string | null | undefined;
  /** Name, e.g. 安全部. */
  name: string;
  /** Parent department; omit for a top-level department. */
  parentId?: string | number | null | undefined;
  /** Position among siblings. */
  sortOrder?: number | null | undefined;
};

/** A new person. */
export type CreatePersonInput = {
  /** Name as shown everywhere. */
  displayName?: string | null | undefined;
  /** Staff number (unique in the organisation). */
  employeeNo?: string | null | undefined;
  /** Last day of employment, YYYY-MM-DD. */
  employmentEndDate?: string | null | undefined;
  /** First day of employment, YYYY-MM-DD. */
  employmentStartDate?: string | null | undefined;
  /** English name. */
  englishName?: string | null | undefined;
  /** Id in an external HR system. */
  externalId?: string | null | undefined;
  /** Home address (protected). */
  homeAddress?: string | null | undefined;
  /** Give the person a sign-in (with workEmail, which must be in a verified email domain of the organisation: EMAIL_DOMAIN_NOT_CLAIMED) using this first password. */
  initialPassword?: string | null | undefined;
  /** Job title. */
  jobTitle?: string | null | undefined;
  /** Preferred language: en, zh-HK or zh-CN. */
  locale?: string | null | undefined;
  /** At least one department. */
  memberships: Array<MembershipInput>;
  /** Mobile phone (protected). */
  mobilePhone?: string | null | undefined;
  /** Personal email (protected). */
  personalEmail?: string | null | undefined;
  /** Job rank id. */
  rankId?: string | number | null | undefined;
  /** Work email. For someone who signs in it is also their sign-in email, so it must be in a verified email domain of the organisation (see updatePerson). */
  workEmail?: string | null | undefined;
};

/** A new role. */
export type CreateRoleInput = {
  /** What the role is for. */
  description?: string | null | undefined;
  /** Name. */
  name: string;
  /** Rules. */
  rules: Array<PermissionRuleInput>;
};

/** Which departments to list. */
export type DepartmentFilter = {
  /** Include archived departments. */
  includeArchived?: boolean | null | undefined;
  /** Only direct children of this department. */
  parentId?: string | number | null | undefined;
  /** Only top-level departments. */
  rootsOnly?: boolean | null | undefined;
  /** Matches name or code (case-insensitive). */
  search?: string | null | undefined;
};

/** PENDING until the organisation proves it controls the domain (or the platform operator vouches for it); only VERIFIED domains count. */
export type EmailDomainStatus =
  | 'PENDING'
  | 'VERIFIED';

/** How a domain was verified: DNS_TXT (the organisation published its verification record) or OPERATOR (added by the platform operator). */
export type EmailDomainVerification =
  | 'DNS_TXT'
  | 'OPERATOR';

/** The question "can this person do this?". */
export type ExplainPermissionInput = {
  /** The action, e.g. update. */
  action: string;
  /** A specific field, e.g. mobilePhone. */
  field?: string | null | undefined;
  /** The person asked about. */
  personId: string | number;
  /** A specific record of that subject. */
  recordId?: string | number | null | undefined;
  /** The subject type, e.g. Person. */
  subject: string;
};

/** A holiday’s day, names (at least one) and kinds. */
export type HolidayInput = {
  /** The day, YYYY-MM-DD (one holiday per day). */
  date: string;
  /** A Hong Kong general holiday (default false). */
  isGeneralHoliday?: boolean | null | undefined;
  /** A statutory holiday under the Employment Ordinance (default false). */
  isStatutoryHoliday?: boolean | null | undefined;
  /** Name in English. */
  nameEn?: string | null | undefined;
  /** Name in Simplified Chinese. */
  nameZhCn?: string | null | undefined;
  /** Name in Traditional Chinese (Hong Kong). */
  nameZhHk?: string | null | undefined;
};

/** HONG_KONG: from Harbour’s list of Hong Kong general and statutory holidays; COMPANY: added by the organisation (a company day off, a typhoon day …). */
export type HolidaySource =
  | 'COMPANY'
  | 'HONG_KONG';

/** The kinds of file an import reads: CSV (any common encoding) or an Excel workbook. */
export type ImportFileFormat =
  | 'CSV'
  | 'XLSX';

/** What an import file contains. */
export type ImportKind =
  | 'DEPARTMENTS'
  | 'PEOPLE';

/** The steps of an import: CHECKING the rows, SAVING them, VERIFYING the result (e.g. no reporting loops), DONE. */
export type ImportStage =
  | 'CHECKING'
  | 'DONE'
  | 'SAVING'
  | 'VERIFYING';

/** A department a person belongs to, and their manager there. */
export type MembershipInput = {
  /** The department. */
  departmentId: string | number;
  /** Make this the person’s primary position. */
  isPrimary?: boolean | null | undefined;
  /** The manager for this position; when empty, the department leaders are. */
  managerId?: string | number | null | undefined;
};

/** One permission rule. */
export type PermissionRuleInput = {
  /** Action. */
  action: string;
  /** Conditions (condition fields of the subject; placeholders $me, $myDepartments, $managedDepartments, and "$subtree:<department id>" in a list for that department and its sub-departments). */
  conditions?: Record<string, unknown> | null | undefined;
  /** Why the rule exists. */
  description?: string | null | undefined;
  /** Restrict to these fields. */
  fields?: Array<string> | null | undefined;
  /** Make this a denial. */
  inverted?: boolean | null | undefined;
  /** Subject type or "all". */
  subject: string;
};

/** How far a rule reaches: EVERYONE (no condition); MY_DEPARTMENTS ({departmentField: {$in: "$myDepartments"}}); MANAGED_DEPARTMENTS ({departmentField: {$in: "$managedDepartments"}}); OWN_RECORD ({ownRecordField: "$me"}); CHOSEN_DEPARTMENTS ({departmentField: {$in: ["$subtree:<department id>", …]}}: those departments and their sub-departments); NAMED (a scope the subject’s module declares: exactly the option’s conditions). */
export type PermissionScope =
  | 'CHOSEN_DEPARTMENTS'
  | 'EVERYONE'
  | 'MANAGED_DEPARTMENTS'
  | 'MY_DEPARTMENTS'
  | 'NAMED'
  | 'OWN_RECORD';

/** Details of a person. Omitted fields are left unchanged on update. */
export type PersonDetailsInput = {
  /** Name as shown everywhere. */
  displayName?: string | null | undefined;
  /** Staff number (unique in the organisation). */
  employeeNo?: string | null | undefined;
  /** Last day of employment, YYYY-MM-DD. */
  employmentEndDate?: string | null | undefined;
  /** First day of employment, YYYY-MM-DD. */
  employmentStartDate?: string | null | undefined;
  /** English name. */
  englishName?: string | null | undefined;
  /** Id in an external HR system. */
  externalId?: string | null | undefined;
  /** Home address (protected). */
  homeAddress?: string | null | undefined;
  /** Job title. */
  jobTitle?: string | null | undefined;
  /** Preferred language: en, zh-HK or zh-CN. */
  locale?: string | null | undefined;
  /** Mobile phone (protected). */
  mobilePhone?: string | null | undefined;
  /** Personal email (protected). */
  personalEmail?: string | null | undefined;
  /** Job rank id. */
  rankId?: string | number | null | undefined;
  /** Work email. For someone who signs in it is also their sign-in email, so it must be in a verified email domain of the organisation (see updatePerson). */
  workEmail?: string | null | undefined;
};

/** Which people to list. */
export type PersonFilter = {
  /** Only members of this department. */
  departmentId?: string | number | null | undefined;
  /** With departmentId: include members of its sub-departments. */
  includeSubtree?: boolean | null | undefined;
  /** Only people of this rank. */
  rankId?: string | number | null | undefined;
  /** Matches name, English name, email, staff number or title. */
  search?: string | null | undefined;
  /** ACTIVE (default) or ARCHIVED. */
  status?: PersonStatus | null | undefined;
};

/** Whether a person still works here. */
export type PersonStatus =
  | 'ACTIVE'
  | 'ARCHIVED';

/** The week’s working hours. */
export type SetWorkingHoursInput = {
  /** Hours per weekday; a weekday left out has none. */
  days: Array<WeekdayHoursInput>;
  /** IANA time zone, e.g. Asia/Hong_Kong; omitted: unchanged. */
  timeZone?: string | null | undefined;
};

/** Email and password. */
export type SignInInput = {
  /** Work email address. */
  email: string;
  /** Password. */
  password: string;
};

/** Changes to one membership. */
export type UpdateMembershipInput = {
  /** Make this the primary position. */
  isPrimary?: boolean | null | undefined;
  /** New manager; null clears it (department leaders then manage). */
  managerId?: string | number | null | undefined;
};

/** Organisation settings an admin may change. */
export type UpdateOrganizationSettingsInput = {
  /** Default language: en, zh-HK or zh-CN. */
  defaultLocale?: string | null | undefined;
  /** New display name. */
  name?: string | null | undefined;
};

/** Changes to a role; omitted fields stay. */
export type UpdateRoleInput = {
  /** New description. */
  description?: string | null | undefined;
  /** New name. */
  name?: string | null | undefined;
  /** The complete new list of rules. */
  rules?: Array<PermissionRuleInput> | null | undefined;
};

/** The working hours of one day of the week. */
export type WeekdayHoursInput = {
  /** Its working intervals, earliest first, not overlapping; empty for a day off. */
  intervals: Array<WorkingIntervalInput>;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
};

/** A stretch of working time in a day. */
export type WorkingIntervalInput = {
  /** End, HH:MM, after the start (24:00 for midnight at the end of the day). */
  end: string;
  /** Start, HH:MM. */
  start: string;
};

export type DashboardMeQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardMeQuery = { me: { id: string, displayName: string, englishName: string | null, jobTitle: string | null, viewerCan: { update: boolean }, memberships: Array<{ id: string, isPrimary: boolean, isLeader: boolean, departmentId: string, department: { id: string, name: string } | null, manager: { id: string, displayName: string, jobTitle: string | null } | null }> } };

export type DashboardTeamQueryVariables = Exact<{
  departmentId: string | number;
  take: number;
}>;


export type DashboardTeamQuery = { people: { totalCount: number, items: Array<{ id: string, displayName: string, jobTitle: string | null }> }, department: { id: string, leaders: Array<{ id: string, displayName: string }> } };

export type DashboardHeadcountsQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardHeadcountsQuery = { departments: { items: Array<{ id: string, name: string, headcount: number, children: Array<{ id: string, name: string, headcount: number }> }> } };

export type DashboardWorkforceQueryVariables = Exact<{
  months: number;
}>;


export type DashboardWorkforceQuery = { workforceByMonth: Array<{ month: string, joiners: number, leavers: number, headcount: number }> };

export type ImportOrganizationFileMutationVariables = Exact<{
  kind: ImportKind;
  file: string;
  dryRun: boolean;
  progressKey?: string | null | undefined;
}>;


export type ImportOrganizationFileMutation = { importOrganizationCsv: { applied: boolean, created: number, updated: number, unchanged: number, format: ImportFileFormat, encoding: string | null, problems: Array<{ row: number, field: string, column: string, value: string | null, code: string, message: string }> } };

export type OrganizationImportTemplateQueryVariables = Exact<{
  kind: ImportKind;
}>;


export type OrganizationImportTemplateQuery = { organizationImportTemplate: { fileName: string, mediaType: string, content: string } };

export type ImportProgressSubscriptionVariables = Exact<{
  progressKey: string;
}>;


export type ImportProgressSubscription = { importProgress: { stage: ImportStage, processedRows: number, totalRows: number } };

export type OrganizationQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationQuery = { organization: { id: string, name: string, slug: string, defaultLocale: string, createdAt: string } };

export type UpdateOrganizationSettingsMutationVariables = Exact<{
  input: UpdateOrganizationSettingsInput;
}>;


export type UpdateOrganizationSettingsMutation = { updateOrganizationSettings: { id: string, name: string, slug: string, defaultLocale: string, createdAt: string } };

export type EmailDomainFieldsFragment = { id: string, domain: string, status: EmailDomainStatus, verificationMethod: EmailDomainVerification | null, verificationRecord: string | null, verifiedAt: string | null, createdAt: string };

export type EmailDomainsQueryVariables = Exact<{ [key: string]: never; }>;


export type EmailDomainsQuery = { organization: { id: string, emailDomains: Array<{ id: string, domain: string, status: EmailDomainStatus, verificationMethod: EmailDomainVerification | null, verificationRecord: string | null, verifiedAt: string | null, createdAt: string }> } };

export type ClaimEmailDomainMutationVariables = Exact<{
  domain: string;
}>;


export type ClaimEmailDomainMutation = { claimEmailDomain: { id: string, domain: string, status: EmailDomainStatus, verificationMethod: EmailDomainVerification | null, verificationRecord: string | null, verifiedAt: string | null, createdAt: string } };

export type VerifyEmailDomainMutationVariables = Exact<{
  id: string | number;
}>;


export type VerifyEmailDomainMutation = { verifyEmailDomain: { id: string, domain: string, status: EmailDomainStatus, verificationMethod: EmailDomainVerification | null, verificationRecord: string | null, verifiedAt: string | null, createdAt: string } };

export type RemoveEmailDomainMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveEmailDomainMutation = { removeEmailDomain: boolean };

export type SessionFieldsFragment = { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, personId: string, organizationId: string };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, personId: string, organizationId: string } };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshSessionMutation = { refreshSession: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, personId: string, organizationId: string } };

export type SignOutMutationVariables = Exact<{
  refreshToken: string;
}>;


export type SignOutMutation = { signOut: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, displayName: string, englishName: string | null, jobTitle: string | null, workEmail: string | null } };

export type MyPermissionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPermissionsQuery = { myPermissions: Array<{ subject: string, action: string, allowed: boolean, conditional: boolean }> };

export type AnnouncementSummaryFragment = { id: string, title: string, status: AnnouncementStatus, version: number, createdAt: string, publishAt: string | null, publishedAt: string | null, archivedAt: string | null, fullyReadAt: string | null, readByMeAt: string | null, viewerCan: { publish: boolean, schedule: boolean, archive: boolean, confirm: boolean }, author: { id: string, displayName: string } | null };

export type AnnouncementsQueryVariables = Exact<{
  filter?: AnnouncementFilter | null | undefined;
  take: number;
  skip: number;
}>;


export type AnnouncementsQuery = { announcements: { totalCount: number, items: Array<{ id: string, title: string, status: AnnouncementStatus, version: number, createdAt: string, publishAt: string | null, publishedAt: string | null, archivedAt: string | null, fullyReadAt: string | null, readByMeAt: string | null, viewerCan: { publish: boolean, schedule: boolean, archive: boolean, confirm: boolean }, author: { id: string, displayName: string } | null }> } };

export type AnnouncementQueryVariables = Exact<{
  id: string | number;
}>;


export type AnnouncementQuery = { announcement: { body: string, id: string, title: string, status: AnnouncementStatus, version: number, createdAt: string, publishAt: string | null, publishedAt: string | null, archivedAt: string | null, fullyReadAt: string | null, readByMeAt: string | null, readers: { totalCount: number } | null, notYetRead: { totalCount: number } | null, viewerCan: { publish: boolean, schedule: boolean, archive: boolean, confirm: boolean }, author: { id: string, displayName: string } | null } };

export type AnnouncementReadersQueryVariables = Exact<{
  id: string | number;
  take: number;
  skip: number;
}>;


export type AnnouncementReadersQuery = { announcement: { id: string, readers: { totalCount: number, items: Array<{ confirmedAt: string, person: { id: string, displayName: string, jobTitle: string | null } | null }> } | null } };

export type AnnouncementNotYetReadQueryVariables = Exact<{
  id: string | number;
  take: number;
  skip: number;
}>;


export type AnnouncementNotYetReadQuery = { announcement: { id: string, notYetRead: { totalCount: number, items: Array<{ id: string, displayName: string, jobTitle: string | null }> } | null } };

export type CreateAnnouncementMutationVariables = Exact<{
  input: CreateAnnouncementInput;
}>;


export type CreateAnnouncementMutation = { createAnnouncement: { body: string, id: string, title: string, status: AnnouncementStatus, version: number, createdAt: string, publishAt: string | null, publishedAt: string | null, archivedAt: string | null, fullyReadAt: string | null, readByMeAt: string | null, viewerCan: { publish: boolean, schedule: boolean, archive: boolean, confirm: boolean }, author: { id: string, displayName: string } | null } };

export type PublishAnnouncementMutationVariables = Exact<{
  id: string | number;
  publishAt?: string | null | undefined;
  version?: number | null | undefined;
}>;


export type PublishAnnouncementMutation = { publishAnnouncement: { id: string, title: string, status: AnnouncementStatus, version: number, createdAt: string, publishAt: string | null, publishedAt: string | null, archivedAt: string | null, fullyReadAt: string | null, readByMeAt: string | null, viewerCan: { publish: boolean, schedule: boolean, archive: boolean, confirm: boolean }, author: { id: string, displayName: string } | null } };

export type ArchiveAnnouncementMutationVariables = Exact<{
  id: string | number;
  version?: number | null | undefined;
}>;


export type ArchiveAnnouncementMutation = { archiveAnnouncement: { id: string, title: string, status: AnnouncementStatus, version: number, createdAt: string, publishAt: string | null, publishedAt: string | null, archivedAt: string | null, fullyReadAt: string | null, readByMeAt: string | null, viewerCan: { publish: boolean, schedule: boolean, archive: boolean, confirm: boolean }, author: { id: string, displayName: string } | null } };

export type ConfirmAnnouncementReadMutationVariables = Exact<{
  id: string | number;
}>;


export type ConfirmAnnouncementReadMutation = { confirmAnnouncementRead: { id: string, title: string, status: AnnouncementStatus, version: number, createdAt: string, publishAt: string | null, publishedAt: string | null, archivedAt: string | null, fullyReadAt: string | null, readByMeAt: string | null, viewerCan: { publish: boolean, schedule: boolean, archive: boolean, confirm: boolean }, author: { id: string, displayName: string } | null } };

export type AuditEntriesQueryVariables = Exact<{
  filter?: AuditFilter | null | undefined;
  take: number;
  skip: number;
}>;


export type AuditEntriesQuery = { auditEntries: { totalCount: number, items: Array<{ id: string, sequence: number, occurredAt: string, action: string, actorId: string | null, actorName: string | null, targetType: string, targetId: string, targetLabel: string | null, before: Record<string, unknown> | null, after: Record<string, unknown> | null, ip: string | null, userAgent: string | null, requestId: string, hash: string, previousHash: string | null, references: Array<{ id: string, type: string, name: string | null, archived: boolean }> }> } };

export type AuditActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditActionsQuery = { auditActions: Array<string> };

export type VerifyAuditChainQueryVariables = Exact<{
  full?: boolean | null | undefined;
}>;


export type VerifyAuditChainQuery = { verifyAuditChain: { valid: boolean, complete: boolean, checkedEntries: number, verifiedThroughSequence: number, prunedThroughSequence: number, firstBrokenSequence: number | null, reasonCode: string | null, reason: string | null } };

export type DepartmentFieldsFragment = { id: string, name: string, code: string | null, externalId: string | null, parentId: string | null, sortOrder: number, headcount: number, archivedAt: string | null, createdAt: string, viewerCan: { update: boolean, move: boolean, archive: boolean, createSubDepartment: boolean }, children: Array<{ id: string }>, leaders: Array<{ id: string, displayName: string, jobTitle: string | null }> };

export type DepartmentsQueryVariables = Exact<{
  filter?: DepartmentFilter | null | undefined;
  take: number;
  skip: number;
}>;


export type DepartmentsQuery = { departments: { totalCount: number, items: Array<{ id: string, name: string, code: string | null, externalId: string | null, parentId: string | null, sortOrder: number, headcount: number, archivedAt: string | null, createdAt: string, viewerCan: { update: boolean, move: boolean, archive: boolean, createSubDepartment: boolean }, children: Array<{ id: string }>, leaders: Array<{ id: string, displayName: string, jobTitle: string | null }> }> } };

export type DepartmentQueryVariables = Exact<{
  id: string | number;
}>;


export type DepartmentQuery = { department: { id: string, name: string, code: string | null, externalId: string | null, parentId: string | null, sortOrder: number, headcount: number, archivedAt: string | null, createdAt: string, parent: { id: string, name: string } | null, viewerCan: { update: boolean, move: boolean, archive: boolean, createSubDepartment: boolean }, children: Array<{ id: string }>, leaders: Array<{ id: string, displayName: string, jobTitle: string | null }> } };

export type CanCreateTopLevelDepartmentQueryVariables = Exact<{ [key: string]: never; }>;


export type CanCreateTopLevelDepartmentQuery = { viewerCanCreateTopLevelDepartment: boolean };

export type CreateDepartmentMutationVariables = Exact<{
  input: CreateDepartmentInput;
}>;


export type CreateDepartmentMutation = { createDepartment: { id: string, name: string, code: string | null, externalId: string | null, parentId: string | null, sortOrder: number, headcount: number, archivedAt: string | null, createdAt: string, viewerCan: { update: boolean, move: boolean, archive: boolean, createSubDepartment: boolean }, children: Array<{ id: string }>, leaders: Array<{ id: string, displayName: string, jobTitle: string | null }> } };

export type RenameDepartmentMutationVariables = Exact<{
  id: string | number;
  name: string;
  code?: string | null | undefined;
  externalId?: string | null | undefined;
}>;


export type RenameDepartmentMutation = { renameDepartment: { id: string, name: string, code: string | null, externalId: string | null, parentId: string | null, sortOrder: number, headcount: number, archivedAt: string | null, createdAt: string, viewerCan: { update: boolean, move: boolean, archive: boolean, createSubDepartment: boolean }, children: Array<{ id: string }>, leaders: Array<{ id: string, displayName: string, jobTitle: string | null }> } };

export type MoveDepartmentMutationVariables = Exact<{
  id: string | number;
  newParentId?: string | number | null | undefined;
}>;


export type MoveDepartmentMutation = { moveDepartment: { id: string, name: string, code: string | null, externalId: string | null, parentId: string | null, sortOrder: number, headcount: number, archivedAt: string | null, createdAt: string, viewerCan: { update: boolean, move: boolean, archive: boolean, createSubDepartment: boolean }, children: Array<{ id: string }>, leaders: Array<{ id: string, displayName: string, jobTitle: string | null }> } };

export type ReorderDepartmentsMutationVariables = Exact<{
  parentId?: string | number | null | undefined;
  departmentIds: Array<string | number> | string | number;
}>;


export type ReorderDepartmentsMutation = { reorderDepartments: Array<{ id: string, sortOrder: number }> };

export type SetDepartmentLeadersMutationVariables = Exact<{
  id: string | number;
  personIds: Array<string | number> | string | number;
}>;


export type SetDepartmentLeadersMutation = { setDepartmentLeaders: { id: string, name: string, code: string | null, externalId: string | null, parentId: string | null, sortOrder: number, headcount: number, archivedAt: string | null, createdAt: string, viewerCan: { update: boolean, move: boolean, archive: boolean, createSubDepartment: boolean }, children: Array<{ id: string }>, leaders: Array<{ id: string, displayName: string, jobTitle: string | null }> } };

export type ArchiveDepartmentMutationVariables = Exact<{
  id: string | number;
}>;


export type ArchiveDepartmentMutation = { archiveDepartment: { id: string, name: string, code: string | null, externalId: string | null, parentId: string | null, sortOrder: number, headcount: number, archivedAt: string | null, createdAt: string, viewerCan: { update: boolean, move: boolean, archive: boolean, createSubDepartment: boolean }, children: Array<{ id: string }>, leaders: Array<{ id: string, displayName: string, jobTitle: string | null }> } };

export type JobRanksQueryVariables = Exact<{ [key: string]: never; }>;


export type JobRanksQuery = { jobRanks: Array<{ id: string, code: string, name: string, level: number }> };

export type PersonFieldsFragment = { id: string, displayName: string, englishName: string | null, workEmail: string | null, employeeNo: string | null, jobTitle: string | null, employmentStartDate: string | null, employmentEndDate: string | null, status: PersonStatus, locale: string | null, externalId: string | null, mobilePhone: string | null, personalEmail: string | null, homeAddress: string | null, viewerCan: { update: boolean, editableFields: Array<string>, hiddenFields: Array<string>, archive: boolean, changeMemberships: boolean }, rank: { id: string, code: string, name: string, level: number } | null, memberships: Array<{ id: string, departmentId: string, isPrimary: boolean, isLeader: boolean, department: { id: string, name: string, code: string | null } | null, manager: { id: string, displayName: string } | null }> };

export type PeopleQueryVariables = Exact<{
  filter?: PersonFilter | null | undefined;
  take: number;
  skip: number;
}>;


export type PeopleQuery = { people: { totalCount: number, items: Array<{ id: string, displayName: string, englishName: string | null, workEmail: string | null, employeeNo: string | null, jobTitle: string | null, employmentStartDate: string | null, employmentEndDate: string | null, status: PersonStatus, locale: string | null, externalId: string | null, mobilePhone: string | null, personalEmail: string | null, homeAddress: string | null, viewerCan: { update: boolean, editableFields: Array<string>, hiddenFields: Array<string>, archive: boolean, changeMemberships: boolean }, rank: { id: string, code: string, name: string, level: number } | null, memberships: Array<{ id: string, departmentId: string, isPrimary: boolean, isLeader: boolean, department: { id: string, name: string, code: string | null } | null, manager: { id: string, displayName: string } | null }> }> } };

export type PersonQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonQuery = { person: { id: string, displayName: string, englishName: string | null, workEmail: string | null, employeeNo: string | null, jobTitle: string | null, employmentStartDate: string | null, employmentEndDate: string | null, status: PersonStatus, locale: string | null, externalId: string | null, mobilePhone: string | null, personalEmail: string | null, homeAddress: string | null, roleAssignments: Array<{ id: string, createdAt: string, scopeDepartmentId: string | null, scopeDepartment: { id: string, name: string } | null, role: { id: string, name: string, builtIn: boolean } | null }>, viewerCan: { update: boolean, editableFields: Array<string>, hiddenFields: Array<string>, archive: boolean, changeMemberships: boolean }, rank: { id: string, code: string, name: string, level: number } | null, memberships: Array<{ id: string, departmentId: string, isPrimary: boolean, isLeader: boolean, department: { id: string, name: string, code: string | null } | null, manager: { id: string, displayName: string } | null }> } };

export type CreatePersonMutationVariables = Exact<{
  input: CreatePersonInput;
}>;


export type CreatePersonMutation = { createPerson: { id: string, displayName: string, englishName: string | null, workEmail: string | null, employeeNo: string | null, jobTitle: string | null, employmentStartDate: string | null, employmentEndDate: string | null, status: PersonStatus, locale: string | null, externalId: string | null, mobilePhone: string | null, personalEmail: string | null, homeAddress: string | null, viewerCan: { update: boolean, editableFields: Array<string>, hiddenFields: Array<string>, archive: boolean, changeMemberships: boolean }, rank: { id: string, code: string, name: string, level: number } | null, memberships: Array<{ id: string, departmentId: string, isPrimary: boolean, isLeader: boolean, department: { id: string, name: string, code: string | null } | null, manager: { id: string, displayName: string } | null }> } };

export type UpdatePersonMutationVariables = Exact<{
  id: string | number;
  input: PersonDetailsInput;
}>;


export type UpdatePersonMutation = { updatePerson: { id: string, displayName: string, englishName: string | null, workEmail: string | null, employeeNo: string | null, jobTitle: string | null, employmentStartDate: string | null, employmentEndDate: string | null, status: PersonStatus, locale: string | null, externalId: string | null, mobilePhone: string | null, personalEmail: string | null, homeAddress: string | null, viewerCan: { update: boolean, editableFields: Array<string>, hiddenFields: Array<string>, archive: boolean, changeMemberships: boolean }, rank: { id: string, code: string, name: string, level: number } | null, memberships: Array<{ id: string, departmentId: string, isPrimary: boolean, isLeader: boolean, department: { id: string, name: string, code: string | null } | null, manager: { id: string, displayName: string } | null }> } };

export type ArchivePersonMutationVariables = Exact<{
  id: string | number;
  lastDay?: string | null | undefined;
}>;


export type ArchivePersonMutation = { archivePerson: { id: string, displayName: string, englishName: string | null, workEmail: string | null, employeeNo: string | null, jobTitle: string | null, employmentStartDate: string | null, employmentEndDate: string | null, status: PersonStatus, locale: string | null, externalId: string | null, mobilePhone: string | null, personalEmail: string | null, homeAddress: string | null, viewerCan: { update: boolean, editableFields: Array<string>, hiddenFields: Array<string>, archive: boolean, changeMemberships: boolean }, rank: { id: string, code: string, name: string, level: number } | null, memberships: Array<{ id: string, departmentId: string, isPrimary: boolean, isLeader: boolean, department: { id: string, name: string, code: string | null } | null, manager: { id: string, displayName: string } | null }> } };

export type AddPersonToDepartmentMutationVariables = Exact<{
  personId: string | number;
  input: MembershipInput;
}>;


export type AddPersonToDepartmentMutation = { addPersonToDepartment: { id: string, departmentId: string, isPrimary: boolean, department: { id: string, name: string } | null } };

export type UpdateMembershipMutationVariables = Exact<{
  id: string | number;
  input: UpdateMembershipInput;
}>;


export type UpdateMembershipMutation = { updateMembership: { id: string, departmentId: string, isPrimary: boolean } };

export type RemovePersonFromDepartmentMutationVariables = Exact<{
  membershipId: string | number;
}>;


export type RemovePersonFromDepartmentMutation = { removePersonFromDepartment: boolean };

export type AssignmentFieldsFragment = { id: string, createdAt: string, scopeDepartmentId: string | null, scopeDepartment: { id: string, name: string } | null, role: { id: string, name: string, builtIn: boolean } | null, person: { id: string, displayName: string, jobTitle: string | null } | null };

export type RoleAssignmentsQueryVariables = Exact<{
  personId?: string | number | null | undefined;
  roleId?: string | number | null | undefined;
}>;


export type RoleAssignmentsQuery = { roleAssignments: Array<{ id: string, createdAt: string, scopeDepartmentId: string | null, scopeDepartment: { id: string, name: string } | null, role: { id: string, name: string, builtIn: boolean } | null, person: { id: string, displayName: string, jobTitle: string | null } | null }> };

export type AssignRoleMutationVariables = Exact<{
  input: AssignRoleInput;
}>;


export type AssignRoleMutation = { assignRole: { id: string, createdAt: string, scopeDepartmentId: string | null, scopeDepartment: { id: string, name: string } | null, role: { id: string, name: string, builtIn: boolean } | null, person: { id: string, displayName: string, jobTitle: string | null } | null } };

export type UnassignRoleMutationVariables = Exact<{
  assignmentId: string | number;
}>;


export type UnassignRoleMutation = { unassignRole: boolean };

export type RoleFieldsFragment = { id: string, key: string | null, name: string, description: string, builtIn: boolean, holderCount: number, rules: Array<{ action: string, subject: string, conditions: Record<string, unknown> | null, fields: Array<string> | null, inverted: boolean, description: string | null }> };

export type RolesQueryVariables = Exact<{ [key: string]: never; }>;


export type RolesQuery = { roles: Array<{ id: string, key: string | null, name: string, description: string, builtIn: boolean, holderCount: number, rules: Array<{ action: string, subject: string, conditions: Record<string, unknown> | null, fields: Array<string> | null, inverted: boolean, description: string | null }> }> };

export type RoleQueryVariables = Exact<{
  id: string | number;
}>;


export type RoleQuery = { role: { id: string, key: string | null, name: string, description: string, builtIn: boolean, holderCount: number, rules: Array<{ action: string, subject: string, conditions: Record<string, unknown> | null, fields: Array<string> | null, inverted: boolean, description: string | null }> } };

export type CreateRoleMutationVariables = Exact<{
  input: CreateRoleInput;
}>;


export type CreateRoleMutation = { createRole: { id: string, key: string | null, name: string, description: string, builtIn: boolean, holderCount: number, rules: Array<{ action: string, subject: string, conditions: Record<string, unknown> | null, fields: Array<string> | null, inverted: boolean, description: string | null }> } };

export type UpdateRoleMutationVariables = Exact<{
  id: string | number;
  input: UpdateRoleInput;
}>;


export type UpdateRoleMutation = { updateRole: { id: string, key: string | null, name: string, description: string, builtIn: boolean, holderCount: number, rules: Array<{ action: string, subject: string, conditions: Record<string, unknown> | null, fields: Array<string> | null, inverted: boolean, description: string | null }> } };

export type DeleteRoleMutationVariables = Exact<{
  id: string | number;
  removeFromHolders?: boolean | null | undefined;
}>;


export type DeleteRoleMutation = { deleteRole: boolean };

export type PermissionVocabularyQueryVariables = Exact<{ [key: string]: never; }>;


export type PermissionVocabularyQuery = { permissionVocabulary: { actions: Array<string>, placeholders: Array<string>, actionLabels: Array<{ name: string, label: string }>, subjects: Array<{ name: string, label: string, actions: Array<string>, conditionFields: Array<string>, protectedFields: Array<string>, openFields: Array<string>, departmentField: string | null, ownRecordField: string | null, protectedFieldLabels: Array<{ name: string, label: string }>, openFieldLabels: Array<{ name: string, label: string }>, scopes: Array<{ scope: PermissionScope, label: string, name: string | null, conditions: Record<string, unknown> | null }> }> } };

export type PreviewRolePermissionsQueryVariables = Exact<{
  rules: Array<PermissionRuleInput> | PermissionRuleInput;
}>;


export type PreviewRolePermissionsQuery = { previewRolePermissions: Array<{ subject: string, action: string, access: AccessLevel, reach: Array<string>, fields: Array<string> | null }> };

export type ExplainPermissionQueryVariables = Exact<{
  input: ExplainPermissionInput;
}>;


export type ExplainPermissionQuery = { explainPermission: { allowed: boolean, conditional: boolean, condition: string | null, explanation: string, roleId: string | null, roleName: string | null, ruleNumber: number | null, rule: { action: string, subject: string, conditions: Record<string, unknown> | null, fields: Array<string> | null, inverted: boolean, description: string | null } | null } };

export type HolidayFieldsFragment = { id: string, date: string, name: string, nameEn: string | null, nameZhHk: string | null, nameZhCn: string | null, isGeneralHoliday: boolean, isStatutoryHoliday: boolean, source: HolidaySource };

export type WeeklyHoursFieldsFragment = { id: string, timeZone: string, weeklyHours: Array<{ weekday: number, intervals: Array<{ start: string, end: string }> }> };

export type WorkingCalendarQueryVariables = Exact<{
  year: number;
}>;


export type WorkingCalendarQuery = { workingCalendar: { referenceYears: Array<number>, id: string, timeZone: string, holidays: Array<{ id: string, date: string, name: string, nameEn: string | null, nameZhHk: string | null, nameZhCn: string | null, isGeneralHoliday: boolean, isStatutoryHoliday: boolean, source: HolidaySource }>, weeklyHours: Array<{ weekday: number, intervals: Array<{ start: string, end: string }> }> } };

export type SetWorkingHoursMutationVariables = Exact<{
  input: SetWorkingHoursInput;
}>;


export type SetWorkingHoursMutation = { setWorkingHours: { id: string, timeZone: string, weeklyHours: Array<{ weekday: number, intervals: Array<{ start: string, end: string }> }> } };

export type AddHolidayMutationVariables = Exact<{
  input: HolidayInput;
}>;


export type AddHolidayMutation = { addHoliday: { id: string, date: string, name: string, nameEn: string | null, nameZhHk: string | null, nameZhCn: string | null, isGeneralHoliday: boolean, isStatutoryHoliday: boolean, source: HolidaySource } };

export type ChangeHolidayMutationVariables = Exact<{
  id: string | number;
  input: HolidayInput;
}>;


export type ChangeHolidayMutation = { changeHoliday: { id: string, date: string, name: string, nameEn: string | null, nameZhHk: string | null, nameZhCn: string | null, isGeneralHoliday: boolean, isStatutoryHoliday: boolean, source: HolidaySource } };

export type RemoveHolidayMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveHolidayMutation = { removeHoliday: boolean };

export type RestoreHongKongHolidaysMutationVariables = Exact<{
  year: number;
}>;


export type RestoreHongKongHolidaysMutation = { restoreHongKongHolidays: Array<{ id: string, date: string, name: string, nameEn: string | null, nameZhHk: string | null, nameZhCn: string | null, isGeneralHoliday: boolean, isStatutoryHoliday: boolean, source: HolidaySource }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const EmailDomainFieldsFragmentDoc = new TypedDocumentString(`
    fragment EmailDomainFields on EmailDomain {
  id
  domain
  status
  verificationMethod
  verificationRecord
  verifiedAt
  createdAt
}
    `, {"fragmentName":"EmailDomainFields"}) as unknown as TypedDocumentString<EmailDomainFieldsFragment, unknown>;
export const SessionFieldsFragmentDoc = new TypedDocumentString(`
    fragment SessionFields on AuthPayload {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
  personId
  organizationId
}
    `, {"fragmentName":"SessionFields"}) as unknown as TypedDocumentString<SessionFieldsFragment, unknown>;
export const AnnouncementSummaryFragmentDoc = new TypedDocumentString(`
    fragment AnnouncementSummary on Announcement {
  id
  title
  status
  version
  viewerCan {
    publish
    schedule
    archive
    confirm
  }
  createdAt
  publishAt
  publishedAt
  archivedAt
  fullyReadAt
  readByMeAt
  author {
    id
    displayName
  }
}
    `, {"fragmentName":"AnnouncementSummary"}) as unknown as TypedDocumentString<AnnouncementSummaryFragment, unknown>;
export const DepartmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment DepartmentFields on Department {
  id
  name
  code
  externalId
  parentId
  sortOrder
  headcount
  archivedAt
  createdAt
  viewerCan {
    update
    move
    archive
    createSubDepartment
  }
  children {
    id
  }
  leaders {
    id
    displayName
    jobTitle
  }
}
    `, {"fragmentName":"DepartmentFields"}) as unknown as TypedDocumentString<DepartmentFieldsFragment, unknown>;
export const PersonFieldsFragmentDoc = new TypedDocumentString(`
    fragment PersonFields on Person {
  id
  viewerCan {
    update
    editableFields
    hiddenFields
    archive
    changeMemberships
  }
  displayName
  englishName
  workEmail
  employeeNo
  jobTitle
  employmentStartDate
  employmentEndDate
  status
  locale
  externalId
  mobilePhone
  personalEmail
  homeAddress
  rank {
    id
    code
    name
    level
  }
  memberships {
    id
    departmentId
    isPrimary
    isLeader
    department {
      id
      name
      code
    }
    manager {
      id
      displayName
    }
  }
}
    `, {"fragmentName":"PersonFields"}) as unknown as TypedDocumentString<PersonFieldsFragment, unknown>;
export const AssignmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment AssignmentFields on RoleAssignment {
  id
  createdAt
  scopeDepartmentId
  scopeDepartment {
    id
    name
  }
  role {
    id
    name
    builtIn
  }
  person {
    id
    displayName
    jobTitle
  }
}
    `, {"fragmentName":"AssignmentFields"}) as unknown as TypedDocumentString<AssignmentFieldsFragment, unknown>;
export const RoleFieldsFragmentDoc = new TypedDocumentString(`
    fragment RoleFields on Role {
  id
  key
  name
  description
  builtIn
  holderCount
  rules {
    action
    subject
    conditions
    fields
    inverted
    description
  }
}
    `, {"fragmentName":"RoleFields"}) as unknown as TypedDocumentString<RoleFieldsFragment, unknown>;
export const HolidayFieldsFragmentDoc = new TypedDocumentString(`
    fragment HolidayFields on Holiday {
  id
  date
  name
  nameEn
  nameZhHk
  nameZhCn
  isGeneralHoliday
  isStatutoryHoliday
  source
}
    `, {"fragmentName":"HolidayFields"}) as unknown as TypedDocumentString<HolidayFieldsFragment, unknown>;
export const WeeklyHoursFieldsFragmentDoc = new TypedDocumentString(`
    fragment WeeklyHoursFields on WorkingCalendar {
  id
  timeZone
  weeklyHours {
    weekday
    intervals {
      start
      end
    }
  }
}
    `, {"fragmentName":"WeeklyHoursFields"}) as unknown as TypedDocumentString<WeeklyHoursFieldsFragment, unknown>;
export const DashboardMeDocument = new TypedDocumentString(`
    query DashboardMe {
  me {
    id
    displayName
    englishName
    jobTitle
    viewerCan {
      update
    }
    memberships {
      id
      isPrimary
      isLeader
      departmentId
      department {
        id
        name
      }
      manager {
        id
        displayName
        jobTitle
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardMeQuery, DashboardMeQueryVariables>;
export const DashboardTeamDocument = new TypedDocumentString(`
    query DashboardTeam($departmentId: ID!, $take: Int!) {
  people(
    filter: {departmentId: $departmentId, includeSubtree: true}
    take: $take
    skip: 0
  ) {
    totalCount
    items {
      id
      displayName
      jobTitle
    }
  }
  department(id: $departmentId) {
    id
    leaders {
      id
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardTeamQuery, DashboardTeamQueryVariables>;
export const DashboardHeadcountsDocument = new TypedDocumentString(`
    query DashboardHeadcounts {
  departments(filter: {rootsOnly: true}, take: 100, skip: 0) {
    items {
      id
      name
      headcount
      children {
        id
        name
        headcount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardHeadcountsQuery, DashboardHeadcountsQueryVariables>;
export const DashboardWorkforceDocument = new TypedDocumentString(`
    query DashboardWorkforce($months: Int!) {
  workforceByMonth(months: $months) {
    month
    joiners
    leavers
    headcount
  }
}
    `) as unknown as TypedDocumentString<DashboardWorkforceQuery, DashboardWorkforceQueryVariables>;
export const ImportOrganizationFileDocument = new TypedDocumentString(`
    mutation ImportOrganizationFile($kind: ImportKind!, $file: String!, $dryRun: Boolean!, $progressKey: String) {
  importOrganizationCsv(
    kind: $kind
    file: $file
    dryRun: $dryRun
    progressKey: $progressKey
  ) {
    applied
    created
    updated
    unchanged
    format
    encoding
    problems {
      row
      field
      column
      value
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ImportOrganizationFileMutation, ImportOrganizationFileMutationVariables>;
export const OrganizationImportTemplateDocument = new TypedDocumentString(`
    query OrganizationImportTemplate($kind: ImportKind!) {
  organizationImportTemplate(kind: $kind) {
    fileName
    mediaType
    content
  }
}
    `) as unknown as TypedDocumentString<OrganizationImportTemplateQuery, OrganizationImportTemplateQueryVariables>;
export const ImportProgressDocument = new TypedDocumentString(`
    subscription ImportProgress($progressKey: String!) {
  importProgress(progressKey: $progressKey) {
    stage
    processedRows
    totalRows
  }
}
    `) as unknown as TypedDocumentString<ImportProgressSubscription, ImportProgressSubscriptionVariables>;
export const OrganizationDocument = new TypedDocumentString(`
    query Organization {
  organization {
    id
    name
    slug
    defaultLocale
    createdAt
  }
}
    `) as unknown as TypedDocumentString<OrganizationQuery, OrganizationQueryVariables>;
export const UpdateOrganizationSettingsDocument = new TypedDocumentString(`
    mutation UpdateOrganizationSettings($input: UpdateOrganizationSettingsInput!) {
  updateOrganizationSettings(input: $input) {
    id
    name
    slug
    defaultLocale
    createdAt
  }
}
    `) as unknown as TypedDocumentString<UpdateOrganizationSettingsMutation, UpdateOrganizationSettingsMutationVariables>;
export const EmailDomainsDocument = new TypedDocumentString(`
    query EmailDomains {
  organization {
    id
    emailDomains {
      ...EmailDomainFields
    }
  }
}
    fragment EmailDomainFields on EmailDomain {
  id
  domain
  status
  verificationMethod
  verificationRecord
  verifiedAt
  createdAt
}`) as unknown as TypedDocumentString<EmailDomainsQuery, EmailDomainsQueryVariables>;
export const ClaimEmailDomainDocument = new TypedDocumentString(`
    mutation ClaimEmailDomain($domain: String!) {
  claimEmailDomain(domain: $domain) {
    ...EmailDomainFields
  }
}
    fragment EmailDomainFields on EmailDomain {
  id
  domain
  status
  verificationMethod
  verificationRecord
  verifiedAt
  createdAt
}`) as unknown as TypedDocumentString<ClaimEmailDomainMutation, ClaimEmailDomainMutationVariables>;
export const VerifyEmailDomainDocument = new TypedDocumentString(`
    mutation VerifyEmailDomain($id: ID!) {
  verifyEmailDomain(id: $id) {
    ...EmailDomainFields
  }
}
    fragment EmailDomainFields on EmailDomain {
  id
  domain
  status
  verificationMethod
  verificationRecord
  verifiedAt
  createdAt
}`) as unknown as TypedDocumentString<VerifyEmailDomainMutation, VerifyEmailDomainMutationVariables>;
export const RemoveEmailDomainDocument = new TypedDocumentString(`
    mutation RemoveEmailDomain($id: ID!) {
  removeEmailDomain(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveEmailDomainMutation, RemoveEmailDomainMutationVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    ...SessionFields
  }
}
    fragment SessionFields on AuthPayload {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
  personId
  organizationId
}`) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const RefreshSessionDocument = new TypedDocumentString(`
    mutation RefreshSession($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) {
    ...SessionFields
  }
}
    fragment SessionFields on AuthPayload {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
  personId
  organizationId
}`) as unknown as TypedDocumentString<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut($refreshToken: String!) {
  signOut(refreshToken: $refreshToken)
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    displayName
    englishName
    jobTitle
    workEmail
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const MyPermissionsDocument = new TypedDocumentString(`
    query MyPermissions {
  myPermissions {
    subject
    action
    allowed
    conditional
  }
}
    `) as unknown as TypedDocumentString<MyPermissionsQuery, MyPermissionsQueryVariables>;
export const AnnouncementsDocument = new TypedDocumentString(`
    query Announcements($filter: AnnouncementFilter, $take: Int!, $skip: Int!) {
  announcements(filter: $filter, take: $take, skip: $skip) {
    totalCount
    items {
      ...AnnouncementSummary
    }
  }
}
    fragment AnnouncementSummary on Announcement {
  id
  title
  status
  version
  viewerCan {
    publish
    schedule
    archive
    confirm
  }
  createdAt
  publishAt
  publishedAt
  archivedAt
  fullyReadAt
  readByMeAt
  author {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<AnnouncementsQuery, AnnouncementsQueryVariables>;
export const AnnouncementDocument = new TypedDocumentString(`
    query Announcement($id: ID!) {
  announcement(id: $id) {
    ...AnnouncementSummary
    body
    readers(take: 1) {
      totalCount
    }
    notYetRead(take: 1) {
      totalCount
    }
  }
}
    fragment AnnouncementSummary on Announcement {
  id
  title
  status
  version
  viewerCan {
    publish
    schedule
    archive
    confirm
  }
  createdAt
  publishAt
  publishedAt
  archivedAt
  fullyReadAt
  readByMeAt
  author {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<AnnouncementQuery, AnnouncementQueryVariables>;
export const AnnouncementReadersDocument = new TypedDocumentString(`
    query AnnouncementReaders($id: ID!, $take: Int!, $skip: Int!) {
  announcement(id: $id) {
    id
    readers(take: $take, skip: $skip) {
      totalCount
      items {
        confirmedAt
        person {
          id
          displayName
          jobTitle
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AnnouncementReadersQuery, AnnouncementReadersQueryVariables>;
export const AnnouncementNotYetReadDocument = new TypedDocumentString(`
    query AnnouncementNotYetRead($id: ID!, $take: Int!, $skip: Int!) {
  announcement(id: $id) {
    id
    notYetRead(take: $take, skip: $skip) {
      totalCount
      items {
        id
        displayName
        jobTitle
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AnnouncementNotYetReadQuery, AnnouncementNotYetReadQueryVariables>;
export const CreateAnnouncementDocument = new TypedDocumentString(`
    mutation CreateAnnouncement($input: CreateAnnouncementInput!) {
  createAnnouncement(input: $input) {
    ...AnnouncementSummary
    body
  }
}
    fragment AnnouncementSummary on Announcement {
  id
  title
  status
  version
  viewerCan {
    publish
    schedule
    archive
    confirm
  }
  createdAt
  publishAt
  publishedAt
  archivedAt
  fullyReadAt
  readByMeAt
  author {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<CreateAnnouncementMutation, CreateAnnouncementMutationVariables>;
export const PublishAnnouncementDocument = new TypedDocumentString(`
    mutation PublishAnnouncement($id: ID!, $publishAt: DateTimeISO, $version: Int) {
  publishAnnouncement(id: $id, publishAt: $publishAt, version: $version) {
    ...AnnouncementSummary
  }
}
    fragment AnnouncementSummary on Announcement {
  id
  title
  status
  version
  viewerCan {
    publish
    schedule
    archive
    confirm
  }
  createdAt
  publishAt
  publishedAt
  archivedAt
  fullyReadAt
  readByMeAt
  author {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<PublishAnnouncementMutation, PublishAnnouncementMutationVariables>;
export const ArchiveAnnouncementDocument = new TypedDocumentString(`
    mutation ArchiveAnnouncement($id: ID!, $version: Int) {
  archiveAnnouncement(id: $id, version: $version) {
    ...AnnouncementSummary
  }
}
    fragment AnnouncementSummary on Announcement {
  id
  title
  status
  version
  viewerCan {
    publish
    schedule
    archive
    confirm
  }
  createdAt
  publishAt
  publishedAt
  archivedAt
  fullyReadAt
  readByMeAt
  author {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<ArchiveAnnouncementMutation, ArchiveAnnouncementMutationVariables>;
export const ConfirmAnnouncementReadDocument = new TypedDocumentString(`
    mutation ConfirmAnnouncementRead($id: ID!) {
  confirmAnnouncementRead(id: $id) {
    ...AnnouncementSummary
  }
}
    fragment AnnouncementSummary on Announcement {
  id
  title
  status
  version
  viewerCan {
    publish
    schedule
    archive
    confirm
  }
  createdAt
  publishAt
  publishedAt
  archivedAt
  fullyReadAt
  readByMeAt
  author {
    id
    displayName
  }
}`) as unknown as TypedDocumentString<ConfirmAnnouncementReadMutation, ConfirmAnnouncementReadMutationVariables>;
export const AuditEntriesDocument = new TypedDocumentString(`
    query AuditEntries($filter: AuditFilter, $take: Int!, $skip: Int!) {
  auditEntries(filter: $filter, take: $take, skip: $skip) {
    totalCount
    items {
      id
      sequence
      occurredAt
      action
      actorId
      actorName
      targetType
      targetId
      targetLabel
      before
      after
      ip
      userAgent
      requestId
      hash
      previousHash
      references {
        id
        type
        name
        archived
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditEntriesQuery, AuditEntriesQueryVariables>;
export const AuditActionsDocument = new TypedDocumentString(`
    query AuditActions {
  auditActions
}
    `) as unknown as TypedDocumentString<AuditActionsQuery, AuditActionsQueryVariables>;
export const VerifyAuditChainDocument = new TypedDocumentString(`
    query VerifyAuditChain($full: Boolean) {
  verifyAuditChain(full: $full) {
    valid
    complete
    checkedEntries
    verifiedThroughSequence
    prunedThroughSequence
    firstBrokenSequence
    reasonCode
    reason
  }
}
    `) as unknown as TypedDocumentString<VerifyAuditChainQuery, VerifyAuditChainQueryVariables>;
export const DepartmentsDocument = new TypedDocumentString(`
    query Departments($filter: DepartmentFilter, $take: Int!, $skip: Int!) {
  departments(filter: $filter, take: $take, skip: $skip) {
    totalCount
    items {
      ...DepartmentFields
    }
  }
}
    fragment DepartmentFields on Department {
  id
  name
  code
  externalId
  parentId
  sortOrder
  headcount
  archivedAt
  createdAt
  viewerCan {
    update
    move
    archive
    createSubDepartment
  }
  children {
    id
  }
  leaders {
    id
    displayName
    jobTitle
  }
}`) as unknown as TypedDocumentString<DepartmentsQuery, DepartmentsQueryVariables>;
export const DepartmentDocument = new TypedDocumentString(`
    query Department($id: ID!) {
  department(id: $id) {
    ...DepartmentFields
    parent {
      id
      name
    }
  }
}
    fragment DepartmentFields on Department {
  id
  name
  code
  externalId
  parentId
  sortOrder
  headcount
  archivedAt
  createdAt
  viewerCan {
    update
    move
    archive
    createSubDepartment
  }
  children {
    id
  }
  leaders {
    id
    displayName
    jobTitle
  }
}`) as unknown as TypedDocumentString<DepartmentQuery, DepartmentQueryVariables>;
export const CanCreateTopLevelDepartmentDocument = new TypedDocumentString(`
    query CanCreateTopLevelDepartment {
  viewerCanCreateTopLevelDepartment
}
    `) as unknown as TypedDocumentString<CanCreateTopLevelDepartmentQuery, CanCreateTopLevelDepartmentQueryVariables>;
export const CreateDepartmentDocument = new TypedDocumentString(`
    mutation CreateDepartment($input: CreateDepartmentInput!) {
  createDepartment(input: $input) {
    ...DepartmentFields
  }
}
    fragment DepartmentFields on Department {
  id
  name
  code
  externalId
  parentId
  sortOrder
  headcount
  archivedAt
  createdAt
  viewerCan {
    update
    move
    archive
    createSubDepartment
  }
  children {
    id
  }
  leaders {
    id
    displayName
    jobTitle
  }
}`) as unknown as TypedDocumentString<CreateDepartmentMutation, CreateDepartmentMutationVariables>;
export const RenameDepartmentDocument = new TypedDocumentString(`
    mutation RenameDepartment($id: ID!, $name: String!, $code: String, $externalId: String) {
  renameDepartment(id: $id, name: $name, code: $code, externalId: $externalId) {
    ...DepartmentFields
  }
}
    fragment DepartmentFields on Department {
  id
  name
  code
  externalId
  parentId
  sortOrder
  headcount
  archivedAt
  createdAt
  viewerCan {
    update
    move
    archive
    createSubDepartment
  }
  children {
    id
  }
  leaders {
    id
    displayName
    jobTitle
  }
}`) as unknown as TypedDocumentString<RenameDepartmentMutation, RenameDepartmentMutationVariables>;
export const MoveDepartmentDocument = new TypedDocumentString(`
    mutation MoveDepartment($id: ID!, $newParentId: ID) {
  moveDepartment(id: $id, newParentId: $newParentId) {
    ...DepartmentFields
  }
}
    fragment DepartmentFields on Department {
  id
  name
  code
  externalId
  parentId
  sortOrder
  headcount
  archivedAt
  createdAt
  viewerCan {
    update
    move
    archive
    createSubDepartment
  }
  children {
    id
  }
  leaders {
    id
    displayName
    jobTitle
  }
}`) as unknown as TypedDocumentString<MoveDepartmentMutation, MoveDepartmentMutationVariables>;
export const ReorderDepartmentsDocument = new TypedDocumentString(`
    mutation ReorderDepartments($parentId: ID, $departmentIds: [ID!]!) {
  reorderDepartments(parentId: $parentId, departmentIds: $departmentIds) {
    id
    sortOrder
  }
}
    `) as unknown as TypedDocumentString<ReorderDepartmentsMutation, ReorderDepartmentsMutationVariables>;
export const SetDepartmentLeadersDocument = new TypedDocumentString(`
    mutation SetDepartmentLeaders($id: ID!, $personIds: [ID!]!) {
  setDepartmentLeaders(id: $id, personIds: $personIds) {
    ...DepartmentFields
  }
}
    fragment DepartmentFields on Department {
  id
  name
  code
  externalId
  parentId
  sortOrder
  headcount
  archivedAt
  createdAt
  viewerCan {
    update
    move
    archive
    createSubDepartment
  }
  children {
    id
  }
  leaders {
    id
    displayName
    jobTitle
  }
}`) as unknown as TypedDocumentString<SetDepartmentLeadersMutation, SetDepartmentLeadersMutationVariables>;
export const ArchiveDepartmentDocument = new TypedDocumentString(`
    mutation ArchiveDepartment($id: ID!) {
  archiveDepartment(id: $id) {
    ...DepartmentFields
  }
}
    fragment DepartmentFields on Department {
  id
  name
  code
  externalId
  parentId
  sortOrder
  headcount
  archivedAt
  createdAt
  viewerCan {
    update
    move
    archive
    createSubDepartment
  }
  children {
    id
  }
  leaders {
    id
    displayName
    jobTitle
  }
}`) as unknown as TypedDocumentString<ArchiveDepartmentMutation, ArchiveDepartmentMutationVariables>;
export const JobRanksDocument = new TypedDocumentString(`
    query JobRanks {
  jobRanks {
    id
    code
    name
    level
  }
}
    `) as unknown as TypedDocumentString<JobRanksQuery, JobRanksQueryVariables>;
export const PeopleDocument = new TypedDocumentString(`
    query People($filter: PersonFilter, $take: Int!, $skip: Int!) {
  people(filter: $filter, take: $take, skip: $skip) {
    totalCount
    items {
      ...PersonFields
    }
  }
}
    fragment PersonFields on Person {
  id
  viewerCan {
    update
    editableFields
    hiddenFields
    archive
    changeMemberships
  }
  displayName
  englishName
  workEmail
  employeeNo
  jobTitle
  employmentStartDate
  employmentEndDate
  status
  locale
  externalId
  mobilePhone
  personalEmail
  homeAddress
  rank {
    id
    code
    name
    level
  }
  memberships {
    id
    departmentId
    isPrimary
    isLeader
    department {
      id
      name
      code
    }
    manager {
      id
      displayName
    }
  }
}`) as unknown as TypedDocumentString<PeopleQuery, PeopleQueryVariables>;
export const PersonDocument = new TypedDocumentString(`
    query Person($id: ID!) {
  person(id: $id) {
    ...PersonFields
    roleAssignments {
      id
      createdAt
      scopeDepartmentId
      scopeDepartment {
        id
        name
      }
      role {
        id
        name
        builtIn
      }
    }
  }
}
    fragment PersonFields on Person {
  id
  viewerCan {
    update
    editableFields
    hiddenFields
    archive
    changeMemberships
  }
  displayName
  englishName
  workEmail
  employeeNo
  jobTitle
  employmentStartDate
  employmentEndDate
  status
  locale
  externalId
  mobilePhone
  personalEmail
  homeAddress
  rank {
    id
    code
    name
    level
  }
  memberships {
    id
    departmentId
    isPrimary
    isLeader
    department {
      id
      name
      code
    }
    manager {
      id
      displayName
    }
  }
}`) as unknown as TypedDocumentString<PersonQuery, PersonQueryVariables>;
export const CreatePersonDocument = new TypedDocumentString(`
    mutation CreatePerson($input: CreatePersonInput!) {
  createPerson(input: $input) {
    ...PersonFields
  }
}
    fragment PersonFields on Person {
  id
  viewerCan {
    update
    editableFields
    hiddenFields
    archive
    changeMemberships
  }
  displayName
  englishName
  workEmail
  employeeNo
  jobTitle
  employmentStartDate
  employmentEndDate
  status
  locale
  externalId
  mobilePhone
  personalEmail
  homeAddress
  rank {
    id
    code
    name
    level
  }
  memberships {
    id
    departmentId
    isPrimary
    isLeader
    department {
      id
      name
      code
    }
    manager {
      id
      displayName
    }
  }
}`) as unknown as TypedDocumentString<CreatePersonMutation, CreatePersonMutationVariables>;
export const UpdatePersonDocument = new TypedDocumentString(`
    mutation UpdatePerson($id: ID!, $input: PersonDetailsInput!) {
  updatePerson(id: $id, input: $input) {
    ...PersonFields
  }
}
    fragment PersonFields on Person {
  id
  viewerCan {
    update
    editableFields
    hiddenFields
    archive
    changeMemberships
  }
  displayName
  englishName
  workEmail
  employeeNo
  jobTitle
  employmentStartDate
  employmentEndDate
  status
  locale
  externalId
  mobilePhone
  personalEmail
  homeAddress
  rank {
    id
    code
    name
    level
  }
  memberships {
    id
    departmentId
    isPrimary
    isLeader
    department {
      id
      name
      code
    }
    manager {
      id
      displayName
    }
  }
}`) as unknown as TypedDocumentString<UpdatePersonMutation, UpdatePersonMutationVariables>;
export const ArchivePersonDocument = new TypedDocumentString(`
    mutation ArchivePerson($id: ID!, $lastDay: String) {
  archivePerson(id: $id, lastDay: $lastDay) {
    ...PersonFields
  }
}
    fragment PersonFields on Person {
  id
  viewerCan {
    update
    editableFields
    hiddenFields
    archive
    changeMemberships
  }
  displayName
  englishName
  workEmail
  employeeNo
  jobTitle
  employmentStartDate
  employmentEndDate
  status
  locale
  externalId
  mobilePhone
  personalEmail
  homeAddress
  rank {
    id
    code
    name
    level
  }
  memberships {
    id
    departmentId
    isPrimary
    isLeader
    department {
      id
      name
      code
    }
    manager {
      id
      displayName
    }
  }
}`) as unknown as TypedDocumentString<ArchivePersonMutation, ArchivePersonMutationVariables>;
export const AddPersonToDepartmentDocument = new TypedDocumentString(`
    mutation AddPersonToDepartment($personId: ID!, $input: MembershipInput!) {
  addPersonToDepartment(personId: $personId, input: $input) {
    id
    departmentId
    isPrimary
    department {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AddPersonToDepartmentMutation, AddPersonToDepartmentMutationVariables>;
export const UpdateMembershipDocument = new TypedDocumentString(`
    mutation UpdateMembership($id: ID!, $input: UpdateMembershipInput!) {
  updateMembership(id: $id, input: $input) {
    id
    departmentId
    isPrimary
  }
}
    `) as unknown as TypedDocumentString<UpdateMembershipMutation, UpdateMembershipMutationVariables>;
export const RemovePersonFromDepartmentDocument = new TypedDocumentString(`
    mutation RemovePersonFromDepartment($membershipId: ID!) {
  removePersonFromDepartment(membershipId: $membershipId)
}
    `) as unknown as TypedDocumentString<RemovePersonFromDepartmentMutation, RemovePersonFromDepartmentMutationVariables>;
export const RoleAssignmentsDocument = new TypedDocumentString(`
    query RoleAssignments($personId: ID, $roleId: ID) {
  roleAssignments(personId: $personId, roleId: $roleId) {
    ...AssignmentFields
  }
}
    fragment AssignmentFields on RoleAssignment {
  id
  createdAt
  scopeDepartmentId
  scopeDepartment {
    id
    name
  }
  role {
    id
    name
    builtIn
  }
  person {
    id
    displayName
    jobTitle
  }
}`) as unknown as TypedDocumentString<RoleAssignmentsQuery, RoleAssignmentsQueryVariables>;
export const AssignRoleDocument = new TypedDocumentString(`
    mutation AssignRole($input: AssignRoleInput!) {
  assignRole(input: $input) {
    ...AssignmentFields
  }
}
    fragment AssignmentFields on RoleAssignment {
  id
  createdAt
  scopeDepartmentId
  scopeDepartment {
    id
    name
  }
  role {
    id
    name
    builtIn
  }
  person {
    id
    displayName
    jobTitle
  }
}`) as unknown as TypedDocumentString<AssignRoleMutation, AssignRoleMutationVariables>;
export const UnassignRoleDocument = new TypedDocumentString(`
    mutation UnassignRole($assignmentId: ID!) {
  unassignRole(assignmentId: $assignmentId)
}
    `) as unknown as TypedDocumentString<UnassignRoleMutation, UnassignRoleMutationVariables>;
export const RolesDocument = new TypedDocumentString(`
    query Roles {
  roles {
    ...RoleFields
  }
}
    fragment RoleFields on Role {
  id
  key
  name
  description
  builtIn
  holderCount
  rules {
    action
    subject
    conditions
    fields
    inverted
    description
  }
}`) as unknown as TypedDocumentString<RolesQuery, RolesQueryVariables>;
export const RoleDocument = new TypedDocumentString(`
    query Role($id: ID!) {
  role(id: $id) {
    ...RoleFields
  }
}
    fragment RoleFields on Role {
  id
  key
  name
  description
  builtIn
  holderCount
  rules {
    action
    subject
    conditions
    fields
    inverted
    description
  }
}`) as unknown as TypedDocumentString<RoleQuery, RoleQueryVariables>;
export const CreateRoleDocument = new TypedDocumentString(`
    mutation CreateRole($input: CreateRoleInput!) {
  createRole(input: $input) {
    ...RoleFields
  }
}
    fragment RoleFields on Role {
  id
  key
  name
  description
  builtIn
  holderCount
  rules {
    action
    subject
    conditions
    fields
    inverted
    description
  }
}`) as unknown as TypedDocumentString<CreateRoleMutation, CreateRoleMutationVariables>;
export const UpdateRoleDocument = new TypedDocumentString(`
    mutation UpdateRole($id: ID!, $input: UpdateRoleInput!) {
  updateRole(id: $id, input: $input) {
    ...RoleFields
  }
}
    fragment RoleFields on Role {
  id
  key
  name
  description
  builtIn
  holderCount
  rules {
    action
    subject
    conditions
    fields
    inverted
    description
  }
}`) as unknown as TypedDocumentString<UpdateRoleMutation, UpdateRoleMutationVariables>;
export const DeleteRoleDocument = new TypedDocumentString(`
    mutation DeleteRole($id: ID!, $removeFromHolders: Boolean) {
  deleteRole(id: $id, removeFromHolders: $removeFromHolders)
}
    `) as unknown as TypedDocumentString<DeleteRoleMutation, DeleteRoleMutationVariables>;
export const PermissionVocabularyDocument = new TypedDocumentString(`
    query PermissionVocabulary {
  permissionVocabulary {
    actions
    actionLabels {
      name
      label
    }
    placeholders
    subjects {
      name
      label
      actions
      conditionFields
      protectedFields
      protectedFieldLabels {
        name
        label
      }
      openFields
      openFieldLabels {
        name
        label
      }
      scopes {
        scope
        label
        name
        conditions
      }
      departmentField
      ownRecordField
    }
  }
}
    `) as unknown as TypedDocumentString<PermissionVocabularyQuery, PermissionVocabularyQueryVariables>;
export const PreviewRolePermissionsDocument = new TypedDocumentString(`
    query PreviewRolePermissions($rules: [PermissionRuleInput!]!) {
  previewRolePermissions(rules: $rules) {
    subject
    action
    access
    reach
    fields
  }
}
    `) as unknown as TypedDocumentString<PreviewRolePermissionsQuery, PreviewRolePermissionsQueryVariables>;
export const ExplainPermissionDocument = new TypedDocumentString(`
    query ExplainPermission($input: ExplainPermissionInput!) {
  explainPermission(input: $input) {
    allowed
    conditional
    condition
    explanation
    roleId
    roleName
    ruleNumber
    rule {
      action
      subject
      conditions
      fields
      inverted
      description
    }
  }
}
    `) as unknown as TypedDocumentString<ExplainPermissionQuery, ExplainPermissionQueryVariables>;
export const WorkingCalendarDocument = new TypedDocumentString(`
    query WorkingCalendar($year: Int!) {
  workingCalendar {
    ...WeeklyHoursFields
    referenceYears
    holidays(year: $year) {
      ...HolidayFields
    }
  }
}
    fragment HolidayFields on Holiday {
  id
  date
  name
  nameEn
  nameZhHk
  nameZhCn
  isGeneralHoliday
  isStatutoryHoliday
  source
}
fragment WeeklyHoursFields on WorkingCalendar {
  id
  timeZone
  weeklyHours {
    weekday
    intervals {
      start
      end
    }
  }
}`) as unknown as TypedDocumentString<WorkingCalendarQuery, WorkingCalendarQueryVariables>;
export const SetWorkingHoursDocument = new TypedDocumentString(`
    mutation SetWorkingHours($input: SetWorkingHoursInput!) {
  setWorkingHours(input: $input) {
    ...WeeklyHoursFields
  }
}
    fragment WeeklyHoursFields on WorkingCalendar {
  id
  timeZone
  weeklyHours {
    weekday
    intervals {
      start
      end
    }
  }
}`) as unknown as TypedDocumentString<SetWorkingHoursMutation, SetWorkingHoursMutationVariables>;
export const AddHolidayDocument = new TypedDocumentString(`
    mutation AddHoliday($input: HolidayInput!) {
  addHoliday(input: $input) {
    ...HolidayFields
  }
}
    fragment HolidayFields on Holiday {
  id
  date
  name
  nameEn
  nameZhHk
  nameZhCn
  isGeneralHoliday
  isStatutoryHoliday
  source
}`) as unknown as TypedDocumentString<AddHolidayMutation, AddHolidayMutationVariables>;
export const ChangeHolidayDocument = new TypedDocumentString(`
    mutation ChangeHoliday($id: ID!, $input: HolidayInput!) {
  changeHoliday(id: $id, input: $input) {
    ...HolidayFields
  }
}
    fragment HolidayFields on Holiday {
  id
  date
  name
  nameEn
  nameZhHk
  nameZhCn
  isGeneralHoliday
  isStatutoryHoliday
  source
}`) as unknown as TypedDocumentString<ChangeHolidayMutation, ChangeHolidayMutationVariables>;
export const RemoveHolidayDocument = new TypedDocumentString(`
    mutation RemoveHoliday($id: ID!) {
  removeHoliday(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveHolidayMutation, RemoveHolidayMutationVariables>;
export const RestoreHongKongHolidaysDocument = new TypedDocumentString(`
    mutation RestoreHongKongHolidays($year: Int!) {
  restoreHongKongHolidays(year: $year) {
    ...HolidayFields
  }
}
    fragment HolidayFields on Holiday {
  id
  date
  name
  nameEn
  nameZhHk
  nameZhCn
  isGeneralHoliday
  isStatutoryHoliday
  source
}`) as unknown as TypedDocumentString<RestoreHongKongHolidaysMutation, RestoreHongKongHolidaysMutationVariables>;