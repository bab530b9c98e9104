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
  ability: AppAbility | null;
  /** The tenant's access version read before the rules were loaded: the rules reflect at least this version. */
  accessVersion: number;
  builtAt: number;
}

const MAX_ENTRIES = 20_000;

/**
 * Abilities per (person, access version): valid while their tenant's access version is unchanged. Facts that change who
 * may do what move it in the same transaction (see EventDefinition.touchesAccess), and every request reads it, so a role
 * change is seen by the very next request on every replica; punches, messages and sign-ins leave every ability cached.
 * `maxAgeMs` bounds how long a change made behind the API's back goes unseen.
 */
export class AbilityCache {
  private loader: RulesLoader = async () => [];
  private readonly entries = new Map<string, CacheEntry>();
  /** Loads under way, so the requests one person sends together after a change load their rules once. */
  private readonly loading = new Map<string, Promise<CacheEntry>>();

  constructor(private readonly maxAgeMs: number) {}

  /** Installs the rules loader (called once by the access module at composition). */
  setLoader(loader: RulesLoader): void {
    this.loader = loader;
  }

  /**
   * The actor's ability as of at least `accessVersion` of their tenant; UNAUTHENTICATED when they may no longer act
   * (e.g. archived since their token was issued).
   */
  async forActor(em: EntityManager, actor: Actor, accessVersion: number): Promise<AppAbility> {
    const cached = this.entries.get(actor.personId);
    const fresh = cached && cached.accessVersion >= accessVersion && Date.now() - cached.builtAt < this.maxAgeMs;
    const entry = fresh ? cached : await this.loadOnce(em, actor, accessVersion);
    if (!entry.ability) throw new AppError('UNAUTHENTICATED');
    return entry.ability;
  }

  private async loadOnce(em: EntityManager, actor: Actor, accessVersion: number): Promise<CacheEntry> {
    const running = this.loading.get(actor.personId);
    if (running) {
      const entry = await running;
      if (entry.accessVersion >= accessVersion) return entry;
    }
    const load = this.load(em, actor, accessVersion).finally(() => {
      if (this.loading.get(actor.personId) === load) this.loading.delete(actor.personId);
    });
    this.loading.set(actor.personId, load);
    return load;
  }

  private async load(em: EntityManager, actor: Actor, accessVersion: number): Promise<CacheEntry> {
    // A fork of its own: an event stream's context lives for hours, and its identity map would answer a person's status
    // from the entity it loaded when the stream began.
    const rules = await this.loader(em.fork(), actor);
    const entry: CacheEntry = { ability: rules ? buildAbility(rules) : null, accessVersion, builtAt: Date.now() };
    this.entries.delete(actor.personId);
    // Maps iterate in insertion order, so the first key is the least recently (re)built entry.
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(actor.personId, entry);
    return entry;
  }
}
