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
    const stream = topicStream<string>(bus, 't', (message) => message === 'done');
    const first = stream.next(); // starts the generator, which subscribes
    await new Promise((resolve) => setImmediate(resolve));
    for (const message of ['a', 'done', 'after']) await bus.publish('t', message);
    const seen = [(await first).value];
    for await (const message of stream) seen.push(message);
    expect(seen).toEqual(['a', 'done']);
  });
});
