import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../core/context/request-context.js';
import { subtreeIds } from '../org/index.js';
import { RoleAssignment, type Role, type RoleRule } from './role.entity.js';

/** One role as a person holds it: its rules as written, and the department it is limited to (null: everywhere). */
export interface HeldRole {
  rules: RoleRule[];
  scopeDepartmentId: string | null;
  /** The scope department and everything under it; null when unscoped. */
  scope: ReadonlySet<string> | null;
}

/** JSON with sorted keys, so conditions written in another key order still compare equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

const hasConditions = (rule: RoleRule) => Boolean(rule.conditions && Object.keys(rule.conditions).length);
const sameConditions = (a: RoleRule, b: RoleRule) => canonical(a.conditions ?? {}) === canonical(b.conditions ?? {});
const sameFields = (a: RoleRule, b: RoleRule) => canonical([...(a.fields ?? [])].sort()) === canonical([...(b.fields ?? [])].sort());
/** The same rule apart from its description. */
const sameRule = (a: RoleRule, b: RoleRule) => a.action === b.action && a.subject === b.subject && Boolean(a.inverted) === Boolean(b.inverted) && sameConditions(a, b) && sameFields(a, b);

/**
 * Whether grant `wide` allows at least what grant `narrow` allows: the same action or `manage`, the same subject or
 * `all`, no conditions or the very same ones (placeholders such as $me compare as written: each holder's own), and no
 * field list or one that includes all of `narrow`'s fields.
 */
function implies(wide: RoleRule, narrow: RoleRule): boolean {
  if (wide.action !== 'manage' && wide.action !== narrow.action) return false;
  if (wide.subject !== 'all' && wide.subject !== narrow.subject) return false;
  if (hasConditions(wide) && !sameConditions(wide, narrow)) return false;
  if (!wide.fields?.length) return true;
  return Boolean(narrow.fields?.length) && narrow.fields!.every((field) => wide.fields!.includes(field));
}

/** Whether two rules can concern the same action on the same subject. */
const overlaps = (a: RoleRule, b: RoleRule) => (a.action === 'manage' || b.action === 'manage' || a.action === b.action) && (a.subject === 'all' || b.subject === 'all' || a.subject === b.subject);

/** Whether an assignment's scope includes all of another's: unscoped includes everything; a subtree, its own parts. */
const covers = (outer: HeldRole, inner: HeldRole) => outer.scope === null || (inner.scopeDepartmentId !== null && outer.scope.has(inner.scopeDepartmentId));

/**
 * Whether `target` may do something `actor` may not, judged on their roles: every grant the target holds must be
 * implied by a grant the actor holds through an assignment whose scope covers the target's, and no denial the actor
 * is under may touch a grant of the target's unless the target is under the same denial (denials apply everywhere,
 * whatever the assignment's scope). The comparison is conservative — it may find "more rights" where a finer analysis
 * would not — never the other way.
 */
export function holdsMoreRights(actor: HeldRole[], target: HeldRole[]): boolean {
  const grantsCovered = target.every((held) => held.rules.every((rule) => rule.inverted || actor.some((mine) => covers(mine, held) && mine.rules.some((own) => !own.inverted && implies(own, rule)))));
  if (!grantsCovered) return true;
  const targetGrants = target.flatMap((held) => held.rules.filter((rule) => !rule.inverted));
  return actor.some((mine) =>
    mine.rules.some((denial) => denial.inverted && targetGrants.some((grant) => overlaps(denial, grant)) && !target.some((held) => held.rules.some((rule) => sameRule(rule, denial)))),
  );
}

/**
 * The rights comparison installed into core (see core/authz/rights.ts): which of these people hold rights the actor
 * lacks. One query for the assignments with their roles, and one subtree query per distinct scope department.
 */
export async function peopleWithMoreRightsThanActor(ctx: RequestContext, em: EntityManager, personIds: string[]): Promise<Set<string>> {
  const actor = ctx.requireActor();
  const assignments = await em.find(RoleAssignment, { person: { $in: [actor.personId, ...personIds] } }, { populate: ['role'] });
  const scopes = new Map<string, ReadonlySet<string>>();
  for (const id of new Set(assignments.map((a) => a.scopeDepartment?.id).filter((id): id is string => Boolean(id)))) {
    scopes.set(id, new Set(await subtreeIds(em, actor.tenantId, [id])));
  }
  const heldBy = (personId: string): HeldRole[] =>
    assignments
      .filter((a) => a.person.id === personId)
      .map((a) => ({ rules: (a.role as Role).rules, scopeDepartmentId: a.scopeDepartment?.id ?? null, scope: a.scopeDepartment ? scopes.get(a.scopeDepartment.id)! : null }));
  const mine = heldBy(actor.personId);
  return new Set(personIds.filter((personId) => holdsMoreRights(mine, heldBy(personId))));
}
