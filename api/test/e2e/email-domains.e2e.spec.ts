import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganization, createPerson, PASSWORD, type TestOrg } from '../support/factories.js';
import { fieldsOf, SIGN_IN, startTestApp, type GqlClient, type TestApp } from '../support/test-app.js';

const CLAIM_FIELDS = 'id domain status verificationMethod verificationRecord verifiedAt';
const CLAIM = `mutation($domain: String!) { claimEmailDomain(domain: $domain) { ${CLAIM_FIELDS} } }`;
const VERIFY = `mutation($id: ID!) { verifyEmailDomain(id: $id) { ${CLAIM_FIELDS} } }`;
const REMOVE = 'mutation($id: ID!) { removeEmailDomain(id: $id) }';
const ADD_VERIFIED = `mutation($org: ID!, $domain: String!) { addVerifiedEmailDomain(organizationId: $org, domain: $domain) { ${CLAIM_FIELDS} } }`;
const REVOKE = 'mutation($org: ID!, $domain: String!) { revokeEmailDomain(organizationId: $org, domain: $domain) }';
const DOMAINS = `{ organization { emailDomains { ${CLAIM_FIELDS} } } }`;
const CREATE_PERSON = 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id workEmail } }';
const UPDATE_EMAIL = 'mutation($id: ID!, $e: String!) { updatePerson(id: $id, input: { workEmail: $e }) { id workEmail } }';
const AUDIT = 'query($filter: AuditFilter) { auditEntries(filter: $filter, take: 50) { items { action targetId after before } } }';
const CREATE_ORGANIZATION = `mutation($input: CreateOrganizationInput!) {
  createOrganization(input: $input) { id slug emailDomains { domain status verificationMethod verificationRecord } }
}`;

interface Claim {
  id: string;
  domain: string;
  status: 'PENDING' | 'VERIFIED';
  verificationMethod: 'DNS_TXT' | 'OPERATOR' | null;
  verificationRecord: string | null;
  verifiedAt: string | null;
}

/** A domain nobody has used yet in this run. */
const freshDomain = (label = 'd') => `${label}-${randomBytes(4).toString('hex')}.example.net`;

const claim = async (client: GqlClient, domain: string) => (await client.ok<{ claimEmailDomain: Claim }>(CLAIM, { domain })).claimEmailDomain;
const domainsOf = async (client: GqlClient) => (await client.ok<{ organization: { emailDomains: Claim[] } }>(DOMAINS)).organization.emailDomains;
const auditActions = async (org: TestOrg, targetId: string) =>
  (await org.admin.ok<{ auditEntries: { items: { action: string }[] } }>(AUDIT, { filter: { targetId } })).auditEntries.items.map((e) => e.action).sort();

/** createPerson input for someone with a sign-in (or only a work email, when password is null). */
const newPerson = (org: TestOrg, workEmail: string, password: string | null = PASSWORD) => ({
  input: { displayName: 'New Person', workEmail, initialPassword: password, memberships: [{ departmentId: org.rootDepartmentId }] },
});

describe('email domains: claims, DNS verification and removal', () => {
  let t: TestApp;
  let org: TestOrg;

  beforeAll(async () => {
    t = await startTestApp();
    org = await createOrganization(t);
  });
  afterAll(() => t.stop());

  it('starts an organisation with the domain its operator named, verified', async () => {
    expect(await domainsOf(org.admin)).toEqual([
      { id: expect.any(String), domain: org.domain, status: 'VERIFIED', verificationMethod: 'OPERATOR', verificationRecord: null, verifiedAt: expect.any(String) },
    ]);
  });

  it('claims a domain, shows the TXT record to publish, verifies it through DNS, and only then allows sign-ins in it', async () => {
    const domain = freshDomain();
    const refused = await org.admin.request(CREATE_PERSON, newPerson(org, `chan@${domain}`));
    expect(fieldsOf(refused)).toEqual([['workEmail', 'EMAIL_DOMAIN_NOT_CLAIMED']]);

    // Typed with an @, capitals and a trailing dot: stored in canonical form.
    const pending = await claim(org.admin, ` @${domain.toUpperCase()}. `);
    expect(pending).toMatchObject({ domain, status: 'PENDING', verificationMethod: null, verifiedAt: null });
    expect(pending.verificationRecord).toMatch(/^harbour-verification=[A-Za-z0-9_-]{32}$/);
    expect((await domainsOf(org.admin)).map((c) => c.domain)).toContain(domain);
    // A pending claim allows nothing.
    expect(fieldsOf(await org.admin.request(CREATE_PERSON, newPerson(org, `chan@${domain}`)))).toEqual([['workEmail', 'EMAIL_DOMAIN_NOT_CLAIMED']]);

    // Not published yet: refused, with the record to publish in the message.
    const early = await org.admin.request(VERIFY, { id: pending.id });
    expect(early.errors?.[0].extensions.code).toBe('EMAIL_DOMAIN_NOT_VERIFIED');
    expect(early.errors?.[0].message).toContain(pending.verificationRecord);
    // Another TXT record, and ours split into two character-strings as DNS delivers long records.
    t.dns.publishTxt(domain, 'v=spf1 -all');
    const record = pending.verificationRecord!;
    t.dns.publishTxt(domain, record.slice(0, 25), record.slice(25));
    const verified = (await org.admin.ok<{ verifyEmailDomain: Claim }>(VERIFY, { id: pending.id })).verifyEmailDomain;
    expect(verified).toMatchObject({ id: pending.id, domain, status: 'VERIFIED', verificationMethod: 'DNS_TXT', verificationRecord: null, verifiedAt: expect.any(String) });
    // Verifying again changes nothing.
    expect((await org.admin.ok<{ verifyEmailDomain: Claim }>(VERIFY, { id: pending.id })).verifyEmailDomain).toEqual(verified);

    await org.admin.ok(CREATE_PERSON, newPerson(org, `chan@${domain}`));
    await t.signIn(`chan@${domain}`, PASSWORD);
    expect(await auditActions(org, pending.id)).toEqual(['identity.email_domain.claimed', 'identity.email_domain.verified']);
  });

  it('refuses malformed, overlong and public domains, and a domain claimed twice, and stores nothing', async () => {
    const before = await domainsOf(org.admin);
    const cases: [string, string][] = [
      ['', 'REQUIRED'],
      ['   ', 'REQUIRED'],
      ['not a domain', 'INVALID_VALUE'],
      ['localhost', 'INVALID_VALUE'],
      ['192.168.1.10', 'INVALID_VALUE'],
      // Control characters are refused before the service by the central input guard.
      ['exa\u0000mple.com', 'CONTROL_CHARACTERS'],
      ['bell\u0007.example.com', 'CONTROL_CHARACTERS'],
      ['-dash.example.com', 'INVALID_VALUE'],
      ['two..dots.example.com', 'INVALID_VALUE'],
      ['under_score.example.com', 'INVALID_VALUE'],
      ['user@example.com', 'INVALID_VALUE'],
      [`${'a'.repeat(64)}.example.com`, 'INVALID_VALUE'],
      [`${'a.'.repeat(127)}com`, 'TOO_LONG'],
      ['gmail.com', 'EMAIL_DOMAIN_PUBLIC'],
      ['Mail.QQ.com', 'EMAIL_DOMAIN_PUBLIC'],
      ['netvigator.com', 'EMAIL_DOMAIN_PUBLIC'],
      [org.domain.toUpperCase(), 'EMAIL_DOMAIN_ALREADY_CLAIMED'],
    ];
    for (const [domain, code] of cases) {
      const result = await org.admin.request(CLAIM, { domain });
      expect(result.errors?.[0].extensions.code, domain).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result), domain).toEqual([['domain', code]]);
    }
    expect(await domainsOf(org.admin)).toEqual(before);
  });

  it('stores internationalised domains in their xn-- form', async () => {
    const idn = await createOrganization(t);
    expect((await claim(idn.admin, '例子.香港')).domain).toBe('xn--fsqu00a.xn--j6w193g');
    expect(fieldsOf(await idn.admin.request(CLAIM, { domain: 'XN--FSQU00A.xn--j6w193g' }))).toEqual([['domain', 'EMAIL_DOMAIN_ALREADY_CLAIMED']]);
  });

  it('lets only people with the permission claim, verify or remove; the TXT record only for those who may verify', async () => {
    const pending = await claim(org.admin, freshDomain());
    const employee = await createPerson(t, org);
    const hr = await createPerson(t, org, { roles: ['employee', 'hr'] });
    const auditor = await createPerson(t, org, { roles: ['employee', 'auditor'] });
    for (const client of [employee.client!, hr.client!, auditor.client!]) {
      expect(await client.errorCode(CLAIM, { domain: freshDomain() })).toBe('FORBIDDEN');
      expect(await client.errorCode(VERIFY, { id: pending.id })).toBe('FORBIDDEN');
      expect(await client.errorCode(REMOVE, { id: pending.id })).toBe('FORBIDDEN');
    }
    for (const query of [CLAIM, VERIFY, REMOVE]) expect(await t.anonymous().errorCode(query, { domain: freshDomain(), id: pending.id })).toBe('UNAUTHENTICATED');
    // Without a read rule the list is empty; reading is not verifying, so the auditor never sees the token.
    expect(await domainsOf(employee.client!)).toEqual([]);
    const seen = (await domainsOf(auditor.client!)).find((c) => c.id === pending.id);
    expect(seen).toMatchObject({ status: 'PENDING', verificationRecord: null });
    expect((await domainsOf(org.admin)).find((c) => c.id === pending.id)?.verificationRecord).toBe(pending.verificationRecord);
  });

  it('lets several organisations claim one domain; the first to prove it holds it and the others cannot use it', async () => {
    const domain = freshDomain('shared');
    const first = await createOrganization(t);
    const second = await createOrganization(t);
    const firstClaim = await claim(first.admin, domain);
    const secondClaim = await claim(second.admin, domain);
    expect(firstClaim.verificationRecord).not.toBe(secondClaim.verificationRecord);
    t.dns.publishTxt(domain, firstClaim.verificationRecord!);
    // Another organisation's record does not prove this claim.
    expect(await second.admin.errorCode(VERIFY, { id: secondClaim.id })).toBe('EMAIL_DOMAIN_NOT_VERIFIED');
    expect((await first.admin.ok<{ verifyEmailDomain: Claim }>(VERIFY, { id: firstClaim.id })).verifyEmailDomain.status).toBe('VERIFIED');
    // Even proving control later (the domain changed hands) cannot take it: the operator decides.
    t.dns.publishTxt(domain, secondClaim.verificationRecord!);
    expect(await second.admin.errorCode(VERIFY, { id: secondClaim.id })).toBe('EMAIL_DOMAIN_TAKEN');
    expect((await domainsOf(second.admin)).find((c) => c.id === secondClaim.id)?.status).toBe('PENDING');
    expect(fieldsOf(await second.admin.request(CREATE_PERSON, newPerson(second, `x@${domain}`)))).toEqual([['workEmail', 'EMAIL_DOMAIN_NOT_CLAIMED']]);
    await first.admin.ok(CREATE_PERSON, newPerson(first, `x@${domain}`));
    // Each organisation's claims are its own.
    expect(await second.admin.errorCode(VERIFY, { id: firstClaim.id })).toBe('NOT_FOUND');
    expect(await second.admin.errorCode(REMOVE, { id: firstClaim.id })).toBe('NOT_FOUND');
    expect((await domainsOf(second.admin)).map((c) => c.id)).not.toContain(firstClaim.id);
  });

  it('removes a pending claim at once, and a verified one only when no active sign-in uses it', async () => {
    const pending = await claim(org.admin, freshDomain());
    expect((await org.admin.ok<{ removeEmailDomain: boolean }>(REMOVE, { id: pending.id })).removeEmailDomain).toBe(true);
    expect(await org.admin.errorCode(REMOVE, { id: pending.id })).toBe('NOT_FOUND');

    const domain = freshDomain();
    const second = await claim(org.admin, domain);
    t.dns.publishTxt(domain, second.verificationRecord!);
    await org.admin.ok(VERIFY, { id: second.id });
    const person = (await org.admin.ok<{ createPerson: { id: string } }>(CREATE_PERSON, newPerson(org, `lee@${domain}`))).createPerson;
    const inUse = await org.admin.request(REMOVE, { id: second.id });
    expect(inUse.errors?.[0].extensions.code).toBe('EMAIL_DOMAIN_IN_USE');
    expect(inUse.errors?.[0].message).toBe(`1 active sign-ins still use ${domain}. Change their emails or archive those people first.`);
    // The organisation's main domain, which its admin signs in with, stays too.
    const main = (await domainsOf(org.admin)).find((c) => c.domain === org.domain)!;
    expect(await org.admin.errorCode(REMOVE, { id: main.id })).toBe('EMAIL_DOMAIN_IN_USE');

    await org.admin.ok('mutation($id: ID!) { archivePerson(id: $id) { id } }', { id: person.id });
    await org.admin.ok(REMOVE, { id: second.id });
    expect((await domainsOf(org.admin)).map((c) => c.domain)).not.toContain(domain);
    expect(fieldsOf(await org.admin.request(CREATE_PERSON, newPerson(org, `wong@${domain}`)))).toEqual([['workEmail', 'EMAIL_DOMAIN_NOT_CLAIMED']]);
    expect(await auditActions(org, second.id)).toEqual(['identity.email_domain.claimed', 'identity.email_domain.removed', 'identity.email_domain.verified']);
  });
});

describe('email domains: another organisation’s addresses (the review’s findings)', () => {
  let t: TestApp;
  let owner: TestOrg;
  let intruder: TestOrg;

  beforeAll(async () => {
    t = await startTestApp();
    owner = await createOrganization(t);
    intruder = await createOrganization(t);
  });
  afterAll(() => t.stop());

  it('refuses sign-in emails in another organisation’s domain, so the owner is never blocked', async () => {
    const address = `manager@${owner.domain}`;
    const result = await intruder.admin.request(CREATE_PERSON, newPerson(intruder, address));
    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)).toEqual([['workEmail', 'EMAIL_DOMAIN_NOT_CLAIMED']]);
    // A work email without a sign-in is only contact data: it blocks nobody.
    await intruder.admin.ok(CREATE_PERSON, newPerson(intruder, address, null));
    await owner.admin.ok(CREATE_PERSON, newPerson(owner, address));
    await t.signIn(address, PASSWORD);
  });

  it('answers alike whether an address exists in another organisation or not, so none can be probed', async () => {
    const existing = owner.adminEmail;
    const unknown = `nobody-${randomBytes(3).toString('hex')}@${owner.domain}`;
    const answers = async (query: string, variables: (email: string) => Record<string, unknown>) => {
      const [a, b] = await Promise.all([intruder.admin.request(query, variables(existing)), intruder.admin.request(query, variables(unknown))]);
      expect(a.errors?.map((e) => [e.extensions.code, e.extensions.fields, e.message])).toEqual(b.errors?.map((e) => [e.extensions.code, e.extensions.fields, e.message]));
      return a;
    };
    expect(fieldsOf(await answers(CREATE_PERSON, (email) => newPerson(intruder, email)))).toEqual([['workEmail', 'EMAIL_DOMAIN_NOT_CLAIMED']]);
    const insider = await createPerson(t, intruder);
    expect(fieldsOf(await answers(UPDATE_EMAIL, (e) => ({ id: insider.personId, e })))).toEqual([['workEmail', 'EMAIL_DOMAIN_NOT_CLAIMED']]);
    // Within its own verified domain, a clash can only be one of the organisation's own accounts.
    expect(fieldsOf(await intruder.admin.request(UPDATE_EMAIL, { id: insider.personId, e: intruder.adminEmail }))).toEqual([['workEmail', 'EMAIL_TAKEN']]);
  });

  it('gives nothing to an organisation that claims another’s domain: no settings field, a claim that stays pending', async () => {
    const settings = await intruder.admin.request(`mutation { updateOrganizationSettings(input: { allowedEmailDomains: ["${owner.domain}"] }) { id } }`);
    expect(settings.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const squat = await claim(intruder.admin, owner.domain);
    expect(squat.status).toBe('PENDING');
    expect(await intruder.admin.errorCode(VERIFY, { id: squat.id })).toBe('EMAIL_DOMAIN_NOT_VERIFIED');
    expect(fieldsOf(await intruder.admin.request(CREATE_PERSON, newPerson(intruder, `second@${owner.domain}`)))).toEqual([['workEmail', 'EMAIL_DOMAIN_NOT_CLAIMED']]);
    // The owner is not blocked by the pending claim.
    await owner.admin.ok(CREATE_PERSON, newPerson(owner, `second@${owner.domain}`));
  });

  it('refuses sign-in to an account whose domain is not verified for its organisation (squatted before the upgrade)', async () => {
    const person = await createPerson(t, intruder);
    const squatted = `squatted-${randomBytes(3).toString('hex')}@${owner.domain}`;
    // What the old "any domain" organisations could create, as the migration leaves it.
    await t.sql('update account set email = $1 where person_id = $2 and tenant_id = $3', [squatted, person.personId, intruder.organizationId]);
    const client = t.anonymous();
    client.locale = 'zh-HK';
    const result = await client.request(SIGN_IN, { input: { email: squatted, password: PASSWORD } });
    expect(result.errors?.[0].extensions.code).toBe('EMAIL_DOMAIN_NOT_ALLOWED');
    expect(result.errors?.[0].message).toBe('此電郵地址無法登入：其網域未經你的機構驗證。請聯絡你的管理員。');
  });
});

describe('email domains: the platform operator', () => {
  let t: TestApp;
  let operator: TestOrg;
  let customer: TestOrg;

  beforeAll(async () => {
    t = await startTestApp();
    operator = await createOrganization(t, { platformOperator: true });
    customer = await createOrganization(t);
  });
  afterAll(() => t.stop());

  it('adds a verified domain to any organisation (upgrading its pending claim), and revokes claims under the same rule', async () => {
    const domain = freshDomain();
    const pending = await claim(customer.admin, domain);
    const added = (await operator.admin.ok<{ addVerifiedEmailDomain: Claim }>(ADD_VERIFIED, { org: customer.organizationId, domain })).addVerifiedEmailDomain;
    expect(added).toMatchObject({ id: pending.id, domain, status: 'VERIFIED', verificationMethod: 'OPERATOR', verifiedAt: expect.any(String) });
    await customer.admin.ok(CREATE_PERSON, newPerson(customer, `ho@${domain}`));

    // Public mail domains too: the operator's decision (a company whose staff use such addresses).
    const publicDomain = await operator.admin.ok<{ addVerifiedEmailDomain: Claim }>(ADD_VERIFIED, { org: customer.organizationId, domain: 'Yahoo.com.hk' });
    expect(publicDomain.addVerifiedEmailDomain).toMatchObject({ domain: 'yahoo.com.hk', status: 'VERIFIED' });
    expect((await operator.admin.ok<{ revokeEmailDomain: boolean }>(REVOKE, { org: customer.organizationId, domain: 'yahoo.com.hk' })).revokeEmailDomain).toBe(true);

    expect(await operator.admin.errorCode(REVOKE, { org: customer.organizationId, domain })).toBe('EMAIL_DOMAIN_IN_USE');
    expect(await operator.admin.errorCode(REVOKE, { org: customer.organizationId, domain: customer.domain })).toBe('EMAIL_DOMAIN_IN_USE');
    expect(await operator.admin.errorCode(REVOKE, { org: customer.organizationId, domain: freshDomain() })).toBe('NOT_FOUND');
    // The facts land in the customer's own log.
    expect(await auditActions(customer, pending.id)).toEqual(['identity.email_domain.claimed', 'identity.email_domain.verified']);
  });

  it('refuses a domain another organisation holds, unknown organisations and malformed domains', async () => {
    const taken = await operator.admin.request(ADD_VERIFIED, { org: operator.organizationId, domain: customer.domain });
    expect(taken.errors?.[0].extensions.code).toBe('EMAIL_DOMAIN_TAKEN');
    expect(fieldsOf(taken)).toEqual([['domain', 'EMAIL_DOMAIN_TAKEN']]);
    expect(fieldsOf(await operator.admin.request(ADD_VERIFIED, { org: randomUUID(), domain: freshDomain() }))).toEqual([['organizationId', 'UNKNOWN_REFERENCE']]);
    expect(fieldsOf(await operator.admin.request(ADD_VERIFIED, { org: customer.organizationId, domain: 'not a domain' }))).toEqual([['domain', 'INVALID_VALUE']]);
    expect(fieldsOf(await operator.admin.request(REVOKE, { org: customer.organizationId, domain: '' }))).toEqual([['domain', 'REQUIRED']]);
  });

  it('keeps both verbs from everyone else', async () => {
    for (const client of [customer.admin, t.anonymous()]) {
      const expected = client.accessToken ? 'FORBIDDEN' : 'UNAUTHENTICATED';
      expect(await client.errorCode(ADD_VERIFIED, { org: customer.organizationId, domain: freshDomain() })).toBe(expected);
      expect(await client.errorCode(REVOKE, { org: customer.organizationId, domain: customer.domain })).toBe(expected);
    }
    expect((await domainsOf(customer.admin)).map((c) => c.domain)).toContain(customer.domain);
  });

  it('opens an organisation with the domains it names, verified in the same transaction; its admin signs in with one', async () => {
    const [main, other] = [freshDomain('main'), freshDomain('other')];
    const slug = `opened-${randomBytes(3).toString('hex')}`;
    const input = { name: 'Opened Co', slug, emailDomains: [main, other.toUpperCase()], admin: { displayName: 'Boss', email: `boss@${main}`, password: PASSWORD } };
    const created = (await operator.admin.ok<{ createOrganization: { id: string; emailDomains: Omit<Claim, 'id' | 'verifiedAt'>[] } }>(CREATE_ORGANIZATION, { input })).createOrganization;
    expect(created.emailDomains).toEqual([main, other].sort().map((domain) => ({ domain, status: 'VERIFIED', verificationMethod: 'OPERATOR', verificationRecord: null })));
    const boss = await t.signIn(`boss@${main}`, PASSWORD);
    expect((await domainsOf(boss)).map((c) => c.domain)).toEqual([main, other].sort());
  });

  it('refuses to open an organisation without domains, with bad or taken ones, or with its admin elsewhere — and writes nothing', async () => {
    const domain = freshDomain();
    const slug = `refused-${randomBytes(3).toString('hex')}`;
    const base = { name: 'Refused Co', slug, admin: { displayName: 'Boss', email: `boss@${domain}`, password: PASSWORD } };
    const cases: [Record<string, unknown>, [string, string][]][] = [
      [{ emailDomains: [] }, [['emailDomains', 'REQUIRED']]],
      [{ emailDomains: ['not a domain', domain] }, [['emailDomains.0', 'INVALID_VALUE']]],
      [{ emailDomains: [domain, `${domain}.`] }, [['emailDomains.1', 'DUPLICATE_VALUE']]],
      [{ emailDomains: [freshDomain()] }, [['admin.email', 'EMAIL_DOMAIN_NOT_CLAIMED']]],
    ];
    for (const [extra, fields] of cases) {
      const result = await operator.admin.request(CREATE_ORGANIZATION, { input: { ...base, ...extra } });
      expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result)).toEqual(fields);
    }
    const taken = await operator.admin.request(CREATE_ORGANIZATION, { input: { ...base, emailDomains: [domain, customer.domain] } });
    expect(taken.errors?.[0].extensions.code).toBe('EMAIL_DOMAIN_TAKEN');
    expect(fieldsOf(taken)).toEqual([['emailDomains.1', 'EMAIL_DOMAIN_TAKEN']]);
    // Nothing was left behind: the slug and the domain are still free.
    await operator.admin.ok(CREATE_ORGANIZATION, { input: { ...base, emailDomains: [domain] } });
  });
});
