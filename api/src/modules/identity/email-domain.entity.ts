import { Entity, Enum, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../../core/database/base.entity.js';

export enum EmailDomainStatus {
  PENDING = 'PENDING',
  VERIFIED = 'VERIFIED',
}
registerEnumType(EmailDomainStatus, {
  name: 'EmailDomainStatus',
  description: 'PENDING until the organisation proves it controls the domain (or the platform operator vouches for it); only VERIFIED domains count.',
});

export enum EmailDomainVerification {
  DNS_TXT = 'DNS_TXT',
  OPERATOR = 'OPERATOR',
}
registerEnumType(EmailDomainVerification, {
  name: 'EmailDomainVerification',
  description: 'How a domain was verified: DNS_TXT (the organisation published its verification record) or OPERATOR (added by the platform operator).',
});

/**
 * An email domain an organisation claims for its people's sign-in emails. Several organisations may claim a domain,
 * but only one can hold it verified (a partial unique index), so sign-in emails in it belong to that organisation alone.
 */
@ObjectType({ description: 'An email domain the organisation claims for sign-in emails, and whether the claim is verified.' })
@Entity({ tableName: 'email_domain' })
@Unique({ properties: ['tenantId', 'domain'] })
@Unique({ name: 'email_domain_verified_domain_unique', properties: ['domain'], where: { status: EmailDomainStatus.VERIFIED } })
export class EmailDomain extends TenantEntity<'status' | 'verificationMethod' | 'verificationToken' | 'verifiedAt'> {
  @Field(() => ID, { description: 'Claim id.' })
  declare id: string;

  @Field(() => String, { description: 'The domain in lower-case ASCII (internationalised names in their xn-- form), e.g. wanghin.com.hk.' })
  @Property({ type: 'string', length: 253 })
  domain!: string;

  @Field(() => EmailDomainStatus, { description: 'PENDING or VERIFIED.' })
  @Enum({ items: () => EmailDomainStatus, nativeEnumName: 'email_domain_status', default: EmailDomainStatus.PENDING })
  status: EmailDomainStatus = EmailDomainStatus.PENDING;

  @Field(() => EmailDomainVerification, { nullable: true, description: 'How the claim was verified; null while pending.' })
  @Enum({ items: () => EmailDomainVerification, nativeEnumName: 'email_domain_verification', nullable: true })
  verificationMethod: EmailDomainVerification | null = null;

  /** The random value the organisation publishes as a TXT record; null for domains the operator added. */
  @Property({ type: 'string', length: 64, nullable: true })
  verificationToken: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the claim was verified.' })
  @Property({ type: 'datetime', nullable: true })
  verifiedAt: Date | null = null;

  @Field(() => Date, { description: 'When the domain was claimed.' })
  declare createdAt: Date;
}
