/** One row of `myPermissions`: may the signed-in person do `action` on `subject` (in at least some cases)? */
export interface MyPermission {
  subject: string;
  action: string;
  allowed: boolean;
  /** Allowed only for some records (e.g. an employee may edit only their own person record). */
  conditional: boolean;
}

/** The API subject behind each react-admin resource (and the console's own pages). */
const subjectOfResource: Record<string, string> = {
  departments: 'Department',
  people: 'Person',
  jobRanks: 'JobRank',
  roles: 'Role',
  roleAssignments: 'Role',
  audit: 'AuditEntry',
  organization: 'Organization',
  emailDomains: 'EmailDomain',
};

/** Departments and people are archived rather than deleted; roles are deleted. */
const deleteAction: Record<string, string> = { departments: 'archive', people: 'archive' };

/** The API action that a react-admin action on a resource needs. */
export function apiAction(resource: string, action: string): string {
  switch (action) {
    case 'list':
    case 'show':
      return 'read';
    case 'edit':
      return 'update';
    case 'delete':
      return deleteAction[resource] ?? 'delete';
    default:
      return action;
  }
}

/**
 * Whether the permissions allow a react-admin action on a resource (unknown resources are refused). For a record
 * that carries the API's own answer (`viewerCanUpdate`), that answer decides editing.
 */
export function isAllowed(permissions: MyPermission[], resource: string, action: string, record?: { viewerCanUpdate?: unknown }): boolean {
  const subject = subjectOfResource[resource];
  if (!subject) return false;
  const needed = apiAction(resource, action);
  if (needed === 'update' && typeof record?.viewerCanUpdate === 'boolean') return record.viewerCanUpdate;
  // An import acts on the whole organisation: a grant limited to some records (a department-scoped role) is not enough.
  if (needed === 'import') return permissions.some((p) => p.subject === subject && p.action === needed && p.allowed && !p.conditional);
  return permissions.some((p) => p.subject === subject && p.action === needed && p.allowed);
}
