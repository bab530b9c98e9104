/**
 * bench/RESULTS.md: each run writes the section of its label between `<!-- bench:begin <label> -->` and
 * `<!-- bench:end <label> -->` and keeps every other section as it is. Shared by `npm run bench` (bench/run.ts),
 * `npm run bench:rolling` (bench/rolling-restart.ts) and `npm run bench:audit` (bench/audit-verify.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../api/src/config/config.js';

export const resultsFile = join(projectRoot, 'bench/RESULTS.md');
/** Where a section keeps its figures as JSON, for a later run to compare with (BENCH_COMPARE). */
export const DATA_MARK = '<!-- bench:data ';

/** The commit the run measured, and whether the server's code had uncommitted changes. */
export function gitDescription(): string {
  const sha = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: projectRoot, encoding: 'utf8' }).stdout.trim();
  const dirty = spawnSync('git', ['status', '--porcelain', '--', 'api', 'seeds', 'migrations'], { cwd: projectRoot, encoding: 'utf8' }).stdout.trim();
  return `${sha}${dirty ? ' with uncommitted changes' : ''}`;
}

/** Replaces this label's section of bench/RESULTS.md (or adds it at the top); every other section stays as it is. */
export function writeSection(label: string, lines: string[], data?: unknown): void {
  const file = resultsFile;
  const begin = `<!-- bench:begin ${label} -->`;
  const end = `<!-- bench:end ${label} -->`;
  const section = [begin, `## ${label}`, '', ...lines, ...(data === undefined ? [] : [`${DATA_MARK}${JSON.stringify(data)} -->`]), end].join('\n');
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmark results\n';
  const start = current.indexOf(begin);
  let next: string;
  if (start >= 0) {
    const stop = current.indexOf(end, start) + end.length;
    next = current.slice(0, start) + section + current.slice(stop);
  } else {
    const firstSection = current.search(/\n<!-- bench:begin |\n## /);
    next = firstSection >= 0 ? `${current.slice(0, firstSection)}\n${section}\n${current.slice(firstSection)}` : `${current.trimEnd()}\n\n${section}\n`;
  }
  writeFileSync(file, next);
  console.log(section);
}
