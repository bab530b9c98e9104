import { Collection, type Rel } from '@mikro-orm/core';
import { Entity, Index, ManyToMany, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../core/database/base.entity.js';
import { Person } from './person.entity.js';

/** A department in the organisation tree. Moves keep the tree acyclic; archiving hides it from pickers. */
@ObjectType({ description: 'A department (or team, site, branch) in the organisation tree.' })
@Entity({ tableName: 'department' })
@Unique({ properties: ['tenantId', 'externalId'] })
@Index({ properties: ['tenantId', 'parent'] })
export class Department extends TenantEntity<'code' | 'parent' | 'sortOrder' | 'externalId' | 'archivedAt'> {
  @Field(() => ID, { description: 'Department id.' })
  declare id: string;

  @Field(() => String, { description: 'Name, e.g. 地盤一組.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Optional short code, e.g. SITE-1.' })
  @Property({ type: 'string', length: 50, nullable: true })
  code: string | null = null;

  @ManyToOne(() => Department, { nullable: true, deleteRule: 'restrict' })
  parent: Rel<Department> | null = null;

  @Field(() => Int, { description: 'Position among siblings (ascending).' })
  @Property({ type: 'integer', default: 0 })
  sortOrder: number = 0;

  @Field(() => String, { nullable: true, description: 'Id in the system it was imported from (CSV import matches on it).' })
  @Property({ type: 'string', length: 100, nullable: true })
  externalId: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the department was archived; null while active.' })
  @Property({ type: 'datetime', nullable: true })
  archivedAt: Date | null = null;

  @ManyToMany(() => Person, undefined, { pivotTable: 'department_leader', joinColumn: 'department_id', inverseJoinColumn: 'person_id' })
  leaders = new Collection<Person>(this);

  @Field(() => Date, { description: 'When the department was created.' })
  declare createdAt: Date;
}
