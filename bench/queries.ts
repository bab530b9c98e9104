/**
 * What the bench asks: Harbour's GraphQL documents, their PostGraphile equivalents, and the hand-written SQL that
 * returns the very JSON Harbour returns (the floor). Each equivalent is checked against Harbour's answer before
 * anything is measured (see the `same…` functions).
 */
import { isDeepStrictEqual } from 'node:util';

export const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { accessToken personId organizationId } }';

/** The department-subtree query of issue #7 (59 people of the demo company with their departments and managers). */
export const SUBTREE = `query($id: ID!) { departmentSubtree(id: $id) { id name leaders { displayName }
  members(take: 100) { totalCount items { id displayName jobTitle rank { code } memberships { department { name } manager { displayName } } } } } }`;

/** The people list page of the console: 20 people with departments, managers and roles. */
export const PEOPLE_PAGE = `query($take: Int!) { people(take: $take) { totalCount items { id displayName rank { code }
  memberships { department { id name } manager { displayName } } roleAssignments { role { name } scopeDepartment { name } } } } }`;

export const ME = '{ me { id displayName } }';
export const TYPENAME = '{ __typename }';

// The mixed workload: what the app of a signed-in employee asks for, and an admin's audit page.
export const MIXED_ME = '{ me { id displayName englishName jobTitle rank { code } memberships { isPrimary department { id name } manager { id displayName } } } }';
export const MIXED_SEARCH = 'query($q: String!) { people(filter: { search: $q }, take: 20) { totalCount items { id displayName jobTitle memberships { department { name } } } } }';
export const MIXED_PERMISSIONS = '{ myPermissions { subject action allowed conditional } }';
export const MIXED_AUDIT = '{ auditEntries(take: 20) { totalCount items { id sequence action actorName targetType targetLabel occurredAt } } }';

/** The fields PostGraphile's default (Amber) schema offers for one department of the subtree. */
const PGL_DEPARTMENT = `rowId name departmentLeadersByDepartmentId { nodes { personByPersonId { displayName } } }
  membershipsByDepartmentId(first: 100) { totalCount nodes { personByPersonId { rowId displayName jobTitle jobRankByRankId { code }
    membershipsByPersonId { nodes { departmentByDepartmentId { name } personByManagerId { displayName } } } } } }`;

/**
 * Default style: the company's departments as the generated root list (`allDepartments`, by tenant) — the demo
 * company's whole tree is the subtree of its root — each with its leaders and members through the generated relations.
 */
export const PGL_SUBTREE_DEFAULT = `query($tenant: UUID!) { allDepartments(condition: { tenantId: $tenant }) { nodes { ${PGL_DEPARTMENT} } } }`;

/**
 * Relation style: from the root department down its children relation, as deep as the tree goes (a generated schema
 * has no recursive subtree; the depth is read from the data).
 */
export function pglSubtreeByRelations(levels: number): string {
  let selection = PGL_DEPARTMENT;
  for (let level = 1; level < levels; level += 1) selection = `${PGL_DEPARTMENT} departmentsByParentId { nodes { ${selection} } }`;
  return `query($id: UUID!) { departmentByRowId(rowId: $id) { ${selection} } }`;
}

export const PGL_PERSON_BY_ID = 'query($id: UUID!) { personByRowId(rowId: $id) { rowId displayName } }';

/**
 * One statement returning exactly Harbour's answer to SUBTREE for an Employee (who may read every person of the
 * company): departments depth-first in sibling order, leaders by person id, active direct members by name (first
 * 100), memberships primary first. `:tenant` and `:root` are pgbench variables (parameters with -M prepared).
 */
export const SUBTREE_SQL = `with recursive ranked as (
  select d.id, d.parent_id, d.name, row_number() over (partition by d.parent_id order by d.sort_order, d.name, d.id) as position
  from department d where d.tenant_id = :tenant and d.archived_at is null
), tree as (
  select r.id, r.name, array[r.position] as path from ranked r where r.id = :root
  union all
  select r.id, r.name, t.path || r.position from ranked r join tree t on r.parent_id = t.id
)
select json_build_object('departmentSubtree', json_agg(json_build_object(
  'id', t.id,
  'name', t.name,
  'leaders', (select coalesce(json_agg(json_build_object('displayName', p.display_name) order by l.person_id), '[]')
              from department_leader l join person p on p.id = l.person_id where l.department_id = t.id),
  'members', (select json_build_object('totalCount', count(*), 'items', coalesce(json_agg(m.person order by m.display_name, m.id) filter (where m.n <= 100), '[]'))
              from (select p.id, p.display_name, row_number() over (order by p.display_name, p.id) as n,
                      json_build_object('id', p.id, 'displayName', p.display_name, 'jobTitle', p.job_title,
                        'rank', (select json_build_object('code', r.code) from job_rank r where r.id = p.rank_id),
                        'memberships', (select coalesce(json_agg(json_build_object(
                                           'department', json_build_object('name', md.name),
                                           'manager', (select json_build_object('displayName', mp.display_name) from person mp where mp.id = pm.manager_id))
                                         order by pm.is_primary desc, pm.created_at, pm.id), '[]')
                                        from membership pm join department md on md.id = pm.department_id where pm.person_id = p.id)) as person
                    from person p
                    where p.tenant_id = :tenant and p.status = 'ACTIVE'
                      and exists (select 1 from membership m where m.person_id = p.id and m.department_id = t.id)) m)
) order by t.path)) as data
from tree t`;

/** One statement returning exactly Harbour's answer to PEOPLE_PAGE (take 20) for HR (who may read every person). */
export const PEOPLE_SQL = `select json_build_object('people', json_build_object(
  'totalCount', (select count(*) from person where tenant_id = :tenant and status = 'ACTIVE'),
  'items', coalesce(json_agg(json_build_object(
    'id', p.id, 'displayName', p.display_name,
    'rank', (select json_build_object('code', r.code) from job_rank r where r.id = p.rank_id),
    'memberships', (select coalesce(json_agg(json_build_object(
                       'department', json_build_object('id', d.id, 'name', d.name),
                       'manager', (select json_build_object('displayName', mp.display_name) from person mp where mp.id = m.manager_id))
                     order by m.is_primary desc, m.created_at, m.id), '[]')
                    from membership m join department d on d.id = m.department_id where m.person_id = p.id),
    'roleAssignments', (select coalesce(json_agg(json_build_object(
                           'role', json_build_object('name', ro.name),
                           'scopeDepartment', (select json_build_object('name', sd.name) from department sd where sd.id = a.scope_department_id))
                         order by a.created_at, a.id), '[]')
                        from role_assignment a join role ro on ro.id = a.role_id where a.person_id = p.id)
  ) order by p.display_name, p.id), '[]'))) as data
from (select * from person where tenant_id = :tenant and status = 'ACTIVE' order by display_name, id limit 20) p`;

/** A floor statement with its pgbench variables as positional parameters, for node-postgres. */
export function withParameters(sql: string, values: Record<string, string>): { text: string; values: string[] } {
  const names = Object.keys(values);
  const text = sql.replace(/(?<!:):([a-z]+)\b/g, (match, name: string) => (names.includes(name) ? `$${names.indexOf(name) + 1}::uuid` : match));
  return { text, values: names.map((name) => values[name]) };
}

interface HarbourDepartment {
  id: string;
  name: string;
  leaders: { displayName: string }[];
  members: { totalCount: number; items: HarbourMember[] };
}
interface HarbourMember {
  id: string;
  displayName: string;
  jobTitle: string | null;
  rank: { code: string } | null;
  memberships: { department: { name: string }; manager: { displayName: string } | null }[];
}
interface PglDepartment {
  rowId: string;
  name: string;
  departmentLeadersByDepartmentId: { nodes: { personByPersonId: { displayName: string } }[] };
  membershipsByDepartmentId: {
    totalCount: number;
    nodes: {
      personByPersonId: {
        rowId: string;
        displayName: string;
        jobTitle: string | null;
        jobRankByRankId: { code: string } | null;
        membershipsByPersonId: { nodes: { departmentByDepartmentId: { name: string }; personByManagerId: { displayName: string } | null }[] };
      };
    }[];
  };
  departmentsByParentId?: { nodes: PglDepartment[] };
}

/** A subtree answer reduced to what both APIs must agree on, whatever order each lists things in. */
type Canonical = Record<string, { name: string; leaders: string[]; totalCount: number; members: string[] }>;

const membershipKey = (department: string, manager: string | null) => `${department} / ${manager ?? '-'}`;

function canonicalHarbour(departments: HarbourDepartment[]): Canonical {
  return Object.fromEntries(
    departments.map((d) => [
      d.id,
      {
        name: d.name,
        leaders: d.leaders.map((l) => l.displayName).sort(),
        totalCount: d.members.totalCount,
        members: d.members.items
          .map((p) => JSON.stringify([p.id, p.displayName, p.jobTitle, p.rank?.code ?? null, p.memberships.map((m) => membershipKey(m.department.name, m.manager?.displayName ?? null)).sort()]))
          .sort(),
      },
    ]),
  );
}

function canonicalPostGraphile(departments: PglDepartment[]): Canonical {
  const flat: PglDepartment[] = [];
  const walk = (d: PglDepartment) => {
    flat.push(d);
    for (const child of d.departmentsByParentId?.nodes ?? []) walk(child);
  };
  departments.forEach(walk);
  return Object.fromEntries(
    flat.map((d) => [
      d.rowId,
      {
        name: d.name,
        leaders: d.departmentLeadersByDepartmentId.nodes.map((l) => l.personByPersonId.displayName).sort(),
        totalCount: d.membershipsByDepartmentId.totalCount,
        members: d.membershipsByDepartmentId.nodes
          .map(({ personByPersonId: p }) =>
            JSON.stringify([
              p.rowId,
              p.displayName,
              p.jobTitle,
              p.jobRankByRankId?.code ?? null,
              p.membershipsByPersonId.nodes.map((m) => membershipKey(m.departmentByDepartmentId.name, m.personByManagerId?.displayName ?? null)).sort(),
            ]),
          )
          .sort(),
      },
    ]),
  );
}

/**
 * Throws unless PostGraphile's answer holds the same departments, leaders and people (with the same titles, ranks,
 * departments and managers) as Harbour's. Returns how many people that is.
 */
export function sameSubtree(harbour: { departmentSubtree: HarbourDepartment[] }, postgraphile: PglDepartment[], label: string): number {
  const expected = canonicalHarbour(harbour.departmentSubtree);
  const actual = canonicalPostGraphile(postgraphile);
  if (!isDeepStrictEqual(expected, actual)) {
    const differing = Object.keys({ ...expected, ...actual }).find((id) => !isDeepStrictEqual(expected[id], actual[id]));
    throw new Error(`${label} differs from Harbour's answer at department ${differing}: ${JSON.stringify(expected[differing!])} vs ${JSON.stringify(actual[differing!])}`);
  }
  return Object.values(expected).reduce((n, d) => n + d.totalCount, 0);
}

/** Throws unless a floor statement returned exactly Harbour's JSON. */
export function sameJson(harbour: unknown, floor: unknown, label: string): void {
  if (!isDeepStrictEqual(harbour, floor)) throw new Error(`${label}: the SQL floor's JSON differs from Harbour's answer`);
}
