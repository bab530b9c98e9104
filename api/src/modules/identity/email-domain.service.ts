import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../core/context/request-context.js';
import { findViews } from '../../core/database/views.js';
import { AppError, badInput, notFound, type FieldProblem } from '../../core/errors/app-error.js';
import type { RecordedEvent } from '../../core/events/event.js';
import { Account } from './account.entity.js';
import { emailDomainOf, isPublicEmailDomain, normaliseDomain } from './domain-names.js';
import { EmailDomain, EmailDomainStatus, EmailDomainVerification } from './email-domain.entity.js';
import { Organization } from './organization.entity.js';

const NO_TENANT_FILTER = { filters: { tenant: false } } as const;
const TXT_PREFIX = 'harbour-verification=';

/** The TXT record an organisation publishes on the domain to prove it controls it. */
export const verificationRecordOf = (claim: EmailDomain) => `${TXT_PREFIX}${claim.verificationToken}`;

/** The shape CASL conditions see for a claim. */
export const emailDomainSubject = (claim: EmailDomain) => ({ id: claim.id, status: claim.status });

/** A domain's problems as typed, if any (shape only: who holds it is checked against the database). */
export function domainProblems(field: string, input: string | null | undefined): FieldProblem[] {
  if (!input?.trim()) return [{ field, code: 'REQUIRED' }];
  if (input.length > 253) return [{ field, code: 'TOO_LONG', params: { max: 253 } }];
  return normaliseDomain(input) ? [] : [{ field, code: 'INVALID_VALUE' }];
}

function checkedDomain(field: string, input: string): string {
  const problems = domainProblems(field, input);
  if (problems.length) throw badInput(...problems);
  return normaliseDomain(input)!;
}

/**
 * Whether an email's domain is verified for the organisation: sign-in requires it, and so does every new sign-in email
 * (so an organisation can never hold accounts in another's domain).
 */
export async function emailDomainVerified(em: EntityManager, tenantId: string, email: string): Promise<boolean> {
  return (await em.count(EmailDomain, { tenantId, domain: emailDomainOf(email), status: EmailDomainStatus.VERIFIED }, NO_TENANT_FILTER)) > 0;
}

/** The verified domains of the caller's organisation (for checking many sign-in emails at once). */
export async function verifiedDomains(em: EntityManager): Promise<Set<string>> {
  return new Set((await em.find(EmailDomain, { status: EmailDomainStatus.VERIFIED })).map((claim) => claim.domain));
}

/**
 * The email domains of an organisation that the caller may read. A platform operator also sees them on an organisation
 * they just opened; anyone else sees nothing on an organisation other than their own.
 */
export async function listEmailDomains(ctx: RequestContext, organizationId: string): Promise<EmailDomain[]> {
  const actor = ctx.requireActor();
  if (organizationId === actor.tenantId) {
    return findViews(ctx.em, EmailDomain, ctx.accessibleWhere('read', 'EmailDomain'), { orderBy: { domain: 'asc' } });
  }
  if (!actor.isPlatformAdmin) return [];
  return ctx.em.find(EmailDomain, { tenantId: organizationId }, { ...NO_TENANT_FILTER, orderBy: { domain: 'asc' } });
}

/** The TXT record to publish, for people who may verify the claim and only while it is pending. */
export function visibleVerificationRecord(ctx: RequestContext, claim: EmailDomain): string | null {
  if (claim.status !== EmailDomainStatus.PENDING || !claim.verificationToken || claim.tenantId !== ctx.actor?.tenantId) return null;
  return ctx.can('verify', 'EmailDomain', emailDomainSubject(claim)) ? verificationRecordOf(claim) : null;
}

async function loadClaim(ctx: RequestContext, em: EntityManager, id: string): Promise<EmailDomain> {
  const claim = await em.findOne(EmailDomain, { id });
  if (!claim || !ctx.can('read', 'EmailDomain', emailDomainSubject(claim))) throw notFound('EmailDomain', id);
  return claim;
}

/**
 * Requests a domain for the organisation: a PENDING claim with a fresh verification token. It counts for nothing until
 * verified, so claiming someone else's domain (even one another organisation holds) gains nothing and blocks no one.
 * Public mail domains cannot be claimed.
 */
export async function claimEmailDomain(ctx: RequestContext, input: string): Promise<EmailDomain> {
  const domain = checkedDomain('domain', input);
  if (isPublicEmailDomain(domain)) throw badInput({ field: 'domain', code: 'EMAIL_DOMAIN_PUBLIC', params: { domain } });
  return ctx.transaction(async (em) => {
    ctx.authorize('create', 'EmailDomain', { id: null, status: EmailDomainStatus.PENDING });
    if (await em.count(EmailDomain, { domain })) throw badInput({ field: 'domain', code: 'EMAIL_DOMAIN_ALREADY_CLAIMED', params: { domain } });
    const claim = em.create(EmailDomain, { tenantId: ctx.tenantId, domain, verificationToken: randomBytes(24).toString('base64url') });
    em.persist(claim);
    ctx.record({
      type: 'identity.email_domain.claimed',
      subjectType: 'EmailDomain',
      subjectId: claim.id,
      subjectLabel: domain,
      payload: { emailDomainId: claim.id, domain },
      after: { domain, status: claim.status },
    });
    return claim;
  });
}

/** Whether the domain publishes the expected TXT record. */
async function txtRecordPublished(ctx: RequestContext, domain: string, expected: string): Promise<boolean> {
  try {
    const records = await ctx.services.dns.resolveTxt(domain);
    return records.some((chunks) => chunks.join('').trim() === expected);
  } catch {
    // No such domain, no TXT records, a failing or silent name server: nothing is proven (the caller may retry).
    return false;
  }
}

/**
 * Verifies a pending claim by looking up the domain's TXT records for its verification record. Only then is the
 * caller told whether another organisation already holds the domain: that answer is for the domain's owner only.
 */
export async function verifyEmailDomain(ctx: RequestContext, id: string): Promise<EmailDomain> {
  const claim = await loadClaim(ctx, ctx.em, id);
  ctx.authorize('verify', 'EmailDomain', emailDomainSubject(claim));
  if (claim.status === EmailDomainStatus.VERIFIED) return claim;
  // The lookup runs outside the transaction: a slow name server must not hold database locks.
  const record = verificationRecordOf(claim);
  if (!(await txtRecordPublished(ctx, claim.domain, record))) throw new AppError('EMAIL_DOMAIN_NOT_VERIFIED', { domain: claim.domain, record });
  return ctx.transaction(async (em) => {
    const current = await loadClaim(ctx, em, id);
    if (current.status === EmailDomainStatus.VERIFIED) return current;
    if (await em.count(EmailDomain, { domain: current.domain, status: EmailDomainStatus.VERIFIED }, NO_TENANT_FILTER)) {
      throw new AppError('EMAIL_DOMAIN_TAKEN', { domain: current.domain });
    }
    current.status = EmailDomainStatus.VERIFIED;
    current.verificationMethod = EmailDomainVerification.DNS_TXT;
    current.verifiedAt = new Date();
    ctx.record({ ...verifiedEvent(current), before: { status: EmailDomainStatus.PENDING } });
    return current;
  });
}

/**
 * A verified domain whose active sign-ins would be left in a domain the organisation no longer holds cannot be
 * removed: those people would be locked out, and the addresses could be claimed away from them.
 */
async function assertNoSignInsIn(em: EntityManager, claim: EmailDomain): Promise<void> {
  if (claim.status !== EmailDomainStatus.VERIFIED) return;
  const count = await em.count(Account, { tenantId: claim.tenantId, email: { $like: `%@${claim.domain}` }, disabledAt: null }, NO_TENANT_FILTER);
  if (count > 0) throw new AppError('EMAIL_DOMAIN_IN_USE', { domain: claim.domain, count });
}

const removedEvent = (claim: EmailDomain): RecordedEvent => ({
  type: 'identity.email_domain.removed',
  tenantId: claim.tenantId,
  subjectType: 'EmailDomain',
  subjectId: claim.id,
  subjectLabel: claim.domain,
  payload: { emailDomainId: claim.id, domain: claim.domain },
  before: { domain: claim.domain, status: claim.status, verificationMethod: claim.verificationMethod },
});

/** Withdraws one of the organisation's claims (EMAIL_DOMAIN_IN_USE while active sign-ins use a verified one). */
export async function removeEmailDomain(ctx: RequestContext, id: string): Promise<boolean> {
  return ctx.transaction(async (em) => {
    const claim = await loadClaim(ctx, em, id);
    ctx.authorize('delete', 'EmailDomain', emailDomainSubject(claim));
    await assertNoSignInsIn(em, claim);
    ctx.record(removedEvent(claim));
    em.remove(claim);
    return true;
  });
}

/**
 * Makes a domain verified for an organisation on the operator's word, inside the caller's transaction: a pending claim
 * of that organisation is upgraded; a domain verified for another organisation is refused with EMAIL_DOMAIN_TAKEN.
 * Returns the claim and whether it changed (false when the organisation already held it).
 */
async function verifyOnOperatorsWord(em: EntityManager, tenantId: string, domain: string, field: string): Promise<{ claim: EmailDomain; changed: boolean }> {
  const held = await em.findOne(EmailDomain, { domain, status: EmailDomainStatus.VERIFIED }, NO_TENANT_FILTER);
  if (held && held.tenantId !== tenantId) throw new AppError('EMAIL_DOMAIN_TAKEN', { domain }, [{ field, code: 'EMAIL_DOMAIN_TAKEN', params: { domain } }]);
  if (held) return { claim: held, changed: false };
  const claim = (await em.findOne(EmailDomain, { tenantId, domain }, NO_TENANT_FILTER)) ?? em.create(EmailDomain, { tenantId, domain });
  claim.status = EmailDomainStatus.VERIFIED;
  claim.verificationMethod = EmailDomainVerification.OPERATOR;
  claim.verifiedAt = new Date();
  em.persist(claim);
  // Sign-in emails created next in the same transaction are checked against this claim.
  await em.flush();
  return { claim, changed: true };
}

const verifiedEvent = (claim: EmailDomain): RecordedEvent => ({
  type: 'identity.email_domain.verified',
  tenantId: claim.tenantId,
  subjectType: 'EmailDomain',
  subjectId: claim.id,
  subjectLabel: claim.domain,
  payload: { emailDomainId: claim.id, domain: claim.domain },
  after: { domain: claim.domain, status: claim.status, verificationMethod: claim.verificationMethod },
});

/** Gives a new organisation the domains the operator named for it (provisioning, inside its transaction). */
export async function addProvisionedDomains(ctx: RequestContext, em: EntityManager, tenantId: string, domains: { domain: string; field: string }[]): Promise<void> {
  for (const { domain, field } of domains) {
    const { claim, changed } = await verifyOnOperatorsWord(em, tenantId, domain, field);
    if (changed) ctx.record(verifiedEvent(claim));
  }
}

/** The platform operator adds a verified domain to any organisation (public mail domains included: their decision). */
export async function addVerifiedEmailDomain(ctx: RequestContext, organizationId: string, input: string): Promise<EmailDomain> {
  const domain = checkedDomain('domain', input);
  return ctx.transaction(async (em) => {
    if (!(await em.count(Organization, { id: organizationId }))) throw badInput({ field: 'organizationId', code: 'UNKNOWN_REFERENCE' });
    const { claim, changed } = await verifyOnOperatorsWord(em, organizationId, domain, 'domain');
    if (changed) ctx.record(verifiedEvent(claim));
    return claim;
  });
}

/** The platform operator removes any organisation's claim (EMAIL_DOMAIN_IN_USE while active sign-ins use it). */
export async function revokeEmailDomain(ctx: RequestContext, organizationId: string, input: string): Promise<boolean> {
  const domain = checkedDomain('domain', input);
  return ctx.transaction(async (em) => {
    const claim = await em.findOne(EmailDomain, { tenantId: organizationId, domain }, NO_TENANT_FILTER);
    if (!claim) throw notFound('EmailDomain');
    await assertNoSignInsIn(em, claim);
    ctx.record(removedEvent(claim));
    em.remove(claim);
    return true;
  });
}
