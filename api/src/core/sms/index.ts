import type { ActionDefinition, SubjectDefinition } from '../authz/vocabulary.js';
import { SmsMessage } from './sms-message.entity.js';
import { smsEvents } from './sms.events.js';
import { smsMessages } from './sms.messages.js';
import { SmsResolver } from './sms.resolver.js';
import { deliverSms } from './sms.service.js';

export { normalizePhone } from './phone.js';
export { SmsMessage, SmsStatus } from './sms-message.entity.js';
export { createSmsProvider, HttpSmsProvider, LoggingSmsProvider, SmsProviderError, type SmsAccepted, type SmsConfig, type SmsProvider, type SmsToSend } from './sms-provider.js';
export { queueSms, SMS_MAX_ATTEMPTS, SMS_MAX_TEXT, type SmsRequest } from './sms.service.js';

/** The texts, for admins: reading them, retrying a dead letter, sending a test. Only org-admin holds it (manage all). */
const subject: SubjectDefinition = {
  name: 'SmsMessage',
  description: 'Text messages the organisation sent or is sending (SMS).',
  conditionFields: { id: 'id', status: 'status', purpose: 'purpose' },
  actions: ['read', 'retry', 'send'],
};

const actions: ActionDefinition[] = [
  { name: 'retry', label: { en: 'Retry', 'zh-HK': '重試', 'zh-CN': '重试' } },
  { name: 'send', label: { en: 'Send', 'zh-HK': '發送', 'zh-CN': '发送' } },
];

/**
 * What SMS sending adds to the app, registered by the composition root beside core's own parts (app/create-app.ts,
 * app/schema.ts, config/orm.config.ts): modules send through `queueSms`.
 */
export const smsParts = {
  entities: [SmsMessage],
  resolvers: [SmsResolver],
  messages: smsMessages,
  subjects: [subject],
  actions,
  events: smsEvents,
  jobs: [deliverSms],
};
