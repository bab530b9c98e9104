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

/**
 * Verifies an access token; null when it is invalid or expired. A token must say who issued it, for whom, when, until
 * when, and which session it belongs to — a validly signed token missing any of them is refused.
 */
export async function verifyAccessToken(secret: string, token: string): Promise<Actor | null> {
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'], requiredClaims: ['exp', 'iat', 'sub'] });
    if (typeof payload.sub !== 'string' || typeof payload.pid !== 'string' || typeof payload.tid !== 'string' || typeof payload.sid !== 'string') return null;
    return {
      accountId: payload.sub,
      sessionId: payload.sid,
      personId: payload.pid,
      tenantId: payload.tid,
      displayName: String(payload.name ?? ''),
      locale: typeof payload.loc === 'string' ? payload.loc : null,
      isPlatformAdmin: payload.pa === true,
    };
  } catch {
    return null;
  }
}
