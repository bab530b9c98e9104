import { describe, expect, it } from 'vitest';
import { StartupError } from '../core/errors/startup-error.js';
import { loadConfig } from './config.js';

const base = { JWT_SECRET: 'config-spec-secret-config-spec-secret' };
const refusal = (env: Record<string, string>) => {
  try {
    loadConfig({ ...base, ...env });
  } catch (error) {
    expect(error).toBeInstanceOf(StartupError);
    return (error as StartupError).explanation;
  }
  throw new Error('expected loadConfig to refuse');
};

describe('config', () => {
  it('hashes passwords at OWASP’s argon2id minimum unless told otherwise', () => {
    expect(loadConfig(base).passwordHashCost).toEqual({ memoryKib: 19_456, timeCost: 2 });
    expect(loadConfig({ ...base, PASSWORD_HASH_MEMORY_KIB: '8', PASSWORD_HASH_TIME_COST: '1' }).passwordHashCost).toEqual({ memoryKib: 8, timeCost: 1 });
    expect(loadConfig({ ...base, NODE_ENV: 'production', PASSWORD_HASH_MEMORY_KIB: '47104', PASSWORD_HASH_TIME_COST: '1' }).passwordHashCost).toEqual({ memoryKib: 47_104, timeCost: 1 });
  });

  it('refuses a cheap hash in production, and one below argon2’s minimum anywhere', () => {
    expect(refusal({ NODE_ENV: 'production', PASSWORD_HASH_MEMORY_KIB: '8', PASSWORD_HASH_TIME_COST: '1' })).toMatch(
      /below OWASP’s argon2id minimum, and NODE_ENV is production\.\nWhat to do: unset both/,
    );
    expect(refusal({ PASSWORD_HASH_MEMORY_KIB: '4' })).toMatch(/below argon2’s minimum/);
  });

  it('explains a setting it cannot use: not a whole number, an unknown role, no JWT_SECRET in production', () => {
    expect(refusal({ PORT: '40o0' })).toBe('Harbour could not start: PORT must be a whole number, but it is "40o0".\nWhat to do: set PORT to a whole number, or unset it (default 4000).');
    expect(refusal({ HARBOUR_ROLE: 'both' })).toMatch(/HARBOUR_ROLE is "both"\.\nWhat to do: set HARBOUR_ROLE to all, api or worker/);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET is not set/);
  });
});
