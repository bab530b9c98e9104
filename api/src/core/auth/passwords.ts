import argon2 from 'argon2';

/** The cost of an argon2id hash: memory in KiB, and passes over it. */
export interface PasswordHashCost {
  memoryKib: number;
  timeCost: number;
}

// OWASP's argon2id minimum (19 MiB, 2 passes); enough for a 2-core box to sign in hundreds of users a second.
export const DEFAULT_PASSWORD_HASH_COST: PasswordHashCost = { memoryKib: 19_456, timeCost: 2 };

let cost = DEFAULT_PASSWORD_HASH_COST;

/**
 * Sets the cost of the hashes this process makes (PASSWORD_HASH_MEMORY_KIB, PASSWORD_HASH_TIME_COST): set once at
 * start from the config. A hash records its own cost, so hashes made at another cost still verify.
 */
export function setPasswordHashCost(next: PasswordHashCost): void {
  cost = next;
}

/** Hashes a password with argon2id. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id, memoryCost: cost.memoryKib, timeCost: cost.timeCost, parallelism: 1 });
}

/** Checks a password against its hash; false on any mismatch or malformed hash. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}
