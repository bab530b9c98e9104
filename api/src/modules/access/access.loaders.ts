import DataLoader from 'dataloader';
import type { RequestContext } from '../../core/context/request-context.js';
import { Role, RoleAssignment } from './role.entity.js';

/** Roles by id. */
export const roleById = (ctx: RequestContext) =>
  new DataLoader<string, Role | null>(async (ids) => {
    const rows = await ctx.em.find(Role, { id: { $in: [...ids] } });
    return ids.map((id) => rows.find((r) => r.id === id) ?? null);
  });

/** Each person's role assignments, oldest first. */
export const assignmentsByPerson = (ctx: RequestContext) =>
  new DataLoader<string, RoleAssignment[]>(async (ids) => {
    const rows = await ctx.em.find(RoleAssignment, { person: { $in: [...ids] } }, { orderBy: { createdAt: 'asc' } });
    return ids.map((id) => rows.filter((r) => r.person.id === id));
  });
