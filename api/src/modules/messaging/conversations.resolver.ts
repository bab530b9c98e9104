import DataLoader from 'dataloader';
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Can } from '../../core/authz/gate.js';
import type { RequestContext } from '../../core/context/request-context.js';
import { ListOf, PageArgs } from '../../core/graphql/pagination.js';
import { Text, TextArgs } from '../../core/graphql/text.js';
import { Department, departmentById, Person, personById } from '../org/index.js';
import { Conversation, ConversationKind, ConversationMember, ConversationRole } from './conversation.entity.js';
import * as conversations from './conversations.service.js';
import { Message } from './message.entity.js';
import { markConversationRead, unreadCounts } from './read-state.service.js';

@InputType({ description: 'A new group, project group or announcement channel.' })
export class CreateConversationInput {
  @Field(() => ConversationKind, { description: 'GROUP, PROJECT or ANNOUNCEMENT (direct chats: startDirectConversation; department groups are kept by Harbour).' })
  kind!: ConversationKind;

  @Field(() => String, { description: 'Its name, e.g. 觀塘地盤 B 座.' })
  @Text(200)
  title!: string;

  @Field(() => [ID], { description: 'Who else is in it (you are its owner). At most 500; add more later.' })
  memberIds!: string[];
}

@InputType({ description: 'Which of your conversations to list.' })
export class ConversationFilter {
  @Field(() => Boolean, { nullable: true, description: 'true: only those you archived; false: only the others; unset: all.' })
  archived?: boolean | null;

  @Field(() => ConversationKind, { nullable: true, description: 'Only conversations of this kind.' })
  kind?: ConversationKind | null;
}

@ObjectType({ description: 'A member of a conversation.' })
export class ConversationMemberView {
  @Field(() => Person, { nullable: true, description: 'The person (null if you may not see them).' })
  person!: Person | null;

  @Field(() => ConversationRole, { description: 'Their standing in the conversation.' })
  role!: ConversationRole;

  @Field(() => Date, { description: 'When they joined.' })
  joinedAt!: Date;
}

@ObjectType({ description: 'A page of a conversation’s members: owners, then admins, then members, each by name.' })
export class ConversationMemberList extends ListOf(ConversationMemberView, 'ConversationMemberList', 'A page of a conversation’s members: owners, then admins, then members, each by name.') {}

@ObjectType({ description: 'A page of your conversations, latest message first.' })
export class ConversationList extends ListOf(Conversation, 'ConversationList', 'A page of your conversations, latest message first.') {}

@ObjectType({ description: 'Your own place in a conversation.' })
export class MyConversationState {
  @Field(() => ConversationRole, { description: 'Your standing in it.' })
  role!: ConversationRole;

  @Field(() => Int, { description: 'Everything up to this message is read (your read watermark).' })
  readSeq!: number;

  @Field(() => Int, { description: 'Messages from others after your watermark.' })
  unreadCount!: number;

  @Field(() => Date, { nullable: true, description: 'Notifications are held until then; null: not muted.' })
  mutedUntil!: Date | null;

  @Field(() => Boolean, { description: 'Whether you put it away in your archive.' })
  archived!: boolean;
}

@ObjectType({ description: 'What you may do in a conversation now (its kind, state and your standing decide).' })
export class ConversationPermissions {
  @Field(() => Boolean, { description: 'May send messages (sendMessage).' })
  post!: boolean;

  @Field(() => Boolean, { description: 'May add members (addConversationMembers).' })
  addMembers!: boolean;

  @Field(() => Boolean, { description: 'May remove members (removeConversationMember).' })
  removeMembers!: boolean;

  @Field(() => Boolean, { description: 'May rename it (renameConversation).' })
  rename!: boolean;

  @Field(() => Boolean, { description: 'May name owners and admins (setConversationRole).' })
  setRoles!: boolean;

  @Field(() => Boolean, { description: 'May archive it for everyone (archiveConversation).' })
  archive!: boolean;

  @Field(() => Boolean, { description: 'May leave it (leaveConversation).' })
  leave!: boolean;
}

/** Members as the API shows them: each person through the caller's read rule (null where they may not see them). */
export async function memberViews(ctx: RequestContext, members: { personId: string; role: ConversationRole; joinedAt: Date }[]): Promise<ConversationMemberView[]> {
  const people = await ctx.loader(personById).loadMany(members.map((member) => member.personId));
  return members.map((member, index) => ({ person: people[index] instanceof Error ? null : people[index], role: member.role, joinedAt: member.joinedAt }));
}

/** The caller's membership per conversation id (one query for a page of conversations). */
const myMembershipByConversation = (ctx: RequestContext) =>
  new DataLoader<string, ConversationMember | null>(async (ids) => {
    const found = await conversations.myMemberships(ctx, ids);
    return ids.map((id) => found.get(id) ?? null);
  });

/** The caller's unread count per conversation id. */
const myUnreadByConversation = (ctx: RequestContext) =>
  new DataLoader<string, number>(async (ids) => {
    const members = (await ctx.loader(myMembershipByConversation).loadMany(ids)).filter((member): member is ConversationMember => member instanceof ConversationMember);
    const counts = await unreadCounts(ctx, members);
    return ids.map((id) => counts.get(id) ?? 0);
  });

/** The latest message per conversation id. */
const lastMessageByConversation = (ctx: RequestContext) =>
  new DataLoader<string, Message | null>(async (ids) => {
    const rows = await ctx.em.find(Conversation, { id: { $in: [...ids] } }, { fields: ['id', 'lastSeq'] });
    const wanted = rows.filter((row) => row.lastSeq > 0);
    const messages = wanted.length ? await ctx.em.find(Message, { $or: wanted.map((row) => ({ conversation: row.id, seq: row.lastSeq })) }) : [];
    const byConversation = new Map(messages.map((message) => [message.conversation.id, message]));
    return ids.map((id) => byConversation.get(id) ?? null);
  });

/** Conversations: direct chats, groups, project groups, announcement channels, and their members. */
@Resolver(() => Conversation)
export class ConversationResolver {
  @Can('read', 'Conversation')
  @Query(() => ConversationList, { description: 'Your conversations, latest message first.' })
  conversations(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => ConversationFilter, { nullable: true }) filter: ConversationFilter | null,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<ConversationList> {
    return conversations.myConversations(ctx, filter ?? {}, page);
  }

  @Can('read', 'Conversation')
  @Query(() => Conversation, { description: 'One of your conversations (NOT_FOUND if you are not in it).' })
  conversation(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Conversation> {
    return conversations.conversationById(ctx, id);
  }

  @Can('create', 'Conversation')
  @Mutation(() => Conversation, { description: 'Your direct chat with someone, started if there is none (one per pair).' })
  startDirectConversation(@Ctx() ctx: RequestContext, @Arg('personId', () => ID) personId: string): Promise<Conversation> {
    return conversations.startDirectConversation(ctx, personId);
  }

  @Can('create', 'Conversation')
  @Mutation(() => Conversation, { description: 'Starts a group, project group or announcement channel with you as its owner (which kinds you may start depends on your roles).' })
  createConversation(@Ctx() ctx: RequestContext, @Arg('input', () => CreateConversationInput) input: CreateConversationInput): Promise<Conversation> {
    return conversations.createConversation(ctx, input);
  }

  @Can('read', 'Conversation')
  @Mutation(() => Conversation, { description: 'Adds people: any member of a GROUP may; in project groups and announcement channels, owners and admins.' })
  addConversationMembers(@Ctx() ctx: RequestContext, @Arg('conversationId', () => ID) conversationId: string, @Arg('personIds', () => [ID]) personIds: string[]): Promise<Conversation> {
    return conversations.addConversationMembers(ctx, conversationId, personIds);
  }

  @Can('read', 'Conversation')
  @Mutation(() => Conversation, { description: 'Removes a member (owners and admins; an admin cannot remove an owner).' })
  removeConversationMember(@Ctx() ctx: RequestContext, @Arg('conversationId', () => ID) conversationId: string, @Arg('personId', () => ID) personId: string): Promise<Conversation> {
    return conversations.removeConversationMember(ctx, conversationId, personId);
  }

  @Can('read', 'Conversation')
  @Mutation(() => Boolean, { description: 'You leave a group (not a direct chat, nor a department group). The last owner leaving hands it on.' })
  leaveConversation(@Ctx() ctx: RequestContext, @Arg('conversationId', () => ID) conversationId: string): Promise<boolean> {
    return conversations.leaveConversation(ctx, conversationId);
  }

  @Can('read', 'Conversation')
  @Mutation(() => Conversation, { description: 'An owner makes a member an owner, admin or plain member (one owner always remains).' })
  setConversationRole(
    @Ctx() ctx: RequestContext,
    @Arg('conversationId', () => ID) conversationId: string,
    @Arg('personId', () => ID) personId: string,
    @Arg('role', () => ConversationRole) role: ConversationRole,
  ): Promise<Conversation> {
    return conversations.setConversationRole(ctx, conversationId, personId, role);
  }

  @Can('read', 'Conversation')
  @TextArgs({ title: { max: 200 } })
  @Mutation(() => Conversation, { description: 'Owners and admins rename a group.' })
  renameConversation(@Ctx() ctx: RequestContext, @Arg('conversationId', () => ID) conversationId: string, @Arg('title', () => String) title: string): Promise<Conversation> {
    return conversations.renameConversation(ctx, conversationId, title);
  }

  @Can('read', 'Conversation')
  @Mutation(() => Conversation, { description: 'An owner archives a group for everyone: readable, but nobody can post any more.' })
  archiveConversation(@Ctx() ctx: RequestContext, @Arg('conversationId', () => ID) conversationId: string): Promise<Conversation> {
    return conversations.archiveConversation(ctx, conversationId);
  }

  @Can('read', 'Conversation')
  @Mutation(() => Conversation, { description: 'Your own settings of a conversation: mute it until a time (null: unmute), put it in your archive or take it out.' })
  async changeMyConversationSettings(
    @Ctx() ctx: RequestContext,
    @Arg('conversationId', () => ID) conversationId: string,
    @Arg('mutedUntil', () => Date, { nullable: true, description: 'Hold notifications until then; null unmutes; leave out to keep.' }) mutedUntil?: Date | null,
    @Arg('archived', () => Boolean, { nullable: true, description: 'Put away (true) or restore (false); leave out to keep.' }) archived?: boolean | null,
  ): Promise<Conversation> {
    const member = await conversations.setMyConversationSettings(ctx, conversationId, { mutedUntil, archived });
    return member.conversation;
  }

  @Can('read', 'Conversation')
  @Mutation(() => Conversation, { description: 'You have read the conversation up to message `seq` (its senders may see it unless receipts are hidden). Never moves your watermark back.' })
  async markConversationRead(@Ctx() ctx: RequestContext, @Arg('conversationId', () => ID) conversationId: string, @Arg('seq', () => Int) seq: number): Promise<Conversation> {
    return (await markConversationRead(ctx, conversationId, seq)).conversation;
  }

  @FieldResolver(() => MyConversationState, { nullable: true, description: 'Your own place in it: role, read watermark, unread count, mute and archive.' })
  async me(@Root() conversation: Conversation, @Ctx() ctx: RequestContext): Promise<MyConversationState | null> {
    const member = await ctx.loader(myMembershipByConversation).load(conversation.id);
    if (!member) return null;
    return {
      role: member.role,
      readSeq: member.readSeq,
      unreadCount: await ctx.loader(myUnreadByConversation).load(conversation.id),
      mutedUntil: member.mutedUntil,
      archived: member.archivedAt !== null,
    };
  }

  @FieldResolver(() => ConversationMemberList, { description: 'Its members: owners, then admins, then members, each by name.' })
  async members(@Root() conversation: Conversation, @Ctx() ctx: RequestContext, @Args(() => PageArgs) page: PageArgs): Promise<ConversationMemberList> {
    const { items, totalCount } = await conversations.membersOf(ctx, conversation, page);
    return { totalCount, items: await memberViews(ctx, items) };
  }

  @FieldResolver(() => Message, { nullable: true, description: 'Its latest message.' })
  lastMessage(@Root() conversation: Conversation, @Ctx() ctx: RequestContext): Promise<Message | null> {
    return ctx.loader(lastMessageByConversation).load(conversation.id);
  }

  @FieldResolver(() => Department, { nullable: true, description: 'For a department group: the department (null if you may not see it).' })
  department(@Root() conversation: Conversation, @Ctx() ctx: RequestContext): Promise<Department | null> | null {
    return conversation.department ? ctx.loader(departmentById).load(conversation.department.id) : null;
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who started it (null for department groups, or if you may not see them).' })
  createdBy(@Root() conversation: Conversation, @Ctx() ctx: RequestContext): Promise<Person | null> | null {
    return conversation.createdBy ? ctx.loader(personById).load(conversation.createdBy.id) : null;
  }

  @FieldResolver(() => ConversationPermissions, { description: 'What you may do in it now.' })
  async viewerCan(@Root() conversation: Conversation, @Ctx() ctx: RequestContext): Promise<ConversationPermissions> {
    const member = await ctx.loader(myMembershipByConversation).load(conversation.id);
    return conversations.conversationPermissions(ctx, conversation, member);
  }
}
