import { Migration } from '@mikro-orm/migrations';

export class Migration20261202140339_messaging_cards extends Migration {

  override name = 'Migration20261202140339_messaging_cards';

  override up(): void | Promise<void> {
    this.addSql(`alter table "conversation" drop constraint "conversation_kind_check";`);
    this.addSql(`alter table "conversation" add constraint "conversation_kind_check" check ("kind" in ('DIRECT', 'GROUP', 'DEPARTMENT', 'PROJECT', 'ANNOUNCEMENT', 'NOTICES'));`);

    this.addSql(`alter table "message" drop constraint "message_kind_check";`);
    this.addSql(`alter table "message" add "card" jsonb null;`);
    this.addSql(`alter table "message" add constraint "message_kind_check" check ("kind" in ('TEXT', 'LOCATION', 'CARD'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "conversation" drop constraint "conversation_kind_check";`);
    this.addSql(`alter table "conversation" add constraint "conversation_kind_check" check ("kind" in ('DIRECT', 'GROUP', 'DEPARTMENT', 'PROJECT', 'ANNOUNCEMENT'));`);

    this.addSql(`alter table "message" drop constraint "message_kind_check";`);
    this.addSql(`alter table "message" drop column "card";`);
    this.addSql(`alter table "message" add constraint "message_kind_check" check ("kind" in ('TEXT', 'LOCATION'));`);
  }

}
