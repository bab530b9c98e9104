import { Arg, Ctx, Extensions, FieldResolver, Int, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { Can } from '../../core/authz/gate.js';
import type { RequestContext } from '../../core/context/request-context.js';
import { forbidden, unauthenticated } from '../../core/errors/app-error.js';
import type { DeliveredEvent } from '../../core/events/event.js';
import { MAX_CHANGES_PAGE, MessagingChange, messagingChanges } from './changes.js';
import { ConversationMember } from './conversation.entity.js';
import { openPersonFeed } from './live.js';
import { Message } from './message.entity.js';
import { readableMessageById } from './messages.resolver.js';

/**
 * The caller's live changes: with `after`, first those committed since (as messagingChanges gives them), then each
 * new one as it commits. Every change is checked again before it is sent: the session must still hold and the caller
 * must still be allowed to use messaging (membership itself is followed change by change).
 */
async function* changesFor(ctx: RequestContext, after: number | null): AsyncGenerator<MessagingChange> {
  const actor = ctx.requireActor();
  const members = await ctx.em.find(ConversationMember, { person: actor.personId, leftAt: null }, { fields: ['conversation'] });
  const feed = await openPersonFeed(
    ctx.services,
    ctx.tenantId,
    actor.personId,
    members.map((member) => member.conversation.id),
  );
  let accessVersion = ctx.accessVersion ?? 0;
  const stillAllowed = async (event: DeliveredEvent | null) => {
    if (event) accessVersion = Math.max(accessVersion, event.accessVersion);
    await ctx.services.sessions.assertActive(ctx.em, actor, accessVersion);
    return (await ctx.services.abilities.forActor(ctx.em, actor, accessVersion)).can('read', 'Conversation');
  };
  try {
    let last = -1;
    if (after !== null) {
      for (let hasMore = true, cursor = after; hasMore;) {
        const page = await messagingChanges(ctx, cursor, MAX_CHANGES_PAGE);
        for (const change of page.changes) {
          if (!(await stillAllowed(null))) return;
          yield change;
        }
        ({ cursor, hasMore } = page);
        last = cursor;
      }
    }
    for (;;) {
      const next = await feed.take();
      if (!next) return;
      if (next.event.sequence <= last) continue;
      if (!(await stillAllowed(next.event))) return;
      yield next.change;
    }
  } finally {
    feed.close();
  }
}

/**
 * Fields of a live change whose value is the same for every member it reaches (none reads the caller's context): a
 * subscription selecting only these is executed and serialised once per change for all its subscribers
 * (app/live-delivery.ts). Left out on purpose: `Message.sender` and `replyTo` (what the reader may see), `clientMessageId`
 * (its sender only), `reactions` (`mine`), `receipts` (its sender only) — selecting any of them makes the subscription
 * execute for its subscriber alone. The message of a live change is loaded once by the hub (change.message), so
 * `MessagingChange.message` reads no context there.
 */
export const READER_INDEPENDENT_FIELDS = [
  'MessagingChange.*',
  'MessageLocation.*',
  ...['id', 'seq', 'kind', 'body', 'conversationId', 'mentionIds', 'mentionsAll', 'threadRootId', 'location', 'important', 'editedAt', 'recalledAt', 'createdAt'].map((field) => `Message.${field}`),
];

/** Live messaging: one subscription per signed-in device carries all of its person's conversations. */
@Resolver(() => MessagingChange)
export class MessagingSubscriptionResolver {
  @Can('read', 'Conversation')
  @Extensions({ liveDelivery: { readerIndependent: READER_INDEPENDENT_FIELDS } })
  @Subscription(() => MessagingChange, {
    description:
      'Every change in your conversations as it commits: new, edited and recalled messages (with the message), reactions, read marks (yours from other devices; others’ only on your messages, where they show receipts), members and the conversations themselves. With `after` (a cursor from messagingChanges or a change’s sequence) it first sends what you missed. A subscriber too far behind is ended with SUBSCRIBER_TOO_SLOW: resubscribe with your last sequence.',
    subscribe: ({ context: ctx, args }: SubscribeResolverData<unknown, { after?: number | null }, RequestContext>) => {
      if (!ctx.actor) throw unauthenticated();
      if (!ctx.can('read', 'Conversation')) throw forbidden('read', 'Conversation');
      return changesFor(ctx, args.after ?? null);
    },
  })
  messagingChanged(@Root() change: MessagingChange, @Arg('after', () => Int, { nullable: true, description: 'Send the changes after this sequence first.' }) _after?: number | null): MessagingChange {
    return change;
  }

  @FieldResolver(() => Message, { nullable: true, description: 'For MESSAGE_* changes: the message as it is now (recalled ones without content).' })
  message(@Root() change: MessagingChange, @Ctx() ctx: RequestContext): Message | null | Promise<Message | null> {
    if (change.message !== undefined) return change.message;
    return change.messageId ? ctx.loader(readableMessageById).load(change.messageId) : null;
  }
}
