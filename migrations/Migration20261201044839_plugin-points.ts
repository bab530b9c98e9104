import { Migration } from '@mikro-orm/migrations';

export class Migration20261201044839_plugin_points extends Migration {

  override name = 'Migration20261201044839_plugin_points';

  override up(): void | Promise<void> {
    this.addSql(`create table "event_consumer_cursor" ("consumer" varchar(120) not null, "tenant_id" uuid not null, "position" bigint not null default '0', "attempts" int not null default 0, "retry_at" timestamptz null, "last_error" text null, "updated_at" timestamptz not null default now(), primary key ("consumer", "tenant_id"));`);
    this.addSql(`create index "event_consumer_cursor_consumer_retry_at_index" on "event_consumer_cursor" ("consumer", "retry_at");`);

    this.addSql(`create table "module_grant_version" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "module" varchar(60) not null, "version" int not null, primary key ("id"));`);
    this.addSql(`create index "module_grant_version_tenant_id_index" on "module_grant_version" ("tenant_id");`);
    this.addSql(`alter table "module_grant_version" add constraint "module_grant_version_tenant_id_module_unique" unique ("tenant_id", "module");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "event_consumer_cursor" cascade;`);
    this.addSql(`drop table if exists "module_grant_version" cascade;`);
  }

}
