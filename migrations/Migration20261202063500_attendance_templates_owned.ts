import { Migration } from '@mikro-orm/migrations';

/**
 * Data only: the library templates attendance decides its requests with become attendance's own in organisations that
 * got them before the library named their owner, so requests on them are made through attendance, never bare.
 */
export class Migration20261202063500_attendance_templates_owned extends Migration {
  override name = 'Migration20261202063500_attendance_templates_owned';

  override up(): void | Promise<void> {
    this.addSql(
      `update "approval_template" set "owner_module" = 'attendance' where "key" in ('leave', 'punch-correction', 'overtime', 'offsite-punch') and "owner_module" is null;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`update "approval_template" set "owner_module" = null where "key" in ('leave', 'punch-correction', 'overtime', 'offsite-punch') and "owner_module" = 'attendance';`);
  }
}
