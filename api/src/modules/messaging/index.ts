import type { GrantRule, HarbourModule } from '../../core/context/module.js';
import { Conversation, ConversationMember } from './conversation.entity.js';
import { ConversationResolver } from './conversations.resolver.js';
import { departmentGroupsConsumer } from './department-groups.js';
import { approvalCardsConsumer } from './approval-cards.js';
import { ComplianceResolver } from './compliance.resolver.js';
import { Ding, DingRecipient } from './ding.entity.js';
import { DingResolver, MessageDingsResolver } from './ding.resolver.js';
import { textUnreadDing } from './ding.service.js';
import { HeldMessageVersion, LegalHold } from './legal-hold.entity.js';
import { Message, MessageReaction, MessageReceipt } from './message.entity.js';
import { MessagingPolicy, MessagingPreference } from './messaging-policy.entity.js';
import { attachmentMessages, attachmentPurpose, MessageAttachmentsResolver } from './attachments.js';
import { messagingEvents } from './messaging.events.js';
import { messagingMessages } from './messaging.messages.js';
import { MessagingSubscriptionResolver } from './messaging.subscriptions.js';
import { MessageReceiptsResolver, MessageResolver } from './messages.resolver.js';
import { ModerationResolver } from './moderation.resolver.js';
import { MessagingPolicyResolver } from './policy.resolver.js';
import { applyMessageRetention } from './retention.js';

export { Conversation, ConversationKind } from './conversation.entity.js';
export { MessageKind } from './message.entity.js';
// The verbs the demo seeds replay the past through (seeds/messaging-history.ts): the same ones the resolvers call.
export { createConversation, myConversations, startDirectConversation } from './conversations.service.js';
export { editMessage, reactToMessage, recallMessage, sendMessage } from './messages.service.js';
export { changeMessagingPolicy, messagingPolicy } from './policy.service.js';
export { markConversationRead } from './read-state.service.js';

/** Everyone may chat: read and write in their conversations, start direct chats and plain groups. */
const staff: GrantRule[] = [
  { action: 'read', subject: 'Conversation' },
  { action: 'send', subject: 'Conversation' },
  { action: 'create', subject: 'Conversation', conditions: { kind: { $in: ['DIRECT', 'GROUP'] } } },
];

/**
 * Instant messaging: direct chats, groups, department groups kept in step with the org chart, project groups and
 * announcement channels; messages sent exactly once, read watermarks and private receipts, DINGs escalated by text
 * message, search, moderation, retention with legal holds, exports, approval task cards in each approver's work notices, a changes feed per device and one live subscription per person. Built only through the plug-in points (subjects, grants, consumers, events).
 * Who reads a conversation is decided by membership; the rules decide who may use messaging, start which kinds of
 * conversation, moderate and set the policy.
 */
export const messagingModule: HarbourModule = {
  name: 'messaging',
  entities: [Conversation, ConversationMember, Message, MessageReceipt, MessageReaction, MessagingPolicy, MessagingPreference, Ding, DingRecipient, LegalHold, HeldMessageVersion],
  resolvers: [
    ConversationResolver,
    MessageResolver,
    MessageReceiptsResolver,
    MessagingSubscriptionResolver,
    MessagingPolicyResolver,
    DingResolver,
    MessageDingsResolver,
    ModerationResolver,
    ComplianceResolver,
    MessageAttachmentsResolver,
  ],
  messages: { ...messagingMessages, ...attachmentMessages },
  filePurposes: [attachmentPurpose],
  events: messagingEvents,
  subjects: [
    {
      name: 'Conversation',
      description: 'Conversations and their messages (each person reads only those they are in).',
      conditionFields: { id: 'id', kind: 'kind' },
      actions: ['read', 'send', 'create', 'moderate', 'hold'],
      // The kinds the built-in roles may start, so the role editor shows those rules as choices, not as hand-written JSON.
      namedScopes: [
        { name: 'chatsAndGroups', conditions: { kind: { $in: ['DIRECT', 'GROUP'] } }, label: { en: 'Direct chats and groups', 'zh-HK': '單對單對話及群組', 'zh-CN': '单聊及群组' } },
        { name: 'projectGroups', conditions: { kind: 'PROJECT' }, label: { en: 'Project groups', 'zh-HK': '項目群組', 'zh-CN': '项目群组' } },
        { name: 'announcementChannels', conditions: { kind: 'ANNOUNCEMENT' }, label: { en: 'Broadcast channels', 'zh-HK': '公告頻道', 'zh-CN': '公告频道' } },
      ],
    },
    {
      name: 'MessagingPolicy',
      description: 'How messaging works in the organisation: receipts, edit and recall windows, department groups, retention.',
      conditionFields: { id: 'id' },
      actions: ['read', 'update'],
    },
  ],
  actions: [
    { name: 'send', label: { en: 'Send', 'zh-HK': '發送', 'zh-CN': '发送' } },
    { name: 'moderate', label: { en: 'Moderate', 'zh-HK': '管理內容', 'zh-CN': '管理内容' } },
    { name: 'hold', label: { en: 'Place legal holds', 'zh-HK': '法律保留', 'zh-CN': '法律保留' } },
  ],
  grants: [
    {
      version: 1,
      roles: {
        employee: staff,
        finance: staff,
        auditor: staff,
        'department-manager': [...staff, { action: 'create', subject: 'Conversation', conditions: { kind: 'PROJECT' } }],
        hr: [
          ...staff,
          // The department managers' rule as they hold it, so HR holds every right a manager does (see TARGET_HOLDS_MORE_RIGHTS).
          { action: 'create', subject: 'Conversation', conditions: { kind: 'PROJECT' } },
          { action: 'create', subject: 'Conversation', conditions: { kind: 'ANNOUNCEMENT' } },
          { action: 'read', subject: 'MessagingPolicy' },
        ],
      },
    },
  ],
  consumers: [departmentGroupsConsumer, approvalCardsConsumer],
  jobs: [textUnreadDing, applyMessageRetention],
};
