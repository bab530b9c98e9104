import type { EventDefinition } from '../../core/events/catalog.js';

const account = { type: 'uuid', description: 'The account.' } as const;
const person = { type: 'uuid', description: 'The person the account belongs to.' } as const;
const emailDomain = { type: 'uuid', description: 'The claim of the email domain.' } as const;
const domain = { type: 'string', description: 'The domain, e.g. wanghin.com.hk.' } as const;

// All are audited (security and admin facts). Those that end sessions touch access: the ended sessions' access tokens
// must be refused from the next request on, and the lists of ended sessions are cached per access version.
const endsSessions = { touchesAccess: true, audit: true } as const;
const audited = { touchesAccess: false, audit: true } as const;

/** Events of the identity module. */
export const identityEvents: EventDefinition[] = [
  { type: 'identity.account.signed_in', ...audited, description: 'A person signed in.', payload: { accountId: account, personId: person } },
  { type: 'identity.account.signed_out', ...endsSessions, description: 'A person ended a session.', payload: { accountId: account, personId: person } },
  {
    type: 'identity.account.locked',
    ...audited,
    description: 'An account was locked after repeated failed sign-ins.',
    payload: { accountId: account, personId: person, lockedUntil: { type: 'date-time', description: 'When sign-in is possible again.' } },
  },
  {
    type: 'identity.session.reuse_detected',
    ...endsSessions,
    description: 'A rotated refresh token was presented again; every token of that sign-in was revoked.',
    payload: { accountId: account, familyId: { type: 'uuid', description: 'The revoked sign-in (token family).' } },
  },
  { type: 'identity.account.signed_out_everywhere', ...endsSessions, description: 'A person ended all of their sessions, on every device.', payload: { accountId: account, personId: person } },
  { type: 'identity.account.password_changed', ...endsSessions, description: 'A person changed their password (other sessions ended).', payload: { accountId: account, personId: person } },
  {
    type: 'identity.account.email_changed',
    ...endsSessions,
    description: 'A person’s sign-in moved to a new email (their work email changed); their sessions ended.',
    payload: { accountId: account, personId: person },
  },
  {
    type: 'identity.organization.updated',
    ...audited,
    description: 'Organisation settings changed (name, language).',
    payload: { organizationId: { type: 'uuid', description: 'The organisation.' } },
  },
  {
    type: 'identity.email_domain.claimed',
    ...audited,
    description: 'The organisation requested an email domain; the claim is pending until verified.',
    payload: { emailDomainId: emailDomain, domain },
  },
  {
    type: 'identity.email_domain.verified',
    ...audited,
    description: 'An email domain became verified for the organisation (DNS record found, or added by the platform operator): sign-in emails may use it.',
    payload: { emailDomainId: emailDomain, domain },
  },
  {
    type: 'identity.email_domain.removed',
    ...audited,
    description: 'A claim of an email domain was withdrawn (by the organisation or the platform operator).',
    payload: { emailDomainId: emailDomain, domain },
  },
];
