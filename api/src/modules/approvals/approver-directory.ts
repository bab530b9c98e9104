import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../core/context/request-context.js';
import { badInput } from '../../core/errors/app-error.js';
import { Role, RoleAssignment } from '../access/index.js';
import { ancestorIds, departmentHeads, JobRank, managerChain, Membership, Person, PersonStatus } from '../org/index.js';
import type { ApproverDirectory } from './routing.js';

/**
 * The org and access modules seen as routing needs them, for one applicant. Reporting lines are followed through people
 * the caller may not be able to read (routing is the engine's work); what answers reveal is filtered elsewhere.
 * Lookups are remembered for one routing, so a flow that asks for the manager chain ten times reads it once.
 */
export async function approverDirectory(ctx: RequestContext, em: EntityManager, applicantId: string, departmentId?: string | null): Promise<ApproverDirectory> {
  const [applicant, memberships, ranks, assignments] = await Promise.all([
    em.findOne(Person, { id: applicantId }),
    em.find(Membership, { person: applicantId }, { orderBy: { isPrimary: 'desc', createdAt: 'asc' } }),
    em.find(JobRank, {}),
    em.find(RoleAssignment, { person: applicantId }, { populate: ['role'] }),
  ]);
  if (!applicant) throw badInput({ field: 'applicantId', code: 'UNKNOWN_REFERENCE' });
  const membership = departmentId ? memberships.find((m) => m.department.id === departmentId) : memberships[0];
  if (departmentId && !membership) throw badInput({ field: 'departmentId', code: 'APPROVAL_NOT_A_MEMBER' });
  const department = membership?.department.id ?? null;
  const departmentPath = department ? [...(await ancestorIds(em, ctx.tenantId, department)), department] : [];
  const rankById = new Map(ranks.map((r) => [r.id, r]));
  const rankByCode = new Map(ranks.map((r) => [r.code, r.level]));
  const ownRank = applicant.rank ? rankById.get(applicant.rank.id) : undefined;
  let chain: Promise<{ personId: string; rankLevel: number | null }[]> | null = null;
  const managers = new Map<string, Promise<string | null>>();
  const heads = new Map<string, Promise<string[]>>();
  const holders = new Map<string, Promise<string[]>>();

  return {
    applicant: {
      personId: applicantId,
      departmentId: department,
      departmentPath,
      rankLevel: ownRank?.level ?? null,
      rankCode: ownRank?.code ?? null,
      roles: new Set(assignments.flatMap((a) => [a.role.id, ...(a.role.key ? [a.role.key] : [])])),
    },
    managerChain: () =>
      (chain ??= managerChain(ctx, applicantId, department).then((people) => people.map((p) => ({ personId: p.id, rankLevel: p.rank ? (rankById.get(p.rank.id)?.level ?? null) : null })))),
    managerOf: (personId) => {
      if (!managers.has(personId))
        managers.set(
          personId,
          managerChain(ctx, personId, personId === applicantId ? department : null).then((people) => people[0]?.id ?? null),
        );
      return managers.get(personId)!;
    },
    roleHolders: (roleKey, scopeDepartmentId) => {
      const key = `${roleKey}:${scopeDepartmentId}`;
      if (!holders.has(key)) {
        holders.set(
          key,
          (async () => {
            const scopes = scopeDepartmentId ? [...(await ancestorIds(em, ctx.tenantId, scopeDepartmentId)), scopeDepartmentId] : [];
            const roleWhere = /^[0-9a-f-]{36}$/i.test(roleKey) ? { $or: [{ key: roleKey }, { id: roleKey }] } : { key: roleKey };
            const roles = await em.find(Role, roleWhere);
            if (roles.length === 0) return [];
            const rows = await em.find(
              RoleAssignment,
              { role: { $in: roles.map((r) => r.id) }, $or: [{ scopeDepartment: null }, { scopeDepartment: { $in: scopes } }], person: { status: PersonStatus.ACTIVE } },
              { populate: ['person'], orderBy: { person: { displayName: 'asc' } } },
            );
            return [...new Set(rows.map((r) => r.person.id))];
          })(),
        );
      }
      return holders.get(key)!;
    },
    departmentHeads: (id, levelsUp) => {
      const key = `${id}:${levelsUp}`;
      if (!heads.has(key)) {
        heads.set(
          key,
          (async () => {
            const path = [...(await ancestorIds(em, ctx.tenantId, id)), id];
            const levelFromTop = path.length - levelsUp;
            if (levelFromTop < 1) return [];
            return (await departmentHeads(ctx, id, levelFromTop)).map((p) => p.id);
          })(),
        );
      }
      return heads.get(key)!;
    },
    rankLevel: (code) => rankByCode.get(code) ?? null,
    activePeople: async (ids) => {
      if (ids.length === 0) return [];
      const active = new Set((await em.find(Person, { id: { $in: ids }, status: PersonStatus.ACTIVE }, { fields: ['id'] })).map((p) => p.id));
      return ids.filter((id) => active.has(id));
    },
  };
}
