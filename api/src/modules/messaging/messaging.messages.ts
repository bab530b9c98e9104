import type { MessageCatalog } from '../../core/i18n/i18n.js';

/** Messages of the messaging module. */
export const messagingMessages: MessageCatalog = {
  SUBJECT_Conversation: { en: 'conversation', 'zh-HK': '對話', 'zh-CN': '会话' },
  SUBJECT_Ding: { en: 'DING', 'zh-HK': 'DING', 'zh-CN': 'DING' },
  SUBJECT_LegalHold: { en: 'legal hold', 'zh-HK': '法律保留', 'zh-CN': '法律保留' },
  SUBJECT_MessagingPolicy: { en: 'messaging policy', 'zh-HK': '通訊政策', 'zh-CN': '通讯政策' },
  MESSAGING_CLIENT_ID_REUSED: {
    en: 'This client message id was already used for a message in another conversation.',
    'zh-HK': '此客戶端訊息編號已用於另一個對話的訊息。',
    'zh-CN': '此客户端消息编号已用于另一个会话的消息。',
  },
  MESSAGING_CONVERSATION_ARCHIVED: {
    en: 'The conversation is archived: it can be read, but nothing can be posted or changed.',
    'zh-HK': '此對話已封存：只可查看，不能再發送或更改。',
    'zh-CN': '此会话已归档：只可查看，不能再发送或更改。',
  },
  MESSAGING_DEPARTMENT_GROUP_MANAGED: {
    en: 'A department group follows the org chart: change the department’s members instead.',
    'zh-HK': '部門群組跟隨組織架構：請改為修改部門成員。',
    'zh-CN': '部门群组跟随组织架构：请改为修改部门成员。',
  },
  MESSAGING_DIRECT_CHAT_FIXED: {
    en: 'A direct chat stays between its two people: it has no title, roles or other members.',
    'zh-HK': '單對單對話只屬於兩位參與者：沒有名稱、角色或其他成員。',
    'zh-CN': '单聊只属于两位参与者：没有名称、角色或其他成员。',
  },
  MESSAGING_DING_LIMIT: {
    en: 'You can send at most {max} DINGs an hour.',
    'zh-HK': '每小時最多可發送 {max} 次 DING。',
    'zh-CN': '每小时最多可发送 {max} 次 DING。',
  },
  MESSAGING_DING_NOT_MEMBER: {
    en: 'Only members of the conversation can be sent a DING (not: {ids}).',
    'zh-HK': '只可向對話成員發送 DING（以下不是成員：{ids}）。',
    'zh-CN': '只可向会话成员发送 DING（以下不是成员：{ids}）。',
  },
  MESSAGING_DING_TEXT: {
    en: 'DING from {sender} on Harbour: {text}',
    'zh-HK': 'Harbour DING（{sender}）：{text}',
    'zh-CN': 'Harbour DING（{sender}）：{text}',
  },
  MESSAGING_DIRECT_WITH_SELF: { en: 'Choose someone other than yourself.', 'zh-HK': '請選擇自己以外的人。', 'zh-CN': '请选择自己以外的人。' },
  MESSAGING_EDIT_WINDOW_PASSED: {
    en: 'Messages can be edited for {minutes} minutes after sending.',
    'zh-HK': '訊息只可在發送後 {minutes} 分鐘內編輯。',
    'zh-CN': '消息只可在发送后 {minutes} 分钟内编辑。',
  },
  MESSAGING_EXPORT_TOO_LARGE: {
    en: 'The export would hold more than {max} messages: choose a shorter period.',
    'zh-HK': '匯出的訊息會超過 {max} 則：請選擇較短的時段。',
    'zh-CN': '导出的消息会超过 {max} 条：请选择较短的时段。',
  },
  MESSAGING_HOLD_ONE_TARGET: {
    en: 'A legal hold covers either one conversation or one custodian: give exactly one of them.',
    'zh-HK': '法律保留只可針對一個對話或一位保管人：請只提供其中一項。',
    'zh-CN': '法律保留只可针对一个会话或一位保管人：请只提供其中一项。',
  },
  MESSAGING_HOLD_RELEASED: { en: 'This legal hold was already released.', 'zh-HK': '此法律保留已解除。', 'zh-CN': '此法律保留已解除。' },
  MESSAGING_LAST_OWNER: {
    en: 'A conversation needs at least one owner: name another owner first.',
    'zh-HK': '對話最少要有一位擁有者：請先指定另一位擁有者。',
    'zh-CN': '会话至少要有一位所有者：请先指定另一位所有者。',
  },
  MESSAGING_LOCATION_ONLY_FOR_LOCATION: {
    en: 'A location goes with a LOCATION message only.',
    'zh-HK': '只有位置訊息才可附上位置。',
    'zh-CN': '只有位置消息才可附上位置。',
  },
  MESSAGING_MENTION_ALL_NOT_ALLOWED: {
    en: 'Only the conversation’s owners and admins may mention everyone here.',
    'zh-HK': '只有對話的擁有者及管理員可在此提及所有人。',
    'zh-CN': '只有会话的所有者及管理员可在此提及所有人。',
  },
  MESSAGING_MENTION_NOT_MEMBER: {
    en: 'Only members of the conversation can be mentioned (not: {ids}).',
    'zh-HK': '只可提及對話成員（以下不是成員：{ids}）。',
    'zh-CN': '只可提及会话成员（以下不是成员：{ids}）。',
  },
  MESSAGING_MESSAGE_RECALLED: { en: 'The message was recalled.', 'zh-HK': '此訊息已撤回。', 'zh-CN': '此消息已撤回。' },
  MESSAGING_NOTICES_MANAGED: {
    en: 'Work notices are posted by Harbour: nobody starts, joins or writes in them.',
    'zh-HK': '工作通知由 Harbour 發出：不能自行建立、加入或發言。',
    'zh-CN': '工作通知由 Harbour 发出：不能自行创建、加入或发言。',
  },
  MESSAGING_NOT_EDITABLE: { en: 'Only text and location messages can be edited.', 'zh-HK': '只可編輯文字及位置訊息。', 'zh-CN': '只可编辑文字及位置消息。' },
  MESSAGING_ONE_CURSOR: { en: 'Give either before or after, not both.', 'zh-HK': '請只提供 before 或 after 其中一個。', 'zh-CN': '请只提供 before 或 after 其中一个。' },
  MESSAGING_POST_NOT_ALLOWED: {
    en: 'Only the channel’s owners and admins may post in an announcement channel.',
    'zh-HK': '只有頻道的擁有者及管理員可在公告頻道發佈。',
    'zh-CN': '只有频道的所有者及管理员可在公告频道发布。',
  },
  MESSAGING_RECALL_WINDOW_PASSED: {
    en: 'Messages can be recalled for {minutes} minutes after sending.',
    'zh-HK': '訊息只可在發送後 {minutes} 分鐘內撤回。',
    'zh-CN': '消息只可在发送后 {minutes} 分钟内撤回。',
  },
  MESSAGING_REPLY_ELSEWHERE: {
    en: 'A reply must answer a message of the same conversation.',
    'zh-HK': '回覆的訊息必須屬於同一對話。',
    'zh-CN': '回复的消息必须属于同一会话。',
  },
  MESSAGING_UNKNOWN_PEOPLE: {
    en: 'These are not active people of the organisation: {ids}.',
    'zh-HK': '以下不是機構內的在職人員：{ids}。',
    'zh-CN': '以下不是机构内的在职人员：{ids}。',
  },
  MESSAGING_USE_LEAVE: { en: 'To leave, use leaveConversation.', 'zh-HK': '如要退出，請使用 leaveConversation。', 'zh-CN': '如要退出，请使用 leaveConversation。' },
  MESSAGING_USE_START_DIRECT: {
    en: 'Direct chats are started with startDirectConversation.',
    'zh-HK': '單對單對話請以 startDirectConversation 開始。',
    'zh-CN': '单聊请以 startDirectConversation 开始。',
  },
};
