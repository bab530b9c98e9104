import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Can, Public, SignedIn } from '../../core/authz/gate.js';
import type { RequestContext } from '../../core/context/request-context.js';
import * as identity from './identity.service.js';
import { Organization } from './organization.entity.js';
import { Text, TextArgs } from '../../core/graphql/text.js';

@ObjectType({ description: 'Tokens for a signed-in session. Send the access token as `Authorization: Bearer …`.' })
export class AuthPayload {
  @Field(() => String, { description: 'Short-lived JWT for the Authorization header.' })
  accessToken!: string;

  @Field(() => Date, { description: 'When the access token stops working; refresh before then.' })
  accessTokenExpiresAt!: Date;

  @Field(() => String, { description: 'One-time token for `refreshSession`. Each use returns a new one; reusing an old one ends the session.' })
  refreshToken!: string;

  @Field(() => Date, { description: 'When the refresh token expires.' })
  refreshTokenExpiresAt!: Date;

  @Field(() => ID, { description: 'The signed-in person.' })
  personId!: string;

  @Field(() => ID, { description: "The person's organisation." })
  organizationId!: string;

  @Field(() => Boolean, { description: 'Whether this account may create organisations.' })
  isPlatformAdmin!: boolean;
}

@InputType({ description: 'Email and password.' })
export class SignInInput {
  @Field(() => String, { description: 'Work email address.' })
  @Text(254)
  email!: string;

  @Field(() => String, { description: 'Password.' })
  @Text(200)
  password!: string;
}

@InputType({ description: 'The caller’s current and new password.' })
export class ChangePasswordInput {
  @Field(() => String, { description: 'The password in use now.' })
  @Text(200)
  currentPassword!: string;

  @Field(() => String, { description: 'At least 10 characters with a letter and a digit.' })
  @Text(200)
  newPassword!: string;
}

@InputType({ description: 'Organisation settings an admin may change.' })
export class UpdateOrganizationSettingsInput {
  @Field(() => String, { nullable: true, description: 'New display name.' })
  @Text(200)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Default language: en, zh-HK or zh-CN.' })
  @Text(10)
  defaultLocale?: string | null;
}

function toPayload(session: identity.Session): AuthPayload {
  return {
    accessToken: session.accessToken,
    accessTokenExpiresAt: session.accessTokenExpiresAt,
    refreshToken: session.refreshToken,
    refreshTokenExpiresAt: session.refreshTokenExpiresAt,
    personId: session.actor.personId,
    organizationId: session.actor.tenantId,
    isPlatformAdmin: session.actor.isPlatformAdmin,
  };
}

/** Sign-in, sessions, passwords and the caller's organisation settings. */
@Resolver()
export class IdentityResolver {
  @Public()
  @Mutation(() => AuthPayload, { description: 'Signs in with email and password. Repeated failures lock the account for a while.' })
  async signIn(@Ctx() ctx: RequestContext, @Arg('input', () => SignInInput) input: SignInInput): Promise<AuthPayload> {
    return toPayload(await identity.signIn(ctx, input.email, input.password));
  }

  @Public()
  @TextArgs({ refreshToken: { max: 100 } })
  @Mutation(() => AuthPayload, { description: 'Exchanges a refresh token for new tokens (the old refresh token stops working).' })
  async refreshSession(@Ctx() ctx: RequestContext, @Arg('refreshToken', () => String) refreshToken: string): Promise<AuthPayload> {
    return toPayload(await identity.refreshSession(ctx, refreshToken));
  }

  @Public()
  @TextArgs({ refreshToken: { max: 100 } })
  @Mutation(() => Boolean, { description: 'Ends the session of this refresh token (no access token needed). Returns false if it was already ended.' })
  signOut(@Ctx() ctx: RequestContext, @Arg('refreshToken', () => String) refreshToken: string): Promise<boolean> {
    return identity.signOut(ctx, refreshToken);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Ends all of the caller’s sessions on every device, this one included; their access tokens stop working at once.' })
  signOutEverywhere(@Ctx() ctx: RequestContext): Promise<boolean> {
    return identity.signOutEverywhere(ctx);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Changes the caller’s password and signs out every other session.' })
  changePassword(@Ctx() ctx: RequestContext, @Arg('input', () => ChangePasswordInput) input: ChangePasswordInput): Promise<boolean> {
    return identity.changePassword(ctx, input.currentPassword, input.newPassword);
  }

  @Can('read', 'Organization')
  @Query(() => Organization, { description: 'The caller’s organisation.' })
  organization(@Ctx() ctx: RequestContext): Promise<Organization> {
    return identity.myOrganization(ctx);
  }

  @Can('update', 'Organization')
  @Mutation(() => Organization, { description: 'Changes the organisation’s name or default language (email domains: see `claimEmailDomain`).' })
  updateOrganizationSettings(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateOrganizationSettingsInput) input: UpdateOrganizationSettingsInput): Promise<Organization> {
    return identity.updateOrganizationSettings(ctx, input);
  }
}
