import type { ChangeMessagingPolicyInput } from '../../gql/graphql';
import { resourceDataProvider, useNamedOperations } from '../../providers/dataProvider';
import { graphqlRequest } from '../../providers/graphqlClient';
import { CHANGE_MESSAGING_POLICY, MESSAGING_POLICY } from './operations';
import type { MessagingPolicy } from './policy';

const operations = {
  messagingPolicy: async (): Promise<MessagingPolicy> => (await graphqlRequest(MESSAGING_POLICY)).messagingPolicy,
  changeMessagingPolicy: async (input: ChangeMessagingPolicyInput): Promise<MessagingPolicy> => (await graphqlRequest(CHANGE_MESSAGING_POLICY, { input })).changeMessagingPolicy,
};

/** The messaging policy: only named operations (`messagingPolicy`, `changeMessagingPolicy`), no CRUD. */
export const messagingPolicyDataProvider = resourceDataProvider({}, operations);

/** The messaging policy's named operations. */
export const useMessagingPolicyOperations = () => useNamedOperations<typeof operations>('messagingPolicy');
