import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESPONSE_CACHE_HEADER } from '../../src/core/graphql/response-cache.js';
import { assignRole, createDepartment, createOrganization, createPerson, type TestOrg, type TestPerson } from '../support/factories.js';
import { GqlClient, startTestApp, type GqlResult, type TestApp } from '../support/test-app.js';

/**
 * The response cache may only ever answer what executing the query would answer: every change made through the API
 * — on this replica or another — is seen by the very next query, for answers and for permissions alike.
 */
const DEPARTMENT = 'query($id: ID!) { department(id: $id) { id name } }';
const AUDIT = '{ auditEntries(take: 1) { totalCount } }';
const RENAME = 'mutation($id: ID!, $name: String!) { renameDepartment(id: $id, name: $name) { id } }';

const cacheOf = (result: GqlResult) => result.headers.get(RESPONSE_CACHE_HEADER);

function postOnNewConnection(baseUrl: string, token: string, body: string): Promise<{ cache: string | undefined; body: any }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${baseUrl}/graphql`, { method: 'POST', agent: false, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } }, (response) => {
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => resolve({ cache: response.headers[RESPONSE_CACHE_HEADER] as string | undefined, body: JSON.parse(text) }));
    });
    request.on('error', reject);
    request.end(body);
  });
}

describe('response cache', () => {
  let a: TestApp;
  let b: TestApp;
  let org: TestOrg;
  let employee: TestPerson;
  let employeeOnB: GqlClient;
  let adminOnB: GqlClient;
  let departmentId: string;

  beforeAll(async () => {
    a = await startTestApp();
    // A second replica on the same database, without Redis: nothing tells A about B's writes but the database.
    b = await startTestApp({ databaseUrl: a.databaseUrl, env: { HARBOUR_ROLE: 'api' } });
    org = await createOrganization(a);
    departmentId = await createDepartment(org, 'Site office');
    employee = await createPerson(a, org, { departmentId, roles: ['employee'] });
    employeeOnB = new GqlClient(b.url, employee.client!.accessToken);
    adminOnB = new GqlClient(b.url, org.admin.accessToken);
  });
  afterAll(async () => {
    await b?.stop();
    await a?.stop();
  });

  it('answers a repeated query from the cache with exactly what executing it returned', async () => {
    const first = await employee.client!.request(DEPARTMENT, { id: departmentId });
    const second = await employee.client!.request(DEPARTMENT, { id: departmentId });
    expect(cacheOf(first)).toBe('miss');
    expect(cacheOf(second)).toBe('hit');
    expect(second.data).toEqual(first.data);
    expect(second.data).toEqual({ department: { id: departmentId, name: 'Site office' } });
  });

  it('sees a change made through this replica at once', async () => {
    await employee.client!.ok(DEPARTMENT, { id: departmentId });
    await org.admin.ok(RENAME, { id: departmentId, name: 'Site office A' });
    const after = await employee.client!.request(DEPARTMENT, { id: departmentId });
    expect(cacheOf(after)).toBe('miss');
    expect(after.data?.department.name).toBe('Site office A');
  });

  it('sees a change made through another replica at once', async () => {
    await employee.client!.ok(DEPARTMENT, { id: departmentId });
    expect(cacheOf(await employee.client!.request(DEPARTMENT, { id: departmentId }))).toBe('hit');
    await adminOnB.ok(RENAME, { id: departmentId, name: 'Site office B' });
    const after = await employee.client!.request(DEPARTMENT, { id: departmentId });
    expect(after.data?.department.name).toBe('Site office B');
    // ...and B, which never cached it, answers the same
    expect((await employeeOnB.ok(DEPARTMENT, { id: departmentId })).department.name).toBe('Site office B');
  });

  it('executes a query once for the requests that arrive together after a change', async () => {
    await org.admin.ok(RENAME, { id: departmentId, name: 'Site office together' });
    // Each on its own connection (fetch would queue them on one), so they really are in the server together.
    const body = JSON.stringify({ query: DEPARTMENT, variables: { id: departmentId } });
    const together = await Promise.all(Array.from({ length: 8 }, () => postOnNewConnection(a.url, employee.client!.accessToken!, body)));
    expect(together.map((r) => r.cache).sort()).toEqual(['hit', 'hit', 'hit', 'hit', 'hit', 'hit', 'hit', 'miss']);
    for (const result of together) expect(result.body.data.department.name).toBe('Site office together');
  });

  it('keeps answers per person: one person is never served another’s answer', async () => {
    const other = await createPerson(a, org, { departmentId, roles: ['employee'] });
    const mine = await employee.client!.request('{ me { id } }');
    expect(cacheOf(await employee.client!.request('{ me { id } }'))).toBe('hit');
    const theirs = await other.client!.request('{ me { id } }');
    expect(cacheOf(theirs)).toBe('miss');
    expect(mine.data?.me.id).toBe(employee.personId);
    expect(theirs.data?.me.id).toBe(other.personId);
  });

  it('applies a role taken away on another replica to the very next query (answers and abilities)', async () => {
    const auditor = await createPerson(a, org, { departmentId, roles: ['employee'] });
    const assignmentId = await assignRole(org, auditor.personId, 'auditor');
    await auditor.client!.ok(AUDIT);
    expect(cacheOf(await auditor.client!.request(AUDIT))).toBe('hit');
    await adminOnB.ok('mutation($id: ID!) { unassignRole(assignmentId: $id) }', { id: assignmentId });
    expect(await auditor.client!.errorCode(AUDIT)).toBe('FORBIDDEN');
  });

  it('never caches errors, mutations or the audit chain verification', async () => {
    const missing = { id: '00000000-0000-4000-8000-000000000000' };
    expect(cacheOf(await employee.client!.request(DEPARTMENT, missing))).toBe('miss');
    const again = await employee.client!.request(DEPARTMENT, missing);
    expect(cacheOf(again)).toBe('miss');
    expect(again.errors?.[0].extensions.code).toBe('NOT_FOUND');

    const rename = await org.admin.request(RENAME, { id: departmentId, name: 'Site office C' });
    expect(rename.errors).toBeUndefined();
    expect(cacheOf(rename)).toBeNull();

    const verify = '{ verifyAuditChain { valid } }';
    await org.admin.ok(verify);
    expect(cacheOf(await org.admin.request(verify))).toBeNull();
  });

  it('serves a change made in SQL behind the API’s back only after the maximum age', async () => {
    const short = await startTestApp({ databaseUrl: a.databaseUrl, env: { HARBOUR_ROLE: 'api', CACHE_MAX_AGE_SECONDS: '3' } });
    try {
      const client = new GqlClient(short.url, employee.client!.accessToken);
      await client.ok(DEPARTMENT, { id: departmentId });
      await a.sql('update department set name = $1 where id = $2', ['Renamed in SQL', departmentId]);
      const stale = await client.request(DEPARTMENT, { id: departmentId });
      expect(cacheOf(stale)).toBe('hit');
      expect(stale.data?.department.name).not.toBe('Renamed in SQL');
      await new Promise((resolve) => setTimeout(resolve, 3100));
      expect((await client.ok(DEPARTMENT, { id: departmentId })).department.name).toBe('Renamed in SQL');
    } finally {
      await short.stop();
    }
  });

  it('is off with RESPONSE_CACHE_MB=0', async () => {
    const off = await startTestApp({ databaseUrl: a.databaseUrl, env: { HARBOUR_ROLE: 'api', RESPONSE_CACHE_MB: '0' } });
    try {
      const client = new GqlClient(off.url, employee.client!.accessToken);
      await client.ok(DEPARTMENT, { id: departmentId });
      expect(cacheOf(await client.request(DEPARTMENT, { id: departmentId }))).toBeNull();
    } finally {
      await off.stop();
    }
  });
});
