import type { HarbourModule } from '../../core/context/module.js';
import { EventStreamResolver } from './event-stream.resolver.js';

/** The open platform for integrators. Now: the resumable event stream (webhooks and apps come next). */
export const platformModule: HarbourModule = {
  name: 'platform',
  entities: [],
  resolvers: [EventStreamResolver],
  messages: { SUBJECT_Event: { en: 'event', 'zh-HK': '事件', 'zh-CN': '事件' } },
  subjects: [{ name: 'Event', description: 'The organisation’s event stream (integrations).', conditionFields: { type: 'type', subjectType: 'subjectType' } }],
};
