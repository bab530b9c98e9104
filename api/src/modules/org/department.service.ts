import type { EntityManager } from '@mikro-orm/postgresql';
import { permittedIds } from '../../core/authz/readable.js';
import type { RequestContext } from '../../core/context/request-context.js';
import { containsPattern, pgArray } from '../../core/database/tenant-filter.js';
import { joinSql, sql, tenantSql, TENANT } from '../../core/database/sql.js';
import { viewOf } from '../../core/database/views.js';
import { AppError, assertNoProblems, badInput, notFound, type FieldProblem } from '../../core/errors/app-error.js';
import { checkPage, type PageArgs } from '../../core/graphql/pagination.js';
import { Department } from './department.entity.js';
import { childrenByDepartment, departmentById, leaderIdsByDepartment, personById, visibleMembersByDepartment } from './org.loaders.js';
import { peopleLinks, primePeopleLinks, type PeopleLinksRow } from './people.read.js';
import { Membership } from './membership.entity.js';
import { nameOrder } from './name-order.js';
import { Person, PersonStatus } from './person.entity.js';

/** The shape CASL conditions see for a department. */
export const departmentSubject = (department: Department) => ({ id: department.id, parentId: department.parent?.id ?? null });

/** What the caller may do with one department. */
export interface DepartmentPermissionAnswers {
  update: boolean;
  move: boolean;
  archive: boolean;
  createSubDepartment: boolean;
}

/** What the caller may do with one department, asked in advance: the same checks the mutations below make. */
export function departmentPermissions(ctx: RequestContext, department: Department): DepartmentPermissionAnswers {
  const subject = departmentSubject(department);
  const active = department.archivedAt === null;
  return {
    update: active && ctx.can('update', 'Department', subject),
    move: active && ctx.can('move', 'Department', subject),
    archive: active && ctx.can('archive', 'Department', subject),
    createSubDepartment: active && ctx.can('create', 'Department', { id: null, parentId: department.id }),
  };
}

/** Whether the caller may create a department at the top level (createDepartment without a parent). */
export const mayCreateTopLevelDepartment = (ctx: RequestContext) => ctx.can('create', 'Department', { id: null, parentId: null });

function nameProblems(name: string | undefined | null, field = 'name'): FieldProblem[] {
  if (name === undefined || name === null || !name.trim()) return [{ field, code: 'REQUIRED' }];
  if (name.trim().length > 200) return [{ field, code: 'TOO_LONG', params: { max: 200 } }];
  return [];
}

// The column holds 50 characters: a longer code is the caller's mistake, not a database error.
const codeProblems = (code: string | undefined | null): FieldProblem[] => (code && code.trim().length > 50 ? [{ field: 'code', code: 'TOO_LONG', params: { max: 50 } }] : []);
const externalIdProblems = (externalId: string | undefined | null): FieldProblem[] =>
  externalId && externalId.trim().length > 100 ? [{ field: 'externalId', code: 'TOO_LONG', params: { max: 100 } }] : [];

/** Loads an active department the caller may see, or NOT_FOUND (also for another tenant's ids). */
export async function loadDepartment(ctx: RequestContext, em: EntityManager, id: string, field?: string): Promise<Department> {
  const department = await em.findOne(Department, { id });
  if (!department || !ctx.can('read', 'Department', departmentSubject(department))) {
    if (field) throw badInput({ field, code: 'UNKNOWN_REFERENCE' });
    throw notFound('Department', id);
  }
  return department;
}

/** Ids of a department and all its descendants (recursive CTE), the department first. */
export async function subtreeIds(em: EntityManager, tenantId: string, rootIds: string[]): Promise<string[]> {
  if (rootIds.length === 0) return [];
  // The depth bound stops the recursion on a cycle, which can exist only transiently: an import checks its own links
  // with this after writing them, before it rolls back.
  const rows = await tenantSql<{ id: string }>(
    em,
    tenantId,
    sql`with recursive tree as (
       select id, 0 as depth from department where tenant_id = ${TENANT} and id = any(${pgArray(rootIds)}::uuid[])
       union
       select d.id, t.depth + 1 from department d join tree t on d.parent_id = t.id where d.tenant_id = ${TENANT} and t.depth < 100
     ) select id from tree order by depth`,
  );
  return [...new Set(rows.map((row) => row.id))];
}

/** A department's ancestors from the root down to its parent (recursive CTE). */
export async function ancestorIds(em: EntityManager, tenantId: string, id: string): Promise<string[]> {
  const rows = await tenantSql<{ id: string; depth: number }>(
    em,
    tenantId,
    sql`with recursive up as (
       select parent_id as id, 1 as depth from department where tenant_id = ${TENANT} and id = ${id}
       union all
       select d.parent_id, u.depth + 1 from department d join up u on d.id = u.id where d.tenant_id = ${TENANT} and u.depth < 100
     ) select id, depth from up where id is not null order by depth desc`,
  );
  return rows.map((row) => row.id);
}

/** Departments the caller may read, filtered in SQL, by position among siblings and then by name (see nameOrder). */
export async function listDepartments(
  ctx: RequestContext,
  filter: { parentId?: string | null; rootsOnly?: boolean | null; search?: string | null; includeArchived?: boolean | null },
  page: PageArgs,
): Promise<{ items: Department[]; totalCount: number }> {
  const { limit, offset } = checkPage(page, ctx.services.config.maxPageSize);
  const conditions = [sql`d.tenant_id = ${TENANT}`, permittedIds(ctx, 'read', 'Department', Department, 'd.id')];
  if (!filter.includeArchived) conditions.push(sql`d.archived_at is null`);
  if (filter.parentId) conditions.push(sql`d.parent_id = ${filter.parentId}`);
  if (filter.rootsOnly) conditions.push(sql`d.parent_id is null`);
  const search = filter.search?.trim();
  if (search) {
    const like = containsPattern(search);
    conditions.push(sql`(d.name ilike ${like} or d.code ilike ${like})`);
  }
  // The page is numbered once in its order, and the JSON keeps that order.
  const [row] = await tenantSql<{ page: Record<string, unknown>[]; total: number }>(
    ctx.em,
    ctx.tenantId,
    sql`with matching as (select d.* from department d where ${joinSql(conditions, ' and ')}),
      shown as (
        select d.*, row_number() over (order by d.sort_order, ${nameOrder('d.name')}, d.id) as position from matching d
        order by position limit ${limit} offset ${offset}
      )
      select (select coalesce(json_agg(to_jsonb(d) - 'position' order by d.position), '[]') from shown d) as page, (select count(*)::int from matching) as total`,
  );
  return { items: row.page.map((department) => viewOf(ctx.em, Department, department)), totalCount: row.total };
}

/** What one subtree statement returns: the tree, and — when the query follows them — the people it links to. */
interface SubtreeRow extends Partial<PeopleLinksRow> {
  root_readable: boolean;
  departments: Record<string, unknown>[];
  leaders?: [string, string][] | null;
}

/**
 * A department with its whole subtree (those the caller may read), ordered depth-first by position. One SQL statement
 * fetches the tree and, when `withPeople`, its leaders and members with what their fields link to (see peopleLinks),
 * each set filtered by the caller's read rules in the statement, and primes the loaders: the whole answer resolves
 * without another query.
 */
export async function departmentSubtree(ctx: RequestContext, rootId: string, withPeople: boolean): Promise<Department[]> {
  const readableDepartment = permittedIds(ctx, 'read', 'Department', Department, 'd.id');
  const links = withPeople ? peopleLinks(ctx, 'departments') : null;
  const people = links
    ? sql`,
      leaders as (select l.department_id, l.person_id from department_leader l where l.department_id in (select id from departments)),
      shown as (
        select p.* from person p
        where p.tenant_id = ${TENANT} and ${permittedIds(ctx, 'read', 'Person', Person, 'p.id')}
          and (p.id in (select person_id from leaders) or (p.status = 'ACTIVE'
            and exists (select 1 from membership m where m.tenant_id = ${TENANT} and m.person_id = p.id and m.department_id in (select id from departments))))
      ),${links.ctes}
      select (select json_agg(json_build_array(l.department_id, l.person_id) order by l.person_id) from leaders l) as leaders,${links.columns},`
    : sql`
      select`;
  const [row] = await tenantSql<SubtreeRow>(
    ctx.em,
    ctx.tenantId,
    sql`with recursive tree as (
        select id, 0 as depth from department where tenant_id = ${TENANT} and id = ${rootId}
        union
        select d.id, t.depth + 1 from department d join tree t on d.parent_id = t.id where d.tenant_id = ${TENANT} and t.depth < 100
      ),
      departments as (
        select d.* from department d where d.tenant_id = ${TENANT} and d.id in (select id from tree) and d.archived_at is null and ${readableDepartment}
      )${people}
        exists (select 1 from department d where d.tenant_id = ${TENANT} and d.id = ${rootId} and ${readableDepartment}) as root_readable,
        (select coalesce(json_agg(to_jsonb(d) order by d.sort_order, ${nameOrder('d.name')}, d.id), '[]') from departments d) as departments`,
  );
  if (!row.root_readable) throw notFound('Department', rootId);
  const rows = row.departments.map((department) => viewOf(ctx.em, Department, department));
  for (const department of rows) ctx.prime(departmentById, department.id, department);
  // Every readable active child of a department in the tree is in the tree.
  const children = new Map(rows.map((department) => [department.id, [] as Department[]]));
  for (const department of rows) if (department.parent) children.get(department.parent.id)?.push(department);
  for (const [id, list] of children) ctx.prime(childrenByDepartment, id, list);
  if (links) primeTreePeople(ctx, rows, row as SubtreeRow & PeopleLinksRow);
  return depthFirst(rows, rootId);
}

/** Primes the leaders and members of each department of the tree, and what their fields link to. */
function primeTreePeople(ctx: RequestContext, departments: Department[], row: SubtreeRow & PeopleLinksRow): void {
  const { people, membershipsOf } = primePeopleLinks(ctx, row, new Set(departments.map((department) => department.id)));
  const leaderIds = new Map<string, string[]>(departments.map((department) => [department.id, []]));
  for (const [departmentId, personId] of row.leaders ?? []) leaderIds.get(departmentId)?.push(personId);
  for (const [departmentId, ids] of leaderIds) ctx.prime(leaderIdsByDepartment, departmentId, ids);
  for (const [, personId] of row.leaders ?? []) if (!membershipsOf.has(personId)) ctx.prime(personById, personId, null);
  // A member is an active person the caller may read with a membership in the department (people come sorted by name).
  for (const department of departments) {
    const members = people.filter((person) => person.status === PersonStatus.ACTIVE && membershipsOf.get(person.id)!.some((m) => m.department.id === department.id));
    ctx.prime(visibleMembersByDepartment, department.id, members);
  }
}

/** The tree's rows (in sibling order) depth-first from the root; rows under a department the caller may not read last. */
function depthFirst(rows: Department[], rootId: string): Department[] {
  const children = new Map<string | null, Department[]>();
  for (const department of rows) children.set(department.parent?.id ?? null, [...(children.get(department.parent?.id ?? null) ?? []), department]);
  const ordered: Department[] = [];
  const visit = (department: Department) => {
    ordered.push(department);
    for (const child of children.get(department.id) ?? []) visit(child);
  };
  const top = rows.find((department) => department.id === rootId);
  if (top) visit(top);
  // Rows under a department the caller may not read come last, so nothing readable is dropped.
  const placed = new Set(ordered);
  return [...ordered, ...rows.filter((department) => !placed.has(department))];
}

export interface CreateDepartmentData {
  name: string;
  parentId?: string | null;
  code?: string | null;
  externalId?: string | null;
  sortOrder?: number | null;
}

/** Creates a department under `parentId` (or at the top), in `tx` when given. */
export async function createDepartment(ctx: RequestContext, input: CreateDepartmentData, tx?: EntityManager): Promise<Department> {
  assertNoProblems([...nameProblems(input.name), ...codeProblems(input.code)]);
  return ctx.transaction(async (em) => {
    const parent = input.parentId ? await loadDepartment(ctx, em, input.parentId, 'parentId') : null;
    if (parent?.archivedAt) throw badInput({ field: 'parentId', code: 'DEPARTMENT_ARCHIVED' });
    ctx.authorize('create', 'Department', { id: null, parentId: parent?.id ?? null });
    if (input.externalId && (await em.count(Department, { externalId: input.externalId }))) {
      throw badInput({ field: 'externalId', code: 'DUPLICATE_VALUE' });
    }
    const department = em.create(Department, {
      tenantId: ctx.tenantId,
      name: input.name.trim(),
      parent,
      code: input.code?.trim() || null,
      externalId: input.externalId?.trim() || null,
      sortOrder: input.sortOrder ?? 0,
    });
    em.persist(department);
    ctx.record({
      type: 'org.department.created',
      subjectType: 'Department',
      subjectId: department.id,
      payload: { departmentId: department.id, parentId: parent?.id ?? null },
      after: { name: department.name, parentId: parent?.id ?? null, code: department.code },
    });
    return department;
  }, tx);
}

/**
 * Renames a department and optionally changes its code and external id (undefined: unchanged; null or blank:
 * cleared), in `tx` when given. External ids are unique in the organisation: an import matches on them.
 */
export async function renameDepartment(ctx: RequestContext, id: string, name: string, code?: string | null, externalId?: string | null, tx?: EntityManager): Promise<Department> {
  assertNoProblems([...nameProblems(name), ...codeProblems(code), ...externalIdProblems(externalId)]);
  return ctx.transaction(async (em) => {
    const department = await loadDepartment(ctx, em, id);
    ctx.authorize('update', 'Department', departmentSubject(department));
    const before = { name: department.name, code: department.code, externalId: department.externalId };
    department.name = name.trim();
    if (code !== undefined) department.code = code?.trim() || null;
    if (externalId !== undefined) {
      const value = externalId?.trim() || null;
      if (value && value !== department.externalId && (await em.count(Department, { externalId: value, id: { $ne: department.id } }))) {
        throw badInput({ field: 'externalId', code: 'DUPLICATE_VALUE' });
      }
      department.externalId = value;
    }
    ctx.record({
      type: 'org.department.renamed',
      subjectType: 'Department',
      subjectId: department.id,
      payload: { departmentId: department.id },
      before,
      after: { name: department.name, code: department.code, externalId: department.externalId },
    });
    return department;
  }, tx);
}

/** Moves a department under a new parent (null = top level), in `tx` when given. Refuses moves that would create a cycle. */
export async function moveDepartment(ctx: RequestContext, id: string, newParentId: string | null, sortOrder?: number | null, tx?: EntityManager): Promise<Department> {
  return ctx.transaction(async (em) => {
    const department = await loadDepartment(ctx, em, id);
    ctx.authorize('move', 'Department', departmentSubject(department));
    const newParent = newParentId ? await loadDepartment(ctx, em, newParentId, 'newParentId') : null;
    // Moving to the top level is placing a department outside every subtree: only unscoped rights allow it.
    if (!newParent) ctx.authorize('move', 'Department', { id: null, parentId: null });
    if (newParent) {
      ctx.authorize('move', 'Department', departmentSubject(newParent));
      if (newParent.archivedAt) throw badInput({ field: 'newParentId', code: 'DEPARTMENT_ARCHIVED' });
      // Lock the tree rows involved so two concurrent moves cannot together build a cycle.
      await tenantSql(em, ctx.tenantId, sql`select id from department where tenant_id = ${TENANT} and id = any(${pgArray([department.id, newParent.id])}::uuid[]) for update`);
      const subtree = await subtreeIds(em, ctx.tenantId, [department.id]);
      if (subtree.includes(newParent.id)) throw new AppError('DEPARTMENT_CYCLE', {}, [{ field: 'newParentId', code: 'DEPARTMENT_CYCLE' }]);
    }
    const before = { parentId: department.parent?.id ?? null, sortOrder: department.sortOrder };
    department.parent = newParent;
    if (sortOrder !== undefined && sortOrder !== null) department.sortOrder = sortOrder;
    ctx.record({
      type: 'org.department.moved',
      subjectType: 'Department',
      subjectId: department.id,
      payload: { departmentId: department.id, fromParentId: before.parentId, toParentId: newParent?.id ?? null },
      before,
      after: { parentId: newParent?.id ?? null, sortOrder: department.sortOrder },
    });
    return department;
  }, tx);
}

/**
 * Puts the active sub-departments of `parentId` (null: the top-level departments) in the order given; `departmentIds`
 * must name each of them once. Authorized like moving each of them under that parent.
 */
export async function reorderDepartments(ctx: RequestContext, parentId: string | null, departmentIds: string[]): Promise<Department[]> {
  if (new Set(departmentIds).size !== departmentIds.length) throw badInput({ field: 'departmentIds', code: 'DUPLICATE_VALUE' });
  return ctx.transaction(async (em) => {
    const parent = parentId ? await loadDepartment(ctx, em, parentId, 'parentId') : null;
    if (parent) ctx.authorize('move', 'Department', departmentSubject(parent));
    else ctx.authorize('move', 'Department', { id: null, parentId: null });
    // Locking the siblings makes a concurrent create, move or reorder under the same parent wait for this one.
    await tenantSql(
      em,
      ctx.tenantId,
      sql`select id from department where tenant_id = ${TENANT} and ${parent ? sql`parent_id = ${parent.id}` : sql`parent_id is null`} and archived_at is null for update`,
    );
    const siblings = await em.find(Department, { parent, archivedAt: null });
    const byId = new Map(siblings.map((department) => [department.id, department]));
    const problems = departmentIds
      .map((id, index) => ({ id, index }))
      .filter(({ id }) => !byId.has(id))
      .map(({ index }) => ({ field: `departmentIds.${index}`, code: 'UNKNOWN_REFERENCE' }));
    assertNoProblems(problems);
    if (departmentIds.length !== siblings.length)
      throw new AppError('DEPARTMENT_SIBLINGS_MISSING', { expected: siblings.length }, [{ field: 'departmentIds', code: 'DEPARTMENT_SIBLINGS_MISSING', params: { expected: siblings.length } }]);
    const ordered = departmentIds.map((id) => byId.get(id)!);
    for (const department of ordered) {
      if (!ctx.can('read', 'Department', departmentSubject(department))) throw badInput({ field: 'departmentIds', code: 'UNKNOWN_REFERENCE' });
      ctx.authorize('move', 'Department', departmentSubject(department));
    }
    // One fact per department whose position changed, so each is audited and delivered like the department itself.
    ordered.forEach((department, index) => {
      if (department.sortOrder === index + 1) return;
      const before = { sortOrder: department.sortOrder };
      department.sortOrder = index + 1;
      ctx.record({
        type: 'org.department.reordered',
        subjectType: 'Department',
        subjectId: department.id,
        subjectLabel: department.name,
        payload: { departmentId: department.id, parentId: parent?.id ?? null },
        before,
        after: { sortOrder: department.sortOrder },
      });
    });
    return ordered;
  });
}

/** Archives an empty department (no active sub-departments or members). */
export async function archiveDepartment(ctx: RequestContext, id: string): Promise<Department> {
  return ctx.transaction(async (em) => {
    const department = await loadDepartment(ctx, em, id);
    ctx.authorize('archive', 'Department', departmentSubject(department));
    if (department.archivedAt) return department;
    const children = await em.count(Department, { parent: department, archivedAt: null });
    const members = await em.count(Membership, { department, person: { status: PersonStatus.ACTIVE } });
    if (children > 0 || members > 0) throw new AppError('DEPARTMENT_NOT_EMPTY', { children, members });
    department.archivedAt = new Date();
    ctx.record({
      type: 'org.department.archived',
      subjectType: 'Department',
      subjectId: department.id,
      payload: { departmentId: department.id },
      before: { archivedAt: null },
      after: { archivedAt: department.archivedAt.toISOString() },
    });
    return department;
  });
}

/** Replaces the leaders (heads) of a department; leaders need not be members. */
export async function setDepartmentLeaders(ctx: RequestContext, id: string, personIds: string[]): Promise<Department> {
  const unique = [...new Set(personIds)];
  if (unique.length > 20) throw badInput({ field: 'personIds', code: 'INVALID_VALUE' });
  return ctx.transaction(async (em) => {
    const department = await loadDepartment(ctx, em, id);
    ctx.authorize('update', 'Department', departmentSubject(department));
    if (department.archivedAt) throw new AppError('DEPARTMENT_ARCHIVED');
    const people = unique.length ? await em.find(Person, { id: { $in: unique } }) : [];
    // Positions refer to the list as sent (which may repeat an id), so the caller can point at the bad entry.
    const problems = personIds
      .map((personId, index) => ({ personId, index }))
      .filter(({ personId }) => !people.some((p) => p.id === personId && p.status === PersonStatus.ACTIVE))
      .map(({ index }) => ({ field: `personIds.${index}`, code: 'UNKNOWN_REFERENCE' }));
    assertNoProblems(problems);
    await department.leaders.init();
    const before = {
      leaderIds: department.leaders
        .getItems()
        .map((p) => p.id)
        .sort(),
    };
    department.leaders.set(people);
    ctx.record({
      type: 'org.department.leaders_changed',
      subjectType: 'Department',
      subjectId: department.id,
      payload: { departmentId: department.id, leaderIds: unique },
      before,
      after: { leaderIds: [...unique].sort() },
    });
    return department;
  });
}
