import { pino, type Logger as PinoLogger } from 'pino';

/** Structured JSON logger (pino). */
export type Logger = PinoLogger;

/** Creates the process logger. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'harbour' }, redact: ['password', '*.password', 'req.headers.authorization'] });
}
