import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { TransactionHook } from '../../core/context/module.js';
import { eventDefinition } from '../../core/events/catalog.js';
import type { RecordedEvent } from '../../core/events/event.js';
import type { RequestContext } from '../../core/context/request-context.js';
import { joinSql, sql, tenantSql, TENANT, type SqlStatement } from '../../core/database/sql.js';
import { checkPage, type PageArgs } from '../../core/graphql/pagination.js';
import { AuditEntry } from './audit-entry.entity.js';
import { entryHash, redact, type ChainedContent } from './audit-chain.js';

/** The subject's name for the log: given by the service, else a name in the after/before snapshots. */
function labelOf(event: RecordedEvent): string | null {
  if (event.subjectLabel) return event.subjectLabel.slice(0, 200);
  for (const snapshot of [event.after, event.before]) {
    const name = snapshot?.name ?? snapshot?.displayName;
    if (typeof name === 'string') return name.slice(0, 200);
  }
  return null;
}

/**
 * Locks the tenant's chain head until commit and reads it, creating it for the tenant's first audited fact. A plain
 * `for update` (not an upsert) in the usual case: the hot row gets one new version per append, not two.
 */
async function lockChainHead(em: EntityManager, tenantId: string): Promise<{ sequence: string; hash: string | null }> {
  const lock = () => tenantSql<{ sequence: string; hash: string | null }>(em, tenantId, sql`select sequence, hash from audit_chain_head where tenant_id = ${TENANT} for update`);
  const [head] = await lock();
  if (head) return head;
  await tenantSql(em, tenantId, sql`insert into audit_chain_head (tenant_id, sequence, hash) values (${TENANT}, 0, null) on conflict (tenant_id) do nothing`);
  return (await lock())[0];
}

/**
 * Chains one audit entry per recorded fact whose type is audited (see EventDefinition.audit), inside the mutation's
 * transaction. The tenant's chain head row, locked until commit, serialises chain appends, so the chain follows commit
 * order. Facts that are only streamed skip it and never wait for it.
 */
export const appendAuditEntries: TransactionHook = async (ctx, em, events) => {
  const byTenant = new Map<string, typeof events>();
  for (const event of events) {
    if (!eventDefinition(event.type).audit) continue;
    const tenantId = event.tenantId ?? ctx.tenantId;
    byTenant.set(tenantId, [...(byTenant.get(tenantId) ?? []), event]);
  }
  for (const [tenantId, tenantEvents] of byTenant) {
    const head = await lockChainHead(em, tenantId);
    let sequence = Number(head.sequence);
    let previousHash = head.hash;
    const occurredAt = new Date();
    const rows: SqlStatement[] = [];
    for (const event of tenantEvents) {
      sequence += 1;
      const content: ChainedContent = {
        tenantId,
        sequence,
        occurredAt,
        actorId: event.actorId ?? ctx.actor?.personId ?? null,
        actorName: event.actorName ?? ctx.actor?.displayName ?? null,
        action: event.type,
        targetType: event.subjectType,
        targetId: event.subjectId,
        targetLabel: labelOf(event),
        before: redact(event.before),
        after: redact(event.after),
        ip: ctx.origin.ip,
        userAgent: ctx.origin.userAgent?.slice(0, 300) ?? null,
        requestId: ctx.requestId,
        previousHash,
      };
      const hash = entryHash(content);
      const { actorId, actorName, action, targetType, targetId, targetLabel, before, after, ip, userAgent, requestId } = content;
      rows.push(
        sql`(${randomUUID()}, ${TENANT}, now(), now(), ${sequence}, ${occurredAt}, ${actorId}, ${actorName}, ${action}, ${targetType}, ${targetId}, ${targetLabel},
          ${before && JSON.stringify(before)}::jsonb, ${after && JSON.stringify(after)}::jsonb, ${ip}, ${userAgent}, ${requestId}, ${previousHash}, ${hash})`,
      );
      previousHash = hash;
    }
    // The entries and the new head in one statement: the head stays locked for as few round trips as possible.
    await tenantSql(
      em,
      tenantId,
      sql`with appended as (
         insert into audit_entry (id, tenant_id, created_at, updated_at, sequence, occurred_at, actor_id, actor_name, action, target_type,
           target_id, target_label, before, after, ip, user_agent, request_id, previous_hash, hash)
         values ${joinSql(rows, ', ')})
       update audit_chain_head set sequence = ${sequence}, hash = ${previousHash} where tenant_id = ${TENANT}`,
    );
  }
};

/** Filters for the audit log. */
export interface AuditFilter {
  actorId?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  actionPrefix?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** Audit entries the caller may read, newest first, filtered in SQL. */
export async function listAuditEntries(ctx: RequestContext, filter: AuditFilter, page: PageArgs): Promise<{ items: AuditEntry[]; totalCount: number }> {
  const { limit, offset } = checkPage(page, ctx.services.config.maxPageSize);
  const where: Record<string, unknown>[] = [ctx.accessibleWhere('read', 'AuditEntry')];
  if (filter.actorId) where.push({ actorId: filter.actorId });
  if (filter.targetType) where.push({ targetType: filter.targetType });
  if (filter.targetId) where.push({ targetId: filter.targetId });
  if (filter.actionPrefix) where.push({ action: { $like: `${filter.actionPrefix.replace(/[%_]/g, '')}%` } });
  if (filter.from) where.push({ occurredAt: { $gte: filter.from } });
  if (filter.to) where.push({ occurredAt: { $lt: filter.to } });
  const [items, totalCount] = await ctx.em.findAndCount(AuditEntry, { $and: where }, { orderBy: { sequence: 'desc' }, limit, offset });
  return { items, totalCount };
}

/** Exactly the fields an entry's hash covers. */
function chainedContent(entry: AuditEntry): ChainedContent {
  const { tenantId, sequence, occurredAt, actorId, actorName, action, targetType, targetId, targetLabel, before, after, ip, userAgent, requestId, previousHash } = entry;
  return { tenantId, sequence, occurredAt, actorId, actorName, action, targetType, targetId, targetLabel, before, after, ip, userAgent, requestId, previousHash };
}

/** The result of re-computing the chain. */
export interface ChainVerification {
  valid: boolean;
  checkedEntries: number;
  firstBrokenSequence: number | null;
  reasonCode: ChainBreak | null;
  reason: string | null;
}

/** Why a chain does not verify. */
export type ChainBreak = 'ENTRY_MISSING' | 'LINK_BROKEN' | 'CONTENT_ALTERED' | 'NEWEST_MISSING';

const breakDescriptions: Record<ChainBreak, string> = {
  ENTRY_MISSING: 'missing entry',
  LINK_BROKEN: 'link to the previous entry does not match',
  CONTENT_ALTERED: 'content does not match its hash',
  NEWEST_MISSING: 'the newest entries are missing',
};

const broken = (code: ChainBreak, checkedEntries: number, firstBrokenSequence: number): ChainVerification => ({
  valid: false,
  checkedEntries,
  firstBrokenSequence,
  reasonCode: code,
  reason: breakDescriptions[code],
});

/** Recomputes every hash of the caller's organisation's chain and checks each link and the sequence. */
export async function verifyAuditChain(ctx: RequestContext): Promise<ChainVerification> {
  ctx.authorize('verify', 'AuditEntry');
  const em: EntityManager = ctx.em.fork();
  em.setFilterParams('tenant', { tenantId: ctx.tenantId });
  let previousHash: string | null = null;
  let expected = 1;
  let checked = 0;
  const batch = 1000;
  for (;;) {
    const entries = await em.find(AuditEntry, { sequence: { $gte: expected } }, { orderBy: { sequence: 'asc' }, limit: batch });
    for (const entry of entries) {
      if (Number(entry.sequence) !== expected) return broken('ENTRY_MISSING', checked, expected);
      if (entry.previousHash !== previousHash) return broken('LINK_BROKEN', checked, Number(entry.sequence));
      if (entryHash(chainedContent(entry)) !== entry.hash) return broken('CONTENT_ALTERED', checked, Number(entry.sequence));
      previousHash = entry.hash;
      expected += 1;
      checked += 1;
    }
    em.clear();
    if (entries.length < batch) break;
  }
  const [head] = await tenantSql<{ sequence: string; hash: string | null }>(em, ctx.tenantId, sql`select sequence, hash from audit_chain_head where tenant_id = ${TENANT}`);
  if (head && (Number(head.sequence) !== checked || head.hash !== previousHash)) {
    return broken('NEWEST_MISSING', checked, checked + 1);
  }
  return { valid: true, checkedEntries: checked, firstBrokenSequence: null, reasonCode: null, reason: null };
}
