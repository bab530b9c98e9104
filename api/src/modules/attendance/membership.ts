import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../core/context/request-context.js';
import { sql, tenantSql, TENANT, type SqlStatement } from '../../core/database/sql.js';
import { pgArray } from '../../core/database/tenant-filter.js';
import { PersonStatus } from '../org/index.js';
import { AttendanceRosterEntry } from './attendance-roster.entity.js';
import type { AttendanceShift } from './attendance-shift.entity.js';

/*
 * Which attendance group a person belongs to: a group naming them wins; else the group of their nearest department
 * (a membership's own department before its parents), the oldest group on a tie; a group excluding them never counts.
 */

/** What the rules need to know of a person: their group (null if none), its time zone, their primary department. */
export interface Membership {
  groupId: string | null;
  timeZone: string;
  departmentId: string | null;
}

/**
 * Each person's ranked candidate groups (rank 1 applies), set-based — its cost grows with the memberships and groups,
 * not with their product: each person's departments and their ancestors are joined to the groups' departments by hash,
 * and the named members are joined alongside. `personIds` narrows it to some people (null: everyone). A `with` clause
 * ending in `ranked (person_id, group_id, time_zone, rank)`, to be followed by a statement's own select.
 */
export function rankedGroups(personIds: string[] | null) {
  const members = personIds ? sql`and m.person_id = any(${pgArray(personIds)}::uuid[])` : sql``;
  const named = personIds ? sql`and n.value = any(${pgArray(personIds)}::text[])` : sql``;
  return sql`with recursive upward as (
          select m.person_id, m.department_id as id, 0 as depth from membership m where m.tenant_id = ${TENANT} ${members}
          union all
          select u.person_id, d.parent_id, u.depth + 1 from department d join upward u on d.id = u.id where d.tenant_id = ${TENANT} and d.parent_id is not null
        ), group_departments as (
          select g.id as group_id, d.value::uuid as department_id from attendance_group g cross join jsonb_array_elements_text(g.department_ids) d where g.tenant_id = ${TENANT}
        ), by_department as (
          select u.person_id, gd.group_id, min(u.depth) as depth from upward u join group_departments gd on gd.department_id = u.id group by u.person_id, gd.group_id
        ), named as (
          select n.value::uuid as person_id, g.id as group_id from attendance_group g cross join jsonb_array_elements_text(g.person_ids) n where g.tenant_id = ${TENANT} ${named}
        ), candidates as (
          select coalesce(n.person_id, b.person_id) as person_id, coalesce(n.group_id, b.group_id) as group_id, n.person_id is not null as named, b.depth
            from named n full join by_department b on b.person_id = n.person_id and b.group_id = n.group_id
        ), ranked as (
          select c.person_id, c.group_id, g.time_zone, row_number() over (partition by c.person_id order by c.named desc, c.depth nulls last, g.created_at, g.id) as rank
            from candidates c
            join attendance_group g on g.id = c.group_id and g.tenant_id = ${TENANT}
           where not g.excluded_person_ids @> jsonb_build_array(c.person_id::text)
        )`;
}

/**
 * The rest of a membership beside `ranked r`'s group: the time zone (the group's, else the calendar's) and the person's
 * primary department. `person` is the SQL naming the person (a column or a parameter).
 */
export const membershipColumns = (person: SqlStatement) =>
  sql`coalesce(r.time_zone, (select c.time_zone from working_calendar c where c.tenant_id = ${TENANT})) as time_zone,
      (select m.department_id from membership m where m.tenant_id = ${TENANT} and m.person_id = ${person} order by m.is_primary desc, m.created_at limit 1) as department_id`;

/** Some people's memberships (see above), in one statement; every id asked for is in the map. */
export async function membershipsOf(ctx: RequestContext, em: EntityManager, personIds: string[]): Promise<Map<string, Membership>> {
  const rows = await tenantSql<{ person_id: string; group_id: string | null; time_zone: string | null; department_id: string | null }>(
    em,
    ctx.tenantId,
    sql`${rankedGroups(personIds)}
        select p.id as person_id, r.group_id, ${membershipColumns(sql`p.id`)}
          from unnest(${pgArray(personIds)}::uuid[]) as p(id)
          left join ranked r on r.person_id = p.id and r.rank = 1`,
  );
  return new Map(rows.map((row) => [row.person_id, { groupId: row.group_id, timeZone: row.time_zone ?? 'Asia/Hong_Kong', departmentId: row.department_id }]));
}

/** The group whose rules apply to a person (an explicit member first, then the nearest department), with its time zone. */
export async function membershipOf(ctx: RequestContext, em: EntityManager, personId: string): Promise<Membership> {
  return (await membershipsOf(ctx, em, [personId])).get(personId)!;
}

/** Every active person's group (people in no group are left out), in one statement. */
export async function groupMembers(ctx: RequestContext, em: EntityManager): Promise<{ personId: string; groupId: string }[]> {
  const rows = await tenantSql<{ person_id: string; group_id: string }>(
    em,
    ctx.tenantId,
    sql`${rankedGroups(null)}
        select r.person_id, r.group_id from ranked r
          join person p on p.id = r.person_id and p.tenant_id = ${TENANT} and p.status = ${PersonStatus.ACTIVE}
         where r.rank = 1 order by r.person_id`,
  );
  return rows.map((row) => ({ personId: row.person_id, groupId: row.group_id }));
}

/** Rostered members' shifts on some days: "personId date" → the shift, or null for a rest day (a day without an entry is absent from the map: also rest). */
export async function rostersOf(em: EntityManager, personIds: string[], dates: string[]): Promise<Map<string, AttendanceShift | null>> {
  const entries = await em.find(AttendanceRosterEntry, { person: { $in: personIds }, date: { $in: dates } }, { populate: ['shift'] });
  return new Map(entries.map((entry) => [`${entry.person.id} ${entry.date}`, entry.shift]));
}

/** A rostered member's shifts on some days: date → the shift, or null for a rest day (as `rostersOf`). */
export async function rosterOf(em: EntityManager, personId: string, dates: string[]): Promise<Map<string, AttendanceShift | null>> {
  const shifts = await rostersOf(em, [personId], dates);
  return new Map(dates.flatMap((date) => (shifts.has(`${personId} ${date}`) ? [[date, shifts.get(`${personId} ${date}`)!] as const] : [])));
}
