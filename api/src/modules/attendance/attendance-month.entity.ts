import { Entity, Enum, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../../core/database/base.entity.js';

/** Whether a month's attendance may still change. */
export enum AttendanceMonthStatus {
  OPEN = 'OPEN',
  LOCKED = 'LOCKED',
}
registerEnumType(AttendanceMonthStatus, {
  name: 'AttendanceMonthStatus',
  description: 'OPEN: punches and recomputation change its days; LOCKED: cut off for payroll — its days stay as they are until an admin reopens it.',
});

/** A month's payroll cut-off. A month without a row has never been locked (OPEN). */
@ObjectType({ description: 'A month’s payroll cut-off: locked, its days no longer change (late offline punches and recomputation are refused) until it is reopened.' })
@Entity({ tableName: 'attendance_month' })
@Unique({ properties: ['tenantId', 'month'] })
export class AttendanceMonth extends TenantEntity<'status' | 'lockedAt' | 'reopenedAt' | 'reopenReason' | 'version'> {
  @Field(() => ID, { description: 'Id (a month never locked has none of its own: its id is its month).' })
  declare id: string;

  @Field(() => String, { description: 'The month, YYYY-MM.' })
  @Property({ type: 'string', length: 7 })
  month!: string;

  @Field(() => AttendanceMonthStatus, { description: 'OPEN or LOCKED.' })
  @Enum({ items: () => AttendanceMonthStatus, default: AttendanceMonthStatus.OPEN })
  status: AttendanceMonthStatus = AttendanceMonthStatus.OPEN;

  @Field(() => Date, { nullable: true, description: 'When it was last locked.' })
  @Property({ type: 'datetime', nullable: true })
  lockedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was last reopened.' })
  @Property({ type: 'datetime', nullable: true })
  reopenedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Why it was last reopened.' })
  @Property({ type: 'string', length: 500, nullable: true })
  reopenReason: string | null = null;

  @Field(() => Int, { description: 'Changes with every change; send it back to be told (VERSION_CONFLICT) if someone else changed it first.' })
  @Property({ type: 'integer', version: true })
  version: number = 1;
}
