import { Migration } from '@mikro-orm/migrations';

/** The data version counted by harbour_tenant_versions served only the response cache, which issue #7 deleted. */
export class Migration20261201075343_drop_tenant_versions extends Migration {

  override name = 'Migration20261201075343_drop_tenant_versions';

  override up(): void | Promise<void> {
    this.addSql(`drop function if exists "harbour_tenant_versions"(uuid, integer);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`create function "harbour_tenant_versions"("p_tenant_id" uuid, "p_max_pending" integer)
      returns table ("access" bigint, "numbered" bigint, "pending" bigint) language plpgsql stable as $$
      begin
        return query select
          coalesce((select v."version" from "tenant_access_version" v where v."tenant_id" = p_tenant_id), 0::bigint),
          coalesce((select c."event_sequence" from "tenant_counter" c where c."tenant_id" = p_tenant_id), 0::bigint),
          (select count(*) from (select 1 from "outbox_event" o where o."tenant_id" = p_tenant_id and o."sequence" is null limit p_max_pending) as "awaiting");
      end $$;`);
  }

}
