import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../core/context/request-context.js';

/**
 * Runs a service's change in the caller's transaction when one is given, or else in a transaction of its own. An import
 * applies many changes through the very functions the mutations call — their checks, rules and events — and keeps them
 * all or nothing in its one transaction.
 */
export function inTransaction<T>(ctx: RequestContext, tx: EntityManager | undefined, work: (em: EntityManager) => Promise<T>): Promise<T> {
  return tx ? work(tx) : ctx.transaction(work);
}
