import { Arg, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Can } from '../../core/authz/gate.js';
import type { RequestContext } from '../../core/context/request-context.js';
import { TextArgs } from '../../core/graphql/text.js';
import { MessagingPolicy } from './messaging-policy.entity.js';
import * as policies from './policy.service.js';

@InputType({ description: 'Changes to the messaging policy; fields left out stay as they are.' })
export class ChangeMessagingPolicyInput {
  @Field(() => Boolean, { nullable: true, description: 'Whether senders may see who read their messages.' })
  readReceipts?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Minutes a sender may edit a message (0 to 10,080).' })
  editWindowMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: 'Minutes a sender may recall a message (0 to 10,080).' })
  recallWindowMinutes?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether every department has a group kept in step with the org chart (off: those groups are archived).' })
  departmentGroups?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether a department’s group takes in its sub-departments’ members too.' })
  departmentGroupsIncludeSubdepartments?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Delete messages older than this many days; 0 keeps them for ever.' })
  retentionDays?: number | null;

  @Field(() => Int, { nullable: true, description: 'Minutes after a DING before unread recipients get a text message (1 to 1,440).' })
  dingSmsAfterMinutes?: number | null;
}

@ObjectType({ description: 'Your own messaging settings.' })
export class MyMessagingSettings {
  @Field(() => Boolean, { description: 'Whether senders may see that you read their messages.' })
  showReadReceipts!: boolean;

  @Field(() => String, { nullable: true, description: 'Start of your quiet hours (local time, e.g. 22:00): DINGs do not text you then, unless an emergency.' })
  quietHoursStart!: string | null;

  @Field(() => String, { nullable: true, description: 'End of your quiet hours (e.g. 08:00).' })
  quietHoursEnd!: string | null;
}

/** The organisation's messaging policy and each person's own settings. */
@Resolver()
export class MessagingPolicyResolver {
  @Can('read', 'MessagingPolicy')
  @Query(() => MessagingPolicy, { description: 'How messaging works in the organisation.' })
  messagingPolicy(@Ctx() ctx: RequestContext): Promise<MessagingPolicy> {
    return policies.messagingPolicy(ctx);
  }

  @Can('update', 'MessagingPolicy')
  @Mutation(() => MessagingPolicy, { description: 'Changes the messaging policy (audited).' })
  changeMessagingPolicy(@Ctx() ctx: RequestContext, @Arg('input', () => ChangeMessagingPolicyInput) input: ChangeMessagingPolicyInput): Promise<MessagingPolicy> {
    return policies.changeMessagingPolicy(ctx, input);
  }

  @Can('read', 'Conversation')
  @Query(() => MyMessagingSettings, { description: 'Your own messaging settings.' })
  myMessagingSettings(@Ctx() ctx: RequestContext): Promise<MyMessagingSettings> {
    return policies.myPreference(ctx);
  }

  @Can('read', 'Conversation')
  @Mutation(() => MyMessagingSettings, { description: 'Whether senders may see that you read their messages; off hides your receipts at once, past ones too.' })
  async setMyReadReceipts(@Ctx() ctx: RequestContext, @Arg('show', () => Boolean) show: boolean): Promise<MyMessagingSettings> {
    await policies.setMyReadReceipts(ctx, show);
    return policies.myPreference(ctx);
  }

  @Can('read', 'Conversation')
  @TextArgs({ start: { max: 5 }, end: { max: 5 } })
  @Mutation(() => MyMessagingSettings, { description: 'Your quiet hours, local times such as 22:00 and 08:00 (both null: none): DINGs do not text you then, unless an emergency.' })
  async setMyQuietHours(
    @Ctx() ctx: RequestContext,
    @Arg('start', () => String, { nullable: true }) start: string | null,
    @Arg('end', () => String, { nullable: true }) end: string | null,
  ): Promise<MyMessagingSettings> {
    await policies.setMyQuietHours(ctx, start ?? null, end ?? null);
    return policies.myPreference(ctx);
  }
}
