import type { PermissionRuleInput } from '../../gql/graphql';

/**
 * A rule as the role form holds it. `conditions` and `fields` start as the API's values and become the text the person
 * typed once edited (JSON text, and comma-separated field names), so typing is never reformatted under the cursor.
 */
export interface RuleFormValue {
  action?: string;
  subject?: string;
  conditions?: Record<string, unknown> | string | null;
  fields?: string[] | string | null;
  inverted?: boolean;
  description?: string | null;
}

/** Shows stored conditions as indented JSON, and typed text as typed. */
export const formatConditions = (value: unknown): string => (typeof value === 'string' ? value : value ? JSON.stringify(value, null, 2) : '');

/** Shows stored field names comma-separated, and typed text as typed. */
export const formatFields = (value: unknown): string => (typeof value === 'string' ? value : Array.isArray(value) ? value.join(', ') : '');

/** The conditions object, null when empty; throws a translation key when the text is not a JSON object. */
export function parseConditions(value: RuleFormValue['conditions']): Record<string, unknown> | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') return Object.keys(value).length ? value : null;
  if (!value.trim()) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new Error('harbour.roles.conditions_invalid');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('harbour.roles.conditions_not_object');
  return Object.keys(parsed).length ? (parsed as Record<string, unknown>) : null;
}

/** The field names, null when none. */
export function parseFields(value: RuleFormValue['fields']): string[] | null {
  const names = typeof value === 'string' ? value.split(/[,\s]+/).filter(Boolean) : (value ?? []);
  return names.length ? names : null;
}

/** Validator of the conditions text: a translation key when it is not a JSON object. */
export function validateConditions(value: RuleFormValue['conditions']): string | undefined {
  try {
    parseConditions(value);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** The rules as the API expects them, or null while a rule is incomplete or its conditions are not valid JSON. */
export function toRuleInputs(rules: RuleFormValue[] | undefined): PermissionRuleInput[] | null {
  try {
    return (rules ?? []).map((rule) => {
      if (!rule?.action || !rule.subject) throw new Error('incomplete');
      return {
        action: rule.action,
        subject: rule.subject,
        conditions: parseConditions(rule.conditions),
        fields: parseFields(rule.fields),
        inverted: Boolean(rule.inverted),
        description: rule.description?.trim() || null,
      };
    });
  } catch {
    return null;
  }
}

/** The role form's values → the API's role input (validation has already passed when this runs). */
export function toRoleInput(values: { name?: string; description?: string | null; rules?: RuleFormValue[] }) {
  return { name: values.name, description: values.description ?? '', rules: toRuleInputs(values.rules) ?? [] };
}
