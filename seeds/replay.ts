import { createActorContext } from '../api/src/app/context.js';
import { AdjustableClock } from '../api/src/core/clock/clock.js';
import type { RequestContext } from '../api/src/core/context/request-context.js';
import type { AppServices } from '../api/src/core/context/services.js';
import { createSystemContext } from '../api/src/core/context/system-context.js';
import { sql, tenantSql, TENANT } from '../api/src/core/database/sql.js';
import { bindTenant } from '../api/src/core/database/tenant-filter.js';
import { AppError } from '../api/src/core/errors/app-error.js';
import { ConsumerRunner } from '../api/src/core/events/consumers.js';

/*
 * Replaying the past for the demo organisations: what people did over the last three months is done again through the
 * same services as the API, each step by the person who took it, at the time it happened — the app's clock is replaced,
 * for the step, by one set to its moment, so every timestamp the services write carries its historical time. Choices
 * come from a PRNG seeded by fixed text, so every fresh install tells the same story (relative to the day it was seeded).
 * The demo organisations work in Hong Kong time, which has no daylight saving: a fixed offset is exact.
 */

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
const HK_OFFSET = 8 * HOUR;

/** mulberry32: a small, fast PRNG good enough for demo data. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const between = (min: number, max: number) => min + next() * (max - min);
  const int = (min: number, max: number) => Math.floor(between(min, max + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const weighted = <T extends string>(weights: Partial<Record<T, number>>): T => {
    const entries = Object.entries(weights) as [T, number][];
    let roll = next() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [value, weight] of entries) if ((roll -= weight) < 0) return value;
    return entries[entries.length - 1][0];
  };
  return { chance: (p: number) => next() < p, between, int, pick, weighted };
}
export type Random = ReturnType<typeof prng>;

/** A PRNG seed from text (FNV-1a). */
export const seedOf = (text: string) => [...text].reduce((hash, c) => Math.imul(hash ^ c.charCodeAt(0), 16_777_619) >>> 0, 2_166_136_261);

/** The Hong Kong day (days since 1970-01-01, as worktime's day numbers) of an instant. */
export const hongKongDay = (at: number) => Math.floor((at + HK_OFFSET) / DAY);
/** The instant of a Hong Kong day (a day number) at `minutes` past midnight. */
export const hongKongInstant = (day: number, minutes: number) => day * DAY - HK_OFFSET + minutes * MINUTE;

/** Hong Kong wall-clock parts of an instant. */
export const local = (at: number) => new Date(at + HK_OFFSET);
export const isWeekend = (at: number) => [0, 6].includes(local(at).getUTCDay());
/** The instant of a Hong Kong day (that of `at`, plus `days`) at `minutes` past midnight. */
export const dayAt = (at: number, days: number, minutes: number) => {
  const day = local(at);
  return Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() + days) - HK_OFFSET + minutes * MINUTE;
};
/** The Hong Kong date of an instant, YYYY-MM-DD. */
export const isoDate = (at: number) => local(at).toISOString().slice(0, 10);
/** `at` moved to the next working weekday if it falls on a weekend. */
export const weekday = (at: number) => {
  let moved = at;
  while (isWeekend(moved)) moved += DAY;
  return moved;
};

/** A moment `min`–`max` hours after `at`, moved into office hours (weekdays 09:00–19:00) as people act then. */
export function later(random: Random, at: number, min: number, max: number): number {
  let t = at + random.between(min, max) * HOUR;
  for (;;) {
    const hour = local(t).getUTCHours();
    if (isWeekend(t) || hour >= 19) t = dayAt(t, 1, 9 * 60 + random.int(0, 75));
    else if (hour < 9) t = dayAt(t, 0, 9 * 60 + random.int(0, 75));
    else return t;
  }
}

/** Does `work` as a person at a past moment. */
export type ActAt = <T>(personId: string, at: number, work: (ctx: RequestContext) => Promise<T>) => Promise<T>;

/**
 * A lane of the replay: its own clock, and a view of the services that reads it, so several lanes can act at different
 * moments side by side (one lane's SQL runs while another's JavaScript does). `as` acts as a person (seeding never uses
 * account-level operations, so the person id stands in for the account, as in seed.ts); `system` as Harbour itself (a
 * job or a consumer).
 */
export function pastLane(services: AppServices, tenantId: string, names: ReadonlyMap<string, string>) {
  const clock = new AdjustableClock();
  const laneServices: AppServices = { ...services, clock };
  const as: ActAt = async (personId, at, work) => {
    clock.set(new Date(at));
    const ctx = await createActorContext(laneServices, { accountId: personId, personId, tenantId, displayName: names.get(personId)!, locale: null, isPlatformAdmin: false }, 'zh-HK');
    return work(ctx);
  };
  const system = async <T>(at: number, work: (ctx: RequestContext) => Promise<T>): Promise<T> => {
    clock.set(new Date(at));
    return work(createSystemContext(laneServices, tenantId, 'zh-HK'));
  };
  return { services: laneServices, clock, as, system };
}

/** A fresh EntityManager bound to the organisation, for reading what the replay has done so far. */
export function tenantReader(services: AppServices, tenantId: string) {
  const em = services.orm.em.fork({ clear: true });
  bindTenant(em, tenantId);
  return em;
}

/** Something done at a moment of the replay: by a person, or by Harbour itself (a job) when `personId` is null. */
interface Step {
  at: number;
  sequence: number;
  personId: string | null;
  /** Steps of one queue run in order within a window: the person's own by default (see `at`). */
  queue: string | null;
  work: (ctx: RequestContext) => Promise<unknown>;
}

const earlier = (a: Step, b: Step) => a.at < b.at || (a.at === b.at && a.sequence < b.sequence);

/**
 * The past as a timeline of steps, replayed in time order as production would have lived it: the steps of a short
 * window are taken together — each person's in order, different people's side by side in a few lanes — and then the
 * outbox is delivered and the modules' event consumers run (a punch's day computed, an approval's outcome applied), as
 * the workers would moments after: while the next window is replayed, their clock a minute past the latest moment
 * replayed. Jobs (steps without a person) run alone, at their time, once what came before them was consumed. A step
 * may schedule later ones (an approval's next step once the first is decided); steps after the horizon are left undone,
 * so what would happen later is still to come.
 */
export class PastTimeline {
  private readonly heap: Step[] = [];
  private sequence = 0;
  private current = Number.NEGATIVE_INFINITY;
  private readonly lanes: ReturnType<typeof pastLane>[];
  private readonly jobs: ReturnType<typeof pastLane>;
  private readonly consumers: ConsumerRunner;
  /** Steps the services refused, by error code (planned steps are meant to be valid: the demo spec expects none). */
  readonly refused = new Map<string, number>();

  constructor(
    private readonly services: AppServices,
    private readonly tenantId: string,
    names: ReadonlyMap<string, string>,
    private readonly options: { horizon: number; lanes: number; windowMs: number },
  ) {
    this.lanes = Array.from({ length: options.lanes }, () => pastLane(services, tenantId, names));
    this.jobs = pastLane(services, tenantId, names);
    // The workers' clock: a minute after the latest moment replayed (they deliver while the next window is replayed).
    const workers: AppServices = { ...services, clock: { now: () => new Date(this.current + MINUTE) } };
    this.consumers = new ConsumerRunner({
      em: services.orm.em.fork(),
      consumers: services.modules.flatMap((module) => module.consumers ?? []),
      contextFor: (id) => createSystemContext(workers, id),
      logger: services.logger,
      databaseUrl: services.orm.config.get('clientUrl'),
    });
  }

  /**
   * Schedules `work` at `at` (as `personId`, or as Harbour when null); never before the moment being replayed. Within a
   * window, steps of one `queue` run one after another in time order and different queues side by side; the queue is the
   * person's by default, or e.g. a conversation's, whose messages must be numbered in the order they were sent.
   */
  at(at: number, personId: string | null, work: (ctx: RequestContext) => Promise<unknown>, queue: string | null = null): void {
    const step: Step = { at: Math.max(at, this.current), sequence: (this.sequence += 1), personId, queue, work };
    if (step.at > this.options.horizon) return;
    const heap = this.heap;
    heap.push(step);
    for (let i = heap.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (!earlier(heap[i], heap[parent])) break;
      [heap[i], heap[parent]] = [heap[parent], heap[i]];
      i = parent;
    }
  }

  private pop(): Step {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop()!;
    if (heap.length) {
      heap[0] = last;
      for (let i = 0; ;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let first = i;
        if (left < heap.length && earlier(heap[left], heap[first])) first = left;
        if (right < heap.length && earlier(heap[right], heap[first])) first = right;
        if (first === i) break;
        [heap[i], heap[first]] = [heap[first], heap[i]];
        i = first;
      }
    }
    return top;
  }

  /** Replays every step scheduled (and every step they schedule) up to the horizon. */
  async run(): Promise<void> {
    let delivering: Promise<void> = Promise.resolve();
    while (this.heap.length) {
      const first = this.pop();
      const batch = [first];
      if (first.personId !== null) {
        while (this.heap.length && this.heap[0].personId !== null && this.heap[0].at <= first.at + this.options.windowMs) batch.push(this.pop());
      }
      this.current = batch[batch.length - 1].at;
      if (first.personId === null) {
        // A job sees everything before it consumed (closing a day counts the days the punches computed).
        await delivering;
        await this.jobs.system(first.at, first.work);
      } else {
        await this.runSideBySide(batch);
      }
      // The workers deliver what this window did while the next one is replayed.
      await delivering;
      delivering = this.deliver();
    }
    await delivering;
    await this.assertConsumed();
  }

  /** Each queue's steps (a person's, unless a step names another) in order; different queues' in parallel lanes. */
  private async runSideBySide(batch: Step[]): Promise<void> {
    const byQueue = new Map<string, Step[]>();
    for (const step of batch) {
      const queue = step.queue ?? step.personId!;
      byQueue.set(queue, [...(byQueue.get(queue) ?? []), step]);
    }
    const queues = [...byQueue.values()];
    let next = 0;
    await Promise.all(
      this.lanes.map(async (lane) => {
        while (next < queues.length) {
          for (const step of queues[next++]) await this.attempt(() => lane.as(step.personId!, step.at, step.work));
        }
      }),
    );
  }

  /** Runs a step; a refusal (a coded error) is counted instead of stopping the seeding. */
  private async attempt(run: () => Promise<unknown>): Promise<void> {
    try {
      await run();
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      this.refused.set(error.code, (this.refused.get(error.code) ?? 0) + 1);
    }
  }

  /** What the workers do after a window: number and deliver its events, and run the consumers. */
  private async deliver(): Promise<void> {
    await this.services.outbox.flush();
    await this.consumers.drain();
  }

  /** A consumer that failed stops at its event and retries later: in a replay that is a bug, said at once. */
  private async assertConsumed(): Promise<void> {
    const failed = await tenantSql<{ consumer: string; last_error: string }>(
      this.services.orm.em.fork(),
      this.tenantId,
      sql`select consumer, last_error from event_consumer_cursor where tenant_id = ${TENANT} and last_error is not null`,
    );
    if (failed.length) throw new Error(`Replaying the past, event consumers failed: ${failed.map((row) => `${row.consumer}: ${row.last_error}`).join('; ')}`);
  }
}
