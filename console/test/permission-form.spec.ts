import { describe, expect, it } from 'vitest';
import type { PermissionRuleInput, PermissionScope } from '../src/gql/graphql';
import type { PermissionVocabulary } from '../src/resources/roles/dataProvider';
import { choicesToRules, lacksChosenDepartments, rulesToChoices, scopeOfConditions } from '../src/resources/roles/permissionForm';

const OPEN = ['id', 'displayName'];
const PROTECTED = ['mobilePhone', 'homeAddress'];
const scope = (name: string, label = name) => ({ scope: name as PermissionScope, label });

/** The shape the API serves (see api/test/e2e/access.e2e.spec.ts for the real one). */
const vocabulary: PermissionVocabulary = {
  actions: ['manage', 'read', 'update', 'archive'],
  actionLabels: [],
  placeholders: ['$me', '$myDepartments', '$managedDepartments'],
  subjects: [
    {
      name: 'Department',
      label: 'department',
      actions: ['read', 'update'],
      conditionFields: ['id', 'parentId'],
      protectedFields: [],
      protectedFieldLabels: [],
      openFields: [],
      scopes: [scope('EVERYONE'), scope('MY_DEPARTMENTS'), scope('MANAGED_DEPARTMENTS'), scope('CHOSEN_DEPARTMENTS')],
      departmentField: 'id',
      ownRecordField: null,
    },
    {
      name: 'Person',
      label: 'person',
      actions: ['read', 'update', 'archive'],
      conditionFields: ['id', 'status', 'departmentIds'],
      protectedFields: PROTECTED,
      protectedFieldLabels: PROTECTED.map((name) => ({ name, label: name })),
      openFields: OPEN,
      scopes: [scope('EVERYONE'), scope('MY_DEPARTMENTS'), scope('MANAGED_DEPARTMENTS'), scope('CHOSEN_DEPARTMENTS'), scope('OWN_RECORD')],
      departmentField: 'departmentIds',
      ownRecordField: 'id',
    },
  ],
};

const rule = (action: string, subject: string, conditions: Record<string, unknown> | null = null, fields: string[] | null = null, description: string | null = null): PermissionRuleInput => ({
  action,
  subject,
  conditions,
  fields,
  inverted: false,
  description,
});

const D1 = '11111111-1111-4111-8111-111111111111';

describe('the checkbox editor’s mapping of rules', () => {
  it('reads each scope from its conditions and writes the same conditions back', () => {
    const person = vocabulary.subjects[1];
    const cases: [Record<string, unknown> | null, string, string[]][] = [
      [null, 'EVERYONE', []],
      [{ departmentIds: { $in: '$myDepartments' } }, 'MY_DEPARTMENTS', []],
      [{ departmentIds: { $in: '$managedDepartments' } }, 'MANAGED_DEPARTMENTS', []],
      [{ id: '$me' }, 'OWN_RECORD', []],
      [{ departmentIds: { $in: [`$subtree:${D1}`] } }, 'CHOSEN_DEPARTMENTS', [D1]],
    ];
    for (const [conditions, expected, departmentIds] of cases) {
      expect(scopeOfConditions(person, conditions)).toEqual({ scope: expected, departmentIds });
      const rules = [rule('update', 'Person', conditions)];
      expect(choicesToRules(rulesToChoices(rules, vocabulary)!, vocabulary)).toEqual(rules);
    }
  });

  it('a read grant names the open fields plus the protected fields switched on; all of them switched on is a plain read', () => {
    const choices = rulesToChoices([rule('read', 'Person', { id: '$me' }, [...OPEN, 'homeAddress'])], vocabulary)!;
    expect(choices.Person).toEqual({ actions: { read: { scope: 'OWN_RECORD', departmentIds: [] } }, protectedFields: ['homeAddress'] });
    expect(choicesToRules({ Person: { ...choices.Person, protectedFields: [] } }, vocabulary)).toEqual([rule('read', 'Person', { id: '$me' }, OPEN)]);
    expect(choicesToRules({ Person: { ...choices.Person, protectedFields: PROTECTED } }, vocabulary)).toEqual([rule('read', 'Person', { id: '$me' })]);
  });

  it('writes rules in the vocabulary’s order, “manage” alone standing for every action, and keeps descriptions of rules that stay', () => {
    const previous = [rule('read', 'Department', null, null, 'Everyone sees the tree')];
    const written = choicesToRules(
      {
        Person: { actions: { manage: { scope: 'EVERYONE', departmentIds: [] }, read: { scope: 'OWN_RECORD', departmentIds: [] } }, protectedFields: [] },
        Department: { actions: { read: { scope: 'EVERYONE', departmentIds: [] } }, protectedFields: [] },
      },
      vocabulary,
      previous,
    );
    expect(written).toEqual([rule('read', 'Department', null, null, 'Everyone sees the tree'), rule('manage', 'Person')]);
  });

  it('refuses to show what the checkboxes would change: denials, "all", hand-written conditions, other field limits, two rules for one action', () => {
    const unrepresentable: PermissionRuleInput[][] = [
      [{ ...rule('archive', 'Person'), inverted: true }],
      [rule('manage', 'all')],
      [rule('read', 'Person', { status: 'ACTIVE' })],
      [rule('read', 'Person', { departmentIds: '$myDepartments' })],
      [rule('read', 'Person', { id: '$me', departmentIds: { $in: '$myDepartments' } })],
      [rule('update', 'Person', { id: '$me' }, ['mobilePhone'])],
      [rule('read', 'Person', null, ['displayName'])],
      [rule('read', 'Department', null, ['id'])],
      [rule('read', 'Person'), rule('read', 'Person', { id: '$me' })],
      [rule('manage', 'Person'), rule('read', 'Person')],
      [rule('read', 'Spaceship')],
    ];
    for (const rules of unrepresentable) expect(rulesToChoices(rules, vocabulary), JSON.stringify(rules)).toBeNull();
    // Order does not matter.
    expect(rulesToChoices([rule('read', 'Person'), rule('read', 'Department')], vocabulary)).not.toBeNull();
  });

  it('a scope of chosen departments with none chosen yet is incomplete', () => {
    const choices = { Department: { actions: { update: { scope: 'CHOSEN_DEPARTMENTS' as PermissionScope, departmentIds: [] } }, protectedFields: [] } };
    const rules = choicesToRules(choices, vocabulary);
    expect(rulesToChoices(rules, vocabulary)).toEqual(choices);
    expect(lacksChosenDepartments(rules)).toBe(true);
    expect(lacksChosenDepartments(choicesToRules({ Department: { ...choices.Department, actions: { update: { ...choices.Department.actions.update, departmentIds: [D1] } } } }, vocabulary))).toBe(
      false,
    );
  });
});
