import 'reflect-metadata';
import { createApp } from '../src/app/create-app.js';
import { loadConfig } from '../src/config/config.js';
import { bindTenant } from '../src/core/database/tenant-filter.js';
import { Person } from '../src/modules/org/person.entity.js';
import { Membership } from '../src/modules/org/membership.entity.js';

const url = process.env.DATABASE_URL!;
const config = loadConfig({ ...process.env, NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), PORT: '0', HARBOUR_ROLE: 'worker', LOG_LEVEL: 'warn' });
const app = await createApp(config, url, {});
const orm = app.services.orm;
const [{ id: tenantId }] = await orm.em.fork().execute<{ id: string }[]>("select id from organization where name like '宏建%' limit 1");
async function time(name: string, fn: () => Promise<unknown>) {
  for (let i = 0; i < 30; i++) await fn();
  const n = 200; const t = process.cpuUsage();
  for (let i = 0; i < n; i++) await fn();
  const u = process.cpuUsage(t);
  console.log(name.padEnd(40), ((u.user + u.system) / n / 1000).toFixed(2), 'ms CPU');
}
const fork = () => { const em = orm.em.fork({ clear: true }); bindTenant(em, tenantId); return em; };
const qb = async () => { const q = fork().createQueryBuilder(Person, 'p').where({ status: 'ACTIVE' }); await q.applyFilters(); return q.execute('all', true); };
console.log(JSON.stringify((await qb())[0]));
const qbm = async () => { const q = fork().createQueryBuilder(Membership, 'm').where({}); await q.applyFilters(); return q.execute('all', true); };
console.log(JSON.stringify((await qbm())[0]));
const q = fork().createQueryBuilder(Person, 'p').where({ status: 'ACTIVE' }); await q.applyFilters(); console.log(q.getFormattedQuery());
await time('em.find Person', async () => fork().find(Person, { status: 'ACTIVE' as never }));
await time('qb+filters execute all mapped', qb);
await time('em.find Membership', async () => fork().find(Membership, {}));
await time('qb+filters Membership', qbm);
await app.stop();
