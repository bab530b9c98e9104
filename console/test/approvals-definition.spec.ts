import { describe, expect, it } from 'vitest';
import {
  allNodes,
  beyondReach,
  BRANCH_LEVELS,
  canBranchIn,
  edits,
  emptyDefinition,
  newNode,
  nodeAt,
  nodeList,
  problemTarget,
  type Definition,
  type FlowNode,
} from '../src/resources/approvals/definition';
import { placeProblems, problemAt, problemsUnder } from '../src/resources/approvals/problems';

/** A flow with a condition whose first branch holds two steps: the shape the designer edits. */
function flow(): Definition {
  const definition = emptyDefinition();
  const condition = newNode('CONDITION');
  condition.branches![0].nodes = [
    { ...newNode('APPROVAL'), id: 'finance' },
    { ...newNode('CC'), id: 'tell' },
  ];
  definition.flow = [
    { ...newNode('APPROVAL'), id: 'manager' },
    { ...condition, id: 'size' },
    { ...newNode('CC'), id: 'end' },
  ];
  return definition;
}

describe('the flow designer', () => {
  it('addresses nodes by path, inside branches too', () => {
    const definition = flow();
    expect(nodeAt(definition, [0])?.id).toBe('manager');
    expect(nodeAt(definition, [1, 0, 1])?.id).toBe('tell');
    expect(nodeList(definition, [1, 0, 0])).toBe(definition.flow[1].branches![0].nodes);
    expect(nodeList(definition, [2])).toBe(definition.flow);
    expect(nodeAt(definition, [1, 1, 0])).toBeUndefined();
  });

  it('places the API’s problem paths on the node, form field or policy they name', () => {
    expect(problemTarget('definition.flow[1].branches[0].nodes[0].approvers[0].roleKey')).toEqual({ area: 'flow', path: [1, 0, 0], rest: 'approvers[0].roleKey' });
    expect(problemTarget('definition.flow[1].branches[1].conditions[0].values')).toEqual({ area: 'flow', path: [1], rest: 'branches[1].conditions[0].values' });
    expect(problemTarget('input.definition.flow[0].ratioPercent')).toEqual({ area: 'flow', path: [0], rest: 'ratioPercent' });
    expect(problemTarget('definition.form[2].options[0].value')).toEqual({ area: 'form', path: [2], rest: 'options[0].value' });
    expect(problemTarget('definition.policies.fallbackApproverId')).toEqual({ area: 'policies', path: [], rest: 'fallbackApproverId' });
    expect(problemTarget('names')).toEqual({ area: 'other', path: [], rest: 'names' });
  });

  it('finds the message for one input, and every problem of one node', () => {
    const problems = placeProblems([
      { field: 'definition.flow[1].branches[0].nodes[0].approvers[0].roleKey', code: 'UNKNOWN_REFERENCE', message: 'unknown role' },
      { field: 'definition.flow[1].branches[0].conditions', code: 'REQUIRED', message: 'conditions needed' },
    ]);
    expect(problemAt(problems, 'flow', [1, 0, 0], 'approvers[0].roleKey')).toBe('unknown role');
    expect(problemAt(problems, 'flow', [1], 'approvers[0].roleKey')).toBeUndefined();
    expect(problemsUnder(problems, 'flow', [1], 'branches[0]').map((problem) => problem.message)).toEqual(['conditions needed']);
    expect(problemsUnder(problems, 'flow', [1, 0, 0]).map((problem) => problem.message)).toEqual(['unknown role']);
  });

  it('builds, edits and round-trips a flow nested three branchings deep', () => {
    const node = (type: FlowNode['type'], id: string) => ({ ...newNode(type), id });
    // A parallel node; in its first branch a condition; in the condition's first branch a parallel node with a step.
    let definition = edits.insert(emptyDefinition(), [], 0, node('APPROVAL', 'first'));
    definition = edits.insert(definition, [], 1, node('PARALLEL', 'outer'));
    definition = edits.insert(definition, [1, 0], 0, node('CC', 'tell'));
    definition = edits.insert(definition, [1, 0], 1, node('CONDITION', 'size'));
    definition = edits.insert(definition, [1, 0, 1, 0], 0, node('PARALLEL', 'inner'));
    definition = edits.insert(definition, [1, 0, 1, 0, 0, 1], 0, node('APPROVAL', 'deep'));
    definition = edits.insert(definition, [1, 0, 1, 0, 0, 1], 1, node('CC', 'deepest'));
    definition = edits.insert(definition, [1, 0], 2, node('CC', 'gone'));
    definition = edits.remove(definition, [1, 0, 2]);
    // Reorder at two depths; a branch added to the nested condition (before its default) and one to the innermost
    // parallel node, whose first branch is then removed.
    definition = edits.move(definition, [1, 0, 1], -1);
    definition = edits.move(definition, [1, 0, 0, 0, 0, 1, 1], -1);
    definition = edits.move(definition, [1, 0, 0, 0, 0, 1, 0], -1); // already first: nothing moves
    definition = edits.addBranch(definition, [1, 0, 0]);
    definition = edits.addBranch(definition, [1, 0, 0, 0, 0]);
    definition = edits.removeBranch(definition, [1, 0, 0, 0, 0], 0);
    const shape = (nodes: FlowNode[]): unknown => nodes.map((n) => (n.branches ? { [n.id]: n.branches.map((b) => (b.isDefault ? { default: shape(b.nodes) } : shape(b.nodes))) } : n.id));
    expect(shape(definition.flow)).toEqual(['first', { outer: [[{ size: [[{ inner: [['deepest', 'deep'], []] }], [], { default: [] }] }, 'tell'], []] }]);
    expect(nodeAt(definition, [1, 0, 0, 0, 0, 0, 1])?.id).toBe('deep');
    expect([...allNodes(definition.flow)].map(({ node: n, path }) => `${n.id}@${path.join('.')}`)).toEqual([
      'first@0',
      'outer@1',
      'size@1.0.0',
      'inner@1.0.0.0.0',
      'deepest@1.0.0.0.0.0.0',
      'deep@1.0.0.0.0.0.1',
      'tell@1.0.1',
    ]);
    // What is saved is what the template query reads back (three levels of branches, every field the designer sets).
    const readBack = JSON.parse(JSON.stringify(definition)) as Definition;
    expect(readBack).toEqual(definition);
    expect(beyondReach(readBack.flow)).toBe(false);
    // The API's problem paths name the nested nodes the designer shows.
    expect(problemTarget('definition.flow[1].branches[0].nodes[0].branches[0].nodes[0].branches[0].nodes[1].approvers[0]')).toEqual({
      area: 'flow',
      path: [1, 0, 0, 0, 0, 0, 1],
      rest: 'approvers[0]',
    });
  });

  it('offers branching nodes only where their branches are read back, and refuses a deeper flow', () => {
    expect(BRANCH_LEVELS).toBe(3);
    expect(canBranchIn([])).toBe(true);
    expect(canBranchIn([1, 0, 0, 0])).toBe(true);
    expect(canBranchIn([1, 0, 0, 0, 0, 1])).toBe(false);
    const deep = flow();
    deep.flow[1].branches![0].nodes[0] = { ...newNode('PARALLEL'), id: 'p1' };
    deep.flow[1].branches![0].nodes[0].branches![0].nodes = [{ ...newNode('CONDITION'), id: 'c2' }];
    expect(beyondReach(deep.flow)).toBe(false);
    // A branching node at the third level: its branches were not read, so its steps would be lost on saving.
    deep.flow[1].branches![0].nodes[0].branches![0].nodes[0].branches![1].nodes = [{ id: 'p3', type: 'PARALLEL' }];
    expect(beyondReach(deep.flow)).toBe(true);
  });
});
