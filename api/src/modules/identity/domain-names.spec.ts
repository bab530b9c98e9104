import { describe, expect, it } from 'vitest';
import { emailDomainOf, isPublicEmailDomain, normaliseDomain } from './domain-names.js';

describe('email domain names', () => {
  it('normalises what people type to lower-case ASCII', () => {
    expect(normaliseDomain('WangHin.Example.COM')).toBe('wanghin.example.com');
    expect(normaliseDomain('  @wanghin.com.hk. ')).toBe('wanghin.com.hk');
    expect(normaliseDomain('例子.香港')).toBe('xn--fsqu00a.xn--j6w193g');
    expect(normaliseDomain('ｗａｎｇｈｉｎ．com')).toBe('wanghin.com');
  });

  it('refuses what cannot be an email domain', () => {
    for (const value of ['', ' ', 'localhost', '.com', 'a..b.com', '-a.com', 'a-.com', 'a_b.com', 'a b.com', '10.0.0.1', 'a.c0m1', 'xn--zz.com', 'x@y.com', `${'a'.repeat(64)}.com`]) {
      expect(normaliseDomain(value), JSON.stringify(value)).toBeNull();
    }
    expect(normaliseDomain('wanghin\u0000.com')).toBeNull();
    expect(normaliseDomain('wanghin.com\u0085')).toBeNull();
    // 253 characters is the most a name may have.
    const longest = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(59)}.com`;
    expect(longest).toHaveLength(255);
    expect(normaliseDomain(longest)).toBeNull();
    expect(normaliseDomain(longest.slice(2))).toBe(longest.slice(2));
  });

  it('knows public mail domains and everything under them', () => {
    expect(isPublicEmailDomain('gmail.com')).toBe(true);
    expect(isPublicEmailDomain('mail.qq.com')).toBe(true);
    expect(isPublicEmailDomain('yahoo.com.hk')).toBe(true);
    expect(isPublicEmailDomain('com.hk')).toBe(false);
    expect(isPublicEmailDomain('notgmail.com')).toBe(false);
  });

  it('reads the domain of an email as written', () => {
    expect(emailDomainOf('chan@wanghin.com.hk')).toBe('wanghin.com.hk');
    expect(emailDomainOf('"a@b"@wanghin.com.hk')).toBe('wanghin.com.hk');
  });
});
