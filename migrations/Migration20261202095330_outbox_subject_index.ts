import { Migration } from '@mikro-orm/migrations';

export class Migration20261202095330_outbox_subject_index extends Migration {

  override name = 'Migration20261202095330_outbox_subject_index';

  override up(): void | Promise<void> {
    this.addSql(`create index "outbox_event_subject_index" on "outbox_event" ("tenant_id", "subject_id", "sequence") where "sequence" is not null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "outbox_event_subject_index";`);
  }

}
