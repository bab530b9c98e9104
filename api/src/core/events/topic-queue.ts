import { AppError } from '../errors/app-error.js';
import type { PubSub } from './pubsub.js';

/** Thrown into a stream whose subscriber fell too far behind (an event stream can be resumed from its last sequence). */
const subscriberTooSlow = () => new AppError('SUBSCRIBER_TOO_SLOW');

/** Messages of a topic, queued from the moment of subscribing until taken. */
export interface TopicQueue<T> {
  /** The next message, waiting for one if none is queued; throws SUBSCRIBER_TOO_SLOW after an overflow. */
  take(): Promise<T>;
  close(): void;
}

/** Subscribes to a topic and queues its messages, at most `maxQueued` of them (a slower subscriber is cut off). */
export async function queueTopic<T>(pubsub: PubSub, topic: string, maxQueued: number): Promise<TopicQueue<T>> {
  const queue: T[] = [];
  let wakeUp: (() => void) | null = null;
  let overflow = false;
  const unsubscribe = await pubsub.subscribe(topic, (message) => {
    if (queue.length >= maxQueued) overflow = true;
    else queue.push(message as T);
    wakeUp?.();
  });
  return {
    async take() {
      for (;;) {
        if (overflow) throw subscriberTooSlow();
        if (queue.length > 0) return queue.shift()!;
        await new Promise<void>((resolve) => (wakeUp = resolve));
        wakeUp = null;
      }
    },
    close: unsubscribe,
  };
}

/** The messages of a topic from now on, ending after the one for which `isLast` is true (for short-lived subscriptions). */
export async function* topicStream<T>(pubsub: PubSub, topic: string, isLast: (message: T) => boolean, maxQueued = 100): AsyncGenerator<T> {
  const messages = await queueTopic<T>(pubsub, topic, maxQueued);
  try {
    for (;;) {
      const message = await messages.take();
      yield message;
      if (isLast(message)) return;
    }
  } finally {
    messages.close();
  }
}
