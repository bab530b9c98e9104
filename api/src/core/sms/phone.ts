import { AppError } from '../errors/app-error.js';

/** E.164: a plus, a country code that does not start with 0, and at most 15 digits in all. */
const E164 = /^\+[1-9]\d{6,14}$/;
/** Hong Kong numbers have eight digits; none starts with 0 or 1 (those are prefixes and special services). */
const HONG_KONG_LOCAL = /^[2-9]\d{7}$/;

/**
 * The E.164 form of a phone number to text: an E.164 number (`+85291234567`, spaces and hyphens allowed between its
 * digits), or a Hong Kong number of eight digits (`9123 4567` → `+85291234567`). Anything else is SMS_INVALID_PHONE —
 * including a `+852` number that is not eight digits long.
 */
export function normalizePhone(input: string): string {
  const compact = input.trim().replace(/(?<=\d)[ -](?=\d)/g, '');
  if (HONG_KONG_LOCAL.test(compact)) return `+852${compact}`;
  if (E164.test(compact) && (!compact.startsWith('+852') || HONG_KONG_LOCAL.test(compact.slice(4)))) return compact;
  throw new AppError('SMS_INVALID_PHONE', { phone: input.slice(0, 40) });
}
