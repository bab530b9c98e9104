import { Migration } from '@mikro-orm/migrations';

export class Migration20261202105320_messaging_ding extends Migration {

  override name = 'Migration20261202105320_messaging_ding';

  override up(): void | Promise<void> {
    this.addSql(`create table "ding" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "message_id" uuid not null, "sender_id" uuid not null, "emergency" boolean not null default false, primary key ("id"));`);
    this.addSql(`create index "ding_tenant_id_index" on "ding" ("tenant_id");`);
    this.addSql(`create index "ding_tenant_id_sender_id_created_at_index" on "ding" ("tenant_id", "sender_id", "created_at");`);

    this.addSql(`create table "ding_recipient" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "ding_id" uuid not null, "person_id" uuid not null, "confirmed_at" timestamptz null, "texted_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "ding_recipient_tenant_id_index" on "ding_recipient" ("tenant_id");`);
    this.addSql(`create index "ding_recipient_tenant_id_person_id_index" on "ding_recipient" ("tenant_id", "person_id");`);
    this.addSql(`alter table "ding_recipient" add constraint "ding_recipient_ding_id_person_id_unique" unique ("ding_id", "person_id");`);

    this.addSql(`alter table "messaging_policy" add "ding_sms_after_minutes" int not null default 5;`);

    this.addSql(`alter table "messaging_preference" add "quiet_hours_start" varchar(5) null, add "quiet_hours_end" varchar(5) null;`);

    this.addSql(`alter table "ding" add constraint "ding_message_id_foreign" foreign key ("message_id") references "message" ("id") on delete cascade;`);
    this.addSql(`alter table "ding" add constraint "ding_sender_id_foreign" foreign key ("sender_id") references "person" ("id") on delete cascade;`);

    this.addSql(`alter table "ding_recipient" add constraint "ding_recipient_ding_id_foreign" foreign key ("ding_id") references "ding" ("id") on delete cascade;`);
    this.addSql(`alter table "ding_recipient" add constraint "ding_recipient_person_id_foreign" foreign key ("person_id") references "person" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "ding_recipient" drop constraint "ding_recipient_ding_id_foreign";`);

    this.addSql(`drop table if exists "ding" cascade;`);
    this.addSql(`drop table if exists "ding_recipient" cascade;`);

    this.addSql(`alter table "messaging_policy" drop column "ding_sms_after_minutes";`);

    this.addSql(`alter table "messaging_preference" drop column "quiet_hours_start", drop column "quiet_hours_end";`);
  }

}
