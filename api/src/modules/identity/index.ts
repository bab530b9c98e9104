import type { HarbourModule } from '../../core/context/module.js';
import { Account, RefreshToken } from './account.entity.js';
import { EmailDomain } from './email-domain.entity.js';
import { EmailDomainResolver, OrganizationEmailDomainsResolver } from './email-domain.resolver.js';
import { identityEvents } from './identity.events.js';
import { identityMessages } from './identity.messages.js';
import { IdentityResolver } from './identity.resolver.js';
import { revokedSessionsLoader } from './identity.service.js';
import { Organization } from './organization.entity.js';

export { Organization } from './organization.entity.js';
export { EmailDomain, EmailDomainStatus } from './email-domain.entity.js';
export { normaliseDomain } from './domain-names.js';
export { addProvisionedDomains } from './email-domain.service.js';
export {
  createAccount,
  disableAccountOf,
  endSessionsOf,
  syncAccountProfile,
  changeSignInEmails,
  signInEmailProblems,
  isEmail,
  passwordProblems,
  normaliseEmail,
  type SignInEmailChange,
} from './identity.service.js';

/** Organisations (tenants), their email domains, accounts, sessions and passwords. */
export const identityModule: HarbourModule = {
  name: 'identity',
  entities: [Organization, Account, RefreshToken, EmailDomain],
  resolvers: [IdentityResolver, EmailDomainResolver, OrganizationEmailDomainsResolver],
  messages: identityMessages,
  events: identityEvents,
  onStart: (services) => services.sessions.setLoader(revokedSessionsLoader(services.config.accessTokenTtlSeconds)),
  credentialMutations: { signIn: 'signIn', refreshSession: 'refresh', signOut: 'refresh', changePassword: 'password' },
  subjects: [
    { name: 'Organization', description: 'The organisation itself and its settings.', conditionFields: { id: 'id' } },
    {
      name: 'EmailDomain',
      description: 'Email domains the organisation claims for sign-in emails: requesting, verifying (DNS) and removing them.',
      conditionFields: { id: 'id', status: 'status' },
    },
  ],
};
