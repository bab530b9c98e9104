import type { Rel } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../core/database/base.entity.js';
import { Person } from '../org/index.js';
import { Message } from './message.entity.js';

/**
 * An urgent nudge (DING) about a message to some of its conversation's members: in the app at once, then by text
 * message to those who have not read it after the organisation's delay — within their quiet hours only for emergencies.
 */
@ObjectType({ description: 'A DING: an urgent nudge about a message, by text message if it stays unread.' })
@Entity({ tableName: 'ding' })
@Index({ properties: ['tenantId', 'sender', 'createdAt'] })
export class Ding extends TenantEntity<'emergency'> {
  @Field(() => ID, { description: 'DING id.' })
  declare id: string;

  @ManyToOne(() => Message, { deleteRule: 'cascade' })
  message!: Rel<Message>;

  @ManyToOne(() => Person, { deleteRule: 'cascade' })
  sender!: Rel<Person>;

  @Field(() => Boolean, { description: 'An emergency: texts go out even in recipients’ quiet hours.' })
  @Property({ type: 'boolean', default: false })
  emergency: boolean = false;

  @Field(() => Date, { description: 'When it was sent.' })
  declare createdAt: Date;
}

/** One recipient of a DING: whether they confirmed it and whether they were texted. */
@Entity({ tableName: 'ding_recipient' })
@Unique({ properties: ['ding', 'person'] })
@Index({ properties: ['tenantId', 'person'] })
export class DingRecipient extends TenantEntity<'confirmedAt' | 'textedAt'> {
  @ManyToOne(() => Ding, { deleteRule: 'cascade' })
  ding!: Rel<Ding>;

  @ManyToOne(() => Person, { deleteRule: 'cascade' })
  person!: Rel<Person>;

  @Property({ type: 'datetime', nullable: true })
  confirmedAt: Date | null = null;

  /** When a text was queued for them (null: not texted, or not yet). */
  @Property({ type: 'datetime', nullable: true })
  textedAt: Date | null = null;
}
