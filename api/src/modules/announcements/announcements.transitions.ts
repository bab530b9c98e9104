import { transitionTable } from '../../core/transitions/transitions.js';
import { AnnouncementStatus } from './announcement.entity.js';

const { DRAFT, SCHEDULED, PUBLISHED, ARCHIVED } = AnnouncementStatus;

/** The named verbs that move an announcement (CONVENTIONS #4); anything else is ANNOUNCEMENT_INVALID_TRANSITION. */
export const announcementTransitions = transitionTable('ANNOUNCEMENT', 'Announcement', {
  schedule: { from: [DRAFT, SCHEDULED], to: SCHEDULED },
  publish: { from: [DRAFT, SCHEDULED], to: PUBLISHED },
  archive: { from: [DRAFT, SCHEDULED, PUBLISHED], to: ARCHIVED },
});
// ARCHIVED has no way out: an archived notice is history, written anew if needed.
