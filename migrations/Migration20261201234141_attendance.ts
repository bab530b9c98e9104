import { Migration } from '@mikro-orm/migrations';

export class Migration20261201234141_attendance extends Migration {

  override name = 'Migration20261201234141_attendance';

  override up(): void | Promise<void> {
    this.addSql(`create table "attendance_month" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "month" varchar(7) not null, "status" text not null default 'OPEN', "locked_at" timestamptz null, "reopened_at" timestamptz null, "reopen_reason" varchar(500) null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "attendance_month_tenant_id_index" on "attendance_month" ("tenant_id");`);
    this.addSql(`alter table "attendance_month" add constraint "attendance_month_tenant_id_month_unique" unique ("tenant_id", "month");`);

    this.addSql(`create table "attendance_place" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "name" varchar(100) not null, "address" varchar(300) null, "latitude" double precision not null, "longitude" double precision not null, "radius_meters" int not null, "wifi_bssids" jsonb not null, "ip_ranges" jsonb not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "attendance_place_tenant_id_index" on "attendance_place" ("tenant_id");`);
    this.addSql(`create index "attendance_place_tenant_id_name_index" on "attendance_place" ("tenant_id", "name");`);

    this.addSql(`create table "attendance_shift" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "name" varchar(100) not null, "kind" text not null default 'FIXED', "start" varchar(5) not null, "end" varchar(5) not null, "late_tolerance_minutes" int not null default 0, "early_leave_tolerance_minutes" int not null default 0, "punch_opens_before_minutes" int not null default 120, "punch_closes_after_minutes" int not null default 360, "breaks" jsonb not null, "core_start" varchar(5) null, "core_end" varchar(5) null, "required_minutes" int null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "attendance_shift_tenant_id_index" on "attendance_shift" ("tenant_id");`);
    this.addSql(`create index "attendance_shift_tenant_id_name_index" on "attendance_shift" ("tenant_id", "name");`);

    this.addSql(`create table "attendance_group" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "name" varchar(100) not null, "time_zone" varchar(64) null, "department_ids" jsonb not null, "person_ids" jsonb not null, "excluded_person_ids" jsonb not null, "place_ids" jsonb not null, "shift_id" uuid null, "rostered" boolean not null default false, "offsite_allowed" boolean not null default false, "offsite_requires_remark" boolean not null default true, "offsite_requires_photo" boolean not null default false, "keep_coordinates" boolean not null default false, "coordinates_retention_days" int not null default 30, "offline_window_minutes" int not null default 1440, "max_punches_per_day" int not null default 10, "monitoring_notice" text null, "notice_version" int not null default 0, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "attendance_group_tenant_id_index" on "attendance_group" ("tenant_id");`);
    this.addSql(`create index "attendance_group_tenant_id_name_index" on "attendance_group" ("tenant_id", "name");`);

    this.addSql(`create table "attendance_roster_entry" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "person_id" uuid not null, "department_id" uuid null, "date" date not null, "shift_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "attendance_roster_entry_tenant_id_index" on "attendance_roster_entry" ("tenant_id");`);
    this.addSql(`create index "attendance_roster_entry_tenant_id_date_index" on "attendance_roster_entry" ("tenant_id", "date");`);
    this.addSql(`alter table "attendance_roster_entry" add constraint "attendance_roster_entry_tenant_id_person_id_date_unique" unique ("tenant_id", "person_id", "date");`);

    this.addSql(`create table "attendance_punch" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "person_id" uuid not null, "department_id" uuid null, "group_id" uuid null, "client_punch_id" varchar(64) not null, "punched_at" timestamptz not null, "received_at" timestamptz not null, "work_date" date not null, "method" text not null, "place_id" uuid null, "distance_meters" int null, "accuracy_meters" int null, "flags" jsonb not null, "remark" varchar(500) null, "photo_ref" varchar(200) null, "latitude" double precision null, "longitude" double precision null, "coordinates_erase_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "attendance_punch_tenant_id_index" on "attendance_punch" ("tenant_id");`);
    this.addSql(`create index "attendance_punch_tenant_id_coordinates_erase_at_index" on "attendance_punch" ("tenant_id", "coordinates_erase_at");`);
    this.addSql(`create index "attendance_punch_tenant_id_work_date_index" on "attendance_punch" ("tenant_id", "work_date");`);
    this.addSql(`create index "attendance_punch_tenant_id_person_id_work_date_index" on "attendance_punch" ("tenant_id", "person_id", "work_date");`);
    this.addSql(`alter table "attendance_punch" add constraint "attendance_punch_tenant_id_person_id_client_punch_id_unique" unique ("tenant_id", "person_id", "client_punch_id");`);

    this.addSql(`create table "attendance_notice_acknowledgement" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "group_id" uuid not null, "person_id" uuid not null, "notice_version" int not null, primary key ("id"));`);
    this.addSql(`create index "attendance_notice_acknowledgement_tenant_id_index" on "attendance_notice_acknowledgement" ("tenant_id");`);
    this.addSql(`alter table "attendance_notice_acknowledgement" add constraint "attendance_notice_acknowledgement_group_id_person_88b20_unique" unique ("group_id", "person_id", "notice_version");`);

    this.addSql(`create table "attendance_day" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "person_id" uuid not null, "department_id" uuid null, "group_id" uuid null, "work_date" date not null, "is_working_day" boolean not null, "status" text not null, "exceptions" jsonb not null, "first_punch_at" timestamptz null, "last_punch_at" timestamptz null, "punch_count" int not null default 0, "late_minutes" int not null default 0, "early_leave_minutes" int not null default 0, "worked_minutes" int not null default 0, "short_minutes" int not null default 0, "computed_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "attendance_day_tenant_id_index" on "attendance_day" ("tenant_id");`);
    this.addSql(`create index "attendance_day_tenant_id_department_id_work_date_index" on "attendance_day" ("tenant_id", "department_id", "work_date");`);
    this.addSql(`create index "attendance_day_tenant_id_work_date_status_index" on "attendance_day" ("tenant_id", "work_date", "status");`);
    this.addSql(`alter table "attendance_day" add constraint "attendance_day_tenant_id_person_id_work_date_unique" unique ("tenant_id", "person_id", "work_date");`);

    this.addSql(`alter table "attendance_month" add constraint "attendance_month_status_check" check ("status" in ('OPEN', 'LOCKED'));`);

    this.addSql(`alter table "attendance_shift" add constraint "attendance_shift_kind_check" check ("kind" in ('FIXED', 'FLEXIBLE'));`);

    this.addSql(`alter table "attendance_group" add constraint "attendance_group_shift_id_foreign" foreign key ("shift_id") references "attendance_shift" ("id") on delete set null;`);

    this.addSql(`alter table "attendance_roster_entry" add constraint "attendance_roster_entry_person_id_foreign" foreign key ("person_id") references "person" ("id") on delete cascade;`);
    this.addSql(`alter table "attendance_roster_entry" add constraint "attendance_roster_entry_shift_id_foreign" foreign key ("shift_id") references "attendance_shift" ("id") on delete set null;`);

    this.addSql(`alter table "attendance_punch" add constraint "attendance_punch_person_id_foreign" foreign key ("person_id") references "person" ("id") on delete cascade;`);
    this.addSql(`alter table "attendance_punch" add constraint "attendance_punch_group_id_foreign" foreign key ("group_id") references "attendance_group" ("id") on delete set null;`);
    this.addSql(`alter table "attendance_punch" add constraint "attendance_punch_place_id_foreign" foreign key ("place_id") references "attendance_place" ("id") on delete set null;`);
    this.addSql(`alter table "attendance_punch" add constraint "attendance_punch_method_check" check ("method" in ('WIFI', 'GPS', 'IP', 'OFFSITE'));`);

    this.addSql(`alter table "attendance_notice_acknowledgement" add constraint "attendance_notice_acknowledgement_group_id_foreign" foreign key ("group_id") references "attendance_group" ("id") on delete cascade;`);
    this.addSql(`alter table "attendance_notice_acknowledgement" add constraint "attendance_notice_acknowledgement_person_id_foreign" foreign key ("person_id") references "person" ("id") on delete cascade;`);

    this.addSql(`alter table "attendance_day" add constraint "attendance_day_person_id_foreign" foreign key ("person_id") references "person" ("id") on delete cascade;`);
    this.addSql(`alter table "attendance_day" add constraint "attendance_day_status_check" check ("status" in ('NORMAL', 'EXCEPTION', 'ABSENT', 'REST', 'UNSCHEDULED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "attendance_punch" drop constraint "attendance_punch_place_id_foreign";`);
    this.addSql(`alter table "attendance_group" drop constraint "attendance_group_shift_id_foreign";`);
    this.addSql(`alter table "attendance_roster_entry" drop constraint "attendance_roster_entry_shift_id_foreign";`);
    this.addSql(`alter table "attendance_punch" drop constraint "attendance_punch_group_id_foreign";`);
    this.addSql(`alter table "attendance_notice_acknowledgement" drop constraint "attendance_notice_acknowledgement_group_id_foreign";`);

    this.addSql(`drop table if exists "attendance_month" cascade;`);
    this.addSql(`drop table if exists "attendance_place" cascade;`);
    this.addSql(`drop table if exists "attendance_shift" cascade;`);
    this.addSql(`drop table if exists "attendance_group" cascade;`);
    this.addSql(`drop table if exists "attendance_roster_entry" cascade;`);
    this.addSql(`drop table if exists "attendance_punch" cascade;`);
    this.addSql(`drop table if exists "attendance_notice_acknowledgement" cascade;`);
    this.addSql(`drop table if exists "attendance_day" cascade;`);
  }

}
