import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantEntity } from '../database/base.entity.js';

/**
 * A committed fact waiting for (or done with) delivery. Written in the same transaction as the change it describes;
 * `sequence` is monotonic per tenant and is the cursor integrators resume from.
 */
@Entity({ tableName: 'outbox_event' })
@Unique({ properties: ['tenantId', 'sequence'] })
@Index({ properties: ['dispatchedAt', 'createdAt'] })
export class OutboxEvent extends TenantEntity {
  @Property({ type: 'bigint', runtimeType: 'number' })
  sequence!: number;

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

  @Property({ type: 'datetime', nullable: true })
  dispatchedAt: Date | null = null;
}

/** Per-tenant counters, locked row by row so sequences (events, audit chain) follow commit order within a tenant. */
@Entity({ tableName: 'tenant_counter' })
export class TenantCounter {
  @PrimaryKey({ type: 'uuid' })
  tenantId!: string;

  @Property({ type: 'bigint', runtimeType: 'number', default: 0 })
  eventSequence: number = 0;

  @Property({ type: 'bigint', runtimeType: 'number', default: 0 })
  auditSequence: number = 0;

  @Property({ type: 'string', length: 64, nullable: true })
  auditHead: string | null = null;
}
