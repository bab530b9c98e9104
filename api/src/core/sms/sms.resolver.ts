import { Arg, Args, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Can } from '../authz/gate.js';
import type { RequestContext } from '../context/request-context.js';
import { ListOf, PageArgs } from '../graphql/pagination.js';
import { Text, TextArgs } from '../graphql/text.js';
import { SmsMessage, SmsStatus } from './sms-message.entity.js';
import * as sms from './sms.service.js';

@InputType({ description: 'Which texts to list.' })
export class SmsMessageFilter {
  @Field(() => SmsStatus, { nullable: true, description: 'Only those in this state (FAILED: the dead letters).' })
  status?: SmsStatus | null;

  @Field(() => String, { nullable: true, description: 'Only those sent for this purpose, e.g. messaging.ding.' })
  @Text(100)
  purpose?: string | null;
}

@ObjectType({ description: 'A page of texts, newest first.' })
export class SmsMessageList extends ListOf(SmsMessage, 'SmsMessageList', 'A page of texts, newest first.') {}

/** The organisation's texts for its admins: what was sent, what failed, retrying a failed one, and a test text. */
@Resolver(() => SmsMessage)
export class SmsResolver {
  @Can('read', 'SmsMessage')
  @Query(() => SmsMessageList, { description: 'The organisation’s texts, newest first (admins).' })
  smsMessages(@Ctx() ctx: RequestContext, @Arg('filter', () => SmsMessageFilter, { nullable: true }) filter: SmsMessageFilter | null, @Args(() => PageArgs) page: PageArgs): Promise<SmsMessageList> {
    return sms.listSmsMessages(ctx, filter ?? {}, page);
  }

  @Can('retry', 'SmsMessage')
  @Mutation(() => SmsMessage, { description: 'Queues a failed text again, with all its attempts. SMS_INVALID_TRANSITION unless it is FAILED.' })
  retrySmsMessage(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<SmsMessage> {
    return sms.retrySmsMessage(ctx, id);
  }

  @Can('send', 'SmsMessage')
  @TextArgs({ to: { max: 32 } })
  @Mutation(() => SmsMessage, {
    description:
      'Queues a test text to a phone (E.164, or 8 digits for Hong Kong; else SMS_INVALID_PHONE) to check the SMS provider’s set-up; follow it in smsMessages. The recipient’s hourly limit applies.',
  })
  sendTestSms(@Ctx() ctx: RequestContext, @Arg('to', () => String, { description: 'The phone to text.' }) to: string): Promise<SmsMessage> {
    return sms.sendTestSms(ctx, to);
  }
}
