import { buildAbility } from '../authz/ability.js';
import { bindTenant } from '../database/tenant-filter.js';
import { forbidden } from '../errors/app-error.js';
import type { Locale } from '../i18n/i18n.js';
import { RequestContext } from './request-context.js';
import type { AppServices } from './services.js';

/**
 * The context background work runs in (event consumers, jobs): bound to one organisation, acting for Harbour itself
 * rather than a person. It may do anything inside that organisation — what it does was decided by a person's earlier,
 * authorized change — and nothing outside it (the tenant filter is bound). There is no actor: facts it records have no
 * actor id, and services that need "me" (`requireActor`) refuse it.
 */
export class SystemContext extends RequestContext {
  constructor(
    services: AppServices,
    em: RequestContext['em'],
    private readonly organizationId: string,
    locale: Locale,
  ) {
    super(services, em, null, buildAbility([{ action: 'manage', subject: 'all' }]), null, locale, { ip: null, userAgent: 'harbour-worker' });
  }

  override get tenantId(): string {
    return this.organizationId;
  }

  override authorize(action: string, subjectType: string, record?: Record<string, unknown>): void {
    if (!this.can(action, subjectType, record)) throw forbidden(action, subjectType);
  }

  override authorizeEverywhere(): void {}
}

/** A fresh system context for one organisation (a new EntityManager fork bound to its tenant). */
export function createSystemContext(services: AppServices, tenantId: string, locale: Locale = 'en'): SystemContext {
  const em = services.orm.em.fork({ clear: true });
  bindTenant(em, tenantId);
  return new SystemContext(services, em, tenantId, locale);
}
