import { BoundedJSONObject } from '../../core/graphql/json-object.js';
import { Arg, Field, ID, Int, ObjectType, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { asSubject } from '../../core/authz/ability.js';
import { Can } from '../../core/authz/gate.js';
import type { RequestContext } from '../../core/context/request-context.js';
import { forbidden, unauthenticated } from '../../core/errors/app-error.js';
import type { DeliveredEvent } from '../../core/events/event.js';
import { tenantEventStream } from '../../core/events/event-stream.js';

@ObjectType({ description: 'A committed fact of the organisation, e.g. org.department.moved. Resume with its sequence.' })
export class OrganizationEvent {
  @Field(() => ID, { description: 'Event id.' })
  id!: string;

  @Field(() => Int, { description: 'Position in the organisation’s event stream; pass the last one you saw as `after` to resume.' })
  sequence!: number;

  @Field(() => String, { description: 'What happened: domain.entity.verb, past tense.' })
  type!: string;

  @Field(() => String, { description: 'Type of the record it is about.' })
  subjectType!: string;

  @Field(() => ID, { description: 'Id of the record it is about.' })
  subjectId!: string;

  @Field(() => ID, { nullable: true, description: 'The person who caused it.' })
  actorId!: string | null;

  @Field(() => BoundedJSONObject, { description: 'Ids and routing fields; fetch anything else you need through the API.' })
  payload!: Record<string, unknown>;

  @Field(() => Date, { description: 'When it was committed.' })
  occurredAt!: Date;
}

/** The integrator-facing event stream of the caller's organisation. */
@Resolver()
export class EventStreamResolver {
  @Can('read', 'Event')
  @Subscription(() => OrganizationEvent, {
    description:
      'Streams the organisation’s events as they commit. With `after`, first replays every event after that sequence, so a reconnecting client loses nothing. Each event is checked against the subscriber’s permissions.',
    subscribe: ({ context, args }: SubscribeResolverData<unknown, { after?: number | null }, RequestContext>) => {
      const ctx = context;
      if (!ctx.actor) throw unauthenticated();
      if (!ctx.can('read', 'Event')) throw forbidden('read', 'Event');
      const actor = ctx.actor;
      // The ability is looked up again for every event, as of at least that event (an event that revokes a role is
      // itself a newer version), so revoking a role ends the flow without waiting for the client to reconnect.
      // The session is checked the same way: signing out (or a password change elsewhere) ends the stream too.
      const visible = async (event: DeliveredEvent) => {
        await ctx.services.sessions.assertActive(ctx.em, actor, event.sequence);
        const ability = await ctx.services.abilities.forActor(ctx.em, actor, event.sequence);
        return ability.can('read', asSubject('Event', { type: event.type, subjectType: event.subjectType }));
      };
      return tenantEventStream(ctx.services.outbox, ctx.services.pubsub, ctx.tenantId, args.after ?? null, visible);
    },
  })
  events(
    @Root() event: DeliveredEvent,
    @Arg('after', () => Int, { nullable: true, description: 'Replay events after this sequence first (0 = from the beginning).' }) _after?: number | null,
  ): OrganizationEvent {
    return { ...event, occurredAt: new Date(event.occurredAt) };
  }
}
