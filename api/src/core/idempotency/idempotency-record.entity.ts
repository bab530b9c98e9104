import { Entity, Index, Property, Unique } from '@mikro-orm/decorators/legacy';
import { TenantEntity } from '../database/base.entity.js';

/**
 * The stored answer of a mutation sent with an `Idempotency-Key` header, written in the mutation's own transaction
 * (see idempotencyPlugin). A replay with the same key (by the same account) gets this answer instead of running the
 * mutation again.
 */
@Entity({ tableName: 'idempotency_record' })
@Unique({ properties: ['accountId', 'key'] })
// Retention deletes each organisation's oldest answers.
@Index({ properties: ['tenantId', 'createdAt'] })
export class IdempotencyRecord extends TenantEntity {
  @Property({ type: 'uuid' })
  accountId!: string;

  @Property({ type: 'string', length: 200 })
  key!: string;

  @Property({ type: 'string', length: 64 })
  requestHash!: string;

  /** The formatted GraphQL result (`data`, and `errors` as codes with parameters, localized when replayed). */
  @Property({ type: 'json' })
  response!: Record<string, unknown>;
}
