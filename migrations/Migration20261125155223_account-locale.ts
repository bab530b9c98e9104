import { Migration } from '@mikro-orm/migrations';

export class Migration20261125155223_account_locale extends Migration {

  override name = 'Migration20261125155223_account_locale';

  override up(): void | Promise<void> {
    this.addSql(`alter table "account" add "locale" varchar(10) null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "account" drop column "locale";`);
  }

}
