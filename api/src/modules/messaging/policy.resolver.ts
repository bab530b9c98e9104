import { Arg, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Can } from '../../core/authz/gate.js';
import type { RequestContext } from '../../core/context/request-context.js';
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
}

@ObjectType({ description: 'Your own messaging settings.' })
export class MyMessagingSettings {
  @Field(() => Boolean, { description: 'Whether senders may see that you read their messages.' })
  showReadReceipts!: boolean;
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
  async myMessagingSettings(@Ctx() ctx: RequestContext): Promise<MyMessagingSettings> {
    return { showReadReceipts: await policies.myShowsReadReceipts(ctx) };
  }

  @Can('read', 'Conversation')
  @Mutation(() => MyMessagingSettings, { description: 'Whether senders may see that you read their messages; off hides your receipts at once, past ones too.' })
  async setMyReadReceipts(@Ctx() ctx: RequestContext, @Arg('show', () => Boolean) show: boolean): Promise<MyMessagingSettings> {
    return { showReadReceipts: await policies.setMyReadReceipts(ctx, show) };
  }
}
