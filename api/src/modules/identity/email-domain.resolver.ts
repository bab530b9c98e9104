import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Can, PlatformAdmin } from '../../core/authz/gate.js';
import type { RequestContext } from '../../core/context/request-context.js';
import { TextArgs } from '../../core/graphql/text.js';
import { EmailDomain } from './email-domain.entity.js';
import * as domains from './email-domain.service.js';
import { Organization } from './organization.entity.js';

/** Claims of email domains: requesting, verifying by DNS, removing, and the platform operator's overrides. */
@Resolver(() => EmailDomain)
export class EmailDomainResolver {
  @Can('create', 'EmailDomain')
  @TextArgs({ domain: { max: 253 } })
  @Mutation(() => EmailDomain, {
    description:
      'Requests an email domain for the organisation. The claim stays PENDING — it allows no sign-in email — until `verifyEmailDomain` finds its `verificationRecord` published as a DNS TXT record on the domain. Public mail domains (gmail.com, outlook.com, qq.com …) cannot be claimed.',
  })
  claimEmailDomain(
    @Ctx() ctx: RequestContext,
    @Arg('domain', () => String, { description: 'The domain, e.g. wanghin.com.hk (Unicode names are stored in their xn-- form).' }) domain: string,
  ): Promise<EmailDomain> {
    return domains.claimEmailDomain(ctx, domain);
  }

  @Can('verify', 'EmailDomain')
  @Mutation(() => EmailDomain, {
    description:
      'Looks up the domain’s DNS TXT records for the claim’s verification record; when found the claim becomes VERIFIED and the domain belongs to this organisation alone (EMAIL_DOMAIN_TAKEN if another organisation already holds it). Already verified: returned unchanged.',
  })
  verifyEmailDomain(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'The claim.' }) id: string): Promise<EmailDomain> {
    return domains.verifyEmailDomain(ctx, id);
  }

  @Can('delete', 'EmailDomain')
  @Mutation(() => Boolean, {
    description: 'Withdraws a claim. A verified domain that active sign-ins still use is refused with EMAIL_DOMAIN_IN_USE: change or archive those people first.',
  })
  removeEmailDomain(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'The claim.' }) id: string): Promise<boolean> {
    return domains.removeEmailDomain(ctx, id);
  }

  @PlatformAdmin()
  @TextArgs({ domain: { max: 253 } })
  @Mutation(() => EmailDomain, {
    description:
      'Platform operators only: makes a domain verified for an organisation without a DNS check (a pending claim of that organisation is upgraded). Public mail domains are allowed here — the operator then gives all of that domain’s sign-ins to the organisation. EMAIL_DOMAIN_TAKEN if another organisation holds it.',
  })
  addVerifiedEmailDomain(
    @Ctx() ctx: RequestContext,
    @Arg('organizationId', () => ID, { description: 'The organisation.' }) organizationId: string,
    @Arg('domain', () => String, { description: 'The domain.' }) domain: string,
  ): Promise<EmailDomain> {
    return domains.addVerifiedEmailDomain(ctx, organizationId, domain);
  }

  @PlatformAdmin()
  @TextArgs({ domain: { max: 253 } })
  @Mutation(() => Boolean, { description: 'Platform operators only: removes an organisation’s claim of a domain, under the same rule as `removeEmailDomain`.' })
  revokeEmailDomain(
    @Ctx() ctx: RequestContext,
    @Arg('organizationId', () => ID, { description: 'The organisation.' }) organizationId: string,
    @Arg('domain', () => String, { description: 'The domain.' }) domain: string,
  ): Promise<boolean> {
    return domains.revokeEmailDomain(ctx, organizationId, domain);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'While the claim is pending, the TXT record to publish on the domain (`harbour-verification=…`); only for people who may verify it, null otherwise.',
  })
  verificationRecord(@Root() claim: EmailDomain, @Ctx() ctx: RequestContext): string | null {
    return domains.visibleVerificationRecord(ctx, claim);
  }
}

/** The organisation's email domains. */
@Resolver(() => Organization)
export class OrganizationEmailDomainsResolver {
  @FieldResolver(() => [EmailDomain], {
    description: 'Email domains the organisation claims, pending and verified, that the caller may see. People may only get sign-in emails in its VERIFIED domains.',
  })
  emailDomains(@Root() organization: Organization, @Ctx() ctx: RequestContext): Promise<EmailDomain[]> {
    return domains.listEmailDomains(ctx, organization.id);
  }
}
