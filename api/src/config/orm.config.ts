import { defineConfig } from '@mikro-orm/postgresql';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import { TenantEntity } from '../core/database/base.entity.js';
import { tenantFilter } from '../core/database/tenant-filter.js';
import { EventConsumerCursor } from '../core/events/consumer-cursor.entity.js';
import { OutboxEvent, TenantAccessVersion, TenantCounter } from '../core/events/outbox-event.entity.js';
import { IdempotencyRecord } from '../core/idempotency/idempotency-record.entity.js';
import { smsParts } from '../core/sms/index.js';
import { filesParts } from '../core/storage/index.js';
import { modules } from '../app/modules.js';
import { projectRoot } from './config.js';

/** Entities owned by core itself (not by a module). */
export const coreEntities = [OutboxEvent, TenantCounter, TenantAccessVersion, IdempotencyRecord, EventConsumerCursor, ...smsParts.entities, ...filesParts.entities];

/** Every entity of the app. */
export const allEntities = (): Function[] => [...coreEntities, ...modules.flatMap((m) => m.entities)];

/** MikroORM options for a database URL. Migrations live in the top-level `migrations/` folder. */
export function ormConfig(clientUrl: string, options: { poolMax?: number; onQuery?: (sql: string) => void } = {}) {
  const entities = allEntities();
  const tenantOwned = entities.filter((entity) => entity.prototype instanceof TenantEntity);
  return defineConfig({
    clientUrl,
    entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    filters: tenantFilter(tenantOwned),
    pool: { min: 0, max: options.poolMax ?? 20 },
    // onQuery lets tests count statements (N+1 guard); otherwise queries are not logged.
    debug: options.onQuery ? ['query'] : false,
    ...(options.onQuery ? { logger: (message: string) => options.onQuery!(message) } : {}),
    allowGlobalContext: false,
    forceUtcTimezone: true,
    // References keep their foreign key; joining the target only to re-apply the tenant filter doubles the work of every
    // query (ids are always loaded through tenant-filtered queries anyway).
    autoJoinRefsForFilters: false,
    migrations: {
      path: `${projectRoot}/migrations`,
      glob: '!(*.d).{js,ts}',
      transactional: true,
      allOrNothing: true,
      silent: true,
      snapshot: true,
      snapshotName: '.snapshot-harbour',
      emit: 'ts',
      fileName: (timestamp: string, name?: string) => `Migration${timestamp}${name ? `_${name}` : ''}`,
    },
  });
}
