import { createActorContext } from '../api/src/app/context.js';
import type { AppServices } from '../api/src/core/context/services.js';
import type { Actor } from '../api/src/core/context/request-context.js';
import { Role } from '../api/src/modules/access/index.js';
import { assignRole } from '../api/src/modules/access/access.service.js';
import { Organization } from '../api/src/modules/identity/index.js';
import { Department, JobRank, Person } from '../api/src/modules/org/index.js';
import { createDepartment, setDepartmentLeaders } from '../api/src/modules/org/department.service.js';
import { createPerson } from '../api/src/modules/org/person.service.js';
import { provisionOrganization } from '../api/src/modules/tenancy/index.js';
import { seedApprovalHistory, type SeededPerson } from './approval-history.js';
import { seedAttendance } from './attendance-history.js';
import { DEMO_PASSWORD, demoOrganizations, platformOperator, type DemoOrganization } from './demo-data.js';
import { seedMessaging } from './messaging-history.js';
import { tenantReader } from './replay.js';

type Progress = (line: string) => void;

/** Seconds since `started`, to a tenth. */
const seconds = (started: number) => ((Date.now() - started) / 1000).toFixed(1);

/** The employee number the demo gives its `index`-th person (how a seeded organisation's people are found again). */
const employeeNo = (demo: DemoOrganization, index: number) => `${demo.slug.slice(0, 2).toUpperCase()}${String(index + 1).padStart(4, '0')}`;

async function organizationExists(services: AppServices, slug: string): Promise<boolean> {
  return (await services.orm.em.fork().count(Organization, { slug })) > 0;
}

/** Opens the platform operator's organisation (the account that may create organisations). */
async function seedPlatformOperator(services: AppServices, progress: Progress): Promise<void> {
  if (await organizationExists(services, platformOperator.slug)) return;
  const ctx = await createActorContext(services, null);
  await provisionOrganization(ctx, {
    name: platformOperator.name,
    slug: platformOperator.slug,
    defaultLocale: 'zh-HK',
    emailDomains: [platformOperator.domain],
    admin: { displayName: platformOperator.displayName, email: platformOperator.email, password: DEMO_PASSWORD, isPlatformAdmin: true },
  });
  progress(`  seeded ${platformOperator.name}`);
}

/** Builds one demo organisation through the same services the API uses (so it is audited like any change). */
async function seedDemoOrganization(services: AppServices, demo: DemoOrganization, progress: Progress): Promise<void> {
  if (await organizationExists(services, demo.slug)) {
    progress(`  ${demo.name}: already there, nothing to do`);
    return;
  }
  const started = Date.now();
  const { organization, admin } = await provisionOrganization(await createActorContext(services, null), {
    name: demo.name,
    slug: demo.slug,
    defaultLocale: 'zh-HK',
    emailDomains: [demo.domain],
    admin: { displayName: demo.admin.displayName, englishName: demo.admin.englishName, email: demo.admin.email, password: DEMO_PASSWORD, jobTitle: demo.admin.jobTitle },
  });
  // Seeding acts as the new admin; it never uses account-level operations, so the person id stands in for the account.
  const actor: Actor = { accountId: admin.id, personId: admin.id, tenantId: organization.id, displayName: admin.displayName, locale: null, isPlatformAdmin: false };
  const ctx = await createActorContext(services, actor, 'zh-HK');
  const rootId = (await ctx.em.findOneOrFail(Department, { parent: null })).id;
  const departmentIds = new Map<string, string>();
  for (const department of demo.departments) {
    const parentId = department.parent ? departmentIds.get(department.parent)! : rootId;
    const created = await createDepartment(ctx, { name: department.name, parentId, code: department.code });
    departmentIds.set(department.key, created.id);
  }
  const ranks = new Map((await ctx.em.find(JobRank, {})).map((r) => [r.code, r.id]));
  const roles = new Map((await ctx.em.find(Role, {})).map((r) => [r.key, r.id]));
  const leaders = new Map<string, string[]>();
  const seeded: SeededPerson[] = [];
  const total = demo.people.length;
  for (const [index, person] of demo.people.entries()) {
    const created = await createPerson(ctx, {
      displayName: person.displayName,
      englishName: person.englishName,
      jobTitle: person.jobTitle,
      rankId: ranks.get(person.rank) ?? null,
      workEmail: person.signIn ?? `${person.englishName.toLowerCase().replace(/[^a-z]+/g, '.')}.${index + 1}@${demo.domain}`,
      employeeNo: employeeNo(demo, index),
      employmentStartDate: `20${String(10 + (index % 15)).padStart(2, '0')}-0${1 + (index % 9)}-01`,
      mobilePhone: person.mobilePhone,
      memberships: [{ departmentId: departmentIds.get(person.department)!, isPrimary: true }],
      initialPassword: person.signIn ? DEMO_PASSWORD : null,
    });
    seeded.push({ id: created.id, displayName: created.displayName, demo: person });
    if (person.leads) leaders.set(person.department, [...(leaders.get(person.department) ?? []), created.id]);
    for (const key of person.roles) await assignRole(ctx, { personId: created.id, roleId: roles.get(key)! });
    if ((index + 1) % 10 === 0 || index + 1 === total) progress(`  ${demo.name}: ${index + 1}/${total} people`);
  }
  for (const [key, personIds] of leaders) await setDepartmentLeaders(ctx, departmentIds.get(key)!, personIds);
  const attendanceStarted = Date.now();
  const attendance = await seedAttendance(services, demo, organization.id, departmentIds, seeded, admin);
  progress(`  ${demo.name}: attendance places, shifts and ${attendance.groups} groups`);
  if (attendance.people) {
    progress(
      `  ${demo.name}: attendance of ${attendance.people} people over three months — ${attendance.punches} punches, ${attendance.requests} leave, make-up punch and overtime requests, ${attendance.days} days computed — in ${seconds(attendanceStarted)} s`,
    );
  }
  if (attendance.refused.size) progress(`  ${demo.name}: attendance steps refused: ${[...attendance.refused].map(([code, n]) => `${code} × ${n}`).join(', ')}`);
  const historyStarted = Date.now();
  const requests = await seedApprovalHistory(services, demo, organization.id, seeded, admin, Math.max(70, Math.round(demo.people.length * 1.5)));
  progress(`  ${demo.name}: ${requests} approval requests over three months in ${seconds(historyStarted)} s`);
  const messagingStarted = Date.now();
  const messaging = await seedMessaging(services, demo, organization.id, departmentIds, seeded, admin);
  progress(
    `  ${demo.name}: messaging over three weeks — ${messaging.conversations} conversations, ${messaging.messages} messages, ${messaging.unreadMembers} memberships with unread messages — in ${seconds(messagingStarted)} s`,
  );
  if (messaging.refused.size) progress(`  ${demo.name}: messaging steps refused: ${[...messaging.refused].map(([code, n]) => `${code} × ${n}`).join(', ')}`);
  progress(`  seeded ${demo.name} in ${seconds(started)} s`);
}

/**
 * A seeded demo organisation as the seeds know it (its admin, departments by key and people by demo key), found again
 * in the database: for replaying part of its history a second time.
 */
export async function seededDemoOrganization(
  services: AppServices,
  demo: DemoOrganization,
): Promise<{ organizationId: string; admin: { id: string; displayName: string }; departmentIds: Map<string, string>; people: SeededPerson[] }> {
  const organization = await services.orm.em.fork().findOneOrFail(Organization, { slug: demo.slug });
  const em = tenantReader(services, organization.id);
  const departments = await em.find(Department, { code: { $in: demo.departments.map((d) => d.code) } });
  const departmentIds = new Map(demo.departments.map((d) => [d.key, departments.find((found) => found.code === d.code)!.id]));
  const found = await em.find(Person, { $or: [{ employeeNo: { $in: demo.people.map((_, index) => employeeNo(demo, index)) } }, { workEmail: demo.admin.email }] });
  const admin = found.find((person) => person.workEmail === demo.admin.email)!;
  const people = demo.people.map((person, index) => {
    const row = found.find((candidate) => candidate.employeeNo === employeeNo(demo, index))!;
    return { id: row.id, displayName: row.displayName, demo: person };
  });
  return { organizationId: organization.id, admin: { id: admin.id, displayName: admin.displayName }, departmentIds, people };
}

/**
 * Seeds reference data and (unless turned off) the demo organisations. Idempotent: an organisation that exists is
 * left alone, so every start can call it.
 */
export async function seedAll(services: AppServices, options: { demo: boolean; progress: Progress }): Promise<void> {
  await seedPlatformOperator(services, options.progress);
  if (!options.demo) return;
  for (const demo of demoOrganizations) await seedDemoOrganization(services, demo, options.progress);
}
