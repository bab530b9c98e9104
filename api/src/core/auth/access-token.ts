import { SignJWT, jwtVerify } from 'jose';
import type { Actor } from '../context/request-context.js';

const ISSUER = 'harbour';

/** Signs a short-lived access token carrying the actor (HS256). */
export async function signAccessToken(secret: string, actor: Actor, ttlSeconds: number): Promise<string> {
  return new SignJWT({ pid: actor.personId, tid: actor.tenantId, name: actor.displayName, loc: actor.locale, pa: actor.isPlatformAdmin })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(actor.accountId)
    .setIssuer(ISSUER)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(new TextEncoder().encode(secret));
}

/** Verifies an access token; null when it is invalid or expired. */
export async function verifyAccessToken(secret: string, token: string): Promise<Actor | null> {
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(secret), { issuer: ISSUER, algorithms: ['HS256'] });
    if (typeof payload.sub !== 'string' || typeof payload.pid !== 'string' || typeof payload.tid !== 'string') return null;
    return {
      accountId: payload.sub,
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
