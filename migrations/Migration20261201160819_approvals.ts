import { Migration } from '@mikro-orm/migrations';

export class Migration20261201160819_approvals extends Migration {

  override name = 'Migration20261201160819_approvals';

  override up(): void | Promise<void> {
    this.addSql(`create table "approval_template" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "key" varchar(50) null, "names" jsonb not null, "description" jsonb null, "category" varchar(50) null, "status" text not null default 'DRAFT', "draft" jsonb not null, "published_version" int null, "published_at" timestamptz null, "owner_module" varchar(50) null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "approval_template_tenant_id_index" on "approval_template" ("tenant_id");`);
    this.addSql(`create index "approval_template_tenant_id_status_index" on "approval_template" ("tenant_id", "status");`);
    this.addSql(`alter table "approval_template" add constraint "approval_template_tenant_id_key_unique" unique ("tenant_id", "key");`);

    this.addSql(`create table "approval_template_version" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "template_id" uuid not null, "number" int not null, "definition" jsonb not null, "published_by_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "approval_template_version_tenant_id_index" on "approval_template_version" ("tenant_id");`);
    this.addSql(`alter table "approval_template_version" add constraint "approval_template_version_template_id_number_unique" unique ("template_id", "number");`);

    this.addSql(`create table "approval_request" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "template_id" uuid not null, "template_version_id" uuid not null, "applicant_id" uuid not null, "department_id" uuid null, "title" varchar(300) not null, "subject_type" varchar(50) null, "subject_id" varchar(100) null, "values" jsonb not null, "computed" jsonb not null, "route" jsonb not null, "done_nodes" jsonb not null, "status" text not null default 'RUNNING', "round" int not null default 1, "submitted_at" timestamptz not null, "finished_at" timestamptz null, "last_activity_at" timestamptz not null, "revoke_window_days" int not null default 0, "activity_count" int not null default 0, "last_reminded_at" timestamptz null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "approval_request_tenant_id_index" on "approval_request" ("tenant_id");`);
    this.addSql(`create index "approval_request_tenant_id_subject_type_subject_id_index" on "approval_request" ("tenant_id", "subject_type", "subject_id");`);
    this.addSql(`create index "approval_request_tenant_id_template_id_submitted_at_index" on "approval_request" ("tenant_id", "template_id", "submitted_at");`);
    this.addSql(`create index "approval_request_tenant_id_status_submitted_at_index" on "approval_request" ("tenant_id", "status", "submitted_at");`);
    this.addSql(`create index "approval_request_tenant_id_applicant_id_submitted_at_index" on "approval_request" ("tenant_id", "applicant_id", "submitted_at");`);

    this.addSql(`create table "approval_task" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "request_id" uuid not null, "node_id" varchar(50) not null, "round" int not null, "sequence" int not null, "assignee_id" uuid not null, "status" text not null default 'PENDING', "waiting_for" uuid null, "is_added_signer" boolean not null default false, "added_by_id" uuid null, "transferred_from_id" uuid null, "assigned_at" timestamptz null, "decided_at" timestamptz null, "comment" text null, "auto_reason" varchar(20) null, "due_at" timestamptz null, "reminded_at" timestamptz null, "escalated_at" timestamptz null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "approval_task_tenant_id_index" on "approval_task" ("tenant_id");`);
    this.addSql(`create index "approval_task_request_id_round_index" on "approval_task" ("request_id", "round");`);
    this.addSql(`create index "approval_task_tenant_id_assignee_id_status_assigned_at_index" on "approval_task" ("tenant_id", "assignee_id", "status", "assigned_at");`);

    this.addSql(`create table "approval_participant" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "request_id" uuid not null, "person_id" uuid not null, "kind" text not null, "notified_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "approval_participant_tenant_id_index" on "approval_participant" ("tenant_id");`);
    this.addSql(`create index "approval_participant_tenant_id_person_id_kind_index" on "approval_participant" ("tenant_id", "person_id", "kind");`);
    this.addSql(`alter table "approval_participant" add constraint "approval_participant_request_id_person_id_kind_unique" unique ("request_id", "person_id", "kind");`);

    this.addSql(`create table "approval_activity" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "request_id" uuid not null, "ordinal" int not null, "kind" text not null, "actor_id" uuid null, "target_id" uuid null, "node_id" varchar(50) null, "comment" text null, "details" jsonb null, primary key ("id"));`);
    this.addSql(`create index "approval_activity_tenant_id_index" on "approval_activity" ("tenant_id");`);
    this.addSql(`alter table "approval_activity" add constraint "approval_activity_request_id_ordinal_unique" unique ("request_id", "ordinal");`);

    this.addSql(`alter table "approval_template" add constraint "approval_template_status_check" check ("status" in ('DRAFT', 'ACTIVE', 'DISABLED'));`);

    this.addSql(`alter table "approval_template_version" add constraint "approval_template_version_template_id_foreign" foreign key ("template_id") references "approval_template" ("id") on delete cascade;`);
    this.addSql(`alter table "approval_template_version" add constraint "approval_template_version_published_by_id_foreign" foreign key ("published_by_id") references "person" ("id") on delete set null;`);

    this.addSql(`alter table "approval_request" add constraint "approval_request_template_id_foreign" foreign key ("template_id") references "approval_template" ("id") on delete restrict;`);
    this.addSql(`alter table "approval_request" add constraint "approval_request_template_version_id_foreign" foreign key ("template_version_id") references "approval_template_version" ("id") on delete restrict;`);
    this.addSql(`alter table "approval_request" add constraint "approval_request_applicant_id_foreign" foreign key ("applicant_id") references "person" ("id") on delete restrict;`);
    this.addSql(`alter table "approval_request" add constraint "approval_request_department_id_foreign" foreign key ("department_id") references "department" ("id") on delete set null;`);
    this.addSql(`alter table "approval_request" add constraint "approval_request_status_check" check ("status" in ('RUNNING', 'APPROVED', 'REJECTED', 'RETURNED', 'WITHDRAWN', 'REVOKED'));`);

    this.addSql(`alter table "approval_task" add constraint "approval_task_request_id_foreign" foreign key ("request_id") references "approval_request" ("id") on delete cascade;`);
    this.addSql(`alter table "approval_task" add constraint "approval_task_assignee_id_foreign" foreign key ("assignee_id") references "person" ("id") on delete restrict;`);
    this.addSql(`alter table "approval_task" add constraint "approval_task_added_by_id_foreign" foreign key ("added_by_id") references "person" ("id") on delete set null;`);
    this.addSql(`alter table "approval_task" add constraint "approval_task_transferred_from_id_foreign" foreign key ("transferred_from_id") references "person" ("id") on delete set null;`);
    this.addSql(`alter table "approval_task" add constraint "approval_task_status_check" check ("status" in ('WAITING', 'PENDING', 'APPROVED', 'AUTO_APPROVED', 'REJECTED', 'RETURNED', 'CANCELLED'));`);

    this.addSql(`alter table "approval_participant" add constraint "approval_participant_request_id_foreign" foreign key ("request_id") references "approval_request" ("id") on delete cascade;`);
    this.addSql(`alter table "approval_participant" add constraint "approval_participant_person_id_foreign" foreign key ("person_id") references "person" ("id") on delete cascade;`);
    this.addSql(`alter table "approval_participant" add constraint "approval_participant_kind_check" check ("kind" in ('APPROVER', 'CC', 'MENTIONED'));`);

    this.addSql(`alter table "approval_activity" add constraint "approval_activity_request_id_foreign" foreign key ("request_id") references "approval_request" ("id") on delete cascade;`);
    this.addSql(`alter table "approval_activity" add constraint "approval_activity_actor_id_foreign" foreign key ("actor_id") references "person" ("id") on delete set null;`);
    this.addSql(`alter table "approval_activity" add constraint "approval_activity_target_id_foreign" foreign key ("target_id") references "person" ("id") on delete set null;`);
    this.addSql(`alter table "approval_activity" add constraint "approval_activity_kind_check" check ("kind" in ('SUBMITTED', 'RESUBMITTED', 'APPROVED', 'AUTO_APPROVED', 'REJECTED', 'RETURNED', 'WITHDRAWN', 'REVOKED', 'TRANSFERRED', 'ESCALATED', 'SIGNER_ADDED', 'COMMENTED', 'REMINDED', 'CC_SENT', 'FINISHED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "approval_template_version" drop constraint "approval_template_version_template_id_foreign";`);
    this.addSql(`alter table "approval_request" drop constraint "approval_request_template_id_foreign";`);
    this.addSql(`alter table "approval_request" drop constraint "approval_request_template_version_id_foreign";`);
    this.addSql(`alter table "approval_task" drop constraint "approval_task_request_id_foreign";`);
    this.addSql(`alter table "approval_participant" drop constraint "approval_participant_request_id_foreign";`);
    this.addSql(`alter table "approval_activity" drop constraint "approval_activity_request_id_foreign";`);

    this.addSql(`drop table if exists "approval_template" cascade;`);
    this.addSql(`drop table if exists "approval_template_version" cascade;`);
    this.addSql(`drop table if exists "approval_request" cascade;`);
    this.addSql(`drop table if exists "approval_task" cascade;`);
    this.addSql(`drop table if exists "approval_participant" cascade;`);
    this.addSql(`drop table if exists "approval_activity" cascade;`);
  }

}
