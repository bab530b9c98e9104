import { Migration } from '@mikro-orm/migrations';

export class Migration20261202055729_offsite_approval extends Migration {

  override name = 'Migration20261202055729_offsite_approval';

  override up(): void | Promise<void> {
    this.addSql(`alter table "attendance_group" add "offsite_needs_approval" boolean not null default false;`);

    this.addSql(`alter table "attendance_punch" add "needs_approval" boolean not null default false;`);

    this.addSql(`alter table "attendance_request" drop constraint "attendance_request_kind_check";`);
    this.addSql(`alter table "attendance_request" add "punch_id" uuid null;`);
    this.addSql(`alter table "attendance_request" add constraint "attendance_request_punch_id_foreign" foreign key ("punch_id") references "attendance_punch" ("id") on delete cascade;`);
    this.addSql(`alter table "attendance_request" add constraint "attendance_request_kind_check" check ("kind" in ('LEAVE', 'MAKE_UP_PUNCH', 'OVERTIME', 'OFFSITE_PUNCH'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "attendance_request" drop constraint "attendance_request_punch_id_foreign";`);

    this.addSql(`alter table "attendance_group" drop column "offsite_needs_approval";`);

    this.addSql(`alter table "attendance_punch" drop column "needs_approval";`);

    this.addSql(`alter table "attendance_request" drop constraint "attendance_request_kind_check";`);
    this.addSql(`alter table "attendance_request" drop column "punch_id";`);
    this.addSql(`alter table "attendance_request" add constraint "attendance_request_kind_check" check ("kind" in ('LEAVE', 'MAKE_UP_PUNCH', 'OVERTIME'));`);
  }

}
