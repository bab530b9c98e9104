import DataLoader from 'dataloader';
import type { RequestContext } from '../../core/context/request-context.js';
import { pgArray } from '../../core/database/tenant-filter.js';
import { permittedIds, readableById } from '../../core/authz/readable.js';
import { sql, tenantSql, TENANT } from '../../core/database/sql.js';
import { findViews, viewOf } from '../../core/database/views.js';
import { Department } from './department.entity.js';
import { JobRank } from './job-rank.entity.js';
import { Membership } from './membership.entity.js';
import { nameOrder } from './name-order.js';
import { Person } from './person.entity.js';

const byId = <T extends { id: string }>(ids: readonly string[], rows: T[]) => {
  const map = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => map.get(id) ?? null);
};

/** The found values of a loadMany: missing ones are left out, a failed load throws. */
export function foundValues<T>(values: (T | null | Error)[]): T[] {
  return values.filter((value): value is T => {
    if (value instanceof Error) throw value;
    return value !== null;
  });
}

// The loaders serve reads: they return read-only views (see findViews), never entities to change. Every loader that
// resolves a link for the caller applies their read rule (readableById): a link to a record they may not read is null.

/** Departments by id, those the caller may read. */
export const departmentById = readableById('Department', Department);

/** People by id, those the caller may read. */
export const personById = readableById('Person', Person);

/** Job ranks by id, those the caller may read. */
export const rankById = readableById('JobRank', JobRank);

/**
 * People by id whatever the caller may read, for services that must follow links the caller cannot see (a reporting
 * line runs through hidden managers). Module-private: what it loads reaches a caller only after a read check.
 */
export const anyPersonById = (ctx: RequestContext) => new DataLoader<string, Person | null>(async (ids) => byId(ids, await findViews(ctx.em, Person, { id: { $in: [...ids] } })));

/** A person's memberships, primary first. */
export const membershipsByPerson = (ctx: RequestContext) =>
  new DataLoader<string, Membership[]>(async (personIds) => {
    const rows = await findViews(ctx.em, Membership, { person: { $in: [...personIds] } }, { orderBy: { isPrimary: 'desc', createdAt: 'asc' } });
    return personIds.map((id) => rows.filter((row) => row.person.id === id));
  });

/** The leaders of each department (ids only, whoever the caller may read: resolve people with personById). */
export const leaderIdsByDepartment = (ctx: RequestContext) =>
  new DataLoader<string, string[]>(async (departmentIds) => {
    const rows = await tenantSql<{ department_id: string; person_id: string }>(
      ctx.em,
      ctx.tenantId,
      sql`select l.department_id, l.person_id from department_leader l join department d on d.id = l.department_id
       where d.tenant_id = ${TENANT} and l.department_id = any(${pgArray(departmentIds)}::uuid[]) order by l.person_id`,
    );
    return departmentIds.map((id) => rows.filter((row) => row.department_id === id).map((row) => row.person_id));
  });

/** Active child departments of each department that the caller may read, by position and then name (see nameOrder). */
export const childrenByDepartment = (ctx: RequestContext) =>
  new DataLoader<string, Department[]>(async (parentIds) => {
    const rows = await tenantSql<Record<string, unknown>>(
      ctx.em,
      ctx.tenantId,
      sql`select d.* from department d
       where d.tenant_id = ${TENANT} and d.parent_id = any(${pgArray(parentIds)}::uuid[]) and d.archived_at is null
         and ${permittedIds(ctx, 'read', 'Department', Department, 'd.id')}
       order by d.sort_order, ${nameOrder('d.name')}, d.id`,
    );
    const children = rows.map((row) => viewOf(ctx.em, Department, row));
    return parentIds.map((id) => children.filter((row) => row.parent?.id === id));
  });

/**
 * How many active people work in each department or any department below it (each person once), counting only those
 * the caller may read: the count never tells more than the people list would. One statement for all requested
 * departments.
 */
export const headcountByDepartment = (ctx: RequestContext) =>
  new DataLoader<string, number>(async (departmentIds) => {
    const rows = await tenantSql<{ root_id: string; headcount: number }>(
      ctx.em,
      ctx.tenantId,
      sql`with recursive tree as (
         select id as root_id, id from department where tenant_id = ${TENANT} and id = any(${pgArray(departmentIds)}::uuid[])
         union
         select t.root_id, d.id from department d join tree t on d.parent_id = t.id where d.tenant_id = ${TENANT} and d.archived_at is null
       )
       select t.root_id, count(distinct p.id)::int as headcount
       from tree t
         join membership m on m.tenant_id = ${TENANT} and m.department_id = t.id
         join person p on p.tenant_id = ${TENANT} and p.id = m.person_id and p.status = 'ACTIVE'
       where ${permittedIds(ctx, 'read', 'Person', Person, 'p.id')}
       group by t.root_id`,
    );
    const counts = new Map(rows.map((row) => [row.root_id, row.headcount]));
    return departmentIds.map((id) => counts.get(id) ?? 0);
  });

/**
 * The people the caller may read in each department (direct members), in one query for all requested departments.
 * Filtered in SQL by the caller's `read Person` rules.
 */
export const visibleMembersByDepartment = (ctx: RequestContext) =>
  new DataLoader<string, Person[]>(async (departmentIds) => {
    const rows = await tenantSql<Record<string, unknown>>(
      ctx.em,
      ctx.tenantId,
      sql`select p.* from person p
       where p.tenant_id = ${TENANT} and p.status = 'ACTIVE' and ${permittedIds(ctx, 'read', 'Person', Person, 'p.id')}
         and exists (select 1 from membership m where m.tenant_id = ${TENANT} and m.person_id = p.id and m.department_id = any(${pgArray(departmentIds)}::uuid[]))
       order by ${nameOrder('p.display_name')}, p.id`,
    );
    const people = rows.map((row) => viewOf(ctx.em, Person, row));
    // Members are often someone else's manager in the same tree: later manager lookups hit the cache.
    for (const person of people) ctx.prime(personById, person.id, person);
    const memberships = foundValues(await ctx.loader(membershipsByPerson).loadMany(people.map((p) => p.id)));
    return departmentIds.map((departmentId) => people.filter((_, index) => memberships[index].some((m) => m.department.id === departmentId)));
  });
