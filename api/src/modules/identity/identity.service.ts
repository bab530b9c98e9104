import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { signAccessToken } from '../../core/auth/access-token.js';
import { hashPassword, verifyPassword } from '../../core/auth/passwords.js';
import { peopleWithMoreRights } from '../../core/authz/rights.js';
import type { Actor, RequestContext } from '../../core/context/request-context.js';
import { AppError, badInput, notFound, type FieldProblem } from '../../core/errors/app-error.js';
import { Account, RefreshToken } from './account.entity.js';
import { emailDomainOf } from './domain-names.js';
import { emailDomainVerified, verifiedDomains } from './email-domain.service.js';
import { Organization } from './organization.entity.js';

const NO_TENANT_FILTER = { filters: { tenant: false } } as const;
const MAX_FAILED_SIGN_INS = 5;
// Verifying against a real hash when the email is unknown keeps response times equal, so emails can't be probed.
let dummyHash: Promise<string> | null = null;
const unknownAccountHash = () => (dummyHash ??= hashPassword(randomBytes(16).toString('hex')));

/** Tokens handed to a client after sign-in or refresh. */
export interface Session {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  actor: Actor;
}

/** Lower-cases and trims an email. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Whether a string looks like an email address. */
export const isEmail = (value: string) => EMAIL.test(value);

const domainNotClaimed = (field: string, email: string): FieldProblem => ({ field, code: 'EMAIL_DOMAIN_NOT_CLAIMED', params: { domain: emailDomainOf(email) } });

/** Problems with a new password, if any. */
export function passwordProblems(field: string, password: string): FieldProblem[] {
  if (password.length < 10 || !/[A-Za-z]/.test(password) || !/\d/.test(password)) return [{ field, code: 'WEAK_PASSWORD' }];
  if (password.length > 200) return [{ field, code: 'TOO_LONG', params: { max: 200 } }];
  return [];
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

async function issueSession(ctx: RequestContext, em: EntityManager, account: Account, familyId: string): Promise<Session> {
  const { config } = ctx.services;
  const actor: Actor = {
    accountId: account.id,
    personId: account.personId,
    tenantId: account.tenantId,
    displayName: account.displayName,
    locale: account.locale,
    isPlatformAdmin: account.isPlatformAdmin,
  };
  const refreshToken = randomBytes(32).toString('base64url');
  const refreshTokenExpiresAt = new Date(Date.now() + config.refreshTokenTtlSeconds * 1000);
  em.persist(
    em.create(RefreshToken, {
      tenantId: account.tenantId,
      accountId: account.id,
      familyId,
      tokenHash: sha256(refreshToken),
      expiresAt: refreshTokenExpiresAt,
    }),
  );
  return {
    accessToken: await signAccessToken(config.jwtSecret, actor, config.accessTokenTtlSeconds),
    accessTokenExpiresAt: new Date(Date.now() + config.accessTokenTtlSeconds * 1000),
    refreshToken,
    refreshTokenExpiresAt,
    actor,
  };
}

/**
 * Signs in with email and password. Repeated failures lock the account with growing back-off (1, 2, 4 … 60 minutes);
 * organisations that restrict sign-in to company domains refuse other emails.
 */
export async function signIn(ctx: RequestContext, email: string, password: string): Promise<Session> {
  const normalised = normaliseEmail(email);
  const problems: FieldProblem[] = [];
  if (!EMAIL.test(normalised)) problems.push({ field: 'email', code: 'INVALID_EMAIL' });
  if (!password) problems.push({ field: 'password', code: 'REQUIRED' });
  if (problems.length) throw badInput(...problems);

  // Failed attempts must be counted even though the sign-in fails, so they are committed before throwing.
  let failure: AppError | null = null;
  const session = await ctx.transaction(async (em) => {
    const account = await em.findOne(Account, { email: normalised }, NO_TENANT_FILTER);
    if (!account) {
      await verifyPassword(await unknownAccountHash(), password);
      failure = new AppError('INVALID_CREDENTIALS');
      return null;
    }
    const now = new Date();
    if (account.lockedUntil && account.lockedUntil > now) {
      failure = new AppError('ACCOUNT_LOCKED', { retryAfter: account.lockedUntil.toISOString() });
      return null;
    }
    if (!(await verifyPassword(account.passwordHash, password))) {
      account.failedSignIns += 1;
      if (account.failedSignIns >= MAX_FAILED_SIGN_INS) {
        const minutes = Math.min(2 ** (account.failedSignIns - MAX_FAILED_SIGN_INS), 60);
        account.lockedUntil = new Date(now.getTime() + minutes * 60_000);
        ctx.record({
          type: 'identity.account.locked',
          tenantId: account.tenantId,
          actorId: account.personId,
          actorName: account.displayName,
          subjectType: 'Account',
          subjectId: account.id,
          subjectLabel: account.displayName,
          payload: { accountId: account.id, personId: account.personId, lockedUntil: account.lockedUntil.toISOString() },
        });
      }
      failure = new AppError('INVALID_CREDENTIALS');
      return null;
    }
    // Only after the password is right, so the answer does not tell strangers that an email belonged to a leaver.
    if (account.disabledAt) {
      failure = new AppError('ACCOUNT_DISABLED');
      return null;
    }
    const organization = await em.findOneOrFail(Organization, { id: account.tenantId });
    if (!(await emailDomainVerified(em, organization.id, normalised))) {
      failure = new AppError('EMAIL_DOMAIN_NOT_ALLOWED');
      return null;
    }
    account.failedSignIns = 0;
    account.lockedUntil = null;
    account.lastSignInAt = now;
    ctx.record({
      type: 'identity.account.signed_in',
      tenantId: account.tenantId,
      actorId: account.personId,
      actorName: account.displayName,
      subjectType: 'Account',
      subjectId: account.id,
      subjectLabel: account.displayName,
      payload: { accountId: account.id, personId: account.personId },
    });
    return issueSession(ctx, em, account, randomUUID());
  });
  if (failure) throw failure;
  return session!;
}

/** Exchanges a refresh token for a new pair. A token presented twice revokes its whole family. */
export async function refreshSession(ctx: RequestContext, refreshToken: string): Promise<Session> {
  let failure: AppError | null = null;
  const session = await ctx.transaction(async (em) => {
    const token = await em.findOne(RefreshToken, { tokenHash: sha256(refreshToken) }, NO_TENANT_FILTER);
    if (!token || token.revokedAt || token.expiresAt < new Date()) {
      failure = new AppError('REFRESH_TOKEN_INVALID');
      return null;
    }
    if (token.rotatedAt) {
      await em.nativeUpdate(RefreshToken, { familyId: token.familyId, revokedAt: null }, { revokedAt: new Date() }, NO_TENANT_FILTER);
      ctx.record({
        type: 'identity.session.reuse_detected',
        tenantId: token.tenantId,
        subjectType: 'Account',
        subjectId: token.accountId,
        payload: { accountId: token.accountId, familyId: token.familyId },
      });
      failure = new AppError('REFRESH_TOKEN_REUSED');
      return null;
    }
    const account = await em.findOneOrFail(Account, { id: token.accountId }, NO_TENANT_FILTER);
    if (account.disabledAt) {
      failure = new AppError('ACCOUNT_DISABLED');
      return null;
    }
    token.rotatedAt = new Date();
    return issueSession(ctx, em, account, token.familyId);
  });
  if (failure) throw failure;
  return session!;
}

/**
 * Ends the session the refresh token belongs to (its whole family). The refresh token is the credential, so a client
 * whose access token already expired can still sign out.
 */
export async function signOut(ctx: RequestContext, refreshToken: string): Promise<boolean> {
  return ctx.transaction(async (em) => {
    const token = await em.findOne(RefreshToken, { tokenHash: sha256(refreshToken), revokedAt: null }, NO_TENANT_FILTER);
    // A signed-in caller can only end their own sessions; without an access token the refresh token alone decides.
    if (!token || (ctx.actor && ctx.actor.accountId !== token.accountId)) return false;
    const account = await em.findOneOrFail(Account, { id: token.accountId }, NO_TENANT_FILTER);
    await em.nativeUpdate(RefreshToken, { familyId: token.familyId, revokedAt: null }, { revokedAt: new Date() }, NO_TENANT_FILTER);
    ctx.record({
      type: 'identity.account.signed_out',
      tenantId: account.tenantId,
      actorId: account.personId,
      actorName: account.displayName,
      subjectType: 'Account',
      subjectId: account.id,
      subjectLabel: account.displayName,
      payload: { accountId: account.id, personId: account.personId },
    });
    return true;
  });
}

/** Changes the caller's password and ends every other session. */
export async function changePassword(ctx: RequestContext, currentPassword: string, newPassword: string): Promise<boolean> {
  const actor = ctx.requireActor();
  const problems = passwordProblems('newPassword', newPassword);
  if (!currentPassword) problems.push({ field: 'currentPassword', code: 'REQUIRED' });
  if (problems.length) throw badInput(...problems);
  return ctx.transaction(async (em) => {
    const account = await em.findOne(Account, { id: actor.accountId });
    if (!account) throw notFound('Account');
    if (!(await verifyPassword(account.passwordHash, currentPassword))) throw badInput({ field: 'currentPassword', code: 'WRONG_PASSWORD' });
    account.passwordHash = await hashPassword(newPassword);
    await em.nativeUpdate(RefreshToken, { accountId: account.id, revokedAt: null }, { revokedAt: new Date() });
    ctx.record({
      type: 'identity.account.password_changed',
      subjectType: 'Account',
      subjectId: account.id,
      subjectLabel: account.displayName,
      payload: { accountId: account.id, personId: actor.personId },
    });
    return true;
  });
}

/** Input for creating an account alongside a person (used by org and provisioning). */
export interface NewAccount {
  tenantId: string;
  displayName: string;
  locale?: string | null;
  personId: string;
  email: string;
  password: string;
  isPlatformAdmin?: boolean;
}

/**
 * Creates a sign-in for a new person inside the caller's transaction. The email must be in a domain verified for the
 * organisation (EMAIL_DOMAIN_NOT_CLAIMED), checked before it is looked up anywhere: verified domains belong to one
 * organisation, so a clash (EMAIL_TAKEN) can then only be with one of its own accounts.
 */
export async function createAccount(em: EntityManager, input: NewAccount, field = 'email'): Promise<Account> {
  const email = normaliseEmail(input.email);
  if (!EMAIL.test(email)) throw badInput({ field, code: 'INVALID_EMAIL' });
  if (!(await emailDomainVerified(em, input.tenantId, email))) throw badInput(domainNotClaimed(field, email));
  if (await em.count(Account, { email }, NO_TENANT_FILTER)) throw new AppError('EMAIL_TAKEN', {}, [{ field, code: 'EMAIL_TAKEN' }]);
  const account = em.create(Account, {
    tenantId: input.tenantId,
    personId: input.personId,
    displayName: input.displayName,
    locale: input.locale ?? null,
    email,
    passwordHash: await hashPassword(input.password),
    isPlatformAdmin: input.isPlatformAdmin ?? false,
  });
  em.persist(account);
  return account;
}

/** Keeps the account's copies of the person's name (tokens, audit log) and preferred language current. */
export async function syncAccountProfile(em: EntityManager, personId: string, profile: { displayName: string; locale: string | null }): Promise<void> {
  await em.nativeUpdate(Account, { personId }, { displayName: profile.displayName, locale: profile.locale });
}

/** A request to move someone's sign-in to a new email; `field` names the input it came from, for problems. */
export interface SignInEmailChange {
  personId: string;
  email: string;
  field: string;
}

interface SignInMove {
  account: Account;
  email: string;
  field: string;
}

/**
 * Sorts the changes that move an existing sign-in (people without one, or keeping their email, are left out) from the
 * refused ones. In order: the new email must be in a domain verified for the organisation (EMAIL_DOMAIN_NOT_CLAIMED) —
 * first, so that a clash found later can only be with the organisation's own accounts; the caller must hold every right
 * of the person, or be that person (TARGET_HOLDS_MORE_RIGHTS: moving someone's sign-in to an address you read lets you
 * act as them, so nobody may do it to someone above them — and only platform operators to an operator); and the
 * email must be free (EMAIL_TAKEN).
 */
async function planSignInMoves(ctx: RequestContext, em: EntityManager, changes: SignInEmailChange[]): Promise<{ moves: SignInMove[]; problems: Map<string, FieldProblem> }> {
  const actor = ctx.requireActor();
  const problems = new Map<string, FieldProblem>();
  const accounts = changes.length ? await em.find(Account, { personId: { $in: changes.map((c) => c.personId) } }) : [];
  const accountOf = new Map(accounts.map((account) => [account.personId, account]));
  const candidates = changes.flatMap((change) => {
    const account = accountOf.get(change.personId);
    const email = normaliseEmail(change.email);
    return account && account.email !== email ? [{ account, email, field: change.field }] : [];
  });
  if (candidates.length === 0) return { moves: [], problems };
  const domains = await verifiedDomains(em);
  const others = candidates.filter((move) => move.account.personId !== actor.personId);
  const higher = others.length ? await peopleWithMoreRights(ctx, em, others.map((move) => move.account.personId)) : new Set<string>();
  const taken = new Set((await em.find(Account, { email: { $in: candidates.map((move) => move.email) } }, NO_TENANT_FILTER)).map((account) => account.email));
  for (const move of candidates) {
    const personId = move.account.personId;
    if (!domains.has(emailDomainOf(move.email))) problems.set(personId, domainNotClaimed(move.field, move.email));
    else if (personId !== actor.personId && (higher.has(personId) || (move.account.isPlatformAdmin && !actor.isPlatformAdmin))) {
      problems.set(personId, { field: move.field, code: 'TARGET_HOLDS_MORE_RIGHTS' });
    } else if (taken.has(move.email)) problems.set(personId, { field: move.field, code: 'EMAIL_TAKEN' });
    // Two changes to one address: the second finds it taken.
    taken.add(move.email);
  }
  return { moves: candidates.filter((move) => !problems.has(move.account.personId)), problems };
}

/** Why each of these sign-in moves would be refused, by person id (see changeSignInEmails); for checking whole files. */
export async function signInEmailProblems(ctx: RequestContext, em: EntityManager, changes: SignInEmailChange[]): Promise<Map<string, FieldProblem>> {
  return (await planSignInMoves(ctx, em, changes)).problems;
}

/**
 * Moves people's sign-ins to their new work emails inside the caller's transaction, ending their sessions; the first
 * refused change throws (EMAIL_DOMAIN_NOT_CLAIMED as bad input, TARGET_HOLDS_MORE_RIGHTS or EMAIL_TAKEN with the field).
 */
export async function changeSignInEmails(ctx: RequestContext, em: EntityManager, changes: SignInEmailChange[]): Promise<void> {
  const { moves, problems } = await planSignInMoves(ctx, em, changes);
  const [problem] = problems.values();
  if (problem) throw problem.code === 'EMAIL_DOMAIN_NOT_CLAIMED' ? badInput(problem) : new AppError(problem.code, {}, [problem]);
  for (const { account, email } of moves) {
    account.email = email;
    await em.nativeUpdate(RefreshToken, { accountId: account.id, revokedAt: null }, { revokedAt: new Date() });
    ctx.record({
      type: 'identity.account.email_changed',
      subjectType: 'Account',
      subjectId: account.id,
      subjectLabel: account.displayName,
      payload: { accountId: account.id, personId: account.personId },
    });
  }
}

/** Blocks sign-in for a person (archived) and ends their sessions. */
export async function disableAccountOf(em: EntityManager, personId: string): Promise<void> {
  const account = await em.findOne(Account, { personId });
  if (!account) return;
  account.disabledAt = new Date();
  await em.nativeUpdate(RefreshToken, { accountId: account.id, revokedAt: null }, { revokedAt: new Date() });
}

/** The caller's organisation. */
export async function myOrganization(ctx: RequestContext): Promise<Organization> {
  const organization = await ctx.em.findOne(Organization, { id: ctx.tenantId });
  if (!organization) throw notFound('Organization');
  return organization;
}

/** Changes an organisation's name and default language (its email domains have their own verbs). */
export async function updateOrganizationSettings(ctx: RequestContext, input: { name?: string | null; defaultLocale?: string | null }): Promise<Organization> {
  const problems: FieldProblem[] = [];
  if (input.name !== undefined && input.name !== null && !input.name.trim()) problems.push({ field: 'name', code: 'REQUIRED' });
  if (input.defaultLocale && !['en', 'zh-HK', 'zh-CN'].includes(input.defaultLocale)) problems.push({ field: 'defaultLocale', code: 'INVALID_VALUE' });
  if (problems.length) throw badInput(...problems);
  return ctx.transaction(async (em) => {
    const organization = await em.findOne(Organization, { id: ctx.tenantId });
    if (!organization) throw notFound('Organization');
    ctx.authorize('update', 'Organization', { id: organization.id });
    const before = { name: organization.name, defaultLocale: organization.defaultLocale };
    if (input.name) organization.name = input.name.trim();
    if (input.defaultLocale) organization.defaultLocale = input.defaultLocale;
    ctx.record({
      type: 'identity.organization.updated',
      subjectType: 'Organization',
      subjectId: organization.id,
      payload: { organizationId: organization.id },
      before,
      after: { name: organization.name, defaultLocale: organization.defaultLocale },
    });
    return organization;
  });
}
