import { graphql } from '../../gql';

// The messaging module's GraphQL documents (validated against the schema by test/operations.spec.ts).

graphql(/* GraphQL */ `
  fragment MessagingPolicyFields on MessagingPolicy {
    readReceipts
    editWindowMinutes
    recallWindowMinutes
    departmentGroups
    departmentGroupsIncludeSubdepartments
    retentionDays
    dingSmsAfterMinutes
  }
`);

/** How messaging works in the organisation. */
export const MESSAGING_POLICY = graphql(/* GraphQL */ `
  query MessagingPolicy {
    messagingPolicy {
      ...MessagingPolicyFields
    }
  }
`);

/** Changes the fields of the policy it is given; the others stay as they are. */
export const CHANGE_MESSAGING_POLICY = graphql(/* GraphQL */ `
  mutation ChangeMessagingPolicy($input: ChangeMessagingPolicyInput!) {
    changeMessagingPolicy(input: $input) {
      ...MessagingPolicyFields
    }
  }
`);

graphql(/* GraphQL */ `
  fragment ConversationOverviewFields on ConversationOverview {
    id
    kind
    title
    memberCount
    lastSeq
    lastMessageAt
    archivedAt
    createdAt
    underLegalHold
    department {
      id
      name
    }
  }
`);

/** Groups and channels the signed-in person moderates (never direct chats), latest message first. */
export const MODERATED_CONVERSATIONS = graphql(/* GraphQL */ `
  query ModeratedConversations($filter: ModeratedConversationFilter, $take: Int!, $skip: Int!) {
    moderatedConversations(filter: $filter, take: $take, skip: $skip) {
      items {
        ...ConversationOverviewFields
      }
      totalCount
    }
  }
`);

/** One moderated conversation: what it is and who is in it, not what was said. */
export const MODERATED_CONVERSATION = graphql(/* GraphQL */ `
  query ModeratedConversation($id: ID!) {
    moderatedConversation(id: $id) {
      ...ConversationOverviewFields
    }
  }
`);

/** A page of a moderated conversation's members: owners, then admins, then members. */
export const MODERATED_CONVERSATION_MEMBERS = graphql(/* GraphQL */ `
  query ModeratedConversationMembers($id: ID!, $take: Int!, $skip: Int!) {
    moderatedConversation(id: $id) {
      id
      members(take: $take, skip: $skip) {
        items {
          person {
            id
            displayName
          }
          role
          joinedAt
        }
        totalCount
      }
    }
  }
`);

/** Reads a moderated conversation's messages, newest first (audited: a mutation). */
export const MODERATED_MESSAGES = graphql(/* GraphQL */ `
  mutation ModeratedMessages($conversationId: ID!, $before: Int, $limit: Int) {
    moderatedMessages(conversationId: $conversationId, before: $before, limit: $limit) {
      items {
        id
        seq
        kind
        body
        createdAt
        editedAt
        recalledAt
        sender {
          id
          displayName
        }
        location {
          address
        }
      }
      hasMoreBefore
    }
  }
`);

/** A moderator removes a message, giving the reason (audited). */
export const REMOVE_MESSAGE_AS_MODERATOR = graphql(/* GraphQL */ `
  mutation RemoveMessageAsModerator($id: ID!, $reason: String!) {
    removeMessageAsModerator(id: $id, reason: $reason) {
      id
      seq
      recalledAt
    }
  }
`);

/** A moderator makes someone an owner, admin or member of a group or channel (adding them if needed). */
export const SET_CONVERSATION_ROLE_AS_MODERATOR = graphql(/* GraphQL */ `
  mutation SetConversationRoleAsModerator($conversationId: ID!, $personId: ID!, $role: ConversationRole!) {
    setConversationRoleAsModerator(conversationId: $conversationId, personId: $personId, role: $role) {
      ...ConversationOverviewFields
    }
  }
`);

/** A conversation's messages as a CSV or JSON file (audited). */
export const EXPORT_CONVERSATION = graphql(/* GraphQL */ `
  mutation ExportConversation($conversationId: ID!, $format: ConversationExportFormat!, $from: DateTimeISO, $to: DateTimeISO) {
    exportConversation(conversationId: $conversationId, format: $format, from: $from, to: $to) {
      fileName
      contentType
      base64
      messages
      basis
    }
  }
`);

graphql(/* GraphQL */ `
  fragment LegalHoldFields on LegalHold {
    id
    reason
    createdAt
    releasedAt
    custodian {
      id
      displayName
    }
    placedBy {
      id
      displayName
    }
    releasedBy {
      id
      displayName
    }
    conversation {
      id
      kind
      title
    }
  }
`);

/**
 * The organisation's legal holds, newest first (in force, released, or both), each with the first 20 conversations it
 * covers and their first members (a direct chat has no title). The API has no query for one hold, so they come with
 * the list, 25 holds a page: the page size is written here, not a variable, so that the API's query cost limit counts
 * 25 holds and not its largest page (100) of them.
 */
export const LEGAL_HOLDS = graphql(/* GraphQL */ `
  query LegalHolds($active: Boolean, $skip: Int!) {
    legalHolds(active: $active, take: 25, skip: $skip) {
      items {
        ...LegalHoldFields
        conversations(take: 20) {
          items {
            id
            kind
            title
            memberCount
            lastMessageAt
            archivedAt
            members(take: 2) {
              items {
                person {
                  id
                  displayName
                }
              }
            }
          }
          totalCount
        }
      }
      totalCount
    }
  }
`);

/** Places a legal hold on a conversation or on everything a custodian takes part in (audited). */
export const PLACE_LEGAL_HOLD = graphql(/* GraphQL */ `
  mutation PlaceLegalHold($input: PlaceLegalHoldInput!) {
    placeLegalHold(input: $input) {
      ...LegalHoldFields
    }
  }
`);

/** Releases a legal hold (audited). */
export const RELEASE_LEGAL_HOLD = graphql(/* GraphQL */ `
  mutation ReleaseLegalHold($id: ID!) {
    releaseLegalHold(id: $id) {
      ...LegalHoldFields
    }
  }
`);
