import { BlockList, isIP } from 'node:net';

export const UNKNOWN_CLIENT = 'unknown';

// The longest textual IPv6 address with an embedded IPv4 part is 45 characters; longer is not an address.
const MAX_ADDRESS_LENGTH = 45;

/** An address as the rules compare it, or null: brackets, a port and the IPv4-mapped IPv6 prefix removed. */
export function normalizeAddress(text: string): string | null {
  let address = text.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed?.[1]) address = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.indexOf(':'));
  if (address.startsWith('::ffff:') && isIP(address.slice(7)) === 4) address = address.slice(7);
  return address.length <= MAX_ADDRESS_LENGTH && isIP(address) !== 0 ? address : null;
}

export type TrustedProxies = { has(address: string): boolean };

const familyOf = (address: string) => (isIP(address) === 4 ? 'ipv4' : 'ipv6');

/** `TRUSTED_PROXIES`: addresses and CIDR ranges separated by commas or spaces, e.g. `127.0.0.1, 10.0.0.0/8, ::1`. */
export function parseTrustedProxies(text: string | undefined): { value: TrustedProxies } | { problem: string } {
  const list = new BlockList();
  for (const entry of (text ?? '').split(/[\s,]+/).filter(Boolean)) {
    const [address = '', bits, extra] = entry.split('/');
    const normalized = normalizeAddress(address);
    const maxBits = normalized && isIP(normalized) === 4 ? 32 : 128;
    if (!normalized || extra !== undefined || (bits !== undefined && !(/^\d{1,3}$/.test(bits) && Number(bits) <= maxBits))) {
      return { problem: `"${entry}" is not an IP address or CIDR range such as 10.0.0.0/8` };
    }
    if (bits === undefined) list.addAddress(normalized, familyOf(normalized));
    else list.addSubnet(normalized, Number(bits), familyOf(normalized));
  }
  return { value: { has: (address) => list.check(address, familyOf(address)) } };
}

function hops(requestHeaders: Headers): (string | null)[] {
  const header = requestHeaders.get('x-forwarded-for');
  return header ? header.split(',').map(normalizeAddress) : [];
}

/** Whether the nearest hop we can see is a trusted proxy, so its other forwarded headers may be believed. */
export function cameThroughTrustedProxy(requestHeaders: Headers, trusted: TrustedProxies): boolean {
  const nearest = hops(requestHeaders).at(-1);
  return nearest ? trusted.has(nearest) : false;
}

/**
 * The caller's address: the rightmost hop that is not a trusted proxy; callers without a usable one share
 * UNKNOWN_CLIENT. Why the rightmost: Next.js does not hand the socket's peer address to a proxy or a route
 * handler (`NextRequest.ip` was removed in Next 15: node_modules/next/dist/docs/01-app/03-api-reference/04-functions/
 * next-request.md, "v15.0.0 ip and geo removed"; vercel/next.js#47793). What `next start` does instead is
 * `req.headers['x-forwarded-for'] ??= socket.remoteAddress` (node_modules/next/dist/server/base-server.js): the peer
 * is written only when the request has no X-Forwarded-For, and is not appended when it has one. So the rightmost
 * entry is the nearest hop we can see: the peer itself, or the peer a proxy in front appended. Entries further left
 * are claims made by that hop, believed only while the hop is one of TRUSTED_PROXIES. A client that reaches the
 * app directly can still write any X-Forwarded-For (Next keeps it), which is why no limit keyed by address may
 * ever lock anyone out on its own (lib/rate-limit/login-limit.ts).
 */
export function clientId(requestHeaders: Headers, trusted: TrustedProxies): string {
  const chain = hops(requestHeaders);
  for (let index = chain.length - 1; index >= 0; index--) {
    const hop = chain[index];
    if (!hop) return UNKNOWN_CLIENT;
    if (index === 0 || !trusted.has(hop)) return hop;
  }
  return UNKNOWN_CLIENT;
}
