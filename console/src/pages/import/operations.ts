import { graphql } from '../../gql';

// The import page's GraphQL documents (validated against the schema by test/operations.spec.ts).

/** Checks (dry run) or applies a file of departments or people (its bytes in base64); `progressKey` names its progress stream. */
export const IMPORT_ORGANIZATION_FILE = graphql(/* GraphQL */ `
  mutation ImportOrganizationFile($kind: ImportKind!, $file: String!, $dryRun: Boolean!, $progressKey: String) {
    importOrganizationCsv(kind: $kind, file: $file, dryRun: $dryRun, progressKey: $progressKey) {
      applied
      created
      updated
      unchanged
      format
      encoding
      problems {
        row
        field
        column
        value
        code
        message
      }
    }
  }
`);

/** An Excel template for an import, with headers in the signed-in person's language. */
export const ORGANIZATION_IMPORT_TEMPLATE = graphql(/* GraphQL */ `
  query OrganizationImportTemplate($kind: ImportKind!) {
    organizationImportTemplate(kind: $kind) {
      fileName
      mediaType
      content
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
