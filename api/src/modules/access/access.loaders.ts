import DataLoader from 'dataloader';
import type { RequestContext } from '../../core/context/request-context.js';
import { readableById } from '../../core/authz/readable.js';
import { findViews } from '../../core/database/views.js';
import { Role, RoleAssignment } from './role.entity.js';

// The loaders serve reads: they return read-only views (see findViews), never entities to change.

/** Roles by id, those the caller may read. */
export const roleById = readableById('Role', Role);

/**
 * The role assignments a caller may see: both the role and the person must be readable to them (an assignment tells
 * who holds what, so it is as private as either end).
 */
export const readableAssignmentWhere = (ctx: RequestContext) => ({ role: ctx.accessibleWhere('read', 'Role'), person: ctx.accessibleWhere('read', 'Person') });

/** Each person's role assignments that the caller may see, oldest first. */
export const assignmentsByPerson = (ctx: RequestContext) =>
  new DataLoader<string, RoleAssignment[]>(async (ids) => {
    const rows = await findViews(ctx.em, RoleAssignment, { $and: [readableAssignmentWhere(ctx), { person: { $in: [...ids] } }] }, { orderBy: { createdAt: 'asc' } });
    return ids.map((id) => rows.filter((r) => r.person.id === id));
  });
