import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganization, type TestOrg } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * A flow branching three levels deep (a parallel node whose branch holds a condition whose branch holds a parallel
 * node) read back whole in one document, as the console's designer reads it: the definition's lists are embedded lists
 * (weighed 1 by the cost rule), so the document costs its fields; weighed as unpaged lists (5 each, nested ones
 * multiplying) it would cost far more than MAX_QUERY_COST.
 */
let t: TestApp;
let org: TestOrg;

const label = (en: string) => ({ en, zhHK: null, zhCN: null });
const step = (id: string) => ({ id, type: 'APPROVAL', name: label(id), mode: 'SINGLE', approvers: [{ kind: 'DIRECT_MANAGER' }] });
const parallel = (id: string, ...branches: unknown[][]) => ({ id, type: 'PARALLEL', branches: branches.map((nodes, b) => ({ id: `${id}_${b}`, nodes })) });

const DEFINITION = {
  form: [{ key: 'amount', type: 'NUMBER', label: label('Amount'), required: true }],
  flow: [
    step('first'),
    parallel(
      'outer',
      [
        {
          id: 'size',
          type: 'CONDITION',
          branches: [
            { id: 'large', conditions: [{ operand: 'FIELD', field: 'amount', operator: 'GT', values: ['1000'] }], nodes: [parallel('inner', [step('a')], [step('b'), step('c')])] },
            { id: 'small', isDefault: true, nodes: [step('d')] },
          ],
        },
      ],
      [step('e')],
    ),
  ],
  policies: { applicantIsApprover: 'SKIP_TO_MANAGER', duplicateApprovers: 'DEDUPLICATE_CONSECUTIVE', emptyApprovers: 'AUTO_APPROVE', allowSelfApproval: false, revokeWindowDays: 0 },
};

// The fields the console's designer reads of a step and of a branch, the flow nested three branchings deep — inline:
// each fragment spread counts 2 levels of depth, and approvalTemplate → draft → flow → 3 × (branches → nodes) → name → en
// is 11 of the 12 allowed.
const STEP =
  'id type name { en zhHK zhCN } mode ratioPercent ccTiming approvers { kind personIds roleKey rankCode level departmentId field } fieldPermissions { field access } timeLimit { hours remindBeforeHours timeoutAction escalate }';
const BRANCH = 'id isDefault name { en zhHK zhCN } conditions { operand field operator values }';
const nested = (levels: number): string => (levels === 0 ? STEP : `${STEP} branches { ${BRANCH} nodes { ${nested(levels - 1)} } }`);
const READ = `query($id: ID!) { approvalTemplate(id: $id) { id draft { flow { ${nested(3)} } } published { flow { ${nested(3)} } } } }`;

type Node = { id: string; type: string; branches?: { id: string; nodes: Node[] }[] | null };
/** The flow's shape: each node's id, and its branches' ids and nodes, nothing else. */
const shape = (nodes: Node[]): unknown => nodes.map((node) => (node.branches ? { [node.id]: node.branches.map((branch) => ({ [branch.id]: shape(branch.nodes) })) } : node.id));

describe('a nested approval flow read in one document', () => {
  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganization(t);
  });
  afterAll(() => t.stop());

  it('reads a flow branching three levels deep within the cost limit, draft and published alike', async () => {
    const created = await org.admin.ok<{ createApprovalTemplate: { id: string } }>(`mutation($input: CreateApprovalTemplateInput!) { createApprovalTemplate(input: $input) { id } }`, {
      input: { names: label('Nested'), category: 'GENERAL', definition: DEFINITION },
    });
    const id = created.createApprovalTemplate.id;
    await org.admin.ok(`mutation($id: ID!) { publishApprovalTemplate(id: $id) { id } }`, { id });
    const read = await org.admin.request<{ approvalTemplate: { draft: { flow: Node[] }; published: { flow: Node[] } } }>(READ, { id });
    expect(read.errors).toBeUndefined();
    const expected = ['first', { outer: [{ outer_0: [{ size: [{ large: [{ inner: [{ inner_0: ['a'] }, { inner_1: ['b', 'c'] }] }] }, { small: ['d'] }] }] }, { outer_1: ['e'] }] }];
    expect(shape(read.data!.approvalTemplate.draft.flow)).toEqual(expected);
    expect(shape(read.data!.approvalTemplate.published.flow)).toEqual(expected);
    expect(read.data!.approvalTemplate.draft.flow[1].branches![0].nodes[0].branches![0]).toMatchObject({ conditions: [{ operand: 'FIELD', field: 'amount', operator: 'GT', values: ['1000'] }] });
  });

  it('still refuses a costly document: an unpaged list of people is weighed 5 per level as before', async () => {
    const costly = `{ people(take: 100) { items { memberships { department { children { children { members(take: 100) { items { id } } } } } } } } }`;
    expect((await org.admin.request(costly)).errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });
});
