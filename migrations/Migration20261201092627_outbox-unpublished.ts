import { Migration } from '@mikro-orm/migrations';

export class Migration20261201092627_outbox_unpublished extends Migration {

  override name = 'Migration20261201092627_outbox_unpublished';

  override up(): void | Promise<void> {
    this.addSql(`create index "outbox_event_unpublished_index" on "outbox_event" ("tenant_id", "sequence") where "dispatched_at" is null and "sequence" is not null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "outbox_event_unpublished_index";`);
  }

}
