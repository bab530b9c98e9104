import type { RequestContext } from '../../core/context/request-context.js';
import { AppError, assertNoProblems, type FieldProblem } from '../../core/errors/app-error.js';
import { RoleAssignment, seedBuiltInRoles } from '../access/index.js';
import { Organization, addProvisionedDomains, createAccount, normaliseDomain, normaliseEmail, passwordProblems } from '../identity/index.js';
import { Department, JobRank, Membership, Person } from '../org/index.js';

type Locale = 'en' | 'zh-HK' | 'zh-CN';

/** Everything needed to open a new organisation with its first admin. */
export interface NewOrganization {
  name: string;
  slug: string;
  defaultLocale?: Locale | null;
  /** Its email domains, verified on the operator's word: the first admin's email must be in one of them. */
  emailDomains: string[];
  admin: { displayName: string; email: string; password: string; jobTitle?: string | null; englishName?: string | null; isPlatformAdmin?: boolean };
}

/** The standard job ranks a new organisation starts with (editable afterwards). */
const DEFAULT_RANKS: { code: string; name: Record<Locale, string>; level: number }[] = [
  ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({ code: `P${n}`, name: { en: `Professional ${n}`, 'zh-HK': `專業職級 ${n}`, 'zh-CN': `专业职级 ${n}` }, level: n * 10 })),
  ...[1, 2, 3, 4, 5].map((n) => ({ code: `M${n}`, name: { en: `Manager ${n}`, 'zh-HK': `管理職級 ${n}`, 'zh-CN': `管理职级 ${n}` }, level: 40 + n * 10 })),
];

/** The input's domains in canonical form, with the field each came from. */
const domainsOf = (input: NewOrganization) => (input.emailDomains ?? []).map((domain, index) => ({ domain: normaliseDomain(domain) ?? '', field: `emailDomains.${index}` }));

function problemsOf(input: NewOrganization): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!input.name?.trim()) problems.push({ field: 'name', code: 'REQUIRED' });
  if (!/^[a-z0-9][a-z0-9-]{1,58}[a-z0-9]$/.test(input.slug ?? '')) problems.push({ field: 'slug', code: 'INVALID_VALUE' });
  if (input.defaultLocale && !['en', 'zh-HK', 'zh-CN'].includes(input.defaultLocale)) problems.push({ field: 'defaultLocale', code: 'INVALID_VALUE' });
  if (!input.admin.displayName?.trim()) problems.push({ field: 'admin.displayName', code: 'REQUIRED' });
  problems.push(...passwordProblems('admin.password', input.admin.password ?? ''));
  const domains = domainsOf(input);
  if (domains.length === 0) problems.push({ field: 'emailDomains', code: 'REQUIRED' });
  domains.forEach(({ domain, field }, index) => {
    if (!domain) problems.push({ field, code: 'INVALID_VALUE' });
    else if (domains.findIndex((other) => other.domain === domain) < index) problems.push({ field, code: 'DUPLICATE_VALUE' });
  });
  const adminDomain = normaliseEmail(input.admin.email ?? '').split('@')[1];
  if (domains.length && adminDomain && !domains.some(({ domain }) => domain === adminDomain)) {
    problems.push({ field: 'admin.email', code: 'EMAIL_DOMAIN_NOT_CLAIMED', params: { domain: adminDomain } });
  }
  return problems;
}

/**
 * Opens an organisation: the tenant, its email domains (verified: the operator names them), its built-in roles (with
 * every module's default grants) and job ranks, a top-level department, its first admin (a person with a sign-in and the
 * Organisation Admin role), then each module's tenant set-up — all in one transaction. A domain already verified for
 * another organisation is refused (EMAIL_DOMAIN_TAKEN).
 */
export async function provisionOrganization(ctx: RequestContext, input: NewOrganization): Promise<{ organization: Organization; admin: Person }> {
  assertNoProblems(problemsOf(input));
  const locale: Locale = input.defaultLocale ?? 'zh-HK';
  return ctx.transaction(async (em) => {
    if (await em.count(Organization, { slug: input.slug })) throw new AppError('SLUG_TAKEN', {}, [{ field: 'slug', code: 'SLUG_TAKEN' }]);
    const organization = em.create(Organization, { name: input.name.trim(), slug: input.slug, defaultLocale: locale });
    em.persist(organization);
    const tenantId = organization.id;
    await addProvisionedDomains(ctx, em, tenantId, domainsOf(input));
    const roles = seedBuiltInRoles(ctx, em, tenantId, locale);
    em.persist(DEFAULT_RANKS.map((r) => em.create(JobRank, { tenantId, code: r.code, name: r.name[locale], level: r.level })));
    const root = em.create(Department, { tenantId, name: organization.name });
    em.persist(root);
    const admin = em.create(Person, {
      tenantId,
      displayName: input.admin.displayName.trim(),
      workEmail: normaliseEmail(input.admin.email),
      jobTitle: input.admin.jobTitle ?? null,
      englishName: input.admin.englishName ?? null,
    });
    em.persist(admin);
    em.persist(em.create(Membership, { tenantId, person: admin, department: root, isPrimary: true }));
    em.persist(em.create(RoleAssignment, { tenantId, role: roles.find((r) => r.key === 'org-admin')!, person: admin }));
    root.leaders.add(admin);
    await createAccount(
      em,
      { tenantId, personId: admin.id, displayName: admin.displayName, email: input.admin.email, password: input.admin.password, isPlatformAdmin: input.admin.isPlatformAdmin },
      'admin.email',
    );
    ctx.record({
      type: 'tenancy.organization.created',
      tenantId,
      subjectType: 'Organization',
      subjectId: tenantId,
      payload: { organizationId: tenantId, adminPersonId: admin.id },
      after: { name: organization.name, slug: organization.slug, defaultLocale: locale },
    });
    // After the creation fact, so that it stays the organisation's first event. Set-up finds rows by id: the context's
    // tenant filter is the operator's, not the new organisation's.
    await em.flush();
    for (const module of ctx.services.modules) {
      await module.tenantSetup?.(ctx, em, { tenantId, name: organization.name, locale, adminPersonId: admin.id });
    }
    return { organization, admin };
  });
}
