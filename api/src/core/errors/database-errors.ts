import { DriverException, ForeignKeyConstraintViolationException, UniqueConstraintViolationException } from '@mikro-orm/core';
import { AppError } from './app-error.js';

/** Seconds a client is told to wait (Retry-After) when the database cannot be reached. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

// Connection exceptions (class 08), the server shutting down or starting (57P01–57P03), too many connections, a full
// disk — and what the driver says when the connection is gone.
const UNAVAILABLE_SQLSTATE = /^(08|57P0[123]$|53300$|53100$)/;
const UNAVAILABLE_SYSTEM_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
const UNAVAILABLE_MESSAGE = /Connection terminated|not queryable|is not currently accepting connections|timeout exceeded when trying to connect/i;

/** Whether an error (or what caused it) says the database cannot be reached right now, rather than that a query was wrong. */
function databaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth += 1) {
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === 'string' && (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_SYSTEM_CODES.has(code))) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGE.test(message)) return true;
    current = cause;
  }
  return false;
}

/** When this process last saw PostgreSQL refuse a write for want of disk space (SQLSTATE 53100); 0: never. */
let diskFullSeenAt = 0;

/**
 * Whether a write failed for want of disk space within the last `ms`: reads still work then, but every change fails,
 * so readiness reports the replica unready until the failures stop. Per process, as readiness is.
 */
export function diskFullWithin(ms: number): boolean {
  return diskFullSeenAt > 0 && Date.now() - diskFullSeenAt < ms;
}

/** Whether the error, or one that caused it, carries this SQLSTATE. */
function hasSqlState(error: unknown, state: string): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth += 1) {
    if ((current as { code?: unknown }).code === state) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * Turns constraint violations that slipped past a service's own checks into coded errors, and a database that cannot be
 * reached into SERVICE_UNAVAILABLE (answered 503 with Retry-After); anything else is unexpected and is passed on to be
 * masked and logged.
 */
export function fromDatabaseError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  if (hasSqlState(error, '53100')) diskFullSeenAt = Date.now();
  if (databaseUnavailable(error)) return new AppError('SERVICE_UNAVAILABLE', { seconds: UNAVAILABLE_RETRY_AFTER_SECONDS });
  if (error instanceof UniqueConstraintViolationException) return new AppError('CONFLICT', { constraint: 'unique' });
  if (error instanceof ForeignKeyConstraintViolationException) return new AppError('CONFLICT', { constraint: 'reference' });
  // SQLSTATE class 22 (data exception: malformed uuid or date, value too long, out of range, a NUL byte …): a value the
  // input checks should have refused reached the database. It is still the caller's input, not a server fault.
  if (error instanceof DriverException && /^22/.test((error as DriverException & { code?: string }).code ?? '')) return new AppError('BAD_USER_INPUT', { reason: 'malformed value' });
  return error;
}
