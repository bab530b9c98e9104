/**
 * PostGraphile 5 on Harbour's database, the yardstick of issue #7: the Amber preset and nothing else (no plugins, no
 * JWT, no row-level security — it runs without permissions), served by grafserv on Node's own HTTP server, in its own
 * process like Harbour's server. Started by bench/run.ts with DATABASE_URL and PORT.
 */
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

const connectionString = process.env.DATABASE_URL;
const port = Number(process.env.PORT);
if (!connectionString || !port) throw new Error('DATABASE_URL and PORT must be set');

const pgl = postgraphile({
  extends: [PostGraphileAmberPreset],
  // The same pool size as Harbour's ORM (api/src/config/orm.config.ts), so neither side wins by opening more connections.
  pgServices: [makePgService({ connectionString, schemas: ['public'], poolConfig: { max: 20 } })],
  grafserv: { port, graphiql: false, watch: false, graphqlPath: '/graphql' },
  grafast: { explain: false },
});

const server = createServer();
await pgl.createServ(grafserv).addTo(server);
await pgl.getSchema();
server.listen(port, '127.0.0.1', () => console.log(`postgraphile listening on ${port}`));

const stop = () => {
  server.close();
  void Promise.resolve(pgl.release()).finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
