import type { ImportKind, ImportOrganizationCsvMutation, ImportProgressSubscription } from '../../gql/graphql';
import { resourceDataProvider, useNamedOperations } from '../../providers/dataProvider';
import { graphqlRequest, graphqlSubscribe } from '../../providers/graphqlClient';
import { IMPORT_ORGANIZATION_CSV, IMPORT_PROGRESS } from './operations';

/** Result of `importOrganizationCsv`. */
export type ImportReport = ImportOrganizationCsvMutation['importOrganizationCsv'];
/** Where a running import is (see the importProgress subscription). */
export type ImportProgress = ImportProgressSubscription['importProgress'];

const operations = {
  /** Runs an import; `onProgress` hears its steps as they happen. */
  async importOrganizationCsv(kind: ImportKind, csv: string, dryRun: boolean, onProgress?: (progress: ImportProgress) => void): Promise<ImportReport> {
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
      return (await graphqlRequest(IMPORT_ORGANIZATION_CSV, { kind, csv, dryRun, progressKey })).importOrganizationCsv;
    } finally {
      stop();
    }
  },
};

/** The import page's data: no records, only the named operation `importOrganizationCsv`. */
export const importDataProvider = resourceDataProvider({}, operations);

/** The import page's named operation (`importOrganizationCsv`). */
export const useImportOperations = () => useNamedOperations<typeof operations>('import');
