import { ApprovalMode } from './definition.js';
import type { RouteStep } from './routing.js';

/** A task's state as the node's outcome sees it. */
export type TaskState = 'WAITING' | 'PENDING' | 'APPROVED' | 'AUTO_APPROVED' | 'REJECTED' | 'RETURNED' | 'CANCELLED';

/** One task of a node: its state, and whether it belongs to a signer someone added (who must always approve). */
export interface NodeTask {
  status: TaskState;
  isAddedSigner: boolean;
}

const approved = (t: NodeTask) => t.status === 'APPROVED' || t.status === 'AUTO_APPROVED';

/** SINGLE / OR_SIGN: decided by the first decision; SEQUENTIAL / COUNTERSIGN: when all approve or one rejects. */
function plainOutcome(step: RouteStep, tasks: NodeTask[]): 'APPROVED' | 'REJECTED' | 'OPEN' {
  const live = tasks.filter((t) => t.status !== 'CANCELLED');
  if (live.some((t) => t.status === 'REJECTED')) return 'REJECTED';
  const added = live.filter((t) => t.isAddedSigner);
  const own = live.filter((t) => !t.isAddedSigner);
  const addedDone = added.every(approved);
  if (step.autoApproved && own.length === 0) return addedDone ? 'APPROVED' : 'OPEN';
  let ownDone: boolean;
  switch (step.mode ?? ApprovalMode.SINGLE) {
    case ApprovalMode.SINGLE:
    case ApprovalMode.OR_SIGN:
      ownDone = own.some(approved);
      break;
    default:
      ownDone = own.length > 0 && own.every(approved);
  }
  return ownDone && addedDone ? 'APPROVED' : 'OPEN';
}

/** RATIO: a rejection is one vote; the node is rejected only once the approvals can no longer reach the share. */
function ratioOutcome(step: RouteStep, tasks: NodeTask[]): 'APPROVED' | 'REJECTED' | 'OPEN' {
  const live = tasks.filter((t) => t.status !== 'CANCELLED');
  const own = live.filter((t) => !t.isAddedSigner);
  const added = live.filter((t) => t.isAddedSigner);
  if (added.some((t) => t.status === 'REJECTED')) return 'REJECTED';
  const needed = Math.ceil(((step.ratioPercent ?? 100) * own.length) / 100);
  const yes = own.filter(approved).length;
  const possible = own.filter((t) => t.status !== 'REJECTED').length;
  if (possible < needed) return 'REJECTED';
  return yes >= needed && added.every(approved) ? 'APPROVED' : 'OPEN';
}

/**
 * Whether a node is decided by its tasks, under its mode. Added signers must approve whatever the mode (their rejection
 * rejects the node); a node with nobody found (autoApproved) waits only for added signers.
 */
export function outcomeOf(step: RouteStep, tasks: NodeTask[]): 'APPROVED' | 'REJECTED' | 'OPEN' {
  return step.mode === ApprovalMode.RATIO ? ratioOutcome(step, tasks) : plainOutcome(step, tasks);
}

/**
 * Where a route stands given the nodes already done: the APPROVAL / CC steps to run now (one per running path; every
 * branch of a PARALLEL step at once) and whether the whole route is done. PARALLEL steps are done when all branches are.
 */
export function frontier(steps: RouteStep[], done: ReadonlySet<string>): { active: RouteStep[]; complete: boolean } {
  for (const step of steps) {
    if (done.has(step.nodeId)) continue;
    if (step.type === 'PARALLEL') {
      const open = (step.branches ?? []).map((branch) => frontier(branch.steps, done)).filter((result) => !result.complete);
      if (open.length === 0) continue;
      return { active: open.flatMap((result) => result.active), complete: false };
    }
    return { active: [step], complete: false };
  }
  return { active: [], complete: true };
}

/** Every step of a route, depth first in route order. */
export function allSteps(steps: RouteStep[]): RouteStep[] {
  return steps.flatMap((step) => [step, ...(step.branches ?? []).flatMap((branch) => allSteps(branch.steps))]);
}

/** The step with this node id, or undefined. */
export const stepById = (steps: RouteStep[], nodeId: string) => allSteps(steps).find((step) => step.nodeId === nodeId);

/**
 * The node and everything that runs after it: the rest of its own list and, going outwards, the rest of every list
 * enclosing it (not the other branches of a PARALLEL step it is in: they run beside it, not after it).
 */
export function downstreamOf(steps: RouteStep[], nodeId: string): string[] | null {
  for (const [index, step] of steps.entries()) {
    const after = steps.slice(index + 1).flatMap((s) => allSteps([s]).map((x) => x.nodeId));
    if (step.nodeId === nodeId) return [...allSteps([step]).map((x) => x.nodeId), ...after];
    for (const branch of step.branches ?? []) {
      const inner = downstreamOf(branch.steps, nodeId);
      if (inner) return [...inner, step.nodeId, ...after];
    }
  }
  return null;
}

/** The APPROVAL steps that come before `nodeId` on its path (where a task there may return the request to), in order. */
export function upstreamApprovals(steps: RouteStep[], nodeId: string): RouteStep[] {
  return allSteps(steps).filter((step) => step.type === 'APPROVAL' && step.nodeId !== nodeId && downstreamOf(steps, step.nodeId)?.includes(nodeId));
}
