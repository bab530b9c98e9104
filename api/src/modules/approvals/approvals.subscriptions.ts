import { Arg, Field, ID, Int, ObjectType, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { asSubject } from '../../core/authz/ability.js';
import { Can } from '../../core/authz/gate.js';
import type { AppAbility } from '../../core/authz/vocabulary.js';
import type { RequestContext } from '../../core/context/request-context.js';
import { forbidden, unauthenticated } from '../../core/errors/app-error.js';
import type { DeliveredEvent } from '../../core/events/event.js';
import { tenantEventStream } from '../../core/events/event-stream.js';
import { ApprovalParticipant, ApprovalRequest } from './approval-request.entity.js';
import { requestById, requestSubject } from './requests.service.js';

@ObjectType({ description: 'Something happened to an approval request or one of its tasks; fetch what you show again.' })
export class ApprovalChange {
  @Field(() => Int, { description: 'Position in the organisation’s event stream.' })
  sequence!: number;

  @Field(() => String, { description: 'What happened, e.g. approvals.task.assigned or approvals.request.approved.' })
  type!: string;

  @Field(() => ID, { description: 'The request.' })
  requestId!: string;

  @Field(() => ID, { nullable: true, description: 'The task, for task events.' })
  taskId!: string | null;

  @Field(() => Date, { description: 'When it was committed.' })
  occurredAt!: Date;
}

const asChange = (event: DeliveredEvent): ApprovalChange => ({
  sequence: event.sequence,
  type: event.type,
  requestId: event.payload.requestId as string,
  taskId: (event.payload.taskId as string | undefined) ?? null,
  occurredAt: new Date(event.occurredAt),
});

/**
 * Judges each approvals event for one subscriber as every subscription does: an ended session stops the stream, and the
 * subscriber's ability as of the event's access version (cached: no SQL unless access changed) is what `check` gets.
 */
function forSubscriber(ctx: RequestContext, check: (event: DeliveredEvent, ability: AppAbility) => boolean | Promise<boolean>) {
  const actor = ctx.actor!;
  let accessVersion = ctx.accessVersion ?? 0;
  return async (event: DeliveredEvent) => {
    if (!event.type.startsWith('approvals.request.') && !event.type.startsWith('approvals.task.')) return false;
    accessVersion = Math.max(accessVersion, event.accessVersion);
    await ctx.services.sessions.assertActive(ctx.em, actor, accessVersion);
    return check(event, await ctx.services.abilities.forActor(ctx.em, actor, accessVersion));
  };
}

/** Live updates of approvals: the caller's task box, and one request's page. */
@Resolver()
export class ApprovalSubscriptionResolver {
  @Can('read', 'ApprovalTask')
  @Subscription(() => ApprovalChange, {
    description: 'Tells the caller when their task box changes: a task assigned to them, taken from them (transferred, escalated), or decided. Refetch myApprovalTasks.',
    subscribe: ({ context: ctx }: SubscribeResolverData<unknown, Record<string, never>, RequestContext>) => {
      if (!ctx.actor) throw unauthenticated();
      if (!ctx.can('read', 'ApprovalTask')) throw forbidden('read', 'ApprovalTask');
      const me = ctx.actor.personId;
      const mine = forSubscriber(
        ctx,
        (event, ability) => event.type.startsWith('approvals.task.') && (event.payload.assigneeId === me || event.payload.fromId === me) && ability.can('read', 'ApprovalTask'),
      );
      return tenantEventStream(ctx.services.outbox, ctx.services.pubsub, ctx.tenantId, me, null, mine);
    },
  })
  myApprovalTasksChanged(@Root() event: DeliveredEvent): ApprovalChange {
    return asChange(event);
  }

  @Can('read', 'ApprovalRequest')
  @Subscription(() => ApprovalChange, {
    description: 'Tells the caller when a request they may read changes (any action on it or its tasks). NOT_FOUND if they may not read it; the stream stops delivering if they no longer may.',
    subscribe: async ({ context: ctx, args }: SubscribeResolverData<unknown, { id: string }, RequestContext>) => {
      if (!ctx.actor) throw unauthenticated();
      await requestById(ctx, args.id);
      const ofThisRequest = forSubscriber(ctx, async (event, ability) => {
        if (event.payload.requestId !== args.id) return false;
        // Readability can change (a role taken away, a participant added): judged afresh for each event.
        const em = ctx.em.fork();
        const request = await em.findOne(ApprovalRequest, { id: args.id });
        if (!request) return false;
        const participants = await em.find(ApprovalParticipant, { request: request.id }, { fields: ['person'] });
        return ability.can(
          'read',
          asSubject(
            'ApprovalRequest',
            requestSubject(
              request,
              participants.map((p) => p.person.id),
            ),
          ),
        );
      });
      return tenantEventStream(ctx.services.outbox, ctx.services.pubsub, ctx.tenantId, ctx.actor.personId, null, ofThisRequest);
    },
  })
  approvalRequestChanged(@Root() event: DeliveredEvent, @Arg('id', () => ID, { description: 'The request.' }) _id: string): ApprovalChange {
    return asChange(event);
  }
}
