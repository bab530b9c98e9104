import { graphql } from '../../gql';

// The departments module's GraphQL documents (validated against the schema by test/operations.spec.ts).

graphql(/* GraphQL */ `
  fragment DepartmentFields on Department {
    id
    name
    code
    externalId
    parentId
    sortOrder
    headcount
    archivedAt
    createdAt
    viewerCan {
      update
      move
      archive
      createSubDepartment
    }
    children {
      id
    }
    leaders {
      id
      displayName
      jobTitle
    }
  }
`);

/** A page of departments (search, roots only, children of one, archived too). */
export const DEPARTMENTS = graphql(/* GraphQL */ `
  query Departments($filter: DepartmentFilter, $take: Int!, $skip: Int!) {
    departments(filter: $filter, take: $take, skip: $skip) {
      totalCount
      items {
        ...DepartmentFields
      }
    }
  }
`);

/** One department with its parent. */
export const DEPARTMENT = graphql(/* GraphQL */ `
  query Department($id: ID!) {
    department(id: $id) {
      ...DepartmentFields
      parent {
        id
        name
      }
    }
  }
`);

/** Whether the signed-in person may create a top-level department. */
export const CAN_CREATE_TOP_LEVEL_DEPARTMENT = graphql(/* GraphQL */ `
  query CanCreateTopLevelDepartment {
    viewerCanCreateTopLevelDepartment
  }
`);

/** Creates a department. */
export const CREATE_DEPARTMENT = graphql(/* GraphQL */ `
  mutation CreateDepartment($input: CreateDepartmentInput!) {
    createDepartment(input: $input) {
      ...DepartmentFields
    }
  }
`);

/** Renames a department (and sets its code and external id). */
export const RENAME_DEPARTMENT = graphql(/* GraphQL */ `
  mutation RenameDepartment($id: ID!, $name: String!, $code: String, $externalId: String) {
    renameDepartment(id: $id, name: $name, code: $code, externalId: $externalId) {
      ...DepartmentFields
    }
  }
`);

/** Moves a department under another (or to the top level). */
export const MOVE_DEPARTMENT = graphql(/* GraphQL */ `
  mutation MoveDepartment($id: ID!, $newParentId: ID) {
    moveDepartment(id: $id, newParentId: $newParentId) {
      ...DepartmentFields
    }
  }
`);

/** Puts the sub-departments of a parent (or the top-level departments) in a new order. */
export const REORDER_DEPARTMENTS = graphql(/* GraphQL */ `
  mutation ReorderDepartments($parentId: ID, $departmentIds: [ID!]!) {
    reorderDepartments(parentId: $parentId, departmentIds: $departmentIds) {
      id
      sortOrder
    }
  }
`);

/** Sets who leads a department. */
export const SET_DEPARTMENT_LEADERS = graphql(/* GraphQL */ `
  mutation SetDepartmentLeaders($id: ID!, $personIds: [ID!]!) {
    setDepartmentLeaders(id: $id, personIds: $personIds) {
      ...DepartmentFields
    }
  }
`);

/** Archives an empty department. */
export const ARCHIVE_DEPARTMENT = graphql(/* GraphQL */ `
  mutation ArchiveDepartment($id: ID!) {
    archiveDepartment(id: $id) {
      ...DepartmentFields
    }
  }
`);
