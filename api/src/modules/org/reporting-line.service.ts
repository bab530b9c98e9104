import type { RequestContext } from '../../core/context/request-context.js';
import { sql, tenantSql, TENANT, type SqlStatement } from '../../core/database/sql.js';
import { viewOf } from '../../core/database/views.js';
import { badInput, notFound } from '../../core/errors/app-error.js';
import { JobRank } from './job-rank.entity.js';
import { nameOrder } from './name-order.js';
import { foundValues, personById } from './org.loaders.js';
import { Person } from './person.entity.js';
import { loadPerson } from './person.service.js';

const MAX_CHAIN = 30;

// Reporting lines are answered in SQL, one statement per question, and the approval engine's routing embeds the same
// statements in its own: there is one definition of "manager" for the org chart's questions and for routing.

/**
 * The CTE `reporting_line(person_id, department_id, manager_id, depth, seen)` of a person's reporting line, for a
 * `with recursive` statement. Depth 0 is the position the question is about — the person's membership in
 * `departmentId`, else their primary one (primary first, then the oldest); no row when there is none. Each next row is
 * the manager of the row before and that manager's primary position (department and manager null when they have
 * none, which ends the line): the position's explicit manager if active, else the nearest leader of its department or
 * of an ancestor department who is active and not the person themselves — several leaders of one department ordered
 * by name (see nameOrder), then id. The line stops at a manager already on it (a cycle) and after 30 managers.
 */
export function reportingLineCte(personId: string, departmentId: string | null | undefined): SqlStatement {
  return sql`reporting_line(person_id, department_id, manager_id, depth, seen) as (
      select m.person_id, m.department_id, m.manager_id, 0, array[m.person_id]
      from (
        select m.person_id, m.department_id, m.manager_id from membership m
        where m.tenant_id = ${TENANT} and m.person_id = ${personId}::uuid and (${departmentId ?? null}::uuid is null or m.department_id = ${departmentId ?? null}::uuid)
        order by m.is_primary desc, m.created_at, m.id limit 1
      ) m
      union all
      -- (offset 0 keeps the manager a value computed once: inlined, each use of next.id ran both lookups again.)
      select next.id, primary_position.department_id, primary_position.manager_id, r.depth + 1, r.seen || next.id
      from reporting_line r
        cross join lateral (
          select coalesce(
            (select p.id from person p where p.tenant_id = ${TENANT} and p.id = r.manager_id and p.status = 'ACTIVE'),
            (with recursive up(id, depth) as (
               select r.department_id, 0
               union all
               select d.parent_id, up.depth + 1 from department d join up on d.id = up.id
               where d.tenant_id = ${TENANT} and d.parent_id is not null and up.depth < 100
             )
             select p.id from up
               join department_leader l on l.department_id = up.id
               join person p on p.tenant_id = ${TENANT} and p.id = l.person_id and p.status = 'ACTIVE' and p.id <> r.person_id
             order by up.depth, ${nameOrder('p.display_name')}, p.id
             limit 1)
          ) as id
          offset 0
        ) next
        left join lateral (
          select m.department_id, m.manager_id from membership m
          where m.tenant_id = ${TENANT} and m.person_id = next.id
          order by m.is_primary desc, m.created_at, m.id limit 1
        ) primary_position on true
      where r.department_id is not null and r.depth < ${MAX_CHAIN} and next.id is not null and next.id <> all(r.seen)
    )`;
}

/**
 * The CTE `department_path(id, parent_id, depth)` of a department and its ancestors (depth 0 = the department), for a
 * `with recursive` statement; `start` is a statement returning the department's id (none: an empty path).
 */
export function departmentPathCte(start: SqlStatement): SqlStatement {
  return sql`department_path(id, parent_id, depth) as (
      select d.id, d.parent_id, 0 from department d where d.tenant_id = ${TENANT} and d.id = (${start})
      union all
      select d.id, d.parent_id, p.depth + 1 from department d join department_path p on d.id = p.parent_id
      where d.tenant_id = ${TENANT} and p.depth < 100
    )`;
}

/**
 * A JSON column of the departments in `department_path`, from the top of the branch down: each one's id, parent id
 * and active leaders' ids ordered by name (see nameOrder), then id.
 */
export function pathLeadersColumn(): SqlStatement {
  return sql`(select json_agg(json_build_object('id', dp.id, 'parentId', dp.parent_id, 'leaderIds', (
        select coalesce(json_agg(p.id order by ${nameOrder('p.display_name')}, p.id), '[]') from department_leader l
          join person p on p.tenant_id = ${TENANT} and p.id = l.person_id and p.status = 'ACTIVE'
        where l.department_id = dp.id
      )) order by dp.depth desc) from department_path dp)`;
}

/** One department of a path, as pathLeadersColumn returns it. */
export interface PathDepartment {
  id: string;
  parentId: string | null;
  leaderIds: string[];
}

/** A manager on a reporting line with the level of their rank (null when they have none). */
interface ChainLink {
  person: Person;
  rankLevel: number | null;
}

/** The reporting line of a readable person (NOT_FOUND otherwise); UNKNOWN_REFERENCE for a department they are not in. */
async function chainOf(ctx: RequestContext, personId: string, departmentId?: string | null): Promise<ChainLink[]> {
  await loadPerson(ctx, ctx.em, personId);
  const rows = await tenantSql<{ depth: number; person: Record<string, unknown>; rank_level: number | null }>(
    ctx.em,
    ctx.tenantId,
    sql`with recursive ${reportingLineCte(personId, departmentId)}
      select r.depth, to_jsonb(p) as person, jr.level as rank_level from reporting_line r
        join person p on p.tenant_id = ${TENANT} and p.id = r.person_id
        left join job_rank jr on jr.tenant_id = ${TENANT} and jr.id = p.rank_id
      order by r.depth`,
  );
  if (departmentId && rows[0]?.depth !== 0) throw badInput({ field: 'departmentId', code: 'UNKNOWN_REFERENCE' });
  return rows.filter((row) => row.depth > 0).map((row) => ({ person: viewOf(ctx.em, Person, row.person), rankLevel: row.rank_level }));
}

/** The person's managers, nearest first, following each manager's primary position upward (see reportingLineCte). */
export async function managerChain(ctx: RequestContext, personId: string, departmentId?: string | null): Promise<Person[]> {
  return (await chainOf(ctx, personId, departmentId)).map((link) => link.person);
}

/** The n-th manager up (1 = direct manager), or null when the chain is shorter. */
export async function nthManager(ctx: RequestContext, personId: string, level: number, departmentId?: string | null): Promise<Person | null> {
  if (!Number.isInteger(level) || level < 1 || level > MAX_CHAIN) throw badInput({ field: 'level', code: 'INVALID_VALUE' });
  const chain = await managerChain(ctx, personId, departmentId);
  return chain[level - 1] ?? null;
}

/** The nearest manager whose rank is at or above the rank with this code (by rank level), or null. */
export async function firstManagerAtOrAboveRank(ctx: RequestContext, personId: string, rankCode: string, departmentId?: string | null): Promise<Person | null> {
  const rank = await ctx.em.findOne(JobRank, { code: rankCode });
  if (!rank) throw badInput({ field: 'rankCode', code: 'UNKNOWN_REFERENCE' });
  const chain = await chainOf(ctx, personId, departmentId);
  return chain.find((link) => link.rankLevel !== null && link.rankLevel >= rank.level)?.person ?? null;
}

/**
 * The active leaders of the department's ancestor at `levelFromTop` (1 = the top-level department of its branch),
 * ordered by name (see nameOrder), then id. NOT_FOUND for a department the caller may not read.
 */
export async function departmentHeads(ctx: RequestContext, departmentId: string, levelFromTop: number): Promise<Person[]> {
  if (!Number.isInteger(levelFromTop) || levelFromTop < 1) throw badInput({ field: 'levelFromTop', code: 'INVALID_VALUE' });
  const [row] = await tenantSql<{ path: PathDepartment[] | null; leaders: Record<string, unknown>[] | null }>(
    ctx.em,
    ctx.tenantId,
    sql`with recursive ${departmentPathCte(sql`select ${departmentId}::uuid`)}
      select ${pathLeadersColumn()} as path,
        (select json_agg(to_jsonb(p)) from person p where p.tenant_id = ${TENANT}
          and p.id in (select l.person_id from department_leader l where l.department_id in (select id from department_path))) as leaders`,
  );
  const leaders = new Map((row.leaders ?? []).map((person) => [person.id as string, viewOf(ctx.em, Person, person)]));
  return headsOnPath(ctx, departmentId, row.path ?? [], levelFromTop).flatMap((id) => leaders.get(id) ?? []);
}

/**
 * The leader ids of the department at `levelFromTop` (1 = the top) on a department's path (pathLeadersColumn, read
 * for `departmentId`): NOT_FOUND when the department does not exist or the caller may not read it.
 */
export function headsOnPath(ctx: RequestContext, departmentId: string, path: PathDepartment[], levelFromTop: number): string[] {
  const department = path.at(-1);
  // The subject's shape is departmentSubject's.
  if (!department || !ctx.can('read', 'Department', { id: department.id, parentId: department.parentId })) throw notFound('Department', departmentId);
  return path[levelFromTop - 1]?.leaderIds ?? [];
}

/**
 * Keeps only the people the caller may read, in order (chains are computed through hidden managers, but their answers
 * never reveal them): the same read rule, in SQL, as every link to a person.
 */
export async function readable(ctx: RequestContext, people: Person[]): Promise<Person[]> {
  return foundValues(await ctx.loader(personById).loadMany(people.map((p) => p.id)));
}
