import type { EntityManager } from '@mikro-orm/postgresql';
import type { NewTenant } from '../../core/context/module.js';
import { permittedIds } from '../../core/authz/readable.js';
import type { RequestContext } from '../../core/context/request-context.js';
import { sql, tenantSql, TENANT } from '../../core/database/sql.js';
import { findViews, viewOf } from '../../core/database/views.js';
import { AppError, assertNoProblems, notFound, type FieldProblem } from '../../core/errors/app-error.js';
import type { DeliveredEvent } from '../../core/events/event.js';
import { checkPage, type PageArgs } from '../../core/graphql/pagination.js';
import { translate } from '../../core/i18n/i18n.js';
import { cancelJob, scheduleJob, type JobDefinition } from '../../core/jobs/jobs.js';
import { Person, PersonStatus } from '../org/index.js';
import { Announcement, AnnouncementRead, AnnouncementStatus } from './announcement.entity.js';
import { announcementTransitions } from './announcements.transitions.js';

/** The fields rule conditions test (see the subject declared in index.ts). */
export const announcementSubject = (announcement: Announcement) => ({ id: announcement.id, status: announcement.status, authorId: announcement.author?.id ?? null });

/** Loads an announcement the caller may read; another organisation's or one they may not see is NOT_FOUND. */
async function loadAnnouncement(ctx: RequestContext, em: EntityManager, id: string): Promise<Announcement> {
  const announcement = await em.findOne(Announcement, { id });
  if (!announcement || !ctx.can('read', 'Announcement', announcementSubject(announcement))) throw notFound('Announcement', id);
  return announcement;
}

/** One announcement the caller may read. */
export function announcementById(ctx: RequestContext, id: string): Promise<Announcement> {
  return loadAnnouncement(ctx, ctx.em, id);
}

/** Announcements the caller may read (filtered in SQL by their rules), newest first. */
export async function listAnnouncements(ctx: RequestContext, filter: { status?: AnnouncementStatus | null }, page: PageArgs): Promise<{ items: Announcement[]; totalCount: number }> {
  const { limit, offset } = checkPage(page, ctx.services.config.maxPageSize);
  const where: Record<string, unknown>[] = [ctx.accessibleWhere('read', 'Announcement')];
  if (filter.status) where.push({ status: filter.status });
  const items = await findViews(ctx.em, Announcement, { $and: where }, { orderBy: { publishedAt: 'desc nulls first', createdAt: 'desc', id: 'asc' }, limit, offset });
  return { items, totalCount: await ctx.em.count(Announcement, { $and: where }) };
}

function textProblems(input: { title?: string | null; body?: string | null }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!input.title?.trim()) problems.push({ field: 'title', code: 'REQUIRED' });
  if (!input.body?.trim()) problems.push({ field: 'body', code: 'REQUIRED' });
  return problems;
}

/** Writes a draft. */
export async function createAnnouncement(ctx: RequestContext, input: { title: string; body: string }): Promise<Announcement> {
  assertNoProblems(textProblems(input));
  return ctx.transaction(async (em) => {
    const announcement = em.create(Announcement, { tenantId: ctx.tenantId, title: input.title.trim(), body: input.body.trim(), author: ctx.requireActor().personId });
    ctx.authorize('create', 'Announcement', announcementSubject(announcement));
    em.persist(announcement);
    ctx.record({
      type: 'announcements.announcement.created',
      subjectType: 'Announcement',
      subjectId: announcement.id,
      subjectLabel: announcement.title,
      payload: { announcementId: announcement.id },
      after: { title: announcement.title },
    });
    return announcement;
  });
}

/** Publishes a scheduled announcement when its time comes; a job, so it runs in a SystemContext. */
export const publishWhenDue: JobDefinition<{ announcementId: string }> = {
  name: 'announcements.publish-when-due',
  handle: (ctx, { announcementId }) =>
    ctx.transaction(async (em) => {
      const announcement = await em.findOne(Announcement, { id: announcementId });
      // At least once: a rerun after it was published, archived or rescheduled finds nothing to do.
      if (!announcement || announcement.status !== AnnouncementStatus.SCHEDULED || (announcement.publishAt && announcement.publishAt.getTime() > Date.now())) return;
      await announcementTransitions.apply(em, announcement, 'publish', { change: (a) => (a.publishedAt = new Date()) });
      ctx.record({
        type: 'announcements.announcement.published',
        subjectType: 'Announcement',
        subjectId: announcement.id,
        subjectLabel: announcement.title,
        payload: { announcementId: announcement.id },
      });
    }),
};

/**
 * Publishes now, or — with a future `publishAt` — schedules it: a durable job (scheduled in the same transaction, so a
 * failed change schedules nothing) publishes it then. Publishing a scheduled one early cancels the job.
 */
export async function publishAnnouncement(ctx: RequestContext, id: string, input: { publishAt?: Date | null; version?: number | null }): Promise<Announcement> {
  const later = input.publishAt && input.publishAt.getTime() > Date.now() ? input.publishAt : null;
  if (input.publishAt && !later) assertNoProblems([{ field: 'publishAt', code: 'INVALID_VALUE' }]);
  return ctx.transaction(async (em) => {
    const announcement = await loadAnnouncement(ctx, em, id);
    ctx.authorize('publish', 'Announcement', announcementSubject(announcement));
    const base = { subjectType: 'Announcement', subjectId: announcement.id, subjectLabel: announcement.title };
    if (later) {
      await announcementTransitions.apply(em, announcement, 'schedule', { expectedVersion: input.version, change: (a) => (a.publishAt = later) });
      await scheduleJob(ctx, em, publishWhenDue, { announcementId: announcement.id }, { runAt: later, key: announcement.id });
      ctx.record({ ...base, type: 'announcements.announcement.scheduled', payload: { announcementId: announcement.id, publishAt: later.toISOString() } });
    } else {
      const wasScheduled = announcement.status === AnnouncementStatus.SCHEDULED;
      await announcementTransitions.apply(em, announcement, 'publish', { expectedVersion: input.version, change: (a) => (a.publishedAt = new Date()) });
      if (wasScheduled) await cancelJob(ctx, em, publishWhenDue, announcement.id);
      ctx.record({ ...base, type: 'announcements.announcement.published', payload: { announcementId: announcement.id } });
    }
    return announcement;
  });
}

/** Withdraws an announcement (a scheduled one will not publish). */
export async function archiveAnnouncement(ctx: RequestContext, id: string, version?: number | null): Promise<Announcement> {
  return ctx.transaction(async (em) => {
    const announcement = await loadAnnouncement(ctx, em, id);
    ctx.authorize('archive', 'Announcement', announcementSubject(announcement));
    const wasScheduled = announcement.status === AnnouncementStatus.SCHEDULED;
    await announcementTransitions.apply(em, announcement, 'archive', { expectedVersion: version, change: (a) => (a.archivedAt = new Date()) });
    if (wasScheduled) await cancelJob(ctx, em, publishWhenDue, announcement.id);
    ctx.record({
      type: 'announcements.announcement.archived',
      subjectType: 'Announcement',
      subjectId: announcement.id,
      subjectLabel: announcement.title,
      payload: { announcementId: announcement.id },
    });
    return announcement;
  });
}

/**
 * The caller confirms they read a published announcement. Idempotent: confirming again changes nothing and records
 * nothing. One row per reader and no update of the announcement itself, so a whole company confirming at 9:00 never
 * queues on one row (the "fully read" note is made afterwards by an event consumer).
 */
export async function confirmAnnouncementRead(ctx: RequestContext, id: string): Promise<Announcement> {
  const personId = ctx.requireActor().personId;
  return ctx.transaction(async (em) => {
    const announcement = await loadAnnouncement(ctx, em, id);
    ctx.authorize('confirm', 'Announcement', announcementSubject(announcement));
    if (announcement.status !== AnnouncementStatus.PUBLISHED) throw new AppError('ANNOUNCEMENT_NOT_PUBLISHED');
    const inserted = await tenantSql<{ id: string }>(
      em,
      ctx.tenantId,
      sql`insert into announcement_read (id, tenant_id, announcement_id, person_id, created_at, updated_at) values (gen_random_uuid(), ${TENANT}, ${announcement.id}, ${personId}, now(), now())
       on conflict (announcement_id, person_id) do nothing returning id`,
    );
    if (inserted.length) {
      ctx.record({
        type: 'announcements.announcement.read_confirmed',
        subjectType: 'Announcement',
        subjectId: announcement.id,
        subjectLabel: announcement.title,
        payload: { announcementId: announcement.id, personId },
      });
    }
    return announcement;
  });
}

/** What the caller may do with one announcement now: its state allows the verb and their permissions the action. */
export function announcementPermissions(ctx: RequestContext, announcement: Announcement) {
  const subject = announcementSubject(announcement);
  const verb = (name: 'publish' | 'schedule' | 'archive', action: string) => announcementTransitions.allows(name, announcement.status) && ctx.can(action, 'Announcement', subject);
  return {
    publish: verb('publish', 'publish'),
    schedule: verb('schedule', 'publish'),
    archive: verb('archive', 'archive'),
    confirm: announcement.status === AnnouncementStatus.PUBLISHED && ctx.can('confirm', 'Announcement', subject),
    track: mayTrack(ctx, announcement),
  };
}

/** Whether the caller may see who has and has not read this announcement. */
export const mayTrack = (ctx: RequestContext, announcement: Announcement) => ctx.can('track', 'Announcement', announcementSubject(announcement));

/** Who confirmed reading, most recent first. */
export async function readersOf(ctx: RequestContext, announcement: Announcement, page: PageArgs): Promise<{ items: AnnouncementRead[]; totalCount: number }> {
  const { limit, offset } = checkPage(page, ctx.services.config.maxPageSize);
  const where = { announcement: announcement.id };
  const items = await findViews(ctx.em, AnnouncementRead, where, { orderBy: { createdAt: 'desc', id: 'asc' }, limit, offset });
  return { items, totalCount: await ctx.em.count(AnnouncementRead, where) };
}

/** Active staff who have not confirmed the announcement (as a condition on person `p`). */
const hasNotConfirmed = (announcementId: string) =>
  sql`p.tenant_id = ${TENANT} and p.status = ${PersonStatus.ACTIVE}
    and not exists (select 1 from announcement_read r where r.tenant_id = p.tenant_id and r.announcement_id = ${announcementId} and r.person_id = p.id)`;

/** Active staff who have not confirmed yet and whom the caller may read, by name, with their count. */
export async function notYetReadBy(ctx: RequestContext, announcement: Announcement, page: PageArgs): Promise<{ items: Person[]; totalCount: number }> {
  const { limit, offset } = checkPage(page, ctx.services.config.maxPageSize);
  const [row] = await tenantSql<{ people: Record<string, unknown>[] | null; total: number }>(
    ctx.em,
    ctx.tenantId,
    sql`with waiting as (select p.* from person p where ${hasNotConfirmed(announcement.id)} and ${permittedIds(ctx, 'read', 'Person', Person, 'p.id')})
      select (select json_agg(to_jsonb(w) order by w.display_name, w.id) from (select * from waiting order by display_name, id limit ${limit} offset ${offset}) w) as people,
        (select count(*)::int from waiting) as total`,
  );
  return { items: (row.people ?? []).map((person) => viewOf(ctx.em, Person, person)), totalCount: row.total };
}

/**
 * Consumer of read confirmations: once nobody active is left to confirm, notes when the announcement was fully read.
 * Idempotent (a confirmation seen twice finds it already noted).
 */
export async function noteFullyRead(ctx: RequestContext, event: DeliveredEvent): Promise<void> {
  await ctx.transaction(async (em) => {
    const announcement = await em.findOne(Announcement, { id: event.payload.announcementId as string });
    if (!announcement || announcement.status !== AnnouncementStatus.PUBLISHED || announcement.fullyReadAt) return;
    const [{ waiting }] = await tenantSql<{ waiting: boolean }>(em, ctx.tenantId, sql`select exists (select 1 from person p where ${hasNotConfirmed(announcement.id)}) as waiting`);
    if (waiting) return;
    announcement.fullyReadAt = new Date();
    ctx.record({
      type: 'announcements.announcement.fully_read',
      subjectType: 'Announcement',
      subjectId: announcement.id,
      subjectLabel: announcement.title,
      payload: { announcementId: announcement.id },
    });
  });
}

/** Tenant set-up: a new organisation starts with a published welcome notice from its first admin, in its language. */
export async function postWelcome(ctx: RequestContext, em: EntityManager, tenant: NewTenant): Promise<void> {
  const announcement = em.create(Announcement, {
    tenantId: tenant.tenantId,
    title: translate('ANNOUNCEMENT_WELCOME_TITLE', tenant.locale, { organization: tenant.name }),
    body: translate('ANNOUNCEMENT_WELCOME_BODY', tenant.locale),
    status: AnnouncementStatus.PUBLISHED,
    publishedAt: new Date(),
    author: tenant.adminPersonId,
  });
  em.persist(announcement);
  ctx.record({
    type: 'announcements.announcement.published',
    tenantId: tenant.tenantId,
    actorId: tenant.adminPersonId,
    subjectType: 'Announcement',
    subjectId: announcement.id,
    subjectLabel: announcement.title,
    payload: { announcementId: announcement.id },
  });
}
