import { Entity, Enum, Index, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../../core/database/base.entity.js';

/** How a shift's hours are set. */
export enum ShiftKind {
  FIXED = 'FIXED',
  FLEXIBLE = 'FLEXIBLE',
}
registerEnumType(ShiftKind, {
  name: 'ShiftKind',
  description: 'FIXED: work from start to end; FLEXIBLE: start between start and coreStart, be there for the core hours, work requiredMinutes, leave by end.',
});

/** A break inside a shift, in local clock time. */
@ObjectType({ description: 'A break inside a shift (not working time).' })
export class ShiftBreak {
  @Field(() => String, { description: 'Start, HH:MM.' })
  start!: string;

  @Field(() => String, { description: 'End, HH:MM.' })
  end!: string;
}

/** Working hours a group's members keep. */
@ObjectType({ description: 'Working hours: when work starts and ends, the tolerances, and when punching is open.' })
@Entity({ tableName: 'attendance_shift' })
@Index({ properties: ['tenantId', 'name'] })
export class AttendanceShift extends TenantEntity<
  'kind' | 'lateToleranceMinutes' | 'earlyLeaveToleranceMinutes' | 'punchOpensBeforeMinutes' | 'punchClosesAfterMinutes' | 'breaks' | 'coreStart' | 'coreEnd' | 'requiredMinutes' | 'version'
> {
  @Field(() => ID, { description: 'Shift id.' })
  declare id: string;

  @Field(() => String, { description: 'Name, e.g. 寫字樓 09:00–18:00.' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => ShiftKind, { description: 'FIXED or FLEXIBLE hours.' })
  @Enum({ items: () => ShiftKind, default: ShiftKind.FIXED })
  kind: ShiftKind = ShiftKind.FIXED;

  @Field(() => String, { description: 'Start of work, HH:MM local time (FLEXIBLE: the earliest start).' })
  @Property({ type: 'string', length: 5 })
  start!: string;

  @Field(() => String, { description: 'End of work, HH:MM (FLEXIBLE: the latest end). At or before the start: the shift ends the next day, and belongs to the day it starts.' })
  @Property({ type: 'string', length: 5 })
  end!: string;

  @Field(() => Int, { description: 'Minutes after the start (FLEXIBLE: after coreStart) before a punch counts as late.' })
  @Property({ type: 'integer' })
  lateToleranceMinutes: number = 0;

  @Field(() => Int, { description: 'Minutes before the end (FLEXIBLE: before coreEnd) within which leaving is not early.' })
  @Property({ type: 'integer' })
  earlyLeaveToleranceMinutes: number = 0;

  @Field(() => Int, { description: 'How long before the start punching opens (0–720 minutes).' })
  @Property({ type: 'integer' })
  punchOpensBeforeMinutes: number = 120;

  @Field(() => Int, { description: 'How long after the end punching stays open (0–720 minutes).' })
  @Property({ type: 'integer' })
  punchClosesAfterMinutes: number = 360;

  @Field(() => [ShiftBreak], { description: 'Breaks (not working time).' })
  @Property({ type: 'json' })
  breaks: ShiftBreak[] = [];

  @Field(() => String, { nullable: true, description: 'FLEXIBLE: core hours start (the latest start), HH:MM.' })
  @Property({ type: 'string', length: 5, nullable: true })
  coreStart: string | null = null;

  @Field(() => String, { nullable: true, description: 'FLEXIBLE: core hours end (the earliest end), HH:MM.' })
  @Property({ type: 'string', length: 5, nullable: true })
  coreEnd: string | null = null;

  @Field(() => Int, { nullable: true, description: 'FLEXIBLE: minutes of work required in the day (breaks excluded).' })
  @Property({ type: 'integer', nullable: true })
  requiredMinutes: number | null = null;

  @Field(() => Int, { description: 'Changes with every change; send it back to be told (VERSION_CONFLICT) if someone else changed it first.' })
  @Property({ type: 'integer', version: true })
  version: number = 1;
}
