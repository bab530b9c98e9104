import { Entity, Enum, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../../core/database/base.entity.js';

/** How a leave type's balance grows by itself. */
export enum LeavePolicy {
  NONE = 'NONE',
  HK_ANNUAL = 'HK_ANNUAL',
  HK_SICK = 'HK_SICK',
}
registerEnumType(LeavePolicy, {
  name: 'LeavePolicy',
  description:
    'NONE: only grants and adjustments; HK_ANNUAL: the Employment Ordinance’s paid annual leave, 7 days after each year of continuous contract rising to 14 from the ninth; HK_SICK: its sickness days, 2 for each month of continuous contract in the first year and 4 after, accumulating to at most 120.',
});

/**
 * A kind of leave an organisation grants. Its key matches the option of the approvals library's leave form, so a
 * request reads the same in both. Balances are kept in days, for every type (overtime taken as time off is converted
 * to days when it is granted), so the ledger has one unit.
 */
@ObjectType({ description: 'A kind of leave (annual, sick, no-pay …): whether it needs a balance, and how that balance grows.' })
@Entity({ tableName: 'attendance_leave_type' })
@Unique({ properties: ['tenantId', 'key'] })
export class AttendanceLeaveType extends TenantEntity<'policy' | 'active' | 'version'> {
  @Field(() => ID, { description: 'Leave type id.' })
  declare id: string;

  @Field(() => String, { description: 'Stable key, e.g. annual, sick, no-pay (the leave form’s option).' })
  @Property({ type: 'string', length: 40 })
  key!: string;

  @Field(() => String, { description: 'Name in English.' })
  @Property({ type: 'string', length: 100 })
  nameEn!: string;

  @Field(() => String, { description: 'Name in Traditional Chinese (Hong Kong).' })
  @Property({ type: 'string', length: 100 })
  nameZhHk!: string;

  @Field(() => String, { description: 'Name in Simplified Chinese.' })
  @Property({ type: 'string', length: 100 })
  nameZhCn!: string;

  @Field(() => Boolean, { description: 'Whether it is paid (payroll export).' })
  @Property({ type: 'boolean' })
  paid!: boolean;

  @Field(() => Boolean, { description: 'Whether taking it draws on a balance (a request beyond the balance is refused); false: unlimited, e.g. no-pay leave.' })
  @Property({ type: 'boolean' })
  needsBalance!: boolean;

  @Field(() => LeavePolicy, { description: 'How its balance grows by itself.' })
  @Enum({ items: () => LeavePolicy, default: LeavePolicy.NONE })
  policy: LeavePolicy = LeavePolicy.NONE;

  @Field(() => Boolean, { description: 'Whether it can be requested.' })
  @Property({ type: 'boolean', default: true })
  active = true;

  @Field(() => Int, { description: 'Changes with every change; send it back to be told (VERSION_CONFLICT) if someone else changed it first.' })
  @Property({ type: 'integer', version: true })
  version = 1;
}
