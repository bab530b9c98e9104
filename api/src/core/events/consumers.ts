import type { EntityManager } from '@mikro-orm/postgresql';
import { listen, type Listener } from '../database/listener.js';
import type { RequestContext } from '../context/request-context.js';
import { pgArray } from '../database/tenant-filter.js';
import type { Logger } from '../logging.js';
import type { DeliveredEvent } from './event.js';
import { NOTIFY_CHANNEL, toDeliveredEvent } from './outbox.js';

/**
 * A module's reaction to committed events (CONVENTIONS #5: payloads carry ids; reload what else you need). Each
 * consumer keeps a cursor per organisation, so it sees every event of its types in sequence order, at least once:
 * after a crash or a failure the events since the last saved position are handled again, so `handle` must be
 * idempotent (check the state it would change, upsert rather than insert).
 */
export type EventConsumer = {
  /** Stable name, `<module>.<what>`: the cursors are stored under it (renaming it starts from the beginning). */
  name: string;
  eventTypes: string[];
} & (
  | {
      /** Runs with a SystemContext of the event's organisation; throwing retries this event later (with backoff). */
      handle: (ctx: RequestContext, event: DeliveredEvent) => Promise<void>;
    }
  | {
      /**
       * Takes a whole batch (in sequence order) at once, for consumers whose work is cheaper done together (one
       * query for many rows). Throwing retries the whole batch later; the cursor moves only past a batch that succeeded.
       */
      handleBatch: (ctx: RequestContext, events: DeliveredEvent[]) => Promise<void>;
    }
);

/**
 * The consumable part of the outbox: a tenant's events after `after` of the given types, up to `through`. Relies on
 * sequences becoming visible as a gap-free prefix per tenant (they are given under the tenant's counter row lock, so a
 * later sequence never commits before an earlier one); this function and `lastSequence` are what to adapt if the
 * outbox assigns sequences differently.
 */
async function eventsBetween(em: EntityManager, tenantId: string, after: number, through: number, types: string[], limit: number): Promise<DeliveredEvent[]> {
  const rows = await em.execute<Parameters<typeof toDeliveredEvent>[0][]>(
    `select id, tenant_id, sequence, type, subject_type, subject_id, actor_id, payload, created_at from outbox_event
     where tenant_id = ? and sequence > ? and sequence <= ? and type = any(?::text[]) order by sequence limit ?`,
    [tenantId, after, through, pgArray(types), limit],
  );
  return rows.map(toDeliveredEvent);
}

/** The sequence of a tenant's newest visible event (0 when it has none). */
async function lastSequence(em: EntityManager, tenantId: string): Promise<number> {
  const [row] = await em.execute<{ last: string | null }[]>('select max(sequence) as last from outbox_event where tenant_id = ?', [tenantId]);
  return Number(row?.last ?? 0);
}

/** Delay before the next attempt after `attempts` failures: 2, 4, 8 … seconds, at most an hour. */
export function consumerBackoffSeconds(attempts: number): number {
  return Math.min(3600, 2 ** Math.min(attempts, 12));
}

/** Options of a worker process's consumer runner. */
export interface ConsumerRunnerOptions {
  em: EntityManager;
  consumers: EventConsumer[];
  /** The context an event of an organisation is handled in (a SystemContext in the app). */
  contextFor: (tenantId: string) => RequestContext;
  logger: Logger;
  databaseUrl: string;
  /** Events handled per claim of a cursor (the cursor is saved after each batch). */
  batchSize?: number;
  pollMs?: number;
}

/**
 * Feeds committed events to modules' consumers (HARBOUR_ROLE worker or all). A pass claims one cursor at a time —
 * `(consumer, organisation)` — with `FOR UPDATE SKIP LOCKED` and keeps it locked while handling a batch, so one worker
 * at a time advances a cursor (and so events reach a consumer in order), while other workers take other cursors. A
 * failing handler stops only its own cursor: the position stays before the failed event, and the cursor is not claimed
 * again before `retry_at` (exponential backoff); other consumers and organisations go on. Woken by the outbox's NOTIFY
 * after commits, with polling as a fallback; a commit whose events are of no consumer's types (a message, a read mark)
 * costs each consumer one read, not a claim and a durable write.
 */
export class ConsumerRunner {
  private timer: NodeJS.Timeout | null = null;
  private listener: Listener | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private seededAt = 0;

  constructor(private readonly options: ConsumerRunnerOptions) {}

  async start(): Promise<void> {
    if (this.options.consumers.length === 0) return;
    this.listener = await listen({ databaseUrl: this.options.databaseUrl, channel: NOTIFY_CHANNEL, onNotify: () => this.wake(), logger: this.options.logger, name: 'event consumers' });
    this.timer = setInterval(() => this.wake(), this.options.pollMs ?? 1000);
    this.timer.unref();
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
    await this.listener?.stop();
  }

  /** Runs a pass now; wake-ups during a pass collapse into one more pass. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.pass()
      .catch((error) => this.options.logger.error({ err: error }, 'event consumers failed'))
      .finally(() => {
        this.running = null;
        if (this.again && !this.stopped) {
          this.again = false;
          this.wake();
        }
      });
  }

  /**
   * Handles every numbered event now, without starting (no LISTEN, no polling), resolving once nothing is left: for work
   * that runs before the workers start and needs its events consumed as it goes (the demo seeder replaying the past).
   */
  async drain(): Promise<void> {
    this.seededAt = 0; // and catch idle cursors up, so what is left behind is really nothing
    this.wake();
    await this.idle();
  }

  /** Resolves when a pass finds nothing left to do (for tests and shutdown). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async pass(): Promise<void> {
    // Every commit wakes a pass, which claims only cursors with events of their consumer's types waiting; adding cursors
    // for new organisations and moving idle cursors past what is not theirs is done at the polling pace only.
    const seed = Date.now() - this.seededAt >= (this.options.pollMs ?? 1000);
    if (seed) this.seededAt = Date.now();
    for (const consumer of this.options.consumers) {
      if (seed) await this.addCursors(consumer);
      while (!this.stopped && (await this.claimAndHandle(consumer)));
      if (seed) await this.catchUpIdleCursors(consumer);
    }
  }

  /**
   * Moves the consumer's cursors that have no event of its types waiting to their organisation's last event, so the
   * claim's look for waiting events stays short and retention may prune what every consumer is past. Cursors being
   * handled are skipped (SKIP LOCKED) and a cursor never moves back.
   */
  private async catchUpIdleCursors(consumer: EventConsumer): Promise<void> {
    await this.options.em.fork().execute(
      `with idle as (
         select c.tenant_id, t.event_sequence from event_consumer_cursor c join tenant_counter t on t.tenant_id = c.tenant_id
          where c.consumer = ? and c.retry_at is null and c.position < t.event_sequence
            and not exists (select 1 from outbox_event e where e.tenant_id = c.tenant_id and e.sequence > c.position and e.sequence <= t.event_sequence and e.type = any(?::text[]))
          for update of c skip locked)
       update event_consumer_cursor c set position = idle.event_sequence, updated_at = now() from idle where c.consumer = ? and c.tenant_id = idle.tenant_id`,
      [consumer.name, pgArray(consumer.eventTypes), consumer.name],
    );
  }

  /** Every organisation with events gets a cursor at 0 the first time a consumer meets it. */
  private async addCursors(consumer: EventConsumer): Promise<void> {
    await this.options.em.fork().execute(
      `insert into event_consumer_cursor (consumer, tenant_id, position, attempts, updated_at)
       select ?, t.tenant_id, 0, 0, now() from tenant_counter t
       where not exists (select 1 from event_consumer_cursor c where c.consumer = ? and c.tenant_id = t.tenant_id)
       on conflict do nothing`,
      [consumer.name, consumer.name],
    );
  }

  /** Claims one cursor with work to do and handles a batch; false when there was none. */
  private async claimAndHandle(consumer: EventConsumer): Promise<boolean> {
    const batchSize = this.options.batchSize ?? 100;
    return this.options.em.fork().transactional(async (em) => {
      const [cursor] = await em.execute<{ tenant_id: string; position: string; attempts: number }[]>(
        `select c.tenant_id, c.position, c.attempts from event_consumer_cursor c
         where c.consumer = ? and (c.retry_at is null or c.retry_at <= now())
           and exists (select 1 from outbox_event e where e.tenant_id = c.tenant_id and e.sequence > c.position and e.type = any(?::text[]))
         order by c.updated_at limit 1 for update skip locked`,
        [consumer.name, pgArray(consumer.eventTypes)],
      );
      if (!cursor) return false;
      const tenantId = cursor.tenant_id;
      let position = Number(cursor.position);
      const through = await lastSequence(em, tenantId);
      const events = await eventsBetween(em, tenantId, position, through, consumer.eventTypes, batchSize);
      try {
        if ('handleBatch' in consumer) {
          if (events.length) {
            position = events[0].sequence - 1;
            await consumer.handleBatch(this.options.contextFor(tenantId), events);
            position = events.at(-1)!.sequence;
          }
        } else {
          for (const event of events) {
            // Everything before this event is handled or not of interest: that is where a failure leaves the cursor.
            position = event.sequence - 1;
            await consumer.handle(this.options.contextFor(tenantId), event);
            position = event.sequence;
          }
        }
        // A short batch saw every event of interest up to `through`; the ones in between are not this consumer's.
        if (events.length < batchSize) position = through;
        await em.execute('update event_consumer_cursor set position = ?, attempts = 0, retry_at = null, last_error = null, updated_at = now() where consumer = ? and tenant_id = ?', [
          position,
          consumer.name,
          tenantId,
        ]);
      } catch (error) {
        const attempts = cursor.attempts + 1;
        this.options.logger.error({ err: error, consumer: consumer.name, tenantId, position, attempts }, 'event consumer failed; will retry');
        await em.execute(
          `update event_consumer_cursor set position = ?, attempts = ?, retry_at = now() + make_interval(secs => ?), last_error = ?, updated_at = now()
           where consumer = ? and tenant_id = ?`,
          [position, attempts, consumerBackoffSeconds(attempts), String((error as Error)?.message ?? error).slice(0, 2000), consumer.name, tenantId],
        );
      }
      return true;
    });
  }
}
