import type { MessageCatalog } from '../../core/i18n/i18n.js';

/** Messages of the approvals engine. */
export const approvalMessages: MessageCatalog = {
  SUBJECT_ApprovalTemplate: { en: 'approval template', 'zh-HK': '審批範本', 'zh-CN': '审批模板' },
  SUBJECT_ApprovalRequest: { en: 'approval request', 'zh-HK': '審批申請', 'zh-CN': '审批申请' },
  SUBJECT_ApprovalTask: { en: 'approval task', 'zh-HK': '審批任務', 'zh-CN': '审批任务' },
  APPROVAL_INVALID_TRANSITION: {
    en: 'The request is {status}: “{verb}” is not possible now.',
    'zh-HK': '此申請目前狀態為 {status}，不能執行「{verb}」。',
    'zh-CN': '此申请当前状态为 {status}，不能执行“{verb}”。',
  },
  APPROVAL_TASK_INVALID_TRANSITION: {
    en: 'This task is {status}: “{verb}” is not possible (it may have been decided already).',
    'zh-HK': '此審批任務目前狀態為 {status}，不能執行「{verb}」（可能已有人處理）。',
    'zh-CN': '此审批任务当前状态为 {status}，不能执行“{verb}”（可能已有人处理）。',
  },
  APPROVAL_TEMPLATE_INVALID_TRANSITION: {
    en: 'The template is {status}: “{verb}” is not possible now.',
    'zh-HK': '此範本目前狀態為 {status}，不能執行「{verb}」。',
    'zh-CN': '此模板当前状态为 {status}，不能执行“{verb}”。',
  },
  APPROVAL_FIELD_KEY_INVALID: {
    en: 'Use a letter followed by letters, digits or underscores (at most 50).',
    'zh-HK': '請以英文字母開頭，其後只可用英文字母、數字或底線（最多 50 個字元）。',
    'zh-CN': '请以英文字母开头，其后只可用英文字母、数字或下划线（最多 50 个字符）。',
  },
  APPROVAL_SETTING_NOT_APPLICABLE: { en: 'This setting does not apply to this kind of field or node.', 'zh-HK': '此設定不適用於這類欄位或節點。', 'zh-CN': '此设置不适用于这类字段或节点。' },
  APPROVAL_NESTED_TABLE: { en: 'A table cannot contain another table.', 'zh-HK': '明細表內不可再有明細表。', 'zh-CN': '明细表内不可再有明细表。' },
  APPROVAL_ONE_VALUE_EXPECTED: {
    en: 'Give one value (only “in” and “not in” take several).',
    'zh-HK': '請只填一個值（只有「屬於」及「不屬於」可填多個）。',
    'zh-CN': '请只填一个值（只有“属于”及“不属于”可填多个）。',
  },
  APPROVAL_FLOW_TOO_DEEP: { en: 'Branches are nested too deeply (at most {max} levels).', 'zh-HK': '分支層數太多（最多 {max} 層）。', 'zh-CN': '分支层数太多（最多 {max} 层）。' },
  APPROVAL_TWO_BRANCHES_NEEDED: { en: 'A condition or parallel node needs at least two branches.', 'zh-HK': '條件或並行節點最少要有兩個分支。', 'zh-CN': '条件或并行节点最少要有两个分支。' },
  APPROVAL_ONE_DEFAULT_BRANCH: {
    en: 'A condition node needs exactly one default branch (taken when no other matches).',
    'zh-HK': '條件節點必須有且只有一個預設分支（其他條件都不符合時採用）。',
    'zh-CN': '条件节点必须有且只有一个默认分支（其他条件都不符合时采用）。',
  },
  APPROVAL_FLOW_NEEDS_APPROVAL: { en: 'The flow needs at least one approval node.', 'zh-HK': '流程最少要有一個審批節點。', 'zh-CN': '流程最少要有一个审批节点。' },
  APPROVAL_SELF_APPROVAL_NOT_ALLOWED: {
    en: 'Applicants may not approve their own requests under this template.',
    'zh-HK': '此範本不容許申請人審批自己的申請。',
    'zh-CN': '此模板不允许申请人审批自己的申请。',
  },
  APPROVAL_VALUE_TOO_SMALL: { en: 'The smallest value allowed is {min}.', 'zh-HK': '最小可填 {min}。', 'zh-CN': '最小可填 {min}。' },
  APPROVAL_VALUE_TOO_LARGE: { en: 'The largest value allowed is {max}.', 'zh-HK': '最大可填 {max}。', 'zh-CN': '最大可填 {max}。' },
  APPROVAL_MONEY_INVALID: {
    en: 'Enter an amount such as 1234.50 (at most two decimals).',
    'zh-HK': '請填寫金額，例如 1234.50（最多兩位小數）。',
    'zh-CN': '请填写金额，例如 1234.50（最多两位小数）。',
  },
  APPROVAL_CURRENCY_MISMATCH: { en: 'This amount must be in {currency}.', 'zh-HK': '此金額必須以 {currency} 填寫。', 'zh-CN': '此金额必须以 {currency} 填写。' },
  APPROVAL_RANGE_REVERSED: { en: 'The end is before the start.', 'zh-HK': '結束時間早於開始時間。', 'zh-CN': '结束时间早于开始时间。' },
  APPROVAL_UNKNOWN_OPTION: { en: 'Choose one of the options offered.', 'zh-HK': '請從提供的選項中選擇。', 'zh-CN': '请从提供的选项中选择。' },
  APPROVAL_UNKNOWN_FIELD: { en: 'The form has no such field.', 'zh-HK': '表單沒有此欄位。', 'zh-CN': '表单没有此字段。' },
  APPROVAL_FIELD_NOT_EDITABLE: { en: 'Approvers at this step may not change this field.', 'zh-HK': '此審批步驟不可修改此欄位。', 'zh-CN': '此审批步骤不可修改此字段。' },
  APPROVAL_CHOICE_OUT_OF_RANGE: { en: 'Choose approvers among those the form offers.', 'zh-HK': '請在表單提供的人選中選擇審批人。', 'zh-CN': '请在表单提供的人选中选择审批人。' },
  APPROVAL_CHOICE_REQUIRED: { en: 'Choose who approves this step.', 'zh-HK': '請選擇此步驟的審批人。', 'zh-CN': '请选择此步骤的审批人。' },
  APPROVAL_NO_APPROVER: {
    en: 'Nobody can approve the step “{node}” for you (no manager or role holder was found). Please ask your administrator.',
    'zh-HK': '找不到可審批「{node}」步驟的人（沒有主管或相關角色）。請聯絡管理員。',
    'zh-CN': '找不到可审批“{node}”步骤的人（没有主管或相关角色）。请联系管理员。',
  },
  APPROVAL_NOT_A_MEMBER: { en: 'You can only submit from a department you belong to.', 'zh-HK': '只可以所屬部門的身分提交。', 'zh-CN': '只可以所属部门的身份提交。' },
  APPROVAL_TEMPLATE_OWNED_BY_MODULE: {
    en: 'Requests on this template are made in the {module} module (e.g. leave through attendance), which keeps its own records of them.',
    'zh-HK': '此範本的申請須經 {module} 模組提出（例如請假經考勤），由該模組記錄。',
    'zh-CN': '此模板的申请须经 {module} 模块提出（例如请假经考勤），由该模块记录。',
  },
  APPROVAL_TEMPLATE_OWNED: {
    en: 'This template is used by the {module} module and cannot be deleted; disable it instead.',
    'zh-HK': '此範本由 {module} 模組使用，不可刪除；可改為停用。',
    'zh-CN': '此模板由 {module} 模块使用，不可删除；可改为停用。',
  },
  APPROVAL_TEMPLATE_IN_USE: {
    en: 'Requests have been made on this template, so it is kept for their history; disable it instead.',
    'zh-HK': '此範本已有申請記錄，須保留作紀錄；可改為停用。',
    'zh-CN': '此模板已有申请记录，须保留作记录；可改为停用。',
  },
  APPROVAL_TEMPLATE_NOT_ACTIVE: { en: 'This template is not open for requests.', 'zh-HK': '此範本目前不接受申請。', 'zh-CN': '此模板目前不接受申请。' },
  APPROVAL_NOT_AN_EARLIER_NODE: {
    en: 'The request can only go back to an approval step it has already passed.',
    'zh-HK': '只可退回至此申請已經過的審批步驟。',
    'zh-CN': '只可退回至此申请已经过的审批步骤。',
  },
  APPROVAL_ALREADY_ASSIGNED: { en: 'This person already has a task at this step.', 'zh-HK': '此人已是此步驟的審批人。', 'zh-CN': '此人已是此步骤的审批人。' },
  APPROVAL_REVOKE_WINDOW_CLOSED: {
    en: 'Approved requests of this kind can be revoked within {days} days of approval only.',
    'zh-HK': '此類申請只可於批核後 {days} 日內撤銷。',
    'zh-CN': '此类申请只可于批准后 {days} 日内撤销。',
  },
  APPROVAL_REMIND_TOO_SOON: {
    en: 'The approvers were reminded recently; try again in {seconds} seconds.',
    'zh-HK': '剛剛已催辦，請於 {seconds} 秒後再試。',
    'zh-CN': '刚刚已催办，请于 {seconds} 秒后再试。',
  },
};
