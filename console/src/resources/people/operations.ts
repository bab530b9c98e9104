import { graphql } from '../../gql';

// The people module's GraphQL documents (validated against the schema by test/operations.spec.ts).

graphql(/* GraphQL */ `
  fragment PersonFields on Person {
    id
    viewerCan {
      update
      editableFields
      hiddenFields
      archive
      changeMemberships
    }
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
      isLeader
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
`);

/** A page of people (search, department with or without its subtree, status, rank). */
export const PEOPLE = graphql(/* GraphQL */ `
  query People($filter: PersonFilter, $take: Int!, $skip: Int!) {
    people(filter: $filter, take: $take, skip: $skip) {
      totalCount
      items {
        ...PersonFields
      }
    }
  }
`);

/** One person with their roles (the roles panel). */
export const PERSON = graphql(/* GraphQL */ `
  query Person($id: ID!) {
    person(id: $id) {
      ...PersonFields
      roleAssignments {
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
      }
    }
  }
`);

/** Adds a person, with their departments and optionally a sign-in. */
export const CREATE_PERSON = graphql(/* GraphQL */ `
  mutation CreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      ...PersonFields
    }
  }
`);

/** Changes a person's details (only the fields sent). */
export const UPDATE_PERSON = graphql(/* GraphQL */ `
  mutation UpdatePerson($id: ID!, $input: PersonDetailsInput!) {
    updatePerson(id: $id, input: $input) {
      ...PersonFields
    }
  }
`);

/** Marks a person as having left. */
export const ARCHIVE_PERSON = graphql(/* GraphQL */ `
  mutation ArchivePerson($id: ID!, $lastDay: String) {
    archivePerson(id: $id, lastDay: $lastDay) {
      ...PersonFields
    }
  }
`);

/** Adds a person to a department. */
export const ADD_PERSON_TO_DEPARTMENT = graphql(/* GraphQL */ `
  mutation AddPersonToDepartment($personId: ID!, $input: MembershipInput!) {
    addPersonToDepartment(personId: $personId, input: $input) {
      id
      departmentId
      isPrimary
      department {
        id
        name
      }
    }
  }
`);

/** Changes a position's manager or makes it the primary one. */
export const UPDATE_MEMBERSHIP = graphql(/* GraphQL */ `
  mutation UpdateMembership($id: ID!, $input: UpdateMembershipInput!) {
    updateMembership(id: $id, input: $input) {
      id
      departmentId
      isPrimary
    }
  }
`);

/** Removes a person from a department. */
export const REMOVE_PERSON_FROM_DEPARTMENT = graphql(/* GraphQL */ `
  mutation RemovePersonFromDepartment($membershipId: ID!) {
    removePersonFromDepartment(membershipId: $membershipId)
  }
`);
