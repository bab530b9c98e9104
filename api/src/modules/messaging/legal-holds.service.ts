import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../core/context/request-context.js';
import { pgArray } from '../../core/database/tenant-filter.js';
import { sql, sqlFragment, tenantSql, TENANT, type SqlStatement } from '../../core/database/sql.js';
import { AppError, assertNoProblems, notFound, type FieldProblem } from '../../core/errors/app-error.js';
import { checkPage, type PageArgs } from '../../core/graphql/pagination.js';
import { Person } from '../org/index.js';
import { Conversation } from './conversation.entity.js';
import { HeldMessageVersion, HeldVersionCause, LegalHold } from './legal-hold.entity.js';
import type { Message } from './message.entity.js';

export const MAX_HOLD_REASON = 500;

/**
 * The SQL condition "conversation `c` is covered by a hold in force": one on it, or one on a custodian who is or was
 * its member. Retention, export and the held-version copy all ask the same question.
 */
export const heldCondition = (conversationColumn: SqlStatement) =>
  sql`exists (select 1 from messaging_legal_hold h
      where h.tenant_id = ${TENANT} and h.released_at is null
        and (h.conversation_id = ${conversationColumn}
          or h.custodian_id in (select m.person_id from conversation_member m where m.tenant_id = ${TENANT} and m.conversation_id = ${conversationColumn})))`;

/** Whether a hold in force covers the conversation. */
export async function isHeld(em: EntityManager, tenantId: string, conversationId: string): Promise<boolean> {
  const [row] = await tenantSql<{ held: boolean }>(em, tenantId, sql`select ${heldCondition(sql`${conversationId}::uuid`)} as held`);
  return row.held;
}

/** Which of these conversations a hold in force covers (one query). */
export async function heldAmong(em: EntityManager, tenantId: string, conversationIds: readonly string[]): Promise<Set<string>> {
  const rows = await tenantSql<{ id: string }>(em, tenantId, sql`select c.id from unnest(${pgArray([...conversationIds])}::uuid[]) as c(id) where ${heldCondition(sqlFragment('c.id', []))}`);
  return new Set(rows.map((row) => row.id));
}

/**
 * Keeps a message's content as it is before an edit, recall or removal, when a hold covers its conversation: the
 * conversation's members see the change, and whoever exports under the hold sees both.
 */
export async function keepIfHeld(ctx: RequestContext, em: EntityManager, message: Message, cause: HeldVersionCause): Promise<void> {
  if (!(await isHeld(em, message.tenantId, message.conversation.id))) return;
  em.persist(
    em.create(HeldMessageVersion, {
      tenantId: message.tenantId,
      message,
      cause,
      body: message.body,
      location: message.location,
      changedBy: ctx.actor?.personId ? em.getReference(Person, ctx.actor.personId) : null,
    }),
  );
}

export interface PlaceLegalHoldInput {
  conversationId?: string | null;
  custodianId?: string | null;
  reason: string;
}

function holdProblems(input: PlaceLegalHoldInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!input.reason?.trim()) problems.push({ field: 'reason', code: 'REQUIRED' });
  else if (input.reason.trim().length > MAX_HOLD_REASON) problems.push({ field: 'reason', code: 'TOO_LONG', params: { max: MAX_HOLD_REASON } });
  if (!input.conversationId === !input.custodianId) problems.push({ field: 'conversationId', code: 'MESSAGING_HOLD_ONE_TARGET' });
  return problems;
}

/**
 * Places a legal hold (`hold Conversation`, audited): on one conversation of any kind, or on a custodian — everything
 * they take or took part in, direct chats included. Those placing it need not read the conversations, and their
 * members are not told.
 */
export async function placeLegalHold(ctx: RequestContext, input: PlaceLegalHoldInput): Promise<LegalHold> {
  assertNoProblems(holdProblems(input));
  ctx.authorize('hold', 'Conversation');
  return ctx.transaction(async (em) => {
    const conversation = input.conversationId ? await em.findOne(Conversation, { id: input.conversationId }) : null;
    if (input.conversationId && !conversation) throw notFound('Conversation', input.conversationId);
    const custodian = input.custodianId ? await em.findOne(Person, { id: input.custodianId }) : null;
    if (input.custodianId && !custodian) throw notFound('Person', input.custodianId);
    const hold = em.create(LegalHold, {
      tenantId: ctx.tenantId,
      conversation,
      custodian,
      reason: input.reason.trim(),
      placedBy: em.getReference(Person, ctx.requireActor().personId),
    });
    em.persist(hold);
    await em.flush();
    ctx.record({
      type: 'messaging.legal_hold.placed',
      subjectType: 'LegalHold',
      subjectId: hold.id,
      subjectLabel: conversation?.title ?? custodian?.displayName ?? null,
      payload: { holdId: hold.id, conversationId: conversation?.id ?? null, custodianId: custodian?.id ?? null },
      after: { reason: hold.reason },
    });
    return hold;
  });
}

/** Releases a hold (audited); what it kept becomes subject to retention again. */
export async function releaseLegalHold(ctx: RequestContext, holdId: string): Promise<LegalHold> {
  ctx.authorize('hold', 'Conversation');
  return ctx.transaction(async (em) => {
    const hold = await em.findOne(LegalHold, { id: holdId }, { populate: ['conversation', 'custodian'] });
    if (!hold) throw notFound('LegalHold', holdId);
    if (hold.releasedAt) throw new AppError('MESSAGING_HOLD_RELEASED');
    hold.releasedAt = ctx.now();
    hold.releasedBy = em.getReference(Person, ctx.requireActor().personId);
    ctx.record({
      type: 'messaging.legal_hold.released',
      subjectType: 'LegalHold',
      subjectId: hold.id,
      subjectLabel: hold.conversation?.title ?? hold.custodian?.displayName ?? null,
      payload: { holdId: hold.id, conversationId: hold.conversation?.id ?? null, custodianId: hold.custodian?.id ?? null },
    });
    return hold;
  });
}

/** The organisation's legal holds, newest first; `active` picks those in force (or, false, the released ones). */
export async function legalHolds(ctx: RequestContext, active: boolean | null, page: PageArgs): Promise<{ items: LegalHold[]; totalCount: number }> {
  ctx.authorize('hold', 'Conversation');
  const { limit, offset } = checkPage(page, ctx.services.config.maxPageSize);
  const where = active === null ? {} : { releasedAt: active ? null : { $ne: null } };
  const [items, totalCount] = await ctx.em.findAndCount(LegalHold, where, { populate: ['conversation'], orderBy: { createdAt: 'desc', id: 'asc' }, limit, offset });
  return { items, totalCount };
}

/** The conversations a hold covers: its one conversation, or every one its custodian is or was in. */
export async function heldConversations(ctx: RequestContext, hold: LegalHold, page: PageArgs): Promise<{ items: Conversation[]; totalCount: number }> {
  ctx.authorize('hold', 'Conversation');
  const { limit, offset } = checkPage(page, ctx.services.config.maxPageSize);
  const where = hold.conversation ? { id: hold.conversation.id } : { members: { person: hold.custodian?.id } };
  const [items, totalCount] = await ctx.em.findAndCount(Conversation, where, { orderBy: { lastMessageAt: 'desc nulls last', id: 'asc' }, limit, offset });
  return { items, totalCount };
}
