import type { HarbourModule } from '../../core/context/module.js';
import { TenancyResolver } from './tenancy.resolver.js';

export { provisionOrganization, type NewOrganization } from './tenancy.service.js';

/** Opening organisations: the tenant, built-in roles, job ranks, top department and first admin. */
export const tenancyModule: HarbourModule = {
  name: 'tenancy',
  entities: [],
  resolvers: [TenancyResolver],
  events: [
    {
      type: 'tenancy.organization.created',
      // Its roles, first admin and their assignment are the organisation's first access.
      touchesAccess: true,
      audit: true,
      description: 'A new organisation was opened (first event of every organisation).',
      payload: { organizationId: { type: 'uuid', description: 'The organisation.' }, adminPersonId: { type: 'uuid', description: 'Its first admin.' } },
    },
  ],
};
