import type { Locale } from '../../core/i18n/i18n.js';
import { OPEN_PERSON_FIELDS } from '../org/index.js';
import type { RoleRule } from './role.entity.js';

/**
 * A role Harbour seeds into every organisation. Names are given per language; the org's default is stored.
 * `formerNames` are names earlier versions seeded: an organisation still holding one has not chosen it, so it reads
 * as the current name.
 */
export interface BuiltInRole {
  key: string;
  name: Record<'en' | 'zh-HK' | 'zh-CN', string>;
  formerNames?: string[];
  description: Record<'en' | 'zh-HK' | 'zh-CN', string>;
  rules: RoleRule[];
}

const readOrgBasics: RoleRule[] = [
  { action: 'read', subject: 'Organization' },
  { action: 'read', subject: 'Department' },
  { action: 'read', subject: 'JobRank' },
  { action: 'read', subject: 'Person', fields: OPEN_PERSON_FIELDS },
  { action: 'read', subject: 'Person', conditions: { id: '$me' } },
];

export const builtInRoles: BuiltInRole[] = [
  {
    key: 'org-admin',
    name: { en: 'Organisation Admin', 'zh-HK': '機構管理員', 'zh-CN': '机构管理员' },
    description: { en: 'Full control of the organisation.', 'zh-HK': '可管理機構內所有設定及資料。', 'zh-CN': '可管理机构内所有设置及数据。' },
    rules: [{ action: 'manage', subject: 'all' }],
  },
  {
    key: 'hr',
    // Not 人事部: that is what companies call the department, and a role must not read as one.
    name: { en: 'HR Administrator', 'zh-HK': '人事管理員', 'zh-CN': '人事管理员' },
    formerNames: ['HR', '人事部'],
    description: { en: 'Manages departments, people and job ranks.', 'zh-HK': '管理部門、人員及職級。', 'zh-CN': '管理部门、人员及职级。' },
    rules: [
      { action: 'read', subject: 'Organization' },
      { action: 'manage', subject: 'Department' },
      { action: 'manage', subject: 'Person' },
      { action: 'manage', subject: 'JobRank' },
      { action: 'read', subject: 'Role' },
    ],
  },
  {
    key: 'finance',
    name: { en: 'Finance Administrator', 'zh-HK': '財務管理員', 'zh-CN': '财务管理员' },
    formerNames: ['Finance', '財務部', '财务部'],
    description: { en: 'Sees the organisation and people for payroll and payments.', 'zh-HK': '可查看機構及人員資料，用於薪酬及付款。', 'zh-CN': '可查看机构及人员资料，用于薪酬及付款。' },
    rules: [...readOrgBasics],
  },
  {
    key: 'department-manager',
    name: { en: 'Department Manager', 'zh-HK': '部門主管', 'zh-CN': '部门主管' },
    description: {
      en: 'Sees full details of the people in the departments they lead and maintains those departments.',
      'zh-HK': '可查看所屬部門人員的完整資料，並維護其部門。',
      'zh-CN': '可查看所属部门人员的完整资料，并维护其部门。',
    },
    rules: [
      ...readOrgBasics,
      { action: 'read', subject: 'Person', conditions: { departmentIds: { $in: '$managedDepartments' } } },
      { action: 'update', subject: 'Department', conditions: { id: { $in: '$managedDepartments' } } },
      { action: 'create', subject: 'Department', conditions: { parentId: { $in: '$managedDepartments' } } },
    ],
  },
  {
    key: 'employee',
    name: { en: 'Employee', 'zh-HK': '員工', 'zh-CN': '员工' },
    description: {
      en: 'Sees the organisation directory and edits their own contact details.',
      'zh-HK': '可查看機構通訊錄，並修改自己的聯絡資料。',
      'zh-CN': '可查看机构通讯录，并修改自己的联系资料。',
    },
    rules: [...readOrgBasics, { action: 'update', subject: 'Person', conditions: { id: '$me' }, fields: ['englishName', 'mobilePhone', 'personalEmail', 'homeAddress', 'locale'] }],
  },
  {
    key: 'auditor',
    name: { en: 'Auditor', 'zh-HK': '審計員', 'zh-CN': '审计员' },
    description: { en: 'Reads everything, including the audit log; changes nothing.', 'zh-HK': '可查閱所有資料及審計紀錄，但不可修改。', 'zh-CN': '可查阅所有数据及审计记录，但不可修改。' },
    rules: [
      { action: 'read', subject: 'all' },
      { action: 'verify', subject: 'AuditEntry' },
    ],
  },
];

/**
 * Rule descriptions earlier versions seeded into built-in roles (from these roles and modules' grants), in English only.
 * They said what the rule editor's checkboxes and the explanations now say in the reader's language, so new
 * organisations get none and a built-in role still holding one is served without it (see `builtInRuleDescription`).
 */
const formerRuleDescriptions = ['Own record, including private contact details', 'Full details of their teams', 'Published company notices'];

/** A built-in role's rule description as served: none when it is one Harbour seeded, else the organisation's text. */
export function builtInRuleDescription(role: { builtIn: boolean }, description: string | null | undefined): string | null {
  return description && !(role.builtIn && formerRuleDescriptions.includes(description)) ? description : null;
}

/**
 * A built-in role's name or description in the reader's language — unless the organisation has rewritten it, in which
 * case their text, as stored. (The stored text is in the organisation's default language when seeded.)
 */
export function builtInRoleText(role: { key: string | null; name: string; description: string }, field: 'name' | 'description', locale: Locale): string {
  const builtIn = role.key ? builtInRoles.find((candidate) => candidate.key === role.key) : undefined;
  if (!builtIn || !defaultTexts(builtIn, field).includes(role[field])) return role[field];
  return builtIn[field][locale];
}

/** The texts of a built-in role that are Harbour's, not the organisation's: today's in every language, and former names. */
const defaultTexts = (role: BuiltInRole, field: 'name' | 'description'): string[] => [...Object.values(role[field]), ...(field === 'name' ? (role.formerNames ?? []) : [])];

/** Whether `name` is a built-in role's name in any language, or a former one (of the role with `key`, when given). */
export function isBuiltInRoleName(name: string, key?: string | null): boolean {
  return builtInRoles.some((role) => (key === undefined || role.key === key) && defaultTexts(role, 'name').includes(name));
}
