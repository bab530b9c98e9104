import DataLoader from 'dataloader';
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Can } from '../../core/authz/gate.js';
import type { RequestContext } from '../../core/context/request-context.js';
import { findViews } from '../../core/database/views.js';
import { ListOf, PageArgs } from '../../core/graphql/pagination.js';
import { LongText, Text } from '../../core/graphql/text.js';
import { Person, personById } from '../org/index.js';
import { Announcement, AnnouncementRead, AnnouncementStatus } from './announcement.entity.js';
import * as announcements from './announcements.service.js';
import { announcementTransitions } from './announcements.transitions.js';

@InputType({ description: 'A new draft announcement.' })
export class CreateAnnouncementInput {
  @Field(() => String, { description: 'Title.' })
  @Text(200)
  title!: string;

  @Field(() => String, { description: 'The notice (plain text; line breaks kept).' })
  @LongText(10_000)
  body!: string;
}

@InputType({ description: 'Which announcements to list.' })
export class AnnouncementFilter {
  @Field(() => AnnouncementStatus, { nullable: true, description: 'Only those in this state.' })
  status?: AnnouncementStatus | null;
}

@ObjectType({ description: 'A person’s confirmation that they read an announcement.' })
export class AnnouncementReader {
  @Field(() => Person, { nullable: true, description: 'The reader.' })
  person!: Person | null;

  @Field(() => Date, { description: 'When they confirmed.' })
  confirmedAt!: Date;
}

@ObjectType({ description: 'A page of announcements.' })
export class AnnouncementList extends ListOf(Announcement, 'AnnouncementList', 'A page of announcements.') {}

@ObjectType({ description: 'A page of read confirmations, most recent first.' })
export class AnnouncementReaderList extends ListOf(AnnouncementReader, 'AnnouncementReaderList', 'A page of read confirmations, most recent first.') {}

@ObjectType({ description: 'A page of active staff who have not confirmed reading, by name.' })
export class AnnouncementNonReaderList extends ListOf(Person, 'AnnouncementNonReaderList', 'A page of active staff who have not confirmed reading, by name.') {}

/** When the caller confirmed reading, per announcement id (one query for a whole list). */
const myReadsByAnnouncement = (ctx: RequestContext) =>
  new DataLoader<string, Date | null>(async (ids) => {
    const rows = await findViews(ctx.em, AnnouncementRead, { person: ctx.requireActor().personId, announcement: { $in: [...ids] } });
    const byAnnouncement = new Map(rows.map((row) => [row.announcement.id, row.createdAt]));
    return ids.map((id) => byAnnouncement.get(id) ?? null);
  });

/** Company notices: writing, publishing (now or at a time), archiving, and confirming that one has read them. */
@ObjectType({ description: 'What the caller may do with an announcement now: its state allows the verb and the caller’s permissions the action.' })
export class AnnouncementPermissions {
  @Field(() => Boolean, { description: 'May publish it now (publishAnnouncement).' })
  publish!: boolean;

  @Field(() => Boolean, { description: 'May schedule it (publishAnnouncement with publishAt).' })
  schedule!: boolean;

  @Field(() => Boolean, { description: 'May archive it (archiveAnnouncement).' })
  archive!: boolean;

  @Field(() => Boolean, { description: 'May confirm having read it (confirmAnnouncementRead).' })
  confirm!: boolean;

  @Field(() => Boolean, { description: 'May see who has and has not read it (readers, notYetRead).' })
  track!: boolean;
}

@Resolver(() => Announcement)
export class AnnouncementResolver {
  @Can('read', 'Announcement')
  @Query(() => AnnouncementList, { description: 'Announcements the caller may read, newest first (staff see published ones).' })
  announcements(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => AnnouncementFilter, { nullable: true }) filter: AnnouncementFilter | null,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<AnnouncementList> {
    return announcements.listAnnouncements(ctx, filter ?? {}, page);
  }

  @Can('read', 'Announcement')
  @Query(() => Announcement, { description: 'One announcement (NOT_FOUND if the caller may not read it).' })
  announcement(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Announcement> {
    return announcements.announcementById(ctx, id);
  }

  @Can('create', 'Announcement')
  @Mutation(() => Announcement, { description: 'Writes a draft announcement; staff see it once it is published.' })
  createAnnouncement(@Ctx() ctx: RequestContext, @Arg('input', () => CreateAnnouncementInput) input: CreateAnnouncementInput): Promise<Announcement> {
    return announcements.createAnnouncement(ctx, input);
  }

  @Can('publish', 'Announcement')
  @Mutation(() => Announcement, {
    description:
      'Publishes a draft or scheduled announcement now, or — with a future publishAt — schedules it to publish itself then (publishAt in the past is BAD_USER_INPUT). ANNOUNCEMENT_INVALID_TRANSITION once archived or published.',
  })
  publishAnnouncement(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('publishAt', () => Date, { nullable: true, description: 'When to publish; omitted: now.' }) publishAt?: Date | null,
    @Arg('version', () => Int, { nullable: true, description: 'The version the caller saw; VERSION_CONFLICT if it changed since.' }) version?: number | null,
  ): Promise<Announcement> {
    return announcements.publishAnnouncement(ctx, id, { publishAt, version });
  }

  @Can('archive', 'Announcement')
  @Mutation(() => Announcement, { description: 'Withdraws an announcement (a scheduled one will not publish). ANNOUNCEMENT_INVALID_TRANSITION if already archived.' })
  archiveAnnouncement(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { nullable: true, description: 'The version the caller saw; VERSION_CONFLICT if it changed since.' }) version?: number | null,
  ): Promise<Announcement> {
    return announcements.archiveAnnouncement(ctx, id, version);
  }

  @Can('confirm', 'Announcement')
  @Mutation(() => Announcement, { description: 'The caller confirms they have read a published announcement (again: no change).' })
  confirmAnnouncementRead(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Announcement> {
    return announcements.confirmAnnouncementRead(ctx, id);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who wrote it.' })
  author(@Root() announcement: Announcement, @Ctx() ctx: RequestContext): Promise<Person | null> | null {
    return announcement.author ? ctx.loader(personById).load(announcement.author.id) : null;
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When the caller confirmed reading it; null if they have not.' })
  readByMeAt(@Root() announcement: Announcement, @Ctx() ctx: RequestContext): Promise<Date | null> {
    return ctx.loader(myReadsByAnnouncement).load(announcement.id);
  }

  @FieldResolver(() => [String], { description: 'The verbs its state allows now (publish, schedule, archive), whether or not the caller may use them.' })
  nextVerbs(@Root() announcement: Announcement): string[] {
    return announcementTransitions.verbsFrom(announcement.status);
  }

  @FieldResolver(() => AnnouncementPermissions, { description: 'What the caller may do with this announcement now (computed in memory).' })
  viewerCan(@Root() announcement: Announcement, @Ctx() ctx: RequestContext): AnnouncementPermissions {
    return announcements.announcementPermissions(ctx, announcement);
  }

  @FieldResolver(() => AnnouncementReaderList, { nullable: true, description: 'Who has confirmed reading; null unless the caller may track it (track Announcement).' })
  async readers(@Root() announcement: Announcement, @Ctx() ctx: RequestContext, @Args(() => PageArgs) page: PageArgs): Promise<AnnouncementReaderList | null> {
    if (!announcements.mayTrack(ctx, announcement)) return null;
    const { items, totalCount } = await announcements.readersOf(ctx, announcement, page);
    const people = await ctx.loader(personById).loadMany(items.map((read) => read.person.id));
    return { totalCount, items: items.map((read, index) => ({ person: people[index] instanceof Error ? null : people[index], confirmedAt: read.createdAt })) };
  }

  @FieldResolver(() => AnnouncementNonReaderList, { nullable: true, description: 'Active staff who have not confirmed reading yet; null unless the caller may track it (track Announcement).' })
  async notYetRead(@Root() announcement: Announcement, @Ctx() ctx: RequestContext, @Args(() => PageArgs) page: PageArgs): Promise<AnnouncementNonReaderList | null> {
    if (!announcements.mayTrack(ctx, announcement)) return null;
    return announcements.notYetReadBy(ctx, announcement, page);
  }
}
