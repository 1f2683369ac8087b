export type UrlProblem = { kind: 'unsafe' | 'malformed' | 'insecure'; reason: string };

const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
const UNSAFE_SCHEMES = new Set(['javascript', 'vbscript', 'data']);
const OTHER_SCHEMES = new Set('mailto tel sms ftp sftp irc ircs news git ssh magnet geo'.split(' '));
const HTTP_URL =
  /^https?:\/\/(?:[^@/?#\s]+@)?(?:localhost|\[[0-9A-Fa-f:.]+\]|\d{1,3}(?:\.\d{1,3}){3}|(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,})(?::\d{1,5})?(?:[/?#]|$)/u;
const MISSING_SCHEME = /^(?:www\.|https?\/\/|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|io|dev|co|ai|app|edu|gov)(?:[/:?#]|$))/iu;

/**
 * What is wrong with a link's destination, or null. Relative URLs (`/guide`, `#faq`, `../x`) are fine;
 * an address that looks absolute but lacks `https://` (`www.example.com`) is malformed, since browsers
 * would resolve it as a path on this site.
 */
export function findUrlProblem(url: string): UrlProblem | null {
  const trimmed = url.trim();
  if (trimmed === '') return { kind: 'malformed', reason: 'empty URL' };
  if (/\s/.test(trimmed)) return { kind: 'malformed', reason: 'space in URL' };
  const scheme = SCHEME.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === undefined) return MISSING_SCHEME.test(trimmed) ? { kind: 'malformed', reason: 'missing https://' } : null;
  if (UNSAFE_SCHEMES.has(scheme)) return { kind: 'unsafe', reason: `${scheme}: URL` };
  if (scheme === 'http' || scheme === 'https') {
    if (!HTTP_URL.test(trimmed)) return { kind: 'malformed', reason: 'no valid host' };
    return scheme === 'http' ? { kind: 'insecure', reason: 'http:// instead of https://' } : null;
  }
  if (scheme === 'mailto' && !trimmed.includes('@')) return { kind: 'malformed', reason: 'mailto: without an address' };
  return OTHER_SCHEMES.has(scheme) ? null : { kind: 'malformed', reason: `unknown scheme "${scheme}:"` };
}
