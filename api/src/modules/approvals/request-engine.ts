import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../core/context/request-context.js';
import { AppError, notFound } from '../../core/errors/app-error.js';
import { sql, tenantSql, TENANT } from '../../core/database/sql.js';
import type { RecordedEvent } from '../../core/events/event.js';
import {
  ApprovalActivity,
  ApprovalActivityKind,
  ApprovalParticipant,
  ApprovalParticipation,
  ApprovalRequest,
  ApprovalRequestStatus,
  ApprovalTask,
  ApprovalTaskStatus,
} from './approval-request.entity.js';
import { ApprovalMode, CcTiming } from './definition.js';
import { requestTransitions, taskTransitions } from './approvals.transitions.js';
import { tasksByRequest } from './approvals.read.js';
import { allSteps, frontier, outcomeOf, stepById } from './progress.js';
import type { RouteStep } from './routing.js';

/**
 * One action on one request, inside its transaction: the request (its row locked), the tasks of its current round, its
 * participants, and who acts (null: the engine itself — a policy or a time limit). Every verb builds one, changes it
 * through the functions below, and lets ctx.transaction flush it all at once.
 */
export interface Action {
  ctx: RequestContext;
  em: EntityManager;
  request: ApprovalRequest;
  tasks: ApprovalTask[];
  participants: ApprovalParticipant[];
  actorId: string | null;
  now: Date;
  /** Tasks that became someone's to decide during the action (their time limits start: see deadlines.ts). */
  assigned: ApprovalTask[];
}

/**
 * Locks the request's row (SELECT … FOR UPDATE) and loads what an action needs. Every action on a request takes this
 * lock first, so two approvers deciding at the same instant run one after the other: the second sees the first's
 * decision (its task cancelled, the node decided) instead of both counting — no double and no lost decision.
 */
export async function beginAction(ctx: RequestContext, em: EntityManager, requestId: string): Promise<Action> {
  const request = await em.findOne(ApprovalRequest, { id: requestId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!request) throw notFound('ApprovalRequest', requestId);
  return actionOn(ctx, em, request);
}

/**
 * beginAction on the request a task belongs to, found and locked by one statement (null when there is no such task in
 * the organisation): a decision needs no separate read of the task to learn its request.
 */
export async function beginTaskAction(ctx: RequestContext, em: EntityManager, taskId: string): Promise<Action | null> {
  // Changes this transaction made and has not written yet (an earlier task of a batch) go first: the row read below
  // replaces what the EntityManager holds of the request.
  await em.flush();
  const [row] = await tenantSql(
    em,
    ctx.tenantId,
    sql`select r.* from approval_request r
        where r.tenant_id = ${TENANT} and r.id = (select t.request_id from approval_task t where t.tenant_id = ${TENANT} and t.id = ${taskId})
        for update of r`,
  );
  return row ? actionOn(ctx, em, em.map(ApprovalRequest, row)) : null;
}

/** Loads what an action on a locked request needs: the tasks of its round as they are now, and its participants. */
async function actionOn(ctx: RequestContext, em: EntityManager, request: ApprovalRequest): Promise<Action> {
  const [tasks, participants] = await Promise.all([
    // Read under the request's lock, refreshed: the state another approver left them in, not what was read before.
    em.find(ApprovalTask, { request: request.id, round: request.round }, { orderBy: { sequence: 'asc' }, refresh: true }),
    em.find(ApprovalParticipant, { request: request.id }),
  ]);
  const now = ctx.now();
  request.lastActivityAt = now;
  return { ctx, em, request, tasks, participants, actorId: ctx.actor?.personId ?? null, now, assigned: [] };
}

/** Adds a timeline entry. */
export function note(
  action: Action,
  kind: ApprovalActivityKind,
  fields: { nodeId?: string | null; comment?: string | null; targetId?: string | null; details?: Record<string, unknown> | null; actorId?: string | null } = {},
): void {
  action.request.activityCount += 1;
  action.em.create(ApprovalActivity, {
    tenantId: action.ctx.tenantId,
    request: action.request,
    ordinal: action.request.activityCount,
    kind,
    actor: fields.actorId !== undefined ? fields.actorId : action.actorId,
    target: fields.targetId ?? null,
    nodeId: fields.nodeId ?? null,
    comment: fields.comment ?? null,
    details: fields.details ?? null,
    // The app's clock, like every other time the engine keeps: the timeline agrees with decidedAt, finishedAt …
    createdAt: action.now,
  });
}

/** Makes sure the person takes part in the request in this way (so they may read it). */
export function participate(action: Action, personId: string, kind: ApprovalParticipation, notified = true): ApprovalParticipant {
  const existing = action.participants.find((p) => p.person.id === personId && p.kind === kind);
  if (existing) {
    if (notified && !existing.notifiedAt) existing.notifiedAt = action.now;
    return existing;
  }
  const participant = action.em.create(ApprovalParticipant, { tenantId: action.ctx.tenantId, request: action.request, person: personId, kind, notifiedAt: notified ? action.now : null });
  action.participants.push(participant);
  return participant;
}

const requestPayload = (request: ApprovalRequest) => ({
  requestId: request.id,
  templateId: request.template.id,
  applicantId: request.applicant.id,
  subjectType: request.subjectType,
  subjectId: request.subjectId,
});

/** A request-level fact: `type` and the payload fields beyond the request's routing fields. */
export function requestEvent(action: Action, { type, ...extra }: { type: string } & Record<string, unknown>): RecordedEvent {
  return { type, subjectType: 'ApprovalRequest', subjectId: action.request.id, subjectLabel: action.request.title, payload: { ...requestPayload(action.request), ...extra } };
}

/** A task-level fact: `type` and the payload fields beyond the task's routing fields. */
export function taskEvent(action: Action, task: ApprovalTask, { type, ...extra }: { type: string } & Record<string, unknown>): RecordedEvent {
  return {
    type,
    subjectType: 'ApprovalTask',
    subjectId: task.id,
    subjectLabel: action.request.title,
    payload: { taskId: task.id, requestId: action.request.id, nodeId: task.nodeId, assigneeId: task.assignee.id, ...extra },
  };
}

/** Makes a waiting or reassigned task the assignee's to decide now. */
export function assign(action: Action, task: ApprovalTask): void {
  task.assignedAt = action.now;
  action.assigned.push(task);
  participate(action, task.assignee.id, ApprovalParticipation.APPROVER);
  action.ctx.record(taskEvent(action, task, { type: 'approvals.task.assigned' }));
}

/** The live tasks of a node in the current round (what its outcome is judged on). */
export const tasksOf = (action: Action, nodeId: string) => action.tasks.filter((t) => t.nodeId === nodeId);

/** A new task of the current round. */
export function newTask(
  action: Action,
  step: RouteStep,
  personId: string,
  fields: Partial<Pick<ApprovalTask, 'status' | 'waitingFor' | 'isAddedSigner' | 'autoReason'>> & { addedBy?: string | null },
): ApprovalTask {
  const sequence = action.tasks.length === 0 ? 1 : Math.max(...action.tasks.map((t) => t.sequence)) + 1;
  const task = action.em.create(ApprovalTask, {
    tenantId: action.ctx.tenantId,
    request: action.request,
    nodeId: step.nodeId,
    round: action.request.round,
    sequence,
    assignee: personId,
    status: fields.status ?? ApprovalTaskStatus.PENDING,
    waitingFor: fields.waitingFor ?? null,
    isAddedSigner: fields.isAddedSigner ?? false,
    addedBy: fields.addedBy ?? null,
    autoReason: fields.autoReason ?? null,
    decidedAt: fields.status === ApprovalTaskStatus.AUTO_APPROVED ? action.now : null,
  });
  action.tasks.push(task);
  if (task.status === ApprovalTaskStatus.PENDING) assign(action, task);
  else participate(action, personId, ApprovalParticipation.APPROVER, false);
  return task;
}

/** Creates a node's tasks when the flow reaches it: SEQUENTIAL ones wait for the one before; policy approvals at once. */
function openApprovalNode(action: Action, step: RouteStep): void {
  let previous: ApprovalTask | null = null;
  for (const approver of step.approvers ?? []) {
    if (approver.auto) {
      const task = newTask(action, step, approver.personId, { status: ApprovalTaskStatus.AUTO_APPROVED, autoReason: approver.auto });
      note(action, ApprovalActivityKind.AUTO_APPROVED, { nodeId: step.nodeId, targetId: approver.personId, actorId: null, details: { reason: approver.auto } });
      action.ctx.record(taskEvent(action, task, { type: 'approvals.task.decided', decision: 'AUTO_APPROVED' }));
      continue;
    }
    const waits: boolean = step.mode === ApprovalMode.SEQUENTIAL && previous !== null;
    previous = newTask(action, step, approver.personId, { status: waits ? ApprovalTaskStatus.WAITING : ApprovalTaskStatus.PENDING, waitingFor: waits ? previous!.id : null });
  }
}

/** Copies people on the request: a CC node reached, or finish-time recipients at the end. */
function sendCopies(action: Action, personIds: string[], nodeId: string | null, atFinish = false): void {
  const fresh = atFinish ? personIds : personIds.filter((id) => !action.participants.some((p) => p.person.id === id && p.kind === ApprovalParticipation.CC && p.notifiedAt));
  for (const id of fresh) participate(action, id, ApprovalParticipation.CC);
  if (fresh.length === 0) return;
  note(action, ApprovalActivityKind.CC_SENT, { nodeId, actorId: null, details: { personIds: fresh } });
  action.ctx.record(requestEvent(action, { type: 'approvals.request.cc_sent', personIds: fresh }));
}

/** Cancels every task still waiting or pending (of one node, or of the whole round). */
export function cancelOpenTasks(action: Action, nodeId?: string): void {
  for (const task of action.tasks) {
    if ((nodeId && task.nodeId !== nodeId) || (task.status !== ApprovalTaskStatus.PENDING && task.status !== ApprovalTaskStatus.WAITING)) continue;
    taskTransitions.move(task, 'cancel');
  }
}

/** Ends the request (approved or rejected): open tasks cancelled, finish-time CCs sent, the outcome recorded. */
function finish(action: Action, outcome: 'approve' | 'reject'): void {
  cancelOpenTasks(action);
  requestTransitions.move(action.request, outcome, { change: (r) => (r.finishedAt = action.now) });
  // Finish-time recipients are told only when the route went through their CC node (a rejection may end it earlier).
  const done = new Set(action.request.doneNodes);
  const reached = allSteps(action.request.route.steps).filter((step) => step.type === 'CC' && step.ccTiming !== CcTiming.ON_REACH && done.has(step.nodeId));
  sendCopies(action, [...new Set(reached.flatMap((step) => step.recipients ?? []))], null, true);
  note(action, ApprovalActivityKind.FINISHED, { actorId: null, details: { status: action.request.status } });
  action.ctx.record(outcome === 'approve' ? requestEvent(action, { type: 'approvals.request.approved' }) : requestEvent(action, { type: 'approvals.request.rejected' }));
}

/**
 * Moves the request as far as it can go: opens the nodes the route has reached, sends CCs, marks nodes decided by their
 * tasks, and finishes the request when the route is complete or a node was rejected. Called after every change.
 */
export function progress(action: Action): void {
  const { request } = action;
  for (let guard = 0; guard < 1000 && request.status === ApprovalRequestStatus.RUNNING; guard++) {
    const done = new Set(request.doneNodes);
    const { active, complete } = frontier(request.route.steps, done);
    if (complete) return finish(action, 'approve');
    let moved = false;
    for (const step of active) {
      if (step.type === 'CC') {
        if (step.ccTiming !== CcTiming.ON_FINISH) sendCopies(action, step.recipients ?? [], step.nodeId);
        done.add(step.nodeId);
        moved = true;
        continue;
      }
      if (tasksOf(action, step.nodeId).length === 0) {
        if (step.autoApproved) note(action, ApprovalActivityKind.AUTO_APPROVED, { nodeId: step.nodeId, actorId: null, details: { reason: 'NOBODY' } });
        else openApprovalNode(action, step);
        moved = true;
      }
      const outcome = outcomeOf(step, tasksOf(action, step.nodeId));
      if (outcome === 'REJECTED') {
        request.doneNodes = [...done];
        return finish(action, 'reject');
      }
      if (outcome === 'APPROVED') {
        cancelOpenTasks(action, step.nodeId);
        done.add(step.nodeId);
        moved = true;
      }
    }
    request.doneNodes = [...done];
    if (!moved) return;
  }
}

/** Activates the tasks that waited for this one (the next approver of a SEQUENTIAL node, a signer added after it). */
export function releaseWaiters(action: Action, task: ApprovalTask): void {
  for (const waiter of action.tasks.filter((t) => t.waitingFor === task.id && t.status === ApprovalTaskStatus.WAITING)) {
    taskTransitions.move(waiter, 'activate');
    assign(action, waiter);
  }
}

/** The route step of a task (its node in the request's resolved route). */
export function stepOf(action: Action, task: ApprovalTask): RouteStep {
  const step = stepById(action.request.route.steps, task.nodeId);
  if (!step) throw new AppError('APPROVAL_INVALID_TRANSITION', { verb: 'decide', status: action.request.status });
  return step;
}

/**
 * Hands the answer's task loader the tasks the action holds, so a mutation answering `tasks { … }` reads nothing more
 * for them. Only in the first round: the loader answers every round's tasks, the action holds the current round's.
 */
export function primeTasks(action: Action): void {
  if (action.request.round !== 1) return;
  action.ctx.prime(
    tasksByRequest,
    action.request.id,
    [...action.tasks].sort((a, b) => a.sequence - b.sequence),
  );
}
