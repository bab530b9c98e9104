import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../context/request-context.js';
import { buildAbility } from './ability.js';
import type { AppAbility, AppRule } from './vocabulary.js';

/** Loads the resolved rules of an actor (the access module provides it: roles, assignments, placeholders). */
export type RulesLoader = (em: EntityManager, actor: Actor) => Promise<AppRule[]>;

const TTL_MS = 10_000;
const MAX_ENTRIES = 20_000;

/**
 * Abilities per person, cached briefly. Changes in this process invalidate the tenant at once (after commit);
 * other replicas pick them up within the TTL.
 */
export class AbilityCache {
  private loader: RulesLoader = async () => [];
  private readonly entries = new Map<string, { tenantId: string; ability: AppAbility; expires: number }>();

  /** Installs the rules loader (called once by the access module at composition). */
  setLoader(loader: RulesLoader): void {
    this.loader = loader;
  }

  async forActor(em: EntityManager, actor: Actor): Promise<AppAbility> {
    const cached = this.entries.get(actor.personId);
    if (cached && cached.expires > Date.now()) return cached.ability;
    const rules = await this.loader(em, actor);
    const ability = buildAbility(rules);
    this.entries.delete(actor.personId);
    // Maps iterate in insertion order, so the first key is the least recently (re)built entry.
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(actor.personId, { tenantId: actor.tenantId, ability, expires: Date.now() + TTL_MS });
    return ability;
  }

  /** Drops every cached ability of a tenant (roles, assignments or the org tree changed). */
  invalidateTenant(tenantId: string): void {
    for (const [personId, entry] of this.entries) if (entry.tenantId === tenantId) this.entries.delete(personId);
  }
}
