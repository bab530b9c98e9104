import { createHash } from 'node:crypto';
import { allSubjects } from '../../core/authz/vocabulary.js';

/** Keys whose values never enter the audit log. */
const SECRET_KEY = /password|token|secret|hash/i;
export const REDACTED = '[REDACTED]';

// Personal data kept out of the log (PDPO): the fields a subject protects (that they changed is recorded, not the value).
let personalKeys: Set<string> | null = null;
const isPersonal = (key: string) => (personalKeys ??= new Set(allSubjects().flatMap((s) => s.protectedFields ?? []))).has(key);

/** Replaces sensitive values (recursively) with a marker. */
export function redact(value: Record<string, unknown> | null | undefined): Record<string, unknown> | null {
  if (!value) return null;
  const walk = (input: unknown): unknown => {
    if (Array.isArray(input)) return input.map(walk);
    if (input !== null && typeof input === 'object' && !(input instanceof Date)) {
      return Object.fromEntries(Object.entries(input).map(([key, inner]) => [key, (SECRET_KEY.test(key) || isPersonal(key)) && inner !== null && inner !== undefined ? REDACTED : walk(inner)]));
    }
    return input;
  };
  return walk(value) as Record<string, unknown>;
}

/** JSON with object keys sorted at every level, so the hash does not depend on key order (jsonb reorders keys). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The fields an entry's hash covers. */
export interface ChainedContent {
  tenantId: string;
  sequence: number;
  occurredAt: Date;
  actorId: string | null;
  actorName: string | null;
  action: string;
  targetType: string;
  targetId: string;
  targetLabel: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  ip: string | null;
  userAgent: string | null;
  requestId: string;
  previousHash: string | null;
}

/** SHA-256 of the entry's canonical content (which includes the previous hash). */
export function entryHash(content: ChainedContent): string {
  return createHash('sha256')
    .update(canonicalJson({ ...content, sequence: Number(content.sequence), occurredAt: new Date(content.occurredAt).toISOString() }))
    .digest('hex');
}

/** An audit_entry row as SQL returns it: the fields its hash covers, and its hash. */
export interface ChainRow {
  tenant_id: string;
  sequence: string;
  occurred_at: Date;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  target_type: string;
  target_id: string;
  target_label: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  ip: string | null;
  user_agent: string | null;
  request_id: string;
  previous_hash: string | null;
  hash: string;
}

/** Exactly the fields a row's hash covers. */
export function chainRowContent(row: ChainRow): ChainedContent {
  return {
    tenantId: row.tenant_id,
    sequence: Number(row.sequence),
    occurredAt: row.occurred_at,
    actorId: row.actor_id,
    actorName: row.actor_name,
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    targetLabel: row.target_label,
    before: row.before,
    after: row.after,
    ip: row.ip,
    userAgent: row.user_agent,
    requestId: row.request_id,
    previousHash: row.previous_hash,
  };
}
