import type { EventDefinition } from '../events/catalog.js';

const smsMessageId = { type: 'uuid', description: 'The text.' } as const;
const outcome = {
  smsMessageId,
  personId: { type: 'uuid', nullable: true, description: 'The person texted, if the text was for a person.' },
  purpose: { type: 'string', description: 'Why it was sent, `<module>.<what>` (e.g. messaging.ding).' },
} as const;

/** Events of SMS sending. Outcomes are one per text (streamed, not audited); admins' actions are audited. */
export const smsEvents: EventDefinition[] = [
  { type: 'sms.message.sent', description: 'The SMS provider accepted a text.', payload: outcome, touchesAccess: false, audit: false },
  {
    type: 'sms.message.attempt_failed',
    description: 'A try to send a text failed in a way that may pass later (the provider busy, down or too slow); it will be tried again.',
    payload: outcome,
    touchesAccess: false,
    audit: false,
  },
  { type: 'sms.message.failed', description: 'A text was refused by the provider or ran out of attempts: a dead letter until retried.', payload: outcome, touchesAccess: false, audit: false },
  { type: 'sms.message.retried', description: 'An admin queued a failed text again.', payload: { smsMessageId }, touchesAccess: false, audit: true },
  { type: 'sms.message.test_queued', description: 'An admin queued a test text to check the SMS provider’s set-up.', payload: { smsMessageId }, touchesAccess: false, audit: true },
];
