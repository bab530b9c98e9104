import type { Rel } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../core/database/base.entity.js';
import { Department } from './department.entity.js';
import { Person } from './person.entity.js';

/**
 * One of a person's positions: the department they belong to, their manager there, and whether it is their primary
 * position (used when a rule needs "the" department or manager of a person).
 */
@ObjectType({ description: "A person's position in one department, with the manager for that position." })
@Entity({ tableName: 'membership' })
@Unique({ properties: ['person', 'department'] })
@Index({ properties: ['tenantId', 'department'] })
@Index({ properties: ['manager'] })
export class Membership extends TenantEntity<'manager' | 'isPrimary'> {
  @Field(() => ID, { description: 'Membership id.' })
  declare id: string;

  @ManyToOne(() => Person, { deleteRule: 'cascade' })
  person!: Rel<Person>;

  @ManyToOne(() => Department, { deleteRule: 'cascade' })
  department!: Rel<Department>;

  @ManyToOne(() => Person, { nullable: true, deleteRule: 'set null' })
  manager: Rel<Person> | null = null;

  @Field(() => Boolean, { description: 'Whether this is the person’s main position.' })
  @Property({ type: 'boolean', default: false })
  isPrimary: boolean = false;
}
