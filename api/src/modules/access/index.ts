import { installRightsComparison } from '../../core/authz/rights.js';
import type { HarbourModule } from '../../core/context/module.js';
import { accessEvents } from './access.events.js';
import { accessMessages } from './access.messages.js';
import { PersonRolesResolver, RoleAssignmentResolver, RoleResolver } from './access.resolver.js';
import { keepAnActiveAdmin, loadRulesFor } from './access.service.js';
import { applyModuleGrants, checkModuleGrants, ModuleGrantVersion } from './module-grants.js';
import { peopleWithMoreRightsThanActor } from './rights.js';
import { Role, RoleAssignment } from './role.entity.js';

export { Role, RoleAssignment } from './role.entity.js';
export { builtInRoles, builtInRoleText } from './built-in-roles.js';
export { builtInRoleRules, seedBuiltInRoles } from './module-grants.js';

/** Roles as data (CASL rules with placeholders), assignments, explanations and previews. */
export const accessModule: HarbourModule = {
  name: 'access',
  entities: [Role, RoleAssignment, ModuleGrantVersion],
  resolvers: [RoleResolver, RoleAssignmentResolver, PersonRolesResolver],
  messages: accessMessages,
  events: accessEvents,
  subjects: [{ name: 'Role', description: 'Roles, their rules and who has them.', conditionFields: { id: 'id', builtIn: 'builtIn' } }],
  transactionHooks: [keepAnActiveAdmin],
  onStart: (services) => {
    checkModuleGrants(services.modules);
    services.abilities.setLoader(loadRulesFor);
    installRightsComparison(peopleWithMoreRightsThanActor);
  },
  onWorkerStart: async (services) => {
    await applyModuleGrants(services);
  },
};
