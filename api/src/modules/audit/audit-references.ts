import type { LoaderFactory, RequestContext } from '../../core/context/request-context.js';
import { readableById } from '../../core/authz/readable.js';
import { builtInRoleText, Role } from '../access/index.js';
import { departmentById, JobRank, personById, PersonStatus } from '../org/index.js';
import type { AuditEntry } from './audit-entry.entity.js';

/** A record an entry names, as the caller may see it now. */
export interface AuditReferenceView {
  id: string;
  type: string;
  name: string | null;
  archived: boolean;
}

const roleById = readableById('Role', Role);
const rankById = readableById('JobRank', JobRank);

interface Resolver {
  loader: LoaderFactory<string, Record<string, any> | null>;
  name(ctx: RequestContext, record: Record<string, any>): string;
  archived(record: Record<string, any>): boolean;
}

/**
 * The record types whose names the log resolves, each through the loader that applies the caller's read rule: a
 * record the caller may not read resolves to no name, exactly as its root query would answer NOT_FOUND.
 */
const resolvers: Record<string, Resolver> = {
  Person: { loader: personById, name: (_ctx, person) => person.displayName, archived: (person) => person.status !== PersonStatus.ACTIVE },
  Department: { loader: departmentById, name: (_ctx, department) => department.name, archived: (department) => department.archivedAt !== null },
  Role: { loader: roleById, name: (ctx, role) => builtInRoleText(role as Role, 'name', ctx.locale), archived: () => false },
  JobRank: { loader: rankById, name: (_ctx, rank) => rank.name, archived: () => false },
};

/** The before/after keys that hold ids of other records, and the type of those records. */
const referenceKeys: Record<string, string> = {
  parentId: 'Department',
  departmentId: 'Department',
  departmentIds: 'Department',
  scopeDepartmentId: 'Department',
  personId: 'Person',
  managerId: 'Person',
  leaderIds: 'Person',
  roleId: 'Role',
  rankId: 'JobRank',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The records an entry names: its actor, its target and every id in before/after, each once, in that order. */
export function namedRecords(entry: Pick<AuditEntry, 'actorId' | 'targetType' | 'targetId' | 'before' | 'after'>): { id: string; type: string }[] {
  const found = new Map<string, { id: string; type: string }>();
  const add = (type: string, id: unknown) => {
    if (typeof id === 'string' && UUID.test(id) && resolvers[type]) found.set(`${type}:${id}`, { id, type });
  };
  if (entry.actorId) add('Person', entry.actorId);
  add(entry.targetType, entry.targetId);
  for (const snapshot of [entry.before, entry.after]) {
    for (const [key, value] of Object.entries(snapshot ?? {})) {
      const type = referenceKeys[key];
      if (!type) continue;
      for (const id of Array.isArray(value) ? value : [value]) add(type, id);
    }
  }
  return [...found.values()];
}

/**
 * The names of the records an entry names, resolved at read time (the entry itself, hash-chained, never changes).
 * Batched across the page's entries: one statement per record type per request.
 */
export async function entryReferences(ctx: RequestContext, entry: AuditEntry): Promise<AuditReferenceView[]> {
  return Promise.all(
    namedRecords(entry).map(async ({ id, type }) => {
      const resolver = resolvers[type];
      const record = await ctx.load(resolver.loader, id);
      return { id, type, name: record ? resolver.name(ctx, record) : null, archived: record ? resolver.archived(record) : false };
    }),
  );
}
