import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * How far one event consumer got in one organisation's event stream. The row is also the consumer's lock for that
 * organisation: a worker holds it `FOR UPDATE` while handling a batch, and others skip it (SKIP LOCKED).
 */
@Entity({ tableName: 'event_consumer_cursor' })
@Index({ properties: ['consumer', 'retryAt'] })
export class EventConsumerCursor {
  @PrimaryKey({ type: 'string', length: 120 })
  consumer!: string;

  @PrimaryKey({ type: 'uuid' })
  tenantId!: string;

  /** The sequence of the last event handled (or skipped as not of interest). */
  @Property({ type: 'bigint', runtimeType: 'number', default: 0 })
  position: number = 0;

  /** Failed attempts at the event after `position`; 0 when the consumer is healthy. */
  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  /** After a failure: not before this time. */
  @Property({ type: 'datetime', nullable: true })
  retryAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}
