import type { Rel } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../core/database/base.entity.js';
import { Person } from '../org/index.js';
import { AttendanceShift } from './attendance-shift.entity.js';

/** One person's shift on one day, for members of a rostered group; no shift means a rest day. */
@ObjectType({ description: 'A roster entry: the shift one person works on one day (members of a rostered group); no shift: a rest day.' })
@Entity({ tableName: 'attendance_roster_entry' })
@Unique({ properties: ['tenantId', 'person', 'date'] })
@Index({ properties: ['tenantId', 'date'] })
export class AttendanceRosterEntry extends TenantEntity<'shift' | 'departmentId'> {
  @Field(() => ID, { description: 'Entry id.' })
  declare id: string;

  /** Whose day (exposed through AttendanceRosterResolver.person). */
  @ManyToOne(() => Person, { deleteRule: 'cascade' })
  person!: Rel<Person>;

  /** Their primary department when the entry was written, for department managers' rules. */
  @Property({ type: 'uuid', nullable: true })
  departmentId: string | null = null;

  @Field(() => String, { description: 'The day, YYYY-MM-DD (an overnight shift belongs to the day it starts).' })
  @Property({ type: 'date' })
  date!: string;

  /** The shift worked (exposed through AttendanceRosterResolver.shift); null: a rest day. */
  @ManyToOne(() => AttendanceShift, { nullable: true, deleteRule: 'set null' })
  shift: Rel<AttendanceShift> | null = null;
}
