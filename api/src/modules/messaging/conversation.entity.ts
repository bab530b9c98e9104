import type { Rel } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, OneToMany, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Collection } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../../core/database/base.entity.js';
import { Department, Person } from '../org/index.js';

/** What a conversation is for; it decides who may join, post and leave. */
export enum ConversationKind {
  DIRECT = 'DIRECT',
  GROUP = 'GROUP',
  DEPARTMENT = 'DEPARTMENT',
  PROJECT = 'PROJECT',
  ANNOUNCEMENT = 'ANNOUNCEMENT',
  NOTICES = 'NOTICES',
}
registerEnumType(ConversationKind, {
  name: 'ConversationKind',
  description:
    'DIRECT: two people; GROUP: people gathered by a member; DEPARTMENT: kept in step with a department’s members (nobody joins or leaves by hand); PROJECT: a group for a project or site; ANNOUNCEMENT: a channel where only its owners and admins post; NOTICES: a person’s work notices (工作通知), where Harbour posts cards such as approval tasks and nobody writes.',
});

/** A member's standing in one conversation (not an organisation role). */
export enum ConversationRole {
  OWNER = 'OWNER',
  ADMIN = 'ADMIN',
  MEMBER = 'MEMBER',
}
registerEnumType(ConversationRole, {
  name: 'ConversationRole',
  description: 'OWNER: renames, archives and names admins; ADMIN: adds and removes members (and posts in announcement channels); MEMBER: reads and writes.',
});

/**
 * A conversation between members. `lastSeq` numbers its messages: a send takes the next number under this row's lock,
 * so sends to one conversation queue on each other and nothing else does.
 */
@ObjectType({ description: 'A conversation: a direct chat, a group, a department or project group, or an announcement channel.' })
@Entity({ tableName: 'conversation' })
@Unique({ properties: ['tenantId', 'directKey'] })
@Unique({ properties: ['tenantId', 'department'] })
export class Conversation extends TenantEntity<'title' | 'department' | 'directKey' | 'lastSeq' | 'lastMessageAt' | 'memberCount' | 'archivedAt' | 'createdBy'> {
  @Field(() => ID, { description: 'Conversation id.' })
  declare id: string;

  @Field(() => ConversationKind, { description: 'What kind of conversation it is.' })
  @Enum({ items: () => ConversationKind })
  kind!: ConversationKind;

  @Field(() => String, { nullable: true, description: 'Its name, e.g. 觀塘地盤 B 座; null for a direct chat (show the other person’s name).' })
  @Property({ type: 'string', length: 200, nullable: true })
  title: string | null = null;

  /** The department a DEPARTMENT conversation follows. */
  @ManyToOne(() => Department, { nullable: true, deleteRule: 'set null' })
  department: Rel<Department> | null = null;

  /** For a direct chat, its two people's ids in order (one direct chat per pair); for work notices, `notices:` and its person's id. */
  @Property({ type: 'string', length: 80, nullable: true })
  directKey: string | null = null;

  @Field(() => Int, { description: 'The sequence number of its latest message (0 before the first).' })
  @Property({ type: 'integer', default: 0 })
  lastSeq: number = 0;

  @Field(() => Date, { nullable: true, description: 'When its latest message was sent.' })
  @Property({ type: 'datetime', nullable: true })
  lastMessageAt: Date | null = null;

  @Field(() => Int, { description: 'How many members it has.' })
  @Property({ type: 'integer', default: 0 })
  memberCount: number = 0;

  @Field(() => Date, { nullable: true, description: 'When it was archived: read-only from then on.' })
  @Property({ type: 'datetime', nullable: true })
  archivedAt: Date | null = null;

  /** Who started it (null for department groups, which Harbour keeps). */
  @ManyToOne(() => Person, { nullable: true, deleteRule: 'set null' })
  createdBy: Rel<Person> | null = null;

  @Field(() => Date, { description: 'When it was started.' })
  declare createdAt: Date;

  @OneToMany(() => ConversationMember, (member) => member.conversation)
  members = new Collection<ConversationMember>(this);
}

/**
 * One person's place in a conversation. `readSeq` is their read watermark: every message up to it is read, so
 * marking a conversation read changes one row however many messages it covers. A member who leaves keeps the row
 * (with `leftAt`) so their other devices learn of it; they see nothing sent after.
 */
@Entity({ tableName: 'conversation_member' })
@Unique({ properties: ['conversation', 'person'] })
@Index({ properties: ['tenantId', 'person', 'leftAt'] })
export class ConversationMember extends TenantEntity<'role' | 'readSeq' | 'mutedUntil' | 'archivedAt' | 'leftAt'> {
  @ManyToOne(() => Conversation, { deleteRule: 'cascade' })
  conversation!: Rel<Conversation>;

  @ManyToOne(() => Person, { deleteRule: 'cascade' })
  person!: Rel<Person>;

  @Enum({ items: () => ConversationRole, default: ConversationRole.MEMBER })
  role: ConversationRole = ConversationRole.MEMBER;

  @Property({ type: 'integer', default: 0 })
  readSeq: number = 0;

  /** Notifications are held until then; a far date mutes for good. */
  @Property({ type: 'datetime', nullable: true })
  mutedUntil: Date | null = null;

  /** The member put it away; it stays in their list under "archived" until they restore it. */
  @Property({ type: 'datetime', nullable: true })
  archivedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  leftAt: Date | null = null;
}
