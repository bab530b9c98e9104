import DataLoader from 'dataloader';
import type { RequestContext } from '../../core/context/request-context.js';
import { findViews } from '../../core/database/views.js';
import { badInput } from '../../core/errors/app-error.js';
import { checkPage, type PageArgs } from '../../core/graphql/pagination.js';
import { subtreeIds } from '../org/index.js';
import { ApprovalActivity, ApprovalParticipant, ApprovalParticipation, ApprovalRequest, ApprovalRequestStatus, ApprovalTask, ApprovalTaskStatus } from './approval-request.entity.js';
import { ApprovalTemplate, ApprovalTemplateVersion } from './approval-template.entity.js';

/*
 * The engine's reads. Every list is filtered in SQL by the caller's read rule (a request: its applicant, its
 * participants, or a broader rule such as "requests of departments I manage"), and every link loader applies the same
 * rule to the records it returns, so a task's request or a request's template is never more visible than itself.
 */

const byId = <T extends { id: string }>(ids: readonly string[], rows: T[]) => {
  const map = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => map.get(id) ?? null);
};

/** Requests by id that the caller may read (null otherwise): one statement for a whole page. */
export const readableRequestById = (ctx: RequestContext) =>
  new DataLoader<string, ApprovalRequest | null>(async (ids) =>
    byId(ids, await findViews(ctx.em, ApprovalRequest, { $and: [{ id: { $in: [...ids] } }, ctx.accessibleWhere('read', 'ApprovalRequest')] })),
  );

/** Templates by id that the caller may read. */
export const readableTemplateById = (ctx: RequestContext) =>
  new DataLoader<string, ApprovalTemplate | null>(async (ids) =>
    byId(ids, await findViews(ctx.em, ApprovalTemplate, { $and: [{ id: { $in: [...ids] } }, ctx.accessibleWhere('read', 'ApprovalTemplate')] })),
  );

/** Template versions by id (reached only through a request already authorized). */
export const versionById = (ctx: RequestContext) =>
  new DataLoader<string, ApprovalTemplateVersion | null>(async (ids) => byId(ids, await findViews(ctx.em, ApprovalTemplateVersion, { id: { $in: [...ids] } })));

/** Each template's published version, by template id (reached only through a template already authorized). */
export const publishedVersionByTemplate = (ctx: RequestContext) =>
  new DataLoader<string, ApprovalTemplateVersion | null>(async (ids) => {
    const published = (await findViews(ctx.em, ApprovalTemplate, { id: { $in: [...ids] }, publishedVersion: { $ne: null } })).map((t) => ({ template: t.id, number: t.publishedVersion! }));
    const versions = published.length ? await findViews(ctx.em, ApprovalTemplateVersion, { $or: published }) : [];
    return ids.map((id) => versions.find((v) => v.template.id === id) ?? null);
  });

/** The current round's tasks of each request (reached only through a readable request). */
export const tasksByRequest = (ctx: RequestContext) =>
  new DataLoader<string, ApprovalTask[]>(async (ids) => {
    const rows = await findViews(ctx.em, ApprovalTask, { request: { $in: [...ids] } }, { orderBy: { round: 'asc', sequence: 'asc' } });
    return ids.map((id) => rows.filter((t) => t.request.id === id));
  });

/** The people taking part in each request (approvers, copied, mentioned): what its read and comment rules test. */
export const participantIdsByRequest = (ctx: RequestContext) =>
  new DataLoader<string, string[]>(async (ids) => {
    const rows = await findViews(ctx.em, ApprovalParticipant, { request: { $in: [...ids] } });
    return ids.map((id) => [...new Set(rows.filter((p) => p.request.id === id).map((p) => p.person.id))]);
  });

/** Each request's timeline, oldest first (reached only through a readable request). */
export const timelineByRequest = (ctx: RequestContext) =>
  new DataLoader<string, ApprovalActivity[]>(async (ids) => {
    const rows = await findViews(ctx.em, ApprovalActivity, { request: { $in: [...ids] } }, { orderBy: { ordinal: 'asc' } });
    return ids.map((id) => rows.filter((a) => a.request.id === id));
  });

/** Filters of the request lists. */
export interface RequestFilter {
  templateId?: string | null;
  status?: ApprovalRequestStatus | null;
  submittedFrom?: Date | null;
  submittedTo?: Date | null;
  departmentId?: string | null;
  applicantId?: string | null;
  search?: string | null;
}

async function requestWhere(ctx: RequestContext, filter: RequestFilter): Promise<Record<string, unknown>[]> {
  const where: Record<string, unknown>[] = [ctx.accessibleWhere('read', 'ApprovalRequest')];
  if (filter.templateId) where.push({ template: filter.templateId });
  if (filter.status) where.push({ status: filter.status });
  if (filter.submittedFrom) where.push({ submittedAt: { $gte: filter.submittedFrom } });
  if (filter.submittedTo) where.push({ submittedAt: { $lt: filter.submittedTo } });
  if (filter.applicantId) where.push({ applicant: filter.applicantId });
  if (filter.departmentId) {
    if (!/^[0-9a-f-]{36}$/i.test(filter.departmentId)) throw badInput({ field: 'departmentId', code: 'INVALID_ID' });
    where.push({ department: { $in: await subtreeIds(ctx.em, ctx.tenantId, [filter.departmentId]) } });
  }
  const search = filter.search?.trim();
  if (search) where.push({ title: { $ilike: `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` } });
  return where;
}

/** Requests the caller may read, newest first, filtered by template, status, dates, department (with sub-departments), applicant or title. */
export async function listRequests(ctx: RequestContext, filter: RequestFilter, page: PageArgs): Promise<{ items: ApprovalRequest[]; totalCount: number }> {
  const { limit, offset } = checkPage(page, ctx.services.config.maxPageSize);
  const where = { $and: await requestWhere(ctx, filter) };
  const [items, totalCount] = await Promise.all([findViews(ctx.em, ApprovalRequest, where, { orderBy: { submittedAt: 'desc', id: 'asc' }, limit, offset }), ctx.em.count(ApprovalRequest, where)]);
  return { items, totalCount };
}

/** The caller's own requests. */
export function listMyRequests(ctx: RequestContext, filter: RequestFilter, page: PageArgs) {
  return listRequests(ctx, { ...filter, applicantId: ctx.requireActor().personId }, page);
}

/** Requests the caller was copied on (CC nodes that reached them), newest first. */
export async function listCopiedToMe(ctx: RequestContext, filter: RequestFilter, page: PageArgs) {
  const { limit, offset } = checkPage(page, ctx.services.config.maxPageSize);
  const personId = ctx.requireActor().personId;
  const where = { $and: [...(await requestWhere(ctx, filter)), { participants: { $some: { person: personId, kind: ApprovalParticipation.CC, notifiedAt: { $ne: null } } } }] };
  const [items, totalCount] = await Promise.all([findViews(ctx.em, ApprovalRequest, where, { orderBy: { submittedAt: 'desc', id: 'asc' }, limit, offset }), ctx.em.count(ApprovalRequest, where)]);
  return { items, totalCount };
}

/** Which of the caller's tasks: PENDING (theirs to decide now, oldest first) or DONE (decided by them, latest first). */
export type TaskBox = 'PENDING' | 'DONE';

/** The caller's tasks: pending ones oldest first, or those they decided, latest first; by template if given. */
export async function listMyTasks(ctx: RequestContext, filter: { box: TaskBox; templateId?: string | null }, page: PageArgs): Promise<{ items: ApprovalTask[]; totalCount: number }> {
  const { limit, offset } = checkPage(page, ctx.services.config.maxPageSize);
  const where: Record<string, unknown>[] = [ctx.accessibleWhere('read', 'ApprovalTask'), { assignee: ctx.requireActor().personId }];
  where.push(filter.box === 'PENDING' ? { status: ApprovalTaskStatus.PENDING } : { status: { $in: [ApprovalTaskStatus.APPROVED, ApprovalTaskStatus.REJECTED, ApprovalTaskStatus.RETURNED] } });
  if (filter.templateId) where.push({ request: { template: filter.templateId } });
  const orderBy = filter.box === 'PENDING' ? ({ assignedAt: 'asc', id: 'asc' } as const) : ({ decidedAt: 'desc', id: 'asc' } as const);
  const [items, totalCount] = await Promise.all([findViews(ctx.em, ApprovalTask, { $and: where }, { orderBy, limit, offset }), ctx.em.count(ApprovalTask, { $and: where })]);
  return { items, totalCount };
}
