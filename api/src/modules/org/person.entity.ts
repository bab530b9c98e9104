import { Collection, type Rel } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, OneToMany, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../../core/database/base.entity.js';
import { JobRank } from './job-rank.entity.js';
import { Membership } from './membership.entity.js';

export enum PersonStatus {
  ACTIVE = 'ACTIVE',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(PersonStatus, { name: 'PersonStatus', description: 'Whether a person still works here.' });

/** Contact fields only people with an explicit field rule may read (see the Employee role). */
export const PROTECTED_PERSON_FIELDS = ['mobilePhone', 'personalEmail', 'homeAddress'] as const;

/** Person fields everyone in the organisation may see: a read grant without the protected fields names these. */
export const OPEN_PERSON_FIELDS = [
  'id',
  'displayName',
  'englishName',
  'workEmail',
  'employeeNo',
  'jobTitle',
  'rank',
  'employmentStartDate',
  'employmentEndDate',
  'status',
  'locale',
  'memberships',
  'externalId',
];

/** An employee. Belongs to one or more departments through memberships, each with its own manager. */
@ObjectType({ description: 'A person (employee) of the organisation.' })
@Entity({ tableName: 'person' })
@Unique({ properties: ['tenantId', 'externalId'] })
@Unique({ properties: ['tenantId', 'employeeNo'] })
@Index({ properties: ['tenantId', 'displayName'] })
export class Person extends TenantEntity<
  'englishName' | 'workEmail' | 'employeeNo' | 'jobTitle' | 'rank' | 'employmentStartDate' | 'employmentEndDate' | 'status' | 'locale' | 'mobilePhone' | 'personalEmail' | 'homeAddress' | 'externalId'
> {
  @Field(() => ID, { description: 'Person id.' })
  declare id: string;

  @Field(() => String, { description: 'Name as shown everywhere, e.g. 陳大文.' })
  @Property({ type: 'string', length: 200 })
  displayName!: string;

  @Field(() => String, { nullable: true, description: 'English name, e.g. Chan Tai Man, Peter.' })
  @Property({ type: 'string', length: 200, nullable: true })
  englishName: string | null = null;

  @Field(() => String, { nullable: true, description: 'Work email (also the sign-in email when the person has an account).' })
  @Property({ type: 'string', length: 254, nullable: true })
  workEmail: string | null = null;

  @Field(() => String, { nullable: true, description: 'Staff number.' })
  @Property({ type: 'string', length: 50, nullable: true })
  employeeNo: string | null = null;

  @Field(() => String, { nullable: true, description: 'Job title, e.g. 地盤總管.' })
  @Property({ type: 'string', length: 200, nullable: true })
  jobTitle: string | null = null;

  @ManyToOne(() => JobRank, { nullable: true, deleteRule: 'set null' })
  rank: Rel<JobRank> | null = null;

  @Field(() => String, { nullable: true, description: 'First day of employment (YYYY-MM-DD).' })
  @Property({ type: 'date', nullable: true })
  employmentStartDate: string | null = null;

  @Field(() => String, { nullable: true, description: 'Last day of employment (YYYY-MM-DD), if known.' })
  @Property({ type: 'date', nullable: true })
  employmentEndDate: string | null = null;

  @Field(() => PersonStatus, { description: 'ACTIVE, or ARCHIVED after leaving.' })
  @Enum({ items: () => PersonStatus, nativeEnumName: 'person_status', default: PersonStatus.ACTIVE })
  status: PersonStatus = PersonStatus.ACTIVE;

  @Field(() => String, { nullable: true, description: 'Preferred language: en, zh-HK or zh-CN.' })
  @Property({ type: 'string', length: 10, nullable: true })
  locale: string | null = null;

  // Protected contact fields: exposed through field resolvers that check the caller's field rules.
  @Property({ type: 'string', length: 50, nullable: true })
  mobilePhone: string | null = null;

  @Property({ type: 'string', length: 254, nullable: true })
  personalEmail: string | null = null;

  @Property({ type: 'string', length: 500, nullable: true })
  homeAddress: string | null = null;

  @Field(() => String, { nullable: true, description: 'Id in the system it was imported from (CSV import matches on it).' })
  @Property({ type: 'string', length: 100, nullable: true })
  externalId: string | null = null;

  @OneToMany(() => Membership, (membership) => membership.person)
  memberships = new Collection<Membership>(this);
}
