import { sql, TENANT } from '../../core/database/sql.js';
import type { JobDefinition } from '../../core/jobs/jobs.js';
import { deleteInBatches, RETENTION_BATCH } from '../../core/retention/retention.jobs.js';
import { verifyChain } from './audit.service.js';

/**
 * Deletes audit entries older than RETENTION_AUDIT_DAYS (seven years by default) — only verified ones, from the oldest
 * on, keeping the last one deleted as the anchor the oldest kept entry links to, so what remains still verifies. A
 * chain that does not verify is left whole: its entries are the evidence.
 */
export const pruneAuditLog: JobDefinition = {
  name: 'audit.prune',
  recurring: '37 3 * * *',
  handle: async (ctx) => {
    const days = ctx.services.config.retention.auditDays;
    if (days <= 0) return;
    const verification = await verifyChain(ctx.em, ctx.tenantId, { full: false, limit: Number.POSITIVE_INFINITY });
    if (!verification.valid) {
      ctx.services.logger.error({ tenantId: ctx.tenantId, ...verification }, 'retention: the audit chain does not verify, so no entry is deleted');
      return;
    }
    const deleted = await deleteInBatches(
      ctx,
      sql`with doomed as (
            select id from audit_entry
             where tenant_id = ${TENANT}
               and sequence <= (select verified_sequence from audit_chain_checkpoint where tenant_id = ${TENANT})
               and sequence < coalesce((select min(sequence) from audit_entry where tenant_id = ${TENANT} and occurred_at >= now() - make_interval(days => ${days})), 9223372036854775807)
             order by sequence limit ${RETENTION_BATCH}
          ), deleted as (
            delete from audit_entry where id in (select id from doomed) returning sequence, hash
          ), anchored as (
            update audit_chain_checkpoint c set pruned_sequence = d.sequence, pruned_hash = d.hash, pruned_at = now()
              from (select sequence, hash from deleted order by sequence desc limit 1) d where c.tenant_id = ${TENANT}
          )
          select sequence from deleted`,
    );
    if (deleted > 0) ctx.services.logger.info({ tenantId: ctx.tenantId, deleted, days }, 'retention: audit entries deleted');
  },
};
