import { useLocaleState } from 'react-admin';
import type { ApprovalDefinitionInput, FlowBranchInput, FlowNodeInput, FlowNodeType, FormFieldInput, FormFieldType, LocalizedTextInput } from '../../gql/graphql';

/** The draft the editor changes: the API's definition input (what the template query returns can be sent back as is). */
export type Definition = ApprovalDefinitionInput;
export type FlowNode = FlowNodeInput;
export type FlowBranch = FlowBranchInput;
export type FormField = FormFieldInput;

/** Every kind of form field, in the order the form builder offers them. */
export const fieldTypes: FormFieldType[] = [
  'TEXT',
  'LONG_TEXT',
  'NUMBER',
  'MONEY',
  'DATE',
  'DATE_TIME',
  'DATE_RANGE',
  'SINGLE_SELECT',
  'MULTI_SELECT',
  'PERSON',
  'DEPARTMENT',
  'ATTACHMENT',
  'LOCATION',
  'TABLE',
];

/** A key the API accepts for a field or node id (a letter, then letters, digits or underscores), unlikely to repeat. */
export function newKey(prefix: string): string {
  return `${prefix}_${Math.random().toString(36).slice(2, 8)}`;
}

/** A template's starting point: no fields, no steps, the API's default policies. */
export function emptyDefinition(): Definition {
  return {
    form: [],
    flow: [],
    policies: { applicantIsApprover: 'SKIP_TO_MANAGER', duplicateApprovers: 'DEDUPLICATE_CONSECUTIVE', emptyApprovers: 'FAIL', allowSelfApproval: false, revokeWindowDays: 0 },
  };
}

/** A new node of a kind, ready to be configured: an approval by the direct manager, an empty CC, or two branches. */
export function newNode(type: FlowNodeType): FlowNode {
  const id = newKey(type.toLowerCase());
  switch (type) {
    case 'APPROVAL':
      return { id, type, mode: 'SINGLE', approvers: [{ kind: 'DIRECT_MANAGER' }] };
    case 'CC':
      return { id, type, ccTiming: 'ON_REACH', approvers: [] };
    case 'CONDITION':
      return { id, type, branches: [newBranch(false), newBranch(true)] };
    case 'PARALLEL':
      return { id, type, branches: [newBranch(false), newBranch(false)] };
  }
}

/** A branch with no steps; a condition's default branch takes no conditions. */
export function newBranch(isDefault: boolean): FlowBranch {
  return { id: newKey('branch'), nodes: [], ...(isDefault ? { isDefault: true } : {}), conditions: isDefault ? null : [] };
}

/** A new form field of a kind, with what that kind needs (options for selects, a column for tables). */
export function newField(type: FormFieldType): FormField {
  const field: FormField = { key: newKey('field'), type, label: { zhHK: '', en: '' }, required: false };
  if (type === 'SINGLE_SELECT' || type === 'MULTI_SELECT') field.options = [{ value: 'option1', label: { zhHK: '', en: '' } }];
  if (type === 'MONEY') field.currency = 'HKD';
  if (type === 'TABLE') field.columns = [{ key: 'item', type: 'TEXT', label: { zhHK: '', en: '' }, required: false }];
  return field;
}

/**
 * Where a node is in the flow: the index in the top-level flow, then for each level down the branch and the index in
 * that branch's nodes ([1] is flow[1]; [1, 0, 2] is flow[1].branches[0].nodes[2]).
 */
export type NodePath = number[];

/** The list of nodes a node at `path` belongs to. */
export function nodeList(definition: Definition, path: NodePath): FlowNode[] {
  let list = definition.flow;
  for (let level = 0; level < path.length - 1; level += 2) list = list[path[level]].branches![path[level + 1]].nodes;
  return list;
}

/** The node at `path` (undefined when the flow changed under the path). */
export function nodeAt(definition: Definition, path: NodePath): FlowNode | undefined {
  return nodeList(definition, path)[path[path.length - 1]];
}

/**
 * How many levels of branching the console reads (operations.ts APPROVAL_TEMPLATE): a top-level condition or parallel
 * node's branches are level 1, a branching node inside them opens level 2, and so on. The nodes of the deepest level are
 * read without their branches, so the designer offers branching nodes only down to level BRANCH_LEVELS - 1.
 */
export const BRANCH_LEVELS = 3;

/** The level of branching a node at `path` is in (0: the top-level flow; 1: inside a top-level node's branch; …). */
export const branchLevel = (path: NodePath): number => (path.length - 1) / 2;

/** Whether a condition or parallel node may be placed in the list at `listPath` (its branches would still be read). */
export const canBranchIn = (listPath: NodePath): boolean => listPath.length / 2 < BRANCH_LEVELS;

/**
 * Whether the flow branches deeper than the console reads: a condition or parallel node at the deepest level read came
 * without its branches, so saving would drop their steps — the editor refuses to edit such a draft instead.
 */
export function beyondReach(flow: FlowNode[]): boolean {
  return [...allNodes(flow)].some(({ node, path }) => branchLevel(path) >= BRANCH_LEVELS && (node.type === 'CONDITION' || node.type === 'PARALLEL'));
}

/** Applies a change to a copy of the definition (the editor's state is never changed in place). */
export function changed(definition: Definition, change: (draft: Definition) => void): Definition {
  const draft = structuredClone(definition);
  change(draft);
  return draft;
}

/** The designer's edits of the flow, each returning a new definition; paths as in `nodeList`, at any depth. */
export const edits = {
  /** A new node of `type` at `index` of the list at `listPath` ([] is the top-level flow; [1, 0] flow[1].branches[0]). */
  insert: (definition: Definition, listPath: NodePath, index: number, node: FlowNode) => changed(definition, (draft) => nodeList(draft, [...listPath, index]).splice(index, 0, node)),
  remove: (definition: Definition, path: NodePath) => changed(definition, (draft) => nodeList(draft, path).splice(path[path.length - 1], 1)),
  /** Moves the node at `path` one place up (-1) or down (+1) in its list; outside the list nothing changes. */
  move: (definition: Definition, path: NodePath, by: -1 | 1) =>
    changed(definition, (draft) => {
      const list = nodeList(draft, path);
      const from = path[path.length - 1];
      if (from + by < 0 || from + by >= list.length) return;
      list.splice(from + by, 0, ...list.splice(from, 1));
    }),
  /** A new branch of the node at `path`; a new condition goes before the default branch, which is tested last. */
  addBranch: (definition: Definition, path: NodePath) =>
    changed(definition, (draft) => {
      const node = nodeAt(draft, path)!;
      const fallback = node.branches!.findIndex((branch) => branch.isDefault);
      node.branches!.splice(node.type === 'CONDITION' && fallback >= 0 ? fallback : node.branches!.length, 0, newBranch(false));
    }),
  removeBranch: (definition: Definition, path: NodePath, branch: number) => changed(definition, (draft) => nodeAt(draft, path)!.branches!.splice(branch, 1)),
};

/** Every node of the flow, depth first, with its path. */
export function* allNodes(nodes: FlowNode[], at: NodePath = []): Generator<{ node: FlowNode; path: NodePath }> {
  for (const [index, node] of nodes.entries()) {
    const path = [...at, index];
    yield { node, path };
    for (const [b, branch] of (node.branches ?? []).entries()) yield* allNodes(branch.nodes, [...path, b]);
  }
}

/** The API's problem path `definition.flow[1].branches[0].nodes[2].approvers[0].roleKey` → the node path and the rest. */
export function problemTarget(field: string): { area: 'flow' | 'form' | 'policies' | 'other'; path: number[]; rest: string } {
  const flow = /^(?:input\.)?definition\.flow\[(\d+)\]((?:\.branches\[\d+\]\.nodes\[\d+\])*)(.*)$/.exec(field);
  if (flow) {
    const nested = [...flow[2].matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1]));
    return { area: 'flow', path: [Number(flow[1]), ...nested], rest: flow[3].replace(/^\./, '') };
  }
  const form = /^(?:input\.)?definition\.form\[(\d+)\](.*)$/.exec(field);
  if (form) return { area: 'form', path: [Number(form[1])], rest: form[2].replace(/^\./, '') };
  const policies = /^(?:input\.)?definition\.policies\.?(.*)$/.exec(field);
  if (policies) return { area: 'policies', path: [], rest: policies[1] };
  return { area: 'other', path: [], rest: field };
}

/** Text in the console's language, falling back to the others (the API keeps at least one). */
export function localized(text: LocalizedTextInput | null | undefined, locale: string): string {
  if (!text) return '';
  const preferred = locale === 'en' ? text.en : locale === 'zh-CN' ? text.zhCN : text.zhHK;
  return preferred || text.zhHK || text.en || text.zhCN || '';
}

/** `localized` in the console's current language. */
export function useLocalized(): (text: LocalizedTextInput | null | undefined) => string {
  const [locale] = useLocaleState();
  return (text) => localized(text, locale);
}
