import type { MessageCatalog } from '../../core/i18n/i18n.js';

export const accessMessages: MessageCatalog = {
  ROLE_BUILT_IN: {
    en: 'Built-in roles cannot be deleted.',
    'zh-HK': '內置角色不可刪除。',
    'zh-CN': '内置角色不能删除。',
  },
  ROLE_IN_USE: {
    en: 'This role is still given to {count} people. Confirm that they lose it to delete it.',
    'zh-HK': '仍有 {count} 人擁有此角色。確認他們會失去此角色，才可刪除。',
    'zh-CN': '仍有 {count} 人拥有此角色。确认他们会失去此角色，才能删除。',
  },
  LAST_ADMIN: {
    en: 'The organisation must keep at least one Organisation Admin.',
    'zh-HK': '機構最少要保留一位機構管理員。',
    'zh-CN': '机构至少要保留一位机构管理员。',
  },
  ALREADY_ASSIGNED: { en: 'This person already has this role.', 'zh-HK': '此人員已擁有此角色。', 'zh-CN': '此人员已拥有此角色。' },
  EXPLAIN_ALLOWED: {
    en: 'Allowed by rule {ruleNumber} of role "{role}".',
    'zh-HK': '由角色「{role}」的第 {ruleNumber} 條規則允許。',
    'zh-CN': '由角色“{role}”的第 {ruleNumber} 条规则允许。',
  },
  EXPLAIN_DENIED_BY_RULE: {
    en: 'Denied by rule {ruleNumber} of role "{role}".',
    'zh-HK': '被角色「{role}」的第 {ruleNumber} 條規則禁止。',
    'zh-CN': '被角色“{role}”的第 {ruleNumber} 条规则禁止。',
  },
  EXPLAIN_CONDITIONAL: {
    en: '{condition} (rule {ruleNumber} of role "{role}").',
    'zh-HK': '{condition}（角色「{role}」的第 {ruleNumber} 條規則）。',
    'zh-CN': '{condition}（角色“{role}”的第 {ruleNumber} 条规则）。',
  },
  SCOPE_OWN_RECORD: { en: 'Only for their own record', 'zh-HK': '只限本人的紀錄', 'zh-CN': '仅限本人的记录' },
  SCOPE_MY_DEPARTMENTS: { en: 'Only in their own department(s)', 'zh-HK': '只限本人所屬的部門', 'zh-CN': '仅限本人所属的部门' },
  SCOPE_MANAGED_DEPARTMENTS: { en: 'Only in the departments they manage', 'zh-HK': '只限其主管的部門', 'zh-CN': '仅限其主管的部门' },
  SCOPE_CHOSEN_DEPARTMENTS: { en: 'Only in {departments} and their sub-departments', 'zh-HK': '只限{departments}及其下屬部門', 'zh-CN': '仅限{departments}及其下属部门' },
  SCOPE_CONDITIONS: { en: 'Only where the rule’s conditions hold', 'zh-HK': '只限符合規則條件的紀錄', 'zh-CN': '仅限符合规则条件的记录' },
  SCOPE_WITHOUT_FIELDS: { en: 'Without {fields}', 'zh-HK': '不包括{fields}', 'zh-CN': '不包括{fields}' },
  SCOPE_EXCEPT: { en: 'Except: {reach}', 'zh-HK': '除外：{reach}', 'zh-CN': '除外：{reach}' },
  SCOPE_ONLY_FIELDS: { en: 'Only the fields {fields}', 'zh-HK': '只限欄位 {fields}', 'zh-CN': '仅限字段 {fields}' },
  SCOPE_LABEL_EVERYONE: { en: 'All', 'zh-HK': '全部', 'zh-CN': '全部' },
  SCOPE_LABEL_MY_DEPARTMENTS: { en: 'Their own department(s)', 'zh-HK': '本人所屬部門', 'zh-CN': '本人所属部门' },
  SCOPE_LABEL_MANAGED_DEPARTMENTS: { en: 'Departments they manage', 'zh-HK': '其主管的部門', 'zh-CN': '其主管的部门' },
  SCOPE_LABEL_OWN_RECORD: { en: 'Their own record only', 'zh-HK': '只限本人', 'zh-CN': '仅限本人' },
  SCOPE_LABEL_CHOSEN_DEPARTMENTS: { en: 'Chosen departments (with sub-departments)', 'zh-HK': '指定部門（包括下屬部門）', 'zh-CN': '指定部门（包括下属部门）' },
  EXPLAIN_NO_RULE: {
    en: 'Denied: none of this person’s roles has a rule that allows it.',
    'zh-HK': '不允許：此人員的角色中沒有允許此操作的規則。',
    'zh-CN': '不允许：此人员的角色中没有允许此操作的规则。',
  },
  SUBJECT_Role: { en: 'role', 'zh-HK': '角色', 'zh-CN': '角色' },
  SUBJECT_RoleAssignment: { en: 'role assignment', 'zh-HK': '角色指派', 'zh-CN': '角色指派' },
};
