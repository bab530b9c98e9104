import type { EntityClass } from '@mikro-orm/core';
import DataLoader from 'dataloader';
import { permittedRow } from '../../core/authz/readable.js';
import type { LoaderFactory, RequestContext } from '../../core/context/request-context.js';
import { joinSql, sql, sqlFragment, tenantSql, TENANT, type SqlStatement } from '../../core/database/sql.js';
import { pgArray } from '../../core/database/tenant-filter.js';
import { findViews, viewOf } from '../../core/database/views.js';
import { badInput } from '../../core/errors/app-error.js';
import { checkPage, type PageArgs } from '../../core/graphql/pagination.js';
import { Department, departmentById, Person, personById, subtreeIds } from '../org/index.js';
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

/** Which links of each task a page's query follows (fetched in the page's statement, see listMyTasks). */
export interface TaskPageLinks {
  request: boolean;
  applicant: boolean;
  department: boolean;
  template: boolean;
}

interface TaskPageRow {
  total: string;
  tasks: Record<string, unknown>[];
  requests?: Record<string, unknown>[] | null;
  applicants?: Record<string, unknown>[] | null;
  departments?: Record<string, unknown>[] | null;
  templates?: Record<string, unknown>[] | null;
}

/**
 * The caller's tasks: pending ones oldest first, or those they decided, latest first; by template if given. One SQL
 * statement returns the page, its count and the links the query follows (each task's request, and the request's
 * applicant, department and template), every set filtered by the caller's read rule for it inside the statement; the
 * loaders are primed with them (a link the caller may not read as null), so the page resolves without another query.
 */
export async function listMyTasks(
  ctx: RequestContext,
  filter: { box: TaskBox; templateId?: string | null },
  page: PageArgs,
  links: TaskPageLinks,
): Promise<{ items: ApprovalTask[]; totalCount: number }> {
  const { limit, offset } = checkPage(page, ctx.services.config.maxPageSize);
  const pending = filter.box === 'PENDING';
  const statuses = pending ? [ApprovalTaskStatus.PENDING] : [ApprovalTaskStatus.APPROVED, ApprovalTaskStatus.REJECTED, ApprovalTaskStatus.RETURNED];
  const conditions = [
    sql`t.tenant_id = ${TENANT}`,
    sql`t.assignee_id = ${ctx.requireActor().personId}`,
    // One status as an equality, so that the (tenant, assignee, status, assigned_at) index hands the page over in order.
    statuses.length === 1 ? sql`t.status = ${statuses[0]}` : sql`t.status = any(${pgArray(statuses)}::text[])`,
    permittedRow(ctx, 'read', 'ApprovalTask', ApprovalTask, 't'),
  ];
  if (filter.templateId) conditions.push(sql`t.request_id in (select r.id from approval_request r where r.tenant_id = ${TENANT} and r.template_id = ${filter.templateId})`);
  const where = joinSql(conditions, ' and ');
  const order = sqlFragment(pending ? 't.assigned_at asc, t.id asc' : 't.decided_at desc, t.id asc', []);
  const withRequests = links.request || links.applicant || links.department || links.template;
  const linkColumns: SqlStatement[] = [];
  if (withRequests) linkColumns.push(sql`(select json_agg(to_jsonb(r)) from requests r) as requests`);
  if (links.applicant)
    linkColumns.push(sql`(select json_agg(to_jsonb(p)) from person p
      where p.tenant_id = ${TENANT} and p.id = any(array(select applicant_id from requests)) and ${permittedRow(ctx, 'read', 'Person', Person, 'p')}) as applicants`);
  if (links.department)
    linkColumns.push(sql`(select json_agg(to_jsonb(d)) from department d
      where d.tenant_id = ${TENANT} and d.id in (select department_id from requests) and ${permittedRow(ctx, 'read', 'Department', Department, 'd')}) as departments`);
  if (links.template)
    linkColumns.push(sql`(select json_agg(to_jsonb(tp)) from approval_template tp
      where tp.tenant_id = ${TENANT} and tp.id in (select template_id from requests) and ${permittedRow(ctx, 'read', 'ApprovalTemplate', ApprovalTemplate, 'tp')}) as templates`);
  // `= any(array(…))` rather than `in (select …)`: PostgreSQL then reads the page's requests (and their applicants) by
  // primary key, instead of planning a scan of every record the caller's rule allows and joining the page to it.
  const requestsCte = withRequests
    ? sql`,
      requests as (
        select r.* from approval_request r
        where r.tenant_id = ${TENANT} and r.id = any(array(select request_id from page)) and ${permittedRow(ctx, 'read', 'ApprovalRequest', ApprovalRequest, 'r')}
      )`
    : sql``;
  const [row] = await tenantSql<TaskPageRow>(
    ctx.em,
    ctx.tenantId,
    sql`with page as (select t.* from approval_task t where ${where} order by ${order} limit ${limit} offset ${offset})${requestsCte}
      select (select count(*) from approval_task t where ${where}) as total,
        (select coalesce(json_agg(to_jsonb(t) order by ${order}), '[]') from page t) as tasks${linkColumns.length ? sql`, ${joinSql(linkColumns, ', ')}` : sql``}`,
  );
  const items = row.tasks.map((task) => viewOf(ctx.em, ApprovalTask, task));
  if (withRequests) {
    const requests = primeFound(
      ctx,
      readableRequestById,
      ApprovalRequest,
      row.requests,
      items.map((task) => task.request.id),
    );
    if (links.applicant)
      primeFound(
        ctx,
        personById,
        Person,
        row.applicants,
        requests.map((request) => request.applicant.id),
      );
    if (links.department)
      primeFound(
        ctx,
        departmentById,
        Department,
        row.departments,
        requests.flatMap((request) => (request.department ? [request.department.id] : [])),
      );
    if (links.template)
      primeFound(
        ctx,
        readableTemplateById,
        ApprovalTemplate,
        row.templates,
        requests.map((request) => request.template.id),
      );
  }
  return { items, totalCount: Number(row.total) };
}

/** Primes `factory` with the rows a statement found, and null for each asked-for id it did not (hidden from the caller). */
function primeFound<T extends { id: string }>(
  ctx: RequestContext,
  factory: LoaderFactory<string, T | null>,
  entity: EntityClass<T>,
  rows: Record<string, unknown>[] | null | undefined,
  askedIds: string[],
): T[] {
  const found = (rows ?? []).map((row) => viewOf(ctx.em, entity, row));
  for (const record of found) ctx.prime(factory, record.id, record);
  const foundIds = new Set(found.map((record) => record.id));
  for (const id of askedIds) if (!foundIds.has(id)) ctx.prime(factory, id, null);
  return found;
}
