import { fileSystemFailure, StartupError, systemCode } from '../core/errors/startup-error.js';

/** Where the database is, for messages: DATABASE_URL's host, port, database and user (never its password). */
export interface DatabaseWhere {
  url: string;
  /** The embedded server's data directory; null when the database is DATABASE_URL's. */
  embeddedDir: string | null;
}

/** The SQLSTATE or system code of a database failure, looking through the wrappers an ORM or driver adds. */
function codeOf(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 5; current = (current as { cause?: unknown }).cause, depth++) {
    const found = (current as { sqlState?: unknown }).sqlState ?? systemCode(current);
    if (typeof found === 'string') return found;
  }
  return undefined;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0].slice(0, 300);

/**
 * A failure to reach or use the database, told in terms of what the operator controls: DATABASE_URL's credentials,
 * host and port, or the server's disk. Null when the error is not about the database.
 */
export function databaseFailure(error: unknown, where: DatabaseWhere): StartupError | null {
  let target: URL;
  try {
    target = new URL(where.url);
  } catch {
    return new StartupError('DATABASE_URL is not a URL.', 'write it as postgres://user:password@host:5432/database (percent-encode special characters in the password).');
  }
  const user = decodeURIComponent(target.username) || 'the default user';
  const address = `${target.hostname}:${target.port || '5432'}`;
  const database = decodeURIComponent(target.pathname.slice(1)) || 'postgres';
  const server = where.embeddedDir ? `the embedded PostgreSQL (files in ${where.embeddedDir})` : `the PostgreSQL server of DATABASE_URL (${address}, database "${database}")`;
  const cause = { cause: error };
  switch (codeOf(error)) {
    case '28P01':
      return new StartupError(`${server} refused the password of user "${user}".`, 'put the right user and password in DATABASE_URL (postgres://user:password@host:port/database).', cause);
    case '28000':
      return new StartupError(`${server} refused user "${user}": ${messageOf(error)}.`, 'check the user in DATABASE_URL, and that the server’s pg_hba.conf lets it connect from this machine.', cause);
    case '42501':
      return new StartupError(
        `user "${user}" may not create the database "${database}" on ${server}.`,
        `create it (CREATE DATABASE "${database}" OWNER "${user}"), or grant the user CREATEDB.`,
        cause,
      );
    case '53100':
      return new StartupError(`the disk of ${server} is full: ${messageOf(error)}.`, 'free space on it, and start again.', cause);
    case '53300':
      return new StartupError(`${server} has no connection left: ${messageOf(error)}.`, 'stop clients you do not need, or raise max_connections, and start again.', cause);
    case '57P03':
      return new StartupError(`${server} is starting up or shutting down.`, 'wait until it is up, and start again.', cause);
    case '25006':
      return new StartupError(`${server} accepts no writes (a read-only replica, or a server in recovery).`, 'point DATABASE_URL at the primary server.', cause);
    case 'ECONNREFUSED':
      return new StartupError(
        `nothing answers at ${address} (${where.embeddedDir ? 'the embedded PostgreSQL' : 'DATABASE_URL'}).`,
        'start PostgreSQL there, or correct the host and port in DATABASE_URL.',
        cause,
      );
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new StartupError(`the host "${target.hostname}" in DATABASE_URL is not known.`, 'correct the host name in DATABASE_URL (or the DNS it relies on).', cause);
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return new StartupError(`${address} (DATABASE_URL) cannot be reached: ${messageOf(error)}.`, 'check the host and port in DATABASE_URL, and any firewall between this machine and it.', cause);
    default:
      if (/connection timeout/i.test(messageOf(error))) {
        return new StartupError(`${address} (DATABASE_URL) did not answer in time.`, 'check the host and port in DATABASE_URL, and any firewall between this machine and it.', cause);
      }
      return null;
  }
}

/**
 * What to print when starting failed: an explained failure as it is; a database or file-system failure explained;
 * anything else as unexpected, with its stack (a fault in Harbour, to report).
 */
export function explainStartupFailure(error: unknown, where: DatabaseWhere | null, dataDir: string): string {
  if (error instanceof StartupError) return error.explanation;
  const explained = (where && databaseFailure(error, where)) ?? fileSystemFailure(error, dataDir);
  if (explained) return explained.explanation;
  const detail = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : `a failure without an error object (${String(error)})`;
  return `Harbour could not start: an unexpected failure.\nWhat to do: this is probably a fault in Harbour; report it with these lines.\n${detail}`;
}
