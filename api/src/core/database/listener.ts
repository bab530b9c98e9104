import pg from 'pg';
import type { Logger } from '../logging.js';

/** A LISTEN that outlives its connection. */
export interface Listener {
  stop: () => Promise<void>;
}

const FIRST_RETRY_MS = 100;
const LAST_RETRY_MS = 5_000;

/**
 * LISTENs on `channel` and calls `onNotify` for every notification, on a connection of its own that is opened again
 * whenever PostgreSQL or the network ends it (pg_terminate_backend, a restart, a fail-over), retrying with backoff.
 * `onNotify` is also called once after each reconnection, for whatever was notified while nobody listened. Without the
 * reconnection, wake-ups fell back to the callers' polling for the rest of the process's life.
 */
export async function listen(options: { databaseUrl: string; channel: string; onNotify: () => void; logger: Logger; name: string }): Promise<Listener> {
  let client: pg.Client | null = null;
  let stopped = false;
  let retryMs = FIRST_RETRY_MS;
  let retry: NodeJS.Timeout | null = null;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: options.databaseUrl });
    next.on('notification', () => options.onNotify());
    // 'error' comes first when the connection dies; 'end' always follows and is where it is opened again.
    next.on('error', (error: Error) => options.logger.warn({ err: error, listener: options.name }, 'listener connection error'));
    next.once('end', () => {
      if (stopped || client !== next) return;
      client = null;
      options.logger.warn({ listener: options.name, retryMs }, 'listener connection ended; opening it again');
      schedule();
    });
    client = next;
    await next.connect();
    await next.query(`LISTEN ${options.channel}`);
    retryMs = FIRST_RETRY_MS;
  };
  const schedule = () => {
    retry = setTimeout(() => {
      retry = null;
      connect().then(
        () => options.onNotify(),
        (error: unknown) => {
          options.logger.warn({ err: error, listener: options.name }, 'listener could not reconnect');
          client?.end().catch(() => undefined);
          client = null;
          retryMs = Math.min(retryMs * 2, LAST_RETRY_MS);
          if (!stopped) schedule();
        },
      );
    }, retryMs);
    retry.unref();
  };

  await connect();
  return {
    stop: async () => {
      stopped = true;
      if (retry) clearTimeout(retry);
      await client?.end().catch(() => undefined);
    },
  };
}
