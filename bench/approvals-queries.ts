/**
 * What the approvals bench asks: the templates it publishes, Harbour's documents, the PostGraphile equivalent of the
 * pending-tasks page, and the hand-written SQL returning the very JSON Harbour returns (the floor).
 */
import { isDeepStrictEqual } from 'node:util';

const label = (zhHK: string, en: string) => ({ zhHK, en, zhCN: null });

const FORM = [
  { key: 'purpose', type: 'TEXT', label: label('用途', 'Purpose'), required: true },
  { key: 'amount', type: 'MONEY', label: label('金額', 'Amount'), required: true },
];
const POLICIES = { applicantIsApprover: 'SKIP_TO_MANAGER', duplicateApprovers: 'DEDUPLICATE_CONSECUTIVE', emptyApprovers: 'AUTO_APPROVE', allowSelfApproval: false, revokeWindowDays: 7 };

/** Two steps: the applicant's manager, then the head of the department above theirs. */
export const TWO_STEP = {
  names: label('費用申請', 'Expense claim'),
  category: 'FINANCE',
  definition: {
    form: FORM,
    flow: [
      { id: 'manager', type: 'APPROVAL', name: label('直屬主管', 'Manager'), approvers: [{ kind: 'DIRECT_MANAGER' }] },
      { id: 'head', type: 'APPROVAL', name: label('部門主管', 'Head'), approvers: [{ kind: 'DEPARTMENT_HEAD', level: 1 }] },
    ],
    policies: POLICIES,
  },
};

/** Three steps: the two above, then the head of the division. */
export const THREE_STEP = {
  names: label('採購申請', 'Purchase request'),
  category: 'OPERATIONS',
  definition: {
    form: FORM,
    flow: [...TWO_STEP.definition.flow, { id: 'division', type: 'APPROVAL', name: label('事業部總監', 'Division'), approvers: [{ kind: 'DEPARTMENT_HEAD', level: 2 }] }],
    policies: POLICIES,
  },
};

/**
 * Ten nodes, conditional: the manager; by amount either finance (or-sign among the role's holders) and the first
 * manager at M4, or the manager chain up to M3 (in turn), or the head of the department above; for applicants at P5 and
 * above the division's head, otherwise the team's leader; HR copied at the end.
 */
export const TEN_NODE = {
  names: label('資本開支申請', 'Capital expenditure'),
  category: 'FINANCE',
  definition: {
    form: FORM,
    flow: [
      { id: 'manager', type: 'APPROVAL', approvers: [{ kind: 'DIRECT_MANAGER' }] },
      {
        id: 'amount',
        type: 'CONDITION',
        branches: [
          {
            id: 'large',
            conditions: [{ operand: 'FIELD', field: 'amount.amount', operator: 'GT', values: ['10000'] }],
            nodes: [
              { id: 'finance', type: 'APPROVAL', mode: 'OR_SIGN', approvers: [{ kind: 'ROLE', roleKey: 'finance' }] },
              { id: 'director', type: 'APPROVAL', approvers: [{ kind: 'FIRST_MANAGER_AT_RANK', rankCode: 'M4' }] },
            ],
          },
          {
            id: 'medium',
            conditions: [{ operand: 'FIELD', field: 'amount.amount', operator: 'GT', values: ['2000'] }],
            nodes: [{ id: 'chain', type: 'APPROVAL', mode: 'SEQUENTIAL', approvers: [{ kind: 'MANAGER_CHAIN', rankCode: 'M3' }] }],
          },
          { id: 'small', isDefault: true, nodes: [{ id: 'head', type: 'APPROVAL', approvers: [{ kind: 'DEPARTMENT_HEAD', level: 1 }] }] },
        ],
      },
      {
        id: 'seniority',
        type: 'CONDITION',
        branches: [
          {
            id: 'senior',
            conditions: [{ operand: 'APPLICANT_RANK', operator: 'GTE', values: ['P5'] }],
            nodes: [{ id: 'division', type: 'APPROVAL', approvers: [{ kind: 'DEPARTMENT_HEAD', level: 2 }] }],
          },
          { id: 'junior', isDefault: true, nodes: [{ id: 'teamLead', type: 'APPROVAL', approvers: [{ kind: 'DEPARTMENT_HEAD', level: 0 }] }] },
        ],
      },
      { id: 'tellHr', type: 'CC', ccTiming: 'ON_FINISH', approvers: [{ kind: 'ROLE', roleKey: 'hr' }] },
    ],
    policies: POLICIES,
  },
};

export const CREATE_TEMPLATE = 'mutation($input: CreateApprovalTemplateInput!) { createApprovalTemplate(input: $input) { id } }';
export const PUBLISH_TEMPLATE = 'mutation($id: ID!) { publishApprovalTemplate(id: $id) { id status } }';

/** What a flow's mutations ask back: enough to find the next pending task and its assignee. */
const FLOW_ANSWER = 'id status tasks { id status assignee { id } }';
export const SUBMIT = `mutation($input: SubmitApprovalRequestInput!) { submitApprovalRequest(input: $input) { ${FLOW_ANSWER} } }`;
export const APPROVE = `mutation($id: ID!) { approveApprovalTask(id: $id) { ${FLOW_ANSWER} } }`;

/** Route preview of issue #9's first target: who approves at each step, as the console's submit page shows it. */
export const PREVIEW = `query($input: SubmitApprovalRequestInput!) { previewApprovalRoute(input: $input) { branchesTaken
  steps { nodeId type approvers { person { id displayName } automatic } recipients { id } parentNodeId parentBranchId branches { id } } } }`;

/** The "my pending tasks" page: 20 tasks with their request, applicant, department and template. */
export const PENDING_PAGE = `{ myApprovalTasks(filter: { box: PENDING }, take: 20) { totalCount items { id nodeId assignedAt
  request { id title submittedAt applicant { id displayName } department { id name } template { id name } } } } }`;

/**
 * PostGraphile 5 (Amber, generated schema): the same page by its generated list, condition and relations. The condition
 * names the company too, so that PostgreSQL can use the task index (tenant, assignee, status, assigned_at) as Harbour does.
 */
export const PGL_PENDING_PAGE = `query($tenant: UUID!, $assignee: UUID!) { allApprovalTasks(condition: { tenantId: $tenant, assigneeId: $assignee, status: "PENDING" }, orderBy: [ASSIGNED_AT_ASC, PRIMARY_KEY_ASC], first: 20) {
  totalCount nodes { rowId nodeId assignedAt approvalRequestByRequestId { rowId title submittedAt personByApplicantId { rowId displayName }
    departmentByDepartmentId { rowId name } approvalTemplateByTemplateId { rowId names } } } } }`;

/** An instant as Harbour's JSON writes it (toISOString); the colons are put in afterwards, pgbench reads `:x` as a variable. */
const iso = (column: string) => `translate(to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24#MI#SS.MS"Z"'), '#', chr(58))`;

/**
 * One statement returning exactly Harbour's answer to PENDING_PAGE (names in zh-HK, the company's language) for the
 * approver `:me`. Harbour's rules let a person read their own tasks, the requests they take part in and everyone's name.
 */
export const PENDING_SQL = `select json_build_object('myApprovalTasks', json_build_object(
  'totalCount', (select count(*) from approval_task where tenant_id = :tenant and assignee_id = :me and status = 'PENDING'),
  'items', coalesce((select json_agg(json_build_object(
    'id', t.id, 'nodeId', t.node_id, 'assignedAt', ${iso('t.assigned_at')},
    'request', json_build_object('id', r.id, 'title', r.title, 'submittedAt', ${iso('r.submitted_at')},
      'applicant', json_build_object('id', p.id, 'displayName', p.display_name),
      'department', (select json_build_object('id', d.id, 'name', d.name) from department d where d.id = r.department_id),
      'template', json_build_object('id', tp.id, 'name', coalesce(nullif(trim(tp.names->>'zhHK'), ''), nullif(trim(tp.names->>'zhCN'), ''), tp.names->>'en')))
  ) order by t.assigned_at, t.id)
  from (select * from approval_task where tenant_id = :tenant and assignee_id = :me and status = 'PENDING' order by assigned_at, id limit 20) t
  join approval_request r on r.id = t.request_id join person p on p.id = r.applicant_id join approval_template tp on tp.id = r.template_id), '[]'))) as data`;

/** PENDING_SQL for pgbench: the approver drawn at random (`:n`) among bench.approver's, as the HTTP loads do. */
export const PENDING_SQL_RANDOM = PENDING_SQL.replace(/:me\b/g, '(select person_id from bench.approver where n = :n)');

interface HarbourPage {
  myApprovalTasks: {
    totalCount: number;
    items: {
      id: string;
      nodeId: string;
      assignedAt: string;
      request: {
        id: string;
        title: string;
        submittedAt: string;
        applicant: { id: string; displayName: string };
        department: { id: string; name: string } | null;
        template: { id: string; name: string };
      };
    }[];
  };
}

interface PglPage {
  allApprovalTasks: {
    totalCount: number;
    nodes: {
      rowId: string;
      nodeId: string;
      assignedAt: string;
      approvalRequestByRequestId: {
        rowId: string;
        title: string;
        submittedAt: string;
        personByApplicantId: { rowId: string; displayName: string };
        departmentByDepartmentId: { rowId: string; name: string } | null;
        approvalTemplateByTemplateId: { rowId: string; names: { zhHK: string } };
      };
    }[];
  };
}

const instant = (text: string) => new Date(text).getTime();

/** Throws unless PostGraphile's page holds the same tasks, in the same order, with the same request, people, department and template. */
export function samePendingPage(harbour: HarbourPage, postgraphile: PglPage, label: string): void {
  const expected = {
    totalCount: harbour.myApprovalTasks.totalCount,
    items: harbour.myApprovalTasks.items.map((t) => [
      t.id,
      t.nodeId,
      instant(t.assignedAt),
      t.request.id,
      t.request.title,
      instant(t.request.submittedAt),
      t.request.applicant.id,
      t.request.applicant.displayName,
      t.request.department?.id ?? null,
      t.request.department?.name ?? null,
      t.request.template.id,
      t.request.template.name,
    ]),
  };
  const actual = {
    totalCount: postgraphile.allApprovalTasks.totalCount,
    items: postgraphile.allApprovalTasks.nodes.map((t) => {
      const r = t.approvalRequestByRequestId;
      return [
        t.rowId,
        t.nodeId,
        instant(t.assignedAt),
        r.rowId,
        r.title,
        instant(r.submittedAt),
        r.personByApplicantId.rowId,
        r.personByApplicantId.displayName,
        r.departmentByDepartmentId?.rowId ?? null,
        r.departmentByDepartmentId?.name ?? null,
        r.approvalTemplateByTemplateId.rowId,
        r.approvalTemplateByTemplateId.names.zhHK,
      ];
    }),
  };
  if (!isDeepStrictEqual(expected, actual))
    throw new Error(`${label}: PostGraphile's page differs from Harbour's: ${JSON.stringify(expected).slice(0, 300)} vs ${JSON.stringify(actual).slice(0, 300)}`);
}
