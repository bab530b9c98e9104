import type { Rel } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../../core/database/base.entity.js';
import { Person } from '../org/index.js';
import { Conversation } from './conversation.entity.js';

/** What a message carries. */
export enum MessageKind {
  TEXT = 'TEXT',
  LOCATION = 'LOCATION',
  IMAGE = 'IMAGE',
  FILE = 'FILE',
  VOICE = 'VOICE',
  VIDEO = 'VIDEO',
}
registerEnumType(MessageKind, {
  name: 'MessageKind',
  description:
    'TEXT: words (with mentions); LOCATION: a place, e.g. a site report, with an optional caption; IMAGE: photos (up to nine); FILE: documents (up to nine); VOICE: one voice note; VIDEO: one video — the last four with their files in `attachments` and an optional caption.',
});

/** A place shared in a message. */
@ObjectType({ description: 'A place shared in a message.' })
export class MessageLocation {
  @Field(() => Float, { description: 'Latitude (WGS 84).' })
  latitude!: number;

  @Field(() => Float, { description: 'Longitude (WGS 84).' })
  longitude!: number;

  @Field(() => String, { nullable: true, description: 'What the place is called, e.g. 觀塘地盤 B 座.' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'Its address.' })
  address!: string | null;
}

/**
 * One message. `seq` orders it in its conversation (gap-free, from the conversation's counter); `clientMessageId` is
 * the sending device's own id, unique per sender, so a send replayed after a lost answer returns the first message.
 * A recalled message keeps its place and loses its content.
 */
@ObjectType({ description: 'A message in a conversation.' })
@Entity({ tableName: 'message' })
@Unique({ properties: ['conversation', 'seq'] })
@Unique({ properties: ['tenantId', 'sender', 'clientMessageId'] })
@Index({ properties: ['tenantId', 'threadRootId'] })
export class Message extends TenantEntity<
  'sender' | 'body' | 'mentionIds' | 'mentionsAll' | 'replyTo' | 'threadRootId' | 'location' | 'important' | 'tracksReceipts' | 'clientMessageId' | 'editedAt' | 'recalledAt'
> {
  @Field(() => ID, { description: 'Message id.' })
  declare id: string;

  @ManyToOne(() => Conversation, { deleteRule: 'cascade' })
  conversation!: Rel<Conversation>;

  @Field(() => Int, { description: 'Its place in the conversation: 1, 2, 3 … with no gaps.' })
  @Property({ type: 'integer' })
  seq!: number;

  /** Who sent it; null once their record is gone. */
  @ManyToOne(() => Person, { nullable: true, deleteRule: 'set null' })
  sender: Rel<Person> | null = null;

  @Field(() => MessageKind, { description: 'What it carries.' })
  @Enum({ items: () => MessageKind })
  kind!: MessageKind;

  @Field(() => String, { nullable: true, description: 'The text (mentions appear in it as written); null once recalled.' })
  @Property({ type: 'text', nullable: true })
  body: string | null = null;

  @Field(() => [ID], { description: 'The people it mentions (@person).' })
  @Property({ type: 'array', columnType: 'uuid[]', defaultRaw: "'{}'" })
  mentionIds: string[] = [];

  @Field(() => Boolean, { description: 'Whether it mentions everyone (@all).' })
  @Property({ type: 'boolean', default: false })
  mentionsAll: boolean = false;

  /** The message it answers (quoted above it). */
  @ManyToOne(() => Message, { nullable: true, deleteRule: 'set null' })
  replyTo: Rel<Message> | null = null;

  @Field(() => ID, { nullable: true, description: 'The first message of the thread it belongs to; null outside threads.' })
  @Property({ type: 'uuid', nullable: true })
  threadRootId: string | null = null;

  @Field(() => MessageLocation, { nullable: true, description: 'The place, for LOCATION messages.' })
  @Property({ type: 'json', nullable: true })
  location: MessageLocation | null = null;

  @Field(() => Boolean, { description: 'Marked important by its sender: each reader’s receipt is kept, whatever the conversation’s size.' })
  @Property({ type: 'boolean', default: false })
  important: boolean = false;

  /** Whether each member's reading time is kept (direct chats, small groups, important messages). */
  @Property({ type: 'boolean', default: false })
  tracksReceipts: boolean = false;

  /** The sending device's own id for it (shown to its sender only, through MessageResolver). */
  @Property({ type: 'string', length: 64, nullable: true })
  clientMessageId: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was last edited.' })
  @Property({ type: 'datetime', nullable: true })
  editedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was recalled (its content is gone).' })
  @Property({ type: 'datetime', nullable: true })
  recalledAt: Date | null = null;

  @Field(() => Date, { description: 'When it was sent.' })
  declare createdAt: Date;

  /** What searchableText made of its text (empty once recalled): lexemes to search, never shown. */
  @Property({ type: 'text', lazy: true, default: '' })
  searchText: string = '';

  /** PostgreSQL's tsvector of searchText, written by the database. */
  @Index({ type: 'fulltext' })
  @Property({ type: 'tsvector', generated: "(to_tsvector('simple', search_text)) stored", lazy: true })
  searchVector?: string;
}

/** When one member read one message that keeps receipts. */
@Entity({ tableName: 'message_receipt' })
@Unique({ properties: ['message', 'person'] })
export class MessageReceipt extends TenantEntity {
  @ManyToOne(() => Message, { deleteRule: 'cascade' })
  message!: Rel<Message>;

  @ManyToOne(() => Person, { deleteRule: 'cascade' })
  person!: Rel<Person>;
}

/** One person's reaction (an emoji) to a message. */
@Entity({ tableName: 'message_reaction' })
@Unique({ properties: ['message', 'person', 'emoji'] })
export class MessageReaction extends TenantEntity {
  @ManyToOne(() => Message, { deleteRule: 'cascade' })
  message!: Rel<Message>;

  @ManyToOne(() => Person, { deleteRule: 'cascade' })
  person!: Rel<Person>;

  @Property({ type: 'string', length: 32 })
  emoji!: string;
}
