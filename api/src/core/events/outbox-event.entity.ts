import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantEntity } from '../database/base.entity.js';

/**
 * A committed fact, written in the same transaction as the change it describes. `sequence` is the cursor integrators
 * resume from: monotonic and gap-free per tenant, given by the dispatcher once the row is committed (see Outbox), so
 * writers never wait for one another to number their events.
 */
@Entity({ tableName: 'outbox_event' })
@Unique({ properties: ['tenantId', 'sequence'] })
@Index({ name: 'outbox_event_unsequenced_index', properties: ['tenantId', 'position'], where: { sequence: null } })
@Index({ name: 'outbox_event_unpublished_index', properties: ['tenantId', 'sequence'], where: { dispatchedAt: null, sequence: { $ne: null } } })
@Index({ name: 'outbox_event_subject_index', properties: ['tenantId', 'subjectId', 'sequence'], where: { sequence: { $ne: null } } })
export class OutboxEvent extends TenantEntity {
  // Found through (tenant_id, sequence) and the unnumbered index; a tenant_id index of its own would only cost every
  // insert and every numbering (which changes an indexed column, so updates every index) one more index write.
  @Property({ type: 'uuid', index: false })
  tenantId!: string;

  /** Null until the dispatcher numbers the committed row. */
  @Property({ type: 'bigint', runtimeType: 'number', nullable: true })
  sequence: number | null = null;

  /** Insertion order across all tenants (a database sequence: no lock); keeps a transaction's events in order. */
  @Property({ type: 'bigint', runtimeType: 'number', autoincrement: true })
  position!: number;

  @Property({ type: 'string', length: 120 })
  type!: string;

  @Property({ type: 'string', length: 60 })
  subjectType!: string;

  @Property({ type: 'uuid' })
  subjectId!: string;

  @Property({ type: 'uuid', nullable: true })
  actorId: string | null = null;

  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  /** The tenant's access version when the row was numbered (see DeliveredEvent.accessVersion). */
  @Property({ type: 'bigint', runtimeType: 'number', nullable: true })
  accessVersion: number | null = null;

  /** When the event was published to subscribers (pub/sub); null until a publish succeeded, which is retried. */
  @Property({ type: 'datetime', nullable: true })
  dispatchedAt: Date | null = null;
}

/** The last event sequence given in each tenant; only the dispatcher writes it, row-locking it while it numbers. */
@Entity({ tableName: 'tenant_counter' })
export class TenantCounter {
  @PrimaryKey({ type: 'uuid' })
  tenantId!: string;

  @Property({ type: 'bigint', runtimeType: 'number', default: 0 })
  eventSequence: number = 0;
}

/**
 * Each tenant's access version: moved, in the same transaction, by every fact that touches access (see
 * EventDefinition.touchesAccess). Abilities and lists of ended sessions are cached against it. A row of its own, so
 * that its rare writers and the dispatcher's numbering never wait on each other.
 */
@Entity({ tableName: 'tenant_access_version' })
export class TenantAccessVersion {
  @PrimaryKey({ type: 'uuid' })
  tenantId!: string;

  @Property({ type: 'bigint', runtimeType: 'number', default: 0 })
  version: number = 0;
}
