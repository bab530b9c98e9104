import type { EntityManager } from '@mikro-orm/postgresql';
import { permittedIds } from '../../core/authz/readable.js';
import type { RequestContext } from '../../core/context/request-context.js';
import { containsPattern } from '../../core/database/tenant-filter.js';
import { viewOf } from '../../core/database/views.js';
import { joinSql, sql, tenantSql, TENANT } from '../../core/database/sql.js';
import { AppError, assertNoProblems, badInput, forbidden, notFound, type FieldProblem } from '../../core/errors/app-error.js';
import { checkPage, type PageArgs } from '../../core/graphql/pagination.js';
import { changeSignInEmails, createAccount, disableAccountOf, endSessionsOf, isEmail, passwordProblems, syncAccountProfile } from '../identity/index.js';
import { Department } from './department.entity.js';
import { JobRank } from './job-rank.entity.js';
import { Membership } from './membership.entity.js';
import { membershipsByPerson, personById } from './org.loaders.js';
import { peopleLinks, primePeopleLinks, type PeopleLinksRow } from './people.read.js';
import { nameOrder } from './name-order.js';
import { PROTECTED_PERSON_FIELDS, Person, PersonStatus } from './person.entity.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day as YYYY-MM-DD (Date.parse alone accepts 2024-02-31, which PostgreSQL then rejects). */
const isDate = (value: string) => DATE.test(value) && !Number.isNaN(Date.parse(value)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/** The shape CASL conditions see for a person: their id, status and the departments they belong to. */
export async function personSubject(ctx: RequestContext, person: Person): Promise<Record<string, unknown>> {
  const memberships = await ctx.loader(membershipsByPerson).load(person.id);
  return {
    id: person.id,
    status: person.status,
    departmentIds: memberships.map((m) => m.department.id),
    managerIds: memberships.map((m) => m.manager?.id).filter(Boolean),
  };
}

/** Loads a person the caller may read, or NOT_FOUND (also for another tenant's ids). */
export async function loadPerson(ctx: RequestContext, em: EntityManager, id: string, field?: string): Promise<Person> {
  const person = await em.findOne(Person, { id });
  if (!person || !ctx.can('read', 'Person', await personSubject(ctx, person))) {
    if (field) throw badInput({ field, code: 'UNKNOWN_REFERENCE' });
    throw notFound('Person', id);
  }
  return person;
}

/** Fields of a person a caller may set. */
export interface PersonData {
  displayName?: string | null;
  englishName?: string | null;
  workEmail?: string | null;
  employeeNo?: string | null;
  jobTitle?: string | null;
  rankId?: string | null;
  employmentStartDate?: string | null;
  employmentEndDate?: string | null;
  locale?: string | null;
  mobilePhone?: string | null;
  personalEmail?: string | null;
  homeAddress?: string | null;
  externalId?: string | null;
}

/** The details `updatePerson` takes, each of which may need its own field permission. */
export const PERSON_DETAIL_FIELDS = [
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
] as const satisfies readonly (keyof PersonData)[];

const lengths: Partial<Record<keyof PersonData, number>> = {
  displayName: 200,
  englishName: 200,
  workEmail: 254,
  employeeNo: 50,
  jobTitle: 200,
  mobilePhone: 50,
  personalEmail: 254,
  homeAddress: 500,
  externalId: 100,
};

/** Field problems of person data (shape only; references are checked against the database separately). */
export function personDataProblems(data: PersonData, creating: boolean): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (creating || data.displayName !== undefined) {
    if (!data.displayName?.trim()) problems.push({ field: 'displayName', code: 'REQUIRED' });
  }
  for (const [field, max] of Object.entries(lengths) as [keyof PersonData, number][]) {
    const value = data[field];
    if (typeof value === 'string' && value.trim().length > max) problems.push({ field, code: 'TOO_LONG', params: { max } });
  }
  for (const field of ['workEmail', 'personalEmail'] as const) {
    const value = data[field];
    if (value && !isEmail(value.trim())) problems.push({ field, code: 'INVALID_EMAIL' });
  }
  for (const field of ['employmentStartDate', 'employmentEndDate'] as const) {
    const value = data[field];
    if (value && !isDate(value)) problems.push({ field, code: 'INVALID_DATE' });
  }
  if (data.employmentStartDate && data.employmentEndDate && data.employmentEndDate < data.employmentStartDate) {
    problems.push({ field: 'employmentEndDate', code: 'INVALID_DATE_RANGE' });
  }
  if (data.locale && !['en', 'zh-HK', 'zh-CN'].includes(data.locale)) problems.push({ field: 'locale', code: 'INVALID_VALUE' });
  return problems;
}

const snapshot = (person: Person) => ({
  displayName: person.displayName,
  englishName: person.englishName,
  workEmail: person.workEmail,
  employeeNo: person.employeeNo,
  jobTitle: person.jobTitle,
  rankId: person.rank?.id ?? null,
  employmentStartDate: person.employmentStartDate,
  employmentEndDate: person.employmentEndDate,
  status: person.status,
  locale: person.locale,
  mobilePhone: person.mobilePhone,
  personalEmail: person.personalEmail,
  homeAddress: person.homeAddress,
  externalId: person.externalId,
});

async function applyPersonData(em: EntityManager, person: Person, data: PersonData): Promise<void> {
  const trimmed = (value: string | null | undefined) => (value === undefined ? undefined : value?.trim() || null);
  if (data.rankId !== undefined) {
    const rank = data.rankId ? await em.findOne(JobRank, { id: data.rankId }) : null;
    if (data.rankId && !rank) throw badInput({ field: 'rankId', code: 'UNKNOWN_REFERENCE' });
    person.rank = rank;
  }
  if (data.employeeNo && (await em.count(Person, { employeeNo: data.employeeNo.trim(), id: { $ne: person.id } }))) {
    throw badInput({ field: 'employeeNo', code: 'DUPLICATE_VALUE' });
  }
  if (data.externalId && (await em.count(Person, { externalId: data.externalId.trim(), id: { $ne: person.id } }))) {
    throw badInput({ field: 'externalId', code: 'DUPLICATE_VALUE' });
  }
  // The rank is a reference (set above); every other detail is a plain value.
  const plain = PERSON_DETAIL_FIELDS.filter((field) => field !== 'rankId');
  for (const field of plain) {
    const value = trimmed(data[field]);
    if (value === undefined) continue;
    if (field === 'displayName' && value === null) continue;
    (person as unknown as Record<string, unknown>)[field] = field === 'workEmail' && value ? value.toLowerCase() : value;
  }
}

export interface MembershipData {
  departmentId: string;
  managerId?: string | null;
  isPrimary?: boolean | null;
}

export interface CreatePersonData extends PersonData {
  memberships: MembershipData[];
  /** When given (with workEmail), the person can sign in with workEmail and this password. */
  initialPassword?: string | null;
}

/** Keeps exactly one primary membership when a person has any. */
async function normalisePrimary(em: EntityManager, person: Person, preferred?: Membership): Promise<void> {
  const memberships = await em.find(Membership, { person }, { orderBy: { createdAt: 'asc' } });
  if (memberships.length === 0) return;
  const primary = preferred ?? memberships.find((m) => m.isPrimary) ?? memberships[0];
  for (const m of memberships) m.isPrimary = m === primary || m.id === primary.id;
}

/** Walks up a manager chain to refuse assigning a manager who (indirectly) reports to the person. */
async function assertNoManagerCycle(ctx: RequestContext, em: EntityManager, personId: string, managerId: string, field: string): Promise<void> {
  if (managerId === personId) throw badInput({ field, code: 'SELF_MANAGER' });
  const rows = await tenantSql<{ person_id: string }>(
    em,
    ctx.tenantId,
    sql`with recursive chain as (
       select m.manager_id as person_id, 1 as depth from membership m
       where m.tenant_id = ${TENANT} and m.person_id = ${managerId} and m.manager_id is not null
       union
       select m.manager_id, c.depth + 1 from membership m join chain c on m.person_id = c.person_id
       where m.tenant_id = ${TENANT} and m.manager_id is not null and c.depth < 50
     ) select distinct person_id from chain`,
  );
  if (rows.some((row) => row.person_id === personId)) throw badInput({ field, code: 'MANAGER_CYCLE' });
}

async function addMembershipRow(ctx: RequestContext, em: EntityManager, person: Person, data: MembershipData, field: string): Promise<Membership> {
  const department = await em.findOne(Department, { id: data.departmentId });
  if (!department) throw badInput({ field: `${field}.departmentId`, code: 'UNKNOWN_REFERENCE' });
  if (department.archivedAt) throw badInput({ field: `${field}.departmentId`, code: 'DEPARTMENT_ARCHIVED' });
  let manager: Person | null = null;
  if (data.managerId) {
    manager = await em.findOne(Person, { id: data.managerId });
    if (!manager || manager.status !== PersonStatus.ACTIVE) throw badInput({ field: `${field}.managerId`, code: 'UNKNOWN_REFERENCE' });
    await assertNoManagerCycle(ctx, em, person.id, manager.id, `${field}.managerId`);
  }
  if (await em.count(Membership, { person, department })) throw badInput({ field: `${field}.departmentId`, code: 'ALREADY_MEMBER' });
  const membership = em.create(Membership, { tenantId: ctx.tenantId, person, department, manager, isPrimary: data.isPrimary ?? false });
  em.persist(membership);
  return membership;
}

/** Creates a person with their departments, and a sign-in when an initial password is given (in `tx` when given). */
export async function createPerson(ctx: RequestContext, input: CreatePersonData, tx?: EntityManager): Promise<Person> {
  const problems = personDataProblems(input, true);
  if (input.memberships.length === 0) problems.push({ field: 'memberships', code: 'REQUIRED' });
  if (input.initialPassword) {
    if (!input.workEmail) problems.push({ field: 'workEmail', code: 'REQUIRED' });
    problems.push(...passwordProblems('initialPassword', input.initialPassword));
  }
  assertNoProblems(problems);
  return ctx.transaction(async (em) => {
    const departmentIds = input.memberships.map((m) => m.departmentId);
    // Each department separately: a rule's `departmentIds $in` matches a list when any one is in scope, and a scoped HR
    // must not place someone in a department outside their scope.
    for (const departmentId of departmentIds) ctx.authorize('create', 'Person', { id: null, status: PersonStatus.ACTIVE, departmentIds: [departmentId], managerIds: [] });
    // Persisted once its data is applied: the checks' queries would otherwise flush it half-filled (an insert, then an update).
    const person = em.create(Person, { tenantId: ctx.tenantId, displayName: input.displayName!.trim() }, { persist: false });
    await applyPersonData(em, person, input);
    em.persist(person);
    const created: Membership[] = [];
    for (const [index, data] of input.memberships.entries()) created.push(await addMembershipRow(ctx, em, person, data, `memberships.${index}`));
    await em.flush();
    await normalisePrimary(
      em,
      person,
      created.find((m) => m.isPrimary),
    );
    if (input.initialPassword && input.workEmail) {
      await createAccount(
        em,
        { tenantId: ctx.tenantId, personId: person.id, displayName: person.displayName, locale: person.locale, email: input.workEmail, password: input.initialPassword },
        'workEmail',
      );
    }
    ctx.record({
      type: 'org.person.created',
      subjectType: 'Person',
      subjectId: person.id,
      payload: { personId: person.id, departmentIds },
      after: { ...snapshot(person), departmentIds },
    });
    return person;
  }, tx);
}

/**
 * A change to a person as a whole needs the right for each of their departments taken alone: someone whose rights
 * stop at some departments (HR for one branch, a scoped admin) may not change a person who also works elsewhere —
 * their email, status or other positions belong to the rest of the organisation too. Rules that do not look at
 * departments (org-wide grants, "my own record") are unaffected.
 */
function authorizePersonChange(ctx: RequestContext, action: string, subject: Record<string, unknown>): void {
  if (!mayChangePerson(ctx, action, subject)) throw forbidden(action, 'Person');
}

/** Whether `action` on the person is allowed in every department they belong to (a scoped grant must cover them all). */
function mayChangePerson(ctx: RequestContext, action: string, subject: Record<string, unknown>): boolean {
  return ctx.can(action, 'Person', subject) && (subject.departmentIds as string[]).every((departmentId) => ctx.can(action, 'Person', { ...subject, departmentIds: [departmentId] }));
}

/** What the caller may do with one person, asked in advance: the same checks the mutations below make. */
export interface PersonPermissionAnswers {
  update: boolean;
  editableFields: string[];
  hiddenFields: string[];
  archive: boolean;
  changeMemberships: boolean;
}

/** The answers of `PersonPermissionAnswers` for one person (in memory: the subject's memberships come batched). */
export async function personPermissions(ctx: RequestContext, person: Person): Promise<PersonPermissionAnswers> {
  const subject = await personSubject(ctx, person);
  const active = person.status === PersonStatus.ACTIVE;
  const update = mayChangePerson(ctx, 'update', subject);
  return {
    update,
    editableFields: update ? PERSON_DETAIL_FIELDS.filter((field) => ctx.can('update', 'Person', subject, field)) : [],
    hiddenFields: PROTECTED_PERSON_FIELDS.filter((field) => !ctx.can('read', 'Person', subject, field)),
    archive: active && person.id !== ctx.actor?.personId && mayChangePerson(ctx, 'archive', subject),
    changeMemberships: active && update && ctx.can('update', 'Person', subject, 'memberships'),
  };
}

/** Updates a person's details (in `tx` when given). Protected contact fields need an explicit field permission. */
export async function updatePerson(ctx: RequestContext, id: string, input: PersonData, tx?: EntityManager): Promise<Person> {
  assertNoProblems(personDataProblems(input, false));
  return ctx.transaction(async (em) => {
    const person = await loadPerson(ctx, em, id);
    const subject = await personSubject(ctx, person);
    authorizePersonChange(ctx, 'update', subject);
    for (const field of Object.keys(input) as (keyof PersonData)[]) {
      if (input[field] === undefined) continue;
      if (!ctx.can('update', 'Person', subject, field)) throw forbidden('update', `Person.${field}`);
    }
    // One date may be changed alone: the range is checked against the other date on record.
    const start = input.employmentStartDate !== undefined ? input.employmentStartDate : person.employmentStartDate;
    const end = input.employmentEndDate !== undefined ? input.employmentEndDate : person.employmentEndDate;
    if (start && end && end < start) throw badInput({ field: input.employmentEndDate !== undefined ? 'employmentEndDate' : 'employmentStartDate', code: 'INVALID_DATE_RANGE' });
    const before = snapshot(person);
    await applyPersonData(em, person, input);
    if (person.displayName !== before.displayName || person.locale !== before.locale) {
      await syncAccountProfile(em, person.id, { displayName: person.displayName, locale: person.locale });
    }
    // The work email is the sign-in email: move the account with it (and end its sessions), under the sign-in rules.
    if (person.workEmail && person.workEmail !== before.workEmail) await changeSignInEmails(ctx, em, [{ personId: person.id, email: person.workEmail, field: 'workEmail' }]);
    ctx.record({ type: 'org.person.updated', subjectType: 'Person', subjectId: person.id, payload: { personId: person.id }, before, after: snapshot(person) });
    return person;
  }, tx);
}

/** Marks a person as having left: blocks their sign-in and removes them as a department leader. */
export async function archivePerson(ctx: RequestContext, id: string, lastDay?: string | null): Promise<Person> {
  if (lastDay && !isDate(lastDay)) throw badInput({ field: 'lastDay', code: 'INVALID_DATE' });
  return ctx.transaction(async (em) => {
    const person = await loadPerson(ctx, em, id);
    authorizePersonChange(ctx, 'archive', await personSubject(ctx, person));
    if (person.id === ctx.actor?.personId) throw forbidden('archive', 'Person');
    if (person.status === PersonStatus.ARCHIVED) return person;
    if (lastDay && person.employmentStartDate && lastDay < person.employmentStartDate) throw badInput({ field: 'lastDay', code: 'INVALID_DATE_RANGE' });
    const before = snapshot(person);
    person.status = PersonStatus.ARCHIVED;
    if (lastDay) person.employmentEndDate = lastDay;
    await disableAccountOf(em, person.id);
    await tenantSql(em, ctx.tenantId, sql`delete from department_leader l using department d where d.id = l.department_id and d.tenant_id = ${TENANT} and l.person_id = ${person.id}`);
    ctx.record({ type: 'org.person.archived', subjectType: 'Person', subjectId: person.id, payload: { personId: person.id }, before, after: snapshot(person) });
    return person;
  });
}

/** Signs a person out on every device (e.g. a lost phone); needs the right to change them, and every right they hold. */
export async function signOutPersonEverywhere(ctx: RequestContext, id: string): Promise<boolean> {
  return ctx.transaction(async (em) => {
    const person = await loadPerson(ctx, em, id);
    authorizePersonChange(ctx, 'update', await personSubject(ctx, person));
    if (!(await endSessionsOf(ctx, em, person.id))) return false;
    ctx.record({ type: 'org.person.signed_out_everywhere', subjectType: 'Person', subjectId: person.id, subjectLabel: person.displayName, payload: { personId: person.id } });
    return true;
  });
}

/**
 * Memberships decide department-scoped permissions and reporting lines, so changing them needs the `memberships` field
 * of the person (an employee's rule on their own record covers only their contact details).
 */
function authorizeMembershipChange(ctx: RequestContext, subject: Record<string, unknown>): void {
  authorizePersonChange(ctx, 'update', subject);
  if (!ctx.can('update', 'Person', subject, 'memberships')) throw forbidden('update', 'Person.memberships');
}

/** Adds a person to a department (another identity), with its own manager (in `tx` when given). */
export async function addMembership(ctx: RequestContext, personId: string, data: MembershipData, tx?: EntityManager): Promise<Membership> {
  return ctx.transaction(async (em) => {
    const person = await loadPerson(ctx, em, personId);
    if (person.status === PersonStatus.ARCHIVED) throw new AppError('PERSON_ARCHIVED');
    const subject = await personSubject(ctx, person);
    authorizeMembershipChange(ctx, subject);
    authorizeMembershipChange(ctx, { ...subject, departmentIds: [data.departmentId] });
    const membership = await addMembershipRow(ctx, em, person, data, 'input');
    await em.flush();
    await normalisePrimary(em, person, data.isPrimary ? membership : undefined);
    ctx.record({
      type: 'org.membership.added',
      subjectType: 'Person',
      subjectId: person.id,
      subjectLabel: person.displayName,
      payload: { personId: person.id, membershipId: membership.id, departmentId: data.departmentId },
      after: { departmentId: data.departmentId, managerId: data.managerId ?? null, isPrimary: membership.isPrimary },
    });
    return membership;
  }, tx);
}

async function loadMembership(ctx: RequestContext, em: EntityManager, id: string): Promise<Membership> {
  const membership = await em.findOne(Membership, { id }, { populate: ['person'] });
  if (!membership) throw notFound('Membership', id);
  const person = membership.person as Person;
  if (!ctx.can('read', 'Person', await personSubject(ctx, person))) throw notFound('Membership', id);
  return membership;
}

/** Changes the manager of one membership, or makes it the primary one (in `tx` when given). */
export async function updateMembership(ctx: RequestContext, id: string, data: { managerId?: string | null; isPrimary?: boolean | null }, tx?: EntityManager): Promise<Membership> {
  return ctx.transaction(async (em) => {
    const membership = await loadMembership(ctx, em, id);
    authorizeMembershipChange(ctx, await personSubject(ctx, membership.person));
    const before = { managerId: membership.manager?.id ?? null, isPrimary: membership.isPrimary };
    if (data.managerId !== undefined) {
      if (data.managerId) {
        const manager = await em.findOne(Person, { id: data.managerId });
        if (!manager || manager.status !== PersonStatus.ACTIVE) throw badInput({ field: 'managerId', code: 'UNKNOWN_REFERENCE' });
        await assertNoManagerCycle(ctx, em, membership.person.id, manager.id, 'managerId');
        membership.manager = manager;
      } else {
        membership.manager = null;
      }
    }
    if (data.isPrimary) {
      await em.flush();
      await normalisePrimary(em, membership.person, membership);
    }
    ctx.record({
      type: 'org.membership.updated',
      subjectType: 'Person',
      subjectId: membership.person.id,
      subjectLabel: membership.person.displayName,
      payload: { personId: membership.person.id, membershipId: membership.id },
      before,
      after: { managerId: membership.manager?.id ?? null, isPrimary: membership.isPrimary },
    });
    return membership;
  }, tx);
}

/** Removes a person from a department. A person keeps at least one department while active. */
export async function removeMembership(ctx: RequestContext, id: string): Promise<boolean> {
  return ctx.transaction(async (em) => {
    const membership = await loadMembership(ctx, em, id);
    const person = membership.person;
    authorizeMembershipChange(ctx, await personSubject(ctx, person));
    const count = await em.count(Membership, { person });
    if (count <= 1 && person.status === PersonStatus.ACTIVE) throw badInput({ field: 'membershipId', code: 'LAST_MEMBERSHIP' });
    const departmentId = membership.department.id;
    em.remove(membership);
    await em.flush();
    await normalisePrimary(em, person);
    ctx.record({
      type: 'org.membership.removed',
      subjectType: 'Person',
      subjectId: person.id,
      subjectLabel: person.displayName,
      payload: { personId: person.id, membershipId: id, departmentId },
      before: { departmentId },
    });
    return true;
  });
}

/** People the caller may read, filtered in SQL; optionally those in a department (and its subtree). */
export async function listPeople(
  ctx: RequestContext,
  filter: { search?: string | null; departmentId?: string | null; includeSubtree?: boolean | null; status?: PersonStatus | null; rankId?: string | null },
  page: PageArgs,
): Promise<{ items: Person[]; totalCount: number }> {
  const { limit, offset } = checkPage(page, ctx.services.config.maxPageSize);
  // Written as SQL rather than compiled by the ORM on every request: the list is the directory every app opens.
  const conditions = [sql`p.tenant_id = ${TENANT}`, sql`p.status = ${filter.status ?? PersonStatus.ACTIVE}`, permittedIds(ctx, 'read', 'Person', Person, 'p.id')];
  if (filter.departmentId) {
    const departments = filter.includeSubtree
      ? sql`with recursive tree as (
          select id, 0 as depth from department where tenant_id = ${TENANT} and id = ${filter.departmentId}
          union
          select d.id, t.depth + 1 from department d join tree t on d.parent_id = t.id where d.tenant_id = ${TENANT} and t.depth < 100
        ) select id from tree`
      : sql`select ${filter.departmentId}::uuid`;
    conditions.push(sql`exists (select 1 from membership m where m.tenant_id = ${TENANT} and m.person_id = p.id and m.department_id in (${departments}))`);
  }
  if (filter.rankId) conditions.push(sql`p.rank_id = ${filter.rankId}`);
  const search = filter.search?.trim();
  if (search) {
    const like = containsPattern(search);
    conditions.push(sql`(p.display_name ilike ${like} or p.english_name ilike ${like} or p.work_email ilike ${like} or p.employee_no ilike ${like} or p.job_title ilike ${like})`);
  }
  const links = peopleLinks(ctx, null);
  const [row] = await tenantSql<PeopleLinksRow & { page: string[] | null; total: number }>(
    ctx.em,
    ctx.tenantId,
    sql`with matching as (select p.id from person p where ${joinSql(conditions, ' and ')}),
      shown as (
        select p.* from person p where p.tenant_id = ${TENANT} and p.id in (select id from matching)
        order by ${nameOrder('p.display_name')}, p.id limit ${limit} offset ${offset}
      ),${links.ctes}
      select (select json_agg(p.id order by ${nameOrder('p.display_name')}, p.id) from shown p) as page, (select count(*)::int from matching) as total,${links.columns}`,
  );
  const { people: linked } = primePeopleLinks(ctx, row, new Set());
  const byId = new Map(linked.map((person) => [person.id, person]));
  return { items: (row.page ?? []).map((id) => byId.get(id)!), totalCount: row.total };
}

/**
 * The signed-in person — always visible to themselves, whatever their roles — in one statement: with what their fields
 * link to (their memberships' departments and managers, their rank, each only if the caller may read it) when the
 * query follows those links, else their row alone.
 */
export async function loadMe(ctx: RequestContext, withLinks: boolean): Promise<Person> {
  const { personId } = ctx.requireActor();
  if (!withLinks) {
    const [row] = await tenantSql<Record<string, unknown>>(ctx.em, ctx.tenantId, sql`select * from person where tenant_id = ${TENANT} and id = ${personId}`);
    if (!row) throw notFound('Person', personId);
    const person = viewOf(ctx.em, Person, row);
    ctx.prime(personById, person.id, person);
    return person;
  }
  const links = peopleLinks(ctx, null);
  const [row] = await tenantSql<PeopleLinksRow>(
    ctx.em,
    ctx.tenantId,
    sql`with shown as (select p.* from person p where p.tenant_id = ${TENANT} and p.id = ${personId}),${links.ctes}
      select${links.columns}`,
  );
  // The people come sorted by name, the person's own managers among them.
  return primePeopleLinks(ctx, row, new Set()).people.find((person) => person.id === personId)!;
}

/** Whether the caller may read a protected field of this person (field-level protection). */
export async function canReadField(ctx: RequestContext, person: Person, field: (typeof PROTECTED_PERSON_FIELDS)[number]): Promise<boolean> {
  return ctx.can('read', 'Person', await personSubject(ctx, person), field);
}

/** One calendar month of the workforce figures. */
export interface WorkforceMonthFigures {
  month: string;
  joiners: number;
  leavers: number;
  headcount: number;
}

/**
 * Joiners, leavers and headcount for each of the last `months` calendar months (Hong Kong time, the current one last),
 * from employment start and end dates, counting only people the caller may read. Someone who left without a last day
 * on record counts in no month's headcount.
 */
export async function workforceByMonth(ctx: RequestContext, months: number): Promise<WorkforceMonthFigures[]> {
  if (!Number.isInteger(months) || months < 1 || months > 60) throw badInput({ field: 'months', code: 'INVALID_VALUE' });
  return tenantSql<WorkforceMonthFigures>(
    ctx.em,
    ctx.tenantId,
    sql`with this_month as (select date_trunc('month', (now() at time zone 'Asia/Hong_Kong')::date)::date as first_day),
      months as (
        select m::date as first_day, (m + interval '1 month')::date as next_first_day
        from this_month, generate_series(this_month.first_day - (${months}::int - 1) * interval '1 month', this_month.first_day, interval '1 month') m
      ),
      readable as (
        select p.employment_start_date as start_date, p.employment_end_date as end_date, p.status from person p
        where p.tenant_id = ${TENANT} and ${permittedIds(ctx, 'read', 'Person', Person, 'p.id')}
      )
      select to_char(m.first_day, 'YYYY-MM') as month,
        (select count(*)::int from readable r where r.start_date >= m.first_day and r.start_date < m.next_first_day) as joiners,
        (select count(*)::int from readable r where r.end_date >= m.first_day and r.end_date < m.next_first_day) as leavers,
        (select count(*)::int from readable r
          where (r.start_date is null or r.start_date < m.next_first_day)
            and (r.end_date >= m.next_first_day or (r.end_date is null and r.status = 'ACTIVE'))) as headcount
      from months m order by m.first_day`,
  );
}
