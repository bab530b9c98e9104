import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../core/context/request-context.js';
import { pgArray } from '../../core/database/tenant-filter.js';
import { sql, tenantSql, TENANT } from '../../core/database/sql.js';
import { AppError, assertNoProblems, forbidden, notFound, type FieldProblem } from '../../core/errors/app-error.js';
import { checkPage, type PageArgs } from '../../core/graphql/pagination.js';
import { PersonStatus } from '../org/index.js';
import { Conversation, ConversationKind, ConversationMember, ConversationRole } from './conversation.entity.js';

/** The most people one call may add (a department group takes in any number through the org chart instead). */
export const MAX_MEMBERS_PER_CALL = 500;

/** Conversations that stay between their own people: direct chats and a person's work notices. No moderator reaches them. */
export const isPersonal = (conversation: Conversation) => conversation.kind === ConversationKind.DIRECT || conversation.kind === ConversationKind.NOTICES;

/** The fields rule conditions test (see the subject declared in index.ts). */
export const conversationSubject = (conversation: Conversation) => ({ id: conversation.id, kind: conversation.kind });

/** A conversation with the caller's own membership of it. */
export interface MemberView {
  conversation: Conversation;
  member: ConversationMember;
}

/**
 * Loads a conversation the caller takes part in (and may use messaging for); anything else — another organisation's,
 * one they left, one they were never in — is NOT_FOUND, so ids of others' conversations reveal nothing.
 */
export async function asMember(ctx: RequestContext, em: EntityManager, conversationId: string): Promise<MemberView> {
  const personId = ctx.requireActor().personId;
  const member = await em.findOne(ConversationMember, { conversation: conversationId, person: personId, leftAt: null }, { populate: ['conversation'] });
  if (!member || !ctx.can('read', 'Conversation', conversationSubject(member.conversation))) throw notFound('Conversation', conversationId);
  return { conversation: member.conversation, member };
}

/** One conversation the caller takes part in. */
export async function conversationById(ctx: RequestContext, id: string): Promise<Conversation> {
  return (await asMember(ctx, ctx.em, id)).conversation;
}

/** The caller's conversations, latest message first; `archived` picks those they put away (or, false, the others). */
export async function myConversations(
  ctx: RequestContext,
  filter: { archived?: boolean | null; kind?: ConversationKind | null },
  page: PageArgs,
): Promise<{ items: Conversation[]; totalCount: number }> {
  const { limit, offset } = checkPage(page, ctx.services.config.maxPageSize);
  const membership: Record<string, unknown> = { person: ctx.requireActor().personId, leftAt: null };
  if (filter.archived === true) membership.archivedAt = { $ne: null };
  if (filter.archived === false) membership.archivedAt = null;
  const where: Record<string, unknown>[] = [ctx.accessibleWhere('read', 'Conversation'), { members: membership }];
  if (filter.kind) where.push({ kind: filter.kind });
  const [items, totalCount] = await Promise.all([
    ctx.em.find(Conversation, { $and: where }, { orderBy: { lastMessageAt: 'desc nulls last', createdAt: 'desc', id: 'asc' }, limit, offset }),
    ctx.em.count(Conversation, { $and: where }),
  ]);
  return { items, totalCount };
}

/** The caller's memberships of these conversations (one query for a list), keyed by conversation id. */
export async function myMemberships(ctx: RequestContext, conversationIds: readonly string[]): Promise<Map<string, ConversationMember>> {
  const rows = await ctx.em.find(ConversationMember, { person: ctx.requireActor().personId, conversation: { $in: [...conversationIds] }, leftAt: null });
  return new Map(rows.map((row) => [row.conversation.id, row]));
}

/** Active members of a conversation: owners, then admins, then members, each by name. */
export async function membersOf(
  ctx: RequestContext,
  conversation: Conversation,
  page: PageArgs,
): Promise<{ items: { personId: string; role: ConversationRole; joinedAt: Date }[]; totalCount: number }> {
  const { limit, offset } = checkPage(page, ctx.services.config.maxPageSize);
  const rows = await tenantSql<{ person_id: string; role: ConversationRole; created_at: Date; total: number }>(
    ctx.em,
    ctx.tenantId,
    sql`select cm.person_id, cm.role, cm.created_at, count(*) over ()::int as total
      from conversation_member cm join person p on p.id = cm.person_id
      where cm.tenant_id = ${TENANT} and cm.conversation_id = ${conversation.id} and cm.left_at is null
      order by case cm.role when ${ConversationRole.OWNER} then 0 when ${ConversationRole.ADMIN} then 1 else 2 end, p.display_name, cm.person_id
      limit ${limit} offset ${offset}`,
  );
  return {
    items: rows.map((row) => ({ personId: row.person_id, role: row.role, joinedAt: new Date(row.created_at) })),
    totalCount: rows[0]?.total ?? conversation.memberCount,
  };
}

/** Refuses ids that are not active people of the organisation (field `field`). */
async function assertActivePeople(em: EntityManager, tenantId: string, personIds: string[], field: string): Promise<void> {
  if (personIds.length === 0) return;
  const found = await tenantSql<{ id: string }>(em, tenantId, sql`select id from person where tenant_id = ${TENANT} and status = ${PersonStatus.ACTIVE} and id = any(${pgArray(personIds)}::uuid[])`);
  const known = new Set(found.map((row) => row.id));
  const unknown = personIds.filter((id) => !known.has(id));
  if (unknown.length > 0) assertNoProblems([{ field, code: 'MESSAGING_UNKNOWN_PEOPLE', params: { ids: unknown.join(', ') } }]);
}

function titleProblems(title: string | null | undefined, required: boolean): FieldProblem[] {
  if (required && !title?.trim()) return [{ field: 'title', code: 'REQUIRED' }];
  return [];
}

/**
 * Adds people to a conversation (or takes back those who had left), records it and recounts its members. A returning
 * member's watermark starts at the latest message, so what was said while they were away does not count as unread.
 */
export async function addMembers(ctx: RequestContext, em: EntityManager, conversation: Conversation, personIds: string[], role = ConversationRole.MEMBER): Promise<string[]> {
  if (personIds.length === 0) return [];
  const added = await tenantSql<{ person_id: string }>(
    em,
    conversation.tenantId,
    sql`insert into conversation_member (id, tenant_id, conversation_id, person_id, role, read_seq, created_at, updated_at)
      select gen_random_uuid(), ${TENANT}, ${conversation.id}, p, ${role}, c.last_seq, ${ctx.now()}::timestamptz, ${ctx.now()}::timestamptz
      from unnest(${pgArray(personIds)}::uuid[]) p, conversation c where c.id = ${conversation.id} and c.tenant_id = ${TENANT}
      on conflict (conversation_id, person_id) do update set left_at = null, role = excluded.role, read_seq = excluded.read_seq, archived_at = null, updated_at = now()
        where conversation_member.left_at is not null
      returning person_id`,
  );
  const ids = added.map((row) => row.person_id);
  if (ids.length > 0) {
    await recount(em, conversation);
    ctx.record({ type: 'messaging.member.added', subjectType: 'Conversation', subjectId: conversation.id, payload: { conversationId: conversation.id, personIds: ids } });
  }
  return ids;
}

/** Marks people as having left, records it and recounts. */
export async function removeMembers(ctx: RequestContext, em: EntityManager, conversation: Conversation, personIds: string[]): Promise<string[]> {
  if (personIds.length === 0) return [];
  const removed = await tenantSql<{ person_id: string }>(
    em,
    conversation.tenantId,
    sql`update conversation_member set left_at = ${ctx.now()}, updated_at = now()
      where tenant_id = ${TENANT} and conversation_id = ${conversation.id} and person_id = any(${pgArray(personIds)}::uuid[]) and left_at is null
      returning person_id`,
  );
  const ids = removed.map((row) => row.person_id);
  if (ids.length > 0) {
    await recount(em, conversation);
    ctx.record({ type: 'messaging.member.removed', subjectType: 'Conversation', subjectId: conversation.id, payload: { conversationId: conversation.id, personIds: ids } });
  }
  return ids;
}

async function recount(em: EntityManager, conversation: Conversation): Promise<void> {
  const [row] = await tenantSql<{ member_count: number }>(
    em,
    conversation.tenantId,
    sql`update conversation set member_count = (select count(*) from conversation_member m where m.conversation_id = ${conversation.id} and m.left_at is null), updated_at = now()
      where id = ${conversation.id} and tenant_id = ${TENANT} returning member_count`,
  );
  conversation.memberCount = row.member_count;
}

function recordCreated(ctx: RequestContext, conversation: Conversation): void {
  ctx.record({
    type: 'messaging.conversation.created',
    subjectType: 'Conversation',
    subjectId: conversation.id,
    payload: { conversationId: conversation.id, kind: conversation.kind },
  });
}

/**
 * The caller's direct chat with another person, started if there is none: one per pair, however many times (or from
 * however many devices at once) it is asked for.
 */
export async function startDirectConversation(ctx: RequestContext, personId: string): Promise<Conversation> {
  const me = ctx.requireActor().personId;
  if (personId === me) assertNoProblems([{ field: 'personId', code: 'MESSAGING_DIRECT_WITH_SELF' }]);
  ctx.authorize('create', 'Conversation', { kind: ConversationKind.DIRECT });
  const directKey = [me, personId].sort().join(':');
  return ctx.transaction(async (em) => {
    await assertActivePeople(em, ctx.tenantId, [personId], 'personId');
    const [created] = await tenantSql<{ id: string }>(
      em,
      ctx.tenantId,
      sql`insert into conversation (id, tenant_id, kind, direct_key, created_by_id, created_at, updated_at)
        values (gen_random_uuid(), ${TENANT}, ${ConversationKind.DIRECT}, ${directKey}, ${me}, ${ctx.now()}, ${ctx.now()})
        on conflict (tenant_id, direct_key) do nothing returning id`,
    );
    if (!created) {
      const existing = await em.findOneOrFail(Conversation, { directKey });
      // Someone who left the chat (or never had a row) is back in it when either side opens it again.
      await addMembers(ctx, em, existing, [me, personId]);
      return existing;
    }
    const conversation = await em.findOneOrFail(Conversation, { id: created.id });
    recordCreated(ctx, conversation);
    await addMembers(ctx, em, conversation, [me, personId]);
    return conversation;
  });
}

/** Starts a group, project group or announcement channel with the caller as its owner. */
export async function createConversation(ctx: RequestContext, input: { kind: ConversationKind; title: string; memberIds: string[] }): Promise<Conversation> {
  const me = ctx.requireActor().personId;
  if (input.kind === ConversationKind.DIRECT) assertNoProblems([{ field: 'kind', code: 'MESSAGING_USE_START_DIRECT' }]);
  if (input.kind === ConversationKind.DEPARTMENT) assertNoProblems([{ field: 'kind', code: 'MESSAGING_DEPARTMENT_GROUP_MANAGED' }]);
  if (input.kind === ConversationKind.NOTICES) assertNoProblems([{ field: 'kind', code: 'MESSAGING_NOTICES_MANAGED' }]);
  assertNoProblems(titleProblems(input.title, true));
  const memberIds = [...new Set(input.memberIds)].filter((id) => id !== me);
  if (memberIds.length > MAX_MEMBERS_PER_CALL) assertNoProblems([{ field: 'memberIds', code: 'TOO_MANY_ITEMS', params: { max: MAX_MEMBERS_PER_CALL } }]);
  ctx.authorize('create', 'Conversation', { kind: input.kind });
  return ctx.transaction(async (em) => {
    await assertActivePeople(em, ctx.tenantId, memberIds, 'memberIds');
    const conversation = em.create(Conversation, { tenantId: ctx.tenantId, kind: input.kind, title: input.title.trim(), createdBy: me, createdAt: ctx.now() });
    em.persist(conversation);
    await em.flush();
    recordCreated(ctx, conversation);
    await addMembers(ctx, em, conversation, [me], ConversationRole.OWNER);
    await addMembers(ctx, em, conversation, memberIds);
    return conversation;
  });
}

/** Whether the member may manage others in this conversation (add, remove, rename). */
const isAdmin = (member: ConversationMember) => member.role === ConversationRole.OWNER || member.role === ConversationRole.ADMIN;

/** Conversations Harbour keeps (direct chats: two people, no title; department groups: the org chart's) refuse hand-made changes. */
function assertMembersChangeable(conversation: Conversation): void {
  if (conversation.kind === ConversationKind.DIRECT) throw new AppError('MESSAGING_DIRECT_CHAT_FIXED');
  if (conversation.kind === ConversationKind.DEPARTMENT) throw new AppError('MESSAGING_DEPARTMENT_GROUP_MANAGED');
  if (conversation.kind === ConversationKind.NOTICES) throw new AppError('MESSAGING_NOTICES_MANAGED');
}

function assertOpen(conversation: Conversation): void {
  if (conversation.archivedAt) throw new AppError('MESSAGING_CONVERSATION_ARCHIVED');
}

/** Adds people: any member of a plain group may; in project groups and announcement channels, owners and admins. */
export async function addConversationMembers(ctx: RequestContext, conversationId: string, personIds: string[]): Promise<Conversation> {
  const ids = [...new Set(personIds)];
  if (ids.length === 0) assertNoProblems([{ field: 'personIds', code: 'REQUIRED' }]);
  if (ids.length > MAX_MEMBERS_PER_CALL) assertNoProblems([{ field: 'personIds', code: 'TOO_MANY_ITEMS', params: { max: MAX_MEMBERS_PER_CALL } }]);
  return ctx.transaction(async (em) => {
    const { conversation, member } = await asMember(ctx, em, conversationId);
    assertMembersChangeable(conversation);
    assertOpen(conversation);
    if (conversation.kind !== ConversationKind.GROUP && !isAdmin(member)) throw forbidden('addMembers', 'Conversation');
    await assertActivePeople(em, ctx.tenantId, ids, 'personIds');
    await addMembers(ctx, em, conversation, ids);
    return conversation;
  });
}

/** Owners and admins remove members; an admin cannot remove an owner. */
export async function removeConversationMember(ctx: RequestContext, conversationId: string, personId: string): Promise<Conversation> {
  return ctx.transaction(async (em) => {
    const { conversation, member } = await asMember(ctx, em, conversationId);
    assertMembersChangeable(conversation);
    if (!isAdmin(member)) throw forbidden('removeMembers', 'Conversation');
    const target = await em.findOne(ConversationMember, { conversation: conversation.id, person: personId, leftAt: null });
    if (!target) throw notFound('ConversationMember', personId);
    if (target.role === ConversationRole.OWNER && member.role !== ConversationRole.OWNER) throw forbidden('removeMembers', 'Conversation');
    if (target.id === member.id) throw new AppError('MESSAGING_USE_LEAVE');
    await removeMembers(ctx, em, conversation, [personId]);
    return conversation;
  });
}

/**
 * The caller leaves. Direct chats cannot be left (archive them for yourself instead) and department groups follow the
 * org chart. The last owner leaving hands the conversation to its longest-standing admin, else member.
 */
export async function leaveConversation(ctx: RequestContext, conversationId: string): Promise<boolean> {
  return ctx.transaction(async (em) => {
    const { conversation, member } = await asMember(ctx, em, conversationId);
    assertMembersChangeable(conversation);
    if (member.role === ConversationRole.OWNER) {
      const otherOwners = await em.count(ConversationMember, { conversation: conversation.id, role: ConversationRole.OWNER, leftAt: null, id: { $ne: member.id } });
      if (otherOwners === 0) {
        const [heir] = await em.find(ConversationMember, { conversation: conversation.id, leftAt: null, id: { $ne: member.id } }, { orderBy: { role: 'asc', createdAt: 'asc', id: 'asc' }, limit: 1 });
        if (heir) {
          heir.role = ConversationRole.OWNER;
          recordRoleChanged(ctx, conversation, [heir.person.id], ConversationRole.OWNER);
        }
      }
    }
    await removeMembers(ctx, em, conversation, [member.person.id]);
    return true;
  });
}

function recordRoleChanged(ctx: RequestContext, conversation: Conversation, personIds: string[], role: ConversationRole): void {
  ctx.record({ type: 'messaging.member.role_changed', subjectType: 'Conversation', subjectId: conversation.id, payload: { conversationId: conversation.id, personIds, role } });
}

/** Owners name owners and admins; at least one owner always remains. */
export async function setConversationRole(ctx: RequestContext, conversationId: string, personId: string, role: ConversationRole): Promise<Conversation> {
  return ctx.transaction(async (em) => {
    const { conversation, member } = await asMember(ctx, em, conversationId);
    assertMembersChangeable(conversation);
    if (member.role !== ConversationRole.OWNER) throw forbidden('setRole', 'Conversation');
    const target = await em.findOne(ConversationMember, { conversation: conversation.id, person: personId, leftAt: null });
    if (!target) throw notFound('ConversationMember', personId);
    if (target.role === role) return conversation;
    if (target.role === ConversationRole.OWNER) {
      const owners = await em.count(ConversationMember, { conversation: conversation.id, role: ConversationRole.OWNER, leftAt: null });
      if (owners <= 1) throw new AppError('MESSAGING_LAST_OWNER');
    }
    target.role = role;
    recordRoleChanged(ctx, conversation, [personId], role);
    return conversation;
  });
}

/** Owners and admins rename a group (direct chats have no title; department groups take their department's name). */
export async function renameConversation(ctx: RequestContext, conversationId: string, title: string): Promise<Conversation> {
  assertNoProblems(titleProblems(title, true));
  return ctx.transaction(async (em) => {
    const { conversation, member } = await asMember(ctx, em, conversationId);
    assertMembersChangeable(conversation);
    assertOpen(conversation);
    if (!isAdmin(member)) throw forbidden('rename', 'Conversation');
    conversation.title = title.trim();
    ctx.record({ type: 'messaging.conversation.renamed', subjectType: 'Conversation', subjectId: conversation.id, payload: { conversationId: conversation.id } });
    return conversation;
  });
}

/** An owner archives a group for everyone: it stays readable, and nobody can post in it any more. */
export async function archiveConversation(ctx: RequestContext, conversationId: string): Promise<Conversation> {
  return ctx.transaction(async (em) => {
    const { conversation, member } = await asMember(ctx, em, conversationId);
    assertMembersChangeable(conversation);
    if (member.role !== ConversationRole.OWNER) throw forbidden('archive', 'Conversation');
    assertOpen(conversation);
    conversation.archivedAt = ctx.now();
    ctx.record({ type: 'messaging.conversation.archived', subjectType: 'Conversation', subjectId: conversation.id, payload: { conversationId: conversation.id } });
    return conversation;
  });
}

/** The caller's own settings of a conversation: muted until a time (null: not muted), put away in their archive. */
export async function setMyConversationSettings(ctx: RequestContext, conversationId: string, input: { mutedUntil?: Date | null; archived?: boolean | null }): Promise<ConversationMember> {
  return ctx.transaction(async (em) => {
    const { member } = await asMember(ctx, em, conversationId);
    if (input.mutedUntil !== undefined) member.mutedUntil = input.mutedUntil && input.mutedUntil.getTime() > ctx.now().getTime() ? input.mutedUntil : null;
    if (input.archived !== undefined && input.archived !== null) member.archivedAt = input.archived ? (member.archivedAt ?? ctx.now()) : null;
    ctx.record({
      type: 'messaging.member.settings_changed',
      subjectType: 'Conversation',
      subjectId: member.conversation.id,
      payload: { conversationId: member.conversation.id, personIds: [member.person.id] },
    });
    return member;
  });
}

/** What the caller may do in a conversation now, as the verbs above decide it (computed in memory). */
export function conversationPermissions(ctx: RequestContext, conversation: Conversation, member: ConversationMember | null) {
  const open = !conversation.archivedAt;
  const managed = conversation.kind === ConversationKind.DIRECT || conversation.kind === ConversationKind.DEPARTMENT || conversation.kind === ConversationKind.NOTICES;
  const admin = member !== null && isAdmin(member);
  const owner = member?.role === ConversationRole.OWNER;
  return {
    post:
      member !== null &&
      open &&
      conversation.kind !== ConversationKind.NOTICES &&
      ctx.can('send', 'Conversation', conversationSubject(conversation)) &&
      (conversation.kind !== ConversationKind.ANNOUNCEMENT || admin),
    addMembers: member !== null && open && !managed && (conversation.kind === ConversationKind.GROUP || admin),
    removeMembers: !managed && admin,
    rename: open && !managed && admin,
    setRoles: !managed && owner,
    archive: open && !managed && owner,
    leave: member !== null && !managed,
  };
}
