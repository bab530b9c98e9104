import type { EntityManager } from '@mikro-orm/postgresql';
import type { NewTenant } from '../../core/context/module.js';
import type { RequestContext } from '../../core/context/request-context.js';
import type { AppServices } from '../../core/context/services.js';
import { createSystemContext } from '../../core/context/system-context.js';
import { permittedRow } from '../../core/authz/readable.js';
import { crossTenantSql, sql, tenantSql, TENANT } from '../../core/database/sql.js';
import { pgArray } from '../../core/database/tenant-filter.js';
import { findViews } from '../../core/database/views.js';
import { AppError, assertNoProblems, notFound, type FieldProblem } from '../../core/errors/app-error.js';
import { checkPage, type PageArgs } from '../../core/graphql/pagination.js';
import type { JobDefinition } from '../../core/jobs/jobs.js';
import type { Locale } from '../../core/i18n/i18n.js';
import { dayNumber, workingTimeOf } from '../worktime/index.js';
import { AttendanceDayStatus } from './attendance-day.entity.js';
import { AttendanceRequestStatus, type AttendanceRequest } from './attendance-request.entity.js';
import { AttendanceLeaveEntry, LeaveAccount, LeaveEntryKind } from './leave-entry.entity.js';
import { annualAccruals, cappedAccrual, continuousContractSince, sickAccruals, SICK_DAYS_CAP, type DueAccrual } from './leave-policy.js';
import { AttendanceLeaveType, LeavePolicy } from './leave-type.entity.js';

/** Hours a day of paid leave counts for in the continuous-contract test; also a day of time off in lieu without a shift. */
export const DEFAULT_WORKDAY_MINUTES = 8 * 60;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The leave types every organisation starts with. Their keys are the options of the approvals library's leave form;
 * annual and sick leave follow the Employment Ordinance, which an organisation may switch off per type.
 */
const STANDARD_LEAVE_TYPES = [
  { key: 'annual', nameEn: 'Annual leave', nameZhHk: '年假', nameZhCn: '年假', paid: true, needsBalance: true, policy: LeavePolicy.HK_ANNUAL },
  { key: 'sick', nameEn: 'Sick leave', nameZhHk: '病假', nameZhCn: '病假', paid: true, needsBalance: true, policy: LeavePolicy.HK_SICK },
  { key: 'no-pay', nameEn: 'No-pay leave', nameZhHk: '無薪假', nameZhCn: '无薪假', paid: false, needsBalance: false, policy: LeavePolicy.NONE },
  { key: 'maternity', nameEn: 'Maternity leave', nameZhHk: '產假', nameZhCn: '产假', paid: true, needsBalance: false, policy: LeavePolicy.NONE },
  { key: 'paternity', nameEn: 'Paternity leave', nameZhHk: '侍產假', nameZhCn: '陪产假', paid: true, needsBalance: false, policy: LeavePolicy.NONE },
  { key: 'compensation', nameEn: 'Compensation leave', nameZhHk: '補假', nameZhCn: '补假', paid: true, needsBalance: true, policy: LeavePolicy.NONE },
] as const;

/** Days in hundredths → days. */
export const asDays = (hundredths: number) => hundredths / 100;

// ——— Leave types ———

/** Writes the standard leave types an organisation lacks; how many were added. */
async function installLeaveTypes(em: EntityManager, tenantId: string): Promise<number> {
  const rows = await tenantSql<{ id: string }>(
    em,
    tenantId,
    sql`insert into attendance_leave_type (id, tenant_id, key, name_en, name_zh_hk, name_zh_cn, paid, needs_balance, policy, active, version, created_at, updated_at)
        select gen_random_uuid(), ${TENANT}, t.key, t.name_en, t.name_zh_hk, t.name_zh_cn, t.paid, t.needs_balance, t.policy, true, 1, now(), now()
          from json_to_recordset(${JSON.stringify(
            STANDARD_LEAVE_TYPES.map((t) => ({ key: t.key, name_en: t.nameEn, name_zh_hk: t.nameZhHk, name_zh_cn: t.nameZhCn, paid: t.paid, needs_balance: t.needsBalance, policy: t.policy })),
          )}::json) as t(key text, name_en text, name_zh_hk text, name_zh_cn text, paid boolean, needs_balance boolean, policy text)
        on conflict (tenant_id, key) do nothing
        returning id`,
  );
  return rows.length;
}

/** Tenant set-up: a new organisation starts with the standard leave types. */
export async function setUpLeaveTypes(ctx: RequestContext, em: EntityManager, tenant: NewTenant): Promise<void> {
  const added = await installLeaveTypes(em, tenant.tenantId);
  if (added)
    ctx.record({
      type: 'attendance.leave_types.installed',
      subjectType: 'Organization',
      subjectId: tenant.tenantId,
      tenantId: tenant.tenantId,
      actorId: tenant.adminPersonId,
      payload: { count: added },
    });
}

/** Gives organisations opened before leave existed their standard leave types (when a worker starts; re-running adds nothing). */
export async function setUpLeaveTypesOfExistingOrganizations(services: AppServices): Promise<void> {
  const missing = await crossTenantSql<{ id: string; default_locale: Locale }>(
    services.orm.em.fork(),
    sql`select o.id, o.default_locale from organization o where not exists (select 1 from attendance_leave_type t where t.tenant_id = o.id) order by o.created_at`,
  );
  for (const organization of missing) {
    const ctx = createSystemContext(services, organization.id, organization.default_locale);
    await ctx.transaction(async (em) => {
      const added = await installLeaveTypes(em, ctx.tenantId);
      ctx.record({ type: 'attendance.leave_types.installed', subjectType: 'Organization', subjectId: ctx.tenantId, payload: { count: added } });
    });
  }
}

/** The organisation's leave types, by key. */
export async function listLeaveTypes(ctx: RequestContext): Promise<AttendanceLeaveType[]> {
  return findViews(ctx.em, AttendanceLeaveType, ctx.accessibleWhere('read', 'AttendanceLeaveType'), { orderBy: { key: 'asc' } });
}

/** What an admin may change of a leave type (its key stays: it ties it to the leave form). */
export interface LeaveTypeData {
  nameEn: string;
  nameZhHk: string;
  nameZhCn: string;
  paid: boolean;
  needsBalance: boolean;
  policy: LeavePolicy;
  active: boolean;
}

/** Changes a leave type: its names, pay, whether it needs a balance, its policy (adopting the Employment Ordinance or not), whether it can be requested. */
export function updateLeaveType(ctx: RequestContext, id: string, input: LeaveTypeData, version?: number | null): Promise<AttendanceLeaveType> {
  return ctx.transaction(async (em) => {
    const type = await em.findOne(AttendanceLeaveType, { id });
    if (!type || !ctx.can('read', 'AttendanceLeaveType', { id })) throw notFound('AttendanceLeaveType', id);
    ctx.authorize('update', 'AttendanceLeaveType', { id });
    if (version != null && version !== type.version) throw new AppError('VERSION_CONFLICT', { subject: 'AttendanceLeaveType' });
    const problems: FieldProblem[] = [];
    for (const field of ['nameEn', 'nameZhHk', 'nameZhCn'] as const) if (!input[field]?.trim()) problems.push({ field, code: 'REQUIRED' });
    if (input.policy !== LeavePolicy.NONE && !input.needsBalance) problems.push({ field: 'needsBalance', code: 'ATTENDANCE_LEAVE_POLICY_NEEDS_BALANCE' });
    assertNoProblems(problems);
    const before = { nameEn: type.nameEn, paid: type.paid, needsBalance: type.needsBalance, policy: type.policy, active: type.active };
    em.assign(type, { ...input, nameEn: input.nameEn.trim(), nameZhHk: input.nameZhHk.trim(), nameZhCn: input.nameZhCn.trim() });
    ctx.record({
      type: 'attendance.leave_type.updated',
      subjectType: 'AttendanceLeaveType',
      subjectId: type.id,
      subjectLabel: type.nameEn,
      payload: { leaveTypeId: type.id },
      before,
      after: { ...input },
    });
    return type;
  });
}

// ——— The ledger ———

/** A movement to write. */
export interface NewLeaveEntry {
  personId: string;
  departmentId: string | null;
  leaveTypeId: string;
  kind: LeaveEntryKind;
  from: LeaveAccount;
  to: LeaveAccount;
  /** Hundredths of a day, zero or more. */
  days: number;
  effectiveOn: string;
  requestId?: string | null;
  accrualKey?: string | null;
  note?: string | null;
}

/** A person's AVAILABLE balance of one leave type as of a date (hundredths), inside `em`'s transaction. */
export async function availableOn(ctx: RequestContext, em: EntityManager, personId: string, leaveTypeId: string, asOf: string): Promise<number> {
  const [row] = await tenantSql<{ available: number }>(
    em,
    ctx.tenantId,
    sql`select coalesce(sum(case when to_account = ${LeaveAccount.AVAILABLE} then days else 0 end) - sum(case when from_account = ${LeaveAccount.AVAILABLE} then days else 0 end), 0)::int as available
          from attendance_leave_entry
         where tenant_id = ${TENANT} and person_id = ${personId} and leave_type_id = ${leaveTypeId} and effective_on <= ${asOf}::date`,
  );
  return row.available;
}

/**
 * Writes ledger entries (inside the caller's transaction) and records `attendance.leave.balance_changed` once for each
 * person and type they touched, with the balance as of today.
 */
export async function postLeave(ctx: RequestContext, em: EntityManager, entries: NewLeaveEntry[]): Promise<void> {
  if (!entries.length) return;
  for (const entry of entries) {
    em.create(AttendanceLeaveEntry, {
      tenantId: ctx.tenantId,
      person: entry.personId,
      departmentId: entry.departmentId,
      leaveType: entry.leaveTypeId,
      kind: entry.kind,
      fromAccount: entry.from,
      toAccount: entry.to,
      days: entry.days,
      effectiveOn: entry.effectiveOn,
      requestId: entry.requestId ?? null,
      accrualKey: entry.accrualKey ?? null,
      note: entry.note ?? null,
      createdById: ctx.actor?.personId ?? null,
    });
  }
  await em.flush();
  const today = (await workingTimeOf(ctx, em)).localDate(ctx.services.clock.now());
  const touched = new Map(entries.map((e) => [`${e.personId} ${e.leaveTypeId}`, e]));
  for (const entry of touched.values()) {
    const available = await availableOn(ctx, em, entry.personId, entry.leaveTypeId, today);
    ctx.record({
      type: 'attendance.leave.balance_changed',
      subjectType: 'Person',
      subjectId: entry.personId,
      payload: { personId: entry.personId, departmentId: entry.departmentId, leaveTypeId: entry.leaveTypeId, kind: entry.kind, available: String(asDays(available)) },
    });
  }
}

/** A person's primary department now. */
async function primaryDepartmentOf(ctx: RequestContext, em: EntityManager, personId: string): Promise<string | null | undefined> {
  const [row] = await tenantSql<{ department_id: string | null }>(
    em,
    ctx.tenantId,
    sql`select (select m.department_id from membership m where m.tenant_id = ${TENANT} and m.person_id = p.id order by m.is_primary desc, m.created_at limit 1) as department_id
          from person p where p.tenant_id = ${TENANT} and p.id = ${personId}`,
  );
  return row ? row.department_id : undefined;
}

/** HR's correction of a balance. */
export interface LeaveAdjustmentData {
  personId: string;
  leaveTypeId: string;
  /** Days to add (negative: to take away), to the hundredth. */
  days: number;
  effectiveOn: string;
  note: string;
}

/** Adds days to a balance or takes them away, with a reason (audited); the ledger keeps the entry for good. */
export function adjustLeave(ctx: RequestContext, input: LeaveAdjustmentData): Promise<AttendanceLeaveEntry> {
  return ctx.transaction(async (em) => {
    const problems: FieldProblem[] = [];
    const hundredths = Math.round(input.days * 100);
    if (!Number.isFinite(input.days) || hundredths === 0 || Math.abs(input.days * 100 - hundredths) > 1e-6 || Math.abs(hundredths) > 36_500)
      problems.push({ field: 'days', code: 'ATTENDANCE_LEAVE_DAYS_INVALID' });
    if (dayNumber(input.effectiveOn) === null) problems.push({ field: 'effectiveOn', code: 'INVALID_DATE' });
    if (!input.note?.trim()) problems.push({ field: 'note', code: 'REQUIRED' });
    const departmentId = UUID.test(input.personId) ? await primaryDepartmentOf(ctx, em, input.personId) : undefined;
    if (departmentId === undefined) problems.push({ field: 'personId', code: 'UNKNOWN_REFERENCE' });
    const type = UUID.test(input.leaveTypeId) ? await em.findOne(AttendanceLeaveType, { id: input.leaveTypeId }) : null;
    if (!type) problems.push({ field: 'leaveTypeId', code: 'UNKNOWN_REFERENCE' });
    else if (!type.needsBalance) problems.push({ field: 'leaveTypeId', code: 'ATTENDANCE_LEAVE_TYPE_UNLIMITED' });
    assertNoProblems(problems);
    ctx.authorize('create', 'AttendanceLeaveEntry', { personId: input.personId, departmentId });
    const adding = hundredths > 0;
    const entry: NewLeaveEntry = {
      personId: input.personId,
      departmentId: departmentId ?? null,
      leaveTypeId: type!.id,
      kind: LeaveEntryKind.ADJUSTMENT,
      from: adding ? LeaveAccount.ENTITLEMENT : LeaveAccount.AVAILABLE,
      to: adding ? LeaveAccount.AVAILABLE : LeaveAccount.ENTITLEMENT,
      days: Math.abs(hundredths),
      effectiveOn: input.effectiveOn,
      note: input.note.trim(),
    };
    await postLeave(ctx, em, [entry]);
    ctx.record({
      type: 'attendance.leave.adjusted',
      subjectType: 'Person',
      subjectId: input.personId,
      payload: { personId: input.personId, leaveTypeId: type!.id },
      after: { leaveType: type!.key, days: input.days, effectiveOn: input.effectiveOn, note: entry.note },
    });
    return em.findOneOrFail(AttendanceLeaveEntry, { person: input.personId, leaveType: type!.id, kind: LeaveEntryKind.ADJUSTMENT }, { orderBy: { createdAt: 'desc', id: 'desc' } });
  });
}

/** Which ledger entries to list. */
export interface LeaveEntryFilter {
  personId?: string | null;
  leaveTypeId?: string | null;
}

/** Ledger entries the caller may read (their own; their departments' as a manager; all as HR), newest first. */
export async function listLeaveEntries(ctx: RequestContext, filter: LeaveEntryFilter, page: PageArgs): Promise<{ items: AttendanceLeaveEntry[]; totalCount: number }> {
  const { limit, offset } = checkPage(page, ctx.services.config.maxPageSize);
  const where: Record<string, unknown>[] = [ctx.accessibleWhere('read', 'AttendanceLeaveEntry')];
  if (filter.personId) where.push({ person: filter.personId });
  if (filter.leaveTypeId) where.push({ leaveType: filter.leaveTypeId });
  const items = await findViews(ctx.em, AttendanceLeaveEntry, { $and: where }, { orderBy: { effectiveOn: 'desc', createdAt: 'desc', id: 'desc' }, limit, offset });
  return { items, totalCount: await ctx.em.count(AttendanceLeaveEntry, { $and: where }) };
}

/** One person's balance of one leave type as of a date (days). */
export interface LeaveBalance {
  personId: string;
  leaveTypeId: string;
  asOf: string;
  /** What can still be taken, pending requests not deducted. */
  available: number;
  /** Earned or granted (accruals, grants, carry-forward, adjustments up). */
  earned: number;
  /** Taken (approved leave, less revoked). */
  used: number;
  /** Forfeited. */
  expired: number;
  /** Asked for and not decided yet. */
  pending: number;
}

/** Which balances to read. */
export interface LeaveBalanceFilter {
  asOf?: string | null;
  personId?: string | null;
  departmentId?: string | null;
}

/**
 * Balances as of a date (default today) of the people whose ledger the caller may read — one statement summing the
 * entries effective by then, filtered by the caller's rule. A person asked for by id also gets a zero row for each
 * active type that needs a balance and has no entry yet, so "my balances" always lists them.
 */
export async function leaveBalances(ctx: RequestContext, filter: LeaveBalanceFilter, page: PageArgs): Promise<{ items: LeaveBalance[]; totalCount: number }> {
  const { limit, offset } = checkPage(page, ctx.services.config.maxPageSize);
  if (filter.asOf != null && dayNumber(filter.asOf) === null) assertNoProblems([{ field: 'asOf', code: 'INVALID_DATE' }]);
  const asOf = filter.asOf ?? (await workingTimeOf(ctx)).localDate(ctx.services.clock.now());
  const account = (name: LeaveAccount) => sql`coalesce(sum(case when e.to_account = ${name} then e.days else 0 end) - sum(case when e.from_account = ${name} then e.days else 0 end), 0)::int`;
  const wholePerson = filter.personId && ctx.can('read', 'AttendanceLeaveEntry', { personId: filter.personId, departmentId: await primaryDepartmentOf(ctx, ctx.em, filter.personId) });
  const [row] = await tenantSql<{ items: Record<string, string | number>[] | null; total: number }>(
    ctx.em,
    ctx.tenantId,
    sql`with sums as (
          select e.person_id, e.leave_type_id,
                 ${account(LeaveAccount.AVAILABLE)} as available,
                 coalesce(sum(case when e.from_account = ${LeaveAccount.ENTITLEMENT} then e.days else 0 end) - sum(case when e.to_account = ${LeaveAccount.ENTITLEMENT} then e.days else 0 end), 0)::int as earned,
                 ${account(LeaveAccount.USED)} as used,
                 ${account(LeaveAccount.EXPIRED)} as expired
            from attendance_leave_entry e
           where e.tenant_id = ${TENANT} and e.effective_on <= ${asOf}::date
             and ${permittedRow(ctx, 'read', 'AttendanceLeaveEntry', AttendanceLeaveEntry, 'e')}
             ${filter.personId ? sql`and e.person_id = ${filter.personId}` : sql``}
             ${filter.departmentId ? sql`and e.department_id = ${filter.departmentId}` : sql``}
           group by e.person_id, e.leave_type_id
          union all
          select ${filter.personId ?? null}::uuid, t.id, 0, 0, 0, 0
            from attendance_leave_type t
           where ${wholePerson ? sql`true` : sql`false`} and t.tenant_id = ${TENANT} and t.active and t.needs_balance
             and not exists (select 1 from attendance_leave_entry e where e.tenant_id = ${TENANT} and e.person_id = ${filter.personId ?? null}::uuid and e.leave_type_id = t.id and e.effective_on <= ${asOf}::date)
        ),
        rows as (
          select s.*, coalesce((select sum(r.days) from attendance_request r
                                 where r.tenant_id = ${TENANT} and r.person_id = s.person_id and r.leave_type_id = s.leave_type_id and r.status = 'PENDING'), 0)::int as pending,
                 row_number() over (order by p.display_name, s.person_id, t.key) as position
            from sums s join person p on p.id = s.person_id and p.tenant_id = ${TENANT} join attendance_leave_type t on t.id = s.leave_type_id and t.tenant_id = ${TENANT}
        )
        select (select json_agg(page order by page.position) from (select * from rows order by position limit ${limit} offset ${offset}) page) as items,
               (select count(*)::int from rows) as total`,
  );
  const items = (row?.items ?? []).map((b) => ({
    personId: b.person_id as string,
    leaveTypeId: b.leave_type_id as string,
    asOf,
    available: asDays(b.available as number),
    earned: asDays(b.earned as number),
    used: asDays(b.used as number),
    expired: asDays(b.expired as number),
    pending: asDays(b.pending as number),
  }));
  return { items, totalCount: row?.total ?? 0 };
}

// ——— Accrual under the Employment Ordinance ———

/** The accruals a person's policy types are due by `asOf` and not yet posted, capped where the policy caps. */
async function accrueFor(
  ctx: RequestContext,
  em: EntityManager,
  person: { id: string; hired_on: string; department_id: string | null },
  types: AttendanceLeaveType[],
  asOf: string,
): Promise<NewLeaveEntry[]> {
  const days = await tenantSql<{ day: string; minutes: number }>(
    em,
    ctx.tenantId,
    sql`select to_char(work_date, 'YYYY-MM-DD') as day, case when status = ${AttendanceDayStatus.ON_LEAVE} then ${DEFAULT_WORKDAY_MINUTES} else worked_minutes end as minutes
          from attendance_day where tenant_id = ${TENANT} and person_id = ${person.id} and work_date >= ${person.hired_on}::date and work_date < ${asOf}::date order by work_date`,
  );
  const minutes = new Map(days.map((d) => [dayNumber(d.day)!, d.minutes]));
  // Before the first computed day there are no records to judge by: the periods then are taken to pass.
  const since = continuousContractSince(person.hired_on, asOf, (day) => minutes.get(day) ?? 0, days[0]?.day ?? asOf);
  if (!since) return [];
  const entries: NewLeaveEntry[] = [];
  for (const type of types) {
    const posted = new Set((await em.find(AttendanceLeaveEntry, { person: person.id, leaveType: type.id, accrualKey: { $ne: null } }, { fields: ['accrualKey'] })).map((e) => e.accrualKey));
    const due: DueAccrual[] = (type.policy === LeavePolicy.HK_ANNUAL ? annualAccruals(since, asOf) : sickAccruals(since, asOf)).filter((a) => !posted.has(a.key));
    for (const accrual of due) {
      let amount = accrual.days;
      if (type.policy === LeavePolicy.HK_SICK) {
        const pendingHere = entries.filter((e) => e.leaveTypeId === type.id).reduce((sum, e) => sum + e.days, 0);
        amount = cappedAccrual(accrual.days, (await availableOn(ctx, em, person.id, type.id, accrual.effectiveOn)) + pendingHere, SICK_DAYS_CAP);
      }
      entries.push({
        personId: person.id,
        departmentId: person.department_id,
        leaveTypeId: type.id,
        kind: LeaveEntryKind.ACCRUAL,
        from: LeaveAccount.ENTITLEMENT,
        to: LeaveAccount.AVAILABLE,
        days: amount,
        effectiveOn: accrual.effectiveOn,
        accrualKey: accrual.key,
        note: amount < accrual.days ? `capped at ${asDays(SICK_DAYS_CAP)} days` : null,
      });
    }
  }
  return entries;
}

/**
 * Posts the Employment Ordinance accruals due to every employee with a first day of employment, for each active leave
 * type whose policy adopts the Ordinance: annual leave on each anniversary of continuous contract, sickness days on
 * each monthly one (capped at 120 accumulated). A sickness day withheld by the cap is posted as zero, so the month is
 * not earned again once leave is taken. Idempotent by each accrual's period key; one transaction per person.
 */
export const accrueLeave: JobDefinition = {
  name: 'attendance.accrue-leave',
  recurring: '35 * * * *',
  handle: async (ctx) => {
    const types = await ctx.em.find(AttendanceLeaveType, { active: true, policy: { $ne: LeavePolicy.NONE } });
    if (!types.length) return;
    const today = (await workingTimeOf(ctx)).localDate(ctx.services.clock.now());
    const people = await tenantSql<{ id: string; hired_on: string; department_id: string | null }>(
      ctx.em,
      ctx.tenantId,
      sql`select p.id, to_char(p.employment_start_date, 'YYYY-MM-DD') as hired_on,
                 (select m.department_id from membership m where m.tenant_id = ${TENANT} and m.person_id = p.id order by m.is_primary desc, m.created_at limit 1) as department_id
            from person p
           where p.tenant_id = ${TENANT} and p.status = 'ACTIVE' and p.employment_start_date is not null and p.employment_start_date <= ${today}::date
             and (p.employment_end_date is null or p.employment_end_date >= ${today}::date)
           order by p.id`,
    );
    for (const person of people) {
      await ctx.transaction(async (em) => {
        await postLeave(ctx, em, await accrueFor(ctx, em, person, types, today));
      });
      // A person's ledger entries are let go once posted (see computeEach in days.service.ts): kept, every later
      // person's flush would look at all of them — on a first run, years of accruals for everyone.
      ctx.em.clear();
    }
  },
};

// ——— Time off in lieu of overtime ———

/**
 * Keeps the compensation leave granted for a day's overtime equal to what the day now counts: the day's approved
 * TIME_OFF overtime requests (given with the others of that day, in the order they were made), take the counted overtime minutes up to their own length,
 * converted to days at `workdayMinutes` a day (to the hundredth). What was granted before for them is compared, and
 * only the difference is posted — a grant, or an adjustment back — so recomputing a day changes nothing twice, and a
 * revoked request's grant is taken back. Inside the day's transaction.
 */
export async function syncTimeOffInLieu(
  ctx: RequestContext,
  em: EntityManager,
  day: { personId: string; departmentId: string | null; workDate: string; overtimeMinutes: number; workdayMinutes: number; requests: AttendanceRequest[] },
): Promise<void> {
  // The day's TIME_OFF overtime requests, whatever their status (a revoked one's grant is taken back), oldest first.
  const { requests } = day;
  if (!requests.length) return;
  const type = await em.findOne(AttendanceLeaveType, { key: 'compensation' });
  if (!type) return;
  const granted = new Map(
    (
      await tenantSql<{ request_id: string; days: number }>(
        em,
        ctx.tenantId,
        sql`select request_id, coalesce(sum(case when to_account = ${LeaveAccount.AVAILABLE} then days else -days end), 0)::int as days
              from attendance_leave_entry where tenant_id = ${TENANT} and leave_type_id = ${type.id} and request_id = any(${pgArray(requests.map((r) => r.id))}::uuid[])
             group by request_id`,
      )
    ).map((row) => [row.request_id, row.days]),
  );
  let left = day.overtimeMinutes;
  const entries: NewLeaveEntry[] = [];
  for (const request of requests) {
    const length = Math.round((request.overtimeEnd!.getTime() - request.overtimeStart!.getTime()) / 60_000);
    const minutes = request.status === AttendanceRequestStatus.APPROVED ? Math.min(left, length) : 0;
    left -= minutes;
    const difference = Math.round((minutes * 100) / Math.max(1, day.workdayMinutes)) - (granted.get(request.id) ?? 0);
    if (!difference) continue;
    entries.push({
      personId: day.personId,
      departmentId: day.departmentId,
      leaveTypeId: type.id,
      kind: difference > 0 ? LeaveEntryKind.GRANT : LeaveEntryKind.ADJUSTMENT,
      from: difference > 0 ? LeaveAccount.ENTITLEMENT : LeaveAccount.AVAILABLE,
      to: difference > 0 ? LeaveAccount.AVAILABLE : LeaveAccount.ENTITLEMENT,
      days: Math.abs(difference),
      effectiveOn: day.workDate,
      requestId: request.id,
      note: `overtime ${day.workDate}`,
    });
  }
  await postLeave(ctx, em, entries);
}
