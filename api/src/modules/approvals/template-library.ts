import type { EntityManager } from '@mikro-orm/postgresql';
import { approvalTemplateLibrary, type LibraryTemplate } from '../../../../seeds/approval-templates.js';
import type { NewTenant } from '../../core/context/module.js';
import type { RequestContext } from '../../core/context/request-context.js';
import type { AppServices } from '../../core/context/services.js';
import { createSystemContext } from '../../core/context/system-context.js';
import { crossTenantSql, sql, tenantSql, TENANT } from '../../core/database/sql.js';
import type { Locale } from '../../core/i18n/i18n.js';
import { RoleAssignment } from '../access/index.js';
import { PersonStatus } from '../org/index.js';
import { ApprovalLibraryOffer } from './approval-template.entity.js';
import { EmptyApproverPolicy, type ApprovalDefinition } from './definition.js';
import { writePublication, writeTemplate, type TemplateAuthor } from './templates.service.js';

const libraryKeys = approvalTemplateLibrary.map((template) => template.key);

/** A library definition as an organisation gets it: a node that finds nobody goes to its first admin. */
export function libraryDefinition(template: LibraryTemplate, adminPersonId: string): ApprovalDefinition {
  const definition = structuredClone(template.definition);
  if (definition.policies.emptyApprovers === EmptyApproverPolicy.ASSIGN_ADMIN) definition.policies.fallbackApproverId = adminPersonId;
  return definition;
}

/** Creates and publishes library templates for `author`'s organisation through the templates' one write path. */
async function installTemplates(ctx: RequestContext, em: EntityManager, author: TemplateAuthor, adminPersonId: string, templates: readonly LibraryTemplate[]): Promise<void> {
  for (const entry of templates) {
    const template = await writeTemplate(ctx, em, author, {
      key: entry.key,
      category: entry.category,
      names: entry.names,
      description: entry.description,
      definition: libraryDefinition(entry, adminPersonId),
      ownerModule: entry.ownerModule ?? null,
    });
    await writePublication(ctx, em, author, template);
  }
}

/** Tenant set-up: a new organisation gets the whole library, published and active, created by its first admin. */
export async function installLibrary(ctx: RequestContext, em: EntityManager, tenant: NewTenant): Promise<void> {
  await installTemplates(ctx, em, { tenantId: tenant.tenantId, personId: tenant.adminPersonId, locale: tenant.locale }, tenant.adminPersonId, approvalTemplateLibrary);
  em.persist(em.create(ApprovalLibraryOffer, { tenantId: tenant.tenantId, keys: libraryKeys }));
}

/** Offers the context's organisation the library templates it was never offered; how many it was given. */
async function offerMissing(ctx: RequestContext): Promise<number> {
  return ctx.transaction(async (em) => {
    await tenantSql(
      em,
      ctx.tenantId,
      sql`insert into approval_library_offer (id, tenant_id, keys, created_at, updated_at) values (gen_random_uuid(), ${TENANT}, '[]'::jsonb, now(), now())
       on conflict (tenant_id) do nothing`,
    );
    // The row lock makes workers that start together offer each template once.
    const [row] = await tenantSql<{ keys: string[] }>(em, ctx.tenantId, sql`select keys from approval_library_offer where tenant_id = ${TENANT} for update`);
    const offered = new Set(row.keys);
    if (libraryKeys.every((key) => offered.has(key))) return 0;
    const admin = await em.findOne(RoleAssignment, { role: { key: 'org-admin' }, person: { status: PersonStatus.ACTIVE } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    if (!admin) return 0;
    // A template whose key the organisation already uses (made before the library existed) counts as offered.
    const existing = new Set((await tenantSql<{ key: string }>(em, ctx.tenantId, sql`select key from approval_template where tenant_id = ${TENANT} and key is not null`)).map((t) => t.key));
    const missing = approvalTemplateLibrary.filter((template) => !offered.has(template.key) && !existing.has(template.key));
    await installTemplates(ctx, em, { tenantId: ctx.tenantId, personId: null, locale: ctx.locale }, admin.person.id, missing);
    await tenantSql(em, ctx.tenantId, sql`update approval_library_offer set keys = ${JSON.stringify(libraryKeys)}::jsonb, updated_at = now() where tenant_id = ${TENANT}`);
    return missing.length;
  });
}

/**
 * Gives organisations opened before the library (or before a template joined it) the templates they were never offered
 * (run when a worker starts): each in its own transaction, recorded as done by Harbour. Re-running does nothing, and a
 * library template an admin deleted is not added back.
 */
export async function offerLibraryToExistingOrganizations(services: AppServices): Promise<number> {
  // Across organisations: which ones lack some library key in their offer (each is then served in its own context).
  const behind = await crossTenantSql<{ id: string; default_locale: Locale }>(
    services.orm.em.fork(),
    sql`select o.id, o.default_locale from organization o left join approval_library_offer l on l.tenant_id = o.id
     where l.id is null or not (l.keys @> ${JSON.stringify(libraryKeys)}::jsonb) order by o.created_at`,
  );
  let installed = 0;
  for (const organization of behind) installed += await offerMissing(createSystemContext(services, organization.id, organization.default_locale));
  if (installed) services.logger.info({ organizations: behind.length, templates: installed }, 'offered the approval template library');
  return installed;
}
