import { graphql } from '../../gql';

// The roles module's GraphQL documents (validated against the schema by test/operations.spec.ts).

graphql(/* GraphQL */ `
  fragment RoleFields on Role {
    id
    key
    name
    description
    builtIn
    holderCount
    rules {
      action
      subject
      conditions
      fields
      inverted
      description
    }
  }
`);

/** Every role of the organisation with its rules. */
export const ROLES = graphql(/* GraphQL */ `
  query Roles {
    roles {
      ...RoleFields
    }
  }
`);

/** One role with its rules. */
export const ROLE = graphql(/* GraphQL */ `
  query Role($id: ID!) {
    role(id: $id) {
      ...RoleFields
    }
  }
`);

/** Creates a custom role. */
export const CREATE_ROLE = graphql(/* GraphQL */ `
  mutation CreateRole($input: CreateRoleInput!) {
    createRole(input: $input) {
      ...RoleFields
    }
  }
`);

/** Changes a role's name, description and rules. */
export const UPDATE_ROLE = graphql(/* GraphQL */ `
  mutation UpdateRole($id: ID!, $input: UpdateRoleInput!) {
    updateRole(id: $id, input: $input) {
      ...RoleFields
    }
  }
`);

/** Deletes a custom role; `removeFromHolders` once the person was told how many lose it. */
export const DELETE_ROLE = graphql(/* GraphQL */ `
  mutation DeleteRole($id: ID!, $removeFromHolders: Boolean) {
    deleteRole(id: $id, removeFromHolders: $removeFromHolders)
  }
`);

/** The words rules are written in, labelled in the caller's language: actions, subjects with their scopes and fields. */
export const PERMISSION_VOCABULARY = graphql(/* GraphQL */ `
  query PermissionVocabulary {
    permissionVocabulary {
      actions
      actionLabels {
        name
        label
      }
      placeholders
      subjects {
        name
        label
        actions
        conditionFields
        protectedFields
        protectedFieldLabels {
          name
          label
        }
        openFields
        openFieldLabels {
          name
          label
        }
        scopes {
          scope
          label
          name
          conditions
        }
        departmentField
        ownRecordField
      }
    }
  }
`);

/** What a set of rules would allow, before it is saved. */
export const PREVIEW_ROLE_PERMISSIONS = graphql(/* GraphQL */ `
  query PreviewRolePermissions($rules: [PermissionRuleInput!]!) {
    previewRolePermissions(rules: $rules) {
      subject
      action
      access
      reach
      fields
    }
  }
`);

/** Whether a person may do something, and which role and rule decides. */
export const EXPLAIN_PERMISSION = graphql(/* GraphQL */ `
  query ExplainPermission($input: ExplainPermissionInput!) {
    explainPermission(input: $input) {
      allowed
      conditional
      condition
      explanation
      roleId
      roleName
      ruleNumber
      rule {
        action
        subject
        conditions
        fields
        inverted
        description
      }
    }
  }
`);
