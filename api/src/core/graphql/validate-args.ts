import { validateOrReject, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';

const options: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

const needsValidation = (value: unknown): value is object => value !== null && typeof value === 'object';

/**
 * Validates input objects with their class-validator decorators. Given to buildSchema as `validateFn` because
 * type-graphql's built-in path does `await import('class-validator')` for every argument of every field resolved —
 * a module-loader round trip per call that cost a measurable share of each request.
 */
export async function validateArgs(value: unknown): Promise<void> {
  const items = Array.isArray(value) ? value.filter(needsValidation) : needsValidation(value) ? [value] : [];
  try {
    await Promise.all(items.map((item) => validateOrReject(item, options)));
  } catch (errors) {
    throw new ArgumentValidationError(errors as never);
  }
}
