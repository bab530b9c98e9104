import { execFileSync } from 'node:child_process';
import { delimiter, join } from 'node:path';
import { binDir, consoleDir } from './paths';

/** Global set-up of the browser specs: builds the console once, for every spec file's API to serve. */
export default function buildConsole(): void {
  const env = { ...process.env, PATH: `${binDir}${delimiter}${process.env.PATH ?? ''}` };
  execFileSync(join(binDir, 'vite'), ['build', '--logLevel', 'warn'], { cwd: consoleDir, env, stdio: 'inherit' });
}
