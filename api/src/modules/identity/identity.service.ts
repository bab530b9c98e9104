import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { signAccessToken } from '../../core/auth/access-token.js';
import { hashPassword, verifyPassword } from '../../core/auth/passwords.js';
import { peopleWithMoreRights } from '../../core/authz/rights.js';
import type { Actor, RequestContext } from '../../core/context/request-context.js';
import { crossTenantSql, sql, tenantSql, TENANT } from '../../core/database/sql.js';
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
  const actor: Actor & { sessionId: string } = {
    accountId: account.id,
    sessionId: familyId,
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
 * only emails in a domain verified for the account's organisation sign in (see email-domain.service.ts).
 *
 * From outside, an unknown email, a wrong password and a locked account look the same — the same code and message, and
 * one password hash verified in each case, so neither the answer nor its timing tells which emails exist. The owner
 * learns of a lock from the audit log. Each attempt is counted atomically *before* its password is checked, so parallel
 * guesses cannot outrun the lockout: once the limit is reached, further attempts are refused without a check.
 */
export async function signIn(ctx: RequestContext, email: string, password: string): Promise<Session> {
  const normalised = normaliseEmail(email);
  const problems: FieldProblem[] = [];
  if (!EMAIL.test(normalised)) problems.push({ field: 'email', code: 'INVALID_EMAIL' });
  if (!password) problems.push({ field: 'password', code: 'REQUIRED' });
  if (problems.length) throw badInput(...problems);

  const attempt = await reserveSignInAttempt(ctx.em, normalised);
  if (!attempt) {
    await verifyPassword(await unknownAccountHash(), password);
    throw new AppError('INVALID_CREDENTIALS');
  }
  const { account } = attempt;
  if (!(await verifyPassword(account.passwordHash, password))) {
    if (attempt.lockedUntil) await recordLock(ctx, account, attempt.lockedUntil);
    throw new AppError('INVALID_CREDENTIALS');
  }
  // A refusal is returned, not thrown, so the transaction still commits the reset counters; it is thrown after.
  const outcome = await ctx.transaction(async (em): Promise<Session | AppError> => {
    const current = await em.findOneOrFail(Account, { id: account.id }, NO_TENANT_FILTER);
    current.failedSignIns = 0;
    current.lockedUntil = null;
    // Only after the password is right, so the answer does not tell strangers that an email belonged to a leaver.
    if (current.disabledAt) return new AppError('ACCOUNT_DISABLED');
    if (!(await emailDomainVerified(em, current.tenantId, normalised))) return new AppError('EMAIL_DOMAIN_NOT_ALLOWED');
    current.lastSignInAt = new Date();
    ctx.record({
      type: 'identity.account.signed_in',
      tenantId: current.tenantId,
      actorId: current.personId,
      actorName: current.displayName,
      subjectType: 'Account',
      subjectId: current.id,
      subjectLabel: current.displayName,
      payload: { accountId: current.id, personId: current.personId },
    });
    return issueSession(ctx, em, current, randomUUID());
  });
  if (outcome instanceof AppError) throw outcome;
  return outcome;
}

/** What sign-in needs of the account an attempt was counted against. */
interface SignInAccount {
  id: string;
  tenantId: string;
  personId: string;
  displayName: string;
  passwordHash: string;
}

/**
 * Counts one sign-in attempt in a single statement (no read-then-write race), locking the account when this attempt
 * reaches the limit, and returns the account; null for an unknown email and for a locked account alike — the same one
 * statement either way, so not even the database work tells them apart. A right password resets the count afterwards.
 * The email is unique across organisations (sign-in comes before any tenant is known), so no tenant is named here.
 */
async function reserveSignInAttempt(em: EntityManager, email: string): Promise<{ account: SignInAccount; lockedUntil: Date | null } | null> {
  const rows = await crossTenantSql<{ id: string; tenant_id: string; person_id: string; display_name: string; password_hash: string; locked_until: Date | null }>(
    em,
    sql`update account set failed_sign_ins = failed_sign_ins + 1,
       locked_until = case when failed_sign_ins + 1 >= ${MAX_FAILED_SIGN_INS}
         then now() + least(power(2, failed_sign_ins + 1 - ${MAX_FAILED_SIGN_INS}), 60) * interval '1 minute' else null end
     where email = ${email} and (locked_until is null or locked_until <= now())
     returning id, tenant_id, person_id, display_name, password_hash, locked_until`,
  );
  if (!rows.length) return null;
  const [row] = rows;
  return {
    account: { id: row.id, tenantId: row.tenant_id, personId: row.person_id, displayName: row.display_name, passwordHash: row.password_hash },
    lockedUntil: row.locked_until ? new Date(row.locked_until) : null,
  };
}

/** Puts the lock this failed attempt caused in the audit log, where the owner and their admins see it. */
async function recordLock(ctx: RequestContext, account: SignInAccount, lockedUntil: Date): Promise<void> {
  await ctx.transaction(async () => {
    ctx.record({
      type: 'identity.account.locked',
      tenantId: account.tenantId,
      actorId: account.personId,
      actorName: account.displayName,
      subjectType: 'Account',
      subjectId: account.id,
      subjectLabel: account.displayName,
      payload: { accountId: account.id, personId: account.personId, lockedUntil: lockedUntil.toISOString() },
    });
  });
}

/**
 * Exchanges a refresh token for a new pair. Rotation is one conditional update, so of two concurrent uses of the same
 * token exactly one wins; the other — like any token presented twice — is treated as theft and ends the whole session.
 */
export async function refreshSession(ctx: RequestContext, refreshToken: string): Promise<Session> {
  // A refusal is returned, not thrown, so the transaction still commits the revoked family and its event.
  const outcome = await ctx.transaction(async (em): Promise<Session | AppError> => {
    const token = await em.findOne(RefreshToken, { tokenHash: sha256(refreshToken) }, NO_TENANT_FILTER);
    if (!token || token.revokedAt || token.expiresAt < new Date()) return new AppError('REFRESH_TOKEN_INVALID');
    const rotated = await em.nativeUpdate(RefreshToken, { id: token.id, rotatedAt: null, revokedAt: null }, { rotatedAt: new Date() }, NO_TENANT_FILTER);
    if (rotated === 0) {
      await em.nativeUpdate(RefreshToken, { familyId: token.familyId, revokedAt: null }, { revokedAt: new Date() }, NO_TENANT_FILTER);
      ctx.record({
        type: 'identity.session.reuse_detected',
        tenantId: token.tenantId,
        subjectType: 'Account',
        subjectId: token.accountId,
        payload: { accountId: token.accountId, familyId: token.familyId },
      });
      return new AppError('REFRESH_TOKEN_REUSED');
    }
    const account = await em.findOneOrFail(Account, { id: token.accountId }, NO_TENANT_FILTER);
    if (account.disabledAt) return new AppError('ACCOUNT_DISABLED');
    return issueSession(ctx, em, account, token.familyId);
  });
  if (outcome instanceof AppError) throw outcome;
  return outcome;
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

/** Changes the caller's password and ends every other session (their access tokens stop working at once). */
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
    await revokeSessions(em, account.id, actor.sessionId);
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

/**
 * Ends every session of an account (but `keep`, the caller's own when they change their password): their refresh tokens
 * are revoked, and SessionRevocations refuses their access tokens from the next request on.
 */
async function revokeSessions(em: EntityManager, accountId: string, keep?: string): Promise<void> {
  await em.nativeUpdate(RefreshToken, { accountId, revokedAt: null, ...(keep ? { familyId: { $ne: keep } } : {}) }, { revokedAt: new Date() });
}

/** The sessions of an account ended recently enough that their access tokens could still be presented. */
export function revokedSessionsLoader(accessTokenTtlSeconds: number) {
  return async (em: EntityManager, actor: Actor): Promise<string[]> => {
    const since = new Date(Date.now() - accessTokenTtlSeconds * 1000 - 60_000);
    const rows = await tenantSql<{ family_id: string }>(
      em,
      actor.tenantId,
      sql`select distinct family_id from refresh_token where tenant_id = ${TENANT} and account_id = ${actor.accountId} and revoked_at > ${since}`,
    );
    return rows.map((row) => row.family_id);
  };
}

/** Ends every session of the caller, on every device, including this one. */
export async function signOutEverywhere(ctx: RequestContext): Promise<boolean> {
  const actor = ctx.requireActor();
  return ctx.transaction(async (em) => {
    await revokeSessions(em, actor.accountId);
    ctx.record({
      type: 'identity.account.signed_out_everywhere',
      subjectType: 'Account',
      subjectId: actor.accountId,
      subjectLabel: actor.displayName,
      payload: { accountId: actor.accountId, personId: actor.personId },
    });
    return true;
  });
}

/**
 * Ends every session of another person's sign-in inside the caller's transaction (an admin's "sign out everywhere", e.g.
 * for a lost phone): their access tokens stop working on the next request. Like moving their sign-in, it is refused
 * (TARGET_HOLDS_MORE_RIGHTS) for someone who holds rights the caller does not. False when they have no sign-in. The
 * caller records the fact.
 */
export async function endSessionsOf(ctx: RequestContext, em: EntityManager, personId: string): Promise<boolean> {
  const actor = ctx.requireActor();
  const account = await em.findOne(Account, { personId });
  if (!account) return false;
  if (personId !== actor.personId) {
    const higher = await peopleWithMoreRights(ctx, em, [personId]);
    if (higher.has(personId) || (account.isPlatformAdmin && !actor.isPlatformAdmin)) throw new AppError('TARGET_HOLDS_MORE_RIGHTS');
  }
  await revokeSessions(em, account.id);
  return true;
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
  const higher = others.length
    ? await peopleWithMoreRights(
        ctx,
        em,
        others.map((move) => move.account.personId),
      )
    : new Set<string>();
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
  const actor = ctx.requireActor();
  for (const { account, email } of moves) {
    account.email = email;
    // Like a password change: someone moving their own sign-in stays signed in on this device only.
    await revokeSessions(em, account.id, account.id === actor.accountId ? actor.sessionId : undefined);
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
  await revokeSessions(em, account.id);
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
