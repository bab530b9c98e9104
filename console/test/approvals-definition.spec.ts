import { describe, expect, it } from 'vitest';
import { emptyDefinition, newNode, nodeAt, nodeList, problemTarget, type Definition } from '../src/resources/approvals/definition';
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
});
