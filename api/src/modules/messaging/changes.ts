import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { RequestContext } from '../../core/context/request-context.js';
import { AppError, assertNoProblems } from '../../core/errors/app-error.js';
import type { DeliveredEvent } from '../../core/events/event.js';
import { ConversationMember } from './conversation.entity.js';
import { conversationSubject } from './conversations.service.js';
import type { Message } from './message.entity.js';

/** What changed in one of the person's conversations. */
export enum MessagingChangeType {
  CONVERSATION_CREATED = 'CONVERSATION_CREATED',
  CONVERSATION_RENAMED = 'CONVERSATION_RENAMED',
  CONVERSATION_ARCHIVED = 'CONVERSATION_ARCHIVED',
  MEMBERS_ADDED = 'MEMBERS_ADDED',
  MEMBERS_REMOVED = 'MEMBERS_REMOVED',
  ROLE_CHANGED = 'ROLE_CHANGED',
  MY_SETTINGS_CHANGED = 'MY_SETTINGS_CHANGED',
  MESSAGE_SENT = 'MESSAGE_SENT',
  MESSAGE_EDITED = 'MESSAGE_EDITED',
  MESSAGE_RECALLED = 'MESSAGE_RECALLED',
  REACTIONS_CHANGED = 'REACTIONS_CHANGED',
  DINGED = 'DINGED',
  DING_CONFIRMED = 'DING_CONFIRMED',
  DING_TEXTED = 'DING_TEXTED',
  READ = 'READ',
}
registerEnumType(MessagingChangeType, {
  name: 'MessagingChangeType',
  description:
    'CONVERSATION_*: the conversation itself; MEMBERS_ADDED / MEMBERS_REMOVED / ROLE_CHANGED: personIds joined, left or changed role (removed naming you: drop the conversation); MY_SETTINGS_CHANGED: you muted or archived it on another device; MESSAGE_*: message changed (a moderator’s removal is MESSAGE_RECALLED); DINGED: a DING about a message for personIds (dingId says which; confirm it with confirmDing); DING_CONFIRMED: personIds confirmed it; DING_TEXTED: personIds were sent a text message (to the DING’s sender only); READ: you (on another device), or someone whose receipts you may see, read up to readSeq.',
});

const changeTypes: Record<string, MessagingChangeType> = {
  'messaging.conversation.created': MessagingChangeType.CONVERSATION_CREATED,
  'messaging.conversation.renamed': MessagingChangeType.CONVERSATION_RENAMED,
  'messaging.conversation.archived': MessagingChangeType.CONVERSATION_ARCHIVED,
  'messaging.member.added': MessagingChangeType.MEMBERS_ADDED,
  'messaging.member.removed': MessagingChangeType.MEMBERS_REMOVED,
  'messaging.member.role_changed': MessagingChangeType.ROLE_CHANGED,
  'messaging.member.settings_changed': MessagingChangeType.MY_SETTINGS_CHANGED,
  'messaging.message.sent': MessagingChangeType.MESSAGE_SENT,
  'messaging.message.edited': MessagingChangeType.MESSAGE_EDITED,
  'messaging.message.recalled': MessagingChangeType.MESSAGE_RECALLED,
  'messaging.message.moderated': MessagingChangeType.MESSAGE_RECALLED,
  'messaging.message.reactions_changed': MessagingChangeType.REACTIONS_CHANGED,
  'messaging.message.dinged': MessagingChangeType.DINGED,
  'messaging.message.ding_confirmed': MessagingChangeType.DING_CONFIRMED,
  'messaging.message.ding_texted': MessagingChangeType.DING_TEXTED,
  'messaging.conversation.read': MessagingChangeType.READ,
};

/** Whether an event is one of a conversation's changes. */
export const isConversationChange = (event: DeliveredEvent) => event.subjectType === 'Conversation' && event.type in changeTypes;

/**
 * One change, as a device applies it. The same for every member it reaches — nothing in it depends on who receives it
 * but `message.clientMessageId` — so live delivery can build it once per event.
 */
@ObjectType({ description: 'A change in one of your conversations. Apply it, and keep `sequence` as your cursor.' })
export class MessagingChange {
  @Field(() => Int, { description: 'Position in the organisation’s event stream: pass the last one you applied as `since` / `after`.' })
  sequence!: number;

  @Field(() => MessagingChangeType, { description: 'What changed.' })
  type!: MessagingChangeType;

  @Field(() => ID, { description: 'The conversation.' })
  conversationId!: string;

  @Field(() => ID, { nullable: true, description: 'The message, for MESSAGE_* changes.' })
  messageId!: string | null;

  @Field(() => Int, { nullable: true, description: 'The message’s place in the conversation, for MESSAGE_* changes.' })
  seq!: number | null;

  @Field(() => [ID], { description: 'The people concerned: who joined, left or changed role; the reader for READ.' })
  personIds!: string[];

  @Field(() => Int, { nullable: true, description: 'For READ: everything up to this place is read.' })
  readSeq!: number | null;

  @Field(() => ID, { nullable: true, description: 'For DINGED: the DING.' })
  dingId!: string | null;

  @Field(() => Date, { description: 'When it was committed.' })
  occurredAt!: Date;

  /** The message as it is now, for MESSAGE_* changes (filled by whoever delivers the change). */
  message?: Message | null;
}

/** The change an event stands for. */
export function changeOf(event: DeliveredEvent): MessagingChange {
  const payload = event.payload;
  const personIds = (payload.personIds as string[] | undefined) ?? (payload.personId ? [payload.personId as string] : []);
  return {
    sequence: event.sequence,
    type: changeTypes[event.type],
    conversationId: payload.conversationId as string,
    messageId: (payload.messageId as string | undefined) ?? null,
    seq: (payload.seq as number | undefined) ?? null,
    personIds,
    readSeq: (payload.readSeq as number | undefined) ?? null,
    dingId: (payload.dingId as string | undefined) ?? null,
    occurredAt: new Date(event.occurredAt),
  };
}

/**
 * Whether a member of the conversation (or, `wasMember`, someone who has left it) receives this change: read marks go
 * to the reader's own devices and to the senders the reader lets see them, a DING to its sender and recipients; someone who
 * left learns only that they left.
 */
export function reaches(event: DeliveredEvent, personId: string, wasMember: boolean): boolean {
  if (wasMember) return event.type === 'messaging.member.removed' && (event.payload.personIds as string[]).includes(personId);
  if (event.type === 'messaging.conversation.read') return event.payload.personId === personId || (event.payload.senderIds as string[]).includes(personId);
  if (event.type === 'messaging.member.settings_changed') return (event.payload.personIds as string[]).includes(personId);
  // A DING goes to its sender and recipients; its confirmation to the sender (who knows who confirmed) and the confirmer.
  if (event.type === 'messaging.message.ding_texted') return event.payload.senderId === personId;
  if (event.type === 'messaging.message.ding_confirmed') return event.actorId === personId || event.payload.senderId === personId;
  if (event.type === 'messaging.message.dinged') return event.actorId === personId || (event.payload.personIds as string[]).includes(personId);
  return true;
}

/** The most changes one `messagingChanges` call returns. */
export const MAX_CHANGES_PAGE = 500;

/**
 * The caller's changes after `since`, for a device coming back online: every change of the conversations they are in,
 * and the news that they left one. `since` older than the kept history is EVENTS_EXPIRED: reload the conversation list
 * and recent history, then continue from `cursor`.
 */
export async function messagingChanges(ctx: RequestContext, since: number, limit: number): Promise<{ changes: MessagingChange[]; cursor: number; hasMore: boolean }> {
  if (!Number.isInteger(since) || since < 0) assertNoProblems([{ field: 'since', code: 'INVALID_VALUE', params: { min: 0 } }]);
  if (limit < 1 || limit > MAX_CHANGES_PAGE) assertNoProblems([{ field: 'limit', code: 'PAGE_SIZE_TOO_LARGE', params: { max: MAX_CHANGES_PAGE } }]);
  const me = ctx.requireActor().personId;
  const outbox = ctx.services.outbox;
  const firstKept = await outbox.firstKeptSequence(ctx.tenantId);
  if (since < firstKept - 1) throw new AppError('EVENTS_EXPIRED', { after: since, deletedThrough: firstKept - 1 });
  const memberships = await ctx.em.find(ConversationMember, { person: me }, { populate: ['conversation'] });
  const current = new Set(memberships.filter((m) => !m.leftAt && ctx.can('read', 'Conversation', conversationSubject(m.conversation))).map((m) => m.conversation.id));
  const events = await outbox.subjectEventsAfter(
    ctx.tenantId,
    'Conversation',
    memberships.map((m) => m.conversation.id),
    since,
    limit,
  );
  const changes = events.filter((event) => isConversationChange(event) && reaches(event, me, !current.has(event.payload.conversationId as string))).map(changeOf);
  return { changes, cursor: events.length > 0 ? events[events.length - 1].sequence : Math.max(since, 0), hasMore: events.length === limit };
}
