import { readFileSync } from 'node:fs';
import { buildSchema, getNamedType, isObjectType, type GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modules } from '../../src/app/modules.js';
import { smsParts } from '../../src/core/sms/index.js';
import { assignRoleById, createCustomRole, createDepartment, createOrganization, createPerson, jobRankId, setDepartmentLeaders, type TestOrg } from '../support/factories.js';
import { startTestApp, until, type GqlClient, type TestApp } from '../support/test-app.js';

/**
 * The link matrix: every object field that leads to a permission-gated record (a department's leaders, a membership's
 * manager, an assignment's role …) must show a restricted reader exactly what the root query shows them — nothing
 * more. The world below hides records from a "team reader" in every way a rule can (another department, an
 * explicit denial, a rank or role outside their rule); each link's document is run as that reader and as the admin:
 * the admin's answer must reach a hidden record (so the check can fail), the reader's must reach none, and every
 * record the reader reaches must answer the root query with the same fields.
 *
 * Adding a field whose type is a gated record (or a page of them) means adding it to LINKS or to NOT_A_LINK with the
 * reason; "every link is classified" fails until it is. GATED itself follows the permission subjects modules register:
 * a new subject that is an object type of the schema needs an entry there, so its links are found and checked.
 */

/** The record types permission rules gate, and how the reader's root query answers for one of them. */
const GATED: Record<string, (reader: GqlClient, id: string) => Promise<Record<string, unknown> | null>> = {
  Person: async (reader, id) => (await reader.request(`query($id: ID!) { person(id: $id) { ${PERSON} } }`, { id })).data?.person ?? null,
  Department: async (reader, id) => (await reader.request(`query($id: ID!) { department(id: $id) { ${DEPARTMENT} } }`, { id })).data?.department ?? null,
  JobRank: async (reader, id) => ((await reader.request(`{ jobRanks { ${RANK} } }`)).data?.jobRanks ?? []).find((r: { id: string }) => r.id === id) ?? null,
  Role: async (reader, id) => (await reader.request(`query($id: ID!) { role(id: $id) { ${ROLE} } }`, { id })).data?.role ?? null,
  RoleAssignment: async (reader, id) => ((await reader.request(`{ roleAssignments { __typename id } }`)).data?.roleAssignments ?? []).find((a: { id: string }) => a.id === id) ?? null,
  // No root field lists email domains: the organisation's link is their only path, so the reader's rule is the root.
  EmailDomain: async (reader, id) => {
    const data = (await reader.request(`{ organization { emailDomains { ${EMAIL_DOMAIN} } } }`)).data;
    return data?.organization?.emailDomains.find((d: { id: string; status: string }) => d.id === id && d.status === 'VERIFIED') ?? null;
  },
  Organization: async (reader, id) => {
    const organization = (await reader.request(`{ organization { ${ORGANIZATION} } }`)).data?.organization;
    return organization?.id === id ? organization : null;
  },
  StoredFile: async (reader, id) => (await reader.request('query($id: ID!) { storedFile(id: $id) { __typename id name } }', { id })).data?.storedFile ?? null,
  SmsMessage: async (reader, id) => ((await reader.request('{ smsMessages(take: 100) { items { __typename id } } }')).data?.smsMessages.items ?? []).find((m: { id: string }) => m.id === id) ?? null,
  Announcement: async (reader, id) => (await reader.request(`query($id: ID!) { announcement(id: $id) { __typename id title } }`, { id })).data?.announcement ?? null,
  WorkingCalendar: async (reader, id) => {
    const calendar = (await reader.request('{ workingCalendar { __typename id } }')).data?.workingCalendar;
    return calendar?.id === id ? calendar : null;
  },
  ApprovalTemplate: async (reader, id) => (await reader.request(`query($id: ID!) { approvalTemplate(id: $id) { ${APPROVAL_TEMPLATE} } }`, { id })).data?.approvalTemplate ?? null,
  ApprovalRequest: async (reader, id) => (await reader.request(`query($id: ID!) { approvalRequest(id: $id) { ${APPROVAL_REQUEST} } }`, { id })).data?.approvalRequest ?? null,
  ApprovalTask: async (reader, id) => (await reader.request(`query($id: ID!) { approvalTask(id: $id) { ${APPROVAL_TASK} } }`, { id })).data?.approvalTask ?? null,
  AttendancePlace: async (reader, id) => (await reader.request(`query($id: ID!) { attendancePlace(id: $id) { ${ATTENDANCE_RULE} } }`, { id })).data?.attendancePlace ?? null,
  AttendanceShift: async (reader, id) => (await reader.request(`query($id: ID!) { attendanceShift(id: $id) { ${ATTENDANCE_RULE} } }`, { id })).data?.attendanceShift ?? null,
  AttendanceGroup: async (reader, id) => (await reader.request(`query($id: ID!) { attendanceGroup(id: $id) { ${ATTENDANCE_RULE} } }`, { id })).data?.attendanceGroup ?? null,
  AttendancePunch: async (reader, id) =>
    ((await reader.request(`{ attendancePunches(take: 100) { items { ${PUNCH} } } }`)).data?.attendancePunches.items ?? []).find((p: { id: string }) => p.id === id) ?? null,
  AttendanceDay: async (reader, id) => ((await reader.request(`{ attendanceDays(take: 100) { items { ${DAY} } } }`)).data?.attendanceDays.items ?? []).find((d: { id: string }) => d.id === id) ?? null,
  AttendanceMonth: async (reader, id) =>
    ((await reader.request(`{ attendanceMonths(year: 2026) { __typename id month status } }`)).data?.attendanceMonths ?? []).find((m: { id: string }) => m.id === id) ?? null,
  AttendanceRosterEntry: async (reader, id) =>
    ((await reader.request(`{ attendanceRoster(from: "2026-01-01", to: "2027-12-31", take: 100) { items { __typename id date } } }`)).data?.attendanceRoster.items ?? []).find(
      (e: { id: string }) => e.id === id,
    ) ?? null,
  AttendanceLeaveType: async (reader, id) =>
    ((await reader.request(`{ attendanceLeaveTypes { __typename id key } }`)).data?.attendanceLeaveTypes ?? []).find((x: { id: string }) => x.id === id) ?? null,
  AttendanceLeaveEntry: async (reader, id) =>
    ((await reader.request(`{ attendanceLeaveEntries(take: 100) { items { __typename id kind } } }`)).data?.attendanceLeaveEntries.items ?? []).find((e: { id: string }) => e.id === id) ?? null,
  AttendanceRequest: async (reader, id) =>
    ((await reader.request(`{ attendanceRequests(take: 100) { items { __typename id status } } }`)).data?.attendanceRequests.items ?? []).find((r: { id: string }) => r.id === id) ?? null,
  Conversation: async (reader, id) => (await reader.request(`query($id: ID!) { conversation(id: $id) { __typename id title } }`, { id })).data?.conversation ?? null,
  // One per organisation and without an id: no link can name one, so no answer is compared with it.
  MessagingPolicy: async (reader) => (await reader.request('{ messagingPolicy { __typename readReceipts } }')).data?.messagingPolicy ?? null,
  AuditEntry: async (reader, id) => ((await reader.request(`{ auditEntries(take: 100) { items { __typename id } } }`)).data?.auditEntries.items ?? []).find((e: { id: string }) => e.id === id) ?? null,
};

/**
 * GATED types that are not permission subjects, with the reason: a type gated by its ends' rules rather than one of
 * its own.
 */
const GATED_WITHOUT_SUBJECT: Record<string, string> = {
  RoleAssignment: 'no rule of its own: an assignment is readable when both its Role and its Person are (readableAssignment in the access module)',
  StoredFile: 'no rule of its own: its uploader reads it until it is attached, then those who read the record (its purpose’s canRead; core/storage)',
};

/**
 * Registered permission subjects that are not an object type of the schema, with the reason (which type carries their
 * records, and why no link can reach one).
 */
const SUBJECT_WITHOUT_TYPE: Record<string, string> = {
  Event: 'its records are OrganizationEvent, reached only through the `events` subscription, which checks each event against the subscriber’s rule; no object field returns one',
};

const PERSON = '__typename id displayName workEmail mobilePhone personalEmail';
const DEPARTMENT = '__typename id name';
const RANK = '__typename id code';
const ROLE = '__typename id name';
const EMAIL_DOMAIN = '__typename id domain status';
const ORGANIZATION = '__typename id name';
const APPROVAL_TEMPLATE = '__typename id name status';
const APPROVAL_REQUEST = '__typename id title status';
const APPROVAL_TASK = '__typename id nodeId status';
const ATTENDANCE_RULE = '__typename id name';
const PUNCH = '__typename id workDate method';
const DAY = '__typename id workDate status';
/** The month the world's punches were made in (the test app's clock runs from now). */
const MONTH = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Hong_Kong', year: 'numeric', month: '2-digit' }).format(new Date()).slice(0, 7);

interface World {
  org: TestOrg;
  reader: GqlClient;
  team: string;
  teamChild: string;
  otherDept: string;
  member: string;
  outsider: string;
  customRole: string;
  announcement: string;
  /** A group started by the secret teammate with the admin, the reader and the outsider; and the root department's group. */
  conversation: string;
  departmentGroup: string;
  /** A request the reader may read (on the open template) whose applicant, approvers and copied people they may not. */
  request: string;
}
let world: World;

/**
 * One link: documents that reach records through it, starting from records the reader may see at the root. A hot read
 * that fetches links in its own statement (departmentSubtree) is a second path to the same link, so it has a document
 * too.
 */
interface Path {
  via?: string;
  document: string;
  variables: (w: World) => Record<string, unknown>;
}
type Link = Path[];

/** The team's subtree with every link a department's people have, read in one statement by departmentSubtree. */
const SUBTREE = (inner: string): Path => ({ via: 'the subtree’s one-statement read', document: `query($id: ID!) { departmentSubtree(id: $id) { ${inner} } }`, variables: (w) => ({ id: w.team }) });
const SUBTREE_PEOPLE = `__typename id name leaders { ${PERSON} memberships { department { ${DEPARTMENT} } manager { ${PERSON} } } }
  members { items { ${PERSON} rank { ${RANK} } memberships { department { ${DEPARTMENT} } manager { ${PERSON} } } } }`;

/** The people list reads its page and what the people link to in one statement too. */
const PEOPLE_PAGE: Path = {
  via: 'the people list’s one-statement read',
  document: `{ people(take: 100) { items { ${PERSON} rank { ${RANK} } memberships { department { ${DEPARTMENT} } manager { ${PERSON} } }
    roleAssignments { __typename id role { ${ROLE} } scopeDepartment { ${DEPARTMENT} } } } } }`,
  variables: () => ({}),
};

const REQUEST_LINKS = (inner: string): Path => ({ document: `query($id: ID!) { approvalRequest(id: $id) { ${inner} } }`, variables: (w) => ({ id: w.request }) });

const LINKS: Record<string, Link> = {
  'ApprovalRequest.template': [REQUEST_LINKS(`template { ${APPROVAL_TEMPLATE} }`)],
  'ApprovalTemplateMetrics.template': [
    {
      document: `query($from: DateTimeISO!, $to: DateTimeISO!) { approvalMetrics(from: $from, to: $to) { template { ${APPROVAL_TEMPLATE} } } }`,
      variables: () => ({ from: new Date(Date.now() - 86_400_000).toISOString(), to: new Date(Date.now() + 86_400_000).toISOString() }),
    },
  ],
  'ApprovalRequest.applicant': [REQUEST_LINKS(`applicant { ${PERSON} }`)],
  'ApprovalRequest.department': [REQUEST_LINKS(`department { ${DEPARTMENT} }`)],
  'ApprovalTask.assignee': [REQUEST_LINKS(`tasks { assignee { ${PERSON} } }`)],
  'ApprovalTask.addedBy': [REQUEST_LINKS(`tasks { addedBy { ${PERSON} } }`)],
  'ApprovalTask.transferredFrom': [REQUEST_LINKS(`tasks { transferredFrom { ${PERSON} } }`)],
  'ApprovalActivity.actor': [REQUEST_LINKS(`timeline { actor { ${PERSON} } }`)],
  'ApprovalActivity.target': [REQUEST_LINKS(`timeline { target { ${PERSON} } }`)],
  'ApprovalRouteApprover.person': [REQUEST_LINKS(`route { steps { approvers { person { ${PERSON} } } } }`)],
  'ApprovalRouteStep.recipients': [REQUEST_LINKS(`route { steps { recipients { ${PERSON} } } }`)],
  'Department.children': [
    { document: `query($id: ID!) { department(id: $id) { children { ${DEPARTMENT} } } }`, variables: (w) => ({ id: w.team }) },
    SUBTREE(`${DEPARTMENT} children { ${DEPARTMENT} }`),
  ],
  'Department.parent': [{ document: `query($id: ID!) { department(id: $id) { parent { ${DEPARTMENT} } } }`, variables: (w) => ({ id: w.team }) }],
  'Department.leaders': [{ document: `query($id: ID!) { department(id: $id) { leaders { ${PERSON} } } }`, variables: (w) => ({ id: w.team }) }, SUBTREE(SUBTREE_PEOPLE)],
  'Department.members': [{ document: `query($id: ID!) { department(id: $id) { members { items { ${PERSON} } totalCount } } }`, variables: (w) => ({ id: w.team }) }, SUBTREE(SUBTREE_PEOPLE)],
  'Membership.department': [
    { document: `query($id: ID!) { person(id: $id) { memberships { department { ${DEPARTMENT} } } } }`, variables: (w) => ({ id: w.member }) },
    SUBTREE(SUBTREE_PEOPLE),
    PEOPLE_PAGE,
  ],
  'Membership.manager': [{ document: `query($id: ID!) { person(id: $id) { memberships { manager { ${PERSON} } } } }`, variables: (w) => ({ id: w.member }) }, SUBTREE(SUBTREE_PEOPLE), PEOPLE_PAGE],
  'Person.rank': [{ document: `query($id: ID!) { person(id: $id) { rank { ${RANK} } } }`, variables: (w) => ({ id: w.member }) }, SUBTREE(SUBTREE_PEOPLE), PEOPLE_PAGE],
  'Person.roleAssignments': [{ document: `query($id: ID!) { person(id: $id) { roleAssignments { __typename id } } }`, variables: (w) => ({ id: w.member }) }, PEOPLE_PAGE],
  'RoleAssignment.role': [{ document: `query($id: ID!) { person(id: $id) { roleAssignments { role { ${ROLE} } } } }`, variables: (w) => ({ id: w.member }) }, PEOPLE_PAGE],
  'RoleAssignment.person': [{ document: `query($id: ID!) { roleAssignments(roleId: $id) { person { ${PERSON} } } }`, variables: (w) => ({ id: w.customRole }) }],
  'RoleAssignment.scopeDepartment': [{ document: `query($id: ID!) { person(id: $id) { roleAssignments { scopeDepartment { ${DEPARTMENT} } } } }`, variables: (w) => ({ id: w.member }) }, PEOPLE_PAGE],
  'Organization.emailDomains': [{ document: `{ organization { emailDomains { ${EMAIL_DOMAIN} } } }`, variables: () => ({}) }],
  'AttendancePunch.person': [{ document: `{ attendancePunches(take: 100) { items { person { ${PERSON} } } } }`, variables: () => ({}) }],
  'AttendancePunch.place': [{ document: `{ attendancePunches(take: 100) { items { place { ${ATTENDANCE_RULE} } } } }`, variables: () => ({}) }],
  'AttendanceDay.person': [{ document: `{ attendanceDays(take: 100) { items { person { ${PERSON} } } } }`, variables: () => ({}) }],
  'AttendancePersonMonth.person': [{ document: `{ attendanceMonthlySummary(month: "${MONTH}") { items { person { ${PERSON} } } } }`, variables: () => ({}) }],
  'AttendancePersonMonth.department': [{ document: `{ attendanceMonthlySummary(month: "${MONTH}") { items { department { ${DEPARTMENT} } } } }`, variables: () => ({}) }],
  'AttendanceRosterEntry.person': [{ document: `{ attendanceRoster(from: "2026-12-20", to: "2026-12-20") { items { person { ${PERSON} } } } }`, variables: () => ({}) }],
  'AttendanceRosterEntry.shift': [{ document: `{ attendanceRoster(from: "2026-12-20", to: "2026-12-20") { items { shift { ${ATTENDANCE_RULE} } } } }`, variables: () => ({}) }],
  'AttendanceGroup.shift': [{ document: `{ attendanceGroups { items { shift { ${ATTENDANCE_RULE} } } } }`, variables: () => ({}) }],
  'AttendanceGroup.places': [{ document: `{ attendanceGroups { items { places { ${ATTENDANCE_RULE} } } } }`, variables: () => ({}) }],
  'AttendanceLeaveEntry.person': [{ document: `{ attendanceLeaveEntries(take: 100) { items { person { ${PERSON} } } } }`, variables: () => ({}) }],
  'AttendanceLeaveEntry.leaveType': [{ document: `{ attendanceLeaveEntries(take: 100) { items { leaveType { __typename id key } } } }`, variables: () => ({}) }],
  'AttendanceLeaveBalance.person': [{ document: `{ attendanceLeaveBalances(take: 100) { items { person { ${PERSON} } } } }`, variables: () => ({}) }],
  'AttendanceLeaveBalance.leaveType': [{ document: `{ attendanceLeaveBalances(take: 100) { items { leaveType { __typename id key } } } }`, variables: () => ({}) }],
  'AttendanceRequest.person': [{ document: `{ attendanceRequests(take: 100) { items { person { ${PERSON} } } } }`, variables: () => ({}) }],
  'AttendanceRequest.leaveType': [{ document: `{ attendanceRequests(take: 100) { items { leaveType { __typename id key } } } }`, variables: () => ({}) }],
  'MyAttendance.shift': [{ document: `{ myAttendance { shift { ${ATTENDANCE_RULE} } } }`, variables: () => ({}) }],
  'MyAttendance.places': [{ document: `{ myAttendance { places { ${ATTENDANCE_RULE} } } }`, variables: () => ({}) }],
  'Announcement.author': [{ document: `query($id: ID!) { announcement(id: $id) { author { ${PERSON} } } }`, variables: (w) => ({ id: w.announcement }) }],
  'AnnouncementReader.person': [{ document: `query($id: ID!) { announcement(id: $id) { readers { items { person { ${PERSON} } } } } }`, variables: (w) => ({ id: w.announcement }) }],
  'Announcement.notYetRead': [{ document: `query($id: ID!) { announcement(id: $id) { notYetRead(take: 100) { items { ${PERSON} } } } }`, variables: (w) => ({ id: w.announcement }) }],
  'Conversation.createdBy': [{ document: `query($id: ID!) { conversation(id: $id) { createdBy { ${PERSON} } } }`, variables: (w) => ({ id: w.conversation }) }],
  'Conversation.department': [{ document: `query($id: ID!) { conversation(id: $id) { department { ${DEPARTMENT} } } }`, variables: (w) => ({ id: w.departmentGroup }) }],
  'ConversationMemberView.person': [{ document: `query($id: ID!) { conversation(id: $id) { members(take: 100) { items { person { ${PERSON} } } } } }`, variables: (w) => ({ id: w.conversation }) }],
  'ConversationOverview.department': [{ document: `query($id: ID!) { moderatedConversation(id: $id) { department { ${DEPARTMENT} } } }`, variables: (w) => ({ id: w.departmentGroup }) }],
  'LegalHold.custodian': [{ document: `{ legalHolds(take: 100) { items { custodian { ${PERSON} } } } }`, variables: () => ({}) }],
  'LegalHold.placedBy': [{ document: `{ legalHolds(take: 100) { items { placedBy { ${PERSON} } } } }`, variables: () => ({}) }],
  'LegalHold.releasedBy': [{ document: `{ legalHolds(take: 100) { items { releasedBy { ${PERSON} } } } }`, variables: () => ({}) }],
  'Message.sender': [{ document: `query($id: ID!) { conversationMessages(conversationId: $id) { items { sender { ${PERSON} } } } }`, variables: (w) => ({ id: w.conversation }) }],
  'MessageReader.person': [
    {
      document: `query($id: ID!) { conversationMessages(conversationId: $id) { items { receipts { readers(take: 100) { items { person { ${PERSON} } } } } } } }`,
      variables: (w) => ({ id: w.conversation }),
    },
  ],
  'Ding.sender': [{ document: `query($id: ID!) { conversationMessages(conversationId: $id) { items { dings { sender { ${PERSON} } } } } }`, variables: (w) => ({ id: w.conversation }) }],
  'DingRecipientView.person': [
    { document: `query($id: ID!) { conversationMessages(conversationId: $id) { items { dings { recipients { person { ${PERSON} } } } } } }`, variables: (w) => ({ id: w.conversation }) },
  ],
  'MessageReceipts.notYetRead': [
    { document: `query($id: ID!) { conversationMessages(conversationId: $id) { items { receipts { notYetRead(take: 100) { items { ${PERSON} } } } } } }`, variables: (w) => ({ id: w.conversation }) },
  ],
};

/** Fields of a gated type that are not links to another record, with the reason. */
const NOT_A_LINK: Record<string, string> = {
  'ApprovalRequest.tasks': 'a task is read with its request (approvalTask answers exactly when the request is readable), so a readable request’s tasks are readable',
  'ApprovalRequest.myPendingTask': 'the caller’s own task of a request they are reading: read with the request, like ApprovalRequest.tasks',
  'ApprovalTask.request': 'a task is reachable only where its request is readable (approvalTask, ApprovalRequest.tasks), and myApprovalTasks’ link goes through the same readable-request loader',
  'ApprovalTemplateList.items': 'a page: the field returning the page (approvalTemplates) is a root field',
  'ApprovalRequestList.items': 'a page: the fields returning the page (approvalRequests, myApprovalRequests, approvalRequestsCopiedToMe) are root fields',
  'ApprovalTaskList.items': 'a page: the field returning the page (myApprovalTasks) is a root field',
  'PersonList.items': 'a page: the field returning the page (Department.members, people) is classified',
  'DepartmentList.items': 'a page: the field returning the page (departments) is a root field',
  'AuditEntryList.items': 'a page: the field returning the page (auditEntries) is a root field',
  'AnnouncementList.items': 'a page: the field returning the page (announcements) is a root field',
  'SmsMessageList.items': 'a page: the field returning the page (smsMessages) is a root field',
  'AttendancePlaceList.items': 'a page: the field returning the page (attendancePlaces) is a root field',
  'AttendanceShiftList.items': 'a page: the field returning the page (attendanceShifts) is a root field',
  'AttendanceGroupList.items': 'a page: the field returning the page (attendanceGroups) is a root field',
  'AttendancePunchList.items': 'a page: the field returning the page (attendancePunches) is a root field',
  'AttendanceDayList.items': 'a page: the field returning the page (attendanceDays) is a root field',
  'AttendanceRosterEntryList.items': 'a page: the field returning the page (attendanceRoster) is a root field',
  'AttendanceLeaveEntryList.items': 'a page: the field returning the page (attendanceLeaveEntries) is a root field',
  'AttendanceRequestList.items': 'a page: the field returning the page (attendanceRequests) is a root field',
  'AnnouncementNonReaderList.items': 'a page: the field returning the page (Announcement.notYetRead) is classified',
  'ConversationList.items': 'a page: the field returning the page (conversations) is a root field',
  'MessageNonReaderList.items': 'a page: the field returning the page (MessageReceipts.notYetRead) is classified',
  'FileUpload.file': 'the caller’s own upload, answered by the mutation that started it',
  'Message.attachments':
    'a message reaches only members of its conversation, and its files are read by exactly them (messaging’s file purpose checks the same membership); none once recalled — messaging-attachments.e2e.spec.ts',
};

/** Every object with a gated __typename anywhere in an answer. */
function reached(value: unknown, into: Map<string, Record<string, unknown>> = new Map()): Map<string, Record<string, unknown>> {
  if (Array.isArray(value)) for (const item of value) reached(item, into);
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.__typename === 'string' && record.__typename in GATED && typeof record.id === 'string') into.set(`${record.__typename}:${record.id}`, record);
    for (const inner of Object.values(record)) reached(inner, into);
  }
  return into;
}

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
  const org = await createOrganization(t);
  const team = await createDepartment(org, 'Team');
  const teamChild = await createDepartment(org, 'Team sub-team', team);
  const otherDept = await createDepartment(org, 'Other department');
  const outsiderPerson = await createPerson(t, org, { name: 'Outsider (other department)', departmentId: otherDept });
  const outsider = outsiderPerson.personId;
  const secretPerson = await createPerson(t, org, { name: 'Secret teammate', departmentId: team });
  const secret = secretPerson.personId;
  // The member keeps the default Employee role: a built-in role the reader's rule hides.
  const memberPerson = await createPerson(t, org, { name: 'Member', departmentId: team, managerId: outsider, rankId: await jobRankId(org, 'M1') });
  const member = memberPerson.personId;
  const memberEmail = memberPerson.email;
  await org.admin.ok('mutation($id: ID!, $input: MembershipInput!) { addPersonToDepartment(personId: $id, input: $input) { id } }', {
    id: member,
    input: { departmentId: otherDept },
  });
  await setDepartmentLeaders(org, team, [outsider, secret]);
  await org.admin.ok('mutation { claimEmailDomain(domain: "pending-link-test.example") { id } }');

  const customRole = await createCustomRole(org, 'Team reader', [
    { action: 'read', subject: 'Person', conditions: { departmentIds: { $in: '$myDepartments' } } },
    { action: 'read', subject: 'Person', conditions: { id: secret }, inverted: true },
    { action: 'read', subject: 'Department', conditions: { id: { $in: '$myDepartments' } } },
    { action: 'read', subject: 'JobRank', conditions: { id: await jobRankId(org, 'P1') } },
    { action: 'read', subject: 'Role', conditions: { builtIn: false } },
    { action: 'read', subject: 'Organization' },
    { action: 'read', subject: 'EmailDomain', conditions: { status: 'VERIFIED' } },
    { action: 'read', subject: 'Announcement' },
    { action: 'track', subject: 'Announcement' },
    { action: 'read', subject: 'ApprovalTemplate', conditions: { category: 'OPEN' } },
    { action: 'analyze', subject: 'ApprovalTemplate' },
    // Attendance: every punch and group, but no place or shift — so those links must come back empty for the reader.
    { action: 'read', subject: 'AttendancePunch' },
    { action: 'read', subject: 'AttendanceGroup' },
    { action: 'read', subject: 'AttendanceDay' },
    { action: 'read', subject: 'AttendanceRosterEntry' },
    { action: 'create', subject: 'AttendancePunch', conditions: { personId: '$me' } },
    // Leave: every ledger entry and request, but no leave type — so those links must come back empty for the reader.
    { action: 'read', subject: 'AttendanceLeaveEntry' },
    { action: 'read', subject: 'AttendanceRequest' },
    { action: 'read', subject: 'Conversation' },
    { action: 'send', subject: 'Conversation' },
    { action: 'moderate', subject: 'Conversation' },
    { action: 'hold', subject: 'Conversation' },
  ]);
  const readerPerson = await createPerson(t, org, { name: 'Reader', departmentId: team, roles: [] });
  await assignRoleById(org, readerPerson.personId, customRole);
  await assignRoleById(org, member, customRole, otherDept);
  await assignRoleById(org, outsider, customRole);
  // The admin (in the root department, hidden from the reader) writes a notice and confirms it; so does the member.
  const announcement = (await org.admin.ok<{ createAnnouncement: { id: string } }>('mutation { createAnnouncement(input: { title: "Site safety", body: "Wear helmets." }) { id } }')).createAnnouncement
    .id;
  await org.admin.ok('mutation($id: ID!) { publishAnnouncement(id: $id) { id } }', { id: announcement });
  await org.admin.ok('mutation($id: ID!) { confirmAnnouncementRead(id: $id) { id } }', { id: announcement });
  const memberClient = await t.signIn(memberEmail, 'Test-password-1');
  await memberClient.ok('mutation($id: ID!) { confirmAnnouncementRead(id: $id) { id } }', { id: announcement });
  // Approvals: a request by the secret teammate from the other department, on a hidden template, that the reader may read
  // by an explicit rule; its approver (the outsider) adds the admin as a signer and hands the task to the member.
  const approvalTemplate = async (category: string) => {
    const definition = {
      form: [{ key: 'purpose', type: 'TEXT', label: { en: 'Purpose' } }],
      flow: [
        { id: 'approve', type: 'APPROVAL', approvers: [{ kind: 'PEOPLE', personIds: [outsider] }] },
        { id: 'copy', type: 'CC', approvers: [{ kind: 'PEOPLE', personIds: [org.adminPersonId] }] },
      ],
      policies: {},
    };
    const id = (
      await org.admin.ok<{ createApprovalTemplate: { id: string } }>('mutation($input: CreateApprovalTemplateInput!) { createApprovalTemplate(input: $input) { id } }', {
        input: { names: { en: `${category} template` }, category, definition },
      })
    ).createApprovalTemplate.id;
    await org.admin.ok('mutation($id: ID!) { publishApprovalTemplate(id: $id) { id } }', { id });
    return id;
  };
  await approvalTemplate('OPEN');
  const hiddenTemplate = await approvalTemplate('HIDDEN');
  await org.admin.ok('mutation($id: ID!, $input: MembershipInput!) { addPersonToDepartment(personId: $id, input: $input) { id } }', { id: secret, input: { departmentId: otherDept } });
  const submitted = await secretPerson.client!.ok<{ submitApprovalRequest: { id: string; tasks: { id: string }[] } }>(
    'mutation($input: SubmitApprovalRequestInput!) { submitApprovalRequest(input: $input) { id tasks { id } } }',
    { input: { templateId: hiddenTemplate, values: { purpose: 'Secret trip' }, departmentId: otherDept } },
  );
  const task = submitted.submitApprovalRequest.tasks[0].id;
  await outsiderPerson.client!.ok('mutation($id: ID!, $p: ID!) { addApprovalSigner(id: $id, personId: $p, position: PARALLEL) { id } }', { id: task, p: org.adminPersonId });
  await outsiderPerson.client!.ok('mutation($id: ID!, $p: ID!) { transferApprovalTask(id: $id, toPersonId: $p) { id } }', { id: task, p: member });
  // Attendance: one group for everyone (the root department's subtree), punching from the office network; the admin
  // (hidden from the reader) and the member punch.
  const place = (
    await org.admin.ok<{ createAttendancePlace: { id: string } }>('mutation($input: AttendancePlaceInput!) { createAttendancePlace(input: $input) { id } }', {
      input: { name: 'Office', latitude: 22.28, longitude: 114.16, radiusMeters: 200, ipRanges: ['127.0.0.0/8', '::1/128'] },
    })
  ).createAttendancePlace.id;
  const shift = (
    await org.admin.ok<{ createAttendanceShift: { id: string } }>('mutation($input: AttendanceShiftInput!) { createAttendanceShift(input: $input) { id } }', {
      input: { name: 'Any time', start: '00:00', end: '23:59', punchOpensBeforeMinutes: 0, punchClosesAfterMinutes: 720 },
    })
  ).createAttendanceShift.id;
  await org.admin.ok('mutation($input: AttendanceGroupInput!) { createAttendanceGroup(input: $input) { id } }', {
    input: { name: 'Everyone', departmentIds: [org.rootDepartmentId], placeIds: [place], shiftId: shift },
  });
  await org.admin.ok('mutation($e: [AttendanceRosterEntryInput!]!) { setAttendanceRoster(entries: $e) }', {
    e: [
      { personId: org.adminPersonId, date: '2026-12-20', shiftId: shift },
      { personId: member, date: '2026-12-20', shiftId: shift },
    ],
  });
  await org.admin.ok('mutation { punch(input: { clientPunchId: "admin-1" }) { id } }');
  await memberClient.ok('mutation { punch(input: { clientPunchId: "member-1" }) { id } }');
  // Leave: the admin's compensation balance is adjusted and they ask for a day of no-pay leave.
  const leaveTypes = (await org.admin.ok<{ attendanceLeaveTypes: { id: string; key: string }[] }>('{ attendanceLeaveTypes { id key } }')).attendanceLeaveTypes;
  const leaveType = (key: string) => leaveTypes.find((x) => x.key === key)!.id;
  await org.admin.ok('mutation($input: AttendanceLeaveAdjustmentInput!) { adjustAttendanceLeave(input: $input) { kind } }', {
    input: { personId: org.adminPersonId, leaveTypeId: leaveType('compensation'), days: 1, effectiveOn: '2026-12-01', note: 'Typhoon Saturday' },
  });
  await org.admin.ok('mutation($input: AttendanceLeaveRequestInput!) { requestAttendanceLeave(input: $input) { id } }', {
    input: { leaveTypeId: leaveType('no-pay'), startDate: '2027-03-03', endDate: '2027-03-03', reason: 'Moving house' },
  });
  // Their days are computed by an event consumer: wait for both.
  await until(async () => (await org.admin.ok<{ attendanceDays: { totalCount: number } }>('{ attendanceDays { totalCount } }')).attendanceDays.totalCount === 2, 'the punched days');
  // Messaging: the secret teammate starts a group with the admin, the reader and the outsider; the admin, the reader
  // and the secret teammate write, the secret teammate reads everything, the outsider nothing. With sub-departments in
  // department groups turned on, the root department's group holds everyone — its department hidden from the reader.
  const readerClient = await t.signIn(readerPerson.email, 'Test-password-1');
  const conversation = (
    await secretPerson.client!.ok<{ createConversation: { id: string } }>('mutation($p: [ID!]!) { createConversation(input: { kind: GROUP, title: "Site crew", memberIds: $p }) { id } }', {
      p: [org.adminPersonId, readerPerson.personId, outsider],
    })
  ).createConversation.id;
  const sent: string[] = [];
  for (const [client, body] of [
    [org.admin, 'from the admin'],
    [readerClient, 'from the reader'],
    [secretPerson.client!, 'from the secret teammate'],
  ] as const) {
    sent.push(
      (await client.ok<{ sendMessage: { id: string } }>('mutation($c: ID!, $b: String!) { sendMessage(input: { conversationId: $c, body: $b }) { id } }', { c: conversation, b: body })).sendMessage.id,
    );
  }
  // The admin DINGs the reader, the secret teammate and the outsider about the admin's message.
  await org.admin.ok('mutation($m: ID!, $p: [ID!]!) { dingMessage(messageId: $m, personIds: $p) { id } }', { m: sent[0], p: [readerPerson.personId, secret, outsider] });
  await org.admin.ok('mutation { changeMessagingPolicy(input: { departmentGroups: true, departmentGroupsIncludeSubdepartments: true }) { departmentGroupsIncludeSubdepartments } }');
  const departmentGroupsOf = async (client: GqlClient) =>
    (await client.ok<{ conversations: { items: { id: string }[] } }>('{ conversations(filter: { kind: DEPARTMENT }) { items { id } } }')).conversations.items.map((c) => c.id);
  const rootGroup = async () => {
    const admins = await departmentGroupsOf(org.admin);
    return (await departmentGroupsOf(readerClient)).find((id) => admins.includes(id));
  };
  await until(async () => Boolean(await rootGroup()), 'the root department’s group to take the reader in');
  const departmentGroup = (await rootGroup())!;
  // Legal holds placed by the admin (hidden from the reader): one on the secret teammate as custodian, and one on the
  // conversation that the admin released.
  await org.admin.ok('mutation($p: ID!) { placeLegalHold(input: { custodianId: $p, reason: "Matter 1" }) { id } }', { p: secret });
  const released = (await org.admin.ok<{ placeLegalHold: { id: string } }>('mutation($c: ID!) { placeLegalHold(input: { conversationId: $c, reason: "Matter 2" }) { id } }', { c: conversation }))
    .placeLegalHold.id;
  await org.admin.ok('mutation($id: ID!) { releaseLegalHold(id: $id) { id } }', { id: released });
  const requestReader = await createCustomRole(org, 'Reads one template’s requests', [{ action: 'read', subject: 'ApprovalRequest', conditions: { templateId: hiddenTemplate } }]);
  await assignRoleById(org, readerPerson.personId, requestReader);
  world = {
    org,
    reader: readerClient,
    team,
    teamChild,
    otherDept,
    member,
    outsider,
    customRole,
    announcement,
    conversation,
    departmentGroup,
    request: submitted.submitApprovalRequest.id,
  };
}, 120_000);

afterAll(async () => {
  await t?.stop();
});

describe('link matrix: a link shows no more than the root query', () => {
  for (const [field, link] of Object.entries(LINKS)) {
    it.each(link.map((path) => [path.via ?? 'the record’s own field', path] as const))(`${field} through %s`, async (_, path) => {
      const { document } = path;
      const variables = path.variables(world);
      const asAdmin = reached(await world.org.admin.ok(document, variables));
      const asReader = reached(await world.reader.ok(document, variables));
      const [typeName, fieldName] = field.split('.');
      const linkedType = itemType(getNamedType(schemaType(typeName).getFields()[fieldName].type).name);
      const linkedRecords = (answers: Map<string, Record<string, unknown>>) => [...answers.entries()].filter(([key]) => key.startsWith(`${linkedType}:`));

      // The admin reaches something through the link that the reader may not see at the root: the check can fail.
      const hiddenFromReader: string[] = [];
      for (const [key, record] of linkedRecords(asAdmin)) if (!(await GATED[record.__typename as string](world.reader, record.id as string))) hiddenFromReader.push(key);
      expect(hiddenFromReader, `the world must give ${field} a record the reader may not read`).not.toEqual([]);

      // Everything the reader reaches, they may read at the root, and with exactly the same fields.
      for (const [key, record] of asReader) {
        const atRoot = await GATED[record.__typename as string](world.reader, record.id as string);
        expect(atRoot, `${field} showed ${key}, which the root query hides`).not.toBeNull();
        // The fields both answers selected that hold values (not links, which are checked as records of their own).
        const compared = Object.keys(atRoot!).filter((k) => k in record && !(typeof record[k] === 'object' && record[k] !== null));
        const sameFields = Object.fromEntries(compared.map((k) => [k, atRoot![k]]));
        const ownFields = Object.fromEntries(compared.map((k) => [k, record[k]]));
        expect(ownFields, `${field}: ${key} through the link differs from the root answer`).toEqual(sameFields);
      }
      for (const key of hiddenFromReader) expect(asReader.has(key), `${field} leaked ${key}`).toBe(false);
    });
  }

  it('a hidden link is null and a hidden list item is left out, never an error', async () => {
    const data = await world.reader.ok<{ person: { memberships: { departmentId: string; department: { id: string } | null; manager: unknown }[]; rank: unknown } }>(
      `query($id: ID!) { person(id: $id) { rank { id } memberships { departmentId department { id } manager { id } } } }`,
      { id: world.member },
    );
    expect(data.person.rank).toBeNull();
    const other = data.person.memberships.find((m) => m.departmentId === world.otherDept)!;
    expect(other.department).toBeNull();
    expect(data.person.memberships.every((m) => m.manager === null)).toBe(true);
    const team = await world.reader.ok<{ department: { parent: unknown; leaders: unknown[]; children: unknown[] } }>(
      'query($id: ID!) { department(id: $id) { parent { id } leaders { id } children { id } } }',
      { id: world.team },
    );
    expect(team.department).toEqual({ parent: null, leaders: [], children: [] });
  });
});

let schemaCache: ReturnType<typeof buildSchema> | null = null;
function schema() {
  return (schemaCache ??= buildSchema(readFileSync(new URL('../../../schema/schema.graphql', import.meta.url), 'utf8')));
}
function schemaType(name: string): GraphQLObjectType {
  const type = schema().getType(name);
  if (!isObjectType(type)) throw new Error(`${name} is not an object type`);
  return type;
}

/** The record type of a page type (PersonList → Person); other types as they are. */
function itemType(typeName: string): string {
  const type = schema().getType(typeName);
  return isObjectType(type) && !(typeName in GATED) && 'items' in type.getFields() ? getNamedType(type.getFields().items.type).name : typeName;
}

describe('link matrix: every link is classified', () => {
  it('each object field whose type is a gated record, or a page of them, is in LINKS or NOT_A_LINK', () => {
    const gatedOrPage = (typeName: string): boolean => itemType(typeName) in GATED;
    const links: string[] = [];
    for (const type of Object.values(schema().getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || ['Query', 'Mutation', 'Subscription'].includes(type.name)) continue;
      for (const field of Object.values(type.getFields())) if (gatedOrPage(getNamedType(field.type).name)) links.push(`${type.name}.${field.name}`);
    }
    const classified = new Set([...Object.keys(LINKS), ...Object.keys(NOT_A_LINK)]);
    expect(
      links.filter((field) => !classified.has(field)),
      'add a document reaching records through these fields to LINKS, or list them in NOT_A_LINK with the reason',
    ).toEqual([]);
    expect(
      [...classified].filter((field) => !links.includes(field)),
      'classifications must name real fields',
    ).toEqual([]);
  });
});

describe('link matrix: every gated type is known', () => {
  it('GATED holds the registered permission subjects that are object types, and the types listed in GATED_WITHOUT_SUBJECT', () => {
    const subjects = [...smsParts.subjects, ...modules.flatMap((module) => module.subjects ?? [])].map((subject) => subject.name);
    const objectTypes = subjects.filter((name) => isObjectType(schema().getType(name)));
    expect(
      Object.keys(GATED).sort(),
      'a registered subject that is an object type needs a GATED entry (how the reader reads one at the root); a GATED type that is no subject needs a reason in GATED_WITHOUT_SUBJECT',
    ).toEqual([...objectTypes, ...Object.keys(GATED_WITHOUT_SUBJECT)].sort());
    expect(
      subjects.filter((name) => !objectTypes.includes(name)).sort(),
      'a registered subject with no object type of its name needs a reason in SUBJECT_WITHOUT_TYPE (where its records show, and why no link reaches them)',
    ).toEqual(Object.keys(SUBJECT_WITHOUT_TYPE).sort());
    expect(
      Object.keys(GATED_WITHOUT_SUBJECT).filter((name) => subjects.includes(name) || !isObjectType(schema().getType(name))),
      'GATED_WITHOUT_SUBJECT must name object types that are not registered subjects',
    ).toEqual([]);
  });
});
