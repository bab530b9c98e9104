import { graphql } from '../../gql';

// The dashboard's GraphQL documents (validated against the schema by test/operations.spec.ts).

/** The signed-in person's own profile and positions: what every person's dashboard starts with. */
export const DASHBOARD_ME = graphql(/* GraphQL */ `
  query DashboardMe {
    me {
      id
      displayName
      englishName
      jobTitle
      viewerCan {
        update
      }
      memberships {
        id
        isPrimary
        isLeader
        departmentId
        department {
          id
          name
        }
        manager {
          id
          displayName
          jobTitle
        }
      }
    }
  }
`);

/** The people of one department and the departments below it (the signed-in person's team). */
export const DASHBOARD_TEAM = graphql(/* GraphQL */ `
  query DashboardTeam($departmentId: ID!, $take: Int!) {
    people(filter: { departmentId: $departmentId, includeSubtree: true }, take: $take, skip: 0) {
      totalCount
      items {
        id
        displayName
        jobTitle
      }
    }
    department(id: $departmentId) {
      id
      leaders {
        id
        displayName
      }
    }
  }
`);

/** Headcount of each top-level department and of their sub-departments (each with those below it), for the chart. */
export const DASHBOARD_HEADCOUNTS = graphql(/* GraphQL */ `
  query DashboardHeadcounts {
    departments(filter: { rootsOnly: true }, take: 100, skip: 0) {
      items {
        id
        name
        headcount
        children {
          id
          name
          headcount
        }
      }
    }
  }
`);

/** Joiners, leavers and headcount by month, for the chart. */
export const DASHBOARD_WORKFORCE = graphql(/* GraphQL */ `
  query DashboardWorkforce($months: Int!) {
    workforceByMonth(months: $months) {
      month
      joiners
      leavers
      headcount
    }
  }
`);

/** How many approval requests were submitted and ended over a period, per template (summed by the card). */
export const DASHBOARD_APPROVALS = graphql(/* GraphQL */ `
  query DashboardApprovals($from: DateTimeISO!, $to: DateTimeISO!) {
    approvalMetrics(from: $from, to: $to) {
      submitted
      approved
      rejected
    }
  }
`);
