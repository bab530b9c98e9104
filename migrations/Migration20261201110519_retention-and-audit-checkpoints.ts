import { Migration } from '@mikro-orm/migrations';

export class Migration20261201110519_retention_and_audit_checkpoints extends Migration {

  override name = 'Migration20261201110519_retention_and_audit_checkpoints';

  override up(): void | Promise<void> {
    this.addSql(`create table "audit_chain_checkpoint" ("tenant_id" uuid not null, "verified_sequence" bigint not null default '0', "verified_hash" varchar(64) null, "verified_at" timestamptz null, "pruned_sequence" bigint not null default '0', "pruned_hash" varchar(64) null, "pruned_at" timestamptz null, primary key ("tenant_id"));`);

    this.addSql(`create index "idempotency_record_tenant_id_created_at_index" on "idempotency_record" ("tenant_id", "created_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "audit_chain_checkpoint" cascade;`);

    this.addSql(`drop index "idempotency_record_tenant_id_created_at_index";`);
  }

}
