import { createActorContext } from '../api/src/app/context.js';
import type { AppServices } from '../api/src/core/context/services.js';
import type { Actor } from '../api/src/core/context/request-context.js';
import { Role } from '../api/src/modules/access/index.js';
import { assignRole } from '../api/src/modules/access/access.service.js';
import { Organization } from '../api/src/modules/identity/index.js';
import { Department, JobRank } from '../api/src/modules/org/index.js';
import { createDepartment, setDepartmentLeaders } from '../api/src/modules/org/department.service.js';
import { createPerson } from '../api/src/modules/org/person.service.js';
import { provisionOrganization } from '../api/src/modules/tenancy/index.js';
import { seedApprovalHistory, type SeededPerson } from './approval-history.js';
import { seedAttendance } from './attendance-history.js';
import { DEMO_PASSWORD, demoOrganizations, platformOperator, type DemoOrganization } from './demo-data.js';

type Progress = (line: string) => void;

/** Seconds since `started`, to a tenth. */
const seconds = (started: number) => ((Date.now() - started) / 1000).toFixed(1);

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
      employeeNo: `${demo.slug.slice(0, 2).toUpperCase()}${String(index + 1).padStart(4, '0')}`,
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
  progress(`  seeded ${demo.name} in ${seconds(started)} s`);
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
