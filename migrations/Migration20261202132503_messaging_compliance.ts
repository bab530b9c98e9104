import { Migration } from '@mikro-orm/migrations';

export class Migration20261202132503_messaging_compliance extends Migration {

  override name = 'Migration20261202132503_messaging_compliance';

  override up(): void | Promise<void> {
    this.addSql(`create table "messaging_held_version" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "message_id" uuid not null, "cause" text not null, "body" text null, "location" jsonb null, "changed_by_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "messaging_held_version_tenant_id_index" on "messaging_held_version" ("tenant_id");`);
    this.addSql(`create index "messaging_held_version_tenant_id_message_id_index" on "messaging_held_version" ("tenant_id", "message_id");`);

    this.addSql(`create table "messaging_legal_hold" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "conversation_id" uuid null, "custodian_id" uuid null, "reason" varchar(500) not null, "placed_by_id" uuid null, "released_at" timestamptz null, "released_by_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "messaging_legal_hold_tenant_id_index" on "messaging_legal_hold" ("tenant_id");`);
    this.addSql(`create index "messaging_legal_hold_tenant_id_released_at_index" on "messaging_legal_hold" ("tenant_id", "released_at");`);

    this.addSql(`alter table "messaging_held_version" add constraint "messaging_held_version_message_id_foreign" foreign key ("message_id") references "message" ("id") on delete cascade;`);
    this.addSql(`alter table "messaging_held_version" add constraint "messaging_held_version_changed_by_id_foreign" foreign key ("changed_by_id") references "person" ("id") on delete set null;`);
    this.addSql(`alter table "messaging_held_version" add constraint "messaging_held_version_cause_check" check ("cause" in ('EDITED', 'RECALLED', 'REMOVED'));`);

    this.addSql(`alter table "messaging_legal_hold" add constraint "messaging_legal_hold_conversation_id_foreign" foreign key ("conversation_id") references "conversation" ("id") on delete cascade;`);
    this.addSql(`alter table "messaging_legal_hold" add constraint "messaging_legal_hold_custodian_id_foreign" foreign key ("custodian_id") references "person" ("id") on delete cascade;`);
    this.addSql(`alter table "messaging_legal_hold" add constraint "messaging_legal_hold_placed_by_id_foreign" foreign key ("placed_by_id") references "person" ("id") on delete set null;`);
    this.addSql(`alter table "messaging_legal_hold" add constraint "messaging_legal_hold_released_by_id_foreign" foreign key ("released_by_id") references "person" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "messaging_held_version" cascade;`);
    this.addSql(`drop table if exists "messaging_legal_hold" cascade;`);
  }

}
