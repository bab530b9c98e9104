import type { EntityManager } from '@mikro-orm/postgresql';
import { Logger as WorkerLogger, parseCronItems, run, runMigrations, type Runner, type Task } from 'graphile-worker';
import pg from 'pg';
import type { RequestContext } from '../context/request-context.js';
import type { Logger } from '../logging.js';

/**
 * A kind of background job a module runs: `handle(ctx, payload)` with a context bound to the organisation that
 * scheduled it (a SystemContext: no person acts). Jobs are at-least-once — a worker that dies mid-job runs it again
 * later — so handlers check state before acting (a transition from the expected state, an upsert …).
 */
export interface JobDefinition<P = any> {
  /** Stable name, `<module>.<what>`, e.g. `approvals.remind`; stored with every scheduled job. */
  name: string;
  /** `run` is absent when a seed or a test calls the handler itself: then it is a single attempt. */
  handle: (ctx: RequestContext, payload: P, run?: JobRun) => Promise<void>;
  /** Attempts before the job is left failed (graphile-worker's default 25: retries over about three days). */
  maxAttempts?: number;
  /**
   * A cron pattern (minute hour day month weekday, UTC), e.g. `17 * * * *`: on that schedule the job is scheduled for
   * every organisation, with an empty payload — maintenance such as retention. Once per schedule across replicas.
   */
  recurring?: string;
}

/** Which attempt of a job this run is, so a handler can tell its last one (where it gives up instead of throwing). */
export interface JobRun {
  /** 1 on the first run; a run cut short by a dying worker counts too. */
  attempt: number;
  maxAttempts: number;
}

/** When to run a scheduled job and how to find it again. */
export interface ScheduleOptions {
  /** Not before this time; unset or in the past: as soon as a worker is free. */
  runAt?: Date | null;
  /**
   * Identifies the job within the organisation and kind (e.g. the record id): scheduling again with the same key
   * replaces the waiting job instead of adding a second one, and `cancelJob` removes it.
   */
  key?: string;
}

/** What is stored as graphile-worker's payload: the organisation the job belongs to and the module's own payload. */
interface StoredPayload {
  tenantId: string;
  payload: unknown;
}

const JOB_SCHEMA = 'graphile_worker';
/** The task a recurring job's schedule fires: it schedules the job once for every organisation. */
const FOR_EVERY_ORGANISATION = 'core.for-every-organisation';
const definitions = new Map<string, JobDefinition>();

/** Modules' job kinds, registered at start-up; scheduling an unregistered kind is a programming error. */
export function registerJobs(jobs: JobDefinition[]): void {
  for (const job of jobs) {
    if (definitions.has(job.name) && definitions.get(job.name) !== job) throw new Error(`Job ${job.name} is declared twice`);
    definitions.set(job.name, job);
  }
}

const jobKey = (name: string, tenantId: string, key: string) => `${name}:${tenantId}:${key}`;

/**
 * Schedules a job in the caller's transaction (`em` is the one `ctx.transaction` hands out): it exists only if the
 * transaction commits, so a rolled-back change schedules nothing. graphile-worker's `add_job` SQL function does the
 * insert and wakes the workers on commit (NOTIFY).
 */
export async function scheduleJob<P>(ctx: RequestContext, em: EntityManager, job: JobDefinition<P>, payload: P, options: ScheduleOptions = {}): Promise<void> {
  if (definitions.get(job.name) !== job) throw new Error(`Job ${job.name} is not declared by a module`);
  const stored: StoredPayload = { tenantId: ctx.tenantId, payload };
  await em.execute(`select 1 from ${JOB_SCHEMA}.add_job(identifier => ?, payload => cast(? as json), run_at => cast(? as timestamptz), max_attempts => cast(? as integer), job_key => ?)`, [
    job.name,
    JSON.stringify(stored),
    options.runAt?.toISOString() ?? null,
    job.maxAttempts ?? null,
    options.key ? jobKey(job.name, ctx.tenantId, options.key) : null,
  ]);
}

/**
 * scheduleJob for several jobs of one kind by one statement (graphile-worker's `add_jobs`, which `add_job` itself calls:
 * the same replace-by-key rule), e.g. every deadline an action sets.
 */
export async function scheduleJobs<P>(ctx: RequestContext, em: EntityManager, job: JobDefinition<P>, jobs: { payload: P; options?: ScheduleOptions }[]): Promise<void> {
  if (definitions.get(job.name) !== job) throw new Error(`Job ${job.name} is not declared by a module`);
  if (jobs.length === 0) return;
  const params = jobs.flatMap(({ payload, options = {} }) => [
    job.name,
    JSON.stringify({ tenantId: ctx.tenantId, payload } satisfies StoredPayload),
    options.runAt?.toISOString() ?? null,
    job.maxAttempts ?? null,
    options.key ? jobKey(job.name, ctx.tenantId, options.key) : null,
  ]);
  const specs = jobs.map(() => `(cast(? as text), cast(? as json), null, cast(? as timestamptz), cast(? as smallint), cast(? as text), null, null)::${JOB_SCHEMA}.job_spec`);
  await em.execute(`select 1 from ${JOB_SCHEMA}.add_jobs(array[${specs.join(', ')}], false)`, params);
}

/** Removes a waiting job scheduled with `key` (in the caller's transaction); nothing happens if there is none. */
export async function cancelJob(ctx: RequestContext, em: EntityManager, job: JobDefinition, key: string): Promise<void> {
  await em.execute(`select 1 from ${JOB_SCHEMA}.remove_job(?)`, [jobKey(job.name, ctx.tenantId, key)]);
}

/** Installs or upgrades graphile-worker's own tables and functions (schema `graphile_worker`); idempotent. */
export async function installJobQueue(databaseUrl: string, logger: Logger): Promise<void> {
  await runMigrations({ connectionString: databaseUrl, schema: JOB_SCHEMA, logger: workerLogger(logger) });
}

function workerLogger(logger: Logger): WorkerLogger {
  return new WorkerLogger((scope) => (level, message, meta) => {
    const fields = { ...scope, ...meta, component: 'jobs' };
    if (level === 'error') logger.error(fields, message);
    else if (level === 'warning') logger.warn(fields, message);
    else if (level === 'info') logger.debug(fields, message);
  });
}

/** Options of a worker process's job runner. */
export interface JobRunnerOptions {
  databaseUrl: string;
  jobs: JobDefinition[];
  /** The context a job of an organisation runs in (a SystemContext in the app; see create-app.ts). */
  contextFor: (tenantId: string) => RequestContext;
  logger: Logger;
  /** Jobs this process runs at once. */
  concurrency?: number;
  /** How often to look for jobs whose time has come (new jobs wake the runner at once via NOTIFY). */
  pollIntervalMs?: number;
}

/**
 * Runs due jobs in this process (HARBOUR_ROLE worker or all). graphile-worker locks each job with
 * `FOR UPDATE SKIP LOCKED`, so across replicas a job runs once; a job that throws is retried with exponential backoff
 * (e^min(attempts,10) seconds) until its `maxAttempts`; waiting jobs survive restarts because they are rows.
 */
export class JobRunner {
  private runner: Runner | null = null;
  private pool: pg.Pool | null = null;

  constructor(private readonly options: JobRunnerOptions) {}

  async start(): Promise<void> {
    // Our own pool, so that a connection dropped by the server (an embedded PostgreSQL stopping on SIGTERM alongside
    // the app) is logged instead of crashing the process as an unhandled 'error' event.
    const concurrency = this.options.concurrency ?? 2;
    this.pool = new pg.Pool({ connectionString: this.options.databaseUrl, max: concurrency + 2 });
    this.pool.on('error', (error) => this.options.logger.warn({ err: error }, 'job queue connection lost'));
    // An idle client's error otherwise reaches no listener; graphile-worker warns at start when this one is missing.
    this.pool.on('connect', (client) => client.on('error', (error) => this.options.logger.warn({ err: error }, 'job queue connection lost')));
    const taskList: Record<string, Task> = {};
    for (const job of this.options.jobs) {
      taskList[job.name] = async (raw, helpers) => {
        const { tenantId, payload } = raw as StoredPayload;
        await job.handle(this.options.contextFor(tenantId), payload, { attempt: helpers.job.attempts, maxAttempts: helpers.job.max_attempts });
      };
    }
    // One set-based statement for all organisations (every one that has events has a counter row). The job key makes
    // a run still waiting from the last schedule absorb this one instead of queueing a second.
    taskList[FOR_EVERY_ORGANISATION] = async (raw, helpers) => {
      const name = (raw as { job: string }).job;
      const job = definitions.get(name);
      if (!job) throw new Error(`Recurring job ${name} is not declared by a module`);
      await helpers.query(
        `select ${JOB_SCHEMA}.add_job(identifier => $1, payload => json_build_object('tenantId', t.tenant_id, 'payload', json_build_object()),
           max_attempts => $2::int, job_key => $1 || ':' || t.tenant_id || ':recurring') from tenant_counter t`,
        [job.name, job.maxAttempts ?? null],
      );
    };
    const cronItems = this.options.jobs
      .filter((job) => job.recurring)
      .map((job) => ({ task: FOR_EVERY_ORGANISATION, match: job.recurring!, identifier: job.name, payload: { job: job.name }, options: { backfillPeriod: 0 } }));
    this.runner = await run({
      pgPool: this.pool,
      schema: JOB_SCHEMA,
      taskList,
      parsedCronItems: parseCronItems(cronItems),
      concurrency,
      pollInterval: this.options.pollIntervalMs ?? 2000,
      noHandleSignals: true,
      logger: workerLogger(this.options.logger),
    });
  }

  /** Stops taking jobs and waits for the running ones to finish. */
  async stop(): Promise<void> {
    await this.runner?.stop();
    await this.pool?.end();
    this.runner = null;
    this.pool = null;
  }
}
