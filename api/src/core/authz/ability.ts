import { buildMongoQueryMatcher, createMongoAbility, subject as tagSubject } from '@casl/ability';
import { $and, $or, and, or } from '@ucast/mongo2js';
import type { AppAbility, AppRule } from './vocabulary.js';

// CASL's default matcher knows field operators only; rules here also combine conditions with $and / $or (a scoped
// assignment adds its department scope to a rule's own conditions). Without these, such rules silently never match.
const conditionsMatcher = buildMongoQueryMatcher({ $and, $or }, { and, or });

/** Builds a CASL ability from resolved rules. With no rules nothing is allowed (deny by default). */
export function buildAbility(rules: AppRule[]): AppAbility {
  return createMongoAbility<AppAbility>(rules, { conditionsMatcher });
}

/** Tags a plain object with its subject type so CASL can match conditions against it. */
export function asSubject<T extends Record<string, unknown>>(type: string, record: T): T {
  return tagSubject(type, { ...record });
}

/** Whether the ability allows `action` on every record of the subject type: an unconditional grant, and no denial. */
export function allowsEverywhere(ability: AppAbility, action: string, subjectType: string): boolean {
  const rules = ability.rulesFor(action, subjectType);
  return rules.some((rule) => !rule.inverted && !rule.conditions && !rule.fields) && !rules.some((rule) => rule.inverted);
}
