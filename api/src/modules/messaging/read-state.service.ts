import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../core/context/request-context.js';
import { sql, tenantSql, TENANT } from '../../core/database/sql.js';
import { pgArray } from '../../core/database/tenant-filter.js';
import { assertNoProblems } from '../../core/errors/app-error.js';
import { checkPage, type PageArgs } from '../../core/graphql/pagination.js';
import type { Conversation, ConversationMember } from './conversation.entity.js';
import { asMember } from './conversations.service.js';
import type { Message } from './message.entity.js';
import { DEFAULT_POLICY } from './messaging-policy.entity.js';
import { policyOf } from './policy.service.js';

/**
 * Moves the member's read watermark up to `upTo` (never back: two devices marking at once keep the higher mark),
 * keeps a reading time for each newly read message that tracks receipts, and records the read — naming the senders who
 * may see it, none when the organisation or the reader hides receipts. Returns whether the watermark moved.
 */
export async function advanceWatermark(ctx: RequestContext, em: EntityManager, conversation: Conversation, member: ConversationMember, upTo: number): Promise<boolean> {
  const me = member.person.id;
  const [moved] = await tenantSql<{ before: number }>(
    em,
    ctx.tenantId,
    sql`with old as (select id, read_seq from conversation_member where id = ${member.id} and tenant_id = ${TENANT} for update)
      update conversation_member m set read_seq = ${upTo}, updated_at = now() from old
      where m.id = old.id and old.read_seq < ${upTo} returning old.read_seq as before`,
  );
  if (!moved) return false;
  member.readSeq = upTo;
  // Written above: the entity shows it, and the unit of work takes it as stored rather than writing it again.
  em.merge(member, { refresh: true });
  // One statement on a path every send takes: the receipts, their senders, and whether the organisation and the reader
  // show receipts (the defaults when they have no row: the policy's, and a person's, who shows them).
  const senders = await tenantSql<{ sender_id: string; shown: boolean }>(
    em,
    ctx.tenantId,
    sql`with newly as (
        insert into message_receipt (id, tenant_id, message_id, person_id, created_at, updated_at)
        select gen_random_uuid(), ${TENANT}, m.id, ${me}, ${ctx.now()}::timestamptz, ${ctx.now()}::timestamptz from message m
        where m.tenant_id = ${TENANT} and m.conversation_id = ${conversation.id} and m.seq > ${moved.before} and m.seq <= ${upTo}
          and m.tracks_receipts and m.sender_id is distinct from ${me} and m.recalled_at is null
        on conflict do nothing returning message_id)
      select distinct m.sender_id,
          coalesce((select read_receipts from messaging_policy where tenant_id = ${TENANT}), ${DEFAULT_POLICY.readReceipts})
          and coalesce((select show_read_receipts from messaging_preference where tenant_id = ${TENANT} and person_id = ${me}), true) as shown
        from message m join newly n on n.message_id = m.id where m.sender_id is not null`,
  );
  ctx.record({
    type: 'messaging.conversation.read',
    subjectType: 'Conversation',
    subjectId: conversation.id,
    payload: { conversationId: conversation.id, personId: me, readSeq: upTo, senderIds: senders.filter((row) => row.shown).map((row) => row.sender_id) },
  });
  return true;
}

/** The caller has read the conversation up to `seq` (capped at its latest message). */
export async function markConversationRead(ctx: RequestContext, conversationId: string, seq: number): Promise<ConversationMember> {
  if (!Number.isInteger(seq) || seq < 0) assertNoProblems([{ field: 'seq', code: 'INVALID_VALUE', params: { min: 0 } }]);
  return ctx.transaction(async (em) => {
    const { conversation, member } = await asMember(ctx, em, conversationId);
    await advanceWatermark(ctx, em, conversation, member, Math.min(seq, conversation.lastSeq));
    return member;
  });
}

/** How many messages from others the caller has not read, per conversation (one statement for a page of them). */
export async function unreadCounts(ctx: RequestContext, members: readonly ConversationMember[]): Promise<Map<string, number>> {
  if (members.length === 0) return new Map();
  const me = ctx.requireActor().personId;
  const rows = await tenantSql<{ conversation_id: string; unread: number }>(
    ctx.em,
    ctx.tenantId,
    sql`select cm.conversation_id, (select count(*)::int from message m where m.conversation_id = cm.conversation_id and m.seq > cm.read_seq
        and m.sender_id is distinct from ${me} and m.recalled_at is null) as unread
      from conversation_member cm where cm.tenant_id = ${TENANT} and cm.person_id = ${me}
        and cm.conversation_id = any(${pgArray(members.map((member) => member.conversation.id))}::uuid[])`,
  );
  return new Map(rows.map((row) => [row.conversation_id, row.unread]));
}

/** Who has and has not read a message, as its sender may see it. */
export interface ReceiptSummary {
  readCount: number;
  unreadCount: number;
  /** Members who chose not to show receipts: counted neither as read nor unread. */
  hiddenCount: number;
}

/**
 * Whether the caller may see who read this message: only its sender, only while the organisation shows receipts.
 * Everyone else — the other members, admins, moderators — gets nothing.
 */
export async function mayTrackReceipts(ctx: RequestContext, message: Message): Promise<boolean> {
  if (!ctx.actor || message.sender?.id !== ctx.actor.personId) return false;
  return (await policyOf(ctx)).readReceipts;
}

/** Counts of readers, non-readers and hidden members (the sender excluded) from the watermarks. */
export async function receiptSummary(ctx: RequestContext, message: Message): Promise<ReceiptSummary> {
  const [row] = await tenantSql<{ read: number; unread: number; hidden: number }>(
    ctx.em,
    ctx.tenantId,
    sql`select count(*) filter (where coalesce(p.show_read_receipts, true) and cm.read_seq >= ${message.seq})::int as read,
        count(*) filter (where coalesce(p.show_read_receipts, true) and cm.read_seq < ${message.seq})::int as unread,
        count(*) filter (where not coalesce(p.show_read_receipts, true))::int as hidden
      from conversation_member cm left join messaging_preference p on p.person_id = cm.person_id and p.tenant_id = cm.tenant_id
      where cm.tenant_id = ${TENANT} and cm.conversation_id = ${message.conversation.id} and cm.left_at is null and cm.person_id <> ${message.sender!.id}`,
  );
  return { readCount: row.read, unreadCount: row.unread, hiddenCount: row.hidden };
}

/**
 * Members who read (`read` true; with when, if the message keeps receipts) or have not read it yet, among those who
 * show receipts, by name.
 */
export async function receiptPeople(ctx: RequestContext, message: Message, read: boolean, page: PageArgs): Promise<{ items: { personId: string; readAt: Date | null }[]; totalCount: number }> {
  const { limit, offset } = checkPage(page, ctx.services.config.maxPageSize);
  const [row] = await tenantSql<{ people: { person_id: string; read_at: string | null }[] | null; total: number }>(
    ctx.em,
    ctx.tenantId,
    sql`with chosen as (
        select cm.person_id, r.created_at as read_at, pe.display_name from conversation_member cm
        join person pe on pe.id = cm.person_id
        left join messaging_preference p on p.person_id = cm.person_id and p.tenant_id = cm.tenant_id
        left join message_receipt r on r.message_id = ${message.id} and r.person_id = cm.person_id
        where cm.tenant_id = ${TENANT} and cm.conversation_id = ${message.conversation.id} and cm.left_at is null and cm.person_id <> ${message.sender!.id}
          and coalesce(p.show_read_receipts, true) and (cm.read_seq >= ${message.seq}) = ${read})
      select (select json_agg(json_build_object('person_id', c.person_id, 'read_at', c.read_at)) from
          (select * from chosen order by read_at desc nulls last, display_name, person_id limit ${limit} offset ${offset}) c) as people,
        (select count(*)::int from chosen) as total`,
  );
  return { items: (row.people ?? []).map((person) => ({ personId: person.person_id, readAt: person.read_at ? new Date(person.read_at) : null })), totalCount: row.total };
}
