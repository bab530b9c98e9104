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

/** When the applicant is among a node’s approvers: AUTO_APPROVE their part; SKIP_TO_MANAGER: their direct manager approves instead; KEEP: they decide (needs allowSelfApproval). */
export type ApplicantApproverPolicy =
  | 'AUTO_APPROVE'
  | 'KEEP'
  | 'SKIP_TO_MANAGER';

/** What happened on a request (one timeline entry). */
export type ApprovalActivityKind =
  | 'APPROVED'
  | 'AUTO_APPROVED'
  | 'CC_SENT'
  | 'COMMENTED'
  | 'ESCALATED'
  | 'FINISHED'
  | 'REJECTED'
  | 'REMINDED'
  | 'RESUBMITTED'
  | 'RETURNED'
  | 'REVOKED'
  | 'SIGNER_ADDED'
  | 'SUBMITTED'
  | 'TRANSFERRED'
  | 'WITHDRAWN';

/** A template’s form, flow and policies, as the designer sends them. */
export type ApprovalDefinitionInput = {
  /** The flow from submission to the end, in order. */
  flow: Array<FlowNodeInput>;
  /** The form, in order. */
  form: Array<FormFieldInput>;
  /** Policies. */
  policies: ApprovalPoliciesInput;
};

/** SINGLE: one approver (the first the rule finds); SEQUENTIAL: each in turn, all must approve; COUNTERSIGN: all at once, all must approve, any rejection ends it; OR_SIGN: all at once, the first decision wins; RATIO: all at once, approved once ratioPercent of them approve, rejected once that can no longer happen. */
export type ApprovalMode =
  | 'COUNTERSIGN'
  | 'OR_SIGN'
  | 'RATIO'
  | 'SEQUENTIAL'
  | 'SINGLE';

/** How a template’s flow treats awkward routes. */
export type ApprovalPoliciesInput = {
  /** Whether an applicant may decide a task on their own request (false: never, whatever the route). */
  allowSelfApproval?: boolean;
  /** When the applicant is also an approver. */
  applicantIsApprover?: ApplicantApproverPolicy;
  /** When one person approves at several nodes. */
  duplicateApprovers?: DuplicateApproverPolicy;
  /** When a node finds nobody. */
  emptyApprovers?: EmptyApproverPolicy;
  /** ASSIGN_ADMIN: who decides when a node finds nobody. */
  fallbackApproverId?: string | number | null | undefined;
  /** Days after approval during which the applicant may revoke it (0: never). */
  revokeWindowDays?: number;
};

/** Which requests to list. */
export type ApprovalRequestFilter = {
  /** Made by this person. */
  applicantId?: string | number | null | undefined;
  /** Made from this department or one below it. */
  departmentId?: string | number | null | undefined;
  /** Title containing this text (template name or applicant). */
  search?: string | null | undefined;
  /** Only in this state. */
  status?: ApprovalRequestStatus | null | undefined;
  /** Submitted at or after. */
  submittedFrom?: string | null | undefined;
  /** Submitted before. */
  submittedTo?: string | null | undefined;
  /** Only on this template. */
  templateId?: string | number | null | undefined;
};

/** RUNNING: approvers are deciding; APPROVED / REJECTED: finished; RETURNED: sent back to the applicant to change and resubmit; WITHDRAWN: the applicant took it back; REVOKED: the applicant cancelled it after approval, within the template’s window. */
export type ApprovalRequestStatus =
  | 'APPROVED'
  | 'REJECTED'
  | 'RETURNED'
  | 'REVOKED'
  | 'RUNNING'
  | 'WITHDRAWN';

/** BEFORE: the signer decides first, then the task returns to the caller; AFTER: the signer decides once the caller approved; PARALLEL: alongside the caller. Added signers must approve whatever the node’s mode. */
export type ApprovalSignerPosition =
  | 'AFTER'
  | 'BEFORE'
  | 'PARALLEL';

/** DONE: decided (or sent); ACTIVE: being decided now; UPCOMING: not reached yet (or never, once the request ended). */
export type ApprovalStepState =
  | 'ACTIVE'
  | 'DONE'
  | 'UPCOMING';

/** PENDING: the caller’s to decide now (oldest first); DONE: decided by the caller (latest first). */
export type ApprovalTaskBox =
  | 'DONE'
  | 'PENDING';

/** WAITING: their turn has not come (a later approver of a SEQUENTIAL node, or a signer added after); PENDING: theirs to decide; APPROVED / REJECTED / RETURNED: what they decided; AUTO_APPROVED: approved by a policy (the applicant or a repeated approver) or a time limit; CANCELLED: no longer needed (the node was decided by others, or the request ended). */
export type ApprovalTaskStatus =
  | 'APPROVED'
  | 'AUTO_APPROVED'
  | 'CANCELLED'
  | 'PENDING'
  | 'REJECTED'
  | 'RETURNED'
  | 'WAITING';

/** Which templates to list. */
export type ApprovalTemplateFilter = {
  /** Only this category. */
  category?: string | null | undefined;
  /** Names containing this text (any language). */
  search?: string | null | undefined;
  /** Only those in this state. */
  status?: ApprovalTemplateStatus | null | undefined;
};

/** DRAFT: never published, nobody can submit; ACTIVE: staff submit requests on its published version; DISABLED: no new requests (running ones go on). */
export type ApprovalTemplateStatus =
  | 'ACTIVE'
  | 'DISABLED'
  | 'DRAFT';

/** An approval. */
export type ApproveApprovalTaskInput = {
  /** A comment (optional). */
  comment?: string | null | undefined;
  /** Changes to fields this step lets its approvers edit. */
  values?: Record<string, unknown> | null | undefined;
};

/** PEOPLE: the named personIds; ROLE: holders of roleKey whose scope covers the applicant’s department; DIRECT_MANAGER: the applicant’s manager; NTH_MANAGER: the level-th manager up; MANAGER_CHAIN: every manager from the direct one up to the first at or above rankCode (or level managers when no rank); FIRST_MANAGER_AT_RANK: the nearest manager at or above rankCode; DEPARTMENT_HEAD: the leaders of the applicant’s department (or departmentId), level departments up (0 = that department); FORM_FIELD: the person(s) in the PERSON field, or the heads of the DEPARTMENT field; APPLICANT_CHOOSES: people the applicant picks at submission, among personIds / holders of roleKey when given. */
export type ApproverKind =
  | 'APPLICANT_CHOOSES'
  | 'DEPARTMENT_HEAD'
  | 'DIRECT_MANAGER'
  | 'FIRST_MANAGER_AT_RANK'
  | 'FORM_FIELD'
  | 'MANAGER_CHAIN'
  | 'NTH_MANAGER'
  | 'PEOPLE'
  | 'ROLE';

/** How a node finds its approvers (or recipients). */
export type ApproverRuleInput = {
  /** DEPARTMENT_HEAD: a given department instead of the applicant’s. */
  departmentId?: string | number | null | undefined;
  /** FORM_FIELD: the key of a PERSON or DEPARTMENT field. */
  field?: string | null | undefined;
  /** Which resolver. */
  kind: ApproverKind;
  /** NTH_MANAGER: which manager up (1 = direct); MANAGER_CHAIN: how many at most; DEPARTMENT_HEAD: departments up (0 = the department itself). */
  level?: number | null | undefined;
  /** PEOPLE: the people; APPLICANT_CHOOSES: the people to choose among. */
  personIds?: Array<string | number> | null | undefined;
  /** MANAGER_CHAIN / FIRST_MANAGER_AT_RANK: a job rank code, e.g. M3. */
  rankCode?: string | null | undefined;
  /** ROLE / APPLICANT_CHOOSES: a role key (built-in, e.g. finance) or a role id. */
  roleKey?: string | null | undefined;
};

/** Give a role to a person. */
export type AssignRoleInput = {
  /** The person. */
  personId: string | number;
  /** The role. */
  roleId: string | number;
  /** Limit the role to this department and its sub-departments. */
  scopeDepartmentId?: string | number | null | undefined;
};

/** LATE / EARLY_LEAVE: beyond the shift’s tolerance; MISSING_IN / MISSING_OUT: only one punch; SHORT_HOURS: a flexible shift’s required time not worked; OFFSITE: a punch away from every place; FLAGGED: a punch with another doubt (offline, clock skew, mock location, poor accuracy). */
export type AttendanceDayException =
  | 'EARLY_LEAVE'
  | 'FLAGGED'
  | 'LATE'
  | 'MISSING_IN'
  | 'MISSING_OUT'
  | 'OFFSITE'
  | 'SHORT_HOURS';

/** Which computed days to list. */
export type AttendanceDayFilter = {
  /** Only those of this (primary) department. */
  departmentId?: string | number | null | undefined;
  /** First work day, YYYY-MM-DD. */
  from?: string | null | undefined;
  /** Only this person’s. */
  personId?: string | number | null | undefined;
  /** Only days with this status. */
  status?: AttendanceDayStatus | null | undefined;
  /** Last work day, YYYY-MM-DD. */
  to?: string | null | undefined;
};

/** NORMAL: on time, full day; EXCEPTION: see exceptions; ABSENT: a working day without a punch; REST: a day off (punches then are rest-day work); UNSCHEDULED: punched, but the group has no shift to judge by, so only the punches’ span is kept; ON_LEAVE: a working day on approved full-day leave (see leaveTypeKey). */
export type AttendanceDayStatus =
  | 'ABSENT'
  | 'EXCEPTION'
  | 'NORMAL'
  | 'ON_LEAVE'
  | 'REST'
  | 'UNSCHEDULED';

/** An attendance group, whole (create and update send the same); omitted policies take their defaults. */
export type AttendanceGroupInput = {
  /** Days raw coordinates are kept (1–365, default 30). */
  coordinatesRetentionDays?: number | null | undefined;
  /** Departments whose members (sub-departments included) belong. */
  departmentIds?: Array<string | number> | null | undefined;
  /** People left out. */
  excludedPersonIds?: Array<string | number> | null | undefined;
  /** Keep raw coordinates (default false). */
  keepCoordinates?: boolean | null | undefined;
  /** Working days after the work day a make-up punch may be requested (0–31, default 3). */
  makeUpDeadlineDays?: number | null | undefined;
  /** Make-up punch requests per member and month (0–31, default 3). */
  makeUpPerMonth?: number | null | undefined;
  /** Which punches may be made up (default both). */
  makeUpTypes?: Array<MakeUpPunchType> | null | undefined;
  /** Most punches per work day (1–50, default 10). */
  maxPunchesPerDay?: number | null | undefined;
  /** The monitoring notice members acknowledge (changing it asks them again). */
  monitoringNotice?: string | null | undefined;
  /** Name. */
  name: string;
  /** How old an offline punch may be, in minutes (0–10080, default 1440). */
  offlineWindowMinutes?: number | null | undefined;
  /** Accept punches away from every place, flagged OFFSITE (default false). */
  offsiteAllowed?: boolean | null | undefined;
  /** An off-site punch counts only once approved (default false; needs offsiteAllowed). */
  offsiteNeedsApproval?: boolean | null | undefined;
  /** An off-site punch needs a photo (default false). */
  offsiteRequiresPhoto?: boolean | null | undefined;
  /** An off-site punch needs a remark (default true). */
  offsiteRequiresRemark?: boolean | null | undefined;
  /** Overtime shorter than this on a day does not count (minutes, 0–240, default 30). */
  overtimeMinimumMinutes?: number | null | undefined;
  /** How overtime is counted (default NONE). */
  overtimeMode?: OvertimeMode | null | undefined;
  /** People who belong whatever their department. */
  personIds?: Array<string | number> | null | undefined;
  /** Places its members may punch at. */
  placeIds?: Array<string | number> | null | undefined;
  /** Members work the shifts of a roster day by day (setAttendanceRoster) instead of the group’s shift (default false). */
  rostered?: boolean | null | undefined;
  /** The shift its members keep; omitted: punches count on their calendar day. */
  shiftId?: string | number | null | undefined;
  /** IANA time zone; omitted: the working calendar’s. */
  timeZone?: string | null | undefined;
};

/** A correction of a leave balance. */
export type AttendanceLeaveAdjustmentInput = {
  /** Days to add, or to take away when negative (to the hundredth, not zero). */
  days: number;
  /** The day it counts from (YYYY-MM-DD). */
  effectiveOn: string;
  /** The leave type (one that needs a balance). */
  leaveTypeId: string | number;
  /** Why (kept in the ledger and the audit log). */
  note: string;
  /** Whose balance. */
  personId: string | number;
};

/** A leave type as an admin changes it (its key stays). */
export type AttendanceLeaveTypeInput = {
  /** Whether it can be requested. */
  active: boolean;
  /** Name in English. */
  nameEn: string;
  /** Name in Simplified Chinese. */
  nameZhCn: string;
  /** Name in Traditional Chinese (Hong Kong). */
  nameZhHk: string;
  /** Whether taking it draws on a balance. */
  needsBalance: boolean;
  /** Whether it is paid. */
  paid: boolean;
  /** How its balance grows: NONE, or the Employment Ordinance’s HK_ANNUAL / HK_SICK (these need a balance). */
  policy: LeavePolicy;
};

/** OPEN: punches and recomputation change its days; LOCKED: cut off for payroll — its days stay as they are until an admin reopens it. */
export type AttendanceMonthStatus =
  | 'LOCKED'
  | 'OPEN';

/** A place to punch at, whole (create and update send the same). */
export type AttendancePlaceInput = {
  /** Street address. */
  address?: string | null | undefined;
  /** IP ranges there (CIDR, IPv4 or IPv6). */
  ipRanges?: Array<string> | null | undefined;
  /** Latitude of the geofence centre (WGS 84). */
  latitude: number;
  /** Longitude of the geofence centre (WGS 84). */
  longitude: number;
  /** Name. */
  name: string;
  /** Geofence radius in metres (100–3000). */
  radiusMeters: number;
  /** Wi-Fi BSSIDs there (aa:bb:cc:dd:ee:ff; dashes or no separators accepted). */
  wifiBssids?: Array<string> | null | undefined;
};

/** Which punches to list. */
export type AttendancePunchFilter = {
  /** Only those made while in this (primary) department. */
  departmentId?: string | number | null | undefined;
  /** Only punches with a flag (off-site, offline, clock skew, mock location, poor accuracy). */
  flagged?: boolean | null | undefined;
  /** First work day, YYYY-MM-DD. */
  from?: string | null | undefined;
  /** Only this person’s. */
  personId?: string | number | null | undefined;
  /** Last work day, YYYY-MM-DD. */
  to?: string | null | undefined;
};

/** CSV (UTF-8 with BOM) or XLSX (an Excel workbook). */
export type AttendanceReportFormat =
  | 'CSV'
  | 'XLSX';

/** Which requests to list. */
export type AttendanceRequestFilter = {
  /** Only leave, or only make-up punches. */
  kind?: AttendanceRequestKind | null | undefined;
  /** Only this person’s. */
  personId?: string | number | null | undefined;
  /** Only those in this status. */
  status?: AttendanceRequestStatus | null | undefined;
};

/** LEAVE: days off of a leave type; MAKE_UP_PUNCH: a clock-in or clock-out that was missed; OVERTIME: work beyond the shift, paid or taken back as time off; OFFSITE_PUNCH: a punch away from every place, which counts once approved (groups with offsiteNeedsApproval). */
export type AttendanceRequestKind =
  | 'LEAVE'
  | 'MAKE_UP_PUNCH'
  | 'OFFSITE_PUNCH'
  | 'OVERTIME';

/** PENDING: its approval is under way; APPROVED: it counts in the days (and the leave ledger); REJECTED / WITHDRAWN: it never counted; REVOKED: it counted, and no longer does. */
export type AttendanceRequestStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED'
  | 'REVOKED'
  | 'WITHDRAWN';

/** One day of a roster: the shift a person works, or none for a rest day. */
export type AttendanceRosterEntryInput = {
  /** The day, YYYY-MM-DD. */
  date: string;
  /** The person. */
  personId: string | number;
  /** The shift; omitted or null: a rest day. */
  shiftId?: string | number | null | undefined;
};

/** A shift, whole (create and update send the same). */
export type AttendanceShiftInput = {
  /** Breaks (at most 5). */
  breaks?: Array<ShiftBreakInput> | null | undefined;
  /** FLEXIBLE: core hours end, HH:MM. */
  coreEnd?: string | null | undefined;
  /** FLEXIBLE: core hours start, HH:MM. */
  coreStart?: string | null | undefined;
  /** Minutes early that still count as a full day (0–240, default 0). */
  earlyLeaveToleranceMinutes?: number | null | undefined;
  /** End of work, HH:MM (FLEXIBLE: the latest end); at or before the start: the next day. */
  end: string;
  /** FIXED (default) or FLEXIBLE. */
  kind?: ShiftKind | null | undefined;
  /** Minutes late that still count as on time (0–240, default 0). */
  lateToleranceMinutes?: number | null | undefined;
  /** Name. */
  name: string;
  /** How long after the end punching stays open (0–720, default 360). */
  punchClosesAfterMinutes?: number | null | undefined;
  /** How long before the start punching opens (0–720, default 120). */
  punchOpensBeforeMinutes?: number | null | undefined;
  /** FLEXIBLE: minutes of work required (30–1440). */
  requiredMinutes?: number | null | undefined;
  /** Start of work, HH:MM (FLEXIBLE: the earliest start). */
  start: string;
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

/** ON_REACH: when the flow reaches the node (a CC node first in the flow notifies at submission); ON_FINISH: when the request is finished, if the route went through it; BOTH. */
export type CcTiming =
  | 'BOTH'
  | 'ON_FINISH'
  | 'ON_REACH';

/** Changes to the messaging policy; fields left out stay as they are. */
export type ChangeMessagingPolicyInput = {
  /** Whether every department has a group kept in step with the org chart (off: those groups are archived). */
  departmentGroups?: boolean | null | undefined;
  /** Whether a department’s group takes in its sub-departments’ members too. */
  departmentGroupsIncludeSubdepartments?: boolean | null | undefined;
  /** Minutes after a DING before unread recipients get a text message (1 to 1,440). */
  dingSmsAfterMinutes?: number | null | undefined;
  /** Minutes a sender may edit a message (0 to 10,080). */
  editWindowMinutes?: number | null | undefined;
  /** Whether senders may see who read their messages. */
  readReceipts?: boolean | null | undefined;
  /** Minutes a sender may recall a message (0 to 10,080). */
  recallWindowMinutes?: number | null | undefined;
  /** Delete messages older than this many days; 0 keeps them for ever. */
  retentionDays?: number | null | undefined;
};

/** The people an applicant picks for a step whose approvers they choose. */
export type ChosenApproversInput = {
  /** The flow node. */
  nodeId: string;
  /** The people picked, in order. */
  personIds: Array<string | number>;
};

/** FIELD: a form value (field "key", or "key.workingDays" / "key.workingHours" of a DATE_RANGE, "key.total" of a TABLE’s money column total, "key.amount" of MONEY); APPLICANT_DEPARTMENT: the department the request is made from (IN / NOT_IN take department ids and include their sub-departments); APPLICANT_RANK: the applicant’s job rank, compared by level (values are rank codes); APPLICANT_ROLE: the applicant’s roles (values are role keys or ids). */
export type ConditionOperand =
  | 'APPLICANT_DEPARTMENT'
  | 'APPLICANT_RANK'
  | 'APPLICANT_ROLE'
  | 'FIELD';

/** Comparison; GT…LTE compare numbers (and rank levels), IN / NOT_IN test membership in values. */
export type ConditionOperator =
  | 'EQ'
  | 'GT'
  | 'GTE'
  | 'IN'
  | 'IS_EMPTY'
  | 'IS_NOT_EMPTY'
  | 'LT'
  | 'LTE'
  | 'NE'
  | 'NOT_IN';

/** MEMBER: as its members see it; MODERATOR: a group or channel you moderate, as its members see it; LEGAL_HOLD: under a legal hold, with every version an edit, recall or removal replaced while the hold was in force. */
export type ConversationExportBasis =
  | 'LEGAL_HOLD'
  | 'MEMBER'
  | 'MODERATOR';

/** CSV (UTF-8 with BOM, opens in Excel) or JSON. */
export type ConversationExportFormat =
  | 'CSV'
  | 'JSON';

/** DIRECT: two people; GROUP: people gathered by a member; DEPARTMENT: kept in step with a department’s members (nobody joins or leaves by hand); PROJECT: a group for a project or site; ANNOUNCEMENT: a channel where only its owners and admins post; NOTICES: a person’s work notices (工作通知), where Harbour posts cards such as approval tasks and nobody writes. */
export type ConversationKind =
  | 'ANNOUNCEMENT'
  | 'DEPARTMENT'
  | 'DIRECT'
  | 'GROUP'
  | 'NOTICES'
  | 'PROJECT';

/** OWNER: renames, archives and names admins; ADMIN: adds and removes members (and posts in announcement channels); MEMBER: reads and writes. */
export type ConversationRole =
  | 'ADMIN'
  | 'MEMBER'
  | 'OWNER';

/** A new draft announcement. */
export type CreateAnnouncementInput = {
  /** The notice (plain text; line breaks kept). */
  body: string;
  /** Title. */
  title: string;
};

/** A new approval template (a draft until published). */
export type CreateApprovalTemplateInput = {
  /** A grouping for lists, e.g. HR, FINANCE, OPERATIONS. */
  category?: string | null | undefined;
  /** Form, flow and policies. */
  definition: ApprovalDefinitionInput;
  /** What it is for. */
  description?: LocalizedTextInput | null | undefined;
  /** Its name in one or more languages. */
  names: LocalizedTextInput;
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

/** KEEP: they decide at every node; DEDUPLICATE_CONSECUTIVE: their part is approved automatically when they approved at the node just before; DEDUPLICATE_ALL: … at any earlier node. */
export type DuplicateApproverPolicy =
  | 'DEDUPLICATE_ALL'
  | 'DEDUPLICATE_CONSECUTIVE'
  | 'KEEP';

/** PENDING until the organisation proves it controls the domain (or the platform operator vouches for it); only VERIFIED domains count. */
export type EmailDomainStatus =
  | 'PENDING'
  | 'VERIFIED';

/** How a domain was verified: DNS_TXT (the organisation published its verification record) or OPERATOR (added by the platform operator). */
export type EmailDomainVerification =
  | 'DNS_TXT'
  | 'OPERATOR';

/** When a node’s rules find nobody: AUTO_APPROVE the node; ASSIGN_ADMIN: the template’s fallbackApproverId decides; FAIL: the submission is refused (APPROVAL_NO_APPROVER) so the applicant can ask an admin. */
export type EmptyApproverPolicy =
  | 'ASSIGN_ADMIN'
  | 'AUTO_APPROVE'
  | 'FAIL';

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

/** What a node’s approvers may do with a form field: change it while deciding, only see it, or not see it. */
export type FieldAccess =
  | 'EDITABLE'
  | 'HIDDEN'
  | 'READ_ONLY';

/** What a node’s approvers may do with one form field. */
export type FieldPermissionInput = {
  /** Editable, read-only or hidden. */
  access: FieldAccess;
  /** The form field’s key. */
  field: string;
};

/** A branch of a CONDITION or PARALLEL node. */
export type FlowBranchInput = {
  /** CONDITION: tests that must all hold (none on the default branch). */
  conditions?: Array<FlowConditionInput> | null | undefined;
  /** Id, unique in the flow. */
  id: string;
  /** CONDITION: the branch taken when no other matches (exactly one per CONDITION node). */
  isDefault?: boolean | null | undefined;
  /** Name shown in the designer, e.g. “HK$10,000 以上”. */
  name?: LocalizedTextInput | null | undefined;
  /** The branch’s nodes, in order (may be empty). */
  nodes: Array<FlowNodeInput>;
};

/** One test on the form or the applicant. */
export type FlowConditionInput = {
  /** FIELD: the form field (or field.property) tested. */
  field?: string | null | undefined;
  /** What is tested. */
  operand: ConditionOperand;
  /** How. */
  operator: ConditionOperator;
  /** What it is compared with (numbers as text, e.g. "10000"; one value except for IN / NOT_IN). */
  values?: Array<string> | null | undefined;
};

/** One step of an approval flow. */
export type FlowNodeInput = {
  /** APPROVAL: who approves; CC: who is notified (the rules’ people together, in order). */
  approvers?: Array<ApproverRuleInput> | null | undefined;
  /** CONDITION / PARALLEL: the branches (CONDITION: in the order they are tested). */
  branches?: Array<FlowBranchInput> | null | undefined;
  /** CC: when to notify (default ON_REACH). */
  ccTiming?: CcTiming | null | undefined;
  /** APPROVAL: what its approvers may do with form fields. */
  fieldPermissions?: Array<FieldPermissionInput> | null | undefined;
  /** Id, unique in the flow and stable across versions (returns and metrics name nodes by it). */
  id: string;
  /** APPROVAL: how its approvers decide (default SINGLE). */
  mode?: ApprovalMode | null | undefined;
  /** Name, e.g. “部門主管審批”. */
  name?: LocalizedTextInput | null | undefined;
  /** APPROVAL with mode RATIO: the share of approvals needed, 1–100. */
  ratioPercent?: number | null | undefined;
  /** APPROVAL: the time limit of each approver. */
  timeLimit?: NodeTimeLimitInput | null | undefined;
  /** What kind of step. */
  type: FlowNodeType;
};

/** APPROVAL: people decide; CC: people are notified; CONDITION: exactly one branch is taken (the first whose tests hold, else the default); PARALLEL: every branch runs at once and the flow goes on when all are done. */
export type FlowNodeType =
  | 'APPROVAL'
  | 'CC'
  | 'CONDITION'
  | 'PARALLEL';

/** One field of an approval form. */
export type FormFieldInput = {
  /** TABLE: the columns of each line (no nested tables). */
  columns?: Array<FormFieldInput> | null | undefined;
  /** MONEY: the currency (ISO 4217, default HKD); values in another currency are refused. */
  currency?: string | null | undefined;
  /** Key of the value in the form values (letters, digits, underscore; unique in the form). */
  key: string;
  /** The label. */
  label: LocalizedTextInput;
  /** NUMBER / MONEY: the largest value allowed. */
  max?: number | null | undefined;
  /** TEXT / LONG_TEXT: the longest value allowed (default 200 / 5000). */
  maxLength?: number | null | undefined;
  /** NUMBER / MONEY: the smallest value allowed. */
  min?: number | null | undefined;
  /** PERSON / DEPARTMENT: a list of ids instead of one; DATE_RANGE: instants instead of dates (withTime). */
  multiple?: boolean | null | undefined;
  /** SINGLE_SELECT / MULTI_SELECT: the choices. */
  options?: Array<FormFieldOptionInput> | null | undefined;
  /** Whether a value is required (default false). */
  required?: boolean | null | undefined;
  /** What kind of value it takes. */
  type: FormFieldType;
  /** DATE_RANGE: the range is of date-times (hours count) rather than whole days. */
  withTime?: boolean | null | undefined;
};

/** One choice of a select field. */
export type FormFieldOptionInput = {
  /** What the applicant sees. */
  label: LocalizedTextInput;
  /** The value stored in the form (stable; conditions test it). */
  value: string;
};

/** TEXT/LONG_TEXT: a string; NUMBER: a number; MONEY: {amount: "1234.50", currency: "HKD"}; DATE: "2026-12-24"; DATE_TIME: ISO instant; DATE_RANGE: {start, end} (dates, or instants when withTime) with its working days (and, withTime, working hours) computed on the organisation’s calendar; SINGLE_SELECT: an option value; MULTI_SELECT: option values; PERSON/DEPARTMENT: an id (a list when multiple); ATTACHMENT: [{fileId, name}]; LOCATION: {latitude, longitude, label}; TABLE: a list of rows, each an object of the columns’ values, with totals of NUMBER and MONEY columns. */
export type FormFieldType =
  | 'ATTACHMENT'
  | 'DATE'
  | 'DATE_RANGE'
  | 'DATE_TIME'
  | 'DEPARTMENT'
  | 'LOCATION'
  | 'LONG_TEXT'
  | 'MONEY'
  | 'MULTI_SELECT'
  | 'NUMBER'
  | 'PERSON'
  | 'SINGLE_SELECT'
  | 'TABLE'
  | 'TEXT';

/** AM: the first half of the shift; PM: the second. */
export type HalfDay =
  | 'AM'
  | 'PM';

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

/** ENTITLEMENT: where granted and accrued days come from; AVAILABLE: the balance; USED: days taken; EXPIRED: days forfeited. */
export type LeaveAccount =
  | 'AVAILABLE'
  | 'ENTITLEMENT'
  | 'EXPIRED'
  | 'USED';

/** GRANT: days given (e.g. time off in lieu of overtime); ACCRUAL: earned under the type’s policy; USAGE: leave taken (approved); EXPIRY: days forfeited; CARRY_FORWARD: days kept into the next leave year; ADJUSTMENT: HR’s correction, with a reason; REVERSAL: approved leave revoked, its days given back. */
export type LeaveEntryKind =
  | 'ACCRUAL'
  | 'ADJUSTMENT'
  | 'CARRY_FORWARD'
  | 'EXPIRY'
  | 'GRANT'
  | 'REVERSAL'
  | 'USAGE';

/** NONE: only grants and adjustments; HK_ANNUAL: the Employment Ordinance’s paid annual leave, 7 days after each year of continuous contract rising to 14 from the ninth; HK_SICK: its sickness days, 2 for each month of continuous contract in the first year and 4 after, accumulating to at most 120. */
export type LeavePolicy =
  | 'HK_ANNUAL'
  | 'HK_SICK'
  | 'NONE';

/** Text in the console’s languages; at least one must be set. */
export type LocalizedTextInput = {
  /** English. */
  en?: string | null | undefined;
  /** Simplified Chinese. */
  zhCN?: string | null | undefined;
  /** Traditional Chinese (Hong Kong). */
  zhHK?: string | null | undefined;
};

/** IN: a clock-in; OUT: a clock-out. */
export type MakeUpPunchType =
  | 'IN'
  | 'OUT';

/** A make-up working day: its date, its working hours, and optionally what it is for. */
export type MakeUpWorkdayInput = {
  /** The day, YYYY-MM-DD: not a holiday, and one make-up working day per date. */
  date: string;
  /** Its working intervals, earliest first, not overlapping; at least one. */
  intervals: Array<WorkingIntervalInput>;
  /** What it is for, in English. */
  nameEn?: string | null | undefined;
  /** What it is for, in Simplified Chinese. */
  nameZhCn?: string | null | undefined;
  /** What it is for, in Traditional Chinese (Hong Kong). */
  nameZhHk?: string | null | undefined;
};

/** A department a person belongs to, and their manager there. */
export type MembershipInput = {
  /** The department. */
  departmentId: string | number;
  /** Make this the person’s primary position. */
  isPrimary?: boolean | null | undefined;
  /** The manager for this position; when empty, the department leaders are. */
  managerId?: string | number | null | undefined;
};

/** TEXT: words (with mentions); LOCATION: a place, e.g. a site report, with an optional caption; CARD: a card Harbour posts (see `card`), e.g. an approval task with its buttons; IMAGE: photos (up to nine); FILE: documents (up to nine); VOICE: one voice note; VIDEO: one video — the last four with their files in `attachments` and an optional caption. */
export type MessageKind =
  | 'CARD'
  | 'FILE'
  | 'IMAGE'
  | 'LOCATION'
  | 'TEXT'
  | 'VIDEO'
  | 'VOICE';

/** Which conversations the moderation view lists. */
export type ModeratedConversationFilter = {
  /** true: only archived ones; false: only open ones; unset: both. */
  archived?: boolean | null | undefined;
  /** Only this kind (direct chats are never listed). */
  kind?: ConversationKind | null | undefined;
  /** Part of the title. */
  search?: string | null | undefined;
};

/** Which of the caller’s tasks to list. */
export type MyApprovalTaskFilter = {
  /** Pending or done. */
  box?: ApprovalTaskBox;
  /** Only on this template. */
  templateId?: string | number | null | undefined;
};

/** How long each approver of a node has, in working hours. */
export type NodeTimeLimitInput = {
  /** At the deadline, hand the task to the approver’s manager (when no timeoutAction). */
  escalate?: boolean | null | undefined;
  /** Working hours from assignment to the deadline. */
  hours: number;
  /** Working hours before the deadline to remind the approver (none when unset). */
  remindBeforeHours?: number | null | undefined;
  /** At the deadline, decide automatically (default NONE). */
  timeoutAction?: TimeoutAction | null | undefined;
};

/** PAY: overtime pay (payroll export); TIME_OFF: compensation leave days granted in the leave ledger. */
export type OvertimeCompensation =
  | 'PAY'
  | 'TIME_OFF';

/** NONE: no overtime; APPROVAL: the approved overtime requests’ hours; APPROVAL_AND_PUNCHES: the approved hours, as far as the punches show them worked; PUNCHES: the time punched past the shift’s end (all of a day off’s), without requests. */
export type OvertimeMode =
  | 'APPROVAL'
  | 'APPROVAL_AND_PUNCHES'
  | 'NONE'
  | 'PUNCHES';

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

/** A new legal hold: on one conversation, or on everything one person takes or took part in (give exactly one). */
export type PlaceLegalHoldInput = {
  /** The conversation to hold (any kind). */
  conversationId?: string | number | null | undefined;
  /** The custodian: every conversation they are or were in is held, direct chats included. */
  custodianId?: string | number | null | undefined;
  /** Why, e.g. a case or matter reference (at most 500 characters). */
  reason: string;
};

/** OFFSITE: away from every place; OFFLINE: made offline and sent later (its time is the phone’s, checked against receipt); CLOCK_SKEW: the phone’s clock was off, so the server’s time was used; MOCK_LOCATION: the phone reported a simulated location; POOR_ACCURACY: the location fix was coarser than the geofence. */
export type PunchFlag =
  | 'CLOCK_SKEW'
  | 'MOCK_LOCATION'
  | 'OFFLINE'
  | 'OFFSITE'
  | 'POOR_ACCURACY';

/** WIFI: the phone saw an access point of the place; GPS: inside its geofence; IP: sent from its network; OFFSITE: at no allowed place (accepted by the group’s policy). */
export type PunchMethod =
  | 'GPS'
  | 'IP'
  | 'OFFSITE'
  | 'WIFI';

/** A resubmission after a return. */
export type ResubmitApprovalRequestInput = {
  /** For steps whose approvers the applicant chooses. */
  chosenApprovers?: Array<ChosenApproversInput> | null | undefined;
  /** The changed form values (all of them); omitted: as they were. */
  values?: Record<string, unknown> | null | undefined;
};

/** The week’s working hours. */
export type SetWorkingHoursInput = {
  /** Hours per weekday; a weekday left out has none. */
  days: Array<WeekdayHoursInput>;
  /** IANA time zone, e.g. Asia/Hong_Kong; omitted: unchanged. */
  timeZone?: string | null | undefined;
};

/** A break inside a shift. */
export type ShiftBreakInput = {
  /** End, HH:MM. */
  end: string;
  /** Start, HH:MM. */
  start: string;
};

/** FIXED: work from start to end; FLEXIBLE: start between start and coreStart, be there for the core hours, work requiredMinutes, leave by end. */
export type ShiftKind =
  | 'FIXED'
  | 'FLEXIBLE';

/** Email and password. */
export type SignInInput = {
  /** Work email address. */
  email: string;
  /** Password. */
  password: string;
};

/** A request to submit (or preview). */
export type SubmitApprovalRequestInput = {
  /** For steps whose approvers the applicant chooses. */
  chosenApprovers?: Array<ChosenApproversInput> | null | undefined;
  /** The department it is made from, when the applicant belongs to several (default: their primary one). */
  departmentId?: string | number | null | undefined;
  /** The template. */
  templateId: string | number;
  /** Form values by field key (see FormFieldType for each kind’s shape). */
  values: Record<string, unknown>;
};

/** What the engine decides for an approver whose time limit passed: nothing, approve, or reject. */
export type TimeoutAction =
  | 'APPROVE'
  | 'NONE'
  | 'REJECT';

/** Changes to a template’s draft; omitted fields stay as they are. */
export type UpdateApprovalTemplateInput = {
  /** New category. */
  category?: string | null | undefined;
  /** The new draft (replaces the old one whole). */
  definition?: ApprovalDefinitionInput | null | undefined;
  /** New description. */
  description?: LocalizedTextInput | null | undefined;
  /** New names. */
  names?: LocalizedTextInput | null | undefined;
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

export type DashboardApprovalsQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type DashboardApprovalsQuery = { approvalMetrics: Array<{ submitted: number, approved: number, rejected: number }> };

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

export type ApprovalFormFieldPartsFragment = { key: string, type: FormFieldType, required: boolean | null, currency: string | null, min: number | null, max: number | null, maxLength: number | null, multiple: boolean | null, withTime: boolean | null, label: { en: string | null, zhHK: string | null, zhCN: string | null }, options: Array<{ value: string, label: { en: string | null, zhHK: string | null, zhCN: string | null } }> | null };

export type ApprovalFormPartsFragment = { key: string, type: FormFieldType, required: boolean | null, currency: string | null, min: number | null, max: number | null, maxLength: number | null, multiple: boolean | null, withTime: boolean | null, columns: Array<{ key: string, type: FormFieldType, required: boolean | null, currency: string | null, min: number | null, max: number | null, maxLength: number | null, multiple: boolean | null, withTime: boolean | null, label: { en: string | null, zhHK: string | null, zhCN: string | null }, options: Array<{ value: string, label: { en: string | null, zhHK: string | null, zhCN: string | null } }> | null }> | null, label: { en: string | null, zhHK: string | null, zhCN: string | null }, options: Array<{ value: string, label: { en: string | null, zhHK: string | null, zhCN: string | null } }> | null };

export type ApprovalTemplateSummaryFragment = { id: string, name: string, category: string | null, status: ApprovalTemplateStatus, version: number, publishedVersion: number | null, publishedAt: string | null, ownerModule: string | null, names: { en: string | null, zhHK: string | null, zhCN: string | null }, viewerCan: { update: boolean, publish: boolean, delete: boolean, submit: boolean } };

export type ApprovalTemplatesQueryVariables = Exact<{
  filter?: ApprovalTemplateFilter | null | undefined;
  take: number;
  skip: number;
}>;


export type ApprovalTemplatesQuery = { approvalTemplates: { totalCount: number, items: Array<{ id: string, name: string, category: string | null, status: ApprovalTemplateStatus, version: number, publishedVersion: number | null, publishedAt: string | null, ownerModule: string | null, names: { en: string | null, zhHK: string | null, zhCN: string | null }, viewerCan: { update: boolean, publish: boolean, delete: boolean, submit: boolean } }> } };

export type ApprovalTemplateQueryVariables = Exact<{
  id: string | number;
}>;


export type ApprovalTemplateQuery = { approvalTemplate: { id: string, name: string, category: string | null, status: ApprovalTemplateStatus, version: number, publishedVersion: number | null, publishedAt: string | null, ownerModule: string | null, description: { en: string | null, zhHK: string | null, zhCN: string | null } | null, draft: { form: Array<{ key: string, type: FormFieldType, required: boolean | null, currency: string | null, min: number | null, max: number | null, maxLength: number | null, multiple: boolean | null, withTime: boolean | null, columns: Array<{ key: string, type: FormFieldType, required: boolean | null, currency: string | null, min: number | null, max: number | null, maxLength: number | null, multiple: boolean | null, withTime: boolean | null, label: { en: string | null, zhHK: string | null, zhCN: string | null }, options: Array<{ value: string, label: { en: string | null, zhHK: string | null, zhCN: string | null } }> | null }> | null, label: { en: string | null, zhHK: string | null, zhCN: string | null }, options: Array<{ value: string, label: { en: string | null, zhHK: string | null, zhCN: string | null } }> | null }>, flow: Array<{ id: string, type: FlowNodeType, mode: ApprovalMode | null, ratioPercent: number | null, ccTiming: CcTiming | null, name: { en: string | null, zhHK: string | null, zhCN: string | null } | null, approvers: Array<{ kind: ApproverKind, personIds: Array<string> | null, roleKey: string | null, rankCode: string | null, level: number | null, departmentId: string | null, field: string | null }> | null, fieldPermissions: Array<{ field: string, access: FieldAccess }> | null, timeLimit: { hours: number, remindBeforeHours: number | null, timeoutAction: TimeoutAction | null, escalate: boolean | null } | null, branches: Array<{ id: string, isDefault: boolean | null, name: { en: string | null, zhHK: string | null, zhCN: string | null } | null, conditions: Array<{ operand: ConditionOperand, field: string | null, operator: ConditionOperator, values: Array<string> | null }> | null, nodes: Array<{ id: string, type: FlowNodeType, mode: ApprovalMode | null, ratioPercent: number | null, ccTiming: CcTiming | null, name: { en: string | null, zhHK: string | null, zhCN: string | null } | null, approvers: Array<{ kind: ApproverKind, personIds: Array<string> | null, roleKey: string | null, rankCode: string | null, level: number | null, departmentId: string | null, field: string | null }> | null, fieldPermissions: Array<{ field: string, access: FieldAccess }> | null, timeLimit: { hours: number, remindBeforeHours: number | null, timeoutAction: TimeoutAction | null, escalate: boolean | null } | null, branches: Array<{ id: string, isDefault: boolean | null, name: { en: string | null, zhHK: string | null, zhCN: string | null } | null, conditions: Array<{ operand: ConditionOperand, field: string | null, operator: ConditionOperator, values: Array<string> | null }> | null, nodes: Array<{ id: string, type: FlowNodeType, mode: ApprovalMode | null, ratioPercent: number | null, ccTiming: CcTiming | null, name: { en: string | null, zhHK: string | null, zhCN: string | null } | null, approvers: Array<{ kind: ApproverKind, personIds: Array<string> | null, roleKey: string | null, rankCode: string | null, level: number | null, departmentId: string | null, field: string | null }> | null, fieldPermissions: Array<{ field: string, access: FieldAccess }> | null, timeLimit: { hours: number, remindBeforeHours: number | null, timeoutAction: TimeoutAction | null, escalate: boolean | null } | null, branches: Array<{ id: string, isDefault: boolean | null, name: { en: string | null, zhHK: string | null, zhCN: string | null } | null, conditions: Array<{ operand: ConditionOperand, field: string | null, operator: ConditionOperator, values: Array<string> | null }> | null, nodes: Array<{ id: string, type: FlowNodeType, mode: ApprovalMode | null, ratioPercent: number | null, ccTiming: CcTiming | null, name: { en: string | null, zhHK: string | null, zhCN: string | null } | null, approvers: Array<{ kind: ApproverKind, personIds: Array<string> | null, roleKey: string | null, rankCode: string | null, level: number | null, departmentId: string | null, field: string | null }> | null, fieldPermissions: Array<{ field: string, access: FieldAccess }> | null, timeLimit: { hours: number, remindBeforeHours: number | null, timeoutAction: TimeoutAction | null, escalate: boolean | null } | null }> }> | null }> }> | null }> }> | null }>, policies: { applicantIsApprover: ApplicantApproverPolicy, duplicateApprovers: DuplicateApproverPolicy, emptyApprovers: EmptyApproverPolicy, allowSelfApproval: boolean, fallbackApproverId: string | null, revokeWindowDays: number } }, published: { form: Array<{ key: string, type: FormFieldType, required: boolean | null, currency: string | null, min: number | null, max: number | null, maxLength: number | null, multiple: boolean | null, withTime: boolean | null, columns: Array<{ key: string, type: FormFieldType, required: boolean | null, currency: string | null, min: number | null, max: number | null, maxLength: number | null, multiple: boolean | null, withTime: boolean | null, label: { en: string | null, zhHK: string | null, zhCN: string | null }, options: Array<{ value: string, label: { en: string | null, zhHK: string | null, zhCN: string | null } }> | null }> | null, label: { en: string | null, zhHK: string | null, zhCN: string | null }, options: Array<{ value: string, label: { en: string | null, zhHK: string | null, zhCN: string | null } }> | null }> } | null, names: { en: string | null, zhHK: string | null, zhCN: string | null }, viewerCan: { update: boolean, publish: boolean, delete: boolean, submit: boolean } } };

export type ApprovalTemplateToSubmitQueryVariables = Exact<{
  id: string | number;
}>;


export type ApprovalTemplateToSubmitQuery = { approvalTemplate: { id: string, name: string, status: ApprovalTemplateStatus, viewerCan: { submit: boolean }, published: { form: Array<{ key: string, type: FormFieldType, required: boolean | null, currency: string | null, min: number | null, max: number | null, maxLength: number | null, multiple: boolean | null, withTime: boolean | null, columns: Array<{ key: string, type: FormFieldType, required: boolean | null, currency: string | null, min: number | null, max: number | null, maxLength: number | null, multiple: boolean | null, withTime: boolean | null, label: { en: string | null, zhHK: string | null, zhCN: string | null }, options: Array<{ value: string, label: { en: string | null, zhHK: string | null, zhCN: string | null } }> | null }> | null, label: { en: string | null, zhHK: string | null, zhCN: string | null }, options: Array<{ value: string, label: { en: string | null, zhHK: string | null, zhCN: string | null } }> | null }>, flow: Array<{ id: string, type: FlowNodeType, name: { en: string | null, zhHK: string | null, zhCN: string | null } | null, approvers: Array<{ kind: ApproverKind }> | null, branches: Array<{ id: string, nodes: Array<{ id: string, type: FlowNodeType, name: { en: string | null, zhHK: string | null, zhCN: string | null } | null, approvers: Array<{ kind: ApproverKind }> | null, branches: Array<{ id: string, nodes: Array<{ id: string, type: FlowNodeType, name: { en: string | null, zhHK: string | null, zhCN: string | null } | null, approvers: Array<{ kind: ApproverKind }> | null, branches: Array<{ id: string, nodes: Array<{ id: string, type: FlowNodeType, name: { en: string | null, zhHK: string | null, zhCN: string | null } | null, approvers: Array<{ kind: ApproverKind }> | null }> }> | null }> }> | null }> }> | null }> } | null } };

export type CreateApprovalTemplateMutationVariables = Exact<{
  input: CreateApprovalTemplateInput;
}>;


export type CreateApprovalTemplateMutation = { createApprovalTemplate: { id: string, name: string, category: string | null, status: ApprovalTemplateStatus, version: number, publishedVersion: number | null, publishedAt: string | null, ownerModule: string | null, names: { en: string | null, zhHK: string | null, zhCN: string | null }, viewerCan: { update: boolean, publish: boolean, delete: boolean, submit: boolean } } };

export type UpdateApprovalTemplateMutationVariables = Exact<{
  id: string | number;
  input: UpdateApprovalTemplateInput;
  version?: number | null | undefined;
}>;


export type UpdateApprovalTemplateMutation = { updateApprovalTemplate: { id: string, name: string, category: string | null, status: ApprovalTemplateStatus, version: number, publishedVersion: number | null, publishedAt: string | null, ownerModule: string | null, names: { en: string | null, zhHK: string | null, zhCN: string | null }, viewerCan: { update: boolean, publish: boolean, delete: boolean, submit: boolean } } };

export type PublishApprovalTemplateMutationVariables = Exact<{
  id: string | number;
  version?: number | null | undefined;
}>;


export type PublishApprovalTemplateMutation = { publishApprovalTemplate: { id: string, name: string, category: string | null, status: ApprovalTemplateStatus, version: number, publishedVersion: number | null, publishedAt: string | null, ownerModule: string | null, names: { en: string | null, zhHK: string | null, zhCN: string | null }, viewerCan: { update: boolean, publish: boolean, delete: boolean, submit: boolean } } };

export type DisableApprovalTemplateMutationVariables = Exact<{
  id: string | number;
  version?: number | null | undefined;
}>;


export type DisableApprovalTemplateMutation = { disableApprovalTemplate: { id: string, name: string, category: string | null, status: ApprovalTemplateStatus, version: number, publishedVersion: number | null, publishedAt: string | null, ownerModule: string | null, names: { en: string | null, zhHK: string | null, zhCN: string | null }, viewerCan: { update: boolean, publish: boolean, delete: boolean, submit: boolean } } };

export type EnableApprovalTemplateMutationVariables = Exact<{
  id: string | number;
  version?: number | null | undefined;
}>;


export type EnableApprovalTemplateMutation = { enableApprovalTemplate: { id: string, name: string, category: string | null, status: ApprovalTemplateStatus, version: number, publishedVersion: number | null, publishedAt: string | null, ownerModule: string | null, names: { en: string | null, zhHK: string | null, zhCN: string | null }, viewerCan: { update: boolean, publish: boolean, delete: boolean, submit: boolean } } };

export type CopyApprovalTemplateMutationVariables = Exact<{
  id: string | number;
}>;


export type CopyApprovalTemplateMutation = { copyApprovalTemplate: { id: string, name: string, category: string | null, status: ApprovalTemplateStatus, version: number, publishedVersion: number | null, publishedAt: string | null, ownerModule: string | null, names: { en: string | null, zhHK: string | null, zhCN: string | null }, viewerCan: { update: boolean, publish: boolean, delete: boolean, submit: boolean } } };

export type DeleteApprovalTemplateMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteApprovalTemplateMutation = { deleteApprovalTemplate: boolean };

export type ApprovalRoutePartsFragment = { branchesTaken: Array<string>, steps: Array<{ nodeId: string, type: string, name: string | null, mode: ApprovalMode | null, ratioPercent: number | null, state: ApprovalStepState | null, autoApproved: boolean, parentNodeId: string | null, parentBranchId: string | null, approvers: Array<{ automatic: string | null, person: { id: string, displayName: string } | null }>, recipients: Array<{ id: string, displayName: string }>, branches: Array<{ id: string, name: string | null }> }> };

export type PreviewApprovalRouteQueryVariables = Exact<{
  input: SubmitApprovalRequestInput;
}>;


export type PreviewApprovalRouteQuery = { previewApprovalRoute: { branchesTaken: Array<string>, steps: Array<{ nodeId: string, type: string, name: string | null, mode: ApprovalMode | null, ratioPercent: number | null, state: ApprovalStepState | null, autoApproved: boolean, parentNodeId: string | null, parentBranchId: string | null, approvers: Array<{ automatic: string | null, person: { id: string, displayName: string } | null }>, recipients: Array<{ id: string, displayName: string }>, branches: Array<{ id: string, name: string | null }> }> } };

export type ApprovalRequestSummaryFragment = { id: string, title: string, status: ApprovalRequestStatus, version: number, submittedAt: string, finishedAt: string | null, lastActivityAt: string, applicant: { id: string, displayName: string } | null, department: { id: string, name: string } | null, template: { id: string, name: string } | null };

export type ApprovalRequestsQueryVariables = Exact<{
  filter?: ApprovalRequestFilter | null | undefined;
  take: number;
  skip: number;
}>;


export type ApprovalRequestsQuery = { approvalRequests: { totalCount: number, items: Array<{ id: string, title: string, status: ApprovalRequestStatus, version: number, submittedAt: string, finishedAt: string | null, lastActivityAt: string, applicant: { id: string, displayName: string } | null, department: { id: string, name: string } | null, template: { id: string, name: string } | null }> } };

export type MyApprovalRequestsQueryVariables = Exact<{
  filter?: ApprovalRequestFilter | null | undefined;
  take: number;
  skip: number;
}>;


export type MyApprovalRequestsQuery = { myApprovalRequests: { totalCount: number, items: Array<{ id: string, title: string, status: ApprovalRequestStatus, version: number, submittedAt: string, finishedAt: string | null, lastActivityAt: string, applicant: { id: string, displayName: string } | null, department: { id: string, name: string } | null, template: { id: string, name: string } | null }> } };

export type ApprovalRequestsCopiedToMeQueryVariables = Exact<{
  filter?: ApprovalRequestFilter | null | undefined;
  take: number;
  skip: number;
}>;


export type ApprovalRequestsCopiedToMeQuery = { approvalRequestsCopiedToMe: { totalCount: number, items: Array<{ id: string, title: string, status: ApprovalRequestStatus, version: number, submittedAt: string, finishedAt: string | null, lastActivityAt: string, applicant: { id: string, displayName: string } | null, department: { id: string, name: string } | null, template: { id: string, name: string } | null }> } };

export type ApprovalRequestQueryVariables = Exact<{
  id: string | number;
}>;


export type ApprovalRequestQuery = { approvalRequest: { round: number, values: Record<string, unknown>, computed: Record<string, unknown>, revokeWindowDays: number, id: string, title: string, status: ApprovalRequestStatus, version: number, submittedAt: string, finishedAt: string | null, lastActivityAt: string, definition: { form: Array<{ key: string, type: FormFieldType, required: boolean | null, currency: string | null, min: number | null, max: number | null, maxLength: number | null, multiple: boolean | null, withTime: boolean | null, columns: Array<{ key: string, type: FormFieldType, required: boolean | null, currency: string | null, min: number | null, max: number | null, maxLength: number | null, multiple: boolean | null, withTime: boolean | null, label: { en: string | null, zhHK: string | null, zhCN: string | null }, options: Array<{ value: string, label: { en: string | null, zhHK: string | null, zhCN: string | null } }> | null }> | null, label: { en: string | null, zhHK: string | null, zhCN: string | null }, options: Array<{ value: string, label: { en: string | null, zhHK: string | null, zhCN: string | null } }> | null }> }, route: { branchesTaken: Array<string>, steps: Array<{ nodeId: string, type: string, name: string | null, mode: ApprovalMode | null, ratioPercent: number | null, state: ApprovalStepState | null, autoApproved: boolean, parentNodeId: string | null, parentBranchId: string | null, approvers: Array<{ automatic: string | null, person: { id: string, displayName: string } | null }>, recipients: Array<{ id: string, displayName: string }>, branches: Array<{ id: string, name: string | null }> }> }, tasks: Array<{ id: string, nodeId: string, status: ApprovalTaskStatus, round: number, comment: string | null, decidedAt: string | null, dueAt: string | null, isAddedSigner: boolean, assignee: { id: string, displayName: string } | null }>, timeline: Array<{ id: string, kind: ApprovalActivityKind, nodeId: string | null, comment: string | null, createdAt: string, details: Record<string, unknown> | null, actor: { id: string, displayName: string } | null, target: { id: string, displayName: string } | null }>, myPendingTask: { id: string, nodeId: string, version: number } | null, viewerCan: { withdraw: boolean, revoke: boolean, resubmit: boolean, remind: boolean, comment: boolean }, applicant: { id: string, displayName: string } | null, department: { id: string, name: string } | null, template: { id: string, name: string } | null } };

export type MyApprovalTasksQueryVariables = Exact<{
  filter?: MyApprovalTaskFilter | null | undefined;
  take: number;
  skip: number;
}>;


export type MyApprovalTasksQuery = { myApprovalTasks: { totalCount: number, items: Array<{ id: string, status: ApprovalTaskStatus, assignedAt: string | null, decidedAt: string | null, dueAt: string | null, request: { id: string, title: string, status: ApprovalRequestStatus, version: number, submittedAt: string, finishedAt: string | null, lastActivityAt: string, applicant: { id: string, displayName: string } | null, department: { id: string, name: string } | null, template: { id: string, name: string } | null } | null }> } };

export type SubmitApprovalRequestMutationVariables = Exact<{
  input: SubmitApprovalRequestInput;
}>;


export type SubmitApprovalRequestMutation = { submitApprovalRequest: { id: string } };

export type ApproveApprovalTaskMutationVariables = Exact<{
  id: string | number;
  input?: ApproveApprovalTaskInput | null | undefined;
  version?: number | null | undefined;
}>;


export type ApproveApprovalTaskMutation = { approveApprovalTask: { id: string, status: ApprovalRequestStatus } };

export type ApproveApprovalTasksMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
  comment?: string | null | undefined;
}>;


export type ApproveApprovalTasksMutation = { approveApprovalTasks: Array<{ id: string, status: ApprovalRequestStatus }> };

export type RejectApprovalTaskMutationVariables = Exact<{
  id: string | number;
  reason: string;
  version?: number | null | undefined;
}>;


export type RejectApprovalTaskMutation = { rejectApprovalTask: { id: string, status: ApprovalRequestStatus } };

export type ReturnApprovalTaskMutationVariables = Exact<{
  id: string | number;
  reason: string;
  toNodeId?: string | null | undefined;
  version?: number | null | undefined;
}>;


export type ReturnApprovalTaskMutation = { returnApprovalTask: { id: string, status: ApprovalRequestStatus } };

export type TransferApprovalTaskMutationVariables = Exact<{
  id: string | number;
  toPersonId: string | number;
  comment?: string | null | undefined;
  version?: number | null | undefined;
}>;


export type TransferApprovalTaskMutation = { transferApprovalTask: { id: string, status: ApprovalRequestStatus } };

export type AddApprovalSignerMutationVariables = Exact<{
  id: string | number;
  personId: string | number;
  position: ApprovalSignerPosition;
  comment?: string | null | undefined;
  version?: number | null | undefined;
}>;


export type AddApprovalSignerMutation = { addApprovalSigner: { id: string, status: ApprovalRequestStatus } };

export type WithdrawApprovalRequestMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
  version?: number | null | undefined;
}>;


export type WithdrawApprovalRequestMutation = { withdrawApprovalRequest: { id: string, status: ApprovalRequestStatus } };

export type RevokeApprovalRequestMutationVariables = Exact<{
  id: string | number;
  reason: string;
  version?: number | null | undefined;
}>;


export type RevokeApprovalRequestMutation = { revokeApprovalRequest: { id: string, status: ApprovalRequestStatus } };

export type ResubmitApprovalRequestMutationVariables = Exact<{
  id: string | number;
  input: ResubmitApprovalRequestInput;
  version?: number | null | undefined;
}>;


export type ResubmitApprovalRequestMutation = { resubmitApprovalRequest: { id: string, status: ApprovalRequestStatus } };

export type RemindApprovalRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type RemindApprovalRequestMutation = { remindApprovalRequest: { id: string, status: ApprovalRequestStatus } };

export type CommentOnApprovalRequestMutationVariables = Exact<{
  id: string | number;
  text: string;
}>;


export type CommentOnApprovalRequestMutation = { commentOnApprovalRequest: { id: string, status: ApprovalRequestStatus } };

export type ApprovalMetricsQueryVariables = Exact<{
  from: string;
  to: string;
  templateId?: string | number | null | undefined;
  rubberStampSeconds?: number | null | undefined;
}>;


export type ApprovalMetricsQuery = { approvalMetrics: Array<{ submitted: number, approved: number, rejected: number, withdrawn: number, revoked: number, returned: number, rejectionRate: number | null, returnRate: number | null, medianCycleHours: number | null, p90CycleHours: number | null, slaBreaches: number, rubberStamps: number, template: { id: string, name: string } | null, nodes: Array<{ nodeId: string, name: string | null, decided: number, rejected: number, returned: number, medianDecisionHours: number | null, p90DecisionHours: number | null, slaBreaches: number, rubberStamps: number }> }> };

export type AttendancePlaceFieldsFragment = { id: string, version: number, name: string, address: string | null, latitude: number, longitude: number, radiusMeters: number, wifiBssids: Array<string>, ipRanges: Array<string> };

export type AttendanceShiftFieldsFragment = { id: string, version: number, name: string, kind: ShiftKind, start: string, end: string, lateToleranceMinutes: number, earlyLeaveToleranceMinutes: number, punchOpensBeforeMinutes: number, punchClosesAfterMinutes: number, coreStart: string | null, coreEnd: string | null, requiredMinutes: number | null, breaks: Array<{ start: string, end: string }> };

export type AttendanceGroupFieldsFragment = { id: string, version: number, name: string, timeZone: string | null, departmentIds: Array<string>, personIds: Array<string>, excludedPersonIds: Array<string>, placeIds: Array<string>, offsiteAllowed: boolean, offsiteRequiresRemark: boolean, offsiteRequiresPhoto: boolean, offsiteNeedsApproval: boolean, keepCoordinates: boolean, coordinatesRetentionDays: number, offlineWindowMinutes: number, maxPunchesPerDay: number, monitoringNotice: string | null, noticeVersion: number, rostered: boolean, makeUpPerMonth: number, makeUpDeadlineDays: number, makeUpTypes: Array<MakeUpPunchType>, overtimeMode: OvertimeMode, overtimeMinimumMinutes: number, shift: { id: string, name: string, start: string, end: string } | null };

export type AttendancePlacesQueryVariables = Exact<{
  take: number;
  skip: number;
}>;


export type AttendancePlacesQuery = { attendancePlaces: { totalCount: number, items: Array<{ id: string, version: number, name: string, address: string | null, latitude: number, longitude: number, radiusMeters: number, wifiBssids: Array<string>, ipRanges: Array<string> }> } };

export type AttendancePlaceQueryVariables = Exact<{
  id: string | number;
}>;


export type AttendancePlaceQuery = { attendancePlace: { id: string, version: number, name: string, address: string | null, latitude: number, longitude: number, radiusMeters: number, wifiBssids: Array<string>, ipRanges: Array<string> } };

export type CreateAttendancePlaceMutationVariables = Exact<{
  input: AttendancePlaceInput;
}>;


export type CreateAttendancePlaceMutation = { createAttendancePlace: { id: string, version: number, name: string, address: string | null, latitude: number, longitude: number, radiusMeters: number, wifiBssids: Array<string>, ipRanges: Array<string> } };

export type UpdateAttendancePlaceMutationVariables = Exact<{
  id: string | number;
  input: AttendancePlaceInput;
  version?: number | null | undefined;
}>;


export type UpdateAttendancePlaceMutation = { updateAttendancePlace: { id: string, version: number, name: string, address: string | null, latitude: number, longitude: number, radiusMeters: number, wifiBssids: Array<string>, ipRanges: Array<string> } };

export type DeleteAttendancePlaceMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteAttendancePlaceMutation = { deleteAttendancePlace: boolean };

export type AttendanceShiftsQueryVariables = Exact<{
  take: number;
  skip: number;
}>;


export type AttendanceShiftsQuery = { attendanceShifts: { totalCount: number, items: Array<{ id: string, version: number, name: string, kind: ShiftKind, start: string, end: string, lateToleranceMinutes: number, earlyLeaveToleranceMinutes: number, punchOpensBeforeMinutes: number, punchClosesAfterMinutes: number, coreStart: string | null, coreEnd: string | null, requiredMinutes: number | null, breaks: Array<{ start: string, end: string }> }> } };

export type AttendanceShiftQueryVariables = Exact<{
  id: string | number;
}>;


export type AttendanceShiftQuery = { attendanceShift: { id: string, version: number, name: string, kind: ShiftKind, start: string, end: string, lateToleranceMinutes: number, earlyLeaveToleranceMinutes: number, punchOpensBeforeMinutes: number, punchClosesAfterMinutes: number, coreStart: string | null, coreEnd: string | null, requiredMinutes: number | null, breaks: Array<{ start: string, end: string }> } };

export type CreateAttendanceShiftMutationVariables = Exact<{
  input: AttendanceShiftInput;
}>;


export type CreateAttendanceShiftMutation = { createAttendanceShift: { id: string, version: number, name: string, kind: ShiftKind, start: string, end: string, lateToleranceMinutes: number, earlyLeaveToleranceMinutes: number, punchOpensBeforeMinutes: number, punchClosesAfterMinutes: number, coreStart: string | null, coreEnd: string | null, requiredMinutes: number | null, breaks: Array<{ start: string, end: string }> } };

export type UpdateAttendanceShiftMutationVariables = Exact<{
  id: string | number;
  input: AttendanceShiftInput;
  version?: number | null | undefined;
}>;


export type UpdateAttendanceShiftMutation = { updateAttendanceShift: { id: string, version: number, name: string, kind: ShiftKind, start: string, end: string, lateToleranceMinutes: number, earlyLeaveToleranceMinutes: number, punchOpensBeforeMinutes: number, punchClosesAfterMinutes: number, coreStart: string | null, coreEnd: string | null, requiredMinutes: number | null, breaks: Array<{ start: string, end: string }> } };

export type DeleteAttendanceShiftMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteAttendanceShiftMutation = { deleteAttendanceShift: boolean };

export type AttendanceGroupsQueryVariables = Exact<{
  take: number;
  skip: number;
}>;


export type AttendanceGroupsQuery = { attendanceGroups: { totalCount: number, items: Array<{ id: string, version: number, name: string, timeZone: string | null, departmentIds: Array<string>, personIds: Array<string>, excludedPersonIds: Array<string>, placeIds: Array<string>, offsiteAllowed: boolean, offsiteRequiresRemark: boolean, offsiteRequiresPhoto: boolean, offsiteNeedsApproval: boolean, keepCoordinates: boolean, coordinatesRetentionDays: number, offlineWindowMinutes: number, maxPunchesPerDay: number, monitoringNotice: string | null, noticeVersion: number, rostered: boolean, makeUpPerMonth: number, makeUpDeadlineDays: number, makeUpTypes: Array<MakeUpPunchType>, overtimeMode: OvertimeMode, overtimeMinimumMinutes: number, shift: { id: string, name: string, start: string, end: string } | null }> } };

export type AttendanceGroupQueryVariables = Exact<{
  id: string | number;
}>;


export type AttendanceGroupQuery = { attendanceGroup: { id: string, version: number, name: string, timeZone: string | null, departmentIds: Array<string>, personIds: Array<string>, excludedPersonIds: Array<string>, placeIds: Array<string>, offsiteAllowed: boolean, offsiteRequiresRemark: boolean, offsiteRequiresPhoto: boolean, offsiteNeedsApproval: boolean, keepCoordinates: boolean, coordinatesRetentionDays: number, offlineWindowMinutes: number, maxPunchesPerDay: number, monitoringNotice: string | null, noticeVersion: number, rostered: boolean, makeUpPerMonth: number, makeUpDeadlineDays: number, makeUpTypes: Array<MakeUpPunchType>, overtimeMode: OvertimeMode, overtimeMinimumMinutes: number, shift: { id: string, name: string, start: string, end: string } | null } };

export type CreateAttendanceGroupMutationVariables = Exact<{
  input: AttendanceGroupInput;
}>;


export type CreateAttendanceGroupMutation = { createAttendanceGroup: { id: string, version: number, name: string, timeZone: string | null, departmentIds: Array<string>, personIds: Array<string>, excludedPersonIds: Array<string>, placeIds: Array<string>, offsiteAllowed: boolean, offsiteRequiresRemark: boolean, offsiteRequiresPhoto: boolean, offsiteNeedsApproval: boolean, keepCoordinates: boolean, coordinatesRetentionDays: number, offlineWindowMinutes: number, maxPunchesPerDay: number, monitoringNotice: string | null, noticeVersion: number, rostered: boolean, makeUpPerMonth: number, makeUpDeadlineDays: number, makeUpTypes: Array<MakeUpPunchType>, overtimeMode: OvertimeMode, overtimeMinimumMinutes: number, shift: { id: string, name: string, start: string, end: string } | null } };

export type UpdateAttendanceGroupMutationVariables = Exact<{
  id: string | number;
  input: AttendanceGroupInput;
  version?: number | null | undefined;
}>;


export type UpdateAttendanceGroupMutation = { updateAttendanceGroup: { id: string, version: number, name: string, timeZone: string | null, departmentIds: Array<string>, personIds: Array<string>, excludedPersonIds: Array<string>, placeIds: Array<string>, offsiteAllowed: boolean, offsiteRequiresRemark: boolean, offsiteRequiresPhoto: boolean, offsiteNeedsApproval: boolean, keepCoordinates: boolean, coordinatesRetentionDays: number, offlineWindowMinutes: number, maxPunchesPerDay: number, monitoringNotice: string | null, noticeVersion: number, rostered: boolean, makeUpPerMonth: number, makeUpDeadlineDays: number, makeUpTypes: Array<MakeUpPunchType>, overtimeMode: OvertimeMode, overtimeMinimumMinutes: number, shift: { id: string, name: string, start: string, end: string } | null } };

export type DeleteAttendanceGroupMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteAttendanceGroupMutation = { deleteAttendanceGroup: boolean };

export type AttendancePunchesQueryVariables = Exact<{
  filter?: AttendancePunchFilter | null | undefined;
  take: number;
  skip: number;
}>;


export type AttendancePunchesQuery = { attendancePunches: { totalCount: number, items: Array<{ id: string, workDate: string, punchedAt: string, receivedAt: string, method: PunchMethod, distanceMeters: number | null, accuracyMeters: number | null, flags: Array<PunchFlag>, remark: string | null, person: { id: string, displayName: string } | null, place: { id: string, name: string } | null }> } };

export type AttendanceDaysQueryVariables = Exact<{
  filter?: AttendanceDayFilter | null | undefined;
  take: number;
  skip: number;
}>;


export type AttendanceDaysQuery = { attendanceDays: { totalCount: number, items: Array<{ id: string, workDate: string, status: AttendanceDayStatus, exceptions: Array<AttendanceDayException>, firstPunchAt: string | null, lastPunchAt: string | null, punchCount: number, lateMinutes: number, earlyLeaveMinutes: number, workedMinutes: number, shortMinutes: number, isWorkingDay: boolean, leaveTypeKey: string | null, leaveHalfDay: HalfDay | null, makeUpCount: number, person: { id: string, displayName: string } | null }> } };

export type RecomputeAttendanceDaysMutationVariables = Exact<{
  from: string;
  to: string;
  personIds?: Array<string | number> | string | number | null | undefined;
}>;


export type RecomputeAttendanceDaysMutation = { recomputeAttendanceDays: number };

export type AttendanceMonthFieldsFragment = { id: string, version: number, month: string, status: AttendanceMonthStatus, lockedAt: string | null, reopenedAt: string | null, reopenReason: string | null };

export type AttendanceMonthsQueryVariables = Exact<{
  year: number;
}>;


export type AttendanceMonthsQuery = { attendanceMonths: Array<{ id: string, version: number, month: string, status: AttendanceMonthStatus, lockedAt: string | null, reopenedAt: string | null, reopenReason: string | null }> };

export type LockAttendanceMonthMutationVariables = Exact<{
  month: string;
  version?: number | null | undefined;
}>;


export type LockAttendanceMonthMutation = { lockAttendanceMonth: { id: string, version: number, month: string, status: AttendanceMonthStatus, lockedAt: string | null, reopenedAt: string | null, reopenReason: string | null } };

export type ReopenAttendanceMonthMutationVariables = Exact<{
  month: string;
  reason: string;
  version?: number | null | undefined;
}>;


export type ReopenAttendanceMonthMutation = { reopenAttendanceMonth: { id: string, version: number, month: string, status: AttendanceMonthStatus, lockedAt: string | null, reopenedAt: string | null, reopenReason: string | null } };

export type AttendanceMonthlySummaryQueryVariables = Exact<{
  month: string;
  departmentId?: string | number | null | undefined;
  take: number;
  skip: number;
}>;


export type AttendanceMonthlySummaryQuery = { attendanceMonthlySummary: { totalCount: number, items: Array<{ workingDays: number, daysPresent: number, absentDays: number, lateCount: number, lateMinutes: number, earlyLeaveCount: number, earlyLeaveMinutes: number, missingPunches: number, offsiteDays: number, restDaysWorked: number, leaveDays: number, makeUpPunches: number, overtimeHours: number, workedHours: number, person: { id: string, displayName: string } | null, department: { id: string, name: string } | null }> } };

export type AttendanceMonthlyReportQueryVariables = Exact<{
  month: string;
  format: AttendanceReportFormat;
  departmentId?: string | number | null | undefined;
}>;


export type AttendanceMonthlyReportQuery = { attendanceMonthlyReport: { fileName: string, contentType: string, base64: string, rows: number } };

export type AttendanceRosterQueryVariables = Exact<{
  from: string;
  to: string;
  take: number;
  skip: number;
}>;


export type AttendanceRosterQuery = { attendanceRoster: { totalCount: number, items: Array<{ id: string, date: string, restDay: boolean, person: { id: string, displayName: string } | null, shift: { id: string, name: string } | null }> } };

export type SetAttendanceRosterMutationVariables = Exact<{
  entries: Array<AttendanceRosterEntryInput> | AttendanceRosterEntryInput;
}>;


export type SetAttendanceRosterMutation = { setAttendanceRoster: number };

export type ImportAttendanceRosterMutationVariables = Exact<{
  csv: string;
}>;


export type ImportAttendanceRosterMutation = { importAttendanceRoster: number };

export type AttendanceLeaveTypeFieldsFragment = { id: string, version: number, key: string, nameEn: string, nameZhHk: string, nameZhCn: string, paid: boolean, needsBalance: boolean, policy: LeavePolicy, active: boolean };

export type AttendanceLeaveTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type AttendanceLeaveTypesQuery = { attendanceLeaveTypes: Array<{ id: string, version: number, key: string, nameEn: string, nameZhHk: string, nameZhCn: string, paid: boolean, needsBalance: boolean, policy: LeavePolicy, active: boolean }> };

export type UpdateAttendanceLeaveTypeMutationVariables = Exact<{
  id: string | number;
  input: AttendanceLeaveTypeInput;
  version?: number | null | undefined;
}>;


export type UpdateAttendanceLeaveTypeMutation = { updateAttendanceLeaveType: { id: string, version: number, key: string, nameEn: string, nameZhHk: string, nameZhCn: string, paid: boolean, needsBalance: boolean, policy: LeavePolicy, active: boolean } };

export type AttendanceLeaveBalancesQueryVariables = Exact<{
  asOf?: string | null | undefined;
  personId?: string | number | null | undefined;
  departmentId?: string | number | null | undefined;
  take: number;
  skip: number;
}>;


export type AttendanceLeaveBalancesQuery = { attendanceLeaveBalances: { totalCount: number, items: Array<{ asOf: string, available: number, earned: number, used: number, expired: number, pending: number, person: { id: string, displayName: string } | null, leaveType: { id: string, version: number, key: string, nameEn: string, nameZhHk: string, nameZhCn: string, paid: boolean, needsBalance: boolean, policy: LeavePolicy, active: boolean } | null }> } };

export type AttendanceLeaveEntryFieldsFragment = { id: string, kind: LeaveEntryKind, fromAccount: LeaveAccount, toAccount: LeaveAccount, days: number, effectiveOn: string, note: string | null, person: { id: string, displayName: string } | null, leaveType: { id: string, version: number, key: string, nameEn: string, nameZhHk: string, nameZhCn: string, paid: boolean, needsBalance: boolean, policy: LeavePolicy, active: boolean } | null };

export type AttendanceLeaveEntriesQueryVariables = Exact<{
  personId?: string | number | null | undefined;
  leaveTypeId?: string | number | null | undefined;
  take: number;
  skip: number;
}>;


export type AttendanceLeaveEntriesQuery = { attendanceLeaveEntries: { totalCount: number, items: Array<{ id: string, kind: LeaveEntryKind, fromAccount: LeaveAccount, toAccount: LeaveAccount, days: number, effectiveOn: string, note: string | null, person: { id: string, displayName: string } | null, leaveType: { id: string, version: number, key: string, nameEn: string, nameZhHk: string, nameZhCn: string, paid: boolean, needsBalance: boolean, policy: LeavePolicy, active: boolean } | null }> } };

export type AdjustAttendanceLeaveMutationVariables = Exact<{
  input: AttendanceLeaveAdjustmentInput;
}>;


export type AdjustAttendanceLeaveMutation = { adjustAttendanceLeave: { id: string, kind: LeaveEntryKind, fromAccount: LeaveAccount, toAccount: LeaveAccount, days: number, effectiveOn: string, note: string | null, person: { id: string, displayName: string } | null, leaveType: { id: string, version: number, key: string, nameEn: string, nameZhHk: string, nameZhCn: string, paid: boolean, needsBalance: boolean, policy: LeavePolicy, active: boolean } | null } };

export type AttendanceRequestsQueryVariables = Exact<{
  filter?: AttendanceRequestFilter | null | undefined;
  take: number;
  skip: number;
}>;


export type AttendanceRequestsQuery = { attendanceRequests: { totalCount: number, items: Array<{ id: string, kind: AttendanceRequestKind, status: AttendanceRequestStatus, startDate: string, endDate: string, halfDay: HalfDay | null, days: number | null, punchType: MakeUpPunchType | null, punchedAt: string | null, overtimeStart: string | null, overtimeEnd: string | null, compensation: OvertimeCompensation | null, reason: string | null, approvalRequestId: string | null, decidedAt: string | null, person: { id: string, displayName: string } | null, leaveType: { id: string, version: number, key: string, nameEn: string, nameZhHk: string, nameZhCn: string, paid: boolean, needsBalance: boolean, policy: LeavePolicy, active: boolean } | null }> } };

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

export type MessagingPolicyFieldsFragment = { readReceipts: boolean, editWindowMinutes: number, recallWindowMinutes: number, departmentGroups: boolean, departmentGroupsIncludeSubdepartments: boolean, retentionDays: number | null, dingSmsAfterMinutes: number };

export type MessagingPolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type MessagingPolicyQuery = { messagingPolicy: { readReceipts: boolean, editWindowMinutes: number, recallWindowMinutes: number, departmentGroups: boolean, departmentGroupsIncludeSubdepartments: boolean, retentionDays: number | null, dingSmsAfterMinutes: number } };

export type ChangeMessagingPolicyMutationVariables = Exact<{
  input: ChangeMessagingPolicyInput;
}>;


export type ChangeMessagingPolicyMutation = { changeMessagingPolicy: { readReceipts: boolean, editWindowMinutes: number, recallWindowMinutes: number, departmentGroups: boolean, departmentGroupsIncludeSubdepartments: boolean, retentionDays: number | null, dingSmsAfterMinutes: number } };

export type ConversationOverviewFieldsFragment = { id: string, kind: ConversationKind, title: string | null, memberCount: number, lastSeq: number, lastMessageAt: string | null, archivedAt: string | null, createdAt: string, underLegalHold: boolean | null, department: { id: string, name: string } | null };

export type ModeratedConversationsQueryVariables = Exact<{
  filter?: ModeratedConversationFilter | null | undefined;
  take: number;
  skip: number;
}>;


export type ModeratedConversationsQuery = { moderatedConversations: { totalCount: number, items: Array<{ id: string, kind: ConversationKind, title: string | null, memberCount: number, lastSeq: number, lastMessageAt: string | null, archivedAt: string | null, createdAt: string, underLegalHold: boolean | null, department: { id: string, name: string } | null }> } };

export type ModeratedConversationQueryVariables = Exact<{
  id: string | number;
}>;


export type ModeratedConversationQuery = { moderatedConversation: { id: string, kind: ConversationKind, title: string | null, memberCount: number, lastSeq: number, lastMessageAt: string | null, archivedAt: string | null, createdAt: string, underLegalHold: boolean | null, department: { id: string, name: string } | null } };

export type ModeratedConversationMembersQueryVariables = Exact<{
  id: string | number;
  take: number;
  skip: number;
}>;


export type ModeratedConversationMembersQuery = { moderatedConversation: { id: string, members: { totalCount: number, items: Array<{ role: ConversationRole, joinedAt: string, person: { id: string, displayName: string } | null }> } } };

export type ModeratedMessagesMutationVariables = Exact<{
  conversationId: string | number;
  before?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type ModeratedMessagesMutation = { moderatedMessages: { hasMoreBefore: boolean, items: Array<{ id: string, seq: number, kind: MessageKind, body: string | null, createdAt: string, editedAt: string | null, recalledAt: string | null, sender: { id: string, displayName: string } | null, location: { address: string | null } | null }> } };

export type RemoveMessageAsModeratorMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RemoveMessageAsModeratorMutation = { removeMessageAsModerator: { id: string, seq: number, recalledAt: string | null } };

export type SetConversationRoleAsModeratorMutationVariables = Exact<{
  conversationId: string | number;
  personId: string | number;
  role: ConversationRole;
}>;


export type SetConversationRoleAsModeratorMutation = { setConversationRoleAsModerator: { id: string, kind: ConversationKind, title: string | null, memberCount: number, lastSeq: number, lastMessageAt: string | null, archivedAt: string | null, createdAt: string, underLegalHold: boolean | null, department: { id: string, name: string } | null } };

export type ExportConversationMutationVariables = Exact<{
  conversationId: string | number;
  format: ConversationExportFormat;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type ExportConversationMutation = { exportConversation: { fileName: string, contentType: string, base64: string, messages: number, basis: ConversationExportBasis } };

export type LegalHoldFieldsFragment = { id: string, reason: string, createdAt: string, releasedAt: string | null, custodian: { id: string, displayName: string } | null, placedBy: { id: string, displayName: string } | null, releasedBy: { id: string, displayName: string } | null, conversation: { id: string, kind: ConversationKind, title: string | null } | null };

export type LegalHoldsQueryVariables = Exact<{
  active?: boolean | null | undefined;
  skip: number;
}>;


export type LegalHoldsQuery = { legalHolds: { totalCount: number, items: Array<{ id: string, reason: string, createdAt: string, releasedAt: string | null, conversations: { totalCount: number, items: Array<{ id: string, kind: ConversationKind, title: string | null, memberCount: number, lastMessageAt: string | null, archivedAt: string | null, members: { items: Array<{ person: { id: string, displayName: string } | null }> } }> }, custodian: { id: string, displayName: string } | null, placedBy: { id: string, displayName: string } | null, releasedBy: { id: string, displayName: string } | null, conversation: { id: string, kind: ConversationKind, title: string | null } | null }> } };

export type PlaceLegalHoldMutationVariables = Exact<{
  input: PlaceLegalHoldInput;
}>;


export type PlaceLegalHoldMutation = { placeLegalHold: { id: string, reason: string, createdAt: string, releasedAt: string | null, custodian: { id: string, displayName: string } | null, placedBy: { id: string, displayName: string } | null, releasedBy: { id: string, displayName: string } | null, conversation: { id: string, kind: ConversationKind, title: string | null } | null } };

export type ReleaseLegalHoldMutationVariables = Exact<{
  id: string | number;
}>;


export type ReleaseLegalHoldMutation = { releaseLegalHold: { id: string, reason: string, createdAt: string, releasedAt: string | null, custodian: { id: string, displayName: string } | null, placedBy: { id: string, displayName: string } | null, releasedBy: { id: string, displayName: string } | null, conversation: { id: string, kind: ConversationKind, title: string | null } | null } };

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

export type MakeUpWorkdayFieldsFragment = { id: string, date: string, name: string | null, intervals: Array<{ start: string, end: string }> };

export type WeeklyHoursFieldsFragment = { id: string, timeZone: string, weeklyHours: Array<{ weekday: number, intervals: Array<{ start: string, end: string }> }> };

export type WorkingCalendarQueryVariables = Exact<{
  year: number;
}>;


export type WorkingCalendarQuery = { workingCalendar: { referenceYears: Array<number>, id: string, timeZone: string, holidays: Array<{ id: string, date: string, name: string, nameEn: string | null, nameZhHk: string | null, nameZhCn: string | null, isGeneralHoliday: boolean, isStatutoryHoliday: boolean, source: HolidaySource }>, makeUpWorkdays: Array<{ id: string, date: string, name: string | null, intervals: Array<{ start: string, end: string }> }>, weeklyHours: Array<{ weekday: number, intervals: Array<{ start: string, end: string }> }> } };

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

export type AddMakeUpWorkdayMutationVariables = Exact<{
  input: MakeUpWorkdayInput;
}>;


export type AddMakeUpWorkdayMutation = { addMakeUpWorkday: { id: string, date: string, name: string | null, intervals: Array<{ start: string, end: string }> } };

export type RemoveMakeUpWorkdayMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveMakeUpWorkdayMutation = { removeMakeUpWorkday: boolean };

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
export const ApprovalFormFieldPartsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"ApprovalFormFieldParts"}) as unknown as TypedDocumentString<ApprovalFormFieldPartsFragment, unknown>;
export const ApprovalFormPartsFragmentDoc = new TypedDocumentString(`
    fragment ApprovalFormParts on FormField {
  ...ApprovalFormFieldParts
  columns {
    ...ApprovalFormFieldParts
  }
}
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
}`, {"fragmentName":"ApprovalFormParts"}) as unknown as TypedDocumentString<ApprovalFormPartsFragment, unknown>;
export const ApprovalTemplateSummaryFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"ApprovalTemplateSummary"}) as unknown as TypedDocumentString<ApprovalTemplateSummaryFragment, unknown>;
export const ApprovalRoutePartsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"ApprovalRouteParts"}) as unknown as TypedDocumentString<ApprovalRoutePartsFragment, unknown>;
export const ApprovalRequestSummaryFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"ApprovalRequestSummary"}) as unknown as TypedDocumentString<ApprovalRequestSummaryFragment, unknown>;
export const AttendancePlaceFieldsFragmentDoc = new TypedDocumentString(`
    fragment AttendancePlaceFields on AttendancePlace {
  id
  version
  name
  address
  latitude
  longitude
  radiusMeters
  wifiBssids
  ipRanges
}
    `, {"fragmentName":"AttendancePlaceFields"}) as unknown as TypedDocumentString<AttendancePlaceFieldsFragment, unknown>;
export const AttendanceShiftFieldsFragmentDoc = new TypedDocumentString(`
    fragment AttendanceShiftFields on AttendanceShift {
  id
  version
  name
  kind
  start
  end
  lateToleranceMinutes
  earlyLeaveToleranceMinutes
  punchOpensBeforeMinutes
  punchClosesAfterMinutes
  breaks {
    start
    end
  }
  coreStart
  coreEnd
  requiredMinutes
}
    `, {"fragmentName":"AttendanceShiftFields"}) as unknown as TypedDocumentString<AttendanceShiftFieldsFragment, unknown>;
export const AttendanceGroupFieldsFragmentDoc = new TypedDocumentString(`
    fragment AttendanceGroupFields on AttendanceGroup {
  id
  version
  name
  timeZone
  departmentIds
  personIds
  excludedPersonIds
  placeIds
  shift {
    id
    name
    start
    end
  }
  offsiteAllowed
  offsiteRequiresRemark
  offsiteRequiresPhoto
  offsiteNeedsApproval
  keepCoordinates
  coordinatesRetentionDays
  offlineWindowMinutes
  maxPunchesPerDay
  monitoringNotice
  noticeVersion
  rostered
  makeUpPerMonth
  makeUpDeadlineDays
  makeUpTypes
  overtimeMode
  overtimeMinimumMinutes
}
    `, {"fragmentName":"AttendanceGroupFields"}) as unknown as TypedDocumentString<AttendanceGroupFieldsFragment, unknown>;
export const AttendanceMonthFieldsFragmentDoc = new TypedDocumentString(`
    fragment AttendanceMonthFields on AttendanceMonth {
  id
  version
  month
  status
  lockedAt
  reopenedAt
  reopenReason
}
    `, {"fragmentName":"AttendanceMonthFields"}) as unknown as TypedDocumentString<AttendanceMonthFieldsFragment, unknown>;
export const AttendanceLeaveTypeFieldsFragmentDoc = new TypedDocumentString(`
    fragment AttendanceLeaveTypeFields on AttendanceLeaveType {
  id
  version
  key
  nameEn
  nameZhHk
  nameZhCn
  paid
  needsBalance
  policy
  active
}
    `, {"fragmentName":"AttendanceLeaveTypeFields"}) as unknown as TypedDocumentString<AttendanceLeaveTypeFieldsFragment, unknown>;
export const AttendanceLeaveEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment AttendanceLeaveEntryFields on AttendanceLeaveEntry {
  id
  kind
  fromAccount
  toAccount
  days
  effectiveOn
  note
  person {
    id
    displayName
  }
  leaveType {
    ...AttendanceLeaveTypeFields
  }
}
    fragment AttendanceLeaveTypeFields on AttendanceLeaveType {
  id
  version
  key
  nameEn
  nameZhHk
  nameZhCn
  paid
  needsBalance
  policy
  active
}`, {"fragmentName":"AttendanceLeaveEntryFields"}) as unknown as TypedDocumentString<AttendanceLeaveEntryFieldsFragment, unknown>;
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
export const MessagingPolicyFieldsFragmentDoc = new TypedDocumentString(`
    fragment MessagingPolicyFields on MessagingPolicy {
  readReceipts
  editWindowMinutes
  recallWindowMinutes
  departmentGroups
  departmentGroupsIncludeSubdepartments
  retentionDays
  dingSmsAfterMinutes
}
    `, {"fragmentName":"MessagingPolicyFields"}) as unknown as TypedDocumentString<MessagingPolicyFieldsFragment, unknown>;
export const ConversationOverviewFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConversationOverviewFields on ConversationOverview {
  id
  kind
  title
  memberCount
  lastSeq
  lastMessageAt
  archivedAt
  createdAt
  underLegalHold
  department {
    id
    name
  }
}
    `, {"fragmentName":"ConversationOverviewFields"}) as unknown as TypedDocumentString<ConversationOverviewFieldsFragment, unknown>;
export const LegalHoldFieldsFragmentDoc = new TypedDocumentString(`
    fragment LegalHoldFields on LegalHold {
  id
  reason
  createdAt
  releasedAt
  custodian {
    id
    displayName
  }
  placedBy {
    id
    displayName
  }
  releasedBy {
    id
    displayName
  }
  conversation {
    id
    kind
    title
  }
}
    `, {"fragmentName":"LegalHoldFields"}) as unknown as TypedDocumentString<LegalHoldFieldsFragment, unknown>;
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
export const MakeUpWorkdayFieldsFragmentDoc = new TypedDocumentString(`
    fragment MakeUpWorkdayFields on MakeUpWorkday {
  id
  date
  name
  intervals {
    start
    end
  }
}
    `, {"fragmentName":"MakeUpWorkdayFields"}) as unknown as TypedDocumentString<MakeUpWorkdayFieldsFragment, unknown>;
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
export const DashboardApprovalsDocument = new TypedDocumentString(`
    query DashboardApprovals($from: DateTimeISO!, $to: DateTimeISO!) {
  approvalMetrics(from: $from, to: $to) {
    submitted
    approved
    rejected
  }
}
    `) as unknown as TypedDocumentString<DashboardApprovalsQuery, DashboardApprovalsQueryVariables>;
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
export const ApprovalTemplatesDocument = new TypedDocumentString(`
    query ApprovalTemplates($filter: ApprovalTemplateFilter, $take: Int!, $skip: Int!) {
  approvalTemplates(filter: $filter, take: $take, skip: $skip) {
    totalCount
    items {
      ...ApprovalTemplateSummary
    }
  }
}
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
}`) as unknown as TypedDocumentString<ApprovalTemplatesQuery, ApprovalTemplatesQueryVariables>;
export const ApprovalTemplateDocument = new TypedDocumentString(`
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
fragment ApprovalFormParts on FormField {
  ...ApprovalFormFieldParts
  columns {
    ...ApprovalFormFieldParts
  }
}
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
}`) as unknown as TypedDocumentString<ApprovalTemplateQuery, ApprovalTemplateQueryVariables>;
export const ApprovalTemplateToSubmitDocument = new TypedDocumentString(`
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
fragment ApprovalFormParts on FormField {
  ...ApprovalFormFieldParts
  columns {
    ...ApprovalFormFieldParts
  }
}`) as unknown as TypedDocumentString<ApprovalTemplateToSubmitQuery, ApprovalTemplateToSubmitQueryVariables>;
export const CreateApprovalTemplateDocument = new TypedDocumentString(`
    mutation CreateApprovalTemplate($input: CreateApprovalTemplateInput!) {
  createApprovalTemplate(input: $input) {
    ...ApprovalTemplateSummary
  }
}
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
}`) as unknown as TypedDocumentString<CreateApprovalTemplateMutation, CreateApprovalTemplateMutationVariables>;
export const UpdateApprovalTemplateDocument = new TypedDocumentString(`
    mutation UpdateApprovalTemplate($id: ID!, $input: UpdateApprovalTemplateInput!, $version: Int) {
  updateApprovalTemplate(id: $id, input: $input, version: $version) {
    ...ApprovalTemplateSummary
  }
}
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
}`) as unknown as TypedDocumentString<UpdateApprovalTemplateMutation, UpdateApprovalTemplateMutationVariables>;
export const PublishApprovalTemplateDocument = new TypedDocumentString(`
    mutation PublishApprovalTemplate($id: ID!, $version: Int) {
  publishApprovalTemplate(id: $id, version: $version) {
    ...ApprovalTemplateSummary
  }
}
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
}`) as unknown as TypedDocumentString<PublishApprovalTemplateMutation, PublishApprovalTemplateMutationVariables>;
export const DisableApprovalTemplateDocument = new TypedDocumentString(`
    mutation DisableApprovalTemplate($id: ID!, $version: Int) {
  disableApprovalTemplate(id: $id, version: $version) {
    ...ApprovalTemplateSummary
  }
}
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
}`) as unknown as TypedDocumentString<DisableApprovalTemplateMutation, DisableApprovalTemplateMutationVariables>;
export const EnableApprovalTemplateDocument = new TypedDocumentString(`
    mutation EnableApprovalTemplate($id: ID!, $version: Int) {
  enableApprovalTemplate(id: $id, version: $version) {
    ...ApprovalTemplateSummary
  }
}
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
}`) as unknown as TypedDocumentString<EnableApprovalTemplateMutation, EnableApprovalTemplateMutationVariables>;
export const CopyApprovalTemplateDocument = new TypedDocumentString(`
    mutation CopyApprovalTemplate($id: ID!) {
  copyApprovalTemplate(id: $id) {
    ...ApprovalTemplateSummary
  }
}
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
}`) as unknown as TypedDocumentString<CopyApprovalTemplateMutation, CopyApprovalTemplateMutationVariables>;
export const DeleteApprovalTemplateDocument = new TypedDocumentString(`
    mutation DeleteApprovalTemplate($id: ID!) {
  deleteApprovalTemplate(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteApprovalTemplateMutation, DeleteApprovalTemplateMutationVariables>;
export const PreviewApprovalRouteDocument = new TypedDocumentString(`
    query PreviewApprovalRoute($input: SubmitApprovalRequestInput!) {
  previewApprovalRoute(input: $input) {
    ...ApprovalRouteParts
  }
}
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
}`) as unknown as TypedDocumentString<PreviewApprovalRouteQuery, PreviewApprovalRouteQueryVariables>;
export const ApprovalRequestsDocument = new TypedDocumentString(`
    query ApprovalRequests($filter: ApprovalRequestFilter, $take: Int!, $skip: Int!) {
  approvalRequests(filter: $filter, take: $take, skip: $skip) {
    totalCount
    items {
      ...ApprovalRequestSummary
    }
  }
}
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
}`) as unknown as TypedDocumentString<ApprovalRequestsQuery, ApprovalRequestsQueryVariables>;
export const MyApprovalRequestsDocument = new TypedDocumentString(`
    query MyApprovalRequests($filter: ApprovalRequestFilter, $take: Int!, $skip: Int!) {
  myApprovalRequests(filter: $filter, take: $take, skip: $skip) {
    totalCount
    items {
      ...ApprovalRequestSummary
    }
  }
}
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
}`) as unknown as TypedDocumentString<MyApprovalRequestsQuery, MyApprovalRequestsQueryVariables>;
export const ApprovalRequestsCopiedToMeDocument = new TypedDocumentString(`
    query ApprovalRequestsCopiedToMe($filter: ApprovalRequestFilter, $take: Int!, $skip: Int!) {
  approvalRequestsCopiedToMe(filter: $filter, take: $take, skip: $skip) {
    totalCount
    items {
      ...ApprovalRequestSummary
    }
  }
}
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
}`) as unknown as TypedDocumentString<ApprovalRequestsCopiedToMeQuery, ApprovalRequestsCopiedToMeQueryVariables>;
export const ApprovalRequestDocument = new TypedDocumentString(`
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
fragment ApprovalFormParts on FormField {
  ...ApprovalFormFieldParts
  columns {
    ...ApprovalFormFieldParts
  }
}
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
}`) as unknown as TypedDocumentString<ApprovalRequestQuery, ApprovalRequestQueryVariables>;
export const MyApprovalTasksDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<MyApprovalTasksQuery, MyApprovalTasksQueryVariables>;
export const SubmitApprovalRequestDocument = new TypedDocumentString(`
    mutation SubmitApprovalRequest($input: SubmitApprovalRequestInput!) {
  submitApprovalRequest(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SubmitApprovalRequestMutation, SubmitApprovalRequestMutationVariables>;
export const ApproveApprovalTaskDocument = new TypedDocumentString(`
    mutation ApproveApprovalTask($id: ID!, $input: ApproveApprovalTaskInput, $version: Int) {
  approveApprovalTask(id: $id, input: $input, version: $version) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ApproveApprovalTaskMutation, ApproveApprovalTaskMutationVariables>;
export const ApproveApprovalTasksDocument = new TypedDocumentString(`
    mutation ApproveApprovalTasks($ids: [ID!]!, $comment: String) {
  approveApprovalTasks(ids: $ids, comment: $comment) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ApproveApprovalTasksMutation, ApproveApprovalTasksMutationVariables>;
export const RejectApprovalTaskDocument = new TypedDocumentString(`
    mutation RejectApprovalTask($id: ID!, $reason: String!, $version: Int) {
  rejectApprovalTask(id: $id, reason: $reason, version: $version) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RejectApprovalTaskMutation, RejectApprovalTaskMutationVariables>;
export const ReturnApprovalTaskDocument = new TypedDocumentString(`
    mutation ReturnApprovalTask($id: ID!, $reason: String!, $toNodeId: String, $version: Int) {
  returnApprovalTask(
    id: $id
    reason: $reason
    toNodeId: $toNodeId
    version: $version
  ) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ReturnApprovalTaskMutation, ReturnApprovalTaskMutationVariables>;
export const TransferApprovalTaskDocument = new TypedDocumentString(`
    mutation TransferApprovalTask($id: ID!, $toPersonId: ID!, $comment: String, $version: Int) {
  transferApprovalTask(
    id: $id
    toPersonId: $toPersonId
    comment: $comment
    version: $version
  ) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<TransferApprovalTaskMutation, TransferApprovalTaskMutationVariables>;
export const AddApprovalSignerDocument = new TypedDocumentString(`
    mutation AddApprovalSigner($id: ID!, $personId: ID!, $position: ApprovalSignerPosition!, $comment: String, $version: Int) {
  addApprovalSigner(
    id: $id
    personId: $personId
    position: $position
    comment: $comment
    version: $version
  ) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<AddApprovalSignerMutation, AddApprovalSignerMutationVariables>;
export const WithdrawApprovalRequestDocument = new TypedDocumentString(`
    mutation WithdrawApprovalRequest($id: ID!, $reason: String, $version: Int) {
  withdrawApprovalRequest(id: $id, reason: $reason, version: $version) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<WithdrawApprovalRequestMutation, WithdrawApprovalRequestMutationVariables>;
export const RevokeApprovalRequestDocument = new TypedDocumentString(`
    mutation RevokeApprovalRequest($id: ID!, $reason: String!, $version: Int) {
  revokeApprovalRequest(id: $id, reason: $reason, version: $version) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RevokeApprovalRequestMutation, RevokeApprovalRequestMutationVariables>;
export const ResubmitApprovalRequestDocument = new TypedDocumentString(`
    mutation ResubmitApprovalRequest($id: ID!, $input: ResubmitApprovalRequestInput!, $version: Int) {
  resubmitApprovalRequest(id: $id, input: $input, version: $version) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ResubmitApprovalRequestMutation, ResubmitApprovalRequestMutationVariables>;
export const RemindApprovalRequestDocument = new TypedDocumentString(`
    mutation RemindApprovalRequest($id: ID!) {
  remindApprovalRequest(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RemindApprovalRequestMutation, RemindApprovalRequestMutationVariables>;
export const CommentOnApprovalRequestDocument = new TypedDocumentString(`
    mutation CommentOnApprovalRequest($id: ID!, $text: String!) {
  commentOnApprovalRequest(id: $id, text: $text) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CommentOnApprovalRequestMutation, CommentOnApprovalRequestMutationVariables>;
export const ApprovalMetricsDocument = new TypedDocumentString(`
    query ApprovalMetrics($from: DateTimeISO!, $to: DateTimeISO!, $templateId: ID, $rubberStampSeconds: Int) {
  approvalMetrics(
    from: $from
    to: $to
    templateId: $templateId
    rubberStampSeconds: $rubberStampSeconds
  ) {
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
    `) as unknown as TypedDocumentString<ApprovalMetricsQuery, ApprovalMetricsQueryVariables>;
export const AttendancePlacesDocument = new TypedDocumentString(`
    query AttendancePlaces($take: Int!, $skip: Int!) {
  attendancePlaces(take: $take, skip: $skip) {
    totalCount
    items {
      ...AttendancePlaceFields
    }
  }
}
    fragment AttendancePlaceFields on AttendancePlace {
  id
  version
  name
  address
  latitude
  longitude
  radiusMeters
  wifiBssids
  ipRanges
}`) as unknown as TypedDocumentString<AttendancePlacesQuery, AttendancePlacesQueryVariables>;
export const AttendancePlaceDocument = new TypedDocumentString(`
    query AttendancePlace($id: ID!) {
  attendancePlace(id: $id) {
    ...AttendancePlaceFields
  }
}
    fragment AttendancePlaceFields on AttendancePlace {
  id
  version
  name
  address
  latitude
  longitude
  radiusMeters
  wifiBssids
  ipRanges
}`) as unknown as TypedDocumentString<AttendancePlaceQuery, AttendancePlaceQueryVariables>;
export const CreateAttendancePlaceDocument = new TypedDocumentString(`
    mutation CreateAttendancePlace($input: AttendancePlaceInput!) {
  createAttendancePlace(input: $input) {
    ...AttendancePlaceFields
  }
}
    fragment AttendancePlaceFields on AttendancePlace {
  id
  version
  name
  address
  latitude
  longitude
  radiusMeters
  wifiBssids
  ipRanges
}`) as unknown as TypedDocumentString<CreateAttendancePlaceMutation, CreateAttendancePlaceMutationVariables>;
export const UpdateAttendancePlaceDocument = new TypedDocumentString(`
    mutation UpdateAttendancePlace($id: ID!, $input: AttendancePlaceInput!, $version: Int) {
  updateAttendancePlace(id: $id, input: $input, version: $version) {
    ...AttendancePlaceFields
  }
}
    fragment AttendancePlaceFields on AttendancePlace {
  id
  version
  name
  address
  latitude
  longitude
  radiusMeters
  wifiBssids
  ipRanges
}`) as unknown as TypedDocumentString<UpdateAttendancePlaceMutation, UpdateAttendancePlaceMutationVariables>;
export const DeleteAttendancePlaceDocument = new TypedDocumentString(`
    mutation DeleteAttendancePlace($id: ID!) {
  deleteAttendancePlace(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteAttendancePlaceMutation, DeleteAttendancePlaceMutationVariables>;
export const AttendanceShiftsDocument = new TypedDocumentString(`
    query AttendanceShifts($take: Int!, $skip: Int!) {
  attendanceShifts(take: $take, skip: $skip) {
    totalCount
    items {
      ...AttendanceShiftFields
    }
  }
}
    fragment AttendanceShiftFields on AttendanceShift {
  id
  version
  name
  kind
  start
  end
  lateToleranceMinutes
  earlyLeaveToleranceMinutes
  punchOpensBeforeMinutes
  punchClosesAfterMinutes
  breaks {
    start
    end
  }
  coreStart
  coreEnd
  requiredMinutes
}`) as unknown as TypedDocumentString<AttendanceShiftsQuery, AttendanceShiftsQueryVariables>;
export const AttendanceShiftDocument = new TypedDocumentString(`
    query AttendanceShift($id: ID!) {
  attendanceShift(id: $id) {
    ...AttendanceShiftFields
  }
}
    fragment AttendanceShiftFields on AttendanceShift {
  id
  version
  name
  kind
  start
  end
  lateToleranceMinutes
  earlyLeaveToleranceMinutes
  punchOpensBeforeMinutes
  punchClosesAfterMinutes
  breaks {
    start
    end
  }
  coreStart
  coreEnd
  requiredMinutes
}`) as unknown as TypedDocumentString<AttendanceShiftQuery, AttendanceShiftQueryVariables>;
export const CreateAttendanceShiftDocument = new TypedDocumentString(`
    mutation CreateAttendanceShift($input: AttendanceShiftInput!) {
  createAttendanceShift(input: $input) {
    ...AttendanceShiftFields
  }
}
    fragment AttendanceShiftFields on AttendanceShift {
  id
  version
  name
  kind
  start
  end
  lateToleranceMinutes
  earlyLeaveToleranceMinutes
  punchOpensBeforeMinutes
  punchClosesAfterMinutes
  breaks {
    start
    end
  }
  coreStart
  coreEnd
  requiredMinutes
}`) as unknown as TypedDocumentString<CreateAttendanceShiftMutation, CreateAttendanceShiftMutationVariables>;
export const UpdateAttendanceShiftDocument = new TypedDocumentString(`
    mutation UpdateAttendanceShift($id: ID!, $input: AttendanceShiftInput!, $version: Int) {
  updateAttendanceShift(id: $id, input: $input, version: $version) {
    ...AttendanceShiftFields
  }
}
    fragment AttendanceShiftFields on AttendanceShift {
  id
  version
  name
  kind
  start
  end
  lateToleranceMinutes
  earlyLeaveToleranceMinutes
  punchOpensBeforeMinutes
  punchClosesAfterMinutes
  breaks {
    start
    end
  }
  coreStart
  coreEnd
  requiredMinutes
}`) as unknown as TypedDocumentString<UpdateAttendanceShiftMutation, UpdateAttendanceShiftMutationVariables>;
export const DeleteAttendanceShiftDocument = new TypedDocumentString(`
    mutation DeleteAttendanceShift($id: ID!) {
  deleteAttendanceShift(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteAttendanceShiftMutation, DeleteAttendanceShiftMutationVariables>;
export const AttendanceGroupsDocument = new TypedDocumentString(`
    query AttendanceGroups($take: Int!, $skip: Int!) {
  attendanceGroups(take: $take, skip: $skip) {
    totalCount
    items {
      ...AttendanceGroupFields
    }
  }
}
    fragment AttendanceGroupFields on AttendanceGroup {
  id
  version
  name
  timeZone
  departmentIds
  personIds
  excludedPersonIds
  placeIds
  shift {
    id
    name
    start
    end
  }
  offsiteAllowed
  offsiteRequiresRemark
  offsiteRequiresPhoto
  offsiteNeedsApproval
  keepCoordinates
  coordinatesRetentionDays
  offlineWindowMinutes
  maxPunchesPerDay
  monitoringNotice
  noticeVersion
  rostered
  makeUpPerMonth
  makeUpDeadlineDays
  makeUpTypes
  overtimeMode
  overtimeMinimumMinutes
}`) as unknown as TypedDocumentString<AttendanceGroupsQuery, AttendanceGroupsQueryVariables>;
export const AttendanceGroupDocument = new TypedDocumentString(`
    query AttendanceGroup($id: ID!) {
  attendanceGroup(id: $id) {
    ...AttendanceGroupFields
  }
}
    fragment AttendanceGroupFields on AttendanceGroup {
  id
  version
  name
  timeZone
  departmentIds
  personIds
  excludedPersonIds
  placeIds
  shift {
    id
    name
    start
    end
  }
  offsiteAllowed
  offsiteRequiresRemark
  offsiteRequiresPhoto
  offsiteNeedsApproval
  keepCoordinates
  coordinatesRetentionDays
  offlineWindowMinutes
  maxPunchesPerDay
  monitoringNotice
  noticeVersion
  rostered
  makeUpPerMonth
  makeUpDeadlineDays
  makeUpTypes
  overtimeMode
  overtimeMinimumMinutes
}`) as unknown as TypedDocumentString<AttendanceGroupQuery, AttendanceGroupQueryVariables>;
export const CreateAttendanceGroupDocument = new TypedDocumentString(`
    mutation CreateAttendanceGroup($input: AttendanceGroupInput!) {
  createAttendanceGroup(input: $input) {
    ...AttendanceGroupFields
  }
}
    fragment AttendanceGroupFields on AttendanceGroup {
  id
  version
  name
  timeZone
  departmentIds
  personIds
  excludedPersonIds
  placeIds
  shift {
    id
    name
    start
    end
  }
  offsiteAllowed
  offsiteRequiresRemark
  offsiteRequiresPhoto
  offsiteNeedsApproval
  keepCoordinates
  coordinatesRetentionDays
  offlineWindowMinutes
  maxPunchesPerDay
  monitoringNotice
  noticeVersion
  rostered
  makeUpPerMonth
  makeUpDeadlineDays
  makeUpTypes
  overtimeMode
  overtimeMinimumMinutes
}`) as unknown as TypedDocumentString<CreateAttendanceGroupMutation, CreateAttendanceGroupMutationVariables>;
export const UpdateAttendanceGroupDocument = new TypedDocumentString(`
    mutation UpdateAttendanceGroup($id: ID!, $input: AttendanceGroupInput!, $version: Int) {
  updateAttendanceGroup(id: $id, input: $input, version: $version) {
    ...AttendanceGroupFields
  }
}
    fragment AttendanceGroupFields on AttendanceGroup {
  id
  version
  name
  timeZone
  departmentIds
  personIds
  excludedPersonIds
  placeIds
  shift {
    id
    name
    start
    end
  }
  offsiteAllowed
  offsiteRequiresRemark
  offsiteRequiresPhoto
  offsiteNeedsApproval
  keepCoordinates
  coordinatesRetentionDays
  offlineWindowMinutes
  maxPunchesPerDay
  monitoringNotice
  noticeVersion
  rostered
  makeUpPerMonth
  makeUpDeadlineDays
  makeUpTypes
  overtimeMode
  overtimeMinimumMinutes
}`) as unknown as TypedDocumentString<UpdateAttendanceGroupMutation, UpdateAttendanceGroupMutationVariables>;
export const DeleteAttendanceGroupDocument = new TypedDocumentString(`
    mutation DeleteAttendanceGroup($id: ID!) {
  deleteAttendanceGroup(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteAttendanceGroupMutation, DeleteAttendanceGroupMutationVariables>;
export const AttendancePunchesDocument = new TypedDocumentString(`
    query AttendancePunches($filter: AttendancePunchFilter, $take: Int!, $skip: Int!) {
  attendancePunches(filter: $filter, take: $take, skip: $skip) {
    totalCount
    items {
      id
      workDate
      punchedAt
      receivedAt
      method
      distanceMeters
      accuracyMeters
      flags
      remark
      person {
        id
        displayName
      }
      place {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AttendancePunchesQuery, AttendancePunchesQueryVariables>;
export const AttendanceDaysDocument = new TypedDocumentString(`
    query AttendanceDays($filter: AttendanceDayFilter, $take: Int!, $skip: Int!) {
  attendanceDays(filter: $filter, take: $take, skip: $skip) {
    totalCount
    items {
      id
      workDate
      status
      exceptions
      firstPunchAt
      lastPunchAt
      punchCount
      lateMinutes
      earlyLeaveMinutes
      workedMinutes
      shortMinutes
      isWorkingDay
      leaveTypeKey
      leaveHalfDay
      makeUpCount
      person {
        id
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AttendanceDaysQuery, AttendanceDaysQueryVariables>;
export const RecomputeAttendanceDaysDocument = new TypedDocumentString(`
    mutation RecomputeAttendanceDays($from: String!, $to: String!, $personIds: [ID!]) {
  recomputeAttendanceDays(from: $from, to: $to, personIds: $personIds)
}
    `) as unknown as TypedDocumentString<RecomputeAttendanceDaysMutation, RecomputeAttendanceDaysMutationVariables>;
export const AttendanceMonthsDocument = new TypedDocumentString(`
    query AttendanceMonths($year: Int!) {
  attendanceMonths(year: $year) {
    ...AttendanceMonthFields
  }
}
    fragment AttendanceMonthFields on AttendanceMonth {
  id
  version
  month
  status
  lockedAt
  reopenedAt
  reopenReason
}`) as unknown as TypedDocumentString<AttendanceMonthsQuery, AttendanceMonthsQueryVariables>;
export const LockAttendanceMonthDocument = new TypedDocumentString(`
    mutation LockAttendanceMonth($month: String!, $version: Int) {
  lockAttendanceMonth(month: $month, version: $version) {
    ...AttendanceMonthFields
  }
}
    fragment AttendanceMonthFields on AttendanceMonth {
  id
  version
  month
  status
  lockedAt
  reopenedAt
  reopenReason
}`) as unknown as TypedDocumentString<LockAttendanceMonthMutation, LockAttendanceMonthMutationVariables>;
export const ReopenAttendanceMonthDocument = new TypedDocumentString(`
    mutation ReopenAttendanceMonth($month: String!, $reason: String!, $version: Int) {
  reopenAttendanceMonth(month: $month, reason: $reason, version: $version) {
    ...AttendanceMonthFields
  }
}
    fragment AttendanceMonthFields on AttendanceMonth {
  id
  version
  month
  status
  lockedAt
  reopenedAt
  reopenReason
}`) as unknown as TypedDocumentString<ReopenAttendanceMonthMutation, ReopenAttendanceMonthMutationVariables>;
export const AttendanceMonthlySummaryDocument = new TypedDocumentString(`
    query AttendanceMonthlySummary($month: String!, $departmentId: ID, $take: Int!, $skip: Int!) {
  attendanceMonthlySummary(
    month: $month
    departmentId: $departmentId
    take: $take
    skip: $skip
  ) {
    totalCount
    items {
      person {
        id
        displayName
      }
      department {
        id
        name
      }
      workingDays
      daysPresent
      absentDays
      lateCount
      lateMinutes
      earlyLeaveCount
      earlyLeaveMinutes
      missingPunches
      offsiteDays
      restDaysWorked
      leaveDays
      makeUpPunches
      overtimeHours
      workedHours
    }
  }
}
    `) as unknown as TypedDocumentString<AttendanceMonthlySummaryQuery, AttendanceMonthlySummaryQueryVariables>;
export const AttendanceMonthlyReportDocument = new TypedDocumentString(`
    query AttendanceMonthlyReport($month: String!, $format: AttendanceReportFormat!, $departmentId: ID) {
  attendanceMonthlyReport(
    month: $month
    format: $format
    departmentId: $departmentId
  ) {
    fileName
    contentType
    base64
    rows
  }
}
    `) as unknown as TypedDocumentString<AttendanceMonthlyReportQuery, AttendanceMonthlyReportQueryVariables>;
export const AttendanceRosterDocument = new TypedDocumentString(`
    query AttendanceRoster($from: String!, $to: String!, $take: Int!, $skip: Int!) {
  attendanceRoster(from: $from, to: $to, take: $take, skip: $skip) {
    totalCount
    items {
      id
      date
      restDay
      person {
        id
        displayName
      }
      shift {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AttendanceRosterQuery, AttendanceRosterQueryVariables>;
export const SetAttendanceRosterDocument = new TypedDocumentString(`
    mutation SetAttendanceRoster($entries: [AttendanceRosterEntryInput!]!) {
  setAttendanceRoster(entries: $entries)
}
    `) as unknown as TypedDocumentString<SetAttendanceRosterMutation, SetAttendanceRosterMutationVariables>;
export const ImportAttendanceRosterDocument = new TypedDocumentString(`
    mutation ImportAttendanceRoster($csv: String!) {
  importAttendanceRoster(csv: $csv)
}
    `) as unknown as TypedDocumentString<ImportAttendanceRosterMutation, ImportAttendanceRosterMutationVariables>;
export const AttendanceLeaveTypesDocument = new TypedDocumentString(`
    query AttendanceLeaveTypes {
  attendanceLeaveTypes {
    ...AttendanceLeaveTypeFields
  }
}
    fragment AttendanceLeaveTypeFields on AttendanceLeaveType {
  id
  version
  key
  nameEn
  nameZhHk
  nameZhCn
  paid
  needsBalance
  policy
  active
}`) as unknown as TypedDocumentString<AttendanceLeaveTypesQuery, AttendanceLeaveTypesQueryVariables>;
export const UpdateAttendanceLeaveTypeDocument = new TypedDocumentString(`
    mutation UpdateAttendanceLeaveType($id: ID!, $input: AttendanceLeaveTypeInput!, $version: Int) {
  updateAttendanceLeaveType(id: $id, input: $input, version: $version) {
    ...AttendanceLeaveTypeFields
  }
}
    fragment AttendanceLeaveTypeFields on AttendanceLeaveType {
  id
  version
  key
  nameEn
  nameZhHk
  nameZhCn
  paid
  needsBalance
  policy
  active
}`) as unknown as TypedDocumentString<UpdateAttendanceLeaveTypeMutation, UpdateAttendanceLeaveTypeMutationVariables>;
export const AttendanceLeaveBalancesDocument = new TypedDocumentString(`
    query AttendanceLeaveBalances($asOf: String, $personId: ID, $departmentId: ID, $take: Int!, $skip: Int!) {
  attendanceLeaveBalances(
    asOf: $asOf
    personId: $personId
    departmentId: $departmentId
    take: $take
    skip: $skip
  ) {
    totalCount
    items {
      asOf
      available
      earned
      used
      expired
      pending
      person {
        id
        displayName
      }
      leaveType {
        ...AttendanceLeaveTypeFields
      }
    }
  }
}
    fragment AttendanceLeaveTypeFields on AttendanceLeaveType {
  id
  version
  key
  nameEn
  nameZhHk
  nameZhCn
  paid
  needsBalance
  policy
  active
}`) as unknown as TypedDocumentString<AttendanceLeaveBalancesQuery, AttendanceLeaveBalancesQueryVariables>;
export const AttendanceLeaveEntriesDocument = new TypedDocumentString(`
    query AttendanceLeaveEntries($personId: ID, $leaveTypeId: ID, $take: Int!, $skip: Int!) {
  attendanceLeaveEntries(
    personId: $personId
    leaveTypeId: $leaveTypeId
    take: $take
    skip: $skip
  ) {
    totalCount
    items {
      ...AttendanceLeaveEntryFields
    }
  }
}
    fragment AttendanceLeaveTypeFields on AttendanceLeaveType {
  id
  version
  key
  nameEn
  nameZhHk
  nameZhCn
  paid
  needsBalance
  policy
  active
}
fragment AttendanceLeaveEntryFields on AttendanceLeaveEntry {
  id
  kind
  fromAccount
  toAccount
  days
  effectiveOn
  note
  person {
    id
    displayName
  }
  leaveType {
    ...AttendanceLeaveTypeFields
  }
}`) as unknown as TypedDocumentString<AttendanceLeaveEntriesQuery, AttendanceLeaveEntriesQueryVariables>;
export const AdjustAttendanceLeaveDocument = new TypedDocumentString(`
    mutation AdjustAttendanceLeave($input: AttendanceLeaveAdjustmentInput!) {
  adjustAttendanceLeave(input: $input) {
    ...AttendanceLeaveEntryFields
  }
}
    fragment AttendanceLeaveTypeFields on AttendanceLeaveType {
  id
  version
  key
  nameEn
  nameZhHk
  nameZhCn
  paid
  needsBalance
  policy
  active
}
fragment AttendanceLeaveEntryFields on AttendanceLeaveEntry {
  id
  kind
  fromAccount
  toAccount
  days
  effectiveOn
  note
  person {
    id
    displayName
  }
  leaveType {
    ...AttendanceLeaveTypeFields
  }
}`) as unknown as TypedDocumentString<AdjustAttendanceLeaveMutation, AdjustAttendanceLeaveMutationVariables>;
export const AttendanceRequestsDocument = new TypedDocumentString(`
    query AttendanceRequests($filter: AttendanceRequestFilter, $take: Int!, $skip: Int!) {
  attendanceRequests(filter: $filter, take: $take, skip: $skip) {
    totalCount
    items {
      id
      kind
      status
      startDate
      endDate
      halfDay
      days
      punchType
      punchedAt
      overtimeStart
      overtimeEnd
      compensation
      reason
      approvalRequestId
      decidedAt
      person {
        id
        displayName
      }
      leaveType {
        ...AttendanceLeaveTypeFields
      }
    }
  }
}
    fragment AttendanceLeaveTypeFields on AttendanceLeaveType {
  id
  version
  key
  nameEn
  nameZhHk
  nameZhCn
  paid
  needsBalance
  policy
  active
}`) as unknown as TypedDocumentString<AttendanceRequestsQuery, AttendanceRequestsQueryVariables>;
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
export const MessagingPolicyDocument = new TypedDocumentString(`
    query MessagingPolicy {
  messagingPolicy {
    ...MessagingPolicyFields
  }
}
    fragment MessagingPolicyFields on MessagingPolicy {
  readReceipts
  editWindowMinutes
  recallWindowMinutes
  departmentGroups
  departmentGroupsIncludeSubdepartments
  retentionDays
  dingSmsAfterMinutes
}`) as unknown as TypedDocumentString<MessagingPolicyQuery, MessagingPolicyQueryVariables>;
export const ChangeMessagingPolicyDocument = new TypedDocumentString(`
    mutation ChangeMessagingPolicy($input: ChangeMessagingPolicyInput!) {
  changeMessagingPolicy(input: $input) {
    ...MessagingPolicyFields
  }
}
    fragment MessagingPolicyFields on MessagingPolicy {
  readReceipts
  editWindowMinutes
  recallWindowMinutes
  departmentGroups
  departmentGroupsIncludeSubdepartments
  retentionDays
  dingSmsAfterMinutes
}`) as unknown as TypedDocumentString<ChangeMessagingPolicyMutation, ChangeMessagingPolicyMutationVariables>;
export const ModeratedConversationsDocument = new TypedDocumentString(`
    query ModeratedConversations($filter: ModeratedConversationFilter, $take: Int!, $skip: Int!) {
  moderatedConversations(filter: $filter, take: $take, skip: $skip) {
    items {
      ...ConversationOverviewFields
    }
    totalCount
  }
}
    fragment ConversationOverviewFields on ConversationOverview {
  id
  kind
  title
  memberCount
  lastSeq
  lastMessageAt
  archivedAt
  createdAt
  underLegalHold
  department {
    id
    name
  }
}`) as unknown as TypedDocumentString<ModeratedConversationsQuery, ModeratedConversationsQueryVariables>;
export const ModeratedConversationDocument = new TypedDocumentString(`
    query ModeratedConversation($id: ID!) {
  moderatedConversation(id: $id) {
    ...ConversationOverviewFields
  }
}
    fragment ConversationOverviewFields on ConversationOverview {
  id
  kind
  title
  memberCount
  lastSeq
  lastMessageAt
  archivedAt
  createdAt
  underLegalHold
  department {
    id
    name
  }
}`) as unknown as TypedDocumentString<ModeratedConversationQuery, ModeratedConversationQueryVariables>;
export const ModeratedConversationMembersDocument = new TypedDocumentString(`
    query ModeratedConversationMembers($id: ID!, $take: Int!, $skip: Int!) {
  moderatedConversation(id: $id) {
    id
    members(take: $take, skip: $skip) {
      items {
        person {
          id
          displayName
        }
        role
        joinedAt
      }
      totalCount
    }
  }
}
    `) as unknown as TypedDocumentString<ModeratedConversationMembersQuery, ModeratedConversationMembersQueryVariables>;
export const ModeratedMessagesDocument = new TypedDocumentString(`
    mutation ModeratedMessages($conversationId: ID!, $before: Int, $limit: Int) {
  moderatedMessages(
    conversationId: $conversationId
    before: $before
    limit: $limit
  ) {
    items {
      id
      seq
      kind
      body
      createdAt
      editedAt
      recalledAt
      sender {
        id
        displayName
      }
      location {
        address
      }
    }
    hasMoreBefore
  }
}
    `) as unknown as TypedDocumentString<ModeratedMessagesMutation, ModeratedMessagesMutationVariables>;
export const RemoveMessageAsModeratorDocument = new TypedDocumentString(`
    mutation RemoveMessageAsModerator($id: ID!, $reason: String!) {
  removeMessageAsModerator(id: $id, reason: $reason) {
    id
    seq
    recalledAt
  }
}
    `) as unknown as TypedDocumentString<RemoveMessageAsModeratorMutation, RemoveMessageAsModeratorMutationVariables>;
export const SetConversationRoleAsModeratorDocument = new TypedDocumentString(`
    mutation SetConversationRoleAsModerator($conversationId: ID!, $personId: ID!, $role: ConversationRole!) {
  setConversationRoleAsModerator(
    conversationId: $conversationId
    personId: $personId
    role: $role
  ) {
    ...ConversationOverviewFields
  }
}
    fragment ConversationOverviewFields on ConversationOverview {
  id
  kind
  title
  memberCount
  lastSeq
  lastMessageAt
  archivedAt
  createdAt
  underLegalHold
  department {
    id
    name
  }
}`) as unknown as TypedDocumentString<SetConversationRoleAsModeratorMutation, SetConversationRoleAsModeratorMutationVariables>;
export const ExportConversationDocument = new TypedDocumentString(`
    mutation ExportConversation($conversationId: ID!, $format: ConversationExportFormat!, $from: DateTimeISO, $to: DateTimeISO) {
  exportConversation(
    conversationId: $conversationId
    format: $format
    from: $from
    to: $to
  ) {
    fileName
    contentType
    base64
    messages
    basis
  }
}
    `) as unknown as TypedDocumentString<ExportConversationMutation, ExportConversationMutationVariables>;
export const LegalHoldsDocument = new TypedDocumentString(`
    query LegalHolds($active: Boolean, $skip: Int!) {
  legalHolds(active: $active, take: 25, skip: $skip) {
    items {
      ...LegalHoldFields
      conversations(take: 20) {
        items {
          id
          kind
          title
          memberCount
          lastMessageAt
          archivedAt
          members(take: 2) {
            items {
              person {
                id
                displayName
              }
            }
          }
        }
        totalCount
      }
    }
    totalCount
  }
}
    fragment LegalHoldFields on LegalHold {
  id
  reason
  createdAt
  releasedAt
  custodian {
    id
    displayName
  }
  placedBy {
    id
    displayName
  }
  releasedBy {
    id
    displayName
  }
  conversation {
    id
    kind
    title
  }
}`) as unknown as TypedDocumentString<LegalHoldsQuery, LegalHoldsQueryVariables>;
export const PlaceLegalHoldDocument = new TypedDocumentString(`
    mutation PlaceLegalHold($input: PlaceLegalHoldInput!) {
  placeLegalHold(input: $input) {
    ...LegalHoldFields
  }
}
    fragment LegalHoldFields on LegalHold {
  id
  reason
  createdAt
  releasedAt
  custodian {
    id
    displayName
  }
  placedBy {
    id
    displayName
  }
  releasedBy {
    id
    displayName
  }
  conversation {
    id
    kind
    title
  }
}`) as unknown as TypedDocumentString<PlaceLegalHoldMutation, PlaceLegalHoldMutationVariables>;
export const ReleaseLegalHoldDocument = new TypedDocumentString(`
    mutation ReleaseLegalHold($id: ID!) {
  releaseLegalHold(id: $id) {
    ...LegalHoldFields
  }
}
    fragment LegalHoldFields on LegalHold {
  id
  reason
  createdAt
  releasedAt
  custodian {
    id
    displayName
  }
  placedBy {
    id
    displayName
  }
  releasedBy {
    id
    displayName
  }
  conversation {
    id
    kind
    title
  }
}`) as unknown as TypedDocumentString<ReleaseLegalHoldMutation, ReleaseLegalHoldMutationVariables>;
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
    makeUpWorkdays(year: $year) {
      ...MakeUpWorkdayFields
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
fragment MakeUpWorkdayFields on MakeUpWorkday {
  id
  date
  name
  intervals {
    start
    end
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
export const AddMakeUpWorkdayDocument = new TypedDocumentString(`
    mutation AddMakeUpWorkday($input: MakeUpWorkdayInput!) {
  addMakeUpWorkday(input: $input) {
    ...MakeUpWorkdayFields
  }
}
    fragment MakeUpWorkdayFields on MakeUpWorkday {
  id
  date
  name
  intervals {
    start
    end
  }
}`) as unknown as TypedDocumentString<AddMakeUpWorkdayMutation, AddMakeUpWorkdayMutationVariables>;
export const RemoveMakeUpWorkdayDocument = new TypedDocumentString(`
    mutation RemoveMakeUpWorkday($id: ID!) {
  removeMakeUpWorkday(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveMakeUpWorkdayMutation, RemoveMakeUpWorkdayMutationVariables>;