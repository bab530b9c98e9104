import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type DataLoader from 'dataloader';
import { allowsEverywhere, asSubject } from '../authz/ability.js';
import { collectionsAsSubqueries } from '../authz/collection-subqueries.js';
import { accessibleWhere } from '../authz/sql-filter.js';
import type { AppAbility } from '../authz/vocabulary.js';
import { AppError, forbidden, unauthenticated } from '../errors/app-error.js';
import type { RecordedEvent } from '../events/event.js';
import { fromDatabaseError } from '../errors/database-errors.js';
import type { Locale } from '../i18n/i18n.js';
import type { AppServices } from './services.js';

/** Who is calling. A signed-in person always acts inside exactly one organisation (their tenant). */
export interface Actor {
  accountId: string;
  personId: string;
  tenantId: string;
  displayName: string;
  /** The person's preferred language, if they chose one. */
  locale: string | null;
  isPlatformAdmin: boolean;
  /** The sign-in this request's token belongs to; absent for seeds, scripts and jobs acting without a token. */
  sessionId?: string;
}

/** Where a request came from, for the audit log. */
export interface RequestOrigin {
  ip: string | null;
  userAgent: string | null;
}

/** A per-request DataLoader factory; `ctx.loader(factory)` creates it once per request. */
export type LoaderFactory<K, V> = (ctx: RequestContext) => DataLoader<K, V>;

/** Applies `next` to a value `ctx.load` gave, at once when it is there, else once it arrives. */
export function whenLoaded<T, R>(value: T | Promise<T>, next: (value: T) => R): R | Promise<Awaited<R>> {
  return value instanceof Promise ? (value.then(next) as Promise<Awaited<R>>) : next(value);
}

/**
 * Everything one GraphQL operation needs: the actor, their tenant-bound EntityManager fork, their CASL ability,
 * per-request DataLoaders, the locale, and the transaction that records events. Services take it as their first
 * argument; nothing about the request is global.
 */
export class RequestContext {
  readonly requestId = randomUUID();
  private readonly loaders = new Map<LoaderFactory<unknown, unknown>, DataLoader<unknown, unknown>>();
  private readonly primed = new Map<LoaderFactory<unknown, unknown>, Map<unknown, unknown>>();
  private pendingEvents: RecordedEvent[] | null = null;
  /** Set while the whole operation runs in one transaction (see beginOperationTransaction). */
  private operationTransaction: { eventsRecorded: boolean } | null = null;

  constructor(
    readonly services: AppServices,
    readonly em: EntityManager,
    readonly actor: Actor | null,
    readonly ability: AppAbility,
    /** The actor's tenant's access version when the operation started (null when anonymous); see readAccessVersion. */
    readonly accessVersion: number | null,
    readonly locale: Locale,
    readonly origin: RequestOrigin,
  ) {}

  /** The signed-in actor, or UNAUTHENTICATED. */
  requireActor(): Actor {
    if (!this.actor) throw unauthenticated();
    return this.actor;
  }

  /** The time domain rules go by (the app's clock: adjustable in tests, see core/clock). */
  now(): Date {
    return this.services.clock.now();
  }

  /** The caller's organisation id. */
  get tenantId(): string {
    return this.requireActor().tenantId;
  }

  /** Whether the actor may `action` the record (or the subject type when no record is given). */
  can(action: string, subjectType: string, record?: Record<string, unknown>, field?: string): boolean {
    return record ? this.ability.can(action, asSubject(subjectType, record), field) : this.ability.can(action, subjectType, field);
  }

  /** The record check of the three authorization points: throws FORBIDDEN unless the actor may act on this record. */
  authorize(action: string, subjectType: string, record?: Record<string, unknown>): void {
    this.requireActor();
    if (!this.can(action, subjectType, record)) throw forbidden(action, subjectType);
  }

  /**
   * FORBIDDEN unless the actor may `action` every record of the subject type: an unconditional grant, and no denial.
   * For bulk operations over the whole organisation (CSV import), where checking the type alone would let a grant
   * limited to some records (a department-scoped role) act on all of them.
   */
  authorizeEverywhere(action: string, subjectType: string): void {
    this.requireActor();
    if (!allowsEverywhere(this.ability, action, subjectType)) throw forbidden(action, subjectType);
  }

  /** The SQL filter of the three authorization points: a where-clause of the rows the actor may `action`. */
  accessibleWhere(action: string, subjectType: string): Record<string, unknown> {
    return collectionsAsSubqueries(this.em, subjectType, accessibleWhere(this.ability, action, subjectType));
  }

  /** A DataLoader created once per request from its factory. */
  loader<K, V>(factory: LoaderFactory<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(factory);
    if (!loader) {
      loader = factory(this);
      this.loaders.set(factory, loader);
    }
    return loader as DataLoader<K, V>;
  }

  /**
   * Hands a loader the value a statement that already ran found for `key` (null: the record is hidden from the caller),
   * so the field that asks for it reads nothing more — and, through `load`, gets it without waiting.
   */
  prime<K, V>(factory: LoaderFactory<K, V>, key: K, value: V): void {
    this.loader(factory).clear(key).prime(key, value);
    let values = this.primed.get(factory);
    if (!values) this.primed.set(factory, (values = new Map()));
    values.set(key, value);
  }

  /**
   * The value for `key`: at once when it was primed, else from the loader (batched with the request's other loads).
   * A field resolver that returns values rather than promises lets GraphQL complete a whole primed tree synchronously,
   * which for a hot read's hundreds of links is a large part of its cost.
   */
  load<K, V>(factory: LoaderFactory<K, V>, key: K): V | Promise<V> {
    const values = this.primed.get(factory);
    if (values?.has(key)) return values.get(key) as V;
    return this.loader(factory).load(key);
  }

  /** The values for `keys`, as `load` gives them: at once when all were primed (errors as values, like loadMany). */
  loadMany<K, V>(factory: LoaderFactory<K, V>, keys: readonly K[]): (V | Error)[] | Promise<(V | Error)[]> {
    const values = this.primed.get(factory);
    if (values && keys.every((key) => values.has(key))) return keys.map((key) => values.get(key) as V);
    return this.loader(factory).loadMany(keys);
  }

  /** Records a past-tense fact; it is written to the outbox (and audit log) in the current transaction. */
  record(event: RecordedEvent): void {
    if (!this.pendingEvents) throw new Error(`Event ${event.type} recorded outside ctx.transaction()`);
    this.pendingEvents.push(event);
  }

  /**
   * Runs the rest of the operation — the change, and every field read after it — in one transaction on `em`, ended by
   * endOperationTransaction. For a mutation sent with an Idempotency-Key, whose stored answer must commit with the
   * change or not at all. `ctx.transaction` then runs as a savepoint inside it (its failure undoes only its own work),
   * and the reads after the change see it through the same connection.
   */
  async beginOperationTransaction(): Promise<void> {
    if (this.operationTransaction || this.pendingEvents) throw new Error('beginOperationTransaction needs no transaction to be running');
    await this.em.begin();
    this.operationTransaction = { eventsRecorded: false };
  }

  /** Commits (then wakes event delivery) or rolls back the operation's transaction; nothing when none is open. */
  async endOperationTransaction(outcome: 'commit' | 'rollback'): Promise<void> {
    const open = this.operationTransaction;
    if (!open) return;
    this.operationTransaction = null;
    if (outcome === 'rollback') {
      await this.em.rollback();
      return;
    }
    await this.em.commit();
    if (open.eventsRecorded) this.services.outbox.committed();
  }

  /**
   * Runs a change in one database transaction: the work, then the outbox rows for the facts it recorded, then the
   * modules' transaction hooks (audit). Either all of it commits or none of it; after commit the dispatcher is woken.
   * Facts that are only streamed take no per-organisation lock here: concurrent writers of one organisation commit
   * side by side (see Outbox for how their events are numbered in order afterwards).
   * Given `within` — the EntityManager of a transaction this context already runs — the work joins that one instead:
   * an import saves each record through the very service functions the mutations call, all of them or none.
   */
  async transaction<T>(work: (em: EntityManager) => Promise<T>, within?: EntityManager): Promise<T> {
    if (within) {
      if (!this.pendingEvents) throw new Error('ctx.transaction(work, within) needs the transaction it joins to be running');
      return work(within);
    }
    if (this.pendingEvents) throw new Error('Nested ctx.transaction() is not supported');
    const events: RecordedEvent[] = [];
    this.pendingEvents = events;
    try {
      const result = await this.em.transactional(async (em) => {
        const value = await work(em);
        // Written before the hooks, which query the result (e.g. whether an active admin remains); whatever a hook
        // persists is flushed by transactional() itself before it commits.
        await em.flush();
        if (events.length > 0) {
          await this.services.outbox.write(this, em, events);
          for (const hook of this.services.transactionHooks) await hook(this, em, events);
        }
        return value;
      });
      // Facts that touch access moved the tenant's access version in the transaction (cached abilities retire
      // everywhere at once); numbering and delivering them happens after commit — the operation's, when it runs in one.
      if (events.length > 0) {
        if (this.operationTransaction) this.operationTransaction.eventsRecorded = true;
        else this.services.outbox.committed();
      }
      return result;
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw fromDatabaseError(error);
    } finally {
      this.pendingEvents = null;
    }
  }
}
