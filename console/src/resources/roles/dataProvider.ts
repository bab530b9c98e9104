import type { ExplainPermissionInput, ExplainPermissionQuery, PermissionRuleInput, PermissionVocabularyQuery, PreviewRolePermissionsQuery } from '../../gql/graphql';
import { clientPage, compact, resourceDataProvider, useNamedOperations } from '../../providers/dataProvider';
import { graphqlRequest } from '../../providers/graphqlClient';
import { CREATE_ROLE, DELETE_ROLE, EXPLAIN_PERMISSION, PERMISSION_VOCABULARY, PREVIEW_ROLE_PERMISSIONS, ROLE, ROLES, UPDATE_ROLE } from './operations';

/** The words rules are written in (actions, subjects, placeholders). */
export type PermissionVocabulary = PermissionVocabularyQuery['permissionVocabulary'];
/** How far a set of rules reaches on one subject and action. */
export type EffectivePermission = PreviewRolePermissionsQuery['previewRolePermissions'][number];
/** The answer of `explainPermission`. */
export type PermissionExplanation = ExplainPermissionQuery['explainPermission'];

const allRoles = async () => (await graphqlRequest(ROLES)).roles;

/** The roles module's named operations: the rule vocabulary, the preview of unsaved rules and the explanation of a decision. */
const operations = {
  permissionVocabulary: async (): Promise<PermissionVocabulary> => (await graphqlRequest(PERMISSION_VOCABULARY)).permissionVocabulary,
  previewRolePermissions: async (rules: PermissionRuleInput[]): Promise<EffectivePermission[]> => (await graphqlRequest(PREVIEW_ROLE_PERMISSIONS, { rules })).previewRolePermissions,
  explainPermission: async (input: ExplainPermissionInput): Promise<PermissionExplanation> =>
    (await graphqlRequest(EXPLAIN_PERMISSION, { input: compact(input) as ExplainPermissionInput })).explainPermission,
};

/** Roles → `roles` (searched and paged in the browser), `role`, `createRole`, `updateRole`, `deleteRole`. */
export const rolesDataProvider = resourceDataProvider(
  {
    async getList(params) {
      const roles = await allRoles();
      const q = String(params.filter?.q ?? '')
        .trim()
        .toLowerCase();
      const matching = q ? roles.filter((r) => `${r.name} ${r.description}`.toLowerCase().includes(q)) : roles;
      return clientPage(matching, params);
    },
    getOne: async (id) => (await graphqlRequest(ROLE, { id })).role,
    getMany: async (ids) => (await allRoles()).filter((role) => ids.includes(role.id)),
    async create(data) {
      const input = { name: data.name, description: data.description ?? null, rules: data.rules ?? [] };
      return (await graphqlRequest(CREATE_ROLE, { input })).createRole;
    },
    async update(id, data) {
      const input = { name: data.name, description: data.description ?? '', rules: data.rules };
      return (await graphqlRequest(UPDATE_ROLE, { id, input })).updateRole;
    },
    async delete(id, previous) {
      // The confirmation named how many people lose the role; only then may it be taken from them. Had nobody held it
      // then and somebody does now, the API refuses (ROLE_IN_USE) and says how many.
      await graphqlRequest(DELETE_ROLE, { id, removeFromHolders: (previous?.holderCount ?? 0) > 0 });
      return previous ?? { id };
    },
  },
  operations,
);

/** The roles module's named operations (`permissionVocabulary`, `previewRolePermissions`, `explainPermission`). */
export const useRoleOperations = () => useNamedOperations<typeof operations>('roles');
