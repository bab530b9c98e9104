import DataLoader from 'dataloader';
import type { RequestContext } from '../../core/context/request-context.js';
import { permittedIds, readableById } from '../../core/authz/readable.js';
import { sql, tenantSql, TENANT, type SqlStatement } from '../../core/database/sql.js';
import { pgArray } from '../../core/database/tenant-filter.js';
import { viewOf } from '../../core/database/views.js';
import { Department, departmentById, Person } from '../org/index.js';
import { Role, RoleAssignment } from './role.entity.js';

// The loaders serve reads: they return read-only views (see findViews), never entities to change.

/** Roles by id, those the caller may read. */
export const roleById = readableById('Role', Role);

/**
 * The role assignments a caller may see, as a SQL condition on the `role_assignment` row named `alias`: both the role
 * and the person must be readable to them (an assignment tells who holds what, so it is as private as either end).
 * The one statement of this rule: the root list (listAssignments) and each person's assignments (assignmentsByPerson)
 * both filter with it.
 */
export const readableAssignment = (ctx: RequestContext, alias: string): SqlStatement =>
  sql`${permittedIds(ctx, 'read', 'Role', Role, `${alias}.role_id`)} and ${permittedIds(ctx, 'read', 'Person', Person, `${alias}.person_id`)}`;

/**
 * Each person's role assignments that the caller may see, oldest first — in one statement with the roles they name and
 * the scope departments the caller may read, which it primes (a hidden scope department is primed as null).
 */
export const assignmentsByPerson = (ctx: RequestContext) =>
  new DataLoader<string, RoleAssignment[]>(async (ids) => {
    const [row] = await tenantSql<{ assignments: Record<string, unknown>[] | null; roles: Record<string, unknown>[] | null; departments: Record<string, unknown>[] | null }>(
      ctx.em,
      ctx.tenantId,
      sql`with shown as (
          select a.* from role_assignment a
          where a.tenant_id = ${TENANT} and a.person_id = any(${pgArray(ids)}::uuid[])
            and ${readableAssignment(ctx, 'a')}
        )
        select (select json_agg(to_jsonb(a) order by a.created_at, a.id) from shown a) as assignments,
          (select json_agg(to_jsonb(r)) from role r where r.tenant_id = ${TENANT} and r.id in (select role_id from shown)) as roles,
          (select json_agg(to_jsonb(d)) from department d
            where d.tenant_id = ${TENANT} and d.id in (select scope_department_id from shown) and ${permittedIds(ctx, 'read', 'Department', Department, 'd.id')}) as departments`,
    );
    const assignments = (row.assignments ?? []).map((assignment) => viewOf(ctx.em, RoleAssignment, assignment));
    for (const role of row.roles ?? []) ctx.loader(roleById).prime(role.id as string, viewOf(ctx.em, Role, role));
    const departments = new Set<string>();
    for (const department of row.departments ?? []) {
      ctx.loader(departmentById).prime(department.id as string, viewOf(ctx.em, Department, department));
      departments.add(department.id as string);
    }
    for (const assignment of assignments) {
      if (assignment.scopeDepartment && !departments.has(assignment.scopeDepartment.id)) ctx.loader(departmentById).prime(assignment.scopeDepartment.id, null);
    }
    return ids.map((id) => assignments.filter((assignment) => assignment.person.id === id));
  });

/**
 * How many people hold each role, whoever they are: what deleting the role takes away (a number, not who — who is
 * behind roleAssignments' read rule). One statement per batch of roles.
 */
export const holderCountByRole = (ctx: RequestContext) =>
  new DataLoader<string, number>(async (ids) => {
    const rows = await tenantSql<{ role_id: string; holders: number }>(
      ctx.em,
      ctx.tenantId,
      sql`select role_id, count(distinct person_id)::int as holders from role_assignment
        where tenant_id = ${TENANT} and role_id = any(${pgArray(ids)}::uuid[]) group by role_id`,
    );
    const byRole = new Map(rows.map((row) => [row.role_id, row.holders]));
    return ids.map((id) => byRole.get(id) ?? 0);
  });
