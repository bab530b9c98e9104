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
