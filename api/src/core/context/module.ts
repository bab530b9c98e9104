import type { EntityManager } from '@mikro-orm/postgresql';
import type { MessageCatalog } from '../i18n/i18n.js';
import type { ActionDefinition, SubjectDefinition } from '../authz/vocabulary.js';
import type { CredentialKind } from '../security/rate-limits.js';
import type { EventDefinition } from '../events/catalog.js';
import type { EventConsumer } from '../events/consumers.js';
import type { RecordedEvent } from '../events/event.js';
import type { Locale } from '../i18n/i18n.js';
import type { JobDefinition } from '../jobs/jobs.js';
import type { FilePurpose } from '../storage/file-purposes.js';
import type { RequestContext } from './request-context.js';
import type { AppServices } from './services.js';

/**
 * Runs inside a mutation's transaction just before commit, after the outbox rows are written. The audit module uses it
 * to chain an audit entry for every recorded fact, so no mutation can change data without leaving a trace.
 */
export type TransactionHook = (ctx: RequestContext, em: EntityManager, events: RecordedEvent[]) => Promise<void>;

/** A permission rule as a module declares it for a built-in role (the shape roles store; see the access module). */
export interface GrantRule {
  action: string;
  subject: string;
  conditions?: Record<string, unknown>;
  fields?: string[];
  inverted?: boolean;
  description?: string;
}

/**
 * One numbered step of a module's default grants: rules added to Harbour's built-in roles (by key: org-admin, hr,
 * finance, department-manager, employee, auditor). Steps are applied like migrations — once per organisation, in order,
 * recorded in `module_grant_version` — so a new step reaches every existing organisation at the next start, and a rule an
 * organisation's admin removed from a built-in role is never put back by a later start. New organisations get every step
 * when they are opened.
 */
export interface GrantStep {
  version: number;
  roles: Record<string, GrantRule[]>;
}

/** The organisation being opened, as a module's tenant set-up sees it. */
export interface NewTenant {
  tenantId: string;
  name: string;
  locale: Locale;
  /** The first admin (a person of the new organisation). */
  adminPersonId: string;
}

/**
 * A module's part in opening an organisation (seeding its templates and defaults). It runs inside the creating
 * transaction, after roles, the top department and the first admin exist: rows it creates must name `tenant.tenantId`
 * (the caller's context belongs to the platform operator, not to the new organisation), and facts it records must
 * carry `tenantId` too. A failure rolls the whole organisation back.
 */
export type TenantSetup = (ctx: RequestContext, em: EntityManager, tenant: NewTenant) => Promise<void>;

/** What a domain module contributes to the app; each module's index.ts exports one. */
export interface HarbourModule {
  name: string;
  entities: Function[];
  resolvers: Function[];
  messages?: MessageCatalog;
  subjects?: SubjectDefinition[];
  /** Verbs the module's rules need beyond the core ones (approve, withdraw …), with their labels. */
  actions?: ActionDefinition[];
  /** What Harbour's built-in roles may do with the module's subjects, as numbered steps (see GrantStep). */
  grants?: GrantStep[];
  /** Seeds the module's defaults into every new organisation, inside the creating transaction. */
  tenantSetup?: TenantSetup;
  /** Reactions to committed events, each with its own durable cursor per organisation. */
  consumers?: EventConsumer[];
  /** Kinds of background job the module's services schedule (run at a time, retried, once across replicas). */
  jobs?: JobDefinition[];
  /**
   * What the module stores files for (core/storage): each purpose's limits, accepted types, previews, and who reads a
   * file once it is attached to one of the module's records.
   */
  filePurposes?: FilePurpose[];
  /** The event types the module records (published as schema/events/*.json). */
  events?: EventDefinition[];
  transactionHooks?: TransactionHook[];
  /**
   * Mutations that take or hand out credentials (root field → kind): they get their own rate limits, and their answers
   * are never stored or replayed under an Idempotency-Key.
   */
  credentialMutations?: Record<string, CredentialKind>;
  /** Called once the process services exist (e.g. the access module installs the abilities' rules loader). */
  onStart?: (services: AppServices) => void;
  /**
   * Data upkeep run when a worker process starts (HARBOUR_ROLE worker or all), after migrations and before background
   * work begins — e.g. the access module applies modules' new default grants to existing organisations. Must be
   * idempotent and safe when several workers start at once.
   */
  onWorkerStart?: (services: AppServices) => Promise<void>;
}
