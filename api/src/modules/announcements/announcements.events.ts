import type { EventDefinition } from '../../core/events/catalog.js';

const announcementId = { type: 'uuid', description: 'The announcement.' } as const;
/** Decisions of those who manage announcements: kept in the audit log. */
const audited = { touchesAccess: false, audit: true } as const;
/** One fact per reader: streamed to subscribers and consumers, not chained into the audit log one by one. */
const streamed = { touchesAccess: false, audit: false } as const;

/** Events of the announcements module. */
export const announcementEvents: EventDefinition[] = [
  { type: 'announcements.announcement.created', description: 'A draft announcement was written.', payload: { announcementId }, ...audited },
  {
    type: 'announcements.announcement.scheduled',
    description: 'An announcement was set to publish itself later.',
    payload: { announcementId, publishAt: { type: 'date-time', description: 'When it will publish itself.' } },
    ...audited,
  },
  { type: 'announcements.announcement.published', description: 'An announcement was published to staff (by a person, or by its schedule).', payload: { announcementId }, ...audited },
  { type: 'announcements.announcement.archived', description: 'An announcement was withdrawn.', payload: { announcementId }, ...audited },
  {
    type: 'announcements.announcement.read_confirmed',
    description: 'A person confirmed reading an announcement (a high-volume fact: one per reader).',
    payload: { announcementId, personId: { type: 'uuid', description: 'The reader.' } },
    ...streamed,
  },
  { type: 'announcements.announcement.fully_read', description: 'Every active member of staff has now confirmed reading an announcement.', payload: { announcementId }, ...audited },
];
