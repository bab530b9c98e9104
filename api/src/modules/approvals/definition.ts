import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EmbeddedList } from '../../core/graphql/embedded-list.js';
import { Text } from '../../core/graphql/text.js';

/*
 * A template's definition — its form, its flow and its policies — as plain data stored (JSON) on each published
 * version. The same classes are the GraphQL object types an admin reads and the input types the designer sends, so the
 * schema shows exactly what is stored. Everything here is checked by definitionProblems() in definition-check.ts.
 */

/** Text an admin writes in one or more of the console's languages. */
@ObjectType('LocalizedText', { description: 'Text in the console’s languages; at least one is set, the others fall back to it.' })
@InputType('LocalizedTextInput', { description: 'Text in the console’s languages; at least one must be set.' })
export class LocalizedText {
  @Field(() => String, { nullable: true, description: 'English.' })
  @Text(200)
  en?: string | null;

  @Field(() => String, { nullable: true, description: 'Traditional Chinese (Hong Kong).' })
  @Text(200)
  zhHK?: string | null;

  @Field(() => String, { nullable: true, description: 'Simplified Chinese.' })
  @Text(200)
  zhCN?: string | null;
}

/** The form field kinds a template can ask for. */
export enum FormFieldType {
  TEXT = 'TEXT',
  LONG_TEXT = 'LONG_TEXT',
  NUMBER = 'NUMBER',
  MONEY = 'MONEY',
  DATE = 'DATE',
  DATE_TIME = 'DATE_TIME',
  DATE_RANGE = 'DATE_RANGE',
  SINGLE_SELECT = 'SINGLE_SELECT',
  MULTI_SELECT = 'MULTI_SELECT',
  PERSON = 'PERSON',
  DEPARTMENT = 'DEPARTMENT',
  ATTACHMENT = 'ATTACHMENT',
  LOCATION = 'LOCATION',
  TABLE = 'TABLE',
}
registerEnumType(FormFieldType, {
  name: 'FormFieldType',
  description:
    'TEXT/LONG_TEXT: a string; NUMBER: a number; MONEY: {amount: "1234.50", currency: "HKD"}; DATE: "2026-12-24"; DATE_TIME: ISO instant; DATE_RANGE: {start, end} (dates, or instants when withTime) with its working days (and, withTime, working hours) computed on the organisation’s calendar; SINGLE_SELECT: an option value; MULTI_SELECT: option values; PERSON/DEPARTMENT: an id (a list when multiple); ATTACHMENT: [{fileId, name}]; LOCATION: {latitude, longitude, label}; TABLE: a list of rows, each an object of the columns’ values, with totals of NUMBER and MONEY columns.',
});

/** One choice of a select field. */
@ObjectType('FormFieldOption', { description: 'One choice of a select field.' })
@InputType('FormFieldOptionInput', { description: 'One choice of a select field.' })
export class FormFieldOption {
  @Field(() => String, { description: 'The value stored in the form (stable; conditions test it).' })
  @Text(100)
  value!: string;

  @Field(() => LocalizedText, { description: 'What the applicant sees.' })
  label!: LocalizedText;
}

/** One field of a template's form. */
@ObjectType('FormField', { description: 'One field of an approval form.' })
@InputType('FormFieldInput', { description: 'One field of an approval form.' })
export class FormField {
  @Field(() => String, { description: 'Key of the value in the form values (letters, digits, underscore; unique in the form).' })
  @Text(50)
  key!: string;

  @Field(() => FormFieldType, { description: 'What kind of value it takes.' })
  type!: FormFieldType;

  @Field(() => LocalizedText, { description: 'The label.' })
  label!: LocalizedText;

  @Field(() => Boolean, { nullable: true, description: 'Whether a value is required (default false).' })
  required?: boolean | null;

  @EmbeddedList()
  @Field(() => [FormFieldOption], { nullable: true, description: 'SINGLE_SELECT / MULTI_SELECT: the choices.' })
  options?: FormFieldOption[] | null;

  @Field(() => String, { nullable: true, description: 'MONEY: the currency (ISO 4217, default HKD); values in another currency are refused.' })
  @Text(3)
  currency?: string | null;

  @Field(() => Float, { nullable: true, description: 'NUMBER / MONEY: the smallest value allowed.' })
  min?: number | null;

  @Field(() => Float, { nullable: true, description: 'NUMBER / MONEY: the largest value allowed.' })
  max?: number | null;

  @Field(() => Int, { nullable: true, description: 'TEXT / LONG_TEXT: the longest value allowed (default 200 / 5000).' })
  maxLength?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'PERSON / DEPARTMENT: a list of ids instead of one; DATE_RANGE: instants instead of dates (withTime).' })
  multiple?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'DATE_RANGE: the range is of date-times (hours count) rather than whole days.' })
  withTime?: boolean | null;

  @EmbeddedList()
  @Field(() => [FormField], { nullable: true, description: 'TABLE: the columns of each line (no nested tables).' })
  columns?: FormField[] | null;
}

/** What a node lets its approvers do with a field. */
export enum FieldAccess {
  EDITABLE = 'EDITABLE',
  READ_ONLY = 'READ_ONLY',
  HIDDEN = 'HIDDEN',
}
registerEnumType(FieldAccess, { name: 'FieldAccess', description: 'What a node’s approvers may do with a form field: change it while deciding, only see it, or not see it.' });

/** A field permission of one node. */
@ObjectType('FieldPermission', { description: 'What a node’s approvers may do with one form field (unlisted fields are READ_ONLY).' })
@InputType('FieldPermissionInput', { description: 'What a node’s approvers may do with one form field.' })
export class FieldPermission {
  @Field(() => String, { description: 'The form field’s key.' })
  @Text(50)
  field!: string;

  @Field(() => FieldAccess, { description: 'Editable, read-only or hidden.' })
  access!: FieldAccess;
}

/** How a node's approvers are found. */
export enum ApproverKind {
  PEOPLE = 'PEOPLE',
  ROLE = 'ROLE',
  DIRECT_MANAGER = 'DIRECT_MANAGER',
  NTH_MANAGER = 'NTH_MANAGER',
  MANAGER_CHAIN = 'MANAGER_CHAIN',
  FIRST_MANAGER_AT_RANK = 'FIRST_MANAGER_AT_RANK',
  DEPARTMENT_HEAD = 'DEPARTMENT_HEAD',
  FORM_FIELD = 'FORM_FIELD',
  APPLICANT_CHOOSES = 'APPLICANT_CHOOSES',
}
registerEnumType(ApproverKind, {
  name: 'ApproverKind',
  description:
    'PEOPLE: the named personIds; ROLE: holders of roleKey whose scope covers the applicant’s department; DIRECT_MANAGER: the applicant’s manager; NTH_MANAGER: the level-th manager up; MANAGER_CHAIN: every manager from the direct one up to the first at or above rankCode (or level managers when no rank); FIRST_MANAGER_AT_RANK: the nearest manager at or above rankCode; DEPARTMENT_HEAD: the leaders of the applicant’s department (or departmentId), level departments up (0 = that department); FORM_FIELD: the person(s) in the PERSON field, or the heads of the DEPARTMENT field; APPLICANT_CHOOSES: people the applicant picks at submission, among personIds / holders of roleKey when given.',
});

/** A rule that finds approvers (or CC recipients). */
@ObjectType('ApproverRule', { description: 'How a node finds its approvers (or a CC node its recipients), resolved at submission.' })
@InputType('ApproverRuleInput', { description: 'How a node finds its approvers (or recipients).' })
export class ApproverRule {
  @Field(() => ApproverKind, { description: 'Which resolver.' })
  kind!: ApproverKind;

  @Field(() => [ID], { nullable: true, description: 'PEOPLE: the people; APPLICANT_CHOOSES: the people to choose among.' })
  personIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'ROLE / APPLICANT_CHOOSES: a role key (built-in, e.g. finance) or a role id.' })
  @Text(100)
  roleKey?: string | null;

  @Field(() => Int, { nullable: true, description: 'NTH_MANAGER: which manager up (1 = direct); MANAGER_CHAIN: how many at most; DEPARTMENT_HEAD: departments up (0 = the department itself).' })
  level?: number | null;

  @Field(() => String, { nullable: true, description: 'MANAGER_CHAIN / FIRST_MANAGER_AT_RANK: a job rank code, e.g. M3.' })
  @Text(20)
  rankCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'DEPARTMENT_HEAD: a given department instead of the applicant’s.' })
  departmentId?: string | null;

  @Field(() => String, { nullable: true, description: 'FORM_FIELD: the key of a PERSON or DEPARTMENT field.' })
  @Text(50)
  field?: string | null;
}

/** How several approvers of one node decide together. */
export enum ApprovalMode {
  SINGLE = 'SINGLE',
  SEQUENTIAL = 'SEQUENTIAL',
  COUNTERSIGN = 'COUNTERSIGN',
  OR_SIGN = 'OR_SIGN',
  RATIO = 'RATIO',
}
registerEnumType(ApprovalMode, {
  name: 'ApprovalMode',
  description:
    'SINGLE: one approver (the first the rule finds); SEQUENTIAL: each in turn, all must approve; COUNTERSIGN: all at once, all must approve, any rejection ends it; OR_SIGN: all at once, the first decision wins; RATIO: all at once, approved once ratioPercent of them approve, rejected once that can no longer happen.',
});

/** What happens when a node's time limit passes. */
export enum TimeoutAction {
  NONE = 'NONE',
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
}
registerEnumType(TimeoutAction, { name: 'TimeoutAction', description: 'What the engine decides for an approver whose time limit passed: nothing, approve, or reject.' });

/** A node's time limit, in working time. */
@ObjectType('NodeTimeLimit', { description: 'How long each approver of a node has, in working hours of the organisation’s calendar.' })
@InputType('NodeTimeLimitInput', { description: 'How long each approver of a node has, in working hours.' })
export class NodeTimeLimit {
  @Field(() => Float, { description: 'Working hours from assignment to the deadline.' })
  hours!: number;

  @Field(() => Float, { nullable: true, description: 'Working hours before the deadline to remind the approver (none when unset).' })
  remindBeforeHours?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'At the deadline, hand the task to the approver’s manager (when no timeoutAction).' })
  escalate?: boolean | null;

  @Field(() => TimeoutAction, { nullable: true, description: 'At the deadline, decide automatically (default NONE).' })
  timeoutAction?: TimeoutAction | null;
}

/** When a CC node notifies its recipients. */
export enum CcTiming {
  ON_REACH = 'ON_REACH',
  ON_FINISH = 'ON_FINISH',
  BOTH = 'BOTH',
}
registerEnumType(CcTiming, {
  name: 'CcTiming',
  description: 'ON_REACH: when the flow reaches the node (a CC node first in the flow notifies at submission); ON_FINISH: when the request is finished, if the route went through it; BOTH.',
});

/** What a condition compares. */
export enum ConditionOperand {
  FIELD = 'FIELD',
  APPLICANT_DEPARTMENT = 'APPLICANT_DEPARTMENT',
  APPLICANT_RANK = 'APPLICANT_RANK',
  APPLICANT_ROLE = 'APPLICANT_ROLE',
}
registerEnumType(ConditionOperand, {
  name: 'ConditionOperand',
  description:
    'FIELD: a form value (field "key", or "key.workingDays" / "key.workingHours" of a DATE_RANGE, "key.total" of a TABLE’s money column total, "key.amount" of MONEY); APPLICANT_DEPARTMENT: the department the request is made from (IN / NOT_IN take department ids and include their sub-departments); APPLICANT_RANK: the applicant’s job rank, compared by level (values are rank codes); APPLICANT_ROLE: the applicant’s roles (values are role keys or ids).',
});

/** How a condition compares. */
export enum ConditionOperator {
  EQ = 'EQ',
  NE = 'NE',
  GT = 'GT',
  GTE = 'GTE',
  LT = 'LT',
  LTE = 'LTE',
  IN = 'IN',
  NOT_IN = 'NOT_IN',
  IS_EMPTY = 'IS_EMPTY',
  IS_NOT_EMPTY = 'IS_NOT_EMPTY',
}
registerEnumType(ConditionOperator, { name: 'ConditionOperator', description: 'Comparison; GT…LTE compare numbers (and rank levels), IN / NOT_IN test membership in values.' });

/** One test of a branch. */
@ObjectType('FlowCondition', { description: 'One test on the form or the applicant; a branch is taken when all its tests hold.' })
@InputType('FlowConditionInput', { description: 'One test on the form or the applicant.' })
export class FlowCondition {
  @Field(() => ConditionOperand, { description: 'What is tested.' })
  operand!: ConditionOperand;

  @Field(() => String, { nullable: true, description: 'FIELD: the form field (or field.property) tested.' })
  @Text(60)
  field?: string | null;

  @Field(() => ConditionOperator, { description: 'How.' })
  operator!: ConditionOperator;

  @Field(() => [String], { nullable: true, description: 'What it is compared with (numbers as text, e.g. "10000"; one value except for IN / NOT_IN).' })
  @Text(200)
  values?: string[] | null;
}

/** The kinds of node a flow has. */
export enum FlowNodeType {
  APPROVAL = 'APPROVAL',
  CC = 'CC',
  CONDITION = 'CONDITION',
  PARALLEL = 'PARALLEL',
}
registerEnumType(FlowNodeType, {
  name: 'FlowNodeType',
  description:
    'APPROVAL: people decide; CC: people are notified; CONDITION: exactly one branch is taken (the first whose tests hold, else the default); PARALLEL: every branch runs at once and the flow goes on when all are done.',
});

/** A branch of a CONDITION or PARALLEL node. */
@ObjectType('FlowBranch', { description: 'A branch of a CONDITION or PARALLEL node: its nodes in order.' })
@InputType('FlowBranchInput', { description: 'A branch of a CONDITION or PARALLEL node.' })
export class FlowBranch {
  @Field(() => String, { description: 'Id, unique in the flow.' })
  @Text(50)
  id!: string;

  @Field(() => LocalizedText, { nullable: true, description: 'Name shown in the designer, e.g. “HK$10,000 以上”.' })
  name?: LocalizedText | null;

  @EmbeddedList()
  @Field(() => [FlowCondition], { nullable: true, description: 'CONDITION: tests that must all hold (none on the default branch).' })
  conditions?: FlowCondition[] | null;

  @Field(() => Boolean, { nullable: true, description: 'CONDITION: the branch taken when no other matches (exactly one per CONDITION node).' })
  isDefault?: boolean | null;

  @EmbeddedList()
  @Field(() => [FlowNode], { description: 'The branch’s nodes, in order (may be empty).' })
  nodes!: FlowNode[];
}

/** One node of a flow. */
@ObjectType('FlowNode', { description: 'One step of an approval flow.' })
@InputType('FlowNodeInput', { description: 'One step of an approval flow.' })
export class FlowNode {
  @Field(() => String, { description: 'Id, unique in the flow and stable across versions (returns and metrics name nodes by it).' })
  @Text(50)
  id!: string;

  @Field(() => FlowNodeType, { description: 'What kind of step.' })
  type!: FlowNodeType;

  @Field(() => LocalizedText, { nullable: true, description: 'Name, e.g. “部門主管審批”.' })
  name?: LocalizedText | null;

  @Field(() => ApprovalMode, { nullable: true, description: 'APPROVAL: how its approvers decide (default SINGLE).' })
  mode?: ApprovalMode | null;

  @Field(() => Int, { nullable: true, description: 'APPROVAL with mode RATIO: the share of approvals needed, 1–100.' })
  ratioPercent?: number | null;

  @EmbeddedList()
  @Field(() => [ApproverRule], { nullable: true, description: 'APPROVAL: who approves; CC: who is notified (the rules’ people together, in order).' })
  approvers?: ApproverRule[] | null;

  @Field(() => CcTiming, { nullable: true, description: 'CC: when to notify (default ON_REACH).' })
  ccTiming?: CcTiming | null;

  @EmbeddedList()
  @Field(() => [FieldPermission], { nullable: true, description: 'APPROVAL: what its approvers may do with form fields.' })
  fieldPermissions?: FieldPermission[] | null;

  @Field(() => NodeTimeLimit, { nullable: true, description: 'APPROVAL: the time limit of each approver.' })
  timeLimit?: NodeTimeLimit | null;

  @EmbeddedList()
  @Field(() => [FlowBranch], { nullable: true, description: 'CONDITION / PARALLEL: the branches (CONDITION: in the order they are tested).' })
  branches?: FlowBranch[] | null;
}

/** What to do when the applicant is also an approver of a node. */
export enum ApplicantApproverPolicy {
  AUTO_APPROVE = 'AUTO_APPROVE',
  SKIP_TO_MANAGER = 'SKIP_TO_MANAGER',
  KEEP = 'KEEP',
}
registerEnumType(ApplicantApproverPolicy, {
  name: 'ApplicantApproverPolicy',
  description: 'When the applicant is among a node’s approvers: AUTO_APPROVE their part; SKIP_TO_MANAGER: their direct manager approves instead; KEEP: they decide (needs allowSelfApproval).',
});

/** What to do with a person who approves at several nodes. */
export enum DuplicateApproverPolicy {
  KEEP = 'KEEP',
  DEDUPLICATE_CONSECUTIVE = 'DEDUPLICATE_CONSECUTIVE',
  DEDUPLICATE_ALL = 'DEDUPLICATE_ALL',
}
registerEnumType(DuplicateApproverPolicy, {
  name: 'DuplicateApproverPolicy',
  description: 'KEEP: they decide at every node; DEDUPLICATE_CONSECUTIVE: their part is approved automatically when they approved at the node just before; DEDUPLICATE_ALL: … at any earlier node.',
});

/** What to do when a node's rules find nobody. */
export enum EmptyApproverPolicy {
  AUTO_APPROVE = 'AUTO_APPROVE',
  ASSIGN_ADMIN = 'ASSIGN_ADMIN',
  FAIL = 'FAIL',
}
registerEnumType(EmptyApproverPolicy, {
  name: 'EmptyApproverPolicy',
  description:
    'When a node’s rules find nobody: AUTO_APPROVE the node; ASSIGN_ADMIN: the template’s fallbackApproverId decides; FAIL: the submission is refused (APPROVAL_NO_APPROVER) so the applicant can ask an admin.',
});

/** A template's policies. */
@ObjectType('ApprovalPolicies', { description: 'How a template’s flow treats awkward routes and what applicants may do afterwards.' })
@InputType('ApprovalPoliciesInput', { description: 'How a template’s flow treats awkward routes.' })
export class ApprovalPolicies {
  @Field(() => ApplicantApproverPolicy, { description: 'When the applicant is also an approver.' })
  applicantIsApprover: ApplicantApproverPolicy = ApplicantApproverPolicy.SKIP_TO_MANAGER;

  @Field(() => DuplicateApproverPolicy, { description: 'When one person approves at several nodes.' })
  duplicateApprovers: DuplicateApproverPolicy = DuplicateApproverPolicy.DEDUPLICATE_CONSECUTIVE;

  @Field(() => EmptyApproverPolicy, { description: 'When a node finds nobody.' })
  emptyApprovers: EmptyApproverPolicy = EmptyApproverPolicy.FAIL;

  @Field(() => ID, { nullable: true, description: 'ASSIGN_ADMIN: who decides when a node finds nobody.' })
  fallbackApproverId?: string | null;

  @Field(() => Boolean, { description: 'Whether an applicant may decide a task on their own request (false: never, whatever the route).' })
  allowSelfApproval: boolean = false;

  @Field(() => Int, { description: 'Days after approval during which the applicant may revoke it (0: never).' })
  revokeWindowDays: number = 0;
}

/** What a template version stores: its form, flow and policies. */
@ObjectType('ApprovalDefinition', { description: 'A template version’s form, flow and policies.' })
@InputType('ApprovalDefinitionInput', { description: 'A template’s form, flow and policies, as the designer sends them.' })
export class ApprovalDefinition {
  @EmbeddedList()
  @Field(() => [FormField], { description: 'The form, in order.' })
  form!: FormField[];

  @EmbeddedList()
  @Field(() => [FlowNode], { description: 'The flow from submission to the end, in order.' })
  flow!: FlowNode[];

  @Field(() => ApprovalPolicies, { description: 'Policies.' })
  policies!: ApprovalPolicies;
}
