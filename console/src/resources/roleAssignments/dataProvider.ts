import type { AssignRoleInput } from '../../gql/graphql';
import { clientPage, compact, resourceDataProvider } from '../../providers/dataProvider';
import { graphqlRequest } from '../../providers/graphqlClient';
import { ASSIGN_ROLE, ROLE_ASSIGNMENTS, UNASSIGN_ROLE } from './operations';

/** Role assignments → `roleAssignments` (of a person or a role); creating one is `assignRole`, deleting `unassignRole`. */
export const roleAssignmentsDataProvider = resourceDataProvider({
  async getList(params) {
    const filter = params.filter ?? {};
    const { roleAssignments } = await graphqlRequest(ROLE_ASSIGNMENTS, compact({ personId: filter.personId, roleId: filter.roleId }));
    return clientPage(roleAssignments, params);
  },

  async create(data) {
    const input = compact({ personId: data.personId, roleId: data.roleId, scopeDepartmentId: data.scopeDepartmentId }) as AssignRoleInput;
    return (await graphqlRequest(ASSIGN_ROLE, { input })).assignRole;
  },

  async delete(id, previous) {
    await graphqlRequest(UNASSIGN_ROLE, { assignmentId: id });
    return previous ?? { id };
  },
});
