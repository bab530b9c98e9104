import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../core/context/request-context.js';
import { sql, tenantSql, TENANT, type SqlStatement } from '../../core/database/sql.js';
import { pgArray } from '../../core/database/tenant-filter.js';
import { badInput } from '../../core/errors/app-error.js';
import { departmentPathCte, headsOnPath, pathLeadersColumn, reportingLineCte, type PathDepartment } from '../org/index.js';
import type { FlowNode } from './definition.js';
import type { ApproverDirectory } from './routing.js';

/**
 * A JSON array of the active holders of a role (`key`: its key, or its id) whose assignment is unscoped or scoped to
 * one of the departments `scopes` returns, by name then id, each once. The organisation is checked on the role and the
 * person, not on the assignment: with it there, a prepared statement's generic plan read every assignment of the
 * organisation (10,000 in the bench's) instead of the role's few.
 */
const holdersColumn = (key: SqlStatement, scopes: SqlStatement) =>
  sql`(select coalesce(json_agg(p.id order by p.display_name, p.id), '[]') from person p
      where p.tenant_id = ${TENANT} and p.status = 'ACTIVE' and p.id in (
        select a.person_id from role ro join role_assignment a on a.role_id = ro.id
        where ro.tenant_id = ${TENANT} and (ro.key = ${key} or ro.id::text = lower(${key}))
          and (a.scope_department_id is null or a.scope_department_id in (${scopes}))
      ))`;

/** The roles (keys or ids) a flow's rules name, whose holders routing may ask for. */
export function roleKeysOf(nodes: FlowNode[]): string[] {
  const keys = new Set<string>();
  const visit = (list: FlowNode[]) => {
    for (const node of list) {
      for (const rule of node.approvers ?? []) if (rule.roleKey) keys.add(rule.roleKey);
      for (const branch of node.branches ?? []) visit(branch.nodes ?? []);
    }
  };
  visit(nodes);
  return [...keys];
}

/** What the directory's first statement returns. */
interface ApplicantRow {
  applicant: { rankLevel: number | null; rankCode: string | null } | null;
  department_id: string | null;
  /** The applicant's managers, nearest first: [person id, rank level]. */
  chain: [string, number | null][];
  /** The applicant's department and its ancestors, from the top, with their active leaders. */
  path: PathDepartment[] | null;
  ranks: Record<string, number>;
  roles: string[];
  /** Role key → its holders in the applicant's department (see holdersColumn), for the keys asked in advance. */
  holders: Record<string, string[]>;
}

/**
 * The org and access modules seen as routing needs them, for one applicant. Reporting lines are followed through people
 * the caller may not be able to read (routing is the engine's work); what answers reveal is filtered elsewhere.
 *
 * One statement at creation reads the applicant (rank, roles, the position the request is made from), their whole
 * manager chain with rank levels (the org module's reportingLineCte: the same "manager" as the org chart's questions),
 * their department's path with each level's leaders, the job ranks, and the holders of the roles in `roleKeys` (a
 * flow's role rules, see roleKeysOf) as seen from the applicant's department: a flow's manager, rank, role and
 * own-department head rules need no other statement. Other roles' holders, other departments' heads and people not met
 * yet are one statement each, remembered for the routing. Everyone the directory's statements return is active, so
 * activePeople asks only about the others.
 */
export async function approverDirectory(ctx: RequestContext, em: EntityManager, applicantId: string, departmentId?: string | null, roleKeys: string[] = []): Promise<ApproverDirectory> {
  const [row] = await tenantSql<ApplicantRow>(
    em,
    ctx.tenantId,
    sql`with recursive ${reportingLineCte(applicantId, departmentId)},
      ${departmentPathCte(sql`select department_id from reporting_line where depth = 0`)}
      select
        (select json_build_object('rankLevel', jr.level, 'rankCode', jr.code) from person p
          left join job_rank jr on jr.tenant_id = ${TENANT} and jr.id = p.rank_id
          where p.tenant_id = ${TENANT} and p.id = ${applicantId}::uuid) as applicant,
        (select r.department_id from reporting_line r where r.depth = 0) as department_id,
        (select coalesce(json_agg(json_build_array(r.person_id, jr.level) order by r.depth), '[]') from reporting_line r
          join person p on p.tenant_id = ${TENANT} and p.id = r.person_id
          left join job_rank jr on jr.tenant_id = ${TENANT} and jr.id = p.rank_id
          where r.depth > 0) as chain,
        ${pathLeadersColumn()} as path,
        (select coalesce(json_object_agg(jr.code, jr.level), '{}') from job_rank jr where jr.tenant_id = ${TENANT}) as ranks,
        (select coalesce(json_agg(distinct k.key), '[]') from role_assignment a
          join role ro on ro.tenant_id = ${TENANT} and ro.id = a.role_id
          cross join lateral (values (ro.id::text), (ro.key)) as k(key)
          where a.tenant_id = ${TENANT} and a.person_id = ${applicantId}::uuid and k.key is not null) as roles,
        (select coalesce(json_object_agg(k.key, ${holdersColumn(sql`k.key`, sql`select id from department_path`)}), '{}')
          from unnest(${pgArray(roleKeys)}::text[]) as k(key)) as holders`,
  );
  if (!row.applicant) throw badInput({ field: 'applicantId', code: 'UNKNOWN_REFERENCE' });
  if (departmentId && !row.department_id) throw badInput({ field: 'departmentId', code: 'APPROVAL_NOT_A_MEMBER' });
  const department = row.department_id;
  const ownPath = row.path ?? [];
  const chain = row.chain.map(([personId, rankLevel]) => ({ personId, rankLevel }));
  const rankByCode = new Map(Object.entries(row.ranks));

  // Whether each person met so far is active: everyone the statements above and below return is.
  const active = new Map<string, boolean>();
  const seen = (ids: string[]) => {
    for (const id of ids) active.set(id, true);
    return ids;
  };
  seen(chain.map((m) => m.personId));
  for (const level of ownPath) seen(level.leaderIds);

  const managers = new Map<string, Promise<string | null>>();
  const paths = new Map<string, Promise<PathDepartment[]>>();
  const holders = new Map<string, Promise<string[]>>(Object.entries(row.holders).map(([key, ids]) => [`${key}:${department}`, Promise.resolve(seen(ids))]));

  /** A department's path from the top: the applicant's, a prefix of it for an ancestor, else one statement. */
  const pathOf = (id: string): Promise<PathDepartment[]> => {
    const index = ownPath.findIndex((level) => level.id === id);
    if (index !== -1) return Promise.resolve(ownPath.slice(0, index + 1));
    if (!paths.has(id))
      paths.set(
        id,
        tenantSql<{ path: PathDepartment[] | null }>(em, ctx.tenantId, sql`with recursive ${departmentPathCte(sql`select ${id}::uuid`)} select ${pathLeadersColumn()} as path`).then(([found]) => {
          for (const level of found.path ?? []) seen(level.leaderIds);
          return found.path ?? [];
        }),
      );
    return paths.get(id)!;
  };

  return {
    applicant: {
      personId: applicantId,
      departmentId: department,
      departmentPath: ownPath.map((level) => level.id),
      rankLevel: row.applicant.rankLevel,
      rankCode: row.applicant.rankCode,
      roles: new Set(row.roles),
    },
    managerChain: async () => chain,
    managerOf: async (personId) => {
      if (personId === applicantId) return chain[0]?.personId ?? null;
      if (!managers.has(personId))
        managers.set(
          personId,
          tenantSql<{ person_id: string }>(em, ctx.tenantId, sql`with recursive ${reportingLineCte(personId, null)} select r.person_id from reporting_line r where r.depth = 1`).then(([manager]) =>
            manager ? seen([manager.person_id])[0] : null,
          ),
        );
      return managers.get(personId)!;
    },
    roleHolders: (roleKey, scopeDepartmentId) => {
      const key = `${roleKey}:${scopeDepartmentId}`;
      if (!holders.has(key)) {
        holders.set(
          key,
          tenantSql<{ ids: string[] }>(
            em,
            ctx.tenantId,
            sql`with recursive ${departmentPathCte(sql`select ${scopeDepartmentId ?? null}::uuid`)} select ${holdersColumn(sql`${roleKey}`, sql`select id from department_path`)} as ids`,
          ).then(([found]) => seen(found.ids)),
        );
      }
      return holders.get(key)!;
    },
    departmentHeads: async (id, levelsUp) => {
      const path = await pathOf(id);
      // A department that does not exist is a path of its own (and NOT_FOUND when its own leaders are asked for).
      const levelFromTop = Math.max(path.length, 1) - levelsUp;
      return levelFromTop < 1 ? [] : headsOnPath(ctx, id, path, levelFromTop);
    },
    rankLevel: (code) => rankByCode.get(code) ?? null,
    activePeople: async (ids) => {
      const unknown = [...new Set(ids.filter((id) => !active.has(id)))];
      if (unknown.length) {
        const found = await tenantSql<{ id: string }>(
          em,
          ctx.tenantId,
          sql`select p.id from person p where p.tenant_id = ${TENANT} and p.id = any(${pgArray(unknown)}::uuid[]) and p.status = 'ACTIVE'`,
        );
        for (const id of unknown) active.set(id, false);
        seen(found.map((p) => p.id));
      }
      return ids.filter((id) => active.get(id));
    },
  };
}
