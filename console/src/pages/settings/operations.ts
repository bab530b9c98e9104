import { graphql } from '../../gql';

// The organisation settings page's GraphQL documents (validated against the schema by test/operations.spec.ts).

/** The signed-in person's organisation. */
export const ORGANIZATION = graphql(/* GraphQL */ `
  query Organization {
    organization {
      id
      name
      slug
      defaultLocale
      createdAt
    }
  }
`);

/** Renames the organisation and sets its default language. */
export const UPDATE_ORGANIZATION_SETTINGS = graphql(/* GraphQL */ `
  mutation UpdateOrganizationSettings($input: UpdateOrganizationSettingsInput!) {
    updateOrganizationSettings(input: $input) {
      id
      name
      slug
      defaultLocale
      createdAt
    }
  }
`);

graphql(/* GraphQL */ `
  fragment EmailDomainFields on EmailDomain {
    id
    domain
    status
    verificationMethod
    verificationRecord
    verifiedAt
    createdAt
  }
`);

/** The email domains the organisation claims for sign-in emails. */
export const EMAIL_DOMAINS = graphql(/* GraphQL */ `
  query EmailDomains {
    organization {
      id
      emailDomains {
        ...EmailDomainFields
      }
    }
  }
`);

/** Claims a domain; it counts once verified. */
export const CLAIM_EMAIL_DOMAIN = graphql(/* GraphQL */ `
  mutation ClaimEmailDomain($domain: String!) {
    claimEmailDomain(domain: $domain) {
      ...EmailDomainFields
    }
  }
`);

/** Verifies a claim by its DNS TXT record. */
export const VERIFY_EMAIL_DOMAIN = graphql(/* GraphQL */ `
  mutation VerifyEmailDomain($id: ID!) {
    verifyEmailDomain(id: $id) {
      ...EmailDomainFields
    }
  }
`);

/** Withdraws a claim. */
export const REMOVE_EMAIL_DOMAIN = graphql(/* GraphQL */ `
  mutation RemoveEmailDomain($id: ID!) {
    removeEmailDomain(id: $id)
  }
`);
