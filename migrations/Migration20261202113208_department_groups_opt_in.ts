import { Migration } from '@mikro-orm/migrations';

export class Migration20261202113208_department_groups_opt_in extends Migration {

  override name = 'Migration20261202113208_department_groups_opt_in';

  override up(): void | Promise<void> {
    this.addSql(`alter table "messaging_policy" alter column "department_groups" set default false;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "messaging_policy" alter column "department_groups" set default true;`);
  }

}
