import { Arg, Ctx, Field, InputType, Mutation, Resolver } from 'type-graphql';
import { PlatformAdmin } from '../../core/authz/gate.js';
import type { RequestContext } from '../../core/context/request-context.js';
import { Organization } from '../identity/index.js';
import { provisionOrganization } from './tenancy.service.js';
import { Text } from '../../core/graphql/text.js';

@InputType({ description: 'The first admin of a new organisation.' })
export class OrganizationAdminInput {
  @Field(() => String, { description: 'Name.' })
  @Text(200)
  displayName!: string;

  @Field(() => String, { description: 'Sign-in email, in one of the organisation’s emailDomains.' })
  @Text(254)
  email!: string;

  @Field(() => String, { description: 'First password (at least 10 characters with a letter and a digit).' })
  @Text(200)
  password!: string;
}

@InputType({ description: 'A new organisation.' })
export class CreateOrganizationInput {
  @Field(() => String, { description: 'Name, e.g. 宏建工程有限公司.' })
  @Text(200)
  name!: string;

  @Field(() => String, { description: 'Unique handle: lower-case letters, digits and dashes.' })
  @Text(60)
  slug!: string;

  @Field(() => String, { nullable: true, description: 'Default language: zh-HK (default), en or zh-CN.' })
  @Text(10)
  defaultLocale?: 'en' | 'zh-HK' | 'zh-CN' | null;

  @Field(() => [String], {
    description:
      'Its email domains, e.g. ["wanghin.com.hk"]: they become verified claims of the new organisation (the operator vouches for them; EMAIL_DOMAIN_TAKEN if another organisation holds one). The admin’s email must be in one of them.',
  })
  @Text(253)
  emailDomains!: string[];

  @Field(() => OrganizationAdminInput, { description: 'The first admin.' })
  admin!: OrganizationAdminInput;
}

/** Opening organisations (platform operators only). */
@Resolver()
export class TenancyResolver {
  @PlatformAdmin()
  @Mutation(() => Organization, { description: 'Opens a new organisation with built-in roles, job ranks and its first admin. Platform admins only.' })
  async createOrganization(@Ctx() ctx: RequestContext, @Arg('input', () => CreateOrganizationInput) input: CreateOrganizationInput): Promise<Organization> {
    return (await provisionOrganization(ctx, input)).organization;
  }
}
