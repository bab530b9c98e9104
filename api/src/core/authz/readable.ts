import type { EntityClass } from '@mikro-orm/core';
import type { FilterQuery } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { LoaderFactory, RequestContext } from '../context/request-context.js';
import { sqlFragment, type SqlStatement } from '../database/sql.js';
import { findViews } from '../database/views.js';
import type { AppAbility } from './vocabulary.js';

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

const compiled = new WeakMap<AppAbility, Map<string, SqlStatement>>();
const PLACEHOLDER = '<id column>';

/**
 * The caller's rule for `action` on `subject` as a SQL condition on a column holding the record's id:
 * `p.id in (select … where <rules>)`, for hot reads written as one SQL statement. Compiled by MikroORM from the same
 * where-clause list filters use (so SQL and record checks agree), once per ability — abilities are cached per person
 * until access changes — and reused by every request after.
 */
export function permittedIds(ctx: RequestContext, action: string, subject: string, entity: EntityClass<object>, idColumn: string): SqlStatement {
  let forAbility = compiled.get(ctx.ability);
  if (!forAbility) compiled.set(ctx.ability, (forAbility = new Map()));
  // The tenant is part of the key: the compiled subquery names it, and nothing ties an ability object to one tenant.
  const key = `${ctx.tenantId} ${action} ${subject}`;
  let subquery = forAbility.get(key);
  if (!subquery) {
    const where = ctx.accessibleWhere(action, subject);
    if (Object.keys(where).length === 0) {
      subquery = sqlFragment('true', []);
    } else {
      const query = ctx.em
        .createQueryBuilder(entity, 'permitted')
        .select('permitted.id' as never)
        .where({ $and: [{ tenantId: ctx.tenantId }, where] } as never);
      const { sql, params } = query.toQuery();
      subquery = sqlFragment(`${PLACEHOLDER} in (${sql})`, params);
    }
    forAbility.set(key, subquery);
  }
  // An unconditional grant needs no subquery: the statement's own tenant condition is the whole rule.
  return sqlFragment(subquery.text.replace(PLACEHOLDER, idColumn), subquery.values);
}

/**
 * The caller's rule for `action` on `subject` as a condition on the row itself, for a statement that reads the table
 * as `alias` (`from approval_request r` → alias 'r'). Unlike permittedIds, PostgreSQL tests it only on the rows the
 * statement already narrowed (a page's twenty requests), never on the set of all the records the caller may see: for
 * a rule such as "requests of the departments I manage" that set is tens of thousands of rows. Compiled by MikroORM
 * from the same where-clause as lists, once per ability and alias; a rule that needs joins to express falls back to
 * permittedIds' `id in (…)` form.
 */
export function permittedRow(ctx: RequestContext, action: string, subject: string, entity: EntityClass<object>, alias: string): SqlStatement {
  let forAbility = compiled.get(ctx.ability);
  if (!forAbility) compiled.set(ctx.ability, (forAbility = new Map()));
  const key = `${ctx.tenantId} ${action} ${subject} row ${alias}`;
  let condition = forAbility.get(key);
  if (!condition) {
    const where = ctx.accessibleWhere(action, subject);
    if (Object.keys(where).length === 0) {
      condition = sqlFragment('true', []);
    } else {
      const query = ctx.em
        .createQueryBuilder(entity, alias)
        .select(`${alias}.id` as never)
        .where({ $and: [{ tenantId: ctx.tenantId }, where] } as never);
      const { sql, params } = query.toQuery();
      // MikroORM writes `select "r"."id" from "table" as "r" where …` when the rule needs no join: the rest is the condition.
      const head = `select "${alias}"."id" from "${ctx.em.getMetadata().get(entity).tableName}" as "${alias}" where `;
      condition = sql.startsWith(head) ? sqlFragment(`(${sql.slice(head.length)})`, params) : permittedIds(ctx, action, subject, entity, `${alias}.id`);
    }
    forAbility.set(key, condition);
  }
  return condition;
}
