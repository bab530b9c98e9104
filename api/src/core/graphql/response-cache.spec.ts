import { describe, expect, it, vi } from 'vitest';
import { ResponseCache } from './response-cache.js';

const answer = (size: number) => ({ data: { text: 'x'.repeat(size) } });

describe('ResponseCache', () => {
  it('answers only for the data version it was stored at or an older one', () => {
    const cache = new ResponseCache(1 << 20, 60_000, new Set());
    cache.set('k', 7, answer(10));
    expect(cache.get('k', 7)).toEqual(answer(10));
    expect(cache.get('k', 6)).toEqual(answer(10));
    expect(cache.get('k', 8)).toBeNull();
    expect(cache.get('k', 7)).toBeNull(); // a stale entry is dropped, not kept for later
    expect(cache.size).toEqual({ entries: 0, bytes: 0 });
  });

  it('stays within its memory, dropping the least recently used answers first', () => {
    const cache = new ResponseCache(10_000, 60_000, new Set());
    const keys = Array.from({ length: 14 }, (_, i) => `k${i}`);
    for (const key of keys.slice(0, 12)) cache.set(key, 1, answer(380)); // ~810 bytes each: 12 fit
    expect(cache.size.entries).toBe(12);
    cache.get('k0', 1); // k0 is now the most recently used
    for (const key of keys.slice(12)) cache.set(key, 1, answer(380));
    expect(cache.size.bytes).toBeLessThanOrEqual(10_000);
    expect(cache.get('k1', 1)).toBeNull();
    expect(cache.get('k2', 1)).toBeNull();
    expect(cache.get('k0', 1)).not.toBeNull();
    expect(cache.get('k13', 1)).not.toBeNull();
  });

  it('refuses an answer larger than a tenth of its memory, and answers nothing when sized 0', () => {
    const cache = new ResponseCache(10_000, 60_000, new Set());
    cache.set('big', 1, answer(1_000));
    expect(cache.get('big', 1)).toBeNull();
    expect(new ResponseCache(0, 60_000, new Set()).enabled).toBe(false);
  });

  it('forgets answers older than the maximum age', async () => {
    const cache = new ResponseCache(1 << 20, 20, new Set());
    cache.set('k', 1, answer(10));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(cache.get('k', 1)).toBeNull();
  });

  it('lets concurrent requests wait for one running execution of the same query, at the same or an older version', async () => {
    const cache = new ResponseCache(1 << 20, 60_000, new Set());
    expect(cache.running('k', 3)).toBeNull();
    const finish = cache.begin('k', 3);
    const waiting = cache.running('k', 3);
    expect(cache.running('k', 2)).not.toBeNull();
    expect(cache.running('k', 4)).toBeNull(); // a newer change: this execution may predate it
    finish(answer(5));
    expect(await waiting).toEqual(answer(5));
    expect(cache.running('k', 3)).toBeNull();
    expect(cache.get('k', 3)).toEqual(answer(5));

    const failing = cache.begin('k', 4);
    const waitingForFailure = cache.running('k', 4);
    failing(null);
    expect(await waitingForFailure).toBeNull();
    expect(cache.get('k', 3)).toEqual(answer(5)); // the failure stored nothing over the version-3 answer
  });

  it('stops waiting for, and forgets, an execution that never finishes', async () => {
    vi.useFakeTimers();
    try {
      const cache = new ResponseCache(1 << 20, 60_000, new Set());
      cache.begin('k', 1); // never finished
      const waiting = cache.running('k', 1)!;
      await vi.advanceTimersByTimeAsync(10_000);
      expect(await waiting).toBeNull();
      expect(cache.running('k', 1)).toBeNull(); // and forgotten: the next request runs its own
    } finally {
      vi.useRealTimers();
    }
  });
});
