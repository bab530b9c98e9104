import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../core/context/request-context.js';
import { assertNoProblems, type FieldProblem } from '../../core/errors/app-error.js';
import { DEFAULT_POLICY, MessagingPolicy, MessagingPreference } from './messaging-policy.entity.js';

/** The policy of the caller's organisation: its row, or the defaults until an admin saves one. */
export async function policyOf(ctx: RequestContext, em: EntityManager = ctx.em): Promise<MessagingPolicy> {
  return (await em.findOne(MessagingPolicy, { tenantId: ctx.tenantId })) ?? Object.assign(new MessagingPolicy(), { tenantId: ctx.tenantId, ...DEFAULT_POLICY });
}

/** The organisation's messaging policy (admins: `read MessagingPolicy`). */
export async function messagingPolicy(ctx: RequestContext): Promise<MessagingPolicy> {
  ctx.authorize('read', 'MessagingPolicy');
  return policyOf(ctx);
}

/** What an admin may change in the policy; unset fields stay as they are. */
export interface PolicyChange {
  readReceipts?: boolean | null;
  editWindowMinutes?: number | null;
  recallWindowMinutes?: number | null;
  departmentGroups?: boolean | null;
  departmentGroupsIncludeSubdepartments?: boolean | null;
  /** 0 clears it (keep for ever). */
  retentionDays?: number | null;
  dingSmsAfterMinutes?: number | null;
}

const WEEK_MINUTES = 7 * 24 * 60;

function policyProblems(change: PolicyChange): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const field of ['editWindowMinutes', 'recallWindowMinutes'] as const) {
    const value = change[field];
    if (value !== undefined && value !== null && (value < 0 || value > WEEK_MINUTES)) problems.push({ field, code: 'INVALID_VALUE', params: { min: 0, max: WEEK_MINUTES } });
  }
  if (change.dingSmsAfterMinutes != null && (change.dingSmsAfterMinutes < 1 || change.dingSmsAfterMinutes > 24 * 60)) {
    problems.push({ field: 'dingSmsAfterMinutes', code: 'INVALID_VALUE', params: { min: 1, max: 24 * 60 } });
  }
  if (change.retentionDays !== undefined && change.retentionDays !== null && (change.retentionDays < 0 || change.retentionDays > 36_500)) {
    problems.push({ field: 'retentionDays', code: 'INVALID_VALUE', params: { min: 0, max: 36_500 } });
  }
  return problems;
}

/** Saves the organisation's messaging policy (audited). Department groups follow a change at the next membership move. */
export async function changeMessagingPolicy(ctx: RequestContext, change: PolicyChange): Promise<MessagingPolicy> {
  assertNoProblems(policyProblems(change));
  ctx.authorize('update', 'MessagingPolicy');
  return ctx.transaction(async (em) => {
    let policy = await em.findOne(MessagingPolicy, { tenantId: ctx.tenantId });
    if (!policy) {
      policy = em.create(MessagingPolicy, { tenantId: ctx.tenantId, ...DEFAULT_POLICY });
      em.persist(policy);
    }
    const before = { ...policyFields(policy) };
    if (change.readReceipts != null) policy.readReceipts = change.readReceipts;
    if (change.editWindowMinutes != null) policy.editWindowMinutes = change.editWindowMinutes;
    if (change.recallWindowMinutes != null) policy.recallWindowMinutes = change.recallWindowMinutes;
    if (change.departmentGroups != null) policy.departmentGroups = change.departmentGroups;
    if (change.departmentGroupsIncludeSubdepartments != null) policy.departmentGroupsIncludeSubdepartments = change.departmentGroupsIncludeSubdepartments;
    if (change.retentionDays != null) policy.retentionDays = change.retentionDays === 0 ? null : change.retentionDays;
    if (change.dingSmsAfterMinutes != null) policy.dingSmsAfterMinutes = change.dingSmsAfterMinutes;
    ctx.record({
      type: 'messaging.policy.changed',
      subjectType: 'MessagingPolicy',
      subjectId: policy.id,
      payload: { policyId: policy.id },
      before,
      after: policyFields(policy),
    });
    return policy;
  });
}

const policyFields = (policy: MessagingPolicy) => ({
  readReceipts: policy.readReceipts,
  editWindowMinutes: policy.editWindowMinutes,
  recallWindowMinutes: policy.recallWindowMinutes,
  departmentGroups: policy.departmentGroups,
  departmentGroupsIncludeSubdepartments: policy.departmentGroupsIncludeSubdepartments,
  retentionDays: policy.retentionDays,
  dingSmsAfterMinutes: policy.dingSmsAfterMinutes,
});

/** The caller's preferences (defaults until they save some). */
export async function myPreference(ctx: RequestContext, em: EntityManager = ctx.em): Promise<{ showReadReceipts: boolean; quietHoursStart: string | null; quietHoursEnd: string | null }> {
  const preference = await em.findOne(MessagingPreference, { person: ctx.requireActor().personId });
  return { showReadReceipts: preference?.showReadReceipts ?? true, quietHoursStart: preference?.quietHoursStart ?? null, quietHoursEnd: preference?.quietHoursEnd ?? null };
}

/** Changes the caller's preferences in one transaction (the row is made on first use). */
async function changeMyPreference(ctx: RequestContext, change: (preference: MessagingPreference) => void): Promise<void> {
  const personId = ctx.requireActor().personId;
  await ctx.transaction(async (em) => {
    const preference = (await em.findOne(MessagingPreference, { person: personId })) ?? em.create(MessagingPreference, { tenantId: ctx.tenantId, person: personId, showReadReceipts: true });
    change(preference);
    em.persist(preference);
    await em.flush();
    ctx.record({ type: 'messaging.preferences.changed', subjectType: 'MessagingPreference', subjectId: preference.id, payload: { personId } });
  });
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The caller's quiet hours, local times such as "22:00"–"08:00" (both null: none): DINGs do not text them then. */
export async function setMyQuietHours(ctx: RequestContext, start: string | null, end: string | null): Promise<void> {
  const problems: FieldProblem[] = [];
  if ((start === null) !== (end === null)) problems.push({ field: start === null ? 'start' : 'end', code: 'REQUIRED' });
  if (start !== null && !TIME.test(start)) problems.push({ field: 'start', code: 'INVALID_VALUE' });
  if (end !== null && !TIME.test(end)) problems.push({ field: 'end', code: 'INVALID_VALUE' });
  assertNoProblems(problems);
  await changeMyPreference(ctx, (preference) => {
    preference.quietHoursStart = start;
    preference.quietHoursEnd = end;
  });
}

/** The caller's own choice of showing read receipts; senders stop (or start) seeing theirs at once, for past messages too. */
export async function setMyReadReceipts(ctx: RequestContext, show: boolean): Promise<void> {
  await changeMyPreference(ctx, (preference) => {
    preference.showReadReceipts = show;
  });
}
