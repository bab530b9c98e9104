/**
 * The mixed workload of issue #7: 200 distinct signed-in people of the demo company send what an OA app sends (their
 * own record, their department's subtree, people searches, their permissions; admins the audit page) while a writer
 * changes the company 20 times a second through the API.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../api/src/config/config.js';
import { graphql, inParallel } from './client.js';
import type { MixedCaller, MixedConfig, MixedKind, MixedResult } from './mixed-driver.js';
import { MIXED_AUDIT, MIXED_ME, MIXED_PERMISSIONS, MIXED_SEARCH, SIGN_IN, SUBTREE } from './queries.js';

export const MIXED_PEOPLE = 200;
/** Every MIXED_ADMIN_EVERY-th person is also an Organisation Admin: 5 of the 200. */
const MIXED_ADMIN_EVERY = 40;
const WRITES_PER_SECOND = 20;

/** The mix, by weight (percent). The audit page is sent by admins only. */
export const MIXED_KINDS: MixedKind[] = [
  { name: 'me', weight: 30, query: MIXED_ME },
  { name: 'my department subtree', weight: 20, query: SUBTREE, variables: 'department' },
  { name: 'people search', weight: 25, query: MIXED_SEARCH, variables: 'search' },
  { name: 'my permissions', weight: 20, query: MIXED_PERMISSIONS },
  { name: 'audit page (admins)', weight: 5, adminsOnly: true, query: MIXED_AUDIT },
];

const SURNAMES = ['陳', '李', '黃', '張', '梁', '何', '林', '劉', '吳', '鄭'];
const SURNAMES_EN = ['Chan', 'Lee', 'Wong', 'Cheung', 'Leung', 'Ho', 'Lam', 'Lau', 'Ng', 'Cheng'];
const GIVEN = ['志明', '嘉欣', '家豪', '詠詩', '俊傑', '美玲', '偉強', '穎琳', '子軒', '曉彤', '國華', '淑儀'];
const GIVEN_EN = ['Chi Ming', 'Ka Yan', 'Ka Ho', 'Wing Sze', 'Chun Kit', 'Mei Ling', 'Wai Keung', 'Wing Lam', 'Tsz Hin', 'Hiu Tung', 'Kwok Wah', 'Suk Yee'];
const TITLES = ['文員', '主任', '技術員', '工程師', '督導員', '助理'];

/** What people search for: surnames, given names, English names. */
export const SEARCH_TERMS = [...SURNAMES, ...GIVEN.slice(0, 6), ...SURNAMES_EN.slice(0, 5), 'Wing', 'Ka'];

/** The signed-in people of the mixed workload, and the ids the writer changes. */
export interface MixedPopulation {
  callers: MixedCaller[];
  personIds: string[];
  setupSeconds: number;
}

const CREATE_PERSON = 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }';
const ASSIGN_ROLE = 'mutation($input: AssignRoleInput!) { assignRole(input: $input) { id } }';

/**
 * Creates the 200 people through the API as the demo company's admin — spread over the departments below the root,
 * each managed by their department's leader, every tenth also in a second department, all Employees and a few
 * Organisation Admins — and signs each of them in.
 */
export async function createMixedPopulation(url: string, adminToken: string, password: string, emailDomain: string): Promise<MixedPopulation> {
  const started = Date.now();
  const org = await graphql<{
    departments: { items: { id: string; parentId: string | null; leaders: { id: string }[] }[] };
    roles: { id: string; key: string | null }[];
    jobRanks: { id: string; code: string }[];
  }>(url, '{ departments(take: 100) { items { id parentId leaders { id } } } roles { id key } jobRanks { id code } }', {}, adminToken);
  const departments = org.departments.items.filter((d) => d.parentId !== null);
  const role = (key: string) => org.roles.find((r) => r.key === key)!.id;
  const ranks = org.jobRanks.filter((r) => r.code.startsWith('P'));

  const people = Array.from({ length: MIXED_PEOPLE }, (_, i) => {
    const department = departments[i % departments.length];
    const second = departments[(i + 3) % departments.length];
    return {
      index: i,
      admin: i % MIXED_ADMIN_EVERY === 0,
      email: `mixed.${String(i + 1).padStart(3, '0')}@${emailDomain}`,
      departmentId: department.id,
      input: {
        displayName: `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]} ${String(i + 1).padStart(3, '0')}`,
        englishName: `${SURNAMES_EN[i % SURNAMES.length]} ${GIVEN_EN[(i * 7) % GIVEN.length]}`,
        jobTitle: TITLES[i % TITLES.length],
        rankId: ranks[i % ranks.length]?.id ?? null,
        employeeNo: `MX${String(i + 1).padStart(4, '0')}`,
        workEmail: `mixed.${String(i + 1).padStart(3, '0')}@${emailDomain}`,
        initialPassword: password,
        memberships: [
          { departmentId: department.id, isPrimary: true, managerId: department.leaders[0]?.id ?? null },
          ...(i % 10 === 0 && second.id !== department.id ? [{ departmentId: second.id, isPrimary: false, managerId: second.leaders[0]?.id ?? null }] : []),
        ],
      },
    };
  });
  // Four at a time: each creation hashes a password (argon2) and appends to the company's audit chain.
  const personIds = await inParallel(people, 4, async (person) => {
    const { createPerson } = await graphql<{ createPerson: { id: string } }>(url, CREATE_PERSON, { input: person.input }, adminToken);
    await graphql(url, ASSIGN_ROLE, { input: { personId: createPerson.id, roleId: role('employee') } }, adminToken);
    if (person.admin) await graphql(url, ASSIGN_ROLE, { input: { personId: createPerson.id, roleId: role('org-admin') } }, adminToken);
    return createPerson.id;
  });
  const callers = await inParallel(people, 4, async (person) => {
    const { signIn } = await graphql<{ signIn: { accessToken: string } }>(url, SIGN_IN, { input: { email: person.email, password } });
    return { token: signIn.accessToken, departmentId: person.departmentId, admin: person.admin };
  });
  return { callers, personIds, setupSeconds: (Date.now() - started) / 1000 };
}

/** What the writer did while a mixed load ran. */
export interface WriterResult {
  writes: number;
  failed: number;
  writesPerSecond: number;
}

/**
 * Changes a person's job title through the API WRITES_PER_SECOND times a second (on a timer, not after the previous
 * change, so a slow server gets the changes anyway; at most a second's worth at a time) until `stop` is called.
 */
export function startWriter(url: string, adminToken: string, personIds: string[]): { stop: () => Promise<WriterResult> } {
  const started = Date.now();
  const inFlight = new Set<Promise<void>>();
  let writes = 0;
  let failed = 0;
  let n = 0;
  const timer = setInterval(() => {
    if (inFlight.size >= WRITES_PER_SECOND) return;
    n += 1;
    const write = graphql(
      url,
      'mutation($id: ID!, $input: PersonDetailsInput!) { updatePerson(id: $id, input: $input) { id } }',
      { id: personIds[n % personIds.length], input: { jobTitle: `${TITLES[n % TITLES.length]} ${n % 3}` } },
      adminToken,
    )
      .then(() => void (writes += 1))
      .catch(() => void (failed += 1))
      .finally(() => inFlight.delete(write));
    inFlight.add(write);
  }, 1000 / WRITES_PER_SECOND);
  return {
    stop: async () => {
      clearInterval(timer);
      await Promise.all(inFlight);
      return { writes, failed, writesPerSecond: Math.round((writes / ((Date.now() - started) / 1000)) * 10) / 10 };
    },
  };
}

/** Runs the mixed load against one server (the driver in its own process) while the writer changes the company through it. */
export async function runMixed(url: string, adminToken: string, population: MixedPopulation, connections: number, seconds: number): Promise<MixedResult & { writer: WriterResult }> {
  const dir = mkdtempSync(join(tmpdir(), 'harbour-mixed-'));
  const configFile = join(dir, 'config.json');
  const config: MixedConfig = { url, seconds, connections, callers: population.callers, kinds: MIXED_KINDS, searchTerms: SEARCH_TERMS };
  writeFileSync(configFile, JSON.stringify(config));
  const writer = startWriter(url, adminToken, population.personIds);
  let output: string;
  let written: WriterResult;
  try {
    output = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', '@oxc-node/core/register', join(projectRoot, 'bench/mixed-driver.ts'), configFile], {
        cwd: join(projectRoot, 'api'),
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let out = '';
      child.stdout.on('data', (chunk) => (out += chunk));
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`mixed driver exited with ${code}`))));
    });
  } finally {
    written = await writer.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return { ...(JSON.parse(output) as MixedResult), writer: written };
}
