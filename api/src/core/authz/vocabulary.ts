import type { MongoAbility, RawRuleOf } from '@casl/ability';
import type { Locale } from '../i18n/i18n.js';

/** A verb rules can grant, with its name in each language (shown by the rule editor). */
export interface ActionDefinition {
  name: string;
  label: Record<Locale, string>;
}

/**
 * Verbs every subject understands. `manage` means every action. Domain verbs (move, assign, import, verify …) exist so
 * a role can be given one state change without the others; modules add their own (approve, withdraw …) through their
 * `HarbourModule.actions`, so this list never grows for a domain.
 */
export const coreActions: ActionDefinition[] = [
  { name: 'manage', label: { en: 'Manage (everything)', 'zh-HK': '管理（全部操作）', 'zh-CN': '管理（全部操作）' } },
  { name: 'read', label: { en: 'Read', 'zh-HK': '查看', 'zh-CN': '查看' } },
  { name: 'create', label: { en: 'Create', 'zh-HK': '新增', 'zh-CN': '新增' } },
  { name: 'update', label: { en: 'Edit', 'zh-HK': '修改', 'zh-CN': '修改' } },
  { name: 'delete', label: { en: 'Delete', 'zh-HK': '刪除', 'zh-CN': '删除' } },
  { name: 'archive', label: { en: 'Archive', 'zh-HK': '封存', 'zh-CN': '归档' } },
  { name: 'move', label: { en: 'Move', 'zh-HK': '移動', 'zh-CN': '移动' } },
  { name: 'assign', label: { en: 'Assign', 'zh-HK': '指派', 'zh-CN': '指派' } },
  { name: 'import', label: { en: 'Import', 'zh-HK': '匯入', 'zh-CN': '导入' } },
  { name: 'verify', label: { en: 'Verify', 'zh-HK': '核實', 'zh-CN': '核实' } },
];

/** The name of a verb (core or module-declared); checked against the registry, not the type system. */
export type Action = string;

/**
 * How a subject's rule conditions map onto the database, so that list queries can be filtered in SQL.
 * `conditionFields` maps a condition field (what role authors write) to a MikroORM property path.
 * `scopeFields`, when set, are the condition fields a department-scoped role assignment narrows: a record is in scope
 * when any of them lies in the scope subtree (a new department is in scope by its parent, an existing one by its id).
 * `protectedFields` are fields a rule must name explicitly to read (field-level protection).
 * `actions`, when set, are the verbs that mean something for this subject (what the rule editor and "my permissions"
 * offer); unset means the core verbs except `manage`. Its label is the message `SUBJECT_<name>`, a protected or open
 * field's `FIELD_<name>_<field>`.
 * `openFields` are the fields any reader sees: a read grant that withholds the protected fields names these.
 * `ownRecordField`, when set, is the condition field that holds the person a record belongs to (`$me` matches it), so
 * the rule editor can offer "their own record".
 * `namedScopes` are scopes the module declares beyond the department and own-record ones, each a fixed condition with a
 * label (e.g. a notice's "published ones only" = `{ status: 'PUBLISHED' }`), so the rule editor and the explanations
 * can name a condition that is not about departments instead of showing it as hand-written.
 */
export interface SubjectDefinition {
  name: string;
  description: string;
  conditionFields: Record<string, string>;
  scopeFields?: string[];
  protectedFields?: string[];
  openFields?: string[];
  ownRecordField?: string;
  actions?: string[];
  namedScopes?: NamedScope[];
}

/** A module-declared scope of a subject: a rule whose conditions equal `conditions` reaches "`label`". */
export interface NamedScope {
  name: string;
  conditions: Record<string, unknown>;
  label: Record<Locale, string>;
}

const subjects = new Map<string, SubjectDefinition>();
const actions = new Map<string, ActionDefinition>(coreActions.map((action) => [action.name, action]));

/** Modules declare the subjects they own at start-up (see their index.ts). */
export function registerSubject(definition: SubjectDefinition): void {
  const names = new Set<string>();
  for (const scope of definition.namedScopes ?? []) {
    if (!/^[a-z][a-zA-Z]{1,39}$/.test(scope.name) || names.has(scope.name)) throw new Error(`Subject ${definition.name}: scope name ${scope.name} must be a unique lower camelCase word`);
    const fields = Object.keys(scope.conditions);
    if (fields.length === 0 || fields.some((field) => !(field in definition.conditionFields))) throw new Error(`Subject ${definition.name}: scope ${scope.name} must test its condition fields`);
    names.add(scope.name);
  }
  subjects.set(definition.name, definition);
}

/**
 * Modules declare their verbs at start-up. A name may be declared by several modules only with the same labels (two
 * modules meaning two things by one verb would make a rule ambiguous).
 */
export function registerAction(definition: ActionDefinition): void {
  const known = actions.get(definition.name);
  if (known && JSON.stringify(known.label) !== JSON.stringify(definition.label)) throw new Error(`Action ${definition.name} is declared twice with different labels`);
  if (!/^[a-z][a-zA-Z]{1,39}$/.test(definition.name)) throw new Error(`Action name ${definition.name} must be a lower camelCase word`);
  actions.set(definition.name, definition);
}

/** A registered subject, or undefined. `all` is always valid in rules. */
export function subjectDefinition(name: string): SubjectDefinition | undefined {
  return subjects.get(name);
}

/** Every registered subject, sorted by name. */
export function allSubjects(): SubjectDefinition[] {
  return [...subjects.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Every registered verb: the core ones first (manage, read, create …), then modules' in declaration order. */
export function allActions(): ActionDefinition[] {
  return [...actions.values()];
}

/** Whether rules may name this verb. */
export function isAction(name: string): boolean {
  return actions.has(name);
}

/** The verbs that mean something for a subject (never `manage`, which stands for all of them). */
export function actionsOf(subject: SubjectDefinition): string[] {
  return subject.actions ?? coreActions.filter((action) => action.name !== 'manage').map((action) => action.name);
}

/** A rule as stored on a role after placeholders were resolved; `reason` names the role and rule that produced it. */
export type AppRule = RawRuleOf<AppAbility>;
export type AppAbility = MongoAbility<[string, string | Record<string, unknown>]>;
