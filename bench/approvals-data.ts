/**
 * The approvals bench's organisation, written with SQL straight into the tables (10,000 people through the API would
 * take an hour of password hashing): a department tree of 249 departments four levels deep, 10,000 people with explicit
 * and implicit (department leader) managers up to five levels, a second department for every tenth, roles, accounts
 * and a session each; then 200,000 requests and 400,000 tasks copied from requests the engine itself made (their route,
 * values and timeline shapes), so every row is one the engine could have written.
 * Generator-only tables live in the schema `bench`, which PostGraphile (schema `public`) does not see.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';

export const DIVISIONS = 8;
export const DEPARTMENTS_PER_DIVISION = 5;
export const TEAMS_PER_DEPARTMENT = 5;
export const PEOPLE = 10_000;
/** Seniors per team: each manages some of the team's juniors (a fifth level of managers). */
const SENIORS_PER_TEAM = 4;

/** One generated person, with the ids the bench's checks and loads need. */
export interface BenchPerson {
  id: string;
  accountId: string;
  sessionId: string;
  displayName: string;
  /** The department of their primary membership. */
  departmentId: string;
  kind: 'admin' | 'division' | 'department' | 'team' | 'senior' | 'junior';
  /** The manager DIRECT_MANAGER resolves to (explicit, or the department's leader). */
  managerId: string | null;
  /** DEPARTMENT_HEAD one level up from their primary department. */
  headId: string | null;
  /** DEPARTMENT_HEAD two levels up. */
  divisionHeadId: string | null;
}

/** The generated organisation. */
export interface BenchOrg {
  people: BenchPerson[];
  departments: number;
  /** Staff (seniors and juniors): the applicants of the generated requests and of the flows. */
  staff: BenchPerson[];
}

const SURNAMES = ['陳', '李', '黃', '張', '梁', '何', '林', '劉', '吳', '鄭', '王', '馮', '蔡', '曾', '鄧', '許'];
const GIVEN = ['志明', '嘉欣', '家豪', '詠詩', '俊傑', '美玲', '偉強', '穎琳', '子軒', '曉彤', '國華', '淑儀', '浩然', '凱琪', '健明', '翠玲'];

async function withClient<T>(url: string, task: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await task(client);
  } finally {
    await client.end();
  }
}

/**
 * Writes the org chart into the organisation `tenant` (created through the API, so its roles, ranks, calendar and
 * grants are the real ones): the existing admin leads the root department; everyone gets a membership, the Employee
 * role, an account (the admin's password hash) and an open session, so tokens signed for them are valid.
 */
export async function generateOrg(url: string, tenant: string, adminPersonId: string, rootId: string): Promise<BenchOrg> {
  return withClient(url, async (client) => {
    const ranks = new Map<string, string>((await client.query('select code, id from job_rank where tenant_id = $1', [tenant])).rows.map((r) => [r.code, r.id]));
    const roles = new Map<string, string>((await client.query('select key, id from role where tenant_id = $1 and key is not null', [tenant])).rows.map((r) => [r.key, r.id]));
    const passwordHash = (await client.query('select password_hash from account where person_id = $1', [adminPersonId])).rows[0].password_hash as string;
    const adminAccount = (await client.query('select id from account where person_id = $1', [adminPersonId])).rows[0].id as string;

    const departments: { id: string; parentId: string; name: string; sort: number; leaderId: string }[] = [];
    const people: (BenchPerson & { rank: string; title: string; explicitManager: string | null })[] = [];
    const memberships: { personId: string; departmentId: string; managerId: string | null; primary: boolean }[] = [];
    let n = 0;
    const name = () => {
      n += 1;
      return `${SURNAMES[n % SURNAMES.length]}${GIVEN[(n * 7) % GIVEN.length]} ${String(n).padStart(5, '0')}`;
    };
    const admin: (typeof people)[number] = {
      id: adminPersonId,
      accountId: adminAccount,
      sessionId: randomUUID(),
      displayName: '',
      departmentId: rootId,
      kind: 'admin',
      managerId: null,
      headId: null,
      divisionHeadId: null,
      rank: 'M5',
      title: '行政總裁',
      explicitManager: null,
    };
    const addPerson = (
      kind: BenchPerson['kind'],
      departmentId: string,
      rank: string,
      title: string,
      explicitManager: string | null,
      managerId: string | null,
      headId: string | null,
      divisionHeadId: string | null,
    ) => {
      const person = { id: randomUUID(), accountId: randomUUID(), sessionId: randomUUID(), displayName: name(), departmentId, kind, managerId, headId, divisionHeadId, rank, title, explicitManager };
      people.push(person);
      memberships.push({ personId: person.id, departmentId, managerId: explicitManager, primary: true });
      return person;
    };
    const addDepartment = (parentId: string, label: string, sort: number) => {
      const department = { id: randomUUID(), parentId, name: label, sort, leaderId: '' };
      departments.push(department);
      return department;
    };

    const teams: { id: string; leaderId: string }[] = [];
    for (let d = 0; d < DIVISIONS; d += 1) {
      const division = addDepartment(rootId, `事業部 ${d + 1}`, d);
      // Division heads have no explicit manager: the root's leader (the admin) is found as their department's parent's leader.
      division.leaderId = addPerson('division', division.id, 'M4', '事業部總監', null, adminPersonId, adminPersonId, null).id;
      for (let e = 0; e < DEPARTMENTS_PER_DIVISION; e += 1) {
        const department = addDepartment(division.id, `部門 ${d + 1}-${e + 1}`, e);
        department.leaderId = addPerson('department', department.id, 'M3', '部門經理', division.leaderId, division.leaderId, division.leaderId, adminPersonId).id;
        for (let t = 0; t < TEAMS_PER_DEPARTMENT; t += 1) {
          const team = addDepartment(department.id, `小組 ${d + 1}-${e + 1}-${t + 1}`, t);
          team.leaderId = addPerson('team', team.id, 'M2', '組長', department.leaderId, department.leaderId, department.leaderId, division.leaderId).id;
          teams.push({ id: team.id, leaderId: team.leaderId });
        }
      }
    }
    const staffCount = PEOPLE - 1 - people.length;
    const teamOf = (i: number) => ({ team: teams[i % teams.length], index: Math.floor(i / teams.length) });
    const seniors = new Map<string, string[]>();
    for (let i = 0; i < staffCount; i += 1) {
      const { team, index } = teamOf(i);
      const department = departments.find((d) => d.id === team.id)!;
      const parent = departments.find((d) => d.id === department.parentId)!;
      const headId = parent.leaderId;
      const divisionHeadId = departments.find((d) => d.id === parent.parentId)!.leaderId;
      if (index < SENIORS_PER_TEAM) {
        const senior = addPerson('senior', team.id, 'P5', '高級主任', team.leaderId, team.leaderId, headId, divisionHeadId);
        seniors.set(team.id, [...(seniors.get(team.id) ?? []), senior.id]);
        continue;
      }
      // Half the juniors report to a senior; of the others, half name the team leader and half rely on the department's leader.
      const mine = seniors.get(team.id) ?? [];
      const toSenior = index % 2 === 0 && mine.length > 0;
      const explicit = toSenior ? mine[index % mine.length] : index % 4 === 1 ? team.leaderId : null;
      const junior = addPerson('junior', team.id, `P${1 + (index % 4)}`, '主任', explicit, explicit ?? team.leaderId, headId, divisionHeadId);
      if (i % 10 === 0) {
        const other = teams[(i + 1) % teams.length];
        memberships.push({ personId: junior.id, departmentId: other.id, managerId: other.leaderId, primary: false });
      }
    }

    await client.query('begin');
    const at = `now() - interval '400 days'`;
    await client.query(
      `insert into department (id, created_at, updated_at, tenant_id, name, parent_id, sort_order)
       select id, ${at}, ${at}, $1, name, parent_id, sort from unnest($2::uuid[], $3::text[], $4::uuid[], $5::int[]) as d(id, name, parent_id, sort)`,
      [tenant, departments.map((d) => d.id), departments.map((d) => d.name), departments.map((d) => d.parentId), departments.map((d) => d.sort)],
    );
    await client.query(
      `insert into person (id, created_at, updated_at, tenant_id, display_name, work_email, employee_no, job_title, rank_id, employment_start_date)
       select id, ${at}, ${at}, $1, name, 'staff.' || no || '@bench10k.example.com', 'B' || no, title, rank, date '2024-01-02'
       from unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::uuid[]) as p(id, name, no, title, rank)`,
      [tenant, people.map((p) => p.id), people.map((p) => p.displayName), people.map((_, i) => String(i + 1).padStart(5, '0')), people.map((p) => p.title), people.map((p) => ranks.get(p.rank)!)],
    );
    await client.query('update person set rank_id = $2 where id = $1', [adminPersonId, ranks.get('M5')]);
    admin.displayName = (await client.query('select display_name from person where id = $1', [adminPersonId])).rows[0].display_name;
    await client.query(
      `insert into membership (id, created_at, updated_at, tenant_id, person_id, department_id, manager_id, is_primary)
       select gen_random_uuid(), ${at} + n * interval '1 millisecond', ${at} + n * interval '1 millisecond', $1, person_id, department_id, manager_id, is_primary
       from unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::boolean[]) with ordinality as m(person_id, department_id, manager_id, is_primary, n)`,
      [tenant, memberships.map((m) => m.personId), memberships.map((m) => m.departmentId), memberships.map((m) => m.managerId), memberships.map((m) => m.primary)],
    );
    await client.query(`insert into department_leader (department_id, person_id) select * from unnest($1::uuid[], $2::uuid[])`, [departments.map((d) => d.id), departments.map((d) => d.leaderId)]);
    const assignments: [string, string][] = people.map((p) => [p.id, roles.get('employee')!]);
    for (const p of people) if (p.kind === 'division' || p.kind === 'department' || p.kind === 'team') assignments.push([p.id, roles.get('department-manager')!]);
    const juniors = people.filter((p) => p.kind === 'junior');
    for (let i = 0; i < 12; i += 1) assignments.push([juniors[i * 97].id, roles.get('finance')!]);
    for (let i = 0; i < 6; i += 1) assignments.push([juniors[i * 89 + 13].id, roles.get('hr')!]);
    await client.query(
      `insert into role_assignment (id, created_at, updated_at, tenant_id, role_id, person_id) select gen_random_uuid(), ${at}, ${at}, $1, role_id, person_id from unnest($2::uuid[], $3::uuid[]) as a(person_id, role_id)`,
      [tenant, assignments.map((a) => a[0]), assignments.map((a) => a[1])],
    );
    await client.query(
      `insert into account (id, created_at, updated_at, tenant_id, email, person_id, display_name, password_hash)
       select id, ${at}, ${at}, $1, 'staff.' || no || '@bench10k.example.com', person_id, name, $2
       from unnest($3::uuid[], $4::uuid[], $5::text[], $6::text[]) as a(id, person_id, name, no)`,
      [tenant, passwordHash, people.map((p) => p.accountId), people.map((p) => p.id), people.map((p) => p.displayName), people.map((_, i) => String(i + 1).padStart(5, '0'))],
    );
    const everyone = [admin, ...people];
    await client.query(
      `insert into refresh_token (id, tenant_id, account_id, family_id, token_hash, expires_at)
       select gen_random_uuid(), $1, account_id, family_id, encode(sha256(family_id::text::bytea), 'hex'), now() + interval '30 days'
       from unnest($2::uuid[], $3::uuid[]) as s(account_id, family_id)`,
      [tenant, everyone.map((p) => p.accountId), everyone.map((p) => p.sessionId)],
    );
    await client.query('commit');
    const clean = everyone.map(({ rank: _rank, title: _title, explicitManager: _explicit, ...person }) => person);
    return { people: clean, departments: departments.length + 1, staff: clean.filter((p) => p.kind === 'senior' || p.kind === 'junior') };
  });
}

/** A request the engine made through the API, copied (with its own people replaced) into every generated one. */
export interface SampleRequest {
  id: string;
  /** The route's APPROVAL steps in order: manager, head (and division for three steps). */
  steps: number;
}

/** How the generated requests are split (the rest of REQUESTS are finished: approved, one in ten rejected). */
export const REQUESTS = 200_000;
const RUNNING_AT_MANAGER = 50_000;
const RUNNING_AT_HEAD = 50_000;

/**
 * 200,000 requests on the two- and three-step templates and their 400,000 tasks, approver participants and timelines,
 * spread over the last 160 days: 50,000 waiting for the applicant's manager, 50,000 for the head (manager approved),
 * 100,000 finished (half on the three-step template; one in ten rejected by the head). Applicants are the staff, taken
 * in a scattered order; each request's route is the sample's with the applicant's own approvers.
 */
export async function generateRequests(
  url: string,
  tenant: string,
  staff: BenchPerson[],
  twoStep: SampleRequest,
  threeStep: SampleRequest,
): Promise<{ requests: number; tasks: number; participants: number; activities: number }> {
  return withClient(url, async (client) => {
    await client.query('create schema if not exists bench');
    await client.query('drop table if exists bench.applicant');
    await client.query('create table bench.applicant (n int primary key, person_id uuid, department_id uuid, manager_id uuid, head_id uuid, division_id uuid, name text)');
    await client.query(
      `insert into bench.applicant select n - 1, person_id, department_id, manager_id, head_id, division_id, name
       from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::text[]) with ordinality as a(person_id, department_id, manager_id, head_id, division_id, name, n)`,
      [staff.map((p) => p.id), staff.map((p) => p.departmentId), staff.map((p) => p.managerId), staff.map((p) => p.headId), staff.map((p) => p.divisionHeadId), staff.map((p) => p.displayName)],
    );
    await client.query('begin');
    // g: one row per request: who, which sample, where it stands, when.
    await client.query(
      `create temp table g on commit drop as
       select i, gen_random_uuid() as id, a.*, s.template_id, s.template_version_id, s.values, s.computed, s.route, s.revoke_window_days, s.template_title,
              case when i <= $1::int then 'AT_MANAGER' when i <= $1::int + $2::int then 'AT_HEAD' when i % 10 = 0 then 'REJECTED' else 'APPROVED' end as stage,
              case when i > $1::int + $2::int and i % 2 = 1 then 3 else 2 end as steps,
              date_trunc('milliseconds', now() - (((i::bigint * 7919) % $3::int) * interval '69 seconds') - interval '1 hour') as submitted_at
       from generate_series(1, $3::int) i
       join bench.applicant a on a.n = (i::bigint * 104729) % (select count(*) from bench.applicant)
       join lateral (select r.template_id, r.template_version_id, r.values, r.computed, r.route, r.revoke_window_days, split_part(r.title, ' — ', 1) as template_title
                     from approval_request r where r.id = (case when i > $1::int + $2::int and i % 2 = 1 then $5::uuid else $4::uuid end)) s on true`,
      [RUNNING_AT_MANAGER, RUNNING_AT_HEAD, REQUESTS, twoStep.id, threeStep.id],
    );
    // t: the tasks each request has by now: the manager's, then the head's once the manager approved, then the division's.
    await client.query(
      `create temp table t on commit drop as
       select g.id as request_id, gen_random_uuid() as id, k.sequence, k.node_id, k.assignee_id,
              case when k.sequence = 1 and g.stage = 'AT_MANAGER' then 'PENDING'
                   when k.sequence = 2 and g.stage = 'AT_HEAD' then 'PENDING'
                   when k.sequence = 2 and g.stage = 'REJECTED' then 'REJECTED'
                   else 'APPROVED' end as status,
              g.submitted_at + (k.sequence - 1) * interval '47 minutes' as assigned_at,
              g.submitted_at + k.sequence * interval '47 minutes' as decided_at, g.applicant_id, g.stage
       from (select g.*, g.person_id as applicant_id from g) g
       cross join lateral (values (1, 'manager', g.manager_id), (2, 'head', g.head_id), (3, 'division', g.division_id)) as k(sequence, node_id, assignee_id)
       where k.sequence <= case g.stage when 'AT_MANAGER' then 1 when 'AT_HEAD' then 2 when 'REJECTED' then 2 else g.steps end`,
    );
    await client.query(
      `insert into approval_request (id, created_at, updated_at, tenant_id, template_id, template_version_id, applicant_id, department_id, title, values, computed, route,
                                     done_nodes, status, round, submitted_at, finished_at, last_activity_at, revoke_window_days, activity_count, version)
       select g.id, g.submitted_at, g.submitted_at, $1, g.template_id, g.template_version_id, g.person_id, g.department_id, g.template_title || ' — ' || g.name, g.values, g.computed,
              jsonb_set(jsonb_set(case when g.steps = 3 then jsonb_set(g.route, '{steps,2,approvers,0,personId}', to_jsonb(g.division_id::text)) else g.route end,
                                  '{steps,1,approvers,0,personId}', to_jsonb(g.head_id::text)), '{steps,0,approvers,0,personId}', to_jsonb(g.manager_id::text)),
              case g.stage when 'AT_MANAGER' then '[]'::jsonb when 'AT_HEAD' then '["manager"]' when 'REJECTED' then '["manager"]'
                           else (case when g.steps = 3 then '["manager", "head", "division"]' else '["manager", "head"]' end)::jsonb end,
              case g.stage when 'REJECTED' then 'REJECTED' when 'APPROVED' then 'APPROVED' else 'RUNNING' end, 1, g.submitted_at,
              case when g.stage in ('REJECTED', 'APPROVED') then g.submitted_at + (case when g.stage = 'REJECTED' then 2 else g.steps end) * interval '47 minutes' end,
              g.submitted_at + (case g.stage when 'AT_MANAGER' then 0 when 'AT_HEAD' then 1 when 'REJECTED' then 2 else g.steps end) * interval '47 minutes',
              g.revoke_window_days,
              1 + (case g.stage when 'AT_MANAGER' then 0 when 'AT_HEAD' then 1 when 'REJECTED' then 3 else g.steps + 1 end),
              1 + (case g.stage when 'AT_MANAGER' then 0 when 'AT_HEAD' then 1 when 'REJECTED' then 2 else g.steps end)
       from g`,
      [tenant],
    );
    await client.query(
      `insert into approval_task (id, created_at, updated_at, tenant_id, request_id, node_id, round, sequence, assignee_id, status, assigned_at, decided_at, comment, version)
       select id, assigned_at, assigned_at, $1, request_id, node_id, 1, sequence, assignee_id, status, assigned_at,
              case when status = 'PENDING' then null else decided_at end, case when status = 'REJECTED' then '預算不足' end, case when status = 'PENDING' then 1 else 2 end
       from t`,
      [tenant],
    );
    await client.query(
      `insert into approval_participant (id, created_at, updated_at, tenant_id, request_id, person_id, kind, notified_at)
       select distinct on (request_id, assignee_id) gen_random_uuid(), assigned_at, assigned_at, $1, request_id, assignee_id, 'APPROVER', assigned_at from t order by request_id, assignee_id, sequence`,
      [tenant],
    );
    // Timelines: submitted, each decision, and the end of a finished one (as the engine notes them).
    await client.query(
      `insert into approval_activity (id, created_at, updated_at, tenant_id, request_id, ordinal, kind, actor_id, node_id, comment, details)
       select gen_random_uuid(), g.submitted_at, g.submitted_at, $1::uuid, g.id, 1, 'SUBMITTED', g.person_id, null::varchar, null::text, null::jsonb from g
       union all
       select gen_random_uuid(), t.decided_at, t.decided_at, $1::uuid, t.request_id, 1 + t.sequence, t.status, t.assignee_id, t.node_id, case when t.status = 'REJECTED' then '預算不足' end, null
       from t where t.status <> 'PENDING'
       union all
       select gen_random_uuid(), g.submitted_at + k.steps * interval '47 minutes', g.submitted_at + k.steps * interval '47 minutes', $1::uuid, g.id, 2 + k.steps, 'FINISHED', null, null, null,
              jsonb_build_object('status', g.stage)
       from g cross join lateral (select case when g.stage = 'REJECTED' then 2 else g.steps end as steps) k where g.stage in ('APPROVED', 'REJECTED')`,
      [tenant],
    );
    const counts = (
      await client.query(
        `select (select count(*) from g)::int as requests, (select count(*) from t)::int as tasks,
                (select count(*) from approval_participant where tenant_id = $1)::int as participants, (select count(*) from approval_activity where tenant_id = $1)::int as activities`,
        [tenant],
      )
    ).rows[0];
    await client.query('commit');
    // Approvers with a full first page of pending tasks: who the reads are sent as.
    await client.query('drop table if exists bench.approver');
    await client.query(
      `create table bench.approver as
       select (row_number() over (order by assignee_id) - 1)::int as n, assignee_id as person_id, count(*)::int as pending
       from approval_task where tenant_id = $1 and status = 'PENDING' group by assignee_id having count(*) >= 20`,
      [tenant],
    );
    await client.query('alter table bench.approver add primary key (n)');
    await client.query('vacuum analyze');
    return counts;
  });
}

/** The approvers with at least 20 pending tasks (the readers of the pending-tasks page), by bench.approver's n. */
export async function pendingApprovers(url: string): Promise<{ personId: string; pending: number }[]> {
  return withClient(url, async (client) => (await client.query('select person_id, pending from bench.approver order by n')).rows.map((r) => ({ personId: r.person_id, pending: r.pending })));
}
