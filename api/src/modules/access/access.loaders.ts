import DataLoader from 'dataloader';
import type { RequestContext } from '../../core/context/request-context.js';
import { findViews } from '../../core/database/views.js';
import { Role, RoleAssignment } from './role.entity.js';

// The loaders serve reads: they return read-only views (see findViews), never entities to change.

/** Roles by id. */
export const roleById = (ctx: RequestContext) =>
  new DataLoader<string, Role | null>(async (ids) => {
    const rows = await findViews(ctx.em, Role, { id: { $in: [...ids] } });
    return ids.map((id) => rows.find((r) => r.id === id) ?? null);
  });

/** Each person's role assignments, oldest first. */
export const assignmentsByPerson = (ctx: RequestContext) =>
  new DataLoader<string, RoleAssignment[]>(async (ids) => {
    const rows = await findViews(ctx.em, RoleAssignment, { person: { $in: [...ids] } }, { orderBy: { createdAt: 'asc' } });
    return ids.map((id) => rows.filter((r) => r.person.id === id));
  });
