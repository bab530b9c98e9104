import { describe, expect, it } from 'vitest';
import { builtInRoles } from './built-in-roles.js';
import { holdsMoreRights, type HeldRole } from './rights.js';
import type { RoleRule } from './role.entity.js';

const rulesOf = (key: string) => builtInRoles.find((role) => role.key === key)!.rules;
const everywhere = (rules: RoleRule[]): HeldRole => ({ rules, scopeDepartmentId: null, scope: null });
const within = (rules: RoleRule[], department: string, subtree: string[] = [department]): HeldRole => ({ rules, scopeDepartmentId: department, scope: new Set(subtree) });
const roles = (...keys: string[]) => keys.map((key) => everywhere(rulesOf(key)));

describe('holding more rights (who may change whose sign-in)', () => {
  it('ranks the built-in roles: admin above all, HR above employees and managers, not above admins or auditors', () => {
    expect(holdsMoreRights(roles('org-admin'), roles('hr', 'auditor', 'employee'))).toBe(false);
    expect(holdsMoreRights(roles('hr'), roles('employee'))).toBe(false);
    expect(holdsMoreRights(roles('hr'), roles('employee', 'department-manager', 'finance'))).toBe(false);
    expect(holdsMoreRights(roles('hr'), roles('org-admin'))).toBe(true);
    expect(holdsMoreRights(roles('hr'), roles('auditor'))).toBe(true);
    expect(holdsMoreRights(roles('employee'), roles('employee'))).toBe(false);
    expect(holdsMoreRights(roles('employee'), roles('department-manager'))).toBe(true);
    expect(holdsMoreRights([], [])).toBe(false);
    expect(holdsMoreRights([], roles('employee'))).toBe(true);
  });

  it('compares conditions and fields as written', () => {
    const own: RoleRule = { action: 'update', subject: 'Person', conditions: { id: '$me' }, fields: ['mobilePhone', 'locale'] };
    expect(holdsMoreRights([everywhere([own])], [everywhere([{ ...own, fields: ['locale'] }])])).toBe(false);
    expect(holdsMoreRights([everywhere([own])], [everywhere([{ ...own, fields: ['homeAddress'] }])])).toBe(true);
    expect(holdsMoreRights([everywhere([own])], [everywhere([{ ...own, fields: null }])])).toBe(true);
    expect(holdsMoreRights([everywhere([{ ...own, conditions: { id: '$me' } }])], [everywhere([{ ...own, conditions: { status: 'ACTIVE' } }])])).toBe(true);
    // Key order does not matter; an unconditional grant covers any condition.
    const both = { status: 'ACTIVE', departmentIds: { $in: '$myDepartments' } };
    expect(holdsMoreRights([everywhere([{ ...own, conditions: { departmentIds: { $in: '$myDepartments' }, status: 'ACTIVE' } }])], [everywhere([{ ...own, conditions: both }])])).toBe(false);
    expect(holdsMoreRights([everywhere([{ action: 'manage', subject: 'Person' }])], [everywhere([{ ...own, conditions: both }])])).toBe(false);
  });

  it('needs an assignment whose department scope covers the target’s', () => {
    const hr = rulesOf('hr');
    expect(holdsMoreRights([within(hr, 'branch', ['branch', 'team'])], [within(hr, 'team')])).toBe(false);
    expect(holdsMoreRights([within(hr, 'team')], [within(hr, 'branch', ['branch', 'team'])])).toBe(true);
    expect(holdsMoreRights([within(hr, 'branch', ['branch', 'team'])], [everywhere(hr)])).toBe(true);
    expect(holdsMoreRights([everywhere(hr)], [within(hr, 'team')])).toBe(false);
  });

  it('counts the actor’s denials against them unless the target is under the same one', () => {
    const denial: RoleRule = { action: 'read', subject: 'Person', fields: ['homeAddress'], inverted: true, description: 'mine' };
    const desk = [{ action: 'manage', subject: 'Person' }, denial];
    expect(holdsMoreRights([everywhere(desk)], [everywhere([{ action: 'read', subject: 'Person' }])])).toBe(true);
    expect(
      holdsMoreRights(
        [everywhere(desk)],
        [
          everywhere([
            { action: 'read', subject: 'Person' },
            { ...denial, description: 'theirs' },
          ]),
        ],
      ),
    ).toBe(false);
    // A denial that touches nothing the target may do changes nothing.
    expect(holdsMoreRights([everywhere(desk)], [everywhere([{ action: 'update', subject: 'Person' }])])).toBe(false);
    // The target's own denials only take from them.
    expect(holdsMoreRights([everywhere([{ action: 'read', subject: 'Person' }])], [everywhere([{ action: 'read', subject: 'Person' }, denial])])).toBe(false);
  });
});
