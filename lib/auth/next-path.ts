const PLACEHOLDER_ORIGIN = 'http://postsmith.invalid';

/**
 * The page to open after logging in: only a path on this site. Anything that a browser could read as another
 * host (`//evil`, `/\evil`, `/.//evil`, `https://evil`) or that would loop back to the login page gives the fallback.
 */
export function safeNextPath(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return fallback;
  // Browsers read a backslash as a slash, and strip tabs and newlines from URLs.
  if (/[\\\p{Cc}]/u.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, PLACEHOLDER_ORIGIN);
  } catch {
    return fallback;
  }
  // Dot segments collapse on parsing: `/.//evil.example` becomes `//evil.example`, which a browser reads as a host.
  if (url.origin !== PLACEHOLDER_ORIGIN || url.pathname.startsWith('//') || url.pathname === '/login') return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
