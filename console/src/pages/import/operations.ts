import { graphql } from '../../gql';

// The CSV import page's GraphQL documents (validated against the schema by test/operations.spec.ts).

/** Checks (dry run) or applies a CSV file of departments or people; `progressKey` names its progress stream. */
export const IMPORT_ORGANIZATION_CSV = graphql(/* GraphQL */ `
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
`);

/** The steps of a running import, over graphql-ws. */
export const IMPORT_PROGRESS = graphql(/* GraphQL */ `
  subscription ImportProgress($progressKey: String!) {
    importProgress(progressKey: $progressKey) {
      stage
      processedRows
      totalRows
    }
  }
`);
