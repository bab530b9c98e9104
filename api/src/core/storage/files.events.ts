import type { EventDefinition } from '../events/catalog.js';

const storedFileId = { type: 'uuid', description: 'The file.' } as const;
const purpose = { type: 'string', description: 'What it is for, `<module>.<what>` (e.g. messaging.attachment).' } as const;
const uploaderId = { type: 'uuid', description: 'The person who uploaded it.' } as const;

/**
 * Events of the file store. Uploads are facts of everyday work (a photo in a chat), streamed to integrators but not
 * chained one by one into the audit log; what a file is attached to is audited with the record's own event.
 */
export const filesEvents: EventDefinition[] = [
  { type: 'files.file.upload_started', description: 'Someone started uploading a file (it waits for its bytes).', payload: { storedFileId, purpose, uploaderId }, touchesAccess: false, audit: false },
  {
    type: 'files.file.uploaded',
    description: 'A file’s bytes arrived and passed the checks (type read from the bytes, size); it is ready to attach.',
    payload: {
      storedFileId,
      purpose,
      uploaderId,
      contentType: { type: 'string', description: 'Its type as read from its bytes.' },
      size: { type: 'integer', description: 'Its size in bytes.' },
    },
    touchesAccess: false,
    audit: false,
  },
  {
    type: 'files.file.attached',
    description: 'A file was attached to a record (a message, a document): from now on, whoever reads the record reads the file.',
    payload: {
      storedFileId,
      purpose,
      attachedSubjectType: { type: 'string', description: 'The kind of record (e.g. Message).' },
      attachedSubjectId: { type: 'uuid', description: 'The record.' },
    },
    touchesAccess: false,
    audit: false,
  },
  {
    type: 'files.file.deleted',
    description: 'A file attached to nothing a day after its upload began was deleted, with its bytes.',
    payload: { storedFileId, purpose, uploaderId },
    touchesAccess: false,
    audit: false,
  },
];
