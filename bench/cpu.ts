/**
 * CPU time spent by the processes under test, read from /proc. On a shared machine throughput says as much about the
 * neighbours as about the code; CPU time per request is what the request itself cost (PostgreSQL's share included),
 * and moves far less with the machine's load.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Reads a CPU total in ms (user + system) that grows as the measured processes work. */
export type CpuMeter = () => number;

const TICKS_PER_SECOND = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

/** The fields of /proc/<pid>/stat after the command name (which may hold spaces): [0] is field 3, `state`. */
function statFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null; // the process has ended
  }
}

const ms = (ticks: number) => (ticks * 1000) / TICKS_PER_SECOND;

/** CPU of one process (every thread of it: a Node server's GC and I/O threads count). */
export function processCpu(pid: number): CpuMeter {
  return () => {
    const fields = statFields(pid);
    return fields ? ms(Number(fields[11]) + Number(fields[12])) : 0;
  };
}

/**
 * CPU of a PostgreSQL server: the postmaster, its live backends and workers, and — through the postmaster's
 * cutime/cstime — the backends that have ended since (a pgbench connection closes when its run ends).
 */
export function postgresCpu(postmasterPid: number): CpuMeter {
  return () => {
    const own = statFields(postmasterPid);
    if (!own) return 0;
    let total = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const fields = statFields(Number(entry));
      if (fields && Number(fields[1]) === postmasterPid) total += Number(fields[11]) + Number(fields[12]);
    }
    return ms(total);
  };
}

/** Sums meters (e.g. a server and its database). */
export const allOf =
  (...meters: CpuMeter[]): CpuMeter =>
  () =>
    meters.reduce((sum, meter) => sum + meter(), 0);
