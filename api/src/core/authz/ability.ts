import { createMongoAbility, subject as tagSubject } from '@casl/ability';
import type { AppAbility, AppRule } from './vocabulary.js';

/** Builds a CASL ability from resolved rules. With no rules nothing is allowed (deny by default). */
export function buildAbility(rules: AppRule[]): AppAbility {
  return createMongoAbility(rules) as AppAbility;
}

/** Tags a plain object with its subject type so CASL can match conditions against it. */
export function asSubject<T extends Record<string, unknown>>(type: string, record: T): T {
  return tagSubject(type, { ...record });
}
