import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GrantRule, GrantStep, HarbourModule } from '../../core/context/module.js';
import type { RequestContext } from '../../core/context/request-context.js';
import type { AppServices } from '../../core/context/services.js';
import { createSystemContext } from '../../core/context/system-context.js';
import { TenantEntity } from '../../core/database/base.entity.js';
import { crossTenantSql, sql, tenantSql, TENANT } from '../../core/database/sql.js';
import type { Locale } from '../../core/i18n/i18n.js';
import { builtInRoles } from './built-in-roles.js';
import { Role } from './role.entity.js';
import { ruleProblems } from './rules.js';

/** Which of a module's default-grant steps an organisation has received (see GrantStep in core/context/module.ts). */
@Entity({ tableName: 'module_grant_version' })
@Unique({ properties: ['tenantId', 'module'] })
export class ModuleGrantVersion extends TenantEntity {
  @Property({ type: 'string', length: 60 })
  module!: string;

  @Property({ type: 'integer' })
  version!: number;
}

const latest = (steps: GrantStep[]) => Math.max(0, ...steps.map((step) => step.version));

const sameRule = (a: GrantRule, b: GrantRule) =>
  a.action === b.action &&
  a.subject === b.subject &&
  JSON.stringify(a.conditions ?? null) === JSON.stringify(b.conditions ?? null) &&
  JSON.stringify(a.fields ?? null) === JSON.stringify(b.fields ?? null) &&
  Boolean(a.inverted) === Boolean(b.inverted);

/** Adds the rules a role does not have yet (an equal rule, ignoring its description, counts as had). */
function withRules(rules: GrantRule[], added: GrantRule[]): GrantRule[] {
  const result = [...rules];
  for (const rule of added) if (!result.some((existing) => sameRule(existing, rule))) result.push(rule);
  return result;
}

/**
 * Refuses, at start-up, grants that could not be applied: unknown role keys, versions that are not 1, 2, 3 … in order,
 * and rules the rule editor would refuse (unknown subject, action, condition field …); and named scopes whose conditions
 * a rule could not have.
 */
export function checkModuleGrants(modules: readonly HarbourModule[]): void {
  const keys = new Set(builtInRoles.map((role) => role.key));
  for (const module of modules) {
    for (const subject of module.subjects ?? []) {
      for (const scope of subject.namedScopes ?? []) {
        const problems = ruleProblems([{ action: 'read', subject: subject.name, conditions: scope.conditions }]);
        if (problems.length) throw new Error(`Module ${module.name}, subject ${subject.name}, scope ${scope.name}: ${JSON.stringify(problems)}`);
      }
    }
    (module.grants ?? []).forEach((step, index) => {
      if (step.version !== index + 1) throw new Error(`Module ${module.name}: grant steps must be numbered 1, 2, 3 … in order`);
      for (const [key, rules] of Object.entries(step.roles)) {
        if (!keys.has(key)) throw new Error(`Module ${module.name} grants to an unknown built-in role ${key}`);
        const problems = ruleProblems(rules);
        if (problems.length) throw new Error(`Module ${module.name}, grant step ${step.version}, role ${key}: ${JSON.stringify(problems)}`);
      }
    });
  }
}

/** The rules of a built-in role in a new organisation: its own, then every module's grant steps in order. */
export function builtInRoleRules(key: string, modules: readonly HarbourModule[]): GrantRule[] {
  const own = builtInRoles.find((role) => role.key === key)?.rules ?? [];
  return modules.flatMap((module) => module.grants ?? []).reduce((rules, step) => withRules(rules, step.roles[key] ?? []), own as GrantRule[]);
}

/**
 * Creates a new organisation's built-in roles (with every module's grants) and records that it has every grant step,
 * inside the organisation-creating transaction.
 */
export function seedBuiltInRoles(ctx: RequestContext, em: EntityManager, tenantId: string, locale: Locale): Role[] {
  const modules = ctx.services.modules;
  const roles = builtInRoles.map((role) =>
    em.create(Role, { tenantId, key: role.key, name: role.name[locale], description: role.description[locale], builtIn: true, rules: builtInRoleRules(role.key, modules) }),
  );
  em.persist(roles);
  for (const module of modules) {
    if (module.grants?.length) em.persist(em.create(ModuleGrantVersion, { tenantId, module: module.name, version: latest(module.grants) }));
  }
  return roles;
}

/** Gives one organisation the grant steps of `module` it has not had yet; false when it already had them all. */
async function applyPendingSteps(ctx: RequestContext, module: HarbourModule): Promise<boolean> {
  const steps = module.grants ?? [];
  return ctx.transaction(async (em) => {
    await tenantSql(
      em,
      ctx.tenantId,
      sql`insert into module_grant_version (id, tenant_id, module, version, created_at, updated_at) values (gen_random_uuid(), ${TENANT}, ${module.name}, 0, now(), now())
       on conflict (tenant_id, module) do nothing`,
    );
    // The row lock makes workers that start together apply each step once.
    const [row] = await tenantSql<{ version: number }>(em, ctx.tenantId, sql`select version from module_grant_version where tenant_id = ${TENANT} and module = ${module.name} for update`);
    const pending = steps.filter((step) => step.version > row.version);
    if (pending.length === 0) return false;
    for (const role of await em.find(Role, { builtIn: true, key: { $ne: null } }, { orderBy: { key: 'asc' } })) {
      const before = role.rules;
      const rules = pending.reduce((current, step) => withRules(current, step.roles[role.key!] ?? []), before as GrantRule[]);
      if (rules.length === before.length) continue;
      role.rules = rules;
      ctx.record({
        type: 'access.role.updated',
        subjectType: 'Role',
        subjectId: role.id,
        subjectLabel: role.name,
        payload: { roleId: role.id },
        before: { rules: before },
        after: { rules, grantedBy: `${module.name} default grants ${pending[0].version}–${latest(steps)}` },
      });
    }
    await tenantSql(em, ctx.tenantId, sql`update module_grant_version set version = ${latest(steps)}, updated_at = now() where tenant_id = ${TENANT} and module = ${module.name}`);
    return true;
  });
}

/**
 * Brings every organisation up to every module's latest grant step (run when a worker starts). One query per module
 * finds the organisations behind; each is updated in its own transaction, recording `access.role.updated` for every
 * built-in role that gained rules. Re-running is a no-op. A rule an organisation's admin removed from a built-in role is
 * not put back: only steps numbered above the organisation's recorded version are applied.
 */
export async function applyModuleGrants(services: AppServices): Promise<number> {
  let updated = 0;
  for (const module of services.modules) {
    if (!module.grants?.length) continue;
    // Across organisations: which ones are behind (each is then brought up in its own organisation's context).
    const behind = await crossTenantSql<{ id: string; default_locale: Locale }>(
      services.orm.em.fork(),
      sql`select o.id, o.default_locale from organization o
       left join module_grant_version g on g.tenant_id = o.id and g.module = ${module.name}
       where coalesce(g.version, 0) < ${latest(module.grants)} order by o.created_at`,
    );
    for (const organization of behind) {
      if (await applyPendingSteps(createSystemContext(services, organization.id, organization.default_locale), module)) updated += 1;
    }
  }
  if (updated) services.logger.info({ organizations: updated }, 'applied modules’ default grants');
  return updated;
}
