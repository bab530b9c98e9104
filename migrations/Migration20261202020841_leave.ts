import { Migration } from '@mikro-orm/migrations';

export class Migration20261202020841_leave extends Migration {

  override name = 'Migration20261202020841_leave';

  override up(): void | Promise<void> {
    this.addSql(`create table "attendance_leave_type" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "key" varchar(40) not null, "name_en" varchar(100) not null, "name_zh_hk" varchar(100) not null, "name_zh_cn" varchar(100) not null, "paid" boolean not null, "needs_balance" boolean not null, "policy" text not null default 'NONE', "active" boolean not null default true, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "attendance_leave_type_tenant_id_index" on "attendance_leave_type" ("tenant_id");`);
    this.addSql(`alter table "attendance_leave_type" add constraint "attendance_leave_type_tenant_id_key_unique" unique ("tenant_id", "key");`);

    this.addSql(`create table "attendance_request" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "kind" text not null, "person_id" uuid not null, "department_id" uuid null, "status" text not null default 'PENDING', "start_date" date not null, "end_date" date not null, "leave_type_id" uuid null, "half_day" text null, "days" int null, "punch_type" text null, "punched_at" timestamptz null, "reason" varchar(1000) null, "approval_request_id" uuid null, "decided_at" timestamptz null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "attendance_request_tenant_id_index" on "attendance_request" ("tenant_id");`);
    this.addSql(`create index "attendance_request_tenant_id_approval_request_id_index" on "attendance_request" ("tenant_id", "approval_request_id");`);
    this.addSql(`create index "attendance_request_tenant_id_person_id_status_start_date_index" on "attendance_request" ("tenant_id", "person_id", "status", "start_date");`);

    this.addSql(`create table "attendance_leave_entry" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "person_id" uuid not null, "department_id" uuid null, "leave_type_id" uuid not null, "kind" text not null, "from_account" text not null, "to_account" text not null, "days" int not null, "effective_on" date not null, "request_id" uuid null, "accrual_key" varchar(40) null, "note" varchar(500) null, "created_by_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "attendance_leave_entry_tenant_id_index" on "attendance_leave_entry" ("tenant_id");`);
    this.addSql(`create index "attendance_leave_entry_tenant_id_person_id_leave_t_e89fa_index" on "attendance_leave_entry" ("tenant_id", "person_id", "leave_type_id", "effective_on");`);
    this.addSql(`alter table "attendance_leave_entry" add constraint "attendance_leave_entry_tenant_id_person_id_leave__1949b_unique" unique ("tenant_id", "person_id", "leave_type_id", "accrual_key");`);

    this.addSql(`alter table "attendance_group" add "make_up_per_month" int not null default 3, add "make_up_deadline_days" int not null default 3, add "make_up_types" jsonb not null default '["IN","OUT"]';`);

    this.addSql(`alter table "attendance_day" drop constraint "attendance_day_status_check";`);
    this.addSql(`alter table "attendance_day" add "make_up_count" int not null default 0, add "leave_type_key" varchar(40) null, add "leave_half_day" text null;`);
    this.addSql(`alter table "attendance_day" add constraint "attendance_day_leave_half_day_check" check ("leave_half_day" in ('AM', 'PM'));`);
    this.addSql(`alter table "attendance_day" add constraint "attendance_day_status_check" check ("status" in ('NORMAL', 'EXCEPTION', 'ABSENT', 'REST', 'UNSCHEDULED', 'ON_LEAVE'));`);

    this.addSql(`alter table "attendance_leave_type" add constraint "attendance_leave_type_policy_check" check ("policy" in ('NONE', 'HK_ANNUAL', 'HK_SICK'));`);

    this.addSql(`alter table "attendance_request" add constraint "attendance_request_person_id_foreign" foreign key ("person_id") references "person" ("id") on delete cascade;`);
    this.addSql(`alter table "attendance_request" add constraint "attendance_request_leave_type_id_foreign" foreign key ("leave_type_id") references "attendance_leave_type" ("id") on delete restrict;`);
    this.addSql(`alter table "attendance_request" add constraint "attendance_request_kind_check" check ("kind" in ('LEAVE', 'MAKE_UP_PUNCH'));`);
    this.addSql(`alter table "attendance_request" add constraint "attendance_request_status_check" check ("status" in ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'REVOKED'));`);
    this.addSql(`alter table "attendance_request" add constraint "attendance_request_half_day_check" check ("half_day" in ('AM', 'PM'));`);
    this.addSql(`alter table "attendance_request" add constraint "attendance_request_punch_type_check" check ("punch_type" in ('IN', 'OUT'));`);

    this.addSql(`alter table "attendance_leave_entry" add constraint "attendance_leave_entry_person_id_foreign" foreign key ("person_id") references "person" ("id") on delete cascade;`);
    this.addSql(`alter table "attendance_leave_entry" add constraint "attendance_leave_entry_leave_type_id_foreign" foreign key ("leave_type_id") references "attendance_leave_type" ("id") on delete cascade;`);
    this.addSql(`alter table "attendance_leave_entry" add constraint "attendance_leave_entry_balanced" check (days >= 0 and from_account <> to_account);`);
    this.addSql(`alter table "attendance_leave_entry" add constraint "attendance_leave_entry_kind_check" check ("kind" in ('GRANT', 'ACCRUAL', 'USAGE', 'EXPIRY', 'CARRY_FORWARD', 'ADJUSTMENT', 'REVERSAL'));`);
    this.addSql(`alter table "attendance_leave_entry" add constraint "attendance_leave_entry_from_account_check" check ("from_account" in ('ENTITLEMENT', 'AVAILABLE', 'USED', 'EXPIRED'));`);
    this.addSql(`alter table "attendance_leave_entry" add constraint "attendance_leave_entry_to_account_check" check ("to_account" in ('ENTITLEMENT', 'AVAILABLE', 'USED', 'EXPIRED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "attendance_request" drop constraint "attendance_request_leave_type_id_foreign";`);
    this.addSql(`alter table "attendance_leave_entry" drop constraint "attendance_leave_entry_leave_type_id_foreign";`);

    this.addSql(`drop table if exists "attendance_leave_type" cascade;`);
    this.addSql(`drop table if exists "attendance_request" cascade;`);
    this.addSql(`drop table if exists "attendance_leave_entry" cascade;`);

    this.addSql(`alter table "attendance_day" drop constraint "attendance_day_leave_half_day_check";`);
    this.addSql(`alter table "attendance_day" drop constraint "attendance_day_status_check";`);
    this.addSql(`alter table "attendance_day" drop column "make_up_count", drop column "leave_type_key", drop column "leave_half_day";`);
    this.addSql(`alter table "attendance_day" add constraint "attendance_day_status_check" check ("status" in ('NORMAL', 'EXCEPTION', 'ABSENT', 'REST', 'UNSCHEDULED'));`);

    this.addSql(`alter table "attendance_group" drop column "make_up_per_month", drop column "make_up_deadline_days", drop column "make_up_types";`);
  }

}
