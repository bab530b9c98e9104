import { Migration } from '@mikro-orm/migrations';

export class Migration20261202103705_messaging_search extends Migration {

  override name = 'Migration20261202103705_messaging_search';

  override up(): void | Promise<void> {
    this.addSql(`alter table "message" add "search_text" text not null default '', add "search_vector" tsvector generated always as (to_tsvector('simple', search_text)) stored not null;`);
    this.addSql(`create index "message_search_vector_index" on "public"."message" using gin("search_vector");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "message_search_vector_index";`);
    this.addSql(`alter table "message" drop column "search_text", drop column "search_vector";`);
  }

}
