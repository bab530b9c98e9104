import { describe, expect, it } from 'vitest';
import { modules } from '../../app/modules.js';
import { registerEvents, type EventDefinition } from './catalog.js';

const payload = { personId: { type: 'uuid', description: 'The person.' } } as const;

describe('event declarations', () => {
  it('state, for every event type of every module, whether it touches access and whether it is audited', () => {
    const events = modules.flatMap((module) => module.events ?? []);
    expect(events.length).toBeGreaterThan(30);
    const undeclared = events.filter((event) => typeof event.touchesAccess !== 'boolean' || typeof event.audit !== 'boolean').map((event) => event.type);
    expect(undeclared).toEqual([]);
    // A change of who may do what is never only streamed.
    expect(events.filter((event) => event.touchesAccess && !event.audit).map((event) => event.type)).toEqual([]);
  });

  it('keeps high-volume facts out of the access version: sign-ins leave every cached ability in place', () => {
    const byType = new Map(modules.flatMap((module) => module.events ?? []).map((event) => [event.type, event]));
    expect(byType.get('identity.account.signed_in')?.touchesAccess).toBe(false);
    expect(byType.get('org.department.renamed')?.touchesAccess).toBe(false);
    expect(byType.get('access.role.assigned')?.touchesAccess).toBe(true);
    expect(byType.get('identity.account.signed_out')?.touchesAccess).toBe(true);
  });

  it('refuses a definition that leaves either flag out, and an access change that would not be audited', () => {
    const missing = { type: 'test.thing.happened', description: 'Test.', payload } as unknown as EventDefinition;
    expect(() => registerEvents([missing])).toThrow(/must declare touchesAccess and audit/);
    expect(() => registerEvents([{ ...missing, touchesAccess: false }])).toThrow(/must declare/);
    expect(() => registerEvents([{ type: 'test.thing.happened', description: 'Test.', payload, touchesAccess: true, audit: false }])).toThrow(/must be audited/);
  });
});
