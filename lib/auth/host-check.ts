import { isIP } from 'node:net';
import { AppError } from '@/lib/errors';
import { cameThroughTrustedProxy, type TrustedProxies } from '@/lib/rate-limit/client-id';

/** What APP_ORIGIN names: whole origins (for the Origin check) and their host names (for the Host check). */
export type AppOrigins = { origins: ReadonlySet<string>; hostnames: ReadonlySet<string> };

const withoutTrailingDot = (hostname: string) => hostname.replace(/\.$/, '');

/** `APP_ORIGIN`: origins separated by commas, e.g. `https://blog.example,http://blog.lan:3000`. */
export function parseAppOrigins(text: string | undefined): { value: AppOrigins } | { problem: string } {
  const origins = new Set<string>();
  const hostnames = new Set<string>();
  for (const entry of (text ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    let url: URL | null = null;
    try {
      url = new URL(entry);
    } catch {
      url = null;
    }
    const bare = url && url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
    if (!url || !bare || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      return { problem: `"${entry}" is not an origin such as https://blog.example (scheme and host, no path)` };
    }
    origins.add(url.origin);
    hostnames.add(withoutTrailingDot(url.hostname));
  }
  return { value: { origins, hostnames } };
}

function hostnameOf(host: string): string | null {
  if (!/^[\w.\-[\]:]+$/.test(host)) return null;
  try {
    return withoutTrailingDot(new URL(`http://${host}`).hostname);
  } catch {
    return null;
  }
}

/**
 * DNS rebinding points a name the attacker owns at this machine, so the browser sends that name as Host. Safe are
 * names no outsider can own or point: an IP address, `localhost` and `*.localhost`, the name the server is bound to,
 * and APP_ORIGIN's hosts.
 */
export function answersToHost(host: string, { origins, boundHostname }: { origins: AppOrigins; boundHostname: string }): boolean {
  const hostname = hostnameOf(host);
  if (!hostname) return false;
  if (isIP(hostname.replace(/^\[(.*)\]$/, '$1')) !== 0) return true;
  if (hostname === 'localhost' || hostname.endsWith('.localhost')) return true;
  return hostname === withoutTrailingDot(boundHostname.toLowerCase()) || origins.hostnames.has(hostname);
}

export function unknownHostError(host: string): AppError {
  const hostname = hostnameOf(host);
  const example = hostname ? `https://${hostname}` : 'https://blog.example';
  const named = hostname ? `the host "${hostname}"` : 'this host';
  return new AppError(
    'forbidden',
    `This app does not answer to ${named}. If that is the address you open it by, add it to APP_ORIGIN (e.g. APP_ORIGIN=${example}) and restart.`,
  );
}

/**
 * The hosts a request names, lowercased: its Host header, and X-Forwarded-Host only when the nearest hop is a
 * trusted proxy (anyone else, a rebinding page included, can set that header). `next start` itself fills
 * X-Forwarded-Host from Host when it is missing, so the header alone proves nothing.
 */
export function requestHosts({
  headers,
  fallbackHost,
  trusted,
}: {
  headers: Headers;
  fallbackHost: string;
  trusted: TrustedProxies;
}): string[] {
  const hosts = [(headers.get('host') ?? fallbackHost).toLowerCase()];
  const forwarded = cameThroughTrustedProxy(headers, trusted) ? headers.get('x-forwarded-host')?.split(',')[0]?.trim() : undefined;
  if (forwarded) hosts.push(forwarded.toLowerCase());
  return hosts;
}

/** An Origin is this site when it names one of the request's hosts, or is one of APP_ORIGIN's origins. */
function isOtherSite({ origin, hosts, origins }: { origin: string; hosts: string[]; origins: AppOrigins }): boolean {
  try {
    const url = new URL(origin);
    return !hosts.includes(url.host) && !origins.origins.has(url.origin);
  } catch {
    return true;
  }
}

/** The 403 for a change sent from another site (a cross-site form or script), or null when it came from this one. */
export function crossSiteRefusal({
  origin,
  hosts,
  origins,
}: {
  origin: string | null;
  hosts: string[];
  origins: AppOrigins;
}): AppError | null {
  return origin && isOtherSite({ origin, hosts, origins })
    ? new AppError('forbidden', 'This request came from another site and was refused.')
    : null;
}
