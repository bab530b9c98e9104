import type { Identifier } from 'react-admin';
import type { ChangeMessagingPolicyInput, ConversationExportFormat, ConversationKind, ConversationRole, PlaceLegalHoldInput } from '../../gql/graphql';
import { compact, page, resourceDataProvider, useNamedOperations } from '../../providers/dataProvider';
import { graphqlRequest } from '../../providers/graphqlClient';
import {
  CHANGE_MESSAGING_POLICY,
  EXPORT_CONVERSATION,
  LEGAL_HOLDS,
  MESSAGING_POLICY,
  MODERATED_CONVERSATION,
  MODERATED_CONVERSATION_MEMBERS,
  MODERATED_CONVERSATIONS,
  MODERATED_MESSAGES,
  PLACE_LEGAL_HOLD,
  RELEASE_LEGAL_HOLD,
  REMOVE_MESSAGE_AS_MODERATOR,
  SET_CONVERSATION_ROLE_AS_MODERATOR,
} from './operations';
import type { MessagingPolicy } from './policy';

const operations = {
  messagingPolicy: async (): Promise<MessagingPolicy> => (await graphqlRequest(MESSAGING_POLICY)).messagingPolicy,
  changeMessagingPolicy: async (input: ChangeMessagingPolicyInput): Promise<MessagingPolicy> => (await graphqlRequest(CHANGE_MESSAGING_POLICY, { input })).changeMessagingPolicy,
};

/** The messaging policy: only named operations (`messagingPolicy`, `changeMessagingPolicy`), no CRUD. */
export const messagingPolicyDataProvider = resourceDataProvider({}, operations);

/** The messaging policy's named operations. */
export const useMessagingPolicyOperations = () => useNamedOperations<typeof operations>('messagingPolicy');

/** A filter value of the moderation list's "state" choice: open, archived, or (unset) both. */
const archivedFilter = (state: unknown): boolean | undefined => (state === 'ARCHIVED' ? true : state === 'OPEN' ? false : undefined);

/** The moderation view's verbs: each an API mutation of its own, every one audited. */
const moderationOperations = {
  /** A page of messages, newest first, before `before` (a seq; none: the latest). Audited: call only on request. */
  moderatedMessages: async (conversationId: Identifier, before: number | null, limit = 50) =>
    (await graphqlRequest(MODERATED_MESSAGES, { conversationId: String(conversationId), before, limit })).moderatedMessages,
  removeMessageAsModerator: async (id: Identifier, reason: string) => (await graphqlRequest(REMOVE_MESSAGE_AS_MODERATOR, { id: String(id), reason })).removeMessageAsModerator,
  setConversationRoleAsModerator: async (conversationId: Identifier, personId: Identifier, role: ConversationRole) =>
    (await graphqlRequest(SET_CONVERSATION_ROLE_AS_MODERATOR, { conversationId: String(conversationId), personId: String(personId), role })).setConversationRoleAsModerator,
  /** The conversation as a file: on a moderator's footing here, on a holder's for a held one (the API decides). */
  exportConversation: async (conversationId: Identifier, format: ConversationExportFormat, from: string | null = null, to: string | null = null) =>
    (await graphqlRequest(EXPORT_CONVERSATION, { conversationId: String(conversationId), format, from, to })).exportConversation,
};

/** Moderated groups and channels → `moderatedConversations` (kind, title search, open or archived), `moderatedConversation`. */
export const moderatedConversationsDataProvider = resourceDataProvider(
  {
    async getList(params) {
      const filter = compact({ kind: params.filter?.kind as ConversationKind | undefined, search: params.filter?.q, archived: archivedFilter(params.filter?.state) });
      const { moderatedConversations } = await graphqlRequest(MODERATED_CONVERSATIONS, { ...page(params), filter });
      return { data: moderatedConversations.items, total: moderatedConversations.totalCount };
    },
    getOne: async (id) => (await graphqlRequest(MODERATED_CONVERSATION, { id: String(id) })).moderatedConversation,
  },
  moderationOperations,
);

/** The moderation view's verbs (`moderatedMessages`, `removeMessageAsModerator`, `setConversationRoleAsModerator`, `exportConversation`). */
export const useModerationOperations = () => useNamedOperations<typeof moderationOperations>('moderatedConversations');

/** The members of the moderated conversation `conversationId` (filter), owners first → `moderatedConversation.members`. */
export const moderatedConversationMembersDataProvider = resourceDataProvider({
  async getList(params) {
    const { take, skip } = page(params);
    const { moderatedConversation } = await graphqlRequest(MODERATED_CONVERSATION_MEMBERS, { id: String(params.filter?.conversationId), take, skip });
    // A membership has no id of its own: the person's, or a stand-in for one the moderator may not see.
    const data = moderatedConversation.members.items.map((member, index) => ({ ...member, id: member.person?.id ?? `hidden-${skip + index}` }));
    return { data, total: moderatedConversation.members.totalCount };
  },
});

const legalHoldOperations = {
  placeLegalHold: async (input: PlaceLegalHoldInput) => (await graphqlRequest(PLACE_LEGAL_HOLD, { input })).placeLegalHold,
  releaseLegalHold: async (id: Identifier) => (await graphqlRequest(RELEASE_LEGAL_HOLD, { id: String(id) })).releaseLegalHold,
  exportConversation: moderationOperations.exportConversation,
};

/** A filter value of the legal-hold list's "state" choice: in force, released, or (unset) both. */
export const activeFilter = (state: unknown): boolean | null => (state === 'ACTIVE' ? true : state === 'RELEASED' ? false : null);

/** How many legal holds a page of the list shows (fixed by the query: see LEGAL_HOLDS). */
export const HOLDS_PAGE = 25;

/** Legal holds → `legalHolds` (in force, released or both), newest first; placing and releasing are named operations. */
export const legalHoldsDataProvider = resourceDataProvider(
  {
    async getList(params) {
      // 25 a page, as the query asks (see LEGAL_HOLDS).
      const { skip } = page({ pagination: { page: params.pagination?.page ?? 1, perPage: HOLDS_PAGE } });
      const { legalHolds } = await graphqlRequest(LEGAL_HOLDS, { skip, active: activeFilter(params.filter?.state) });
      return { data: legalHolds.items, total: legalHolds.totalCount };
    },
  },
  legalHoldOperations,
);

/** The legal holds' verbs (`placeLegalHold`, `releaseLegalHold`, `exportConversation`). */
export const useLegalHoldOperations = () => useNamedOperations<typeof legalHoldOperations>('legalHolds');
