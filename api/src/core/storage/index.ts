import { filesEvents } from './files.events.js';
import { deleteOrphanFiles } from './files.jobs.js';
import { filesMessages } from './files.messages.js';
import { FilesResolver } from './files.resolver.js';
import { StoredFile } from './stored-file.entity.js';

export { createBlobStore, LocalBlobStore, S3BlobStore, type BlobBody, type BlobStore } from './blob-store.js';
export { FileLinkSigner, DOWNLOAD_LINK_SECONDS, UPLOAD_LINK_SECONDS } from './file-links.js';
export { allFilePurposes, largestFor, registerFilePurposes, type AttachedTo, type FilePurpose } from './file-purposes.js';
export { attachFile, canReadFile, fileLink, filesAttachedTo, readableFile, releaseFilesOf } from './files.service.js';
export { deleteOrphanFiles, ORPHAN_FILE_HOURS } from './files.jobs.js';
export { fileRoutes } from './files.routes.js';
export { StoredFile, StoredFileStatus } from './stored-file.entity.js';

/**
 * What the file store adds to the app, registered by the composition root beside core's own parts (app/create-app.ts,
 * app/schema.ts, config/orm.config.ts). Modules declare what they store files for (`filePurposes` in their
 * HarbourModule) and attach files to their records with `attachFile`.
 */
export const filesParts = {
  entities: [StoredFile],
  resolvers: [FilesResolver],
  messages: filesMessages,
  events: filesEvents,
  jobs: [deleteOrphanFiles],
};
