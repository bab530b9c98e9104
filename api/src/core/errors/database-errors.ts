import { DriverException, ForeignKeyConstraintViolationException, UniqueConstraintViolationException } from '@mikro-orm/core';
import { AppError } from './app-error.js';

/**
 * Turns constraint violations that slipped past a service's own checks into coded errors; anything else is unexpected
 * and is passed on to be masked and logged.
 */
export function fromDatabaseError(error: unknown): unknown {
  if (error instanceof UniqueConstraintViolationException) return new AppError('CONFLICT', { constraint: 'unique' });
  if (error instanceof ForeignKeyConstraintViolationException) return new AppError('CONFLICT', { constraint: 'reference' });
  // SQLSTATE class 22 (data exception: malformed uuid or date, value too long, out of range, a NUL byte …): a value the
  // input checks should have refused reached the database. It is still the caller's input, not a server fault.
  if (error instanceof DriverException && /^22/.test((error as DriverException & { code?: string }).code ?? '')) return new AppError('BAD_USER_INPUT', { reason: 'malformed value' });
  return error;
}
