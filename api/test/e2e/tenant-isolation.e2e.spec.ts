import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { registerFilePurposes } from '../../src/core/storage/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assignRoleById,
  createCustomRole,
  createDepartment,
  createOrganization,
  createPerson,
  jobRankId,
  membershipsOf,
  PASSWORD,
  roleId,
  setDepartmentLeaders,
  type TestOrg,
  type TestPerson,
} from '../support/factories.js';
import { startTestApp, until, type GqlClient, type GqlResult, type TestApp } from '../support/test-app.js';

// A purpose of the spec's own, so B's file does not depend on any module's (core's file store is tested here, not a module).
registerFilePurposes([{ name: 'test.isolation', maxBytes: 1024 * 1024, types: ['application/pdf'], thumbnails: false, canRead: async () => false }]);

/**
 * Organisation A's admin (full rights in A) aims every root field that takes an id — or could otherwise reach another
 * organisation — at organisation B. Each attempt must look exactly like an unknown id (NOT_FOUND, or BAD_USER_INPUT with
 * UNKNOWN_REFERENCE on the field), return none of B's data, and change nothing in A or B.
 *
 * Adding a root field to the schema means adding it to ATTEMPTS / ALLOWED_WRITES, or to NO_FOREIGN_IDS with the reason;
 * the last test fails until it is classified.
 */

/** Everything marked with this belongs to B; it must never appear in an answer to A. */
const B_MARK = 'ZZB';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface World {
  a: {
    org: TestOrg;
    dept: string;
    dept2: string;
    person: string;
    membership: string;
    role: string;
    observer: TestPerson;
  };
  b: {
    org: TestOrg;
    root: string;
    dept: string;
    sub: string;
    empty: string;
    archived: string;
    manager: string;
    member: string;
    membership: string;
    subMembership: string;
    role: string;
    roleName: string;
    adminRole: string;
    assignment: string;
    scopedAssignment: string;
    rank: string;
    rankCode: string;
    deptExternalId: string;
    personExternalId: string;
    employeeNo: string;
    /** B's verified domain claim, and a pending one whose TXT record only B's admin may see. */
    domainClaim: string;
    pendingClaim: { id: string; verificationRecord: string };
    /** B's welcome announcement (every organisation starts with one). */
    announcement: string;
    /** B's own holiday (a company day), and one from the Hong Kong list it started with. */
    holiday: { id: string; date: string };
    hongKongHoliday: string;
    /** B's make-up working day (a Saturday worked). */
    makeUpWorkday: { id: string; date: string };
    /** B's published template, a request on it by B's admin, and its pending task (B's manager's). */
    approvals: { template: string; request: string; task: string; applicant: string };
    /** B's place, shift and group (its admin is in it and has punched). */
    attendance: { place: string; shift: string; group: string; leaveType: string };
    /** B's group conversation (its admin and manager) and a message in it. */
    messaging: { conversation: string; message: string; ding: string; hold: string };
    /** B's test text (sent), and the number it went to. */
    sms: { id: string; phone: string };
    /** A file B's admin uploaded (READY, attached to nothing: only that admin reads it). */
    file: string;
    session: GqlClient;
  };
}

type Outcome =
  | { kind: 'NOT_FOUND' }
  | { kind: 'FORBIDDEN' }
  | { kind: 'BAD_USER_INPUT'; fields: [string, string][] }
  /** Succeeds with exactly this data (e.g. an empty list: a filter on B's id matches nothing in A). */
  | { kind: 'DATA'; data: (w: World) => unknown };

/** One attempt by A's admin on B. `field` is the root field of schema.graphql it exercises. */
interface Attempt {
  field: string;
  name: string;
  query: string;
  variables: (w: World) => Record<string, unknown>;
  outcome: Outcome;
}

const EMPTY_PAGE = { totalCount: 0, items: [] };
const unknown = (field: string): Outcome => ({ kind: 'BAD_USER_INPUT', fields: [[field, 'UNKNOWN_REFERENCE']] });
const NOT_FOUND: Outcome = { kind: 'NOT_FOUND' };

const PERSON_FIELDS = 'id displayName workEmail mobilePhone memberships { id departmentId manager { id displayName } }';
const DEPARTMENT_FIELDS = 'id name parentId leaders { id displayName } members { totalCount items { id displayName } }';
const ROLE_FIELDS = 'id key name rules { action subject conditions }';
const ASSIGNMENT_FIELDS = 'id role { id name } person { id displayName } scopeDepartmentId';
const IMPORT =
  'mutation($kind: ImportKind!, $csv: String!, $dryRun: Boolean!) { importOrganizationCsv(kind: $kind, csv: $csv, dryRun: $dryRun) { applied created updated unchanged problems { row field code } } }';
const importReport = (report: { created?: number; updated?: number; unchanged?: number; problems?: { row: number; field: string; code: string }[] }) => ({
  importOrganizationCsv: { applied: false, created: 0, updated: 0, unchanged: 0, problems: [], ...report },
});

/** Attempts that must fail (or find nothing) and write nothing anywhere. */
const ATTEMPTS: Attempt[] = [
  // ── Queries ────────────────────────────────────────────────────────────────────────────────────────────────────────
  { field: 'Query.department', name: 'B’s department', query: `query($id: ID!) { department(id: $id) { ${DEPARTMENT_FIELDS} } }`, variables: (w) => ({ id: w.b.dept }), outcome: NOT_FOUND },
  { field: 'Query.department', name: 'B’s archived department', query: `query($id: ID!) { department(id: $id) { id name } }`, variables: (w) => ({ id: w.b.archived }), outcome: NOT_FOUND },
  { field: 'Query.department', name: 'B’s top-level department', query: `query($id: ID!) { department(id: $id) { id name } }`, variables: (w) => ({ id: w.b.root }), outcome: NOT_FOUND },
  { field: 'Query.departmentSubtree', name: 'B’s tree', query: 'query($id: ID!) { departmentSubtree(id: $id) { id name } }', variables: (w) => ({ id: w.b.root }), outcome: NOT_FOUND },
  {
    field: 'Query.departments',
    name: 'children of B’s department',
    query: 'query($f: DepartmentFilter) { departments(filter: $f) { totalCount items { id name } } }',
    variables: (w) => ({ f: { parentId: w.b.dept, includeArchived: true } }),
    outcome: { kind: 'DATA', data: () => ({ departments: EMPTY_PAGE }) },
  },
  {
    field: 'Query.departments',
    name: 'search for B’s names',
    query: 'query($f: DepartmentFilter) { departments(filter: $f) { totalCount items { id name } } }',
    variables: () => ({ f: { search: B_MARK, includeArchived: true } }),
    outcome: { kind: 'DATA', data: () => ({ departments: EMPTY_PAGE }) },
  },
  { field: 'Query.person', name: 'B’s member', query: `query($id: ID!) { person(id: $id) { ${PERSON_FIELDS} } }`, variables: (w) => ({ id: w.b.member }), outcome: NOT_FOUND },
  { field: 'Query.person', name: 'B’s admin', query: `query($id: ID!) { person(id: $id) { ${PERSON_FIELDS} } }`, variables: (w) => ({ id: w.b.org.adminPersonId }), outcome: NOT_FOUND },
  {
    field: 'Query.people',
    name: 'members of B’s department',
    query: 'query($f: PersonFilter) { people(filter: $f) { totalCount items { id displayName } } }',
    variables: (w) => ({ f: { departmentId: w.b.dept } }),
    outcome: { kind: 'DATA', data: () => ({ people: EMPTY_PAGE }) },
  },
  {
    field: 'Query.people',
    name: 'members of B’s whole tree',
    query: 'query($f: PersonFilter) { people(filter: $f) { totalCount items { id displayName } } }',
    variables: (w) => ({ f: { departmentId: w.b.root, includeSubtree: true } }),
    outcome: { kind: 'DATA', data: () => ({ people: EMPTY_PAGE }) },
  },
  {
    field: 'Query.people',
    name: 'people of B’s job rank',
    query: 'query($f: PersonFilter) { people(filter: $f) { totalCount items { id displayName } } }',
    variables: (w) => ({ f: { rankId: w.b.rank } }),
    outcome: { kind: 'DATA', data: () => ({ people: EMPTY_PAGE }) },
  },
  {
    field: 'Query.people',
    name: 'search for B’s names, also among leavers',
    query: 'query($f: PersonFilter) { people(filter: $f) { totalCount items { id displayName } } }',
    variables: () => ({ f: { search: B_MARK, status: 'ARCHIVED' } }),
    outcome: { kind: 'DATA', data: () => ({ people: EMPTY_PAGE }) },
  },
  { field: 'Query.managerChain', name: 'chain of B’s member', query: 'query($p: ID!) { managerChain(personId: $p) { id displayName } }', variables: (w) => ({ p: w.b.member }), outcome: NOT_FOUND },
  {
    field: 'Query.managerChain',
    name: 'A’s person in B’s department',
    query: 'query($p: ID!, $d: ID) { managerChain(personId: $p, departmentId: $d) { id displayName } }',
    variables: (w) => ({ p: w.a.person, d: w.b.dept }),
    outcome: unknown('departmentId'),
  },
  {
    field: 'Query.nthManager',
    name: 'manager of B’s member',
    query: 'query($p: ID!) { nthManager(personId: $p, level: 1) { id displayName } }',
    variables: (w) => ({ p: w.b.member }),
    outcome: NOT_FOUND,
  },
  {
    field: 'Query.nthManager',
    name: 'A’s person in B’s department',
    query: 'query($p: ID!, $d: ID) { nthManager(personId: $p, level: 1, departmentId: $d) { id displayName } }',
    variables: (w) => ({ p: w.a.person, d: w.b.dept }),
    outcome: unknown('departmentId'),
  },
  {
    field: 'Query.firstManagerAtOrAboveRank',
    name: 'B’s member',
    query: 'query($p: ID!) { firstManagerAtOrAboveRank(personId: $p, rankCode: "M1") { id displayName } }',
    variables: (w) => ({ p: w.b.member }),
    outcome: NOT_FOUND,
  },
  {
    field: 'Query.firstManagerAtOrAboveRank',
    name: 'a rank code only B has',
    query: 'query($p: ID!, $r: String!) { firstManagerAtOrAboveRank(personId: $p, rankCode: $r) { id displayName } }',
    variables: (w) => ({ p: w.a.person, r: w.b.rankCode }),
    outcome: unknown('rankCode'),
  },
  {
    field: 'Query.firstManagerAtOrAboveRank',
    name: 'A’s person in B’s department',
    query: 'query($p: ID!, $d: ID) { firstManagerAtOrAboveRank(personId: $p, rankCode: "M1", departmentId: $d) { id displayName } }',
    variables: (w) => ({ p: w.a.person, d: w.b.dept }),
    outcome: unknown('departmentId'),
  },
  {
    field: 'Query.departmentHeads',
    name: 'heads above B’s department',
    query: 'query($d: ID!) { departmentHeads(departmentId: $d, levelFromTop: 1) { id displayName } }',
    variables: (w) => ({ d: w.b.sub }),
    outcome: NOT_FOUND,
  },
  { field: 'Query.role', name: 'B’s custom role', query: `query($id: ID!) { role(id: $id) { ${ROLE_FIELDS} } }`, variables: (w) => ({ id: w.b.role }), outcome: NOT_FOUND },
  { field: 'Query.role', name: 'B’s admin role', query: `query($id: ID!) { role(id: $id) { ${ROLE_FIELDS} } }`, variables: (w) => ({ id: w.b.adminRole }), outcome: NOT_FOUND },
  {
    field: 'Query.roleAssignments',
    name: 'roles of B’s member',
    query: `query($p: ID) { roleAssignments(personId: $p) { ${ASSIGNMENT_FIELDS} } }`,
    variables: (w) => ({ p: w.b.member }),
    outcome: { kind: 'DATA', data: () => ({ roleAssignments: [] }) },
  },
  {
    field: 'Query.roleAssignments',
    name: 'holders of B’s custom role',
    query: `query($r: ID) { roleAssignments(roleId: $r) { ${ASSIGNMENT_FIELDS} } }`,
    variables: (w) => ({ r: w.b.role }),
    outcome: { kind: 'DATA', data: () => ({ roleAssignments: [] }) },
  },
  {
    field: 'Query.roleAssignments',
    name: 'holders of B’s admin role',
    query: `query($r: ID) { roleAssignments(roleId: $r) { ${ASSIGNMENT_FIELDS} } }`,
    variables: (w) => ({ r: w.b.adminRole }),
    outcome: { kind: 'DATA', data: () => ({ roleAssignments: [] }) },
  },
  {
    field: 'Query.explainPermission',
    name: 'about B’s admin',
    query: 'query($input: ExplainPermissionInput!) { explainPermission(input: $input) { allowed explanation roleId roleName } }',
    variables: (w) => ({ input: { personId: w.b.org.adminPersonId, action: 'manage', subject: 'Person' } }),
    outcome: unknown('personId'),
  },
  ...(['Person', 'Department', 'Role'] as const).map((subject): Attempt => ({
    field: 'Query.explainPermission',
    name: `on B’s ${subject} record`,
    query: 'query($input: ExplainPermissionInput!) { explainPermission(input: $input) { allowed explanation roleId roleName } }',
    variables: (w) => ({ input: { personId: w.a.person, action: 'read', subject, recordId: { Person: w.b.member, Department: w.b.dept, Role: w.b.role }[subject] } }),
    outcome: unknown('recordId'),
  })),
  {
    field: 'Query.auditEntries',
    name: 'changes to B’s department',
    query: 'query($f: AuditFilter) { auditEntries(filter: $f) { totalCount items { action targetId actorName } } }',
    variables: (w) => ({ f: { targetId: w.b.dept } }),
    outcome: { kind: 'DATA', data: () => ({ auditEntries: EMPTY_PAGE }) },
  },
  {
    field: 'Query.auditEntries',
    name: 'changes by B’s admin',
    query: 'query($f: AuditFilter) { auditEntries(filter: $f) { totalCount items { action targetId actorName } } }',
    variables: (w) => ({ f: { actorId: w.b.org.adminPersonId } }),
    outcome: { kind: 'DATA', data: () => ({ auditEntries: EMPTY_PAGE }) },
  },
  {
    field: 'Query.auditEntries',
    name: 'changes to B’s organisation record',
    query: 'query($f: AuditFilter) { auditEntries(filter: $f) { totalCount items { action targetId actorName } } }',
    variables: (w) => ({ f: { targetId: w.b.org.organizationId } }),
    outcome: { kind: 'DATA', data: () => ({ auditEntries: EMPTY_PAGE }) },
  },
  // ── Departments ────────────────────────────────────────────────────────────────────────────────────────────────────
  {
    field: 'Mutation.renameDepartment',
    name: 'B’s department',
    query: 'mutation($id: ID!) { renameDepartment(id: $id, name: "Renamed by A") { id name } }',
    variables: (w) => ({ id: w.b.dept }),
    outcome: NOT_FOUND,
  },
  {
    field: 'Mutation.moveDepartment',
    name: 'B’s department to the top level',
    query: 'mutation($id: ID!, $p: ID) { moveDepartment(id: $id, newParentId: $p) { id parentId } }',
    variables: (w) => ({ id: w.b.sub, p: null }),
    outcome: NOT_FOUND,
  },
  {
    field: 'Mutation.moveDepartment',
    name: 'B’s department under A’s',
    query: 'mutation($id: ID!, $p: ID) { moveDepartment(id: $id, newParentId: $p) { id parentId } }',
    variables: (w) => ({ id: w.b.sub, p: w.a.dept }),
    outcome: NOT_FOUND,
  },
  {
    field: 'Mutation.moveDepartment',
    name: 'A’s department under B’s',
    query: 'mutation($id: ID!, $p: ID) { moveDepartment(id: $id, newParentId: $p) { id parentId } }',
    variables: (w) => ({ id: w.a.dept2, p: w.b.dept }),
    outcome: unknown('newParentId'),
  },
  {
    field: 'Mutation.reorderDepartments',
    name: 'B’s sub-departments',
    query: 'mutation($p: ID, $ids: [ID!]!) { reorderDepartments(parentId: $p, departmentIds: $ids) { id } }',
    variables: (w) => ({ p: w.b.dept, ids: [w.b.sub] }),
    outcome: unknown('parentId'),
  },
  {
    field: 'Mutation.reorderDepartments',
    name: 'B’s department among A’s',
    query: 'mutation($p: ID, $ids: [ID!]!) { reorderDepartments(parentId: $p, departmentIds: $ids) { id } }',
    variables: (w) => ({ p: w.a.org.rootDepartmentId, ids: [w.b.dept, w.a.dept, w.a.dept2] }),
    outcome: unknown('departmentIds.0'),
  },
  {
    field: 'Mutation.archiveDepartment',
    name: 'B’s empty department',
    query: 'mutation($id: ID!) { archiveDepartment(id: $id) { id archivedAt } }',
    variables: (w) => ({ id: w.b.empty }),
    outcome: NOT_FOUND,
  },
  {
    field: 'Mutation.setDepartmentLeaders',
    name: 'B’s person leading A’s department',
    query: 'mutation($id: ID!, $p: [ID!]!) { setDepartmentLeaders(id: $id, personIds: $p) { id leaders { id } } }',
    variables: (w) => ({ id: w.a.dept, p: [w.a.person, w.b.manager] }),
    outcome: unknown('personIds.1'),
  },
  {
    field: 'Mutation.setDepartmentLeaders',
    name: 'A’s person leading B’s department',
    query: 'mutation($id: ID!, $p: [ID!]!) { setDepartmentLeaders(id: $id, personIds: $p) { id leaders { id } } }',
    variables: (w) => ({ id: w.b.dept, p: [w.a.person] }),
    outcome: NOT_FOUND,
  },
  {
    field: 'Mutation.setDepartmentLeaders',
    name: 'clearing B’s leaders',
    query: 'mutation($id: ID!, $p: [ID!]!) { setDepartmentLeaders(id: $id, personIds: $p) { id leaders { id } } }',
    variables: (w) => ({ id: w.b.dept, p: [] }),
    outcome: NOT_FOUND,
  },
  {
    field: 'Mutation.createDepartment',
    name: 'under B’s department',
    query: 'mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id parentId } }',
    variables: (w) => ({ input: { name: 'A’s department in B', parentId: w.b.dept } }),
    outcome: unknown('parentId'),
  },
  // ── People and memberships ─────────────────────────────────────────────────────────────────────────────────────────
  {
    field: 'Mutation.createPerson',
    name: 'member of B’s department',
    query: 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }',
    variables: (w) => ({ input: { displayName: 'Planted by A', memberships: [{ departmentId: w.a.dept }, { departmentId: w.b.dept }] } }),
    outcome: unknown('memberships.1.departmentId'),
  },
  {
    field: 'Mutation.createPerson',
    name: 'managed by B’s manager',
    query: 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }',
    variables: (w) => ({ input: { displayName: 'Reports into B', memberships: [{ departmentId: w.a.dept, managerId: w.b.manager }] } }),
    outcome: unknown('memberships.0.managerId'),
  },
  {
    field: 'Mutation.createPerson',
    name: 'with B’s job rank',
    query: 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }',
    variables: (w) => ({ input: { displayName: 'Ranked by B', rankId: w.b.rank, memberships: [{ departmentId: w.a.dept }] } }),
    outcome: unknown('rankId'),
  },
  {
    field: 'Mutation.updatePerson',
    name: 'B’s member',
    query: 'mutation($id: ID!) { updatePerson(id: $id, input: { jobTitle: "Changed by A", mobilePhone: "+852 0000 0000" }) { id jobTitle } }',
    variables: (w) => ({ id: w.b.member }),
    outcome: NOT_FOUND,
  },
  {
    field: 'Mutation.updatePerson',
    name: 'A’s person given B’s job rank',
    query: 'mutation($id: ID!, $r: ID) { updatePerson(id: $id, input: { rankId: $r }) { id } }',
    variables: (w) => ({ id: w.a.person, r: w.b.rank }),
    outcome: unknown('rankId'),
  },
  {
    field: 'Mutation.signOutPersonEverywhere',
    name: 'B’s admin',
    query: 'mutation($id: ID!) { signOutPersonEverywhere(id: $id) }',
    variables: (w) => ({ id: w.b.org.adminPersonId }),
    outcome: NOT_FOUND,
  },
  { field: 'Mutation.archivePerson', name: 'B’s member', query: 'mutation($id: ID!) { archivePerson(id: $id) { id status } }', variables: (w) => ({ id: w.b.member }), outcome: NOT_FOUND },
  { field: 'Mutation.archivePerson', name: 'B’s admin', query: 'mutation($id: ID!) { archivePerson(id: $id) { id status } }', variables: (w) => ({ id: w.b.org.adminPersonId }), outcome: NOT_FOUND },
  {
    field: 'Mutation.addPersonToDepartment',
    name: 'B’s member into A’s department',
    query: 'mutation($p: ID!, $input: MembershipInput!) { addPersonToDepartment(personId: $p, input: $input) { id } }',
    variables: (w) => ({ p: w.b.member, input: { departmentId: w.a.dept } }),
    outcome: NOT_FOUND,
  },
  {
    field: 'Mutation.addPersonToDepartment',
    name: 'A’s person into B’s department',
    query: 'mutation($p: ID!, $input: MembershipInput!) { addPersonToDepartment(personId: $p, input: $input) { id } }',
    variables: (w) => ({ p: w.a.person, input: { departmentId: w.b.dept } }),
    outcome: unknown('input.departmentId'),
  },
  {
    field: 'Mutation.addPersonToDepartment',
    name: 'A’s person under B’s manager',
    query: 'mutation($p: ID!, $input: MembershipInput!) { addPersonToDepartment(personId: $p, input: $input) { id } }',
    variables: (w) => ({ p: w.a.person, input: { departmentId: w.a.dept2, managerId: w.b.manager } }),
    outcome: unknown('input.managerId'),
  },
  {
    field: 'Mutation.updateMembership',
    name: 'B’s membership',
    query: 'mutation($id: ID!, $input: UpdateMembershipInput!) { updateMembership(id: $id, input: $input) { id isPrimary } }',
    variables: (w) => ({ id: w.b.subMembership, input: { isPrimary: true, managerId: null } }),
    outcome: NOT_FOUND,
  },
  {
    field: 'Mutation.updateMembership',
    name: 'A’s membership under B’s manager',
    query: 'mutation($id: ID!, $input: UpdateMembershipInput!) { updateMembership(id: $id, input: $input) { id manager { id } } }',
    variables: (w) => ({ id: w.a.membership, input: { managerId: w.b.manager } }),
    outcome: unknown('managerId'),
  },
  {
    field: 'Mutation.removePersonFromDepartment',
    name: 'B’s membership',
    query: 'mutation($id: ID!) { removePersonFromDepartment(membershipId: $id) }',
    variables: (w) => ({ id: w.b.subMembership }),
    outcome: NOT_FOUND,
  },
  {
    field: 'Mutation.importOrganizationCsv',
    name: 'departments under B’s department (by external id)',
    query: IMPORT,
    variables: (w) => ({ kind: 'DEPARTMENTS', dryRun: false, csv: `external_id,name,parent_external_id\nA-NEW-1,Imported by A,${w.b.deptExternalId}\n` }),
    outcome: { kind: 'DATA', data: () => importReport({ problems: [{ row: 2, field: 'parent_external_id', code: 'UNKNOWN_REFERENCE' }] }) },
  },
  {
    field: 'Mutation.importOrganizationCsv',
    name: 'a department with B’s external id is new in A (dry run)',
    query: IMPORT,
    variables: (w) => ({ kind: 'DEPARTMENTS', dryRun: true, csv: `external_id,name\n${w.b.deptExternalId},Not B’s department\n` }),
    outcome: { kind: 'DATA', data: () => importReport({ created: 1 }) },
  },
  {
    field: 'Mutation.importOrganizationCsv',
    name: 'people in B’s department and under B’s manager',
    query: IMPORT,
    variables: (w) => ({
      kind: 'PEOPLE',
      dryRun: false,
      csv: `external_id,display_name,department_external_ids,manager_external_id\nA-P-1,Imported by A,${w.b.deptExternalId},\nA-P-2,Also imported by A,A-EXT-D1,${w.b.personExternalId}\n`,
    }),
    outcome: {
      kind: 'DATA',
      data: () =>
        importReport({
          problems: [
            { row: 2, field: 'department_external_ids', code: 'UNKNOWN_REFERENCE' },
            { row: 3, field: 'manager_external_id', code: 'UNKNOWN_REFERENCE' },
          ],
        }),
    },
  },
  {
    field: 'Mutation.importOrganizationCsv',
    name: 'a person with B’s external id is new in A (dry run)',
    query: IMPORT,
    variables: (w) => ({ kind: 'PEOPLE', dryRun: true, csv: `external_id,display_name,department_external_ids\n${w.b.personExternalId},Not B’s person,A-EXT-D1\n` }),
    outcome: { kind: 'DATA', data: () => importReport({ created: 1 }) },
  },
  // ── Roles ──────────────────────────────────────────────────────────────────────────────────────────────────────────
  {
    field: 'Mutation.updateRole',
    name: 'B’s custom role',
    query: `mutation($id: ID!) { updateRole(id: $id, input: { name: "Taken over", rules: [{ action: "manage", subject: "all" }] }) { ${ROLE_FIELDS} } }`,
    variables: (w) => ({ id: w.b.role }),
    outcome: NOT_FOUND,
  },
  {
    field: 'Mutation.updateRole',
    name: 'B’s admin role',
    query: `mutation($id: ID!) { updateRole(id: $id, input: { rules: [{ action: "read", subject: "Organization" }] }) { ${ROLE_FIELDS} } }`,
    variables: (w) => ({ id: w.b.adminRole }),
    outcome: NOT_FOUND,
  },
  { field: 'Mutation.deleteRole', name: 'B’s custom role', query: 'mutation($id: ID!) { deleteRole(id: $id) }', variables: (w) => ({ id: w.b.role }), outcome: NOT_FOUND },
  {
    field: 'Mutation.assignRole',
    name: 'A’s role to B’s member',
    query: `mutation($input: AssignRoleInput!) { assignRole(input: $input) { ${ASSIGNMENT_FIELDS} } }`,
    variables: (w) => ({ input: { personId: w.b.member, roleId: w.a.role } }),
    outcome: unknown('personId'),
  },
  {
    field: 'Mutation.assignRole',
    name: 'B’s admin role to A’s person',
    query: `mutation($input: AssignRoleInput!) { assignRole(input: $input) { ${ASSIGNMENT_FIELDS} } }`,
    variables: (w) => ({ input: { personId: w.a.person, roleId: w.b.adminRole } }),
    outcome: unknown('roleId'),
  },
  {
    field: 'Mutation.assignRole',
    name: 'A’s role scoped to B’s department',
    query: `mutation($input: AssignRoleInput!) { assignRole(input: $input) { ${ASSIGNMENT_FIELDS} } }`,
    variables: (w) => ({ input: { personId: w.a.person, roleId: w.a.role, scopeDepartmentId: w.b.dept } }),
    outcome: unknown('scopeDepartmentId'),
  },
  { field: 'Mutation.unassignRole', name: 'B’s assignment', query: 'mutation($id: ID!) { unassignRole(assignmentId: $id) }', variables: (w) => ({ id: w.b.assignment }), outcome: NOT_FOUND },
  {
    field: 'Mutation.unassignRole',
    name: 'B’s scoped assignment',
    query: 'mutation($id: ID!) { unassignRole(assignmentId: $id) }',
    variables: (w) => ({ id: w.b.scopedAssignment }),
    outcome: NOT_FOUND,
  },
  {
    field: 'Mutation.createPerson',
    name: 'with a sign-in in B’s email domain (and B’s admin’s address: no hint that it exists)',
    query: 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }',
    variables: (w) => ({ input: { displayName: 'Squatter', workEmail: w.b.org.adminEmail, initialPassword: PASSWORD, memberships: [{ departmentId: w.a.dept }] } }),
    outcome: { kind: 'BAD_USER_INPUT', fields: [['workEmail', 'EMAIL_DOMAIN_NOT_CLAIMED']] },
  },
  {
    field: 'Mutation.updatePerson',
    name: 'A’s signed-in person moved to B’s admin’s address',
    query: 'mutation($id: ID!, $e: String) { updatePerson(id: $id, input: { workEmail: $e }) { id workEmail } }',
    variables: (w) => ({ id: w.a.observer.personId, e: w.b.org.adminEmail }),
    outcome: { kind: 'BAD_USER_INPUT', fields: [['workEmail', 'EMAIL_DOMAIN_NOT_CLAIMED']] },
  },
  // ── Email domains ──────────────────────────────────────────────────────────────────────────────────────────────────
  {
    field: 'Mutation.verifyEmailDomain',
    name: 'B’s pending claim',
    query: 'mutation($id: ID!) { verifyEmailDomain(id: $id) { id status verificationRecord } }',
    variables: (w) => ({ id: w.b.pendingClaim.id }),
    outcome: NOT_FOUND,
  },
  {
    field: 'Mutation.verifyEmailDomain',
    name: 'B’s verified claim',
    query: 'mutation($id: ID!) { verifyEmailDomain(id: $id) { id domain } }',
    variables: (w) => ({ id: w.b.domainClaim }),
    outcome: NOT_FOUND,
  },
  { field: 'Mutation.removeEmailDomain', name: 'B’s verified claim', query: 'mutation($id: ID!) { removeEmailDomain(id: $id) }', variables: (w) => ({ id: w.b.domainClaim }), outcome: NOT_FOUND },
  { field: 'Mutation.removeEmailDomain', name: 'B’s pending claim', query: 'mutation($id: ID!) { removeEmailDomain(id: $id) }', variables: (w) => ({ id: w.b.pendingClaim.id }), outcome: NOT_FOUND },
  {
    field: 'Mutation.addVerifiedEmailDomain',
    name: 'B’s domain for A (platform operators only)',
    query: 'mutation($org: ID!, $d: String!) { addVerifiedEmailDomain(organizationId: $org, domain: $d) { id } }',
    variables: (w) => ({ org: w.a.org.organizationId, d: w.b.org.domain }),
    outcome: { kind: 'FORBIDDEN' },
  },
  {
    field: 'Mutation.revokeEmailDomain',
    name: 'B’s domain from B (platform operators only)',
    query: 'mutation($org: ID!, $d: String!) { revokeEmailDomain(organizationId: $org, domain: $d) }',
    variables: (w) => ({ org: w.b.org.organizationId, d: w.b.org.domain }),
    outcome: { kind: 'FORBIDDEN' },
  },
  // ── Sessions and organisations ─────────────────────────────────────────────────────────────────────────────────────
  {
    field: 'Mutation.signOut',
    name: 'B’s session (its refresh token)',
    query: 'mutation($t: String!) { signOut(refreshToken: $t) }',
    variables: (w) => ({ t: w.b.session.refreshToken }),
    outcome: { kind: 'DATA', data: () => ({ signOut: false }) },
  },
  {
    field: 'Mutation.createOrganization',
    name: 'with B’s slug (platform admins only: no hint that the slug exists)',
    query: 'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id slug } }',
    variables: (w) => ({
      input: { name: 'Copy of B', slug: w.b.org.slug, emailDomains: [w.b.org.domain], admin: { displayName: 'Intruder', email: `intruder@${w.b.org.domain}`, password: PASSWORD } },
    }),
    outcome: { kind: 'FORBIDDEN' },
  },
  // ── Announcements ──────────────────────────────────────────────────────────────────────────────────────────────────
  {
    field: 'Query.announcement',
    name: 'B’s welcome notice',
    query: 'query($id: ID!) { announcement(id: $id) { id title readers { totalCount } } }',
    variables: (w) => ({ id: w.b.announcement }),
    outcome: NOT_FOUND,
  },
  {
    field: 'Mutation.publishAnnouncement',
    name: 'B’s notice',
    query: 'mutation($id: ID!) { publishAnnouncement(id: $id) { id status } }',
    variables: (w) => ({ id: w.b.announcement }),
    outcome: NOT_FOUND,
  },
  {
    field: 'Mutation.archiveAnnouncement',
    name: 'B’s notice',
    query: 'mutation($id: ID!) { archiveAnnouncement(id: $id) { id status } }',
    variables: (w) => ({ id: w.b.announcement }),
    outcome: NOT_FOUND,
  },
  {
    field: 'Mutation.confirmAnnouncementRead',
    name: 'B’s notice',
    query: 'mutation($id: ID!) { confirmAnnouncementRead(id: $id) { id } }',
    variables: (w) => ({ id: w.b.announcement }),
    outcome: NOT_FOUND,
  },
  // ── Messaging ──────────────────────────────────────────────────────────────────────────────────────────────────────
  ...(
    [
      ['Query.conversation', 'query($c: ID!) { conversation(id: $c) { id title } }', {}],
      ['Query.conversationMessages', 'query($c: ID!) { conversationMessages(conversationId: $c) { items { id body } } }', {}],
      ['Query.searchMessages', 'query($c: ID!) { searchMessages(query: "ZZB secret", conversationId: $c) { items { message { id } } } }', {}],
      ['Mutation.addConversationMembers', 'mutation($c: ID!, $p: [ID!]!) { addConversationMembers(conversationId: $c, personIds: $p) { id } }', { p: 'a.person' }],
      ['Mutation.removeConversationMember', 'mutation($c: ID!, $p: ID!) { removeConversationMember(conversationId: $c, personId: $p) { id } }', { p: 'b.manager' }],
      ['Mutation.leaveConversation', 'mutation($c: ID!) { leaveConversation(conversationId: $c) }', {}],
      ['Mutation.setConversationRole', 'mutation($c: ID!, $p: ID!) { setConversationRole(conversationId: $c, personId: $p, role: ADMIN) { id } }', { p: 'b.manager' }],
      ['Mutation.renameConversation', 'mutation($c: ID!) { renameConversation(conversationId: $c, title: "Taken") { id } }', {}],
      ['Mutation.archiveConversation', 'mutation($c: ID!) { archiveConversation(conversationId: $c) { id } }', {}],
      ['Mutation.changeMyConversationSettings', 'mutation($c: ID!) { changeMyConversationSettings(conversationId: $c, archived: true) { id } }', {}],
      ['Mutation.markConversationRead', 'mutation($c: ID!) { markConversationRead(conversationId: $c, seq: 1) { id } }', {}],
      ['Mutation.sendMessage', 'mutation($c: ID!) { sendMessage(input: { conversationId: $c, body: "in" }) { id } }', {}],
    ] as const
  ).map(([field, query, extra]): Attempt => ({
    field,
    name: 'B’s group conversation',
    query,
    variables: (w) => ({ c: w.b.messaging.conversation, ...('p' in extra ? { p: extra.p === 'a.person' ? [w.a.person] : w.b.manager } : {}) }),
    outcome: NOT_FOUND,
  })),
  ...(
    [
      ['Mutation.editMessage', 'mutation($m: ID!) { editMessage(id: $m, body: "changed") { id } }'],
      ['Mutation.recallMessage', 'mutation($m: ID!) { recallMessage(id: $m) { id } }'],
      ['Mutation.removeMessageAsModerator', 'mutation($m: ID!) { removeMessageAsModerator(id: $m, reason: "mine now") { id } }'],
      ['Mutation.addMessageReaction', 'mutation($m: ID!) { addMessageReaction(id: $m, emoji: "👀") { id } }'],
      ['Mutation.removeMessageReaction', 'mutation($m: ID!) { removeMessageReaction(id: $m, emoji: "👀") { id } }'],
      ['Mutation.dingMessage', 'mutation($m: ID!) { dingMessage(messageId: $m, personIds: ["00000000-0000-4000-8000-000000000000"]) { id } }'],
    ] as const
  ).map(([field, query]): Attempt => ({ field, name: 'B’s message', query, variables: (w) => ({ m: w.b.messaging.message }), outcome: NOT_FOUND })),
  ...(
    [
      ['Query.moderatedConversation', 'query($c: ID!) { moderatedConversation(id: $c) { id title } }'],
      ['Mutation.moderatedMessages', 'mutation($c: ID!) { moderatedMessages(conversationId: $c) { items { id body } } }'],
      ['Mutation.setConversationRoleAsModerator', 'mutation($c: ID!, $p: ID!) { setConversationRoleAsModerator(conversationId: $c, personId: $p, role: ADMIN) { id } }'],
      ['Mutation.exportConversation', 'mutation($c: ID!) { exportConversation(conversationId: $c, format: CSV) { base64 } }'],
      ['Mutation.placeLegalHold', 'mutation($c: ID!) { placeLegalHold(input: { conversationId: $c, reason: "Take it" }) { id } }'],
    ] as const
  ).map(([field, query]): Attempt => ({ field, name: 'B’s group conversation', query, variables: (w) => ({ c: w.b.messaging.conversation, p: w.b.manager }), outcome: NOT_FOUND })),
  {
    field: 'Mutation.placeLegalHold',
    name: 'a hold on B’s manager as custodian',
    query: 'mutation($p: ID!) { placeLegalHold(input: { custodianId: $p, reason: "Take it" }) { id } }',
    variables: (w) => ({ p: w.b.manager }),
    outcome: NOT_FOUND,
  },
  {
    field: 'Mutation.releaseLegalHold',
    name: 'B’s legal hold',
    query: 'mutation($h: ID!) { releaseLegalHold(id: $h) { id } }',
    variables: (w) => ({ h: w.b.messaging.hold }),
    outcome: NOT_FOUND,
  },
  {
    field: 'Mutation.confirmDing',
    name: 'B’s DING',
    query: 'mutation($d: ID!) { confirmDing(id: $d) { id } }',
    variables: (w) => ({ d: w.b.messaging.ding }),
    outcome: NOT_FOUND,
  },
  {
    field: 'Mutation.startDirectConversation',
    name: 'a direct chat with B’s manager',
    query: 'mutation($p: ID!) { startDirectConversation(personId: $p) { id } }',
    variables: (w) => ({ p: w.b.manager }),
    outcome: { kind: 'BAD_USER_INPUT', fields: [['personId', 'MESSAGING_UNKNOWN_PEOPLE']] },
  },
  {
    field: 'Mutation.createConversation',
    name: 'a group with B’s manager in it',
    query: 'mutation($p: [ID!]!) { createConversation(input: { kind: GROUP, title: "Poach", memberIds: $p }) { id } }',
    variables: (w) => ({ p: [w.b.manager] }),
    outcome: { kind: 'BAD_USER_INPUT', fields: [['memberIds', 'MESSAGING_UNKNOWN_PEOPLE']] },
  },
  // ── SMS ────────────────────────────────────────────────────────────────────────────────────────────────────────────
  {
    field: 'Mutation.retrySmsMessage',
    name: 'B’s test text',
    query: 'mutation($id: ID!) { retrySmsMessage(id: $id) { id status phone text } }',
    variables: (w) => ({ id: w.b.sms.id }),
    outcome: NOT_FOUND,
  },
  // ── Files ──────────────────────────────────────────────────────────────────────────────────────────────────────────
  { field: 'Query.storedFile', name: 'B’s uploaded file', query: 'query($id: ID!) { storedFile(id: $id) { id name url } }', variables: (w) => ({ id: w.b.file }), outcome: NOT_FOUND },
  // ── Attendance ─────────────────────────────────────────────────────────────────────────────────────────────────────
  ...(['Place', 'Shift', 'Group'] as const).flatMap((kind): Attempt[] => {
    const key = kind.toLowerCase() as 'place' | 'shift' | 'group';
    const input = {
      Place: { name: 'Moved by A', latitude: 22.3, longitude: 114.2, radiusMeters: 300 },
      Shift: { name: 'Moved by A', start: '09:00', end: '18:00' },
      Group: { name: 'Moved by A', personIds: [] as string[], departmentIds: [] as string[] },
    }[kind];
    return [
      {
        field: `Query.attendance${kind}`,
        name: `B’s ${key}`,
        query: `query($id: ID!) { attendance${kind}(id: $id) { id name } }`,
        variables: (w) => ({ id: w.b.attendance[key] }),
        outcome: NOT_FOUND,
      },
      {
        field: `Mutation.updateAttendance${kind}`,
        name: `B’s ${key}`,
        query: `mutation($id: ID!, $input: Attendance${kind}Input!) { updateAttendance${kind}(id: $id, input: $input) { id name } }`,
        variables: (w) => ({ id: w.b.attendance[key], input: kind === 'Group' ? { ...input, departmentIds: [w.a.dept] } : input }),
        outcome: NOT_FOUND,
      },
      {
        field: `Mutation.deleteAttendance${kind}`,
        name: `B’s ${key}`,
        query: `mutation($id: ID!) { deleteAttendance${kind}(id: $id) }`,
        variables: (w) => ({ id: w.b.attendance[key] }),
        outcome: NOT_FOUND,
      },
    ];
  }),
  {
    field: 'Mutation.createAttendanceGroup',
    name: 'with B’s department, person, place and shift',
    query: 'mutation($input: AttendanceGroupInput!) { createAttendanceGroup(input: $input) { id } }',
    variables: (w) => ({ input: { name: 'A group', departmentIds: [w.b.dept], personIds: [w.b.member], placeIds: [w.b.attendance.place], shiftId: w.b.attendance.shift } }),
    outcome: {
      kind: 'BAD_USER_INPUT',
      fields: [
        ['departmentIds.0', 'UNKNOWN_REFERENCE'],
        ['personIds.0', 'UNKNOWN_REFERENCE'],
        ['placeIds.0', 'UNKNOWN_REFERENCE'],
        ['shiftId', 'UNKNOWN_REFERENCE'],
      ],
    },
  },
  {
    field: 'Query.attendanceDays',
    name: 'filtered on B’s admin and B’s department',
    query: 'query($p: ID, $d: ID) { attendanceDays(filter: { personId: $p, departmentId: $d }) { totalCount items { id } } }',
    variables: (w) => ({ p: w.b.org.adminPersonId, d: w.b.root }),
    outcome: { kind: 'DATA', data: () => ({ attendanceDays: EMPTY_PAGE }) },
  },
  {
    field: 'Mutation.recomputeAttendanceDays',
    name: 'for B’s admin (a member of B’s group)',
    query: 'mutation($p: [ID!]) { recomputeAttendanceDays(from: "2026-11-01", to: "2026-11-02", personIds: $p) }',
    variables: (w) => ({ p: [w.b.org.adminPersonId] }),
    outcome: { kind: 'BAD_USER_INPUT', fields: [['personIds.0', 'ATTENDANCE_NOT_A_MEMBER']] },
  },
  {
    field: 'Query.attendanceMonthlySummary',
    name: 'of B’s department',
    query: 'query($d: ID) { attendanceMonthlySummary(month: "2026-12", departmentId: $d) { totalCount items { personId: person { id } } } }',
    variables: (w) => ({ d: w.b.root }),
    outcome: { kind: 'DATA', data: () => ({ attendanceMonthlySummary: EMPTY_PAGE }) },
  },
  {
    field: 'Query.attendanceMonthlyReport',
    name: 'of B’s department',
    query: 'query($d: ID) { attendanceMonthlyReport(month: "2026-12", format: CSV, departmentId: $d) { rows } }',
    variables: (w) => ({ d: w.b.root }),
    outcome: { kind: 'DATA', data: () => ({ attendanceMonthlyReport: { rows: 0 } }) },
  },
  {
    field: 'Query.attendancePayrollExport',
    name: 'of B’s department',
    query: 'query($d: ID) { attendancePayrollExport(month: "2026-12", file: TIMESHEETS, departmentId: $d) { rows } }',
    variables: (w) => ({ d: w.b.root }),
    outcome: { kind: 'DATA', data: () => ({ attendancePayrollExport: { rows: 0 } }) },
  },
  {
    field: 'Mutation.setAttendanceRoster',
    name: 'a day for B’s member with B’s shift',
    query: 'mutation($e: [AttendanceRosterEntryInput!]!) { setAttendanceRoster(entries: $e) }',
    variables: (w) => ({ e: [{ personId: w.b.member, date: '2026-12-20', shiftId: w.b.attendance.shift }] }),
    outcome: {
      kind: 'BAD_USER_INPUT',
      fields: [
        ['entries.0.personId', 'UNKNOWN_REFERENCE'],
        ['entries.0.shiftId', 'UNKNOWN_REFERENCE'],
      ],
    },
  },
  {
    field: 'Mutation.importAttendanceRoster',
    name: 'a file naming B’s admin and B’s shift',
    query: 'mutation($csv: String!) { importAttendanceRoster(csv: $csv) }',
    variables: (w) => ({ csv: `person,date,shift\n${w.b.org.adminEmail},2026-12-20,ZZB Any time\n` }),
    outcome: {
      kind: 'BAD_USER_INPUT',
      fields: [
        ['rows.1.person', 'UNKNOWN_REFERENCE'],
        ['rows.1.shift', 'UNKNOWN_REFERENCE'],
      ],
    },
  },
  {
    field: 'Query.attendanceRoster',
    name: 'filtered on B’s admin and B’s department',
    query: 'query($p: ID, $d: ID) { attendanceRoster(from: "2026-12-01", to: "2026-12-31", personId: $p, departmentId: $d) { totalCount items { id } } }',
    variables: (w) => ({ p: w.b.org.adminPersonId, d: w.b.root }),
    outcome: { kind: 'DATA', data: () => ({ attendanceRoster: EMPTY_PAGE }) },
  },
  {
    field: 'Query.attendancePunches',
    name: 'filtered on B’s admin and B’s department',
    query: 'query($p: ID, $d: ID) { attendancePunches(filter: { personId: $p, departmentId: $d }) { totalCount items { id } } }',
    variables: (w) => ({ p: w.b.org.adminPersonId, d: w.b.root }),
    outcome: { kind: 'DATA', data: () => ({ attendancePunches: EMPTY_PAGE }) },
  },
  {
    field: 'Mutation.updateAttendanceLeaveType',
    name: 'B’s compensation leave',
    query: 'mutation($id: ID!, $input: AttendanceLeaveTypeInput!) { updateAttendanceLeaveType(id: $id, input: $input) { id } }',
    variables: (w) => ({ id: w.b.attendance.leaveType, input: { nameEn: 'Moved by A', nameZhHk: 'A', nameZhCn: 'A', paid: false, needsBalance: true, policy: 'NONE', active: false } }),
    outcome: NOT_FOUND,
  },
  {
    field: 'Mutation.adjustAttendanceLeave',
    name: 'B’s admin’s balance of B’s leave type',
    query: 'mutation($input: AttendanceLeaveAdjustmentInput!) { adjustAttendanceLeave(input: $input) { id } }',
    variables: (w) => ({ input: { personId: w.b.org.adminPersonId, leaveTypeId: w.b.attendance.leaveType, days: 5, effectiveOn: '2026-12-01', note: 'A was here' } }),
    outcome: {
      kind: 'BAD_USER_INPUT',
      fields: [
        ['personId', 'UNKNOWN_REFERENCE'],
        ['leaveTypeId', 'UNKNOWN_REFERENCE'],
      ],
    },
  },
  {
    field: 'Query.attendanceLeaveEntries',
    name: 'filtered on B’s admin and B’s leave type',
    query: 'query($p: ID, $t: ID) { attendanceLeaveEntries(personId: $p, leaveTypeId: $t) { totalCount items { id } } }',
    variables: (w) => ({ p: w.b.org.adminPersonId, t: w.b.attendance.leaveType }),
    outcome: { kind: 'DATA', data: () => ({ attendanceLeaveEntries: EMPTY_PAGE }) },
  },
  {
    field: 'Query.attendanceLeaveBalances',
    name: 'of B’s admin and B’s department',
    query: 'query($p: ID, $d: ID) { attendanceLeaveBalances(personId: $p, departmentId: $d) { totalCount items { available } } }',
    variables: (w) => ({ p: w.b.org.adminPersonId, d: w.b.root }),
    outcome: { kind: 'DATA', data: () => ({ attendanceLeaveBalances: EMPTY_PAGE }) },
  },
  {
    field: 'Mutation.requestAttendanceLeave',
    name: 'of B’s leave type',
    query: 'mutation($input: AttendanceLeaveRequestInput!) { requestAttendanceLeave(input: $input) { id } }',
    variables: (w) => ({ input: { leaveTypeId: w.b.attendance.leaveType, startDate: '2027-03-03', endDate: '2027-03-03', reason: 'A was here' } }),
    outcome: { kind: 'BAD_USER_INPUT', fields: [['leaveTypeId', 'UNKNOWN_REFERENCE']] },
  },
  {
    field: 'Query.attendanceRequests',
    name: 'filtered on B’s admin',
    query: 'query($p: ID) { attendanceRequests(filter: { personId: $p }) { totalCount items { id } } }',
    variables: (w) => ({ p: w.b.org.adminPersonId }),
    outcome: { kind: 'DATA', data: () => ({ attendanceRequests: EMPTY_PAGE }) },
  },
  // ── Working calendar ───────────────────────────────────────────────────────────────────────────────────────────────
  {
    field: 'Mutation.changeHoliday',
    name: 'B’s company day',
    query: 'mutation($id: ID!, $input: HolidayInput!) { changeHoliday(id: $id, input: $input) { id date name } }',
    variables: (w) => ({ id: w.b.holiday.id, input: { date: '2026-08-21', nameEn: 'Moved by A' } }),
    outcome: NOT_FOUND,
  },
  {
    field: 'Mutation.changeHoliday',
    name: 'B’s Hong Kong holiday',
    query: 'mutation($id: ID!, $input: HolidayInput!) { changeHoliday(id: $id, input: $input) { id date name } }',
    variables: (w) => ({ id: w.b.hongKongHoliday, input: { date: '2026-10-02', nameEn: 'Moved by A' } }),
    outcome: NOT_FOUND,
  },
  { field: 'Mutation.removeHoliday', name: 'B’s company day', query: 'mutation($id: ID!) { removeHoliday(id: $id) }', variables: (w) => ({ id: w.b.holiday.id }), outcome: NOT_FOUND },
  { field: 'Mutation.removeHoliday', name: 'B’s Hong Kong holiday', query: 'mutation($id: ID!) { removeHoliday(id: $id) }', variables: (w) => ({ id: w.b.hongKongHoliday }), outcome: NOT_FOUND },
  {
    field: 'Mutation.changeMakeUpWorkday',
    name: 'B’s make-up working day',
    query: 'mutation($id: ID!, $input: MakeUpWorkdayInput!) { changeMakeUpWorkday(id: $id, input: $input) { id date name } }',
    variables: (w) => ({ id: w.b.makeUpWorkday.id, input: { date: '2026-08-29', intervals: [{ start: '09:00', end: '13:00' }], nameEn: 'Moved by A' } }),
    outcome: NOT_FOUND,
  },
  {
    field: 'Mutation.removeMakeUpWorkday',
    name: 'B’s make-up working day',
    query: 'mutation($id: ID!) { removeMakeUpWorkday(id: $id) }',
    variables: (w) => ({ id: w.b.makeUpWorkday.id }),
    outcome: NOT_FOUND,
  },
  {
    field: 'Query.approvalMetrics',
    name: 'metrics of B’s template',
    query: 'query($t: ID, $from: DateTimeISO!, $to: DateTimeISO!) { approvalMetrics(from: $from, to: $to, templateId: $t) { submitted } }',
    variables: (w) => ({ t: w.b.approvals.template, from: new Date(Date.now() - 86_400_000).toISOString(), to: new Date(Date.now() + 86_400_000).toISOString() }),
    outcome: { kind: 'DATA', data: () => ({ approvalMetrics: [] }) },
  },
  { field: 'Query.approvalTask', name: 'B’s task', query: 'query($id: ID!) { approvalTask(id: $id) { id status } }', variables: (w) => ({ id: w.b.approvals.task }), outcome: NOT_FOUND },
  { field: 'Query.approvalTemplate', name: 'B’s template', query: 'query($id: ID!) { approvalTemplate(id: $id) { id name } }', variables: (w) => ({ id: w.b.approvals.template }), outcome: NOT_FOUND },
  {
    field: 'Query.approvalTemplates',
    name: 'searching for B’s template by name',
    query: 'query($f: ApprovalTemplateFilter) { approvalTemplates(filter: $f) { totalCount items { id } } }',
    variables: () => ({ f: { search: 'ZZB' } }),
    outcome: { kind: 'DATA', data: () => ({ approvalTemplates: EMPTY_PAGE }) },
  },
  {
    field: 'Query.approvalRequest',
    name: 'B’s request',
    query: 'query($id: ID!) { approvalRequest(id: $id) { id title values } }',
    variables: (w) => ({ id: w.b.approvals.request }),
    outcome: NOT_FOUND,
  },
  {
    field: 'Query.approvalRequests',
    name: 'requests on B’s template, from B’s department, by B’s applicant',
    query: 'query($f: ApprovalRequestFilter) { approvalRequests(filter: $f) { totalCount items { id } } }',
    variables: (w) => ({ f: { templateId: w.b.approvals.template, departmentId: w.b.root, applicantId: w.b.approvals.applicant } }),
    outcome: { kind: 'DATA', data: () => ({ approvalRequests: EMPTY_PAGE }) },
  },
  {
    field: 'Query.myApprovalRequests',
    name: 'own requests on B’s template',
    query: 'query($f: ApprovalRequestFilter) { myApprovalRequests(filter: $f) { totalCount items { id } } }',
    variables: (w) => ({ f: { templateId: w.b.approvals.template } }),
    outcome: { kind: 'DATA', data: () => ({ myApprovalRequests: EMPTY_PAGE }) },
  },
  {
    field: 'Query.approvalRequestsCopiedToMe',
    name: 'copies on B’s template',
    query: 'query($f: ApprovalRequestFilter) { approvalRequestsCopiedToMe(filter: $f) { totalCount items { id } } }',
    variables: (w) => ({ f: { templateId: w.b.approvals.template } }),
    outcome: { kind: 'DATA', data: () => ({ approvalRequestsCopiedToMe: EMPTY_PAGE }) },
  },
  {
    field: 'Query.myApprovalTasks',
    name: 'own tasks on B’s template',
    query: 'query($f: MyApprovalTaskFilter) { myApprovalTasks(filter: $f) { totalCount items { id } } }',
    variables: (w) => ({ f: { templateId: w.b.approvals.template } }),
    outcome: { kind: 'DATA', data: () => ({ myApprovalTasks: EMPTY_PAGE }) },
  },
  {
    field: 'Query.previewApprovalRoute',
    name: 'a route on B’s template',
    query: 'query($input: SubmitApprovalRequestInput!) { previewApprovalRoute(input: $input) { steps { nodeId } } }',
    variables: (w) => ({ input: { templateId: w.b.approvals.template, values: { purpose: 'x' } } }),
    outcome: NOT_FOUND,
  },
  {
    field: 'Mutation.createApprovalTemplate',
    name: 'a template whose step names B’s manager, department and role',
    query: 'mutation($input: CreateApprovalTemplateInput!) { createApprovalTemplate(input: $input) { id } }',
    variables: (w) => ({
      input: {
        names: { en: 'A’s template' },
        definition: {
          form: [{ key: 'purpose', type: 'TEXT', label: { en: 'Purpose' } }],
          flow: [
            {
              id: 'step',
              type: 'APPROVAL',
              approvers: [
                { kind: 'PEOPLE', personIds: [w.b.manager] },
                { kind: 'DEPARTMENT_HEAD', departmentId: w.b.dept },
                { kind: 'ROLE', roleKey: w.b.role },
              ],
            },
          ],
          policies: {},
        },
      },
    }),
    outcome: {
      kind: 'BAD_USER_INPUT',
      fields: [
        ['definition.flow[0].approvers[0].personIds[0]', 'UNKNOWN_REFERENCE'],
        ['definition.flow[0].approvers[1].departmentId', 'UNKNOWN_REFERENCE'],
        ['definition.flow[0].approvers[2].roleKey', 'UNKNOWN_REFERENCE'],
      ],
    },
  },
  ...(
    [
      ['updateApprovalTemplate', 'mutation($id: ID!) { updateApprovalTemplate(id: $id, input: { names: { en: "Taken" } }) { id } }'],
      ['publishApprovalTemplate', 'mutation($id: ID!) { publishApprovalTemplate(id: $id) { id } }'],
      ['disableApprovalTemplate', 'mutation($id: ID!) { disableApprovalTemplate(id: $id) { id } }'],
      ['enableApprovalTemplate', 'mutation($id: ID!) { enableApprovalTemplate(id: $id) { id } }'],
      ['copyApprovalTemplate', 'mutation($id: ID!) { copyApprovalTemplate(id: $id) { id draft { flow { id } } } }'],
      ['deleteApprovalTemplate', 'mutation($id: ID!) { deleteApprovalTemplate(id: $id) }'],
    ] as const
  ).map(([verb, query]): Attempt => ({ field: `Mutation.${verb}`, name: 'B’s template', query, variables: (w) => ({ id: w.b.approvals.template }), outcome: NOT_FOUND })),
  {
    field: 'Mutation.submitApprovalRequest',
    name: 'a request on B’s template',
    query: 'mutation($input: SubmitApprovalRequestInput!) { submitApprovalRequest(input: $input) { id } }',
    variables: (w) => ({ input: { templateId: w.b.approvals.template, values: { purpose: 'x' } } }),
    outcome: NOT_FOUND,
  },
  ...(
    [
      ['resubmitApprovalRequest', 'mutation($id: ID!) { resubmitApprovalRequest(id: $id, input: {}) { id } }'],
      ['withdrawApprovalRequest', 'mutation($id: ID!) { withdrawApprovalRequest(id: $id) { id } }'],
      ['revokeApprovalRequest', 'mutation($id: ID!) { revokeApprovalRequest(id: $id, reason: "x") { id } }'],
      ['commentOnApprovalRequest', 'mutation($id: ID!) { commentOnApprovalRequest(id: $id, text: "x") { id } }'],
      ['remindApprovalRequest', 'mutation($id: ID!) { remindApprovalRequest(id: $id) { id } }'],
    ] as const
  ).map(([verb, query]): Attempt => ({ field: `Mutation.${verb}`, name: 'B’s request', query, variables: (w) => ({ id: w.b.approvals.request }), outcome: NOT_FOUND })),
  ...(
    [
      ['approveApprovalTask', 'mutation($id: ID!) { approveApprovalTask(id: $id) { id } }'],
      ['rejectApprovalTask', 'mutation($id: ID!) { rejectApprovalTask(id: $id, reason: "x") { id } }'],
      ['returnApprovalTask', 'mutation($id: ID!) { returnApprovalTask(id: $id, reason: "x") { id } }'],
      ['transferApprovalTask', 'mutation($id: ID!, $to: ID!) { transferApprovalTask(id: $id, toPersonId: $to) { id } }'],
      ['addApprovalSigner', 'mutation($id: ID!, $to: ID!) { addApprovalSigner(id: $id, personId: $to, position: PARALLEL) { id } }'],
      ['approveApprovalTasks', 'mutation($id: ID!) { approveApprovalTasks(ids: [$id]) { id } }'],
    ] as const
  ).map(([verb, query]): Attempt => ({ field: `Mutation.${verb}`, name: 'B’s task', query, variables: (w) => ({ id: w.b.approvals.task, to: w.a.person }), outcome: NOT_FOUND })),
];

/** Changes A may make that reuse B's names, codes or external ids: values are unique per organisation, never across. */
const ALLOWED_WRITES: Attempt[] = [
  {
    field: 'Mutation.sendTestSms',
    name: 'a test text to the number B texted (A’s own text; only A’s hourly window counts it)',
    query: 'mutation($to: String!) { sendTestSms(to: $to) { phone purpose status attempts } }',
    variables: (w) => ({ to: w.b.sms.phone }),
    outcome: { kind: 'DATA', data: (w) => ({ sendTestSms: { phone: w.b.sms.phone, purpose: 'sms.test', status: 'QUEUED', attempts: 0 } }) },
  },
  {
    field: 'Mutation.createRole',
    name: 'a role named like B’s, with rules naming B’s ids',
    query: 'mutation($input: CreateRoleInput!) { createRole(input: $input) { name rules { conditions } } }',
    variables: (w) => ({ input: { name: w.b.roleName, rules: [{ action: 'read', subject: 'Person', conditions: { id: { $in: [w.b.member, w.b.manager] } } }] } }),
    outcome: { kind: 'DATA', data: (w) => ({ createRole: { name: w.b.roleName, rules: [{ conditions: { id: { $in: [w.b.member, w.b.manager] } } }] } }) },
  },
  {
    field: 'Mutation.createDepartment',
    name: 'a department with B’s external id and code',
    query: 'mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { externalId code } }',
    variables: (w) => ({ input: { name: 'Same external id as B', externalId: w.b.deptExternalId, code: 'ZZB-S', parentId: w.a.dept } }),
    outcome: { kind: 'DATA', data: (w) => ({ createDepartment: { externalId: w.b.deptExternalId, code: 'ZZB-S' } }) },
  },
  {
    field: 'Mutation.createPerson',
    name: 'a person with B’s staff number and external id',
    query: 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { employeeNo externalId } }',
    variables: (w) => ({ input: { displayName: 'Same numbers as B', employeeNo: w.b.employeeNo, externalId: w.b.personExternalId, memberships: [{ departmentId: w.a.dept }] } }),
    outcome: { kind: 'DATA', data: (w) => ({ createPerson: { employeeNo: w.b.employeeNo, externalId: w.b.personExternalId } }) },
  },
  {
    field: 'Mutation.createJobRank',
    name: 'a job rank with B’s code',
    query: 'mutation($input: CreateJobRankInput!) { createJobRank(input: $input) { code level } }',
    variables: (w) => ({ input: { code: w.b.rankCode, name: 'A’s own rank', level: 96 } }),
    outcome: { kind: 'DATA', data: (w) => ({ createJobRank: { code: w.b.rankCode, level: 96 } }) },
  },
  {
    field: 'Mutation.claimEmailDomain',
    name: 'B’s domain (a claim of A’s own that stays pending and gives A nothing in B)',
    query: 'mutation($d: String!) { claimEmailDomain(domain: $d) { domain status verificationMethod } }',
    variables: (w) => ({ d: w.b.org.domain }),
    outcome: { kind: 'DATA', data: (w) => ({ claimEmailDomain: { domain: w.b.org.domain, status: 'PENDING', verificationMethod: null } }) },
  },
  {
    field: 'Mutation.updateOrganizationSettings',
    name: 'A’s settings (B’s stay as they are)',
    query: 'mutation { updateOrganizationSettings(input: { name: "A renamed", defaultLocale: "zh-CN" }) { name defaultLocale } }',
    variables: () => ({}),
    outcome: { kind: 'DATA', data: () => ({ updateOrganizationSettings: { name: 'A renamed', defaultLocale: 'zh-CN' } }) },
  },
  {
    field: 'Mutation.addHoliday',
    name: 'a holiday on B’s company day, named like it (one holiday per day and organisation, not across)',
    query: 'mutation($input: HolidayInput!) { addHoliday(input: $input) { date nameEn source } }',
    variables: (w) => ({ input: { date: w.b.holiday.date, nameEn: 'ZZB Company Day' } }),
    outcome: { kind: 'DATA', data: (w) => ({ addHoliday: { date: w.b.holiday.date, nameEn: 'ZZB Company Day', source: 'COMPANY' } }) },
  },
  {
    field: 'Mutation.addMakeUpWorkday',
    name: 'a make-up working day on B’s, named like it (one per day and organisation, not across)',
    query: 'mutation($input: MakeUpWorkdayInput!) { addMakeUpWorkday(input: $input) { date nameEn } }',
    variables: (w) => ({ input: { date: w.b.makeUpWorkday.date, intervals: [{ start: '09:00', end: '13:00' }], nameEn: 'ZZB Saturday worked' } }),
    outcome: { kind: 'DATA', data: (w) => ({ addMakeUpWorkday: { date: w.b.makeUpWorkday.date, nameEn: 'ZZB Saturday worked' } }) },
  },
];

/**
 * Root fields that take no id or other reference into an organisation's data, with the reason. Whatever they return
 * is the caller's own organisation (checked for B's data in "lists without ids" below).
 */
const NO_FOREIGN_IDS: Record<string, string> = {
  'Query.smsMessages': 'lists the caller’s organisation’s texts; filters by status and purpose only',
  'Mutation.createFileUpload': 'a purpose, a name, a size and a type; the file belongs to the caller’s organisation (its links name it)',
  'Mutation.uploadFile': 'a purpose and the file’s bytes; the file belongs to the caller’s organisation',
  'Query.announcements': 'lists the caller’s organisation’s announcements; filters by status only',
  'Mutation.createAnnouncement': 'title and body only; the draft belongs to the caller’s organisation',
  'Subscription.myApprovalTasksChanged': 'the caller’s own task box in their own organisation’s stream; no arguments',
  'Subscription.approvalRequestChanged': 'takes a request id: another organisation’s is NOT_FOUND at subscribe time (approvals.e2e.spec.ts, subscriptions)',
  'Query.attendancePlaces': 'lists the caller’s organisation’s places; a page only',
  'Query.attendanceShifts': 'lists the caller’s organisation’s shifts; a page only',
  'Query.attendanceGroups': 'lists the caller’s organisation’s groups; a page only',
  'Query.myAttendance': 'the caller’s own group; no arguments',
  'Mutation.acknowledgeAttendanceNotice': 'the caller’s own group’s notice; no arguments',
  'Mutation.punch': 'the caller’s own punch in their own group; its client punch id is scoped to the caller',
  'Mutation.createAttendancePlace': 'coordinates, BSSIDs and IP ranges only; the place belongs to the caller’s organisation',
  'Mutation.createAttendanceShift': 'times and minutes only; the shift belongs to the caller’s organisation',
  'Query.attendanceLeaveTypes': 'lists the caller’s organisation’s leave types; no arguments',
  'Mutation.requestAttendanceMakeUpPunch': 'the caller’s own missed punch: a kind, a time and a reason; no ids',
  'Mutation.requestAttendanceOvertime': 'the caller’s own overtime: two times, a compensation and a reason; no ids',
  'Query.attendanceMonths': 'the caller’s organisation’s months of a year (a number)',
  'Mutation.lockAttendanceMonth': 'a month (YYYY-MM) of the caller’s organisation; B locking the same month is its own row (checked in the snapshot)',
  'Mutation.reopenAttendanceMonth': 'a month (YYYY-MM) and a reason; only the caller’s organisation’s month is looked up',
  'Query.workingCalendar': 'the caller’s organisation’s calendar; no arguments (its holidays take a year, a number)',
  'Query.workingDuration': 'two instants, measured with the caller’s organisation’s calendar',
  'Mutation.setWorkingHours': 'weekly hours and a time zone name; the calendar is the caller’s organisation’s',
  'Mutation.restoreHongKongHolidays': 'a year (a number); adds Harbour’s reference holidays to the caller’s organisation',
  'Query.jobRanks': 'lists the caller’s organisation’s ranks; no arguments',
  'Query.auditActions': 'the event types the caller’s organisation’s log records; no arguments',
  'Query.viewerCanCreateTopLevelDepartment': 'a yes or no about the caller’s own organisation; no arguments',
  'Query.workforceByMonth': 'counts of the caller’s organisation’s people; `months` is a number, not a reference',
  'Query.organizationImportTemplate': 'a fixed template in the caller’s language; its only argument is the kind of import',
  'Query.me': 'the signed-in person; no arguments',
  'Query.myPermissions': 'the caller’s own permissions; no arguments',
  'Query.organization': 'the caller’s organisation; no arguments',
  'Query.permissionVocabulary': 'static vocabulary; no arguments',
  'Query.previewRolePermissions': 'ids inside rule conditions are only echoed back, never looked up',
  'Query.roles': 'lists the caller’s organisation’s roles; no arguments',
  'Query.verifyAuditChain': 'verifies the caller’s organisation’s chain; `full` is a flag, not a reference',
  'Mutation.changePassword': 'the caller’s own account; passwords, no ids',
  'Mutation.signOutEverywhere': 'the caller’s own sessions; no arguments',
  'Mutation.refreshSession': 'a refresh token is a credential (public operation), not a reference; it acts as its own account',
  'Mutation.signIn': 'email and password; the account decides the organisation',
  'Query.conversations': 'lists the caller’s own conversations; filters by archive and kind only',
  'Query.messagingChanges': 'the caller’s own conversations’ changes; `since` is a sequence number, not a reference',
  'Query.messagingPolicy': 'the caller’s organisation’s policy; no arguments',
  'Query.moderatedConversations': 'lists the caller’s organisation’s groups and channels; filters by kind, title and archive only',
  'Query.legalHolds': 'lists the caller’s organisation’s legal holds; `active` is a flag',
  'Query.myMessagingSettings': 'the caller’s own settings; no arguments',
  'Mutation.changeMessagingPolicy': 'settings of the caller’s organisation; flags and numbers, no ids',
  'Mutation.setMyReadReceipts': 'the caller’s own setting; a flag',
  'Mutation.setMyQuietHours': 'the caller’s own setting; two times of day',
  'Subscription.messagingChanged': 'the connection’s person’s own conversations; `after` is a sequence number (messaging.e2e.spec.ts, sync)',
  'Subscription.events': 'streams the connection’s own organisation; `after` is a sequence number (see the stream test below)',
  'Subscription.importProgress': 'follows the caller’s own import: the topic is keyed by their account and a key they chose (see the import progress tests)',
};

/** Everything of B that A must never see, read as B's admin (also the "unchanged" snapshot). */
const SNAPSHOT = `{
  organization { id name slug defaultLocale emailDomains { id domain status verificationMethod verificationRecord verifiedAt } }
  departments(filter: { includeArchived: true }, take: 100) { totalCount items { id name code externalId parentId sortOrder archivedAt leaders { id } } }
  active: people(take: 100) { totalCount items { ...P } }
  archived: people(filter: { status: ARCHIVED }, take: 100) { totalCount items { ...P } }
  roles { id key name description builtIn rules { action subject conditions fields inverted description } }
  roleAssignments { id scopeDepartmentId role { id } person { id } }
  jobRanks { id code name level }
  auditEntries(take: 100) { totalCount items { sequence action targetType targetId actorId requestId hash } }
  verifyAuditChain(full: true) { valid checkedEntries verifiedThroughSequence }
  announcements(take: 100) { totalCount items { id title status version readByMeAt readers { totalCount } } }
  workingCalendar {
    id timeZone weeklyHours { weekday intervals { start end } } holidays { id date nameEn nameZhHk nameZhCn isGeneralHoliday isStatutoryHoliday source }
    makeUpWorkdays { id date nameEn nameZhHk nameZhCn intervals { start end } }
  }
  approvalTemplates(take: 100) { totalCount items { id name status version publishedVersion draft { flow { id approvers { personIds } } } } }
  approvalRequests(take: 100) { totalCount items { id title status version values tasks { id status assignee { id } } timeline { kind } } }
  attendancePlaces(take: 100) { totalCount items { id name latitude longitude radiusMeters wifiBssids ipRanges version } }
  attendanceShifts(take: 100) { totalCount items { id name start end version } }
  attendanceGroups(take: 100) { totalCount items { id name departmentIds personIds placeIds version } }
  attendancePunches(take: 100) { totalCount items { id workDate method flags } }
  attendanceDays(take: 100) { totalCount items { id workDate status exceptions punchCount } }
  attendanceRoster(from: "2026-12-01", to: "2026-12-31", take: 100) { totalCount items { id date restDay } }
  attendanceLeaveTypes { id key nameEn paid needsBalance policy active version }
  attendanceLeaveEntries(take: 10) { totalCount items { id kind days effectiveOn note } }
  attendanceLeaveBalances(take: 10) { totalCount items { available pending leaveType { id } } }
  attendanceRequests(take: 10) { totalCount items { id status startDate approvalRequestId } }
  conversations(take: 10) { totalCount items { id title lastSeq lastMessage { id body } } }
  smsMessages(take: 100) { totalCount items { id phone text purpose key status attempts version } }
}
fragment P on Person {
  id displayName englishName workEmail employeeNo jobTitle status mobilePhone personalEmail homeAddress externalId employmentEndDate
  rank { id } memberships { id departmentId isPrimary manager { id } }
}`;

const snapshot = (org: TestOrg) => org.admin.ok<Record<string, unknown>>(SNAPSHOT);

/** Every id and marked value of B's snapshot. */
function secretsOf(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    if (UUID.test(value) || value.includes(B_MARK)) into.add(value);
  } else if (Array.isArray(value)) {
    for (const item of value) secretsOf(item, into);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) secretsOf(item, into);
  }
  return into;
}

let t: TestApp;
let w: World;
let bSecrets: Set<string>;
let bBefore: Record<string, unknown>;
let aBefore: Record<string, unknown>;

/** Fails when the answer carries any of B's values that the caller did not send itself. */
function expectNoLeak(result: GqlResult, variables: Record<string, unknown>): void {
  const sent = JSON.stringify(variables);
  const answer = JSON.stringify({ data: result.data, errors: result.errors });
  const leaked = [...bSecrets].filter((secret) => answer.includes(secret) && !sent.includes(secret));
  expect(leaked).toEqual([]);
  expect(answer.includes(w.b.org.slug) && !sent.includes(w.b.org.slug)).toBe(false);
}

async function attempt(row: Attempt): Promise<void> {
  const variables = row.variables(w);
  const result = await w.a.org.admin.request(row.query, variables);
  const codes = result.errors?.map((e) => e.extensions.code) ?? [];
  // A failed root field answers null (data itself is null when the field is non-null).
  const nothing = () =>
    expect(
      Object.values(result.data ?? {}).every((value) => value === null),
      JSON.stringify(result.data),
    ).toBe(true);
  switch (row.outcome.kind) {
    case 'NOT_FOUND':
    case 'FORBIDDEN':
      expect(codes, JSON.stringify(result.errors)).toEqual([row.outcome.kind]);
      nothing();
      break;
    case 'BAD_USER_INPUT':
      expect(codes, JSON.stringify(result.errors)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0].extensions.fields?.map((f) => [f.field, f.code])).toEqual(row.outcome.fields);
      nothing();
      break;
    case 'DATA':
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      expect(result.data).toEqual(row.outcome.data(w));
      break;
  }
  expectNoLeak(result, variables);
}

async function buildB(): Promise<World['b']> {
  const org = await createOrganization(t);
  await org.admin.ok('mutation { updateOrganizationSettings(input: { name: "ZZB Holdings Limited" }) { id } }');
  const create = async (name: string, parentId: string, extra: Record<string, unknown> = {}) =>
    (await org.admin.ok<{ createDepartment: { id: string } }>('mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }', { input: { name, parentId, ...extra } }))
      .createDepartment.id;
  const deptExternalId = 'ZZB-EXT-D1';
  const dept = await create('ZZB Sales', org.rootDepartmentId, { externalId: deptExternalId, code: 'ZZB-S' });
  const sub = await create('ZZB Sales Kowloon', dept);
  const empty = await create('ZZB Empty', org.rootDepartmentId);
  const archived = await create('ZZB Closed', org.rootDepartmentId);
  await org.admin.ok('mutation($id: ID!) { archiveDepartment(id: $id) { id } }', { id: archived });
  const rankCode = 'ZB9';
  const rank = (await org.admin.ok<{ createJobRank: { id: string } }>('mutation { createJobRank(input: { code: "ZB9", name: "ZZB Rank", level: 95 }) { id } }')).createJobRank.id;
  const manager = await createPerson(t, org, { name: 'ZZB Manager', departmentId: dept, rankId: await jobRankId(org, 'M1'), signIn: false, mobilePhone: '+852 9999 0001' });
  const member = await createPerson(t, org, { name: 'ZZB Member', departmentId: dept, managerId: manager.personId, rankId: rank, signIn: false, mobilePhone: '+852 9999 0002' });
  const personExternalId = 'ZZB-EXT-P1';
  const employeeNo = 'ZZB-E1';
  await org.admin.ok('mutation($id: ID!, $input: PersonDetailsInput!) { updatePerson(id: $id, input: $input) { id } }', {
    id: member.personId,
    input: { externalId: personExternalId, employeeNo, jobTitle: 'ZZB Title' },
  });
  await org.admin.ok('mutation($p: ID!, $input: MembershipInput!) { addPersonToDepartment(personId: $p, input: $input) { id } }', { p: member.personId, input: { departmentId: sub } });
  const leaver = await createPerson(t, org, { name: 'ZZB Leaver', departmentId: sub, signIn: false });
  await org.admin.ok('mutation($id: ID!) { archivePerson(id: $id) { id } }', { id: leaver.personId });
  await setDepartmentLeaders(org, dept, [manager.personId]);
  const roleName = 'ZZB Custom Role';
  const role = await createCustomRole(org, roleName, [{ action: 'read', subject: 'Person', conditions: { departmentIds: { $in: '$myDepartments' } } }], 'ZZB description');
  const assignment = await assignRoleById(org, member.personId, role);
  const scopedAssignment = await assignRoleById(org, manager.personId, role, dept);
  const memberships = await membershipsOf(org, member.personId);
  const claims = await org.admin.ok<{ organization: { emailDomains: { id: string }[] } }>('{ organization { emailDomains { id } } }');
  const pending = await org.admin.ok<{ claimEmailDomain: { id: string; verificationRecord: string } }>('mutation { claimEmailDomain(domain: "zzb-second.example.org") { id verificationRecord } }');
  return {
    org,
    root: org.rootDepartmentId,
    dept,
    sub,
    empty,
    archived,
    manager: manager.personId,
    member: member.personId,
    membership: memberships.find((m) => m.departmentId === dept)!.id,
    subMembership: memberships.find((m) => m.departmentId === sub)!.id,
    role,
    roleName,
    adminRole: await roleId(org, 'org-admin'),
    assignment,
    scopedAssignment,
    rank,
    rankCode,
    deptExternalId,
    personExternalId,
    employeeNo,
    domainClaim: claims.organization.emailDomains[0].id,
    pendingClaim: pending.claimEmailDomain,
    announcement: (await org.admin.ok<{ announcements: { items: { id: string }[] } }>('{ announcements { items { id } } }')).announcements.items[0].id,
    holiday: (await org.admin.ok<{ addHoliday: { id: string; date: string } }>('mutation { addHoliday(input: { date: "2026-08-14", nameEn: "ZZB Company Day" }) { id date } }')).addHoliday,
    hongKongHoliday: (await org.admin.ok<{ workingCalendar: { holidays: { id: string; date: string }[] } }>('{ workingCalendar { holidays(year: 2026) { id date } } }')).workingCalendar.holidays.find(
      (h) => h.date === '2026-10-01',
    )!.id,
    makeUpWorkday: (
      await org.admin.ok<{ addMakeUpWorkday: { id: string; date: string } }>(
        'mutation { addMakeUpWorkday(input: { date: "2026-08-22", intervals: [{ start: "09:00", end: "13:00" }], nameEn: "ZZB Saturday worked" }) { id date } }',
      )
    ).addMakeUpWorkday,
    approvals: await bApprovals(org, manager.personId),
    attendance: await bAttendance(org),
    messaging: await bMessaging(org, manager.personId),
    sms: await bSms(org),
    file: await bFile(org),
    session: await t.signIn(org.adminEmail, PASSWORD),
  };
}

/** B's group conversation between its admin and manager, with one message. */
async function bMessaging(org: TestOrg, managerId: string): Promise<World['b']['messaging']> {
  const conversation = (
    await org.admin.ok<{ createConversation: { id: string } }>('mutation($p: [ID!]!) { createConversation(input: { kind: GROUP, title: "ZZB crew", memberIds: $p }) { id } }', { p: [managerId] })
  ).createConversation.id;
  const message = (await org.admin.ok<{ sendMessage: { id: string } }>('mutation($c: ID!) { sendMessage(input: { conversationId: $c, body: "ZZB secret plan" }) { id } }', { c: conversation }))
    .sendMessage.id;
  const ding = (await org.admin.ok<{ dingMessage: { id: string } }>('mutation($m: ID!, $p: [ID!]!) { dingMessage(messageId: $m, personIds: $p) { id } }', { m: message, p: [managerId] })).dingMessage
    .id;
  const hold = (await org.admin.ok<{ placeLegalHold: { id: string } }>('mutation($c: ID!) { placeLegalHold(input: { conversationId: $c, reason: "ZZB matter" }) { id } }', { c: conversation }))
    .placeLegalHold.id;
  return { conversation, message, ding, hold };
}

/** B's approvals: a template naming B's manager, published, and a request on it waiting for that manager. */
async function bApprovals(org: TestOrg, managerId: string): Promise<World['b']['approvals']> {
  const definition = {
    form: [{ key: 'purpose', type: 'TEXT', label: { en: 'ZZB Purpose' }, required: true }],
    flow: [{ id: 'zzbStep', type: 'APPROVAL', approvers: [{ kind: 'PEOPLE', personIds: [managerId] }] }],
    policies: {},
  };
  const template = (
    await org.admin.ok<{ createApprovalTemplate: { id: string } }>('mutation($input: CreateApprovalTemplateInput!) { createApprovalTemplate(input: $input) { id } }', {
      input: { names: { en: 'ZZB Expense' }, definition },
    })
  ).createApprovalTemplate.id;
  await org.admin.ok('mutation($id: ID!) { publishApprovalTemplate(id: $id) { id } }', { id: template });
  const request = await org.admin.ok<{ submitApprovalRequest: { id: string; tasks: { id: string }[] } }>(
    'mutation($input: SubmitApprovalRequestInput!) { submitApprovalRequest(input: $input) { id tasks { id } } }',
    { input: { templateId: template, values: { purpose: 'ZZB trip to Macau' } } },
  );
  return { template, request: request.submitApprovalRequest.id, task: request.submitApprovalRequest.tasks[0].id, applicant: org.adminPersonId };
}

/** B's test text to its manager's number, sent (by the logging provider) before the snapshots are taken. */
async function bSms(org: TestOrg): Promise<World['b']['sms']> {
  const { sendTestSms } = await org.admin.ok<{ sendTestSms: { id: string; phone: string } }>('mutation { sendTestSms(to: "+852 9999 0001") { id phone } }');
  await until(
    async () => (await org.admin.ok<{ smsMessages: { items: { status: string }[] } }>('{ smsMessages { items { status } } }')).smsMessages.items.every((text) => text.status === 'SENT'),
    'B’s test text to be sent',
  );
  return sendTestSms;
}

/** A PDF uploaded by B's admin (by signed URL), READY and attached to nothing. */
async function bFile(org: TestOrg): Promise<string> {
  const pdf = Buffer.from('%PDF-1.4\n%ZZB tender\n%%EOF\n');
  const { createFileUpload } = await org.admin.ok<{ createFileUpload: { uploadUrl: string; file: { id: string } } }>(
    'mutation($input: CreateFileUploadInput!) { createFileUpload(input: $input) { uploadUrl file { id } } }',
    { input: { purpose: 'test.isolation', name: 'ZZB tender.pdf', size: pdf.length, contentType: 'application/pdf' } },
  );
  const response = await fetch(`${org.admin.baseUrl}${createFileUpload.uploadUrl}`, { method: 'PUT', body: pdf });
  if (response.status !== 200) throw new Error(`B’s file upload failed: ${await response.text()}`);
  return createFileUpload.file.id;
}

/** B's attendance rules: a place on the office network, a shift, and a group with B's admin in it, who punches once. */
async function bAttendance(org: TestOrg): Promise<World['b']['attendance']> {
  const place = (
    await org.admin.ok<{ createAttendancePlace: { id: string } }>('mutation($input: AttendancePlaceInput!) { createAttendancePlace(input: $input) { id } }', {
      input: { name: 'ZZB Office', latitude: 22.28, longitude: 114.16, radiusMeters: 200, ipRanges: ['127.0.0.0/8', '::1/128'] },
    })
  ).createAttendancePlace.id;
  const shift = (
    await org.admin.ok<{ createAttendanceShift: { id: string } }>('mutation($input: AttendanceShiftInput!) { createAttendanceShift(input: $input) { id } }', {
      input: { name: 'ZZB Any time', start: '00:00', end: '23:59', punchOpensBeforeMinutes: 0, punchClosesAfterMinutes: 720 },
    })
  ).createAttendanceShift.id;
  const group = (
    await org.admin.ok<{ createAttendanceGroup: { id: string } }>('mutation($input: AttendanceGroupInput!) { createAttendanceGroup(input: $input) { id } }', {
      input: { name: 'ZZB Group', personIds: [org.adminPersonId], placeIds: [place], shiftId: shift },
    })
  ).createAttendanceGroup.id;
  await org.admin.ok('mutation($e: [AttendanceRosterEntryInput!]!) { setAttendanceRoster(entries: $e) }', { e: [{ personId: org.adminPersonId, date: '2026-12-20', shiftId: shift }] });
  await org.admin.ok('mutation { punch(input: { clientPunchId: "zzb-punch" }) { id } }');
  // The punch's day is computed by an event consumer: wait for it, so the snapshots compare settled data.
  await until(async () => (await org.admin.ok<{ attendanceDays: { totalCount: number } }>('{ attendanceDays { totalCount } }')).attendanceDays.totalCount === 1, 'B’s punched day to be computed');
  // Leave: B's admin's compensation balance, adjusted, and a pending no-pay leave request.
  const leaveTypes = (await org.admin.ok<{ attendanceLeaveTypes: { id: string; key: string }[] }>('{ attendanceLeaveTypes { id key } }')).attendanceLeaveTypes;
  const leaveType = leaveTypes.find((x) => x.key === 'compensation')!.id;
  await org.admin.ok('mutation($input: AttendanceLeaveAdjustmentInput!) { adjustAttendanceLeave(input: $input) { id } }', {
    input: { personId: org.adminPersonId, leaveTypeId: leaveType, days: 2, effectiveOn: '2026-12-01', note: 'ZZB typhoon Saturday' },
  });
  await org.admin.ok('mutation($input: AttendanceLeaveRequestInput!) { requestAttendanceLeave(input: $input) { id } }', {
    input: { leaveTypeId: leaveTypes.find((x) => x.key === 'no-pay')!.id, startDate: '2027-03-03', endDate: '2027-03-03', reason: 'ZZB moving house' },
  });
  // The admin is their own fallback approver, so the library's policy approves it at once; attendance learns so from
  // the outcome event and computes the day: wait for both, so the snapshots compare settled data.
  await until(
    async () => (await org.admin.ok<{ attendanceDays: { items: { status: string }[] } }>('{ attendanceDays { items { status } } }')).attendanceDays.items.some((d) => d.status === 'ON_LEAVE'),
    'B’s approved leave day to be computed',
  );
  return { place, shift, group, leaveType };
}

async function buildA(): Promise<World['a']> {
  const org = await createOrganization(t);
  const dept = (
    await org.admin.ok<{ createDepartment: { id: string } }>('mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }', {
      input: { name: 'A Sales', parentId: org.rootDepartmentId, externalId: 'A-EXT-D1' },
    })
  ).createDepartment.id;
  const dept2 = await createDepartment(org, 'A Operations');
  const person = await createPerson(t, org, { name: 'A Person', departmentId: dept, signIn: false });
  const observer = await createPerson(t, org, { name: 'A Observer', departmentId: dept2, roles: [] });
  const role = await createCustomRole(org, 'A Custom Role', [{ action: 'read', subject: 'Department' }]);
  const [membership] = await membershipsOf(org, person.personId);
  return { org, dept, dept2, person: person.personId, membership: membership.id, role, observer };
}

beforeAll(async () => {
  t = await startTestApp();
  const b = await buildB();
  const a = await buildA();
  w = { a, b };
  bBefore = await snapshot(b.org);
  aBefore = await snapshot(a.org);
  bSecrets = secretsOf(bBefore);
  bSecrets.add(b.deptExternalId);
  bSecrets.add(b.personExternalId);
  bSecrets.add(b.pendingClaim.verificationRecord);
  // A's own ids must not count as B's (none are shared, but keep the check honest).
  for (const id of secretsOf(aBefore)) bSecrets.delete(id);
});
afterAll(() => t.stop());

describe('tenant isolation: A’s admin aims every root field at B', () => {
  it('B has data to protect (the fixture is what the attempts aim at)', () => {
    const b = bBefore as { departments: { totalCount: number }; active: { totalCount: number }; archived: { totalCount: number }; roleAssignments: unknown[]; auditEntries: { totalCount: number } };
    expect(b.departments.totalCount).toBe(5);
    expect(b.active.totalCount).toBe(3);
    expect(b.archived.totalCount).toBe(1);
    expect(b.roleAssignments).toHaveLength(6);
    expect(b.auditEntries.totalCount).toBeGreaterThan(15);
    expect(bSecrets.size).toBeGreaterThan(40);
  });

  it.each(ATTEMPTS.map((row) => [`${row.field}: ${row.name}`, row] as const))('%s', async (_name, row) => {
    await attempt(row);
  });

  it('lists without ids show only A’s own organisation', async () => {
    const queries = [
      '{ organization { id name slug } me { id displayName } }',
      '{ roles { id name rules { conditions } } }',
      '{ jobRanks { id code name } }',
      '{ people(take: 100) { totalCount items { id displayName memberships { departmentId manager { id } } } } }',
      '{ people(take: 100, filter: { status: ARCHIVED }) { totalCount items { id displayName } } }',
      '{ departments(take: 100, filter: { includeArchived: true }) { totalCount items { id name leaders { id } } } }',
      '{ roleAssignments { id person { id } role { id } } }',
      '{ auditEntries(take: 100) { totalCount items { action targetId actorId actorName requestId } } }',
      '{ workingCalendar { id holidays { id date name } makeUpWorkdays { id date name } } }',
      '{ smsMessages(take: 100) { totalCount items { id phone text key } } }',
    ];
    for (const query of queries) expectNoLeak(await w.a.org.admin.request(query), {});
    const chain = await w.a.org.admin.ok<{ verifyAuditChain: { valid: boolean; checkedEntries: number } }>('{ verifyAuditChain(full: true) { valid checkedEntries } }');
    expect(chain.verifyAuditChain).toEqual({ valid: true, checkedEntries: (aBefore as { auditEntries: { totalCount: number } }).auditEntries.totalCount });
  });

  it('none of the attempts changed anything in A', async () => {
    expect(await snapshot(w.a.org)).toEqual(aBefore);
  });

  it.each(ALLOWED_WRITES.map((row) => [`${row.field}: ${row.name}`, row] as const))('allowed in A: %s', async (_name, row) => {
    await attempt(row);
  });

  it('a role whose rules name B’s ids gives nothing in B', async () => {
    const id = await createCustomRole(w.a.org, 'Reads B by id', [
      { action: 'read', subject: 'Person', conditions: { id: { $in: [w.b.member, w.b.manager, w.b.org.adminPersonId] } } },
      { action: 'update', subject: 'Department', conditions: { id: w.b.dept } },
    ]);
    await assignRoleById(w.a.org, w.a.observer.personId, id);
    const client = w.a.observer.client!;
    const list = await client.ok<{ people: { totalCount: number; items: unknown[] } }>('{ people(take: 100) { totalCount items { id } } }');
    expect(list.people).toEqual({ totalCount: 0, items: [] });
    const person = await client.request('query($id: ID!) { person(id: $id) { id displayName } }', { id: w.b.member });
    expect(person.errors?.map((e) => e.extensions.code)).toEqual(['NOT_FOUND']);
    const rename = await client.request('mutation($id: ID!) { renameDepartment(id: $id, name: "Via a rule") { id } }', { id: w.b.dept });
    expect(rename.errors?.map((e) => e.extensions.code)).toEqual(['NOT_FOUND']);
  });

  it('B’s data is exactly as before, and B’s session still works', async () => {
    expect(await snapshot(w.b.org)).toEqual(bBefore);
    const refreshed = await t
      .anonymous()
      .ok<{ refreshSession: { accessToken: string } }>('mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }', { t: w.b.session.refreshToken });
    expect(refreshed.refreshSession.accessToken).toEqual(expect.any(String));
  });
});

describe('tenant isolation: the event stream', () => {
  it('A’s stream replays and streams only A’s events, while B changes things', async () => {
    const started = t.subscribed(`events:${w.a.org.organizationId}`);
    const ws = w.a.org.admin.ws();
    const events: { subjectId: string; type: string; payload: unknown }[] = [];
    let marker: string | null = null;
    const done = new Promise<unknown>((resolve) => {
      const timer = setTimeout(() => resolve(new Error(`timed out after ${events.length} events`)), 15_000);
      const unsubscribe = ws.subscribe<{ events: { subjectId: string; type: string; payload: unknown } }>(
        { query: 'subscription { events(after: 0) { subjectId type payload } }' },
        {
          next: (message) => {
            if (message.errors) {
              clearTimeout(timer);
              resolve(message.errors);
              return;
            }
            events.push(message.data!.events);
            if (marker && message.data!.events.subjectId === marker) {
              clearTimeout(timer);
              unsubscribe();
              resolve(null);
            }
          },
          error: (error) => resolve(error),
          complete: () => resolve(new Error('completed early')),
        },
      );
    });
    await started;
    await w.b.org.admin.ok('mutation($id: ID!) { renameDepartment(id: $id, name: "ZZB Sales (renamed while A listens)") { id } }', { id: w.b.dept });
    marker = await createDepartment(w.a.org, 'A marker');
    expect(await done).toBeNull();
    await ws.dispose();
    expect(events.length).toBeGreaterThan(10);
    expect(events.map((e) => e.subjectId)).toContain(w.a.dept);
    const leaked = [...bSecrets].filter((secret) => JSON.stringify(events).includes(secret));
    expect(leaked).toEqual([]);
  });
});

describe('tenant isolation: every root field is classified', () => {
  it('each Query, Mutation and Subscription field of schema.graphql is attempted above or listed as taking no foreign ids', () => {
    const schema = buildSchema(readFileSync(new URL('../../../schema/schema.graphql', import.meta.url), 'utf8'));
    const rootFields = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
      type ? Object.keys(type.getFields()).map((name) => `${type.name}.${name}`) : [],
    );
    const attempted = new Set([...ATTEMPTS, ...ALLOWED_WRITES].map((row) => row.field));
    const unclassified = rootFields.filter((field) => !attempted.has(field) && !(field in NO_FOREIGN_IDS));
    expect(unclassified, 'add an attempt on B for these fields, or list them in NO_FOREIGN_IDS with the reason').toEqual([]);
    // Classifications must name real fields, and a field is either attempted or exempt, not both.
    const stale = [...attempted, ...Object.keys(NO_FOREIGN_IDS)].filter((field) => !rootFields.includes(field));
    expect(stale).toEqual([]);
    expect(Object.keys(NO_FOREIGN_IDS).filter((field) => attempted.has(field))).toEqual([]);
  });
});
