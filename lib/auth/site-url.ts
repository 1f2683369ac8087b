import 'server-only';
import { serverEnv } from '@/lib/env';
import { requestHosts } from './host-check';
import { isHttpsRequest } from './request-auth';

/**
 * The address of a page on this site as the caller sees it, for links handed to someone else (invites, resets): the
 * Origin the browser sent (readJson refused it unless it is this site), else the host the request was sent to.
 */
export function siteUrl(request: Request, path: string): string {
  const origin = request.headers.get('origin');
  if (origin && origin !== 'null') return new URL(path, origin).href;
  const fallbackHost = new URL(request.url).host;
  const host = requestHosts({ headers: request.headers, fallbackHost, trusted: serverEnv().TRUSTED_PROXIES }).at(-1) ?? fallbackHost;
  return new URL(path, `${isHttpsRequest(request.headers, request.url) ? 'https' : 'http'}://${host}`).href;
}
