import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../context/request-context.js';
import { AppError } from '../errors/app-error.js';

/** The sessions of an account ended within the last access-token lifetime (the identity module provides it). */
export type RevokedSessionsLoader = (em: EntityManager, actor: Actor) => Promise<string[]>;

interface Entry {
  revoked: Set<string>;
  accessVersion: number;
  builtAt: number;
}

const MAX_ENTRIES = 20_000;

/**
 * Ended sessions per (account, access version), so that an access token stops working on the very next request after
 * its session ends (sign-out, a reused refresh token, a password change, "sign out everywhere") — not when the token
 * expires. Every such change records a fact that touches access, which moves the tenant's access version; like
 * abilities, the list is re-read once per account when the version moves, so every replica sees it without Redis.
 * `maxAgeMs` bounds changes made behind the API's back.
 */
export class SessionRevocations {
  private loader: RevokedSessionsLoader = async () => [];
  private readonly entries = new Map<string, Entry>();
  /** Loads under way, so an account's requests and event streams re-read its list once when the version moves. */
  private readonly loading = new Map<string, Promise<Entry>>();

  constructor(private readonly maxAgeMs: number) {}

  /** Installs the loader (called once by the identity module at composition). */
  setLoader(loader: RevokedSessionsLoader): void {
    this.loader = loader;
  }

  /** UNAUTHENTICATED when the actor's session has ended since their token was issued. */
  async assertActive(em: EntityManager, actor: Actor, accessVersion: number): Promise<void> {
    if (!actor.sessionId) return;
    const cached = this.entries.get(actor.accountId);
    const fresh = cached && cached.accessVersion >= accessVersion && Date.now() - cached.builtAt < this.maxAgeMs;
    const entry = fresh ? cached : await this.loadOnce(em, actor, accessVersion);
    if (entry.revoked.has(actor.sessionId)) throw new AppError('UNAUTHENTICATED');
  }

  private async loadOnce(em: EntityManager, actor: Actor, accessVersion: number): Promise<Entry> {
    const running = this.loading.get(actor.accountId);
    if (running) {
      const entry = await running;
      if (entry.accessVersion >= accessVersion) return entry;
    }
    const load = this.load(em, actor, accessVersion).finally(() => {
      if (this.loading.get(actor.accountId) === load) this.loading.delete(actor.accountId);
    });
    this.loading.set(actor.accountId, load);
    return load;
  }

  private async load(em: EntityManager, actor: Actor, accessVersion: number): Promise<Entry> {
    const entry: Entry = { revoked: new Set(await this.loader(em, actor)), accessVersion, builtAt: Date.now() };
    this.entries.delete(actor.accountId);
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(actor.accountId, entry);
    return entry;
  }
}
