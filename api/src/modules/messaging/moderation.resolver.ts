import DataLoader from 'dataloader';
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Can } from '../../core/authz/gate.js';
import type { RequestContext } from '../../core/context/request-context.js';
import { ListOf, PageArgs } from '../../core/graphql/pagination.js';
import { Text } from '../../core/graphql/text.js';
import { Department, departmentById } from '../org/index.js';
import { Conversation, ConversationKind, ConversationRole } from './conversation.entity.js';
import { ConversationMemberList, memberViews } from './conversations.resolver.js';
import { membersOf } from './conversations.service.js';
import { heldAmong } from './legal-holds.service.js';
import { Message } from './message.entity.js';
import * as moderation from './moderation.service.js';

/**
 * A conversation as moderators and legal-hold holders see it: what it is and who is in it, never its messages (those
 * come through `moderatedMessages`, which is audited).
 */
@ObjectType({ description: 'A conversation as moderators and legal-hold holders see it: what it is and who is in it, not what was said.' })
export class ConversationOverview {
  @Field(() => ID, { description: 'Conversation id.' })
  id!: string;

  @Field(() => ConversationKind, { description: 'What kind of conversation it is.' })
  kind!: ConversationKind;

  @Field(() => String, { nullable: true, description: 'Its name; null for a direct chat.' })
  title!: string | null;

  @Field(() => Int, { description: 'How many members it has.' })
  memberCount!: number;

  @Field(() => Int, { description: 'The sequence number of its latest message.' })
  lastSeq!: number;

  @Field(() => Date, { nullable: true, description: 'When its latest message was sent.' })
  lastMessageAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was archived for everyone.' })
  archivedAt!: Date | null;

  @Field(() => Date, { description: 'When it was started.' })
  createdAt!: Date;

  /** For the field resolvers. */
  conversation!: Conversation;
}

/** The overview of a conversation. */
export const overviewOf = (conversation: Conversation): ConversationOverview => ({
  id: conversation.id,
  kind: conversation.kind,
  title: conversation.title,
  memberCount: conversation.memberCount,
  lastSeq: conversation.lastSeq,
  lastMessageAt: conversation.lastMessageAt,
  archivedAt: conversation.archivedAt,
  createdAt: conversation.createdAt,
  conversation,
});

@ObjectType({ description: 'A page of conversation overviews, latest message first.' })
export class ConversationOverviewList extends ListOf(ConversationOverview, 'ConversationOverviewList', 'A page of conversation overviews, latest message first.') {}

@InputType({ description: 'Which conversations the moderation view lists.' })
export class ModeratedConversationFilter {
  @Field(() => ConversationKind, { nullable: true, description: 'Only this kind (direct chats are never listed).' })
  kind?: ConversationKind | null;

  @Field(() => String, { nullable: true, description: 'Part of the title.' })
  @Text(200)
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only archived ones; false: only open ones; unset: both.' })
  archived?: boolean | null;
}

@ObjectType({ description: 'A page of a moderated conversation’s messages, newest first.' })
export class ModeratedMessagePage {
  @Field(() => [Message], { description: 'The messages, newest first.' })
  items!: Message[];

  @Field(() => Boolean, { description: 'Whether older messages exist (ask again with before: the last seq).' })
  hasMoreBefore!: boolean;
}

/** Whether a hold covers each conversation (one query for a page). */
const heldByConversation = (ctx: RequestContext) =>
  new DataLoader<string, boolean>(async (ids) => {
    const held = await heldAmong(ctx.em, ctx.tenantId, ids);
    return ids.map((id) => held.has(id));
  });

/** The moderation view: groups and channels an admin looks after without being in them, and who runs them. */
@Resolver(() => ConversationOverview)
export class ModerationResolver {
  @Can('moderate', 'Conversation')
  @Query(() => ConversationOverviewList, { description: 'Groups, department and project groups and channels you moderate (never direct chats), latest message first.' })
  async moderatedConversations(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ModeratedConversationFilter, { nullable: true }) filter: ModeratedConversationFilter | null,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<ConversationOverviewList> {
    const { items, totalCount } = await moderation.moderatedConversations(ctx, filter ?? {}, page);
    return { items: items.map(overviewOf), totalCount };
  }

  @Can('moderate', 'Conversation')
  @Query(() => ConversationOverview, { description: 'One conversation you moderate (NOT_FOUND for direct chats and kinds you do not moderate).' })
  async moderatedConversation(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<ConversationOverview> {
    return overviewOf(await moderation.moderatedConversation(ctx, ctx.em, id));
  }

  @Can('moderate', 'Conversation')
  @Mutation(() => ModeratedMessagePage, {
    description: 'Reads a moderated conversation’s messages, newest first from `before` (a seq), at most 100 at a time. A mutation because every read is audited: members can be told who looked.',
  })
  moderatedMessages(
    @Ctx() ctx: RequestContext,
    @Arg('conversationId', () => ID) conversationId: string,
    @Arg('before', () => Int, { nullable: true, description: 'Only messages before this seq.' }) before: number | null,
    @Arg('limit', () => Int, { nullable: true, description: 'How many (default 50, at most 100).' }) limit: number | null,
  ): Promise<ModeratedMessagePage> {
    return moderation.moderatedMessages(ctx, conversationId, { before, limit });
  }

  @Can('moderate', 'Conversation')
  @Mutation(() => ConversationOverview, {
    description:
      'A moderator makes someone an owner, admin or member of a group or channel, adding them if they are not in it — how an organisation names who posts in an announcement channel. One owner always remains. Audited.',
  })
  async setConversationRoleAsModerator(
    @Ctx() ctx: RequestContext,
    @Arg('conversationId', () => ID) conversationId: string,
    @Arg('personId', () => ID) personId: string,
    @Arg('role', () => ConversationRole) role: ConversationRole,
  ): Promise<ConversationOverview> {
    return overviewOf(await moderation.setConversationRoleAsModerator(ctx, conversationId, personId, role));
  }

  @FieldResolver(() => ConversationMemberList, { description: 'Its members: owners, then admins, then members, each by name.' })
  async members(@Root() overview: ConversationOverview, @Ctx() ctx: RequestContext, @Args(() => PageArgs) page: PageArgs): Promise<ConversationMemberList> {
    const { items, totalCount } = await membersOf(ctx, overview.conversation, page);
    return { totalCount, items: await memberViews(ctx, items) };
  }

  @FieldResolver(() => Department, { nullable: true, description: 'For a department group: the department (null if you may not see it).' })
  department(@Root() overview: ConversationOverview, @Ctx() ctx: RequestContext): Promise<Department | null> | null {
    return overview.conversation.department ? ctx.loader(departmentById).load(overview.conversation.department.id) : null;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Whether a legal hold covers it; null unless you may place legal holds.' })
  async underLegalHold(@Root() overview: ConversationOverview, @Ctx() ctx: RequestContext): Promise<boolean | null> {
    if (!ctx.can('hold', 'Conversation')) return null;
    return ctx.loader(heldByConversation).load(overview.id);
  }
}
