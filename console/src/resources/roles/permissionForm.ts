import type { PermissionRuleInput, PermissionScope } from '../../gql/graphql';
import type { PermissionVocabulary } from './dataProvider';

type VocabularySubject = PermissionVocabulary['subjects'][number];

/** `$subtree:<id>` in a list: that department and its sub-departments (the API expands it per holder). */
const SUBTREE = '$subtree:';

/** How far one grant reaches. `departmentIds` only for CHOSEN_DEPARTMENTS, `named` (the module's scope name) only for NAMED. */
export interface ScopeChoice {
  scope: PermissionScope;
  departmentIds: string[];
  named: string | null;
}

/**
 * One grant of an action: its scope and, for `read`, the protected fields it grants (the open ones always go with it);
 * for `update`, the details it may change (null: all of them). Other actions have no field choice (null).
 */
export interface Grant extends ScopeChoice {
  fields: string[] | null;
}

/** What the checkbox editor shows for one subject: the grants of each ticked action (an action not ticked is absent). */
export interface SubjectChoice {
  actions: Record<string, Grant[]>;
}

/**
 * The checkbox editor's state: "everything" (`manage all`), "read everything" (`read all`), and subjects by name (a
 * subject with nothing ticked is absent).
 */
export interface PermissionChoices {
  everything: boolean;
  readEverything: boolean;
  subjects: Record<string, SubjectChoice>;
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** JSON with sorted keys, so that rules compare by meaning, not by how their keys happen to be ordered. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** A rule apart from its description (which the checkboxes do not show, but keep). */
const ruleKey = (rule: PermissionRuleInput) =>
  canonical({ action: rule.action, subject: rule.subject, conditions: rule.conditions ?? null, fields: rule.fields ? [...rule.fields].sort() : null, inverted: Boolean(rule.inverted) });

/** The fields "which details" offers for `update`: the open ones, then the protected ones. */
export const detailFields = (subject: VocabularySubject): string[] => [...subject.openFields, ...subject.protectedFields];

/** The grant a newly ticked action (or "add another scope") starts with: everyone, no protected fields, every detail. */
export const newGrant = (action: string): Grant => ({ scope: 'EVERYONE', departmentIds: [], named: null, fields: action === 'read' ? [] : null });

/** The scope a rule's conditions express on `subject`, or null when the scope picker cannot say it. */
export function scopeOfConditions(subject: VocabularySubject, conditions: Record<string, unknown> | null | undefined): ScopeChoice | null {
  const entries = Object.entries(conditions ?? {});
  if (entries.length === 0) return { scope: 'EVERYONE' as PermissionScope, departmentIds: [], named: null };
  const named = subject.scopes.find((option) => option.name && canonical(option.conditions) === canonical(conditions));
  if (named) return { scope: named.scope, departmentIds: [], named: named.name! };
  if (entries.length !== 1) return null;
  const [field, value] = entries[0];
  if (field === subject.ownRecordField && value === '$me') return { scope: 'OWN_RECORD' as PermissionScope, departmentIds: [], named: null };
  if (field !== subject.departmentField || !isObject(value) || Object.keys(value).length !== 1 || !('$in' in value)) return null;
  const operand = value.$in;
  if (operand === '$myDepartments') return { scope: 'MY_DEPARTMENTS' as PermissionScope, departmentIds: [], named: null };
  if (operand === '$managedDepartments') return { scope: 'MANAGED_DEPARTMENTS' as PermissionScope, departmentIds: [], named: null };
  // An empty list is a choice not finished yet (choicesComplete says so), not a hand-written rule.
  if (Array.isArray(operand) && operand.every((item) => typeof item === 'string' && item.startsWith(SUBTREE))) {
    return { scope: 'CHOSEN_DEPARTMENTS' as PermissionScope, departmentIds: operand.map((item: string) => item.slice(SUBTREE.length)), named: null };
  }
  return null;
}

/** The conditions that say `choice` on `subject` (null: every record). */
export function conditionsOfScope(subject: VocabularySubject, choice: ScopeChoice): Record<string, unknown> | null {
  switch (choice.scope) {
    case 'MY_DEPARTMENTS':
      return { [subject.departmentField!]: { $in: '$myDepartments' } };
    case 'MANAGED_DEPARTMENTS':
      return { [subject.departmentField!]: { $in: '$managedDepartments' } };
    case 'CHOSEN_DEPARTMENTS':
      return { [subject.departmentField!]: { $in: choice.departmentIds.map((id) => `${SUBTREE}${id}`) } };
    case 'OWN_RECORD':
      return { [subject.ownRecordField!]: '$me' };
    case 'NAMED':
      return (subject.scopes.find((option) => option.name === choice.named)?.conditions as Record<string, unknown> | undefined) ?? null;
    default:
      return null;
  }
}

/** The fields a grant of `action` names: `read` withholds the protected fields not switched on by naming the rest. */
function fieldsOfGrant(subject: VocabularySubject, action: string, grant: Grant): string[] | null {
  if (action === 'read') {
    const granted = grant.fields ?? [];
    const withheld = subject.protectedFields.some((field) => !granted.includes(field));
    return withheld ? [...subject.openFields, ...subject.protectedFields.filter((field) => granted.includes(field))] : null;
  }
  return action === 'update' && grant.fields ? [...grant.fields] : null;
}

/**
 * The rules that say `choices`: one per grant, `manage` alone standing for every action of its subject. Rules that were
 * there before keep their place and description; new ones follow in the vocabulary's order. (Order does not change what
 * a role allows: grants add up, and the API applies denials after every grant.)
 */
export function choicesToRules(choices: PermissionChoices, vocabulary: PermissionVocabulary, previous: PermissionRuleInput[] = []): PermissionRuleInput[] {
  const rules: PermissionRuleInput[] = [];
  const plain = (action: string, subject: string, conditions: Record<string, unknown> | null = null, fields: string[] | null = null): PermissionRuleInput => ({
    action,
    subject,
    conditions,
    fields,
    inverted: false,
    description: null,
  });
  if (choices.everything) rules.push(plain('manage', 'all'));
  if (choices.readEverything) rules.push(plain('read', 'all'));
  for (const subject of vocabulary.subjects) {
    const choice = choices.subjects[subject.name];
    if (!choice) continue;
    const actions = choice.actions.manage ? ['manage'] : subject.actions.filter((action) => choice.actions[action]);
    for (const action of actions) {
      for (const grant of choice.actions[action]) rules.push(plain(action, subject.name, conditionsOfScope(subject, grant), fieldsOfGrant(subject, action, grant)));
    }
  }
  const before = previous.map(ruleKey);
  const place = (rule: PermissionRuleInput) => {
    const index = before.indexOf(ruleKey(rule));
    return index === -1 ? before.length : index;
  };
  return rules
    .map((rule) => ({ ...rule, description: previous[before.indexOf(ruleKey(rule))]?.description ?? null }))
    .map((rule, index) => ({ rule, index }))
    .sort((a, b) => place(a.rule) - place(b.rule) || a.index - b.index)
    .map(({ rule }) => rule);
}

/** The grant a rule makes on `subject`, or null when the checkboxes cannot say it. */
function grantOfRule(subject: VocabularySubject, rule: PermissionRuleInput): Grant | null {
  const scope = scopeOfConditions(subject, rule.conditions);
  if (!scope) return null;
  if (!rule.fields) return { ...scope, fields: rule.action === 'read' ? [...subject.protectedFields] : null };
  if (rule.action === 'read') return { ...scope, fields: subject.protectedFields.filter((field) => rule.fields!.includes(field)) };
  const details = detailFields(subject);
  if (rule.action === 'update' && rule.fields.every((field) => details.includes(field))) return { ...scope, fields: [...rule.fields] };
  return null;
}

/**
 * What the checkboxes show for `rules`; null when they cannot show them all exactly (denials, conditions written by
 * hand, field limits other than the protected-field switches and "which details" …): such a role stays in the advanced
 * editor, so nothing it says is lost.
 */
export function rulesToChoices(rules: PermissionRuleInput[], vocabulary: PermissionVocabulary): PermissionChoices | null {
  const choices: PermissionChoices = { everything: false, readEverything: false, subjects: {} };
  for (const rule of rules) {
    if (rule.inverted) return null;
    if (rule.subject === 'all') {
      if (rule.conditions || rule.fields) return null;
      if (rule.action === 'manage') choices.everything = true;
      else if (rule.action === 'read') choices.readEverything = true;
      else return null;
      continue;
    }
    const subject = vocabulary.subjects.find((candidate) => candidate.name === rule.subject);
    if (!subject || !(rule.action === 'manage' || subject.actions.includes(rule.action))) return null;
    const grant = grantOfRule(subject, rule);
    if (!grant) return null;
    const choice = (choices.subjects[subject.name] ??= { actions: {} });
    (choice.actions[rule.action] ??= []).push(grant);
  }
  // Whatever the checkboxes would write must be exactly what is there (in any order), or they would change the role.
  const written = choicesToRules(choices, vocabulary).map(ruleKey).sort();
  const stored = rules.map(ruleKey).sort();
  return canonical(written) === canonical(stored) ? choices : null;
}

/** Whether a rule chooses departments but none yet (`{$in: []}`): it would match nothing, so the form is not complete. */
export function lacksChosenDepartments(rules: PermissionRuleInput[]): boolean {
  return rules.some((rule) => Object.values(rule.conditions ?? {}).some((value) => isObject(value) && Array.isArray(value.$in) && value.$in.length === 0));
}
