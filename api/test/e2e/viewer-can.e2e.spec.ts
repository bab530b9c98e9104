import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignRole, createDepartment, createOrganization, createPerson, setDepartmentLeaders, type TestOrg, type TestPerson } from '../support/factories.js';
import { startTestApp, type GqlClient, type TestApp } from '../support/test-app.js';

/**
 * `viewerCan` on people and departments answers what the mutations then do: for every pairing of caller and record
 * below, each answer is checked against the mutation it stands for (a yes must succeed, a no must be FORBIDDEN).
 */

const PERSON = `query($id: ID!) { person(id: $id) {
  id displayName englishName workEmail employeeNo jobTitle employmentStartDate employmentEndDate locale externalId mobilePhone personalEmail homeAddress
  rank { id } memberships { id departmentId }
  viewerCan { update editableFields hiddenFields archive changeMemberships }
} }`;
const UPDATE = 'mutation($id: ID!, $input: PersonDetailsInput!) { updatePerson(id: $id, input: $input) { id } }';
const ARCHIVE = 'mutation($id: ID!) { archivePerson(id: $id) { id } }';
const ADD = 'mutation($personId: ID!, $input: MembershipInput!) { addPersonToDepartment(personId: $personId, input: $input) { id } }';
const REMOVE = 'mutation($id: ID!) { removePersonFromDepartment(membershipId: $id) }';
const DEPARTMENT = 'query($id: ID!) { department(id: $id) { id name parentId viewerCan { update move archive createSubDepartment } } }';
const RENAME = 'mutation($id: ID!, $name: String!) { renameDepartment(id: $id, name: $name) { id } }';
const MOVE = 'mutation($id: ID!, $parent: ID) { moveDepartment(id: $id, newParentId: $parent) { id } }';
const CREATE_DEPARTMENT = 'mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }';
const ARCHIVE_DEPARTMENT = 'mutation($id: ID!) { archiveDepartment(id: $id) { id } }';
const TOP_LEVEL = '{ viewerCanCreateTopLevelDepartment }';

const DETAIL_FIELDS = [
  'displayName',
  'englishName',
  'workEmail',
  'employeeNo',
  'jobTitle',
  'rankId',
  'employmentStartDate',
  'employmentEndDate',
  'locale',
  'mobilePhone',
  'personalEmail',
  'homeAddress',
  'externalId',
];
const PROTECTED = ['mobilePhone', 'personalEmail', 'homeAddress'];

interface PersonView {
  id: string;
  rank: { id: string } | null;
  memberships: { id: string; departmentId: string }[];
  viewerCan: { update: boolean; editableFields: string[]; hiddenFields: string[]; archive: boolean; changeMemberships: boolean };
  [field: string]: unknown;
}

/** The code a mutation ended with: OK, or its error code. */
async function outcome(client: GqlClient, query: string, variables: Record<string, unknown>): Promise<string> {
  const result = await client.request(query, variables);
  return result.errors?.length ? result.errors[0].extensions.code : 'OK';
}

const allowed = (answer: boolean) => (answer ? 'OK' : 'FORBIDDEN');

describe('viewerCan', () => {
  let t: TestApp;
  let org: TestOrg;
  let site: string;
  let team: string;
  let office: string;
  let manager: TestPerson;
  let worker: TestPerson;
  let colleague: TestPerson;
  let hr: TestPerson;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganization(t);
    site = await createDepartment(org, 'Site');
    team = await createDepartment(org, 'Team', site);
    office = await createDepartment(org, 'Office');
    manager = await createPerson(t, org, { departmentId: site, roles: ['employee', 'department-manager'] });
    await setDepartmentLeaders(org, site, [manager.personId]);
    worker = await createPerson(t, org, { departmentId: team, roles: ['employee'], mobilePhone: '+852 9123 4567' });
    colleague = await createPerson(t, org, { departmentId: office, roles: ['employee'], mobilePhone: '+852 9876 5432' });
    hr = await createPerson(t, org, { departmentId: office, roles: ['employee', 'hr'] });
  });
  afterAll(() => t.stop());

  /** Checks every answer about `targetId` given to `client` against the mutation it stands for; returns the answers. */
  async function personAnswersHold(client: GqlClient, targetId: string): Promise<PersonView['viewerCan']> {
    const seen = (await client.ok<{ person: PersonView }>(PERSON, { id: targetId })).person;
    const full = (await org.admin.ok<{ person: PersonView }>(PERSON, { id: targetId })).person;
    const can = seen.viewerCan;
    expect(can.editableFields.every((field) => DETAIL_FIELDS.includes(field))).toBe(true);
    for (const field of DETAIL_FIELDS) {
      // Writing back the value on record changes nothing, so each field's answer can be tried without side effects.
      const current = field === 'rankId' ? (full.rank?.id ?? null) : full[field];
      expect(await outcome(client, UPDATE, { id: targetId, input: { [field]: current } }), `update ${field}`).toBe(allowed(can.editableFields.includes(field)));
    }
    if (can.update) expect(can.editableFields.length).toBeGreaterThan(0);
    for (const field of PROTECTED) {
      // A hidden field reads as null; one the caller may read reads as the admin sees it (null only when empty).
      expect(seen[field], `${field}`).toBe(can.hiddenFields.includes(field) ? null : full[field]);
    }
    // Memberships: adding one and removing it again, when allowed, leaves the person as they were.
    const added = await client.request<{ addPersonToDepartment: { id: string } }>(ADD, { personId: targetId, input: { departmentId: full.memberships[0].departmentId === site ? team : site } });
    expect(added.errors?.[0].extensions.code ?? 'OK', 'add membership').toBe(allowed(can.changeMemberships));
    if (added.data?.addPersonToDepartment) expect(await outcome(client, REMOVE, { id: added.data.addPersonToDepartment.id })).toBe('OK');
    return can;
  }

  it('tells an employee they may change only their own contact details, and shows nothing they may not do', async () => {
    const own = await personAnswersHold(worker.client!, worker.personId);
    expect(own).toEqual({ update: true, editableFields: ['englishName', 'locale', 'mobilePhone', 'personalEmail', 'homeAddress'], hiddenFields: [], archive: false, changeMemberships: false });
    const other = await personAnswersHold(worker.client!, colleague.personId);
    expect(other).toEqual({ update: false, editableFields: [], hiddenFields: PROTECTED, archive: false, changeMemberships: false });
  });

  it('tells a department manager they may read their team in full but change nobody’s record', async () => {
    const member = await personAnswersHold(manager.client!, worker.personId);
    expect(member).toMatchObject({ update: false, hiddenFields: [], archive: false, changeMemberships: false });
    const outsider = await personAnswersHold(manager.client!, colleague.personId);
    expect(outsider.hiddenFields).toEqual(PROTECTED);
  });

  it('tells an admin and HR they may change anyone, and nobody that they may archive themselves', async () => {
    for (const client of [org.admin, hr.client!]) {
      const can = await personAnswersHold(client, colleague.personId);
      expect(can).toMatchObject({ update: true, hiddenFields: [], changeMemberships: true });
      expect(can.editableFields).toEqual(DETAIL_FIELDS);
    }
    const self = (await hr.client!.ok<{ person: PersonView }>(PERSON, { id: hr.personId })).person.viewerCan;
    expect(self.archive).toBe(false);
    expect(await outcome(hr.client!, ARCHIVE, { id: hr.personId })).toBe('FORBIDDEN');
    // Archiving for real, once: the answer was yes, the archive succeeds, and afterwards nothing more is offered.
    const leaver = await createPerson(t, org, { departmentId: office, signIn: false });
    expect((await hr.client!.ok<{ person: PersonView }>(PERSON, { id: leaver.personId })).person.viewerCan.archive).toBe(true);
    expect(await outcome(hr.client!, ARCHIVE, { id: leaver.personId })).toBe('OK');
    expect((await hr.client!.ok<{ person: PersonView }>(PERSON, { id: leaver.personId })).person.viewerCan).toMatchObject({ archive: false, changeMemberships: false });
  });

  it('answers in a list as it does for one record', async () => {
    const list = await worker.client!.ok<{ people: { items: { id: string; viewerCan: { update: boolean } }[] } }>('{ people(take: 100) { items { id viewerCan { update } } } }');
    const updatable = list.people.items.filter((item) => item.viewerCan.update).map((item) => item.id);
    expect(updatable).toEqual([worker.personId]);
  });

  it('tells a department manager which departments they may change, and a new top-level department only to an admin', async () => {
    const answers = async (client: GqlClient, id: string) => (await client.ok<{ department: { viewerCan: Record<string, boolean> } }>(DEPARTMENT, { id })).department.viewerCan;
    // Their own department and the one below it: rename and create below; move and archive are not theirs.
    for (const id of [site, team]) {
      const can = await answers(manager.client!, id);
      expect(can).toEqual({ update: true, move: false, archive: false, createSubDepartment: true });
      expect(await outcome(manager.client!, RENAME, { id, name: id === site ? 'Site' : 'Team' })).toBe('OK');
      expect(await outcome(manager.client!, MOVE, { id, parent: org.rootDepartmentId })).toBe('FORBIDDEN');
      expect(await outcome(manager.client!, ARCHIVE_DEPARTMENT, { id })).toBe('FORBIDDEN');
    }
    const created = await manager.client!.ok<{ createDepartment: { id: string } }>(CREATE_DEPARTMENT, { input: { name: 'Crew', parentId: team } });
    expect(await answers(manager.client!, office)).toEqual({ update: false, move: false, archive: false, createSubDepartment: false });
    expect(await outcome(manager.client!, RENAME, { id: office, name: 'Office' })).toBe('FORBIDDEN');
    expect(await outcome(manager.client!, CREATE_DEPARTMENT, { input: { name: 'Nope', parentId: office } })).toBe('FORBIDDEN');

    expect((await manager.client!.ok<{ viewerCanCreateTopLevelDepartment: boolean }>(TOP_LEVEL)).viewerCanCreateTopLevelDepartment).toBe(false);
    expect(await outcome(manager.client!, CREATE_DEPARTMENT, { input: { name: 'Top', parentId: null } })).toBe('FORBIDDEN');
    expect((await worker.client!.ok<{ viewerCanCreateTopLevelDepartment: boolean }>(TOP_LEVEL)).viewerCanCreateTopLevelDepartment).toBe(false);
    expect((await org.admin.ok<{ viewerCanCreateTopLevelDepartment: boolean }>(TOP_LEVEL)).viewerCanCreateTopLevelDepartment).toBe(true);

    // The admin may do everything with an active department, and nothing more once it is archived.
    expect(await answers(org.admin, created.createDepartment.id)).toEqual({ update: true, move: true, archive: true, createSubDepartment: true });
    expect(await outcome(org.admin, ARCHIVE_DEPARTMENT, { id: created.createDepartment.id })).toBe('OK');
    expect(await answers(org.admin, created.createDepartment.id)).toEqual({ update: false, move: false, archive: false, createSubDepartment: false });
  });

  it('answers a scoped HR role within its scope only', async () => {
    const scoped = await createPerson(t, org, { departmentId: office, roles: ['employee'] });
    await assignRole(org, scoped.personId, 'hr', site);
    // Rebuilt abilities come from a new access version; a fresh request sees the assignment.
    const inScope = await personAnswersHold(scoped.client!, worker.personId);
    expect(inScope).toMatchObject({ update: true, changeMemberships: true });
    const outOfScope = await personAnswersHold(scoped.client!, colleague.personId);
    expect(outOfScope).toMatchObject({ update: false, changeMemberships: false });
  });

  it('tells who may publish, archive, confirm and track an announcement, as its state and their permissions allow', async () => {
    const ANSWERS = 'query($id: ID!) { announcement(id: $id) { viewerCan { publish schedule archive confirm track } } }';
    const answers = async (client: GqlClient, id: string) => (await client.ok<{ announcement: { viewerCan: Record<string, boolean> } }>(ANSWERS, { id })).announcement.viewerCan;
    const draft = (await hr.client!.ok<{ createAnnouncement: { id: string } }>('mutation { createAnnouncement(input: { title: "Site closure", body: "Closed on Friday." }) { id } }'))
      .createAnnouncement.id;
    expect(await answers(hr.client!, draft)).toEqual({ publish: true, schedule: true, archive: true, confirm: false, track: true });
    expect(await outcome(hr.client!, 'mutation($id: ID!) { publishAnnouncement(id: $id) { id } }', { id: draft })).toBe('OK');
    expect(await answers(hr.client!, draft)).toEqual({ publish: false, schedule: false, archive: true, confirm: true, track: true });
    // Staff may confirm a published notice, and nothing else.
    expect(await answers(worker.client!, draft)).toEqual({ publish: false, schedule: false, archive: false, confirm: true, track: false });
    expect(await outcome(worker.client!, 'mutation($id: ID!) { archiveAnnouncement(id: $id) { id } }', { id: draft })).toBe('FORBIDDEN');
    expect(await outcome(worker.client!, 'mutation($id: ID!) { confirmAnnouncementRead(id: $id) { id } }', { id: draft })).toBe('OK');
    expect(await outcome(hr.client!, 'mutation($id: ID!) { archiveAnnouncement(id: $id) { id } }', { id: draft })).toBe('OK');
    expect(await answers(hr.client!, draft)).toEqual({ publish: false, schedule: false, archive: false, confirm: false, track: true });
  });
});
