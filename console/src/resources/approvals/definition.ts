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
