import type { EventDefinition } from '../../core/events/catalog.js';

const department = { type: 'uuid', description: 'The department.' } as const;
const person = { type: 'uuid', description: 'The person.' } as const;
const membership = { type: 'uuid', description: 'The membership (a person’s position in one department).' } as const;
const counts = {
  created: { type: 'integer', description: 'Records created.' },
  updated: { type: 'integer', description: 'Records changed.' },
  unchanged: { type: 'integer', description: 'Rows that matched and changed nothing.' },
} as const;

/** Events of the org module. */
export const orgEvents: EventDefinition[] = [
  { type: 'org.department.created', description: 'A department was created.', payload: { departmentId: department, parentId: { type: 'uuid', nullable: true, description: 'Its parent; null at the top level.' } } },
  { type: 'org.department.renamed', description: 'A department’s name or code changed.', payload: { departmentId: department } },
  {
    type: 'org.department.moved',
    description: 'A department moved to another parent.',
    payload: {
      departmentId: department,
      fromParentId: { type: 'uuid', nullable: true, description: 'The old parent.' },
      toParentId: { type: 'uuid', nullable: true, description: 'The new parent.' },
    },
  },
  { type: 'org.department.archived', description: 'A department was archived.', payload: { departmentId: department } },
  { type: 'org.department.leaders_changed', description: 'A department’s leaders were replaced.', payload: { departmentId: department, leaderIds: { type: 'uuid[]', description: 'The new leaders.' } } },
  { type: 'org.person.created', description: 'A person was added.', payload: { personId: person, departmentIds: { type: 'uuid[]', description: 'Their departments.' } } },
  { type: 'org.person.updated', description: 'A person’s details changed.', payload: { personId: person } },
  { type: 'org.person.signed_out_everywhere', description: 'An admin ended every session of a person, on every device.', payload: { personId: person } },
  { type: 'org.person.archived', description: 'A person left the organisation.', payload: { personId: person } },
  { type: 'org.membership.added', description: 'A person joined another department.', payload: { personId: person, membershipId: membership, departmentId: department } },
  { type: 'org.membership.updated', description: 'A membership’s manager or primary flag changed.', payload: { personId: person, membershipId: membership } },
  { type: 'org.membership.removed', description: 'A person left a department.', payload: { personId: person, membershipId: membership, departmentId: department } },
  { type: 'org.job_rank.created', description: 'A job rank was added.', payload: { rankId: { type: 'uuid', description: 'The rank.' } } },
  { type: 'org.departments.imported', description: 'A CSV import of departments was saved (each department it created or changed has its own event too).', payload: counts },
  { type: 'org.people.imported', description: 'A CSV import of people was saved (each person or membership it created or changed has its own event too).', payload: counts },
];
