import { describe, expect, it } from 'vitest';
import { cameThroughTrustedProxy, clientId, normalizeAddress, parseTrustedProxies, UNKNOWN_CLIENT } from '@/lib/rate-limit/client-id';

function proxies(text: string) {
  const parsed = parseTrustedProxies(text);
  if (!('value' in parsed)) throw new Error(parsed.problem);
  return parsed.value;
}
const none = proxies('');
const forwardedFor = (value: string) => new Headers({ 'x-forwarded-for': value });

describe('clientId', () => {
  it('is the address Next wrote from the socket when no proxy is trusted: the rightmost hop', () => {
    expect(clientId(forwardedFor('::ffff:192.0.2.7'), none)).toBe('192.0.2.7');
    // A direct client that writes its own list cannot pick a hop further left; a proxy in front appended the real peer.
    expect(clientId(forwardedFor('203.0.113.1, 192.0.2.7'), none)).toBe('192.0.2.7');
    expect(clientId(new Headers(), none)).toBe(UNKNOWN_CLIENT);
  });

  it('believes the hops a trusted proxy added, and nothing a client wrote before the first untrusted one', () => {
    const trusted = proxies('10.0.0.0/8, 2001:db8::1');
    expect(clientId(forwardedFor('198.51.100.4, 10.1.2.3'), trusted)).toBe('198.51.100.4');
    expect(clientId(forwardedFor('203.0.113.66, 198.51.100.4, 2001:db8::1, 10.1.2.3'), trusted)).toBe('198.51.100.4');
    expect(clientId(forwardedFor('10.1.2.3'), trusted)).toBe('10.1.2.3');
    expect(cameThroughTrustedProxy(forwardedFor('198.51.100.4, 10.1.2.3'), trusted)).toBe(true);
    expect(cameThroughTrustedProxy(forwardedFor('10.1.2.3, 198.51.100.4'), trusted)).toBe(false);
    expect(cameThroughTrustedProxy(new Headers(), trusted)).toBe(false);
  });

  it('turns anything that is not an address, 8 KB of junk included, into one short shared key', () => {
    expect(clientId(forwardedFor(`${'x'.repeat(8_000)}`), none)).toBe(UNKNOWN_CLIENT);
    expect(clientId(forwardedFor(`192.0.2.1, fe80::1%${'a'.repeat(8_000)}`), none)).toBe(UNKNOWN_CLIENT);
    expect(clientId(forwardedFor('unknown, 10.1.2.3'), proxies('10.0.0.0/8'))).toBe(UNKNOWN_CLIENT);
  });
});

describe('normalizeAddress', () => {
  it('drops ports, brackets and the IPv4-mapped prefix, and refuses the rest', () => {
    expect(normalizeAddress(' 192.0.2.7:51234 ')).toBe('192.0.2.7');
    expect(normalizeAddress('[2001:DB8::1]:443')).toBe('2001:db8::1');
    expect(normalizeAddress('::ffff:127.0.0.1')).toBe('127.0.0.1');
    for (const junk of ['', 'localhost', '999.1.1.1', '1.2.3', 'evil.example']) expect(normalizeAddress(junk)).toBeNull();
  });
});

describe('parseTrustedProxies', () => {
  it('takes addresses and CIDR ranges, and names the entry it cannot read', () => {
    const trusted = proxies('127.0.0.1 ::1,10.0.0.0/8');
    expect(['127.0.0.1', '::1', '10.200.0.1'].every((address) => trusted.has(address))).toBe(true);
    expect(trusted.has('11.0.0.1')).toBe(false);
    expect(parseTrustedProxies('10.0.0.0/33')).toEqual({ problem: '"10.0.0.0/33" is not an IP address or CIDR range such as 10.0.0.0/8' });
    expect(parseTrustedProxies('proxy.internal')).toEqual({
      problem: '"proxy.internal" is not an IP address or CIDR range such as 10.0.0.0/8',
    });
  });
});
