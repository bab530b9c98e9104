import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { PermissionRuleInput } from '../src/gql/graphql';
import { choicesToRules, rulesToChoices } from '../src/resources/roles/permissionForm';
import { apiQuery, baseUrl, browserTest, newPage, pick, signIn, useHarbour, type TestLocale } from './support/browser';

useHarbour('permissions');

/** What the screens say in each language (the API's labels included: they are served in the caller's language). */
const WORDS = {
  'zh-HK': {
    name: /^名稱/,
    save: '儲存',
    read: '查看',
    update: '修改',
    scope: /^範圍/,
    myDepartments: '本人所屬部門',
    chosen: '指定部門（包括下屬部門）',
    departments: /^部門/,
    mobilePhone: '手提電話',
    personalEmail: '私人電郵',
    explainPerson: /^人員/,
    explainAction: /^操作/,
    explainRecord: /^紀錄/,
    explainField: /^欄位/,
    explainSubmit: '查詢',
    ownRecord: '只限本人的紀錄',
    employee: '員工',
    conditional: (role: string, rule: number) => `只限本人的紀錄（角色「${role}」的第 ${rule} 條規則）。`,
    allowed: '允許',
    allowedBy: (role: string, rule: number) => `由角色「${role}」的第 ${rule} 條規則允許。`,
    denied: '不允許',
    delete: '刪除',
    confirm: '確定',
    deleteWarning: (count: number) => `有 ${count} 人擁有此角色，刪除後他們會失去此角色。確定刪除？`,
    managed: '其主管的部門',
    ownOnly: '只限本人',
    addScope: '加入另一範圍',
    whichDetails: /^可修改的資料/,
    someDetails: '只限以下資料',
    jobTitle: '職銜',
  },
  en: {
    name: /^Name/,
    save: 'Save',
    read: 'Read',
    update: 'Edit',
    scope: /^Scope/,
    myDepartments: 'Their own department(s)',
    chosen: 'Chosen departments (with sub-departments)',
    departments: /^Departments/,
    mobilePhone: 'mobile phone',
    personalEmail: 'personal email',
    explainPerson: /^Person/,
    explainAction: /^Action/,
    explainRecord: /^Record/,
    explainField: /^Field/,
    explainSubmit: 'Explain',
    ownRecord: 'Only for their own record',
    employee: 'Employee',
    conditional: (role: string, rule: number) => `Only for their own record (rule ${rule} of role "${role}").`,
    allowed: 'Allowed',
    allowedBy: (role: string, rule: number) => `Allowed by rule ${rule} of role "${role}".`,
    denied: 'Not allowed',
    delete: 'Delete',
    confirm: 'Confirm',
    deleteWarning: (count: number) => `${count} people have this role and will lose it. Delete it?`,
    managed: 'Departments they manage',
    ownOnly: 'Their own record only',
    addScope: 'Add another scope',
    whichDetails: /^Which details/,
    someDetails: 'Only these details',
    jobTitle: 'job title',
  },
} as const;

const ROLES = '{ roles { id key name holderCount rules { action subject conditions fields inverted description } } }';
const VOCABULARY =
  '{ permissionVocabulary { actions actionLabels { name label } placeholders subjects { name label actions conditionFields protectedFields protectedFieldLabels { name label } openFields openFieldLabels { name label } scopes { scope label name conditions } departmentField ownRecordField } } }';
const UPDATE_RULES = 'mutation($id: ID!, $rules: [PermissionRuleInput!]!) { updateRole(id: $id, input: { rules: $rules }) { id } }';

const personNamed = async (page: Page, search: string) => (await apiQuery(page, 'query($q: String) { people(filter: { search: $q }) { items { id displayName } } }', { q: search })).people.items[0];
const departmentNamed = async (page: Page, search: string) =>
  (await apiQuery(page, 'query($q: String) { departments(filter: { search: $q }) { items { id name } } }', { q: search })).departments.items[0];
const roleNamed = async (page: Page, name: string) => (await apiQuery(page, ROLES)).roles.find((role: { name: string }) => role.name === name);
type RoleView = { id: string; key: string | null; rules: PermissionRuleInput[] };
const builtInRole = async (page: Page, key: string): Promise<RoleView> => (await apiQuery(page, ROLES)).roles.find((role: RoleView) => role.key === key);
const rule = (action: string, subject: string, conditions: unknown = null, fields: string[] | null = null) => ({ action, subject, conditions, fields, inverted: false, description: null });

describe.each<TestLocale>(['zh-HK', 'en'])('permissions (%s)', (locale) => {
  const words = WORDS[locale];

  browserTest('the checkbox editor: tick actions and choose scopes, save, the role’s rules are what was chosen, reopening shows the same', async () => {
    const page = await newPage({ locale });
    await signIn(page, 'admin@wanghin.example.com', locale);
    const site1 = await departmentNamed(page, '地盤一組');
    const openFields: string[] = (await apiQuery(page, '{ permissionVocabulary { subjects { name openFields } } }')).permissionVocabulary.subjects.find(
      (subject: { name: string }) => subject.name === 'Person',
    ).openFields;
    const name = `Site coordinator ${locale}`;

    await page.goto(`${baseUrl}/console/roles/create`);
    await page.getByLabel(words.name).fill(name);
    const people = page.getByTestId('subject-Person');
    await people.getByTestId('action-read').getByRole('checkbox', { name: words.read }).check();
    await people.getByTestId('action-read').getByLabel(words.scope).selectOption({ label: words.myDepartments });
    await people.getByLabel(words.mobilePhone).check();
    const departments = page.getByTestId('subject-Department');
    await departments.getByTestId('action-update').getByRole('checkbox', { name: words.update }).check();
    await departments.getByTestId('action-update').getByLabel(words.scope).selectOption({ label: words.chosen });
    await pick(page, departments.getByTestId('action-update'), words.departments, '地盤一組', site1.name);
    await page.getByTestId('subject-JobRank').getByTestId('action-read').getByRole('checkbox', { name: words.read }).check();
    await page.getByRole('button', { name: words.save }).click();
    await page.waitForURL(/\/console\/roles\/[0-9a-f-]+$/);

    const role = await roleNamed(page, name);
    // Rules keep the order they were given in (a rule that stays keeps its place; order means nothing to the API).
    expect(role.rules).toEqual([
      rule('read', 'Person', { departmentIds: { $in: '$myDepartments' } }, [...openFields, 'mobilePhone']),
      rule('update', 'Department', { id: { $in: [`$subtree:${site1.id}`] } }),
      rule('read', 'JobRank'),
    ]);

    await page.reload();
    const reopened = page.getByTestId('subject-Person');
    await expect.poll(() => reopened.getByTestId('action-read').getByRole('checkbox', { name: words.read }).isChecked()).toBe(true);
    expect(await reopened.getByTestId('action-read').getByLabel(words.scope).inputValue()).toBe('MY_DEPARTMENTS');
    expect(await reopened.getByLabel(words.mobilePhone).isChecked()).toBe(true);
    expect(await reopened.getByLabel(words.personalEmail).isChecked()).toBe(false);
    expect(await reopened.getByTestId('action-update').getByRole('checkbox', { name: words.update }).isChecked()).toBe(false);
    const update = page.getByTestId('subject-Department').getByTestId('action-update');
    expect(await update.getByRole('checkbox', { name: words.update }).isChecked()).toBe(true);
    expect(await update.getByLabel(words.scope).inputValue()).toBe('CHOSEN_DEPARTMENTS');
    await expect.poll(() => update.textContent()).toContain(site1.name);
    expect(await page.getByTestId('subject-JobRank').getByRole('checkbox', { name: words.read }).isChecked()).toBe(true);
    expect(await page.getByTestId('advanced-notice').count()).toBe(0);
  });

  browserTest('every built-in role opens as checkboxes (not the advanced lock) and, saved unchanged, would keep exactly its rules', async () => {
    const page = await newPage({ locale });
    await signIn(page, 'admin@wanghin.example.com', locale);
    const vocabulary = (await apiQuery(page, VOCABULARY)).permissionVocabulary;
    const roles: RoleView[] = (await apiQuery(page, ROLES)).roles.filter((role: RoleView) => role.key);
    expect(roles.map((role) => role.key).sort()).toEqual(['auditor', 'department-manager', 'employee', 'finance', 'hr', 'org-admin']);
    for (const role of roles) {
      const choices = rulesToChoices(role.rules, vocabulary);
      expect(choices, role.key!).not.toBeNull();
      expect(choicesToRules(choices!, vocabulary, role.rules), role.key!).toEqual(role.rules);
      await page.goto(`${baseUrl}/console/roles/${role.id}`);
      await page.getByTestId('role-wide').waitFor();
      expect(await page.getByTestId('advanced-notice').count(), role.key!).toBe(0);
    }
  });

  browserTest('the Employee role: give employees their own job title to edit, save, the API’s rules are exactly that, reopening shows it', async () => {
    const page = await newPage({ locale });
    await signIn(page, 'admin@wanghin.example.com', locale);
    const before = await builtInRole(page, 'employee');
    const own = before.rules.find((r) => r.action === 'update' && r.subject === 'Person')!;
    await page.goto(`${baseUrl}/console/roles/${before.id}`);
    const update = page.getByTestId('subject-Person').getByTestId('action-update');
    await expect.poll(() => update.getByRole('checkbox', { name: words.update, exact: true }).isChecked()).toBe(true);
    expect(await page.getByTestId('advanced-notice').count()).toBe(0);
    expect(await update.getByLabel(words.scope).inputValue()).toBe('OWN_RECORD');
    expect(await update.getByLabel(words.jobTitle).isChecked()).toBe(false);
    await update.getByLabel(words.jobTitle).check();
    await page.getByRole('button', { name: words.save }).click();

    const expected = [...before.rules.filter((r) => r !== own), rule('update', 'Person', { id: '$me' }, [...own.fields!, 'jobTitle'])];
    await expect.poll(async () => (await builtInRole(page, 'employee')).rules).toEqual(expected);
    await page.reload();
    await expect.poll(() => update.getByLabel(words.jobTitle).isChecked()).toBe(true);
    expect(await update.getByLabel(words.mobilePhone).isChecked()).toBe(true);
    await apiQuery(page, UPDATE_RULES, { id: before.id, rules: before.rules });
  });

  browserTest('the Department Manager role: its three Person read grants shown; add edit in their departments, and of their own details but the job title; save, reopen', async () => {
    const page = await newPage({ locale });
    await signIn(page, 'admin@wanghin.example.com', locale);
    const before = await builtInRole(page, 'department-manager');
    await page.goto(`${baseUrl}/console/roles/${before.id}`);
    const person = page.getByTestId('subject-Person');
    const read = person.getByTestId('action-read');
    await read.getByTestId('grant-2').waitFor();
    expect(await page.getByTestId('advanced-notice').count()).toBe(0);
    expect(await read.getByTestId('grant-2').getByLabel(words.scope).inputValue()).toBe('MANAGED_DEPARTMENTS');
    expect(await read.getByTestId('grant-0').getByLabel(words.mobilePhone).isChecked()).toBe(false);
    expect(await read.getByTestId('grant-2').getByLabel(words.mobilePhone).isChecked()).toBe(true);
    // Module-declared scopes show as themselves.
    expect(await page.getByTestId('subject-Announcement').getByTestId('action-read').getByLabel(words.scope).inputValue()).toBe('NAMED:published');
    expect(await page.getByTestId('subject-Department').getByTestId('action-create').getByLabel(words.scope).inputValue()).toBe('NAMED:underManaged');

    const update = person.getByTestId('action-update');
    await update.getByRole('checkbox', { name: words.update, exact: true }).check();
    await update.getByTestId('grant-0').getByLabel(words.scope).selectOption({ label: words.managed });
    await update.getByRole('button', { name: words.addScope }).click();
    await update.getByTestId('grant-1').getByLabel(words.scope).selectOption({ label: words.ownOnly });
    await update.getByTestId('grant-1').getByLabel(words.whichDetails).selectOption({ label: words.someDetails });
    // "Only these details" starts from every detail; untick the job title.
    await update.getByTestId('grant-1').getByLabel(words.jobTitle).uncheck();
    await page.getByRole('button', { name: words.save }).click();

    const vocabulary = (await apiQuery(page, VOCABULARY)).permissionVocabulary.subjects.find((subject: { name: string }) => subject.name === 'Person');
    const details = [...vocabulary.openFields, ...vocabulary.protectedFields].filter((field: string) => field !== 'jobTitle');
    const expected = [...before.rules, rule('update', 'Person', { departmentIds: { $in: '$managedDepartments' } }), rule('update', 'Person', { id: '$me' }, details)];
    await expect.poll(async () => (await builtInRole(page, 'department-manager')).rules).toEqual(expected);
    await page.reload();
    await update.getByTestId('grant-1').waitFor();
    expect(await update.getByTestId('grant-0').getByLabel(words.scope).inputValue()).toBe('MANAGED_DEPARTMENTS');
    expect(await update.getByTestId('grant-1').getByLabel(words.scope).inputValue()).toBe('OWN_RECORD');
    expect(await update.getByTestId('grant-1').getByLabel(words.mobilePhone).isChecked()).toBe(true);
    expect(await update.getByTestId('grant-1').getByLabel(words.jobTitle).isChecked()).toBe(false);
    await apiQuery(page, UPDATE_RULES, { id: before.id, rules: before.rules });
  });

  browserTest('a role with hand-written rules stays in the advanced editor, its JSON kept', async () => {
    const page = await newPage({ locale });
    await signIn(page, 'admin@wanghin.example.com', locale);
    const rules = [{ action: 'read', subject: 'Person', conditions: { status: 'ACTIVE' } }];
    const created = await apiQuery(page, 'mutation($input: CreateRoleInput!) { createRole(input: $input) { id } }', { input: { name: `Hand-written ${locale}`, rules } });
    await page.goto(`${baseUrl}/console/roles/${created.createRole.id}`);
    await page.getByTestId('advanced-notice').waitFor();
    expect(await page.getByTestId('subject-Person').count()).toBe(0);
    await expect.poll(() => page.getByTestId('permission-editor').locator('textarea').first().inputValue()).toContain('"status": "ACTIVE"');
  });

  browserTest('explain about a person picked by name: limited grants say “only for their own record”, a named record gets yes or no', async () => {
    const page = await newPage({ locale });
    await signIn(page, 'admin@wanghin.example.com', locale);
    const worker = await personNamed(page, 'site1.worker');
    const manager = await personNamed(page, 'site1.manager');
    await page.goto(`${baseUrl}/console/roles`);
    const panel = page.getByTestId('explain-panel');
    await pick(page, panel, words.explainPerson, 'site1.worker', worker.displayName);
    // The person's list may still be closing when the action's opens (seen under load): open it again until it shows.
    await expect
      .poll(async () => {
        await panel.getByRole('combobox', { name: words.explainAction }).click();
        return page
          .getByRole('option', { name: words.update, exact: true })
          .click({ timeout: 2_000 })
          .then(
            () => true,
            () => false,
          );
      })
      .toBe(true);
    await panel.getByRole('combobox', { name: words.explainField }).click();
    await page.getByRole('option', { name: words.mobilePhone }).click();
    await panel.getByRole('button', { name: words.explainSubmit }).click();
    const answer = page.getByTestId('explain-answer');
    await expect.poll(() => answer.locator('.MuiAlertTitle-root').textContent()).toBe(words.ownRecord);
    expect(await answer.textContent()).toContain(words.conditional(words.employee, 6));
    expect(await answer.textContent()).not.toContain(words.allowedBy(words.employee, 6));

    // About the worker's own record: yes; about their manager's: no.
    await pick(page, panel, words.explainRecord, 'site1.worker', worker.displayName);
    await panel.getByRole('button', { name: words.explainSubmit }).click();
    await expect.poll(() => answer.locator('.MuiAlertTitle-root').textContent()).toBe(words.allowed);
    expect(await answer.textContent()).toContain(words.allowedBy(words.employee, 6));
    await pick(page, panel, words.explainRecord, 'site1.manager', manager.displayName);
    await panel.getByRole('button', { name: words.explainSubmit }).click();
    await expect.poll(() => answer.locator('.MuiAlertTitle-root').textContent()).toBe(words.denied);
  });

  browserTest('deleting a role people hold warns how many lose it; confirming takes it from them', async () => {
    const page = await newPage({ locale });
    await signIn(page, 'admin@wanghin.example.com', locale);
    const created = await apiQuery(page, 'mutation($input: CreateRoleInput!) { createRole(input: $input) { id } }', {
      input: { name: `Temporary ${locale}`, rules: [{ action: 'read', subject: 'JobRank' }] },
    });
    const id = created.createRole.id;
    const holders = [await personNamed(page, 'site1.worker'), await personNamed(page, 'hr@wanghin')];
    for (const person of holders) await apiQuery(page, 'mutation($input: AssignRoleInput!) { assignRole(input: $input) { id } }', { input: { personId: person.id, roleId: id } });

    await page.goto(`${baseUrl}/console/roles/${id}`);
    await page.getByRole('button', { name: words.delete }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.textContent()).toContain(words.deleteWarning(2));
    await dialog.getByRole('button', { name: words.confirm }).click();
    await page.waitForURL(/\/console\/roles$/);
    expect(await roleNamed(page, `Temporary ${locale}`)).toBeUndefined();
    const left = await apiQuery(page, 'query($roleId: ID) { roleAssignments(roleId: $roleId) { id } }', { roleId: id });
    expect(left.roleAssignments).toEqual([]);
  });
});
