import type { VerifyAuditChainQuery } from '../../gql/graphql';
import { compact, page, resourceDataProvider, useNamedOperations } from '../../providers/dataProvider';
import { graphqlRequest } from '../../providers/graphqlClient';
import { AUDIT_ENTRIES, VERIFY_AUDIT_CHAIN } from './operations';

/** Result of `verifyAuditChain`. */
export type AuditChainVerification = VerifyAuditChainQuery['verifyAuditChain'];

/** Dates picked as YYYY-MM-DD in the browser's time zone; `to` is exclusive, so the whole end day is included. */
function dayStart(day: string, offsetDays = 0): string {
  const date = new Date(`${day}T00:00:00`);
  date.setDate(date.getDate() + offsetDays);
  return date.toISOString();
}

const operations = {
  verifyAuditChain: async (): Promise<AuditChainVerification> => (await graphqlRequest(VERIFY_AUDIT_CHAIN)).verifyAuditChain,
};

/** The audit log → `auditEntries` (read only), and `verifyAuditChain`. */
export const auditDataProvider = resourceDataProvider(
  {
    async getList(params) {
      const filter = params.filter ?? {};
      const variables = {
        ...page(params),
        filter: compact({
          actionPrefix: filter.actionPrefix,
          targetType: filter.targetType,
          targetId: filter.targetId,
          actorId: filter.actorId,
          from: filter.from ? dayStart(filter.from) : undefined,
          to: filter.to ? dayStart(filter.to, 1) : undefined,
        }),
      };
      const { auditEntries } = await graphqlRequest(AUDIT_ENTRIES, variables);
      return { data: auditEntries.items, total: auditEntries.totalCount };
    },
  },
  operations,
);

/** The audit module's named operation (`verifyAuditChain`). */
export const useAuditOperations = () => useNamedOperations<typeof operations>('audit');
