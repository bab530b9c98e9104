import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** Properties every entity may omit in `em.create()` (subclasses extend the union). */
export type BaseOptional = 'createdAt' | 'updatedAt';

/** Identity and timestamps shared by every table. */
export abstract class BaseEntity<Optional extends string = never> {
  [OptionalProps]?: BaseOptional | Optional;

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/**
 * A row owned by one organisation. The `tenant` filter (see database/tenant-filter.ts) is on by default for every
 * subclass, so a query without a bound tenant fails instead of reading across organisations.
 */
export abstract class TenantEntity<Optional extends string = never> extends BaseEntity<Optional> {
  @Property({ type: 'uuid', index: true })
  tenantId!: string;
}
