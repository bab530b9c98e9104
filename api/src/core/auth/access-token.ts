import { createSecretKey, type KeyObject } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';
import type { Actor } from '../context/request-context.js';

const ISSUER = 'harbour';
const AUDIENCE = 'harbour-api';

// Importing the key is a measurable part of verifying a token, and every request verifies one.
const keys = new Map<string, KeyObject>();
function keyOf(secret: string): KeyObject {
  let key = keys.get(secret);
  if (!key) {
    key = createSecretKey(Buffer.from(secret, 'utf8'));
    keys.set(secret, key);
  }
  return key;
}

/** Signs a short-lived access token carrying the actor and their session (HS256). */
export async function signAccessToken(secret: string, actor: Actor & { sessionId: string }, ttlSeconds: number): Promise<string> {
  return new SignJWT({ pid: actor.personId, tid: actor.tenantId, sid: actor.sessionId, name: actor.displayName, loc: actor.locale, pa: actor.isPlatformAdmin })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(actor.accountId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(keyOf(secret));
}

/** Tokens already verified, until they expire: every request of a signed-in person carries the same token. */
const verified = new Map<string, { secret: string; actor: Actor; expiresAtMs: number }>();
const MAX_VERIFIED = 10_000;

/**
 * Verifies an access token; null when it is invalid or expired. A token must say who issued it, for whom, when, until
 * when, and which session it belongs to — a validly signed token missing any of them is refused.
 * A token verified before is answered from memory until its expiry (its signature cannot have changed; whether its
 * session has ended is checked per request elsewhere): jose verifies through WebCrypto's asynchronous jobs, which
 * cost a `{ me { id } }` request about a tenth of its CPU.
 */
export async function verifyAccessToken(secret: string, token: string): Promise<Actor | null> {
  const known = verified.get(token);
  if (known && known.secret === secret && Date.now() < known.expiresAtMs) return known.actor;
  if (known) verified.delete(token);
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'], requiredClaims: ['exp', 'iat', 'sub'] });
    if (typeof payload.sub !== 'string' || typeof payload.pid !== 'string' || typeof payload.tid !== 'string' || typeof payload.sid !== 'string') return null;
    const actor: Actor = {
      accountId: payload.sub,
      sessionId: payload.sid,
      personId: payload.pid,
      tenantId: payload.tid,
      displayName: typeof payload.name === 'string' ? payload.name : '',
      locale: typeof payload.loc === 'string' ? payload.loc : null,
      isPlatformAdmin: payload.pa === true,
    };
    if (verified.size >= MAX_VERIFIED) verified.delete(verified.keys().next().value!);
    verified.set(token, { secret, actor: Object.freeze(actor), expiresAtMs: payload.exp! * 1000 });
    return actor;
  } catch {
    return null;
  }
}
