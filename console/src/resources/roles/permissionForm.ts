import type { PermissionRuleInput, PermissionScope } from '../../gql/graphql';
import type { PermissionVocabulary } from './dataProvider';

type VocabularySubject = PermissionVocabulary['subjects'][number];

/** `$subtree:<id>` in a list: that department and its sub-departments (the API expands it per holder). */
const SUBTREE = '$subtree:';

/** How far one ticked action reaches. `departmentIds` only for CHOSEN_DEPARTMENTS. */
export interface ActionChoice {
  scope: PermissionScope;
  departmentIds: string[];
}

/** What the checkbox editor shows for one subject: ticked actions with their scopes, and the protected fields granted with `read`. */
export interface SubjectChoice {
  actions: Record<string, ActionChoice>;
  protectedFields: string[];
}

/** The checkbox editor's state: subjects by name (a subject with nothing ticked is absent). */
export type PermissionChoices = Record<string, SubjectChoice>;

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

/** The scope a rule's conditions express on `subject`, or null when the scope picker cannot say it. */
export function scopeOfConditions(subject: VocabularySubject, conditions: Record<string, unknown> | null | undefined): ActionChoice | null {
  const entries = Object.entries(conditions ?? {});
  if (entries.length === 0) return { scope: 'EVERYONE' as PermissionScope, departmentIds: [] };
  if (entries.length !== 1) return null;
  const [field, value] = entries[0];
  if (field === subject.ownRecordField && value === '$me') return { scope: 'OWN_RECORD' as PermissionScope, departmentIds: [] };
  if (field !== subject.departmentField || !isObject(value) || Object.keys(value).length !== 1 || !('$in' in value)) return null;
  const operand = value.$in;
  if (operand === '$myDepartments') return { scope: 'MY_DEPARTMENTS' as PermissionScope, departmentIds: [] };
  if (operand === '$managedDepartments') return { scope: 'MANAGED_DEPARTMENTS' as PermissionScope, departmentIds: [] };
  // An empty list is a choice not finished yet (choicesComplete says so), not a hand-written rule.
  if (Array.isArray(operand) && operand.every((item) => typeof item === 'string' && item.startsWith(SUBTREE))) {
    return { scope: 'CHOSEN_DEPARTMENTS' as PermissionScope, departmentIds: operand.map((item: string) => item.slice(SUBTREE.length)) };
  }
  return null;
}

/** The conditions that say `choice` on `subject` (null: every record). */
export function conditionsOfScope(subject: VocabularySubject, choice: ActionChoice): Record<string, unknown> | null {
  switch (choice.scope) {
    case 'MY_DEPARTMENTS':
      return { [subject.departmentField!]: { $in: '$myDepartments' } };
    case 'MANAGED_DEPARTMENTS':
      return { [subject.departmentField!]: { $in: '$managedDepartments' } };
    case 'CHOSEN_DEPARTMENTS':
      return { [subject.departmentField!]: { $in: choice.departmentIds.map((id) => `${SUBTREE}${id}`) } };
    case 'OWN_RECORD':
      return { [subject.ownRecordField!]: '$me' };
    default:
      return null;
  }
}

/**
 * The rules that say `choices`, in the vocabulary's order (one per ticked action; `manage` stands for every action).
 * `read` withholds the protected fields not switched on by naming the open fields and those switched on. A rule that
 * was there before keeps its description.
 */
export function choicesToRules(choices: PermissionChoices, vocabulary: PermissionVocabulary, previous: PermissionRuleInput[] = []): PermissionRuleInput[] {
  const descriptions = new Map(previous.filter((rule) => rule.description).map((rule) => [ruleKey(rule), rule.description]));
  const rules: PermissionRuleInput[] = [];
  for (const subject of vocabulary.subjects) {
    const choice = choices[subject.name];
    if (!choice) continue;
    const actions = choice.actions.manage ? ['manage'] : subject.actions.filter((action) => choice.actions[action]);
    for (const action of actions) {
      const withheld = action === 'read' && subject.protectedFields.some((field) => !choice.protectedFields.includes(field));
      const rule: PermissionRuleInput = {
        action,
        subject: subject.name,
        conditions: conditionsOfScope(subject, choice.actions[action]),
        fields: withheld ? [...subject.openFields, ...subject.protectedFields.filter((field) => choice.protectedFields.includes(field))] : null,
        inverted: false,
        description: null,
      };
      rules.push({ ...rule, description: descriptions.get(ruleKey(rule)) ?? null });
    }
  }
  return rules;
}

/**
 * What the checkboxes show for `rules`; null when they cannot show them all exactly (denials, "everything", conditions
 * written by hand, field limits other than the protected-field switches …): such a role stays in the advanced editor,
 * so nothing it says is lost.
 */
export function rulesToChoices(rules: PermissionRuleInput[], vocabulary: PermissionVocabulary): PermissionChoices | null {
  const choices: PermissionChoices = {};
  for (const rule of rules) {
    const subject = vocabulary.subjects.find((candidate) => candidate.name === rule.subject);
    if (!subject || rule.inverted || !(rule.action === 'manage' || subject.actions.includes(rule.action))) return null;
    const scope = scopeOfConditions(subject, rule.conditions);
    if (!scope) return null;
    const choice = (choices[subject.name] ??= { actions: {}, protectedFields: [...subject.protectedFields] });
    if (choice.actions[rule.action]) return null;
    choice.actions[rule.action] = scope;
    if (rule.fields) {
      if (rule.action !== 'read') return null;
      choice.protectedFields = subject.protectedFields.filter((field) => rule.fields!.includes(field));
    }
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
