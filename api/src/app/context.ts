import type { IncomingHttpHeaders } from 'node:http';
import { verifyAccessToken } from '../core/auth/access-token.js';
import { buildAbility } from '../core/authz/ability.js';
import { RequestContext, type Actor, type RequestOrigin } from '../core/context/request-context.js';
import type { AppServices } from '../core/context/services.js';
import { readAccessVersion } from '../core/events/outbox.js';
import { bindTenant } from '../core/database/tenant-filter.js';
import { AppError } from '../core/errors/app-error.js';
import { negotiateLocale, type Locale } from '../core/i18n/i18n.js';

/** The bearer token of an Authorization header (or a graphql-ws connectionParams value). */
export function bearerToken(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /^Bearer\s+(.+)$/i.exec(value.trim());
  return match ? match[1] : null;
}

/**
 * Builds the RequestContext of one operation: authenticates the token (an invalid one is an error, not anonymous),
 * forks the EntityManager bound to the actor's tenant, loads the actor's ability and picks the locale.
 */
export async function createRequestContext(
  services: AppServices,
  input: { authorization: unknown; acceptLanguage: string | undefined; locale?: string | null; ip: string | null; userAgent: string | null },
): Promise<RequestContext> {
  const token = bearerToken(input.authorization);
  let actor: Actor | null = null;
  if (token) {
    actor = await verifyAccessToken(services.config.jwtSecret, token);
    if (!actor) throw new AppError('UNAUTHENTICATED');
  } else if (input.authorization) {
    throw new AppError('UNAUTHENTICATED');
  }
  // An explicit X-Harbour-Locale wins, then the person's saved preference, then the browser's Accept-Language.
  const locale = negotiateLocale(input.acceptLanguage, input.locale ?? actor?.locale);
  return createActorContext(services, actor, locale, { ip: input.ip, userAgent: input.userAgent });
}

/** Context inputs from an HTTP request's headers. */
export function httpContextInput(headers: IncomingHttpHeaders, ip: string | undefined) {
  return {
    authorization: headers.authorization,
    acceptLanguage: headers['accept-language'],
    locale: (headers['x-harbour-locale'] as string | undefined) ?? null,
    ip: ip ?? null,
    userAgent: headers['user-agent'] ?? null,
  };
}

/**
 * A context acting as `actor` (an authenticated request, or seeds, scripts and tests): an EntityManager fork bound to
 * the actor's tenant, the tenant's access version (one statement), and the actor's ability as of that version.
 */
export async function createActorContext(
  services: AppServices,
  actor: Actor | null,
  locale: Locale = 'en',
  origin: RequestOrigin = { ip: null, userAgent: 'harbour-script' },
): Promise<RequestContext> {
  const em = services.orm.em.fork({ clear: true });
  if (!actor) return new RequestContext(services, em, null, buildAbility([]), null, locale, origin);
  bindTenant(em, actor.tenantId);
  const accessVersion = await readAccessVersion(em, actor.tenantId);
  await services.sessions.assertActive(em, actor, accessVersion);
  const ability = await services.abilities.forActor(em, actor, accessVersion);
  return new RequestContext(services, em, actor, ability, accessVersion, locale, origin);
}
