import { Migration } from '@mikro-orm/migrations';

export class Migration20261202030233_overtime extends Migration {

  override name = 'Migration20261202030233_overtime';

  override up(): void | Promise<void> {
    this.addSql(`alter table "attendance_group" add "overtime_mode" text not null default 'NONE', add "overtime_minimum_minutes" int not null default 30;`);
    this.addSql(`alter table "attendance_group" add constraint "attendance_group_overtime_mode_check" check ("overtime_mode" in ('NONE', 'APPROVAL', 'APPROVAL_AND_PUNCHES', 'PUNCHES'));`);

    this.addSql(`alter table "attendance_request" drop constraint "attendance_request_kind_check";`);
    this.addSql(`alter table "attendance_request" add "overtime_start" timestamptz null, add "overtime_end" timestamptz null, add "compensation" text null;`);
    this.addSql(`alter table "attendance_request" add constraint "attendance_request_compensation_check" check ("compensation" in ('PAY', 'TIME_OFF'));`);
    this.addSql(`alter table "attendance_request" add constraint "attendance_request_kind_check" check ("kind" in ('LEAVE', 'MAKE_UP_PUNCH', 'OVERTIME'));`);

    this.addSql(`alter table "attendance_day" add "overtime_minutes" int not null default 0;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "attendance_day" drop column "overtime_minutes";`);

    this.addSql(`alter table "attendance_group" drop constraint "attendance_group_overtime_mode_check";`);
    this.addSql(`alter table "attendance_group" drop column "overtime_mode", drop column "overtime_minimum_minutes";`);

    this.addSql(`alter table "attendance_request" drop constraint "attendance_request_compensation_check";`);
    this.addSql(`alter table "attendance_request" drop constraint "attendance_request_kind_check";`);
    this.addSql(`alter table "attendance_request" drop column "overtime_start", drop column "overtime_end", drop column "compensation";`);
    this.addSql(`alter table "attendance_request" add constraint "attendance_request_kind_check" check ("kind" in ('LEAVE', 'MAKE_UP_PUNCH'));`);
  }

}
