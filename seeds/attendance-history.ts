import type { RequestContext } from '../api/src/core/context/request-context.js';
import type { AppServices } from '../api/src/core/context/services.js';
import { createSystemContext } from '../api/src/core/context/system-context.js';
import { sql, tenantSql, TENANT } from '../api/src/core/database/sql.js';
import { ApprovalRequestStatus, ApprovalTask, ApprovalTaskStatus } from '../api/src/modules/approvals/index.js';
import { approveTask, rejectTask, withdrawRequest } from '../api/src/modules/approvals/requests.service.js';
import { HalfDay, MakeUpPunchType, OvertimeCompensation } from '../api/src/modules/attendance/attendance-request.entity.js';
import { requestLeave, requestMakeUpPunch, requestOvertime } from '../api/src/modules/attendance/attendance-requests.service.js';
import { closeYesterday } from '../api/src/modules/attendance/days.service.js';
import { AttendanceLeaveType } from '../api/src/modules/attendance/leave-type.entity.js';
import { accrueLeave, adjustLeave, availableOn } from '../api/src/modules/attendance/leave.service.js';
import { acknowledgeNotice, punch, type PunchData } from '../api/src/modules/attendance/punches.service.js';
import { dateOfDay, minuteOfDay, workingTimeOf } from '../api/src/modules/worktime/index.js';
import type { SeededPerson } from './approval-history.js';
import { seedAttendanceRules } from './attendance-rules.js';
import type { DemoOrganization } from './demo-data.js';
import { HOUR, hongKongDay, hongKongInstant, later, DAY, MINUTE, PastTimeline, prng, seedOf, tenantReader, type Random } from './replay.js';

/*
 * A demo organisation's attendance, replayed through the same services as the API (see replay.ts): its rules set up three
 * months ago; each punch since by its person, with the Wi-Fi and GPS evidence of their workplace, at its time; leave,
 * make-up punches and overtime asked for with attendance's requests and decided by whoever the approval sends them to;
 * the jobs a worker runs (closing each day, posting accruals) at their hour; and the event consumers after each moment,
 * so every working day ends up computed as in production. Most people are on time on most days; a few arrive late,
 * leave early, forget a punch (and mostly ask to make it up), punch off-site or offline, fall sick, take leave or work
 * late.
 */

const HISTORY_DAYS = 90;
/** How far ahead people ask for leave that is still to come. */
const PLANNED_DAYS = 25;

/** What the replay made, counted in the database afterwards. */
export interface SeededAttendance {
  groups: number;
  /** People with a history. */
  people: number;
  punches: number;
  requests: number;
  days: number;
  /** Steps the services refused, by error code (none expected). */
  refused: Map<string, number>;
}

/** How a request ends; `wait`: it is still waiting for its approver today. */
type Fate = 'approve' | 'reject' | 'withdraw' | 'wait';

const texts = {
  annual: ['家庭旅行', '處理私人事務', '陪家人覆診', '回鄉探親', '子女學校活動', '搬屋', '休息充電', '出席婚宴'],
  sick: ['發燒，已看醫生', '腸胃不適', '感冒，附醫生紙', '牙痛需要覆診'],
  siteOvertime: ['趕工完成混凝土澆注', '地盤安全巡查', '配合吊運時間', '趕及驗收'],
  officeOvertime: ['月結對數', '處理客戶緊急要求', '準備投標文件', '整理工程文件'],
  forgotOut: ['忘記打卡', '趕去接小朋友，忘記打卡', '手機 app 未能定位'],
  forgotIn: ['忘記打卡', '打卡機故障', '早上到地盤視察，未有打卡'],
  offsite: ['直接到客戶處開會', '到顧問公司交收文件', '到政府部門遞交申請', '到供應商處驗貨'],
  approve: ['同意', '批准', 'OK', '已核對，同意'],
  reject: ['人手不足，請改期', '日期與其他同事重疊，請改期', '工程進度緊張，請再商量'],
  withdraw: ['計劃有變', '已改期', '不再需要'],
};

/** Where people go when they punch away from every place (a client's office, a government building …). */
const elsewhere = [
  { latitude: 22.2819, longitude: 114.1582 },
  { latitude: 22.2783, longitude: 114.1747 },
  { latitude: 22.2988, longitude: 114.1722 },
  { latitude: 22.3817, longitude: 114.1885 },
];

/** A location fix within `within` metres of a point, with the phone's accuracy. */
function fixNear(random: Random, point: { latitude: number; longitude: number }, within: number, accuracy: [number, number]) {
  const distance = random.between(0, within);
  const bearing = random.between(0, 2 * Math.PI);
  return {
    latitude: point.latitude + (distance * Math.cos(bearing)) / 111_320,
    longitude: point.longitude + (distance * Math.sin(bearing)) / (111_320 * Math.cos((point.latitude * Math.PI) / 180)),
    accuracyMeters: Math.round(random.between(...accuracy)),
  };
}

/** Minutes late on a late day: mostly a few, sometimes up to twenty. */
const lateness = (random: Random) => (random.weighted({ few: 55, some: 30, many: 15 }) === 'few' ? random.int(1, 5) : random.chance(0.65) ? random.int(6, 12) : random.int(13, 20));

/**
 * Sets up the attendance rules of `org` three months ago (as its `admin`) and replays the attendance of the people of the
 * departments its `attendance.history` names since, up to now — and the leave they have already asked for ahead.
 * HR (or the admin, where nobody has the HR role) sets opening leave balances; the admin decides what the approvals send
 * to the organisation's admin.
 */
export async function seedAttendance(
  services: AppServices,
  org: DemoOrganization,
  tenantId: string,
  departmentIds: Map<string, string>,
  people: SeededPerson[],
  admin: { id: string; displayName: string },
): Promise<SeededAttendance> {
  const history = org.attendance.history;
  const workers = people.filter((person) => history[person.demo.department]);
  const now = Date.now();
  const horizon = now - 15 * MINUTE;
  const today = hongKongDay(now);
  const first = today - HISTORY_DAYS;
  const names = new Map([...people.map((p) => [p.id, p.displayName] as const), [admin.id, admin.displayName]]);
  const timeline = new PastTimeline(services, tenantId, names, { horizon, lanes: 2, windowMs: 2 * HOUR });
  const reader = () => tenantReader(services, tenantId);

  // The rules were set up the day before the first punches (set up now, the recomputation they ask for would go over
  // the month's replayed days again once the workers start).
  let groups = 0;
  timeline.at(hongKongInstant(first - 1, 10 * 60), admin.id, async (ctx) => (groups = await seedAttendanceRules(ctx, org, departmentIds)));
  if (!workers.length) {
    await timeline.run();
    return { groups, people: 0, punches: 0, requests: 0, days: 0, refused: timeline.refused };
  }

  const calendar = await workingTimeOf(createSystemContext(services, tenantId));
  const isWorkingDay = (day: number) => calendar.isWorkingDay(dateOfDay(day));
  const days = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const workingDays = days(first, today + PLANNED_DAYS).filter(isWorkingDay);
  const nextWorkingDay = (day: number) => workingDays.find((d) => d > day) ?? day + 1;
  const leaveTypes = new Map((await reader().find(AttendanceLeaveType, {})).map((type) => [type.key, type.id]));
  const hr = people.find((person) => person.demo.roles.includes('hr')) ?? admin;

  // The jobs a worker runs: each hour the day before is closed (its absences computed), and leave accrues on the
  // monthly anniversaries of people's first days of employment.
  const hiredOnDays = new Set(
    (await tenantSql<{ day: number }>(reader(), tenantId, sql`select distinct extract(day from employment_start_date)::int as day from person where tenant_id = ${TENANT}`)).map((row) => row.day),
  );
  for (const day of days(first, today)) {
    if (day > first) timeline.at(hongKongInstant(day, 5), null, (ctx) => closeYesterday.handle(ctx, {}));
    if (day === first || hiredOnDays.has(Number(dateOfDay(day).slice(8)))) timeline.at(hongKongInstant(day, 35), null, (ctx) => accrueLeave.handle(ctx, {}));
  }

  /** Decides an approval as whoever it waits for, step by step, until it ends (or the present is reached). */
  const decide = async (approvalRequestId: string, applicantId: string, fate: Fate, at: number, random: Random): Promise<void> => {
    if (fate === 'wait') return;
    if (fate === 'withdraw') {
      timeline.at(later(random, at, 1, 20), applicantId, (ctx) => withdrawRequest(ctx, approvalRequestId, { reason: random.pick(texts.withdraw) }));
      return;
    }
    const tasks = (await reader().find(ApprovalTask, { request: approvalRequestId, status: ApprovalTaskStatus.PENDING }, { orderBy: { sequence: 'asc' } })).filter((task) =>
      names.has(task.assignee.id),
    );
    if (!tasks.length) return;
    const task = random.pick(tasks);
    const when = later(random, at, 0.3, 20);
    timeline.at(when, task.assignee.id, async (ctx) => {
      const request =
        fate === 'reject'
          ? await rejectTask(ctx, task.id, { comment: random.pick(texts.reject) })
          : await approveTask(ctx, task.id, { comment: random.chance(0.4) ? random.pick(texts.approve) : null });
      if (request.status === ApprovalRequestStatus.RUNNING) await decide(approvalRequestId, applicantId, fate, when, random);
    });
  };

  /** Asks for something at `at` as the person, then has it decided. */
  const ask = (personId: string, at: number, fate: Fate, random: Random, submit: (ctx: RequestContext) => Promise<{ approvalRequestId: string | null }>) => {
    timeline.at(at, personId, async (ctx) => {
      const request = await submit(ctx);
      await decide(request.approvalRequestId!, personId, fate, at, random);
    });
  };

  // Leave outcomes given so far, so that every history has each one whatever days the dates give it (the demo shows
  // them; the seed checks ask for them).
  const leaveFates = new Set<Fate>();
  for (const person of workers) {
    const random = prng(seedOf(`${org.slug}:attendance:${person.demo.key}`));
    const group = org.attendance.groups.find((g) => g.departments.includes(person.demo.department))!;
    const shift = org.attendance.shifts.find((s) => s.key === group.shift)!;
    const place = org.attendance.places.find((p) => p.key === history[person.demo.department])!;
    const start = minuteOfDay(shift.start)!;
    const end = minuteOfDay(shift.end)!;
    const lunch = shift.breaks[0] ? { start: minuteOfDay(shift.breaks[0].start)!, end: minuteOfDay(shift.breaks[0].end)! } : { start: (start + end) / 2, end: (start + end) / 2 };
    const onSite = group.monitoringNotice !== null;
    let requestNumber = 0;
    const requestRandom = () => prng(seedOf(`${org.slug}:attendance:${person.demo.key}:${(requestNumber += 1)}`));
    /** Days not worked (FULL) or worked half (AM or PM off), by day number. */
    const away = new Map<number, 'FULL' | HalfDay>();

    // Annual leave: a few spells each, asked for days or weeks ahead; most approved, a few refused or withdrawn (then
    // worked). Spells still ahead are asked for already; those asked lately are still waiting for a decision.
    let annualAsked = 0;
    const spells = { none: 0, one: 1, two: 2, three: 3 }[random.weighted({ none: 20, one: 45, two: 28, three: 7 })];
    for (let spell = 0; spell < spells; spell += 1) {
      const length = random.weighted({ one: 45, two: 22, three: 15, half: 10, five: 8 });
      const count = { one: 1, two: 2, three: 3, half: 1, five: 5 }[length];
      const candidates = workingDays.filter((day) => day >= first + 7);
      const from = random.int(0, candidates.length - count);
      const spellDays = candidates.slice(from, from + count);
      if (spellDays.some((day) => away.has(day) || day - spellDays[0] > 9)) continue;
      const askAt = later(random, hongKongInstant(spellDays[0] - random.int(3, 21), 9 * 60), 0, 6);
      if (askAt > horizon || hongKongDay(askAt) <= first) continue;
      let fate = random.weighted<Fate>({ approve: 84, reject: 8, withdraw: 8 });
      // A spell asked in the last week may still be waiting (its decision falls after the present): the first of them
      // is left waiting for sure; of those asked earlier, which are all decided, the first approvals drawn after the first
      // approval become a refusal and a withdrawal, unless the draw gave those already.
      const recent = askAt >= horizon - 7 * DAY;
      if (recent && !leaveFates.has('wait')) fate = 'wait';
      else if (!recent && fate === 'approve' && leaveFates.has('approve')) fate = !leaveFates.has('reject') ? 'reject' : !leaveFates.has('withdraw') ? 'withdraw' : fate;
      leaveFates.add(fate);
      // Half days only in the past: a day ahead with half of it on leave is computed when the leave is approved, and
      // with nobody's punches yet it would count as absent until the day comes.
      const halfDay = length === 'half' && spellDays[0] < today ? random.pick([HalfDay.AM, HalfDay.PM]) : null;
      annualAsked += halfDay ? 0.5 : count;
      if (fate === 'approve') for (const day of spellDays) away.set(day, halfDay ?? 'FULL');
      ask(person.id, askAt, fate, requestRandom(), (ctx) =>
        requestLeave(ctx, {
          leaveTypeId: leaveTypes.get('annual')!,
          startDate: dateOfDay(spellDays[0]),
          endDate: dateOfDay(spellDays[spellDays.length - 1]),
          halfDay,
          reason: random.pick(texts.annual),
        }),
      );
    }

    // HR's opening balance of annual leave: what the ledger accrued since each first day of employment, less the leave
    // taken before Harbour, leaves a few days more than the person will ask for.
    const target = Math.ceil(annualAsked) + random.int(2, 9);
    timeline.at(hongKongInstant(workingDays[0], 9 * 60 + 40), hr.id, async (ctx) => {
      const available = await availableOn(ctx, ctx.em, person.id, leaveTypes.get('annual')!, dateOfDay(first));
      if (available !== target * 100) {
        await adjustLeave(ctx, {
          personId: person.id,
          leaveTypeId: leaveTypes.get('annual')!,
          days: target - available / 100,
          effectiveOn: dateOfDay(first),
          note: '開設結餘：扣除使用 Harbour 前已放的年假',
        });
      }
    });

    const past = workingDays.filter((day) => day <= today);
    const makeUps = new Map<string, number>();
    let acknowledged = !onSite;
    for (const day of past) {
      if (away.get(day) === 'FULL') continue;
      // Sick: a day or two at home, asked for as sick leave when back (a few never are: absent).
      if (day < today && !away.has(day) && random.chance(0.009)) {
        const sickDays = [day, ...(random.chance(0.3) && past.includes(nextWorkingDay(day)) && !away.has(nextWorkingDay(day)) ? [nextWorkingDay(day)] : [])];
        for (const sick of sickDays) away.set(sick, 'FULL');
        if (random.chance(0.92)) {
          const back = nextWorkingDay(sickDays[sickDays.length - 1]);
          ask(person.id, hongKongInstant(back, 9 * 60 + random.int(10, 90)), 'approve', requestRandom(), (ctx) =>
            requestLeave(ctx, { leaveTypeId: leaveTypes.get('sick')!, startDate: dateOfDay(sickDays[0]), endDate: dateOfDay(sickDays[sickDays.length - 1]), reason: random.pick(texts.sick) }),
          );
        }
        continue;
      }
      if (random.chance(0.0015)) continue;

      const off = away.get(day);
      const arrival = off === HalfDay.AM ? lunch.end - random.int(5, 25) : random.chance(0.07) ? start + lateness(random) : start - random.int(3, 35);
      let leaving = off === HalfDay.PM ? lunch.start + random.int(0, 10) : random.chance(0.012) ? end - random.int(15, 75) : end + random.int(0, 30);
      const overtime = !off && leaving >= end && random.chance(onSite ? 0.06 : 0.03) ? random.pick(onSite ? [90, 120, 150, 180] : [60, 90, 120]) : 0;
      if (overtime) {
        leaving = end + overtime + random.int(2, 15);
        const compensation = group.overtimeCompensation === 'PAY' || random.chance(0.5) ? OvertimeCompensation.PAY : OvertimeCompensation.TIME_OFF;
        // Site crews' overtime is planned that afternoon; office staff ask for theirs the next morning.
        const askAt = onSite ? hongKongInstant(day, end - random.int(60, 150)) : hongKongInstant(nextWorkingDay(day), 9 * 60 + random.int(15, 120));
        ask(person.id, askAt, random.chance(0.92) ? 'approve' : 'reject', requestRandom(), (ctx) =>
          requestOvertime(ctx, {
            start: new Date(hongKongInstant(day, end)),
            end: new Date(hongKongInstant(day, end + overtime)),
            compensation,
            reason: random.pick(onSite ? texts.siteOvertime : texts.officeOvertime),
          }),
        );
      }

      // A forgotten punch, mostly made up the next working day (a few a month at most, as the group allows).
      const forgot = !off && !overtime ? random.weighted({ none: 982, out: 12, in: 6 }) : 'none';
      const month = dateOfDay(day).slice(0, 7);
      if (forgot !== 'none' && (makeUps.get(month) ?? 0) < 2 && random.chance(0.85)) {
        makeUps.set(month, (makeUps.get(month) ?? 0) + 1);
        const missed = hongKongInstant(day, forgot === 'in' ? arrival : leaving);
        ask(person.id, hongKongInstant(nextWorkingDay(day), 9 * 60 + random.int(5, 90)), 'approve', requestRandom(), (ctx) =>
          requestMakeUpPunch(ctx, {
            punchType: forgot === 'in' ? MakeUpPunchType.IN : MakeUpPunchType.OUT,
            punchedAt: new Date(missed),
            reason: random.pick(forgot === 'in' ? texts.forgotIn : texts.forgotOut),
          }),
        );
      }

      for (const [kind, minute] of [
        ['in', arrival],
        ['out', leaving],
      ] as const) {
        if (forgot === kind) continue;
        const at = hongKongInstant(day, minute) + random.int(0, 59) * 1000;
        const data: PunchData = { clientPunchId: `${dateOfDay(day)}-${kind}` };
        let sentAt = at;
        if (!onSite && group.offsiteAllowed && kind === 'in' && random.chance(0.015)) {
          Object.assign(data, { location: fixNear(random, random.pick(elsewhere), 80, [10, 30]), remark: random.pick(texts.offsite) });
        } else {
          data.location = fixNear(random, place, place.radiusMeters * (onSite ? 0.5 : 0.4), [8, onSite ? 40 : 30]);
          if (!onSite || random.chance(0.3)) data.wifiBssids = [random.pick(place.wifiBssids)];
          // Basements and hoardings lose the signal: the phone keeps the punch and sends it when it is back.
          if (onSite && random.chance(0.04)) {
            Object.assign(data, { offline: true, deviceTime: new Date(at) });
            sentAt = at + random.int(3, 50) * MINUTE;
          }
        }
        const acknowledging = !acknowledged;
        acknowledged = true;
        timeline.at(sentAt, person.id, async (ctx) => {
          if (acknowledging) await acknowledgeNotice(ctx);
          await punch(ctx, data);
        });
      }
    }
  }

  await timeline.run();
  const [counts] = await tenantSql<{ punches: number; requests: number; days: number }>(
    reader(),
    tenantId,
    sql`select (select count(*)::int from attendance_punch where tenant_id = ${TENANT}) as punches,
               (select count(*)::int from attendance_request where tenant_id = ${TENANT}) as requests,
               (select count(*)::int from attendance_day where tenant_id = ${TENANT}) as days`,
  );
  return { groups, people: workers.length, ...counts, refused: timeline.refused };
}
