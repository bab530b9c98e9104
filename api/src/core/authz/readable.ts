import type { EntityClass } from '@mikro-orm/core';
import type { FilterQuery } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { LoaderFactory, RequestContext } from '../context/request-context.js';
import { findViews } from '../database/views.js';

/**
 * The loader of a permission-gated record behind a link (a department's leader, a membership's manager, an
 * assignment's role): records by id, with the caller's `read` rule for `subject` applied in the same SQL statement.
 * An id the caller may not read loads as null, exactly as the root query would answer NOT_FOUND — so a link never
 * shows more than the root field does. One statement per batch of ids, whatever the page size.
 *
 * Services that must see records whatever the caller may read (e.g. to walk a reporting line) load them through
 * the EntityManager or a module-private loader; what they return to the caller then goes through these.
 */
export function readableById<T extends { id: string }>(subject: string, entity: EntityClass<T>): LoaderFactory<string, T | null> {
  return (ctx: RequestContext) =>
    new DataLoader<string, T | null>(async (ids) => {
      const where = { $and: [ctx.accessibleWhere('read', subject), { id: { $in: [...ids] } }] } as FilterQuery<T>;
      const rows = await findViews(ctx.em, entity, where);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    });
}
