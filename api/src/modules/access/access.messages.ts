import type { MessageCatalog } from '../../core/i18n/i18n.js';

export const accessMessages: MessageCatalog = {
  ROLE_BUILT_IN: {
    en: 'Built-in roles cannot be deleted.',
    'zh-HK': '內置角色不可刪除。',
    'zh-CN': '内置角色不能删除。',
  },
  ROLE_IN_USE: {
    en: 'This role is still given to {count} people. Remove it from them first.',
    'zh-HK': '仍有 {count} 人擁有此角色，請先移除。',
    'zh-CN': '仍有 {count} 人拥有此角色，请先移除。',
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
  EXPLAIN_NO_RULE: {
    en: 'Denied: none of this person’s roles has a rule that allows it.',
    'zh-HK': '不允許：此人員的角色中沒有允許此操作的規則。',
    'zh-CN': '不允许：此人员的角色中没有允许此操作的规则。',
  },
  SUBJECT_Role: { en: 'role', 'zh-HK': '角色', 'zh-CN': '角色' },
  SUBJECT_RoleAssignment: { en: 'role assignment', 'zh-HK': '角色指派', 'zh-CN': '角色指派' },
};
