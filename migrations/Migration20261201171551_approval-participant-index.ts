import { Migration } from '@mikro-orm/migrations';

export class Migration20261201171551_approval_participant_index extends Migration {

  override name = 'Migration20261201171551_approval_participant_index';

  override up(): void | Promise<void> {
    this.addSql(`drop index "approval_participant_tenant_id_person_id_kind_index";`);
    this.addSql(`create index "approval_participant_person_id_kind_request_id_index" on "approval_participant" ("person_id", "kind", "request_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "approval_participant_person_id_kind_request_id_index";`);
    this.addSql(`create index "approval_participant_tenant_id_person_id_kind_index" on "approval_participant" ("tenant_id", "person_id", "kind");`);
  }

}
