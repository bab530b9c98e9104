import { rulesToCondition } from '@casl/ability/extra';
import type { AppAbility } from './vocabulary.js';
import { subjectDefinition } from './vocabulary.js';

type Where = Record<string, unknown>;

/** A condition that no row satisfies: what a list returns when no rule grants the action. */
export const MATCH_NOTHING: Where = { id: { $in: [] } };

const operators: Record<string, string> = { $eq: '$eq', $ne: '$ne', $in: '$in', $nin: '$nin', $gt: '$gt', $gte: '$gte', $lt: '$lt', $lte: '$lte' };

function pathToWhere(path: string, value: unknown): Where {
  // 'memberships.department' → { memberships: { department: value } }
  return path
    .split('.')
    .reverse()
    .reduce<unknown>((inner, key) => ({ [key]: inner }), value) as Where;
}

function conditionToWhere(subject: string, conditions: Record<string, unknown>): Where {
  const definition = subjectDefinition(subject);
  if (!definition) throw new Error(`Subject ${subject} is not registered`);
  const parts: Where[] = [];
  for (const [field, raw] of Object.entries(conditions)) {
    if (field === '$and' || field === '$or') {
      parts.push({ [field]: (raw as Record<string, unknown>[]).map((inner) => conditionToWhere(subject, inner)) });
      continue;
    }
    const path = definition.conditionFields[field];
    if (!path) throw new Error(`Condition field ${subject}.${field} has no SQL mapping`);
    const operands: [string, unknown][] = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? Object.entries(raw as Where) : [['$eq', raw]];
    for (const [op, operand] of operands) {
      const target = operators[op];
      if (!target) throw new Error(`Operator ${op} cannot be translated to SQL`);
      // On a collection (person.departmentIds) CASL reads "$ne x" / "$nin [x]" as "no item is x", not "some item is not
      // x": translate to $none with the positive operator so lists agree with record checks.
      if (path.includes('.$some.') && (op === '$ne' || op === '$nin')) {
        parts.push(pathToWhere(path.replace('.$some.', '.$none.'), { [op === '$ne' ? '$eq' : '$in']: operand }));
      } else {
        parts.push(pathToWhere(path, { [target]: operand }));
      }
    }
  }
  return parts.length === 1 ? parts[0] : { $and: parts };
}

/**
 * Compiles what `ability` lets the actor `action` on `subject` into a MikroORM where-clause, so that lists are filtered
 * by the database and never page-then-filter in memory. Returns MATCH_NOTHING when no rule applies.
 */
export function accessibleWhere(ability: AppAbility, action: string, subject: string): Where {
  const where = rulesToCondition(
    ability.rulesFor(action, subject),
    (rule) => {
      const condition = conditionToWhere(subject, (rule.conditions ?? {}) as Record<string, unknown>);
      return rule.inverted ? { $not: condition } : condition;
    },
    {
      and: (conditions: Where[]) => ({ $and: conditions }),
      or: (conditions: Where[]) => (conditions.length === 1 ? conditions[0] : { $or: conditions }),
      empty: () => ({}),
    },
  );
  return where ?? MATCH_NOTHING;
}
