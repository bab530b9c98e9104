import { Redis } from 'ioredis';
import type { Logger } from '../logging.js';

type Listener = (message: unknown) => void;

/**
 * Topic-based publish/subscribe. In one process it is a Map of listener sets; with REDIS_URL every publish goes through
 * Redis so that subscribers on every replica receive it. Listeners must never throw or block: the subscription
 * iterator (see subscription-stream.ts) bounds its own queue.
 */
export class PubSub {
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly publisher: Redis | null;
  private readonly subscriber: Redis | null;
  private subscriberReady = 0;

  constructor(
    redisUrl: string | undefined,
    private readonly logger: Logger,
  ) {
    if (redisUrl) {
      this.publisher = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 2 });
      // A SUBSCRIBE sent while Redis is away waits for it to come back instead of failing after some retries: the
      // subscription stands, and event streams replay from PostgreSQL meanwhile.
      this.subscriber = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: null });
      this.subscriber.on('ready', () => (this.subscriberReady += 1));
      this.subscriber.on('messageBuffer', (channel: Buffer, data: Buffer) => this.deliver(channel.toString(), JSON.parse(data.toString())));
      for (const client of [this.publisher, this.subscriber]) client.on('error', (error) => this.logger.warn({ err: error }, 'redis error'));
    } else {
      this.publisher = null;
      this.subscriber = null;
    }
  }

  /**
   * How many times the subscribing connection came back after its first connection: messages published while it was
   * away never arrive, so streams look in the table when this moves. Always 0 in one process.
   */
  get reconnections(): number {
    return Math.max(0, this.subscriberReady - 1);
  }

  /** Whether messages cross processes (Redis) or stay in this one. */
  get distributed(): boolean {
    return this.publisher !== null;
  }

  /** Calls `listener` whenever Redis is (re)connected: what could not be published meanwhile can go now. */
  onReconnect(listener: () => void): void {
    this.publisher?.on('ready', listener);
  }

  async publish(topic: string, message: unknown): Promise<void> {
    if (this.publisher) await this.publisher.publish(topic, JSON.stringify(message));
    else this.deliver(topic, message);
  }

  /** Adds a listener; returns the function that removes it. */
  async subscribe(topic: string, listener: Listener): Promise<() => void> {
    let set = this.listeners.get(topic);
    if (!set) {
      set = new Set();
      this.listeners.set(topic, set);
      if (this.subscriber) await this.subscriber.subscribe(topic);
    }
    set.add(listener);
    return () => {
      const current = this.listeners.get(topic);
      if (!current) return;
      current.delete(listener);
      if (current.size === 0) {
        this.listeners.delete(topic);
        if (this.subscriber) void this.subscriber.unsubscribe(topic).catch(() => undefined);
      }
    };
  }

  private deliver(topic: string, message: unknown): void {
    const set = this.listeners.get(topic);
    if (!set) return;
    for (const listener of set) listener(message);
  }

  async close(): Promise<void> {
    this.listeners.clear();
    await Promise.all([this.publisher?.quit(), this.subscriber?.quit()].filter(Boolean));
  }
}
