/**
 * The attendance report bench's month, written with SQL (11,000 working days through punches at today's punch rate
 * would take longer than the whole run): every group member's punches of one past month and the day the engine computes
 * from them — the engine's own rule (`dayResult`) run here on the same shift and calendar, so each row is one the
 * day consumer would have written and recomputing it changes nothing. Days off are there too (REST), as the nightly
 * closing writes them.
 */
import pg from 'pg';
import { dayResult, type DayPunch, type DayShift } from '../api/src/modules/attendance/day-result.js';
import { dateOfDay, dayNumber, Zone, type WorkingTime } from '../api/src/modules/worktime/index.js';

/** A member of the attendance group: whose days, and the department their days are filed under. */
export interface MonthMember {
  id: string;
  departmentId: string;
}

/** The rules the month is computed under: the group's shift as the engine reads it, the calendar, the place. */
export interface MonthRules {
  groupId: string;
  placeId: string;
  shift: DayShift;
  calendar: WorkingTime;
  timeZone: string;
}

/** What was written, and how the working days turned out. */
export interface WrittenMonth {
  days: number;
  workingDays: number;
  punches: number;
  statuses: Record<string, number>;
  late: number;
  earlyLeave: number;
  missing: number;
  offsite: number;
  flagged: number;
  restDaysWorked: number;
}

const DAY_MINUTES = 1440;

/** A repeatable number in [0, 1) for one decision of one person's day, so every run writes the same month. */
function chance(...keys: number[]): number {
  let h = 2166136261;
  for (const key of keys) h = Math.imul(h ^ key, 16777619) ^ (h >>> 13);
  h = Math.imul(h ^ (h >>> 16), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  return ((h ^ (h >>> 16)) >>> 0) / 2 ** 32;
}

interface Punch {
  minute: number;
  offsite: boolean;
  offline: boolean;
}

/**
 * One person's punches on one day. Most people arrive a little early and leave a little after six; one in nine is
 * often late; a few days each month are late, left early, missing a punch, absent, with a client visit (off-site) or
 * a punch sent offline; now and then someone works a day off.
 */
function punchesOf(person: number, day: number, working: boolean, shift: DayShift): Punch[] {
  const roll = (decision: number) => chance(person, day, decision);
  const at = (base: number, spread: number, decision: number) => base + Math.floor(roll(decision) * spread) + Math.floor(roll(decision + 100) * 60) / 60;
  if (!working) return roll(1) < 0.04 ? [at(600, 30, 2), at(900, 120, 3)].map((minute) => ({ minute, offsite: false, offline: false })) : [];
  const kind = roll(1);
  if (kind < 0.025) return [];
  if (kind < 0.045) return [{ minute: at(shift.start - 20, 20, 2), offsite: false, offline: false }];
  if (kind < 0.055) return [{ minute: at(shift.end, 30, 3), offsite: false, offline: false }];
  const lateProne = person % 9 === 0 ? 0.3 : 0.06;
  const lateness = roll(4);
  // Lateness bunches just past the tolerance: squaring spreads 6 to 59 minutes late with most near the bottom.
  const clockIn =
    lateness < lateProne ? shift.start + 6 + Math.floor(roll(5) ** 2 * 54) + Math.floor(roll(6) * 60) / 60 : lateness < lateProne + 0.05 ? at(shift.start + 1, 5, 5) : at(shift.start - 30, 30, 5);
  const clockOut = roll(7) < 0.05 ? at(shift.end - 90, 85, 8) : at(shift.end, 50, 8);
  const evidence = roll(9);
  return [
    { minute: clockIn, offsite: evidence < 0.02, offline: false },
    { minute: clockOut, offsite: false, offline: evidence >= 0.02 && evidence < 0.03 },
  ];
}

/** Writes `month` (YYYY-MM) for every member in one transaction, then analyses the database as autovacuum soon would. */
export async function writeMonth(url: string, tenant: string, month: string, members: MonthMember[], rules: MonthRules): Promise<WrittenMonth> {
  const zone = new Zone(rules.timeZone);
  const first = dayNumber(`${month}-01`)!;
  const [year, number] = month.split('-').map(Number);
  const last = dayNumber(number === 12 ? `${year + 1}-01-01` : `${year}-${String(number + 1).padStart(2, '0')}-01`)! - 1;
  const punches = { person: [] as string[], department: [] as string[], clientId: [] as string[], at: [] as string[], received: [] as string[], date: [] as string[], method: [] as string[] };
  const punchExtra = { place: [] as (string | null)[], distance: [] as number[], flags: [] as string[], remark: [] as (string | null)[] };
  const days = {
    person: [] as string[],
    department: [] as string[],
    date: [] as string[],
    working: [] as boolean[],
    status: [] as string[],
    exceptions: [] as string[],
    firstAt: [] as (string | null)[],
    lastAt: [] as (string | null)[],
    count: [] as number[],
    late: [] as number[],
    early: [] as number[],
    worked: [] as number[],
    computedAt: [] as string[],
  };
  const written: WrittenMonth = { days: 0, workingDays: 0, punches: 0, statuses: {}, late: 0, earlyLeave: 0, missing: 0, offsite: 0, flagged: 0, restDaysWorked: 0 };
  members.forEach((member, index) => {
    for (let day = first; day <= last; day += 1) {
      const date = dateOfDay(day);
      const working = rules.calendar.isWorkingDay(date);
      const made = punchesOf(index, day, working, rules.shift).map((p) => ({ ...p, instant: zone.instant(day, p.minute) }));
      made.forEach((p, k) => {
        // An offline punch reaches the server when the phone is back online, a couple of hours later.
        const received = new Date(p.instant + (p.offline ? 2 * 3600_000 : 0)).toISOString();
        punches.person.push(member.id);
        punches.department.push(member.departmentId);
        punches.clientId.push(`${date}-${k}`);
        punches.at.push(new Date(p.instant).toISOString());
        punches.received.push(received);
        punches.date.push(date);
        punches.method.push(p.offsite ? 'OFFSITE' : 'WIFI');
        punchExtra.place.push(p.offsite ? null : rules.placeId);
        punchExtra.distance.push(p.offsite ? 3_400 + (index % 50) * 20 : 20 + (index % 60));
        punchExtra.flags.push(JSON.stringify([...(p.offsite ? ['OFFSITE'] : []), ...(p.offline ? ['OFFLINE'] : [])]));
        punchExtra.remark.push(p.offsite ? '拜訪客戶' : null);
      });
      // The engine's own computation, on the minutes it would read back from the stored instants.
      const dayStart = day * DAY_MINUTES;
      const seen: DayPunch[] = made.map((p) => {
        const local = zone.local(p.instant);
        return { minute: local.day * DAY_MINUTES + local.minute - dayStart, offsite: p.offsite, flagged: p.offline };
      });
      const result = dayResult(rules.shift, working, seen);
      const instants = made.map((p) => p.instant).sort((a, b) => a - b);
      const computedAt = new Date(instants.length ? instants[instants.length - 1] + 1_000 : zone.instant(day + 1, 5)).toISOString();
      days.person.push(member.id);
      days.department.push(member.departmentId);
      days.date.push(date);
      days.working.push(working);
      days.status.push(result.status);
      days.exceptions.push(JSON.stringify(result.exceptions));
      days.firstAt.push(instants.length ? new Date(instants[0]).toISOString() : null);
      days.lastAt.push(instants.length ? new Date(instants[instants.length - 1]).toISOString() : null);
      days.count.push(made.length);
      days.late.push(result.lateMinutes);
      days.early.push(result.earlyLeaveMinutes);
      days.worked.push(result.workedMinutes);
      days.computedAt.push(computedAt);
      written.days += 1;
      written.punches += made.length;
      written.statuses[result.status] = (written.statuses[result.status] ?? 0) + 1;
      if (working) written.workingDays += 1;
      if (result.exceptions.includes('LATE')) written.late += 1;
      if (result.exceptions.includes('EARLY_LEAVE')) written.earlyLeave += 1;
      if (result.exceptions.includes('MISSING_IN') || result.exceptions.includes('MISSING_OUT')) written.missing += 1;
      if (result.exceptions.includes('OFFSITE')) written.offsite += 1;
      if (result.exceptions.includes('FLAGGED')) written.flagged += 1;
      if (!working && made.length) written.restDaysWorked += 1;
    }
  });

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin');
    await client.query(
      `insert into attendance_punch (id, created_at, updated_at, tenant_id, person_id, department_id, group_id, client_punch_id, punched_at, received_at, work_date, method,
                                     place_id, distance_meters, accuracy_meters, flags, remark)
       select gen_random_uuid(), received, received, $1, person, department, $2, client_id, at, received, date, method, place, distance, 15, flags::jsonb, remark
       from unnest($3::uuid[], $4::uuid[], $5::text[], $6::timestamptz[], $7::timestamptz[], $8::date[], $9::text[], $10::uuid[], $11::int[], $12::text[], $13::text[])
            as p(person, department, client_id, at, received, date, method, place, distance, flags, remark)`,
      [
        tenant,
        rules.groupId,
        punches.person,
        punches.department,
        punches.clientId,
        punches.at,
        punches.received,
        punches.date,
        punches.method,
        punchExtra.place,
        punchExtra.distance,
        punchExtra.flags,
        punchExtra.remark,
      ],
    );
    await client.query(
      `insert into attendance_day (id, created_at, updated_at, tenant_id, person_id, department_id, group_id, work_date, is_working_day, status, exceptions,
                                   first_punch_at, last_punch_at, punch_count, late_minutes, early_leave_minutes, worked_minutes, short_minutes, computed_at)
       select gen_random_uuid(), computed_at, computed_at, $1, person, department, $2, date, working, status, exceptions::jsonb, first_at, last_at, count, late, early, worked, 0, computed_at
       from unnest($3::uuid[], $4::uuid[], $5::date[], $6::boolean[], $7::text[], $8::text[], $9::timestamptz[], $10::timestamptz[], $11::int[], $12::int[], $13::int[], $14::int[], $15::timestamptz[])
            as d(person, department, date, working, status, exceptions, first_at, last_at, count, late, early, worked, computed_at)`,
      [
        tenant,
        rules.groupId,
        days.person,
        days.department,
        days.date,
        days.working,
        days.status,
        days.exceptions,
        days.firstAt,
        days.lastAt,
        days.count,
        days.late,
        days.early,
        days.worked,
        days.computedAt,
      ],
    );
    await client.query('commit');
    await client.query('analyze');
  } finally {
    await client.end();
  }
  return written;
}
