import { AppError } from '../errors/app-error.js';
import type { PubSub } from './pubsub.js';

/** Thrown into a stream whose subscriber fell too far behind (an event stream can be resumed from its last sequence). */
const subscriberTooSlow = () => new AppError('SUBSCRIBER_TOO_SLOW');

/** Messages of a topic, queued from the moment of subscribing until taken. */
export interface TopicQueue<T> {
  /**
   * The next message, waiting for one if none is queued; undefined once the queue is closed (or after `idleMs` without
   * one, when given). Throws SUBSCRIBER_TOO_SLOW after an overflow.
   */
  take(idleMs?: number): Promise<T | undefined>;
  /** Stops listening; a pending take() returns undefined at once. */
  close(): void;
  /** Whether close() was called. */
  readonly closed: boolean;
  /** Settles once pub/sub confirmed the subscription (with Redis down: once it is back); messages queue from then on. */
  readonly subscribed: Promise<void>;
}

/** Subscribes to a topic and queues its messages, at most `maxQueued` of them (a slower subscriber is cut off). */
export async function queueTopic<T>(pubsub: PubSub, topic: string, maxQueued: number): Promise<TopicQueue<T>> {
  const queue = openTopicQueue<T>(pubsub, topic, maxQueued);
  await queue.subscribed;
  return queue;
}

/**
 * The same queue, handed out before pub/sub confirmed the subscription: for a reader with other work to do first (an
 * event stream replays its history from PostgreSQL meanwhile, so a Redis outage does not hold the replay up).
 */
export function openTopicQueue<T>(pubsub: PubSub, topic: string, maxQueued: number): TopicQueue<T> {
  const queue: T[] = [];
  let wakeUp: (() => void) | null = null;
  let overflow = false;
  let closed = false;
  let unsubscribe: (() => void) | null = null;
  const subscribed = pubsub
    .subscribe(topic, (message) => {
      if (queue.length >= maxQueued) overflow = true;
      else queue.push(message as T);
      wakeUp?.();
    })
    .then((stop) => {
      if (closed) stop();
      else unsubscribe = stop;
    });
  // A failed subscription is reported to whoever awaits `subscribed`; it must not also surface as an unhandled rejection.
  subscribed.catch(() => undefined);
  return {
    subscribed,
    async take(idleMs) {
      for (;;) {
        if (overflow) throw subscriberTooSlow();
        if (queue.length > 0) return queue.shift()!;
        if (closed) return undefined;
        let timer: NodeJS.Timeout | undefined;
        const woken = await new Promise<boolean>((resolve) => {
          wakeUp = () => resolve(true);
          if (idleMs !== undefined) timer = setTimeout(() => resolve(false), idleMs);
        });
        clearTimeout(timer);
        wakeUp = null;
        if (!woken) return undefined;
      }
    },
    get closed() {
      return closed;
    },
    close() {
      if (closed) return;
      closed = true;
      unsubscribe?.();
      wakeUp?.();
    },
  };
}

/**
 * A stream for a GraphQL subscription, read from `queue` by `generator`. Ending it from outside (the client completes
 * or disconnects) closes the queue at once, so the generator ends even while it waits for a message — a plain async
 * generator would stay suspended, subscribed, until the next message came.
 */
export function closingStream<T>(queue: TopicQueue<unknown>, generator: AsyncGenerator<T>): AsyncIterableIterator<T> {
  const stream: AsyncIterableIterator<T> = {
    next: () => generator.next(),
    return: (value?: unknown) => {
      queue.close();
      return generator.return(value);
    },
    throw: (error?: unknown) => {
      queue.close();
      return generator.throw(error);
    },
    [Symbol.asyncIterator]: () => stream,
  };
  return stream;
}

/**
 * The messages of a topic from now on, ending after the one for which `isLast` is true, or after `idleMs` without any
 * (for short-lived subscriptions whose last message may never come).
 */
export async function topicStream<T>(pubsub: PubSub, topic: string, options: { isLast: (message: T) => boolean; idleMs: number; maxQueued?: number }): Promise<AsyncIterableIterator<T>> {
  const messages = await queueTopic<T>(pubsub, topic, options.maxQueued ?? 100);
  async function* read(): AsyncGenerator<T> {
    try {
      for (;;) {
        const message = await messages.take(options.idleMs);
        if (message === undefined) return;
        yield message;
        if (options.isLast(message)) return;
      }
    } finally {
      messages.close();
    }
  }
  return closingStream(messages, read());
}
