import type { Rel } from '@mikro-orm/core';
import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../core/database/base.entity.js';
import { Person } from '../org/index.js';

/** The defaults an organisation runs without a policy row of its own. */
export const DEFAULT_POLICY = {
  readReceipts: true,
  editWindowMinutes: 60,
  recallWindowMinutes: 24 * 60,
  departmentGroups: false,
  departmentGroupsIncludeSubdepartments: false,
  retentionDays: null as number | null,
  dingSmsAfterMinutes: 5,
};

/** How messaging works in one organisation (one row, written by its admins). */
@ObjectType({ description: 'How messaging works in the organisation.' })
@Entity({ tableName: 'messaging_policy' })
@Unique({ properties: ['tenantId'] })
export class MessagingPolicy extends TenantEntity {
  @Field(() => Boolean, { description: 'Whether senders may see who has read their messages. Off: nobody sees anyone’s receipts.' })
  @Property({ type: 'boolean', default: true })
  readReceipts: boolean = DEFAULT_POLICY.readReceipts;

  @Field(() => Int, { description: 'Minutes after sending during which a sender may edit a message.' })
  @Property({ type: 'integer', default: DEFAULT_POLICY.editWindowMinutes })
  editWindowMinutes: number = DEFAULT_POLICY.editWindowMinutes;

  @Field(() => Int, { description: 'Minutes after sending during which a sender may recall a message.' })
  @Property({ type: 'integer', default: DEFAULT_POLICY.recallWindowMinutes })
  recallWindowMinutes: number = DEFAULT_POLICY.recallWindowMinutes;

  @Field(() => Boolean, { description: 'Whether every department has a group of its members, kept in step with the org chart (off until an admin turns it on).' })
  @Property({ type: 'boolean', default: false })
  departmentGroups: boolean = DEFAULT_POLICY.departmentGroups;

  @Field(() => Boolean, { description: 'Whether a department’s group also takes in the members of its sub-departments.' })
  @Property({ type: 'boolean', default: false })
  departmentGroupsIncludeSubdepartments: boolean = DEFAULT_POLICY.departmentGroupsIncludeSubdepartments;

  @Field(() => Int, { nullable: true, description: 'Messages older than this many days are deleted (except in conversations on legal hold); null keeps them for ever.' })
  @Property({ type: 'integer', nullable: true })
  retentionDays: number | null = DEFAULT_POLICY.retentionDays;

  @Field(() => Int, { description: 'Minutes after a DING before its recipients who have not read it get a text message.' })
  @Property({ type: 'integer', default: DEFAULT_POLICY.dingSmsAfterMinutes })
  dingSmsAfterMinutes: number = DEFAULT_POLICY.dingSmsAfterMinutes;
}

/** One person's messaging preferences. */
@Entity({ tableName: 'messaging_preference' })
@Unique({ properties: ['person'] })
export class MessagingPreference extends TenantEntity<'quietHoursStart' | 'quietHoursEnd'> {
  @ManyToOne(() => Person, { deleteRule: 'cascade' })
  person!: Rel<Person>;

  /** Off: senders never see that this person read their messages. */
  @Property({ type: 'boolean', default: true })
  showReadReceipts: boolean = true;

  /** Local times ("22:00", "08:00") between which DINGs do not text them, unless marked as an emergency. */
  @Property({ type: 'string', length: 5, nullable: true })
  quietHoursStart: string | null = null;

  @Property({ type: 'string', length: 5, nullable: true })
  quietHoursEnd: string | null = null;
}
