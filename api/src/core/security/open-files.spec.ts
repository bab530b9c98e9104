import { describe, expect, it } from 'vitest';
import { openFileLimit, socketCap } from './open-files.js';

describe('socket cap under the open-file limit', () => {
  it('keeps MAX_SOCKETS when the limit leaves room, and lowers it when it does not', () => {
    expect(socketCap(10_000, 65_536)).toBe(10_000);
    expect(socketCap(10_000, 10_000)).toBe(8_976);
    expect(socketCap(10_000, 1_024)).toBe(512);
    expect(socketCap(10_000, null)).toBe(10_000);
  });

  it('reads this process’s soft limit on Linux', () => {
    const limit = openFileLimit();
    expect(limit === null || limit > 0).toBe(true);
    if (process.platform === 'linux') expect(limit).toBeGreaterThan(0);
  });
});
