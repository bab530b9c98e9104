import { setImmediate as nextTurn } from 'node:timers/promises';
import type { DeliveredEvent } from './event.js';
import { tenantEventsTopic, type Outbox } from './outbox.js';
import type { PubSub } from './pubsub.js';
import { closingStream, queueTopic, type TopicQueue } from './topic-queue.js';

/** How many live events may wait for a slow subscriber before its stream is closed (it can resume from its cursor). */
export const MAX_QUEUED_EVENTS = 1000;

/** Events of history read per page while replaying; between pages the process serves others (a replay from 0 is long). */
const REPLAY_PAGE = 100;

/**
 * A tenant's events in sequence order: first the committed ones after `after` (from the outbox table), then live ones
 * from pubsub, with gaps filled from the table, so a reconnecting client that passes its last sequence loses nothing.
 * `visible` re-checks every event against the subscriber's current permissions.
 */
export async function tenantEventStream(
  outbox: Outbox,
  pubsub: PubSub,
  tenantId: string,
  after: number | null,
  visible: (event: DeliveredEvent) => boolean | Promise<boolean>,
): Promise<AsyncIterableIterator<DeliveredEvent>> {
  // Subscribed before the backlog is read, so nothing committed in between is missed.
  const live = await queueTopic<DeliveredEvent>(pubsub, tenantEventsTopic(tenantId), MAX_QUEUED_EVENTS);
  return closingStream(live, inSequence(outbox, live, tenantId, after, visible));
}

async function* inSequence(
  outbox: Outbox,
  live: TopicQueue<DeliveredEvent>,
  tenantId: string,
  after: number | null,
  visible: (event: DeliveredEvent) => boolean | Promise<boolean>,
): AsyncGenerator<DeliveredEvent> {
  try {
    let last = after ?? Number.MAX_SAFE_INTEGER;
    if (after !== null) {
      for (;;) {
        const backlog = await outbox.eventsAfter(tenantId, last, undefined, REPLAY_PAGE);
        for (const event of backlog) {
          last = event.sequence;
          if (await visible(event)) yield event;
        }
        if (backlog.length < REPLAY_PAGE) break;
        await nextTurn();
      }
    }
    for (;;) {
      const event = await live.take();
      if (event === undefined) return; // the subscriber left
      if (last === Number.MAX_SAFE_INTEGER) last = event.sequence - 1; // live-only: start at the first live event
      if (event.sequence <= last) continue; // already sent from the backlog
      if (event.sequence > last + 1) {
        // A gap (events published elsewhere while this one queued) is filled from the table, page by page.
        while (event.sequence > last + 1) {
          const missed = await outbox.eventsAfter(tenantId, last, event.sequence, REPLAY_PAGE);
          if (missed.length === 0) break;
          for (const earlier of missed) {
            last = earlier.sequence;
            if (await visible(earlier)) yield earlier;
          }
          await nextTurn();
        }
      }
      last = event.sequence;
      if (await visible(event)) yield event;
    }
  } finally {
    live.close();
  }
}
