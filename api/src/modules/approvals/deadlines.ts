import { scheduleJob, scheduleJobs, type JobDefinition } from '../../core/jobs/jobs.js';
import { Person } from '../org/index.js';
import { workingTimeOf } from '../worktime/index.js';
import { ApprovalActivityKind, ApprovalRequest, ApprovalRequestStatus, ApprovalTask, ApprovalTaskStatus } from './approval-request.entity.js';
import { approverDirectory } from './approver-directory.js';
import { taskTransitions } from './approvals.transitions.js';
import { TimeoutAction } from './definition.js';
import { assign, beginAction, note, primeTasks, progress, requestEvent, taskEvent, releaseWaiters, stepOf, tasksOf, type Action } from './request-engine.js';

/** What a deadline job is for: a reminder before the time limit, or the time limit itself. */
interface DeadlinePayload {
  requestId: string;
  taskId: string;
  kind: 'remind' | 'due';
}

/**
 * A task's time limit in working time: a reminder some working hours before it, and at it the node's timeout action
 * (approve or reject for the approver) or an escalation to the approver's manager. A job, so it survives restarts; it
 * checks the task is still pending (and the deadline really passed by the app's clock) before acting, so a late or
 * repeated run does nothing wrong.
 */
export const taskDeadline: JobDefinition<DeadlinePayload> = {
  name: 'approvals.task-deadline',
  handle: async (ctx, payload) => {
    const before = await ctx.em.findOne(ApprovalTask, { id: payload.taskId });
    if (!before || before.status !== ApprovalTaskStatus.PENDING) return;
    // The approver's manager is found before the transaction: reporting lines read on the context's own connection.
    const manager = payload.kind === 'due' ? await (await approverDirectory(ctx, ctx.em, before.assignee.id)).managerOf(before.assignee.id) : null;
    return ctx.transaction(async (em) => {
      const action = await beginAction(ctx, em, payload.requestId);
      const task = action.tasks.find((t) => t.id === payload.taskId);
      if (!task || task.status !== ApprovalTaskStatus.PENDING || action.request.status !== ApprovalRequestStatus.RUNNING || !task.dueAt) return;
      const limit = stepOf(action, task).timeLimit;
      if (!limit) return;
      if (payload.kind === 'remind') {
        task.remindedAt = action.now;
        note(action, ApprovalActivityKind.REMINDED, { actorId: null, nodeId: task.nodeId, details: { assigneeIds: [task.assignee.id], reason: 'TIME_LIMIT' } });
        action.ctx.record(requestEvent(action, { type: 'approvals.request.reminded', assigneeIds: [task.assignee.id] }));
        return;
      }
      if (action.now.getTime() < task.dueAt.getTime()) {
        // Run early (the queue's time and the app's differ): come back at the deadline.
        await scheduleJob(ctx, em, taskDeadline, payload, { runAt: task.dueAt, key: `${task.id}:due` });
        return;
      }
      const timeout = limit.timeoutAction ?? TimeoutAction.NONE;
      if (timeout === TimeoutAction.APPROVE) {
        taskTransitions.move(task, 'autoApprove', { change: (t) => ((t.decidedAt = action.now), (t.autoReason = 'TIMEOUT')) });
        note(action, ApprovalActivityKind.AUTO_APPROVED, { actorId: null, nodeId: task.nodeId, targetId: task.assignee.id, details: { reason: 'TIMEOUT' } });
        action.ctx.record(taskEvent(action, task, { type: 'approvals.task.decided', decision: 'AUTO_APPROVED' }));
        releaseWaiters(action, task);
      } else if (timeout === TimeoutAction.REJECT) {
        taskTransitions.move(task, 'reject', { change: (t) => ((t.decidedAt = action.now), (t.autoReason = 'TIMEOUT')) });
        note(action, ApprovalActivityKind.REJECTED, { actorId: null, nodeId: task.nodeId, targetId: task.assignee.id, details: { reason: 'TIMEOUT' } });
        action.ctx.record(taskEvent(action, task, { type: 'approvals.task.decided', decision: 'REJECTED' }));
      } else if (limit.escalate && !task.escalatedAt && task.assignee.id === before.assignee.id) {
        const busy = tasksOf(action, task.nodeId).some((t) => t.assignee.id === manager && (t.status === ApprovalTaskStatus.PENDING || t.status === ApprovalTaskStatus.WAITING));
        if (!manager || manager === action.request.applicant.id || busy) return;
        const from = task.assignee.id;
        taskTransitions.move(task, 'reassign', {
          change: (t) => {
            t.transferredFrom = t.assignee;
            t.assignee = em.getReference(Person, manager);
            t.escalatedAt = action.now;
          },
        });
        assign(action, task);
        note(action, ApprovalActivityKind.ESCALATED, { actorId: null, nodeId: task.nodeId, targetId: manager, details: { fromId: from } });
        action.ctx.record(taskEvent(action, task, { type: 'approvals.task.escalated', fromId: from }));
      } else return;
      progress(action);
      await settle(action);
    });
  },
};

/**
 * Finishes an action: gives every task assigned during it the time limit of its node (the deadline and a reminder, in
 * working time on the organisation's calendar, as durable jobs). Every verb ends with it.
 */
export async function settle(action: Action): Promise<ApprovalRequest> {
  primeTasks(action);
  const timed = action.assigned.filter((task) => task.status === ApprovalTaskStatus.PENDING && !task.escalatedAt && stepOf(action, task).timeLimit);
  if (timed.length === 0) return action.request;
  const calendar = await workingTimeOf(action.ctx, action.em);
  const jobs: { payload: DeadlinePayload; options: { runAt: Date; key: string } }[] = [];
  for (const task of timed) {
    const limit = stepOf(action, task).timeLimit!;
    task.dueAt = calendar.addWorkingMinutes(action.now, Math.round(limit.hours * 60));
    const payload = { requestId: action.request.id, taskId: task.id };
    jobs.push({ payload: { ...payload, kind: 'due' }, options: { runAt: task.dueAt, key: `${task.id}:due` } });
    if (limit.remindBeforeHours) {
      const remindAt = calendar.addWorkingMinutes(action.now, Math.round((limit.hours - limit.remindBeforeHours) * 60));
      jobs.push({ payload: { ...payload, kind: 'remind' }, options: { runAt: remindAt, key: `${task.id}:remind` } });
    }
  }
  // Every deadline of the action by one statement.
  await scheduleJobs(action.ctx, action.em, taskDeadline, jobs);
  return action.request;
}
