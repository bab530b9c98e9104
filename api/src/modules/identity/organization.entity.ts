import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../core/database/base.entity.js';

/** An organisation: the tenant every other record belongs to. Its id is the tenant id. */
@ObjectType({ description: 'An organisation (company) using Harbour. Every record belongs to exactly one.' })
@Entity({ tableName: 'organization' })
export class Organization extends BaseEntity<'defaultLocale'> {
  @Field(() => ID, { description: 'The organisation id (also the tenant id).' })
  declare id: string;

  @Field(() => String, { description: 'Display name, e.g. 宏建工程有限公司.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { description: 'Short unique handle used in URLs and sign-in, e.g. "wanghin".' })
  @Property({ type: 'string', length: 60, unique: true })
  slug!: string;

  @Field(() => String, { description: 'Default language for people of this organisation: en, zh-HK or zh-CN.' })
  @Property({ type: 'string', length: 10, default: 'zh-HK' })
  defaultLocale: string = 'zh-HK';

  @Field(() => Date, { description: 'When the organisation was created.' })
  declare createdAt: Date;
}
