import { Migration } from '@mikro-orm/migrations';

export class Migration20261201044947_access_versions extends Migration {

  override name = 'Migration20261201044947_access_versions';

  override up(): void | Promise<void> {
    this.addSql(`create table "audit_chain_head" ("tenant_id" uuid not null, "sequence" bigint not null default '0', "hash" varchar(64) null, primary key ("tenant_id"));`);
    // The chain heads move out of the dispatcher's counter row into the audit module's own.
    this.addSql(`insert into "audit_chain_head" ("tenant_id", "sequence", "hash") select "tenant_id", "audit_sequence", "audit_head" from "tenant_counter" where "audit_sequence" > 0;`);

    this.addSql(`create table "tenant_access_version" ("tenant_id" uuid not null, "version" bigint not null default '0', primary key ("tenant_id"));`);

    this.addSql(`drop index "outbox_event_dispatched_at_created_at_index";`);
    this.addSql(`drop index "outbox_event_tenant_id_index";`);
    this.addSql(`alter table "outbox_event" add "position" bigserial, add "access_version" bigint null;`);
    this.addSql(`alter table "outbox_event" alter column "sequence" drop not null;`);
    this.addSql(`create index "outbox_event_unsequenced_index" on "outbox_event" ("tenant_id", "position") where "sequence" is null;`);
    // Events written before the upgrade already carry their sequence: the dispatcher now publishes only those it numbers,
    // so undelivered ones count as delivered (subscribers resuming from their cursor still read them from the table).
    this.addSql(`update "outbox_event" set "dispatched_at" = now() where "dispatched_at" is null;`);

    this.addSql(`alter table "tenant_counter" drop column "audit_head", drop column "audit_sequence";`);

    // Every signed-in request reads its tenant's versions: as a PL/pgSQL function the three lookups keep a plan per
    // connection, instead of being planned afresh for every request (planning cost several times the lookups).
    this.addSql(`create function "harbour_tenant_versions"("p_tenant_id" uuid, "p_max_pending" integer)
      returns table ("access" bigint, "numbered" bigint, "pending" bigint) language plpgsql stable as $$
      begin
        return query select
          coalesce((select v."version" from "tenant_access_version" v where v."tenant_id" = p_tenant_id), 0::bigint),
          coalesce((select c."event_sequence" from "tenant_counter" c where c."tenant_id" = p_tenant_id), 0::bigint),
          (select count(*) from (select 1 from "outbox_event" o where o."tenant_id" = p_tenant_id and o."sequence" is null limit p_max_pending) as "awaiting");
      end $$;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop function if exists "harbour_tenant_versions"(uuid, integer);`);
    this.addSql(`alter table "tenant_counter" add "audit_head" varchar(64) null, add "audit_sequence" bigint not null default '0';`);
    this.addSql(`insert into "tenant_counter" ("tenant_id", "event_sequence") select "tenant_id", 0 from "audit_chain_head" on conflict do nothing;`);
    this.addSql(`update "tenant_counter" c set "audit_sequence" = h."sequence", "audit_head" = h."hash" from "audit_chain_head" h where h."tenant_id" = c."tenant_id";`);
    this.addSql(`drop table if exists "audit_chain_head" cascade;`);
    this.addSql(`drop table if exists "tenant_access_version" cascade;`);

    this.addSql(`drop index "outbox_event_unsequenced_index";`);
    this.addSql(`alter table "outbox_event" drop column "position", drop column "access_version";`);
    // Fails while events await their number: let the dispatcher drain the outbox before reverting.
    this.addSql(`alter table "outbox_event" alter column "sequence" set not null;`);
    this.addSql(`create index "outbox_event_dispatched_at_created_at_index" on "outbox_event" ("dispatched_at", "created_at");`);
    this.addSql(`create index "outbox_event_tenant_id_index" on "outbox_event" ("tenant_id");`);
  }

}
