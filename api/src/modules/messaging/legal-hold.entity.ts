import type { Rel } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../../core/database/base.entity.js';
import { Person } from '../org/index.js';
import { Conversation } from './conversation.entity.js';
import { MessageLocation, Message } from './message.entity.js';

/**
 * A legal hold: while it is in force, retention deletes nothing it covers, and what an edit, recall or moderator
 * removes is kept as a held version. It covers one conversation, or everything one person (a custodian) takes or took
 * part in — direct chats included, which is how a hold reaches them without anyone reading them first.
 */
@ObjectType({ description: 'A legal hold on a conversation or on everything a person takes part in: nothing it covers is deleted or lost while it is in force.' })
@Entity({ tableName: 'messaging_legal_hold' })
@Index({ properties: ['tenantId', 'releasedAt'] })
export class LegalHold extends TenantEntity<'conversation' | 'custodian' | 'releasedAt' | 'releasedBy' | 'placedBy'> {
  @Field(() => ID, { description: 'Legal hold id.' })
  declare id: string;

  /** The conversation held (null for a custodian's hold). */
  @ManyToOne(() => Conversation, { nullable: true, deleteRule: 'cascade' })
  conversation: Rel<Conversation> | null = null;

  /** The person whose every conversation is held (null for one conversation's hold). */
  @ManyToOne(() => Person, { nullable: true, deleteRule: 'cascade' })
  custodian: Rel<Person> | null = null;

  @Field(() => String, { description: 'Why it was placed, e.g. a case or matter reference.' })
  @Property({ type: 'string', length: 500 })
  reason!: string;

  @ManyToOne(() => Person, { nullable: true, deleteRule: 'set null' })
  placedBy: Rel<Person> | null = null;

  @Field(() => Date, { description: 'When it was placed.' })
  declare createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was released; null while in force.' })
  @Property({ type: 'datetime', nullable: true })
  releasedAt: Date | null = null;

  @ManyToOne(() => Person, { nullable: true, deleteRule: 'set null' })
  releasedBy: Rel<Person> | null = null;
}

/** Why a held version of a message was kept. */
export enum HeldVersionCause {
  EDITED = 'EDITED',
  RECALLED = 'RECALLED',
  REMOVED = 'REMOVED',
}
registerEnumType(HeldVersionCause, {
  name: 'HeldVersionCause',
  description: 'EDITED: its sender changed the text; RECALLED: its sender or a group admin recalled it; REMOVED: a moderator removed it.',
});

/** A message's content as it was before an edit, recall or removal while a legal hold covered it. */
@Entity({ tableName: 'messaging_held_version' })
@Index({ properties: ['tenantId', 'message'] })
export class HeldMessageVersion extends TenantEntity {
  @ManyToOne(() => Message, { deleteRule: 'cascade' })
  message!: Rel<Message>;

  @Enum({ items: () => HeldVersionCause })
  cause!: HeldVersionCause;

  @Property({ type: 'text', nullable: true })
  body: string | null = null;

  @Property({ type: 'json', nullable: true })
  location: MessageLocation | null = null;

  /** Who edited, recalled or removed it. */
  @ManyToOne(() => Person, { nullable: true, deleteRule: 'set null' })
  changedBy: Rel<Person> | null = null;
}
