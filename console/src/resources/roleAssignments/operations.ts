import { graphql } from '../../gql';

// The role assignments module's GraphQL documents (validated against the schema by test/operations.spec.ts).

graphql(/* GraphQL */ `
  fragment AssignmentFields on RoleAssignment {
    id
    createdAt
    scopeDepartmentId
    scopeDepartment {
      id
      name
    }
    role {
      id
      name
      builtIn
    }
    person {
      id
      displayName
      jobTitle
    }
  }
`);

/** Who holds which role: of one person, or of one role. */
export const ROLE_ASSIGNMENTS = graphql(/* GraphQL */ `
  query RoleAssignments($personId: ID, $roleId: ID) {
    roleAssignments(personId: $personId, roleId: $roleId) {
      ...AssignmentFields
    }
  }
`);

/** Gives a person a role, optionally limited to a department subtree. */
export const ASSIGN_ROLE = graphql(/* GraphQL */ `
  mutation AssignRole($input: AssignRoleInput!) {
    assignRole(input: $input) {
      ...AssignmentFields
    }
  }
`);

/** Takes a role back. */
export const UNASSIGN_ROLE = graphql(/* GraphQL */ `
  mutation UnassignRole($assignmentId: ID!) {
    unassignRole(assignmentId: $assignmentId)
  }
`);
