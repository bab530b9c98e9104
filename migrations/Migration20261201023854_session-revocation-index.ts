import { Migration } from '@mikro-orm/migrations';

export class Migration20261201023854_session_revocation_index extends Migration {

  override name = 'Migration20261201023854_session_revocation_index';

  override up(): void | Promise<void> {
    this.addSql(`create index "refresh_token_account_id_revoked_at_index" on "refresh_token" ("account_id", "revoked_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "refresh_token_account_id_revoked_at_index";`);
  }

}
