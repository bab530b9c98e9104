import type { AppServices } from '../../core/context/services.js';
import { bindTenant } from '../../core/database/tenant-filter.js';
import { AppError } from '../../core/errors/app-error.js';
import type { DeliveredEvent } from '../../core/events/event.js';
import { tenantEventStream } from '../../core/events/event-stream.js';
import { changeOf, isConversationChange, reaches, type MessagingChange } from './changes.js';
import { Message } from './message.entity.js';

/** Changes one subscriber may have waiting; a subscriber further behind is cut off with SUBSCRIBER_TOO_SLOW. */
export const MAX_QUEUED_CHANGES = 1000;

/** How long a tenant's feed waits before reading its stream again after it failed (Redis away, a database error). */
const RESTART_DELAY_MS = 1000;

/** One live subscription: the changes of its person's conversations, queued until its reader takes them. */
export class PersonFeed {
  private readonly queue: { event: DeliveredEvent; change: MessagingChange }[] = [];
  private wakeUp: (() => void) | null = null;
  private overflow = false;
  closed = false;

  constructor(
    readonly personId: string,
    readonly conversationIds: Set<string>,
    private readonly onClose: (feed: PersonFeed) => void,
  ) {}

  push(event: DeliveredEvent, change: MessagingChange): void {
    if (this.closed) return;
    if (this.queue.length >= MAX_QUEUED_CHANGES) this.overflow = true;
    else this.queue.push({ event, change });
    this.wakeUp?.();
  }

  /** The next change (waiting for one); undefined once closed; SUBSCRIBER_TOO_SLOW after an overflow. */
  async take(): Promise<{ event: DeliveredEvent; change: MessagingChange } | undefined> {
    for (;;) {
      if (this.overflow) throw new AppError('SUBSCRIBER_TOO_SLOW');
      if (this.queue.length > 0) return this.queue.shift();
      if (this.closed) return undefined;
      await new Promise<void>((resolve) => (this.wakeUp = resolve));
      this.wakeUp = null;
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.queue.length = 0;
    this.wakeUp?.();
    this.onClose(this);
  }
}

/**
 * A process's live messaging for one organisation: it reads the organisation's event stream once (with the stream's
 * gap filling and reconnection catch-up) and hands each conversation change to the subscribers of that conversation
 * only, found through an index — so an event costs work for its conversation's members on this process, not for every
 * subscriber. A message is loaded once per event, however many members receive it.
 */
class TenantHub {
  private readonly byConversation = new Map<string, Set<PersonFeed>>();
  private readonly byPerson = new Map<string, Set<PersonFeed>>();
  private last: number | null = null;
  private stream: AsyncIterableIterator<DeliveredEvent> | null = null;
  private started: Promise<void> | null = null;
  private feeds = 0;

  constructor(
    private readonly services: AppServices,
    private readonly tenantId: string,
    private readonly onEmpty: () => void,
  ) {}

  /** Registers a subscriber for the conversations it is in now; the hub keeps the set up to date as members change. */
  async open(personId: string, conversationIds: string[]): Promise<PersonFeed> {
    const feed = new PersonFeed(personId, new Set(), (closed) => this.remove(closed));
    this.feeds += 1;
    add(this.byPerson, personId, feed);
    for (const id of conversationIds) this.join(feed, id);
    this.started ??= this.start();
    await this.started;
    return feed;
  }

  private join(feed: PersonFeed, conversationId: string): void {
    feed.conversationIds.add(conversationId);
    add(this.byConversation, conversationId, feed);
  }

  private leave(feed: PersonFeed, conversationId: string): void {
    feed.conversationIds.delete(conversationId);
    drop(this.byConversation, conversationId, feed);
  }

  private remove(feed: PersonFeed): void {
    for (const id of feed.conversationIds) drop(this.byConversation, id, feed);
    drop(this.byPerson, feed.personId, feed);
    this.feeds -= 1;
    if (this.feeds === 0) {
      void this.stream?.return?.();
      this.stream = null;
      this.onEmpty();
    }
  }

  /** Starts reading (live from now, or on from the last event seen after a failure); resolves once subscribed. */
  private async start(): Promise<void> {
    const stream = await tenantEventStream(this.services.outbox, this.services.pubsub, this.tenantId, `messaging-hub:${this.tenantId}`, this.last, () => true);
    this.stream = stream;
    void this.read(stream);
  }

  private async read(stream: AsyncIterableIterator<DeliveredEvent>): Promise<void> {
    try {
      for await (const event of stream) {
        this.last = event.sequence;
        if (isConversationChange(event)) await this.route(event);
      }
    } catch (error) {
      this.services.logger.warn({ err: error, tenantId: this.tenantId }, 'messaging live feed failed; restarting');
      if (this.feeds === 0 || this.stream !== stream) return;
      await new Promise((resolve) => setTimeout(resolve, RESTART_DELAY_MS));
      if (this.feeds > 0 && this.stream === stream) this.started = this.start().catch((restartError) => this.services.logger.error({ err: restartError }, 'messaging live feed could not restart'));
    }
  }

  private async route(event: DeliveredEvent): Promise<void> {
    const conversationId = event.payload.conversationId as string;
    const personIds = (event.payload.personIds as string[] | undefined) ?? [];
    if (event.type === 'messaging.member.added') {
      for (const personId of personIds) for (const feed of this.byPerson.get(personId) ?? []) this.join(feed, conversationId);
    }
    const targets = [...(this.byConversation.get(conversationId) ?? [])].filter((feed) => reaches(event, feed.personId, false));
    if (targets.length > 0) {
      const change = changeOf(event);
      if (change.messageId) change.message = await this.loadMessage(change.messageId);
      for (const feed of targets) feed.push(event, change);
    }
    if (event.type === 'messaging.member.removed') {
      for (const personId of personIds) for (const feed of this.byPerson.get(personId) ?? []) this.leave(feed, conversationId);
    }
  }

  /** The message as it is now, on a fresh EntityManager bound to the organisation (no context or ability to build). */
  private async loadMessage(id: string): Promise<Message | null> {
    const em = this.services.orm.em.fork({ clear: true });
    bindTenant(em, this.tenantId);
    return em.findOne(Message, { id });
  }
}

function add<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

function drop<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) map.delete(key);
}

/** Each app's hubs, one per organisation with subscribers on this process. */
const hubsByApp = new WeakMap<AppServices, Map<string, TenantHub>>();

/** Opens a live feed of a person's conversation changes on this process. */
export function openPersonFeed(services: AppServices, tenantId: string, personId: string, conversationIds: string[]): Promise<PersonFeed> {
  let hubs = hubsByApp.get(services);
  if (!hubs) hubsByApp.set(services, (hubs = new Map()));
  let hub = hubs.get(tenantId);
  if (!hub) {
    const created = new TenantHub(services, tenantId, () => hubs.delete(tenantId));
    hubs.set(tenantId, created);
    hub = created;
  }
  return hub.open(personId, conversationIds);
}
