import type { MyPermissionsQuery } from '../gql/graphql';

/** One row of `myPermissions`: may the signed-in person do `action` on `subject` (`conditional`: only on some records)? */
export type MyPermission = MyPermissionsQuery['myPermissions'][number];

/** The API subject behind a react-admin resource, and the API actions where their names differ from react-admin's. */
export interface ResourceAccess {
  subject: string;
  actions?: Partial<Record<string, string>>;
}

/** The API action that a react-admin action on a resource needs. */
export function apiAction(access: ResourceAccess, action: string): string {
  const own = access.actions?.[action];
  if (own) return own;
  switch (action) {
    case 'list':
    case 'show':
      return 'read';
    case 'edit':
      return 'update';
    default:
      return action;
  }
}

/**
 * Whether the permissions allow a react-admin action on a resource (resources without a subject are refused). For a
 * record that carries the API's own answer (`viewerCanUpdate`), that answer decides editing.
 */
export function isAllowed(permissions: MyPermission[], access: ResourceAccess | undefined, action: string, record?: { viewerCanUpdate?: unknown }): boolean {
  if (!access) return false;
  const { subject } = access;
  const needed = apiAction(access, action);
  if (needed === 'update' && typeof record?.viewerCanUpdate === 'boolean') return record.viewerCanUpdate;
  // An import acts on the whole organisation: a grant limited to some records (a department-scoped role) is not enough.
  if (needed === 'import') return permissions.some((p) => p.subject === subject && p.action === needed && p.allowed && !p.conditional);
  return permissions.some((p) => p.subject === subject && p.action === needed && p.allowed);
}
