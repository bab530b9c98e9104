import { graphql } from '../../gql';

// The job ranks module's GraphQL documents (validated against the schema by test/operations.spec.ts).

/** Every job rank of the organisation. */
export const JOB_RANKS = graphql(/* GraphQL */ `
  query JobRanks {
    jobRanks {
      id
      code
      name
      level
    }
  }
`);
