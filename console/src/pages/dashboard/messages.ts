import { defineMessages } from '../../module';

const en = {
  harbour: {
    dashboard: {
      welcome: 'Welcome, %{name}.',
      people_count: 'People',
      departments_count: 'Departments',
      quick_links: 'Quick links',
      add_person: 'Add a person',
      manage_departments: 'Department structure',
      import_csv: 'Import from CSV',
      manage_roles: 'Roles and permissions',
      view_audit: 'Audit log',
    },
  },
};

/** The dashboard module's slice of the console's catalogs (English, 繁體中文, 简体中文). */
export const messages = defineMessages(en, {
  'zh-HK': {
    harbour: {
      dashboard: {
        welcome: '%{name}，你好！',
        people_count: '人員',
        departments_count: '部門',
        quick_links: '常用功能',
        add_person: '新增人員',
        manage_departments: '部門架構',
        import_csv: '從 CSV 匯入',
        manage_roles: '角色及權限',
        view_audit: '審計紀錄',
      },
    },
  },
  'zh-CN': {
    harbour: {
      dashboard: {
        welcome: '%{name}，你好！',
        people_count: '人员',
        departments_count: '部门',
        quick_links: '常用功能',
        add_person: '添加人员',
        manage_departments: '部门架构',
        import_csv: '从 CSV 导入',
        manage_roles: '角色与权限',
        view_audit: '审计日志',
      },
    },
  },
});
