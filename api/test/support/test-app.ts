import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { AdjustableClock } from '../../src/core/clock/clock.js';
import { inject } from 'vitest';
import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { createActorContext } from '../../src/app/context.js';
import { createApp, type App } from '../../src/app/create-app.js';
import { loadConfig } from '../../src/config/config.js';
import { DEFAULT_PASSWORD_HASH_COST } from '../../src/core/auth/passwords.js';
import type { Actor, RequestContext } from '../../src/core/context/request-context.js';
import type { DnsResolver } from '../../src/core/dns/dns-resolver.js';

/** The result of one GraphQL request. */
export interface GqlResult<T = Record<string, any>> {
  status: number;
  data: T | null | undefined;
  errors: { message: string; path?: string[]; extensions: { code: string; fields?: { field: string; code: string; message: string }[] } & Record<string, unknown> }[] | undefined;
  headers: Headers;
}

/** A caller of the API over HTTP (and WebSocket), optionally signed in. */
export class GqlClient {
  constructor(
    readonly baseUrl: string,
    public accessToken: string | null = null,
    public refreshToken: string | null = null,
    public locale = 'en',
  ) {}

  /** Sends one operation; never throws on GraphQL errors. */
  async request<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GqlResult<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': this.locale,
        ...(this.accessToken ? { authorization: `Bearer ${this.accessToken}` } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: GqlResult['errors'] };
    return { status: response.status, data: body.data, errors: body.errors, headers: response.headers };
  }

  /** Sends one operation and returns its data, failing the test on any error. */
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }

  /** The error code of an operation expected to fail (and whether anything came back as data). */
  async errorCode(query: string, variables: Record<string, unknown> = {}): Promise<string> {
    const result = await this.request(query, variables);
    if (!result.errors?.length) throw new Error(`Expected an error, got ${JSON.stringify(result.data)}`);
    return result.errors[0].extensions.code;
  }

  /** A graphql-ws client authenticated as this caller. */
  ws(): WsClient {
    return createClient({
      url: `${this.baseUrl.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { acceptLanguage: this.locale, ...(this.accessToken ? { authorization: `Bearer ${this.accessToken}` } : {}) },
      retryAttempts: 0,
      lazy: true,
    });
  }
}

/** The [field, code] pairs of the first error's field problems (for BAD_USER_INPUT assertions). */
export const fieldsOf = (result: Pick<GqlResult, 'errors'>) => result.errors?.[0].extensions.fields?.map((f) => [f.field, f.code]);

export const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { accessToken refreshToken personId organizationId } }`;

/**
 * The DNS of a test app: it knows only the TXT records a test published, so no test ever asks the real DNS. A name it
 * was told nothing about fails like a domain without records.
 */
export class FakeDns implements DnsResolver {
  private readonly records = new Map<string, string[][]>();

  /** Publishes a TXT record (given as its character-strings) on a domain. */
  publishTxt(domain: string, ...chunks: string[]): void {
    this.records.set(domain, [...(this.records.get(domain) ?? []), chunks]);
  }

  async resolveTxt(domain: string): Promise<string[][]> {
    const records = this.records.get(domain);
    if (!records) throw Object.assign(new Error(`queryTxt ENOTFOUND ${domain}`), { code: 'ENOTFOUND' });
    return records;
  }
}

/** A running API on its own fresh database. */
export interface TestApp {
  app: App;
  url: string;
  databaseUrl: string;
  /** A client with no token. */
  anonymous: () => GqlClient;
  /** Signs in over HTTP and returns a client carrying the tokens. */
  signIn: (email: string, password: string) => Promise<GqlClient>;
  /** A context acting as `actor`, for factories that build data through the services. */
  context: (actor: Actor | null) => Promise<RequestContext>;
  /** The app's DNS, where tests publish TXT records. */
  dns: FakeDns;
  /**
   * Moves the app's clock forward by `ms` — and with it the job queue: jobs due by the new time become due now, so a
   * time limit of three working days fires in a moment instead of three days.
   */
  advanceClock: (ms: number) => Promise<void>;
  /** Raw SQL on the test database (for tamper tests and statement counting). */
  sql: <R = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<R[]>;
  /**
   * Resolves once `count` new listeners (from this call on) listen on the pubsub topics `topic` matches: the
   * subscriptions have started on the server, so what happens next reaches them — instead of sleeping and hoping they
   * have. Call it before subscribing.
   */
  subscribed: (topic: string | ((topic: string) => boolean), count?: number) => Promise<void>;
  stop: () => Promise<void>;
}

/**
 * The environment of a test app that hashes passwords at the production cost, for specs that time sign-in. The cost is
 * set for the whole process (the spec file), so every app such a spec starts needs it.
 */
export const PRODUCTION_PASSWORD_HASHING = {
  PASSWORD_HASH_MEMORY_KIB: String(DEFAULT_PASSWORD_HASH_COST.memoryKib),
  PASSWORD_HASH_TIME_COST: String(DEFAULT_PASSWORD_HASH_COST.timeCost),
};

/** Waits until `condition` holds (checked every 10 ms), failing after `timeoutMs` with `what`. */
export async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Tells `onSubscribed` of each new pubsub listener's topic, by wrapping the app's subscribe (its code is unchanged). */
function watchSubscriptions(pubsub: App['services']['pubsub'], onSubscribed: (topic: string) => void): void {
  const subscribe = pubsub.subscribe.bind(pubsub);
  pubsub.subscribe = async (topic, listener) => {
    const unsubscribe = await subscribe(topic, listener);
    onSubscribed(topic);
    return unsubscribe;
  };
}

/** Creates a new database from the migrated template; returns its URL. */
async function cloneTemplate(): Promise<string> {
  const serverUrl = inject('serverUrl');
  const name = `${inject('databasePrefix')}${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name} template ${inject('templateDatabase')}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Starts the API on a fresh clone of the template (or on `databaseUrl`, to run a second replica on the same data),
 * with the HTTP port chosen by the OS.
 */
export async function startTestApp(
  options: {
    env?: Record<string, string>;
    onQuery?: (sql: string) => void;
    databaseUrl?: string;
    /** Runs before the background workers start, as main.ts seeds (with the test's clock and DNS in place). */
    beforeServe?: (services: App['services']) => Promise<void>;
  } = {},
): Promise<TestApp> {
  const databaseUrl = new URL(options.databaseUrl ?? (await cloneTemplate()));
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl.toString(),
    JWT_SECRET: 'test-secret-test-secret-test-secret',
    HARBOUR_SEED_DEMO: 'false',
    // Specs sign in hundreds of times from one address; the rate-limit spec turns the limits back on.
    RATE_LIMIT_ANONYMOUS_PER_MINUTE: '0',
    RATE_LIMIT_SIGN_IN_PER_MINUTE: '0',
    RATE_LIMIT_REFRESH_PER_MINUTE: '0',
    RATE_LIMIT_PASSWORD_PER_HOUR: '0',
    RATE_LIMIT_MUTATIONS_PER_MINUTE: '0',
    // Test passwords protect nothing: the cheapest argon2id hash keeps hundreds of sign-ins from costing seconds (the
    // timing spec of sign-in, and an app in production mode, which refuses a cheap hash, use the production cost).
    ...(options.env?.NODE_ENV === 'production' ? PRODUCTION_PASSWORD_HASHING : { PASSWORD_HASH_MEMORY_KIB: '8', PASSWORD_HASH_TIME_COST: '1' }),
    ...options.env,
  });
  const dns = new FakeDns();
  const clock = new AdjustableClock();
  const watchers = new Set<(topic: string) => void>();
  const app = await createApp(config, databaseUrl.toString(), {
    onQuery: options.onQuery,
    beforeServe: async (services) => {
      services.dns = dns;
      services.clock = clock;
      watchSubscriptions(services.pubsub, (topic) => {
        for (const watcher of watchers) watcher(topic);
      });
      await options.beforeServe?.(services);
    },
  });
  const url = app.server!.url;
  const sqlClient = new pg.Client({ connectionString: databaseUrl.toString() });
  await sqlClient.connect();
  return {
    app,
    url,
    databaseUrl: databaseUrl.toString(),
    anonymous: () => new GqlClient(url),
    signIn: async (email, password) => {
      const client = new GqlClient(url);
      const data = await client.ok<{ signIn: { accessToken: string; refreshToken: string } }>(SIGN_IN, { input: { email, password } });
      client.accessToken = data.signIn.accessToken;
      client.refreshToken = data.signIn.refreshToken;
      return client;
    },
    context: (actor) => createActorContext(app.services, actor),
    dns,
    advanceClock: async (ms) => {
      clock.advance(ms);
      // The queue compares run_at with the database's time; what is due by the app's new time runs now.
      await sqlClient.query('update graphile_worker._private_jobs set run_at = now() where run_at <= $1 and locked_at is null', [clock.now()]);
      await sqlClient.query("select pg_notify('jobs:insert', '{\"count\":10}')");
    },
    sql: async (text, params = []) => (await sqlClient.query(text, params)).rows,
    subscribed: async (topic, count = 1) => {
      const matches = typeof topic === 'string' ? (name: string) => name === topic : topic;
      let seen = 0;
      const watcher = (name: string) => {
        if (matches(name)) seen += 1;
      };
      watchers.add(watcher);
      try {
        await until(() => seen >= count, `${count} subscription(s) on ${typeof topic === 'string' ? topic : 'the topics asked for'}`);
      } finally {
        watchers.delete(watcher);
      }
    },
    stop: async () => {
      await sqlClient.end();
      await app.stop();
    },
  };
}
