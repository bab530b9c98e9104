import { Migration } from '@mikro-orm/migrations';

export class Migration20261201155714_worktime extends Migration {

  override name = 'Migration20261201155714_worktime';

  override up(): void | Promise<void> {
    this.addSql(`create table "holiday" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "date" date not null, "name_en" varchar(100) null, "name_zh_hk" varchar(100) null, "name_zh_cn" varchar(100) null, "is_general_holiday" boolean not null default false, "is_statutory_holiday" boolean not null default false, "source" text not null default 'COMPANY', primary key ("id"));`);
    this.addSql(`create index "holiday_tenant_id_index" on "holiday" ("tenant_id");`);
    this.addSql(`alter table "holiday" add constraint "holiday_tenant_id_date_unique" unique ("tenant_id", "date");`);

    this.addSql(`create table "working_calendar" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "time_zone" varchar(64) not null default 'Asia/Hong_Kong', "weekly_hours" jsonb not null, primary key ("id"));`);
    this.addSql(`create index "working_calendar_tenant_id_index" on "working_calendar" ("tenant_id");`);
    this.addSql(`alter table "working_calendar" add constraint "working_calendar_tenant_id_unique" unique ("tenant_id");`);

    this.addSql(`alter table "holiday" add constraint "holiday_source_check" check ("source" in ('HONG_KONG', 'COMPANY'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "holiday" cascade;`);
    this.addSql(`drop table if exists "working_calendar" cascade;`);
  }

}
