import type { HarbourModule } from '../../core/context/module.js';
import { Department } from './department.entity.js';
import { DepartmentResolver } from './department.resolver.js';
import { JobRank } from './job-rank.entity.js';
import { Membership } from './membership.entity.js';
import { OrgAdminResolver } from './org-admin.resolver.js';
import { orgEvents } from './org.events.js';
import { orgMessages } from './org.messages.js';
import { OPEN_PERSON_FIELDS, PROTECTED_PERSON_FIELDS, Person } from './person.entity.js';
import { MembershipResolver, PersonResolver } from './person.resolver.js';

export { Department } from './department.entity.js';
export { OPEN_PERSON_FIELDS, Person, PersonStatus } from './person.entity.js';
export { Membership } from './membership.entity.js';
export { JobRank } from './job-rank.entity.js';
export { ancestorIds, departmentSubject, subtreeIds } from './department.service.js';
export { personSubject } from './person.service.js';
// Reporting lines, for the approval engine's routing ("the n-th manager", "first manager at or above M2" …).
export {
  departmentHeads,
  departmentPathCte,
  firstManagerAtOrAboveRank,
  headsOnPath,
  managerChain,
  nthManager,
  pathLeadersColumn,
  reportingLineCte,
  type PathDepartment,
} from './reporting-line.service.js';
export { departmentById, personById } from './org.loaders.js';

/** Departments, people, memberships, job ranks, reporting lines and CSV import. */
export const orgModule: HarbourModule = {
  name: 'org',
  entities: [Department, JobRank, Person, Membership],
  resolvers: [DepartmentResolver, PersonResolver, MembershipResolver, OrgAdminResolver],
  messages: orgMessages,
  events: orgEvents,
  subjects: [
    {
      name: 'Department',
      description: 'Departments of the organisation tree.',
      conditionFields: { id: 'id', parentId: 'parent' },
      scopeFields: ['id', 'parentId'],
      // A manager creates departments under theirs: the new one is not in "departments they manage" until it exists.
      namedScopes: [
        {
          name: 'underManaged',
          conditions: { parentId: { $in: '$managedDepartments' } },
          label: { en: 'Under departments they manage', 'zh-HK': '其主管部門之下', 'zh-CN': '其主管部门之下' },
        },
      ],
    },
    {
      name: 'Person',
      description: 'People and their department memberships.',
      conditionFields: { id: 'id', status: 'status', departmentIds: 'memberships.$some.department', managerIds: 'memberships.$some.manager' },
      scopeFields: ['departmentIds'],
      protectedFields: [...PROTECTED_PERSON_FIELDS],
      openFields: OPEN_PERSON_FIELDS,
      ownRecordField: 'id',
    },
    { name: 'JobRank', description: 'Job ranks.', conditionFields: { id: 'id' } },
  ],
};
