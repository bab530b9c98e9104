import { LockMode } from '@mikro-orm/core';
import type { JobDefinition } from '../jobs/jobs.js';
import { StoredFile } from './stored-file.entity.js';

/** How long a file may wait to be attached (a message being written, a form being filled) before it is deleted. */
export const ORPHAN_FILE_HOURS = 24;
/** Files deleted per transaction: each batch commits on its own, so a crash loses little and no lock is held long. */
const BATCH = 200;

/**
 * Deletes an organisation's files attached to nothing a day after their upload began — uploads abandoned, refused or
 * never sent, files whose message was never sent, and files released by records a retention deleted (releaseFilesOf)
 * — row first (its fact recorded), then the bytes and the preview.
 * Rows go first so that a file attached at the same moment is never left without its bytes: rows locked by an attach
 * are skipped (SKIP LOCKED), and an attach that comes second finds the row gone (NOT_FOUND). Bytes whose deletion fails are only logged (nothing names them).
 */
export const deleteOrphanFiles: JobDefinition = {
  name: 'core.files.delete-orphans',
  recurring: '23 * * * *',
  handle: async (ctx) => {
    const cutoff = new Date(ctx.now().getTime() - ORPHAN_FILE_HOURS * 3_600_000);
    for (;;) {
      const keys = await ctx.transaction(async (em) => {
        const files = await em.find(
          StoredFile,
          { attachedSubjectId: null, createdAt: { $lt: cutoff } },
          { orderBy: { createdAt: 'asc', id: 'asc' }, limit: BATCH, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
        );
        for (const file of files) {
          em.remove(file);
          ctx.record({
            type: 'files.file.deleted',
            subjectType: 'StoredFile',
            subjectId: file.id,
            subjectLabel: file.name,
            payload: { storedFileId: file.id, purpose: file.purpose, uploaderId: file.uploaderId },
          });
        }
        return { count: files.length, blobs: files.flatMap((file) => [file.storageKey, ...(file.thumbnailKey ? [file.thumbnailKey] : [])]) };
      });
      for (const key of keys.blobs) {
        await ctx.services.blobs.delete(key).catch((error: unknown) => ctx.services.logger.warn({ err: error, key }, 'files: could not delete the bytes of an orphan file'));
      }
      if (keys.count > 0) ctx.services.logger.info({ tenantId: ctx.tenantId, deleted: keys.count }, 'files: orphan files deleted');
      if (keys.count < BATCH) return;
    }
  },
};
