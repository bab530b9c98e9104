import type { EventDefinition } from '../../core/events/catalog.js';

const department = { type: 'uuid', description: 'The department.' } as const;
const person = { type: 'uuid', description: 'The person.' } as const;
const membership = { type: 'uuid', description: 'The membership (a person’s position in one department).' } as const;
const counts = {
  created: { type: 'integer', description: 'Records created.' },
  updated: { type: 'integer', description: 'Records changed.' },
  unchanged: { type: 'integer', description: 'Rows that matched and changed nothing.' },
} as const;

// All are admin actions, so all are audited. Those that touch access change what a person may do: role rules use
// placeholders ($myDepartments, $managedDepartments) and department-scoped assignments cover a subtree, so joining or
// leaving a department, the department tree (a new or moved department joins a subtree) and its leaders count, as do a
// person leaving and their sessions ending. Names, codes, details, ranks, managers and the primary flag do not: rules
// look at them per record, never when an ability is built.
const access = { touchesAccess: true, audit: true } as const;
const audited = { touchesAccess: false, audit: true } as const;

/** Events of the org module. */
export const orgEvents: EventDefinition[] = [
  {
    type: 'org.department.created',
    ...access,
    description: 'A department was created.',
    payload: { departmentId: department, parentId: { type: 'uuid', nullable: true, description: 'Its parent; null at the top level.' } },
  },
  { type: 'org.department.renamed', ...audited, description: 'A department’s name or code changed.', payload: { departmentId: department } },
  {
    type: 'org.department.moved',
    ...access,
    description: 'A department moved to another parent.',
    payload: {
      departmentId: department,
      fromParentId: { type: 'uuid', nullable: true, description: 'The old parent.' },
      toParentId: { type: 'uuid', nullable: true, description: 'The new parent.' },
    },
  },
  {
    type: 'org.department.reordered',
    ...audited,
    description: 'A department took another position among its siblings (sibling order changes only the display).',
    payload: { departmentId: department, parentId: { type: 'uuid', nullable: true, description: 'Its parent; null at the top level.' } },
  },
  { type: 'org.department.archived', ...access, description: 'A department was archived.', payload: { departmentId: department } },
  {
    type: 'org.department.leaders_changed',
    ...access,
    description: 'A department’s leaders were replaced.',
    payload: { departmentId: department, leaderIds: { type: 'uuid[]', description: 'The new leaders.' } },
  },
  { type: 'org.person.created', ...audited, description: 'A person was added.', payload: { personId: person, departmentIds: { type: 'uuid[]', description: 'Their departments.' } } },
  { type: 'org.person.updated', ...audited, description: 'A person’s details changed.', payload: { personId: person } },
  { type: 'org.person.signed_out_everywhere', ...access, description: 'An admin ended every session of a person, on every device.', payload: { personId: person } },
  { type: 'org.person.archived', ...access, description: 'A person left the organisation.', payload: { personId: person } },
  { type: 'org.membership.added', ...access, description: 'A person joined another department.', payload: { personId: person, membershipId: membership, departmentId: department } },
  { type: 'org.membership.updated', ...audited, description: 'A membership’s manager or primary flag changed.', payload: { personId: person, membershipId: membership } },
  { type: 'org.membership.removed', ...access, description: 'A person left a department.', payload: { personId: person, membershipId: membership, departmentId: department } },
  { type: 'org.job_rank.created', ...audited, description: 'A job rank was added.', payload: { rankId: { type: 'uuid', description: 'The rank.' } } },
  { type: 'org.departments.imported', ...audited, description: 'A CSV import of departments was saved (each department it created or changed has its own event too).', payload: counts },
  { type: 'org.people.imported', ...audited, description: 'A CSV import of people was saved (each person or membership it created or changed has its own event too).', payload: counts },
];
