import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startEmbeddedPostgres } from '../../src/core/database/embedded-postgres.js';
import { createLogger } from '../../src/core/logging.js';
import { failure, postgresOn, postgresWhere, ready, startHarbour, stop } from '../support/harbour-process.js';

/**
 * Start-up failures, each injected into a real server process (`src/main.ts`, as `npm start` runs it): the process
 * must say what happened and what to do, exit with 1 without a stack, and leave no PostgreSQL running — or, where it
 * is safe, recover by itself.
 */

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

/** What every explained failure looks like: the cause, the remedy, exit code 1, no stack trace. */
function expectExplained(result: { code: number | null; said: string }, what: RegExp) {
  expect(result.code).toBe(1);
  expect(result.said).toMatch(/Harbour could not start: /);
  expect(result.said).toMatch(what);
  expect(result.said).toMatch(/What to do: \S/);
  expect(result.said).not.toMatch(/\n\s+at /);
  expect(result.said).not.toMatch(/undefined/);
}

// Each test starts Harbour and its PostgreSQL once or twice: on a busy 2-core machine that alone can take half a minute.
describe('start-up failures', { timeout: 120_000 }, () => {
  const root = mkdtempSync(join(tmpdir(), 'harbour-startup-'));
  const template = join(root, 'template');
  let copies = 0;
  const mounts: string[] = [];

  /** A fresh copy of an initialised data directory (migrated, seeded), owners and modes kept. */
  function initialisedDataDir(parent = root): string {
    const dir = join(parent, `data-${++copies}`);
    execFileSync('cp', ['-a', template, dir]);
    return dir;
  }

  /** A small file system of its own (tmpfs), to fill up or make read-only: mounting needs root, as CI runs. */
  function smallFileSystem(sizeMb: number): string {
    if (process.getuid?.() !== 0) throw new Error('this test mounts a small tmpfs to inject the fault, which needs root (as CI runs)');
    const dir = join(root, `fs-${mounts.length + 1}`);
    mkdirSync(dir);
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeMb}m,mode=0755`, 'tmpfs', dir]);
    mounts.push(dir);
    return dir;
  }

  beforeAll(async () => {
    const harbour = await startHarbour(template);
    await ready(harbour);
    await stop(harbour);
    expect(postgresOn(template)).toEqual([]);
  });

  afterAll(() => {
    for (const dir of mounts) execFileSync('umount', ['-l', dir]);
    for (const pid of postgresWhere((databaseDir) => databaseDir.startsWith(`${root}/`))) process.kill(pid, 'SIGKILL');
    rmSync(root, { recursive: true, force: true });
  });

  it('removes a postmaster.pid left by a crash, whether its process is gone or its PID now belongs to another program', async () => {
    const dataDir = initialisedDataDir();
    const lockFile = join(dataDir, 'postgres', 'postmaster.pid');
    const gone = spawn('true');
    await new Promise((r) => gone.once('exit', r));
    const other = spawn('sleep', ['120']);
    try {
      for (const pid of [gone.pid!, other.pid!]) {
        writeFileSync(lockFile, `${pid}\n${resolve(dataDir, 'postgres')}\n1700000000\n5432\n/tmp\n127.0.0.1\n  1234567     65536\nready\n`);
        const harbour = await startHarbour(dataDir);
        await ready(harbour);
        expect(harbour.output()).toContain('removed a stale postmaster.pid');
        await stop(harbour);
      }
      expect(isRunning(other.pid!)).toBe(true);
    } finally {
      other.kill();
    }
  });

  it('refuses a second Harbour on a running one’s data directory; after kill -9 of the first, the next start stops its PostgreSQL and takes over', async () => {
    const dataDir = initialisedDataDir();
    const first = await startHarbour(dataDir);
    await ready(first);
    const [postgres] = postgresOn(dataDir);

    const second = await startHarbour(dataDir);
    expectExplained(await failure(second), new RegExp(`another Harbour \\(process ${first.child.pid}\\) is running on the data directory ${dataDir}`));
    // The first one was not touched.
    expect((await fetch(`${first.url}/readyz`)).ok).toBe(true);
    expect(postgresOn(dataDir)).toEqual([postgres]);

    first.child.kill('SIGKILL');
    await first.exited;
    expect(isRunning(postgres)).toBe(true); // PostgreSQL outlived its Harbour and still holds the directory

    const next = await startHarbour(dataDir);
    await ready(next);
    expect(next.output()).toContain('stopping a PostgreSQL left running by a Harbour that ended without stopping it');
    expect(isRunning(postgres)).toBe(false);
    expect(postgresOn(dataDir)).toHaveLength(1);
    await stop(next);
    expect(postgresOn(dataDir)).toEqual([]);
  });

  it('exits when the HTTP port is taken, saying so, and stops its PostgreSQL', async () => {
    const dataDir = initialisedDataDir();
    const port = await freePort();
    const squatter: Server = createServer();
    await new Promise<void>((r) => squatter.listen(port, '127.0.0.1', r));
    try {
      const result = await failure(await startHarbour(dataDir, { PORT: String(port) }));
      expectExplained(result, new RegExp(`port ${port} \\(PORT\\) is already in use`));
      expect(result.said).toMatch(/PORT=<number>/);
      expect(postgresOn(dataDir)).toEqual([]);
      expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
    } finally {
      squatter.close();
    }
  });

  it('explains a PostgreSQL that stops while starting, with its own words (it used to print only "undefined")', async () => {
    const dataDir = initialisedDataDir();
    appendFileSync(join(dataDir, 'postgres', 'postgresql.auto.conf'), "\nshared_buffers = 'plenty'\n");
    expectExplained(await failure(await startHarbour(dataDir)), /PostgreSQL stopped while starting \(PostgreSQL: .*shared_buffers/);
    expect(postgresOn(dataDir)).toEqual([]);
  });

  it('explains a full disk: on the first start (initdb) and on a later one', async () => {
    const empty = join(smallFileSystem(8), 'harbour');
    expectExplained(await failure(await startHarbour(empty)), new RegExp(`the disk holding ${empty}/postgres is full`));

    const disk = smallFileSystem(96);
    const dataDir = initialisedDataDir(disk);
    execFileSync('sh', ['-c', `dd if=/dev/zero of=${join(disk, 'filler')} bs=1M 2>/dev/null || true`]);
    expectExplained(await failure(await startHarbour(dataDir)), new RegExp(`the disk holding ${dataDir} is full`));
    expect(postgresOn(dataDir)).toEqual([]);
  });

  it('explains a read-only data directory', async () => {
    const disk = smallFileSystem(96);
    const dataDir = initialisedDataDir(disk);
    execFileSync('mount', ['-o', 'remount,ro', disk]);
    expectExplained(await failure(await startHarbour(dataDir)), new RegExp(`${dataDir} is on a read-only file system`));
    expect(postgresOn(dataDir)).toEqual([]);
  });

  it('names DATABASE_URL when its password is wrong or nothing answers there, without echoing the password', async () => {
    const database = await startEmbeddedPostgres(initialisedDataDir(), createLogger('warn'), { durable: false });
    try {
      const url = new URL(database.url('harbour'));
      url.password = 'not-the-password';
      const wrong = await failure(await startHarbour(join(root, 'unused'), { DATABASE_URL: url.toString() }));
      expectExplained(wrong, /refused the password of user "harbour"/);
      expect(wrong.said).toMatch(/DATABASE_URL/);
      expect(wrong.said).not.toContain('not-the-password');

      const nowhere = `postgres://harbour:secret@127.0.0.1:${await freePort()}/harbour`;
      expectExplained(await failure(await startHarbour(join(root, 'unused'), { DATABASE_URL: nowhere })), /nothing answers at 127\.0\.0\.1:\d+ \(DATABASE_URL\)/);
    } finally {
      await database.stop();
    }
  });
});
