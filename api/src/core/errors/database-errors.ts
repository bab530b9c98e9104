import { DriverException, ForeignKeyConstraintViolationException, UniqueConstraintViolationException } from '@mikro-orm/core';
import { AppError } from './app-error.js';

/**
 * Turns constraint violations that slipped past a service's own checks into coded errors; anything else is unexpected
 * and is passed on to be masked and logged.
 */
export function fromDatabaseError(error: unknown): unknown {
  if (error instanceof UniqueConstraintViolationException) return new AppError('CONFLICT', { constraint: 'unique' });
  if (error instanceof ForeignKeyConstraintViolationException) return new AppError('CONFLICT', { constraint: 'reference' });
  // 22P02 invalid_text_representation: a malformed id or value reached the database.
  if (error instanceof DriverException && (error as DriverException & { code?: string }).code === '22P02') return new AppError('BAD_USER_INPUT', { reason: 'malformed value' });
  return error;
}
