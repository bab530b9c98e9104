import { Migration } from '@mikro-orm/migrations';

export class Migration20261202100107_messaging extends Migration {

  override name = 'Migration20261202100107_messaging';

  override up(): void | Promise<void> {
    this.addSql(`create table "messaging_policy" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "read_receipts" boolean not null default true, "edit_window_minutes" int not null default 60, "recall_window_minutes" int not null default 1440, "department_groups" boolean not null default true, "department_groups_include_subdepartments" boolean not null default false, "retention_days" int null, primary key ("id"));`);
    this.addSql(`create index "messaging_policy_tenant_id_index" on "messaging_policy" ("tenant_id");`);
    this.addSql(`alter table "messaging_policy" add constraint "messaging_policy_tenant_id_unique" unique ("tenant_id");`);

    this.addSql(`create table "messaging_preference" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "person_id" uuid not null, "show_read_receipts" boolean not null default true, primary key ("id"));`);
    this.addSql(`create index "messaging_preference_tenant_id_index" on "messaging_preference" ("tenant_id");`);
    this.addSql(`alter table "messaging_preference" add constraint "messaging_preference_person_id_unique" unique ("person_id");`);

    this.addSql(`create table "conversation" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "kind" text not null, "title" varchar(200) null, "department_id" uuid null, "direct_key" varchar(80) null, "last_seq" int not null default 0, "last_message_at" timestamptz null, "member_count" int not null default 0, "archived_at" timestamptz null, "created_by_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "conversation_tenant_id_index" on "conversation" ("tenant_id");`);
    this.addSql(`alter table "conversation" add constraint "conversation_tenant_id_department_id_unique" unique ("tenant_id", "department_id");`);
    this.addSql(`alter table "conversation" add constraint "conversation_tenant_id_direct_key_unique" unique ("tenant_id", "direct_key");`);

    this.addSql(`create table "message" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "conversation_id" uuid not null, "seq" int not null, "sender_id" uuid null, "kind" text not null, "body" text null, "mention_ids" uuid[] not null default '{}', "mentions_all" boolean not null default false, "reply_to_id" uuid null, "thread_root_id" uuid null, "location" jsonb null, "important" boolean not null default false, "tracks_receipts" boolean not null default false, "client_message_id" varchar(64) null, "edited_at" timestamptz null, "recalled_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "message_tenant_id_index" on "message" ("tenant_id");`);
    this.addSql(`create index "message_tenant_id_thread_root_id_index" on "message" ("tenant_id", "thread_root_id");`);
    this.addSql(`alter table "message" add constraint "message_tenant_id_sender_id_client_message_id_unique" unique ("tenant_id", "sender_id", "client_message_id");`);
    this.addSql(`alter table "message" add constraint "message_conversation_id_seq_unique" unique ("conversation_id", "seq");`);

    this.addSql(`create table "message_receipt" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "message_id" uuid not null, "person_id" uuid not null, primary key ("id"));`);
    this.addSql(`create index "message_receipt_tenant_id_index" on "message_receipt" ("tenant_id");`);
    this.addSql(`alter table "message_receipt" add constraint "message_receipt_message_id_person_id_unique" unique ("message_id", "person_id");`);

    this.addSql(`create table "message_reaction" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "message_id" uuid not null, "person_id" uuid not null, "emoji" varchar(32) not null, primary key ("id"));`);
    this.addSql(`create index "message_reaction_tenant_id_index" on "message_reaction" ("tenant_id");`);
    this.addSql(`alter table "message_reaction" add constraint "message_reaction_message_id_person_id_emoji_unique" unique ("message_id", "person_id", "emoji");`);

    this.addSql(`create table "conversation_member" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "conversation_id" uuid not null, "person_id" uuid not null, "role" text not null default 'MEMBER', "read_seq" int not null default 0, "muted_until" timestamptz null, "archived_at" timestamptz null, "left_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "conversation_member_tenant_id_index" on "conversation_member" ("tenant_id");`);
    this.addSql(`create index "conversation_member_tenant_id_person_id_left_at_index" on "conversation_member" ("tenant_id", "person_id", "left_at");`);
    this.addSql(`alter table "conversation_member" add constraint "conversation_member_conversation_id_person_id_unique" unique ("conversation_id", "person_id");`);

    this.addSql(`alter table "messaging_preference" add constraint "messaging_preference_person_id_foreign" foreign key ("person_id") references "person" ("id") on delete cascade;`);

    this.addSql(`alter table "conversation" add constraint "conversation_department_id_foreign" foreign key ("department_id") references "department" ("id") on delete set null;`);
    this.addSql(`alter table "conversation" add constraint "conversation_created_by_id_foreign" foreign key ("created_by_id") references "person" ("id") on delete set null;`);
    this.addSql(`alter table "conversation" add constraint "conversation_kind_check" check ("kind" in ('DIRECT', 'GROUP', 'DEPARTMENT', 'PROJECT', 'ANNOUNCEMENT'));`);

    this.addSql(`alter table "message" add constraint "message_conversation_id_foreign" foreign key ("conversation_id") references "conversation" ("id") on delete cascade;`);
    this.addSql(`alter table "message" add constraint "message_sender_id_foreign" foreign key ("sender_id") references "person" ("id") on delete set null;`);
    this.addSql(`alter table "message" add constraint "message_reply_to_id_foreign" foreign key ("reply_to_id") references "message" ("id") on delete set null;`);
    this.addSql(`alter table "message" add constraint "message_kind_check" check ("kind" in ('TEXT', 'LOCATION'));`);

    this.addSql(`alter table "message_receipt" add constraint "message_receipt_message_id_foreign" foreign key ("message_id") references "message" ("id") on delete cascade;`);
    this.addSql(`alter table "message_receipt" add constraint "message_receipt_person_id_foreign" foreign key ("person_id") references "person" ("id") on delete cascade;`);

    this.addSql(`alter table "message_reaction" add constraint "message_reaction_message_id_foreign" foreign key ("message_id") references "message" ("id") on delete cascade;`);
    this.addSql(`alter table "message_reaction" add constraint "message_reaction_person_id_foreign" foreign key ("person_id") references "person" ("id") on delete cascade;`);

    this.addSql(`alter table "conversation_member" add constraint "conversation_member_conversation_id_foreign" foreign key ("conversation_id") references "conversation" ("id") on delete cascade;`);
    this.addSql(`alter table "conversation_member" add constraint "conversation_member_person_id_foreign" foreign key ("person_id") references "person" ("id") on delete cascade;`);
    this.addSql(`alter table "conversation_member" add constraint "conversation_member_role_check" check ("role" in ('OWNER', 'ADMIN', 'MEMBER'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "message" drop constraint "message_conversation_id_foreign";`);
    this.addSql(`alter table "conversation_member" drop constraint "conversation_member_conversation_id_foreign";`);
    this.addSql(`alter table "message" drop constraint "message_reply_to_id_foreign";`);
    this.addSql(`alter table "message_receipt" drop constraint "message_receipt_message_id_foreign";`);
    this.addSql(`alter table "message_reaction" drop constraint "message_reaction_message_id_foreign";`);

    this.addSql(`drop table if exists "messaging_policy" cascade;`);
    this.addSql(`drop table if exists "messaging_preference" cascade;`);
    this.addSql(`drop table if exists "conversation" cascade;`);
    this.addSql(`drop table if exists "message" cascade;`);
    this.addSql(`drop table if exists "message_receipt" cascade;`);
    this.addSql(`drop table if exists "message_reaction" cascade;`);
    this.addSql(`drop table if exists "conversation_member" cascade;`);
  }

}
