import type { Rel } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../../core/database/base.entity.js';
import { Person } from '../org/index.js';
import { AttendanceLeaveType } from './leave-type.entity.js';
import { AttendancePunch } from './attendance-punch.entity.js';

/** What a member asks attendance for, through an approval. */
export enum AttendanceRequestKind {
  LEAVE = 'LEAVE',
  MAKE_UP_PUNCH = 'MAKE_UP_PUNCH',
  OVERTIME = 'OVERTIME',
  OFFSITE_PUNCH = 'OFFSITE_PUNCH',
}
registerEnumType(AttendanceRequestKind, {
  name: 'AttendanceRequestKind',
  description:
    'LEAVE: days off of a leave type; MAKE_UP_PUNCH: a clock-in or clock-out that was missed; OVERTIME: work beyond the shift, paid or taken back as time off; OFFSITE_PUNCH: a punch away from every place, which counts once approved (groups with offsiteNeedsApproval).',
});

/** How overtime is made good. */
export enum OvertimeCompensation {
  PAY = 'PAY',
  TIME_OFF = 'TIME_OFF',
}
registerEnumType(OvertimeCompensation, { name: 'OvertimeCompensation', description: 'PAY: overtime pay (payroll export); TIME_OFF: compensation leave days granted in the leave ledger.' });

/** Where a request stands; it follows its approval's outcome. */
export enum AttendanceRequestStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
  REVOKED = 'REVOKED',
}
registerEnumType(AttendanceRequestStatus, {
  name: 'AttendanceRequestStatus',
  description: 'PENDING: its approval is under way; APPROVED: it counts in the days (and the leave ledger); REJECTED / WITHDRAWN: it never counted; REVOKED: it counted, and no longer does.',
});

/** Which half of a day a half-day leave takes. */
export enum HalfDay {
  AM = 'AM',
  PM = 'PM',
}
registerEnumType(HalfDay, { name: 'HalfDay', description: 'AM: the first half of the shift; PM: the second.' });

/** Which punch a make-up replaces. */
export enum MakeUpPunchType {
  IN = 'IN',
  OUT = 'OUT',
}
registerEnumType(MakeUpPunchType, { name: 'MakeUpPunchType', description: 'IN: a clock-in; OUT: a clock-out.' });

/**
 * A member's leave, make-up punch or overtime request. Attendance writes it and submits an approval about it (subject type
 * AttendanceRequest); the approval's outcome events move its status, and an approved request counts when days are
 * computed — the raw punches are never touched.
 */
@ObjectType({ description: 'A leave, make-up punch or overtime request: what was asked, and where its approval stands.' })
@Entity({ tableName: 'attendance_request' })
@Index({ properties: ['tenantId', 'person', 'status', 'startDate'] })
@Index({ properties: ['tenantId', 'approvalRequestId'] })
export class AttendanceRequest extends TenantEntity<
  | 'departmentId'
  | 'status'
  | 'version'
  | 'leaveType'
  | 'halfDay'
  | 'days'
  | 'punchType'
  | 'punchedAt'
  | 'overtimeStart'
  | 'overtimeEnd'
  | 'compensation'
  | 'reason'
  | 'approvalRequestId'
  | 'decidedAt'
  | 'punch'
> {
  @Field(() => ID, { description: 'Request id.' })
  declare id: string;

  @Field(() => AttendanceRequestKind, { description: 'What it asks for.' })
  @Enum({ items: () => AttendanceRequestKind })
  kind!: AttendanceRequestKind;

  /** Who asked (exposed through AttendanceRequestResolver.person). */
  @ManyToOne(() => Person, { deleteRule: 'cascade' })
  person!: Rel<Person>;

  /** Their primary department when they asked, for department managers' rules. */
  @Property({ type: 'uuid', nullable: true })
  departmentId: string | null = null;

  @Field(() => AttendanceRequestStatus, { description: 'Where it stands.' })
  @Enum({ items: () => AttendanceRequestStatus, default: AttendanceRequestStatus.PENDING })
  status: AttendanceRequestStatus = AttendanceRequestStatus.PENDING;

  @Field(() => String, { description: 'First day (YYYY-MM-DD); a make-up punch or overtime: its work day.' })
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => String, { description: 'Last day (YYYY-MM-DD); a make-up punch or overtime: its work day.' })
  @Property({ type: 'date' })
  endDate!: string;

  /** LEAVE: its type (exposed through AttendanceRequestResolver.leaveType). */
  @ManyToOne(() => AttendanceLeaveType, { nullable: true, deleteRule: 'restrict' })
  leaveType: Rel<AttendanceLeaveType> | null = null;

  @Field(() => HalfDay, { nullable: true, description: 'LEAVE of one day: the half taken, if only half.' })
  @Enum({ items: () => HalfDay, nullable: true })
  halfDay: HalfDay | null = null;

  /** LEAVE: the working days it takes, in hundredths (exposed as `days`). */
  @Property({ type: 'integer', nullable: true })
  days: number | null = null;

  @Field(() => MakeUpPunchType, { nullable: true, description: 'MAKE_UP_PUNCH: clock-in or clock-out.' })
  @Enum({ items: () => MakeUpPunchType, nullable: true })
  punchType: MakeUpPunchType | null = null;

  @Field(() => Date, { nullable: true, description: 'MAKE_UP_PUNCH: when the missed punch should have been; OFFSITE_PUNCH: when the punch was made.' })
  @Property({ type: 'datetime', nullable: true })
  punchedAt: Date | null = null;

  /** OFFSITE_PUNCH: the punch it asks to count (its time is `punchedAt`, its remark `reason`). */
  @ManyToOne(() => AttendancePunch, { nullable: true, deleteRule: 'cascade' })
  punch: Rel<AttendancePunch> | null = null;

  @Field(() => Date, { nullable: true, description: 'OVERTIME: when it starts.' })
  @Property({ type: 'datetime', nullable: true })
  overtimeStart: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'OVERTIME: when it ends.' })
  @Property({ type: 'datetime', nullable: true })
  overtimeEnd: Date | null = null;

  @Field(() => OvertimeCompensation, { nullable: true, description: 'OVERTIME: paid, or taken back as time off.' })
  @Enum({ items: () => OvertimeCompensation, nullable: true })
  compensation: OvertimeCompensation | null = null;

  @Field(() => String, { nullable: true, description: 'Why.' })
  @Property({ type: 'string', length: 1000, nullable: true })
  reason: string | null = null;

  @Field(() => ID, { nullable: true, description: 'The approval request deciding it (approvalRequest(id) shows its route to those who may read it).' })
  @Property({ type: 'uuid', nullable: true })
  approvalRequestId: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When its approval ended (approved, rejected, withdrawn or revoked).' })
  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;

  /** Bumped by every change of status, so two outcomes applied at once cannot both win. */
  @Property({ type: 'integer', version: true })
  version: number = 1;
}
