import DataLoader from 'dataloader';
import { Arg, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { Can } from '../../core/authz/gate.js';
import type { RequestContext } from '../../core/context/request-context.js';
import { Person, personById } from '../org/index.js';
import { Ding } from './ding.entity.js';
import * as dings from './ding.service.js';
import { Message } from './message.entity.js';
import { readableMessageById } from './messages.resolver.js';

@ObjectType({ description: 'A recipient of a DING, as its sender sees them.' })
export class DingRecipientView {
  @Field(() => Person, { nullable: true, description: 'The recipient (null if you may not see them).' })
  person!: Person | null;

  @Field(() => Date, { nullable: true, description: 'When they confirmed it.' })
  confirmedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When a text message was sent to them (null: not texted).' })
  textedAt!: Date | null;
}

/** The DINGs the caller sent or received, per message id. */
const myDingsByMessageId = (ctx: RequestContext) =>
  new DataLoader<string, Ding[]>(async (ids) => {
    const found = await dings.myDingsByMessage(ctx, ids);
    return ids.map((id) => found.get(id) ?? []);
  });

/** A message's DINGs, as its sender and their recipients see them. */
@Resolver(() => Message)
export class MessageDingsResolver {
  @FieldResolver(() => [Ding], { description: 'DINGs about it that you sent or received, oldest first.' })
  dings(@Root() message: Message, @Ctx() ctx: RequestContext): Promise<Ding[]> {
    return ctx.loader(myDingsByMessageId).load(message.id);
  }
}

/** DING: urgent nudges about one's own messages, escalated by text message when unread. */
@Resolver(() => Ding)
export class DingResolver {
  @Can('send', 'Conversation')
  @Mutation(() => Ding, {
    description:
      'Sends a DING about your own message to some of its conversation’s members: in the app now, by text message after the organisation’s delay to those who have neither read it nor confirmed — outside their quiet hours unless `emergency`. At most 10 an hour (MESSAGING_DING_LIMIT).',
  })
  dingMessage(
    @Ctx() ctx: RequestContext,
    @Arg('messageId', () => ID) messageId: string,
    @Arg('personIds', () => [ID], { description: 'Who gets it (members of the conversation; at most 100).' }) personIds: string[],
    @Arg('emergency', () => Boolean, { nullable: true, defaultValue: false, description: 'Text them even in their quiet hours.' }) emergency: boolean,
  ): Promise<Ding> {
    return dings.dingMessage(ctx, messageId, { personIds, emergency });
  }

  @Can('read', 'Conversation')
  @Mutation(() => Ding, { description: 'You confirm a DING you received (again: no change); no text message goes to you after.' })
  confirmDing(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<Ding> {
    return dings.confirmDing(ctx, id);
  }

  @FieldResolver(() => Message, { nullable: true, description: 'The message it is about.' })
  message(@Root() ding: Ding, @Ctx() ctx: RequestContext): Promise<Message | null> {
    return ctx.loader(readableMessageById).load(ding.message.id);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Who sent it (null if you may not see them).' })
  sender(@Root() ding: Ding, @Ctx() ctx: RequestContext): Promise<Person | null> {
    return ctx.loader(personById).load(ding.sender.id);
  }

  @FieldResolver(() => [DingRecipientView], { nullable: true, description: 'Its recipients, whether they confirmed and whether they were texted: for its sender only, null for others.' })
  async recipients(@Root() ding: Ding, @Ctx() ctx: RequestContext): Promise<DingRecipientView[] | null> {
    const recipients = await dings.dingRecipients(ctx, ding);
    if (!recipients) return null;
    const people = await ctx.loader(personById).loadMany(recipients.map((recipient) => recipient.person.id));
    return recipients.map((recipient, index) => ({
      person: people[index] instanceof Error ? null : people[index],
      confirmedAt: recipient.confirmedAt,
      textedAt: recipient.textedAt,
    }));
  }
}
