import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../core/database/base.entity.js';

/** An ordered job rank (P1–P8, M1–M5 …). `level` orders ranks across tracks for "at or above rank" rules. */
@ObjectType({ description: 'A job rank. Higher `level` means more senior, across tracks.' })
@Entity({ tableName: 'job_rank' })
@Unique({ properties: ['tenantId', 'code'] })
export class JobRank extends TenantEntity {
  @Field(() => ID, { description: 'Rank id.' })
  declare id: string;

  @Field(() => String, { description: 'Short code, e.g. P5 or M2.' })
  @Property({ type: 'string', length: 20 })
  code!: string;

  @Field(() => String, { description: 'Name, e.g. 高級工程師.' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => Int, { description: 'Seniority; compared across tracks.' })
  @Property({ type: 'integer' })
  level!: number;
}
