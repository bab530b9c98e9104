import { Migration } from '@mikro-orm/migrations';

export class Migration20261201103833_idempotency_in_transaction extends Migration {

  override name = 'Migration20261201103833_idempotency_in_transaction';

  override up(): void | Promise<void> {
    // Reservations of the old scheme whose first attempt never stored an answer: under the new one the key is free.
    this.addSql(`delete from "idempotency_record" where "response" is null;`);
    this.addSql(`alter table "idempotency_record" alter column "response" set not null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "idempotency_record" alter column "response" drop not null;`);
  }

}
