import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../context/request-context.js';
import { AppError } from '../errors/app-error.js';
import { buildAbility } from './ability.js';
import type { AppAbility, AppRule } from './vocabulary.js';

/**
 * Loads the resolved rules of an actor (the access module provides it: roles, assignments, placeholders), or null when
 * the actor may no longer act at all (they left): their still-valid token is then refused.
 */
export type RulesLoader = (em: EntityManager, actor: Actor) => Promise<AppRule[] | null>;

/** A cached ability; null when the actor may not act at all. */
interface CacheEntry {
  tenantId: string;
  ability: AppAbility | null;
  expires: number;
}

const TTL_MS = 10_000;
const MAX_ENTRIES = 20_000;

/**
 * Abilities per person, cached briefly. Changes in this process invalidate the tenant at once (after commit);
 * other replicas pick them up within the TTL.
 */
export class AbilityCache {
  private loader: RulesLoader = async () => [];
  private readonly entries = new Map<string, CacheEntry>();

  /** Installs the rules loader (called once by the access module at composition). */
  setLoader(loader: RulesLoader): void {
    this.loader = loader;
  }

  /** The actor's ability; UNAUTHENTICATED when they may no longer act (e.g. archived since their token was issued). */
  async forActor(em: EntityManager, actor: Actor): Promise<AppAbility> {
    const cached = this.entries.get(actor.personId);
    const entry = cached && cached.expires > Date.now() ? cached : await this.load(em, actor);
    if (!entry.ability) throw new AppError('UNAUTHENTICATED');
    return entry.ability;
  }

  private async load(em: EntityManager, actor: Actor): Promise<CacheEntry> {
    const rules = await this.loader(em, actor);
    const entry: CacheEntry = { tenantId: actor.tenantId, ability: rules ? buildAbility(rules) : null, expires: Date.now() + TTL_MS };
    this.entries.delete(actor.personId);
    // Maps iterate in insertion order, so the first key is the least recently (re)built entry.
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(actor.personId, entry);
    return entry;
  }

  /** Drops every cached ability of a tenant (roles, assignments or the org tree changed). */
  invalidateTenant(tenantId: string): void {
    for (const [personId, entry] of this.entries) if (entry.tenantId === tenantId) this.entries.delete(personId);
  }
}
