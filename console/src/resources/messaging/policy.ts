import type { ChangeMessagingPolicyInput, MessagingPolicyFieldsFragment } from '../../gql/graphql';

/** The organisation's messaging policy as the API gives it. */
export type MessagingPolicy = MessagingPolicyFieldsFragment;

/** The policy form's values: the policy's fields, with retention empty (null) when messages are kept for ever. */
export type PolicyFormValues = { [K in keyof MessagingPolicy]?: MessagingPolicy[K] | null };

/**
 * What to send `changeMessagingPolicy` for the form's values: only the fields that differ from the policy shown, so a
 * setting someone else changed meanwhile is not put back. An empty retention asks to keep messages for ever, which the
 * API spells 0.
 */
export function policyChange(values: PolicyFormValues, shown: MessagingPolicy): ChangeMessagingPolicyInput {
  const change: ChangeMessagingPolicyInput = {};
  for (const field of ['readReceipts', 'departmentGroups', 'departmentGroupsIncludeSubdepartments'] as const) {
    const value = values[field];
    if (typeof value === 'boolean' && value !== shown[field]) change[field] = value;
  }
  for (const field of ['editWindowMinutes', 'recallWindowMinutes', 'dingSmsAfterMinutes'] as const) {
    const value = values[field];
    if (typeof value === 'number' && value !== shown[field]) change[field] = value;
  }
  // 0 and empty both mean "for ever", which the API answers as null.
  const retention = values.retentionDays || null;
  if (retention !== shown.retentionDays) change.retentionDays = retention ?? 0;
  return change;
}

/** A react-admin validator: the number, when there is one, is whole (the API takes minutes and days as integers). */
export function wholeNumber(value: unknown): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  return typeof value === 'number' && Number.isInteger(value) ? undefined : 'harbour.messaging.policy.whole_number';
}
