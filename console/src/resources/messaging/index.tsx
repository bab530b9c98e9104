import type { ConsoleModule } from '../../module';
import { messages } from './messages';

/**
 * Messaging in the console: for now, how the audit log names its admin actions (moderation, the policy). Its screens
 * — the policy, announcement channel admins, moderation — are a later part of issue 11.
 */
export const messaging: ConsoleModule = {
  name: 'messaging',
  messages,
  audit: { actionPrefixes: ['messaging.'], targetTypes: ['Conversation', 'MessagingPolicy', 'MessagingPreference'] },
};
