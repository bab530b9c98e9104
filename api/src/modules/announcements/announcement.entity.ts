import type { Rel } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../../core/database/base.entity.js';
import { Person } from '../org/index.js';

/** Where an announcement is in its life (changed only by the named verbs in announcements.transitions.ts). */
export enum AnnouncementStatus {
  DRAFT = 'DRAFT',
  SCHEDULED = 'SCHEDULED',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(AnnouncementStatus, {
  name: 'AnnouncementStatus',
  description: 'DRAFT: being written; SCHEDULED: publishes itself at publishAt; PUBLISHED: staff see it and confirm reading; ARCHIVED: withdrawn.',
});

/** A notice the company posts to all its staff, who confirm they have read it. */
@ObjectType({ description: 'A notice the organisation posts to its staff; each person confirms they have read it.' })
@Entity({ tableName: 'announcement' })
@Index({ properties: ['tenantId', 'status', 'publishedAt'] })
export class Announcement extends TenantEntity<'status' | 'version' | 'publishAt' | 'publishedAt' | 'archivedAt' | 'fullyReadAt' | 'author'> {
  @Field(() => ID, { description: 'Announcement id.' })
  declare id: string;

  @Field(() => String, { description: 'Title, e.g. 颱風期間上班安排.' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => String, { description: 'The notice itself (plain text; line breaks kept).' })
  @Property({ type: 'text' })
  body!: string;

  @Field(() => AnnouncementStatus, { description: 'Where the announcement is in its life.' })
  @Enum({ items: () => AnnouncementStatus, default: AnnouncementStatus.DRAFT })
  status: AnnouncementStatus = AnnouncementStatus.DRAFT;

  @Field(() => Date, { nullable: true, description: 'When a scheduled announcement publishes itself.' })
  @Property({ type: 'datetime', nullable: true })
  publishAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was published.' })
  @Property({ type: 'datetime', nullable: true })
  publishedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was archived.' })
  @Property({ type: 'datetime', nullable: true })
  archivedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When every active member of staff had confirmed reading it (noted moments after the last confirmation).' })
  @Property({ type: 'datetime', nullable: true })
  fullyReadAt: Date | null = null;

  @Field(() => Date, { description: 'When it was written.' })
  declare createdAt: Date;

  /** Who wrote it (exposed through AnnouncementResolver.author). */
  @ManyToOne(() => Person, { nullable: true, deleteRule: 'set null' })
  author: Rel<Person> | null = null;

  @Field(() => Int, { description: 'Changes with every change; send it back with a verb to be told (VERSION_CONFLICT) if someone else changed it first.' })
  @Property({ type: 'integer', version: true })
  version: number = 1;
}

/** One person's confirmation that they read an announcement (a high-volume fact: one row per reader). */
@Entity({ tableName: 'announcement_read' })
@Unique({ properties: ['announcement', 'person'] })
@Index({ properties: ['tenantId', 'person'] })
export class AnnouncementRead extends TenantEntity {
  @ManyToOne(() => Announcement, { deleteRule: 'cascade' })
  announcement!: Rel<Announcement>;

  @ManyToOne(() => Person, { deleteRule: 'cascade' })
  person!: Rel<Person>;
}
