import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { RequestContext } from '../context/request-context.js';
import type { Logger } from '../logging.js';
import { assertDeclared } from './catalog.js';
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
  type: string;
  subject_type: string;
  subject_id: string;
  actor_id: string | null;
  payload: Record<string, unknown>;
  created_at: Date;
}

/** Maps an outbox row to the shape subscribers receive. */
export function toDeliveredEvent(row: OutboxRow): DeliveredEvent {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    sequence: Number(row.sequence),
    type: row.type,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    actorId: row.actor_id,
    payload: row.payload,
    occurredAt: new Date(row.created_at).toISOString(),
  };
}

/**
 * The tenant's data version: the sequence of its last recorded event. Every committed change that readers can see
 * records an event in the same transaction (the outbox and the audit log rely on that too), so an unchanged version
 * means unchanged tenant data. Abilities and query responses are cached against it.
 */
export async function readDataVersion(em: EntityManager, tenantId: string): Promise<number> {
  const rows = await em.getConnection().execute<{ event_sequence: string }[]>('select event_sequence from tenant_counter where tenant_id = ?', [tenantId]);
  return rows.length > 0 ? Number(rows[0].event_sequence) : 0;
}

/**
 * Writes recorded facts to the outbox inside the caller's transaction, and delivers committed ones to pubsub.
 * Delivery is woken in-process after a commit, by PostgreSQL NOTIFY from other processes, and by a polling fallback;
 * `FOR UPDATE SKIP LOCKED` lets several workers drain the same outbox without sending an event twice.
 */
export class Outbox {
  private timer: NodeJS.Timeout | null = null;
  private listener: pg.Client | null = null;
  private draining: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly em: EntityManager,
    private readonly pubsub: PubSub,
    private readonly logger: Logger,
    private readonly databaseUrl: string,
  ) {}

  /** Inserts the events with the tenant's next sequence numbers (row-locking the tenant's counter until commit). */
  async write(ctx: RequestContext, em: EntityManager, events: RecordedEvent[]): Promise<void> {
    const byTenant = new Map<string, RecordedEvent[]>();
    for (const event of events) {
      assertDeclared(event);
      const tenantId = event.tenantId ?? ctx.tenantId;
      byTenant.set(tenantId, [...(byTenant.get(tenantId) ?? []), event]);
    }
    for (const [tenantId, tenantEvents] of byTenant) {
      const [{ event_sequence: last }] = await em.execute<{ event_sequence: string }[]>(
        `insert into tenant_counter (tenant_id, event_sequence, audit_sequence) values (?, ?, 0)
         on conflict (tenant_id) do update set event_sequence = tenant_counter.event_sequence + excluded.event_sequence
         returning event_sequence`,
        [tenantId, tenantEvents.length],
      );
      let sequence = Number(last) - tenantEvents.length;
      for (const event of tenantEvents) {
        sequence += 1;
        await em.execute(
          `insert into outbox_event (id, tenant_id, sequence, type, subject_type, subject_id, actor_id, payload, created_at, updated_at)
           values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, now(), now())`,
          [tenantId, sequence, event.type, event.subjectType, event.subjectId, event.actorId ?? ctx.actor?.personId ?? null, JSON.stringify(event.payload)],
        );
      }
    }
    await em.execute(`select pg_notify('${NOTIFY_CHANNEL}', '')`);
  }

  /** Called after a commit that wrote events: deliver them now rather than at the next poll. */
  committed(): void {
    this.wake();
  }

  /** Starts delivering: LISTEN for other processes' commits and poll as a fallback. */
  async start(pollMs = 1000): Promise<void> {
    this.listener = new pg.Client({ connectionString: this.databaseUrl });
    this.listener.on('notification', () => this.wake());
    this.listener.on('error', (error: Error) => this.logger.warn({ err: error }, 'outbox listener error'));
    await this.listener.connect();
    await this.listener.query(`LISTEN ${NOTIFY_CHANNEL}`);
    this.timer = setInterval(() => this.wake(), pollMs);
    this.timer.unref();
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.draining;
    await this.listener?.end().catch(() => undefined);
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

  private async drain(): Promise<void> {
    for (;;) {
      const rows = await this.em.fork().execute<OutboxRow[]>(
        `with batch as (
           select id from outbox_event where dispatched_at is null
           order by tenant_id, sequence limit 200 for update skip locked)
         update outbox_event o set dispatched_at = now() from batch where o.id = batch.id
         returning o.id, o.tenant_id, o.sequence, o.type, o.subject_type, o.subject_id, o.actor_id, o.payload, o.created_at`,
      );
      const events = rows.map(toDeliveredEvent).sort((a, b) => a.sequence - b.sequence);
      for (const event of events) await this.pubsub.publish(tenantEventsTopic(event.tenantId), event);
      if (rows.length < 200) return;
    }
  }

  /** Committed events of a tenant after `sequence` (inclusive bounds exclusive), for resuming subscribers. */
  async eventsAfter(tenantId: string, after: number, before?: number, limit = 500): Promise<DeliveredEvent[]> {
    const rows = await this.em.fork().execute<OutboxRow[]>(
      `select id, tenant_id, sequence, type, subject_type, subject_id, actor_id, payload, created_at from outbox_event
       where tenant_id = ? and sequence > ? ${before !== undefined ? 'and sequence < ?' : ''} order by sequence limit ?`,
      before !== undefined ? [tenantId, after, before, limit] : [tenantId, after, limit],
    );
    return rows.map(toDeliveredEvent);
  }
}
