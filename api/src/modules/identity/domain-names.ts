import { domainToASCII } from 'node:url';

const MAX_DOMAIN_LENGTH = 253;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
// A top-level domain is letters, or an internationalised one in its xn-- form — never digits (that is an IP address).
const TOP_LEVEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
// C0 and C1 control characters (NUL included): never part of a name, and dangerous in logs and SQL tooling.
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Free-mail and internet-provider domains: their addresses belong to the provider's many customers, so no organisation
 * may claim them. Only the platform operator can add one (a single-company installation whose staff use such
 * addresses); the operator then decides that the whole domain's sign-ins belong to that organisation.
 */
// Several to a line (Prettier would give every domain a line of its own).
// prettier-ignore
export const PUBLIC_EMAIL_DOMAINS: ReadonlySet<string> = new Set([
  // International
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'passport.com', 'yahoo.com',
  'ymail.com', 'rocketmail.com', 'aol.com', 'icloud.com', 'me.com', 'mac.com', 'proton.me', 'protonmail.com', 'pm.me',
  'gmx.com', 'gmx.net', 'mail.com', 'zoho.com', 'yandex.com', 'yandex.ru', 'tutanota.com', 'fastmail.com', 'hey.com',
  // Hong Kong, Taiwan and mainland China
  'yahoo.com.hk', 'hotmail.com.hk', 'outlook.com.hk', 'live.hk', 'yahoo.com.tw', 'netvigator.com', 'biznetvigator.com',
  'hkbn.net', 'ctimail.com', 'i-cable.com', 'hkstar.com', 'qq.com', 'foxmail.com', '163.com', '126.com', 'yeah.net',
  'sina.com', 'sina.cn', 'sohu.com', 'aliyun.com', '139.com', '189.cn', 'wo.cn',
]);

/**
 * The canonical form of a domain someone typed — lower-case ASCII, an internationalised name converted to its xn--
 * form, a leading "@" and a trailing dot dropped — or null when it is not a usable email domain: control characters,
 * over 253 characters, fewer than two labels, a label that is empty, too long or has other characters than letters,
 * digits and inner dashes, or a top-level domain that is not a name.
 */
export function normaliseDomain(input: string): string | null {
  if (CONTROL.test(input) || input.length > MAX_DOMAIN_LENGTH * 4) return null;
  const trimmed = input.trim().replace(/^@/, '').replace(/\.$/, '');
  if (!trimmed) return null;
  const ascii = domainToASCII(trimmed);
  if (!ascii || ascii.length > MAX_DOMAIN_LENGTH) return null;
  const labels = ascii.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label)) || !TOP_LEVEL.test(labels.at(-1)!)) return null;
  return ascii;
}

/** Whether a (canonical) domain is a public mail provider's, or under one. */
export function isPublicEmailDomain(domain: string): boolean {
  const labels = domain.split('.');
  return labels.some((_, index) => PUBLIC_EMAIL_DOMAINS.has(labels.slice(index).join('.')));
}

/**
 * The domain of a (normalised, lower-case) email as written. It is compared with claims literally: an address whose
 * domain is not in canonical ASCII form (e.g. Unicode) matches no claim, so it can never become a sign-in email.
 */
export function emailDomainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1);
}
