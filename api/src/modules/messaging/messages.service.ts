import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../core/context/request-context.js';
import { pgArray } from '../../core/database/tenant-filter.js';
import { sql, tenantSql, TENANT } from '../../core/database/sql.js';
import { AppError, assertNoProblems, forbidden, notFound, type FieldProblem } from '../../core/errors/app-error.js';
import { checkPage } from '../../core/graphql/pagination.js';
import { Conversation, ConversationKind, ConversationMember, ConversationRole } from './conversation.entity.js';
import { attachmentProblems, attachToMessage } from './attachments.js';
import { asMember, conversationSubject, isPersonal } from './conversations.service.js';
import { HeldVersionCause } from './legal-hold.entity.js';
import { keepIfHeld } from './legal-holds.service.js';
import { Message, MessageKind, MessageReaction, type MessageCard } from './message.entity.js';
import { policyOf } from './policy.service.js';
import { advanceWatermark } from './read-state.service.js';
import { highlight, type TextHighlight } from '../../core/search/highlight.js';
import { searchableText, textSearch } from '../../core/search/search.js';

/** Groups up to this size keep every member's reading time of every message; larger ones only watermarks. */
export const RECEIPT_GROUP_LIMIT = 50;
export const MAX_BODY_LENGTH = 10_000;
const CLIENT_MESSAGE_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** What a client sends. */
export interface SendMessageInput {
  conversationId: string;
  kind: MessageKind;
  body?: string | null;
  mentionIds?: string[] | null;
  mentionsAll?: boolean | null;
  replyToId?: string | null;
  location?: { latitude: number; longitude: number; name?: string | null; address?: string | null } | null;
  important?: boolean | null;
  clientMessageId?: string | null;
  /** Files uploaded for `messaging.attachment` (IMAGE, FILE, VOICE, VIDEO). */
  attachmentIds?: string[] | null;
  /** How long the voice note or video plays, in seconds. */
  durationSeconds?: number | null;
}

function sendProblems(input: SendMessageInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const body = input.body?.trim() ?? '';
  if (input.kind === MessageKind.TEXT && !body) problems.push({ field: 'body', code: 'REQUIRED' });
  if (body.length > MAX_BODY_LENGTH) problems.push({ field: 'body', code: 'TOO_LONG', params: { max: MAX_BODY_LENGTH } });
  if (input.kind === MessageKind.LOCATION) {
    const location = input.location;
    if (!location) problems.push({ field: 'location', code: 'REQUIRED' });
    else {
      if (!(Math.abs(location.latitude) <= 90)) problems.push({ field: 'location.latitude', code: 'INVALID_VALUE', params: { min: -90, max: 90 } });
      if (!(Math.abs(location.longitude) <= 180)) problems.push({ field: 'location.longitude', code: 'INVALID_VALUE', params: { min: -180, max: 180 } });
    }
  } else if (input.location) problems.push({ field: 'location', code: 'MESSAGING_LOCATION_ONLY_FOR_LOCATION' });
  if (input.clientMessageId != null && !CLIENT_MESSAGE_ID.test(input.clientMessageId)) problems.push({ field: 'clientMessageId', code: 'INVALID_VALUE' });
  problems.push(...attachmentProblems(input));
  return problems;
}

/** Who may post: anyone in the conversation, but only owners and admins in an announcement channel. */
function assertMayPost(conversation: Conversation, member: ConversationMember): void {
  if (conversation.archivedAt) throw new AppError('MESSAGING_CONVERSATION_ARCHIVED');
  if (conversation.kind === ConversationKind.NOTICES) throw new AppError('MESSAGING_POST_NOT_ALLOWED');
  if (conversation.kind === ConversationKind.ANNOUNCEMENT && member.role === ConversationRole.MEMBER) throw new AppError('MESSAGING_POST_NOT_ALLOWED');
}

/** The caller's earlier message with this client id, if any (a replayed send). */
async function sentBefore(ctx: RequestContext, em: EntityManager, clientMessageId: string): Promise<Message | null> {
  return em.findOne(Message, { sender: ctx.requireActor().personId, clientMessageId });
}

/** The mentioned people must be active members of the conversation; @all needs an owner or admin outside plain groups. */
async function mentionProblems(em: EntityManager, conversation: Conversation, member: ConversationMember, mentionIds: string[], mentionsAll: boolean): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  if (mentionsAll && conversation.kind !== ConversationKind.GROUP && conversation.kind !== ConversationKind.DIRECT && member.role === ConversationRole.MEMBER) {
    problems.push({ field: 'mentionsAll', code: 'MESSAGING_MENTION_ALL_NOT_ALLOWED' });
  }
  if (mentionIds.length > 0) {
    const members = await tenantSql<{ person_id: string }>(
      em,
      conversation.tenantId,
      sql`select person_id from conversation_member where tenant_id = ${TENANT} and conversation_id = ${conversation.id} and left_at is null and person_id = any(${pgArray(mentionIds)}::uuid[])`,
    );
    const known = new Set(members.map((row) => row.person_id));
    const strangers = mentionIds.filter((id) => !known.has(id));
    if (strangers.length > 0) problems.push({ field: 'mentionIds', code: 'MESSAGING_MENTION_NOT_MEMBER', params: { ids: strangers.join(', ') } });
  }
  return problems;
}

/**
 * Sends a message. With a `clientMessageId` a send is exactly-once: sending it again — a device replaying its offline
 * queue, twice, from two connections at once — returns the first message and records nothing more. The message takes
 * the conversation's next sequence number under the conversation row's lock (held until commit), so numbers have no
 * gaps and sends to other conversations never wait for this one.
 */
export async function sendMessage(ctx: RequestContext, input: SendMessageInput): Promise<Message> {
  assertNoProblems(sendProblems(input));
  const me = ctx.requireActor().personId;
  try {
    return await ctx.transaction(async (em) => {
      const { conversation, member } = await asMember(ctx, em, input.conversationId);
      ctx.authorize('send', 'Conversation', conversationSubject(conversation));
      if (input.clientMessageId) {
        const earlier = await sentBefore(ctx, em, input.clientMessageId);
        if (earlier) return replayed(earlier, conversation);
      }
      assertMayPost(conversation, member);
      const mentionIds = [...new Set(input.mentionIds ?? [])];
      const mentionsAll = input.mentionsAll ?? false;
      const problems = await mentionProblems(em, conversation, member, mentionIds, mentionsAll);
      let replyTo: Message | null = null;
      if (input.replyToId) {
        replyTo = await em.findOne(Message, { id: input.replyToId, conversation: conversation.id });
        if (!replyTo) problems.push({ field: 'replyToId', code: 'MESSAGING_REPLY_ELSEWHERE' });
      }
      assertNoProblems(problems);
      // The app's clock, not the database's: the edit and recall windows are measured by it.
      const sentAt = ctx.now();
      const seq = await takeSeq(em, conversation, sentAt);
      const important = input.important ?? false;
      const body = input.body?.trim() || null;
      const message = em.create(Message, {
        tenantId: ctx.tenantId,
        conversation: conversation.id,
        seq,
        sender: me,
        kind: input.kind,
        body,
        searchText: searchableText([body, input.location?.name, input.location?.address].filter(Boolean).join('\n')),
        mentionIds,
        mentionsAll,
        replyTo: replyTo?.id ?? null,
        threadRootId: replyTo ? (replyTo.threadRootId ?? replyTo.id) : null,
        location: input.location ? { latitude: input.location.latitude, longitude: input.location.longitude, name: input.location.name ?? null, address: input.location.address ?? null } : null,
        important,
        tracksReceipts: conversation.kind === ConversationKind.DIRECT || conversation.memberCount <= RECEIPT_GROUP_LIMIT || important,
        clientMessageId: input.clientMessageId ?? null,
        createdAt: sentAt,
        updatedAt: sentAt,
      });
      em.persist(message);
      await attachToMessage(ctx, em, message, input);
      // Writing in a conversation reads it: what others said before is read (with receipts), and so is one's own.
      if (member.readSeq < seq - 1) await advanceWatermark(ctx, em, conversation, member, seq);
      else member.readSeq = seq;
      ctx.record({
        type: 'messaging.message.sent',
        subjectType: 'Conversation',
        subjectId: conversation.id,
        payload: { conversationId: conversation.id, messageId: message.id, seq, mentionIds },
      });
      return message;
    });
  } catch (error) {
    // The same client id sent twice at once: the other send committed first, and is the answer to both.
    if (input.clientMessageId && error instanceof AppError && error.code === 'CONFLICT') {
      const earlier = await sentBefore(ctx, ctx.em.fork(), input.clientMessageId);
      if (earlier) return replayed(earlier, earlier.conversation);
    }
    throw error;
  }
}

/** Takes the conversation's next sequence number under its row's lock, held until commit: gap-free, one sender at a time. */
async function takeSeq(em: EntityManager, conversation: Conversation, sentAt: Date): Promise<number> {
  const [{ last_seq: seq }] = await tenantSql<{ last_seq: number }>(
    em,
    conversation.tenantId,
    sql`update conversation set last_seq = last_seq + 1, last_message_at = ${sentAt}, updated_at = now()
      where id = ${conversation.id} and tenant_id = ${TENANT} returning last_seq`,
  );
  return seq;
}

/**
 * Harbour posts a card (no sender) in a conversation, inside the caller's transaction — the way modules' records reach
 * people's work notices. `text` is what notifications and search show of it.
 */
export async function postCard(ctx: RequestContext, em: EntityManager, conversation: Conversation, card: MessageCard, text: string): Promise<Message> {
  const sentAt = ctx.now();
  const seq = await takeSeq(em, conversation, sentAt);
  const message = em.create(Message, {
    tenantId: conversation.tenantId,
    conversation: conversation.id,
    seq,
    kind: MessageKind.CARD,
    body: text,
    searchText: searchableText(text),
    card,
    createdAt: sentAt,
    updatedAt: sentAt,
  });
  em.persist(message);
  ctx.record({
    type: 'messaging.message.sent',
    subjectType: 'Conversation',
    subjectId: conversation.id,
    tenantId: conversation.tenantId,
    payload: { conversationId: conversation.id, messageId: message.id, seq, mentionIds: [] },
  });
  return message;
}

/** Changes a card as its record moved on; members' devices see the message changed. */
export function updateCard(ctx: RequestContext, message: Message, card: MessageCard): void {
  message.card = card;
  ctx.record({
    type: 'messaging.message.edited',
    subjectType: 'Conversation',
    subjectId: message.conversation.id,
    tenantId: message.tenantId,
    payload: { conversationId: message.conversation.id, messageId: message.id, seq: message.seq },
  });
}

/** A replayed send must name the conversation it was first sent to: a device reusing ids across conversations is told. */
function replayed(earlier: Message, conversation: Conversation): Message {
  if (earlier.conversation.id !== conversation.id) assertNoProblems([{ field: 'clientMessageId', code: 'MESSAGING_CLIENT_ID_REUSED' }]);
  return earlier;
}

/** Loads a message of a conversation the caller takes part in, with their membership. */
export async function messageAsMember(ctx: RequestContext, em: EntityManager, messageId: string): Promise<{ message: Message; conversation: Conversation; member: ConversationMember }> {
  const message = await em.findOne(Message, { id: messageId });
  if (!message) throw notFound('Message', messageId);
  try {
    const { conversation, member } = await asMember(ctx, em, message.conversation.id);
    return { message, conversation, member };
  } catch {
    throw notFound('Message', messageId);
  }
}

const minutesSince = (ctx: RequestContext, at: Date) => (ctx.now().getTime() - at.getTime()) / 60_000;

/** The sender edits a text message within the organisation's edit window. */
export async function editMessage(ctx: RequestContext, messageId: string, input: { body: string; mentionIds?: string[] | null }): Promise<Message> {
  const body = input.body?.trim() ?? '';
  if (!body) assertNoProblems([{ field: 'body', code: 'REQUIRED' }]);
  if (body.length > MAX_BODY_LENGTH) assertNoProblems([{ field: 'body', code: 'TOO_LONG', params: { max: MAX_BODY_LENGTH } }]);
  return ctx.transaction(async (em) => {
    const { message, conversation, member } = await messageAsMember(ctx, em, messageId);
    if (message.sender?.id !== ctx.requireActor().personId) throw forbidden('edit', 'Message');
    if (message.kind !== MessageKind.TEXT && message.kind !== MessageKind.LOCATION) throw new AppError('MESSAGING_NOT_EDITABLE');
    if (message.recalledAt) throw new AppError('MESSAGING_MESSAGE_RECALLED');
    assertMayPost(conversation, member);
    const policy = await policyOf(ctx, em);
    if (minutesSince(ctx, message.createdAt) > policy.editWindowMinutes) throw new AppError('MESSAGING_EDIT_WINDOW_PASSED', { minutes: policy.editWindowMinutes });
    const mentionIds = input.mentionIds ? [...new Set(input.mentionIds)] : message.mentionIds;
    assertNoProblems(await mentionProblems(em, conversation, member, mentionIds, message.mentionsAll));
    await keepIfHeld(ctx, em, message, HeldVersionCause.EDITED);
    message.body = body;
    message.searchText = searchableText([body, message.location?.name, message.location?.address].filter(Boolean).join('\n'));
    message.mentionIds = mentionIds;
    message.editedAt = ctx.now();
    ctx.record({ type: 'messaging.message.edited', subjectType: 'Conversation', subjectId: conversation.id, payload: { conversationId: conversation.id, messageId: message.id, seq: message.seq } });
    return message;
  });
}

/** Empties a message for everyone: its place in the conversation stays, its content and reactions go. */
async function withdrawContent(em: EntityManager, message: Message, at: Date): Promise<void> {
  message.body = null;
  message.searchText = '';
  message.location = null;
  message.mentionIds = [];
  message.mentionsAll = false;
  message.recalledAt = at;
  await em.nativeDelete(MessageReaction, { message: message.id });
}

/**
 * Recalls a message: its sender within the organisation's recall window, or an owner or admin of the conversation at
 * any time (they keep their group tidy).
 */
export async function recallMessage(ctx: RequestContext, messageId: string): Promise<Message> {
  return ctx.transaction(async (em) => {
    const { message, conversation, member } = await messageAsMember(ctx, em, messageId);
    if (message.recalledAt) return message;
    const mine = message.sender?.id === ctx.requireActor().personId;
    const groupAdmin = conversation.kind !== ConversationKind.DIRECT && (member.role === ConversationRole.OWNER || member.role === ConversationRole.ADMIN);
    if (!mine && !groupAdmin) throw forbidden('recall', 'Message');
    if (mine && !groupAdmin) {
      const policy = await policyOf(ctx, em);
      if (minutesSince(ctx, message.createdAt) > policy.recallWindowMinutes) throw new AppError('MESSAGING_RECALL_WINDOW_PASSED', { minutes: policy.recallWindowMinutes });
    }
    await keepIfHeld(ctx, em, message, HeldVersionCause.RECALLED);
    await withdrawContent(em, message, ctx.now());
    ctx.record({ type: 'messaging.message.recalled', subjectType: 'Conversation', subjectId: conversation.id, payload: { conversationId: conversation.id, messageId: message.id, seq: message.seq } });
    return message;
  });
}

/**
 * A moderator (`moderate Conversation`) removes a message from a group, project group, department group or channel
 * they need not belong to — never from a direct chat, which stays between its two people. Audited with the reason.
 */
export async function removeMessageAsModerator(ctx: RequestContext, messageId: string, reason: string): Promise<Message> {
  if (!reason?.trim()) assertNoProblems([{ field: 'reason', code: 'REQUIRED' }]);
  return ctx.transaction(async (em) => {
    const message = await em.findOne(Message, { id: messageId }, { populate: ['conversation'] });
    const conversation = message?.conversation;
    if (!message || !conversation || isPersonal(conversation) || !ctx.can('moderate', 'Conversation', conversationSubject(conversation))) {
      throw notFound('Message', messageId);
    }
    const before = { body: message.body, senderId: message.sender?.id ?? null };
    if (!message.recalledAt) {
      await keepIfHeld(ctx, em, message, HeldVersionCause.REMOVED);
      await withdrawContent(em, message, ctx.now());
    }
    ctx.record({
      type: 'messaging.message.moderated',
      subjectType: 'Conversation',
      subjectId: conversation.id,
      subjectLabel: conversation.title,
      payload: { conversationId: conversation.id, messageId: message.id, seq: message.seq },
      before,
      after: { reason: reason.trim() },
    });
    return message;
  });
}

const EMOJI = /^[^\s]{1,16}$/u;

/** Adds (or, `add` false, takes back) the caller's reaction to a message; doing it twice changes nothing. */
export async function reactToMessage(ctx: RequestContext, messageId: string, emoji: string, add: boolean): Promise<Message> {
  if (!EMOJI.test(emoji ?? '')) assertNoProblems([{ field: 'emoji', code: 'INVALID_VALUE' }]);
  const me = ctx.requireActor().personId;
  return ctx.transaction(async (em) => {
    const { message, conversation } = await messageAsMember(ctx, em, messageId);
    if (conversation.archivedAt) throw new AppError('MESSAGING_CONVERSATION_ARCHIVED');
    if (message.recalledAt) throw new AppError('MESSAGING_MESSAGE_RECALLED');
    const changed = add
      ? await tenantSql(
          em,
          ctx.tenantId,
          sql`insert into message_reaction (id, tenant_id, message_id, person_id, emoji, created_at, updated_at)
            values (gen_random_uuid(), ${TENANT}, ${message.id}, ${me}, ${emoji}, now(), now()) on conflict do nothing returning id`,
        )
      : await tenantSql(em, ctx.tenantId, sql`delete from message_reaction where tenant_id = ${TENANT} and message_id = ${message.id} and person_id = ${me} and emoji = ${emoji} returning id`);
    if (changed.length > 0) {
      ctx.record({
        type: 'messaging.message.reactions_changed',
        subjectType: 'Conversation',
        subjectId: conversation.id,
        payload: { conversationId: conversation.id, messageId: message.id, seq: message.seq },
      });
    }
    return message;
  });
}

/** The page size bounds of history reads. */
export const MAX_HISTORY_PAGE = 100;

/**
 * A conversation's messages by sequence: the latest `limit` ones, or those before or after a sequence the device has
 * (both directions, for scrolling back and catching up). Always in ascending order.
 */
export async function history(
  ctx: RequestContext,
  conversationId: string,
  cursor: { before?: number | null; after?: number | null; limit?: number | null },
): Promise<{ items: Message[]; hasMoreBefore: boolean; hasMoreAfter: boolean }> {
  const limit = cursor.limit ?? 50;
  if (limit < 1 || limit > MAX_HISTORY_PAGE) assertNoProblems([{ field: 'limit', code: 'PAGE_SIZE_TOO_LARGE', params: { max: MAX_HISTORY_PAGE } }]);
  if (cursor.before != null && cursor.after != null) assertNoProblems([{ field: 'after', code: 'MESSAGING_ONE_CURSOR' }]);
  const { conversation } = await asMember(ctx, ctx.em, conversationId);
  const where: Record<string, unknown> = { conversation: conversation.id };
  if (cursor.after != null) {
    where.seq = { $gt: cursor.after };
    const rows = await ctx.em.find(Message, where, { orderBy: { seq: 'asc' }, limit: limit + 1 });
    const items = rows.slice(0, limit);
    // Whether any message is older than the page — not `seq > 1`: retention may have deleted the first ones.
    const earlier = await ctx.em.findOne(Message, { conversation: conversation.id, seq: { $lt: items[0]?.seq ?? cursor.after + 1 } }, { fields: ['id'] });
    return { items, hasMoreAfter: rows.length > limit, hasMoreBefore: earlier !== null };
  }
  if (cursor.before != null) where.seq = { $lt: cursor.before };
  const rows = await ctx.em.find(Message, where, { orderBy: { seq: 'desc' }, limit: limit + 1 });
  const items = rows.slice(0, limit).reverse();
  return { items, hasMoreBefore: rows.length > limit, hasMoreAfter: cursor.before != null && cursor.before <= conversation.lastSeq };
}

/** Messages by id that the caller may read (members of their conversations), for a list's links (replies, feeds). */
export async function readableMessages(ctx: RequestContext, ids: readonly string[]): Promise<Map<string, Message>> {
  if (ids.length === 0) return new Map();
  const messages = await ctx.em.find(Message, { id: { $in: [...ids] }, conversation: { members: { person: ctx.requireActor().personId, leftAt: null } } }, { populate: ['conversation'] });
  const readable = messages.filter((message) => ctx.can('read', 'Conversation', conversationSubject(message.conversation)));
  return new Map(readable.map((message) => [message.id, message]));
}

/** One message found by a search, with the part of its text that matched. */
export interface FoundMessage {
  message: Message;
  highlight: TextHighlight;
}

/**
 * Searches the caller's conversations (or one of them) for messages whose text — Chinese or English — holds every
 * word of the query, best matches first, each with a highlighted snippet. Only conversations the caller is in now are
 * searched; recalled messages have no text left to find.
 */
export async function searchMessages(
  ctx: RequestContext,
  input: { query: string; conversationId?: string | null },
  page: { take: number; skip: number },
): Promise<{ items: FoundMessage[]; totalCount: number }> {
  const { limit, offset } = checkPage(page, ctx.services.config.maxPageSize);
  const search = textSearch(sql`m.search_vector`, input.query);
  const me = ctx.requireActor().personId;
  if (input.conversationId) await asMember(ctx, ctx.em, input.conversationId);
  const inConversation = input.conversationId ? sql`and m.conversation_id = ${input.conversationId}` : sql``;
  const rows = await tenantSql<{ id: string; total: number }>(
    ctx.em,
    ctx.tenantId,
    sql`select m.id, count(*) over ()::int as total from message m
      join conversation_member cm on cm.conversation_id = m.conversation_id and cm.person_id = ${me} and cm.left_at is null and cm.tenant_id = ${TENANT}
      where m.tenant_id = ${TENANT} and ${search.matches} ${inConversation}
      order by ${search.rank} desc, m.created_at desc, m.id limit ${limit} offset ${offset}`,
  );
  if (rows.length === 0) return { items: [], totalCount: 0 };
  const found = await readableMessages(
    ctx,
    rows.map((row) => row.id),
  );
  const items = rows.flatMap((row) => {
    const message = found.get(row.id);
    return message?.body ? [{ message, highlight: highlight(message.body, input.query) }] : [];
  });
  return { items, totalCount: rows[0].total };
}
