import type { MongoAbility, RawRuleOf } from '@casl/ability';

/**
 * Verbs a rule can grant. `manage` means every action. Domain verbs (move, assign, import, verify …) exist so a role can
 * be given one state change without the others.
 */
export const actions = ['manage', 'read', 'create', 'update', 'delete', 'archive', 'move', 'assign', 'import', 'verify'] as const;
export type Action = (typeof actions)[number];

/**
 * How a subject's rule conditions map onto the database, so that list queries can be filtered in SQL.
 * `conditionFields` maps a condition field (what role authors write) to a MikroORM property path.
 * `scopeFields`, when set, are the condition fields a department-scoped role assignment narrows: a record is in scope
 * when any of them lies in the scope subtree (a new department is in scope by its parent, an existing one by its id).
 * `protectedFields` are fields a rule must name explicitly to read (field-level protection).
 */
export interface SubjectDefinition {
  name: string;
  description: string;
  conditionFields: Record<string, string>;
  scopeFields?: string[];
  protectedFields?: string[];
}

const subjects = new Map<string, SubjectDefinition>();

/** Modules declare the subjects they own at start-up (see their index.ts). */
export function registerSubject(definition: SubjectDefinition): void {
  subjects.set(definition.name, definition);
}

/** A registered subject, or undefined. `all` is always valid in rules. */
export function subjectDefinition(name: string): SubjectDefinition | undefined {
  return subjects.get(name);
}

/** Every registered subject, sorted by name. */
export function allSubjects(): SubjectDefinition[] {
  return [...subjects.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** A rule as stored on a role after placeholders were resolved; `reason` names the role and rule that produced it. */
export type AppRule = RawRuleOf<AppAbility>;
export type AppAbility = MongoAbility<[string, string | Record<string, unknown>]>;
