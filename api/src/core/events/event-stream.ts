import { setImmediate as nextTurn } from 'node:timers/promises';
import { AppError } from '../errors/app-error.js';
import type { DeliveredEvent } from './event.js';
import { tenantEventsTopic, type Outbox } from './outbox.js';
import type { PubSub } from './pubsub.js';
import { closingStream, openTopicQueue, type TopicQueue } from './topic-queue.js';

/** How many live events may wait for a slow subscriber before its stream is closed (it can resume from its cursor). */
export const MAX_QUEUED_EVENTS = 1000;

/** Events of history read per query while replaying (a replay from 0 is long; it is never loaded whole). */
const REPLAY_PAGE = 100;

/**
 * How often an idle stream asks whether this replica's pub/sub connection came back since it last looked: events
 * published while it was away (Redis restarting) reach the stream no other way when nothing else happens, so then it
 * reads them from the table. Streams look only after a reconnection, so idle subscriptions cost no queries.
 */
const IDLE_GAP_CHECK_MS = 5_000;

/**
 * Replays (a stream resuming from `after`, reading history page by page) running at once: per person and in all. The
 * ones past a limit wait for a slot — their live events queue meanwhile — so five people replaying 200,000 events each
 * no longer starve every other request of the database and the event loop.
 */
const MAX_REPLAYS_PER_PERSON = 2;
const MAX_REPLAYS = 8;
const replaysByPerson = new Map<string, number>();
let replaysRunning = 0;
const waitingForReplay: { personId: string; start: () => void }[] = [];

/** Waits for a replay slot for `personId`; call the returned function when the replay is done. */
export async function replaySlot(personId: string): Promise<() => void> {
  const free = () => replaysRunning < MAX_REPLAYS && (replaysByPerson.get(personId) ?? 0) < MAX_REPLAYS_PER_PERSON;
  while (!free()) await new Promise<void>((start) => waitingForReplay.push({ personId, start }));
  replaysRunning += 1;
  replaysByPerson.set(personId, (replaysByPerson.get(personId) ?? 0) + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    replaysRunning -= 1;
    const left = replaysByPerson.get(personId)! - 1;
    if (left > 0) replaysByPerson.set(personId, left);
    else replaysByPerson.delete(personId);
    // Everyone waiting looks again; those still over a limit wait on.
    for (const waiter of waitingForReplay.splice(0)) waiter.start();
  };
}

/** Replayed events all subscribers together may send before the process turns to other work (health checks, requests). */
const REPLAY_EVENTS_PER_TURN = 100;
let replayedThisTurn = 0;
let nextReplayTurn: Promise<void> | null = null;

/**
 * Waits for the next turn of the event loop once the replays of this turn used up their share. Per process, not per
 * subscription: a hundred replays each yielding after its own page would still hold the loop for all their pages.
 */
async function replayTurn(): Promise<void> {
  if (replayedThisTurn++ < REPLAY_EVENTS_PER_TURN) return;
  nextReplayTurn ??= nextTurn().then(() => {
    replayedThisTurn = 0;
    nextReplayTurn = null;
  });
  await nextReplayTurn;
}

/**
 * A tenant's events in sequence order: first the committed ones after `after` (from the outbox table), then live ones
 * from pubsub, with gaps filled from the table, so a reconnecting client that passes its last sequence loses nothing.
 * `visible` re-checks every event against the subscriber's current permissions.
 */
export async function tenantEventStream(
  outbox: Outbox,
  pubsub: PubSub,
  tenantId: string,
  personId: string,
  after: number | null,
  visible: (event: DeliveredEvent) => boolean | Promise<boolean>,
): Promise<AsyncIterableIterator<DeliveredEvent>> {
  // Live-only streams start after the last event numbered before subscribing; one numbered in between is found by the
  // gap checks. A resuming stream replays from PostgreSQL while the subscription is confirmed (Redis may be down), and
  // reads once more what was numbered until it was.
  if (after !== null) {
    // Resuming before the history still kept would silently skip what retention deleted: said instead.
    const firstKept = await outbox.firstKeptSequence(tenantId);
    if (after < firstKept - 1) throw new AppError('EVENTS_EXPIRED', { after, deletedThrough: firstKept - 1 });
  }
  const start = after ?? (await outbox.lastSequence(tenantId));
  const live = openTopicQueue<DeliveredEvent>(pubsub, tenantEventsTopic(tenantId), MAX_QUEUED_EVENTS);
  if (after === null) await live.subscribed;
  return closingStream(live, inSequence(outbox, pubsub, live, tenantId, personId, start, after !== null, visible));
}

async function* inSequence(
  outbox: Outbox,
  pubsub: PubSub,
  live: TopicQueue<DeliveredEvent>,
  tenantId: string,
  personId: string,
  after: number,
  replay: boolean,
  visible: (event: DeliveredEvent) => boolean | Promise<boolean>,
): AsyncGenerator<DeliveredEvent> {
  try {
    let last = after;
    let reconnectionsSeen = pubsub.reconnections;
    // The backlog (on resuming), then, after pub/sub came back, whatever was numbered but never came live.
    const catchUp = async function* () {
      for (;;) {
        const backlog = await outbox.eventsAfter(tenantId, last, undefined, REPLAY_PAGE);
        for (const event of backlog) {
          await replayTurn();
          last = event.sequence;
          if (await visible(event)) yield event;
        }
        if (backlog.length < REPLAY_PAGE) return;
      }
    };
    const replayInSlot = async function* () {
      const done = await replaySlot(personId);
      try {
        yield* catchUp();
      } finally {
        done();
      }
    };
    if (replay) {
      yield* replayInSlot();
      // Not holding a slot while pub/sub is away: then whatever was numbered until the subscription took.
      await live.subscribed;
      yield* replayInSlot();
    }
    for (;;) {
      const event = await live.take(IDLE_GAP_CHECK_MS);
      if (event === undefined) {
        if (live.closed) return; // the subscriber left
        if (pubsub.reconnections !== reconnectionsSeen) {
          reconnectionsSeen = pubsub.reconnections;
          yield* catchUp();
        }
        continue;
      }
      if (event.sequence <= last) continue; // already sent from the backlog
      if (event.sequence > last + 1) {
        // A gap (events published elsewhere while this one queued) is filled from the table, page by page.
        while (event.sequence > last + 1) {
          const missed = await outbox.eventsAfter(tenantId, last, event.sequence, REPLAY_PAGE);
          if (missed.length === 0) break;
          for (const earlier of missed) {
            await replayTurn();
            last = earlier.sequence;
            if (await visible(earlier)) yield earlier;
          }
        }
      }
      last = event.sequence;
      if (await visible(event)) yield event;
    }
  } finally {
    live.close();
  }
}
