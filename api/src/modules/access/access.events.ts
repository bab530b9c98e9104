import type { EventDefinition } from '../../core/events/catalog.js';

const role = { type: 'uuid', description: 'The role.' } as const;

// Changes to roles are admin actions: all are audited. A role nobody holds (just created, or deleted — only a role
// nobody has may be) changes nobody's access; its rules changing, or a person gaining or losing it, does.
const access = { touchesAccess: true, audit: true } as const;
const noAccess = { touchesAccess: false, audit: true } as const;

/** Events of the access module. */
export const accessEvents: EventDefinition[] = [
  { type: 'access.role.created', ...noAccess, description: 'A custom role was created.', payload: { roleId: role } },
  { type: 'access.role.updated', ...access, description: 'A role’s name, description or rules changed.', payload: { roleId: role } },
  { type: 'access.role.deleted', ...noAccess, description: 'A custom role was deleted.', payload: { roleId: role } },
  {
    type: 'access.role.assigned',
    ...access,
    description: 'A role was given to a person.',
    payload: {
      personId: { type: 'uuid', description: 'The person.' },
      roleId: role,
      assignmentId: { type: 'uuid', description: 'The assignment.' },
      scopeDepartmentId: { type: 'uuid', nullable: true, description: 'The department subtree it is limited to, if any.' },
    },
  },
  {
    type: 'access.role.unassigned',
    ...access,
    description: 'A role was taken back from a person.',
    payload: { personId: { type: 'uuid', description: 'The person.' }, roleId: role, assignmentId: { type: 'uuid', description: 'The removed assignment.' } },
  },
];
