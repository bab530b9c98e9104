import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors/app-error.js';
import {
  ApplicantApproverPolicy,
  ApprovalMode,
  ApprovalPolicies,
  ApproverKind,
  ConditionOperand,
  ConditionOperator,
  DuplicateApproverPolicy,
  EmptyApproverPolicy,
  FormFieldType,
  type ApprovalDefinition,
  type FlowNode,
  type FormField,
} from './definition.js';
import { definitionProblems } from './definition-check.js';
import { addAmounts, checkFormValues, type RangeDuration } from './form-values.js';
import { downstreamOf, frontier, outcomeOf, upstreamApprovals, type NodeTask } from './progress.js';
import { resolveRoute, type ApproverDirectory, type RouteStep } from './routing.js';

/*
 * The engine's pure parts, without a database: definition checks, form values, routing with every resolver and
 * policy (against an org chart held in memory), node outcomes under every mode, and where a route stands.
 */

const label = (en: string) => ({ en });
const form: FormField[] = [
  { key: 'amount', type: FormFieldType.MONEY, label: label('Amount'), required: true },
  { key: 'reason', type: FormFieldType.TEXT, label: label('Reason') },
  { key: 'dates', type: FormFieldType.DATE_RANGE, label: label('Dates') },
  { key: 'reviewer', type: FormFieldType.PERSON, label: label('Reviewer') },
  { key: 'site', type: FormFieldType.DEPARTMENT, label: label('Site') },
  {
    key: 'lines',
    type: FormFieldType.TABLE,
    label: label('Lines'),
    columns: [
      { key: 'item', type: FormFieldType.TEXT, label: label('Item'), required: true },
      { key: 'cost', type: FormFieldType.MONEY, label: label('Cost'), required: true },
    ],
  },
  {
    key: 'kind',
    type: FormFieldType.SINGLE_SELECT,
    label: label('Kind'),
    options: [
      { value: 'annual', label: label('Annual') },
      { value: 'sick', label: label('Sick') },
    ],
  },
];

const approval = (id: string, approvers: FlowNode['approvers'], extra: Partial<FlowNode> = {}): FlowNode => ({ id, type: 'APPROVAL' as never, approvers, ...extra });
const policies = (overrides: Partial<ApprovalPolicies> = {}) => Object.assign(new ApprovalPolicies(), overrides);
const definition = (flow: FlowNode[], overrides: Partial<ApprovalPolicies> = {}): ApprovalDefinition => ({ form, flow, policies: policies(overrides) });

// An org chart: applicant → lead (M1) → head (M2) → director (M3); finance role held by fin1, fin2 (fin2 scoped to ops).
function directory(overrides: Partial<ApproverDirectory['applicant']> = {}): ApproverDirectory {
  const chain: Record<string, string[]> = { a: ['lead', 'head', 'dir'], lead: ['head', 'dir'], head: ['dir'], dir: [], other: ['lead', 'head', 'dir'] };
  const rank: Record<string, number> = { lead: 1, head: 2, dir: 3 };
  const applicant = { personId: 'a', departmentId: 'ops', departmentPath: ['hq', 'ops'], rankLevel: 0, rankCode: 'S1', roles: new Set(['employee']), ...overrides };
  return {
    applicant,
    managerChain: async () => (chain[applicant.personId] ?? []).map((personId) => ({ personId, rankLevel: rank[personId] ?? null })),
    managerOf: async (id) => chain[id]?.[0] ?? null,
    roleHolders: async (role, department) => (role === 'finance' ? ['fin1', ...(department === 'ops' ? ['fin2'] : [])] : []),
    departmentHeads: async (id, up) => (({ ops: ['head'], hq: ['dir'] }) as Record<string, string[]>)[up === 0 ? id : 'hq'] ?? [],
    rankLevel: (code) => ({ S1: 0, M1: 1, M2: 2, M3: 3 })[code] ?? null,
    activePeople: async (ids) => ids.filter((id) => id !== 'gone'),
  };
}
const noDurations: RangeDuration = () => ({ workingDays: 0, workingHours: 0 });
const route = (def: ApprovalDefinition, values: Record<string, unknown> = { amount: { amount: '100' } }, dir = directory(), chosen: Record<string, string[]> = {}) =>
  resolveRoute({ definition: def, values, computed: checkFormValues(def.form, values, () => ({ workingDays: 4, workingHours: 32 })).computed, chosen }, dir);
const approversOf = (step: RouteStep | undefined) => step?.approvers?.map((a) => (a.auto ? `${a.personId}:${a.auto}` : a.personId));
const codeOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return null;
  } catch (error) {
    return (error as AppError).code;
  }
};

describe('definition checks', () => {
  it('accept a sound definition and collect what it names for the database to confirm', () => {
    const result = definitionProblems(
      definition([
        approval('lead', [{ kind: ApproverKind.DIRECT_MANAGER }]),
        {
          id: 'size',
          type: 'CONDITION' as never,
          branches: [
            {
              id: 'big',
              conditions: [{ operand: ConditionOperand.FIELD, field: 'amount', operator: ConditionOperator.GT, values: ['10000'] }],
              nodes: [approval('fin', [{ kind: ApproverKind.ROLE, roleKey: 'finance' }])],
            },
            { id: 'small', isDefault: true, nodes: [] },
          ],
        },
      ]),
    );
    expect(result.problems).toEqual([]);
    expect(result.references.roles).toEqual([{ path: 'definition.flow[1].branches[0].nodes[0].approvers[0].roleKey', key: 'finance' }]);
  });

  it('name every problem by its path', () => {
    const broken = definition(
      [
        approval('x', [{ kind: ApproverKind.NTH_MANAGER }], { mode: ApprovalMode.RATIO }),
        {
          id: 'x',
          type: 'CONDITION' as never,
          branches: [{ id: 'only', conditions: [{ operand: ConditionOperand.FIELD, field: 'nope', operator: ConditionOperator.EQ, values: ['1', '2'] }], nodes: [] }],
        },
        { id: 'cc', type: 'CC' as never, approvers: [] },
      ],
      { applicantIsApprover: ApplicantApproverPolicy.KEEP, emptyApprovers: EmptyApproverPolicy.ASSIGN_ADMIN },
    );
    broken.form = [...form, { key: 'amount', type: FormFieldType.TABLE, label: label('Again'), columns: [{ key: 'inner', type: FormFieldType.TABLE, label: label('Inner') }] }];
    const codes = definitionProblems(broken).problems.map((p) => `${p.field} ${p.code}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'definition.form[7].key DUPLICATE_VALUE',
        'definition.form[7].columns[0].type APPROVAL_NESTED_TABLE',
        'definition.flow[0].ratioPercent INVALID_VALUE',
        'definition.flow[0].approvers[0].level REQUIRED',
        'definition.flow[1].id DUPLICATE_VALUE',
        'definition.flow[1].branches APPROVAL_TWO_BRANCHES_NEEDED',
        'definition.flow[1].branches APPROVAL_ONE_DEFAULT_BRANCH',
        'definition.flow[1].branches[0].conditions[0].values APPROVAL_ONE_VALUE_EXPECTED',
        'definition.flow[1].branches[0].conditions[0].field UNKNOWN_REFERENCE',
        'definition.flow[2].approvers REQUIRED',
        'definition.policies.applicantIsApprover APPROVAL_SELF_APPROVAL_NOT_ALLOWED',
        'definition.policies.fallbackApproverId REQUIRED',
      ]),
    );
  });

  it('refuse a flow with no approval node', () => {
    expect(definitionProblems(definition([{ id: 'cc', type: 'CC' as never, approvers: [{ kind: ApproverKind.DIRECT_MANAGER }] }])).problems).toContainEqual({
      field: 'definition.flow',
      code: 'APPROVAL_FLOW_NEEDS_APPROVAL',
    });
  });
});

describe('form values', () => {
  it('normalise amounts, total a table exactly and compute a range on the calendar', () => {
    const checked = checkFormValues(
      form,
      {
        amount: { amount: '12.5' },
        reason: '  trip  ',
        dates: { start: '2026-12-24', end: '2026-12-29' },
        lines: [
          { item: 'Taxi', cost: { amount: '0.10' } },
          { item: 'Hotel', cost: { amount: '0.20' } },
        ],
      },
      ({ start, end }) => ({ workingDays: start === '2026-12-24' && end === '2026-12-29' ? 2 : -1, workingHours: 16 }),
    );
    expect(checked.problems).toEqual([]);
    expect(checked.values.amount).toEqual({ amount: '12.50', currency: 'HKD' });
    expect(checked.values.reason).toBe('trip');
    expect(checked.computed).toEqual({ dates: { workingDays: 2, workingHours: 16 }, lines: { total: '0.30' } });
    expect(addAmounts(['-1.05', '0.5', '10'])).toBe('9.45');
  });

  it('report each bad value by its path', () => {
    const checked = checkFormValues(
      form,
      {
        amount: { amount: '1.234', currency: 'HKD' },
        extra: 1,
        dates: { start: '2026-12-29', end: '2026-12-24' },
        kind: 'maternity',
        reviewer: 'not-an-id',
        lines: [{ item: '', cost: { amount: '5', currency: 'USD' } }],
      },
      noDurations,
    );
    expect(checked.problems.map((p) => `${p.field} ${p.code}`).sort()).toEqual(
      [
        'amount APPROVAL_MONEY_INVALID',
        'extra APPROVAL_UNKNOWN_FIELD',
        'dates APPROVAL_RANGE_REVERSED',
        'kind APPROVAL_UNKNOWN_OPTION',
        'reviewer INVALID_VALUE',
        'lines[0].item REQUIRED',
        'lines[0].cost APPROVAL_CURRENCY_MISMATCH',
      ].sort(),
    );
    expect(checkFormValues(form, {}, noDurations).problems).toEqual([{ field: 'amount', code: 'REQUIRED' }]);
    expect(checkFormValues(form, { amount: { amount: '1' }, dates: { start: '2026-02-30', end: '2026-03-01' } }, noDurations).problems).toEqual([{ field: 'dates', code: 'INVALID_VALUE' }]);
  });
});

describe('routing', () => {
  const expenseFlow = definition([
    approval('lead', [{ kind: ApproverKind.DIRECT_MANAGER }]),
    {
      id: 'size',
      type: 'CONDITION' as never,
      branches: [
        {
          id: 'big',
          conditions: [{ operand: ConditionOperand.FIELD, field: 'lines.total', operator: ConditionOperator.GT, values: ['10000'] }],
          nodes: [
            approval('finance', [{ kind: ApproverKind.ROLE, roleKey: 'finance' }], { mode: ApprovalMode.OR_SIGN }),
            approval('director', [{ kind: ApproverKind.FIRST_MANAGER_AT_RANK, rankCode: 'M3' }]),
          ],
        },
        { id: 'small', isDefault: true, nodes: [] },
      ],
    },
  ]);

  it('take the branch the values select: over HK$10,000 to finance then the director, else only the manager', async () => {
    const big = await route(expenseFlow, { amount: { amount: '1' }, lines: [{ item: 'Server', cost: { amount: '10000.01' } }] });
    expect(big.branchesTaken).toEqual({ size: 'big' });
    expect(big.steps.map((s) => `${s.nodeId}=${approversOf(s)?.join(',')}`)).toEqual(['lead=lead', 'finance=fin1,fin2', 'director=dir']);
    const small = await route(expenseFlow, { amount: { amount: '1' }, lines: [{ item: 'Pens', cost: { amount: '10000.00' } }] });
    expect(small.steps.map((s) => s.nodeId)).toEqual(['lead']);
  });

  it('test the applicant’s department (with sub-departments), rank and role', async () => {
    const byApplicant = definition([
      {
        id: 'who',
        type: 'CONDITION' as never,
        branches: [
          {
            id: 'senior',
            conditions: [{ operand: ConditionOperand.APPLICANT_RANK, operator: ConditionOperator.GTE, values: ['M2'] }],
            nodes: [approval('d', [{ kind: ApproverKind.PEOPLE, personIds: ['dir'] }])],
          },
          {
            id: 'hqFinance',
            conditions: [
              { operand: ConditionOperand.APPLICANT_DEPARTMENT, operator: ConditionOperator.IN, values: ['hq'] },
              { operand: ConditionOperand.APPLICANT_ROLE, operator: ConditionOperator.IN, values: ['finance'] },
            ],
            nodes: [approval('f', [{ kind: ApproverKind.PEOPLE, personIds: ['fin1'] }])],
          },
          { id: 'rest', isDefault: true, nodes: [approval('m', [{ kind: ApproverKind.DIRECT_MANAGER }])] },
        ],
      },
    ]);
    expect((await route(byApplicant)).branchesTaken).toEqual({ who: 'rest' });
    expect((await route(byApplicant, undefined, directory({ roles: new Set(['finance']) }))).branchesTaken).toEqual({ who: 'hqFinance' });
    expect((await route(byApplicant, undefined, directory({ rankLevel: 2, rankCode: 'M2' }))).branchesTaken).toEqual({ who: 'senior' });
    expect((await route(byApplicant, undefined, directory({ departmentPath: ['elsewhere'], roles: new Set(['finance']) }))).branchesTaken).toEqual({ who: 'rest' });
  });

  it('resolve every kind of approver', async () => {
    const all = definition(
      [
        approval('people', [{ kind: ApproverKind.PEOPLE, personIds: ['other', 'gone'] }]),
        approval('second', [{ kind: ApproverKind.NTH_MANAGER, level: 2 }]),
        approval('chain', [{ kind: ApproverKind.MANAGER_CHAIN, rankCode: 'M2' }], { mode: ApprovalMode.SEQUENTIAL }),
        approval('chain2', [{ kind: ApproverKind.MANAGER_CHAIN, level: 3 }], { mode: ApprovalMode.COUNTERSIGN }),
        approval('headUp', [{ kind: ApproverKind.DEPARTMENT_HEAD, level: 1 }]),
        approval('headOwn', [{ kind: ApproverKind.DEPARTMENT_HEAD }]),
        approval('field', [{ kind: ApproverKind.FORM_FIELD, field: 'reviewer' }]),
        approval('siteHead', [{ kind: ApproverKind.FORM_FIELD, field: 'site' }]),
        approval('picked', [{ kind: ApproverKind.APPLICANT_CHOOSES, roleKey: 'finance' }]),
      ],
      { duplicateApprovers: DuplicateApproverPolicy.KEEP },
    );
    const resolved = await route(all, { amount: { amount: '1' }, reviewer: 'other', site: 'hq' }, directory(), { picked: ['fin2'] });
    expect(Object.fromEntries(resolved.steps.map((s) => [s.nodeId, approversOf(s)]))).toEqual({
      people: ['other'],
      second: ['head'],
      chain: ['lead', 'head'],
      chain2: ['lead', 'head', 'dir'],
      headUp: ['dir'],
      headOwn: ['head'],
      field: ['other'],
      siteHead: ['dir'],
      picked: ['fin2'],
    });
    const values = { amount: { amount: '1' }, reviewer: 'other', site: 'hq' };
    expect(await codeOf(route(all, values, directory(), {}))).toBe('APPROVAL_CHOICE_REQUIRED');
    expect(await codeOf(route(all, values, directory(), { picked: ['dir'] }))).toBe('APPROVAL_CHOICE_OUT_OF_RANGE');
  });

  it('apply the applicant-is-approver policy', async () => {
    const flow = [approval('p', [{ kind: ApproverKind.PEOPLE, personIds: ['a', 'other'] }], { mode: ApprovalMode.COUNTERSIGN })];
    expect(approversOf((await route(definition(flow, { applicantIsApprover: ApplicantApproverPolicy.AUTO_APPROVE }))).steps[0])).toEqual(['a:APPLICANT', 'other']);
    expect(approversOf((await route(definition(flow, { applicantIsApprover: ApplicantApproverPolicy.SKIP_TO_MANAGER }))).steps[0])).toEqual(['lead', 'other']);
    expect(approversOf((await route(definition(flow, { applicantIsApprover: ApplicantApproverPolicy.KEEP, allowSelfApproval: true }))).steps[0])).toEqual(['a', 'other']);
  });

  it('approve a repeated approver’s later part: only right after (consecutive) or anywhere later (all)', async () => {
    const flow = [
      approval('one', [{ kind: ApproverKind.DIRECT_MANAGER }]),
      approval('two', [{ kind: ApproverKind.PEOPLE, personIds: ['dir'] }]),
      approval('three', [{ kind: ApproverKind.PEOPLE, personIds: ['lead', 'dir'] }], { mode: ApprovalMode.COUNTERSIGN }),
    ];
    const consecutive = await route(definition(flow, { duplicateApprovers: DuplicateApproverPolicy.DEDUPLICATE_CONSECUTIVE }));
    expect(approversOf(consecutive.steps[2])).toEqual(['lead', 'dir:DUPLICATE']);
    const everywhere = await route(definition(flow, { duplicateApprovers: DuplicateApproverPolicy.DEDUPLICATE_ALL }));
    expect(approversOf(everywhere.steps[2])).toEqual(['lead:DUPLICATE', 'dir:DUPLICATE']);
    const kept = await route(definition(flow, { duplicateApprovers: DuplicateApproverPolicy.KEEP }));
    expect(approversOf(kept.steps[2])).toEqual(['lead', 'dir']);
  });

  it('handle a node that finds nobody as the policy says', async () => {
    const flow = [approval('nobody', [{ kind: ApproverKind.ROLE, roleKey: 'auditor' }])];
    expect(await codeOf(route(definition(flow, { emptyApprovers: EmptyApproverPolicy.FAIL })))).toBe('APPROVAL_NO_APPROVER');
    expect((await route(definition(flow, { emptyApprovers: EmptyApproverPolicy.AUTO_APPROVE }))).steps[0]).toMatchObject({ approvers: [], autoApproved: true });
    expect(approversOf((await route(definition(flow, { emptyApprovers: EmptyApproverPolicy.ASSIGN_ADMIN, fallbackApproverId: 'admin' }))).steps[0])).toEqual(['admin']);
  });

  it('resolve parallel branches side by side, and SINGLE takes the first approver found', async () => {
    const flow = definition([
      {
        id: 'both',
        type: 'PARALLEL' as never,
        branches: [
          { id: 'x', nodes: [approval('fin', [{ kind: ApproverKind.ROLE, roleKey: 'finance' }])] },
          { id: 'y', nodes: [approval('head', [{ kind: ApproverKind.DEPARTMENT_HEAD }])] },
        ],
      },
      { id: 'copy', type: 'CC' as never, approvers: [{ kind: ApproverKind.PEOPLE, personIds: ['other'] }] },
    ]);
    const resolved = await route(flow);
    expect(resolved.steps[0].branches?.map((b) => b.steps.map((s) => `${s.nodeId}=${approversOf(s)?.join(',')}`))).toEqual([['fin=fin1'], ['head=head']]);
    expect(resolved.steps[1]).toMatchObject({ type: 'CC', recipients: ['other'], ccTiming: 'ON_REACH' });
  });
});

describe('progress', () => {
  const step = (mode: ApprovalMode, ratioPercent?: number): RouteStep => ({ nodeId: 'n', type: 'APPROVAL', name: null, mode, ratioPercent });
  const tasks = (...states: string[]): NodeTask[] => states.map((s) => ({ status: s.replace('+', '') as NodeTask['status'], isAddedSigner: s.endsWith('+') }));

  it('decide a node under each mode', () => {
    expect(outcomeOf(step(ApprovalMode.OR_SIGN), tasks('PENDING', 'APPROVED'))).toBe('APPROVED');
    expect(outcomeOf(step(ApprovalMode.OR_SIGN), tasks('PENDING', 'REJECTED'))).toBe('REJECTED');
    expect(outcomeOf(step(ApprovalMode.COUNTERSIGN), tasks('APPROVED', 'PENDING'))).toBe('OPEN');
    expect(outcomeOf(step(ApprovalMode.COUNTERSIGN), tasks('APPROVED', 'AUTO_APPROVED'))).toBe('APPROVED');
    expect(outcomeOf(step(ApprovalMode.SEQUENTIAL), tasks('APPROVED', 'WAITING'))).toBe('OPEN');
    expect(outcomeOf(step(ApprovalMode.RATIO, 60), tasks('APPROVED', 'APPROVED', 'REJECTED', 'PENDING', 'PENDING'))).toBe('OPEN');
    expect(outcomeOf(step(ApprovalMode.RATIO, 60), tasks('APPROVED', 'APPROVED', 'REJECTED', 'APPROVED', 'PENDING'))).toBe('APPROVED');
    expect(outcomeOf(step(ApprovalMode.RATIO, 60), tasks('REJECTED', 'REJECTED', 'APPROVED', 'PENDING', 'PENDING'))).toBe('OPEN');
    expect(outcomeOf(step(ApprovalMode.RATIO, 60), tasks('REJECTED', 'REJECTED', 'REJECTED', 'APPROVED', 'PENDING'))).toBe('REJECTED');
    expect(outcomeOf(step(ApprovalMode.SINGLE), tasks('APPROVED', 'WAITING+'))).toBe('OPEN');
    expect(outcomeOf(step(ApprovalMode.SINGLE), tasks('APPROVED', 'APPROVED+'))).toBe('APPROVED');
    expect(outcomeOf(step(ApprovalMode.OR_SIGN), tasks('CANCELLED', 'PENDING'))).toBe('OPEN');
  });

  const s = (nodeId: string): RouteStep => ({ nodeId, type: 'APPROVAL', name: null });
  const steps: RouteStep[] = [
    s('a'),
    {
      nodeId: 'p',
      type: 'PARALLEL',
      name: null,
      branches: [
        { id: 'x', name: null, steps: [s('x1'), s('x2')] },
        { id: 'y', name: null, steps: [s('y1')] },
      ],
    },
    s('z'),
  ];

  it('run the branches of a parallel step at once and join them', () => {
    expect(frontier(steps, new Set()).active.map((x) => x.nodeId)).toEqual(['a']);
    expect(frontier(steps, new Set(['a'])).active.map((x) => x.nodeId)).toEqual(['x1', 'y1']);
    expect(frontier(steps, new Set(['a', 'x1', 'y1'])).active.map((x) => x.nodeId)).toEqual(['x2']);
    expect(frontier(steps, new Set(['a', 'x1', 'x2', 'y1'])).active.map((x) => x.nodeId)).toEqual(['z']);
    expect(frontier(steps, new Set(['a', 'x1', 'x2', 'y1', 'z']))).toEqual({ active: [], complete: true });
  });

  it('know what runs after a node and which nodes come before it on its path', () => {
    expect(downstreamOf(steps, 'x1')).toEqual(['x1', 'x2', 'p', 'z']);
    expect(downstreamOf(steps, 'a')).toEqual(['a', 'p', 'x1', 'x2', 'y1', 'z']);
    expect(upstreamApprovals(steps, 'x2').map((x) => x.nodeId)).toEqual(['a', 'x1']);
    expect(upstreamApprovals(steps, 'z').map((x) => x.nodeId)).toEqual(['a', 'x1', 'x2', 'y1']);
  });
});
