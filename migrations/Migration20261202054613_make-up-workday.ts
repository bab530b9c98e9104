import { Migration } from '@mikro-orm/migrations';

export class Migration20261202054613_make_up_workday extends Migration {

  override name = 'Migration20261202054613_make_up_workday';

  override up(): void | Promise<void> {
    this.addSql(`create table "make_up_workday" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "date" date not null, "intervals" jsonb not null, "name_en" varchar(100) null, "name_zh_hk" varchar(100) null, "name_zh_cn" varchar(100) null, primary key ("id"));`);
    this.addSql(`create index "make_up_workday_tenant_id_index" on "make_up_workday" ("tenant_id");`);
    this.addSql(`alter table "make_up_workday" add constraint "make_up_workday_tenant_id_date_unique" unique ("tenant_id", "date");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "make_up_workday" cascade;`);
  }

}
