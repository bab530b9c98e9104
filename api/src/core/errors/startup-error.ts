/**
 * A start-up failure explained to whoever started Harbour: what happened and what to do about it. It is printed as
 * such, without a stack: the operator needs the cause and the remedy, not Harbour's call chain.
 */
export class StartupError extends Error {
  constructor(
    readonly what: string,
    readonly todo: string,
    options?: { cause?: unknown },
  ) {
    super(what, options);
    this.name = 'StartupError';
  }

  /** The text printed on the terminal. */
  get explanation(): string {
    return `Harbour could not start: ${this.what}\nWhat to do: ${this.todo}`;
  }
}

/** The system error code of a failed call (ENOSPC, EACCES …), if it is one. */
export const systemCode = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string' ? (error as { code: string }).code : undefined;

/**
 * A failed write under `path` as the operator sees it — the disk is full, the file system is read-only, or the user
 * Harbour runs as may not write there — or null when it is none of these.
 */
export function fileSystemFailure(error: unknown, path: string, user = currentUser()): StartupError | null {
  switch (systemCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new StartupError(`the disk holding ${path} is full.`, `free space on that disk (or set HARBOUR_DATA_DIR to a folder on another one) and start again.`, { cause: error });
    case 'EROFS':
      return new StartupError(`${path} is on a read-only file system.`, `mount it read-write, or set HARBOUR_DATA_DIR to a writable folder, and start again.`, { cause: error });
    case 'EACCES':
    case 'EPERM':
      return new StartupError(`${user} may not write to ${path}.`, `give ${user} write access to it (chown/chmod), or set HARBOUR_DATA_DIR to a folder it may write to, and start again.`, {
        cause: error,
      });
    default:
      return null;
  }
}

function currentUser(): string {
  const uid = process.getuid?.();
  return uid === undefined ? 'this user' : uid === 0 ? 'root' : `the user with uid ${uid}`;
}
