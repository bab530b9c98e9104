import { Migration } from '@mikro-orm/migrations';

export class Migration20261201162332_approval_library_offer extends Migration {

  override name = 'Migration20261201162332_approval_library_offer';

  override up(): void | Promise<void> {
    this.addSql(`create table "approval_library_offer" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "keys" jsonb not null, primary key ("id"));`);
    this.addSql(`create index "approval_library_offer_tenant_id_index" on "approval_library_offer" ("tenant_id");`);
    this.addSql(`alter table "approval_library_offer" add constraint "approval_library_offer_tenant_id_unique" unique ("tenant_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "approval_library_offer" cascade;`);
  }

}
