import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../core/context/request-context.js';
import { sql, tenantSql, TENANT } from '../../core/database/sql.js';
import type { EventConsumer } from '../../core/events/consumers.js';
import type { DeliveredEvent } from '../../core/events/event.js';
import { ApprovalTask, ApprovalTaskStatus } from '../approvals/index.js';
import { Conversation, ConversationKind, ConversationRole } from './conversation.entity.js';
import { addMembers } from './conversations.service.js';
import { Message, MessageCardAction, MessageCardState, MessageCardType, MessageKind, type MessageCard } from './message.entity.js';
import { postCard, updateCard } from './messages.service.js';

/** A person's work notices (工作通知): one conversation with only them in it, opened the first time Harbour posts there. */
export async function noticesOf(ctx: RequestContext, em: EntityManager, personId: string): Promise<Conversation> {
  const key = `notices:${personId}`;
  const found = await em.findOne(Conversation, { directKey: key });
  if (found) return found;
  const conversation = em.create(Conversation, { tenantId: ctx.tenantId, kind: ConversationKind.NOTICES, directKey: key, createdAt: ctx.now() });
  em.persist(conversation);
  await em.flush();
  ctx.record({ type: 'messaging.conversation.created', subjectType: 'Conversation', subjectId: conversation.id, payload: { conversationId: conversation.id, kind: conversation.kind } });
  await addMembers(ctx, em, conversation, [personId], ConversationRole.MEMBER);
  return conversation;
}

/** Where a task stands for the person whose card it is. */
function stateFor(task: ApprovalTask, personId: string): MessageCardState {
  if (task.assignee.id !== personId) return MessageCardState.TRANSFERRED;
  switch (task.status) {
    case ApprovalTaskStatus.PENDING:
    case ApprovalTaskStatus.WAITING:
      return MessageCardState.PENDING;
    case ApprovalTaskStatus.APPROVED:
    case ApprovalTaskStatus.AUTO_APPROVED:
      return MessageCardState.APPROVED;
    case ApprovalTaskStatus.REJECTED:
      return MessageCardState.REJECTED;
    case ApprovalTaskStatus.RETURNED:
      return MessageCardState.RETURNED;
    default:
      return MessageCardState.CLOSED;
  }
}

function taskCard(task: ApprovalTask, personId: string, applicantName: string): MessageCard {
  const state = stateFor(task, personId);
  return {
    type: MessageCardType.APPROVAL_TASK,
    title: task.request.title,
    subtitle: applicantName,
    state,
    approvalTaskId: task.id,
    approvalRequestId: task.request.id,
    actions: state === MessageCardState.PENDING ? [MessageCardAction.APPROVE, MessageCardAction.REJECT] : [],
  };
}

/** Posts the card of a task that became someone's to decide, once per task and person (events may come again). */
async function postTaskCard(ctx: RequestContext, em: EntityManager, taskId: string, assigneeId: string): Promise<void> {
  const task = await em.findOne(ApprovalTask, { id: taskId }, { populate: ['request', 'request.applicant'] });
  if (!task || task.assignee.id !== assigneeId || task.status !== ApprovalTaskStatus.PENDING) return;
  const notices = await noticesOf(ctx, em, assigneeId);
  const [posted] = await tenantSql<{ id: string }>(
    em,
    ctx.tenantId,
    sql`select id from message where tenant_id = ${TENANT} and conversation_id = ${notices.id} and kind = ${MessageKind.CARD} and card->>'approvalTaskId' = ${taskId} limit 1`,
  );
  if (posted) return;
  const applicant = task.request.applicant.displayName;
  await postCard(ctx, em, notices, taskCard(task, assigneeId, applicant), `${task.request.title} · ${applicant}`);
}

/** Brings every still-pending card of a request in step with its tasks (decided, handed on, or no longer needed). */
async function refreshRequestCards(ctx: RequestContext, em: EntityManager, requestId: string): Promise<void> {
  const pending = await tenantSql<{ id: string }>(
    em,
    ctx.tenantId,
    sql`select id from message where tenant_id = ${TENANT} and kind = ${MessageKind.CARD}
      and card->>'approvalRequestId' = ${requestId} and card->>'state' = ${MessageCardState.PENDING}`,
  );
  if (pending.length === 0) return;
  const cards = await em.find(Message, { id: { $in: pending.map((row) => row.id) } }, { populate: ['conversation'] });
  for (const message of cards) {
    const card = message.card!;
    const task = await em.findOne(ApprovalTask, { id: card.approvalTaskId! }, { populate: ['request', 'request.applicant'] });
    const owner = message.conversation.directKey!.slice('notices:'.length);
    const next: MessageCard = task ? taskCard(task, owner, card.subtitle ?? '') : { ...card, state: MessageCardState.CLOSED, actions: [] };
    if (next.state !== card.state) updateCard(ctx, message, next);
  }
}

/**
 * Approval tasks reach their approvers as cards in their work notices, with Approve and Reject buttons that call the
 * approvals verbs; a card follows its task (decided, handed on, no longer needed). Idempotent: a batch seen again
 * posts nothing twice and finds the cards in step.
 */
export const approvalCardsConsumer: EventConsumer = {
  name: 'messaging.approval-cards',
  eventTypes: [
    'approvals.task.assigned',
    'approvals.task.decided',
    'approvals.task.transferred',
    'approvals.request.approved',
    'approvals.request.rejected',
    'approvals.request.returned',
    'approvals.request.withdrawn',
  ],
  handleBatch: (ctx, events: DeliveredEvent[]) =>
    ctx.transaction(async (em) => {
      const requests = new Set<string>();
      for (const event of events) {
        if (event.type === 'approvals.task.assigned') await postTaskCard(ctx, em, event.payload.taskId as string, event.payload.assigneeId as string);
        else requests.add(event.payload.requestId as string);
      }
      await em.flush();
      for (const requestId of requests) await refreshRequestCards(ctx, em, requestId);
    }),
};
