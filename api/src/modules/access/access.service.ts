import type { EntityManager } from '@mikro-orm/postgresql';
import { allowsEverywhere, asSubject, buildAbility } from '../../core/authz/ability.js';
import { actionsOf, allSubjects, isAction, subjectDefinition, type AppRule } from '../../core/authz/vocabulary.js';
import type { Actor, RequestContext } from '../../core/context/request-context.js';
import { joinSql, sql, tenantSql, TENANT } from '../../core/database/sql.js';
import { viewOf } from '../../core/database/views.js';
import { AppError, assertNoProblems, badInput, notFound, type FieldProblem } from '../../core/errors/app-error.js';
import type { RecordedEvent } from '../../core/events/event.js';
import { translate } from '../../core/i18n/i18n.js';
import { Department, departmentSubject, Person, PersonStatus, personSubject, subtreeIds } from '../org/index.js';
import { builtInRoleText, builtInRuleDescription, isBuiltInRoleName } from './built-in-roles.js';
import { Role, RoleAssignment, type RoleRule } from './role.entity.js';
import { readableAssignment } from './access.loaders.js';
import { orderRules, placeholderValues, resolveRules, ruleProblems, ruleScope, subtreeRoots, type RuleOrigin } from './rules.js';

/** The rules loader installed into the ability cache: every assignment of the person, resolved and ordered. */
export async function loadRulesFor(em: EntityManager, actor: Actor): Promise<AppRule[] | null> {
  const person = await em.findOne(Person, { id: actor.personId }, { filters: { tenant: { tenantId: actor.tenantId } } });
  if (!person || person.status !== PersonStatus.ACTIVE) return null;
  const assignments = await em.find(RoleAssignment, { person: actor.personId }, { populate: ['role'], filters: { tenant: { tenantId: actor.tenantId } } });
  if (assignments.length === 0) return [];
  const values = await placeholderValues(em, actor, subtreeRoots(assignments.flatMap((assignment) => (assignment.role as Role).rules)));
  const rules: AppRule[] = [];
  for (const assignment of assignments.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
    const role = assignment.role as Role;
    const scope = assignment.scopeDepartment ? await subtreeIds(em, actor.tenantId, [assignment.scopeDepartment.id]) : null;
    rules.push(...resolveRules(role.rules, values, { roleId: role.id, roleName: role.name, assignmentId: assignment.id, scopeDepartmentId: assignment.scopeDepartment?.id ?? null }, scope));
  }
  return orderRules(rules);
}

function roleProblems(input: { name?: string | null; description?: string | null; rules?: RoleRule[] | null }, creating: boolean): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (creating || input.name !== undefined) {
    if (!input.name?.trim()) problems.push({ field: 'name', code: 'REQUIRED' });
    else if (input.name.trim().length > 100) problems.push({ field: 'name', code: 'TOO_LONG', params: { max: 100 } });
  }
  if (input.description && input.description.length > 500) problems.push({ field: 'description', code: 'TOO_LONG', params: { max: 500 } });
  if (input.rules) problems.push(...ruleProblems(input.rules));
  return problems;
}

const normaliseRules = (rules: RoleRule[]): RoleRule[] =>
  rules.map((r) => ({
    action: r.action,
    subject: r.subject,
    ...(r.conditions && Object.keys(r.conditions).length ? { conditions: r.conditions } : {}),
    ...(r.fields?.length ? { fields: r.fields } : {}),
    ...(r.inverted ? { inverted: true } : {}),
    ...(r.description?.trim() ? { description: r.description.trim() } : {}),
  }));

/** Rules naming a department subtree (`$subtree:<id>`) that is not one of the organisation's departments are bad input. */
async function assertKnownSubtrees(em: EntityManager, rules: RoleRule[]): Promise<void> {
  const problems: FieldProblem[] = [];
  for (const [index, rule] of rules.entries()) {
    const roots = subtreeRoots([rule]);
    if (roots.length && (await em.count(Department, { id: { $in: roots } })) !== roots.length) problems.push({ field: `rules.${index}.conditions`, code: 'UNKNOWN_REFERENCE' });
  }
  assertNoProblems(problems);
}

/** The shape CASL conditions see for a role. */
const roleSubject = (role: Role) => ({ id: role.id, builtIn: role.builtIn });

/** Loads a role of the caller's organisation. */
export async function loadRole(ctx: RequestContext, em: EntityManager, id: string, field?: string): Promise<Role> {
  const role = await em.findOne(Role, { id });
  if (!role || !ctx.can('read', 'Role', roleSubject(role))) {
    if (field) throw badInput({ field, code: 'UNKNOWN_REFERENCE' });
    throw notFound('Role', id);
  }
  return role;
}

/** Roles the caller may see. */
export function listRoles(ctx: RequestContext): Promise<Role[]> {
  return ctx.em.find(Role, ctx.accessibleWhere('read', 'Role'), { orderBy: { builtIn: 'desc', name: 'asc' } });
}

/** Creates a custom role. */
export async function createRole(ctx: RequestContext, input: { name: string; description?: string | null; rules: RoleRule[] }): Promise<Role> {
  assertNoProblems(roleProblems(input, true));
  return ctx.transaction(async (em) => {
    ctx.authorize('create', 'Role', { id: null, builtIn: false });
    if (isBuiltInRoleName(input.name.trim()) || (await em.count(Role, { name: input.name.trim() }))) throw badInput({ field: 'name', code: 'DUPLICATE_VALUE' });
    await assertKnownSubtrees(em, input.rules);
    const role = em.create(Role, { tenantId: ctx.tenantId, name: input.name.trim(), description: input.description?.trim() ?? '', rules: normaliseRules(input.rules) });
    em.persist(role);
    ctx.record({ type: 'access.role.created', subjectType: 'Role', subjectId: role.id, payload: { roleId: role.id }, after: { name: role.name, rules: role.rules } });
    return role;
  });
}

/** Changes a role's name, description or rules (built-in roles too: organisations tune them). */
export async function updateRole(ctx: RequestContext, id: string, input: { name?: string | null; description?: string | null; rules?: RoleRule[] | null }): Promise<Role> {
  assertNoProblems(roleProblems(input, false));
  return ctx.transaction(async (em) => {
    const role = await loadRole(ctx, em, id);
    ctx.authorize('update', 'Role', roleSubject(role));
    const before = { name: role.name, description: role.description, rules: role.rules };
    if (input.name) {
      // A built-in role's name in any language is taken: readers see built-in roles in their own language.
      const takenByBuiltIn = isBuiltInRoleName(input.name.trim()) && !isBuiltInRoleName(input.name.trim(), role.key);
      if (takenByBuiltIn || (await em.count(Role, { name: input.name.trim(), id: { $ne: role.id } }))) throw badInput({ field: 'name', code: 'DUPLICATE_VALUE' });
      role.name = input.name.trim();
    }
    if (input.description !== undefined && input.description !== null) role.description = input.description.trim();
    if (input.rules) {
      await assertKnownSubtrees(em, input.rules);
      role.rules = normaliseRules(input.rules);
    }
    if (
      role.key === 'org-admin' &&
      input.rules &&
      (!role.rules.some((r) => r.action === 'manage' && r.subject === 'all' && !r.conditions && !r.inverted) || role.rules.some((r) => r.inverted && (r.subject === 'all' || r.subject === 'Role')))
    ) {
      // Editing the admin role must not lock everybody out: it keeps `manage all`, and no denial (denials win) takes away
      // what admins need to repair roles.
      throw new AppError('LAST_ADMIN');
    }
    ctx.record({
      type: 'access.role.updated',
      subjectType: 'Role',
      subjectId: role.id,
      payload: { roleId: role.id },
      before,
      after: { name: role.name, description: role.description, rules: role.rules },
    });
    return role;
  });
}

/**
 * Deletes a custom role. While people hold it, only with `removeFromHolders` (the caller was told how many lose it):
 * each assignment is then taken back as unassignRole would, audited one by one.
 */
export async function deleteRole(ctx: RequestContext, id: string, removeFromHolders = false): Promise<boolean> {
  return ctx.transaction(async (em) => {
    const role = await loadRole(ctx, em, id);
    ctx.authorize('delete', 'Role', roleSubject(role));
    if (role.builtIn) throw new AppError('ROLE_BUILT_IN');
    const assignments = await em.find(RoleAssignment, { role }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    if (assignments.length > 0 && !removeFromHolders) throw new AppError('ROLE_IN_USE', { count: new Set(assignments.map((a) => a.person.id)).size });
    // Each holder loses the role as unassignRole takes it, with its permission check and its event.
    for (const assignment of assignments) await unassignRole(ctx, assignment.id, em);
    ctx.record({ type: 'access.role.deleted', subjectType: 'Role', subjectId: role.id, payload: { roleId: role.id }, before: { name: role.name, rules: role.rules } });
    em.remove(role);
    return true;
  });
}

/** Gives a role to a person, optionally only within a department subtree. */
export async function assignRole(ctx: RequestContext, input: { personId: string; roleId: string; scopeDepartmentId?: string | null }): Promise<RoleAssignment> {
  return ctx.transaction(async (em) => {
    const role = await loadRole(ctx, em, input.roleId, 'roleId');
    ctx.authorize('assign', 'Role', roleSubject(role));
    const person = await em.findOne(Person, { id: input.personId });
    if (!person || !ctx.can('read', 'Person', await personSubject(ctx, person))) throw badInput({ field: 'personId', code: 'UNKNOWN_REFERENCE' });
    if (person.status !== PersonStatus.ACTIVE) throw badInput({ field: 'personId', code: 'PERSON_ARCHIVED' });
    const scope = input.scopeDepartmentId ? await em.findOne(Department, { id: input.scopeDepartmentId }) : null;
    if (input.scopeDepartmentId && !scope) throw badInput({ field: 'scopeDepartmentId', code: 'UNKNOWN_REFERENCE' });
    if (scope?.archivedAt) throw badInput({ field: 'scopeDepartmentId', code: 'DEPARTMENT_ARCHIVED' });
    if (await em.count(RoleAssignment, { role, person, scopeDepartment: scope })) throw badInput({ field: 'roleId', code: 'ALREADY_ASSIGNED' });
    const assignment = em.create(RoleAssignment, { tenantId: ctx.tenantId, role, person, scopeDepartment: scope });
    em.persist(assignment);
    ctx.record({
      type: 'access.role.assigned',
      subjectType: 'Person',
      subjectId: person.id,
      subjectLabel: person.displayName,
      payload: { personId: person.id, roleId: role.id, assignmentId: assignment.id, scopeDepartmentId: scope?.id ?? null },
      after: { role: role.name, scopeDepartmentId: scope?.id ?? null },
    });
    return assignment;
  });
}

/** Takes a role back (in `tx` when given). The last Organisation Admin assignment cannot be removed. */
export async function unassignRole(ctx: RequestContext, assignmentId: string, tx?: EntityManager): Promise<boolean> {
  return ctx.transaction(async (em) => {
    const assignment = await em.findOne(RoleAssignment, { id: assignmentId }, { populate: ['role', 'person'] });
    if (!assignment) throw notFound('RoleAssignment', assignmentId);
    const role = assignment.role as Role;
    ctx.authorize('assign', 'Role', roleSubject(role));
    if (role.key === 'org-admin' && !assignment.scopeDepartment && (assignment.person as Person).status === PersonStatus.ACTIVE) {
      // Only people who can still sign in count: an archived admin cannot run the organisation.
      const others = await em.count(RoleAssignment, { role, scopeDepartment: null, person: { status: PersonStatus.ACTIVE }, id: { $ne: assignment.id } });
      if (others === 0) throw new AppError('LAST_ADMIN');
    }
    ctx.record({
      type: 'access.role.unassigned',
      subjectType: 'Person',
      subjectId: assignment.person.id,
      subjectLabel: (assignment.person as Person).displayName,
      payload: { personId: assignment.person.id, roleId: role.id, assignmentId },
      before: { role: role.name, scopeDepartmentId: assignment.scopeDepartment?.id ?? null },
    });
    em.remove(assignment);
    return true;
  }, tx);
}

/**
 * Transaction hook: archiving people may not leave the organisation without an active Organisation Admin (the same
 * guarantee unassignRole gives), whoever archives them.
 */
export async function keepAnActiveAdmin(_ctx: RequestContext, em: EntityManager, events: RecordedEvent[]): Promise<void> {
  if (!events.some((event) => event.type === 'org.person.archived')) return;
  const admins = await em.count(RoleAssignment, { role: { key: 'org-admin' }, scopeDepartment: null, person: { status: PersonStatus.ACTIVE } });
  if (admins === 0) throw new AppError('LAST_ADMIN');
}

/** The answer to "can P do A on S?" and the rule that decided it. */
export interface Explanation {
  allowed: boolean;
  conditional: boolean;
  condition: string | null;
  explanation: string;
  roleId: string | null;
  roleName: string | null;
  ruleNumber: number | null;
  rule: RoleRule | null;
}

/** The names of the departments rules choose (`$subtree:`), and of `extra` ones, by id. */
async function departmentNames(ctx: RequestContext, rules: RoleRule[], extra: string[] = []): Promise<Map<string, string>> {
  const ids = [...new Set([...subtreeRoots(rules), ...extra])];
  if (ids.length === 0) return new Map();
  const departments = await ctx.em.find(Department, { id: { $in: ids } });
  return new Map(departments.map((department) => [department.id, department.name]));
}

/**
 * "Only for their own record", "Only in the departments they manage", "Without mobile phone" …: how far a grant reaches,
 * in the caller's language; null when it reaches every record and field. `scopeDepartmentId` is the department an
 * assignment limits the role to; `names` holds the names of the departments involved.
 */
function reachInWords(ctx: RequestContext, subject: string, rule: RoleRule, names: Map<string, string>, scopeDepartmentId: string | null = null): string | null {
  const list = (items: string[]) => items.join(ctx.locale === 'en' ? ', ' : '、');
  const chosen = (ids: string[]) => translate('SCOPE_CHOSEN_DEPARTMENTS', ctx.locale, { departments: list(ids.map((id) => names.get(id) ?? '?').sort()) });
  const reach = ruleScope(subject, rule.conditions);
  let condition: string | null;
  if (!reach) condition = translate('SCOPE_CONDITIONS', ctx.locale);
  else if (reach.scope === 'CHOSEN_DEPARTMENTS') condition = chosen(reach.departmentIds);
  else if (reach.named) condition = reach.named.label[ctx.locale];
  else if (reach.scope !== 'EVERYONE') condition = translate(`SCOPE_${reach.scope}`, ctx.locale);
  else condition = scopeDepartmentId ? chosen([scopeDepartmentId]) : null;
  if (!rule.fields) return condition;
  const definition = subjectDefinition(subject);
  const open = definition?.openFields ?? [];
  // A grant of the open fields plus some protected ones reads as "without" the protected fields it leaves out.
  const withheld = (definition?.protectedFields ?? []).filter((field) => !rule.fields!.includes(field));
  const fields =
    open.length && open.every((field) => rule.fields!.includes(field))
      ? withheld.length
        ? translate('SCOPE_WITHOUT_FIELDS', ctx.locale, { fields: list(withheld.map((field) => translate(`FIELD_${subject}_${field}`, ctx.locale))) })
        : null
      : translate('SCOPE_ONLY_FIELDS', ctx.locale, { fields: rule.fields.join(', ') });
  return [condition, fields].filter(Boolean).join(ctx.locale === 'en' ? '; ' : '；') || null;
}

/**
 * Explains whether a person may perform an action on a subject (or a specific record, or one field). Without a record,
 * a grant that holds only for some records or fields is answered as such ("only for their own record"), not as a plain
 * yes: the widest grant decides.
 */
export async function explainPermission(ctx: RequestContext, input: { personId: string; action: string; subject: string; recordId?: string | null; field?: string | null }): Promise<Explanation> {
  const problems: FieldProblem[] = [];
  if (!isAction(input.action)) problems.push({ field: 'action', code: 'INVALID_VALUE' });
  if (!allSubjects().some((s) => s.name === input.subject)) problems.push({ field: 'subject', code: 'INVALID_VALUE' });
  assertNoProblems(problems);
  const person = await ctx.em.findOne(Person, { id: input.personId });
  if (!person) throw badInput({ field: 'personId', code: 'UNKNOWN_REFERENCE' });
  const actor: Actor = { accountId: '', personId: person.id, tenantId: ctx.tenantId, displayName: person.displayName, locale: null, isPlatformAdmin: false };
  const ability = buildAbility((await loadRulesFor(ctx.em, actor)) ?? []);
  const record = input.recordId ? await recordSubject(ctx, input.subject, input.recordId) : null;
  const target = record ? asSubject(input.subject, record) : input.subject;
  const field = input.field ?? undefined;
  const allowed = ability.can(input.action, target, field);
  let rule = ability.relevantRuleFor(input.action, target, field);
  if (allowed && !record) {
    const grants = ability.rulesFor(input.action, input.subject, field).filter((candidate) => !candidate.inverted);
    const widest = (candidate: (typeof grants)[number]) => (candidate.conditions ? 2 : 0) + (candidate.fields && !field ? 1 : 0);
    rule = [...grants].sort((a, b) => widest(a) - widest(b))[0] ?? rule;
  }
  if (!rule || !rule.reason) {
    return { allowed, conditional: false, condition: null, explanation: translate('EXPLAIN_NO_RULE', ctx.locale), roleId: null, roleName: null, ruleNumber: null, rule: null };
  }
  const origin = JSON.parse(rule.reason) as RuleOrigin;
  const role = await ctx.em.findOne(Role, { id: origin.roleId });
  const authored = role?.rules[origin.ruleIndex] ?? null;
  const roleName = role ? builtInRoleText(role, 'name', ctx.locale) : origin.roleName;
  const params = { role: roleName, ruleNumber: origin.ruleIndex + 1 };
  // With a record the answer is about that record, so it is yes or no; without one a limited grant is "only …".
  const names = authored ? await departmentNames(ctx, [authored], origin.scopeDepartmentId ? [origin.scopeDepartmentId] : []) : new Map<string, string>();
  const condition = allowed && !record && authored ? reachInWords(ctx, input.subject, field ? { ...authored, fields: undefined } : authored, names, origin.scopeDepartmentId) : null;
  return {
    allowed,
    conditional: condition !== null,
    condition,
    explanation: condition ? translate('EXPLAIN_CONDITIONAL', ctx.locale, { ...params, condition }) : translate(allowed ? 'EXPLAIN_ALLOWED' : 'EXPLAIN_DENIED_BY_RULE', ctx.locale, params),
    roleId: origin.roleId,
    roleName,
    ruleNumber: origin.ruleIndex + 1,
    rule: authored && role ? { ...authored, description: builtInRuleDescription(role, authored.description) } : authored,
  };
}

async function recordSubject(ctx: RequestContext, subject: string, id: string): Promise<Record<string, unknown>> {
  const missing = () => badInput({ field: 'recordId', code: 'UNKNOWN_REFERENCE' });
  switch (subject) {
    case 'Person': {
      const person = await ctx.em.findOne(Person, { id });
      if (!person) throw missing();
      return personSubject(ctx, person);
    }
    case 'Department': {
      const department = await ctx.em.findOne(Department, { id });
      if (!department) throw missing();
      return departmentSubject(department);
    }
    case 'Role': {
      const role = await ctx.em.findOne(Role, { id });
      if (!role) throw missing();
      return roleSubject(role);
    }
    default:
      return { id };
  }
}

/** How far a role's rules let its holder go on one subject and action. */
export interface EffectivePermission {
  subject: string;
  action: string;
  access: 'ALL' | 'CONDITIONAL' | 'NONE';
  conditions: string[];
  reach: string[];
  fields: string[] | null;
}

/**
 * The effective permissions a role would have with `rules` (before saving): for every subject and action, whether
 * it is granted everywhere, only under conditions, or not at all — placeholders are kept symbolic.
 */
export async function previewPermissions(ctx: RequestContext, rules: RoleRule[]): Promise<EffectivePermission[]> {
  assertNoProblems(ruleProblems(rules));
  const names = await departmentNames(ctx, rules);
  const ordered = orderRules(rules.map((r) => ({ action: r.action, subject: r.subject, conditions: r.conditions ?? undefined, fields: r.fields ?? undefined, inverted: r.inverted ?? false })));
  const result: EffectivePermission[] = [];
  for (const subject of allSubjects()) {
    for (const action of actionsOf(subject)) {
      const relevant = ordered.filter((r) => {
        const acts = ([] as string[]).concat(r.action as string);
        const subs = ([] as string[]).concat(r.subject as string);
        return (acts.includes(action) || acts.includes('manage')) && (subs.includes(subject.name) || subs.includes('all'));
      });
      const grants = relevant.filter((r) => !r.inverted);
      const denials = relevant.filter((r) => r.inverted);
      let access: EffectivePermission['access'] = 'NONE';
      if (grants.some((r) => !r.conditions && !r.fields)) access = denials.some((d) => !d.conditions && !d.fields) ? 'NONE' : denials.length ? 'CONDITIONAL' : 'ALL';
      else if (grants.length && !denials.some((d) => !d.conditions && !d.fields)) access = 'CONDITIONAL';
      const unrestricted = grants.some((r) => !r.fields);
      result.push({
        subject: subject.name,
        action,
        access,
        conditions: [...grants, ...denials]
          .filter((r) => r.conditions || r.fields)
          .map((r) => `${r.inverted ? 'NOT ' : ''}${r.conditions ? JSON.stringify(r.conditions) : '*'}${r.fields ? ` [${([] as string[]).concat(r.fields).join(', ')}]` : ''}`),
        reach:
          access !== 'CONDITIONAL'
            ? []
            : [...grants, ...denials].flatMap((r) => {
                const words = reachInWords(ctx, subject.name, { action, subject: subject.name, conditions: r.conditions, fields: r.fields as string[] | undefined }, names);
                if (!r.inverted) return words ? [words] : [];
                return [translate('SCOPE_EXCEPT', ctx.locale, { reach: words ?? translate('SCOPE_CONDITIONS', ctx.locale) })];
              }),
        fields: access === 'NONE' || unrestricted ? null : [...new Set(grants.flatMap((r) => r.fields ?? []))],
      });
    }
  }
  return result;
}

/** What the caller may do, per subject and action (the console hides menus and buttons from this). */
export function myPermissions(ctx: RequestContext): { subject: string; action: string; allowed: boolean; conditional: boolean }[] {
  return allSubjects().flatMap((subject) =>
    actionsOf(subject).map((action) => {
      const allowed = ctx.ability.can(action, subject.name);
      return { subject: subject.name, action, allowed, conditional: allowed && !allowsEverywhere(ctx.ability, action, subject.name) };
    }),
  );
}

/** Assignments of a person, or of a role, that the caller may see (readableAssignment), oldest first. */
export async function listAssignments(ctx: RequestContext, filter: { personId?: string | null; roleId?: string | null }): Promise<RoleAssignment[]> {
  const conditions = [sql`a.tenant_id = ${TENANT}`, readableAssignment(ctx, 'a')];
  if (filter.personId) conditions.push(sql`a.person_id = ${filter.personId}`);
  if (filter.roleId) conditions.push(sql`a.role_id = ${filter.roleId}`);
  const rows = await tenantSql(ctx.em, ctx.tenantId, sql`select a.* from role_assignment a where ${joinSql(conditions, ' and ')} order by a.created_at, a.id`);
  return rows.map((row) => viewOf(ctx.em, RoleAssignment, row));
}
