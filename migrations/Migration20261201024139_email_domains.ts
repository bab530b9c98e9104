import { Migration } from '@mikro-orm/migrations';

export class Migration20261201024139_email_domains extends Migration {

  override name = 'Migration20261201024139_email_domains';

  override up(): void | Promise<void> {
    this.addSql(`create type "email_domain_status" as enum ('PENDING', 'VERIFIED');`);
    this.addSql(`create type "email_domain_verification" as enum ('DNS_TXT', 'OPERATOR');`);
    this.addSql(`create table "email_domain" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "tenant_id" uuid not null, "domain" varchar(253) not null, "status" "email_domain_status" not null default 'PENDING', "verification_method" "email_domain_verification" null, "verification_token" varchar(64) null, "verified_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "email_domain_tenant_id_index" on "email_domain" ("tenant_id");`);
    this.addSql(`create unique index "email_domain_verified_domain_unique" on "email_domain" ("domain") where "status" = 'VERIFIED';`);
    this.addSql(`alter table "email_domain" add constraint "email_domain_tenant_id_domain_unique" unique ("tenant_id", "domain");`);

    // Every domain an organisation allowed becomes a verified claim of it; a domain two organisations listed goes to the
    // one opened first (the other is left without it: its sign-ins there stop until the operator decides).
    this.addSql(`insert into "email_domain" ("id", "tenant_id", "domain", "status", "verification_method", "verified_at")
      select distinct on (listed.domain) gen_random_uuid(), listed.tenant_id, listed.domain, 'VERIFIED', 'OPERATOR', now()
      from (
        select o.id as tenant_id, o.created_at, lower(btrim(d.domain)) as domain
        from "organization" o cross join lateral unnest(o.allowed_email_domains) as d(domain)
      ) listed
      where listed.domain <> ''
      order by listed.domain, listed.created_at, listed.tenant_id;`);
    // Platform operators' own domains too, so they can still sign in and give other organisations their domains. Other
    // organisations that allowed any domain get none: an existing account cannot tell the owner from a squatter.
    this.addSql(`insert into "email_domain" ("id", "tenant_id", "domain", "status", "verification_method", "verified_at")
      select distinct on (operator.domain) gen_random_uuid(), operator.tenant_id, operator.domain, 'VERIFIED', 'OPERATOR', now()
      from (
        select a.tenant_id, a.created_at, lower(substr(a.email, strpos(a.email, '@') + 1)) as domain
        from "account" a
        where a.is_platform_admin and a.disabled_at is null
      ) operator
      order by operator.domain, operator.created_at, operator.tenant_id
      on conflict do nothing;`);
    // Accounts left outside their organisation's verified domains can no longer sign in; their open sessions end too,
    // or a refresh token would keep them in for weeks.
    this.addSql(`update "refresh_token" t set "revoked_at" = now()
      from "account" a
      where t.account_id = a.id and t.revoked_at is null
        and not exists (
          select 1 from "email_domain" e
          where e.tenant_id = a.tenant_id and e.status = 'VERIFIED' and e.domain = lower(substr(a.email, strpos(a.email, '@') + 1))
        );`);

    this.addSql(`alter table "organization" drop column "allowed_email_domains";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "organization" add "allowed_email_domains" text[] not null default '{}';`);
    this.addSql(`update "organization" o set "allowed_email_domains" = coalesce(
      (select array_agg(e.domain order by e.domain) from "email_domain" e where e.tenant_id = o.id and e.status = 'VERIFIED'), '{}');`);

    this.addSql(`drop table if exists "email_domain" cascade;`);

    this.addSql(`drop type "email_domain_status";`);
    this.addSql(`drop type "email_domain_verification";`);
  }

}
