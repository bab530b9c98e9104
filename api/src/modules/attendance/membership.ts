import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../core/context/request-context.js';
import { sql, tenantSql, TENANT } from '../../core/database/sql.js';
import { PersonStatus } from '../org/index.js';
import { AttendanceRosterEntry } from './attendance-roster.entity.js';
import type { AttendanceShift } from './attendance-shift.entity.js';

/*
 * Which attendance group a person belongs to: a group naming them wins; else the group of their nearest department
 * (a membership's own department before its parents), the oldest group on a tie; a group excluding them never counts.
 */

/** The group whose rules apply to a person (an explicit member first, then the nearest department), with its time zone. */
export async function membershipOf(ctx: RequestContext, em: EntityManager, personId: string): Promise<{ groupId: string | null; timeZone: string; departmentId: string | null }> {
  const [row] = await tenantSql<{ group_id: string | null; time_zone: string; department_id: string | null }>(
    em,
    ctx.tenantId,
    sql`with recursive upward as (
          select m.department_id as id, 0 as depth from membership m where m.tenant_id = ${TENANT} and m.person_id = ${personId}
          union all
          select d.parent_id, upward.depth + 1 from department d join upward on d.id = upward.id where d.tenant_id = ${TENANT} and d.parent_id is not null
        ), candidates as (
          select g.id, g.time_zone, g.created_at, g.person_ids @> jsonb_build_array(${personId}::text) as named,
                 (select min(u.depth) from upward u where g.department_ids @> jsonb_build_array(u.id::text)) as depth
            from attendance_group g
           where g.tenant_id = ${TENANT} and not g.excluded_person_ids @> jsonb_build_array(${personId}::text)
        )
        select (select id from candidates where named or depth is not null order by named desc, depth nulls last, created_at, id limit 1) as group_id,
               coalesce((select time_zone from candidates where named or depth is not null order by named desc, depth nulls last, created_at, id limit 1), c.time_zone) as time_zone,
               (select m.department_id from membership m where m.tenant_id = ${TENANT} and m.person_id = ${personId} order by m.is_primary desc, m.created_at limit 1) as department_id
          from working_calendar c where c.tenant_id = ${TENANT}`,
  );
  return { groupId: row?.group_id ?? null, timeZone: row?.time_zone ?? 'Asia/Hong_Kong', departmentId: row?.department_id ?? null };
}

/** Every active person's group (people in no group are left out), in one statement. */
export async function groupMembers(ctx: RequestContext, em: EntityManager): Promise<{ personId: string; groupId: string }[]> {
  const rows = await tenantSql<{ person_id: string; group_id: string }>(
    em,
    ctx.tenantId,
    sql`with recursive upward as (
          select m.person_id, m.department_id as id, 0 as depth from membership m where m.tenant_id = ${TENANT}
          union all
          select u.person_id, d.parent_id, u.depth + 1 from department d join upward u on d.id = u.id where d.tenant_id = ${TENANT} and d.parent_id is not null
        ), ranked as (
          select p.id as person_id, g.id as group_id,
                 row_number() over (
                   partition by p.id
                   order by g.person_ids @> jsonb_build_array(p.id::text) desc,
                            (select min(u.depth) from upward u where u.person_id = p.id and g.department_ids @> jsonb_build_array(u.id::text)) nulls last,
                            g.created_at, g.id) as rank
            from person p join attendance_group g on g.tenant_id = p.tenant_id
           where p.tenant_id = ${TENANT} and p.status = ${PersonStatus.ACTIVE}
             and not g.excluded_person_ids @> jsonb_build_array(p.id::text)
             and (g.person_ids @> jsonb_build_array(p.id::text)
                  or exists (select 1 from upward u where u.person_id = p.id and g.department_ids @> jsonb_build_array(u.id::text)))
        )
        select person_id, group_id from ranked where rank = 1 order by person_id`,
  );
  return rows.map((row) => ({ personId: row.person_id, groupId: row.group_id }));
}

/** A rostered member's shifts on some days: date → the shift, or null for a rest day (a day without an entry is absent from the map: also rest). */
export async function rosterOf(em: EntityManager, personId: string, dates: string[]): Promise<Map<string, AttendanceShift | null>> {
  const entries = await em.find(AttendanceRosterEntry, { person: personId, date: { $in: dates } }, { populate: ['shift'] });
  return new Map(entries.map((entry) => [entry.date, entry.shift]));
}
