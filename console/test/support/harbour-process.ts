import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';
import { binDir, repoRoot } from './paths';

/** An API process started for the browser specs, with what it has written so far (for failures). */
export interface HarbourProcess {
  child: ChildProcess;
  url: string;
  log: () => string;
}

function freePort(): Promise<number> {
  return new Promise((ready, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? ready(address.port) : fail(new Error('no port'))));
    });
  });
}

/** Starts `npm start`'s API (main.ts) with `env` on a free port and waits for /readyz. */
export async function startHarbour(env: Record<string, string>, timeoutMs: number): Promise<HarbourProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let log = '';
  const child = spawn('node', ['--import', '@oxc-node/core/register', join(repoRoot, 'api', 'src', 'main.ts')], {
    cwd: join(repoRoot, 'api'),
    env: { ...process.env, PATH: `${binDir}${delimiter}${process.env.PATH ?? ''}`, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (log += chunk));
  child.stderr?.on('data', (chunk) => (log += chunk));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The API exited early:\n${log}`);
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { child, url, log: () => log };
    await new Promise((wait) => setTimeout(wait, 300));
  }
  child.kill('SIGTERM');
  throw new Error(`The API did not become ready:\n${log}`);
}

/** Stops the API as an operator would (SIGTERM: it finishes its work and stops PostgreSQL), killing it after 20 s. */
export async function stopHarbour(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const timeout = setTimeout(() => child.kill('SIGKILL'), 20_000);
  await exited;
  clearTimeout(timeout);
}

/** A database URL on DATABASE_URL's server with another database name. */
export function databaseNamed(name: string): string {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${name}`;
  return url.toString();
}
