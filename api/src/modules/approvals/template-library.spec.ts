import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { approvalTemplateLibrary, type LibraryTemplate } from '../../../../seeds/approval-templates.js';
import { builtInRoles } from '../access/index.js';
import { definitionProblems } from './definition-check.js';
import { checkFormValues } from './form-values.js';
import { resolveRoute, type ApproverDirectory, type RouteStep } from './routing.js';
import { libraryDefinition } from './template-library.js';
import { normalisedDefinition } from './templates.service.js';

/*
 * The template library every organisation is given: each definition passes the designer's checks as installed, names
 * only what every organisation has (built-in roles, default ranks, no people or departments), and routes as its
 * description says. The e2e spec (approvals-library) proves a new organisation gets it and can use it.
 */

const ADMIN = '00000000-0000-4000-8000-000000000001';
const installed = (template: LibraryTemplate) => normalisedDefinition(libraryDefinition(template, ADMIN));
const byKey = (key: string) => approvalTemplateLibrary.find((template) => template.key === key)!;

/** An org chart: the applicant → lead (M1) → head (M2, department leader) → director (M3); fin holds finance. */
function directory(chain: string[] = ['lead', 'head', 'director']): ApproverDirectory {
  const rank: Record<string, number> = { lead: 1, head: 2, director: 3 };
  return {
    applicant: { personId: 'me', departmentId: 'ops', departmentPath: ['hq', 'ops'], rankLevel: 0, rankCode: 'P2', roles: new Set(['employee']) },
    managerChain: async () => chain.map((personId) => ({ personId, rankLevel: rank[personId] ?? null })),
    managerOf: async (id) => (id === 'me' ? (chain[0] ?? null) : null),
    roleHolders: async (role) => (role === 'finance' ? ['fin'] : []),
    departmentHeads: async () => (chain.includes('head') ? ['head'] : []),
    rankLevel: (code) => ({ P2: 0, M1: 1, M2: 2, M3: 3 })[code] ?? null,
    activePeople: async (ids) => ids,
  };
}

async function routeOf(key: string, values: Record<string, unknown>, workingDays = 1, dir = directory()): Promise<string[]> {
  const definition = installed(byKey(key));
  const checked = checkFormValues(definition.form, values, () => ({ workingDays, workingHours: workingDays * 8 }));
  expect(checked.problems).toEqual([]);
  const route = await resolveRoute({ definition, values: checked.values, computed: checked.computed, chosen: {} }, dir);
  const describe = (step: RouteStep) =>
    `${step.nodeId}:${step.type === 'CC' ? (step.recipients ?? []).join('+') : (step.approvers ?? []).map((a) => a.personId + (a.auto ? `(${a.auto})` : '')).join('+')}`;
  return route.steps.map(describe);
}

const money = (amount: string) => ({ amount });

describe('approval template library', () => {
  it('has the eight templates, each with a unique key and names in the three languages', () => {
    expect(approvalTemplateLibrary.map((t) => t.key).sort()).toEqual(['business-trip', 'expense', 'general', 'leave', 'offsite-punch', 'overtime', 'procurement', 'punch-correction', 'site-change']);
    for (const template of approvalTemplateLibrary) {
      for (const text of [template.names, template.description])
        expect(
          [text.en, text.zhHK, text.zhCN].every((value) => value?.trim()),
          template.key,
        ).toBe(true);
    }
  });

  it.each(approvalTemplateLibrary.map((template) => [template.key, template] as const))(
    '%s: passes the designer’s checks as installed, naming only built-in roles and default ranks',
    (_key, template) => {
      const { problems, references } = definitionProblems(installed(template));
      expect(problems).toEqual([]);
      expect(references.departments).toEqual([]);
      expect(references.people.map((p) => p.id)).toEqual([ADMIN]);
      const roleKeys = new Set(builtInRoles.map((role) => role.key));
      expect(references.roles.filter((role) => !roleKeys.has(role.key))).toEqual([]);
      expect(references.ranks.filter((rank) => !['M1', 'M2', 'M3', 'M4', 'M5'].includes(rank.code))).toEqual([]);
    },
  );

  it('leaves the library itself untouched when installing it (each organisation gets its own admin)', () => {
    libraryDefinition(byKey('leave'), ADMIN);
    expect(byKey('leave').definition.policies.fallbackApproverId).toBeNull();
  });

  it('leave: the manager, and the department head beyond 3 working days', async () => {
    const values = { leaveType: 'annual', dates: { start: '2026-12-07', end: '2026-12-11' }, reason: 'Family trip' };
    expect(await routeOf('leave', values, 3)).toEqual(['manager:lead']);
    expect(await routeOf('leave', values, 4)).toEqual(['manager:lead', 'departmentHead:head']);
  });

  it('expense: over HK$10,000 adds finance and the director; finance is copied at the end', async () => {
    const line = (amount: string) => ({ date: '2026-11-20', category: 'meals', amount: money(amount) });
    expect(await routeOf('expense', { purpose: 'Client dinner', items: [line('6000'), line('4000')] })).toEqual(['manager:lead', 'copyFinance:fin']);
    expect(await routeOf('expense', { purpose: 'Client dinner', items: [line('6000'), line('4000.01')] })).toEqual(['manager:lead', 'finance:fin', 'director:director', 'copyFinance:fin']);
  });

  it('procurement: the manager up to HK$5,000, the department head up to HK$50,000, then finance and the director', async () => {
    const order = (amount: string) => ({ item: 'Safety helmets', supplier: 'ABC Ltd', amount: money(amount) });
    expect(await routeOf('procurement', order('5000'))).toEqual(['manager:lead']);
    expect(await routeOf('procurement', order('50000'))).toEqual(['manager:lead', 'departmentHead:head']);
    expect(await routeOf('procurement', order('50000.01'))).toEqual(['manager:lead', 'departmentHead:head', 'finance:fin', 'director:director']);
  });

  it('site change: the project manager named in the form, then the director', async () => {
    const values = { site: { latitude: 22.33, longitude: 114.2, label: 'Kai Tak' }, description: 'Extra drainage', costImpact: money('-1200'), projectManager: '00000000-0000-4000-8000-0000000000aa' };
    expect(await routeOf('site-change', values)).toEqual(['projectManager:00000000-0000-4000-8000-0000000000aa', 'director:director']);
  });

  it('goes to the first admin wherever a fresh organisation finds nobody (no manager, no finance staff)', async () => {
    const line = { date: '2026-11-20', category: 'travel', amount: money('12000') };
    expect(await routeOf('expense', { purpose: 'Trade fair', items: [line] }, 1, directory([]))).toEqual([`manager:${ADMIN}`, 'finance:fin', `director:${ADMIN}`, 'copyFinance:fin']);
    expect(await routeOf('general', { subject: 'New chair', details: 'Mine broke' }, 1, directory([]))).toEqual([`manager:${ADMIN}`]);
  });
});
