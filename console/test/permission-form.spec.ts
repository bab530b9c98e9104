import { describe, expect, it } from 'vitest';
import type { PermissionRuleInput, PermissionScope } from '../src/gql/graphql';
import type { PermissionVocabulary } from '../src/resources/roles/dataProvider';
import { choicesToRules, lacksChosenDepartments, newGrant, rulesToChoices, scopeOfConditions, type PermissionChoices } from '../src/resources/roles/permissionForm';

const OPEN = ['id', 'displayName', 'englishName', 'workEmail', 'employeeNo', 'jobTitle', 'rank', 'employmentStartDate', 'employmentEndDate', 'status', 'locale', 'memberships', 'externalId'];
const PROTECTED = ['mobilePhone', 'personalEmail', 'homeAddress'];
const MANAGED = { $in: '$managedDepartments' };
const scope = (name: string, label = name) => ({ scope: name as PermissionScope, label, name: null, conditions: null });
const named = (name: string, conditions: Record<string, unknown>) => ({ scope: 'NAMED' as PermissionScope, label: name, name, conditions });
const labelled = (names: string[]) => names.map((name) => ({ name, label: name }));
const DEPARTMENT_SCOPES = [scope('EVERYONE'), scope('MY_DEPARTMENTS'), scope('MANAGED_DEPARTMENTS'), scope('CHOSEN_DEPARTMENTS')];
const plainSubject = (name: string, actions: string[]) => ({
  name,
  label: name,
  actions,
  conditionFields: ['id'],
  protectedFields: [],
  protectedFieldLabels: [],
  openFields: [],
  openFieldLabels: [],
  scopes: [scope('EVERYONE')],
  departmentField: null,
  ownRecordField: null,
});

/** The shape the API serves for its built-in subjects (see api/test/e2e/access.e2e.spec.ts for the real one). */
const vocabulary: PermissionVocabulary = {
  actions: ['manage', 'read', 'create', 'update', 'archive', 'verify', 'publish', 'confirm', 'track'],
  actionLabels: [],
  placeholders: ['$me', '$myDepartments', '$managedDepartments'],
  subjects: [
    {
      ...plainSubject('Announcement', ['read', 'create', 'publish', 'archive', 'confirm', 'track']),
      conditionFields: ['id', 'status', 'authorId'],
      scopes: [scope('EVERYONE'), named('published', { status: 'PUBLISHED' })],
    },
    plainSubject('AuditEntry', ['read', 'verify']),
    {
      ...plainSubject('Department', ['read', 'create', 'update', 'archive']),
      conditionFields: ['id', 'parentId'],
      scopes: [...DEPARTMENT_SCOPES, named('underManaged', { parentId: MANAGED })],
      departmentField: 'id',
    },
    plainSubject('JobRank', ['read', 'create', 'update', 'archive']),
    plainSubject('Organization', ['read', 'update']),
    {
      ...plainSubject('Person', ['read', 'create', 'update', 'archive']),
      conditionFields: ['id', 'status', 'departmentIds', 'managerIds'],
      protectedFields: PROTECTED,
      protectedFieldLabels: labelled(PROTECTED),
      openFields: OPEN,
      openFieldLabels: labelled(OPEN),
      scopes: [...DEPARTMENT_SCOPES, scope('OWN_RECORD')],
      departmentField: 'departmentIds',
      ownRecordField: 'id',
    },
    plainSubject('Role', ['read', 'create', 'update', 'delete', 'assign']),
  ],
};
const subject = (name: string) => vocabulary.subjects.find((candidate) => candidate.name === name)!;

const rule = (action: string, subjectName: string, conditions: Record<string, unknown> | null = null, fields: string[] | null = null, description: string | null = null): PermissionRuleInput => ({
  action,
  subject: subjectName,
  conditions,
  fields,
  inverted: false,
  description,
});

const D1 = '11111111-1111-4111-8111-111111111111';

/** The six built-in roles as a new organisation gets them (their own rules, then the announcements module's grants). */
const readOrgBasics = [rule('read', 'Organization'), rule('read', 'Department'), rule('read', 'JobRank'), rule('read', 'Person', null, OPEN), rule('read', 'Person', { id: '$me' })];
const staff = [rule('read', 'Announcement', { status: 'PUBLISHED' }), rule('confirm', 'Announcement', { status: 'PUBLISHED' })];
const BUILT_IN_ROLES: Record<string, PermissionRuleInput[]> = {
  'org-admin': [rule('manage', 'all')],
  hr: [rule('read', 'Organization'), rule('manage', 'Department'), rule('manage', 'Person'), rule('manage', 'JobRank'), rule('read', 'Role'), rule('manage', 'Announcement')],
  finance: [...readOrgBasics, ...staff],
  'department-manager': [
    ...readOrgBasics,
    rule('read', 'Person', { departmentIds: MANAGED }),
    rule('update', 'Department', { id: MANAGED }),
    rule('create', 'Department', { parentId: MANAGED }),
    ...staff,
  ],
  employee: [...readOrgBasics, rule('update', 'Person', { id: '$me' }, ['englishName', 'mobilePhone', 'personalEmail', 'homeAddress', 'locale']), ...staff],
  auditor: [rule('read', 'all'), rule('verify', 'AuditEntry'), rule('track', 'Announcement')],
};

/** Rules as a set: what they say, whatever their order. */
const asSet = (rules: PermissionRuleInput[]) => rules.map((r) => JSON.stringify(r)).sort();

const only = (subjects: PermissionChoices['subjects']): PermissionChoices => ({ everything: false, readEverything: false, subjects });

describe('the checkbox editor’s mapping of rules', () => {
  it.each(Object.keys(BUILT_IN_ROLES))('shows the built-in role %s as checkboxes and, saved unchanged, writes exactly its rules in their order', (key) => {
    const rules = BUILT_IN_ROLES[key];
    const choices = rulesToChoices(rules, vocabulary);
    expect(choices).not.toBeNull();
    expect(asSet(choicesToRules(choices!, vocabulary))).toEqual(asSet(rules));
    expect(choicesToRules(choices!, vocabulary, rules)).toEqual(rules);
  });

  it('reads several grants of one action, each with its scope and fields (the Department Manager’s Person read)', () => {
    const choices = rulesToChoices(BUILT_IN_ROLES['department-manager'], vocabulary)!;
    expect(choices.subjects.Person.actions.read).toEqual([
      { scope: 'EVERYONE', departmentIds: [], named: null, fields: [] },
      { scope: 'OWN_RECORD', departmentIds: [], named: null, fields: PROTECTED },
      { scope: 'MANAGED_DEPARTMENTS', departmentIds: [], named: null, fields: PROTECTED },
    ]);
    expect(choices.subjects.Department.actions.create).toEqual([{ scope: 'NAMED', departmentIds: [], named: 'underManaged', fields: null }]);
    expect(rulesToChoices(BUILT_IN_ROLES.auditor, vocabulary)).toMatchObject({ everything: false, readEverything: true });
    expect(rulesToChoices(BUILT_IN_ROLES['org-admin'], vocabulary)).toEqual({ everything: true, readEverything: false, subjects: {} });
  });

  it('a change is written as a new rule after the ones that stay (giving employees their own job title; adding a scope)', () => {
    const employee = BUILT_IN_ROLES.employee;
    const choices = rulesToChoices(employee, vocabulary)!;
    const update = choices.subjects.Person.actions.update[0];
    const more = only({ ...choices.subjects, Person: { actions: { ...choices.subjects.Person.actions, update: [{ ...update, fields: [...update.fields!, 'jobTitle'] }] } } });
    const written = choicesToRules(more, vocabulary, employee);
    expect(written).toEqual([...employee.filter((r) => r.action !== 'update'), rule('update', 'Person', { id: '$me' }, [...update.fields!, 'jobTitle'])]);
    const department = {
      ...choices.subjects.Department,
      actions: { read: [...choices.subjects.Department.actions.read, { ...newGrant('read'), scope: 'CHOSEN_DEPARTMENTS' as PermissionScope, departmentIds: [D1] }] },
    };
    expect(choicesToRules(only({ ...choices.subjects, Department: department }), vocabulary, employee).at(-1)).toEqual(rule('read', 'Department', { id: { $in: [`$subtree:${D1}`] } }));
  });

  it('reads each scope from its conditions and writes the same conditions back', () => {
    const cases: [Record<string, unknown> | null, string, string[]][] = [
      [null, 'EVERYONE', []],
      [{ departmentIds: { $in: '$myDepartments' } }, 'MY_DEPARTMENTS', []],
      [{ departmentIds: MANAGED }, 'MANAGED_DEPARTMENTS', []],
      [{ id: '$me' }, 'OWN_RECORD', []],
      [{ departmentIds: { $in: [`$subtree:${D1}`] } }, 'CHOSEN_DEPARTMENTS', [D1]],
    ];
    for (const [conditions, expected, departmentIds] of cases) {
      expect(scopeOfConditions(subject('Person'), conditions)).toEqual({ scope: expected, departmentIds, named: null });
      const rules = [rule('update', 'Person', conditions)];
      expect(choicesToRules(rulesToChoices(rules, vocabulary)!, vocabulary)).toEqual(rules);
    }
  });

  it('a named scope is its module’s conditions exactly, whatever order their keys are written in; anything else is hand-written', () => {
    expect(scopeOfConditions(subject('Announcement'), { status: 'PUBLISHED' })).toEqual({ scope: 'NAMED', departmentIds: [], named: 'published' });
    expect(scopeOfConditions(subject('Announcement'), { status: 'DRAFT' })).toBeNull();
    expect(scopeOfConditions(subject('Department'), { parentId: { $in: '$myDepartments' } })).toBeNull();
    expect(choicesToRules(only({ Announcement: { actions: { track: [{ ...newGrant('track'), scope: 'NAMED', named: 'published' }] } } }), vocabulary)).toEqual([
      rule('track', 'Announcement', { status: 'PUBLISHED' }),
    ]);
  });

  it('a read grant names the open fields plus the protected fields switched on; all of them switched on is a plain read', () => {
    const choices = rulesToChoices([rule('read', 'Person', { id: '$me' }, [...OPEN, 'homeAddress'])], vocabulary)!;
    const grant = choices.subjects.Person.actions.read[0];
    expect(grant).toEqual({ scope: 'OWN_RECORD', departmentIds: [], named: null, fields: ['homeAddress'] });
    expect(choicesToRules(only({ Person: { actions: { read: [{ ...grant, fields: [] }] } } }), vocabulary)).toEqual([rule('read', 'Person', { id: '$me' }, OPEN)]);
    expect(choicesToRules(only({ Person: { actions: { read: [{ ...grant, fields: PROTECTED }] } } }), vocabulary)).toEqual([rule('read', 'Person', { id: '$me' })]);
  });

  it('“everything” and “read everything” are rules on all; “manage” alone stands for every action of a subject; descriptions of rules that stay are kept', () => {
    const previous = [rule('read', 'Department', null, null, 'Everyone sees the tree')];
    const written = choicesToRules(
      {
        everything: true,
        readEverything: true,
        subjects: {
          Person: { actions: { manage: [newGrant('manage')], read: [{ ...newGrant('read'), scope: 'OWN_RECORD' }] } },
          Department: { actions: { read: [{ ...newGrant('read'), fields: [] }] } },
        },
      },
      vocabulary,
      previous,
    );
    expect(written).toEqual([rule('read', 'Department', null, null, 'Everyone sees the tree'), rule('manage', 'all'), rule('read', 'all'), rule('manage', 'Person')]);
  });

  it('refuses to show what the checkboxes would change: denials, other rules on all, hand-written conditions, other field limits', () => {
    const unrepresentable: PermissionRuleInput[][] = [
      [{ ...rule('archive', 'Person'), inverted: true }],
      [rule('update', 'all')],
      [rule('read', 'all', null, ['id'])],
      [rule('read', 'Person', { status: 'ACTIVE' })],
      [rule('read', 'Person', { departmentIds: '$myDepartments' })],
      [rule('read', 'Person', { id: '$me', departmentIds: MANAGED })],
      [rule('update', 'Person', { id: '$me' }, ['salary'])],
      [rule('archive', 'Person', { id: '$me' }, ['mobilePhone'])],
      [rule('read', 'Person', null, ['displayName'])],
      [rule('read', 'Department', null, ['id'])],
      [rule('manage', 'Person'), rule('read', 'Person')],
      [rule('read', 'Spaceship')],
    ];
    for (const rules of unrepresentable) expect(rulesToChoices(rules, vocabulary), JSON.stringify(rules)).toBeNull();
    // Order does not matter, and one action may have several grants.
    expect(rulesToChoices([rule('read', 'Person'), rule('read', 'Department'), rule('read', 'Person', { id: '$me' })], vocabulary)).not.toBeNull();
  });

  it('a scope of chosen departments with none chosen yet is incomplete', () => {
    const grant = { ...newGrant('update'), scope: 'CHOSEN_DEPARTMENTS' as PermissionScope };
    const choices = only({ Department: { actions: { update: [grant] } } });
    const rules = choicesToRules(choices, vocabulary);
    expect(rulesToChoices(rules, vocabulary)).toEqual(choices);
    expect(lacksChosenDepartments(rules)).toBe(true);
    expect(lacksChosenDepartments(choicesToRules(only({ Department: { actions: { update: [{ ...grant, departmentIds: [D1] }] } } }), vocabulary))).toBe(false);
  });
});
