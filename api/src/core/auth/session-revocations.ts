import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../context/request-context.js';
import { AppError } from '../errors/app-error.js';

/** The sessions of an account ended within the last access-token lifetime (the identity module provides it). */
export type RevokedSessionsLoader = (em: EntityManager, actor: Actor) => Promise<string[]>;

interface Entry {
  revoked: Set<string>;
  dataVersion: number;
  builtAt: number;
}

const MAX_ENTRIES = 20_000;

/**
 * Ended sessions per account, so that an access token stops working on the very next request after its session ends
 * (sign-out, a reused refresh token, a password change, "sign out everywhere") — not when the token expires. Every such
 * change records an event, which bumps the tenant's data version; like abilities, the list is re-read once per account
 * when the version moves, so every replica sees it without Redis. `maxAgeMs` bounds changes made behind the API's back.
 */
export class SessionRevocations {
  private loader: RevokedSessionsLoader = async () => [];
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly maxAgeMs: number) {}

  /** Installs the loader (called once by the identity module at composition). */
  setLoader(loader: RevokedSessionsLoader): void {
    this.loader = loader;
  }

  /** UNAUTHENTICATED when the actor's session has ended since their token was issued. */
  async assertActive(em: EntityManager, actor: Actor, dataVersion: number): Promise<void> {
    if (!actor.sessionId) return;
    let entry = this.entries.get(actor.accountId);
    if (!entry || entry.dataVersion < dataVersion || Date.now() - entry.builtAt >= this.maxAgeMs) {
      entry = { revoked: new Set(await this.loader(em, actor)), dataVersion, builtAt: Date.now() };
      this.entries.delete(actor.accountId);
      if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(actor.accountId, entry);
    }
    if (entry.revoked.has(actor.sessionId)) throw new AppError('UNAUTHENTICATED');
  }
}
