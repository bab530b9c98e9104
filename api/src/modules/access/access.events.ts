import type { EventDefinition } from '../../core/events/catalog.js';

const role = { type: 'uuid', description: 'The role.' } as const;

/** Events of the access module. */
export const accessEvents: EventDefinition[] = [
  { type: 'access.role.created', description: 'A custom role was created.', payload: { roleId: role } },
  { type: 'access.role.updated', description: 'A role’s name, description or rules changed.', payload: { roleId: role } },
  { type: 'access.role.deleted', description: 'A custom role was deleted.', payload: { roleId: role } },
  {
    type: 'access.role.assigned',
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
    description: 'A role was taken back from a person.',
    payload: { personId: { type: 'uuid', description: 'The person.' }, roleId: role, assignmentId: { type: 'uuid', description: 'The removed assignment.' } },
  },
];
