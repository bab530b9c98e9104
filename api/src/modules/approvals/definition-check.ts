import type { FieldProblem } from '../../core/errors/app-error.js';
import {
  ApplicantApproverPolicy,
  ApprovalMode,
  ApproverKind,
  ConditionOperand,
  ConditionOperator,
  EmptyApproverPolicy,
  FlowNodeType,
  FormFieldType,
  TimeoutAction,
  type ApprovalDefinition,
  type ApproverRule,
  type FlowBranch,
  type FlowNode,
  type FormField,
  type LocalizedText,
} from './definition.js';

/** Records the definition names that must exist in the organisation (checked against the database by the service). */
export interface DefinitionReferences {
  people: { path: string; id: string }[];
  departments: { path: string; id: string }[];
  roles: { path: string; key: string }[];
  ranks: { path: string; code: string }[];
}

const KEY = /^[A-Za-z][A-Za-z0-9_]{0,49}$/;
const CURRENCY = /^[A-Z]{3}$/;
const MAX_FIELDS = 100;
const MAX_NODES = 200;
const MAX_DEPTH = 12;

const hasText = (text: LocalizedText | null | undefined) => Boolean(text && [text.en, text.zhHK, text.zhCN].some((value) => value?.trim()));

/** Walks every node of a flow, depth first in route order, with its path for error messages. */
export function* walkNodes(nodes: FlowNode[], path = 'flow'): Generator<{ node: FlowNode; path: string; depth: number }> {
  function* walk(list: FlowNode[], at: string, depth: number): Generator<{ node: FlowNode; path: string; depth: number }> {
    for (const [index, node] of list.entries()) {
      const nodePath = `${at}[${index}]`;
      yield { node, path: nodePath, depth };
      for (const [b, branch] of (node.branches ?? []).entries()) yield* walk(branch.nodes ?? [], `${nodePath}.branches[${b}].nodes`, depth + 1);
    }
  }
  yield* walk(nodes, path, 0);
}

function formProblems(fields: FormField[], at: string, inTable: boolean, problems: FieldProblem[]): void {
  const keys = new Set<string>();
  if (fields.length > MAX_FIELDS) problems.push({ field: at, code: 'TOO_MANY_ITEMS', params: { max: MAX_FIELDS } });
  for (const [index, field] of fields.entries()) {
    const path = `${at}[${index}]`;
    if (!KEY.test(field.key ?? '')) problems.push({ field: `${path}.key`, code: 'APPROVAL_FIELD_KEY_INVALID' });
    else if (keys.has(field.key)) problems.push({ field: `${path}.key`, code: 'DUPLICATE_VALUE' });
    keys.add(field.key);
    if (!hasText(field.label)) problems.push({ field: `${path}.label`, code: 'REQUIRED' });
    const selects = field.type === FormFieldType.SINGLE_SELECT || field.type === FormFieldType.MULTI_SELECT;
    if (selects) {
      const values = (field.options ?? []).map((option) => option.value);
      if (values.length === 0) problems.push({ field: `${path}.options`, code: 'REQUIRED' });
      if (new Set(values).size !== values.length) problems.push({ field: `${path}.options`, code: 'DUPLICATE_VALUE' });
      (field.options ?? []).forEach((option, o) => {
        if (!option.value?.trim()) problems.push({ field: `${path}.options[${o}].value`, code: 'REQUIRED' });
        if (!hasText(option.label)) problems.push({ field: `${path}.options[${o}].label`, code: 'REQUIRED' });
      });
    } else if (field.options?.length) problems.push({ field: `${path}.options`, code: 'APPROVAL_SETTING_NOT_APPLICABLE' });
    if (field.currency != null && (field.type !== FormFieldType.MONEY || !CURRENCY.test(field.currency))) problems.push({ field: `${path}.currency`, code: 'INVALID_VALUE' });
    if (field.min != null && field.max != null && field.min > field.max) problems.push({ field: `${path}.max`, code: 'INVALID_VALUE' });
    if (field.maxLength != null && (field.maxLength < 1 || field.maxLength > 20_000)) problems.push({ field: `${path}.maxLength`, code: 'INVALID_VALUE' });
    if (field.type === FormFieldType.TABLE) {
      if (inTable) problems.push({ field: `${path}.type`, code: 'APPROVAL_NESTED_TABLE' });
      else if (!field.columns?.length) problems.push({ field: `${path}.columns`, code: 'REQUIRED' });
      else formProblems(field.columns, `${path}.columns`, true, problems);
    } else if (field.columns?.length) problems.push({ field: `${path}.columns`, code: 'APPROVAL_SETTING_NOT_APPLICABLE' });
  }
}

/** The type of `key` or `key.property` in the form, for conditions and field-based approvers. */
export function fieldTypeOf(form: FormField[], path: string): { field: FormField; property: string | null } | null {
  const [key, property = null, ...rest] = path.split('.');
  const field = form.find((f) => f.key === key);
  if (!field || rest.length) return null;
  const properties: Partial<Record<FormFieldType, string[]>> = {
    [FormFieldType.DATE_RANGE]: ['workingDays', 'workingHours'],
    [FormFieldType.TABLE]: ['total'],
    [FormFieldType.MONEY]: ['amount'],
  };
  if (property !== null && !properties[field.type]?.includes(property)) return null;
  return { field, property };
}

const NUMERIC = new Set([ConditionOperator.GT, ConditionOperator.GTE, ConditionOperator.LT, ConditionOperator.LTE]);

function conditionProblems(branch: FlowBranch, form: FormField[], at: string, refs: DefinitionReferences, problems: FieldProblem[]): void {
  for (const [c, condition] of (branch.conditions ?? []).entries()) {
    const path = `${at}.conditions[${c}]`;
    const values = condition.values ?? [];
    const emptiness = condition.operator === ConditionOperator.IS_EMPTY || condition.operator === ConditionOperator.IS_NOT_EMPTY;
    if (!emptiness && values.length === 0) problems.push({ field: `${path}.values`, code: 'REQUIRED' });
    if (!emptiness && values.length > 1 && condition.operator !== ConditionOperator.IN && condition.operator !== ConditionOperator.NOT_IN)
      problems.push({ field: `${path}.values`, code: 'APPROVAL_ONE_VALUE_EXPECTED' });
    if (NUMERIC.has(condition.operator) && condition.operand !== ConditionOperand.APPLICANT_RANK && values.some((v) => !Number.isFinite(Number(v)) || v.trim() === ''))
      problems.push({ field: `${path}.values`, code: 'INVALID_VALUE' });
    switch (condition.operand) {
      case ConditionOperand.FIELD: {
        const target = condition.field ? fieldTypeOf(form, condition.field) : null;
        if (!target) problems.push({ field: `${path}.field`, code: 'UNKNOWN_REFERENCE' });
        break;
      }
      case ConditionOperand.APPLICANT_DEPARTMENT:
        if (NUMERIC.has(condition.operator)) problems.push({ field: `${path}.operator`, code: 'INVALID_VALUE' });
        values.forEach((id, v) => refs.departments.push({ path: `${path}.values[${v}]`, id }));
        break;
      case ConditionOperand.APPLICANT_RANK:
        values.forEach((code, v) => refs.ranks.push({ path: `${path}.values[${v}]`, code }));
        break;
      case ConditionOperand.APPLICANT_ROLE:
        if (NUMERIC.has(condition.operator)) problems.push({ field: `${path}.operator`, code: 'INVALID_VALUE' });
        values.forEach((key, v) => refs.roles.push({ path: `${path}.values[${v}]`, key }));
        break;
    }
  }
}

function approverProblems(rule: ApproverRule, form: FormField[], path: string, refs: DefinitionReferences, problems: FieldProblem[]): void {
  const needs = (field: keyof ApproverRule) => {
    const value = rule[field];
    if (value == null || (Array.isArray(value) && value.length === 0) || value === '') problems.push({ field: `${path}.${field}`, code: 'REQUIRED' });
  };
  const level = (min: number) => {
    if (rule.level != null && (!Number.isInteger(rule.level) || rule.level < min || rule.level > 20)) problems.push({ field: `${path}.level`, code: 'INVALID_VALUE' });
  };
  switch (rule.kind) {
    case ApproverKind.PEOPLE:
      needs('personIds');
      break;
    case ApproverKind.ROLE:
      needs('roleKey');
      break;
    case ApproverKind.NTH_MANAGER:
      needs('level');
      level(1);
      break;
    case ApproverKind.MANAGER_CHAIN:
      if (rule.rankCode == null) needs('level');
      level(1);
      break;
    case ApproverKind.FIRST_MANAGER_AT_RANK:
      needs('rankCode');
      break;
    case ApproverKind.DEPARTMENT_HEAD:
      level(0);
      break;
    case ApproverKind.FORM_FIELD: {
      needs('field');
      const target = rule.field ? form.find((f) => f.key === rule.field) : null;
      if (rule.field && (!target || (target.type !== FormFieldType.PERSON && target.type !== FormFieldType.DEPARTMENT))) problems.push({ field: `${path}.field`, code: 'UNKNOWN_REFERENCE' });
      break;
    }
    case ApproverKind.APPLICANT_CHOOSES:
    case ApproverKind.DIRECT_MANAGER:
      break;
  }
  (rule.personIds ?? []).forEach((id, p) => refs.people.push({ path: `${path}.personIds[${p}]`, id }));
  if (rule.roleKey) refs.roles.push({ path: `${path}.roleKey`, key: rule.roleKey });
  if (rule.rankCode) refs.ranks.push({ path: `${path}.rankCode`, code: rule.rankCode });
  if (rule.departmentId) refs.departments.push({ path: `${path}.departmentId`, id: rule.departmentId });
}

/**
 * Checks a definition's shape and rules (not yet whether the people, roles and departments it names exist: those are
 * returned as references for the service to look up). Problems name the offending path, e.g. `flow[2].ratioPercent`.
 */
export function definitionProblems(definition: ApprovalDefinition): { problems: FieldProblem[]; references: DefinitionReferences } {
  const problems: FieldProblem[] = [];
  const refs: DefinitionReferences = { people: [], departments: [], roles: [], ranks: [] };
  formProblems(definition.form ?? [], 'definition.form', false, problems);
  const form = definition.form ?? [];
  const ids = new Set<string>();
  let approvalNodes = 0;
  let count = 0;
  const seeId = (id: string, path: string) => {
    if (!KEY.test(id ?? '')) problems.push({ field: `${path}.id`, code: 'APPROVAL_FIELD_KEY_INVALID' });
    else if (ids.has(id)) problems.push({ field: `${path}.id`, code: 'DUPLICATE_VALUE' });
    ids.add(id);
  };
  for (const { node, path: nodePath, depth } of walkNodes(definition.flow ?? [], 'definition.flow')) {
    count += 1;
    if (depth > MAX_DEPTH) problems.push({ field: nodePath, code: 'APPROVAL_FLOW_TOO_DEEP', params: { max: MAX_DEPTH } });
    seeId(node.id, nodePath);
    const branched = node.type === FlowNodeType.CONDITION || node.type === FlowNodeType.PARALLEL;
    if (node.type === FlowNodeType.APPROVAL) {
      approvalNodes += 1;
      const mode = node.mode ?? ApprovalMode.SINGLE;
      if (mode === ApprovalMode.RATIO && (node.ratioPercent == null || !Number.isInteger(node.ratioPercent) || node.ratioPercent < 1 || node.ratioPercent > 100))
        problems.push({ field: `${nodePath}.ratioPercent`, code: 'INVALID_VALUE' });
      if (mode !== ApprovalMode.RATIO && node.ratioPercent != null) problems.push({ field: `${nodePath}.ratioPercent`, code: 'APPROVAL_SETTING_NOT_APPLICABLE' });
      for (const [p, permission] of (node.fieldPermissions ?? []).entries()) {
        if (!form.some((f) => f.key === permission.field)) problems.push({ field: `${nodePath}.fieldPermissions[${p}].field`, code: 'UNKNOWN_REFERENCE' });
      }
      const limit = node.timeLimit;
      if (limit) {
        if (!(limit.hours > 0 && limit.hours <= 2000)) problems.push({ field: `${nodePath}.timeLimit.hours`, code: 'INVALID_VALUE' });
        if (limit.remindBeforeHours != null && !(limit.remindBeforeHours > 0 && limit.remindBeforeHours < limit.hours))
          problems.push({ field: `${nodePath}.timeLimit.remindBeforeHours`, code: 'INVALID_VALUE' });
        if (limit.escalate && limit.timeoutAction && limit.timeoutAction !== TimeoutAction.NONE) problems.push({ field: `${nodePath}.timeLimit.escalate`, code: 'APPROVAL_SETTING_NOT_APPLICABLE' });
      }
    } else if (node.mode != null || node.ratioPercent != null || node.timeLimit != null || node.fieldPermissions?.length) {
      problems.push({ field: nodePath, code: 'APPROVAL_SETTING_NOT_APPLICABLE' });
    }
    if (node.type === FlowNodeType.APPROVAL || node.type === FlowNodeType.CC) {
      if (!node.approvers?.length) problems.push({ field: `${nodePath}.approvers`, code: 'REQUIRED' });
      (node.approvers ?? []).forEach((rule, r) => approverProblems(rule, form, `${nodePath}.approvers[${r}]`, refs, problems));
      if (node.branches?.length) problems.push({ field: `${nodePath}.branches`, code: 'APPROVAL_SETTING_NOT_APPLICABLE' });
    } else if (node.approvers?.length) problems.push({ field: `${nodePath}.approvers`, code: 'APPROVAL_SETTING_NOT_APPLICABLE' });
    if (node.type !== FlowNodeType.CC && node.ccTiming != null) problems.push({ field: `${nodePath}.ccTiming`, code: 'APPROVAL_SETTING_NOT_APPLICABLE' });
    if (branched) {
      const branches = node.branches ?? [];
      if (branches.length < 2) problems.push({ field: `${nodePath}.branches`, code: 'APPROVAL_TWO_BRANCHES_NEEDED' });
      if (node.type === FlowNodeType.CONDITION && branches.filter((b) => b.isDefault).length !== 1) problems.push({ field: `${nodePath}.branches`, code: 'APPROVAL_ONE_DEFAULT_BRANCH' });
      for (const [b, branch] of branches.entries()) {
        const branchPath = `${nodePath}.branches[${b}]`;
        seeId(branch.id, branchPath);
        if (node.type === FlowNodeType.PARALLEL && (branch.conditions?.length || branch.isDefault)) problems.push({ field: branchPath, code: 'APPROVAL_SETTING_NOT_APPLICABLE' });
        if (node.type === FlowNodeType.CONDITION) {
          if (branch.isDefault && branch.conditions?.length) problems.push({ field: `${branchPath}.conditions`, code: 'APPROVAL_SETTING_NOT_APPLICABLE' });
          if (!branch.isDefault && !branch.conditions?.length) problems.push({ field: `${branchPath}.conditions`, code: 'REQUIRED' });
          conditionProblems(branch, form, branchPath, refs, problems);
        }
      }
    }
  }
  if (count > MAX_NODES) problems.push({ field: 'definition.flow', code: 'TOO_MANY_ITEMS', params: { max: MAX_NODES } });
  if (approvalNodes === 0) problems.push({ field: 'definition.flow', code: 'APPROVAL_FLOW_NEEDS_APPROVAL' });
  const policies = definition.policies;
  if (policies.applicantIsApprover === ApplicantApproverPolicy.KEEP && !policies.allowSelfApproval)
    problems.push({ field: 'definition.policies.applicantIsApprover', code: 'APPROVAL_SELF_APPROVAL_NOT_ALLOWED' });
  if (policies.emptyApprovers === EmptyApproverPolicy.ASSIGN_ADMIN && !policies.fallbackApproverId) problems.push({ field: 'definition.policies.fallbackApproverId', code: 'REQUIRED' });
  if (policies.fallbackApproverId) refs.people.push({ path: 'definition.policies.fallbackApproverId', id: policies.fallbackApproverId });
  if (!Number.isInteger(policies.revokeWindowDays) || policies.revokeWindowDays < 0 || policies.revokeWindowDays > 365)
    problems.push({ field: 'definition.policies.revokeWindowDays', code: 'INVALID_VALUE' });
  return { problems, references: refs };
}
