import type { EventDefinition } from '../../core/events/catalog.js';

const conversationId = { type: 'uuid', description: 'The conversation.' } as const;
const messageId = { type: 'uuid', description: 'The message.' } as const;
const seq = { type: 'integer', description: 'The message’s place in its conversation.' } as const;
const personIds = { type: 'uuid[]', description: 'The people concerned.' } as const;
const holdId = { type: 'uuid', description: 'The legal hold.' } as const;
const custodianId = { type: 'uuid', nullable: true, description: 'The custodian whose conversations are held (null for one conversation’s hold).' } as const;
/** Messages, read marks and members' own moves: streamed to subscribers and consumers, never chained one by one. */
const streamed = { touchesAccess: false, audit: false } as const;
/** Admins' settings and moderation: kept in the audit log. */
const audited = { touchesAccess: false, audit: true } as const;

/**
 * Events of the messaging module. Each is about a conversation (subject type Conversation, subject id the
 * conversation's), which is how a device's changes feed finds the ones of its person's conversations.
 */
export const messagingEvents: EventDefinition[] = [
  {
    type: 'messaging.conversation.created',
    description: 'A conversation was started.',
    payload: { conversationId, kind: { type: 'string', description: 'DIRECT, GROUP, DEPARTMENT, PROJECT or ANNOUNCEMENT.' } },
    ...streamed,
  },
  { type: 'messaging.conversation.renamed', description: 'A conversation’s title changed.', payload: { conversationId }, ...streamed },
  { type: 'messaging.conversation.archived', description: 'A conversation was archived: read-only from now on.', payload: { conversationId }, ...streamed },
  { type: 'messaging.member.added', description: 'People joined a conversation.', payload: { conversationId, personIds }, ...streamed },
  { type: 'messaging.member.removed', description: 'People left or were removed from a conversation.', payload: { conversationId, personIds }, ...streamed },
  {
    type: 'messaging.member.role_changed',
    description: 'A member became owner, admin or member of a conversation.',
    payload: { conversationId, personIds, role: { type: 'string', description: 'OWNER, ADMIN or MEMBER.' } },
    ...streamed,
  },
  {
    type: 'messaging.message.sent',
    description: 'A message was sent (a replayed send is not recorded again).',
    payload: { conversationId, messageId, seq, mentionIds: { type: 'uuid[]', description: 'The people it mentions (everyone’s ids are not listed for @all).' } },
    ...streamed,
  },
  { type: 'messaging.message.edited', description: 'A message’s text was edited by its sender, or a card changed as its record moved on.', payload: { conversationId, messageId, seq }, ...streamed },
  { type: 'messaging.message.recalled', description: 'A message was recalled by its sender or a conversation admin.', payload: { conversationId, messageId, seq }, ...streamed },
  { type: 'messaging.message.reactions_changed', description: 'Someone added or took back a reaction to a message.', payload: { conversationId, messageId, seq }, ...streamed },
  {
    type: 'messaging.conversation.read',
    description: 'A member read a conversation up to a message.',
    payload: {
      conversationId,
      personId: { type: 'uuid', description: 'The reader.' },
      readSeq: { type: 'integer', description: 'Everything up to this place is read.' },
      senderIds: { type: 'uuid[]', description: 'Senders who may see this reader’s receipt for messages newly read (empty when receipts are hidden).' },
    },
    ...streamed,
  },
  {
    type: 'messaging.member.settings_changed',
    description: 'A member muted, unmuted, archived or restored a conversation for themselves (their other devices follow).',
    payload: { conversationId, personIds },
    ...streamed,
  },
  {
    type: 'messaging.preferences.changed',
    description: 'A person changed their own messaging preferences (read receipts, quiet hours).',
    payload: { personId: { type: 'uuid', description: 'The person.' } },
    ...streamed,
  },
  {
    type: 'messaging.message.dinged',
    description: 'The sender of a message sent a DING about it to some members (texted later if they have not read it).',
    payload: { conversationId, messageId, seq, personIds, dingId: { type: 'uuid', description: 'The DING.' } },
    ...streamed,
  },
  {
    type: 'messaging.message.ding_confirmed',
    description: 'A recipient confirmed a DING (no text message goes to them after).',
    payload: { conversationId, messageId, seq, personIds, dingId: { type: 'uuid', description: 'The DING.' }, senderId: { type: 'uuid', description: 'Who sent the DING.' } },
    ...streamed,
  },
  {
    type: 'messaging.message.ding_texted',
    description: 'Recipients of a DING who had neither read nor confirmed it were sent a text message.',
    payload: { conversationId, messageId, seq, personIds, dingId: { type: 'uuid', description: 'The DING.' }, senderId: { type: 'uuid', description: 'Who sent the DING.' } },
    ...streamed,
  },
  { type: 'messaging.message.moderated', description: 'A moderator removed a message.', payload: { conversationId, messageId, seq }, ...audited },
  {
    type: 'messaging.conversation.inspected',
    description: 'A moderator read messages of a group or channel they moderate (one entry per page read).',
    payload: {
      conversationId,
      fromSeq: { type: 'integer', nullable: true, description: 'The oldest message read (null: none).' },
      toSeq: { type: 'integer', nullable: true, description: 'The newest message read (null: none).' },
    },
    ...audited,
  },
  {
    type: 'messaging.member.role_set_by_moderator',
    description: 'A moderator made someone an owner, admin or member of a group or channel (adding them if needed).',
    payload: { conversationId, personIds, role: { type: 'string', description: 'OWNER, ADMIN or MEMBER.' } },
    ...audited,
  },
  {
    type: 'messaging.conversation.exported',
    description: 'Someone exported a conversation’s messages.',
    payload: {
      conversationId,
      basis: { type: 'string', description: 'MEMBER, MODERATOR or LEGAL_HOLD: on what footing.' },
      messages: { type: 'integer', description: 'How many messages the file holds.' },
      format: { type: 'string', description: 'CSV or JSON.' },
    },
    ...audited,
  },
  {
    type: 'messaging.legal_hold.placed',
    description: 'A legal hold was placed on a conversation or on a custodian’s conversations.',
    payload: { holdId, conversationId: { ...conversationId, nullable: true }, custodianId },
    ...audited,
  },
  {
    type: 'messaging.legal_hold.released',
    description: 'A legal hold was released.',
    payload: { holdId, conversationId: { ...conversationId, nullable: true }, custodianId },
    ...audited,
  },
  {
    type: 'messaging.retention.applied',
    description: 'The nightly retention deleted messages older than the policy keeps (conversations under legal hold excepted).',
    payload: {
      policyId: { type: 'uuid', description: 'The policy.' },
      deleted: { type: 'integer', description: 'How many messages were deleted.' },
      before: { type: 'date-time', description: 'Messages sent before this time were deleted.' },
    },
    ...audited,
  },
  { type: 'messaging.policy.changed', description: 'The organisation’s messaging policy changed.', payload: { policyId: { type: 'uuid', description: 'The policy.' } }, ...audited },
];
