import { Migration } from '@mikro-orm/migrations';

export class Migration20261125164207_initial extends Migration {

  override name = 'Migration20261125164207_initial';

  override up(): void | Promise<void> {
    this.addSql(`create type "person_status" as enum ('ACTIVE', 'ARCHIVED');`);
    this.addSql(`create table "account" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "email" varchar(254) not null, "person_id" uuid not null, "display_name" varchar(200) not null, "locale" varchar(10) null, "password_hash" text not null, "is_platform_admin" boolean not null default false, "failed_sign_ins" int not null default 0, "locked_until" timestamptz null, "last_sign_in_at" timestamptz null, "disabled_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "account_tenant_id_index" on "account" ("tenant_id");`);
    this.addSql(`alter table "account" add constraint "account_email_unique" unique ("email");`);
    this.addSql(`alter table "account" add constraint "account_person_id_unique" unique ("person_id");`);

    this.addSql(`create table "audit_entry" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "sequence" bigint not null, "occurred_at" timestamptz not null, "actor_id" uuid null, "actor_name" varchar(200) null, "action" varchar(120) not null, "target_type" varchar(60) not null, "target_id" uuid not null, "target_label" varchar(200) null, "before" jsonb null, "after" jsonb null, "ip" varchar(64) null, "user_agent" varchar(300) null, "request_id" uuid not null, "previous_hash" varchar(64) null, "hash" varchar(64) not null, primary key ("id"));`);
    this.addSql(`create index "audit_entry_tenant_id_index" on "audit_entry" ("tenant_id");`);
    this.addSql(`create index "audit_entry_tenant_id_actor_id_index" on "audit_entry" ("tenant_id", "actor_id");`);
    this.addSql(`create index "audit_entry_tenant_id_target_type_target_id_index" on "audit_entry" ("tenant_id", "target_type", "target_id");`);
    this.addSql(`alter table "audit_entry" add constraint "audit_entry_tenant_id_sequence_unique" unique ("tenant_id", "sequence");`);

    this.addSql(`create table "department" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "name" varchar(200) not null, "code" varchar(50) null, "parent_id" uuid null, "sort_order" int not null default 0, "external_id" varchar(100) null, "archived_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "department_tenant_id_index" on "department" ("tenant_id");`);
    this.addSql(`create index "department_tenant_id_parent_id_index" on "department" ("tenant_id", "parent_id");`);
    this.addSql(`alter table "department" add constraint "department_tenant_id_external_id_unique" unique ("tenant_id", "external_id");`);

    this.addSql(`create table "idempotency_record" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "account_id" uuid not null, "key" varchar(200) not null, "request_hash" varchar(64) not null, "response" jsonb null, primary key ("id"));`);
    this.addSql(`create index "idempotency_record_tenant_id_index" on "idempotency_record" ("tenant_id");`);
    this.addSql(`alter table "idempotency_record" add constraint "idempotency_record_account_id_key_unique" unique ("account_id", "key");`);

    this.addSql(`create table "job_rank" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "code" varchar(20) not null, "name" varchar(100) not null, "level" int not null, primary key ("id"));`);
    this.addSql(`create index "job_rank_tenant_id_index" on "job_rank" ("tenant_id");`);
    this.addSql(`alter table "job_rank" add constraint "job_rank_tenant_id_code_unique" unique ("tenant_id", "code");`);

    this.addSql(`create table "organization" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(200) not null, "slug" varchar(60) not null, "allowed_email_domains" text[] not null default '{}', "default_locale" varchar(10) not null default 'zh-HK', primary key ("id"));`);
    this.addSql(`alter table "organization" add constraint "organization_slug_unique" unique ("slug");`);

    this.addSql(`create table "outbox_event" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "sequence" bigint not null, "type" varchar(120) not null, "subject_type" varchar(60) not null, "subject_id" uuid not null, "actor_id" uuid null, "payload" jsonb not null, "dispatched_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "outbox_event_tenant_id_index" on "outbox_event" ("tenant_id");`);
    this.addSql(`create index "outbox_event_dispatched_at_created_at_index" on "outbox_event" ("dispatched_at", "created_at");`);
    this.addSql(`alter table "outbox_event" add constraint "outbox_event_tenant_id_sequence_unique" unique ("tenant_id", "sequence");`);

    this.addSql(`create table "person" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "display_name" varchar(200) not null, "english_name" varchar(200) null, "work_email" varchar(254) null, "employee_no" varchar(50) null, "job_title" varchar(200) null, "rank_id" uuid null, "employment_start_date" date null, "employment_end_date" date null, "status" "person_status" not null default 'ACTIVE', "locale" varchar(10) null, "mobile_phone" varchar(50) null, "personal_email" varchar(254) null, "home_address" varchar(500) null, "external_id" varchar(100) null, primary key ("id"));`);
    this.addSql(`create index "person_tenant_id_index" on "person" ("tenant_id");`);
    this.addSql(`create index "person_tenant_id_display_name_index" on "person" ("tenant_id", "display_name");`);
    this.addSql(`alter table "person" add constraint "person_tenant_id_employee_no_unique" unique ("tenant_id", "employee_no");`);
    this.addSql(`alter table "person" add constraint "person_tenant_id_external_id_unique" unique ("tenant_id", "external_id");`);

    this.addSql(`create table "membership" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "person_id" uuid not null, "department_id" uuid not null, "manager_id" uuid null, "is_primary" boolean not null default false, primary key ("id"));`);
    this.addSql(`create index "membership_tenant_id_index" on "membership" ("tenant_id");`);
    this.addSql(`create index "membership_manager_id_index" on "membership" ("manager_id");`);
    this.addSql(`create index "membership_tenant_id_department_id_index" on "membership" ("tenant_id", "department_id");`);
    this.addSql(`alter table "membership" add constraint "membership_person_id_department_id_unique" unique ("person_id", "department_id");`);

    this.addSql(`create table "department_leader" ("department_id" uuid not null, "person_id" uuid not null, primary key ("department_id", "person_id"));`);

    this.addSql(`create table "refresh_token" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "account_id" uuid not null, "family_id" uuid not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null, "rotated_at" timestamptz null, "revoked_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "refresh_token_tenant_id_index" on "refresh_token" ("tenant_id");`);
    this.addSql(`alter table "refresh_token" add constraint "refresh_token_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "refresh_token_family_id_index" on "refresh_token" ("family_id");`);

    this.addSql(`create table "role" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "name" varchar(100) not null, "key" varchar(50) null, "description" varchar(500) not null default '', "built_in" boolean not null default false, "rules" jsonb not null, primary key ("id"));`);
    this.addSql(`create index "role_tenant_id_index" on "role" ("tenant_id");`);
    this.addSql(`alter table "role" add constraint "role_tenant_id_name_unique" unique ("tenant_id", "name");`);
    this.addSql(`alter table "role" add constraint "role_tenant_id_key_unique" unique ("tenant_id", "key");`);

    this.addSql(`create table "role_assignment" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "role_id" uuid not null, "person_id" uuid not null, "scope_department_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "role_assignment_tenant_id_index" on "role_assignment" ("tenant_id");`);
    this.addSql(`alter table "role_assignment" add constraint "role_assignment_role_id_person_id_scope_department_id_unique" unique ("role_id", "person_id", "scope_department_id");`);

    this.addSql(`create table "tenant_counter" ("tenant_id" uuid not null, "event_sequence" bigint not null default '0', "audit_sequence" bigint not null default '0', "audit_head" varchar(64) null, primary key ("tenant_id"));`);

    this.addSql(`alter table "department" add constraint "department_parent_id_foreign" foreign key ("parent_id") references "department" ("id") on delete restrict;`);

    this.addSql(`alter table "person" add constraint "person_rank_id_foreign" foreign key ("rank_id") references "job_rank" ("id") on delete set null;`);

    this.addSql(`alter table "membership" add constraint "membership_person_id_foreign" foreign key ("person_id") references "person" ("id") on delete cascade;`);
    this.addSql(`alter table "membership" add constraint "membership_department_id_foreign" foreign key ("department_id") references "department" ("id") on delete cascade;`);
    this.addSql(`alter table "membership" add constraint "membership_manager_id_foreign" foreign key ("manager_id") references "person" ("id") on delete set null;`);

    this.addSql(`alter table "department_leader" add constraint "department_leader_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "department_leader" add constraint "department_leader_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "role_assignment" add constraint "role_assignment_role_id_foreign" foreign key ("role_id") references "role" ("id") on delete cascade;`);
    this.addSql(`alter table "role_assignment" add constraint "role_assignment_person_id_foreign" foreign key ("person_id") references "person" ("id") on delete cascade;`);
    this.addSql(`alter table "role_assignment" add constraint "role_assignment_scope_department_id_foreign" foreign key ("scope_department_id") references "department" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "department" drop constraint "department_parent_id_foreign";`);
    this.addSql(`alter table "membership" drop constraint "membership_department_id_foreign";`);
    this.addSql(`alter table "department_leader" drop constraint "department_leader_department_id_foreign";`);
    this.addSql(`alter table "role_assignment" drop constraint "role_assignment_scope_department_id_foreign";`);
    this.addSql(`alter table "person" drop constraint "person_rank_id_foreign";`);
    this.addSql(`alter table "membership" drop constraint "membership_person_id_foreign";`);
    this.addSql(`alter table "membership" drop constraint "membership_manager_id_foreign";`);
    this.addSql(`alter table "department_leader" drop constraint "department_leader_person_id_foreign";`);
    this.addSql(`alter table "role_assignment" drop constraint "role_assignment_person_id_foreign";`);
    this.addSql(`alter table "role_assignment" drop constraint "role_assignment_role_id_foreign";`);

    this.addSql(`drop table if exists "account" cascade;`);
    this.addSql(`drop table if exists "audit_entry" cascade;`);
    this.addSql(`drop table if exists "department" cascade;`);
    this.addSql(`drop table if exists "idempotency_record" cascade;`);
    this.addSql(`drop table if exists "job_rank" cascade;`);
    this.addSql(`drop table if exists "organization" cascade;`);
    this.addSql(`drop table if exists "outbox_event" cascade;`);
    this.addSql(`drop table if exists "person" cascade;`);
    this.addSql(`drop table if exists "membership" cascade;`);
    this.addSql(`drop table if exists "department_leader" cascade;`);
    this.addSql(`drop table if exists "refresh_token" cascade;`);
    this.addSql(`drop table if exists "role" cascade;`);
    this.addSql(`drop table if exists "role_assignment" cascade;`);
    this.addSql(`drop table if exists "tenant_counter" cascade;`);

    this.addSql(`drop type "person_status";`);
  }

}
