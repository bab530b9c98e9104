import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../core/context/request-context.js';
import { allSubjects, isAction, subjectDefinition, type AppRule, type NamedScope } from '../../core/authz/vocabulary.js';
import { sql, tenantSql, TENANT } from '../../core/database/sql.js';
import type { FieldProblem } from '../../core/errors/app-error.js';
import { subtreeIds } from '../org/index.js';
import type { RoleRule } from './role.entity.js';

/** Placeholders a condition value may use, resolved per person when their ability is built. */
export const placeholders = ['$me', '$myDepartments', '$managedDepartments'] as const;
export type Placeholder = (typeof placeholders)[number];
/** What the placeholders stand for, for one person; `subtrees` holds each `$subtree:` root's department ids. */
export type PlaceholderValues = Record<Placeholder, string | string[]> & { subtrees: Record<string, string[]> };

const OPERATORS = new Set(['$eq', '$ne', '$in', '$nin', '$gt', '$gte', '$lt', '$lte']);

/** Which rule of which role a resolved CASL rule came from (kept in the rule's `reason`). */
export interface RuleOrigin {
  roleId: string;
  roleName: string;
  ruleIndex: number;
  assignmentId: string;
  scopeDepartmentId: string | null;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

const isScalar = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value);

/** Placeholders that stand for a list of ids. */
const LIST_PLACEHOLDERS = new Set<string>(['$myDepartments', '$managedDepartments']);

/**
 * `$subtree:<department id>` in a list stands for that department and all its sub-departments, expanded when an ability
 * is built — so record checks (CASL) and list filters (SQL) both see the same plain list of ids, and a department added
 * under it later is covered from the next access change on.
 */
export const SUBTREE_PREFIX = '$subtree:';
const SUBTREE_TOKEN = /^\$subtree:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The departments named by `$subtree:` tokens anywhere in these rules' conditions. */
export function subtreeRoots(rules: RoleRule[]): string[] {
  const roots = new Set<string>();
  const walk = (value: unknown) => {
    if (typeof value === 'string' && SUBTREE_TOKEN.test(value)) roots.add(value.slice(SUBTREE_PREFIX.length));
    else if (Array.isArray(value)) value.forEach(walk);
    else if (isPlainObject(value)) Object.values(value).forEach(walk);
  };
  rules.forEach((rule) => walk(rule.conditions));
  return [...roots];
}

/**
 * Whether an operand is one that record checks (CASL) and list filters (SQL) read the same way: scalars, lists of
 * scalars only for membership ($in, $nin or a field's own value), known placeholders, and list placeholders only where
 * a list is allowed. Anything else could make a list show rows the record check refuses, or crash the check.
 */
function validOperand(op: string | null, operand: unknown): boolean {
  if (op !== null && !OPERATORS.has(op)) return false;
  const list = op === null || op === '$in' || op === '$nin';
  const validPlaceholder = (value: string) =>
    (SUBTREE_TOKEN.test(value) || (placeholders as readonly string[]).includes(value)) && (list || !(LIST_PLACEHOLDERS.has(value) || SUBTREE_TOKEN.test(value)));
  const validScalar = (value: unknown) => isScalar(value) && !(typeof value === 'string' && value.startsWith('$') && !validPlaceholder(value));
  if (Array.isArray(operand)) return list && operand.every(validScalar);
  return validScalar(operand);
}

/** Problems with authored rules: unknown actions, subjects, condition fields, operators or placeholders. */
export function ruleProblems(rules: RoleRule[], field = 'rules'): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (rules.length > 100) problems.push({ field, code: 'TOO_LONG', params: { max: 100 } });
  rules.forEach((rule, index) => {
    const at = `${field}.${index}`;
    if (!isAction(rule.action)) problems.push({ field: `${at}.action`, code: 'INVALID_VALUE' });
    const definition = subjectDefinition(rule.subject);
    if (rule.subject !== 'all' && !definition) problems.push({ field: `${at}.subject`, code: 'INVALID_VALUE' });
    if (rule.conditions) {
      if (rule.subject === 'all') problems.push({ field: `${at}.conditions`, code: 'INVALID_VALUE' });
      const walk = (conditions: Record<string, unknown>, path: string) => {
        for (const [key, value] of Object.entries(conditions)) {
          if (key === '$and' || key === '$or') {
            if (!Array.isArray(value) || value.length === 0) problems.push({ field: `${path}.${key}`, code: 'INVALID_VALUE' });
            else
              value.forEach((inner, i) => {
                if (isPlainObject(inner)) walk(inner, `${path}.${key}.${i}`);
                else problems.push({ field: `${path}.${key}.${i}`, code: 'INVALID_VALUE' });
              });
            continue;
          }
          if (definition && !(key in definition.conditionFields)) problems.push({ field: `${path}.${key}`, code: 'INVALID_VALUE' });
          // null stands for the field's own value: equality, or membership when it is a list.
          const operands: [string | null, unknown][] = isPlainObject(value) ? Object.entries(value) : [[null, value]];
          if (operands.length === 0 || !operands.every(([op, operand]) => validOperand(op, operand))) problems.push({ field: `${path}.${key}`, code: 'INVALID_VALUE' });
        }
      };
      walk(rule.conditions, `${at}.conditions`);
    }
    if (rule.fields && (rule.fields.length === 0 || rule.fields.some((f) => !/^[A-Za-z][A-Za-z0-9]{0,49}$/.test(f)))) {
      problems.push({ field: `${at}.fields`, code: 'INVALID_VALUE' });
    }
  });
  return problems;
}

function substitute(value: unknown, values: PlaceholderValues): unknown {
  if (typeof value === 'string' && (placeholders as readonly string[]).includes(value)) return values[value as Placeholder];
  // A root that no longer exists (or is another organisation's) stands for no department at all.
  if (typeof value === 'string' && SUBTREE_TOKEN.test(value)) return values.subtrees[value.slice(SUBTREE_PREFIX.length)] ?? [];
  if (Array.isArray(value))
    return value.flatMap((item) => {
      const replaced = substitute(item, values);
      return Array.isArray(replaced) ? replaced : [replaced];
    });
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => {
        const replaced = substitute(v, values);
        // "$in": "$managedDepartments" → "$in": [ids]
        if ((k === '$in' || k === '$nin') && !Array.isArray(replaced)) return [k, [replaced]];
        // "departmentIds": "$myDepartments" (a field's own value that is a list) means membership, as it does in SQL.
        if (!k.startsWith('$') && Array.isArray(replaced)) return [k, { $in: replaced }];
        return [k, replaced];
      }),
    );
  }
  return value;
}

/**
 * Turns one assignment's authored rules into CASL rules: placeholders filled, and for a department-scoped assignment
 * every grant narrowed to the scope subtree (grants on subjects without a department dimension are dropped; a grant on
 * `all` becomes one per subject with a department dimension).
 */
export function resolveRules(rules: RoleRule[], values: PlaceholderValues, origin: Omit<RuleOrigin, 'ruleIndex'>, scopeDepartmentIds: string[] | null): AppRule[] {
  const resolved: AppRule[] = [];
  rules.forEach((rule, ruleIndex) => {
    const conditions = rule.conditions ? (substitute(rule.conditions, values) as Record<string, unknown>) : undefined;
    const reason = JSON.stringify({ ...origin, ruleIndex } satisfies RuleOrigin);
    const push = (subject: string, conditions: Record<string, unknown> | undefined) =>
      resolved.push({ action: rule.action, subject, conditions, fields: rule.fields ?? undefined, inverted: rule.inverted ?? false, reason });
    if (!scopeDepartmentIds || rule.inverted) {
      push(rule.subject, conditions);
      return;
    }
    // A scoped grant on `all` (e.g. the Organisation Admin for one branch) covers every subject that lives in departments.
    const subjects = rule.subject === 'all' ? allSubjects().map((s) => s.name) : [rule.subject];
    for (const subject of subjects) {
      const scopeFields = subjectDefinition(subject)?.scopeFields ?? [];
      if (!scopeFields.length) continue;
      const inScope = scopeFields.map((field) => ({ [field]: { $in: scopeDepartmentIds } }));
      const scope = inScope.length === 1 ? inScope[0] : { $or: inScope };
      push(subject, conditions ? { $and: [conditions, scope] } : scope);
    }
  });
  return resolved;
}

/** The values of the placeholders for one person (two recursive queries, and one per `$subtree:` root). */
export async function placeholderValues(em: EntityManager, actor: Actor, subtreeRootIds: string[] = []): Promise<PlaceholderValues> {
  const myDepartments = await tenantSql<{ department_id: string }>(em, actor.tenantId, sql`select department_id from membership where tenant_id = ${TENANT} and person_id = ${actor.personId}`);
  const led = await tenantSql<{ department_id: string }>(
    em,
    actor.tenantId,
    sql`select l.department_id from department_leader l join department d on d.id = l.department_id where d.tenant_id = ${TENANT} and l.person_id = ${actor.personId}`,
  );
  const subtrees: Record<string, string[]> = {};
  // One after the other: the queries share the EntityManager's connection.
  for (const root of subtreeRootIds) subtrees[root] = await subtreeIds(em, actor.tenantId, [root]);
  return {
    $me: actor.personId,
    $myDepartments: myDepartments.map((r) => r.department_id),
    $managedDepartments: await subtreeIds(
      em,
      actor.tenantId,
      led.map((r) => r.department_id),
    ),
    subtrees,
  };
}

/** Grants first, then denials: a "cannot" rule always wins over any role's "can" (deny overrides). */
export function orderRules(rules: AppRule[]): AppRule[] {
  return [...rules.filter((r) => !r.inverted), ...rules.filter((r) => r.inverted)];
}

/** How far a rule reaches, in the words of the rule editor's scope picker (NAMED: a scope the subject's module declares). */
export type RuleScope = 'EVERYONE' | 'MY_DEPARTMENTS' | 'MANAGED_DEPARTMENTS' | 'OWN_RECORD' | 'CHOSEN_DEPARTMENTS' | 'NAMED';

/** JSON with sorted keys, so that conditions compare by meaning, not by the order their keys were written in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isPlainObject(value))
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
      .join(',')}}`;
  return JSON.stringify(value ?? null);
}

/**
 * The scope a rule's conditions express, with the chosen departments when that is the scope and the declared scope when
 * it is a named one; null when the conditions are something the scope picker cannot say (hand-written JSON).
 */
export function ruleScope(subject: string, conditions: Record<string, unknown> | null | undefined): { scope: RuleScope; departmentIds: string[]; named?: NamedScope } | null {
  const entries = Object.entries(conditions ?? {});
  if (entries.length === 0) return { scope: 'EVERYONE', departmentIds: [] };
  const definition = subjectDefinition(subject);
  if (!definition) return null;
  const named = definition.namedScopes?.find((candidate) => canonical(candidate.conditions) === canonical(conditions));
  if (named) return { scope: 'NAMED', departmentIds: [], named };
  if (entries.length !== 1) return null;
  const [field, value] = entries[0];
  if (field === definition.ownRecordField && value === '$me') return { scope: 'OWN_RECORD', departmentIds: [] };
  if (field !== definition.scopeFields?.[0]) return null;
  const operand = isPlainObject(value) && Object.keys(value).length === 1 && '$in' in value ? value.$in : value;
  if (operand === '$myDepartments') return { scope: 'MY_DEPARTMENTS', departmentIds: [] };
  if (operand === '$managedDepartments') return { scope: 'MANAGED_DEPARTMENTS', departmentIds: [] };
  if (Array.isArray(operand) && operand.length > 0 && operand.every((item) => typeof item === 'string' && SUBTREE_TOKEN.test(item))) {
    return { scope: 'CHOSEN_DEPARTMENTS', departmentIds: operand.map((item: string) => item.slice(SUBTREE_PREFIX.length)) };
  }
  return null;
}
