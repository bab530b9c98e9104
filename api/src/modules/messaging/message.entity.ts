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
  CARD = 'CARD',
  IMAGE = 'IMAGE',
  FILE = 'FILE',
  VOICE = 'VOICE',
  VIDEO = 'VIDEO',
}
registerEnumType(MessageKind, {
  name: 'MessageKind',
  description:
    'TEXT: words (with mentions); LOCATION: a place, e.g. a site report, with an optional caption; CARD: a card Harbour posts (see `card`), e.g. an approval task with its buttons; IMAGE: photos (up to nine); FILE: documents (up to nine); VOICE: one voice note; VIDEO: one video — the last four with their files in `attachments` and an optional caption.',
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

/** What a card is about. */
export enum MessageCardType {
  APPROVAL_TASK = 'APPROVAL_TASK',
}
registerEnumType(MessageCardType, { name: 'MessageCardType', description: 'APPROVAL_TASK: an approval task of the reader’s to decide (approvalTaskId).' });

/** Where the card's record stands. */
export enum MessageCardState {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  RETURNED = 'RETURNED',
  TRANSFERRED = 'TRANSFERRED',
  CLOSED = 'CLOSED',
}
registerEnumType(MessageCardState, {
  name: 'MessageCardState',
  description:
    'PENDING: waiting for the reader (its actions apply); APPROVED / REJECTED / RETURNED: decided by the reader (or approved for them); TRANSFERRED: handed to someone else; CLOSED: no longer needed (the request ended or others decided).',
});

/** A button on a card: the client calls the named mutation with the card's record id. */
export enum MessageCardAction {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
}
registerEnumType(MessageCardAction, {
  name: 'MessageCardAction',
  description: 'APPROVE: call approveApprovalTask(id: approvalTaskId); REJECT: call rejectApprovalTask(id: approvalTaskId, reason). The approvals verbs decide, with their own permission checks.',
});

/** A card Harbour posts in someone's work notices; it changes state as its record does. */
@ObjectType({ description: 'A card Harbour posts in someone’s work notices: what it is about, where that stands, and the buttons that act on it.' })
export class MessageCard {
  @Field(() => MessageCardType, { description: 'What it is about.' })
  type!: MessageCardType;

  @Field(() => String, { description: 'Its heading, e.g. the request’s title.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'A second line, e.g. who asked.' })
  subtitle!: string | null;

  @Field(() => MessageCardState, { description: 'Where its record stands now.' })
  state!: MessageCardState;

  @Field(() => ID, { nullable: true, description: 'For APPROVAL_TASK: the task (approvalTask(id) reads it whole).' })
  approvalTaskId!: string | null;

  @Field(() => ID, { nullable: true, description: 'For APPROVAL_TASK: its request.' })
  approvalRequestId!: string | null;

  @Field(() => [MessageCardAction], { description: 'The buttons to show now (none once it is no longer pending).' })
  actions!: MessageCardAction[];
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
  'sender' | 'body' | 'mentionIds' | 'mentionsAll' | 'replyTo' | 'threadRootId' | 'location' | 'important' | 'tracksReceipts' | 'clientMessageId' | 'editedAt' | 'recalledAt' | 'card'
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

  @Field(() => MessageCard, { nullable: true, description: 'The card, for CARD messages.' })
  @Property({ type: 'json', nullable: true })
  card: MessageCard | null = null;

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
