import { AppError } from '../../core/errors/app-error.js';
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
  type FieldPermission,
  type FlowCondition,
  type FlowNode,
  type LocalizedText,
  type NodeTimeLimit,
} from './definition.js';
import { fieldTypeOf } from './definition-check.js';
import type { ComputedValues, FormValues } from './form-values.js';

/** Why an approver's part was approved without them deciding. */
export type AutoApproval = 'APPLICANT' | 'DUPLICATE' | 'NOBODY';

/** One approver of a resolved node. */
export interface RouteApprover {
  personId: string;
  /** Set when the engine approves their part at once (policies). */
  auto?: AutoApproval;
}

/** A node of a request's route, resolved at submission: CONDITION nodes are replaced by the branch taken. */
export interface RouteStep {
  nodeId: string;
  type: 'APPROVAL' | 'CC' | 'PARALLEL';
  name: LocalizedText | null;
  mode?: ApprovalMode;
  ratioPercent?: number | null;
  /** APPROVAL: who decides, in order (SEQUENTIAL: in turn); empty with `autoApproved` when nobody was found. */
  approvers?: RouteApprover[];
  /** APPROVAL: approved at once because nobody was found (EmptyApproverPolicy.AUTO_APPROVE). */
  autoApproved?: boolean;
  /** CC: who is notified. */
  recipients?: string[];
  ccTiming?: CcTiming;
  fieldPermissions?: FieldPermission[];
  timeLimit?: NodeTimeLimit | null;
  /** PARALLEL: each branch's steps. */
  branches?: { id: string; name: LocalizedText | null; steps: RouteStep[] }[];
}

/** A resolved route and the CONDITION decisions that shaped it. */
export interface Route {
  steps: RouteStep[];
  /** CONDITION node id → the branch taken. */
  branchesTaken: Record<string, string>;
}

/** The facts about the applicant routing needs. */
export interface ApplicantFacts {
  personId: string;
  /** The department the request is made from. */
  departmentId: string | null;
  /** That department and its ancestors (for "in department X or below"). */
  departmentPath: string[];
  rankLevel: number | null;
  rankCode: string | null;
  /** Keys and ids of the roles the applicant holds. */
  roles: Set<string>;
}

/** Where routing finds people; backed by the org and access modules (approver-directory.ts), faked in unit specs. */
export interface ApproverDirectory {
  applicant: ApplicantFacts;
  /** The applicant's managers, nearest first, with their rank levels. */
  managerChain(): Promise<{ personId: string; rankLevel: number | null }[]>;
  /** A person's direct manager (their primary position), or null. */
  managerOf(personId: string): Promise<string | null>;
  /** Active holders of a role (key or id) whose assignment's scope covers the department (unscoped ones always). */
  roleHolders(roleKey: string, departmentId: string | null): Promise<string[]>;
  /** Active leaders of the department `levelsUp` above `departmentId` (0 = itself). */
  departmentHeads(departmentId: string, levelsUp: number): Promise<string[]>;
  /** A job rank's level by code, or null. */
  rankLevel(code: string): number | null;
  /** The ids among `ids` that are active people of the organisation, in order. */
  activePeople(ids: string[]): Promise<string[]>;
}

const unique = (ids: string[]) => [...new Set(ids)];

function fieldValue(values: FormValues, computed: ComputedValues, definition: ApprovalDefinition, path: string): unknown {
  const target = fieldTypeOf(definition.form, path);
  if (!target) return undefined;
  const { field, property } = target;
  const value = values[field.key];
  if (value == null) return undefined;
  if (field.type === FormFieldType.DATE_RANGE) return computed[field.key]?.[(property ?? 'workingDays') as 'workingDays' | 'workingHours'];
  if (field.type === FormFieldType.TABLE) return property === 'total' ? computed[field.key]?.total : value;
  if (field.type === FormFieldType.MONEY) return (value as { amount: string }).amount;
  return value;
}

function compare(operator: ConditionOperator, actual: unknown, values: string[]): boolean {
  const empty = actual == null || actual === '' || (Array.isArray(actual) && actual.length === 0);
  if (operator === ConditionOperator.IS_EMPTY) return empty;
  if (operator === ConditionOperator.IS_NOT_EMPTY) return !empty;
  if (empty) return operator === ConditionOperator.NE || operator === ConditionOperator.NOT_IN;
  const items = (Array.isArray(actual) ? actual : [actual]).map(String);
  const numeric = Number(items[0]);
  const target = Number(values[0]);
  switch (operator) {
    case ConditionOperator.EQ:
      return items.length === 1 && (items[0] === values[0] || (Number.isFinite(numeric) && numeric === target && values[0].trim() !== ''));
    case ConditionOperator.NE:
      return !compare(ConditionOperator.EQ, actual, values);
    case ConditionOperator.GT:
      return numeric > target;
    case ConditionOperator.GTE:
      return numeric >= target;
    case ConditionOperator.LT:
      return numeric < target;
    case ConditionOperator.LTE:
      return numeric <= target;
    case ConditionOperator.IN:
      return items.some((item) => values.includes(item));
    case ConditionOperator.NOT_IN:
      return !items.some((item) => values.includes(item));
    default:
      return false;
  }
}

/** Whether one condition holds for these values and this applicant. */
export function conditionHolds(
  condition: FlowCondition,
  definition: ApprovalDefinition,
  values: FormValues,
  computed: ComputedValues,
  directory: Pick<ApproverDirectory, 'applicant' | 'rankLevel'>,
): boolean {
  const wanted = condition.values ?? [];
  const applicant = directory.applicant;
  const negated = condition.operator === ConditionOperator.NE || condition.operator === ConditionOperator.NOT_IN;
  switch (condition.operand) {
    case ConditionOperand.FIELD:
      return compare(condition.operator, fieldValue(values, computed, definition, condition.field ?? ''), wanted);
    case ConditionOperand.APPLICANT_DEPARTMENT: {
      if (condition.operator === ConditionOperator.IS_EMPTY || condition.operator === ConditionOperator.IS_NOT_EMPTY) return compare(condition.operator, applicant.departmentId, wanted);
      const within = applicant.departmentPath.some((id) => wanted.includes(id));
      return negated ? !within : within;
    }
    case ConditionOperand.APPLICANT_ROLE: {
      const holds = wanted.some((role) => applicant.roles.has(role));
      return negated ? !holds : holds;
    }
    case ConditionOperand.APPLICANT_RANK: {
      if (
        condition.operator === ConditionOperator.IN ||
        condition.operator === ConditionOperator.NOT_IN ||
        condition.operator === ConditionOperator.IS_EMPTY ||
        condition.operator === ConditionOperator.IS_NOT_EMPTY
      )
        return compare(condition.operator, applicant.rankCode, wanted);
      const target = directory.rankLevel(wanted[0]);
      if (applicant.rankLevel == null || target == null) return negated;
      return compare(condition.operator, applicant.rankLevel, [String(target)]);
    }
  }
}

/** Resolves one approver rule to people (before policies). `chosen` are the applicant's picks for this node. */
async function peopleOf(
  rule: NonNullable<FlowNode['approvers']>[number],
  values: FormValues,
  definition: ApprovalDefinition,
  directory: ApproverDirectory,
  chosen: string[] | undefined,
): Promise<string[]> {
  const applicant = directory.applicant;
  switch (rule.kind) {
    case ApproverKind.PEOPLE:
      return rule.personIds ?? [];
    case ApproverKind.ROLE:
      return directory.roleHolders(rule.roleKey!, applicant.departmentId);
    case ApproverKind.DIRECT_MANAGER:
      return (await directory.managerChain()).slice(0, 1).map((m) => m.personId);
    case ApproverKind.NTH_MANAGER: {
      const manager = (await directory.managerChain())[rule.level! - 1];
      return manager ? [manager.personId] : [];
    }
    case ApproverKind.MANAGER_CHAIN: {
      const chain = await directory.managerChain();
      const limit = rule.level ?? chain.length;
      if (!rule.rankCode) return chain.slice(0, limit).map((m) => m.personId);
      const target = directory.rankLevel(rule.rankCode) ?? Infinity;
      const reach = chain.findIndex((m) => m.rankLevel != null && m.rankLevel >= target);
      return chain.slice(0, Math.min(limit, reach === -1 ? chain.length : reach + 1)).map((m) => m.personId);
    }
    case ApproverKind.FIRST_MANAGER_AT_RANK: {
      const target = directory.rankLevel(rule.rankCode!) ?? Infinity;
      const manager = (await directory.managerChain()).find((m) => m.rankLevel != null && m.rankLevel >= target);
      return manager ? [manager.personId] : [];
    }
    case ApproverKind.DEPARTMENT_HEAD: {
      const departmentId = rule.departmentId ?? applicant.departmentId;
      return departmentId ? directory.departmentHeads(departmentId, rule.level ?? 0) : [];
    }
    case ApproverKind.FORM_FIELD: {
      const field = definition.form.find((f) => f.key === rule.field);
      const value = values[rule.field ?? ''];
      const ids = value == null ? [] : Array.isArray(value) ? (value as string[]) : [value as string];
      if (field?.type === FormFieldType.PERSON) return ids;
      return (await Promise.all(ids.map((id) => directory.departmentHeads(id, 0)))).flat();
    }
    case ApproverKind.APPLICANT_CHOOSES: {
      const picks = chosen ?? [];
      const range = rule.personIds?.length || rule.roleKey ? unique([...(rule.personIds ?? []), ...(rule.roleKey ? await directory.roleHolders(rule.roleKey, applicant.departmentId) : [])]) : null;
      const outside = range ? picks.filter((id) => !range.includes(id)) : [];
      if (outside.length) throw new AppError('APPROVAL_CHOICE_OUT_OF_RANGE', {}, [{ field: 'chosenApprovers', code: 'APPROVAL_CHOICE_OUT_OF_RANGE' }]);
      return picks;
    }
  }
}

/** What routing needs besides the definition: the form, the applicant's picks, and who approved earlier on the path. */
export interface RoutingInput {
  definition: ApprovalDefinition;
  values: FormValues;
  computed: ComputedValues;
  /** APPLICANT_CHOOSES node id → the people the applicant picked. */
  chosen: Record<string, string[]>;
}

/**
 * Resolves a template's flow for one submission: takes each CONDITION's branch, finds each node's people and applies
 * the template's policies (applicant among approvers, duplicates, nobody found). Throws APPROVAL_NO_APPROVER when a
 * node finds nobody and the policy is FAIL, and APPROVAL_CHOICE_REQUIRED when the applicant must pick and did not.
 */
export async function resolveRoute(input: RoutingInput, directory: ApproverDirectory): Promise<Route> {
  const { definition } = input;
  const policies = definition.policies;
  const branchesTaken: Record<string, string> = {};
  const applicantId = directory.applicant.personId;

  // `before`: the approvers of each earlier APPROVAL step on this path, nearest last (for duplicate policies).
  async function resolveList(nodes: FlowNode[], before: string[][]): Promise<{ steps: RouteStep[]; approvals: string[][] }> {
    const steps: RouteStep[] = [];
    let path = before;
    for (const node of nodes) {
      if (node.type === FlowNodeType.CONDITION) {
        const branches = node.branches ?? [];
        const taken =
          branches.find((b) => !b.isDefault && (b.conditions ?? []).every((c) => conditionHolds(c, definition, input.values, input.computed, directory))) ?? branches.find((b) => b.isDefault)!;
        branchesTaken[node.id] = taken.id;
        const inner = await resolveList(taken.nodes ?? [], path);
        steps.push(...inner.steps);
        path = inner.approvals;
      } else if (node.type === FlowNodeType.PARALLEL) {
        const branches = [];
        const joined: string[] = [];
        for (const branch of node.branches ?? []) {
          const inner = await resolveList(branch.nodes ?? [], path);
          branches.push({ id: branch.id, name: branch.name ?? null, steps: inner.steps });
          joined.push(...inner.approvals.slice(path.length).flat());
        }
        steps.push({ nodeId: node.id, type: 'PARALLEL', name: node.name ?? null, branches });
        if (joined.length) path = [...path, unique(joined)];
      } else if (node.type === FlowNodeType.CC) {
        const people = await directory.activePeople(
          unique((await Promise.all((node.approvers ?? []).map((rule) => peopleOf(rule, input.values, definition, directory, input.chosen[node.id])))).flat()),
        );
        steps.push({ nodeId: node.id, type: 'CC', name: node.name ?? null, recipients: people, ccTiming: node.ccTiming ?? CcTiming.ON_REACH });
      } else {
        const step = await resolveApproval(node, path);
        steps.push(step);
        path = [...path, (step.approvers ?? []).map((a) => a.personId)];
      }
    }
    return { steps, approvals: path };
  }

  async function resolveApproval(node: FlowNode, before: string[][]): Promise<RouteStep> {
    const mode = node.mode ?? ApprovalMode.SINGLE;
    if (node.approvers?.some((rule) => rule.kind === ApproverKind.APPLICANT_CHOOSES) && !input.chosen[node.id]?.length)
      throw new AppError('APPROVAL_CHOICE_REQUIRED', { node: node.id }, [{ field: `chosenApprovers.${node.id}`, code: 'APPROVAL_CHOICE_REQUIRED' }]);
    let people = unique((await Promise.all((node.approvers ?? []).map((rule) => peopleOf(rule, input.values, definition, directory, input.chosen[node.id])))).flat());
    people = await directory.activePeople(people);
    const approvers: RouteApprover[] = [];
    for (const personId of people) {
      if (personId !== applicantId) approvers.push({ personId });
      else if (policies.applicantIsApprover === ApplicantApproverPolicy.AUTO_APPROVE) approvers.push({ personId, auto: 'APPLICANT' });
      else if (policies.applicantIsApprover === ApplicantApproverPolicy.KEEP) approvers.push({ personId });
      else {
        const manager = await directory.managerOf(applicantId);
        if (manager && manager !== applicantId) approvers.push({ personId: manager });
      }
    }
    let chosen = approvers.filter((a, i) => approvers.findIndex((b) => b.personId === a.personId) === i);
    if (mode === ApprovalMode.SINGLE) chosen = chosen.slice(0, 1);
    const base: RouteStep = {
      nodeId: node.id,
      type: 'APPROVAL',
      name: node.name ?? null,
      mode,
      ratioPercent: node.ratioPercent ?? null,
      fieldPermissions: node.fieldPermissions ?? [],
      timeLimit: node.timeLimit ?? null,
    };
    if (chosen.length === 0) {
      if (policies.emptyApprovers === EmptyApproverPolicy.FAIL) throw new AppError('APPROVAL_NO_APPROVER', { node: nodeName(node) });
      if (policies.emptyApprovers === EmptyApproverPolicy.AUTO_APPROVE) return { ...base, approvers: [], autoApproved: true };
      chosen = [{ personId: policies.fallbackApproverId!, ...(policies.fallbackApproverId === applicantId && !policies.allowSelfApproval ? { auto: 'NOBODY' as const } : {}) }];
    }
    const earlier =
      policies.duplicateApprovers === DuplicateApproverPolicy.DEDUPLICATE_ALL
        ? before.flat()
        : policies.duplicateApprovers === DuplicateApproverPolicy.DEDUPLICATE_CONSECUTIVE
          ? (before.at(-1) ?? [])
          : [];
    return { ...base, approvers: chosen.map((a) => (!a.auto && earlier.includes(a.personId) ? { ...a, auto: 'DUPLICATE' as const } : a)) };
  }

  const { steps } = await resolveList(definition.flow, []);
  return { steps, branchesTaken };
}

const nodeName = (node: FlowNode) => node.name?.zhHK ?? node.name?.en ?? node.name?.zhCN ?? node.id;
