import { Migration } from '@mikro-orm/migrations';

export class Migration20261202095220_sms_message extends Migration {

  override name = 'Migration20261202095220_sms_message';

  override up(): void | Promise<void> {
    this.addSql(`create table "sms_message" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "person_id" uuid null, "phone" varchar(16) not null, "text" text not null, "purpose" varchar(100) not null, "key" varchar(200) not null, "status" text not null default 'QUEUED', "attempts" int not null default 0, "last_error" varchar(1000) null, "provider_message_id" varchar(200) null, "sent_at" timestamptz null, "failed_at" timestamptz null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "sms_message_tenant_id_index" on "sms_message" ("tenant_id");`);
    this.addSql(`create index "sms_message_tenant_id_created_at_index" on "sms_message" ("tenant_id", "created_at");`);
    this.addSql(`create index "sms_message_tenant_id_phone_sent_at_index" on "sms_message" ("tenant_id", "phone", "sent_at");`);
    this.addSql(`alter table "sms_message" add constraint "sms_message_tenant_id_key_unique" unique ("tenant_id", "key");`);

    this.addSql(`alter table "sms_message" add constraint "sms_message_status_check" check ("status" in ('QUEUED', 'SENT', 'FAILED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "sms_message" cascade;`);
  }

}
