import type { Rel } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../../core/database/base.entity.js';
import { Person } from '../org/index.js';
import { HalfDay } from './attendance-request.entity.js';

/** How a work day turned out. */
export enum AttendanceDayStatus {
  NORMAL = 'NORMAL',
  EXCEPTION = 'EXCEPTION',
  ABSENT = 'ABSENT',
  REST = 'REST',
  UNSCHEDULED = 'UNSCHEDULED',
  ON_LEAVE = 'ON_LEAVE',
}
registerEnumType(AttendanceDayStatus, {
  name: 'AttendanceDayStatus',
  description:
    'NORMAL: on time, full day; EXCEPTION: see exceptions; ABSENT: a working day without a punch; REST: a day off (punches then are rest-day work); UNSCHEDULED: punched, but the group has no shift to judge by, so only the punches’ span is kept; ON_LEAVE: a working day on approved full-day leave (see leaveTypeKey).',
});

/** What was wrong with a working day. */
export enum AttendanceDayException {
  LATE = 'LATE',
  EARLY_LEAVE = 'EARLY_LEAVE',
  MISSING_IN = 'MISSING_IN',
  MISSING_OUT = 'MISSING_OUT',
  SHORT_HOURS = 'SHORT_HOURS',
  OFFSITE = 'OFFSITE',
  FLAGGED = 'FLAGGED',
}
registerEnumType(AttendanceDayException, {
  name: 'AttendanceDayException',
  description:
    'LATE / EARLY_LEAVE: beyond the shift’s tolerance; MISSING_IN / MISSING_OUT: only one punch; SHORT_HOURS: a flexible shift’s required time not worked; OFFSITE: a punch away from every place; FLAGGED: a punch with another doubt (offline, clock skew, mock location, poor accuracy).',
});

/**
 * One person's computed work day: derived from their punches and the rules of the time, recomputed whenever a punch
 * arrives (and nightly, so a day without any becomes ABSENT). Punches themselves are never changed.
 */
@ObjectType({ description: 'A person’s work day as computed from their punches and their group’s rules (recomputed as punches arrive; punches are never changed).' })
@Entity({ tableName: 'attendance_day' })
@Unique({ properties: ['tenantId', 'person', 'workDate'] })
@Index({ properties: ['tenantId', 'workDate', 'status'] })
@Index({ properties: ['tenantId', 'departmentId', 'workDate'] })
export class AttendanceDay extends TenantEntity<
  | 'departmentId'
  | 'groupId'
  | 'firstPunchAt'
  | 'lastPunchAt'
  | 'exceptions'
  | 'punchCount'
  | 'lateMinutes'
  | 'earlyLeaveMinutes'
  | 'workedMinutes'
  | 'shortMinutes'
  | 'makeUpCount'
  | 'leaveTypeKey'
  | 'leaveHalfDay'
> {
  @Field(() => ID, { description: 'Day id.' })
  declare id: string;

  /** Whose day (exposed through AttendanceDayResolver.person). */
  @ManyToOne(() => Person, { deleteRule: 'cascade' })
  person!: Rel<Person>;

  /** Their primary department when computed, for department managers' rules. */
  @Property({ type: 'uuid', nullable: true })
  departmentId: string | null = null;

  /** The group whose rules applied. */
  @Property({ type: 'uuid', nullable: true })
  groupId: string | null = null;

  @Field(() => String, { description: 'The work day (YYYY-MM-DD).' })
  @Property({ type: 'date' })
  workDate!: string;

  @Field(() => Boolean, { description: 'Whether it was a working day on the calendar.' })
  @Property({ type: 'boolean' })
  isWorkingDay!: boolean;

  @Field(() => AttendanceDayStatus, { description: 'How it turned out.' })
  @Enum({ items: () => AttendanceDayStatus })
  status!: AttendanceDayStatus;

  @Field(() => [AttendanceDayException], { description: 'What was wrong (empty on a normal day).' })
  @Property({ type: 'json' })
  exceptions: AttendanceDayException[] = [];

  @Field(() => Date, { nullable: true, description: 'The first punch (the clock-in, unless it was missing).' })
  @Property({ type: 'datetime', nullable: true })
  firstPunchAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'The last punch (the clock-out, unless it was missing).' })
  @Property({ type: 'datetime', nullable: true })
  lastPunchAt: Date | null = null;

  @Field(() => Int, { description: 'Punches that day, approved make-up punches included.' })
  @Property({ type: 'integer' })
  punchCount: number = 0;

  @Field(() => Int, { description: 'Of those, approved make-up punches.' })
  @Property({ type: 'integer', default: 0 })
  makeUpCount: number = 0;

  @Field(() => String, { nullable: true, description: 'The approved leave taken that day, by its type key (annual, sick …), whole or half.' })
  @Property({ type: 'string', length: 40, nullable: true })
  leaveTypeKey: string | null = null;

  @Field(() => HalfDay, { nullable: true, description: 'Which half of the day the leave took (null: the whole day, or no leave).' })
  @Enum({ items: () => HalfDay, nullable: true })
  leaveHalfDay: HalfDay | null = null;

  @Field(() => Int, { description: 'Minutes late (0 within the tolerance).' })
  @Property({ type: 'integer' })
  lateMinutes: number = 0;

  @Field(() => Int, { description: 'Minutes left early (0 within the tolerance).' })
  @Property({ type: 'integer' })
  earlyLeaveMinutes: number = 0;

  @Field(() => Int, { description: 'Minutes between the first and last punch, breaks excluded.' })
  @Property({ type: 'integer' })
  workedMinutes: number = 0;

  @Field(() => Int, { description: 'FLEXIBLE shifts: minutes short of the required time.' })
  @Property({ type: 'integer' })
  shortMinutes: number = 0;

  @Field(() => Int, { description: 'Overtime minutes that count, by the group’s overtime mode (0 below its minimum).' })
  @Property({ type: 'integer', default: 0 })
  overtimeMinutes: number = 0;

  @Field(() => Date, { description: 'When it was last computed.' })
  @Property({ type: 'datetime' })
  computedAt!: Date;
}
