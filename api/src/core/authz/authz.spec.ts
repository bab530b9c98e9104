import { describe, expect, it } from 'vitest';
import { asSubject, buildAbility } from './ability.js';
import { accessibleWhere, MATCH_NOTHING } from './sql-filter.js';
import { registerSubject, type AppRule, type SubjectDefinition } from './vocabulary.js';

registerSubject({
  name: 'Person',
  description: 'test',
  conditionFields: { id: 'id', departmentIds: 'memberships.$some.department' },
  scopeFields: ['departmentIds'],
});

const rule = (r: Partial<AppRule>) => ({ action: 'read', subject: 'Person', ...r }) as AppRule;

describe('module-declared named scopes', () => {
  const subject = (namedScopes: NonNullable<SubjectDefinition['namedScopes']>) => ({ name: 'Memo', description: 'test', conditionFields: { status: 'status' }, namedScopes });
  const label = { en: 'x', 'zh-HK': 'x', 'zh-CN': 'x' };

  it('refuses a scope testing a field rules cannot, testing nothing, badly named or declared twice', () => {
    expect(() => registerSubject(subject([{ name: 'open', conditions: { state: 'OPEN' }, label }]))).toThrow(/condition fields/);
    expect(() => registerSubject(subject([{ name: 'open', conditions: {}, label }]))).toThrow(/condition fields/);
    expect(() => registerSubject(subject([{ name: 'Open ones', conditions: { status: 'OPEN' }, label }]))).toThrow(/camelCase/);
    expect(() =>
      registerSubject(
        subject([
          { name: 'open', conditions: { status: 'OPEN' }, label },
          { name: 'open', conditions: { status: 'SHUT' }, label },
        ]),
      ),
    ).toThrow(/unique/);
    registerSubject(subject([{ name: 'open', conditions: { status: 'OPEN' }, label }]));
  });
});

describe('abilities in memory', () => {
  it('matches $and / $or conditions (a scoped rule combines its own conditions with the scope)', () => {
    const ability = buildAbility([rule({ conditions: { $and: [{ id: 'p1' }, { $or: [{ departmentIds: { $in: ['d1'] } }, { departmentIds: { $in: ['d2'] } }] }] } })]);
    expect(ability.can('read', asSubject('Person', { id: 'p1', departmentIds: ['d9', 'd2'] }))).toBe(true);
    expect(ability.can('read', asSubject('Person', { id: 'p1', departmentIds: ['d9'] }))).toBe(false);
    expect(ability.can('read', asSubject('Person', { id: 'p2', departmentIds: ['d1'] }))).toBe(false);
  });

  it('denies everything without rules', () => {
    expect(buildAbility([]).can('read', 'Person')).toBe(false);
  });
});

describe('rules compiled to SQL where-clauses', () => {
  it('matches nothing when no rule grants the action', () => {
    expect(accessibleWhere(buildAbility([rule({ action: 'update' })]), 'read', 'Person')).toEqual(MATCH_NOTHING);
  });

  it('matches everything for an unconditional grant', () => {
    expect(accessibleWhere(buildAbility([rule({})]), 'read', 'Person')).toEqual({});
  });

  it('maps condition fields to ORM paths and ORs several grants', () => {
    const where = accessibleWhere(buildAbility([rule({ conditions: { id: 'p1' } }), rule({ conditions: { departmentIds: { $in: ['d1'] } } })]), 'read', 'Person');
    expect(where).toEqual({ $or: [{ memberships: { $some: { department: { $in: ['d1'] } } } }, { id: { $eq: 'p1' } }] });
  });

  it('turns negative operators on collections into $none, as CASL reads them on arrays', () => {
    const where = accessibleWhere(buildAbility([rule({ conditions: { departmentIds: { $nin: ['d1'] } } })]), 'read', 'Person');
    expect(where).toEqual({ memberships: { $none: { department: { $in: ['d1'] } } } });
    expect(buildAbility([rule({ conditions: { departmentIds: { $nin: ['d1'] } } })]).can('read', asSubject('Person', { departmentIds: ['d1', 'd2'] }))).toBe(false);
  });

  it('bounds grants by later denials (deny overrides)', () => {
    const where = accessibleWhere(buildAbility([rule({}), rule({ inverted: true, conditions: { id: 'p9' } })]), 'read', 'Person');
    expect(where).toEqual({ $and: [{ $not: { id: { $eq: 'p9' } } }] });
  });
});
