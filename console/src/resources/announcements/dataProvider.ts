import type { Identifier } from 'react-admin';
import type { AnnouncementStatus } from '../../gql/graphql';
import { compact, page, resourceDataProvider, useNamedOperations } from '../../providers/dataProvider';
import { apiError, graphqlRequest } from '../../providers/graphqlClient';
import { ANNOUNCEMENT, ANNOUNCEMENT_NOT_YET_READ, ANNOUNCEMENT_READERS, ANNOUNCEMENTS, ARCHIVE_ANNOUNCEMENT, CONFIRM_ANNOUNCEMENT_READ, CREATE_ANNOUNCEMENT, PUBLISH_ANNOUNCEMENT } from './operations';

/** The announcements module's named state changes: each is the API's verb, never a generic update. */
const operations = {
  /** Publishes now, or schedules for `publishAt` (an ISO date-time in the future); `version` is the one shown. */
  publishAnnouncement: async (id: Identifier, version: number, publishAt: string | null = null) =>
    (await graphqlRequest(PUBLISH_ANNOUNCEMENT, { id: String(id), version, publishAt })).publishAnnouncement,
  archiveAnnouncement: async (id: Identifier, version: number) => (await graphqlRequest(ARCHIVE_ANNOUNCEMENT, { id: String(id), version })).archiveAnnouncement,
  confirmAnnouncementRead: async (id: Identifier) => (await graphqlRequest(CONFIRM_ANNOUNCEMENT_READ, { id: String(id) })).confirmAnnouncementRead,
};

/** Announcements → `announcements` (filtered by status), `announcement`, `createAnnouncement`; the verbs are named operations. */
export const announcementsDataProvider = resourceDataProvider(
  {
    async getList(params) {
      const status = params.filter?.status as AnnouncementStatus | undefined;
      const { announcements } = await graphqlRequest(ANNOUNCEMENTS, { ...page(params), filter: compact({ status }) });
      return { data: announcements.items, total: announcements.totalCount };
    },
    getOne: async (id) => (await graphqlRequest(ANNOUNCEMENT, { id: String(id) })).announcement,
    create: async (data) => (await graphqlRequest(CREATE_ANNOUNCEMENT, { input: { title: data.title ?? '', body: data.body ?? '' } })).createAnnouncement,
  },
  operations,
);

/** The announcements module's verbs (`publishAnnouncement`, `archiveAnnouncement`, `confirmAnnouncementRead`). */
export const useAnnouncementOperations = () => useNamedOperations<typeof operations>('announcements');

// The API answers null instead of a list when the caller may not track this announcement (a rule limited to some).
const trackingRefused = () => apiError('harbour.announcements.tracking_refused', 'FORBIDDEN');

/** Who has confirmed reading the announcement `announcementId` (filter) → `announcement.readers`, paged by the API. */
export const announcementReadersDataProvider = resourceDataProvider({
  async getList(params) {
    const { take, skip } = page(params);
    const { announcement } = await graphqlRequest(ANNOUNCEMENT_READERS, { id: String(params.filter?.announcementId), take, skip });
    if (!announcement.readers) throw trackingRefused();
    // A confirmation has no id of its own; a reader the caller may not see (null person) still counts and is listed.
    const data = announcement.readers.items.map((read, index) => ({ ...read, id: read.person?.id ?? `hidden-${skip + index}` }));
    return { data, total: announcement.readers.totalCount };
  },
});

/** Active staff who have not confirmed reading the announcement `announcementId` (filter) → `announcement.notYetRead`. */
export const announcementNonReadersDataProvider = resourceDataProvider({
  async getList(params) {
    const { take, skip } = page(params);
    const { announcement } = await graphqlRequest(ANNOUNCEMENT_NOT_YET_READ, { id: String(params.filter?.announcementId), take, skip });
    if (!announcement.notYetRead) throw trackingRefused();
    return { data: announcement.notYetRead.items, total: announcement.notYetRead.totalCount };
  },
});
