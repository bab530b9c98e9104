import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../core/context/request-context.js';
import { pgArray } from '../../core/database/tenant-filter.js';
import { sql, tenantSql, TENANT } from '../../core/database/sql.js';
import type { EventConsumer } from '../../core/events/consumers.js';
import type { DeliveredEvent } from '../../core/events/event.js';
import { ancestorIds, PersonStatus } from '../org/index.js';
import { Conversation, ConversationKind, ConversationRole } from './conversation.entity.js';
import { addMembers, removeMembers } from './conversations.service.js';
import { policyOf } from './policy.service.js';

/** The departments whose groups an org event may change (before widening to ancestors for sub-department policies). */
async function departmentsOf(ctx: RequestContext, em: EntityManager, event: DeliveredEvent): Promise<string[] | 'all'> {
  const payload = event.payload;
  switch (event.type) {
    case 'messaging.policy.changed':
      return 'all';
    case 'org.department.moved':
      return [payload.departmentId, payload.fromParentId, payload.toParentId].filter((id): id is string => typeof id === 'string');
    case 'org.person.created':
      return payload.departmentIds as string[];
    case 'org.person.archived': {
      const rows = await tenantSql<{ department_id: string }>(em, ctx.tenantId, sql`select department_id from membership where tenant_id = ${TENANT} and person_id = ${payload.personId}`);
      return rows.map((row) => row.department_id);
    }
    default:
      return [payload.departmentId as string];
  }
}

/**
 * Brings one department's group in step with the org chart and the policy: its members are the department's active
 * people (and its sub-departments', when the policy says so), its owners the department's leaders, its title the
 * department's name. A department archived, or the policy turned off, archives the group; turned back on, it reopens.
 */
export async function syncDepartmentGroup(ctx: RequestContext, em: EntityManager, departmentId: string, includeSubdepartments: boolean, enabled: boolean): Promise<void> {
  const [department] = await tenantSql<{ name: string; archived_at: Date | null }>(
    em,
    ctx.tenantId,
    sql`select name, archived_at from department where tenant_id = ${TENANT} and id = ${departmentId}`,
  );
  let conversation = await em.findOne(Conversation, { department: departmentId });
  const wanted = enabled && department && !department.archived_at;
  if (!wanted) {
    if (conversation && !conversation.archivedAt) {
      conversation.archivedAt = ctx.now();
      ctx.record({ type: 'messaging.conversation.archived', subjectType: 'Conversation', subjectId: conversation.id, payload: { conversationId: conversation.id } });
    }
    return;
  }
  if (!conversation) {
    conversation = em.create(Conversation, { tenantId: ctx.tenantId, kind: ConversationKind.DEPARTMENT, title: department.name, department: departmentId, createdAt: ctx.now() });
    em.persist(conversation);
    await em.flush();
    ctx.record({ type: 'messaging.conversation.created', subjectType: 'Conversation', subjectId: conversation.id, payload: { conversationId: conversation.id, kind: conversation.kind } });
  } else {
    if (conversation.title !== department.name) {
      conversation.title = department.name;
      ctx.record({ type: 'messaging.conversation.renamed', subjectType: 'Conversation', subjectId: conversation.id, payload: { conversationId: conversation.id } });
    }
    conversation.archivedAt = null;
    await em.flush();
  }
  const scope = includeSubdepartments
    ? sql`with recursive tree as (select id from department where tenant_id = ${TENANT} and id = ${departmentId}
        union select d.id from department d join tree t on d.parent_id = t.id where d.tenant_id = ${TENANT} and d.archived_at is null) select id from tree`
    : sql`select ${departmentId}::uuid`;
  const [state] = await tenantSql<{ wanted: string[]; current: string[]; leaders: string[] }>(
    em,
    ctx.tenantId,
    sql`select
        coalesce((select array_agg(distinct m.person_id) from membership m join person p on p.id = m.person_id
          where m.tenant_id = ${TENANT} and p.status = ${PersonStatus.ACTIVE} and m.department_id in (${scope})), '{}') as wanted,
        coalesce((select array_agg(person_id) from conversation_member where tenant_id = ${TENANT} and conversation_id = ${conversation.id} and left_at is null), '{}') as current,
        coalesce((select array_agg(person_id) from department_leader where department_id = ${departmentId}), '{}') as leaders`,
  );
  const wantedSet = new Set(state.wanted);
  const currentSet = new Set(state.current);
  await addMembers(
    ctx,
    em,
    conversation,
    state.wanted.filter((id) => !currentSet.has(id)),
  );
  await removeMembers(
    ctx,
    em,
    conversation,
    state.current.filter((id) => !wantedSet.has(id)),
  );
  const promoted = await tenantSql<{ person_id: string; role: ConversationRole }>(
    em,
    ctx.tenantId,
    sql`update conversation_member set role = case when person_id = any(${pgArray(state.leaders)}::uuid[]) then ${ConversationRole.OWNER} else ${ConversationRole.MEMBER} end, updated_at = now()
      where tenant_id = ${TENANT} and conversation_id = ${conversation.id} and left_at is null
        and role <> case when person_id = any(${pgArray(state.leaders)}::uuid[]) then ${ConversationRole.OWNER} else ${ConversationRole.MEMBER} end
      returning person_id, role`,
  );
  for (const role of [ConversationRole.OWNER, ConversationRole.MEMBER]) {
    const personIds = promoted.filter((row) => row.role === role).map((row) => row.person_id);
    if (personIds.length > 0) {
      ctx.record({ type: 'messaging.member.role_changed', subjectType: 'Conversation', subjectId: conversation.id, payload: { conversationId: conversation.id, personIds, role } });
    }
  }
}

/**
 * Keeps department groups in step with the org chart: after people join, leave or are archived, departments are
 * created, renamed, moved, archived or change leaders, and after the policy changes. Idempotent: a batch seen again
 * finds the groups already in step.
 */
export const departmentGroupsConsumer: EventConsumer = {
  name: 'messaging.department-groups',
  eventTypes: [
    'org.department.created',
    'org.department.renamed',
    'org.department.moved',
    'org.department.archived',
    'org.department.leaders_changed',
    'org.person.created',
    'org.person.archived',
    'org.membership.added',
    'org.membership.removed',
    'messaging.policy.changed',
  ],
  handleBatch: (ctx, events) =>
    ctx.transaction(async (em) => {
      const policy = await policyOf(ctx, em);
      const affected = new Set<string>();
      let all = false;
      for (const event of events) {
        const departments = await departmentsOf(ctx, em, event);
        if (departments === 'all') all = true;
        else for (const id of departments) affected.add(id);
      }
      let departmentIds: string[];
      if (all) {
        const rows = await tenantSql<{ id: string }>(em, ctx.tenantId, sql`select id from department where tenant_id = ${TENANT}`);
        departmentIds = rows.map((row) => row.id);
      } else {
        departmentIds = [...affected];
        // A sub-department's people are also its ancestors' group members under that policy.
        if (policy.departmentGroupsIncludeSubdepartments) for (const id of [...affected]) for (const ancestor of await ancestorIds(em, ctx.tenantId, id)) departmentIds.push(ancestor);
      }
      for (const departmentId of new Set(departmentIds)) {
        await syncDepartmentGroup(ctx, em, departmentId, policy.departmentGroupsIncludeSubdepartments, policy.departmentGroups);
      }
    }),
};
