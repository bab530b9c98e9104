import type { EventDefinition } from '../../core/events/catalog.js';

const account = { type: 'uuid', description: 'The account.' } as const;
const person = { type: 'uuid', description: 'The person the account belongs to.' } as const;
const emailDomain = { type: 'uuid', description: 'The claim of the email domain.' } as const;
const domain = { type: 'string', description: 'The domain, e.g. wanghin.com.hk.' } as const;

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
  {
    type: 'identity.account.email_changed',
    description: 'A person’s sign-in moved to a new email (their work email changed); their sessions ended.',
    payload: { accountId: account, personId: person },
  },
  { type: 'identity.organization.updated', description: 'Organisation settings changed (name, language).', payload: { organizationId: { type: 'uuid', description: 'The organisation.' } } },
  { type: 'identity.email_domain.claimed', description: 'The organisation requested an email domain; the claim is pending until verified.', payload: { emailDomainId: emailDomain, domain } },
  {
    type: 'identity.email_domain.verified',
    description: 'An email domain became verified for the organisation (DNS record found, or added by the platform operator): sign-in emails may use it.',
    payload: { emailDomainId: emailDomain, domain },
  },
  { type: 'identity.email_domain.removed', description: 'A claim of an email domain was withdrawn (by the organisation or the platform operator).', payload: { emailDomainId: emailDomain, domain } },
];
