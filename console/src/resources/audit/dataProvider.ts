import type { GetListParams } from 'react-admin';
import type { AuditEntriesQuery, VerifyAuditChainQuery } from '../../gql/graphql';
import { compact, MAX_PAGE, resourceDataProvider, useNamedOperations, type AnyRecord } from '../../providers/dataProvider';
import { graphqlRequest } from '../../providers/graphqlClient';
import { AUDIT_ACTIONS, AUDIT_ENTRIES, VERIFY_AUDIT_CHAIN } from './operations';

/** Result of one `verifyAuditChain` step. */
export type AuditChainVerification = VerifyAuditChainQuery['verifyAuditChain'];

/** One entry of the audit log as the API returns it. */
export type AuditEntry = AuditEntriesQuery['auditEntries']['items'][number];

/**
 * What a caller of `getList` may pass in `meta` when it asks for more than one API page (the export does, through
 * react-admin's `getData`, which passes no signal of its own): `onProgress` hears how many entries have arrived of how
 * many will, and `signal` stops the reading between two API pages.
 */
export interface AuditListMeta {
  onProgress?: (loaded: number, total: number) => void;
  signal?: AbortSignal;
}

/** Dates picked as YYYY-MM-DD in the browser's time zone; `to` is exclusive, so the whole end day is included. */
function dayStart(day: string, offsetDays = 0): string {
  const date = new Date(`${day}T00:00:00`);
  date.setDate(date.getDate() + offsetDays);
  return date.toISOString();
}

/** The list's filter values → the API's `AuditFilter`. */
function auditFilter(filter: AnyRecord = {}): AnyRecord {
  return compact({
    action: filter.action,
    actionPrefix: filter.actionPrefix,
    departmentId: filter.departmentId,
    targetType: filter.targetType,
    targetId: filter.targetId,
    actorId: filter.actorId,
    from: filter.from ? dayStart(filter.from) : undefined,
    to: filter.to ? dayStart(filter.to, 1) : undefined,
  });
}

const operations = {
  /** The actions (event types) the log records, for the action filter. */
  auditActions: async (): Promise<string[]> => (await graphqlRequest(AUDIT_ACTIONS, {})).auditActions,
  /** One verification step: `full` restarts from the oldest entry kept (first call of a run only). */
  verifyAuditChain: async (full = false): Promise<AuditChainVerification> => (await graphqlRequest(VERIFY_AUDIT_CHAIN, full ? { full } : {})).verifyAuditChain,
};

/**
 * The audit log → `auditEntries` (read only), and `verifyAuditChain`. A page larger than the API's (react-admin's
 * `getData`, which the export uses, asks for everything at once) is read 100 entries at a time, newest first. Entries
 * appended meanwhile only push older ones further down, so a later API page may repeat an entry, never skip one:
 * repeats are dropped.
 */
export const auditDataProvider = resourceDataProvider(
  {
    async getList(params: GetListParams) {
      const filter = auditFilter(params.filter);
      const { page = 1, perPage = 25 } = params.pagination ?? {};
      const wanted = Math.max(perPage, 1);
      const meta = (params.meta ?? {}) as AuditListMeta;
      const entries = new Map<string, AuditEntry>();
      let skip = (page - 1) * wanted;
      let total = 0;
      for (;;) {
        const take = Math.min(MAX_PAGE, wanted - entries.size);
        const { auditEntries } = await graphqlRequest(AUDIT_ENTRIES, { filter, take, skip });
        for (const entry of auditEntries.items) if (entries.size < wanted) entries.set(entry.id, entry);
        total = auditEntries.totalCount;
        skip += auditEntries.items.length;
        meta.onProgress?.(entries.size, Math.min(total, wanted));
        if (entries.size >= wanted || auditEntries.items.length < take || skip >= total) break;
        params.signal?.throwIfAborted();
        meta.signal?.throwIfAborted();
      }
      return { data: [...entries.values()], total };
    },
  },
  operations,
);

/** The audit module's named operations (`verifyAuditChain`, `auditActions`). */
export const useAuditOperations = () => useNamedOperations<typeof operations>('audit');
