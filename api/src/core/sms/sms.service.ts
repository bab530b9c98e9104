import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../context/request-context.js';
import { sql, tenantSql, TENANT } from '../database/sql.js';
import { assertNoProblems, notFound, type FieldProblem } from '../errors/app-error.js';
import { checkPage, type PageArgs } from '../graphql/pagination.js';
import { translate } from '../i18n/i18n.js';
import { scheduleJob, type JobDefinition, type JobRun } from '../jobs/jobs.js';
import { normalizePhone } from './phone.js';
import { SmsMessage, SmsStatus } from './sms-message.entity.js';
import { SmsProviderError } from './sms-provider.js';
import { smsTransitions } from './sms.transitions.js';

/**
 * Attempts of one text before it is a dead letter. graphile-worker waits e^n seconds after the n-th failure, so the
 * eighth attempt comes about half an hour after the first: long enough to ride out a provider's outage, short enough
 * for a text that is about now.
 */
export const SMS_MAX_ATTEMPTS = 8;
/** The longest text accepted (a few concatenated SMS parts). */
export const SMS_MAX_TEXT = 1_000;
const HOUR_MS = 3_600_000;
const PURPOSE = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9_-]*)+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A text a module wants sent (see queueSms). */
export interface SmsRequest {
  /** E.164, or a Hong Kong number of eight digits; anything else is SMS_INVALID_PHONE. */
  to: string;
  /** The person texted, when it is a person of the organisation (shown to admins and carried by the outcome events). */
  personId?: string | null;
  text: string;
  /** Why it is sent, `<module>.<what>`, e.g. `messaging.ding`. */
  purpose: string;
  /**
   * The caller's idempotency key, unique in the organisation: queueing again with a key already used queues nothing
   * and answers the text queued first (whatever its number or text), e.g. `ding:<ding id>:<person id>`.
   */
  key: string;
}

/** The fields rule conditions test (see the subject in index.ts). */
export const smsSubject = (message: SmsMessage) => ({ id: message.id, status: message.status, purpose: message.purpose });

function requestProblems(request: SmsRequest): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!request.text.trim()) problems.push({ field: 'text', code: 'REQUIRED' });
  else if (request.text.length > SMS_MAX_TEXT) problems.push({ field: 'text', code: 'TOO_LONG', params: { max: SMS_MAX_TEXT } });
  if (request.purpose.length > 100 || !PURPOSE.test(request.purpose)) problems.push({ field: 'purpose', code: 'INVALID_VALUE' });
  if (!request.key || request.key.length > 200) problems.push({ field: 'key', code: 'INVALID_VALUE' });
  if (request.personId != null && !UUID.test(request.personId)) problems.push({ field: 'personId', code: 'INVALID_VALUE' });
  return problems;
}

/**
 * Queues a text in the caller's transaction (`em` is the one `ctx.transaction` hands out): the row and the job that
 * sends it commit with the caller's change, so a rolled-back change sends nothing. The job sends it through the
 * configured provider, retries what may succeed later with backoff, holds it while the recipient's hourly limit is
 * reached, and leaves it FAILED (a dead letter `retrySmsMessage` queues again) when the provider refuses it or after
 * SMS_MAX_ATTEMPTS. Delivery is at least once: a worker dying between the provider's acceptance and marking the text
 * sent makes the job send it again, with the same id as the provider's idempotency key.
 * Returns the queued text — or, for a key already used in the organisation, the text queued with it first.
 */
export async function queueSms(ctx: RequestContext, em: EntityManager, request: SmsRequest): Promise<SmsMessage> {
  const phone = normalizePhone(request.to);
  assertNoProblems(requestProblems(request));
  // A concurrent transaction queueing the same key waits here on the unique index, then finds the key taken.
  const [inserted] = await tenantSql<{ id: string }>(
    em,
    ctx.tenantId,
    sql`insert into sms_message (id, tenant_id, person_id, phone, text, purpose, key, status, attempts, version, created_at, updated_at)
      values (${randomUUID()}, ${TENANT}, ${request.personId ?? null}, ${phone}, ${request.text}, ${request.purpose}, ${request.key}, ${SmsStatus.QUEUED}, 0, 1, now(), now())
      on conflict (tenant_id, key) do nothing returning id`,
  );
  if (inserted) await scheduleJob(ctx, em, deliverSms, { messageId: inserted.id }, { key: inserted.id });
  return em.findOneOrFail(SmsMessage, inserted ? { id: inserted.id } : { key: request.key });
}

/**
 * When the recipient's hourly window next has room, or null when it has room now. Takes a per-number lock first, held
 * to the end of the transaction (the send included), so two workers never both take the window's last place.
 */
async function windowOpensAt(ctx: RequestContext, em: EntityManager, phone: string): Promise<Date | null> {
  const limit = ctx.services.config.sms.maxPerRecipientPerHour;
  if (limit <= 0) return null;
  await tenantSql(em, ctx.tenantId, sql`select pg_advisory_xact_lock(hashtextextended('sms ' || ${TENANT}::text || ${phone}, 0))`);
  // The limit-th most recent text sent within the hour: once it is an hour old, the window has room again.
  const [oldest] = await tenantSql<{ sent_at: Date }>(
    em,
    ctx.tenantId,
    sql`select sent_at from sms_message where tenant_id = ${TENANT} and phone = ${phone} and status = ${SmsStatus.SENT} and sent_at > ${new Date(ctx.now().getTime() - HOUR_MS)}
      order by sent_at desc offset ${limit - 1} limit 1`,
  );
  return oldest ? new Date(new Date(oldest.sent_at).getTime() + HOUR_MS) : null;
}

/** The outcome events' payload. */
const outcomeOf = (message: SmsMessage) => ({ smsMessageId: message.id, personId: message.personId, purpose: message.purpose });

/**
 * One attempt at a queued text, under a lock on its row (a text is never with two workers at once): held back to when
 * the recipient's window opens (rescheduled, still QUEUED, no attempt counted), or handed to the provider — SENT;
 * FAILED when refused or on the last attempt; otherwise the failure is kept on the row (and recorded as a fact) and
 * thrown after commit, so the job system retries it with backoff.
 */
async function attemptDelivery(ctx: RequestContext, messageId: string, run: JobRun): Promise<Error | null> {
  return ctx.transaction(async (em) => {
    const message = await em.findOne(SmsMessage, { id: messageId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    // At least once: a rerun after it was sent or failed finds nothing to do.
    if (!message || message.status !== SmsStatus.QUEUED) return null;
    const opensAt = await windowOpensAt(ctx, em, message.phone);
    if (opensAt) {
      await scheduleJob(ctx, em, deliverSms, { messageId }, { runAt: opensAt, key: messageId });
      return null;
    }
    message.attempts += 1;
    try {
      const accepted = await ctx.services.sms.send({ id: message.id, to: message.phone, text: message.text });
      smsTransitions.move(message, 'send', { change: (m) => Object.assign(m, { sentAt: ctx.now(), providerMessageId: accepted.providerMessageId }) });
      ctx.record({ type: 'sms.message.sent', subjectType: 'SmsMessage', subjectId: message.id, subjectLabel: message.purpose, payload: outcomeOf(message) });
      return null;
    } catch (error) {
      const failure = error instanceof SmsProviderError ? error : new SmsProviderError(error instanceof Error ? error.message : String(error), true);
      message.lastError = failure.message.slice(0, 1000);
      if (failure.retryable && run.attempt < run.maxAttempts) {
        ctx.record({ type: 'sms.message.attempt_failed', subjectType: 'SmsMessage', subjectId: message.id, subjectLabel: message.purpose, payload: outcomeOf(message) });
        return failure;
      }
      smsTransitions.move(message, 'fail', { change: (m) => (m.failedAt = ctx.now()) });
      ctx.record({ type: 'sms.message.failed', subjectType: 'SmsMessage', subjectId: message.id, subjectLabel: message.purpose, payload: outcomeOf(message) });
      return null;
    }
  });
}

/** The job that sends one queued text (scheduled by queueSms and retrySmsMessage, keyed by the text's id). */
export const deliverSms: JobDefinition<{ messageId: string }> = {
  name: 'core.sms.deliver',
  maxAttempts: SMS_MAX_ATTEMPTS,
  handle: async (ctx, { messageId }, run = { attempt: 1, maxAttempts: 1 }) => {
    const retry = await attemptDelivery(ctx, messageId, run);
    if (retry) throw retry;
  },
};

/** Loads a text the caller may read; another organisation's or one they may not see is NOT_FOUND. */
async function loadSmsMessage(ctx: RequestContext, em: EntityManager, id: string): Promise<SmsMessage> {
  const message = await em.findOne(SmsMessage, { id });
  if (!message || !ctx.can('read', 'SmsMessage', smsSubject(message))) throw notFound('SmsMessage', id);
  return message;
}

/** Texts the caller may read (filtered in SQL by their rules), newest first. */
export async function listSmsMessages(ctx: RequestContext, filter: { status?: SmsStatus | null; purpose?: string | null }, page: PageArgs): Promise<{ items: SmsMessage[]; totalCount: number }> {
  const { limit, offset } = checkPage(page, ctx.services.config.maxPageSize);
  const where: Record<string, unknown>[] = [ctx.accessibleWhere('read', 'SmsMessage')];
  if (filter.status) where.push({ status: filter.status });
  if (filter.purpose) where.push({ purpose: filter.purpose });
  const [items, totalCount] = await ctx.em.findAndCount(SmsMessage, { $and: where }, { orderBy: { createdAt: 'desc', id: 'asc' }, limit, offset });
  return { items, totalCount };
}

/** Queues a dead letter (FAILED) again: the job tries it afresh, with all its attempts. */
export async function retrySmsMessage(ctx: RequestContext, id: string): Promise<SmsMessage> {
  return ctx.transaction(async (em) => {
    const message = await loadSmsMessage(ctx, em, id);
    ctx.authorize('retry', 'SmsMessage', smsSubject(message));
    await smsTransitions.apply(em, message, 'retry', { change: (m) => (m.failedAt = null) });
    await scheduleJob(ctx, em, deliverSms, { messageId: message.id }, { key: message.id });
    ctx.record({ type: 'sms.message.retried', subjectType: 'SmsMessage', subjectId: message.id, subjectLabel: message.purpose, payload: { smsMessageId: message.id } });
    return message;
  });
}

/** Queues a test text to `to` (in the caller's language), so an admin can see the provider's set-up work. */
export async function sendTestSms(ctx: RequestContext, to: string): Promise<SmsMessage> {
  return ctx.transaction(async (em) => {
    const message = await queueSms(ctx, em, { to, text: translate('SMS_TEST_TEXT', ctx.locale), purpose: 'sms.test', key: `sms.test:${randomUUID()}` });
    ctx.authorize('send', 'SmsMessage', smsSubject(message));
    ctx.record({
      type: 'sms.message.test_queued',
      subjectType: 'SmsMessage',
      subjectId: message.id,
      subjectLabel: message.purpose,
      payload: { smsMessageId: message.id },
      after: { phone: message.phone },
    });
    return message;
  });
}
