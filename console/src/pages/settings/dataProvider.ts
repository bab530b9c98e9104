import type { Identifier } from 'react-admin';
import type { EmailDomainFieldsFragment } from '../../gql/graphql';
import { resourceDataProvider, useNamedOperations } from '../../providers/dataProvider';
import { graphqlRequest } from '../../providers/graphqlClient';
import { CLAIM_EMAIL_DOMAIN, EMAIL_DOMAINS, ORGANIZATION, REMOVE_EMAIL_DOMAIN, UPDATE_ORGANIZATION_SETTINGS, VERIFY_EMAIL_DOMAIN } from './operations';

/** An email domain the organisation claims for sign-in emails (`verificationRecord` only for those who may verify). */
export type EmailDomain = EmailDomainFieldsFragment;

/** The organisation (one record: the signed-in person's) → `organization`, `updateOrganizationSettings`. */
export const organizationDataProvider = resourceDataProvider({
  getOne: async () => (await graphqlRequest(ORGANIZATION)).organization,
  async update(_id, data) {
    const input = { name: data.name, defaultLocale: data.defaultLocale };
    return (await graphqlRequest(UPDATE_ORGANIZATION_SETTINGS, { input })).updateOrganizationSettings;
  },
});

const operations = {
  emailDomains: async (): Promise<EmailDomain[]> => (await graphqlRequest(EMAIL_DOMAINS)).organization.emailDomains,
  claimEmailDomain: async (domain: string): Promise<EmailDomain> => (await graphqlRequest(CLAIM_EMAIL_DOMAIN, { domain })).claimEmailDomain,
  verifyEmailDomain: async (id: Identifier): Promise<EmailDomain> => (await graphqlRequest(VERIFY_EMAIL_DOMAIN, { id })).verifyEmailDomain,
  removeEmailDomain: async (id: Identifier): Promise<boolean> => (await graphqlRequest(REMOVE_EMAIL_DOMAIN, { id })).removeEmailDomain,
};

/** Email domains: only named operations (`claimEmailDomain`, `verifyEmailDomain`, `removeEmailDomain`). */
export const emailDomainsDataProvider = resourceDataProvider({}, operations);

/** The email domains' named operations. */
export const useEmailDomainOperations = () => useNamedOperations<typeof operations>('emailDomains');
