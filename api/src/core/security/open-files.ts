import { readFileSync } from 'node:fs';

/** The process's soft limit on open files, from /proc/self/limits (Linux), or null where it cannot be read. */
export function openFileLimit(): number | null {
  try {
    const line = readFileSync('/proc/self/limits', 'utf8')
      .split('\n')
      .find((row) => row.startsWith('Max open files'));
    const soft = line?.split(/\s{2,}/)[1];
    return soft && /^\d+$/.test(soft) ? Number(soft) : null;
  } catch {
    return null;
  }
}

/**
 * The WebSockets the server may hold: MAX_SOCKETS, lowered when the open-file limit would not leave room beside them
 * for HTTP connections, the database pool and files (half the limit, at most 1,024 descriptors) — past the limit,
 * accepting anything fails, sign-ins included.
 */
export function socketCap(configured: number, fileLimit: number | null): number {
  if (fileLimit === null) return configured;
  return Math.min(configured, fileLimit - Math.min(1024, Math.floor(fileLimit / 2)));
}
