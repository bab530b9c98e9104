import { graphql } from '../../gql';

// The audit module's GraphQL documents (validated against the schema by test/operations.spec.ts).

/** A page of the audit log, newest first, filtered by action, area, record, person, department and time, with the names its entries refer to now. */
export const AUDIT_ENTRIES = graphql(/* GraphQL */ `
  query AuditEntries($filter: AuditFilter, $take: Int!, $skip: Int!) {
    auditEntries(filter: $filter, take: $take, skip: $skip) {
      totalCount
      items {
        id
        sequence
        occurredAt
        action
        actorId
        actorName
        targetType
        targetId
        targetLabel
        before
        after
        ip
        userAgent
        requestId
        hash
        previousHash
        references {
          id
          type
          name
          archived
        }
      }
    }
  }
`);

/** The actions the audit log records: the choices of the action filter. */
export const AUDIT_ACTIONS = graphql(/* GraphQL */ `
  query AuditActions {
    auditActions
  }
`);

/**
 * Verifies the audit log's hash chain one step (a bounded number of entries) from the last checkpoint; call again
 * while `complete` is false. `full` (first call only) starts again from the oldest entry kept.
 */
export const VERIFY_AUDIT_CHAIN = graphql(/* GraphQL */ `
  query VerifyAuditChain($full: Boolean) {
    verifyAuditChain(full: $full) {
      valid
      complete
      checkedEntries
      verifiedThroughSequence
      prunedThroughSequence
      firstBrokenSequence
      reasonCode
      reason
    }
  }
`);
