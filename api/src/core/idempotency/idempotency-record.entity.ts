import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantEntity } from '../database/base.entity.js';

/**
 * The stored outcome of a mutation sent with an `Idempotency-Key` header. A replay with the same key (by the same
 * account) gets this response instead of running the mutation again. `response` is null while the first run is going.
 */
@Entity({ tableName: 'idempotency_record' })
@Unique({ properties: ['accountId', 'key'] })
export class IdempotencyRecord extends TenantEntity {
  @Property({ type: 'uuid' })
  accountId!: string;

  @Property({ type: 'string', length: 200 })
  key!: string;

  @Property({ type: 'string', length: 64 })
  requestHash!: string;

  @Property({ type: 'json', nullable: true })
  response: Record<string, unknown> | null = null;
}
