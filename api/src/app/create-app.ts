import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { setPasswordHashCost } from '../core/auth/passwords.js';
import { SessionRevocations } from '../core/auth/session-revocations.js';
import { systemClock } from '../core/clock/clock.js';
import { systemDnsResolver } from '../core/dns/dns-resolver.js';
import { AbilityCache } from '../core/authz/ability-cache.js';
import { registerAction, registerSubject } from '../core/authz/vocabulary.js';
import type { AppServices } from '../core/context/services.js';
import { createSystemContext } from '../core/context/system-context.js';
import { registerEvents } from '../core/events/catalog.js';
import { ConsumerRunner } from '../core/events/consumers.js';
import { Outbox } from '../core/events/outbox.js';
import { PubSub } from '../core/events/pubsub.js';
import { coreMessages } from '../core/i18n/core.messages.js';
import { registerMessages } from '../core/i18n/i18n.js';
import { installJobQueue, JobRunner, registerJobs } from '../core/jobs/jobs.js';
import { createLogger, type Logger } from '../core/logging.js';
import { RateLimits } from '../core/security/rate-limits.js';
import type { Config } from '../config/config.js';
import { ormConfig } from '../config/orm.config.js';
import { modules } from './modules.js';
import { buildAppSchema } from './schema.js';
import { startServer, type RunningServer } from './server.js';
import { databaseFailure } from './startup-failure.js';
import { releaseEndedConnections } from '../core/database/ended-connections.js';
import { diskFullWithin } from '../core/errors/database-errors.js';
import { coreJobs } from '../core/retention/retention.jobs.js';
import { createSmsProvider, smsParts } from '../core/sms/index.js';
import { createBlobStore, FileLinkSigner, filesParts, registerFilePurposes } from '../core/storage/index.js';

let registered = false;

/** Core's jobs (retention, SMS sending, file cleanup) and then every module's. */
const allJobs = () => [...coreJobs, ...smsParts.jobs, ...filesParts.jobs, ...modules.flatMap((m) => m.jobs ?? [])];

/**
 * Registers core's and every module's messages, permission subjects and actions, events and job kinds (idempotent:
 * tests build several apps per process).
 */
export function registerModules(): void {
  if (registered) return;
  registered = true;
  registerMessages(coreMessages);
  registerMessages(smsParts.messages);
  for (const subject of smsParts.subjects) registerSubject(subject);
  for (const action of smsParts.actions) registerAction(action);
  registerEvents(smsParts.events);
  registerMessages(filesParts.messages);
  registerEvents(filesParts.events);
  registerJobs(allJobs());
  for (const module of modules) {
    if (module.messages) registerMessages(module.messages);
    for (const subject of module.subjects ?? []) registerSubject(subject);
    for (const action of module.actions ?? []) registerAction(action);
    registerEvents(module.events ?? []);
    registerFilePurposes(module.filePurposes ?? []);
  }
}

/** A started Harbour: services, server, background runners (worker roles only) and how to stop all of it. */
export interface App {
  services: AppServices;
  server: RunningServer | null;
  jobs: JobRunner | null;
  consumers: ConsumerRunner | null;
  stop: () => Promise<void>;
}

/**
 * Wires the process together: ORM on an (already migrated) database, pubsub, outbox, abilities, schema, and — for the
 * api role — the HTTP/WS server. Unless the role is `api`, the modules' start-up upkeep runs (default grants), then
 * background work starts: outbox delivery, event consumers and jobs.
 */
export async function createApp(
  config: Config,
  databaseUrl: string,
  options: { logger?: Logger; migrate?: boolean; onQuery?: (sql: string) => void; beforeServe?: (services: AppServices) => Promise<void> } = {},
): Promise<App> {
  registerModules();
  setPasswordHashCost(config.passwordHashCost);
  const logger = options.logger ?? createLogger(config.logLevel);
  const orm = await MikroORM.init(ormConfig(databaseUrl, { onQuery: options.onQuery }));
  releaseEndedConnections(await orm.em.getConnection().getNativeClient());
  if (options.migrate) {
    try {
      const applied = await orm.migrator.up();
      if (applied.length) logger.info({ migrations: applied.map((m) => m.name) }, 'applied migrations');
      await installJobQueue(databaseUrl, logger);
    } catch (error) {
      await orm.close(true);
      throw databaseFailure(error, { url: databaseUrl, embeddedDir: config.databaseUrl ? null : config.dataDir }) ?? error;
    }
  }
  const pubsub = new PubSub(config.redisUrl, logger);
  const outbox = new Outbox(orm.em.fork(), pubsub, logger, databaseUrl);
  const services: AppServices = {
    config,
    orm,
    logger,
    pubsub,
    outbox,
    abilities: new AbilityCache(config.cacheMaxAgeSeconds * 1000),
    sessions: new SessionRevocations(config.cacheMaxAgeSeconds * 1000),
    transactionHooks: modules.flatMap((m) => m.transactionHooks ?? []),
    clock: systemClock,
    dns: systemDnsResolver(),
    sms: createSmsProvider(config.sms, logger),
    blobs: createBlobStore(config.files),
    fileLinks: new FileLinkSigner(config.jwtSecret),
    rateLimits: new RateLimits(config.rateLimits, { url: config.redisUrl, keyPrefix: config.redisKeyPrefix }, logger),
    credentialMutations: new Map(modules.flatMap((m) => Object.entries(m.credentialMutations ?? {}))),
    modules,
  };
  let jobs: JobRunner | null = null;
  let consumers: ConsumerRunner | null = null;
  const stopServices = async () => {
    await jobs?.stop();
    await consumers?.stop();
    await outbox.stop();
    await pubsub.close();
    await services.rateLimits.close();
    await orm.close(true);
  };
  let server: RunningServer | null;
  try {
    for (const module of modules) module.onStart?.(services);
    await options.beforeServe?.(services);
    if (config.role !== 'api') {
      for (const module of modules) await module.onWorkerStart?.(services);
      const contextFor = (tenantId: string) => createSystemContext(services, tenantId);
      await outbox.start();
      consumers = new ConsumerRunner({ em: orm.em.fork(), consumers: modules.flatMap((m) => m.consumers ?? []), contextFor, logger, databaseUrl });
      await consumers.start();
      jobs = new JobRunner({ databaseUrl, jobs: allJobs(), contextFor, logger });
      await jobs.start();
    }
    const schema = await buildAppSchema();
    // Migrations, once all applied, stay applied: after that a probe is one `select 1`, which keeps /readyz quick on a
    // busy replica (a slow answer takes it out of a balancer's rotation).
    let migrated = false;
    const readiness = async () => {
      if (diskFullWithin(config.diskFullUnreadySeconds * 1000)) return false;
      await orm.em.fork().execute('select 1');
      migrated ||= (await orm.migrator.getPending()).length === 0;
      return migrated;
    };
    server = config.role === 'worker' ? null : await startServer(services, schema, readiness);
  } catch (error) {
    // Started parts hold connections and timers: a failed start releases them before its caller stops PostgreSQL.
    await stopServices().catch((stopError) => logger.warn({ err: stopError }, 'error while releasing a failed start'));
    throw error;
  }
  return {
    services,
    server,
    jobs,
    consumers,
    stop: async () => {
      await server?.close();
      await stopServices();
    },
  };
}
