import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { TransactionHook } from '../../core/context/module.js';
import { allEvents, eventDefinition } from '../../core/events/catalog.js';
import type { RecordedEvent } from '../../core/events/event.js';
import type { RequestContext } from '../../core/context/request-context.js';
import { joinSql, sql, tenantSql, TENANT, type SqlStatement } from '../../core/database/sql.js';
import { checkPage, type PageArgs } from '../../core/graphql/pagination.js';
import { Membership } from '../org/index.js';
import { AuditEntry } from './audit-entry.entity.js';
import { chainRowContent, entryHash, redact, type ChainedContent, type ChainRow } from './audit-chain.js';

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
  action?: string | null;
  departmentId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** The before/after keys that name a department directly (a parent, a membership's or a role scope's department). */
const DEPARTMENT_KEYS = ['parentId', 'departmentId', 'scopeDepartmentId'] as const;

/**
 * Entries about a department: the department itself, its people (anyone with a position in it now) and entries whose
 * before/after name it (a department moved into or out of it, a position added or removed, a role scoped to it). The
 * department's sub-departments are not included: each is a department of its own to filter by.
 */
async function aboutDepartment(ctx: RequestContext, departmentId: string): Promise<Record<string, unknown>> {
  const members = await ctx.em.find(Membership, { department: departmentId }, { fields: ['person'] });
  const snapshots = DEPARTMENT_KEYS.flatMap((key) => [{ before: { [key]: departmentId } }, { after: { [key]: departmentId } }]);
  return {
    $or: [
      { targetType: 'Department', targetId: departmentId },
      ...(members.length > 0 ? [{ targetType: 'Person', targetId: { $in: [...new Set(members.map((m) => m.person.id))] } }] : []),
      ...snapshots,
    ],
  };
}

/** Audit entries the caller may read, newest first, filtered in SQL. */
export async function listAuditEntries(ctx: RequestContext, filter: AuditFilter, page: PageArgs): Promise<{ items: AuditEntry[]; totalCount: number }> {
  const { limit, offset } = checkPage(page, ctx.services.config.maxPageSize);
  const where: Record<string, unknown>[] = [ctx.accessibleWhere('read', 'AuditEntry')];
  if (filter.actorId) where.push({ actorId: filter.actorId });
  if (filter.targetType) where.push({ targetType: filter.targetType });
  if (filter.targetId) where.push({ targetId: filter.targetId });
  if (filter.actionPrefix) where.push({ action: { $like: `${filter.actionPrefix.replace(/[%_]/g, '')}%` } });
  if (filter.action) where.push({ action: filter.action });
  if (filter.departmentId) where.push(await aboutDepartment(ctx, filter.departmentId));
  if (filter.from) where.push({ occurredAt: { $gte: filter.from } });
  if (filter.to) where.push({ occurredAt: { $lt: filter.to } });
  const [items, totalCount] = await ctx.em.findAndCount(AuditEntry, { $and: where }, { orderBy: { sequence: 'desc' }, limit, offset });
  return { items, totalCount };
}

/** The event types the audit log records (those declared audited), sorted: the choices of the action filter. */
export function auditedActions(): string[] {
  return allEvents()
    .filter((definition) => definition.audit)
    .map((definition) => definition.type)
    .sort();
}

/** The result of re-computing (part of) the chain. */
export interface ChainVerification {
  valid: boolean;
  /** Entries re-hashed by this call. */
  checkedEntries: number;
  /** The chain is known good up to this sequence (0: nothing verified yet). */
  verifiedThroughSequence: number;
  /** Entries up to this sequence were deleted by retention (0: none). */
  prunedThroughSequence: number;
  /** Whether verification reached the newest entry; if not, call again to go on. */
  complete: boolean;
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

const VERIFY_PAGE = 1_000;

interface Checkpoint {
  verified_sequence: string;
  verified_hash: string | null;
  pruned_sequence: string;
  pruned_hash: string | null;
}

async function readCheckpoint(em: EntityManager, tenantId: string): Promise<Checkpoint> {
  const [row] = await tenantSql<Checkpoint>(em, tenantId, sql`select verified_sequence, verified_hash, pruned_sequence, pruned_hash from audit_chain_checkpoint where tenant_id = ${TENANT}`);
  return row ?? { verified_sequence: '0', verified_hash: null, pruned_sequence: '0', pruned_hash: null };
}

/**
 * Re-hashes the organisation's chain from where it is known good — the checkpoint, or with `full` the oldest entry
 * kept — through at most `limit` entries, each checked for its place, its link to the one before and its content,
 * and the newest against the chain head. A chain that verifies moves the checkpoint; a broken one leaves it.
 * The head is read first: entries appended meanwhile are past it and wait for the next call.
 */
export async function verifyChain(em: EntityManager, tenantId: string, options: { full: boolean; limit: number }): Promise<ChainVerification> {
  const [head] = await tenantSql<{ sequence: string; hash: string | null }>(em, tenantId, sql`select sequence, hash from audit_chain_head where tenant_id = ${TENANT}`);
  const checkpoint = await readCheckpoint(em, tenantId);
  const pruned = Number(checkpoint.pruned_sequence);
  const fromAnchor = options.full || Number(checkpoint.verified_sequence) < pruned;
  let last = fromAnchor ? pruned : Number(checkpoint.verified_sequence);
  let lastHash = fromAnchor ? checkpoint.pruned_hash : checkpoint.verified_hash;
  const newest = head ? Number(head.sequence) : 0;
  let checked = 0;
  const result = (complete: boolean, broken: { kind: ChainBreak; sequence: number } | null): ChainVerification => ({
    valid: broken === null,
    checkedEntries: checked,
    verifiedThroughSequence: last,
    prunedThroughSequence: pruned,
    complete,
    firstBrokenSequence: broken?.sequence ?? null,
    reasonCode: broken?.kind ?? null,
    reason: broken ? breakDescriptions[broken.kind] : null,
  });
  while (last < newest && checked < options.limit) {
    const take = Math.min(VERIFY_PAGE, options.limit - checked);
    const rows = await tenantSql<ChainRow>(
      em,
      tenantId,
      sql`select tenant_id, sequence, occurred_at, actor_id, actor_name, action, target_type, target_id, target_label, before, after, ip, user_agent, request_id, previous_hash, hash
          from audit_entry where tenant_id = ${TENANT} and sequence > ${last} and sequence <= ${newest} order by sequence limit ${take}`,
    );
    if (rows.length === 0) return result(false, { kind: 'NEWEST_MISSING', sequence: last + 1 });
    for (const row of rows) {
      const sequence = Number(row.sequence);
      if (sequence !== last + 1) return result(false, { kind: 'ENTRY_MISSING', sequence: last + 1 });
      if (row.previous_hash !== lastHash) return result(false, { kind: 'LINK_BROKEN', sequence });
      if (entryHash(chainRowContent(row)) !== row.hash) return result(false, { kind: 'CONTENT_ALTERED', sequence });
      last = sequence;
      lastHash = row.hash;
      checked += 1;
    }
  }
  const complete = last >= newest;
  if (complete && head && head.hash !== lastHash) return result(false, { kind: 'NEWEST_MISSING', sequence: last });
  await tenantSql(
    em,
    tenantId,
    sql`insert into audit_chain_checkpoint (tenant_id, verified_sequence, verified_hash, verified_at) values (${TENANT}, ${last}, ${lastHash}, now())
        on conflict (tenant_id) do update set verified_sequence = excluded.verified_sequence, verified_hash = excluded.verified_hash, verified_at = excluded.verified_at`,
  );
  return result(complete, null);
}

/**
 * Verifies the caller's organisation's audit chain in steps (AUDIT_VERIFY_ENTRIES_PER_CALL entries at most, 20,000 by
 * default: a few hundred milliseconds), from the last checkpoint, or with `full` again from the oldest entry kept.
 */
export async function verifyAuditChain(ctx: RequestContext, full = false): Promise<ChainVerification> {
  ctx.authorize('verify', 'AuditEntry');
  return verifyChain(ctx.em, ctx.tenantId, { full, limit: ctx.services.config.auditVerifyEntriesPerCall });
}
