import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../core/context/request-context.js';
import { AppError, assertNoProblems, badInput, forbidden, notFound, type FieldProblem } from '../../core/errors/app-error.js';
import { Department, Person, PersonStatus } from '../org/index.js';
import { ApprovalActivityKind, ApprovalParticipant, ApprovalParticipation, ApprovalRequest, ApprovalRequestStatus, ApprovalTask, ApprovalTaskStatus } from './approval-request.entity.js';
import { ApprovalTemplateVersion } from './approval-template.entity.js';
import { approverDirectory, roleKeysOf } from './approver-directory.js';
import { requestTransitions, taskTransitions } from './approvals.transitions.js';
import { FieldAccess, type ApprovalDefinition } from './definition.js';
import { checkFormValues, type ComputedValues, type FormValues } from './form-values.js';
import { downstreamOf, upstreamApprovals } from './progress.js';
import {
  assign,
  beginAction,
  beginTaskAction,
  cancelOpenTasks,
  newTask,
  note,
  participate,
  progress,
  requestEvent,
  taskEvent,
  releaseWaiters,
  stepOf,
  tasksOf,
  type Action,
} from './request-engine.js';
import { resolveRoute, type Route } from './routing.js';
import { settle } from './deadlines.js';
import { localized, submittableTemplate } from './templates.service.js';
import { rangeDurationOf } from './working-time.js';

/** How long an applicant waits between two reminders of the same request. */
const REMIND_INTERVAL_MS = 10 * 60 * 1000;
const MAX_COMMENT = 2000;

/** The fields rule conditions test (see the subject declared in index.ts); participantIds must be loaded. */
export const requestSubject = (request: ApprovalRequest, participantIds: string[]) => ({
  id: request.id,
  status: request.status,
  applicantId: request.applicant.id,
  departmentId: request.department?.id ?? null,
  templateId: request.template.id,
  participantIds,
});

/** The fields rule conditions test for a task. */
export const taskSubject = (task: ApprovalTask) => ({ id: task.id, status: task.status, assigneeId: task.assignee.id });

/** The subject of the request an action is on (its participants are loaded with it). */
const actionSubject = (action: Action) =>
  requestSubject(
    action.request,
    action.participants.map((p) => p.person.id),
  );

/** Whether the caller may read this request (loads its participants). */
export async function mayReadRequest(ctx: RequestContext, em: EntityManager, request: ApprovalRequest): Promise<boolean> {
  const people = await em.find(ApprovalParticipant, { request: request.id }, { fields: ['person'] });
  return ctx.can(
    'read',
    'ApprovalRequest',
    requestSubject(
      request,
      people.map((p) => p.person.id),
    ),
  );
}

/** A request the caller may read; another organisation's, or one they may not see, is NOT_FOUND. */
export async function requestById(ctx: RequestContext, id: string): Promise<ApprovalRequest> {
  const request = await ctx.em.findOne(ApprovalRequest, { id });
  if (!request || !(await mayReadRequest(ctx, ctx.em, request))) throw notFound('ApprovalRequest', id);
  return request;
}

/** A task the caller may read: one of a request they may read (NOT_FOUND otherwise). */
export async function taskById(ctx: RequestContext, id: string): Promise<ApprovalTask> {
  const task = await ctx.em.findOne(ApprovalTask, { id });
  const request = task && (await ctx.em.findOne(ApprovalRequest, { id: task.request.id }));
  if (!task || !request || !(await mayReadRequest(ctx, ctx.em, request))) throw notFound('ApprovalTask', id);
  return task;
}

/** Starts an action on a request the caller may read (NOT_FOUND otherwise), its row locked for the transaction. */
async function beginReadableAction(ctx: RequestContext, em: EntityManager, requestId: string): Promise<Action> {
  const action = await beginAction(ctx, em, requestId);
  if (!ctx.can('read', 'ApprovalRequest', actionSubject(action))) throw notFound('ApprovalRequest', requestId);
  return action;
}

/**
 * Checks form values and the people/departments they name, or throws BAD_USER_INPUT with every problem. The working
 * calendar is read only for a form with a date range.
 */
async function checkedValues(ctx: RequestContext, em: EntityManager, definition: ApprovalDefinition, values: FormValues) {
  const checked = checkFormValues(definition.form, values, await rangeDurationOf(ctx, em, definition.form));
  const problems: FieldProblem[] = [...checked.problems];
  const personIds = [...new Set(checked.personIds.map((p) => p.id))];
  const departmentIds = [...new Set(checked.departmentIds.map((d) => d.id))];
  const [people, departments] = await Promise.all([
    personIds.length ? em.find(Person, { id: { $in: personIds }, status: PersonStatus.ACTIVE }, { fields: ['id'] }) : [],
    departmentIds.length ? em.find(Department, { id: { $in: departmentIds }, archivedAt: null }, { fields: ['id'] }) : [],
  ]);
  const knownPeople = new Set(people.map((p) => p.id));
  const knownDepartments = new Set(departments.map((d) => d.id));
  problems.push(...checked.personIds.filter((p) => !knownPeople.has(p.id)).map((p) => ({ field: `values.${p.path}`, code: 'UNKNOWN_REFERENCE' })));
  problems.push(...checked.departmentIds.filter((d) => !knownDepartments.has(d.id)).map((d) => ({ field: `values.${d.path}`, code: 'UNKNOWN_REFERENCE' })));
  assertNoProblems(problems.map((p) => (p.field.startsWith('values.') ? p : { ...p, field: `values.${p.field}` })));
  return checked;
}

/** What a submission carries. */
export interface SubmitData {
  templateId: string;
  values: FormValues;
  /** APPLICANT_CHOOSES node id → the people picked. */
  chosenApprovers?: Record<string, string[]> | null;
  /** The department it is made from, when the applicant belongs to several (default: their primary one). */
  departmentId?: string | null;
  /** Set by a module submitting about one of its records. */
  subjectType?: string | null;
  subjectId?: string | null;
}

function chosenProblems(chosen: Record<string, string[]> | null | undefined): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [nodeId, ids] of Object.entries(chosen ?? {})) {
    if (!Array.isArray(ids) || ids.length > 50 || ids.some((id) => typeof id !== 'string' || !/^[0-9a-f-]{36}$/i.test(id)))
      throw badInput({ field: `chosenApprovers.${nodeId}`, code: 'INVALID_VALUE' });
    result[nodeId] = [...new Set(ids)];
  }
  return result;
}

/** Resolves the route for the applicant and values, checking the people the applicant picked exist. */
async function routeFor(
  ctx: RequestContext,
  em: EntityManager,
  definition: ApprovalDefinition,
  applicantId: string,
  departmentId: string | null | undefined,
  values: FormValues,
  computed: ComputedValues,
  chosen: Record<string, string[]>,
): Promise<{ route: Route; departmentId: string | null }> {
  const directory = await approverDirectory(ctx, em, applicantId, departmentId, roleKeysOf(definition.flow));
  const picked = [...new Set(Object.values(chosen).flat())];
  if (picked.length && (await directory.activePeople(picked)).length !== picked.length) throw badInput({ field: 'chosenApprovers', code: 'UNKNOWN_REFERENCE' });
  const route = await resolveRoute({ definition, values, computed, chosen }, directory);
  return { route, departmentId: directory.applicant.departmentId };
}

/** The record check of submitting: on this template, by the caller, from this department (a scoped role's rule tests it). */
function authorizeSubmission(ctx: RequestContext, templateId: string, departmentId: string | null): void {
  ctx.authorize('submit', 'ApprovalRequest', { templateId, applicantId: ctx.requireActor().personId, departmentId });
}

/**
 * Who would approve, given these values, if the caller submitted now: the route resolved exactly as submitting would
 * (nothing is written).
 */
export async function previewRoute(ctx: RequestContext, input: SubmitData): Promise<Route> {
  const em = ctx.em;
  const { template, version } = await submittableTemplate(ctx, em, input.templateId);
  const checked = await checkedValues(ctx, em, version.definition, input.values ?? {});
  const { route, departmentId } = await routeFor(ctx, em, version.definition, ctx.requireActor().personId, input.departmentId, checked.values, checked.computed, chosenProblems(input.chosenApprovers));
  authorizeSubmission(ctx, template.id, departmentId);
  return route;
}

/**
 * Submits a request on a template's current version: values checked and the route resolved first, then the request
 * written and its first nodes opened in one transaction. Routing reads the org chart outside the transaction (through
 * the org module's reporting lines, which read on the request's own EntityManager): a transaction waiting for a second
 * connection while holding one would exhaust the pool under load. `tx` joins a caller's transaction (a module
 * submitting about its record); its reads then run on that transaction. Retrying with the same Idempotency-Key returns
 * the first result instead of submitting twice.
 */
export async function submitRequest(ctx: RequestContext, input: SubmitData, tx?: EntityManager): Promise<ApprovalRequest> {
  const applicantId = ctx.requireActor().personId;
  const chosen = chosenProblems(input.chosenApprovers);
  const reads = tx ?? ctx.em;
  const { template, version } = await submittableTemplate(ctx, reads, input.templateId);
  // A module's template decides that module's records (leave in attendance): its requests are made there, never bare.
  if (template.ownerModule && !input.subjectType) throw new AppError('APPROVAL_TEMPLATE_OWNED_BY_MODULE', { module: template.ownerModule });
  const checked = await checkedValues(ctx, reads, version.definition, input.values ?? {});
  const { route, departmentId } = await routeFor(ctx, reads, version.definition, applicantId, input.departmentId, checked.values, checked.computed, chosen);
  authorizeSubmission(ctx, template.id, departmentId);
  const title = localized(ctx, template.names) ?? '';
  return ctx.transaction(async (em) => {
    const applicant = await em.findOneOrFail(Person, { id: applicantId });
    const now = ctx.now();
    const request = em.create(ApprovalRequest, {
      tenantId: ctx.tenantId,
      template: template.id,
      templateVersion: version.id,
      applicant,
      department: departmentId,
      title: `${title} — ${applicant.displayName}`.slice(0, 300),
      subjectType: input.subjectType ?? null,
      subjectId: input.subjectId ?? null,
      values: checked.values,
      computed: checked.computed,
      route,
      revokeWindowDays: version.definition.policies.revokeWindowDays,
      submittedAt: now,
      lastActivityAt: now,
      // On the app's clock, as the request's other times (submittedAt moves on resubmission; the metrics measure the
      // cycle and count submissions from this first one): the wall clock put seeded history's creation at seeding time.
      createdAt: now,
    });
    const action: Action = { ctx, em, request, tasks: [], participants: [], actorId: applicantId, now, assigned: [] };
    note(action, ApprovalActivityKind.SUBMITTED);
    action.ctx.record(requestEvent(action, { type: 'approvals.request.submitted', round: request.round }));
    progress(action);
    return settle(action);
  }, tx);
}

/** Loads a task for its assignee inside a locked action on its request. */
async function taskAction(ctx: RequestContext, em: EntityManager, taskId: string, expectedVersion?: number | null): Promise<{ action: Action; task: ApprovalTask }> {
  const action = await beginTaskAction(ctx, em, taskId);
  if (!action || !ctx.can('read', 'ApprovalRequest', actionSubject(action))) throw notFound('ApprovalTask', taskId);
  // Read under the request's lock (with the round's tasks): the state another approver left it in. A task of an
  // earlier round is not among them.
  const task = action.tasks.find((t) => t.id === taskId) ?? (await em.findOne(ApprovalTask, { id: taskId }, { refresh: true }));
  if (!task) throw notFound('ApprovalTask', taskId);
  ctx.authorize('approve', 'ApprovalTask', taskSubject(task));
  if (task.assignee.id !== ctx.requireActor().personId) throw forbidden('approve', 'ApprovalTask');
  if (expectedVersion != null && expectedVersion !== action.request.version) throw new AppError('VERSION_CONFLICT', { subject: 'ApprovalRequest' });
  if (action.request.status !== ApprovalRequestStatus.RUNNING) throw new AppError(requestTransitions.invalidCode, { verb: 'decide', status: action.request.status });
  if (task.round !== action.request.round) throw new AppError(taskTransitions.invalidCode, { verb: 'decide', status: ApprovalTaskStatus.CANCELLED });
  return { action, task };
}

/** The definition a request follows (its template version's). */
async function definitionOf(em: EntityManager, request: ApprovalRequest): Promise<ApprovalDefinition> {
  return (await em.findOneOrFail(ApprovalTemplateVersion, { id: request.templateVersion.id })).definition;
}

/** Refuses a decision on one's own request unless the template allows it (the definition is read only in that case). */
async function refuseSelfApproval(action: Action, definition: () => Promise<ApprovalDefinition>): Promise<void> {
  if (action.actorId === action.request.applicant.id && !(await definition()).policies.allowSelfApproval) throw new AppError('APPROVAL_SELF_APPROVAL_NOT_ALLOWED');
}

const cleanComment = (comment: string | null | undefined, field = 'comment'): string | null => {
  const text = comment?.trim() || null;
  if (text && [...text].length > MAX_COMMENT) throw badInput({ field, code: 'TOO_LONG', params: { max: MAX_COMMENT } });
  return text;
};

/** What an approver sends with a decision. */
export interface DecisionData {
  comment?: string | null;
  /** Changes to fields this node lets its approvers edit. */
  values?: FormValues | null;
  /** The request version the approver saw. */
  version?: number | null;
}

/** Approves or rejects a task; `within` joins a transaction already running (a batch). */
async function decide(ctx: RequestContext, taskId: string, verb: 'approve' | 'reject', input: DecisionData, within?: EntityManager): Promise<ApprovalRequest> {
  const comment = cleanComment(input.comment, verb === 'reject' ? 'reason' : 'comment');
  if (verb === 'reject' && !comment) throw badInput({ field: 'reason', code: 'REQUIRED' });
  return ctx.transaction(async (em) => {
    const { action, task } = await taskAction(ctx, em, taskId, input.version);
    // Read only when needed (a decision on one's own request, edited values); a second read finds it in the identity map.
    const definition = () => definitionOf(em, action.request);
    await refuseSelfApproval(action, definition);
    const step = stepOf(action, task);
    if (input.values && Object.keys(input.values).length) {
      const editable = new Set((step.fieldPermissions ?? []).filter((p) => p.access === FieldAccess.EDITABLE).map((p) => p.field));
      const refused = Object.keys(input.values).filter((key) => !editable.has(key));
      if (refused.length) throw badInput(...refused.map((key) => ({ field: `values.${key}`, code: 'APPROVAL_FIELD_NOT_EDITABLE' })));
      const checked = await checkedValues(ctx, em, await definition(), { ...action.request.values, ...input.values });
      action.request.values = checked.values;
      action.request.computed = checked.computed;
    }
    taskTransitions.move(task, verb, {
      change: (t) => {
        t.decidedAt = action.now;
        t.comment = comment;
      },
    });
    note(action, verb === 'approve' ? ApprovalActivityKind.APPROVED : ApprovalActivityKind.REJECTED, { nodeId: task.nodeId, comment });
    action.ctx.record(taskEvent(action, task, { type: 'approvals.task.decided', decision: task.status }));
    if (verb === 'approve') releaseWaiters(action, task);
    progress(action);
    return settle(action);
  }, within);
}

/** The assignee approves their task; the request moves on (or finishes). */
export function approveTask(ctx: RequestContext, taskId: string, input: DecisionData): Promise<ApprovalRequest> {
  return decide(ctx, taskId, 'approve', input);
}

/** The assignee rejects their task (a reason is required); under most modes this ends the request. */
export function rejectTask(ctx: RequestContext, taskId: string, input: DecisionData): Promise<ApprovalRequest> {
  return decide(ctx, taskId, 'reject', input);
}

/** Approves several of the caller's tasks at once: all of them or, if one cannot be approved, none (its error says which). */
export async function approveTasks(ctx: RequestContext, taskIds: string[], comment?: string | null): Promise<ApprovalRequest[]> {
  const ids = [...new Set(taskIds)];
  if (ids.length === 0 || ids.length > 100) throw badInput({ field: 'taskIds', code: ids.length ? 'TOO_MANY_ITEMS' : 'REQUIRED', params: { max: 100 } });
  return ctx.transaction(async (em) => {
    // Locked in one order (by request id) so two batches over the same requests cannot deadlock.
    const tasks = await em.find(ApprovalTask, { id: { $in: ids } }, { fields: ['request'] });
    const order = [...tasks].sort((a, b) => a.request.id.localeCompare(b.request.id) || a.id.localeCompare(b.id));
    if (order.length !== ids.length)
      throw notFound(
        'ApprovalTask',
        ids.find((id) => !tasks.some((t) => t.id === id)),
      );
    const results: ApprovalRequest[] = [];
    for (const task of order) {
      try {
        results.push(await decide(ctx, task.id, 'approve', { comment }, em));
      } catch (error) {
        if (error instanceof AppError) error.params.taskId ??= task.id;
        throw error;
      }
    }
    ctx.record({ type: 'approvals.task.batch_approved', subjectType: 'ApprovalTask', subjectId: order[0].id, payload: { taskIds: order.map((t) => t.id) } });
    return results;
  });
}

/**
 * The assignee sends the request back: to the applicant (RETURNED: they change it and resubmit, or withdraw), or to an
 * earlier approval node on its path, whose approvers decide again (the nodes after it run again too). A reason is required.
 */
export async function returnTask(ctx: RequestContext, taskId: string, input: { toNodeId?: string | null; reason: string; version?: number | null }): Promise<ApprovalRequest> {
  const reason = cleanComment(input.reason, 'reason');
  if (!reason) throw badInput({ field: 'reason', code: 'REQUIRED' });
  return ctx.transaction(async (em) => {
    const { action, task } = await taskAction(ctx, em, taskId, input.version);
    await refuseSelfApproval(action, () => definitionOf(em, action.request));
    const { request } = action;
    taskTransitions.move(task, 'return', {
      change: (t) => {
        t.decidedAt = action.now;
        t.comment = reason;
      },
    });
    action.ctx.record(taskEvent(action, task, { type: 'approvals.task.decided', decision: 'RETURNED' }));
    if (!input.toNodeId) {
      cancelOpenTasks(action);
      requestTransitions.move(request, 'returnToApplicant');
      note(action, ApprovalActivityKind.RETURNED, { nodeId: task.nodeId, comment: reason, details: { toNodeId: null } });
      action.ctx.record(requestEvent(action, { type: 'approvals.request.returned', toNodeId: null }));
      return request;
    }
    const targets = upstreamApprovals(request.route.steps, task.nodeId).filter((step) => request.doneNodes.includes(step.nodeId));
    if (!targets.some((step) => step.nodeId === input.toNodeId)) throw badInput({ field: 'toNodeId', code: 'APPROVAL_NOT_AN_EARLIER_NODE' });
    cancelOpenTasks(action);
    // A new round: the target node and all after it run again; the nodes before it stay decided.
    const again = new Set(downstreamOf(request.route.steps, input.toNodeId) ?? []);
    request.doneNodes = request.doneNodes.filter((id) => !again.has(id));
    request.round += 1;
    action.tasks = [];
    note(action, ApprovalActivityKind.RETURNED, { nodeId: task.nodeId, comment: reason, details: { toNodeId: input.toNodeId } });
    action.ctx.record(requestEvent(action, { type: 'approvals.request.returned', toNodeId: input.toNodeId }));
    requestTransitions.move(request, 'advance');
    progress(action);
    return settle(action);
  });
}

/** The assignee hands their pending task to someone else, who decides instead. */
export async function transferTask(ctx: RequestContext, taskId: string, input: { toPersonId: string; comment?: string | null; version?: number | null }): Promise<ApprovalRequest> {
  const comment = cleanComment(input.comment);
  return ctx.transaction(async (em) => {
    const { action, task } = await taskAction(ctx, em, taskId, input.version);
    const target = await signerFor(action, em, task, input.toPersonId, 'toPersonId');
    const from = task.assignee.id;
    taskTransitions.move(task, 'reassign', {
      change: (t) => {
        t.transferredFrom = t.assignee;
        t.assignee = target;
      },
    });
    assign(action, task);
    note(action, ApprovalActivityKind.TRANSFERRED, { nodeId: task.nodeId, comment, targetId: target.id });
    action.ctx.record(taskEvent(action, task, { type: 'approvals.task.transferred', fromId: from }));
    requestTransitions.move(action.request, 'advance');
    return settle(action);
  });
}

/** Checks someone may be given a task on this node: active, not already on it, not the applicant unless allowed. */
async function signerFor(action: Action, em: EntityManager, task: ApprovalTask, personId: string, field: string): Promise<Person> {
  const person = /^[0-9a-f-]{36}$/i.test(personId) ? await em.findOne(Person, { id: personId, status: PersonStatus.ACTIVE }) : null;
  if (!person) throw badInput({ field, code: 'UNKNOWN_REFERENCE' });
  const definition = await definitionOf(em, action.request);
  if (person.id === action.request.applicant.id && !definition.policies.allowSelfApproval) throw badInput({ field, code: 'APPROVAL_SELF_APPROVAL_NOT_ALLOWED' });
  const live = tasksOf(action, task.nodeId).filter((t) => t.status === ApprovalTaskStatus.PENDING || t.status === ApprovalTaskStatus.WAITING);
  if (live.some((t) => t.assignee.id === person.id)) throw badInput({ field, code: 'APPROVAL_ALREADY_ASSIGNED' });
  return person;
}

/** Where an added signer goes. */
export type SignerPosition = 'BEFORE' | 'AFTER' | 'PARALLEL';

/**
 * The assignee adds a signer to their node: BEFORE (the signer decides first, then the task comes back to them), AFTER
 * (the signer decides once they have approved) or PARALLEL (alongside). An added signer must approve whatever the mode.
 */
export async function addSigner(
  ctx: RequestContext,
  taskId: string,
  input: { personId: string; position: SignerPosition; comment?: string | null; version?: number | null },
): Promise<ApprovalRequest> {
  const comment = cleanComment(input.comment);
  return ctx.transaction(async (em) => {
    const { action, task } = await taskAction(ctx, em, taskId, input.version);
    const signer = await signerFor(action, em, task, input.personId, 'personId');
    const step = stepOf(action, task);
    const actorId = action.actorId!;
    const added =
      input.position === 'AFTER'
        ? newTask(action, step, signer.id, { status: ApprovalTaskStatus.WAITING, waitingFor: task.id, isAddedSigner: true, addedBy: actorId })
        : newTask(action, step, signer.id, { isAddedSigner: true, addedBy: actorId });
    if (input.position === 'BEFORE') {
      taskTransitions.move(task, 'cancel');
      // Their turn comes back after the signer's: a fresh waiting task, so the cancelled one keeps the history.
      const again = newTask(action, step, task.assignee.id, { status: ApprovalTaskStatus.WAITING, waitingFor: added.id, isAddedSigner: task.isAddedSigner, addedBy: task.addedBy?.id ?? null });
      // Whoever waited for them (the next approver of a SEQUENTIAL step) now waits for their fresh task.
      for (const waiter of action.tasks) if (waiter.waitingFor === task.id) waiter.waitingFor = again.id;
    }
    note(action, ApprovalActivityKind.SIGNER_ADDED, { nodeId: task.nodeId, comment, targetId: signer.id, details: { position: input.position } });
    action.ctx.record(taskEvent(action, added, { type: 'approvals.task.signer_added', addedById: actorId, position: input.position }));
    requestTransitions.move(action.request, 'advance');
    return settle(action);
  });
}

/** Starts an applicant's action on their own request (NOT_FOUND if they may not read it, FORBIDDEN if not theirs). */
async function applicantAction(ctx: RequestContext, em: EntityManager, requestId: string, verb: 'withdraw' | 'revoke' | 'remind' | 'resubmit', version?: number | null): Promise<Action> {
  const action = await beginReadableAction(ctx, em, requestId);
  ctx.authorize(verb === 'resubmit' ? 'submit' : verb, 'ApprovalRequest', actionSubject(action));
  if (action.request.applicant.id !== ctx.requireActor().personId) throw forbidden(verb, 'ApprovalRequest');
  if (version != null && version !== action.request.version) throw new AppError('VERSION_CONFLICT', { subject: 'ApprovalRequest' });
  return action;
}

/** The applicant takes back a running or returned request. */
export async function withdrawRequest(ctx: RequestContext, id: string, input: { reason?: string | null; version?: number | null }): Promise<ApprovalRequest> {
  const reason = cleanComment(input.reason, 'reason');
  return ctx.transaction(async (em) => {
    const action = await applicantAction(ctx, em, id, 'withdraw', input.version);
    requestTransitions.move(action.request, 'withdraw', { change: (r) => (r.finishedAt = action.now) });
    cancelOpenTasks(action);
    note(action, ApprovalActivityKind.WITHDRAWN, { comment: reason });
    action.ctx.record(requestEvent(action, { type: 'approvals.request.withdrawn' }));
    return action.request;
  });
}

/** Whether an approved request may still be revoked at `now` (the template's window, counted from approval). */
export function withinRevokeWindow(request: ApprovalRequest, now: Date): boolean {
  return request.revokeWindowDays > 0 && request.finishedAt != null && now.getTime() <= request.finishedAt.getTime() + request.revokeWindowDays * 86_400_000;
}

/** The applicant cancels an approved request within the template's revoke window (a reason is required). */
export async function revokeRequest(ctx: RequestContext, id: string, input: { reason: string; version?: number | null }): Promise<ApprovalRequest> {
  const reason = cleanComment(input.reason, 'reason');
  if (!reason) throw badInput({ field: 'reason', code: 'REQUIRED' });
  return ctx.transaction(async (em) => {
    const action = await applicantAction(ctx, em, id, 'revoke', input.version);
    if (action.request.status === ApprovalRequestStatus.APPROVED && !withinRevokeWindow(action.request, action.now))
      throw new AppError('APPROVAL_REVOKE_WINDOW_CLOSED', { days: action.request.revokeWindowDays });
    requestTransitions.move(action.request, 'revoke', { change: (r) => (r.finishedAt = action.now) });
    note(action, ApprovalActivityKind.REVOKED, { comment: reason });
    action.ctx.record(requestEvent(action, { type: 'approvals.request.revoked' }));
    return action.request;
  });
}

/** The applicant resubmits a returned request (with changed values, or as it was): the route is resolved again. */
export async function resubmitRequest(
  ctx: RequestContext,
  id: string,
  input: { values?: FormValues | null; chosenApprovers?: Record<string, string[]> | null; version?: number | null },
): Promise<ApprovalRequest> {
  const chosen = chosenProblems(input.chosenApprovers);
  // Checked and routed before the transaction (see submitRequest); the transaction then finds it unchanged or refuses.
  const seen = await requestById(ctx, id);
  const definition = await definitionOf(ctx.em, seen);
  const checked = await checkedValues(ctx, ctx.em, definition, input.values ?? seen.values);
  const { route } = await routeFor(ctx, ctx.em, definition, seen.applicant.id, seen.department?.id ?? null, checked.values, checked.computed, chosen);
  return ctx.transaction(async (em) => {
    const action = await applicantAction(ctx, em, id, 'resubmit', input.version ?? seen.version);
    const { request } = action;
    if (request.status !== ApprovalRequestStatus.RETURNED) throw new AppError(requestTransitions.invalidCode, { verb: 'resubmit', status: request.status });
    requestTransitions.move(request, 'resubmit', {
      change: (r) => {
        r.values = checked.values;
        r.computed = checked.computed;
        r.route = route;
        r.doneNodes = [];
        r.round += 1;
        r.submittedAt = action.now;
      },
    });
    action.tasks = [];
    note(action, ApprovalActivityKind.RESUBMITTED);
    action.ctx.record(requestEvent(action, { type: 'approvals.request.submitted', round: request.round }));
    progress(action);
    return settle(action);
  });
}

/**
 * Someone who can read the request comments on it, perhaps @mentioning colleagues: the mentioned may then read the
 * request (they were brought into it) and are told through the event.
 */
export async function commentOnRequest(ctx: RequestContext, id: string, input: { text: string; mentionedIds?: string[] | null }): Promise<ApprovalRequest> {
  const text = cleanComment(input.text, 'text');
  if (!text) throw badInput({ field: 'text', code: 'REQUIRED' });
  const mentioned = [...new Set(input.mentionedIds ?? [])];
  if (mentioned.length > 20) throw badInput({ field: 'mentionedIds', code: 'TOO_MANY_ITEMS', params: { max: 20 } });
  return ctx.transaction(async (em) => {
    const action = await beginReadableAction(ctx, em, id);
    ctx.authorize('comment', 'ApprovalRequest', actionSubject(action));
    const people = mentioned.length && mentioned.every((m) => /^[0-9a-f-]{36}$/i.test(m)) ? await em.find(Person, { id: { $in: mentioned }, status: PersonStatus.ACTIVE }, { fields: ['id'] }) : [];
    if (people.length !== mentioned.length) throw badInput({ field: 'mentionedIds', code: 'UNKNOWN_REFERENCE' });
    for (const personId of mentioned) participate(action, personId, ApprovalParticipation.MENTIONED);
    note(action, ApprovalActivityKind.COMMENTED, { comment: text, details: mentioned.length ? { mentionedIds: mentioned } : null });
    action.ctx.record(requestEvent(action, { type: 'approvals.request.commented', mentionedIds: mentioned }));
    // A comment is not a decision: it leaves the state alone but still moves the version (lastActivityAt).
    return action.request;
  });
}

/** The applicant urges the approvers whose turn it is; at most once every ten minutes per request. */
export async function remindApprovers(ctx: RequestContext, id: string): Promise<ApprovalRequest> {
  return ctx.transaction(async (em) => {
    const action = await applicantAction(ctx, em, id, 'remind');
    if (action.request.status !== ApprovalRequestStatus.RUNNING) throw new AppError(requestTransitions.invalidCode, { verb: 'remind', status: action.request.status });
    const last = action.request.lastRemindedAt?.getTime() ?? 0;
    if (action.now.getTime() - last < REMIND_INTERVAL_MS) throw new AppError('APPROVAL_REMIND_TOO_SOON', { seconds: Math.ceil((last + REMIND_INTERVAL_MS - action.now.getTime()) / 1000) });
    const pending = action.tasks.filter((t) => t.status === ApprovalTaskStatus.PENDING);
    for (const task of pending) task.remindedAt = action.now;
    action.request.lastRemindedAt = action.now;
    note(action, ApprovalActivityKind.REMINDED, { details: { assigneeIds: pending.map((t) => t.assignee.id) } });
    action.ctx.record(requestEvent(action, { type: 'approvals.request.reminded', assigneeIds: pending.map((t) => t.assignee.id) }));
    return action.request;
  });
}
