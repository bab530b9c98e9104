import type { GrantRule, HarbourModule } from '../../core/context/module.js';
import { Announcement, AnnouncementRead } from './announcement.entity.js';
import { announcementEvents } from './announcements.events.js';
import { announcementMessages } from './announcements.messages.js';
import { AnnouncementResolver } from './announcements.resolver.js';
import { noteFullyRead, postWelcome, publishWhenDue } from './announcements.service.js';

export { Announcement, AnnouncementStatus } from './announcement.entity.js';

/** What staff may do with announcements: read the published ones and confirm reading them. */
const staff: GrantRule[] = [
  { action: 'read', subject: 'Announcement', conditions: { status: 'PUBLISHED' } },
  { action: 'confirm', subject: 'Announcement', conditions: { status: 'PUBLISHED' } },
];

/**
 * Company notices that staff confirm they have read — the example of a module built only through the plug-in points
 * (its subject, actions and default grants, tenant set-up, an event consumer and a job) and the template to copy.
 */
export const announcementsModule: HarbourModule = {
  name: 'announcements',
  entities: [Announcement, AnnouncementRead],
  resolvers: [AnnouncementResolver],
  messages: announcementMessages,
  events: announcementEvents,
  subjects: [
    {
      name: 'Announcement',
      description: 'Company notices and who has read them.',
      conditionFields: { id: 'id', status: 'status', authorId: 'author' },
      actions: ['read', 'create', 'publish', 'archive', 'confirm', 'track'],
      namedScopes: [{ name: 'published', conditions: { status: 'PUBLISHED' }, label: { en: 'Published ones only', 'zh-HK': '只限已發佈的', 'zh-CN': '仅限已发布的' } }],
    },
  ],
  actions: [
    { name: 'publish', label: { en: 'Publish', 'zh-HK': '發佈', 'zh-CN': '发布' } },
    { name: 'confirm', label: { en: 'Confirm reading', 'zh-HK': '確認已讀', 'zh-CN': '确认已读' } },
    { name: 'track', label: { en: 'See who has read', 'zh-HK': '查看閱讀狀況', 'zh-CN': '查看阅读状况' } },
  ],
  grants: [
    {
      version: 1,
      roles: {
        employee: staff,
        'department-manager': staff,
        finance: staff,
        hr: [{ action: 'manage', subject: 'Announcement' }],
        auditor: [{ action: 'track', subject: 'Announcement' }],
      },
    },
  ],
  tenantSetup: postWelcome,
  consumers: [{ name: 'announcements.fully-read', eventTypes: ['announcements.announcement.read_confirmed'], handle: noteFullyRead }],
  jobs: [publishWhenDue],
};
