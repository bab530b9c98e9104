import type pg from 'pg';

/**
 * Gives the pool back every checked-out connection that PostgreSQL ends (pg_terminate_backend, a restart, a network
 * cut), so it is replaced. Without this, each one leaked its slot for good: MikroORM's transactions run on kysely, whose
 * transaction returns its connection to the pool only after COMMIT or ROLLBACK succeed — on an ended connection neither
 * can — and once the pool's 20 slots had leaked this way the server hung, whatever the database did next.
 */
export function releaseEndedConnections(pool: pg.Pool): void {
  const checkedOut = new WeakSet<pg.PoolClient>();
  pool.on('acquire', (client) => checkedOut.add(client));
  pool.on('release', (_error, client) => checkedOut.delete(client));
  pool.on('connect', (client) => {
    client.once('end', () => {
      if (!checkedOut.has(client)) return; // an idle connection is dropped by the pool itself
      checkedOut.delete(client);
      // With an error, the pool removes the connection instead of reusing it. Whoever held it may still release it
      // later (a query's own clean-up): that second release must not throw.
      client.release(new Error('PostgreSQL ended the connection'));
      client.release = () => undefined;
    });
  });
}
