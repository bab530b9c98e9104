import { Collection, type Rel } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, OneToMany, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../../core/database/base.entity.js';
import { Department, Person } from '../org/index.js';
import { ApprovalTemplate, ApprovalTemplateVersion } from './approval-template.entity.js';
import type { ComputedValues, FormValues } from './form-values.js';
import type { Route } from './routing.js';

/** Where a request is in its life (changed only by the verbs in approvals.transitions.ts). */
export enum ApprovalRequestStatus {
  RUNNING = 'RUNNING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  RETURNED = 'RETURNED',
  WITHDRAWN = 'WITHDRAWN',
  REVOKED = 'REVOKED',
}
registerEnumType(ApprovalRequestStatus, {
  name: 'ApprovalRequestStatus',
  description:
    'RUNNING: approvers are deciding; APPROVED / REJECTED: finished; RETURNED: sent back to the applicant to change and resubmit; WITHDRAWN: the applicant took it back; REVOKED: the applicant cancelled it after approval, within the template’s window.',
});

/** A request someone submitted on a template version, with its resolved route and where it stands. */
@ObjectType({ description: 'A request submitted on a template: its form values, its route and where it stands.' })
@Entity({ tableName: 'approval_request' })
@Index({ properties: ['tenantId', 'applicant', 'submittedAt'] })
@Index({ properties: ['tenantId', 'status', 'submittedAt'] })
@Index({ properties: ['tenantId', 'template', 'submittedAt'] })
@Index({ properties: ['tenantId', 'subjectType', 'subjectId'] })
export class ApprovalRequest extends TenantEntity<
  'status' | 'version' | 'round' | 'finishedAt' | 'department' | 'subjectType' | 'subjectId' | 'doneNodes' | 'lastRemindedAt' | 'revokeWindowDays' | 'activityCount'
> {
  @Field(() => ID, { description: 'Request id.' })
  declare id: string;

  @ManyToOne(() => ApprovalTemplate, { deleteRule: 'restrict' })
  template!: Rel<ApprovalTemplate>;

  @ManyToOne(() => ApprovalTemplateVersion, { deleteRule: 'restrict' })
  templateVersion!: Rel<ApprovalTemplateVersion>;

  /** Who asked (exposed through the resolver, authorized like any link to a person). */
  @ManyToOne(() => Person, { deleteRule: 'restrict' })
  applicant!: Rel<Person>;

  /** The department it was made from (routing and filters use it). */
  @ManyToOne(() => Department, { nullable: true, deleteRule: 'set null' })
  department: Rel<Department> | null = null;

  @Field(() => String, { description: 'A one-line summary: template name and applicant, e.g. 請假申請 — 陳大文.' })
  @Property({ type: 'string', length: 300 })
  title!: string;

  @Field(() => String, { nullable: true, description: 'The kind of record the request is about, set by the module that submitted it (e.g. LeaveRequest).' })
  @Property({ type: 'string', length: 50, nullable: true })
  subjectType: string | null = null;

  @Field(() => String, { nullable: true, description: 'The id of that record.' })
  @Property({ type: 'string', length: 100, nullable: true })
  subjectId: string | null = null;

  /** The form values as submitted (exposed through the resolver, with fields hidden from the caller left out). */
  @Property({ type: 'json' })
  values!: FormValues;

  /** Totals and working-time durations derived from the values. */
  @Property({ type: 'json' })
  computed!: ComputedValues;

  /** The route resolved at submission (or resubmission). */
  @Property({ type: 'json' })
  route!: Route;

  /** The route's node ids that are finished in the current round. */
  @Property({ type: 'json' })
  doneNodes: string[] = [];

  @Field(() => ApprovalRequestStatus, { description: 'Where it stands.' })
  @Enum({ items: () => ApprovalRequestStatus, default: ApprovalRequestStatus.RUNNING })
  status: ApprovalRequestStatus = ApprovalRequestStatus.RUNNING;

  @Field(() => Int, { description: 'Which submission this is: 1, then one more for each resubmission after a return.' })
  @Property({ type: 'integer', default: 1 })
  round: number = 1;

  @Field(() => Date, { description: 'When it was (last) submitted.' })
  @Property({ type: 'datetime' })
  submittedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was approved, rejected, withdrawn or revoked.' })
  @Property({ type: 'datetime', nullable: true })
  finishedAt: Date | null = null;

  @Field(() => Date, { description: 'When anyone last acted on it (every action changes it, and with it the version).' })
  @Property({ type: 'datetime' })
  lastActivityAt!: Date;

  @Field(() => Int, { description: 'Days after approval during which the applicant may revoke it (the template’s policy when submitted; 0: never).' })
  @Property({ type: 'integer', default: 0 })
  revokeWindowDays: number = 0;

  /** How many timeline entries it has (each entry's ordinal, so entries of one instant keep their order). */
  @Property({ type: 'integer', default: 0 })
  activityCount: number = 0;

  /** When the applicant last urged the approvers (reminders are rate-limited). */
  @Property({ type: 'datetime', nullable: true })
  lastRemindedAt: Date | null = null;

  /** Everyone besides the applicant who takes part (the read rule's participantIds). */
  @OneToMany(() => ApprovalParticipant, (participant) => participant.request)
  participants = new Collection<ApprovalParticipant>(this);

  @Field(() => Int, { description: 'Changes with every action on the request; send it back with a verb to be told (VERSION_CONFLICT) if someone acted first.' })
  @Property({ type: 'integer', version: true })
  version: number = 1;
}

/** Where one approver's task stands. */
export enum ApprovalTaskStatus {
  WAITING = 'WAITING',
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  AUTO_APPROVED = 'AUTO_APPROVED',
  REJECTED = 'REJECTED',
  RETURNED = 'RETURNED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ApprovalTaskStatus, {
  name: 'ApprovalTaskStatus',
  description:
    'WAITING: their turn has not come (a later approver of a SEQUENTIAL node, or a signer added after); PENDING: theirs to decide; APPROVED / REJECTED / RETURNED: what they decided; AUTO_APPROVED: approved by a policy (the applicant or a repeated approver) or a time limit; CANCELLED: no longer needed (the node was decided by others, or the request ended).',
});

/** One person's part in one node of a request. */
@ObjectType({ description: 'One approver’s part in one node of a request.' })
@Entity({ tableName: 'approval_task' })
@Index({ properties: ['tenantId', 'assignee', 'status', 'assignedAt'] })
@Index({ properties: ['request', 'round'] })
export class ApprovalTask extends TenantEntity<
  'status' | 'version' | 'assignedAt' | 'decidedAt' | 'comment' | 'dueAt' | 'waitingFor' | 'addedBy' | 'isAddedSigner' | 'autoReason' | 'transferredFrom' | 'escalatedAt' | 'remindedAt'
> {
  @Field(() => ID, { description: 'Task id.' })
  declare id: string;

  @ManyToOne(() => ApprovalRequest, { deleteRule: 'cascade' })
  request!: Rel<ApprovalRequest>;

  @Field(() => String, { description: 'The route node it belongs to.' })
  @Property({ type: 'string', length: 50 })
  nodeId!: string;

  @Field(() => Int, { description: 'The request round it belongs to.' })
  @Property({ type: 'integer' })
  round!: number;

  @Field(() => Int, { description: 'Its place among the node’s tasks (SEQUENTIAL order).' })
  @Property({ type: 'integer' })
  sequence!: number;

  /** Who decides (exposed through the resolver). */
  @ManyToOne(() => Person, { deleteRule: 'restrict' })
  assignee!: Rel<Person>;

  @Field(() => ApprovalTaskStatus, { description: 'Where it stands.' })
  @Enum({ items: () => ApprovalTaskStatus, default: ApprovalTaskStatus.PENDING })
  status: ApprovalTaskStatus = ApprovalTaskStatus.PENDING;

  /** The task that must be approved before this one becomes PENDING. */
  @Property({ type: 'uuid', nullable: true })
  waitingFor: string | null = null;

  @Field(() => Boolean, { description: 'Whether an approver added this signer (who must approve whatever the node’s mode).' })
  @Property({ type: 'boolean', default: false })
  isAddedSigner: boolean = false;

  /** Who added this signer. */
  @ManyToOne(() => Person, { nullable: true, deleteRule: 'set null' })
  addedBy: Rel<Person> | null = null;

  /** Who had the task before it was transferred (or escalated) to the assignee. */
  @ManyToOne(() => Person, { nullable: true, deleteRule: 'set null' })
  transferredFrom: Rel<Person> | null = null;

  @Field(() => Date, { nullable: true, description: 'When it became the assignee’s to decide.' })
  @Property({ type: 'datetime', nullable: true })
  assignedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was decided.' })
  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'The approver’s comment or reason.' })
  @Property({ type: 'text', nullable: true })
  comment: string | null = null;

  @Field(() => String, { nullable: true, description: 'Why it was approved automatically: APPLICANT, DUPLICATE, NOBODY or TIMEOUT.' })
  @Property({ type: 'string', length: 20, nullable: true })
  autoReason: string | null = null;

  @Field(() => Date, { nullable: true, description: 'The deadline in working time, when the node has a time limit.' })
  @Property({ type: 'datetime', nullable: true })
  dueAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When the approver was last reminded (by the applicant or the time limit).' })
  @Property({ type: 'datetime', nullable: true })
  remindedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was escalated to the approver’s manager.' })
  @Property({ type: 'datetime', nullable: true })
  escalatedAt: Date | null = null;

  @Field(() => Int, { description: 'Changes with every change to the task.' })
  @Property({ type: 'integer', version: true })
  version: number = 1;
}

/** Why a person may see a request. */
export enum ApprovalParticipation {
  APPROVER = 'APPROVER',
  CC = 'CC',
  MENTIONED = 'MENTIONED',
}
registerEnumType(ApprovalParticipation, { name: 'ApprovalParticipation', description: 'Why someone takes part: they approve (or did), are copied (CC), or were @mentioned in a comment.' });

/** Someone other than the applicant who takes part in a request (the read rule and "CC'd to me" use it). */
@Entity({ tableName: 'approval_participant' })
@Unique({ properties: ['request', 'person', 'kind'] })
// The read rule ("requests I take part in") and "copied to me" ask for a person's request ids: an index-only scan.
@Index({ properties: ['person', 'kind', 'request'] })
export class ApprovalParticipant extends TenantEntity<'notifiedAt'> {
  @ManyToOne(() => ApprovalRequest, { deleteRule: 'cascade' })
  request!: Rel<ApprovalRequest>;

  @ManyToOne(() => Person, { deleteRule: 'cascade' })
  person!: Rel<Person>;

  @Enum({ items: () => ApprovalParticipation })
  kind!: ApprovalParticipation;

  /** CC: when they were notified (null while a finish-time CC waits for the end). */
  @Property({ type: 'datetime', nullable: true })
  notifiedAt: Date | null = null;
}

/** What happened on a request. */
export enum ApprovalActivityKind {
  SUBMITTED = 'SUBMITTED',
  RESUBMITTED = 'RESUBMITTED',
  APPROVED = 'APPROVED',
  AUTO_APPROVED = 'AUTO_APPROVED',
  REJECTED = 'REJECTED',
  RETURNED = 'RETURNED',
  WITHDRAWN = 'WITHDRAWN',
  REVOKED = 'REVOKED',
  TRANSFERRED = 'TRANSFERRED',
  ESCALATED = 'ESCALATED',
  SIGNER_ADDED = 'SIGNER_ADDED',
  COMMENTED = 'COMMENTED',
  REMINDED = 'REMINDED',
  CC_SENT = 'CC_SENT',
  FINISHED = 'FINISHED',
}
registerEnumType(ApprovalActivityKind, { name: 'ApprovalActivityKind', description: 'What happened on a request (one timeline entry).' });

/** One entry of a request's timeline. */
@ObjectType({ description: 'One entry of a request’s timeline.' })
@Entity({ tableName: 'approval_activity' })
@Unique({ properties: ['request', 'ordinal'] })
export class ApprovalActivity extends TenantEntity<'actor' | 'nodeId' | 'comment' | 'details' | 'target'> {
  @Field(() => ID, { description: 'Entry id.' })
  declare id: string;

  @ManyToOne(() => ApprovalRequest, { deleteRule: 'cascade' })
  request!: Rel<ApprovalRequest>;

  @Field(() => Int, { description: 'Its place in the request’s timeline, from 1.' })
  @Property({ type: 'integer' })
  ordinal!: number;

  @Field(() => ApprovalActivityKind, { description: 'What happened.' })
  @Enum({ items: () => ApprovalActivityKind })
  kind!: ApprovalActivityKind;

  /** Who did it; null for the engine (policies, time limits). */
  @ManyToOne(() => Person, { nullable: true, deleteRule: 'set null' })
  actor: Rel<Person> | null = null;

  /** Whom it concerned (the new assignee of a transfer, the added signer, the @mentioned …). */
  @ManyToOne(() => Person, { nullable: true, deleteRule: 'set null' })
  target: Rel<Person> | null = null;

  @Field(() => String, { nullable: true, description: 'The route node, if any.' })
  @Property({ type: 'string', length: 50, nullable: true })
  nodeId: string | null = null;

  @Field(() => String, { nullable: true, description: 'The comment or reason given.' })
  @Property({ type: 'text', nullable: true })
  comment: string | null = null;

  /** Details of the entry (the node returned to, where a signer was added …). */
  @Property({ type: 'json', nullable: true })
  details: Record<string, unknown> | null = null;

  @Field(() => Date, { description: 'When it happened.' })
  declare createdAt: Date;
}
