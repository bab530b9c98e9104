import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../context/request-context.js';
import { sql, tenantSql, TENANT, type SqlStatement } from '../database/sql.js';
import type { JobDefinition } from '../jobs/jobs.js';

/** Rows deleted per statement: each batch commits on its own, so no lock is held for long and a crash loses little. */
export const RETENTION_BATCH = 5_000;

/**
 * Runs a deleting statement (which must delete at most RETENTION_BATCH rows) until it deletes fewer; the number deleted.
 * `alongside` runs in each batch's transaction with the rows the statement returned (e.g. releasing their files).
 */
export async function deleteInBatches<Row extends object>(ctx: RequestContext, statement: SqlStatement, alongside?: (em: EntityManager, rows: Row[]) => Promise<unknown>): Promise<number> {
  let deleted = 0;
  for (;;) {
    const rows = await ctx.transaction(async (em) => {
      const gone = await tenantSql<Row>(em, ctx.tenantId, statement);
      await alongside?.(em, gone);
      return gone;
    });
    deleted += rows.length;
    if (rows.length < RETENTION_BATCH) return deleted;
  }
}

/**
 * Deletes an organisation's events older than RETENTION_EVENTS_DAYS — only the oldest unbroken run of them that was
 * delivered to pub/sub and handled by every event consumer, so history stays one run ending at the last sequence, and
 * a subscriber resuming before it is told (EVENTS_EXPIRED) rather than skipped past the gap.
 */
export const pruneEvents: JobDefinition = {
  name: 'core.prune-events',
  recurring: '7 * * * *',
  handle: async (ctx) => {
    const days = ctx.services.config.retention.eventsDays;
    if (days <= 0) return;
    const deleted = await deleteInBatches(
      ctx,
      sql`with first_kept as (
            select coalesce(min(sequence), 9223372036854775807) as sequence from outbox_event
             where tenant_id = ${TENANT} and sequence is not null and (created_at >= now() - make_interval(days => ${days}) or dispatched_at is null)
          ), consumed as (
            select coalesce(min(position), 9223372036854775807) as through from event_consumer_cursor where tenant_id = ${TENANT}
          )
          delete from outbox_event where id in (
            select e.id from outbox_event e, first_kept, consumed
             where e.tenant_id = ${TENANT} and e.sequence < first_kept.sequence and e.sequence <= consumed.through
             order by e.sequence limit ${RETENTION_BATCH})
          returning sequence`,
    );
    if (deleted > 0) ctx.services.logger.info({ tenantId: ctx.tenantId, deleted, days }, 'retention: events deleted');
  },
};

/** Deletes an organisation's stored answers to Idempotency-Key mutations older than RETENTION_IDEMPOTENCY_HOURS. */
export const pruneIdempotencyRecords: JobDefinition = {
  name: 'core.prune-idempotency-records',
  recurring: '12 * * * *',
  handle: async (ctx) => {
    const hours = ctx.services.config.retention.idempotencyHours;
    if (hours <= 0) return;
    const deleted = await deleteInBatches(
      ctx,
      sql`delete from idempotency_record where id in (
            select id from idempotency_record where tenant_id = ${TENANT} and created_at < now() - make_interval(hours => ${hours}) limit ${RETENTION_BATCH})
          returning id`,
    );
    if (deleted > 0) ctx.services.logger.info({ tenantId: ctx.tenantId, deleted, hours }, 'retention: idempotency records deleted');
  },
};

/** The jobs core runs for every organisation; modules add their own (the audit log prunes itself). */
export const coreJobs: JobDefinition[] = [pruneEvents, pruneIdempotencyRecords];
