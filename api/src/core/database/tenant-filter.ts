import type { EntityManager } from '@mikro-orm/postgresql';

/** Name of the default-on filter that scopes tenant-owned entities. */
export const TENANT_FILTER = 'tenant';

/** Filter definition for the ORM config: every TenantEntity subclass is scoped by `tenantId`. */
export function tenantFilter(entities: Function[]) {
  return {
    [TENANT_FILTER]: {
      name: TENANT_FILTER,
      cond: (args: { tenantId?: string }) => {
        // Binding the filter without a tenant is a programming error, never "all tenants".
        if (!args?.tenantId) throw new Error('Tenant filter used without a tenant');
        return { tenantId: args.tenantId };
      },
      entity: entities.map((entity) => entity.name),
      default: true,
      args: true,
    },
  };
}

/** Binds the tenant filter of an EntityManager fork. */
export function bindTenant(em: EntityManager, tenantId: string): void {
  em.setFilterParams(TENANT_FILTER, { tenantId });
}

/** A case-insensitive "contains" pattern for $ilike in which the user's % and _ are plain characters. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, '\\$&')}%`;
}

/**
 * A PostgreSQL array literal for raw SQL (`= any(?::uuid[])`): the query layer would otherwise expand a JS array
 * into a comma list, which breaks `any()` and empty lists.
 */
export function pgArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}
