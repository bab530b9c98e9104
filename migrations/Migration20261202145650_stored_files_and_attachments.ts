import { Migration } from '@mikro-orm/migrations';

export class Migration20261202145650_stored_files_and_attachments extends Migration {

  override name = 'Migration20261202145650_stored_files_and_attachments';

  override up(): void | Promise<void> {
    this.addSql(`create table "stored_file" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "purpose" varchar(100) not null, "uploader_id" uuid not null, "name" varchar(255) not null, "status" text not null default 'PENDING', "declared_content_type" varchar(255) null, "declared_size" int null, "content_type" varchar(255) null, "size" int null, "sha256" varchar(64) null, "storage_key" varchar(200) not null, "width" int null, "height" int null, "thumbnail_key" varchar(200) null, "duration_seconds" double precision null, "attached_subject_type" varchar(100) null, "attached_subject_id" uuid null, "attached_at" timestamptz null, "uploaded_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "stored_file_tenant_id_index" on "stored_file" ("tenant_id");`);
    this.addSql(`create index "stored_file_tenant_id_attached_subject_id_created_at_index" on "stored_file" ("tenant_id", "attached_subject_id", "created_at");`);
    this.addSql(`create index "stored_file_tenant_id_attached_subject_type_attach_c9420_index" on "stored_file" ("tenant_id", "attached_subject_type", "attached_subject_id");`);

    this.addSql(`alter table "message" drop constraint "message_kind_check";`);
    this.addSql(`alter table "message" add constraint "message_kind_check" check ("kind" in ('TEXT', 'LOCATION', 'CARD', 'IMAGE', 'FILE', 'VOICE', 'VIDEO'));`);

    this.addSql(`alter table "stored_file" add constraint "stored_file_status_check" check ("status" in ('PENDING', 'READY'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "stored_file" cascade;`);

    this.addSql(`alter table "message" drop constraint "message_kind_check";`);
    this.addSql(`alter table "message" add constraint "message_kind_check" check ("kind" in ('TEXT', 'LOCATION', 'CARD'));`);
  }

}
