import { describe, expect, it } from 'vitest';
import { createLogger } from '../logging.js';
import { PubSub } from './pubsub.js';
import { queueTopic, topicStream } from './topic-queue.js';

const pubsub = () => new PubSub(undefined, createLogger('silent'));

describe('topic queue', () => {
  it('queues messages published after subscribing, in order', async () => {
    const bus = pubsub();
    await bus.publish('t', 'before');
    const queue = await queueTopic<string>(bus, 't', 10);
    await bus.publish('t', 'one');
    await bus.publish('t', 'two');
    expect([await queue.take(), await queue.take()]).toEqual(['one', 'two']);
    queue.close();
  });

  it('cuts off a subscriber that lets too many messages wait, with a coded error', async () => {
    const bus = pubsub();
    const queue = await queueTopic<number>(bus, 't', 2);
    for (const n of [1, 2, 3]) await bus.publish('t', n);
    await expect(queue.take()).rejects.toMatchObject({ code: 'SUBSCRIBER_TOO_SLOW' });
    queue.close();
  });

  it('ends a topic stream after its last message', async () => {
    const bus = pubsub();
    const stream = await topicStream<string>(bus, 't', { isLast: (message) => message === 'done', idleMs: 60_000 });
    for (const message of ['a', 'done', 'after']) await bus.publish('t', message);
    const seen: string[] = [];
    for await (const message of stream) seen.push(message);
    expect(seen).toEqual(['a', 'done']);
  });

  it('ends a waiting stream at once when the subscriber leaves, and after a quiet spell', async () => {
    const bus = pubsub();
    const stream = await topicStream<string>(bus, 't', { isLast: () => false, idleMs: 60_000 });
    const waiting = stream.next(); // suspended: nothing published
    await stream.return!(undefined);
    expect(await waiting).toEqual({ done: true, value: undefined });
    await bus.publish('t', 'too late');
    expect(await stream.next()).toEqual({ done: true, value: undefined });

    const quiet = await topicStream<string>(bus, 'q', { isLast: () => false, idleMs: 20 });
    expect(await quiet.next()).toEqual({ done: true, value: undefined });
  });
});
