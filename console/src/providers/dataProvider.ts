import { useDataProvider, type DataProvider, type GetListParams, type Identifier } from 'react-admin';
import { graphqlRequest, graphqlSubscribe } from './graphqlClient';
import * as op from './operations';

type AnyRecord = Record<string, any>;
type ListResult = { items: AnyRecord[]; totalCount: number };

/** A rule as the API reads and writes it. */
export interface PermissionRuleData {
  action: string;
  subject: string;
  conditions?: Record<string, unknown> | null;
  fields?: string[] | null;
  inverted?: boolean | null;
  description?: string | null;
}

/** The words rules are written in (actions, subjects, placeholders). */
export interface PermissionVocabulary {
  actions: string[];
  placeholders: string[];
  subjects: { name: string; description: string; conditionFields: string[]; protectedFields: string[] }[];
}

/** How far a set of rules reaches on one subject and action. */
export interface EffectivePermission {
  subject: string;
  action: string;
  access: 'ALL' | 'CONDITIONAL' | 'NONE';
  conditions: string[];
  fields: string[] | null;
}

/** The answer of `explainPermission`. */
export interface PermissionExplanation {
  allowed: boolean;
  explanation: string;
  roleId: string | null;
  roleName: string | null;
  ruleNumber: number | null;
  rule: PermissionRuleData | null;
}

/** Result of `verifyAuditChain`. */
export interface AuditChainVerification {
  valid: boolean;
  checkedEntries: number;
  firstBrokenSequence: number | null;
  reasonCode: string | null;
  reason: string | null;
}

/** Result of `importOrganizationCsv`. */
export interface ImportReport {
  applied: boolean;
  created: number;
  updated: number;
  unchanged: number;
  problems: { row: number; field: string; code: string; message: string }[];
}

/** Where a running import is (see the importProgress subscription). */
export interface ImportProgress {
  stage: 'CHECKING' | 'SAVING' | 'VERIFYING' | 'DONE';
  processedRows: number;
  totalRows: number;
}

/** An email domain the organisation claims for sign-in emails. */
export interface EmailDomain {
  id: string;
  domain: string;
  status: 'PENDING' | 'VERIFIED';
  verificationMethod: 'DNS_TXT' | 'OPERATOR' | null;
  /** The TXT record to publish while pending (only for people who may verify). */
  verificationRecord: string | null;
  verifiedAt: string | null;
  createdAt: string;
}

/** react-admin's data provider plus the API's named operations that are not CRUD. */
export interface HarbourDataProvider extends DataProvider {
  addPersonToDepartment(personId: Identifier, input: { departmentId: string; managerId?: string | null; isPrimary?: boolean }): Promise<unknown>;
  updateMembership(id: Identifier, input: { managerId?: string | null; isPrimary?: boolean }): Promise<unknown>;
  removePersonFromDepartment(membershipId: Identifier): Promise<unknown>;
  assignRole(input: { personId: Identifier; roleId: Identifier; scopeDepartmentId?: Identifier | null }): Promise<unknown>;
  unassignRole(assignmentId: Identifier): Promise<unknown>;
  permissionVocabulary(): Promise<PermissionVocabulary>;
  previewRolePermissions(rules: PermissionRuleData[]): Promise<EffectivePermission[]>;
  explainPermission(input: { personId: Identifier; action: string; subject: string; recordId?: string | null; field?: string | null }): Promise<PermissionExplanation>;
  verifyAuditChain(): Promise<AuditChainVerification>;
  /** Runs an import; `onProgress` hears its steps as they happen. */
  importOrganizationCsv(kind: 'DEPARTMENTS' | 'PEOPLE', csv: string, dryRun: boolean, onProgress?: (progress: ImportProgress) => void): Promise<ImportReport>;
  emailDomains(): Promise<EmailDomain[]>;
  claimEmailDomain(domain: string): Promise<EmailDomain>;
  verifyEmailDomain(id: Identifier): Promise<EmailDomain>;
  removeEmailDomain(id: Identifier): Promise<boolean>;
}

const MAX_PAGE = 100;

function page(params: Pick<GetListParams, 'pagination'>): { take: number; skip: number } {
  const { page: number = 1, perPage = 25 } = params.pagination ?? {};
  const take = Math.min(Math.max(perPage, 1), MAX_PAGE);
  return { take, skip: (number - 1) * take };
}

/** Filter values react-admin leaves as '' or undefined are not sent. */
function compact(values: AnyRecord): AnyRecord {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== null && v !== ''));
}

const sameValue = (a: unknown, b: unknown) => (a ?? '') === (b ?? '');

const personDetailFields = [
  'displayName',
  'englishName',
  'workEmail',
  'employeeNo',
  'jobTitle',
  'rankId',
  'employmentStartDate',
  'employmentEndDate',
  'locale',
  'mobilePhone',
  'personalEmail',
  'homeAddress',
  'externalId',
] as const;

/** Only the changed details, so nobody needs permission for fields they did not touch (protected fields). */
function changedDetails(data: AnyRecord, previous: AnyRecord): AnyRecord {
  const changes: AnyRecord = {};
  for (const field of personDetailFields) {
    if (field in data && !sameValue(data[field], previous[field])) changes[field] = data[field] === '' ? null : data[field];
  }
  return changes;
}

const toPerson = (person: AnyRecord): AnyRecord => ({ ...person, rankId: person.rank?.id ?? null });
const toDepartment = (department: AnyRecord): AnyRecord => ({ ...department, leaderIds: (department.leaders ?? []).map((p: AnyRecord) => p.id) });

/** Dates picked as YYYY-MM-DD in the browser's time zone; `to` is exclusive, so the whole end day is included. */
function dayStart(day: string, offsetDays = 0): string {
  const date = new Date(`${day}T00:00:00`);
  date.setDate(date.getDate() + offsetDays);
  return date.toISOString();
}

async function getOneRecord(resource: string, id: Identifier): Promise<AnyRecord> {
  switch (resource) {
    case 'departments':
      return toDepartment((await graphqlRequest<{ department: AnyRecord }>(op.DEPARTMENT, { id })).department);
    case 'people':
      return toPerson((await graphqlRequest<{ person: AnyRecord }>(op.PERSON, { id })).person);
    case 'roles':
      return (await graphqlRequest<{ role: AnyRecord }>(op.ROLE, { id })).role;
    case 'jobRanks': {
      const rank = (await graphqlRequest<{ jobRanks: AnyRecord[] }>(op.JOB_RANKS)).jobRanks.find((r) => r.id === id);
      if (!rank) throw new Error('ra.notification.item_doesnt_exist');
      return rank;
    }
    case 'organization':
      return (await graphqlRequest<{ organization: AnyRecord }>(op.ORGANIZATION)).organization;
    default:
      throw new Error(`Unknown resource ${resource}`);
  }
}

async function getListResult(resource: string, params: GetListParams): Promise<{ data: AnyRecord[]; total: number }> {
  const filter = params.filter ?? {};
  switch (resource) {
    case 'departments': {
      const variables = { ...page(params), filter: compact({ search: filter.q, rootsOnly: filter.rootsOnly, parentId: filter.parentId, includeArchived: filter.includeArchived }) };
      const { departments } = await graphqlRequest<{ departments: ListResult }>(op.DEPARTMENTS, variables);
      return { data: departments.items.map(toDepartment), total: departments.totalCount };
    }
    case 'people': {
      const variables = {
        ...page(params),
        filter: compact({ search: filter.q, departmentId: filter.departmentId, includeSubtree: filter.departmentId ? filter.includeSubtree ?? true : undefined, status: filter.status, rankId: filter.rankId }),
      };
      const { people } = await graphqlRequest<{ people: ListResult }>(op.PEOPLE, variables);
      return { data: people.items.map(toPerson), total: people.totalCount };
    }
    case 'audit': {
      const variables = {
        ...page(params),
        filter: compact({
          actionPrefix: filter.actionPrefix,
          targetType: filter.targetType,
          targetId: filter.targetId,
          actorId: filter.actorId,
          from: filter.from ? dayStart(filter.from) : undefined,
          to: filter.to ? dayStart(filter.to, 1) : undefined,
        }),
      };
      const { auditEntries } = await graphqlRequest<{ auditEntries: ListResult }>(op.AUDIT_ENTRIES, variables);
      return { data: auditEntries.items, total: auditEntries.totalCount };
    }
    case 'roles': {
      const { roles } = await graphqlRequest<{ roles: AnyRecord[] }>(op.ROLES);
      const q = String(filter.q ?? '').trim().toLowerCase();
      const matching = q ? roles.filter((r) => `${r.name} ${r.description}`.toLowerCase().includes(q)) : roles;
      return clientPage(matching, params);
    }
    case 'roleAssignments': {
      const { roleAssignments } = await graphqlRequest<{ roleAssignments: AnyRecord[] }>(op.ROLE_ASSIGNMENTS, compact({ personId: filter.personId, roleId: filter.roleId }));
      return clientPage(roleAssignments, params);
    }
    case 'jobRanks': {
      const { jobRanks } = await graphqlRequest<{ jobRanks: AnyRecord[] }>(op.JOB_RANKS);
      return clientPage(jobRanks, params);
    }
    default:
      throw new Error(`Unknown resource ${resource}`);
  }
}

/** Lists the API returns whole (roles, ranks, assignments) are paged in the browser. */
function clientPage(all: AnyRecord[], params: GetListParams): { data: AnyRecord[]; total: number } {
  const { take, skip } = page(params);
  return { data: all.slice(skip, skip + take), total: all.length };
}

async function createRecord(resource: string, data: AnyRecord): Promise<AnyRecord> {
  switch (resource) {
    case 'departments': {
      const input = compact({ name: data.name, code: data.code, parentId: data.parentId, externalId: data.externalId });
      return toDepartment((await graphqlRequest<{ createDepartment: AnyRecord }>(op.CREATE_DEPARTMENT, { input })).createDepartment);
    }
    case 'people': {
      const details = compact(Object.fromEntries(personDetailFields.map((field) => [field, data[field]])));
      const memberships = (data.memberships ?? []).map((m: AnyRecord, index: number) =>
        compact({ departmentId: m.departmentId, managerId: m.managerId, isPrimary: m.isPrimary ?? index === 0 }),
      );
      const input = { ...details, memberships, ...compact({ initialPassword: data.initialPassword }) };
      return toPerson((await graphqlRequest<{ createPerson: AnyRecord }>(op.CREATE_PERSON, { input })).createPerson);
    }
    case 'roles': {
      const input = { name: data.name, description: data.description ?? null, rules: data.rules ?? [] };
      return (await graphqlRequest<{ createRole: AnyRecord }>(op.CREATE_ROLE, { input })).createRole;
    }
    default:
      throw new Error(`Cannot create ${resource}`);
  }
}

async function updateRecord(resource: string, id: Identifier, data: AnyRecord, previous: AnyRecord): Promise<AnyRecord> {
  switch (resource) {
    case 'departments': {
      let result: AnyRecord | null = null;
      const renamed = ('name' in data && !sameValue(data.name, previous.name)) || ('code' in data && !sameValue(data.code, previous.code));
      if (renamed) {
        const variables = { id, name: data.name ?? previous.name, code: ('code' in data ? data.code : previous.code) || null };
        result = (await graphqlRequest<{ renameDepartment: AnyRecord }>(op.RENAME_DEPARTMENT, variables)).renameDepartment;
      }
      if ('parentId' in data && !sameValue(data.parentId, previous.parentId)) {
        result = (await graphqlRequest<{ moveDepartment: AnyRecord }>(op.MOVE_DEPARTMENT, { id, newParentId: data.parentId || null })).moveDepartment;
      }
      const leaderIds: string[] | undefined = data.leaderIds;
      if (leaderIds && [...leaderIds].sort().join() !== [...(previous.leaderIds ?? [])].sort().join()) {
        result = (await graphqlRequest<{ setDepartmentLeaders: AnyRecord }>(op.SET_DEPARTMENT_LEADERS, { id, personIds: leaderIds })).setDepartmentLeaders;
      }
      return result ? toDepartment(result) : previous;
    }
    case 'people': {
      const input = changedDetails(data, previous);
      if (Object.keys(input).length === 0) return previous;
      await graphqlRequest(op.UPDATE_PERSON, { id, input });
      return getOneRecord('people', id);
    }
    case 'roles': {
      const input = { name: data.name, description: data.description ?? '', rules: data.rules };
      return (await graphqlRequest<{ updateRole: AnyRecord }>(op.UPDATE_ROLE, { id, input })).updateRole;
    }
    case 'organization': {
      const input = { name: data.name, defaultLocale: data.defaultLocale };
      return (await graphqlRequest<{ updateOrganizationSettings: AnyRecord }>(op.UPDATE_ORGANIZATION_SETTINGS, { input })).updateOrganizationSettings;
    }
    default:
      throw new Error(`Cannot update ${resource}`);
  }
}

async function deleteRecord(resource: string, id: Identifier, previous: AnyRecord | undefined, meta: AnyRecord | undefined): Promise<AnyRecord> {
  switch (resource) {
    case 'departments':
      return toDepartment((await graphqlRequest<{ archiveDepartment: AnyRecord }>(op.ARCHIVE_DEPARTMENT, { id })).archiveDepartment);
    case 'people':
      return toPerson((await graphqlRequest<{ archivePerson: AnyRecord }>(op.ARCHIVE_PERSON, { id, lastDay: meta?.lastDay || null })).archivePerson);
    case 'roles':
      await graphqlRequest(op.DELETE_ROLE, { id });
      return previous ?? { id };
    default:
      throw new Error(`Cannot delete ${resource}`);
  }
}

/** Loads several records one by one (the API has no "by ids" lists); missing ones are left out. */
async function getManyRecords(resource: string, ids: Identifier[]): Promise<AnyRecord[]> {
  if (resource === 'roles' || resource === 'jobRanks') {
    const { data } = await getListResult(resource, { pagination: { page: 1, perPage: MAX_PAGE }, sort: { field: 'id', order: 'ASC' }, filter: {} });
    return data.filter((record) => ids.includes(record.id));
  }
  const results = await Promise.allSettled(ids.map((id) => getOneRecord(resource, id)));
  return results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
}

/** Maps react-admin's calls and the console's named actions onto the API's GraphQL operations. */
export const dataProvider: HarbourDataProvider = {
  getList: async (resource, params) => (await getListResult(resource, params)) as { data: any[]; total: number },
  getOne: async (resource, params) => ({ data: (await getOneRecord(resource, params.id)) as any }),
  getMany: async (resource, params) => ({ data: (await getManyRecords(resource, params.ids)) as any[] }),
  getManyReference: async (resource, params) =>
    (await getListResult(resource, { ...params, filter: { ...params.filter, [params.target]: params.id } })) as { data: any[]; total: number },
  create: async (resource, params) => ({ data: (await createRecord(resource, params.data)) as any }),
  update: async (resource, params) => ({ data: (await updateRecord(resource, params.id, params.data, params.previousData)) as any }),
  updateMany: async (resource, params) => {
    throw new Error(`Cannot update several ${resource} at once (${params.ids.length})`);
  },
  delete: async (resource, params) => ({ data: (await deleteRecord(resource, params.id, params.previousData, params.meta)) as any }),
  deleteMany: async (resource, params) => {
    for (const id of params.ids) await deleteRecord(resource, id, undefined, params.meta);
    return { data: params.ids };
  },

  addPersonToDepartment: (personId, input) => graphqlRequest(op.ADD_PERSON_TO_DEPARTMENT, { personId, input: compact(input) }),
  updateMembership: (id, input) => graphqlRequest(op.UPDATE_MEMBERSHIP, { id, input }),
  removePersonFromDepartment: (membershipId) => graphqlRequest(op.REMOVE_PERSON_FROM_DEPARTMENT, { membershipId }),
  assignRole: (input) => graphqlRequest(op.ASSIGN_ROLE, { input: compact(input) }),
  unassignRole: (assignmentId) => graphqlRequest(op.UNASSIGN_ROLE, { assignmentId }),
  permissionVocabulary: async () => (await graphqlRequest<{ permissionVocabulary: PermissionVocabulary }>(op.PERMISSION_VOCABULARY)).permissionVocabulary,
  previewRolePermissions: async (rules) =>
    (await graphqlRequest<{ previewRolePermissions: EffectivePermission[] }>(op.PREVIEW_ROLE_PERMISSIONS, { rules })).previewRolePermissions,
  explainPermission: async (input) =>
    (await graphqlRequest<{ explainPermission: PermissionExplanation }>(op.EXPLAIN_PERMISSION, { input: compact(input) })).explainPermission,
  verifyAuditChain: async () => (await graphqlRequest<{ verifyAuditChain: AuditChainVerification }>(op.VERIFY_AUDIT_CHAIN)).verifyAuditChain,
  importOrganizationCsv: async (kind, csv, dryRun, onProgress) => {
    // Progress is a nicety: when following it fails, the import runs without it.
    let progressKey: string | null = null;
    let stop: () => void = () => {};
    if (onProgress) {
      try {
        // getRandomValues works on plain-HTTP intranet hosts too (randomUUID needs a secure context).
        const key = Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
        stop = await graphqlSubscribe<{ importProgress: ImportProgress }>(op.IMPORT_PROGRESS, { progressKey: key }, (data) => onProgress(data.importProgress));
        progressKey = key;
      } catch {
        // no progress then
      }
    }
    try {
      return (await graphqlRequest<{ importOrganizationCsv: ImportReport }>(op.IMPORT_ORGANIZATION_CSV, { kind, csv, dryRun, progressKey })).importOrganizationCsv;
    } finally {
      stop();
    }
  },
  emailDomains: async () => (await graphqlRequest<{ organization: { emailDomains: EmailDomain[] } }>(op.EMAIL_DOMAINS)).organization.emailDomains,
  claimEmailDomain: async (domain) => (await graphqlRequest<{ claimEmailDomain: EmailDomain }>(op.CLAIM_EMAIL_DOMAIN, { domain })).claimEmailDomain,
  verifyEmailDomain: async (id) => (await graphqlRequest<{ verifyEmailDomain: EmailDomain }>(op.VERIFY_EMAIL_DOMAIN, { id })).verifyEmailDomain,
  removeEmailDomain: async (id) => (await graphqlRequest<{ removeEmailDomain: boolean }>(op.REMOVE_EMAIL_DOMAIN, { id })).removeEmailDomain,
};

/** The data provider with the Harbour-specific methods typed. */
export const useHarbourDataProvider = () => useDataProvider<HarbourDataProvider>();

