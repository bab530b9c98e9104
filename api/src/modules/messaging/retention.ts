import type { JobDefinition } from '../../core/jobs/jobs.js';
import { deleteInBatches, RETENTION_BATCH } from '../../core/retention/retention.jobs.js';
import { sql, sqlFragment, TENANT } from '../../core/database/sql.js';
import { releaseFilesOf } from '../../core/storage/index.js';
import { heldCondition } from './legal-holds.service.js';
import { policyOf } from './policy.service.js';

const DAY_MS = 24 * 60 * 60 * 1000;

const messageIds = (rows: { id: string }[]) => rows.map((row) => row.id);

/**
 * Deletes an organisation's messages older than its policy's `retentionDays` (with their receipts, reactions and DINGs;
 * their attachments are released to the file store's hourly clean-up, which deletes them and their bytes), except in
 * conversations a legal hold covers. Conversations keep their numbering: history simply starts later.
 * Runs nightly; each batch commits on its own, and the run is audited with how many messages went.
 */
export const applyMessageRetention: JobDefinition = {
  name: 'messaging.apply-retention',
  recurring: '41 19 * * *', // 03:41 in Hong Kong
  handle: async (ctx) => {
    const policy = await policyOf(ctx);
    if (!policy.retentionDays) return;
    const before = new Date(ctx.now().getTime() - policy.retentionDays * DAY_MS);
    const deleted = await deleteInBatches(
      ctx,
      sql`delete from message where id in (
            select m.id from message m
             where m.tenant_id = ${TENANT} and m.created_at < ${before} and not ${heldCondition(sqlFragment('m.conversation_id', []))}
             limit ${RETENTION_BATCH})
          returning id`,
      (em, gone: { id: string }[]) => releaseFilesOf(em, 'Message', messageIds(gone)),
    );
    if (deleted === 0) return;
    await ctx.transaction(async () => {
      ctx.record({
        type: 'messaging.retention.applied',
        subjectType: 'MessagingPolicy',
        subjectId: policy.id,
        payload: { policyId: policy.id, deleted, before: before.toISOString() },
      });
    });
  },
};
