/** Filter choices by area: each is an action prefix. */
export const auditCategories = ['org.department', 'org.person', 'org.membership', 'org.', 'access.role', 'identity.'] as const;

/** Record types audit entries point at. */
export const auditTargetTypes = ['Department', 'Person', 'Role', 'JobRank', 'Organization', 'Account', 'EmailDomain'] as const;

/** The translation key of an action ("org.department.moved" → "harbour.audit.actions.org_department_moved"); test/i18n.spec.ts checks every action the API records has one. */
export const actionKey = (action: string) => `harbour.audit.actions.${action.replace(/\./g, '_')}`;
