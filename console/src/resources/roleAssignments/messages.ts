import { defineMessages } from '../../module';

const en = {
  resources: {
    roleAssignments: { name: 'Role assignment |||| Role assignments' },
  },
};

/** The role assignments module's slice of the console's catalogs (English, 繁體中文, 简体中文). */
export const messages = defineMessages(en, {
  'zh-HK': {
    resources: {
      roleAssignments: { name: '角色指派' },
    },
  },
  'zh-CN': {
    resources: {
      roleAssignments: { name: '角色分配' },
    },
  },
});
