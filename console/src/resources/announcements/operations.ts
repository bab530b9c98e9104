import { graphql } from '../../gql';

// The announcements module's GraphQL documents (validated against the schema by test/operations.spec.ts).

graphql(/* GraphQL */ `
  fragment AnnouncementSummary on Announcement {
    id
    title
    status
    version
    viewerCan {
      publish
      schedule
      archive
      confirm
    }
    createdAt
    publishAt
    publishedAt
    archivedAt
    fullyReadAt
    readByMeAt
    author {
      id
      displayName
    }
  }
`);

/** A page of the announcements the caller may read, newest first (without their text). */
export const ANNOUNCEMENTS = graphql(/* GraphQL */ `
  query Announcements($filter: AnnouncementFilter, $take: Int!, $skip: Int!) {
    announcements(filter: $filter, take: $take, skip: $skip) {
      totalCount
      items {
        ...AnnouncementSummary
      }
    }
  }
`);

/**
 * One announcement with its text and, for those who may track it, how many have and have not confirmed reading
 * (`readers` and `notYetRead` are null when the API says the caller may not track this one).
 */
export const ANNOUNCEMENT = graphql(/* GraphQL */ `
  query Announcement($id: ID!) {
    announcement(id: $id) {
      ...AnnouncementSummary
      body
      readers(take: 1) {
        totalCount
      }
      notYetRead(take: 1) {
        totalCount
      }
    }
  }
`);

/** Who has confirmed reading one announcement, most recent first. */
export const ANNOUNCEMENT_READERS = graphql(/* GraphQL */ `
  query AnnouncementReaders($id: ID!, $take: Int!, $skip: Int!) {
    announcement(id: $id) {
      id
      readers(take: $take, skip: $skip) {
        totalCount
        items {
          confirmedAt
          person {
            id
            displayName
            jobTitle
          }
        }
      }
    }
  }
`);

/** Active staff who have not confirmed reading one announcement yet, by name. */
export const ANNOUNCEMENT_NOT_YET_READ = graphql(/* GraphQL */ `
  query AnnouncementNotYetRead($id: ID!, $take: Int!, $skip: Int!) {
    announcement(id: $id) {
      id
      notYetRead(take: $take, skip: $skip) {
        totalCount
        items {
          id
          displayName
          jobTitle
        }
      }
    }
  }
`);

/** Writes a draft announcement. */
export const CREATE_ANNOUNCEMENT = graphql(/* GraphQL */ `
  mutation CreateAnnouncement($input: CreateAnnouncementInput!) {
    createAnnouncement(input: $input) {
      ...AnnouncementSummary
      body
    }
  }
`);

/** Publishes a draft or scheduled announcement now, or schedules it for `publishAt`. */
export const PUBLISH_ANNOUNCEMENT = graphql(/* GraphQL */ `
  mutation PublishAnnouncement($id: ID!, $publishAt: DateTimeISO, $version: Int) {
    publishAnnouncement(id: $id, publishAt: $publishAt, version: $version) {
      ...AnnouncementSummary
    }
  }
`);

/** Withdraws an announcement. */
export const ARCHIVE_ANNOUNCEMENT = graphql(/* GraphQL */ `
  mutation ArchiveAnnouncement($id: ID!, $version: Int) {
    archiveAnnouncement(id: $id, version: $version) {
      ...AnnouncementSummary
    }
  }
`);

/** The caller confirms they have read a published announcement. */
export const CONFIRM_ANNOUNCEMENT_READ = graphql(/* GraphQL */ `
  mutation ConfirmAnnouncementRead($id: ID!) {
    confirmAnnouncementRead(id: $id) {
      ...AnnouncementSummary
    }
  }
`);
