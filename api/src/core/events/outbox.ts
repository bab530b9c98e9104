import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../context/request-context.js';
import { listen, type Listener } from '../database/listener.js';
import { sql, tenantSql, TENANT } from '../database/sql.js';
import { pgArray } from '../database/tenant-filter.js';
import type { Logger } from '../logging.js';
import { assertDeclared, eventDefinition } from './catalog.js';
import type { DeliveredEvent, RecordedEvent } from './event.js';
import type { PubSub } from './pubsub.js';

/** The pubsub topic of a tenant's committed events. */
export const tenantEventsTopic = (tenantId: string) => `events:${tenantId}`;

/** The NOTIFY channel a transaction that wrote events signals on commit (the dispatcher and event consumers listen). */
export const NOTIFY_CHANNEL = 'harbour_outbox';

interface OutboxRow {
  id: string;
  tenant_id: string;
  sequence: string | number;
  access_version: string | number | null;
  type: string;
  subject_type: string;
  subject_id: string;
  actor_id: string | null;
  payload: Record<string, unknown>;
  created_at: Date;
}

const DELIVERED_COLUMNS = 'id, tenant_id, sequence, access_version, type, subject_type, subject_id, actor_id, payload, created_at';

/** Maps an outbox row to the shape subscribers receive. */
export function toDeliveredEvent(row: OutboxRow): DeliveredEvent {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    sequence: Number(row.sequence),
    accessVersion: Number(row.access_version ?? 0),
    type: row.type,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    actorId: row.actor_id,
    payload: row.payload,
    occurredAt: new Date(row.created_at).toISOString(),
  };
}

/**
 * The tenant's access version, moved by every committed fact that touches access: abilities and lists of ended sessions
 * are cached against it. Read once per request — its only statement before the work — so an access change applies to
 * the very next request on every replica.
 */
export async function readAccessVersion(em: EntityManager, tenantId: string): Promise<number> {
  const rows = await tenantSql<{ version: string }>(em, tenantId, sql`select version from tenant_access_version where tenant_id = ${TENANT}`);
  return rows.length ? Number(rows[0].version) : 0;
}

/** Rows numbered per dispatcher transaction. */
const DISPATCH_BATCH = 500;

/**
 * Writes recorded facts to the outbox inside the caller's transaction, numbers committed ones and delivers them to
 * pubsub.
 *
 * Why sequences are given after commit: a per-tenant counter taken inside every writing transaction would hold a row
 * lock from the outbox write until commit (its WAL flush included), so one organisation's writers would commit one at a
 * time. A global database sequence taken at insert time needs no lock, but transactions commit out of its order: a
 * subscriber resuming after 41 could miss a 40 that committed later. So writers insert their facts unnumbered (only a
 * lock-free global `position`, to keep each transaction's facts in order), and the dispatcher numbers committed rows:
 * it locks the tenant's counter row, gives the next numbers in position order, and commits — so numbers are gap-free and
 * every number becomes visible together with all smaller ones. A resuming subscriber reading `sequence > n` therefore
 * gets each event exactly once and in order, however the writers' commits interleaved. Only facts that touch access
 * still take a per-tenant row (their access version) in the writing transaction; audited ones take the audit chain's.
 *
 * Delivery is woken in-process after a commit, by PostgreSQL NOTIFY from processes that do not deliver (role `api`),
 * and by a polling fallback. NOTIFY is sent after commit, never inside the writing transaction: PostgreSQL serialises
 * the commits of notifying transactions on one database-wide lock.
 */
export class Outbox {
  private timer: NodeJS.Timeout | null = null;
  private listener: Listener | null = null;
  private delivering = false;
  private draining: Promise<void> | null = null;
  private again = false;
  private announcing: Promise<void> | null = null;
  private announceAgain = false;
  private stopped = false;

  constructor(
    private readonly em: EntityManager,
    private readonly pubsub: PubSub,
    private readonly logger: Logger,
    private readonly databaseUrl: string,
  ) {}

  /** Inserts the events, unnumbered, and moves the access version of each tenant whose access they touch. */
  async write(ctx: RequestContext, em: EntityManager, events: RecordedEvent[]): Promise<void> {
    const accessTenants = new Set<string>();
    const params: unknown[] = [];
    for (const event of events) {
      assertDeclared(event);
      const tenantId = event.tenantId ?? ctx.tenantId;
      if (eventDefinition(event.type).touchesAccess) accessTenants.add(tenantId);
      params.push(tenantId, event.type, event.subjectType, event.subjectId, event.actorId ?? ctx.actor?.personId ?? null, JSON.stringify(event.payload));
    }
    // One statement, rows in recorded order: their positions follow it.
    await em.execute(
      `insert into outbox_event (id, tenant_id, type, subject_type, subject_id, actor_id, payload, created_at, updated_at)
       values ${events.map(() => '(gen_random_uuid(), ?, ?, ?, ?, ?, ?, now(), now())').join(', ')}`,
      params,
    );
    for (const tenantId of accessTenants) {
      await em.execute(
        `insert into tenant_access_version (tenant_id, version) values (?, 1)
         on conflict (tenant_id) do update set version = tenant_access_version.version + 1`,
        [tenantId],
      );
    }
  }

  /**
   * Called after a commit that wrote events: number and deliver them now rather than at the next poll — here when this
   * process delivers, else by waking the processes that do.
   */
  committed(): void {
    if (this.delivering) this.wake();
    else this.announce();
  }

  /** Starts delivering: LISTEN for other processes' commits and poll as a fallback. */
  async start(pollMs = 1000): Promise<void> {
    this.listener = await listen({ databaseUrl: this.databaseUrl, channel: NOTIFY_CHANNEL, onNotify: () => this.wake(), logger: this.logger, name: 'outbox' });
    this.delivering = true;
    this.pubsub.onReconnect(() => this.wake());
    this.timer = setInterval(() => this.wake(), pollMs);
    this.timer.unref();
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await Promise.all([this.draining, this.announcing]);
    await this.listener?.stop();
  }

  /**
   * Numbers and delivers what is committed now, resolving once nothing is left: for work that runs before delivery
   * starts and needs its events consumed as it goes (the demo seeder replaying the past).
   */
  async flush(): Promise<void> {
    this.wake();
    while (this.draining) await this.draining;
  }

  /** Drains undelivered events; concurrent wake-ups collapse into one more pass. */
  wake(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = this.drain()
      .catch((error) => this.logger.error({ err: error }, 'outbox delivery failed'))
      .finally(() => {
        this.draining = null;
        if (this.again && !this.stopped) {
          this.again = false;
          this.wake();
        }
      });
  }

  /** NOTIFY the delivering processes; the commits of a burst collapse into one notification in flight and one more. */
  private announce(): void {
    if (this.stopped) return;
    if (this.announcing) {
      this.announceAgain = true;
      return;
    }
    this.announcing = this.em
      .fork()
      .execute(`select pg_notify('${NOTIFY_CHANNEL}', '')`)
      .then(() => undefined)
      .catch((error) => this.logger.warn({ err: error }, 'outbox notification failed'))
      .finally(() => {
        this.announcing = null;
        if (this.announceAgain) {
          this.announceAgain = false;
          this.announce();
        }
      });
  }

  private async drain(): Promise<void> {
    await this.publishPending();
    for (;;) {
      const tenants = await this.em.fork().execute<{ tenant_id: string }[]>('select distinct tenant_id from outbox_event where sequence is null');
      if (tenants.length === 0) return;
      for (const { tenant_id: tenantId } of tenants) {
        let numbered: number;
        do numbered = await this.dispatch(tenantId);
        while (numbered === DISPATCH_BATCH);
      }
    }
  }

  /**
   * Numbers a batch of the tenant's committed, unnumbered events in one transaction, then publishes them. The counter
   * row is locked first and the batch read by the next statement, so it sees every batch numbered before the lock was
   * granted: two workers never give one event two numbers or one number twice.
   */
  private async dispatch(tenantId: string): Promise<number> {
    const rows = await this.em.fork().transactional(async (em) => {
      const lock = () => em.execute<{ event_sequence: string }[]>('select event_sequence from tenant_counter where tenant_id = ? for update', [tenantId]);
      let [counter] = await lock();
      if (!counter) {
        await em.execute('insert into tenant_counter (tenant_id, event_sequence) values (?, 0) on conflict (tenant_id) do nothing', [tenantId]);
        [counter] = await lock();
      }
      const last = counter.event_sequence;
      return em.execute<OutboxRow[]>(
        `with batch as (
           select id, row_number() over (order by position) as n from outbox_event
           where tenant_id = ? and sequence is null order by position limit ?),
         numbered as (
           update outbox_event o set sequence = ? + batch.n,
             access_version = coalesce((select version from tenant_access_version where tenant_id = ?), 0)
           from batch where o.id = batch.id
           returning ${DELIVERED_COLUMNS.split(', ')
             .map((column) => `o.${column}`)
             .join(', ')}),
         counted as (update tenant_counter set event_sequence = event_sequence + (select count(*) from numbered) where tenant_id = ?)
         select * from numbered`,
        [tenantId, DISPATCH_BATCH, Number(last), tenantId, tenantId],
      );
    });
    await this.publish(rows);
    return rows.length;
  }

  /**
   * Publishes numbered events in sequence order and marks them dispatched only once pub/sub took them: when Redis is
   * unreachable the first failure stops the pass (it is retried at the next wake-up — the poll, or Redis coming back),
   * so no event is marked dispatched without having been published. A replica publishing an event twice is harmless:
   * streams skip sequences they have sent.
   */
  private async publish(rows: OutboxRow[]): Promise<void> {
    const events = rows.map(toDeliveredEvent).sort((a, b) => a.sequence - b.sequence);
    const published: string[] = [];
    try {
      for (const event of events) {
        await this.pubsub.publish(tenantEventsTopic(event.tenantId), event);
        published.push(event.id);
      }
    } finally {
      if (published.length) await this.em.fork().execute('update outbox_event set dispatched_at = now() where id = any(?::uuid[])', [pgArray(published)]);
    }
  }

  /** Publishes what was numbered but not yet published (pub/sub was down, or the process stopped in between). */
  private async publishPending(): Promise<void> {
    for (;;) {
      const rows = await this.em
        .fork()
        .execute<OutboxRow[]>(`select ${DELIVERED_COLUMNS} from outbox_event where dispatched_at is null and sequence is not null order by tenant_id, sequence limit ?`, [DISPATCH_BATCH]);
      if (rows.length === 0) return;
      await this.publish(rows);
      if (rows.length < DISPATCH_BATCH) return;
    }
  }

  /** The last sequence given in a tenant (0 before its first event). */
  async lastSequence(tenantId: string): Promise<number> {
    const [row] = await this.em.fork().execute<{ event_sequence: string }[]>('select event_sequence from tenant_counter where tenant_id = ?', [tenantId]);
    return row ? Number(row.event_sequence) : 0;
  }

  /**
   * The oldest sequence of a tenant's history still kept: retention deletes delivered events from the oldest on, so
   * history is always one unbroken run ending at the last sequence (the next one to come, when none is kept).
   */
  async firstKeptSequence(tenantId: string): Promise<number> {
    const [row] = await this.em
      .fork()
      .execute<{ first: string }[]>(
        'select coalesce((select min(sequence) from outbox_event where tenant_id = ? and sequence is not null), (select event_sequence + 1 from tenant_counter where tenant_id = ?), 1) as first',
        [tenantId, tenantId],
      );
    return Number(row.first);
  }

  /** Numbered events of a tenant after `after` (and before `before`, when given), for resuming subscribers. */
  async eventsAfter(tenantId: string, after: number, before?: number, limit = 500): Promise<DeliveredEvent[]> {
    const rows = await this.em.fork().execute<OutboxRow[]>(
      `select ${DELIVERED_COLUMNS} from outbox_event
       where tenant_id = ? and sequence > ? ${before !== undefined ? 'and sequence < ?' : ''} order by sequence limit ?`,
      before !== undefined ? [tenantId, after, before, limit] : [tenantId, after, limit],
    );
    return rows.map(toDeliveredEvent);
  }

  /**
   * Numbered events about some records (by subject id) after `after`, in sequence order: the history of a few records
   * — a person's conversations for a device catching up — without reading the organisation's other events.
   */
  async subjectEventsAfter(tenantId: string, subjectType: string, subjectIds: readonly string[], after: number, limit: number): Promise<DeliveredEvent[]> {
    if (subjectIds.length === 0) return [];
    const rows = await this.em.fork().execute<OutboxRow[]>(
      `select ${DELIVERED_COLUMNS} from outbox_event
       where tenant_id = ? and subject_id = any(?::uuid[]) and sequence > ? and subject_type = ? order by sequence limit ?`,
      [tenantId, pgArray(subjectIds), after, subjectType, limit],
    );
    return rows.map(toDeliveredEvent);
  }
}
