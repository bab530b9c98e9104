import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createOrganization, type TestOrg } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('GraphQL hardening and health', () => {
  let t: TestApp;
  let org: TestOrg;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganization(t);
  });
  afterAll(() => t.stop());

  it('serves /healthz and /readyz (database reachable, migrations current)', async () => {
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${t.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('refuses queries that are too deep', async () => {
    const deep = `{ departments { items { ${'parent { '.repeat(14)}id${' }'.repeat(14)} } } }`;
    const result = await org.admin.request(deep);
    expect(result.errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses too many aliases and too costly queries', async () => {
    const aliases = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    expect((await org.admin.request(aliases)).errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    const costly = `{ people(take: 100) { items { memberships { department { children { children { members(take: 100) { items { id } } } } } } } } }`;
    expect((await org.admin.request(costly)).errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('caps the page size', async () => {
    const result = await org.admin.request('{ people(take: 1000) { totalCount } }');
    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions.fields?.[0]).toMatchObject({ field: 'take', code: 'PAGE_SIZE_TOO_LARGE' });
  });

  it('refuses batched requests', async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${org.admin.accessToken}` },
      body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
    });
    expect(response.status).toBe(400);
  });

  it('prevents CSRF: a simple cross-site GET or form POST is refused', async () => {
    const get = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(get.status).toBe(400);
    const form = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ me { id } }"}' });
    expect(form.status).toBe(400);
  });

  it('limits the request body size with a coded error', async () => {
    const huge = 'x'.repeat(1_200_000);
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ me { id } } # ${huge}` }),
    });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers a malformed id as bad input, without leaking database details', async () => {
    const result = await org.admin.request('query($id: ID!) { department(id: $id) { id } }', { id: 'not-a-uuid' });
    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result)).not.toMatch(/stack|postgres|select |uuid/i);
  });
});

describe('production mode', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ env: { NODE_ENV: 'production' } });
  });
  afterAll(() => t.stop());

  it('disables introspection and field suggestions', async () => {
    const introspection = await t.anonymous().request('{ __schema { types { name } } }');
    expect(introspection.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const typo = await t.anonymous().request('{ mee { id } }');
    expect(typo.errors?.[0].message).not.toContain('Did you mean');
  });
});

describe('WebSocket limits', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ env: { MAX_SOCKETS_PER_ADDRESS: '3' } });
  });
  afterAll(() => t.stop());

  /** Opens a raw WebSocket to /graphql: 'open', or the HTTP status it was refused with. */
  const connect = (): Promise<{ socket: WebSocket; outcome: 'open' | number }> =>
    new Promise((resolve, reject) => {
      const socket = new WebSocket(`${t.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
      socket.once('open', () => resolve({ socket, outcome: 'open' }));
      socket.once('unexpected-response', (_request, response) => resolve({ socket, outcome: response.statusCode ?? 0 }));
      socket.once('error', reject);
    });

  it('refuses sockets past the limit for one address with 503, and takes them again once one closes', async () => {
    const open = [await connect(), await connect(), await connect()];
    expect(open.map((s) => s.outcome)).toEqual(['open', 'open', 'open']);
    expect((await connect()).outcome).toBe(503);
    const closed = new Promise((resolve) => open[0].socket.once('close', resolve));
    open[0].socket.close();
    await closed;
    // The server counts the socket down when its side closes, a moment after the client's.
    let again = await connect();
    for (let attempt = 0; again.outcome !== 'open' && attempt < 20; attempt += 1) {
      await new Promise((r) => setTimeout(r, 50));
      again = await connect();
    }
    expect(again.outcome).toBe('open');
    for (const s of [...open.slice(1), again]) s.socket.close();
  });
});
