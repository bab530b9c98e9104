import { Resolver } from 'node:dns/promises';

/**
 * Looks up DNS TXT records: each record is returned as its character-strings (long records arrive in several chunks).
 * Proving control of an email domain goes through this interface so tests can install a fake one — they never ask
 * the real DNS.
 */
export interface DnsResolver {
  resolveTxt(domain: string): Promise<string[][]>;
}

/** The system's resolver, bounded so an unresponsive name server cannot hold a request for long. */
export function systemDnsResolver(): DnsResolver {
  const resolver = new Resolver({ timeout: 3_000, tries: 2 });
  return { resolveTxt: (domain) => resolver.resolveTxt(domain) };
}
