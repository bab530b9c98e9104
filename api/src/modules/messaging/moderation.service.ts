import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../core/context/request-context.js';
import { AppError, assertNoProblems, notFound } from '../../core/errors/app-error.js';
import { checkPage, type PageArgs } from '../../core/graphql/pagination.js';
import { Person, PersonStatus } from '../org/index.js';
import { Conversation, ConversationKind, ConversationMember, ConversationRole } from './conversation.entity.js';
import { addMembers, conversationSubject, isPersonal } from './conversations.service.js';
import { Message } from './message.entity.js';
import { MAX_HISTORY_PAGE } from './messages.service.js';

/** Which conversations the moderation view lists. */
export interface ModerationFilter {
  kind?: ConversationKind | null;
  /** Part of the title. */
  search?: string | null;
  archived?: boolean | null;
}

/**
 * Groups, department and project groups and channels a moderator (`moderate Conversation`, filtered in SQL by the kinds
 * their rules allow) looks after, whether or not they are in them — never direct chats or work notices. Latest message first.
 */
export async function moderatedConversations(ctx: RequestContext, filter: ModerationFilter, page: PageArgs): Promise<{ items: Conversation[]; totalCount: number }> {
  const { limit, offset } = checkPage(page, ctx.services.config.maxPageSize);
  const where: Record<string, unknown>[] = [ctx.accessibleWhere('moderate', 'Conversation'), { kind: { $nin: [ConversationKind.DIRECT, ConversationKind.NOTICES] } }];
  if (filter.kind) where.push({ kind: filter.kind });
  if (filter.search?.trim()) where.push({ title: { $ilike: `%${filter.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%` } });
  if (filter.archived === true) where.push({ archivedAt: { $ne: null } });
  if (filter.archived === false) where.push({ archivedAt: null });
  const [items, totalCount] = await ctx.em.findAndCount(Conversation, { $and: where }, { orderBy: { lastMessageAt: 'desc nulls last', createdAt: 'desc', id: 'asc' }, limit, offset });
  return { items, totalCount };
}

/** A conversation the caller moderates (NOT_FOUND for direct chats, work notices and kinds their rules leave out). */
export async function moderatedConversation(ctx: RequestContext, em: EntityManager, conversationId: string): Promise<Conversation> {
  const conversation = await em.findOne(Conversation, { id: conversationId });
  if (!conversation || isPersonal(conversation) || !ctx.can('moderate', 'Conversation', conversationSubject(conversation))) {
    throw notFound('Conversation', conversationId);
  }
  return conversation;
}

/**
 * A page of a moderated conversation's messages, latest first from `before` (a seq). Reading a conversation one is not
 * in is itself audited (`messaging.conversation.inspected`), page by page, so members can be told who looked.
 */
export async function moderatedMessages(ctx: RequestContext, conversationId: string, cursor: { before?: number | null; limit?: number | null }): Promise<{ items: Message[]; hasMoreBefore: boolean }> {
  const limit = cursor.limit ?? 50;
  if (limit < 1 || limit > MAX_HISTORY_PAGE) assertNoProblems([{ field: 'limit', code: 'PAGE_SIZE_TOO_LARGE', params: { max: MAX_HISTORY_PAGE } }]);
  return ctx.transaction(async (em) => {
    const conversation = await moderatedConversation(ctx, em, conversationId);
    const where: Record<string, unknown> = { conversation: conversation.id };
    if (cursor.before != null) where.seq = { $lt: cursor.before };
    const rows = await em.find(Message, where, { orderBy: { seq: 'desc' }, limit: limit + 1 });
    const items = rows.slice(0, limit);
    ctx.record({
      type: 'messaging.conversation.inspected',
      subjectType: 'Conversation',
      subjectId: conversation.id,
      subjectLabel: conversation.title,
      payload: { conversationId: conversation.id, fromSeq: items.at(-1)?.seq ?? null, toSeq: items[0]?.seq ?? null },
    });
    return { items, hasMoreBefore: rows.length > limit };
  });
}

/**
 * A moderator names a conversation's owners and admins — how an organisation appoints who posts in an announcement
 * channel — adding the person if they are not in it. Group, project group and channel only (direct chats have no
 * roles; department groups take theirs from the org chart). One owner always remains. Audited.
 */
export async function setConversationRoleAsModerator(ctx: RequestContext, conversationId: string, personId: string, role: ConversationRole): Promise<Conversation> {
  return ctx.transaction(async (em) => {
    const conversation = await moderatedConversation(ctx, em, conversationId);
    if (conversation.kind === ConversationKind.DEPARTMENT) throw new AppError('MESSAGING_DEPARTMENT_GROUP_MANAGED');
    const person = await em.findOne(Person, { id: personId });
    if (!person) throw notFound('Person', personId);
    const member = await em.findOne(ConversationMember, { conversation: conversation.id, person: personId, leftAt: null });
    const before = member?.role ?? null;
    if (before === role) return conversation;
    if (!member) {
      if (person.status !== PersonStatus.ACTIVE) assertNoProblems([{ field: 'personId', code: 'MESSAGING_UNKNOWN_PEOPLE', params: { ids: personId } }]);
      await addMembers(ctx, em, conversation, [personId], role);
    } else {
      if (member.role === ConversationRole.OWNER) {
        const owners = await em.count(ConversationMember, { conversation: conversation.id, role: ConversationRole.OWNER, leftAt: null });
        if (owners <= 1) throw new AppError('MESSAGING_LAST_OWNER');
      }
      member.role = role;
      ctx.record({ type: 'messaging.member.role_changed', subjectType: 'Conversation', subjectId: conversation.id, payload: { conversationId: conversation.id, personIds: [personId], role } });
    }
    ctx.record({
      type: 'messaging.member.role_set_by_moderator',
      subjectType: 'Conversation',
      subjectId: conversation.id,
      subjectLabel: conversation.title,
      payload: { conversationId: conversation.id, personIds: [personId], role },
      before: { role: before },
      after: { role },
    });
    return conversation;
  });
}
