import type { MessageCatalog } from '../../core/i18n/i18n.js';

/** Messages of the announcements module. */
export const announcementMessages: MessageCatalog = {
  SUBJECT_Announcement: { en: 'announcement', 'zh-HK': '公告', 'zh-CN': '公告' },
  ANNOUNCEMENT_INVALID_TRANSITION: {
    en: 'The announcement is {status}: “{verb}” is not possible now.',
    'zh-HK': '此公告目前狀態為 {status}，不能執行「{verb}」。',
    'zh-CN': '此公告当前状态为 {status}，不能执行“{verb}”。',
  },
  ANNOUNCEMENT_NOT_PUBLISHED: {
    en: 'Only a published announcement can be confirmed as read.',
    'zh-HK': '只可確認已發佈的公告。',
    'zh-CN': '只可确认已发布的公告。',
  },
  ANNOUNCEMENT_WELCOME_TITLE: {
    en: 'Welcome to {organization} on Harbour',
    'zh-HK': '歡迎使用 Harbour — {organization}',
    'zh-CN': '欢迎使用 Harbour — {organization}',
  },
  ANNOUNCEMENT_WELCOME_BODY: {
    en: 'Company notices appear here. Please confirm that you have read each one, so that the office knows the message reached you.',
    'zh-HK': '公司通告會在此發佈。請在閱讀後按「確認已讀」，讓公司知道你已收到訊息。',
    'zh-CN': '公司通知会在此发布。请在阅读后点击“确认已读”，让公司知道你已收到消息。',
  },
};
