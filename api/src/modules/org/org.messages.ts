import type { MessageCatalog } from '../../core/i18n/i18n.js';

export const orgMessages: MessageCatalog = {
  DEPARTMENT_CYCLE: {
    en: 'A department cannot be moved under itself or one of its own sub-departments.',
    'zh-HK': '部門不可移到自己或其下屬部門之下。',
    'zh-CN': '部门不能移动到自身或其下级部门之下。',
  },
  DEPARTMENT_NOT_EMPTY: {
    en: 'Move or archive its {children} sub-departments and {members} members first.',
    'zh-HK': '請先移走或封存其 {children} 個下屬部門及 {members} 位成員。',
    'zh-CN': '请先移走或归档其 {children} 个下级部门及 {members} 位成员。',
  },
  DEPARTMENT_ARCHIVED: {
    en: 'This department is archived.',
    'zh-HK': '此部門已封存。',
    'zh-CN': '此部门已归档。',
  },
  DEPARTMENT_SIBLINGS_MISSING: {
    en: 'List every one of the {expected} sub-departments in their new order.',
    'zh-HK': '請按新次序列出全部 {expected} 個下屬部門。',
    'zh-CN': '请按新顺序列出全部 {expected} 个下级部门。',
  },
  PERSON_ARCHIVED: { en: 'This person has left the organisation.', 'zh-HK': '此人員已離職。', 'zh-CN': '此人员已离职。' },
  ALREADY_MEMBER: {
    en: 'This person already belongs to that department.',
    'zh-HK': '此人員已屬於該部門。',
    'zh-CN': '此人员已属于该部门。',
  },
  LAST_MEMBERSHIP: {
    en: 'A person must belong to at least one department.',
    'zh-HK': '人員必須屬於至少一個部門。',
    'zh-CN': '人员必须属于至少一个部门。',
  },
  SELF_MANAGER: { en: 'A person cannot be their own manager.', 'zh-HK': '人員不可成為自己的上司。', 'zh-CN': '人员不能成为自己的上级。' },
  MANAGER_CYCLE: {
    en: 'This manager reports (directly or indirectly) to this person.',
    'zh-HK': '這位上司（直接或間接）向此人員匯報，會形成循環。',
    'zh-CN': '这位上级（直接或间接）向此人员汇报，会形成循环。',
  },
  DUPLICATE_VALUE: { en: 'This value is already used.', 'zh-HK': '此值已被使用。', 'zh-CN': '此值已被使用。' },
  UNKNOWN_REFERENCE: {
    en: 'Refers to something that does not exist.',
    'zh-HK': '引用的項目不存在。',
    'zh-CN': '引用的项目不存在。',
  },
  INVALID_DATE: { en: 'Use the date format YYYY-MM-DD.', 'zh-HK': '請使用 YYYY-MM-DD 日期格式。', 'zh-CN': '请使用 YYYY-MM-DD 日期格式。' },
  CSV_INVALID: {
    en: 'The file could not be read as CSV: {reason}',
    'zh-HK': '無法以 CSV 格式讀取檔案：{reason}',
    'zh-CN': '无法以 CSV 格式读取文件：{reason}',
  },
  CSV_TOO_MANY_ROWS: {
    en: 'A file may have at most {max} rows.',
    'zh-HK': '檔案最多只可有 {max} 行。',
    'zh-CN': '文件最多只能有 {max} 行。',
  },
  CSV_MISSING_COLUMN: {
    en: 'The CSV file needs a "{column}" column.',
    'zh-HK': 'CSV 檔案需要「{column}」欄。',
    'zh-CN': 'CSV 文件需要“{column}”列。',
  },
  AMBIGUOUS_REFERENCE: {
    en: 'Refers to more than one department: use its external ID, or a code or full path that only it has.',
    'zh-HK': '此引用對應多於一個部門：請改用外部編號，或只屬於該部門的代號或完整路徑。',
    'zh-CN': '此引用对应多于一个部门：请改用外部编号，或只属于该部门的代号或完整路径。',
  },
  FILE_ENCODING_INVALID: {
    en: 'The file does not read cleanly as {encoding}: some characters cannot be decoded. Save it from Excel as "CSV UTF-8" or as an Excel workbook (.xlsx) and try again.',
    'zh-HK': '檔案以 {encoding} 編碼讀取時有無法解讀的字元。請在 Excel 另存為「CSV UTF-8」或 Excel 活頁簿（.xlsx）後再試。',
    'zh-CN': '文件以 {encoding} 编码读取时有无法解读的字符。请在 Excel 另存为“CSV UTF-8”或 Excel 工作簿（.xlsx）后再试。',
  },
  FILE_INVALID: {
    en: 'The file could not be read as an Excel workbook (.xlsx).',
    'zh-HK': '無法以 Excel 活頁簿（.xlsx）格式讀取檔案。',
    'zh-CN': '无法以 Excel 工作簿（.xlsx）格式读取文件。',
  },
  IMPORT_ONE_SOURCE: {
    en: 'Send the file either as csv text or as file bytes, not both.',
    'zh-HK': '請以 csv 文字或檔案內容其中一種方式提交檔案，不可兩者同時提交。',
    'zh-CN': '请以 csv 文本或文件内容其中一种方式提交文件，不能同时提交两者。',
  },
  SUBJECT_Department: { en: 'department', 'zh-HK': '部門', 'zh-CN': '部门' },
  SUBJECT_Person: { en: 'person', 'zh-HK': '人員', 'zh-CN': '人员' },
  SUBJECT_Membership: { en: 'department membership', 'zh-HK': '部門職位', 'zh-CN': '部门职位' },
  SUBJECT_JobRank: { en: 'job rank', 'zh-HK': '職級', 'zh-CN': '职级' },
  FIELD_Person_mobilePhone: { en: 'mobile phone', 'zh-HK': '手提電話', 'zh-CN': '手机号码' },
  FIELD_Person_personalEmail: { en: 'personal email', 'zh-HK': '私人電郵', 'zh-CN': '私人邮箱' },
  FIELD_Person_homeAddress: { en: 'home address', 'zh-HK': '住址', 'zh-CN': '住址' },
  // The open fields, for "which details" of an edit grant in the rule editor.
  FIELD_Person_id: { en: 'ID', 'zh-HK': '編號（系統）', 'zh-CN': '编号（系统）' },
  FIELD_Person_displayName: { en: 'name', 'zh-HK': '姓名', 'zh-CN': '姓名' },
  FIELD_Person_englishName: { en: 'English name', 'zh-HK': '英文名', 'zh-CN': '英文名' },
  FIELD_Person_workEmail: { en: 'work email', 'zh-HK': '工作電郵', 'zh-CN': '工作邮箱' },
  FIELD_Person_employeeNo: { en: 'employee number', 'zh-HK': '員工編號', 'zh-CN': '员工编号' },
  FIELD_Person_jobTitle: { en: 'job title', 'zh-HK': '職銜', 'zh-CN': '职衔' },
  FIELD_Person_rank: { en: 'job rank', 'zh-HK': '職級', 'zh-CN': '职级' },
  FIELD_Person_employmentStartDate: { en: 'employment start date', 'zh-HK': '入職日期', 'zh-CN': '入职日期' },
  FIELD_Person_employmentEndDate: { en: 'employment end date', 'zh-HK': '離職日期', 'zh-CN': '离职日期' },
  FIELD_Person_status: { en: 'status', 'zh-HK': '狀態', 'zh-CN': '状态' },
  FIELD_Person_locale: { en: 'language', 'zh-HK': '語言', 'zh-CN': '语言' },
  FIELD_Person_memberships: { en: 'departments', 'zh-HK': '所屬部門', 'zh-CN': '所属部门' },
  FIELD_Person_externalId: { en: 'external ID', 'zh-HK': '外部編號', 'zh-CN': '外部编号' },
};
