import type { Rel } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../../core/database/base.entity.js';
import { Person } from '../org/index.js';
import { AttendanceLeaveType } from './leave-type.entity.js';

/** The accounts of a person's leave of one type; every entry moves days from one to another. */
export enum LeaveAccount {
  ENTITLEMENT = 'ENTITLEMENT',
  AVAILABLE = 'AVAILABLE',
  USED = 'USED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(LeaveAccount, {
  name: 'LeaveAccount',
  description: 'ENTITLEMENT: where granted and accrued days come from; AVAILABLE: the balance; USED: days taken; EXPIRED: days forfeited.',
});

/** Why days moved. */
export enum LeaveEntryKind {
  GRANT = 'GRANT',
  ACCRUAL = 'ACCRUAL',
  USAGE = 'USAGE',
  EXPIRY = 'EXPIRY',
  CARRY_FORWARD = 'CARRY_FORWARD',
  ADJUSTMENT = 'ADJUSTMENT',
  REVERSAL = 'REVERSAL',
}
registerEnumType(LeaveEntryKind, {
  name: 'LeaveEntryKind',
  description:
    'GRANT: days given (e.g. time off in lieu of overtime); ACCRUAL: earned under the type’s policy; USAGE: leave taken (approved); EXPIRY: days forfeited; CARRY_FORWARD: days kept into the next leave year; ADJUSTMENT: HR’s correction, with a reason; REVERSAL: approved leave revoked, its days given back.',
});

/**
 * One movement in the leave ledger: `days` move from one account to another, so every entry is balanced by
 * construction (double entry) and a balance is the sum of what came into an account less what left it. Entries are
 * never changed; a mistake is corrected by another entry.
 */
@ObjectType({ description: 'A leave ledger entry: days moved from one account to another on a date (never changed; corrections are new entries).' })
@Entity({ tableName: 'attendance_leave_entry' })
@Index({ properties: ['tenantId', 'person', 'leaveType', 'effectiveOn'] })
@Unique({ properties: ['tenantId', 'person', 'leaveType', 'accrualKey'] })
@Check({ name: 'attendance_leave_entry_balanced', expression: 'days >= 0 and from_account <> to_account' })
export class AttendanceLeaveEntry extends TenantEntity<'departmentId' | 'requestId' | 'accrualKey' | 'note' | 'createdById'> {
  @Field(() => ID, { description: 'Entry id.' })
  declare id: string;

  /** Whose leave (exposed through AttendanceLeaveEntryResolver.person). */
  @ManyToOne(() => Person, { deleteRule: 'cascade' })
  person!: Rel<Person>;

  /** Their primary department when it was written, for department managers' rules. */
  @Property({ type: 'uuid', nullable: true })
  departmentId: string | null = null;

  /** The type of leave (exposed through AttendanceLeaveEntryResolver.leaveType). */
  @ManyToOne(() => AttendanceLeaveType, { deleteRule: 'cascade' })
  leaveType!: Rel<AttendanceLeaveType>;

  @Field(() => LeaveEntryKind, { description: 'Why the days moved.' })
  @Enum({ items: () => LeaveEntryKind })
  kind!: LeaveEntryKind;

  @Field(() => LeaveAccount, { description: 'The account the days left.' })
  @Enum({ items: () => LeaveAccount })
  fromAccount!: LeaveAccount;

  @Field(() => LeaveAccount, { description: 'The account the days went to.' })
  @Enum({ items: () => LeaveAccount })
  toAccount!: LeaveAccount;

  /** Days in hundredths (half a day is 50), so sums are exact (exposed as `days`). */
  @Property({ type: 'integer' })
  days!: number;

  @Field(() => String, { description: 'The day it counts from (YYYY-MM-DD): a balance as of a date sums the entries effective by then.' })
  @Property({ type: 'date' })
  effectiveOn!: string;

  /** The leave request it carries out, if any. */
  @Property({ type: 'uuid', nullable: true })
  requestId: string | null = null;

  /** An accrual's period (e.g. annual:3, sick:14), so running the accrual again posts nothing twice. */
  @Property({ type: 'string', length: 40, nullable: true })
  accrualKey: string | null = null;

  @Field(() => String, { nullable: true, description: 'Why (required for adjustments).' })
  @Property({ type: 'string', length: 500, nullable: true })
  note: string | null = null;

  /** Who wrote it (null: the system). */
  @Property({ type: 'uuid', nullable: true })
  createdById: string | null = null;
}
