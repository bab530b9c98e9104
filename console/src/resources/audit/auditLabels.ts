/** The translation key of an action ("org.department.moved" → "harbour.audit.actions.org_department_moved"); test/i18n.spec.ts checks every action the API records has one. */
export const actionKey = (action: string) => `harbour.audit.actions.${action.replace(/\./g, '_')}`;

/** The translation key of a filter area, an action prefix ("org.department" → "harbour.audit.categories.org_department"). */
export const categoryKey = (prefix: string) => `harbour.audit.categories.${prefix.replace(/\.$/, '').replace(/\./g, '_')}`;

/** The translation key of a record type ("Department" → "harbour.audit.target_types.Department"). */
export const targetTypeKey = (type: string) => `harbour.audit.target_types.${type}`;
