import type { ImportKind, ImportOrganizationFileMutation, ImportProgressSubscription, OrganizationImportTemplateQuery } from '../../gql/graphql';
import { resourceDataProvider, useNamedOperations } from '../../providers/dataProvider';
import { graphqlRequest, graphqlSubscribe } from '../../providers/graphqlClient';
import { IMPORT_ORGANIZATION_FILE, IMPORT_PROGRESS, ORGANIZATION_IMPORT_TEMPLATE } from './operations';

/** Result of `importOrganizationCsv`. */
export type ImportReport = ImportOrganizationFileMutation['importOrganizationCsv'];
/** A file the API made for download (its content base64-encoded). */
export type DownloadFile = OrganizationImportTemplateQuery['organizationImportTemplate'];
/** Where a running import is (see the importProgress subscription). */
export type ImportProgress = ImportProgressSubscription['importProgress'];

const operations = {
  /**
   * Runs an import of a file's bytes (base64: CSV in any encoding the API detects, or .xlsx); `onProgress` hears its
   * steps as they happen.
   */
  async importOrganizationFile(kind: ImportKind, file: string, dryRun: boolean, onProgress?: (progress: ImportProgress) => void): Promise<ImportReport> {
    // Progress is a nicety: when following it fails, the import runs without it.
    let progressKey: string | null = null;
    let stop: () => void = () => {};
    if (onProgress) {
      try {
        // getRandomValues works on plain-HTTP intranet hosts too (randomUUID needs a secure context).
        const key = Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
        stop = await graphqlSubscribe(IMPORT_PROGRESS, { progressKey: key }, (data) => onProgress(data.importProgress));
        progressKey = key;
      } catch {
        // no progress then
      }
    }
    try {
      return (await graphqlRequest(IMPORT_ORGANIZATION_FILE, { kind, file, dryRun, progressKey })).importOrganizationCsv;
    } finally {
      stop();
    }
  },

  /** The Excel template for `kind`, in the signed-in person's language. */
  async organizationImportTemplate(kind: ImportKind): Promise<DownloadFile> {
    return (await graphqlRequest(ORGANIZATION_IMPORT_TEMPLATE, { kind })).organizationImportTemplate;
  },
};

/** The import page's data: no records, only the named operations `importOrganizationFile` and `organizationImportTemplate`. */
export const importDataProvider = resourceDataProvider({}, operations);

/** The import page's named operations. */
export const useImportOperations = () => useNamedOperations<typeof operations>('import');
