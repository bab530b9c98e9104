import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../core/context/request-context.js';
import { sql, tenantSql, TENANT } from '../../core/database/sql.js';
import { pgArray } from '../../core/database/tenant-filter.js';
import { AppError, assertNoProblems, forbidden, notFound } from '../../core/errors/app-error.js';
import { normaliseLocale, translate } from '../../core/i18n/i18n.js';
import { scheduleJob, type JobDefinition } from '../../core/jobs/jobs.js';
import { queueSms } from '../../core/sms/index.js';
import { WorkingCalendar } from '../worktime/index.js';
import { Ding, DingRecipient } from './ding.entity.js';
import { messageAsMember } from './messages.service.js';
import { policyOf } from './policy.service.js';
import { quietUntil } from './quiet-hours.js';

/** DINGs one person may send in an hour: urgent nudges lose their meaning (and cost texts) when they are routine. */
export const DINGS_PER_HOUR = 10;
/** Recipients of one DING at most. */
export const MAX_DING_RECIPIENTS = 100;
const TEXT_EXCERPT = 120;

/**
 * Sends a DING about one's own message to some of its conversation's members: they get it in the app at once (their
 * live subscription), and a text message after the organisation's delay if they have neither read the message nor
 * confirmed the DING by then — never in their quiet hours, unless it is an emergency.
 */
export async function dingMessage(ctx: RequestContext, messageId: string, input: { personIds: string[]; emergency?: boolean | null }): Promise<Ding> {
  const me = ctx.requireActor().personId;
  const personIds = [...new Set(input.personIds)].filter((id) => id !== me);
  if (personIds.length === 0) assertNoProblems([{ field: 'personIds', code: 'REQUIRED' }]);
  if (personIds.length > MAX_DING_RECIPIENTS) assertNoProblems([{ field: 'personIds', code: 'TOO_MANY_ITEMS', params: { max: MAX_DING_RECIPIENTS } }]);
  return ctx.transaction(async (em) => {
    const { message, conversation } = await messageAsMember(ctx, em, messageId);
    if (message.sender?.id !== me) throw forbidden('ding', 'Message');
    if (message.recalledAt) throw new AppError('MESSAGING_MESSAGE_RECALLED');
    if (conversation.archivedAt) throw new AppError('MESSAGING_CONVERSATION_ARCHIVED');
    const members = await tenantSql<{ person_id: string }>(
      em,
      ctx.tenantId,
      sql`select person_id from conversation_member where tenant_id = ${TENANT} and conversation_id = ${conversation.id} and left_at is null and person_id = any(${pgArray(personIds)}::uuid[])`,
    );
    const known = new Set(members.map((row) => row.person_id));
    const strangers = personIds.filter((id) => !known.has(id));
    if (strangers.length > 0) assertNoProblems([{ field: 'personIds', code: 'MESSAGING_DING_NOT_MEMBER', params: { ids: strangers.join(', ') } }]);
    // One sender's DINGs are counted one at a time, so two sent together cannot both take the last place of the hour.
    await tenantSql(em, ctx.tenantId, sql`select pg_advisory_xact_lock(hashtext(${`ding:${me}`}), hashtext(${TENANT}::text))`);
    const hourAgo = new Date(ctx.now().getTime() - 3_600_000);
    if ((await em.count(Ding, { sender: me, createdAt: { $gt: hourAgo } })) >= DINGS_PER_HOUR) throw new AppError('MESSAGING_DING_LIMIT', { max: DINGS_PER_HOUR });
    const ding = em.create(Ding, { tenantId: ctx.tenantId, message: message.id, sender: me, emergency: input.emergency ?? false, createdAt: ctx.now() });
    em.persist(ding);
    for (const personId of personIds) em.persist(em.create(DingRecipient, { tenantId: ctx.tenantId, ding, person: personId }));
    const policy = await policyOf(ctx, em);
    await scheduleJob(ctx, em, textUnreadDing, { dingId: ding.id }, { runAt: new Date(ctx.now().getTime() + policy.dingSmsAfterMinutes * 60_000), key: ding.id });
    ctx.record({
      type: 'messaging.message.dinged',
      subjectType: 'Conversation',
      subjectId: conversation.id,
      payload: { conversationId: conversation.id, messageId: message.id, seq: message.seq, personIds, dingId: ding.id },
    });
    return ding;
  });
}

/** A recipient confirms a DING (again: no change); no text goes to them after. */
export async function confirmDing(ctx: RequestContext, dingId: string): Promise<Ding> {
  const me = ctx.requireActor().personId;
  return ctx.transaction(async (em) => {
    const recipient = await em.findOne(DingRecipient, { ding: dingId, person: me }, { populate: ['ding', 'ding.message'] });
    if (!recipient) throw notFound('Ding', dingId);
    if (!recipient.confirmedAt) {
      recipient.confirmedAt = ctx.now();
      const message = recipient.ding.message;
      ctx.record({
        type: 'messaging.message.ding_confirmed',
        subjectType: 'Conversation',
        subjectId: message.conversation.id,
        payload: { conversationId: message.conversation.id, messageId: message.id, seq: message.seq, personIds: [me], dingId: recipient.ding.id, senderId: recipient.ding.sender.id },
      });
    }
    return recipient.ding;
  });
}

/** Recipients who have neither read the message nor confirmed, and were not texted yet, with what texting them needs. */
async function unreadRecipients(ctx: RequestContext, em: EntityManager, ding: Ding) {
  return tenantSql<{ recipient_id: string; person_id: string; mobile_phone: string | null; locale: string | null; quiet_hours_start: string | null; quiet_hours_end: string | null }>(
    em,
    ctx.tenantId,
    sql`select r.id as recipient_id, p.id as person_id, p.mobile_phone, p.locale, pref.quiet_hours_start, pref.quiet_hours_end
      from ding_recipient r
      join person p on p.id = r.person_id
      join message m on m.id = ${ding.message.id}
      left join conversation_member cm on cm.conversation_id = m.conversation_id and cm.person_id = r.person_id and cm.left_at is null
      left join messaging_preference pref on pref.person_id = r.person_id
      where r.tenant_id = ${TENANT} and r.ding_id = ${ding.id} and r.confirmed_at is null and r.texted_at is null
        and cm.id is not null and cm.read_seq < m.seq`,
  );
}

/**
 * The DING's second step, when its delay has passed: texts each recipient who has not read the message or confirmed
 * it, each once (the text's key is the DING and the person). Those in their quiet hours are texted when those end —
 * the job comes back then — unless it is an emergency. Nobody without a mobile number is texted.
 */
export const textUnreadDing: JobDefinition<{ dingId: string }> = {
  name: 'messaging.ding-text-unread',
  handle: (ctx, { dingId }) =>
    ctx.transaction(async (em) => {
      const ding = await em.findOne(Ding, { id: dingId }, { populate: ['message', 'sender'] });
      if (!ding || ding.message.recalledAt) return;
      const calendar = await em.findOne(WorkingCalendar, { tenantId: ctx.tenantId });
      const timeZone = calendar?.timeZone ?? 'Asia/Hong_Kong';
      const now = ctx.now();
      let comeBackAt: Date | null = null;
      const texted: string[] = [];
      for (const recipient of await unreadRecipients(ctx, em, ding)) {
        const quietEnds = ding.emergency ? null : quietUntil(now, timeZone, recipient.quiet_hours_start, recipient.quiet_hours_end);
        if (quietEnds) {
          if (!comeBackAt || quietEnds < comeBackAt) comeBackAt = quietEnds;
          continue;
        }
        if (!recipient.mobile_phone) continue;
        const locale = normaliseLocale(recipient.locale) ?? 'zh-HK';
        const body = ding.message.body ?? '';
        try {
          await queueSms(ctx, em, {
            to: recipient.mobile_phone,
            personId: recipient.person_id,
            text: translate('MESSAGING_DING_TEXT', locale, { sender: ding.sender.displayName, text: body.length > TEXT_EXCERPT ? `${body.slice(0, TEXT_EXCERPT)}…` : body }),
            purpose: 'messaging.ding',
            key: `ding:${ding.id}:${recipient.person_id}`,
          });
        } catch (error) {
          // A number the provider could never reach is left untexted; the DING still stands in the app.
          if (error instanceof AppError && error.code === 'SMS_INVALID_PHONE') continue;
          throw error;
        }
        await tenantSql(em, ctx.tenantId, sql`update ding_recipient set texted_at = ${now}, updated_at = now() where id = ${recipient.recipient_id} and tenant_id = ${TENANT}`);
        texted.push(recipient.person_id);
      }
      if (texted.length > 0) {
        const message = ding.message;
        ctx.record({
          type: 'messaging.message.ding_texted',
          actorId: ding.sender.id,
          subjectType: 'Conversation',
          subjectId: message.conversation.id,
          payload: { conversationId: message.conversation.id, messageId: message.id, seq: message.seq, personIds: texted, dingId: ding.id, senderId: ding.sender.id },
        });
      }
      if (comeBackAt) await scheduleJob(ctx, em, textUnreadDing, { dingId }, { runAt: comeBackAt, key: `${ding.id}:quiet` });
    }),
};

/** The recipients of a DING as its sender sees them. */
export async function dingRecipients(ctx: RequestContext, ding: Ding): Promise<DingRecipient[] | null> {
  if (ding.sender.id !== ctx.actor?.personId) return null;
  return ctx.em.find(DingRecipient, { ding: ding.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
}

/** The DINGs about these messages that the caller sent or received, per message id, oldest first. */
export async function myDingsByMessage(ctx: RequestContext, messageIds: readonly string[]): Promise<Map<string, Ding[]>> {
  const me = ctx.requireActor().personId;
  const mine = await tenantSql<{ id: string }>(
    ctx.em,
    ctx.tenantId,
    sql`select d.id from ding d where d.tenant_id = ${TENANT} and d.message_id = any(${pgArray(messageIds)}::uuid[])
      and (d.sender_id = ${me} or exists (select 1 from ding_recipient r where r.ding_id = d.id and r.person_id = ${me}))`,
  );
  const dings = mine.length ? await ctx.em.find(Ding, { id: { $in: mine.map((row) => row.id) } }, { orderBy: { createdAt: 'asc', id: 'asc' } }) : [];
  const byMessage = new Map<string, Ding[]>();
  for (const ding of dings) byMessage.set(ding.message.id, [...(byMessage.get(ding.message.id) ?? []), ding]);
  return byMessage;
}
