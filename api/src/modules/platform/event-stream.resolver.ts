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
      // Each event is judged by the subscriber's ability as of the access version the event was numbered at, which
      // includes every access change committed before it: revoking a role (or ending the session) stops the flow at
      // the next event, without waiting for the client to reconnect. Facts that change no access leave that version —
      // and so the cached ability and list of ended sessions — as they were: checking them costs no SQL.
      let accessVersion = ctx.accessVersion ?? 0;
      const visible = async (event: DeliveredEvent) => {
        accessVersion = Math.max(accessVersion, event.accessVersion);
        await ctx.services.sessions.assertActive(ctx.em, actor, accessVersion);
        const ability = await ctx.services.abilities.forActor(ctx.em, actor, accessVersion);
        return ability.can('read', asSubject('Event', { type: event.type, subjectType: event.subjectType }));
      };
      return tenantEventStream(ctx.services.outbox, ctx.services.pubsub, ctx.tenantId, actor.personId, args.after ?? null, visible);
    },
  })
  events(
    @Root() event: DeliveredEvent,
    @Arg('after', () => Int, { nullable: true, description: 'Replay events after this sequence first (0 = from the beginning).' }) _after?: number | null,
  ): OrganizationEvent {
    return { ...event, occurredAt: new Date(event.occurredAt) };
  }
}
