import type { EventDefinition } from '../../core/events/catalog.js';

const account = { type: 'uuid', description: 'The account.' } as const;
const person = { type: 'uuid', description: 'The person the account belongs to.' } as const;

/** Events of the identity module. */
export const identityEvents: EventDefinition[] = [
  { type: 'identity.account.signed_in', description: 'A person signed in.', payload: { accountId: account, personId: person } },
  { type: 'identity.account.signed_out', description: 'A person ended a session.', payload: { accountId: account, personId: person } },
  {
    type: 'identity.account.locked',
    description: 'An account was locked after repeated failed sign-ins.',
    payload: { accountId: account, personId: person, lockedUntil: { type: 'date-time', description: 'When sign-in is possible again.' } },
  },
  {
    type: 'identity.session.reuse_detected',
    description: 'A rotated refresh token was presented again; every token of that sign-in was revoked.',
    payload: { accountId: account, familyId: { type: 'uuid', description: 'The revoked sign-in (token family).' } },
  },
  { type: 'identity.account.signed_out_everywhere', description: 'A person ended all of their sessions, on every device.', payload: { accountId: account, personId: person } },
  { type: 'identity.account.password_changed', description: 'A person changed their password (other sessions ended).', payload: { accountId: account, personId: person } },
  { type: 'identity.organization.updated', description: 'Organisation settings changed (name, email domains, language).', payload: { organizationId: { type: 'uuid', description: 'The organisation.' } } },
];
