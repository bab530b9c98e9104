import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../context/request-context.js';
import { AbilityCache } from './ability-cache.js';

const actor: Actor = { accountId: 'a', personId: 'p', tenantId: 't', displayName: 'P', locale: null, isPlatformAdmin: false };
// The cache never reads through the EntityManager itself: it hands the loader a fork.
const em = { fork: () => em } as unknown as EntityManager;

function cacheCountingLoads(rules: () => Promise<{ action: string; subject: string }[] | null>) {
  const cache = new AbilityCache(60_000);
  let loads = 0;
  cache.setLoader(async () => {
    loads += 1;
    return rules();
  });
  return { cache, loads: () => loads };
}

describe('AbilityCache', () => {
  it('loads a person’s rules once per access version, also for requests that arrive together', async () => {
    const { cache, loads } = cacheCountingLoads(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      return [{ action: 'read', subject: 'Department' }];
    });
    const abilities = await Promise.all(Array.from({ length: 5 }, () => cache.forActor(em, actor, 3)));
    expect(loads()).toBe(1);
    expect(abilities.every((ability) => ability.can('read', 'Department'))).toBe(true);
    await cache.forActor(em, actor, 3);
    expect(loads()).toBe(1);
    await cache.forActor(em, actor, 4); // someone's access changed in the organisation
    expect(loads()).toBe(2);
  });

  it('refuses a person who may no longer act (UNAUTHENTICATED)', async () => {
    const { cache } = cacheCountingLoads(async () => null);
    await expect(cache.forActor(em, actor, 1)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
