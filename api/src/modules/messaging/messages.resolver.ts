import DataLoader from 'dataloader';
import { Arg, Args, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Can } from '../../core/authz/gate.js';
import type { RequestContext } from '../../core/context/request-context.js';
import { sql, tenantSql, TENANT } from '../../core/database/sql.js';
import { pgArray } from '../../core/database/tenant-filter.js';
import { ListOf, PageArgs } from '../../core/graphql/pagination.js';
import { LongText, Text, TextArgs } from '../../core/graphql/text.js';
import { TextHighlight } from '../../core/search/highlight.js';
import { Person, personById } from '../org/index.js';
import { MAX_CHANGES_PAGE, MessagingChange, messagingChanges } from './changes.js';
import { Message, MessageKind } from './message.entity.js';
import * as messages from './messages.service.js';
import { mayTrackReceipts, receiptPeople, receiptSummary } from './read-state.service.js';

@InputType({ description: 'A place to share.' })
export class MessageLocationInput {
  @Field(() => Float, { description: 'Latitude (WGS 84), -90 to 90.' })
  latitude!: number;

  @Field(() => Float, { description: 'Longitude (WGS 84), -180 to 180.' })
  longitude!: number;

  @Field(() => String, { nullable: true, description: 'What the place is called.' })
  @Text(200)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Its address.' })
  @Text(500)
  address?: string | null;
}

@InputType({ description: 'A message to send.' })
export class SendMessageInput {
  @Field(() => ID, { description: 'The conversation (you must be in it).' })
  conversationId!: string;

  @Field(() => MessageKind, {
    defaultValue: MessageKind.TEXT,
    description: 'TEXT (body required), LOCATION (location required, body an optional caption), or IMAGE, FILE, VOICE, VIDEO (attachmentIds required, body an optional caption).',
  })
  kind!: MessageKind;

  @Field(() => String, { nullable: true, description: 'The text, up to 10,000 characters; mentions appear in it as written.' })
  @LongText(10_000)
  body?: string | null;

  @Field(() => [ID], { nullable: true, description: 'People it mentions (@person); they must be in the conversation.' })
  mentionIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Mentions everyone (@all): anyone in a direct chat or GROUP, owners and admins elsewhere.' })
  mentionsAll?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'The message it answers (same conversation); it joins that message’s thread.' })
  replyToId?: string | null;

  @Field(() => MessageLocationInput, { nullable: true, description: 'For LOCATION messages.' })
  location?: MessageLocationInput | null;

  @Field(() => Boolean, { nullable: true, description: 'Important: every reader’s receipt is kept, whatever the conversation’s size.' })
  important?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'Your device’s own id for this message (1–64 of A–Z a–z 0–9 . _ : -). Sending again with it returns the first message and sends nothing more — replay an offline queue safely.',
  })
  @Text(64)
  clientMessageId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'IMAGE, FILE, VOICE and VIDEO: your files uploaded for `messaging.attachment` (READY, attached nowhere yet): up to nine images or files, one voice note or video.',
  })
  attachmentIds?: string[] | null;

  @Field(() => Float, { nullable: true, description: 'VOICE and VIDEO (required): how long it plays, in seconds, as your device measured it (at most 30 minutes).' })
  durationSeconds?: number | null;
}

@ObjectType({ description: 'Messages of a conversation in ascending order, with whether there are more either side.' })
export class MessagePage {
  @Field(() => [Message], { description: 'The messages, oldest first.' })
  items!: Message[];

  @Field(() => Boolean, { description: 'Whether older messages exist (ask again with before: the first seq).' })
  hasMoreBefore!: boolean;

  @Field(() => Boolean, { description: 'Whether newer messages exist (ask again with after: the last seq).' })
  hasMoreAfter!: boolean;
}

@ObjectType({ description: 'Changes in your conversations after a cursor.' })
export class MessagingChangePage {
  @Field(() => [MessagingChange], { description: 'The changes, in order.' })
  changes!: MessagingChange[];

  @Field(() => Int, { description: 'Pass this as `since` next time (and as `after` to messagingChanged to go live).' })
  cursor!: number;

  @Field(() => Boolean, { description: 'Whether more changes wait: ask again at once with the new cursor.' })
  hasMore!: boolean;
}

@ObjectType({ description: 'How many people reacted to a message with one emoji.' })
export class MessageReactionCount {
  @Field(() => String, { description: 'The emoji.' })
  emoji!: string;

  @Field(() => Int, { description: 'How many people reacted with it.' })
  count!: number;

  @Field(() => Boolean, { description: 'Whether you are one of them.' })
  mine!: boolean;
}

@ObjectType({ description: 'Someone who read a message.' })
export class MessageReader {
  @Field(() => Person, { nullable: true, description: 'The reader (null if you may not see them).' })
  person!: Person | null;

  @Field(() => Date, { nullable: true, description: 'When they read it; null when the message does not keep reading times (a large group).' })
  readAt!: Date | null;
}

@ObjectType({ description: 'A page of readers, latest first.' })
export class MessageReaderList extends ListOf(MessageReader, 'MessageReaderList', 'A page of readers, latest first.') {}

@ObjectType({ description: 'A page of members who have not read a message yet, by name.' })
export class MessageNonReaderList extends ListOf(Person, 'MessageNonReaderList', 'A page of members who have not read a message yet, by name.') {}

@ObjectType({ description: 'Who has read your message. Members who hide their receipts are only counted, as hidden.' })
export class MessageReceipts {
  /** The message the receipts are of (for the list fields). */
  message!: Message;

  @Field(() => Int, { description: 'Members who have read it.' })
  readCount!: number;

  @Field(() => Int, { description: 'Members who have not read it yet.' })
  unreadCount!: number;

  @Field(() => Int, { description: 'Members who do not show receipts.' })
  hiddenCount!: number;
}

@ObjectType({ description: 'A message a search found, with the part of its text that matched.' })
export class FoundMessage {
  @Field(() => Message, { description: 'The message.' })
  message!: Message;

  @Field(() => TextHighlight, { description: 'An excerpt of its text with the matches marked.' })
  highlight!: TextHighlight;
}

@ObjectType({ description: 'A page of messages found, best matches first.' })
export class FoundMessageList extends ListOf(FoundMessage, 'FoundMessageList', 'A page of messages found, best matches first.') {}

/** Reaction counts per message id (one query for a page of messages). */
const reactionsByMessage = (ctx: RequestContext) =>
  new DataLoader<string, MessageReactionCount[]>(async (ids) => {
    const rows = await tenantSql<{ message_id: string; emoji: string; count: number; mine: boolean }>(
      ctx.em,
      ctx.tenantId,
      sql`select message_id, emoji, count(*)::int as count, bool_or(person_id = ${ctx.requireActor().personId}) as mine
        from message_reaction where tenant_id = ${TENANT} and message_id = any(${pgArray(ids)}::uuid[])
        group by message_id, emoji order by min(created_at), emoji`,
    );
    const byMessage = new Map<string, MessageReactionCount[]>();
    for (const row of rows) {
      const list = byMessage.get(row.message_id) ?? [];
      list.push({ emoji: row.emoji, count: row.count, mine: row.mine });
      byMessage.set(row.message_id, list);
    }
    return ids.map((id) => byMessage.get(id) ?? []);
  });

/** Messages by id that the caller may read. */
export const readableMessageById = (ctx: RequestContext) =>
  new DataLoader<string, Message | null>(async (ids) => {
    const found = await messages.readableMessages(ctx, ids);
    return ids.map((id) => found.get(id) ?? null);
  });

/** Messages: sending (exactly once), editing, recalling, reactions, history, receipts and the changes feed. */
@Resolver(() => Message)
export class MessageResolver {
  @Can('read', 'Conversation')
  @Query(() => MessagePage, { description: 'A conversation’s messages: the latest ones, or those before or after a seq you have (not both). At most 100 at a time.' })
  conversationMessages(
    @Ctx() ctx: RequestContext,
    @Arg('conversationId', () => ID) conversationId: string,
    @Arg('before', () => Int, { nullable: true, description: 'Messages before this seq (scrolling back).' }) before?: number | null,
    @Arg('after', () => Int, { nullable: true, description: 'Messages after this seq (catching up).' }) after?: number | null,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 50, description: 'How many (1–100).' }) limit?: number | null,
  ): Promise<MessagePage> {
    return messages.history(ctx, conversationId, { before, after, limit });
  }

  @Can('read', 'Conversation')
  @Query(() => MessagingChangePage, {
    description: `Changes in your conversations after \`since\` (a sequence from an earlier page or change; 0 the first time), for a device coming back online — at most ${MAX_CHANGES_PAGE} at a time. EVENTS_EXPIRED when \`since\` is older than the history kept: reload conversations and recent messages, then go on from the cursor.`,
  })
  messagingChanges(
    @Ctx() ctx: RequestContext,
    @Arg('since', () => Int) since: number,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 200, description: 'How many changes at most.' }) limit?: number | null,
  ): Promise<MessagingChangePage> {
    return messagingChanges(ctx, since, limit ?? 200);
  }

  @Can('read', 'Conversation')
  @TextArgs({ query: { max: 200 } })
  @Query(() => FoundMessageList, {
    description:
      'Searches your conversations (or one of them) for messages holding every word typed — Chinese or English, the last word as a prefix while typing — best matches first, with a highlighted excerpt. SEARCH_QUERY_EMPTY when nothing searchable was typed.',
  })
  searchMessages(
    @Ctx() ctx: RequestContext,
    @Arg('query', () => String) query: string,
    @Arg('conversationId', () => ID, { nullable: true, description: 'Only this conversation.' }) conversationId: string | null,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<FoundMessageList> {
    return messages.searchMessages(ctx, { query, conversationId }, page);
  }

  @Can('send', 'Conversation')
  @Mutation(() => Message, { description: 'Sends a message. With clientMessageId it is exactly-once: resending returns the first message.' })
  sendMessage(@Ctx() ctx: RequestContext, @Arg('input', () => SendMessageInput) input: SendMessageInput): Promise<Message> {
    return messages.sendMessage(ctx, input);
  }

  @Can('read', 'Conversation')
  @TextArgs({ body: { max: 10_000, multiline: true } })
  @Mutation(() => Message, { description: 'You edit your own text or location caption within the organisation’s edit window (MESSAGING_EDIT_WINDOW_PASSED after).' })
  editMessage(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('body', () => String) body: string,
    @Arg('mentionIds', () => [ID], { nullable: true, description: 'The people it mentions now; leave out to keep them.' }) mentionIds?: string[] | null,
  ): Promise<Message> {
    return messages.editMessage(ctx, id, { body, mentionIds });
  }

  @Can('read', 'Conversation')
  @Mutation(() => Message, { description: 'Recalls a message for everyone: yours within the recall window, or any in a group you own or administer. Its place stays, its content goes.' })
  recallMessage(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Message> {
    return messages.recallMessage(ctx, id);
  }

  @Can('moderate', 'Conversation')
  @TextArgs({ reason: { max: 500 } })
  @Mutation(() => Message, { description: 'A moderator removes a message from a group or channel (never a direct chat). Audited with the reason.' })
  removeMessageAsModerator(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('reason', () => String) reason: string): Promise<Message> {
    return messages.removeMessageAsModerator(ctx, id, reason);
  }

  @Can('read', 'Conversation')
  @TextArgs({ emoji: { max: 16 } })
  @Mutation(() => Message, { description: 'You react to a message with an emoji (again: no change).' })
  addMessageReaction(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('emoji', () => String) emoji: string): Promise<Message> {
    return messages.reactToMessage(ctx, id, emoji, true);
  }

  @Can('read', 'Conversation')
  @TextArgs({ emoji: { max: 16 } })
  @Mutation(() => Message, { description: 'You take back your reaction (none: no change).' })
  removeMessageReaction(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string, @Arg('emoji', () => String) emoji: string): Promise<Message> {
    return messages.reactToMessage(ctx, id, emoji, false);
  }

  @FieldResolver(() => ID, { description: 'The conversation it is in.' })
  conversationId(@Root() message: Message): string {
    return message.conversation.id;
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who sent it (null if you may not see them).' })
  sender(@Root() message: Message, @Ctx() ctx: RequestContext): Promise<Person | null> | null {
    return message.sender ? ctx.loader(personById).load(message.sender.id) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The sending device’s own id for it; only its sender sees it.' })
  clientMessageId(@Root() message: Message, @Ctx() ctx: RequestContext): string | null {
    return message.sender && message.sender.id === ctx.actor?.personId ? message.clientMessageId : null;
  }

  @FieldResolver(() => Message, { nullable: true, description: 'The message it answers.' })
  replyTo(@Root() message: Message, @Ctx() ctx: RequestContext): Promise<Message | null> | null {
    return message.replyTo ? ctx.loader(readableMessageById).load(message.replyTo.id) : null;
  }

  @FieldResolver(() => [MessageReactionCount], { description: 'Reactions, by emoji, oldest first.' })
  reactions(@Root() message: Message, @Ctx() ctx: RequestContext): Promise<MessageReactionCount[]> {
    return ctx.loader(reactionsByMessage).load(message.id);
  }

  @FieldResolver(() => MessageReceipts, { nullable: true, description: 'Who has read it: only for its sender, and only while the organisation shows receipts; null otherwise.' })
  async receipts(@Root() message: Message, @Ctx() ctx: RequestContext): Promise<MessageReceipts | null> {
    if (!(await mayTrackReceipts(ctx, message))) return null;
    return { message, ...(await receiptSummary(ctx, message)) };
  }
}

/** The reader lists of a message's receipts (reached only through MessageResolver.receipts, i.e. by its sender). */
@Resolver(() => MessageReceipts)
export class MessageReceiptsResolver {
  @FieldResolver(() => MessageReaderList, { description: 'Who read it (members showing receipts), latest first.' })
  async readers(@Root() receipts: MessageReceipts, @Ctx() ctx: RequestContext, @Args(() => PageArgs) page: PageArgs): Promise<MessageReaderList> {
    const { items, totalCount } = await receiptPeople(ctx, receipts.message, true, page);
    const people = await ctx.loader(personById).loadMany(items.map((item) => item.personId));
    return { totalCount, items: items.map((item, index) => ({ person: people[index] instanceof Error ? null : people[index], readAt: item.readAt })) };
  }

  @FieldResolver(() => MessageNonReaderList, { description: 'Who has not read it yet (members showing receipts), by name.' })
  async notYetRead(@Root() receipts: MessageReceipts, @Ctx() ctx: RequestContext, @Args(() => PageArgs) page: PageArgs): Promise<MessageNonReaderList> {
    const { items, totalCount } = await receiptPeople(ctx, receipts.message, false, page);
    const people = await ctx.loader(personById).loadMany(items.map((item) => item.personId));
    return { totalCount, items: people.filter((person): person is Person => person !== null && !(person instanceof Error)) };
  }
}
