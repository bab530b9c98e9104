import type { HarbourModule } from '../../core/context/module.js';
import { TenancyResolver } from './tenancy.resolver.js';

export { provisionOrganization, type NewOrganization } from './tenancy.service.js';

/** Opening organisations: the tenant, built-in roles, job ranks, top department and first admin. */
export const tenancyModule: HarbourModule = {
  name: 'tenancy',
  entities: [],
  resolvers: [TenancyResolver],
};
