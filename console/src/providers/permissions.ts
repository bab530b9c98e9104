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

/** A record as the API returns it, with its `viewerCan { … }` answers when it has them. */
export interface RecordWithAnswers {
  viewerCan?: Record<string, unknown> | null;
}

/**
 * Whether the permissions allow a react-admin action on a resource (resources without a subject are refused). For a
 * record that carries the API's own answer for the action (`viewerCan { update archive … }`), that answer decides:
 * a grant limited to some records says nothing about this one.
 */
export function isAllowed(permissions: MyPermission[], access: ResourceAccess | undefined, action: string, record?: RecordWithAnswers): boolean {
  if (!access) return false;
  const { subject } = access;
  const needed = apiAction(access, action);
  const answer = record?.viewerCan?.[needed];
  if (typeof answer === 'boolean') return answer;
  // An import acts on the whole organisation: a grant limited to some records (a department-scoped role) is not enough.
  if (needed === 'import') return permissions.some((p) => p.subject === subject && p.action === needed && p.allowed && !p.conditional);
  return permissions.some((p) => p.subject === subject && p.action === needed && p.allowed);
}
