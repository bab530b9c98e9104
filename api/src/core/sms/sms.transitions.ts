import { transitionTable } from '../transitions/transitions.js';
import { SmsStatus } from './sms-message.entity.js';

const { QUEUED, SENT, FAILED } = SmsStatus;

/** The named verbs that move a text; anything else is SMS_INVALID_TRANSITION. SENT is final. */
export const smsTransitions = transitionTable('SMS', 'SmsMessage', {
  send: { from: [QUEUED], to: SENT },
  fail: { from: [QUEUED], to: FAILED },
  retry: { from: [FAILED], to: QUEUED },
});
