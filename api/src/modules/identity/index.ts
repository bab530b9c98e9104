import type { HarbourModule } from '../../core/context/module.js';
import { Account, RefreshToken } from './account.entity.js';
import { identityEvents } from './identity.events.js';
import { identityMessages } from './identity.messages.js';
import { IdentityResolver } from './identity.resolver.js';
import { revokedSessionsLoader } from './identity.service.js';
import { Organization } from './organization.entity.js';

export { Organization } from './organization.entity.js';
export { createAccount, disableAccountOf, syncAccountProfile, changeSignInEmail, isEmail, isEmailDomain, passwordProblems, normaliseEmail } from './identity.service.js';

/** Organisations (tenants), accounts, sessions and passwords. */
export const identityModule: HarbourModule = {
  name: 'identity',
  entities: [Organization, Account, RefreshToken],
  resolvers: [IdentityResolver],
  messages: identityMessages,
  events: identityEvents,
  onStart: (services) => services.sessions.setLoader(revokedSessionsLoader(services.config.accessTokenTtlSeconds)),
  credentialMutations: { signIn: 'signIn', refreshSession: 'refresh', signOut: 'refresh', changePassword: 'password' },
  subjects: [
    { name: 'Organization', description: 'The organisation itself and its settings.', conditionFields: { id: 'id' } },
  ],
};
