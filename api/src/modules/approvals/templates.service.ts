import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../core/context/request-context.js';
import { TENANT_FILTER } from '../../core/database/tenant-filter.js';
import { sql, tenantSql, TENANT } from '../../core/database/sql.js';
import { findViews, viewOf } from '../../core/database/views.js';
import { AppError, assertNoProblems, notFound, type FieldProblem } from '../../core/errors/app-error.js';
import { checkPage, type PageArgs } from '../../core/graphql/pagination.js';
import type { Locale } from '../../core/i18n/i18n.js';
import { Role } from '../access/index.js';
import { Department, JobRank, Person } from '../org/index.js';
import { ApprovalRequest } from './approval-request.entity.js';
import { ApprovalTemplate, ApprovalTemplateStatus, ApprovalTemplateVersion } from './approval-template.entity.js';
import { ApprovalPolicies, type ApprovalDefinition, type LocalizedText } from './definition.js';
import { definitionProblems, type DefinitionReferences } from './definition-check.js';
import { templateTransitions } from './approvals.transitions.js';

/** The fields rule conditions test (see the subject declared in index.ts). */
export const templateSubject = (template: ApprovalTemplate) => ({ id: template.id, status: template.status, category: template.category });

/** A localized text in `locale`, falling back to the others. */
function localizedIn(locale: Locale, text: LocalizedText | null | undefined): string | null {
  if (!text) return null;
  const order = locale === 'en' ? [text.en, text.zhHK, text.zhCN] : locale === 'zh-CN' ? [text.zhCN, text.zhHK, text.en] : [text.zhHK, text.zhCN, text.en];
  return order.find((value) => value?.trim()) ?? null;
}

/** A localized text in the caller's language, falling back to the others. */
export const localized = (ctx: RequestContext, text: LocalizedText | null | undefined): string | null => localizedIn(ctx.locale, text);

const textOf = (text: LocalizedText | null | undefined): LocalizedText | null => (text ? { en: text.en?.trim() || null, zhHK: text.zhHK?.trim() || null, zhCN: text.zhCN?.trim() || null } : null);

/** A definition with its policies' defaults filled in (the GraphQL input leaves unset fields undefined). */
export function normalisedDefinition(definition: ApprovalDefinition): ApprovalDefinition {
  const policies = Object.assign(new ApprovalPolicies(), Object.fromEntries(Object.entries(definition.policies ?? {}).filter(([, v]) => v != null)));
  return JSON.parse(JSON.stringify({ form: definition.form ?? [], flow: definition.flow ?? [], policies })) as ApprovalDefinition;
}

/** Scopes a query to `tenantId` explicitly: an organisation's set-up runs on an EntityManager bound to the operator's. */
const inTenant = (tenantId: string) => ({ filters: { [TENANT_FILTER]: { tenantId } } });

/** Problems with the people, departments, roles and ranks a definition names (each must exist in the organisation). */
async function referenceProblems(em: EntityManager, tenantId: string, refs: DefinitionReferences): Promise<FieldProblem[]> {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  const ids = (list: { id: string }[]) => [...new Set(list.map((r) => r.id).filter((id) => uuid.test(id)))];
  const scoped = inTenant(tenantId);
  const [people, departments, roles, ranks] = await Promise.all([
    ids(refs.people).length ? em.find(Person, { id: { $in: ids(refs.people) } }, { fields: ['id'], ...scoped }) : [],
    ids(refs.departments).length ? em.find(Department, { id: { $in: ids(refs.departments) }, archivedAt: null }, { fields: ['id'], ...scoped }) : [],
    refs.roles.length ? em.find(Role, {}, { fields: ['id', 'key'], ...scoped }) : [],
    refs.ranks.length ? em.find(JobRank, {}, { fields: ['code'], ...scoped }) : [],
  ]);
  const known = {
    people: new Set(people.map((p) => p.id)),
    departments: new Set(departments.map((d) => d.id)),
    roles: new Set(roles.flatMap((r) => [r.id, ...(r.key ? [r.key] : [])])),
    ranks: new Set(ranks.map((r) => r.code)),
  };
  const unknown = (path: string) => ({ field: path, code: 'UNKNOWN_REFERENCE' });
  return [
    ...refs.people.filter((r) => !known.people.has(r.id)).map((r) => unknown(r.path)),
    ...refs.departments.filter((r) => !known.departments.has(r.id)).map((r) => unknown(r.path)),
    ...refs.roles.filter((r) => !known.roles.has(r.key)).map((r) => unknown(r.path)),
    ...refs.ranks.filter((r) => !known.ranks.has(r.code)).map((r) => unknown(r.path)),
  ];
}

/** Checks a definition completely: its shape and rules, then that what it names exists. */
async function checkDefinition(em: EntityManager, tenantId: string, definition: ApprovalDefinition): Promise<ApprovalDefinition> {
  const normalised = normalisedDefinition(definition);
  const { problems, references } = definitionProblems(normalised);
  assertNoProblems(problems);
  assertNoProblems(await referenceProblems(em, tenantId, references));
  return normalised;
}

function nameProblems(names: LocalizedText | null | undefined, field = 'names'): FieldProblem[] {
  return names && [names.en, names.zhHK, names.zhCN].some((n) => n?.trim()) ? [] : [{ field, code: 'REQUIRED' }];
}

/** Loads a template the caller may read; another organisation's, or one they may not see, is NOT_FOUND. */
export async function loadTemplate(ctx: RequestContext, em: EntityManager, id: string): Promise<ApprovalTemplate> {
  const template = await em.findOne(ApprovalTemplate, { id });
  if (!template || !ctx.can('read', 'ApprovalTemplate', templateSubject(template))) throw notFound('ApprovalTemplate', id);
  return template;
}

/** One template the caller may read. */
export const templateById = (ctx: RequestContext, id: string) => loadTemplate(ctx, ctx.em, id);

/** Templates the caller may read (staff: active ones), filtered in SQL, by category then name. */
export async function listTemplates(
  ctx: RequestContext,
  filter: { status?: ApprovalTemplateStatus | null; category?: string | null; search?: string | null },
  page: PageArgs,
): Promise<{ items: ApprovalTemplate[]; totalCount: number }> {
  const { limit, offset } = checkPage(page, ctx.services.config.maxPageSize);
  const where: Record<string, unknown>[] = [ctx.accessibleWhere('read', 'ApprovalTemplate')];
  if (filter.status) where.push({ status: filter.status });
  if (filter.category) where.push({ category: filter.category });
  const search = filter.search?.trim();
  if (search) {
    const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push({ $or: [{ names: { en: { $ilike: like } } }, { names: { zhHK: { $ilike: like } } }, { names: { zhCN: { $ilike: like } } }] });
  }
  const items = await findViews(ctx.em, ApprovalTemplate, { $and: where }, { orderBy: { category: 'asc nulls last', createdAt: 'asc', id: 'asc' }, limit, offset });
  return { items, totalCount: await ctx.em.count(ApprovalTemplate, { $and: where }) };
}

/** What a new template is made of. */
export interface TemplateData {
  names: LocalizedText;
  description?: LocalizedText | null;
  category?: string | null;
  key?: string | null;
  definition: ApprovalDefinition;
  /** The module whose requests use it (set by modules, never by the console): such a template cannot be deleted. */
  ownerModule?: string | null;
}

/**
 * Who a template is written for and by: the organisation, the person the facts name, and the language of their labels.
 * A person's mutation writes for their own organisation; an organisation's set-up runs on the platform operator's
 * context and writes for the new organisation as its first admin.
 */
export interface TemplateAuthor {
  tenantId: string;
  personId: string | null;
  locale: Locale;
}

const authorOf = (ctx: RequestContext): TemplateAuthor => ({ tenantId: ctx.tenantId, personId: ctx.actor?.personId ?? null, locale: ctx.locale });

/** A template fact for `author`, its organisation and actor named explicitly (see TemplateAuthor). */
const templateFact = (author: TemplateAuthor, template: ApprovalTemplate) => ({
  tenantId: author.tenantId,
  ...(author.personId ? { actorId: author.personId } : {}),
  subjectType: 'ApprovalTemplate',
  subjectId: template.id,
  subjectLabel: localizedIn(author.locale, template.names),
});

/**
 * Writes a new draft template in `em`'s transaction and records its creation — the one path by which templates are
 * created (the designer's createTemplate and the library every organisation is given). It checks the input, not the
 * author's permission: callers do.
 */
export async function writeTemplate(ctx: RequestContext, em: EntityManager, author: TemplateAuthor, input: TemplateData): Promise<ApprovalTemplate> {
  assertNoProblems([...nameProblems(input.names), ...(input.key != null && !/^[a-z][a-z0-9-]{0,49}$/.test(input.key) ? [{ field: 'key', code: 'INVALID_VALUE' }] : [])]);
  const definition = await checkDefinition(em, author.tenantId, input.definition);
  if (input.key && (await em.count(ApprovalTemplate, { key: input.key }, inTenant(author.tenantId)))) assertNoProblems([{ field: 'key', code: 'DUPLICATE_VALUE' }]);
  const template = em.create(ApprovalTemplate, {
    tenantId: author.tenantId,
    names: textOf(input.names)!,
    description: textOf(input.description),
    category: input.category?.trim() || null,
    key: input.key ?? null,
    draft: definition,
    ownerModule: input.ownerModule ?? null,
  });
  em.persist(template);
  ctx.record({ ...templateFact(author, template), type: 'approvals.template.created', payload: { templateId: template.id } });
  return template;
}

/**
 * Publishes a template's draft as its next version in `em`'s transaction and records it — the one path by which
 * versions are made (publishTemplate and the library). The draft is checked again (a person or role it names may have
 * gone since it was saved). It checks no permission: callers do.
 */
export async function writePublication(ctx: RequestContext, em: EntityManager, author: TemplateAuthor, template: ApprovalTemplate, expectedVersion?: number | null): Promise<ApprovalTemplate> {
  const definition = await checkDefinition(em, author.tenantId, template.draft);
  const number = (template.publishedVersion ?? 0) + 1;
  const now = ctx.now();
  em.create(ApprovalTemplateVersion, { tenantId: author.tenantId, template, number, definition, publishedBy: author.personId });
  await templateTransitions.apply(em, template, 'publish', {
    expectedVersion,
    change: (t) => {
      t.publishedVersion = number;
      t.publishedAt = now;
    },
  });
  ctx.record({ ...templateFact(author, template), type: 'approvals.template.published', payload: { templateId: template.id, version: number } });
  return template;
}

/** Creates a template as a draft (nobody can submit on it until it is published). */
export async function createTemplate(ctx: RequestContext, input: TemplateData, tx?: EntityManager): Promise<ApprovalTemplate> {
  return ctx.transaction(async (em) => {
    const template = await writeTemplate(ctx, em, authorOf(ctx), input);
    ctx.authorize('create', 'ApprovalTemplate', templateSubject(template));
    return template;
  }, tx);
}

/** Changes a template's draft, names or category; published versions (and requests on them) are unaffected. */
export async function updateTemplate(
  ctx: RequestContext,
  id: string,
  input: { names?: LocalizedText | null; description?: LocalizedText | null; category?: string | null; definition?: ApprovalDefinition | null; version?: number | null },
): Promise<ApprovalTemplate> {
  if (input.names !== undefined) assertNoProblems(nameProblems(input.names));
  return ctx.transaction(async (em) => {
    const template = await loadTemplate(ctx, em, id);
    ctx.authorize('update', 'ApprovalTemplate', templateSubject(template));
    if (input.version != null && input.version !== template.version) throw new AppError('VERSION_CONFLICT', { subject: 'ApprovalTemplate' });
    if (input.definition) template.draft = await checkDefinition(em, ctx.tenantId, input.definition);
    if (input.names) template.names = textOf(input.names)!;
    if (input.description !== undefined) template.description = textOf(input.description);
    if (input.category !== undefined) template.category = input.category?.trim() || null;
    ctx.record({ type: 'approvals.template.changed', subjectType: 'ApprovalTemplate', subjectId: template.id, subjectLabel: localized(ctx, template.names), payload: { templateId: template.id } });
    return template;
  });
}

/**
 * Publishes the draft as the next version: new requests use it, running ones stay on theirs. The draft is checked again
 * (a person or role it names may have gone since it was saved).
 */
export async function publishTemplate(ctx: RequestContext, id: string, version?: number | null): Promise<ApprovalTemplate> {
  return ctx.transaction(async (em) => {
    const template = await loadTemplate(ctx, em, id);
    ctx.authorize('publish', 'ApprovalTemplate', templateSubject(template));
    return writePublication(ctx, em, authorOf(ctx), template, version);
  });
}

/** Stops or restarts new requests on a template (running requests go on either way). */
export async function setTemplateEnabled(ctx: RequestContext, id: string, enabled: boolean, version?: number | null): Promise<ApprovalTemplate> {
  return ctx.transaction(async (em) => {
    const template = await loadTemplate(ctx, em, id);
    ctx.authorize('update', 'ApprovalTemplate', templateSubject(template));
    await templateTransitions.apply(em, template, enabled ? 'enable' : 'disable', { expectedVersion: version });
    const fact = { subjectType: 'ApprovalTemplate', subjectId: template.id, subjectLabel: localized(ctx, template.names), payload: { templateId: template.id } };
    ctx.record(enabled ? { ...fact, type: 'approvals.template.enabled' } : { ...fact, type: 'approvals.template.disabled' });
    return template;
  });
}

/** Copies a template's draft into a new draft template (e.g. to make a variant for another branch). */
export async function copyTemplate(ctx: RequestContext, id: string, names?: LocalizedText | null): Promise<ApprovalTemplate> {
  const source = await loadTemplate(ctx, ctx.em, id);
  const copyNames: LocalizedText = names ?? {
    en: source.names.en ? `${source.names.en} (copy)` : null,
    zhHK: source.names.zhHK ? `${source.names.zhHK}（副本）` : null,
    zhCN: source.names.zhCN ? `${source.names.zhCN}（副本）` : null,
  };
  return createTemplate(ctx, { names: copyNames, description: source.description, category: source.category, definition: source.draft });
}

/**
 * Deletes a template nobody has used. One that has requests is kept for their history (disable it instead), and one a
 * module created for its own requests (ownerModule) cannot be deleted by anyone.
 */
export async function deleteTemplate(ctx: RequestContext, id: string): Promise<boolean> {
  return ctx.transaction(async (em) => {
    const template = await loadTemplate(ctx, em, id);
    ctx.authorize('delete', 'ApprovalTemplate', templateSubject(template));
    if (template.ownerModule) throw new AppError('APPROVAL_TEMPLATE_OWNED', { module: template.ownerModule });
    if (await em.count(ApprovalRequest, { template: template.id })) throw new AppError('APPROVAL_TEMPLATE_IN_USE');
    await em.nativeDelete(ApprovalTemplateVersion, { template: template.id });
    em.remove(template);
    ctx.record({ type: 'approvals.template.deleted', subjectType: 'ApprovalTemplate', subjectId: template.id, subjectLabel: localized(ctx, template.names), payload: { templateId: template.id } });
    return true;
  });
}

/**
 * A template the caller may read (NOT_FOUND otherwise, as loadTemplate) with its published version (null when it has
 * none), in one statement, as read-only views: what submitting on a template reads.
 */
export async function templateWithVersion(ctx: RequestContext, em: EntityManager, id: string): Promise<{ template: ApprovalTemplate; version: ApprovalTemplateVersion | null }> {
  const [row] = await tenantSql<{ template: Record<string, unknown>; version: Record<string, unknown> | null }>(
    em,
    ctx.tenantId,
    sql`select to_jsonb(t) as template,
        (select to_jsonb(v) from approval_template_version v where v.tenant_id = ${TENANT} and v.template_id = t.id and v.number = t.published_version) as version
      from approval_template t where t.tenant_id = ${TENANT} and t.id = ${id}::uuid`,
  );
  const template = row && viewOf(em, ApprovalTemplate, row.template);
  if (!template || !ctx.can('read', 'ApprovalTemplate', templateSubject(template))) throw notFound('ApprovalTemplate', id);
  return { template, version: row.version && viewOf(em, ApprovalTemplateVersion, row.version) };
}

/** The published version of an active template (see templateWithVersion), for submitting on it. */
export function currentVersion(template: ApprovalTemplate, version: ApprovalTemplateVersion | null): ApprovalTemplateVersion {
  if (template.status !== ApprovalTemplateStatus.ACTIVE || template.publishedVersion == null || !version) throw new AppError('APPROVAL_TEMPLATE_NOT_ACTIVE');
  return version;
}
