import { Migration } from '@mikro-orm/migrations';

export class Migration20261201045241_announcements extends Migration {

  override name = 'Migration20261201045241_announcements';

  override up(): void | Promise<void> {
    this.addSql(`create table "announcement" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "title" varchar(200) not null, "body" text not null, "status" text not null default 'DRAFT', "publish_at" timestamptz null, "published_at" timestamptz null, "archived_at" timestamptz null, "fully_read_at" timestamptz null, "author_id" uuid null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "announcement_tenant_id_index" on "announcement" ("tenant_id");`);
    this.addSql(`create index "announcement_tenant_id_status_published_at_index" on "announcement" ("tenant_id", "status", "published_at");`);

    this.addSql(`create table "announcement_read" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "announcement_id" uuid not null, "person_id" uuid not null, primary key ("id"));`);
    this.addSql(`create index "announcement_read_tenant_id_index" on "announcement_read" ("tenant_id");`);
    this.addSql(`create index "announcement_read_tenant_id_person_id_index" on "announcement_read" ("tenant_id", "person_id");`);
    this.addSql(`alter table "announcement_read" add constraint "announcement_read_announcement_id_person_id_unique" unique ("announcement_id", "person_id");`);

    this.addSql(`alter table "announcement" add constraint "announcement_author_id_foreign" foreign key ("author_id") references "person" ("id") on delete set null;`);
    this.addSql(`alter table "announcement" add constraint "announcement_status_check" check ("status" in ('DRAFT', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED'));`);

    this.addSql(`alter table "announcement_read" add constraint "announcement_read_announcement_id_foreign" foreign key ("announcement_id") references "announcement" ("id") on delete cascade;`);
    this.addSql(`alter table "announcement_read" add constraint "announcement_read_person_id_foreign" foreign key ("person_id") references "person" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "announcement_read" drop constraint "announcement_read_announcement_id_foreign";`);

    this.addSql(`drop table if exists "announcement" cascade;`);
    this.addSql(`drop table if exists "announcement_read" cascade;`);
  }

}
