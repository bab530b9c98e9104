import { Migration } from '@mikro-orm/migrations';

export class Migration20261202140759_message_attachment_kinds extends Migration {

  override name = 'Migration20261202140759_message_attachment_kinds';

  override up(): void | Promise<void> {
    this.addSql(`alter table "message" drop constraint "message_kind_check";`);
    this.addSql(`alter table "message" add constraint "message_kind_check" check ("kind" in ('TEXT', 'LOCATION', 'IMAGE', 'FILE', 'VOICE', 'VIDEO'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "message" drop constraint "message_kind_check";`);
    this.addSql(`alter table "message" add constraint "message_kind_check" check ("kind" in ('TEXT', 'LOCATION'));`);
  }

}
