/**
 * The approval template library every organisation starts with: eight published, active templates whose flows work in
 * a fresh organisation. Approvers are found by the reporting lines (manager, department head, first manager at a rank)
 * or by the built-in finance role, so nothing names a person or a department; where a fresh organisation finds nobody
 * (no finance staff yet, an applicant with no manager) the node goes to the organisation's first admin, whose id the
 * approvals module fills in as `fallbackApproverId` when it installs a template.
 *
 * Admins change, disable or delete these like their own templates; a template they deleted is never added back.
 */
import {
  ApplicantApproverPolicy,
  ApprovalMode,
  ApproverKind,
  CcTiming,
  ConditionOperand,
  ConditionOperator,
  DuplicateApproverPolicy,
  EmptyApproverPolicy,
  FlowNodeType,
  FormFieldType,
  type ApprovalDefinition,
  type ApprovalPolicies,
  type FlowNode,
  type FormField,
  type FormFieldOption,
  type LocalizedText,
} from '../api/src/modules/approvals/definition.js';

/** One template of the library. */
export interface LibraryTemplate {
  /** Stable key: how an organisation's copy is recognised (and never offered twice). */
  key: string;
  category: string;
  names: LocalizedText;
  description: LocalizedText;
  /** The definition, its `fallbackApproverId` left for the installer to fill in. */
  definition: ApprovalDefinition;
  /** The module whose records it decides (leave in attendance): requests on it are made there, never bare. */
  ownerModule?: string;
}

const text = (en: string, zhHK: string, zhCN: string): LocalizedText => ({ en, zhHK, zhCN });
const option = (value: string, en: string, zhHK: string, zhCN: string): FormFieldOption => ({ value, label: text(en, zhHK, zhCN) });
const field = (key: string, type: FormFieldType, label: LocalizedText, extra: Partial<FormField> = {}): FormField => ({ key, type, label, ...extra });
const approval = (id: string, name: LocalizedText, approvers: FlowNode['approvers'], extra: Partial<FlowNode> = {}): FlowNode => ({ id, type: FlowNodeType.APPROVAL, name, approvers, ...extra });
const above = (field: string, amount: number) => [{ operand: ConditionOperand.FIELD, field, operator: ConditionOperator.GT, values: [String(amount)] }];

const manager = () => approval('manager', text('Manager', '直屬主管審批', '直属主管审批'), [{ kind: ApproverKind.DIRECT_MANAGER }]);
const departmentHead = () => approval('departmentHead', text('Department head', '部門主管審批', '部门主管审批'), [{ kind: ApproverKind.DEPARTMENT_HEAD }]);
const finance = () => approval('finance', text('Finance', '財務審批', '财务审批'), [{ kind: ApproverKind.ROLE, roleKey: 'finance' }], { mode: ApprovalMode.OR_SIGN });
const director = () => approval('director', text('Director', '總監審批', '总监审批'), [{ kind: ApproverKind.FIRST_MANAGER_AT_RANK, rankCode: 'M3' }]);

/**
 * The library's policies: the applicant's own part goes to their manager, one person approving twice in a row does so
 * once, and a node that finds nobody goes to the first admin (so submitting works on day one).
 */
const policies = (revokeWindowDays: number): ApprovalPolicies => ({
  applicantIsApprover: ApplicantApproverPolicy.SKIP_TO_MANAGER,
  duplicateApprovers: DuplicateApproverPolicy.DEDUPLICATE_CONSECUTIVE,
  emptyApprovers: EmptyApproverPolicy.ASSIGN_ADMIN,
  fallbackApproverId: null,
  allowSelfApproval: false,
  revokeWindowDays,
});

const reason = (required = true) => field('reason', FormFieldType.LONG_TEXT, text('Reason', '原因', '原因'), { required, maxLength: 2000 });
const hkd = (key: string, label: LocalizedText, extra: Partial<FormField> = {}) => field(key, FormFieldType.MONEY, label, { currency: 'HKD', ...extra });

const leave: LibraryTemplate = {
  key: 'leave',
  ownerModule: 'attendance',
  category: 'HR',
  names: text('Leave', '請假', '请假'),
  description: text(
    'Annual, sick, no-pay, maternity, paternity or compensation leave, in whole days; more than 3 working days also goes to the department head.',
    '年假、病假、無薪假、產假、侍產假或補假（以整日計）；超過 3 個工作天須再經部門主管批核。',
    '年假、病假、无薪假、产假、陪产假或补假（以整日计）；超过 3 个工作日须再经部门主管批准。',
  ),
  definition: {
    form: [
      field('leaveType', FormFieldType.SINGLE_SELECT, text('Leave type', '假期類別', '假期类别'), {
        required: true,
        options: [
          option('annual', 'Annual leave', '年假', '年假'),
          option('sick', 'Sick leave', '病假', '病假'),
          option('no-pay', 'No-pay leave', '無薪假', '无薪假'),
          option('maternity', 'Maternity leave', '產假', '产假'),
          option('paternity', 'Paternity leave', '侍產假', '陪产假'),
          option('compensation', 'Compensation leave', '補假', '补假'),
        ],
      }),
      field('dates', FormFieldType.DATE_RANGE, text('Dates', '日期', '日期'), { required: true }),
      reason(),
    ],
    flow: [
      manager(),
      {
        id: 'length',
        type: FlowNodeType.CONDITION,
        name: text('Length', '日數', '天数'),
        branches: [
          { id: 'long', name: text('More than 3 working days', '超過 3 個工作天', '超过 3 个工作日'), conditions: above('dates.workingDays', 3), nodes: [departmentHead()] },
          { id: 'short', name: text('Up to 3 working days', '3 個工作天或以下', '3 个工作日或以下'), isDefault: true, nodes: [] },
        ],
      },
    ],
    policies: policies(30),
  },
};

const expense: LibraryTemplate = {
  key: 'expense',
  category: 'FINANCE',
  names: text('Expense reimbursement', '費用報銷', '费用报销'),
  description: text(
    'Claim what you paid for the company, line by line with receipts; over HK$10,000 also goes to finance and a director.',
    '逐項申報代公司支付的費用並附上收據；總額超過 HK$10,000 須再經財務及總監批核。',
    '逐项申报代公司支付的费用并附上收据；总额超过 HK$10,000 须再经财务及总监批准。',
  ),
  definition: {
    form: [
      field('purpose', FormFieldType.TEXT, text('Purpose', '用途', '用途'), { required: true }),
      field('items', FormFieldType.TABLE, text('Items', '費用明細', '费用明细'), {
        required: true,
        columns: [
          field('date', FormFieldType.DATE, text('Date', '日期', '日期'), { required: true }),
          field('category', FormFieldType.SINGLE_SELECT, text('Category', '類別', '类别'), {
            required: true,
            options: [
              option('meals', 'Meals', '膳食', '餐饮'),
              option('transport', 'Local transport', '本地交通', '本地交通'),
              option('travel', 'Travel', '差旅', '差旅'),
              option('office', 'Office supplies', '辦公用品', '办公用品'),
              option('entertainment', 'Client entertainment', '客戶應酬', '客户招待'),
              option('other', 'Other', '其他', '其他'),
            ],
          }),
          hkd('amount', text('Amount', '金額', '金额'), { required: true, min: 0.01 }),
          field('receipt', FormFieldType.ATTACHMENT, text('Receipt', '收據', '收据')),
        ],
      }),
    ],
    flow: [
      manager(),
      {
        id: 'size',
        type: FlowNodeType.CONDITION,
        name: text('Amount', '金額', '金额'),
        branches: [
          { id: 'large', name: text('Over HK$10,000', 'HK$10,000 以上', 'HK$10,000 以上'), conditions: above('items.total', 10_000), nodes: [finance(), director()] },
          { id: 'small', name: text('Up to HK$10,000', 'HK$10,000 或以下', 'HK$10,000 或以下'), isDefault: true, nodes: [] },
        ],
      },
      { id: 'copyFinance', type: FlowNodeType.CC, name: text('Copy to finance', '抄送財務', '抄送财务'), ccTiming: CcTiming.ON_FINISH, approvers: [{ kind: ApproverKind.ROLE, roleKey: 'finance' }] },
    ],
    policies: policies(0),
  },
};

const procurement: LibraryTemplate = {
  key: 'procurement',
  category: 'FINANCE',
  names: text('Procurement', '採購申請', '采购申请'),
  description: text(
    'Buy goods or services: up to HK$5,000 your manager approves; up to HK$50,000 also the department head; above that also finance and a director.',
    '採購貨品或服務：HK$5,000 或以下由直屬主管批核；HK$50,000 或以下另經部門主管；以上再經財務及總監。',
    '采购货品或服务：HK$5,000 或以下由直属主管批准；HK$50,000 或以下另经部门主管；以上再经财务及总监。',
  ),
  definition: {
    form: [
      field('item', FormFieldType.TEXT, text('Item', '採購項目', '采购项目'), { required: true }),
      field('quantity', FormFieldType.NUMBER, text('Quantity', '數量', '数量'), { min: 1 }),
      field('supplier', FormFieldType.TEXT, text('Supplier', '供應商', '供应商'), { required: true }),
      hkd('amount', text('Amount', '金額', '金额'), { required: true, min: 0.01 }),
      field('justification', FormFieldType.LONG_TEXT, text('Justification', '採購理由', '采购理由'), { maxLength: 2000 }),
      field('quotations', FormFieldType.ATTACHMENT, text('Quotations', '報價單', '报价单')),
    ],
    flow: [
      manager(),
      {
        id: 'tier',
        type: FlowNodeType.CONDITION,
        name: text('Amount', '金額', '金额'),
        branches: [
          {
            id: 'over5000',
            name: text('Over HK$5,000', 'HK$5,000 以上', 'HK$5,000 以上'),
            conditions: above('amount.amount', 5_000),
            nodes: [
              departmentHead(),
              {
                id: 'tierHigh',
                type: FlowNodeType.CONDITION,
                name: text('Amount', '金額', '金额'),
                branches: [
                  { id: 'over50000', name: text('Over HK$50,000', 'HK$50,000 以上', 'HK$50,000 以上'), conditions: above('amount.amount', 50_000), nodes: [finance(), director()] },
                  { id: 'upTo50000', name: text('Up to HK$50,000', 'HK$50,000 或以下', 'HK$50,000 或以下'), isDefault: true, nodes: [] },
                ],
              },
            ],
          },
          { id: 'upTo5000', name: text('Up to HK$5,000', 'HK$5,000 或以下', 'HK$5,000 或以下'), isDefault: true, nodes: [] },
        ],
      },
    ],
    policies: policies(0),
  },
};

const punchCorrection: LibraryTemplate = {
  key: 'punch-correction',
  ownerModule: 'attendance',
  category: 'HR',
  names: text('Make-up punch', '補打卡', '补卡'),
  description: text('Record a clock-in or clock-out you missed.', '補回漏打的上班或下班卡。', '补回漏打的上班或下班卡。'),
  definition: {
    form: [
      field('punchType', FormFieldType.SINGLE_SELECT, text('Punch', '打卡類別', '打卡类别'), {
        required: true,
        options: [option('in', 'Clock in', '上班', '上班'), option('out', 'Clock out', '下班', '下班')],
      }),
      field('punchedAt', FormFieldType.DATE_TIME, text('Date and time', '日期及時間', '日期及时间'), { required: true }),
      reason(),
    ],
    flow: [manager()],
    policies: policies(0),
  },
};

const offsitePunch: LibraryTemplate = {
  key: 'offsite-punch',
  ownerModule: 'attendance',
  category: 'HR',
  names: text('Off-site punch', '外勤打卡', '外勤打卡'),
  description: text('A punch made away from every work place, which counts once approved.', '在所有工作地點範圍以外打的卡，經批核後才計算。', '在所有工作地点范围以外打的卡，经批准后才计算。'),
  definition: {
    form: [
      field('punchedAt', FormFieldType.DATE_TIME, text('Date and time', '日期及時間', '日期及时间'), { required: true }),
      field('distance', FormFieldType.NUMBER, text('Metres from the nearest place', '與最近地點距離（米）', '与最近地点距离（米）')),
      reason(),
    ],
    flow: [manager()],
    policies: policies(0),
  },
};

const overtime: LibraryTemplate = {
  key: 'overtime',
  ownerModule: 'attendance',
  category: 'HR',
  names: text('Overtime', '加班申請', '加班申请'),
  description: text('Overtime worked or planned, paid or taken back as time off.', '已做或預計的加班，以加班費或補假補償。', '已做或预计的加班，以加班费或调休补偿。'),
  definition: {
    form: [
      field('period', FormFieldType.DATE_RANGE, text('From – to', '時間', '时间'), { required: true, withTime: true }),
      field('compensation', FormFieldType.SINGLE_SELECT, text('Compensation', '補償方式', '补偿方式'), {
        required: true,
        options: [option('pay', 'Overtime pay', '加班費', '加班费'), option('time-off', 'Time off in lieu', '補假', '调休')],
      }),
      reason(),
    ],
    flow: [manager()],
    policies: policies(7),
  },
};

const businessTrip: LibraryTemplate = {
  key: 'business-trip',
  category: 'ADMINISTRATION',
  names: text('Business trip', '出差申請', '出差申请'),
  description: text(
    'Travel for work: where, when and what it will cost; your manager then the department head approve.',
    '公幹出差：地點、日期及預計費用；經直屬主管及部門主管批核。',
    '因公出差：地点、日期及预计费用；经直属主管及部门主管批准。',
  ),
  definition: {
    form: [
      field('destination', FormFieldType.TEXT, text('Destination', '目的地', '目的地'), { required: true }),
      field('dates', FormFieldType.DATE_RANGE, text('Dates', '日期', '日期'), { required: true }),
      field('purpose', FormFieldType.LONG_TEXT, text('Purpose', '目的', '目的'), { required: true, maxLength: 2000 }),
      hkd('estimatedCost', text('Estimated cost', '預計費用', '预计费用'), { min: 0 }),
    ],
    flow: [manager(), departmentHead()],
    policies: policies(14),
  },
};

const siteChange: LibraryTemplate = {
  key: 'site-change',
  category: 'OPERATIONS',
  names: text('Site change order', '工地變更指令', '工地变更指令'),
  description: text(
    'A change to the works on a site, with photos and its cost impact; the project manager then a director approve.',
    '工地工程變更，附相片及對成本的影響；經項目經理及總監批核。',
    '工地工程变更，附照片及对成本的影响；经项目经理及总监批准。',
  ),
  definition: {
    form: [
      field('site', FormFieldType.LOCATION, text('Site', '工地位置', '工地位置'), { required: true }),
      field('description', FormFieldType.LONG_TEXT, text('Change', '變更內容', '变更内容'), { required: true, maxLength: 5000 }),
      field('photos', FormFieldType.ATTACHMENT, text('Photos', '相片', '照片')),
      hkd('costImpact', text('Cost impact', '成本影響', '成本影响'), { required: true }),
      field('projectManager', FormFieldType.PERSON, text('Project manager', '項目經理', '项目经理'), { required: true }),
    ],
    flow: [approval('projectManager', text('Project manager', '項目經理審批', '项目经理审批'), [{ kind: ApproverKind.FORM_FIELD, field: 'projectManager' }]), director()],
    policies: policies(0),
  },
};

const general: LibraryTemplate = {
  key: 'general',
  category: 'GENERAL',
  names: text('General request', '一般申請', '通用申请'),
  description: text('Anything else your manager should approve.', '其他須由直屬主管批核的事項。', '其他须由直属主管批准的事项。'),
  definition: {
    form: [
      field('subject', FormFieldType.TEXT, text('Subject', '主旨', '主题'), { required: true }),
      field('details', FormFieldType.LONG_TEXT, text('Details', '詳情', '详情'), { required: true }),
      field('attachments', FormFieldType.ATTACHMENT, text('Attachments', '附件', '附件')),
    ],
    flow: [manager()],
    policies: policies(7),
  },
};

/** The library, in the order the template list shows it within each category. */
export const approvalTemplateLibrary: readonly LibraryTemplate[] = [leave, overtime, punchCorrection, offsitePunch, expense, procurement, businessTrip, siteChange, general];
