/**
 * Every GraphQL document the console sends, in one place. `test/operations.spec.ts` parses and validates each of them
 * against the committed `schema/schema.graphql`, so a schema change that breaks the console fails CI.
 */

const personFields = /* GraphQL */ `
  fragment PersonFields on Person {
    id
    viewerCanUpdate
    displayName
    englishName
    workEmail
    employeeNo
    jobTitle
    employmentStartDate
    employmentEndDate
    status
    locale
    externalId
    mobilePhone
    personalEmail
    homeAddress
    rank {
      id
      code
      name
      level
    }
    memberships {
      id
      departmentId
      isPrimary
      department {
        id
        name
        code
      }
      manager {
        id
        displayName
      }
    }
  }
`;

const departmentFields = /* GraphQL */ `
  fragment DepartmentFields on Department {
    id
    name
    code
    externalId
    parentId
    sortOrder
    archivedAt
    createdAt
    children {
      id
    }
    leaders {
      id
      displayName
      jobTitle
    }
  }
`;

const roleFields = /* GraphQL */ `
  fragment RoleFields on Role {
    id
    key
    name
    description
    builtIn
    rules {
      action
      subject
      conditions
      fields
      inverted
      description
    }
  }
`;

const assignmentFields = /* GraphQL */ `
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
`;

const sessionFields = /* GraphQL */ `
  fragment SessionFields on AuthPayload {
    accessToken
    accessTokenExpiresAt
    refreshToken
    refreshTokenExpiresAt
    personId
    organizationId
  }
`;

// Sessions and the signed-in person

export const SIGN_IN = /* GraphQL */ `
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      ...SessionFields
    }
  }
  ${sessionFields}
`;

export const REFRESH_SESSION = /* GraphQL */ `
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      ...SessionFields
    }
  }
  ${sessionFields}
`;

export const SIGN_OUT = /* GraphQL */ `
  mutation SignOut($refreshToken: String!) {
    signOut(refreshToken: $refreshToken)
  }
`;

export const ME = /* GraphQL */ `
  query Me {
    me {
      id
      displayName
      englishName
      jobTitle
      workEmail
    }
  }
`;

export const MY_PERMISSIONS = /* GraphQL */ `
  query MyPermissions {
    myPermissions {
      subject
      action
      allowed
      conditional
    }
  }
`;

// Organisation

export const ORGANIZATION = /* GraphQL */ `
  query Organization {
    organization {
      id
      name
      slug
      defaultLocale
      createdAt
    }
  }
`;

export const UPDATE_ORGANIZATION_SETTINGS = /* GraphQL */ `
  mutation UpdateOrganizationSettings($input: UpdateOrganizationSettingsInput!) {
    updateOrganizationSettings(input: $input) {
      id
      name
      slug
      defaultLocale
      createdAt
    }
  }
`;

// Email domains (the settings page)

const emailDomainFields = /* GraphQL */ `
  fragment EmailDomainFields on EmailDomain {
    id
    domain
    status
    verificationMethod
    verificationRecord
    verifiedAt
    createdAt
  }
`;

export const EMAIL_DOMAINS = /* GraphQL */ `
  query EmailDomains {
    organization {
      id
      emailDomains {
        ...EmailDomainFields
      }
    }
  }
  ${emailDomainFields}
`;

export const CLAIM_EMAIL_DOMAIN = /* GraphQL */ `
  mutation ClaimEmailDomain($domain: String!) {
    claimEmailDomain(domain: $domain) {
      ...EmailDomainFields
    }
  }
  ${emailDomainFields}
`;

export const VERIFY_EMAIL_DOMAIN = /* GraphQL */ `
  mutation VerifyEmailDomain($id: ID!) {
    verifyEmailDomain(id: $id) {
      ...EmailDomainFields
    }
  }
  ${emailDomainFields}
`;

export const REMOVE_EMAIL_DOMAIN = /* GraphQL */ `
  mutation RemoveEmailDomain($id: ID!) {
    removeEmailDomain(id: $id)
  }
`;

// Departments

export const DEPARTMENTS = /* GraphQL */ `
  query Departments($filter: DepartmentFilter, $take: Int!, $skip: Int!) {
    departments(filter: $filter, take: $take, skip: $skip) {
      totalCount
      items {
        ...DepartmentFields
      }
    }
  }
  ${departmentFields}
`;

export const DEPARTMENT = /* GraphQL */ `
  query Department($id: ID!) {
    department(id: $id) {
      ...DepartmentFields
      parent {
        id
        name
      }
    }
  }
  ${departmentFields}
`;

export const CREATE_DEPARTMENT = /* GraphQL */ `
  mutation CreateDepartment($input: CreateDepartmentInput!) {
    createDepartment(input: $input) {
      ...DepartmentFields
    }
  }
  ${departmentFields}
`;

export const RENAME_DEPARTMENT = /* GraphQL */ `
  mutation RenameDepartment($id: ID!, $name: String!, $code: String) {
    renameDepartment(id: $id, name: $name, code: $code) {
      ...DepartmentFields
    }
  }
  ${departmentFields}
`;

export const MOVE_DEPARTMENT = /* GraphQL */ `
  mutation MoveDepartment($id: ID!, $newParentId: ID) {
    moveDepartment(id: $id, newParentId: $newParentId) {
      ...DepartmentFields
    }
  }
  ${departmentFields}
`;

export const SET_DEPARTMENT_LEADERS = /* GraphQL */ `
  mutation SetDepartmentLeaders($id: ID!, $personIds: [ID!]!) {
    setDepartmentLeaders(id: $id, personIds: $personIds) {
      ...DepartmentFields
    }
  }
  ${departmentFields}
`;

export const ARCHIVE_DEPARTMENT = /* GraphQL */ `
  mutation ArchiveDepartment($id: ID!) {
    archiveDepartment(id: $id) {
      ...DepartmentFields
    }
  }
  ${departmentFields}
`;

// People

export const PEOPLE = /* GraphQL */ `
  query People($filter: PersonFilter, $take: Int!, $skip: Int!) {
    people(filter: $filter, take: $take, skip: $skip) {
      totalCount
      items {
        ...PersonFields
      }
    }
  }
  ${personFields}
`;

export const PERSON = /* GraphQL */ `
  query Person($id: ID!) {
    person(id: $id) {
      ...PersonFields
      roleAssignments {
        ...AssignmentFields
      }
    }
  }
  ${personFields}
  ${assignmentFields}
`;

export const CREATE_PERSON = /* GraphQL */ `
  mutation CreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      ...PersonFields
    }
  }
  ${personFields}
`;

export const UPDATE_PERSON = /* GraphQL */ `
  mutation UpdatePerson($id: ID!, $input: PersonDetailsInput!) {
    updatePerson(id: $id, input: $input) {
      ...PersonFields
    }
  }
  ${personFields}
`;

export const ARCHIVE_PERSON = /* GraphQL */ `
  mutation ArchivePerson($id: ID!, $lastDay: String) {
    archivePerson(id: $id, lastDay: $lastDay) {
      ...PersonFields
    }
  }
  ${personFields}
`;

export const ADD_PERSON_TO_DEPARTMENT = /* GraphQL */ `
  mutation AddPersonToDepartment($personId: ID!, $input: MembershipInput!) {
    addPersonToDepartment(personId: $personId, input: $input) {
      id
      departmentId
      isPrimary
    }
  }
`;

export const UPDATE_MEMBERSHIP = /* GraphQL */ `
  mutation UpdateMembership($id: ID!, $input: UpdateMembershipInput!) {
    updateMembership(id: $id, input: $input) {
      id
      departmentId
      isPrimary
    }
  }
`;

export const REMOVE_PERSON_FROM_DEPARTMENT = /* GraphQL */ `
  mutation RemovePersonFromDepartment($membershipId: ID!) {
    removePersonFromDepartment(membershipId: $membershipId)
  }
`;

export const JOB_RANKS = /* GraphQL */ `
  query JobRanks {
    jobRanks {
      id
      code
      name
      level
    }
  }
`;

// Roles and permissions

export const ROLES = /* GraphQL */ `
  query Roles {
    roles {
      ...RoleFields
    }
  }
  ${roleFields}
`;

export const ROLE = /* GraphQL */ `
  query Role($id: ID!) {
    role(id: $id) {
      ...RoleFields
    }
  }
  ${roleFields}
`;

export const CREATE_ROLE = /* GraphQL */ `
  mutation CreateRole($input: CreateRoleInput!) {
    createRole(input: $input) {
      ...RoleFields
    }
  }
  ${roleFields}
`;

export const UPDATE_ROLE = /* GraphQL */ `
  mutation UpdateRole($id: ID!, $input: UpdateRoleInput!) {
    updateRole(id: $id, input: $input) {
      ...RoleFields
    }
  }
  ${roleFields}
`;

export const DELETE_ROLE = /* GraphQL */ `
  mutation DeleteRole($id: ID!) {
    deleteRole(id: $id)
  }
`;

export const ROLE_ASSIGNMENTS = /* GraphQL */ `
  query RoleAssignments($personId: ID, $roleId: ID) {
    roleAssignments(personId: $personId, roleId: $roleId) {
      ...AssignmentFields
    }
  }
  ${assignmentFields}
`;

export const ASSIGN_ROLE = /* GraphQL */ `
  mutation AssignRole($input: AssignRoleInput!) {
    assignRole(input: $input) {
      ...AssignmentFields
    }
  }
  ${assignmentFields}
`;

export const UNASSIGN_ROLE = /* GraphQL */ `
  mutation UnassignRole($assignmentId: ID!) {
    unassignRole(assignmentId: $assignmentId)
  }
`;

export const PERMISSION_VOCABULARY = /* GraphQL */ `
  query PermissionVocabulary {
    permissionVocabulary {
      actions
      placeholders
      subjects {
        name
        description
        conditionFields
        protectedFields
      }
    }
  }
`;

export const PREVIEW_ROLE_PERMISSIONS = /* GraphQL */ `
  query PreviewRolePermissions($rules: [PermissionRuleInput!]!) {
    previewRolePermissions(rules: $rules) {
      subject
      action
      access
      conditions
      fields
    }
  }
`;

export const EXPLAIN_PERMISSION = /* GraphQL */ `
  query ExplainPermission($input: ExplainPermissionInput!) {
    explainPermission(input: $input) {
      allowed
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
`;

// Audit log

export const AUDIT_ENTRIES = /* GraphQL */ `
  query AuditEntries($filter: AuditFilter, $take: Int!, $skip: Int!) {
    auditEntries(filter: $filter, take: $take, skip: $skip) {
      totalCount
      items {
        id
        sequence
        occurredAt
        action
        actorId
        actorName
        targetType
        targetId
        targetLabel
        before
        after
        ip
        userAgent
        requestId
        hash
        previousHash
      }
    }
  }
`;

export const VERIFY_AUDIT_CHAIN = /* GraphQL */ `
  query VerifyAuditChain {
    verifyAuditChain {
      valid
      checkedEntries
      firstBrokenSequence
      reasonCode
      reason
    }
  }
`;

// CSV import

export const IMPORT_ORGANIZATION_CSV = /* GraphQL */ `
  mutation ImportOrganizationCsv($kind: ImportKind!, $csv: String!, $dryRun: Boolean!, $progressKey: String) {
    importOrganizationCsv(kind: $kind, csv: $csv, dryRun: $dryRun, progressKey: $progressKey) {
      applied
      created
      updated
      unchanged
      problems {
        row
        field
        code
        message
      }
    }
  }
`;

export const IMPORT_PROGRESS = /* GraphQL */ `
  subscription ImportProgress($progressKey: String!) {
    importProgress(progressKey: $progressKey) {
      stage
      processedRows
      totalRows
    }
  }
`;
