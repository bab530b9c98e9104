import { permittedIds } from '../../core/authz/readable.js';
import type { RequestContext } from '../../core/context/request-context.js';
import { sql, sqlFragment, TENANT, type SqlStatement } from '../../core/database/sql.js';
import { viewOf } from '../../core/database/views.js';
import { Department } from './department.entity.js';
import { JobRank } from './job-rank.entity.js';
import { nameOrder } from './name-order.js';
import { Membership } from './membership.entity.js';
import { departmentById, membershipsByPerson, personById, rankById } from './org.loaders.js';
import { Person } from './person.entity.js';

// Hot reads answer a root field with one SQL statement: the records it returns and what their fields link to, each
// set filtered by the caller's read rules inside the statement, then handed to the loaders (primed) so the field
// resolvers find them without another query. The loaders stay the one way a field reads a linked record.

/** The JSON columns peopleLinks adds to a statement's select list. */
export interface PeopleLinksRow {
  people: Record<string, unknown>[] | null;
  memberships: Record<string, unknown>[] | null;
  ranks: Record<string, unknown>[] | null;
  linked_departments: Record<string, unknown>[] | null;
}

/**
 * For a statement whose CTE `shown` holds the person rows it answers with (already readable to the caller): the CTEs
 * and select-list columns that fetch their memberships, the managers those name, the departments and ranks — the
 * managers, departments and ranks only where the caller may read them. `departments` names a CTE of departments the
 * statement already returns (their ids are not fetched twice), or null.
 */
export function peopleLinks(ctx: RequestContext, departments: string | null): { ctes: SqlStatement; columns: SqlStatement } {
  // `departments` is a CTE name chosen by the caller's code, never input.
  const known = sqlFragment(departments ? ` and d.id not in (select id from ${departments})` : '', []);
  return {
    ctes: sql`
      shown_memberships as (select m.* from membership m where m.tenant_id = ${TENANT} and m.person_id in (select id from shown)),
      managers as (
        select p.* from person p
        where p.tenant_id = ${TENANT} and p.id not in (select id from shown) and ${permittedIds(ctx, 'read', 'Person', Person, 'p.id')}
          and p.id in (select manager_id from shown_memberships)
      ),
      linked_people as (select * from shown union all select * from managers),
      linked_memberships as (select m.* from membership m where m.tenant_id = ${TENANT} and m.person_id in (select id from linked_people))`,
    columns: sql`
      (select json_agg(to_jsonb(p) order by ${nameOrder('p.display_name')}, p.id) from linked_people p) as people,
      (select json_agg(to_jsonb(m) order by m.is_primary desc, m.created_at) from linked_memberships m) as memberships,
      (select json_agg(to_jsonb(r)) from job_rank r
        where r.tenant_id = ${TENANT} and r.id in (select rank_id from linked_people) and ${permittedIds(ctx, 'read', 'JobRank', JobRank, 'r.id')}) as ranks,
      (select json_agg(to_jsonb(d)) from department d
        where d.tenant_id = ${TENANT} and d.id in (select department_id from linked_memberships)${known}
          and ${permittedIds(ctx, 'read', 'Department', Department, 'd.id')}) as linked_departments`,
  };
}

/**
 * Primes the loaders with what peopleLinks fetched. An id the statement named but did not return (a manager, rank or
 * department the caller may not read) is primed as null: the link is hidden, and nothing asks the database again.
 * Returns the people (sorted by name) and each one's memberships.
 */
export function primePeopleLinks(ctx: RequestContext, row: PeopleLinksRow, knownDepartmentIds: Set<string>): { people: Person[]; membershipsOf: Map<string, Membership[]> } {
  const people = (row.people ?? []).map((person) => viewOf(ctx.em, Person, person));
  const memberships = (row.memberships ?? []).map((membership) => viewOf(ctx.em, Membership, membership));
  const ranks = (row.ranks ?? []).map((rank) => viewOf(ctx.em, JobRank, rank));
  const departments = (row.linked_departments ?? []).map((department) => viewOf(ctx.em, Department, department));

  const membershipsOf = new Map<string, Membership[]>(people.map((person) => [person.id, []]));
  for (const membership of memberships) membershipsOf.get(membership.person.id)?.push(membership);
  for (const person of people) {
    ctx.prime(personById, person.id, person);
    ctx.prime(membershipsByPerson, person.id, membershipsOf.get(person.id)!);
  }
  for (const membership of memberships) if (membership.manager && !membershipsOf.has(membership.manager.id)) ctx.prime(personById, membership.manager.id, null);

  for (const department of departments) ctx.prime(departmentById, department.id, department);
  const readableDepartments = new Set([...knownDepartmentIds, ...departments.map((department) => department.id)]);
  for (const membership of memberships) if (!readableDepartments.has(membership.department.id)) ctx.prime(departmentById, membership.department.id, null);

  for (const rank of ranks) ctx.prime(rankById, rank.id, rank);
  const readableRanks = new Set(ranks.map((rank) => rank.id));
  for (const person of people) if (person.rank && !readableRanks.has(person.rank.id)) ctx.prime(rankById, person.rank.id, null);
  return { people, membershipsOf };
}
