import 'server-only';
import { AppError } from '@/lib/errors';

const TIMEOUT_MS = 20_000;

/** Why a connection does not work, as a code the UI and scripts can read; `message` says what to do. */
export type ConnectionProblem =
  | 'not_wordpress'
  | 'no_rest_api'
  | 'wrong_password'
  | 'cannot_publish'
  | 'not_ghost'
  | 'wrong_key'
  | 'secret_unreadable';

export function connectionFailed(problem: ConnectionProblem, message: string): AppError {
  return new AppError('connection_failed', message, { problem });
}

/** The site as messages name it, and what to do when it refuses the credential or the rights. */
export type SiteLabel = { name: string; refusedCredential: string; refusedRights: string };

/** One request to a publishing site: a timeout, and a message naming the site when it cannot be reached. */
export async function callSite(url: string, init: RequestInit, site: SiteLabel): Promise<Response> {
  try {
    return await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS), cache: 'no-store' });
  } catch (error) {
    if (error instanceof Error && error.name === 'TimeoutError') {
      throw new AppError(
        'publish_failed',
        `${site.name} did not answer within ${TIMEOUT_MS / 1000} seconds. Check that the site is up, then try again.`,
        {
          problem: 'timeout',
        },
      );
    }
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    throw new AppError(
      'publish_failed',
      `${site.name} could not be reached${cause ? ` (${cause})` : ''}. Check the address on Settings and that the site is up, then try again.`,
      { problem: 'unreachable' },
    );
  }
}

/** The site's JSON answer, or null when it answered something else (an HTML page, nothing). */
export async function jsonOf(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function remoteMessage(body: unknown): string {
  const record = (body ?? {}) as { message?: unknown; errors?: { message?: unknown; context?: unknown }[] };
  const ghost = record.errors?.[0];
  const text =
    typeof record.message === 'string'
      ? record.message
      : ghost
        ? [ghost.message, ghost.context].filter((part) => typeof part === 'string').join(' ')
        : '';
  return text.replace(/<[^>]*>/g, '').slice(0, 300);
}

/** The error for a refused request, by status: a wrong credential and missing rights are the person's to fix. */
export function refusal(response: Response, body: unknown, site: SiteLabel): AppError {
  const said = remoteMessage(body);
  const quoted = said ? ` (the site said: “${said}”)` : '';
  if (response.status === 401) return connectionFailed('wrong_password', `${site.refusedCredential}${quoted}`);
  if (response.status === 403) return connectionFailed('cannot_publish', `${site.refusedRights}${quoted}`);
  if (response.status === 429) {
    const retryAfter = response.headers.get('retry-after');
    const seconds = retryAfter && /^\d+$/.test(retryAfter) ? Number(retryAfter) : 60;
    return new AppError(
      'rate_limited',
      `${site.name} is limiting requests. Wait ${seconds} seconds, then publish again.`,
      { problem: 'rate_limited' },
      {
        'Retry-After': String(seconds),
      },
    );
  }
  if (response.status >= 500) {
    return new AppError(
      'publish_failed',
      `${site.name} failed with HTTP ${response.status}${quoted}. Try again later; if it persists, check the site's error log.`,
      {
        problem: 'site_error',
      },
    );
  }
  return new AppError('publish_failed', `${site.name} refused the post with HTTP ${response.status}${quoted}.`, { problem: 'rejected' });
}

export function missingRemotePost(siteUrl: string): AppError {
  return new AppError(
    'remote_post_missing',
    `The post published from this draft is gone from ${siteUrl} (deleted or in the trash there). Publish it anew to make a new post, or restore it on the site first.`,
  );
}
