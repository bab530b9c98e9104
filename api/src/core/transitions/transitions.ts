import { OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../errors/app-error.js';

/** One named state change: allowed from any of `from`, it leads to `to`. */
export interface Transition<S extends string> {
  from: readonly S[];
  to: S;
}

/**
 * A record with a state machine: its `status`, and a `version` declared with MikroORM's `@Property({ version: true })`
 * so that every update is `… where id = ? and version = ?` and bumps it.
 */
export interface Versioned<S extends string> {
  status: S;
  version: number;
}

/** A domain's transition table (CONVENTIONS #4): which named verbs move a record from which states to which. */
export interface TransitionTable<S extends string, V extends string> {
  /** The subject type (for messages), e.g. ApprovalRequest. */
  readonly subject: string;
  /** The coded error of an illegal move, `<DOMAIN>_INVALID_TRANSITION` (its messages belong to the module). */
  readonly invalidCode: string;
  readonly transitions: Readonly<Record<V, Transition<S>>>;
  /** Whether `verb` may be applied to a record in `status`. */
  allows(verb: V, status: S): boolean;
  /** The verbs that may be applied in `status` (for showing buttons). */
  verbsFrom(status: S): V[];
  /**
   * Applies `verb` to a loaded record inside the caller's transaction and flushes at once: `<DOMAIN>_INVALID_TRANSITION`
   * when the record's state does not allow it, and `VERSION_CONFLICT` when the caller saw another version
   * (`expectedVersion`) or someone else changed the record since it was loaded — so of two people deciding at once
   * exactly one wins. `change` sets the fields that go with the move (who, when).
   */
  apply<E extends Versioned<S>>(em: EntityManager, record: E, verb: V, options?: { expectedVersion?: number | null; change?: (record: E) => void }): Promise<E>;
  /**
   * Applies `verb` in memory only, with the same checks as `apply`: for records changed together with one that is then
   * moved with `apply` (the approval tasks of a request, flushed with it), so one statement batch carries them all.
   * Use it only under a record that `apply` flushes, or a row lock, so concurrent changes are still refused.
   */
  move<E extends Versioned<S>>(record: E, verb: V, options?: { expectedVersion?: number | null; change?: (record: E) => void }): E;
}

const tables: TransitionTable<string, string>[] = [];

/** Every transition table defined so far (the architecture test checks their error codes have messages). */
export function allTransitionTables(): readonly TransitionTable<string, string>[] {
  return tables;
}

/** Defines a domain's transition table, e.g. `transitionTable('APPROVAL', 'ApprovalRequest', { withdraw: { from: ['PENDING'], to: 'WITHDRAWN' } })`. */
export function transitionTable<S extends string, V extends string>(domain: string, subject: string, transitions: Record<V, Transition<S>>): TransitionTable<S, V> {
  if (!/^[A-Z][A-Z_]*$/.test(domain)) throw new Error(`Transition domain ${domain} must be upper snake case`);
  const verbs = Object.keys(transitions) as V[];
  const table: TransitionTable<S, V> = {
    subject,
    invalidCode: `${domain}_INVALID_TRANSITION`,
    transitions,
    allows: (verb, status) => transitions[verb]?.from.includes(status) ?? false,
    verbsFrom: (status) => verbs.filter((verb) => transitions[verb].from.includes(status)),
    move(record, verb, options = {}) {
      if (options.expectedVersion != null && options.expectedVersion !== record.version) throw new AppError('VERSION_CONFLICT', { subject });
      if (!table.allows(verb, record.status)) throw new AppError(table.invalidCode, { verb, status: record.status });
      record.status = transitions[verb].to;
      options.change?.(record);
      return record;
    },
    async apply(em, record, verb, options = {}) {
      table.move(record, verb, options);
      try {
        await em.flush();
      } catch (error) {
        if (error instanceof OptimisticLockError) throw new AppError('VERSION_CONFLICT', { subject });
        throw error;
      }
      return record;
    },
  };
  tables.push(table);
  return table;
}
