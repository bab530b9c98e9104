import { createHash } from 'node:crypto';
import { SignJWT } from 'jose';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createDepartment, createOrganization, createPerson, PASSWORD, type TestOrg } from '../support/factories.js';
import { GqlClient, PRODUCTION_PASSWORD_HASHING, SIGN_IN, startTestApp, type TestApp } from '../support/test-app.js';

const REFRESH = 'mutation($token: String!) { refreshSession(refreshToken: $token) { accessToken refreshToken } }';
const CREATE_DEPARTMENT = 'mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { id name } }';

/** Sends a raw GraphQL body (for operation names, several operations, GET) and returns status, headers and body. */
async function post(url: string, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: response.status, headers: response.headers, body: (await response.json()) as { data?: any; errors?: any[] } };
}

/** Times /healthz while `work` runs: the slowest answer, in ms. */
async function slowestHealthCheck(url: string, work: Promise<unknown>): Promise<number> {
  let done = false;
  let slowest = 0;
  const probe = (async () => {
    while (!done) {
      const started = performance.now();
      await fetch(`${url}/healthz`);
      slowest = Math.max(slowest, performance.now() - started);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  await work;
  done = true;
  await probe;
  return slowest;
}

/** The close code of a graphql-ws connection that is refused, or the first error of a subscription. */
function subscribeOnce(url: string, connectionParams: Record<string, unknown>, query: string, variables: Record<string, unknown> = {}) {
  const client = createClient({ url: `${url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: true });
  return new Promise<{ closeCode?: number; errors?: any[]; data?: unknown }>((resolve) => {
    client.subscribe(
      { query, variables },
      {
        next: (message) => {
          resolve({ data: message.data, errors: message.errors as any[] });
        },
        error: (error) => {
          const close = error as { code?: number };
          resolve(typeof close.code === 'number' ? { closeCode: close.code } : { errors: Array.isArray(error) ? error : [error] });
        },
        complete: () => resolve({}),
      },
    );
  }).finally(() => client.dispose());
}

// One server and organisation for every group but the rate limits (which need their own limits): each test makes the
// people it changes, so the groups do not disturb each other.
let t: TestApp;
let org: TestOrg;

beforeAll(async () => {
  // Sign-in is timed here: every path must spend one hash verification at the cost production pays.
  t = await startTestApp({ env: PRODUCTION_PASSWORD_HASHING });
  org = await createOrganization(t);
});
afterAll(() => t.stop());

describe('security: one small request cannot stall the server', () => {
  /** `fragment F<n> on Query { ...F<n-1> ...F<n-1> }`: 2^levels fields from a few hundred bytes. */
  const fanOut = (levels: number) => {
    const fragments = ['fragment F0 on Query { me { id } }'];
    for (let i = 1; i <= levels; i += 1) fragments.push(`fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`);
    return `query { ...F${levels} } ${fragments.join(' ')}`;
  };

  it('refuses a fragment fan-out at once (20 and 39 levels), anonymous or signed in, and /healthz keeps answering', async () => {
    for (const levels of [20, 39]) {
      const started = performance.now();
      const work = Promise.all([post(t.url, { query: fanOut(levels) }), org.admin.request(fanOut(levels))]);
      const slowest = await slowestHealthCheck(t.url, work);
      const [anonymous, signedIn] = await work;
      expect(anonymous.body.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
      expect(signedIn.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
      expect(performance.now() - started).toBeLessThan(1000);
      expect(slowest).toBeLessThan(250);
    }
  });

  it('refuses the same fan-out over WebSocket with the same coded, localized error', async () => {
    const result = await subscribeOnce(t.url, { authorization: `Bearer ${org.admin.accessToken}` }, fanOut(30));
    expect(result.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors?.[0].message).toMatch(/too complex/);
  });

  it('caps the document length and its token count before parsing', async () => {
    const long = await post(t.url, { query: `{ me { id } } #${'x'.repeat(30_000)}` });
    expect(long.status).toBe(400);
    expect(long.body.errors?.[0].extensions.code).toBe('QUERY_TOO_LARGE');
    const tokens = await post(t.url, { query: `{ me { ${'id '.repeat(3000)} } }` });
    expect(tokens.body.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(tokens.body.errors?.[0].message).toContain('tokens');
  });

  it('caps directives and aliases, counting each fragment once however often it is spread', async () => {
    const directives = await org.admin.request(`{ me { id ${'@include(if: true) '.repeat(25)} } }`);
    expect(directives.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    const aliases = await org.admin.request(`query { ...A } fragment A on Query { ${Array.from({ length: 20 }, (_, i) => `a${i}: me { id }`).join(' ')} }`);
    expect(aliases.errors).toBeUndefined();
    const more = await org.admin.request(
      `query { ...A ...B } fragment A on Query { ${Array.from({ length: 20 }, (_, i) => `a${i}: me { id }`).join(' ')} } fragment B on Query { ${Array.from({ length: 20 }, (_, i) => `b${i}: me { id }`).join(' ')} }`,
    );
    expect(more.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('offers no way around the checks: persisted-query hashes are refused, deep variables caught whatever the document', async () => {
    const query = 'query Me { me { id } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const persistedQuery = { version: 1, sha256Hash };
    const headers = { authorization: `Bearer ${org.admin.accessToken}` };
    const register = await post(t.url, { query, extensions: { persistedQuery } }, headers);
    expect(register.body.errors?.[0].extensions.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
    const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: `{"extensions":{"persistedQuery":${JSON.stringify(persistedQuery)}},"variables":{"junk":${deep}}}`,
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('counts __typename aliases like any other', async () => {
    const result = await org.admin.request(`{ ${Array.from({ length: 40 }, (_, i) => `a${i}: __typename`).join(' ')} }`);
    expect(result.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('answers a subscription sent over HTTP with a coded error that says to use WebSocket', async () => {
    const result = await org.admin.request('subscription { events { sequence } }');
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions.code).toBe('SUBSCRIPTION_NEEDS_WEBSOCKET');
    expect(result.errors?.[0].message).toContain('WebSocket');
  });

  it('closes a WebSocket without credentials (4401) or with a bad token (4403) at connection_init', async () => {
    expect((await subscribeOnce(t.url, {}, '{ me { id } }')).closeCode).toBe(4401);
    expect((await subscribeOnce(t.url, { authorization: 'Bearer not-a-token' }, '{ me { id } }')).closeCode).toBe(4403);
  });

  it('caps the subscriptions one connection may hold', async () => {
    const client = createClient({
      url: `${t.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${org.admin.accessToken}` },
      retryAttempts: 0,
    });
    const outcomes: Promise<string>[] = [];
    const unsubscribes: (() => void)[] = [];
    for (let i = 0; i < 21; i += 1) {
      outcomes.push(
        new Promise((resolve) => {
          unsubscribes.push(client.subscribe({ query: 'subscription { events { sequence } }' }, { next: () => {}, error: (e) => resolve(JSON.stringify(e)), complete: () => resolve('complete') }));
          setTimeout(() => resolve('open'), 1500);
        }),
      );
    }
    const results = await Promise.all(outcomes);
    unsubscribes.forEach((unsubscribe) => unsubscribe());
    await client.dispose();
    expect(results.filter((r) => r === 'open')).toHaveLength(20);
    expect(results.find((r) => r !== 'open')).toContain('TOO_MANY_SUBSCRIPTIONS');
  });

  it('replays history in pages: 100 replays from 0 of ~450 events do not block /healthz', async () => {
    // ~450 events of history, written straight into the outbox (already dispatched): only their replay is measured here.
    await t.sql(
      `with counter as (update tenant_counter set event_sequence = event_sequence + 450 where tenant_id = $1 returning event_sequence)
       insert into outbox_event (id, tenant_id, sequence, type, subject_type, subject_id, payload, dispatched_at, created_at, updated_at)
       select gen_random_uuid(), $1, counter.event_sequence - 450 + n, 'org.department.created', 'Department', gen_random_uuid(), '{}', now(), now(), now()
       from counter, generate_series(1, 450) as n`,
      [org.organizationId],
    );
    const [{ last }] = await t.sql<{ last: string }>('select max(sequence) as last from outbox_event where tenant_id = $1', [org.organizationId]);
    expect(Number(last)).toBeGreaterThan(450);
    const sockets = Array.from({ length: 5 }, () =>
      createClient({
        url: `${t.url.replace('http', 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${org.admin.accessToken}` },
        retryAttempts: 0,
      }),
    );
    let completed = 0;
    const replays = sockets.flatMap((client) =>
      Array.from(
        { length: 20 },
        () =>
          new Promise<void>((resolve) => {
            const unsubscribe = client.subscribe<{ events: { sequence: number } }>(
              { query: 'subscription { events(after: 0) { sequence type payload } }' },
              {
                next: (message) => {
                  if (message.data!.events.sequence < Number(last)) return;
                  completed += 1;
                  unsubscribe();
                  resolve();
                },
                error: () => resolve(),
                complete: () => resolve(),
              },
            );
          }),
      ),
    );
    const slowest = await slowestHealthCheck(t.url, Promise.all(replays));
    await Promise.all(sockets.map((client) => client.dispose()));
    expect(completed).toBe(100);
    // The 100 subscribers parse their ~45,000 messages in this same process, so the bound is looser than for a lone
    // request; loading and sending the history whole blocked /healthz here for ~1.5 s.
    expect(slowest).toBeLessThan(400);
  }, 60_000);
});

describe('security: rate limits', () => {
  // Its own server: the limits are off everywhere else.
  let t: TestApp;
  let org: TestOrg;

  beforeAll(async () => {
    t = await startTestApp({ env: { ...PRODUCTION_PASSWORD_HASHING, RATE_LIMIT_SIGN_IN_PER_MINUTE: '3', RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100', RATE_LIMIT_MUTATIONS_PER_MINUTE: '5' } });
    org = await createOrganization(t);
  });
  afterAll(() => t.stop());

  it('limits sign-in attempts per address with RATE_LIMITED, HTTP 429 and Retry-After', async () => {
    const attempt = () => t.anonymous().request(SIGN_IN, { input: { email: 'nobody@example.com', password: 'wrong-password-1' } });
    // createOrganization signed the admin in once already.
    for (let i = 0; i < 2; i += 1) expect((await attempt()).errors?.[0].extensions.code).toBe('INVALID_CREDENTIALS');
    const limited = await attempt();
    expect(limited.status).toBe(429);
    expect(limited.errors?.[0].extensions.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.errors?.[0].message).toMatch(/try again in \d+ seconds/);
    // Hiding the field in a fragment does not escape the limit.
    const hidden = await t.anonymous().request('mutation($input: SignInInput!) { ...S } fragment S on Mutation { signIn(input: $input) { accessToken } }', {
      input: { email: org.adminEmail, password: PASSWORD },
    });
    expect(hidden.errors?.[0].extensions.code).toBe('RATE_LIMITED');
  });

  it('applies the same limits to operations sent over the WebSocket', async () => {
    const wrong = { input: { email: org.adminEmail, password: 'wrong-password-1' } };
    const results = [];
    for (let i = 0; i < 2; i += 1) results.push(await subscribeOnce(t.url, { authorization: `Bearer ${org.admin.accessToken}` }, SIGN_IN, wrong));
    expect(results.map((r) => r.errors?.[0].extensions.code)).toContain('RATE_LIMITED');
    const limited = results.find((r) => r.errors?.[0].extensions.code === 'RATE_LIMITED')!;
    expect(limited.errors![0].extensions.http).toBeUndefined();
    expect(limited.errors![0].message).toMatch(/try again in \d+ seconds/);
  });

  it('limits mutations per signed-in person, not per address', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      const result = await org.admin.request(CREATE_DEPARTMENT, { input: { name: `Limited ${i}` } });
      codes.push(result.errors?.[0].extensions.code ?? 'OK');
    }
    expect(codes.filter((c) => c === 'OK').length).toBe(5);
    expect(codes.slice(5)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    // Reading is not a mutation.
    expect((await org.admin.request('{ me { id } }')).errors).toBeUndefined();
  });
});

describe('security: sign-in', () => {
  it('counts parallel wrong passwords atomically: the account locks and the right password is refused afterwards', async () => {
    const victim = await createPerson(t, org);
    const guesses = await Promise.all(Array.from({ length: 30 }, (_, i) => t.anonymous().request(SIGN_IN, { input: { email: victim.email, password: `wrong-guess-${i}` } })));
    expect(new Set(guesses.map((g) => g.errors?.[0].extensions.code))).toEqual(new Set(['INVALID_CREDENTIALS']));
    const [row] = await t.sql<{ failed_sign_ins: number; locked: boolean }>('select failed_sign_ins, locked_until > now() as locked from account where email = $1', [victim.email]);
    expect(row.failed_sign_ins).toBe(5); // the limit: the 25 guesses after it were refused without a check
    expect(row.locked).toBe(true);
    const right = await t.anonymous().request(SIGN_IN, { input: { email: victim.email, password: PASSWORD } });
    expect(right.errors?.[0].extensions.code).toBe('INVALID_CREDENTIALS');
    const audit = await t.sql<{ n: string }>("select count(*) as n from audit_entry where action = 'identity.account.locked' and target_id = (select id from account where email = $1)", [
      victim.email,
    ]);
    expect(Number(audit[0].n)).toBe(1);
  });

  it('answers a locked account, an unknown email and a wrong password alike, in comparable time', async () => {
    const locked = await createPerson(t, org);
    for (let i = 0; i < 5; i += 1) await t.anonymous().request(SIGN_IN, { input: { email: locked.email, password: `wrong-${i}-password` } });
    const known = await createPerson(t, org);
    const time = async (email: string) => {
      const started = performance.now();
      const result = await t.anonymous().request(SIGN_IN, { input: { email, password: 'wrong-password-9' } });
      return { ms: performance.now() - started, code: result.errors?.[0].extensions.code, message: result.errors?.[0].message };
    };
    const samples = { locked: [] as number[], unknown: [] as number[], wrong: [] as number[] };
    for (let i = 0; i < 5; i += 1) {
      const a = await time(locked.email);
      const b = await time(`nobody-${i}@${org.domain}`);
      const c = await time(known.email);
      expect([a.code, b.code, c.code]).toEqual(['INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'INVALID_CREDENTIALS']);
      expect(new Set([a.message, b.message, c.message]).size).toBe(1);
      samples.locked.push(a.ms);
      samples.unknown.push(b.ms);
      samples.wrong.push(c.ms);
      // Each wrong password counts; keep `known` below the lock.
      await t.sql('update account set failed_sign_ins = 0, locked_until = null where email = $1', [known.email]);
    }
    const median = (values: number[]) => values.sort((x, y) => x - y)[Math.floor(values.length / 2)];
    // Every path verifies one password hash (~tens of ms); a locked account used to answer in ~5 ms.
    expect(median(samples.locked)).toBeGreaterThan(median(samples.wrong) / 3);
    expect(median(samples.unknown)).toBeGreaterThan(median(samples.wrong) / 3);
  });

  it('answers a NUL byte or control character in the email as bad input naming the field', async () => {
    for (const email of ['admin\u0000@example.com', 'admin\u001b@example.com']) {
      const result = await t.anonymous().request(SIGN_IN, { input: { email, password: PASSWORD } });
      expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions.fields?.[0]).toMatchObject({ field: 'email', code: 'CONTROL_CHARACTERS' });
    }
  });
});

describe('security: sessions', () => {
  it('rotates a refresh token once when it is used twice at the same moment; the loser ends the session', async () => {
    for (let trial = 0; trial < 5; trial += 1) {
      const client = await t.signIn(org.adminEmail, PASSWORD);
      const results = await Promise.all(Array.from({ length: 4 }, () => t.anonymous().request(REFRESH, { token: client.refreshToken })));
      const winners = results.filter((r) => !r.errors);
      expect(winners).toHaveLength(1);
      expect(results.filter((r) => r.errors?.[0].extensions.code === 'REFRESH_TOKEN_REUSED').length).toBeGreaterThanOrEqual(1);
      // The family is revoked: the winner's new tokens stop working too, refresh and access alike.
      const winner = winners[0].data!.refreshSession;
      expect(await t.anonymous().errorCode(REFRESH, { token: winner.refreshToken })).toBe('REFRESH_TOKEN_INVALID');
      const asWinner = new GqlClient(t.url, winner.accessToken);
      expect(await asWinner.errorCode('{ me { id } }')).toBe('UNAUTHENTICATED');
    }
  });

  it('ends access tokens on the next request after sign-out, password change, sign-out everywhere and archiving', async () => {
    const person = await createPerson(t, org);
    const me = '{ me { id } }';

    const signedOut = await t.signIn(person.email, PASSWORD);
    expect((await signedOut.request(me)).errors).toBeUndefined();
    await t.anonymous().ok('mutation($token: String!) { signOut(refreshToken: $token) }', { token: signedOut.refreshToken });
    expect(await signedOut.errorCode(me)).toBe('UNAUTHENTICATED');

    const other = await t.signIn(person.email, PASSWORD);
    const current = await t.signIn(person.email, PASSWORD);
    const newPassword = 'Another-password-2';
    await current.ok('mutation($input: ChangePasswordInput!) { changePassword(input: $input) }', { input: { currentPassword: PASSWORD, newPassword } });
    expect(await other.errorCode(me)).toBe('UNAUTHENTICATED'); // every other session ends at once …
    expect((await current.request(me)).errors).toBeUndefined(); // … the one that changed it goes on

    const phone = await t.signIn(person.email, newPassword);
    await current.ok('mutation { signOutEverywhere }');
    expect(await current.errorCode(me)).toBe('UNAUTHENTICATED');
    expect(await phone.errorCode(me)).toBe('UNAUTHENTICATED');

    const leaving = await t.signIn(person.email, newPassword);
    await org.admin.ok('mutation($id: ID!) { archivePerson(id: $id) { id } }', { id: person.personId });
    expect(await leaving.errorCode(me)).toBe('UNAUTHENTICATED');
  });

  it('lets an admin sign a person out everywhere, but not someone holding more rights, nor as an employee', async () => {
    const worker = await createPerson(t, org);
    const hr = await createPerson(t, org, { roles: ['employee', 'hr'] });
    const phone = await t.signIn(worker.email, PASSWORD);
    const SIGN_OUT_PERSON = 'mutation($id: ID!) { signOutPersonEverywhere(id: $id) }';
    expect(await worker.client!.errorCode(SIGN_OUT_PERSON, { id: hr.personId })).toBe('FORBIDDEN');
    expect(await hr.client!.errorCode(SIGN_OUT_PERSON, { id: org.adminPersonId })).toBe('TARGET_HOLDS_MORE_RIGHTS');
    expect((await org.admin.request('{ me { id } }')).errors).toBeUndefined();
    expect((await hr.client!.ok<{ signOutPersonEverywhere: boolean }>(SIGN_OUT_PERSON, { id: worker.personId })).signOutPersonEverywhere).toBe(true);
    expect(await phone.errorCode('{ me { id } }')).toBe('UNAUTHENTICATED');
    expect(await worker.client!.errorCode('{ me { id } }')).toBe('UNAUTHENTICATED');
    expect(await hr.client!.errorCode(SIGN_OUT_PERSON, { id: 'not-an-id' })).toBe('BAD_USER_INPUT');
  });

  it('refuses signed tokens without an expiry, issue time, audience or session', async () => {
    const secret = new TextEncoder().encode('test-secret-test-secret-test-secret');
    const claims = { pid: org.adminPersonId, tid: org.organizationId, sid: '00000000-0000-4000-8000-000000000000', name: 'x', pa: false };
    const [account] = await t.sql<{ id: string }>('select id from account where person_id = $1', [org.adminPersonId]);
    const sign = (build: (jwt: SignJWT) => SignJWT, payload: Record<string, unknown> = claims) =>
      build(new SignJWT(payload).setProtectedHeader({ alg: 'HS256' }).setSubject(account.id).setIssuer('harbour')).sign(secret);
    const tokens = {
      noExpiry: await sign((j) => j.setIssuedAt().setAudience('harbour-api')),
      noIssuedAt: await sign((j) => j.setExpirationTime('5m').setAudience('harbour-api')),
      noAudience: await sign((j) => j.setIssuedAt().setExpirationTime('5m')),
      noSession: await sign((j) => j.setIssuedAt().setExpirationTime('5m').setAudience('harbour-api'), { ...claims, sid: undefined }),
    };
    for (const [name, token] of Object.entries(tokens)) {
      const result = await post(t.url, { query: '{ me { id } }' }, { authorization: `Bearer ${token}` });
      expect([name, result.body.errors?.[0].extensions.code]).toEqual([name, 'UNAUTHENTICATED']);
    }
    // The control: the same claims with everything present are accepted.
    const valid = await sign((j) => j.setIssuedAt().setExpirationTime('5m').setAudience('harbour-api'));
    expect((await post(t.url, { query: '{ me { id } }' }, { authorization: `Bearer ${valid}` })).body.errors).toBeUndefined();
  });

  it('never stores or replays credentials under an Idempotency-Key', async () => {
    const headers = { 'idempotency-key': 'sign-in-key-1', authorization: `Bearer ${org.admin.accessToken}` };
    const body = { query: SIGN_IN, variables: { input: { email: org.adminEmail, password: PASSWORD } } };
    const first = await post(t.url, body, headers);
    const second = await post(t.url, body, headers);
    expect(second.headers.get('idempotent-replayed')).toBeNull();
    expect(second.body.data.signIn.refreshToken).not.toBe(first.body.data.signIn.refreshToken);
    const stored = await t.sql<{ n: string }>("select count(*) as n from idempotency_record where key = 'sign-in-key-1'");
    expect(stored[0].n).toBe('0');
  });
});

describe('security: idempotency and multi-field mutations', () => {
  it('hashes the whole request: the same key for another operation of the same document is refused', async () => {
    const query = `mutation One { createDepartment(input: { name: "Op one" }) { id } }
                   mutation Two { createDepartment(input: { name: "Op two" }) { id } }`;
    const headers = { 'idempotency-key': 'two-operations', authorization: `Bearer ${org.admin.accessToken}` };
    const one = await post(t.url, { query, operationName: 'One' }, headers);
    expect(one.body.errors).toBeUndefined();
    const two = await post(t.url, { query, operationName: 'Two' }, headers);
    expect(two.body.errors?.[0].extensions.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const replay = await post(t.url, { query, operationName: 'One' }, headers);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(await t.sql("select name from department where name like 'Op %' and tenant_id = $1", [org.organizationId])).toEqual([{ name: 'Op one' }]);
  });

  it('refuses a mutation document with several root fields, writing nothing', async () => {
    const result = await org.admin.request(`mutation { a: createDepartment(input: { name: "Multi A" }) { id }
      b: renameDepartment(id: "00000000-0000-4000-8000-000000000000", name: "x") { id } }`);
    expect(result.errors?.[0].extensions.code).toBe('ONE_MUTATION_PER_REQUEST');
    const viaFragment = await org.admin.request(
      'mutation { ...M } fragment M on Mutation { a: createDepartment(input: { name: "Multi B" }) { id } b: createDepartment(input: { name: "Multi C" }) { id } }',
    );
    expect(viaFragment.errors?.[0].extensions.code).toBe('ONE_MUTATION_PER_REQUEST');
    expect(await t.sql("select name from department where name like 'Multi %'")).toEqual([]);
  });
});

describe('security: bad input is a clear error, never an internal one', () => {
  const fields = (result: { errors?: any[] }) => result.errors?.[0].extensions.fields?.map((f: { field: string; code: string }) => [f.field, f.code]);

  it('refuses NUL bytes and control characters in names, titles, searches, filters and CSV cells, naming the field', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      [CREATE_DEPARTMENT, { input: { name: 'Bad\u0000name' } }, 'name'],
      [CREATE_DEPARTMENT, { input: { name: 'Bell\u0007' } }, 'name'],
      [CREATE_DEPARTMENT, { input: { name: 'Line\nbreak' } }, 'name'],
      ['query($s: String) { people(filter: { search: $s }) { totalCount } }', { s: 'a\u0000' }, 'filter.search'],
      ['query($s: String) { auditEntries(filter: { actionPrefix: $s }) { totalCount } }', { s: '\u001b[31m' }, 'filter.actionPrefix'],
      ['mutation($csv: String!) { importOrganizationCsv(kind: DEPARTMENTS, csv: $csv, dryRun: true) { created } }', { csv: 'external_id,name\nd1,Bad\u0000' }, 'csv'],
    ];
    for (const [query, variables, field] of cases) {
      const result = await org.admin.request(query, variables);
      expect([field, result.errors?.[0].extensions.code, fields(result)]).toEqual([field, 'BAD_USER_INPUT', [[field, 'CONTROL_CHARACTERS']]]);
    }
    const person = await createPerson(t, org);
    const title = await org.admin.request('mutation($id: ID!, $input: PersonDetailsInput!) { updatePerson(id: $id, input: $input) { id } }', {
      id: person.personId,
      input: { jobTitle: 'Eng\u0000ineer' },
    });
    expect(fields(title)).toEqual([['jobTitle', 'CONTROL_CHARACTERS']]);
    // Long text keeps its line breaks and tabs.
    const address = await org.admin.request('mutation($id: ID!, $input: PersonDetailsInput!) { updatePerson(id: $id, input: $input) { id } }', {
      id: person.personId,
      input: { homeAddress: 'Flat A\n12/F\tTower 1' },
    });
    expect(address.errors).toBeUndefined();
    expect(await t.sql("select name from department where name like 'Bad%' or name like 'Bell%'")).toEqual([]);
  });

  it('refuses malformed ids in filters and arguments as INVALID_ID', async () => {
    const cases: [string, string][] = [
      ['{ departments(filter: { parentId: "nope" }) { totalCount } }', 'filter.parentId'],
      ['{ people(filter: { departmentId: "1; drop table person" }) { totalCount } }', 'filter.departmentId'],
      ['{ people(filter: { rankId: "abc" }) { totalCount } }', 'filter.rankId'],
      ['{ person(id: "123") { id } }', 'id'],
      ['mutation { setDepartmentLeaders(id: "00000000-0000-4000-8000-000000000000", personIds: ["x"]) { id } }', 'personIds.0'],
    ];
    for (const [query, field] of cases) {
      const result = await org.admin.request(query);
      expect([query, result.errors?.[0].extensions.code, fields(result)]).toEqual([query, 'BAD_USER_INPUT', [[field, 'INVALID_ID']]]);
    }
  });

  it('enforces every declared length, also on arguments and nested inputs', async () => {
    const department = await createDepartment(org, 'To rename');
    const rename = await org.admin.request('mutation($id: ID!, $code: String) { renameDepartment(id: $id, name: "Renamed", code: $code) { id } }', { id: department, code: 'x'.repeat(10_000) });
    expect(fields(rename)).toEqual([['code', 'TOO_LONG']]);
    const rule = await org.admin.request('mutation($input: CreateRoleInput!) { createRole(input: $input) { id } }', {
      input: { name: 'Long rule', rules: [{ action: 'read', subject: 'Person', description: 'x'.repeat(10_000) }] },
    });
    expect(fields(rule)).toEqual([['rules.0.description', 'TOO_LONG']]);
  });

  it('refuses JSON nested thousands of levels deep as bad input (variable or literal), not a 500', async () => {
    // Written out by hand: JSON.stringify itself overflows the stack on 5,000 levels.
    const deep = `${'{"nested":'.repeat(5000)}1${'}'.repeat(5000)}`;
    const query = JSON.stringify('query($rules: [PermissionRuleInput!]!) { previewRolePermissions(rules: $rules) { subject } }');
    for (const levels of [deep, `${'{"nested":'.repeat(25)}1${'}'.repeat(25)}`]) {
      const response = await fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${org.admin.accessToken}` },
        body: `{"query":${query},"variables":{"rules":[{"action":"read","subject":"Person","conditions":${levels}}]}}`,
      });
      expect(response.status).toBeLessThan(500);
      const body = (await response.json()) as { errors?: { extensions: { code: string } }[] };
      expect(['BAD_USER_INPUT', 'BAD_REQUEST']).toContain(body.errors?.[0].extensions.code);
    }
    // A deep value under a variable the operation does not even declare.
    const undeclared = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${org.admin.accessToken}` },
      body: `{"query":"{ me { id } }","variables":{"junk":${deep}}}`,
    });
    expect(undeclared.status).toBe(400);
    expect(((await undeclared.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    // A wide object is refused before coercion (graphql-js would print every key of it in its error message).
    const wide = Object.fromEntries(Array.from({ length: 40_000 }, (_, i) => [`k${i}`, i]));
    const tooWide = await org.admin.request('query($rules: [PermissionRuleInput!]!) { previewRolePermissions(rules: $rules) { subject } }', {
      rules: [{ action: 'read', subject: 'Person', conditions: wide }],
    });
    expect(tooWide.errors?.[0].extensions.fields?.[0]).toMatchObject({ field: 'variables', code: 'VARIABLES_TOO_COMPLEX' });
    const literal = `{ previewRolePermissions(rules: [{ action: "read", subject: "Person", conditions: ${'{ a: '.repeat(30)}1${' }'.repeat(30)} }]) { subject } }`;
    const asLiteral = await org.admin.request(literal);
    expect(asLiteral.status).toBeLessThan(500);
    expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']).toContain(asLiteral.errors?.[0].extensions.code);
  });
});
